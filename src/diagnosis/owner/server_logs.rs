//! Owner item `server_logs`: which log files to read for the server that answered, and which
//! lines in them explain a 502/504, as data tables ([`NGINX`], [`APACHE`], [`PHP_FPM`]). When the
//! owner gave the logs, `log_findings` reads them instead.

use super::stack;
use crate::diagnosis::{CheckId, ChecklistItem, ItemStatus};
use crate::evidence::{Evidence, ProbeKind};
use crate::fingerprint::Software;
use crate::i18n::FluentValue;

/// One telling log line: the text to search for, what it means, and the statuses it explains.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LogLine {
    /// The text as it appears in the log (searched for, never translated).
    pub text: &'static str,
    /// The message id of what it means (`be-log-…` in `backend.ftl`).
    pub meaning: &'static str,
    pub statuses: &'static [u16],
}

/// A log to read: its usual files, the lines to look for, and a search pattern for `grep -E`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LogSource {
    pub name: &'static str,
    /// Usual locations, Debian/Ubuntu first. `{php}` stands for the PHP version (or `*`).
    pub files: &'static [&'static str],
    pub lines: &'static [LogLine],
    /// An extended regular expression matching the telling lines.
    pub grep: &'static str,
}

const fn line(text: &'static str, meaning: &'static str, statuses: &'static [u16]) -> LogLine {
    LogLine {
        text,
        meaning,
        statuses,
    }
}

pub const NGINX: LogSource = LogSource {
    name: "nginx",
    files: &["/var/log/nginx/error.log"],
    lines: &[
        line(
            "connect() failed (111: Connection refused) while connecting to upstream",
            "be-log-nginx-refused",
            &[502],
        ),
        line(
            "connect() to unix:/run/php/php8.x-fpm.sock failed (2: No such file or directory)",
            "be-log-nginx-no-socket",
            &[502],
        ),
        line(
            "upstream timed out (110: Connection timed out)",
            "be-log-nginx-timeout",
            &[504],
        ),
        line(
            "upstream prematurely closed connection",
            "be-log-nginx-closed",
            &[502],
        ),
        line(
            "(11: Resource temporarily unavailable)",
            "be-log-nginx-queue-full",
            &[502],
        ),
        line(
            "(13: Permission denied) while connecting to upstream",
            "be-log-nginx-permission",
            &[502],
        ),
        line(
            "upstream sent too big header",
            "be-log-nginx-big-header",
            &[502],
        ),
        line(
            "no live upstreams while connecting to upstream",
            "be-log-nginx-no-live",
            &[502],
        ),
    ],
    grep: r"upstream|connect\(\)|recv\(\) failed",
};

pub const APACHE: LogSource = LogSource {
    name: "Apache",
    files: &["/var/log/apache2/error.log", "/var/log/httpd/error_log"],
    lines: &[
        line("AH00957 / AH01114", "be-log-apache-connect", &[502, 503]),
        line("AH01102 ... (70007)", "be-log-apache-timeout", &[502, 504]),
        line(
            "AH00898 Error reading from remote server",
            "be-log-apache-reading",
            &[502],
        ),
        line("AH00959", "be-log-apache-disabled", &[503]),
        line("AH01079 / AH01067", "be-log-apache-fastcgi", &[502, 503]),
    ],
    grep: "AH0(0957|1114|1102|0898|0959|1079|1067)",
};

pub const PHP_FPM: LogSource = LogSource {
    name: "PHP-FPM",
    files: &["/var/log/php{php}-fpm.log"],
    lines: &[
        line(
            "server reached pm.max_children setting",
            "be-log-php-max-children",
            &[502, 504],
        ),
        line(
            "child ... exited on signal 11 (SIGSEGV)",
            "be-log-php-sigsegv",
            &[502],
        ),
        line(
            "execute timed out ... terminating",
            "be-log-php-timeout",
            &[502, 504],
        ),
    ],
    grep: "max_children|SIGSEGV|signal|timed out",
};

