//! End-to-end tests of `gateway-doctor logs`: the real binary reads the fixtures in
//! `tests/fixtures/logs/` (genuine nginx, Apache and PHP-FPM logs captured on loopback, plus a
//! synthetic rotated set and a garbled file; see its README.md) and every finding is asserted:
//! cause id, count, first/last seen, the upstream/socket/script named, and at most 3 examples.
//!
//! Why through the binary: the owner runs the CLI, so the JSON it prints (serde of `Analysis`),
//! its exit codes (0 nothing, 1 findings, 2 no readable file) and its error messages are the
//! contract; the expectations come from the fixture lines themselves, counted by hand.

use crate::support::{CheckRun, run_logs};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

fn fixture(rel: &str) -> String {
    let p: PathBuf = [env!("CARGO_MANIFEST_DIR"), "tests", "fixtures", "logs", rel]
        .iter()
        .collect();
    p.display().to_string()
}

/// `logs FILES... --format json`, plus extra arguments.
fn logs_json(files: &[&str], extra: &[&str]) -> CheckRun {
    let paths: Vec<String> = files.iter().map(|f| fixture(f)).collect();
    let mut args: Vec<&str> = paths.iter().map(String::as_str).collect();
    args.extend(["--format", "json"]);
    args.extend(extra);
    run_logs(&args)
}

pub(crate) fn findings(run: &CheckRun) -> &Vec<Value> {
    run.at("/findings")
        .as_array()
        .unwrap_or_else(|| panic!("findings is not an array\n{}", run.describe()))
}

pub(crate) fn causes(run: &CheckRun) -> BTreeSet<String> {
    findings(run)
        .iter()
        .filter_map(|f| f["cause"].as_str().map(str::to_string))
        .collect()
}

pub(crate) fn finding<'a>(run: &'a CheckRun, cause: &str) -> &'a Value {
    findings(run)
        .iter()
        .find(|f| f["cause"] == cause)
        .unwrap_or_else(|| panic!("no finding {cause}\n{}", run.describe()))
}

/// What one finding must say.
struct Expect<'a> {
    cause: &'a str,
    count: u64,
    first: &'a str,
    last: &'a str,
    /// Each must be a substring of some subject.
    subjects: &'a [&'a str],
}

fn assert_finding(run: &CheckRun, e: &Expect) {
    let f = finding(run, e.cause);
    let ctx = || format!("finding {}: {f:#}\n{}", e.cause, run.describe());
    assert_eq!(f["count"].as_u64(), Some(e.count), "count\n{}", ctx());
    assert_eq!(
        f["first_seen"].as_str(),
        Some(e.first),
        "first_seen\n{}",
        ctx()
    );
    assert_eq!(
        f["last_seen"].as_str(),
        Some(e.last),
        "last_seen\n{}",
        ctx()
    );
    let subjects: Vec<&str> = f["subjects"]
        .as_array()
        .map(|a| a.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    assert!(subjects.len() <= 5, "at most 5 subjects\n{}", ctx());
    for want in e.subjects {
        assert!(
            subjects.iter().any(|s| s.contains(want)),
            "no subject containing {want:?}\n{}",
            ctx()
        );
    }
    let examples = f["examples"].as_array().cloned().unwrap_or_default();
    let want_examples = e.count.min(3) as usize;
    assert_eq!(examples.len(), want_examples, "examples\n{}", ctx());
    for ex in &examples {
        let ex = ex.as_str().unwrap_or_default();
        assert!(
            !ex.is_empty() && ex.chars().count() <= 300,
            "example {ex:?}\n{}",
            ctx()
        );
    }
    for key in ["title", "explanation", "fix"] {
        assert!(
            f[key].as_str().is_some_and(|s| !s.trim().is_empty()),
            "empty {key}\n{}",
            ctx()
        );
    }
}

pub(crate) fn assert_causes(run: &CheckRun, expected: &[&str]) {
    let want: BTreeSet<String> = expected.iter().map(|s| s.to_string()).collect();
    assert_eq!(causes(run), want, "cause ids\n{}", run.describe());
}

pub(crate) fn file_summary<'a>(run: &'a CheckRun, suffix: &str) -> &'a Value {
    run.at("/files")
        .as_array()
        .and_then(|fs| {
            fs.iter()
                .find(|f| f["path"].as_str().is_some_and(|p| p.ends_with(suffix)))
        })
        .unwrap_or_else(|| panic!("no file summary for {suffix}\n{}", run.describe()))
}

