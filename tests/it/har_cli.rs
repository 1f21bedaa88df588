//! `gateway-doctor har`: a Chrome-style recording whose page loads while its API call answers
//! nginx's 502 and a third-party script fails to resolve, in every format; the sanitized copy
//! holds none of the seeded secrets and reads back; the original is never overwritten; broken
//! files get a clear error and exit code 2.

use crate::support::*;

fn fixture(name: &str) -> String {
    format!("{}/tests/fixtures/har/{name}", env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn a_recording_is_diagnosed_request_by_request() {
    let run = run_subcommand(
        "har",
        &[&fixture("chrome_api_502.har"), "--format", "json"],
        &[],
    );
    run.assert_code(1);
    run.assert_str("/schema", "gateway-doctor/har/v1");
    assert!(
        run.str_at("/analysis/verdict").starts_with(
            "The page loaded, but 1 of its calls to api.shop.example.com failed (502 from nginx)"
        ),
        "{}",
        run.describe()
    );
    run.assert_str("/analysis/failed/0/host", "api.shop.example.com");
    run.assert_str(
        "/analysis/failed/0/diagnosis/verdict/cause",
        "upstream_failed",
    );
    run.assert_str("/analysis/failed/0/diagnosis/responder/software", "nginx");
    assert_eq!(
        run.at("/analysis/failed/0/first_party"),
        &serde_json::Value::Bool(true)
    );
    assert_eq!(
        run.at("/analysis/failed/1/first_party"),
        &serde_json::Value::Bool(false)
    );
    run.assert_str(
        "/analysis/failed/1/browser_error",
        "net::ERR_NAME_NOT_RESOLVED",
    );
    for (format, expect) in [
        ("text", "Verdict: The page loaded, but 1 of its calls"),
        ("markdown", "## Browser recording"),
    ] {
        let out = run_subcommand(
            "har",
            &[&fixture("chrome_api_502.har"), "--format", format],
            &[],
        );
        out.assert_code(1);
        assert!(out.stdout.contains(expect), "{format}: {}", out.stdout);
        assert!(
            !out.stdout.contains("QUERYTOKEN77"),
            "{format} shows a secret"
        );
    }
}

#[test]
fn the_sanitized_copy_is_safe_and_the_original_untouched() {
    let dir = tempfile::tempdir().expect("tempdir");
    let original = dir.path().join("session.har");
    std::fs::copy(fixture("chrome_api_502.har"), &original).expect("copy");
    let before = std::fs::read(&original).expect("read");
    let out = dir.path().join("session-sanitized.har");
    let run = run_subcommand(
        "har",
        &[
            original.to_str().unwrap(),
            "--sanitize",
            out.to_str().unwrap(),
        ],
        &[],
    );
    run.assert_code(1);
    assert!(
        run.stdout.contains("Sanitized copy written to"),
        "{}",
        run.stdout
    );
    let clean = std::fs::read_to_string(&out).expect("sanitized copy written");
    for secret in [
        "SESSIONSECRET42",
        "QUERYTOKEN77",
        "APIKEYSECRET9",
        "HUNTER2PASS",
        "CSRFSECRET5",
        "eyJhbGciOiJIUzI1NiJ9",
    ] {
        assert!(!clean.contains(secret), "{secret} left in the copy");
    }
    assert_eq!(
        std::fs::read(&original).expect("read"),
        before,
        "the original changed"
    );
    // The copy is a recording the tool reads again.
    let again = run_subcommand("har", &[out.to_str().unwrap(), "--format", "json"], &[]);
    again.assert_code(1);
    again.assert_str("/analysis/failed/0/diagnosis/responder/software", "nginx");
    // Never over the original, under any spelling of its name.
    let same = dir.path().join(".").join("session.har");
    let refused = run_subcommand(
        "har",
        &[
            original.to_str().unwrap(),
            "--sanitize",
            same.to_str().unwrap(),
        ],
        &[],
    );
    refused.assert_code(2);
    assert!(
        refused.stderr.contains("the original is never overwritten"),
        "{}",
        refused.stderr
    );
    assert_eq!(std::fs::read(&original).expect("read"), before);
}

#[test]
fn broken_recordings_get_a_clear_error() {
    let dir = tempfile::tempdir().expect("tempdir");
    for (name, bytes, words) in [
        ("text.har", b"this is not json".to_vec(), "is not JSON"),
        (
            "cut.har",
            br#"{"log": {"entries": [{"request": {"url""#.to_vec(),
            "ends too early",
        ),
        (
            "other.har",
            br#"{"version": "1.2"}"#.to_vec(),
            "not a HAR recording",
        ),
    ] {
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).expect("write");
        let run = run_subcommand("har", &[path.to_str().unwrap()], &[]);
        run.assert_code(2);
        assert!(run.stderr.contains(words), "{name}: {}", run.stderr);
    }
    let missing = run_subcommand("har", &["/nonexistent/session.har"], &[]);
    missing.assert_code(2);
    assert!(
        missing
            .stderr
            .contains("cannot read /nonexistent/session.har"),
        "{}",
        missing.stderr
    );
}
