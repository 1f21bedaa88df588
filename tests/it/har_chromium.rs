//! A browser recording made by a real browser: headless Chromium loads a page from a real nginx
//! on loopback whose API call answers nginx's own 502 (its upstream is down) and whose
//! third-party script cannot be resolved; the recording it makes goes through `gateway-doctor
//! har`. The verdict, the first-party/third-party split, nginx as the responder and the browser's
//! own error code must come out as they do for the hand-shaped exports, and the sanitized copy
//! must lose the session cookie and the bearer token the page really sent.

use crate::support::chromium::Chromium;
use crate::support::*;

#[test]
fn a_recording_made_by_chromium_is_diagnosed_and_sanitized() {
    let page = "<!doctype html><html><head><title>Shop</title>\
        <script src=\"http://cdn.thirdparty.test/lib.js\"></script></head>\
        <body><h1>Shop</h1><script>\
        fetch(\"/api/cart\", {headers: {\"Authorization\": \"Bearer CHROMEBEARER61\"}})\
        .then(function (r) { document.title = \"cart \" + r.status; });\
        </script></body></html>";
    let nginx = Nginx::server(&format!(
        "location = / {{ default_type text/html; \
           add_header Set-Cookie \"session=CHROMESESSION73; Path=/\"; return 200 '{page}'; }}\n\
         location = /favicon.ico {{ return 204; }}\n\
         location /api/ {{ proxy_pass http://127.0.0.1:{}; }}",
        closed_port()
    ));
    let url = format!("http://shop.test:{}/", nginx.port());
    let har = Chromium::launch(&["shop.test"]).record(&url);
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("chromium.har");
    std::fs::write(&path, serde_json::to_vec_pretty(&har).expect("json")).expect("write");
    let recorded = std::fs::read_to_string(&path).expect("read");
    for seeded in ["CHROMESESSION73", "CHROMEBEARER61"] {
        assert!(
            recorded.contains(seeded),
            "the browser really sent {seeded} (else the sanitizer proves nothing)\n{recorded}"
        );
    }

    let clean = dir.path().join("clean.har");
    let run = run_subcommand(
        "har",
        &[
            path.to_str().unwrap(),
            "--format",
            "json",
            "--sanitize",
            clean.to_str().unwrap(),
        ],
        &[],
    );
    run.assert_code(1);
    let failed = run
        .at("/analysis/failed")
        .as_array()
        .cloned()
        .unwrap_or_default();
    let api = failed
        .iter()
        .find(|f| f["url"].as_str().is_some_and(|u| u.ends_with("/api/cart")))
        .unwrap_or_else(|| panic!("the API call is among the failures\n{}", run.describe()));
    assert_eq!(api["status"], 502, "{}", run.describe());
    assert_eq!(api["document"], false);
    assert_eq!(api["first_party"], true);
    assert_eq!(api["diagnosis"]["responder"]["software"], "nginx");
    assert_eq!(api["diagnosis"]["verdict"]["cause"], "upstream_failed");
    let script = failed
        .iter()
        .find(|f| f["host"] == "cdn.thirdparty.test")
        .unwrap_or_else(|| panic!("the third-party script failed\n{}", run.describe()));
    assert_eq!(script["browser_error"], "net::ERR_NAME_NOT_RESOLVED");
    assert_eq!(script["first_party"], false);
    assert!(
        failed
            .iter()
            .all(|f| f["document"] == false && !f["url"].as_str().unwrap_or("").ends_with(".ico")),
        "the page itself and the favicon worked\n{}",
        run.describe()
    );
    let verdict = run.str_at("/analysis/verdict");
    assert!(
        verdict.starts_with(
            "The page loaded, but 1 of its calls to shop.test failed (502 from nginx)"
        ),
        "{verdict}"
    );

    let sanitized = std::fs::read_to_string(&clean).expect("the sanitized copy");
    for seeded in ["CHROMESESSION73", "CHROMEBEARER61"] {
        assert!(!sanitized.contains(seeded), "{seeded} left in the copy");
    }
    let again = run_subcommand("har", &[clean.to_str().unwrap(), "--format", "json"], &[]);
    again.assert_code(1);
    assert_eq!(
        again.str_at("/analysis/verdict"),
        verdict,
        "the copy says the same"
    );
}
