use super::*;
use crate::diagnosis::{CheckId, Culprit, ItemStatus, diagnose};
use crate::evidence::test_evidence::{healthy, owner_502_done};
use crate::evidence::{Mode, ProbeKind};
use crate::logs::{AccessStats, Analysis, FileSummary, LogFormat, UrlCount};

/// 2026-12-01T23:20:30Z, the time the logs below were "read".
const READ_AT: i64 = 1_796_167_230;

fn finding(cause: &str, count: u64, last: &str) -> Finding {
    let spec = crate::logs::patterns::causes()
        .iter()
        .find(|c| c.id == cause)
        .expect("known cause");
    Finding {
        cause: cause.into(),
        title: spec.title.clone(),
        explanation: spec.explanation.clone(),
        severity: spec.severity,
        count,
        first_seen: Some(last.into()),
        last_seen: Some(last.into()),
        subjects: vec!["unix:/run/php/php8.2-fpm.sock".into()],
        examples: vec![],
        fix: spec.fix.clone(),
        commands: spec.commands.clone(),
    }
}

fn observation(findings: Vec<Finding>, local_offset_secs: Option<i32>) -> LogsObservation {
    LogsObservation {
        analysis: Analysis {
            files: vec![FileSummary {
                path: "/var/log/php8.2-fpm.log".into(),
                format: LogFormat::PhpFpm,
                lines: 40,
                skipped: 0,
                error: None,
            }],
            findings,
            access: None,
            cancelled: false,
        },
        read_at_unix: READ_AT,
        local_offset_secs,
    }
}

fn with_logs(obs: LogsObservation) -> Evidence {
    let mut ev = owner_502_done();
    ev.planned.push(ProbeKind::Logs);
    ev.finished.push(ProbeKind::Logs);
    ev.logs = Some(obs);
    ev
}

fn server_logs(d: &crate::diagnosis::Diagnosis) -> &crate::diagnosis::ChecklistItem {
    d.checklist
        .iter()
        .find(|i| i.id == CheckId::ServerLogs)
        .expect("server_logs item")
}

#[test]
fn the_table_covers_every_log_cause_and_nothing_else() {
    let ids: Vec<&str> = crate::logs::patterns::causes()
        .iter()
        .map(|c| c.id.as_str())
        .collect();
    assert!(ids.len() >= 21, "{ids:?}");
    for id in &ids {
        assert!(lookup(id).is_some(), "{id} has no verdict meaning");
    }
    for row in TABLE {
        assert!(
            ids.contains(&row.log_cause),
            "{} is not a log cause",
            row.log_cause
        );
        assert!(!row.statuses.is_empty() && row.specificity > 0);
    }
}

#[test]
fn recency_uses_the_offset_when_known_and_a_wide_window_when_not() {
    let obs = observation(vec![], Some(0));
    assert_eq!(recency(&obs, Some("2026-12-01T23:20:04")), Recency::Recent);
    assert_eq!(
        recency(&obs, Some("2026-12-01T22:20:00")),
        Recency::Old(3630)
    );
    // An explicit offset wins over this computer's: 00:20 at +01:00 is 23:20 UTC.
    assert_eq!(
        recency(&obs, Some("2026-12-02T00:20:04+01:00")),
        Recency::Recent
    );
    assert_eq!(
        recency(&obs, Some("2026-12-01T20:20:04-03:00")),
        Recency::Recent
    );
    // This computer is at UTC+9: a local 08:19 is 23:19 UTC.
    let tokyo = observation(vec![], Some(9 * 3600));
    assert_eq!(
        recency(&tokyo, Some("2026-12-02T08:19:00")),
        Recency::Recent
    );
    assert!(matches!(
        recency(&tokyo, Some("2026-12-01T23:19:00")),
        Recency::Old(_)
    ));
    // Unknown zone: anything that is "now" somewhere on earth counts; yesterday does not.
    let anywhere = observation(vec![], None);
    assert_eq!(
        recency(&anywhere, Some("2026-12-02T08:19:00")),
        Recency::Recent
    );
    assert_eq!(
        recency(&anywhere, Some("2026-12-01T13:00:00")),
        Recency::Recent
    );
    assert!(matches!(
        recency(&anywhere, Some("2026-11-29T10:00:00")),
        Recency::Old(_)
    ));
    // Unreadable or future times say nothing.
    assert_eq!(recency(&obs, None), Recency::Unknown);
    assert_eq!(recency(&obs, Some("yesterday")), Recency::Unknown);
    assert_eq!(recency(&obs, Some("2026-13-01T00:00:00")), Recency::Unknown);
    assert_eq!(recency(&obs, Some("2026-12-02T03:00:00")), Recency::Unknown);
}

