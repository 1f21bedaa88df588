//! The History tab: after checks of a site, its stored checks read back from a real
//! SQLite history in a temp folder: the state line, the failure count, a block per check.

use super::*;

/// A failing check of shop.example.com shown, with a real history in `dir`; the save dialog
/// answers `save_to`.
fn checked_with_history(
    backend: &FakeBackend,
    dir: &tempfile::TempDir,
    save_to: Option<PathBuf>,
) -> Harness<'static, GuiApp> {
    let cfg = AppConfig {
        history: Some(dir.path().join(crate::history::FILE_NAME)),
        lang: Some("en".into()),
        ..config(None)
    };
    checked_with(
        backend,
        cfg,
        Box::new(FixedPicker(save_to)),
        "https://shop.example.com/",
        &nginx_502(),
    )
}

#[test]
fn the_history_tab_shows_since_when_and_each_check() {
    let dir = tempfile::tempdir().expect("tempdir");
    let backend = FakeBackend::default();
    let mut harness = checked_with_history(&backend, &dir, None);
    // No tab before the history holds anything of this site... now it holds the failing check.
    harness.get_by_label("🕘 History").click();
    harness.run();
    harness.get_by_label_contains("Failing since");
    harness.get_by_label_contains("1 of 1 check failed");
    // The site comes back.
    harness.get_by_label("▶ Check").click();
    harness.run_steps(2);
    backend.send(all_events(&healthy()));
    backend.done();
    harness.run();
    harness.get_by_label_contains("Working again since");
    harness.get_by_label_contains("1 of 2 checks failed");
    let shown = harness.state().site_history.as_ref().expect("read back");
    assert_eq!(shown.checks.len(), 2);
    assert!(!shown.checks[0].healthy() && shown.checks[1].healthy());
    harness.get_by_label("Time to load the page (ms)");
}

#[test]
fn the_history_tab_draws_the_timeline_and_exports_csv() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join(crate::history::FILE_NAME);
    let csv = dir.path().join("history.csv");
    let backend = FakeBackend::default();
    let mut harness = checked_with_history(&backend, &dir, Some(csv.clone()));
    // A day of stored checks at fixed times: working, then failing since 13:00 UTC.
    let h = crate::history::History::open(&db).expect("open").history;
    let base = 1_764_680_400_000_i64; // 2025-12-02 13:00 UTC
    let mut checks = Vec::new();
    for i in 0..12_i64 {
        let mut c = harness.state().run.as_ref().unwrap().record();
        c.at_ms = base - (6 - i) * 600_000;
        let ok = i < 6;
        c.status = Some(if ok { 200 } else { 502 });
        c.verdict = if ok { "healthy" } else { "failing" }.into();
        c.total_ms = Some(if ok { 180.0 + 10.0 * i as f64 } else { 35.0 });
        h.record(&c).expect("record");
        checks.push(c);
    }
    let summary = crate::history::summarize(&checks[0].site, &checks);
    let state = harness.state_mut();
    state.site_history = Some(crate::gui::panels::history::SiteHistory { checks, summary });
    state.fixed_now = Some(time::macros::datetime!(2025-12-02 13:53:00 UTC));
    harness.get_by_label("🕘 History").click();
    harness.run();
    harness.get_by_label_contains("Failing since 13:00 UTC (53 min)");
    harness.get_by_label_contains("6 of 12 checks failed");
    harness.snapshot("history_timeline");

    harness.get_by_label("Export as CSV…").click();
    harness.run_steps(2);
    let written = std::fs::read_to_string(&csv).expect("the CSV was written");
    let lines: Vec<&str> = written.lines().collect();
    // The header, the check the app made and stored, and the twelve above.
    assert_eq!(lines.len(), 14, "{written}");
    assert!(lines[0].starts_with("time,"), "{written}");
    assert_eq!(
        lines.iter().filter(|l| l.contains(",502,")).count(),
        7,
        "{written}"
    );
    harness.get_by_label_contains("13 checks of shop.example.com saved to");
}
