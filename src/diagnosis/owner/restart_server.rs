//! Owner item `restart_server`: static files against the dynamic page (the `paths` probe) say
//! which process to restart. Static fine + page 502/504: the application server (PHP-FPM or
//! whatever the web server proxies to) is down or overloaded, not the web server. Everything
//! failing: the web server's upstream configuration, or the whole backend.

use super::stack;
use crate::diagnosis::{CheckId, ChecklistItem, ItemStatus};
use crate::evidence::paths::{PathCheck, PathKind};
use crate::evidence::{Evidence, ProbeKind};
use crate::fingerprint::Software;

pub fn assess(ev: &Evidence) -> ChecklistItem {
    let id = CheckId::RestartServer;
    let Some(paths) = &ev.paths else {
        return stack::not_observed(ev, id, ProbeKind::Paths, "be-restart-not-checked");
    };
    let statics: Vec<&PathCheck> = paths.of_kind(PathKind::Static).collect();
    let dynamics: Vec<&PathCheck> = paths.of_kind(PathKind::Dynamic).collect();
    if dynamics.is_empty() {
        return ChecklistItem::new(
            id,
            ItemStatus::Info,
            crate::t!("be-restart-page-not-fetched"),
            "",
        );
    }
    let server = stack::web_server(ev);
    let app = stack::app_info(ev);
    let unit = stack::php_fpm_unit(&app);
    let dyn_failed: Vec<&PathCheck> = dynamics
        .iter()
        .copied()
        .filter(|c| c.gateway_failed())
        .collect();
    let static_ok: Vec<&PathCheck> = statics.iter().copied().filter(|c| c.answered()).collect();
    let pages = stack::describe_all(&dynamics, 2);
    let files = stack::describe_all(&statics, 3);

    if dyn_failed.is_empty() {
        if let Some(err) = dynamics.iter().find(|c| c.status.is_some_and(|s| s >= 500)) {
            return ChecklistItem::new(
                id,
                ItemStatus::Warn,
                crate::t!(
                    "be-restart-app-error",
                    status = err.status.unwrap_or_default().to_string()
                ),
                crate::t!("be-restart-app-error-advice"),
            );
        }
        return ChecklistItem::new(
            id,
            ItemStatus::Pass,
            crate::t!(
                "be-restart-all-answered",
                pages = pages.as_str(),
                files = files.as_str()
            ),
            crate::t!("be-restart-nothing-needed"),
        );
    }

    if dyn_failed.len() < dynamics.len() {
        let mut item = ChecklistItem::new(
            id,
            ItemStatus::Warn,
            crate::t!("be-restart-sometimes", pages = pages.as_str()),
            crate::t!("be-restart-sometimes-advice"),
        );
        item.commands = app_commands(&unit, false);
        return item;
    }

    if !static_ok.is_empty() {
        let name = stack::web_server_name(server);
        let mut item = ChecklistItem::new(
            id,
            ItemStatus::Fail,
            crate::t!(
                "be-restart-app-down",
                files = stack::describe_all(&static_ok, 3),
                pages = pages.as_str(),
                server = name
            ),
            crate::t!("be-restart-app-down-advice"),
        );
        item.commands = app_commands(&unit, true);
        return item;
    }

    let nothing_answered = statics
        .iter()
        .chain(dynamics.iter())
        .all(|c| !c.outcome.is_response());
    let web_unit = stack::web_server_unit(server).unwrap_or("nginx");
    if nothing_answered {
        let mut item = ChecklistItem::new(
            id,
            ItemStatus::Fail,
            crate::t!("be-restart-nothing-answered", files = files.as_str()),
            crate::t!("be-restart-nothing-answered-advice"),
        );
        item.commands = vec![
            format!("systemctl status {web_unit}"),
            format!("systemctl restart {web_unit}"),
            "ss -ltnp | grep -E ':(80|443) '".to_string(),
        ];
        return item;
    }
    let mut item = ChecklistItem::new(
        id,
        ItemStatus::Fail,
        crate::t!(
            "be-restart-backend-down",
            files = files.as_str(),
            pages = pages.as_str(),
            server = stack::web_server_name(server)
        ),
        crate::t!("be-restart-backend-down-advice"),
    );
    item.commands = config_commands(server, &unit);
    item
}

/// Restart (optionally) and inspect the application server.
fn app_commands(unit: &str, restart: bool) -> Vec<String> {
    let mut out = Vec::new();
    if restart {
        out.push(format!("systemctl restart {unit}"));
    }
    out.push(format!("systemctl status {unit}"));
    out.push(format!("journalctl -u {unit} --since \"10 min ago\""));
    out.push("systemctl list-units --type=service --state=failed".to_string());
    out
}

