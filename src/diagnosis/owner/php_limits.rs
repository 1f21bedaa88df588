//! Owner item `php_limits`: time limits and worker limits. An error that arrived after close to a
//! known default (the table in `diagnosis::timeouts`) names that limit and the exact setting to
//! raise; one that arrived just after a whole number of seconds names the configured limit and
//! the settings that can hold it; failures that grow with concurrency in the gentle burst point at too few workers
//! (`pm.max_children`) rather than a time limit.

use super::stack;
use crate::diagnosis::facts::Facts;
use crate::diagnosis::timeouts::{LikelyLimit, likely_for};
use crate::diagnosis::{CheckId, ChecklistItem, ItemStatus};
use crate::evidence::burst::BurstObservation;
use crate::evidence::paths::PathKind;
use crate::evidence::{Evidence, ProbeKind};
use crate::fingerprint::Software;

pub fn assess(ev: &Evidence) -> ChecklistItem {
    let id = CheckId::PhpLimits;
    for kind in [ProbeKind::Http, ProbeKind::Paths, ProbeKind::Burst] {
        if ev.is_pending(kind) {
            return ChecklistItem::new(id, ItemStatus::Pending, crate::t!("be-checking"), "");
        }
    }
    let app = stack::app_info(ev);
    let unit = stack::php_fpm_unit(&app);
    let seen = seen_software(ev);

    if let Some((elapsed, status, limit)) = slow_error(ev, &seen) {
        let status = status.to_string();
        let elapsed = format!("{elapsed:.1}");
        let finding = if limit.is_default {
            crate::t!(
                "be-php-near-default",
                status = status,
                elapsed = elapsed,
                limit = limit.name.as_str()
            )
        } else {
            crate::t!(
                "be-php-configured",
                status = status,
                secs = limit.secs.to_string(),
                elapsed = elapsed,
                places = limit.places.as_str()
            )
        };
        let advice = if limit.is_default {
            crate::t!("be-php-near-default-advice")
        } else {
            crate::t!("be-php-configured-advice")
        };
        let mut item = ChecklistItem::new(id, ItemStatus::Fail, finding, advice);
        item.commands = limit.settings.clone();
        item.commands.push(format!("systemctl reload {unit}"));
        return item;
    }

    let burst = ev
        .burst
        .as_ref()
        .filter(|b| b.enabled && !b.rounds.is_empty());
    if let Some(b) = burst {
        if b.failures_grow_with_concurrency() {
            let mut item = ChecklistItem::new(
                id,
                ItemStatus::Fail,
                crate::t!("be-php-grows-with-load", rounds = rounds_in_words(b)),
                crate::t!("be-php-grows-with-load-advice"),
            );
            item.commands = vec![
                format!(
                    "grep -E 'max_children|max_requests' {}",
                    stack::php_fpm_log(&app)
                ),
                "pm.max_children = 20   ; PHP-FPM pool (pool.d/www.conf)".to_string(),
                format!("systemctl reload {unit}"),
            ];
            return item;
        }
        let failures = b.total_failures();
        if failures > 0 && failures < b.total_requests {
            return ChecklistItem::new(
                id,
                ItemStatus::Warn,
                crate::t!(
                    "be-php-flat-failures",
                    failures = failures,
                    total = b.total_requests,
                    rounds = rounds_in_words(b)
                ),
                crate::t!("be-php-flat-failures-advice"),
            );
        }
    }

    let burst_note = match &ev.burst {
        Some(b) if !b.enabled => format!(" {}", crate::t!("be-php-burst-off")),
        Some(b) if b.total_failures() == 0 && b.total_requests > 0 => format!(
            " {}",
            crate::t!("be-php-burst-all-answered", burst = capitalise(&b.label))
        ),
        _ => String::new(),
    };
    let status = if burst_note.is_empty() && ev.paths.is_none() && ev.http.is_none() {
        ItemStatus::Skipped
    } else {
        ItemStatus::Pass
    };
    ChecklistItem::new(
        id,
        status,
        format!("{}{burst_note}", crate::t!("be-php-no-limit")),
        if status == ItemStatus::Pass {
            crate::t!("be-php-no-limit-advice")
        } else {
            String::new()
        },
    )
}

