//! `check --from-world` against a local server that speaks Globalping's documented shapes
//! (`POST /v1/measurements` -> `202 {id, probesCount}`, `GET /v1/measurements/{id}` ->
//! `{status, results: [{probe, result}]}`): mixed per-location results, everyone failing, only
//! us failing, results that never finish, a rate limit (429) and a malformed answer. Nothing
//! leaves loopback: the real service is never called.

use crate::support::proxy::{Proxy, ProxyMode};
use crate::support::tcp::{Canned, TcpServer};
use crate::support::*;
use serde_json::{Value, json};
use std::io::{Read, Write};
use std::net::TcpStream;
use std::sync::{Arc, Mutex};

/// How the fake Globalping behaves.
#[derive(Clone)]
enum Mode {
    /// In progress on the first poll, then finished with these results.
    Finish(Vec<Value>),
    /// In progress forever, with these results so far.
    NeverFinishes(Vec<Value>),
    RateLimited,
    Malformed,
}

struct FakeGlobalping {
    server: TcpServer,
    /// The body of every POST.
    posts: Arc<Mutex<Vec<Value>>>,
}

fn probe(city: &str, country: &str, asn: u64, status: Option<u16>) -> Value {
    let result = match status {
        Some(code) => json!({
            "status": "finished", "statusCode": code, "statusCodeName": "x",
            "rawOutput": "HTTP/1.1 ...", "timings": {"total": 120, "firstByte": 80, "dns": 5,
            "tcp": 10, "tls": 20, "download": 2}
        }),
        None => json!({"status": "failed", "rawOutput": "connect ECONNREFUSED 192.0.2.1:443",
                        "statusCode": null, "timings": {}}),
    };
    json!({"probe": {"continent": "EU", "country": country, "city": city, "asn": asn,
                      "network": "Example Net", "tags": []}, "result": result})
}

fn read_http(s: &mut TcpStream) -> Option<(String, String, Vec<u8>)> {
    let mut buf = Vec::new();
    let mut chunk = [0u8; 4096];
    let head_end = loop {
        if let Some(i) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            break i + 4;
        }
        let n = s.read(&mut chunk).ok().filter(|n| *n > 0)?;
        buf.extend_from_slice(&chunk[..n]);
    };
    let head = String::from_utf8_lossy(&buf[..head_end]).to_string();
    let len = head
        .lines()
        .find_map(|l| {
            let (k, v) = l.split_once(':')?;
            k.eq_ignore_ascii_case("content-length")
                .then(|| v.trim().parse::<usize>().ok())?
        })
        .unwrap_or(0);
    while buf.len() < head_end + len {
        let n = s.read(&mut chunk).ok().filter(|n| *n > 0)?;
        buf.extend_from_slice(&chunk[..n]);
    }
    let mut first = head.split_whitespace();
    let method = first.next()?.to_string();
    let path = first.next()?.to_string();
    Some((method, path, buf[head_end..head_end + len].to_vec()))
}

fn respond(s: &mut TcpStream, status: &str, headers: &[(&str, &str)], body: &str) {
    let mut out = format!(
        "HTTP/1.1 {status}\r\nContent-Length: {}\r\nConnection: close\r\n",
        body.len()
    );
    for (k, v) in headers {
        out.push_str(&format!("{k}: {v}\r\n"));
    }
    out.push_str("\r\n");
    out.push_str(body);
    let _ = s.write_all(out.as_bytes());
}