/// Check the web server's configuration and the backend it points at.
fn config_commands(server: Option<Software>, unit: &str) -> Vec<String> {
    let mut out = match server {
        Some(Software::Apache) => vec![
            "apachectl configtest".to_string(),
            "grep -rniE 'ProxyPass|SetHandler|fcgi' /etc/apache2/".to_string(),
        ],
        _ => vec![
            "nginx -t".to_string(),
            "grep -rnE 'proxy_pass|fastcgi_pass|upstream' /etc/nginx/".to_string(),
        ],
    };
    out.push(format!("systemctl status {unit}"));
    out.push("ss -ltnpx | grep -E 'php|fpm|:(8000|8080|9000) '".to_string());
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::evidence::HttpOutcome;
    use crate::evidence::paths::PathsObservation;
    use crate::fingerprint::wordpress::{AppInfo, Seen};

    fn check(path: &str, kind: PathKind, status: Option<u16>) -> PathCheck {
        PathCheck {
            path: path.into(),
            kind,
            outcome: if status.is_some() {
                HttpOutcome::Response
            } else {
                HttpOutcome::ConnectRefused
            },
            status,
            server: status.map(|_| "nginx/1.22.1".to_string()),
            ..PathCheck::default()
        }
    }

    fn ev(statics: [Option<u16>; 2], dynamics: [Option<u16>; 2], php: Option<&str>) -> Evidence {
        let mut app = AppInfo::default();
        if let Some(v) = php {
            app.php = Some(Seen {
                version: Some(v.into()),
            });
        }
        Evidence {
            planned: vec![ProbeKind::Paths],
            finished: vec![ProbeKind::Paths],
            paths: Some(PathsObservation {
                checks: vec![
                    check("/robots.txt", PathKind::Static, statics[0]),
                    check("/favicon.ico", PathKind::Static, statics[1]),
                    check("/", PathKind::Dynamic, dynamics[0]),
                    check("/?gd-nocache=1", PathKind::Dynamic, dynamics[1]),
                ],
                app,
            }),
            ..Evidence::default()
        }
    }

    #[test]
    fn static_fine_dynamic_502_blames_the_app_server() {
        let item = assess(&ev(
            [Some(200), Some(404)],
            [Some(502), Some(502)],
            Some("8.2.7"),
        ));
        assert_eq!(item.status, ItemStatus::Fail);
        assert!(
            item.finding.contains("application server"),
            "{}",
            item.finding
        );
        assert!(item.finding.contains("nginx works"), "{}", item.finding);
        assert_eq!(item.commands[0], "systemctl restart php8.2-fpm");
        assert!(
            item.commands
                .contains(&"journalctl -u php8.2-fpm --since \"10 min ago\"".to_string())
        );
    }

    #[test]
    fn without_php_version_the_unit_is_a_pattern() {
        let item = assess(&ev([Some(200), Some(200)], [Some(504), Some(504)], None));
        assert_eq!(item.commands[0], "systemctl restart 'php*-fpm'");
    }

    #[test]
    fn everything_502_points_at_upstream_config() {
        let item = assess(&ev([Some(502), Some(502)], [Some(502), Some(502)], None));
        assert_eq!(item.status, ItemStatus::Fail);
        assert!(
            item.finding.contains("Static files fail too"),
            "{}",
            item.finding
        );
        assert!(
            item.advice.contains("upstream configuration"),
            "{}",
            item.advice
        );
        assert!(item.commands.contains(&"nginx -t".to_string()));
    }

    #[test]
    fn nothing_answering_is_the_web_server() {
        let item = assess(&ev([None, None], [None, None], None));
        assert_eq!(item.status, ItemStatus::Fail);
        assert!(
            item.finding.contains("web server itself"),
            "{}",
            item.finding
        );
    }

    #[test]
    fn healthy_and_mixed_and_app_errors() {
        let item = assess(&ev([Some(200), Some(200)], [Some(200), Some(200)], None));
        assert_eq!(item.status, ItemStatus::Pass);
        let item = assess(&ev([Some(200), Some(200)], [Some(200), Some(502)], None));
        assert_eq!(item.status, ItemStatus::Warn);
        assert!(!item.commands.iter().any(|c| c.contains("restart")));
        let item = assess(&ev([Some(200), Some(200)], [Some(500), Some(500)], None));
        assert_eq!(item.status, ItemStatus::Warn);
        assert!(item.finding.contains("500"), "{}", item.finding);
    }

    #[test]
    fn pending_and_skipped() {
        let mut e = Evidence {
            planned: vec![ProbeKind::Paths],
            ..Evidence::default()
        };
        assert_eq!(assess(&e).status, ItemStatus::Pending);
        e.finished.push(ProbeKind::Paths);
        let item = assess(&e);
        assert_eq!(item.status, ItemStatus::Skipped);
        assert!(!item.finding.is_empty());
        assert_eq!(assess(&Evidence::default()).status, ItemStatus::Skipped);
    }
}
