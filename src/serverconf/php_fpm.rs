//! PHP-FPM's configuration (`php-fpm.conf`, the pool files in `pool.d/` or `php-fpm.d/`) and
//! `php.ini`: the INI-style files that say where each pool listens (a TCP port or a unix socket,
//! with the owner, group and mode the socket gets), who its workers run as, how many there may be,
//! and how long one request may run (`request_terminate_timeout`, `max_execution_time`). Every
//! value keeps its file and line, so a finding can say which line to change.
//!
//! Pure and total: any text is read to its end; a line that is not `key = value`, `[section]` or
//! a comment is a [`ReadProblem`].

use super::{ReadProblem, is_secret, note};
use serde::Serialize;

/// A value and where it was set.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Value {
    pub value: String,
    pub file: String,
    pub line: usize,
}

/// One `[pool]` section.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Default)]
pub struct Pool {
    pub name: String,
    pub file: String,
    /// The line of `[name]`.
    pub line: usize,
    /// `key = value` lines in order; secrets keep their key, not their value.
    pub settings: Vec<(String, Value)>,
}

impl Pool {
    /// The last value set for `key` (later lines win, as in PHP-FPM).
    pub fn get(&self, key: &str) -> Option<&Value> {
        self.settings
            .iter()
            .rev()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v)
    }

    /// Where the pool listens: a unix socket path or `[host:]port`.
    pub fn listen(&self) -> Option<&Value> {
        self.get("listen")
    }

    /// `request_terminate_timeout` in seconds (0 or unset: no limit).
    pub fn request_terminate_secs(&self) -> Option<(f64, &Value)> {
        let v = self.get("request_terminate_timeout")?;
        Some((fpm_duration_secs(&v.value)?, v))
    }

    /// `max_execution_time` set for this pool through `php_admin_value[...]` or
    /// `php_value[...]`.
    pub fn max_execution_time(&self) -> Option<(f64, &Value)> {
        let v = self
            .get("php_admin_value[max_execution_time]")
            .or_else(|| self.get("php_value[max_execution_time]"))?;
        Some((v.value.trim().parse().ok()?, v))
    }
}

/// One file, read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Default)]
pub struct FpmFile {
    pub name: String,
    /// Settings before any section, or in `[global]` (`include`, `error_log`, `pid`).
    pub global: Vec<(String, Value)>,
    /// The `[sections]`: pools in PHP-FPM's files (`[PHP]` and the like in a php.ini).
    pub pools: Vec<Pool>,
    pub problems: Vec<ReadProblem>,
}

impl FpmFile {
    /// The `include` patterns (pool files), with their lines.
    pub fn includes(&self) -> Vec<&Value> {
        self.global
            .iter()
            .filter(|(k, _)| k == "include")
            .map(|(_, v)| v)
            .collect()
    }
}

/// Read one file: PHP-FPM's own or a pool file. Never fails: see [`FpmFile::problems`].
pub fn parse(name: &str, text: &str) -> FpmFile {
    let mut file = FpmFile {
        name: name.to_string(),
        ..FpmFile::default()
    };
    for (index, raw) in text.split('\n').enumerate() {
        let line = index + 1;
        let trimmed = raw.trim();
        if trimmed.is_empty() || trimmed.starts_with(';') || trimmed.starts_with('#') {
            continue;
        }
        if trimmed
            .chars()
            .any(|c| c.is_control() && c != '\t' && c != '\r')
        {
            problem(&mut file, line, &crate::t!("srv-read-binary-text"));
            continue;
        }
        if let Some(section) = trimmed.strip_prefix('[') {
            match section.strip_suffix(']') {
                Some(section) if !section.trim().is_empty() => {
                    let section = section.trim();
                    if section != "global" {
                        file.pools.push(Pool {
                            name: section.to_string(),
                            file: name.to_string(),
                            line,
                            settings: Vec::new(),
                        });
                    }
                }
                _ => problem(&mut file, line, &crate::t!("srv-read-php-section")),
            }
            continue;
        }
        let Some((key, value)) = trimmed.split_once('=') else {
            problem(&mut file, line, &crate::t!("srv-read-php-expected"));
            continue;
        };
        let key = key.trim().to_string();
        if key.is_empty() {
            problem(&mut file, line, &crate::t!("srv-read-php-no-key"));
            continue;
        }
        let value = unquote(value.trim());
        let value = if is_secret(&key, None) {
            "(hidden)".to_string()
        } else {
            value
        };
        let entry = (
            key,
            Value {
                value,
                file: name.to_string(),
                line,
            },
        );
        match file.pools.last_mut() {
            Some(pool) => pool.settings.push(entry),
            None => file.global.push(entry),
        }
    }
    file
}

fn problem(file: &mut FpmFile, line: usize, what: &str) {
    note(&mut file.problems, &file.name, line, what);
}

/// `"value"` -> `value` (INI quotes), anything else as it is.
fn unquote(value: &str) -> String {
    value
        .strip_prefix('"')
        .and_then(|v| v.strip_suffix('"'))
        .unwrap_or(value)
        .to_string()
}