/// The software seen on the path, for picking the right default.
fn seen_software(ev: &Evidence) -> Vec<Software> {
    let facts = Facts::new(ev);
    let mut seen = facts.responder.layers.clone();
    seen.extend(facts.edge);
    seen.extend(facts.web_server);
    seen.extend(stack::web_server(ev));
    seen
}

/// The first gateway error (502/503/504, or 524-style timeouts) whose timing matches a known
/// default or a configured whole number of seconds: (seconds, the status, the limit).
fn slow_error(ev: &Evidence, seen: &[Software]) -> Option<(f64, u16, LikelyLimit)> {
    let mut candidates: Vec<(Option<f64>, Option<u16>)> = Vec::new();
    if let Some(h) = ev.http.as_ref().filter(|h| h.outcome.is_response()) {
        candidates.push((h.timings.first_byte.or(h.timings.total), h.status));
    }
    if let Some(p) = &ev.paths {
        for c in p
            .of_kind(PathKind::Dynamic)
            .filter(|c| c.outcome.is_response())
        {
            candidates.push((c.first_byte_ms.or(c.total_ms), c.status));
        }
    }
    candidates.into_iter().find_map(|(ms, status)| {
        let status = status.filter(|s| *s >= 500)?;
        let secs = ms? / 1000.0;
        let limit = likely_for(secs, Some(status), seen)?;
        Some((secs, status, limit))
    })
}

