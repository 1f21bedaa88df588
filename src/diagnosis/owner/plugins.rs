//! Owner item `plugins`: when the page is WordPress, list the plugins it loads and say how to
//! disable them safely (rename the plugins folder, or WP-CLI), then re-enable them one by one to
//! find the faulty one. Not WordPress: skipped, saying why.

use super::stack;
use crate::diagnosis::{CheckId, ChecklistItem, ItemStatus};
use crate::evidence::paths::PathKind;
use crate::evidence::{Evidence, ProbeKind};

/// Most plugins named in the finding and given their own command.
const SHOWN: usize = 8;

pub fn assess(ev: &Evidence) -> ChecklistItem {
    let id = CheckId::Plugins;
    if ev.is_pending(ProbeKind::Paths) || (ev.paths.is_none() && ev.is_pending(ProbeKind::Http)) {
        return ChecklistItem::new(id, ItemStatus::Pending, crate::t!("be-checking"), "");
    }
    let app = stack::app_info(ev);
    let Some(wp) = &app.wordpress else {
        let why = if page_failed(ev) {
            crate::t!("be-plugins-page-failed")
        } else if app.php.is_some() {
            crate::t!("be-plugins-php-not-wordpress")
        } else {
            crate::t!("be-plugins-not-wordpress")
        };
        return ChecklistItem::new(
            id,
            ItemStatus::Skipped,
            why,
            crate::t!("be-plugins-not-wordpress-advice"),
        );
    };
    let version = wp
        .version
        .as_deref()
        .map(|v| format!("WordPress {v}"))
        .unwrap_or_else(|| "WordPress".to_string());
    let listed = if app.plugins.is_empty() {
        crate::t!("be-plugins-none")
    } else {
        let names: Vec<&str> = app.plugins.iter().take(SHOWN).map(String::as_str).collect();
        let more = app.plugins.len().saturating_sub(SHOWN);
        if more > 0 {
            crate::t!(
                "be-plugins-seen-more",
                count = app.plugins.len(),
                names = names.join(", "),
                more = more
            )
        } else {
            crate::t!(
                "be-plugins-seen",
                count = app.plugins.len(),
                names = names.join(", ")
            )
        }
    };
    let failing = page_failed(ev);
    let (status, advice) = if failing {
        (ItemStatus::Warn, crate::t!("be-plugins-failing-advice"))
    } else {
        (ItemStatus::Info, crate::t!("be-plugins-advice"))
    };
    let mut item = ChecklistItem::new(
        id,
        status,
        crate::t!("be-plugins-runs", version = version, plugins = listed),
        advice,
    );
    item.commands = vec![
        "mv wp-content/plugins wp-content/plugins.off".to_string(),
        "mv wp-content/plugins.off wp-content/plugins".to_string(),
        "wp plugin deactivate --all".to_string(),
        "wp plugin list --status=active".to_string(),
    ];
    for slug in app.plugins.iter().take(SHOWN) {
        // Slugs are restricted to [A-Za-z0-9._-] by the fingerprint: safe to paste.
        item.commands.push(format!("wp plugin deactivate {slug}"));
    }
    if let Some(slug) = app.plugins.first() {
        item.commands.push(format!("wp plugin activate {slug}"));
    }
    item
}

/// The page (main request or the dynamic paths) failed with a server error or no answer.
fn page_failed(ev: &Evidence) -> bool {
    let main = ev
        .http
        .as_ref()
        .is_some_and(|h| !h.outcome.is_response() || h.status.is_some_and(|s| s >= 500));
    let paths = ev.paths.as_ref().is_some_and(|p| {
        p.of_kind(PathKind::Dynamic)
            .any(|c| !c.outcome.is_response() || c.status.is_some_and(|s| s >= 500))
    });
    main || paths
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::evidence::paths::{PathCheck, PathsObservation};
    use crate::evidence::{HttpObservation, HttpOutcome};
    use crate::fingerprint::wordpress;

    const FIXTURE: &str = include_str!("../../../tests/fixtures/wordpress/index.html");

    fn ev_with(app_body: &str, dynamic_status: u16) -> Evidence {
        Evidence {
            planned: vec![ProbeKind::Paths],
            finished: vec![ProbeKind::Paths],
            paths: Some(PathsObservation {
                checks: vec![PathCheck {
                    path: "/".into(),
                    kind: PathKind::Dynamic,
                    status: Some(dynamic_status),
                    ..PathCheck::default()
                }],
                app: wordpress::detect(&[], app_body),
            }),
            ..Evidence::default()
        }
    }

    #[test]
    fn wordpress_lists_plugins_and_commands() {
        let item = assess(&ev_with(FIXTURE, 200));
        assert_eq!(item.status, ItemStatus::Info);
        assert!(item.finding.contains("WordPress 6.4.2"), "{}", item.finding);
        assert!(
            item.finding
                .contains("contact-form-7, woocommerce, wordpress-seo"),
            "{}",
            item.finding
        );
        assert!(
            item.commands
                .contains(&"wp plugin deactivate --all".to_string())
        );
        assert!(
            item.commands
                .contains(&"wp plugin deactivate woocommerce".to_string())
        );
        assert!(
            item.commands
                .contains(&"mv wp-content/plugins wp-content/plugins.off".to_string())
        );
    }

    #[test]
    fn failing_wordpress_warns() {
        let item = assess(&ev_with(FIXTURE, 502));
        assert_eq!(item.status, ItemStatus::Warn);
        assert!(item.advice.contains("one at a time"), "{}", item.advice);
    }

    #[test]
    fn not_wordpress_is_skipped_with_the_reason() {
        let item = assess(&ev_with("<html><p>hello</p></html>", 200));
        assert_eq!(item.status, ItemStatus::Skipped);
        assert!(
            item.finding.contains("looks like WordPress"),
            "{}",
            item.finding
        );
        assert!(item.commands.is_empty());
        let item = assess(&ev_with("", 502));
        assert!(item.finding.contains("did not load"), "{}", item.finding);
    }

    #[test]
    fn main_page_alone_is_enough_without_paths() {
        let ev = Evidence {
            planned: vec![ProbeKind::Http],
            finished: vec![ProbeKind::Http],
            http: Some(HttpObservation {
                outcome: HttpOutcome::Response,
                status: Some(200),
                body_excerpt: FIXTURE.to_string(),
                ..HttpObservation::default()
            }),
            ..Evidence::default()
        };
        let item = assess(&ev);
        assert_eq!(item.status, ItemStatus::Info);
        let mut pending = ev.clone();
        pending.planned.push(ProbeKind::Paths);
        assert_eq!(assess(&pending).status, ItemStatus::Pending);
    }
}
