//! Which web stack runs on this computer and where its configuration is: first the running
//! processes (their command lines name the files: nginx `-c`/`-p`, `apache2 -f`/`-d`,
//! `haproxy -f`, `caddy run --config`, `varnishd -f`/`-b`, the PHP-FPM master's title), then the
//! standard paths of Debian/Ubuntu, RHEL/Fedora, Alpine and Arch. Only reads `/proc` and checks
//! whether files exist.

use crate::serverconf::ConfigKind;
use std::path::{Path, PathBuf};

/// A configuration to read, and how it was found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    pub kind: ConfigKind,
    pub path: PathBuf,
    /// "running process 1234", "standard path", "given".
    pub found_by: String,
}

/// What a process's command line says about its configuration: the kind and the main file
/// (the software's default file when the command line names none). `None`: not a web server.
pub fn from_cmdline(args: &[String]) -> Option<(ConfigKind, PathBuf)> {
    let first = args.first()?;
    // The PHP-FPM master renames itself: "php-fpm: master process (/etc/php/8.2/fpm/php-fpm.conf)".
    if let Some(rest) = first.strip_prefix("php-fpm") {
        let inside = rest.split_once("master process (")?.1;
        let path = inside.strip_suffix(')').unwrap_or(inside);
        return Some((ConfigKind::PhpFpm, PathBuf::from(path)));
    }
    // nginx's master: "nginx: master process /usr/sbin/nginx -c /etc/nginx/nginx.conf".
    let words: Vec<&str> = if first.starts_with("nginx: master process") {
        first
            .trim_start_matches("nginx: master process")
            .split_whitespace()
            .chain(args.iter().skip(1).map(String::as_str))
            .collect()
    } else {
        args.iter().map(String::as_str).collect()
    };
    let program = words.first()?.rsplit('/').next().unwrap_or_default();
    let value = |flags: &[&str]| -> Option<&str> {
        words.iter().enumerate().find_map(|(i, w)| {
            flags.iter().find_map(|f| {
                if w == f {
                    words.get(i + 1).copied()
                } else {
                    w.strip_prefix(f)
                        .and_then(|rest| rest.strip_prefix('='))
                        .filter(|_| f.starts_with("--"))
                }
            })
        })
    };
    match program {
        "nginx" => {
            let prefix = value(&["-p"]);
            let config = value(&["-c"]).unwrap_or("conf/nginx.conf");
            Some((
                ConfigKind::Nginx,
                under(prefix, config, "/etc/nginx/nginx.conf"),
            ))
        }
        "apache2" | "httpd" => {
            let root = value(&["-d"]);
            let default = if program == "apache2" {
                "/etc/apache2/apache2.conf"
            } else {
                "/etc/httpd/conf/httpd.conf"
            };
            let config = value(&["-f"]).unwrap_or(default);
            Some((ConfigKind::Apache, under(root, config, default)))
        }
        "haproxy" => Some((
            ConfigKind::Haproxy,
            PathBuf::from(value(&["-f"]).unwrap_or("/etc/haproxy/haproxy.cfg")),
        )),
        "caddy" if words.contains(&"run") || words.contains(&"start") => Some((
            ConfigKind::Caddy,
            PathBuf::from(value(&["--config"]).unwrap_or("/etc/caddy/Caddyfile")),
        )),
        "varnishd" => value(&["-f"]).map(|f| (ConfigKind::Varnish, PathBuf::from(f))),
        _ => None,
    }
}

/// `config` relative to `prefix` (or the default's folder when there is no prefix).
fn under(prefix: Option<&str>, config: &str, default: &str) -> PathBuf {
    if config.starts_with('/') {
        return PathBuf::from(config);
    }
    match prefix {
        Some(p) => Path::new(p).join(config),
        None => Path::new(default)
            .parent()
            .map(|d| d.join(config.rsplit('/').next().unwrap_or(config)))
            .unwrap_or_else(|| PathBuf::from(default)),
    }
}

/// The configurations the running processes name (each once), read from `proc` (`/proc`).
pub fn from_processes(proc: &Path) -> Vec<Found> {
    let mut out: Vec<Found> = Vec::new();
    let Ok(entries) = std::fs::read_dir(proc) else {
        return out;
    };
    let mut pids: Vec<u32> = entries
        .filter_map(|e| e.ok()?.file_name().to_str()?.parse().ok())
        .collect();
    pids.sort_unstable();
    for pid in pids {
        if let Some(found) = from_pid(proc, pid)
            && !out.iter().any(|f| f.path == found.path)
        {
            out.push(found);
        }
    }
    out
}

/// The configuration of process `pid`, when its command line is a known server's.
pub fn from_pid(proc: &Path, pid: u32) -> Option<Found> {
    let raw = std::fs::read(proc.join(pid.to_string()).join("cmdline")).ok()?;
    let args: Vec<String> = raw
        .split(|b| *b == 0)
        .filter(|a| !a.is_empty())
        .map(|a| String::from_utf8_lossy(a).into_owned())
        .collect();
    let (kind, path) = from_cmdline(&args)?;
    Some(Found {
        kind,
        path,
        found_by: crate::t!("mc-found-running-process", pid = pid.to_string()),
    })
}

