//! The History tab (issue #7): after checks of a site, its stored checks read back from a real
//! SQLite history in a temp folder: the state line, the failure count, a block per check.

use super::*;

#[test]
fn the_history_tab_shows_since_when_and_each_check() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join(crate::history::FILE_NAME);
    let backend = FakeBackend::default();
    let cfg = AppConfig {
        history: Some(db.clone()),
        ..config(None)
    };
    let mut harness = checked_with(
        &backend,
        cfg,
        Box::new(FixedPicker(None)),
        "https://shop.example.com/",
        &nginx_502(),
    );
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
