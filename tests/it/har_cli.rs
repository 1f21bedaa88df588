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
        ("markdown", "## Browser recording: chrome_api_502.har"),
        ("html", "<h2>Failed requests</h2>"),
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

/// `--recheck` checks the recording's failing GET addresses again now, here against a real nginx
/// whose upstream is still dead (and one that works again); POSTs are never replayed.
#[test]
fn recheck_checks_the_failing_addresses_again() {
    let dead = Nginx::server(&format!(
        "location / {{ proxy_pass http://127.0.0.1:{}; }}",
        closed_port()
    ));
    // Works again now, and remembers every request line it got.
    let seen = std::sync::Arc::new(std::sync::Mutex::new(Vec::<String>::new()));
    let keep = seen.clone();
    let back = TcpServer::start(move |mut s, _| {
        if let Some(req) = crate::support::tcp::read_request(&mut s) {
            keep.lock().expect("lock").push(req.raw.clone());
            let _ = crate::support::tcp::Canned::ok_hello().write_to(&mut s, false);
        }
    });
    let entry = |method: &str, url: String, status: u16| {
        serde_json::json!({
            "request": {"method": method, "url": url, "headers": [{"name": "Cookie", "value": "session=NEVERREPLAYED"}]},
            "response": {"status": status, "statusText": "", "headers": [], "content": {"mimeType": "text/html", "text": ""}},
            "startedDateTime": "2026-12-04T09:21:03.120Z", "time": 12.0, "timings": {"wait": 10.0}
        })
    };
    let har = serde_json::json!({"log": {"version": "1.2", "creator": {"name": "WebInspector"}, "entries": [
        entry("GET", dead.url(), 502),
        entry("GET", dead.url(), 502),
        entry("GET", format!("http://127.0.0.1:{}/api", back.port()), 503),
        entry("POST", format!("http://127.0.0.1:{}/order", back.port()), 502),
    ]}});
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("rec.har");
    std::fs::write(&path, har.to_string()).expect("write");
    let reference = Reference::start();
    let run = run_subcommand(
        "har",
        &[
            path.to_str().unwrap(),
            "--recheck",
            "--format",
            "json",
            "--timeout",
            "2",
            "--retries",
            "1",
            "--no-proxy",
            "--reference",
            &reference.arg(),
        ],
        &[],
    );
    run.assert_code(1);
    let rechecked = run.at("/recheck").as_array().cloned().unwrap_or_default();
    assert_eq!(
        rechecked.len(),
        2,
        "distinct GET addresses only\n{}",
        run.describe()
    );
    assert_eq!(rechecked[0]["status"], 502, "{}", run.describe());
    assert_eq!(rechecked[0]["cause"], "upstream_failed");
    assert_eq!(rechecked[1]["status"], 200, "{}", run.describe());
    assert_eq!(rechecked[1]["cause"], "ok");
    assert_eq!(rechecked[0]["still_failing"], true);
    assert_eq!(rechecked[1]["still_failing"], false);
    let requests = seen.lock().expect("lock").clone();
    assert!(
        requests
            .iter()
            .all(|r| !r.starts_with("POST") && !r.contains("NEVERREPLAYED")),
        "a POST or the recording's cookie was replayed: {requests:?}"
    );
    assert!(
        requests.iter().any(|r| r.starts_with("GET /api")),
        "{requests:?}"
    );
}