fn rounds_in_words(b: &BurstObservation) -> String {
    b.rounds
        .iter()
        .map(|r| {
            crate::t!(
                "be-php-round",
                failures = r.failures,
                requests = r.requests,
                concurrency = r.concurrency
            )
        })
        .collect::<Vec<_>>()
        .join(", ")
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::evidence::burst::Round;
    use crate::evidence::{HttpObservation, HttpOutcome, Timings};

    fn with_main(status: u16, first_byte_ms: f64, server: &str) -> Evidence {
        Evidence {
            planned: vec![ProbeKind::Http],
            finished: vec![ProbeKind::Http],
            http: Some(HttpObservation {
                outcome: HttpOutcome::Response,
                status: Some(status),
                headers: vec![("server".into(), server.into())],
                timings: Timings {
                    first_byte: Some(first_byte_ms),
                    total: Some(first_byte_ms + 1.0),
                    ..Timings::default()
                },
                ..HttpObservation::default()
            }),
            ..Evidence::default()
        }
    }

    fn burst(rounds: &[(u32, u32, u32)]) -> BurstObservation {
        BurstObservation {
            enabled: true,
            total_requests: rounds.iter().map(|r| r.1).sum(),
            label: "a small burst of 20 requests, at most 4 at once".into(),
            rounds: rounds
                .iter()
                .map(|&(concurrency, requests, failures)| Round {
                    concurrency,
                    requests,
                    failures,
                    ..Round::default()
                })
                .collect(),
            ..BurstObservation::default()
        }
    }

    #[test]
    fn nginx_504_after_60_s_names_proxy_and_fastcgi_read_timeout() {
        let item = assess(&with_main(504, 60_150.0, "nginx/1.22.1"));
        assert_eq!(item.status, ItemStatus::Fail);
        assert!(item.finding.contains("60.1 s"), "{}", item.finding);
        assert!(
            item.finding.contains("proxy_read_timeout"),
            "{}",
            item.finding
        );
        assert!(
            item.commands
                .iter()
                .any(|c| c.starts_with("fastcgi_read_timeout"))
        );
    }

    #[test]
    fn error_after_a_whole_number_of_seconds_names_a_configured_limit() {
        let item = assess(&with_main(504, 2_040.0, "nginx/1.22.1"));
        assert_eq!(item.status, ItemStatus::Fail);
        assert!(
            item.finding
                .contains("came after about 2 s (2.0 s): a limit of 2 s is probably configured"),
            "{}",
            item.finding
        );
        for s in [
            "fastcgi_read_timeout",
            "max_execution_time",
            "request_terminate_timeout",
        ] {
            assert!(item.finding.contains(s), "{s}: {}", item.finding);
            assert!(item.commands.iter().any(|c| c.starts_with(s)), "{s}");
        }
        assert!(item.commands.iter().any(|c| c.starts_with("grep ")));
        // 7.6 s is no whole number of seconds, 0.3 s is too short.
        assert_eq!(
            assess(&with_main(502, 7_600.0, "nginx")).status,
            ItemStatus::Pass
        );
        assert_eq!(
            assess(&with_main(502, 300.0, "nginx")).status,
            ItemStatus::Pass
        );
    }

    #[test]
    fn error_after_30_s_names_max_execution_time() {
        let item = assess(&with_main(502, 29_800.0, "nginx"));
        assert_eq!(item.status, ItemStatus::Fail);
        assert!(
            item.commands
                .iter()
                .any(|c| c.starts_with("max_execution_time"))
        );
        assert!(
            item.commands
                .iter()
                .any(|c| c.starts_with("request_terminate_timeout"))
        );
    }

    #[test]
    fn apache_and_alb_name_their_settings() {
        let item = assess(&with_main(502, 60_000.0, "Apache/2.4.57"));
        assert!(item.commands.iter().any(|c| c.starts_with("ProxyTimeout")));
        let item = assess(&with_main(502, 60_000.0, "awselb/2.0"));
        assert!(
            item.commands
                .iter()
                .any(|c| c.contains("keepalive_timeout"))
        );
    }

    #[test]
    fn fast_errors_are_not_time_limits() {
        let item = assess(&with_main(502, 12.0, "nginx"));
        assert_eq!(item.status, ItemStatus::Pass);
        let item = assess(&with_main(200, 30_000.0, "nginx"));
        assert_eq!(item.status, ItemStatus::Pass, "a slow success is no error");
    }

    #[test]
    fn growing_failures_are_worker_limits() {
        let mut ev = with_main(200, 20.0, "nginx");
        ev.burst = Some(burst(&[(1, 2, 0), (2, 5, 0), (4, 13, 6)]));
        let item = assess(&ev);
        assert_eq!(item.status, ItemStatus::Fail);
        assert!(item.advice.contains("pm.max_children"), "{}", item.advice);
        assert!(
            item.finding.contains("6 of 13 failed with 4 at once"),
            "{}",
            item.finding
        );
        assert!(
            item.commands
                .iter()
                .any(|c| c.starts_with("pm.max_children"))
        );
    }

    #[test]
    fn flat_failures_warn_and_clean_burst_passes() {
        let mut ev = with_main(200, 20.0, "nginx");
        ev.burst = Some(burst(&[(1, 2, 1), (2, 5, 2), (4, 13, 5)]));
        assert_eq!(assess(&ev).status, ItemStatus::Warn);
        ev.burst = Some(burst(&[(1, 2, 0), (2, 5, 0), (4, 13, 0)]));
        let item = assess(&ev);
        assert_eq!(item.status, ItemStatus::Pass);
        assert!(
            item.finding.contains("A small burst of 20 requests"),
            "{}",
            item.finding
        );
        ev.burst = Some(BurstObservation::default());
        assert!(assess(&ev).finding.contains("turned off"));
    }

    #[test]
    fn pending_until_burst_reports() {
        let mut ev = with_main(502, 20.0, "nginx");
        ev.planned.push(ProbeKind::Burst);
        assert_eq!(assess(&ev).status, ItemStatus::Pending);
        ev.finished.push(ProbeKind::Burst);
        assert_ne!(assess(&ev).status, ItemStatus::Pending);
    }
}