#[test]
fn a_recent_php_fpm_segfault_makes_the_502_a_high_confidence_crash() {
    let before = diagnose(&owner_502_done()).verdict;
    assert_eq!(before.cause, Cause::UpstreamFailed);

    let ev = with_logs(observation(
        vec![
            finding("upstream_closed", 4, "2026-12-01T23:20:01"),
            finding("fpm_child_segfault", 2, "2026-12-01T23:20:02"),
        ],
        Some(0),
    ));
    let after = diagnose(&ev);
    assert_eq!(after.verdict.cause, Cause::UpstreamCrash);
    assert_eq!(after.verdict.culprit, Culprit::UpstreamApp);
    assert_eq!(after.verdict.confidence, Confidence::High);
    assert!(
        after.verdict.summary.contains("crashed"),
        "{}",
        after.verdict.summary
    );
    assert!(
        // The log's cause replaces the first guess: its words, not "agrees".
        after
            .verdict
            .detail
            .starts_with("The server log says why: PHP-FPM worker crashed")
            && !after.verdict.detail.contains("agrees")
            && after
                .verdict
                .detail
                .contains("2 times, last at 2026-12-01T23:20:02"),
        "{}",
        after.verdict.detail
    );
    let item = server_logs(&after);
    assert_eq!(item.status, ItemStatus::Fail);
    assert!(
        item.finding.starts_with("The logs explain the error"),
        "{}",
        item.finding
    );
    assert!(
        item.finding.contains("Also in the logs"),
        "{}",
        item.finding
    );
    assert!(!item.commands.is_empty());
}

#[test]
fn max_children_in_the_logs_makes_an_intermittent_502_a_certain_overload() {
    let mut ev = crate::evidence::test_evidence::scenario(include_str!(
        "../../tests/scenarios/intermittent_main_fails.toml"
    ));
    ev.mode = Mode::Owner;
    let before = diagnose(&ev).verdict;
    assert_eq!(before.confidence, Confidence::Medium);
    ev.logs = Some(observation(
        vec![finding("fpm_max_children", 1, "2026-12-01T23:19:51")],
        Some(0),
    ));
    let after = diagnose(&ev).verdict;
    assert_eq!(after.status, before.status);
    assert_eq!(after.cause, Cause::UpstreamOverloaded);
    assert_eq!(after.confidence, Confidence::High);
    assert!(after.summary.contains("overloaded"), "{}", after.summary);
}

#[test]
fn old_or_unrelated_log_findings_raise_nothing() {
    let base = diagnose(&owner_502_done()).verdict;
    // A segfault from two days earlier.
    let old = with_logs(observation(
        vec![finding("fpm_child_segfault", 9, "2026-11-29T10:00:00")],
        Some(0),
    ));
    let d = diagnose(&old);
    assert_eq!(d.verdict.cause, base.cause);
    assert_eq!(d.verdict.confidence, base.confidence);
    let item = server_logs(&d);
    assert_eq!(item.status, ItemStatus::Info);
    assert!(
        item.finding.contains("none from around the time"),
        "{}",
        item.finding
    );
    // A timeout explains a 504, not the 502 the probes saw.
    let timeout = with_logs(observation(
        vec![finding("upstream_timeout", 3, "2026-12-01T23:20:00")],
        Some(0),
    ));
    let d = diagnose(&timeout);
    assert_eq!(d.verdict.cause, base.cause);
    let item = server_logs(&d);
    assert_eq!(item.status, ItemStatus::Warn);
    // A healthy site stays healthy whatever the logs say.
    let mut ok = healthy();
    ok.mode = Mode::Owner;
    ok.logs = Some(observation(
        vec![finding("fpm_child_segfault", 1, "2026-12-01T23:20:00")],
        Some(0),
    ));
    assert_eq!(diagnose(&ok).verdict.cause, Cause::Healthy);
}

#[test]
fn unreadable_logs_and_access_statistics_are_reported_plainly() {
    let mut obs = observation(vec![], Some(0));
    obs.analysis.files[0].error = Some(
        "cannot read /var/log/php8.2-fpm.log: permission denied (run with sudo or copy the file somewhere readable)".into(),
    );
    obs.analysis.files[0].lines = 0;
    let d = diagnose(&with_logs(obs));
    let item = server_logs(&d);
    assert_eq!(item.status, ItemStatus::Warn);
    assert!(
        item.finding.contains("permission denied"),
        "{}",
        item.finding
    );

    let mut obs = observation(vec![], Some(0));
    obs.analysis.access = Some(AccessStats {
        total: 26,
        per_status: [(502, 9), (504, 2)].into_iter().collect(),
        top_urls: vec![UrlCount {
            url: "/api/orders".into(),
            count: 2,
        }],
        per_minute: vec![],
    });
    let d = diagnose(&with_logs(obs));
    let item = server_logs(&d);
    assert_eq!(item.status, ItemStatus::Info);
    assert!(
        item.finding
            .contains("11 of 26 answers were errors (9 × 502, 2 × 504), most on /api/orders (2)"),
        "{}",
        item.finding
    );
}

#[test]
fn reading_logs_keeps_the_item_pending() {
    let mut ev = owner_502_done();
    ev.planned.push(ProbeKind::Logs);
    let d = diagnose(&ev);
    let item = server_logs(&d);
    assert_eq!(item.status, ItemStatus::Pending);
}