pub fn assess(ev: &Evidence) -> ChecklistItem {
    let id = CheckId::ServerLogs;
    if ev.is_pending(ProbeKind::Http) || ev.is_pending(ProbeKind::Paths) {
        return ChecklistItem::new(id, ItemStatus::Pending, crate::t!("be-checking"), "");
    }
    if ev.is_pending(ProbeKind::Logs) {
        return ChecklistItem::new(id, ItemStatus::Pending, crate::t!("be-logs-reading"), "");
    }
    if let Some(obs) = &ev.logs {
        return super::log_findings::item(ev, obs);
    }
    let server = stack::web_server(ev);
    let app = stack::app_info(ev);
    let php = app
        .php
        .as_ref()
        .and_then(|p| p.major_minor())
        .unwrap_or_else(|| "*".to_string());
    let status = ev
        .http
        .as_ref()
        .filter(|h| h.outcome.is_response())
        .and_then(|h| h.status);
    let mut sources: Vec<LogSource> = match server {
        Some(Software::Nginx) => vec![NGINX],
        Some(Software::Apache) => vec![APACHE],
        _ => vec![NGINX, APACHE],
    };
    sources.push(PHP_FPM);

    let finding = match (server, status) {
        (Some(s), Some(code)) if code >= 500 => crate::t!(
            "be-logs-answered",
            server = s.display_name(),
            code = code.to_string()
        ),
        (Some(s), _) => crate::t!("be-logs-server-is", server = s.display_name()),
        (None, _) => crate::t!("be-logs-server-unknown"),
    };
    let advice_parts: Vec<String> = sources
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let file = s.files[0].replace("{php}", &php);
            let lines: Vec<String> = relevant(s, status)
                .iter()
                .map(|l| format!("\"{}\" ({})", l.text, crate::i18n::tr(l.meaning, &[])))
                .collect();
            let key = if i == 0 {
                "be-logs-look-in"
            } else {
                "be-logs-look-in-next"
            };
            crate::i18n::tr(
                key,
                &[
                    ("file", FluentValue::from(file)),
                    ("lines", FluentValue::from(lines.join("; "))),
                ],
            )
        })
        .collect();
    let sources_text = advice_parts.join(". ");
    let advice = if app.php.is_some() {
        crate::t!("be-logs-read-advice", sources = sources_text)
    } else {
        crate::t!("be-logs-read-advice-php-maybe", sources = sources_text)
    };
    let mut item = ChecklistItem::new(id, ItemStatus::Info, finding, advice);
    for s in &sources {
        for file in s.files {
            let file = file.replace("{php}", &php);
            item.commands.push(format!("tail -n 100 {file}"));
            item.commands
                .push(format!("grep -E '{}' {file} | tail -n 50", s.grep));
        }
    }
    if let Some(unit) = stack::web_server_unit(server) {
        item.commands
            .push(format!("journalctl -u {unit} --since \"10 min ago\""));
    }
    item
}