impl FakeGlobalping {
    fn start(mode: Mode) -> FakeGlobalping {
        let posts = Arc::new(Mutex::new(Vec::new()));
        let polls = Arc::new(Mutex::new(0usize));
        let seen = posts.clone();
        let server = TcpServer::start(move |mut s, _| {
            let Some((method, path, body)) = read_http(&mut s) else {
                return;
            };
            let json_ct = [("Content-Type", "application/json")];
            match (method.as_str(), path.as_str(), &mode) {
                ("POST", "/v1/measurements", Mode::RateLimited) => respond(
                    &mut s,
                    "429 Too Many Requests",
                    &[
                        ("Content-Type", "application/json"),
                        ("X-RateLimit-Limit", "250"),
                        ("X-RateLimit-Remaining", "0"),
                        ("X-RateLimit-Reset", "1800"),
                        ("Retry-After", "1800"),
                    ],
                    r#"{"error":{"type":"too_many_requests","message":"Too many requests. Please retry in 1800 seconds."}}"#,
                ),
                ("POST", "/v1/measurements", _) => {
                    seen.lock()
                        .unwrap()
                        .push(serde_json::from_slice(&body).unwrap_or(Value::Null));
                    respond(
                        &mut s,
                        "202 Accepted",
                        &json_ct,
                        r#"{"id":"m1abc","probesCount":3}"#,
                    );
                }
                ("GET", "/v1/measurements/m1abc", Mode::Malformed) => respond(
                    &mut s,
                    "200 OK",
                    &json_ct,
                    r#"{"id":"m1abc","status":"finished","results":[{"probe""#,
                ),
                ("GET", "/v1/measurements/m1abc", Mode::Finish(results)) => {
                    let n = {
                        let mut p = polls.lock().unwrap();
                        *p += 1;
                        *p
                    };
                    let (status, results) = if n == 1 {
                        ("in-progress", &results[..1])
                    } else {
                        ("finished", &results[..])
                    };
                    let body = json!({"id": "m1abc", "type": "http", "status": status,
                                      "probesCount": results.len(), "results": results});
                    respond(&mut s, "200 OK", &json_ct, &body.to_string());
                }
                ("GET", "/v1/measurements/m1abc", Mode::NeverFinishes(results)) => {
                    let body = json!({"id": "m1abc", "type": "http", "status": "in-progress",
                                      "results": results});
                    respond(&mut s, "200 OK", &json_ct, &body.to_string());
                }
                _ => respond(
                    &mut s,
                    "404 Not Found",
                    &json_ct,
                    r#"{"error":{"message":"no such route"}}"#,
                ),
            }
        });
        FakeGlobalping { server, posts }
    }

    fn url(&self) -> String {
        format!("http://127.0.0.1:{}", self.server.port())
    }
}

fn world_check(site_url: &str, gp: &FakeGlobalping, format: &str) -> CheckRun {
    Check::new(site_url)
        .format(format)
        .arg("--from-world")
        .arg("--globalping-url")
        .arg(gp.url())
        .arg("--no-history")
        .run()
}

#[test]
fn mixed_locations_mean_partly_down_and_each_location_is_listed() {
    let site = http_ok();
    let gp = FakeGlobalping::start(Mode::Finish(vec![
        probe("Frankfurt", "DE", 3320, Some(200)),
        probe("Tokyo", "JP", 2516, Some(502)),
        probe("Dallas", "US", 7018, Some(200)),
    ]));
    let run = world_check(&format!("{}shop?token=SECRET123", site.url()), &gp, "json");
    run.assert_code(0);
    assert_eq!(run.str_at("/world/verdict"), "mixed", "{}", run.describe());
    assert_eq!(run.at("/world/working"), 2);
    assert_eq!(run.at("/world/failing"), 1);
    assert!(
        run.str_at("/world/summary")
            .starts_with("Partly down: 2 of 3")
    );
    assert_eq!(
        run.str_at("/world/locations/1/place"),
        "Tokyo, JP (AS2516 Example Net)"
    );
    assert_eq!(run.at("/world/locations/1/status"), 502);
    assert_eq!(run.at("/world/locations/0/total_ms"), 120.0);
    // What was sent: the documented request, the path but never the query string.
    let posts = gp.posts.lock().unwrap();
    assert_eq!(posts.len(), 1);
    let sent = &posts[0];
    assert_eq!(sent["type"], "http");
    assert_eq!(sent["target"], "127.0.0.1");
    assert_eq!(sent["locations"][0]["magic"], "world");
    assert_eq!(sent["limit"], 10);
    assert_eq!(sent["measurementOptions"]["request"]["path"], "/shop");
    assert_eq!(sent["measurementOptions"]["protocol"], "HTTP");
    assert!(!sent.to_string().contains("SECRET123"), "{sent}");
}

