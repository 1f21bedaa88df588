//! History store tests on real SQLite files in temporary folders: migration from an empty
//! database, concurrent writers, damaged files, summaries and CSV.

use super::*;

fn rec(site: &str, at_min: i64, status: Option<u16>, healthy: bool) -> CheckRecord {
    CheckRecord {
        site: site.to_string(),
        url: format!("https://{site}/"),
        at_ms: 1_800_000_000_000 + at_min * 60_000,
        source: Source::Watch,
        status,
        failure: status.is_none().then(|| "connect_refused".to_string()),
        verdict: if healthy { "healthy" } else { "failing" }.to_string(),
        cause: if healthy { "ok" } else { "upstream_refused" }.to_string(),
        culprit: if healthy { "none" } else { "reverse_proxy" }.to_string(),
        responder: "nginx".to_string(),
        total_ms: Some(12.6),
    }
}

#[test]
fn an_empty_database_is_migrated_to_the_current_schema() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("sub").join(FILE_NAME);
    // A zero-byte file is a valid, empty SQLite database at version 0.
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(&path, b"").unwrap();
    let opened = History::open(&path).unwrap();
    assert!(opened.notice.is_none());
    assert_eq!(opened.history.stored_version().unwrap(), schema_version());
    opened
        .history
        .record(&rec("a.example", 0, Some(502), false))
        .unwrap();
    drop(opened);
    // Reopening keeps the data and does not migrate again.
    let again = History::open(&path).unwrap().history;
    assert_eq!(again.checks("a.example", 10).unwrap().len(), 1);
    let mode: String = again
        .conn
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "wal");
}

#[test]
fn a_newer_schema_is_refused_and_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(FILE_NAME);
    {
        let c = Connection::open(&path).unwrap();
        c.pragma_update(None, "user_version", 99).unwrap();
    }
    let err = History::open(&path).err().expect("refused");
    assert!(
        matches!(err, HistoryError::TooNew { found: 99, .. }),
        "{err}"
    );
    assert!(err.to_string().contains("newer"), "{err}");
    assert!(path.exists());
}

#[test]
fn a_file_that_is_not_a_database_is_moved_aside() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(FILE_NAME);
    let garbage =
        b"this is not SQLite at all, just some text that was written here by mistake\n".repeat(200);
    std::fs::write(&path, &garbage).unwrap();
    let opened = History::open(&path).unwrap();
    let notice = opened.notice.expect("a notice");
    assert!(notice.contains("not a database"), "{notice}");
    assert!(notice.contains(".corrupt-"), "{notice}");
    opened
        .history
        .record(&rec("b.example", 0, Some(200), true))
        .unwrap();
    let backups: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().contains(".corrupt-"))
        .collect();
    assert_eq!(backups.len(), 1);
    assert_eq!(std::fs::read(backups[0].path()).unwrap(), garbage);
}

#[test]
fn concurrent_writers_all_land() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(FILE_NAME);
    let threads: Vec<_> = (0..4)
        .map(|t| {
            let path = path.clone();
            std::thread::spawn(move || {
                // Each thread opens its own connection, as the CLI and the app would.
                let h = History::open(&path).unwrap().history;
                for i in 0..50 {
                    h.record(&rec("c.example", t * 100 + i, Some(502), false))
                        .unwrap();
                }
            })
        })
        .collect();
    for t in threads {
        t.join().unwrap();
    }
    let h = History::open(&path).unwrap().history;
    assert_eq!(h.all_checks().unwrap().len(), 200);
    assert_eq!(h.checks("C.EXAMPLE", 1000).unwrap().len(), 200);
}

#[test]
fn summaries_say_since_when_and_how_many() {
    let dir = tempfile::tempdir().unwrap();
    let h = History::open(&dir.path().join(FILE_NAME)).unwrap().history;
    h.record(&rec("d.example", 0, Some(200), true)).unwrap();
    h.record(&rec("d.example", 5, Some(502), false)).unwrap();
    h.record(&rec("d.example", 6, None, false)).unwrap();
    h.record(&rec("other.example", 7, Some(200), true)).unwrap();
    let s = h.summary("d.example", 20).unwrap();
    assert_eq!((s.checks, s.failures), (3, 2));
    let five = 1_800_000_000_000 + 5 * 60_000;
    assert_eq!(s.failing_since_ms, Some(five));
    let line = s.state_line(five + 23 * 60_000);
    assert!(
        line.starts_with("failing since ") && line.ends_with("(23 min)"),
        "{line}"
    );
    assert!(
        s.failures_line().ends_with(", 2 of 3 checks failed"),
        "{}",
        s.failures_line()
    );
    h.record(&rec("d.example", 9, Some(200), true)).unwrap();
    let s = h.summary("d.example", 20).unwrap();
    assert_eq!(s.failing_since_ms, None);
    assert_eq!(s.back_since_ms, Some(1_800_000_000_000 + 9 * 60_000));
    assert!(s.state_line(0).starts_with("working again since"));
    assert_eq!(h.sites().unwrap(), vec!["d.example", "other.example"]);
    // The newest `limit` checks only.
    assert_eq!(h.checks("d.example", 2).unwrap()[0].status, None);
}

#[test]
fn csv_quotes_what_needs_quoting() {
    let mut r = rec("e.example", 0, None, false);
    r.cause = "a,b \"c\"".to_string();
    r.responder = "=cmd".to_string();
    let csv = to_csv(&[r]);
    let mut lines = csv.split("\r\n");
    assert_eq!(lines.next().unwrap(), CSV_COLUMNS.join(","));
    let row = lines.next().unwrap();
    assert!(row.starts_with("2027-01-15T08:00:00Z,e.example,"), "{row}");
    assert!(
        row.contains(",connect_refused,failing,\"a,b \"\"c\"\"\",reverse_proxy,'=cmd,13"),
        "{row}"
    );
}

#[test]
fn the_data_dir_variable_wins() {
    assert_eq!(
        path_from(Some("/tmp/gd-data".into())).unwrap(),
        PathBuf::from("/tmp/gd-data/history.sqlite")
    );
    // Empty means unset.
    if let Ok(p) = path_from(Some("".into())) {
        assert!(
            p.ends_with("gateway-doctor/history.sqlite"),
            "{}",
            p.display()
        );
    }
}