/// PHP-FPM's time values: `30`, `30s`, `5m`, `1h`, `1d` (seconds when no unit).
pub fn fpm_duration_secs(text: &str) -> Option<f64> {
    let text = text.trim();
    let (number, unit) = match text.char_indices().last() {
        Some((i, c)) if c.is_ascii_alphabetic() => (&text[..i], c),
        _ => (text, 's'),
    };
    let n: f64 = number
        .trim()
        .parse()
        .ok()
        .filter(|n: &f64| n.is_finite() && *n >= 0.0)?;
    let unit = match unit {
        's' => 1.0,
        'm' => 60.0,
        'h' => 3600.0,
        'd' => 86400.0,
        _ => return None,
    };
    Some(n * unit)
}

/// `max_execution_time` in a `php.ini` (PHP's default is 30 s for the web; 0: no limit).
pub fn ini_max_execution_time(file: &FpmFile) -> Option<(f64, &Value)> {
    let v = file
        .global
        .iter()
        .chain(file.pools.iter().flat_map(|p| p.settings.iter()))
        .filter(|(k, _)| k == "max_execution_time")
        .map(|(_, v)| v)
        .next_back()?;
    Some((v.value.trim().parse().ok()?, v))
}

#[cfg(test)]
mod tests {
    use super::*;

    const POOL: &str = "; Debian's www pool\n[www]\nuser = www-data\ngroup = www-data\nlisten = /run/php/php8.2-fpm.sock\nlisten.owner = www-data\nlisten.mode = 0660\npm = dynamic\npm.max_children = 5\nrequest_terminate_timeout = 5m\nphp_admin_value[max_execution_time] = 300\nenv[DB_PASSWORD] = \"s3cret\"\n";

    #[test]
    fn a_pool_says_where_it_listens_and_how_long_a_request_may_run() {
        let f = parse("/etc/php/8.2/fpm/pool.d/www.conf", POOL);
        assert!(f.problems.is_empty(), "{:?}", f.problems);
        assert_eq!(f.pools.len(), 1);
        let pool = &f.pools[0];
        assert_eq!(pool.name, "www");
        assert_eq!(pool.line, 2);
        let listen = pool.listen().unwrap();
        assert_eq!(listen.value, "/run/php/php8.2-fpm.sock");
        assert_eq!(listen.line, 5);
        assert_eq!(pool.get("listen.mode").unwrap().value, "0660");
        assert_eq!(
            pool.request_terminate_secs().map(|(s, v)| (s, v.line)),
            Some((300.0, 10))
        );
        assert_eq!(pool.max_execution_time().map(|(s, _)| s), Some(300.0));
        assert_eq!(pool.get("env[DB_PASSWORD]").unwrap().value, "(hidden)");
        assert!(!format!("{f:?}").contains("s3cret"));
    }

    #[test]
    fn the_main_file_lists_its_includes_and_bad_lines_are_problems() {
        let f = parse(
            "/etc/php/8.2/fpm/php-fpm.conf",
            "[global]\npid = /run/php/php8.2-fpm.pid\ninclude=/etc/php/8.2/fpm/pool.d/*.conf\nnonsense line\n[broken\n\u{0}\u{1}\n",
        );
        let includes: Vec<(&str, usize)> = f
            .includes()
            .iter()
            .map(|v| (v.value.as_str(), v.line))
            .collect();
        assert_eq!(includes, vec![("/etc/php/8.2/fpm/pool.d/*.conf", 3)]);
        let lines: Vec<usize> = f.problems.iter().map(|p| p.line).collect();
        assert_eq!(lines, vec![4, 5, 6]);
        assert!(f.pools.is_empty());
    }

    #[test]
    fn php_ini_max_execution_time_and_durations() {
        let ini = parse(
            "/etc/php/8.2/fpm/php.ini",
            "[PHP]\nmax_execution_time = 30\n",
        );
        assert_eq!(
            ini_max_execution_time(&ini).map(|(s, v)| (s, v.line)),
            Some((30.0, 2))
        );
        assert_eq!(fpm_duration_secs("30"), Some(30.0));
        assert_eq!(fpm_duration_secs("2m"), Some(120.0));
        assert_eq!(fpm_duration_secs("1h"), Some(3600.0));
        assert_eq!(fpm_duration_secs("x"), None);
        assert_eq!(fpm_duration_secs("-5"), None);
    }

    mod properties {
        use super::*;
        use proptest::prelude::*;

        proptest! {
            #[test]
            fn any_text_is_read_and_problems_name_real_lines(text in any::<String>()) {
                let f = parse("p.conf", &text);
                prop_assert!(crate::serverconf::on_real_lines(&f.problems, &text), "{:?}", f.problems);
                let lines = text.split('\n').count();
                for pool in &f.pools {
                    for (_, v) in &pool.settings {
                        prop_assert!(v.line >= pool.line && v.line <= lines);
                    }
                }
            }
        }
    }
}