#[test]
fn failing_everywhere_means_down_for_everyone() {
    let site = http_canned(Canned::nginx_502());
    let gp = FakeGlobalping::start(Mode::Finish(vec![
        probe("Frankfurt", "DE", 3320, Some(502)),
        probe("Tokyo", "JP", 2516, None),
    ]));
    let run = world_check(&site.url(), &gp, "text");
    run.assert_code(1);
    assert!(
        run.stdout.contains("a third-party service"),
        "{}",
        run.describe()
    );
    assert!(
        run.stdout
            .contains("Down for everyone? Down for everyone: all 2 locations"),
        "{}",
        run.describe()
    );
    assert!(
        run.stdout
            .contains("  Frankfurt, DE (AS3320 Example Net)  502  in 120 ms")
    );
    assert!(
        run.stdout
            .contains("no answer (connect ECONNREFUSED 192.0.2.1:443)"),
        "{}",
        run.describe()
    );
}

#[test]
fn working_elsewhere_while_failing_here_means_just_you() {
    let site = http_canned(Canned::nginx_502());
    let gp = FakeGlobalping::start(Mode::Finish(vec![
        probe("Frankfurt", "DE", 3320, Some(200)),
        probe("Tokyo", "JP", 2516, Some(301)),
    ]));
    let run = world_check(&site.url(), &gp, "json");
    run.assert_code(1);
    assert_eq!(run.str_at("/world/verdict"), "fine_elsewhere");
    let summary = run.str_at("/world/summary");
    assert!(summary.starts_with("Just you:"), "{summary}");
    assert!(
        summary.contains("ISP") && summary.contains("DNS"),
        "{summary}"
    );
    // The verdict uses the answer: nginx's own 502 still blames the server, with a note that
    // other places got the page.
    assert_eq!(run.str_at("/verdict/cause"), "upstream_failed");
    let detail = run.str_at("/verdict/detail");
    assert!(
        detail.contains("Globalping: all 2 places around the world loaded the site")
            && detail.contains("limited to requests from your address"),
        "{detail}"
    );
}

#[test]
fn down_everywhere_makes_the_verdict_certain_in_every_report_format() {
    let site = http_canned(Canned::nginx_502());
    let gp = FakeGlobalping::start(Mode::Finish(vec![
        probe("Frankfurt", "DE", 3320, Some(502)),
        probe("Tokyo", "JP", 2516, Some(502)),
    ]));
    let run = world_check(&site.url(), &gp, "json");
    run.assert_code(1);
    assert_eq!(
        run.str_at("/verdict/confidence"),
        "high",
        "{}",
        run.describe()
    );
    assert!(
        run.str_at("/verdict/detail")
            .contains("Globalping: all 2 places around the world failed too, so the site is down for everyone."),
        "{}",
        run.describe()
    );
    assert_eq!(run.str_at("/world/verdict"), "down_everywhere");
    for (format, heading) in [
        ("markdown", "## Down for everyone?"),
        ("html", "<h2>Down for everyone?</h2>"),
    ] {
        let run = world_check(&site.url(), &gp, format);
        run.assert_code(1);
        assert!(run.stdout.contains(heading), "{format}: {}", run.describe());
        assert!(
            run.stdout
                .contains("Tokyo, JP (AS2516 Example Net)  502  in 120 ms"),
            "{format}: {}",
            run.describe()
        );
    }
}

#[test]
fn results_that_never_finish_are_bounded_and_partial() {
    let site = http_ok();
    let mut running = probe("Tokyo", "JP", 2516, None);
    running["result"] = json!({"status": "in-progress", "rawOutput": ""});
    let gp = FakeGlobalping::start(Mode::NeverFinishes(vec![
        probe("Frankfurt", "DE", 3320, Some(200)),
        running,
    ]));
    let run = world_check(&site.url(), &gp, "json");
    run.assert_code(0);
    // --timeout 2: the measurement is given at most 5 s (the floor), not forever.
    assert!(
        run.elapsed < std::time::Duration::from_secs(20),
        "{}",
        run.describe()
    );
    assert_eq!(run.str_at("/world/verdict"), "fine_elsewhere");
    assert_eq!(run.str_at("/world/locations/1/state"), "in-progress");
    assert!(run.str_at("/world/summary").contains("all 1 locations"));
}