fn example(run: &CheckRun, cause: &str, i: usize) -> String {
    finding(run, cause)["examples"][i]
        .as_str()
        .unwrap_or_default()
        .to_string()
}

#[test]
fn nginx_error_log_every_cause() {
    let run = logs_json(&["nginx/error.log"], &[]);
    run.assert_code(1);
    assert_eq!(
        file_summary(&run, "nginx/error.log")["format"],
        "nginx_error",
        "{}",
        run.describe()
    );
    assert_eq!(file_summary(&run, "nginx/error.log")["lines"], 11);
    assert_eq!(file_summary(&run, "nginx/error.log")["skipped"], 0);
    assert_causes(
        &run,
        &[
            "upstream_refused",
            "php_fpm_socket_missing",
            "upstream_timeout",
            "upstream_closed",
        ],
    );
    assert_finding(
        &run,
        &Expect {
            cause: "upstream_refused",
            count: 3,
            first: "2026-12-01T23:19:45",
            last: "2026-12-01T23:19:45",
            subjects: &["127.0.0.1:42663"],
        },
    );
    assert_finding(
        &run,
        &Expect {
            cause: "php_fpm_socket_missing",
            count: 2,
            first: "2026-12-01T23:19:46",
            last: "2026-12-01T23:19:46",
            subjects: &["/tmp/gd-fixtures/x/missing.sock"],
        },
    );
    assert_finding(
        &run,
        &Expect {
            cause: "upstream_timeout",
            count: 2,
            first: "2026-12-01T23:19:48",
            last: "2026-12-01T23:19:49",
            subjects: &["127.0.0.1:34875"],
        },
    );
    // Two "upstream prematurely closed" (a server closing at once) and two "recv() failed (104)"
    // (PHP-FPM killing its worker at request_terminate_timeout).
    assert_finding(
        &run,
        &Expect {
            cause: "upstream_closed",
            count: 4,
            first: "2026-12-01T23:19:49",
            last: "2026-12-01T23:20:04",
            subjects: &["127.0.0.1:51833", "127.0.0.1:40149"],
        },
    );
    assert!(
        example(&run, "upstream_refused", 0).contains("GET /api/orders?id=1"),
        "{}",
        run.describe()
    );
}

#[test]
fn php_fpm_log_max_children_and_execute_timeout() {
    let run = logs_json(&["php-fpm/php-fpm.log"], &[]);
    run.assert_code(1);
    assert_eq!(file_summary(&run, "php-fpm.log")["format"], "php_fpm");
    // "exited on signal 15 (SIGTERM)" is the timeout kill, not a segfault.
    assert_causes(&run, &["fpm_max_children", "fpm_execute_timeout"]);
    assert_finding(
        &run,
        &Expect {
            cause: "fpm_max_children",
            count: 1,
            first: "2026-12-01T23:19:51",
            last: "2026-12-01T23:19:51",
            subjects: &[],
        },
    );
    assert_finding(
        &run,
        &Expect {
            cause: "fpm_execute_timeout",
            count: 2,
            first: "2026-12-01T23:20:02",
            last: "2026-12-01T23:20:04",
            subjects: &["/tmp/gd-fixtures/www/php/sleep.php"],
        },
    );
}

#[test]
fn apache_error_log_backend_connect_failed() {
    let run = logs_json(&["apache/error.log"], &[]);
    run.assert_code(1);
    assert_eq!(
        file_summary(&run, "apache/error.log")["format"],
        "apache_error"
    );
    // AH00957 and AH01114, three requests each; the AH00489/AH02155/AH00491 lines are no cause.
    assert_causes(&run, &["backend_connect_failed"]);
    assert_finding(
        &run,
        &Expect {
            cause: "backend_connect_failed",
            count: 6,
            first: "2026-12-01T23:20:20",
            last: "2026-12-01T23:20:22",
            subjects: &["127.0.0.1"],
        },
    );
}