/// The standard places of the main files: Debian/Ubuntu, RHEL/Fedora, Alpine, Arch.
pub const STANDARD_PATHS: &[(ConfigKind, &str)] = &[
    (ConfigKind::Nginx, "/etc/nginx/nginx.conf"),
    (ConfigKind::Nginx, "/usr/local/nginx/conf/nginx.conf"),
    (ConfigKind::Apache, "/etc/apache2/apache2.conf"),
    (ConfigKind::Apache, "/etc/httpd/conf/httpd.conf"),
    (ConfigKind::Apache, "/etc/apache2/httpd.conf"),
    (ConfigKind::Haproxy, "/etc/haproxy/haproxy.cfg"),
    (ConfigKind::Caddy, "/etc/caddy/Caddyfile"),
    (ConfigKind::Varnish, "/etc/varnish/default.vcl"),
    (ConfigKind::PhpFpm, "/etc/php-fpm.conf"),
    (ConfigKind::PhpFpm, "/etc/php/php-fpm.conf"),
];

/// PHP-FPM's versioned folders: `/etc/php/8.2/fpm/php-fpm.conf` (Debian), `/etc/php82/php-fpm.conf`
/// (Alpine).
fn versioned_fpm(etc: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    if let Ok(entries) = std::fs::read_dir(etc.join("php")) {
        for e in entries.flatten() {
            out.push(e.path().join("fpm").join("php-fpm.conf"));
        }
    }
    if let Ok(entries) = std::fs::read_dir(etc) {
        for e in entries.flatten() {
            let name = e.file_name();
            let name = name.to_string_lossy();
            if name.len() > 3
                && name.starts_with("php")
                && name[3..].chars().all(|c| c.is_ascii_digit())
            {
                out.push(e.path().join("php-fpm.conf"));
            }
        }
    }
    out.sort();
    out
}

/// The standard files that exist, minus those already found.
pub fn from_standard_paths(already: &[Found]) -> Vec<Found> {
    let etc = Path::new("/etc");
    let candidates = STANDARD_PATHS
        .iter()
        .map(|(k, p)| (*k, PathBuf::from(p)))
        .chain(
            versioned_fpm(etc)
                .into_iter()
                .map(|p| (ConfigKind::PhpFpm, p)),
        );
    let mut out: Vec<Found> = Vec::new();
    for (kind, path) in candidates {
        let known = already.iter().chain(out.iter()).any(|f| f.path == path);
        if !known && path.is_file() {
            out.push(Found {
                kind,
                path,
                found_by: crate::t!("mc-found-standard-path"),
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(line: &str) -> Vec<String> {
        line.split(' ').map(str::to_string).collect()
    }

    #[test]
    fn command_lines_name_the_configuration() {
        let nginx = vec!["nginx: master process /usr/sbin/nginx -c /tmp/x/nginx.conf".to_string()];
        assert_eq!(
            from_cmdline(&nginx),
            Some((ConfigKind::Nginx, PathBuf::from("/tmp/x/nginx.conf")))
        );
        assert_eq!(
            from_cmdline(&["nginx: master process nginx".to_string()]),
            Some((ConfigKind::Nginx, PathBuf::from("/etc/nginx/nginx.conf")))
        );
        assert_eq!(
            from_cmdline(&args("/usr/sbin/nginx -p /srv/ng -c conf/site.conf")),
            Some((ConfigKind::Nginx, PathBuf::from("/srv/ng/conf/site.conf")))
        );
        assert_eq!(
            from_cmdline(&["php-fpm: master process (/etc/php/8.2/fpm/php-fpm.conf)".to_string()]),
            Some((
                ConfigKind::PhpFpm,
                PathBuf::from("/etc/php/8.2/fpm/php-fpm.conf")
            ))
        );
        assert_eq!(
            from_cmdline(&args("/usr/sbin/apache2 -k start")),
            Some((
                ConfigKind::Apache,
                PathBuf::from("/etc/apache2/apache2.conf")
            ))
        );
        assert_eq!(
            from_cmdline(&args("/usr/sbin/httpd -d /srv/web -f conf/httpd.conf")),
            Some((
                ConfigKind::Apache,
                PathBuf::from("/srv/web/conf/httpd.conf")
            ))
        );
        assert_eq!(
            from_cmdline(&args(
                "/usr/sbin/haproxy -Ws -f /etc/haproxy/lb.cfg -p /run/h.pid"
            )),
            Some((ConfigKind::Haproxy, PathBuf::from("/etc/haproxy/lb.cfg")))
        );
        assert_eq!(
            from_cmdline(&args(
                "/usr/bin/caddy run --environ --config=/etc/caddy/Caddyfile"
            )),
            Some((ConfigKind::Caddy, PathBuf::from("/etc/caddy/Caddyfile")))
        );
        assert_eq!(from_cmdline(&args("/usr/bin/caddy version")), None);
        assert_eq!(from_cmdline(&args("/bin/bash -c nginx")), None);
        assert_eq!(from_cmdline(&[]), None);
        assert_eq!(from_cmdline(&["php-fpm: pool www".to_string()]), None);
    }

    #[test]
    fn this_processs_own_entry_is_read_without_error() {
        // /proc exists on Linux; whatever runs, the scan ends and names only web servers.
        let found = from_processes(Path::new("/proc"));
        assert!(
            found
                .iter()
                .all(|f| f.found_by.starts_with("running process"))
        );
        assert!(from_processes(Path::new("/nonexistent-proc")).is_empty());
    }
}