#[test]
fn a_rate_limit_is_shown_plainly_with_its_headers() {
    let site = http_ok();
    let gp = FakeGlobalping::start(Mode::RateLimited);
    let run = world_check(&site.url(), &gp, "text");
    run.assert_code(0);
    let out = &run.stdout;
    assert!(out.contains("Not answered: Globalping's limit for anonymous tests is used up (HTTP 429; limit 250, remaining 0, resets in (s) 1800, retry after (s) 1800): Too many requests."), "{}", run.describe());
}

#[test]
fn a_malformed_answer_is_an_error_not_a_verdict() {
    let site = http_ok();
    let gp = FakeGlobalping::start(Mode::Malformed);
    let run = world_check(&site.url(), &gp, "json");
    run.assert_code(0);
    let err = run.str_at("/world/error");
    assert!(
        err.contains("not what its API documents (invalid JSON"),
        "{err}"
    );
    assert!(run.report().pointer("/world/verdict").is_none());
}

#[test]
fn a_bad_globalping_url_is_an_input_error() {
    let run = run_check(&["example.com", "--from-world", "--globalping-url", "ftp://x"]);
    run.assert_code(2);
    assert!(
        run.stderr.contains("--globalping-url"),
        "{}",
        run.describe()
    );
}

#[test]
fn credentials_in_the_globalping_url_are_never_shown() {
    let site = http_ok();
    let closed = free_port();
    let gp = format!("http://user:s3cretpw@127.0.0.1:{closed}");
    for format in ["text", "json"] {
        let run = Check::new(site.url())
            .format(format)
            .arg("--from-world")
            .arg("--globalping-url")
            .arg(&gp)
            .arg("--no-history")
            .run();
        run.assert_code(0);
        let out = run.all_output();
        assert!(out.contains("could not be reached"), "{}", run.describe());
        assert!(!out.contains("s3cretpw"), "{}", run.describe());
    }
    let bad = run_check(&[
        "example.com",
        "--from-world",
        "--globalping-url",
        "ftp://u:s3cretpw@x",
    ]);
    bad.assert_code(2);
    assert!(!bad.all_output().contains("s3cretpw"), "{}", bad.describe());
}

/// `check --from-world` asking `globalping_url`, with `HTTP_PROXY` set to `proxy`; `honour_proxy`
/// false adds `--no-proxy`. Globalping answers that the site works in one place.
fn world_check_with_proxy(globalping_url: &str, proxy: &Proxy, honour_proxy: bool) -> CheckRun {
    let site = http_ok();
    let mut check = Check::new(site.url())
        .format("json")
        .arg("--from-world")
        .arg("--globalping-url")
        .arg(globalping_url)
        .arg("--no-history")
        .env("HTTP_PROXY", &proxy.url());
    if honour_proxy {
        check = check.with_proxy();
    }
    let run = check.run();
    run.assert_code(0);
    assert_eq!(
        run.str_at("/world/verdict"),
        "fine_elsewhere",
        "{}",
        run.describe()
    );
    run
}

fn works_in_one_place() -> FakeGlobalping {
    FakeGlobalping::start(Mode::Finish(vec![probe(
        "Frankfurt",
        "DE",
        3320,
        Some(200),
    )]))
}

#[test]
fn globalping_is_asked_through_the_proxy_the_system_sets() {
    // A name only the proxy can resolve (like an API reachable only through a corporate proxy):
    // the answer arrives only if the question went through the proxy.
    let gp = works_in_one_place();
    let proxy = Proxy::start(ProxyMode::Forward);
    let behind_proxy = format!("http://globalping.proxy-only.test:{}", gp.server.port());
    world_check_with_proxy(&behind_proxy, &proxy, true);
    let heads = proxy.heads();
    assert!(
        heads
            .iter()
            .any(|h| h.starts_with("POST http://globalping.proxy-only.test:")),
        "{heads:?}"
    );
    assert_eq!(gp.posts.lock().unwrap().len(), 1);
}

#[test]
fn no_proxy_keeps_globalping_off_the_proxy_too() {
    let gp = works_in_one_place();
    let proxy = Proxy::start(ProxyMode::Forward);
    world_check_with_proxy(&gp.url(), &proxy, false);
    assert_eq!(proxy.requests(), 0, "{:?}", proxy.heads());
}