pub(crate) fn per_status(run: &CheckRun) -> BTreeMap<String, u64> {
    run.at("/access/per_status")
        .as_object()
        .map(|m| {
            m.iter()
                .map(|(k, v)| (k.clone(), v.as_u64().unwrap_or(0)))
                .collect()
        })
        .unwrap_or_default()
}

pub(crate) fn top_urls(run: &CheckRun) -> Vec<(String, u64)> {
    run.at("/access/top_urls")
        .as_array()
        .map(|a| {
            a.iter()
                .map(|u| {
                    (
                        u["url"].as_str().unwrap_or_default().to_string(),
                        u["count"].as_u64().unwrap_or(0),
                    )
                })
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn nginx_access_log_stats() {
    let run = logs_json(&["nginx/access.log"], &[]);
    assert_eq!(file_summary(&run, "nginx/access.log")["format"], "access");
    assert_eq!(
        run.at("/access/total").as_u64(),
        Some(26),
        "{}",
        run.describe()
    );
    let want: BTreeMap<String, u64> = [("502".to_string(), 9), ("504".to_string(), 2)].into();
    assert_eq!(per_status(&run), want, "{}", run.describe());
    let urls = top_urls(&run);
    assert_eq!(urls.len(), 7, "{}", run.describe());
    // Four URLs tie with 2 failures each (query strings stripped), then three with 1.
    let top4: BTreeSet<(String, u64)> = urls.iter().take(4).cloned().collect();
    let want4: BTreeSet<(String, u64)> = [
        "/upload/photo",
        "/php/sleep.php",
        "/index.php",
        "/api/orders",
    ]
    .iter()
    .map(|u| (u.to_string(), 2))
    .collect();
    assert_eq!(top4, want4, "{}", run.describe());
    assert!(
        urls.iter().skip(4).all(|(_, c)| *c == 1),
        "{}",
        run.describe()
    );
    let minutes: Vec<(String, u64)> = run
        .at("/access/per_minute")
        .as_array()
        .map(|a| {
            a.iter()
                .map(|m| {
                    (
                        m["minute"].as_str().unwrap_or_default().to_string(),
                        m["count"].as_u64().unwrap_or(0),
                    )
                })
                .collect()
        })
        .unwrap_or_default();
    assert_eq!(
        minutes,
        vec![
            ("2026-12-01T23:19".to_string(), 9),
            ("2026-12-01T23:20".to_string(), 2)
        ],
        "{}",
        run.describe()
    );
}

#[test]
fn apache_access_log_stats() {
    let run = logs_json(&["apache/access.log"], &[]);
    assert_eq!(file_summary(&run, "apache/access.log")["format"], "access");
    assert_eq!(
        run.at("/access/total").as_u64(),
        Some(3),
        "{}",
        run.describe()
    );
    let want: BTreeMap<String, u64> = [("503".to_string(), 3)].into();
    assert_eq!(per_status(&run), want, "{}", run.describe());
    assert_eq!(
        top_urls(&run),
        vec![
            ("/shop/cart".to_string(), 2),
            ("/shop/checkout".to_string(), 1)
        ],
        "{}",
        run.describe()
    );
}

#[test]
fn rotated_set_is_read_oldest_first_with_gzip() {
    // Given newest first on purpose: the tool must order the set itself.
    let run = logs_json(
        &[
            "rotated/error.log",
            "rotated/error.log.1",
            "rotated/error.log.2.gz",
        ],
        &[],
    );
    run.assert_code(1);
    let gz = file_summary(&run, "error.log.2.gz");
    assert_eq!(gz["format"], "nginx_error", "{}", run.describe());
    assert_eq!(gz["lines"], 2, "{}", run.describe());
    assert!(gz["error"].is_null(), "{}", run.describe());
    assert_causes(&run, &["upstream_refused", "upstream_timeout"]);
    assert_finding(
        &run,
        &Expect {
            cause: "upstream_refused",
            count: 5,
            first: "2026-11-29T10:00:00",
            last: "2026-12-01T08:30:00",
            subjects: &["127.0.0.1:42663"],
        },
    );
    assert_finding(
        &run,
        &Expect {
            cause: "upstream_timeout",
            count: 1,
            first: "2026-11-30T12:30:00",
            last: "2026-11-30T12:30:00",
            subjects: &["127.0.0.1:34875"],
        },
    );
    // The first three lines in time order: both from the .gz, then the oldest of error.log.1.
    for (i, stamp) in [
        "2026/11/29 10:00:00",
        "2026/11/29 10:05:00",
        "2026/11/30 12:00:00",
    ]
    .iter()
    .enumerate()
    {
        let ex = example(&run, "upstream_refused", i);
        assert!(
            ex.starts_with(stamp),
            "example {i} {ex:?}\n{}",
            run.describe()
        );
    }
}

#[test]
fn since_drops_earlier_lines() {
    let files = [
        "rotated/error.log",
        "rotated/error.log.1",
        "rotated/error.log.2.gz",
    ];
    let run = logs_json(&files, &["--since", "2026-11-30 00:00:00"]);
    run.assert_code(1);
    assert_finding(
        &run,
        &Expect {
            cause: "upstream_refused",
            count: 3,
            first: "2026-11-30T12:00:00",
            last: "2026-12-01T08:30:00",
            subjects: &["127.0.0.1:42663"],
        },
    );
    assert_eq!(finding(&run, "upstream_timeout")["count"], 1);

    let run = logs_json(&files, &["--since", "2026-12-01"]);
    run.assert_code(1);
    assert_causes(&run, &["upstream_refused"]);
    assert_finding(
        &run,
        &Expect {
            cause: "upstream_refused",
            count: 2,
            first: "2026-12-01T08:00:00",
            last: "2026-12-01T08:30:00",
            subjects: &[],
        },
    );

    // After the last line: nothing left, exit 0.
    let run = logs_json(&files, &["--since", "2026-12-02"]);
    run.assert_code(0);
    assert_causes(&run, &[]);
}

#[test]
fn garbled_lines_are_skipped_not_fatal() {
    let run = logs_json(&["garbled/error.log"], &[]);
    run.assert_code(1);
    let f = file_summary(&run, "garbled/error.log");
    assert_eq!(f["format"], "nginx_error", "{}", run.describe());
    // Two binary junk lines (NUL bytes, invalid UTF-8) and one 200 KB line.
    assert_eq!(f["skipped"], 3, "{}", run.describe());
    assert!(f["error"].is_null(), "{}", run.describe());
    assert_causes(&run, &["upstream_refused", "upstream_timeout"]);
    assert_finding(
        &run,
        &Expect {
            cause: "upstream_refused",
            count: 2,
            first: "2026-12-01T09:00:00",
            last: "2026-12-01T09:01:00",
            subjects: &["127.0.0.1:42663"],
        },
    );
    assert_finding(
        &run,
        &Expect {
            cause: "upstream_timeout",
            count: 1,
            first: "2026-12-01T09:02:00",
            last: "2026-12-01T09:02:00",
            subjects: &["127.0.0.1:34875"],
        },
    );
    assert!(
        run.stdout.len() < 64 * 1024,
        "the 200 KB line leaked into the output"
    );
}

#[test]
fn unreadable_file_exits_2_naming_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    let missing = dir.path().join("no-such-error.log");
    let missing = missing.display().to_string();
    let run = run_logs(&[&missing, "--format", "json"]);
    run.assert_code(2);
    assert!(
        run.all_output().contains("no-such-error.log"),
        "the message must name the file\n{}",
        run.describe()
    );
}

#[test]
fn unreadable_file_next_to_a_readable_one_is_reported_not_fatal() {
    let dir = tempfile::tempdir().expect("tempdir");
    let missing = dir.path().join("gone.log").display().to_string();
    let good = fixture("nginx/error.log");
    let run = run_logs(&[&good, &missing, "--format", "json"]);
    run.assert_code(1);
    let f = file_summary(&run, "gone.log");
    assert!(
        f["error"].as_str().is_some_and(|e| !e.is_empty()),
        "{}",
        run.describe()
    );
    assert_eq!(finding(&run, "upstream_refused")["count"], 3);
}