/// The lines that explain `status` first (all of them when none does), at most four.
fn relevant(source: &LogSource, status: Option<u16>) -> Vec<LogLine> {
    let matching: Vec<LogLine> = source
        .lines
        .iter()
        .filter(|l| status.is_some_and(|s| l.statuses.contains(&s)))
        .copied()
        .collect();
    let chosen = if matching.is_empty() {
        source.lines.to_vec()
    } else {
        matching
    };
    chosen.into_iter().take(4).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::evidence::{HttpObservation, HttpOutcome};

    fn ev(server: &str, status: u16) -> Evidence {
        Evidence {
            planned: vec![ProbeKind::Http],
            finished: vec![ProbeKind::Http],
            http: Some(HttpObservation {
                outcome: HttpOutcome::Response,
                status: Some(status),
                headers: vec![
                    ("server".into(), server.into()),
                    ("x-powered-by".into(), "PHP/8.2.7".into()),
                ],
                ..HttpObservation::default()
            }),
            ..Evidence::default()
        }
    }

    #[test]
    fn every_table_entry_is_complete_and_its_pattern_matches_its_lines() {
        for s in [NGINX, APACHE, PHP_FPM] {
            assert!(!s.files.is_empty() && s.files.iter().all(|f| f.starts_with("/var/log/")));
            assert!(!s.lines.is_empty(), "{}", s.name);
            for l in s.lines {
                assert!(!l.text.is_empty() && !l.meaning.is_empty(), "{}", s.name);
                assert!(
                    l.statuses.iter().all(|c| (500..600).contains(c)),
                    "{}",
                    l.text
                );
            }
            // No single quote: the pattern is pasted inside '...'.
            assert!(!s.grep.contains('\''), "{}", s.name);
        }
    }

    /// The alternatives of a `grep -E` pattern of the simple shapes used in the table:
    /// `a|b|c` or `PREFIX(a|b|c)`, with `\(` and `\)` unescaped.
    fn alternatives(pattern: &str) -> Vec<String> {
        if let Some((prefix, rest)) = pattern.split_once('(')
            && !prefix.ends_with('\\')
            && let Some(group) = rest.strip_suffix(')')
        {
            return group.split('|').map(|a| format!("{prefix}{a}")).collect();
        }
        pattern
            .split('|')
            .map(|a| a.replace("\\(", "(").replace("\\)", ")"))
            .collect()
    }

    #[test]
    fn grep_patterns_find_real_log_lines() {
        let samples = [
            (
                NGINX,
                "2024/01/02 10:00:00 [error] 12#12: *1 connect() failed (111: Connection refused) while connecting to upstream, client: 10.0.0.1",
            ),
            (
                NGINX,
                "2024/01/02 10:00:00 [error] 12#12: *1 upstream timed out (110: Connection timed out) while reading response header from upstream",
            ),
            (
                NGINX,
                "2024/01/02 10:00:00 [error] 12#12: *1 recv() failed (104: Connection reset by peer) while reading response header",
            ),
            (
                APACHE,
                "[proxy:error] [pid 42] (111)Connection refused: AH00957: http: attempt to connect to 127.0.0.1:8080 failed",
            ),
            (
                APACHE,
                "[proxy_http:error] [pid 42] (70007)The timeout specified has expired: AH01102: error reading status line",
            ),
            (
                PHP_FPM,
                "[02-Jan-2024 10:00:00] WARNING: [pool www] server reached pm.max_children setting (5), consider raising it",
            ),
            (
                PHP_FPM,
                "[02-Jan-2024 10:00:00] WARNING: [pool www] child 123 exited on signal 11 (SIGSEGV) after 1.5 seconds",
            ),
        ];
        for (source, sample) in samples {
            let alts = alternatives(source.grep);
            assert!(
                alts.iter().any(|a| sample.contains(a.as_str())),
                "{} pattern {:?} misses {sample}",
                source.name,
                alts
            );
        }
        let quiet = "2024/01/02 10:00:00 [notice] 1#1: signal process started";
        assert!(
            !alternatives(NGINX.grep)
                .iter()
                .any(|a| quiet.contains(a.as_str()))
        );
    }

    #[test]
    fn nginx_502_points_at_nginx_and_php_fpm_logs() {
        let item = assess(&ev("nginx/1.22.1", 502));
        assert_eq!(item.status, ItemStatus::Info);
        assert!(
            item.finding.contains("nginx answered 502"),
            "{}",
            item.finding
        );
        assert!(
            item.advice.contains("/var/log/nginx/error.log"),
            "{}",
            item.advice
        );
        assert!(
            item.advice.contains("111: Connection refused"),
            "{}",
            item.advice
        );
        assert!(
            !item.advice.contains("upstream timed out"),
            "504 lines are not for a 502"
        );
        assert!(
            item.advice.contains("/var/log/php8.2-fpm.log"),
            "{}",
            item.advice
        );
        assert!(
            item.commands
                .contains(&"tail -n 100 /var/log/nginx/error.log".to_string())
        );
        assert!(
            item.commands
                .iter()
                .any(|c| c.starts_with("grep -E 'upstream|connect"))
        );
        assert!(
            item.commands
                .contains(&"tail -n 100 /var/log/php8.2-fpm.log".to_string())
        );
        assert!(!item.commands.iter().any(|c| c.contains("apache2")));
    }

    #[test]
    fn nginx_504_names_the_timeout_line() {
        let item = assess(&ev("nginx", 504));
        assert!(
            item.advice.contains("upstream timed out (110"),
            "{}",
            item.advice
        );
    }

    #[test]
    fn apache_and_unknown_servers() {
        let item = assess(&ev("Apache/2.4.57 (Debian)", 503));
        assert!(item.advice.contains("AH00957"), "{}", item.advice);
        assert!(
            item.commands
                .contains(&"tail -n 100 /var/log/httpd/error_log".to_string())
        );
        let item = assess(&ev("", 502));
        assert!(item.finding.contains("not recognised"), "{}", item.finding);
        assert!(item.commands.iter().any(|c| c.contains("nginx")));
        assert!(item.commands.iter().any(|c| c.contains("apache2")));
    }

    #[test]
    fn pending_while_the_main_request_runs() {
        let ev = Evidence {
            planned: vec![ProbeKind::Http],
            ..Evidence::default()
        };
        assert_eq!(assess(&ev).status, ItemStatus::Pending);
    }
}
