//! What the owner items `restart_server`, `php_limits`, `plugins` and `server_logs` share: which
//! web server and PHP-FPM service the probes saw, the app recognised behind them, and the
//! pending / skipped item for a probe that has not reported.
//!
//! One place, so the four items name the same server and the same service in their commands.

use crate::diagnosis::facts::Facts;
use crate::diagnosis::{CheckId, ChecklistItem, ItemStatus, software_from_server};
use crate::evidence::paths::PathCheck;
use crate::evidence::{Evidence, ProbeKind};
use crate::fingerprint::Software;
use crate::fingerprint::wordpress::{self, AppInfo};

/// The item for a probe without an observation: pending while it runs, else skipped with the
/// engine's reason (or the message with the id `not_checked`: "Not checked in this run (… runs
/// in owner mode only).").
pub fn not_observed(
    ev: &Evidence,
    id: CheckId,
    kind: ProbeKind,
    not_checked: &str,
) -> ChecklistItem {
    if ev.is_pending(kind) {
        return ChecklistItem::new(id, ItemStatus::Pending, crate::t!("be-checking"), "");
    }
    let reason = Facts::new(ev)
        .skip_reason(kind)
        .unwrap_or_else(|| crate::i18n::tr(not_checked, &[]));
    ChecklistItem::new(id, ItemStatus::Skipped, reason, "")
}

/// The web server seen: from the main response, else from the `Server` header of the paths.
/// Only nginx and Apache are returned; anything else is `None` (the commands would not fit).
pub fn web_server(ev: &Evidence) -> Option<Software> {
    let facts = Facts::new(ev);
    let from_main = facts
        .web_server
        .into_iter()
        .chain(facts.responder.layers.iter().copied());
    let from_paths = ev
        .paths
        .iter()
        .flat_map(|p| p.checks.iter())
        .filter_map(|c| c.server.as_deref())
        .map(software_from_server);
    let from_header = ev
        .http
        .as_ref()
        .and_then(|h| h.header("server"))
        .map(software_from_server);
    from_main
        .chain(from_header)
        .chain(from_paths)
        .find(|s| matches!(s, Software::Nginx | Software::Apache))
}

/// The application recognised: from the `paths` probe, else from the main response alone.
pub fn app_info(ev: &Evidence) -> AppInfo {
    let mut app = ev.paths.as_ref().map(|p| p.app.clone()).unwrap_or_default();
    if let Some(h) = ev.http.as_ref().filter(|h| h.outcome.is_response()) {
        app.merge(wordpress::detect(&h.headers, &h.body_excerpt));
    }
    app
}

/// The PHP-FPM systemd unit: `php8.2-fpm` when the version is known, else the pattern
/// `php*-fpm` (systemctl and journalctl accept it, quoted).
pub fn php_fpm_unit(app: &AppInfo) -> String {
    match app.php.as_ref().and_then(|p| p.major_minor()) {
        Some(v) => format!("php{v}-fpm"),
        None => "'php*-fpm'".to_string(),
    }
}

/// The PHP-FPM log file: `/var/log/php8.2-fpm.log`, or the glob `/var/log/php*-fpm.log`.
pub fn php_fpm_log(app: &AppInfo) -> String {
    let v = app
        .php
        .as_ref()
        .and_then(|p| p.major_minor())
        .unwrap_or_else(|| "*".to_string());
    format!("/var/log/php{v}-fpm.log")
}

/// The systemd unit of the web server (`nginx`, `apache2`).
pub fn web_server_unit(server: Option<Software>) -> Option<&'static str> {
    match server {
        Some(Software::Nginx) => Some("nginx"),
        Some(Software::Apache) => Some("apache2"),
        _ => None,
    }
}

/// "nginx", "Apache" or "the web server" (in the current language).
pub fn web_server_name(server: Option<Software>) -> String {
    match server {
        Some(s) => s.display_name().to_string(),
        None => crate::t!("be-the-web-server"),
    }
}

/// One path's result in words: "/robots.txt 200", "/ no answer (timeout)".
pub fn describe(c: &PathCheck) -> String {
    match c.status.filter(|_| c.outcome.is_response()) {
        Some(s) => format!("{} {s}", c.path),
        None => {
            let outcome = serde_json::to_value(c.outcome)
                .ok()
                .and_then(|v| v.as_str().map(|s| s.replace('_', " ")))
                .unwrap_or_default();
            crate::t!(
                "be-path-no-answer",
                path = c.path.as_str(),
                outcome = crate::evidence::say_result(&outcome)
            )
        }
    }
}

/// Several results in words, at most `max`, "a, b and 2 more".
pub fn describe_all(checks: &[&PathCheck], max: usize) -> String {
    let mut parts: Vec<String> = checks.iter().take(max).map(|c| describe(c)).collect();
    if checks.len() > max {
        parts.push(crate::t!("be-more", count = checks.len() - max));
    }
    parts.join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::evidence::HttpOutcome;
    use crate::fingerprint::wordpress::Seen;

    #[test]
    fn php_unit_and_log_follow_the_version() {
        let mut app = AppInfo::default();
        assert_eq!(php_fpm_unit(&app), "'php*-fpm'");
        assert_eq!(php_fpm_log(&app), "/var/log/php*-fpm.log");
        app.php = Some(Seen {
            version: Some("8.2.12".into()),
        });
        assert_eq!(php_fpm_unit(&app), "php8.2-fpm");
        assert_eq!(php_fpm_log(&app), "/var/log/php8.2-fpm.log");
    }

    #[test]
    fn describe_names_status_or_outcome() {
        let ok = PathCheck {
            path: "/robots.txt".into(),
            status: Some(200),
            ..PathCheck::default()
        };
        let dead = PathCheck {
            path: "/".into(),
            outcome: HttpOutcome::ConnectRefused,
            ..PathCheck::default()
        };
        assert_eq!(describe(&ok), "/robots.txt 200");
        assert_eq!(describe(&dead), "/ no answer (connect refused)");
        assert_eq!(
            describe_all(&[&ok, &dead, &ok], 2),
            "/robots.txt 200, / no answer (connect refused), 1 more"
        );
    }

    #[test]
    fn web_server_from_a_path_server_header() {
        let mut ev = Evidence::default();
        assert_eq!(web_server(&ev), None);
        ev.paths = Some(crate::evidence::paths::PathsObservation {
            checks: vec![PathCheck {
                server: Some("Apache/2.4.57 (Debian)".into()),
                ..PathCheck::default()
            }],
            ..Default::default()
        });
        assert_eq!(web_server(&ev), Some(Software::Apache));
        assert_eq!(web_server_unit(Some(Software::Apache)), Some("apache2"));
    }
}
