//! `check --provider-status` against loopback stand-ins: a "Cloudflare" that answers its own
//! 502 page, and status endpoints serving real-shaped payloads (`tests/fixtures/status/`): a
//! Statuspage summary with an unresolved major incident on the colo in the Ray ID, one all
//! operational, one with a maintenance in progress, Google Cloud's incidents.json, an AWS RSS
//! feed, and broken answers (HTML, cut-off JSON, 429 with Retry-After, no answer at all). The
//! status endpoint is asked only with the flag: requests are counted at the fake server.

use crate::support::tcp::{Canned, read_request};
use crate::support::*;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

fn fixture(name: &str) -> String {
    let path = format!(
        "{}/tests/fixtures/status/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// A status endpoint answering `response`, counting the requests it gets.
fn status_server(response: Canned) -> (TcpServer, Arc<AtomicUsize>) {
    let count = Arc::new(AtomicUsize::new(0));
    let seen = count.clone();
    let server = TcpServer::start(move |mut s, _| {
        if let Some(req) = read_request(&mut s) {
            seen.fetch_add(1, Ordering::SeqCst);
            let _ = response.write_to(&mut s, req.method == "HEAD");
        }
    });
    (server, count)
}

fn json(body: &str) -> Canned {
    let mut c = Canned::new(200, "OK", body);
    c.headers = vec![("Content-Type".into(), "application/json".into())];
    c
}

/// Cloudflare's own 502 page, served from Amsterdam.
fn cloudflare_502() -> TcpServer {
    let body = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>cloudflare</center>\r\n</body>\r\n</html>\r\n";
    let mut c = Canned::new(502, "Bad Gateway", body);
    c.headers = vec![
        ("Server".into(), "cloudflare".into()),
        ("CF-RAY".into(), "8a1b2c3d4e5f6789-AMS".into()),
        ("Content-Type".into(), "text/html".into()),
    ];
    http_canned(c)
}

fn check_with_status(
    site: &TcpServer,
    provider: &str,
    status: &TcpServer,
    format: &str,
) -> CheckRun {
    Check::new(site.url())
        .format(format)
        .arg("--provider-status")
        .arg("--status-url")
        .arg(format!("{provider}={}summary.json", status.url()))
        .run()
}

#[test]
fn an_unresolved_incident_at_the_provider_that_answered_is_the_verdict() {
    let site = cloudflare_502();
    let (status, asked) = status_server(json(&fixture("cloudflare_major.json")));
    // Without the flag, nobody asks.
    let plain = Check::new(site.url()).run();
    plain.assert_verdict(Some("failing"), Some("cdn"), Some("cdn_error"));
    assert_eq!(
        asked.load(Ordering::SeqCst),
        0,
        "asked without --provider-status"
    );

    let run = check_with_status(&site, "cloudflare", &status, "json");
    assert_eq!(
        asked.load(Ordering::SeqCst),
        1,
        "one request to the status page"
    );
    run.assert_code(1);
    run.assert_verdict(Some("failing"), Some("cdn"), Some("provider_incident"));
    run.assert_str("/verdict/confidence", "high");
    let detail = run.str_at("/verdict/detail");
    assert!(
        detail.contains("Cloudflare's status page reports an unresolved incident: \"Elevated 5xx errors in Europe\" (major, since 2026-12-04T09:05:00.000Z, last update 2026-12-04T09:40:01.000Z), affecting Amsterdam, Netherlands - (AMS), where this request was served"),
        "{detail}"
    );
    let wait = run.checklist_item("wait");
    assert!(
        wait["finding"]
            .as_str()
            .is_some_and(|f| f.contains("This is a known incident at Cloudflare")),
        "{wait}"
    );
    assert!(
        wait["advice"]
            .as_str()
            .is_some_and(|a| a.contains("https://www.cloudflarestatus.com/")),
        "{wait}"
    );
    run.assert_str("/status_pages/0/provider", "cloudflare");
    run.assert_str("/status_pages/0/status/indicator", "major");
    run.assert_str(
        "/status_pages/0/status/incidents/0/title",
        "Elevated 5xx errors in Europe",
    );
    assert!(
        run.str_at("/status_pages/0/endpoint")
            .ends_with("/summary.json"),
        "{}",
        run.describe()
    );
    for (format, heading) in [
        ("markdown", "## Known incidents"),
        ("html", "<h2>Known incidents</h2>"),
        ("text", "Known incidents:"),
    ] {
        let report = check_with_status(&site, "cloudflare", &status, format);
        assert!(
            report.stdout.contains(heading)
                && report.stdout.contains("Elevated 5xx errors in Europe")
                && report
                    .stdout
                    .contains("(impact major, identified, started 2026-12-04T09:05:00.000Z"),
            "{format}: {}",
            report.stdout
        );
    }
}

#[test]
fn all_operational_leaves_the_verdict_with_a_note() {
    let site = cloudflare_502();
    let (status, _) = status_server(json(&fixture("statuspage_operational.json")));
    let run = check_with_status(&site, "cloudflare", &status, "json");
    run.assert_verdict(Some("failing"), Some("cdn"), Some("cdn_error"));
    assert!(
        run.str_at("/verdict/detail")
            .contains("Cloudflare's status page reports no incident."),
        "{}",
        run.describe()
    );
}

#[test]
fn a_maintenance_in_progress_is_said_as_maintenance() {
    let site = cloudflare_502();
    let (status, _) = status_server(json(&fixture("statuspage_maintenance.json")));
    let run = check_with_status(&site, "cloudflare", &status, "json");
    run.assert_verdict(Some("failing"), Some("cdn"), Some("provider_maintenance"));
    assert!(
        run.str_at("/verdict/detail")
            .contains("maintenance in progress: \"Edge Network maintenance in fra1\" until 2026-12-04T12:00:00.000Z"),
        "{}",
        run.describe()
    );
}

#[test]
fn google_incidents_and_an_aws_feed_are_read() {
    // A Google front end page (its title) with Google Cloud's incidents.json.
    let mut gfe = Canned::new(
        502,
        "Bad Gateway",
        "<!DOCTYPE html>\n<html lang=en>\n<title>Error 502 (Server Error)!!1</title>\n<p><b>502.</b> That's an error.",
    );
    gfe.headers = vec![("Content-Type".into(), "text/html".into())];
    let site = http_canned(gfe);
    let (status, _) = status_server(json(&fixture("google_incidents.json")));
    let run = check_with_status(&site, "gcp_lb", &status, "json");
    run.assert_verdict(None, Some("cdn"), Some("provider_incident"));
    run.assert_str(
        "/status_pages/0/status/incidents/0/title",
        "Cloud Load Balancing: elevated 502 errors in europe-west4",
    );

    // CloudFront's own 502 page with the AWS RSS feed.
    let mut cf = Canned::new(
        502,
        "Bad Gateway",
        "<HTML><HEAD><TITLE>ERROR: The request could not be satisfied</TITLE></HEAD><BODY><H1>502 ERROR</H1><H2>The request could not be satisfied.</H2><HR noshade size=\"1px\">CloudFront wasn't able to connect to the origin.<BR clear=\"all\">Generated by cloudfront (CloudFront)</BODY></HTML>",
    );
    cf.headers = vec![
        ("Server".into(), "CloudFront".into()),
        ("X-Cache".into(), "Error from cloudfront".into()),
        ("X-Amz-Cf-Pop".into(), "FRA56-P1".into()),
    ];
    let site = http_canned(cf);
    let mut rss = Canned::new(200, "OK", &fixture("aws_cloudfront.rss"));
    rss.headers = vec![("Content-Type".into(), "application/rss+xml".into())];
    let (status, _) = status_server(rss);
    let run = check_with_status(&site, "cloudfront", &status, "json");
    run.assert_str("/status_pages/0/name", "AWS");
    run.assert_str(
        "/status_pages/0/status/incidents/0/title",
        "Informational message: Increased Error Rates",
    );
    run.assert_verdict(None, Some("cdn"), Some("provider_incident"));
}

#[test]
fn broken_status_answers_are_shown_and_change_nothing() {
    let site = cloudflare_502();
    let mut html = Canned::new(
        200,
        "OK",
        "<!DOCTYPE html><html><body>Just a moment...</body></html>",
    );
    html.headers = vec![("Content-Type".into(), "text/html".into())];
    let mut limited = Canned::new(429, "Too Many Requests", "slow down");
    limited.headers.push(("Retry-After".into(), "120".into()));
    let cases = [
        (html, "not a Statuspage summary.json (HTML or XML)"),
        (
            json(r#"{"status": {"indicator": "major", "desc"#),
            "JSON of another shape, or cut off",
        ),
        (limited, "answered 429 Too Many Requests (Retry-After: 120)"),
    ];
    for (answer, words) in cases {
        let (status, _) = status_server(answer);
        let run = check_with_status(&site, "cloudflare", &status, "json");
        run.assert_verdict(Some("failing"), Some("cdn"), Some("cdn_error"));
        assert!(
            run.str_at("/status_pages/0/error").contains(words),
            "{words}\n{}",
            run.describe()
        );
        assert!(
            run.str_at("/verdict/detail")
                .contains("status page could not be read"),
            "{}",
            run.describe()
        );
    }
    // A status endpoint that never answers costs one step timeout.
    let silent = accept_and_hang();
    let run = check_with_status(&site, "cloudflare", &silent, "json");
    run.assert_verdict(Some("failing"), Some("cdn"), Some("cdn_error"));
    assert!(
        run.str_at("/status_pages/0/error")
            .contains("no answer within 2 s"),
        "{}",
        run.describe()
    );
}

#[test]
fn a_bad_status_url_is_refused_before_anything_runs() {
    let run = run_check(&[
        "http://127.0.0.1:9/",
        "--status-url",
        "nosuchcdn=http://127.0.0.1:1/",
    ]);
    run.assert_code(2);
    assert!(
        run.stderr.contains("unknown provider \"nosuchcdn\"") && run.stderr.contains("cloudflare"),
        "{}",
        run.stderr
    );
    let run = run_check(&["http://127.0.0.1:9/", "--status-url", "cloudflare"]);
    run.assert_code(2);
    assert!(
        run.stderr.contains("expected PROVIDER=URL"),
        "{}",
        run.stderr
    );
}

/// The site's own status page (`--status-url site=...` stands in for `status.<its domain>`):
/// a Statuspage summary is read; a page without one is given as a link; two requests at most.
#[test]
fn the_sites_own_status_page_is_read_or_linked() {
    let summary = fixture("statuspage_maintenance.json");
    let asked = Arc::new(AtomicUsize::new(0));
    let seen = asked.clone();
    let readable = TcpServer::start(move |mut s, _| {
        if let Some(req) = read_request(&mut s) {
            seen.fetch_add(1, Ordering::SeqCst);
            let answer = if req.path == "/api/v2/summary.json" {
                json(&summary)
            } else {
                Canned::new(404, "Not Found", "")
            };
            let _ = answer.write_to(&mut s, false);
        }
    });
    let site = http_canned(Canned::nginx_502());
    let run = Check::new(site.url())
        .arg("--provider-status")
        .arg("--status-url")
        .arg(format!("site={}", readable.url()))
        .run();
    assert_eq!(
        asked.load(Ordering::SeqCst),
        1,
        "one request when the summary reads"
    );
    run.assert_verdict(
        Some("failing"),
        Some("upstream_app"),
        Some("upstream_failed"),
    );
    run.assert_str("/status_pages/0/provider", "site");
    let wait = run.checklist_item("wait");
    assert!(
        wait["finding"].as_str().is_some_and(|f| f.contains(
            "The site's status page reports maintenance: \"Edge Network maintenance in fra1\""
        )),
        "{wait}"
    );

    // A plain status page: the summary is missing, the page is there.
    let asked = Arc::new(AtomicUsize::new(0));
    let seen = asked.clone();
    let plain = TcpServer::start(move |mut s, _| {
        if let Some(req) = read_request(&mut s) {
            seen.fetch_add(1, Ordering::SeqCst);
            let answer = if req.path == "/" {
                Canned::new(200, "OK", "<html><body>All good</body></html>")
            } else {
                Canned::new(404, "Not Found", "")
            };
            let _ = answer.write_to(&mut s, false);
        }
    });
    let run = Check::new(site.url())
        .arg("--provider-status")
        .arg("--status-url")
        .arg(format!("site={}", plain.url()))
        .run();
    assert_eq!(
        asked.load(Ordering::SeqCst),
        2,
        "the summary, then the page"
    );
    assert!(
        run.str_at("/verdict/detail")
            .contains(&format!("The site has a status page: {}", plain.url())),
        "{}",
        run.describe()
    );
    let markdown = Check::new(site.url())
        .format("markdown")
        .arg("--provider-status")
        .arg("--status-url")
        .arg(format!("site={}", plain.url()))
        .run();
    assert!(
        markdown.stdout.contains(&format!(
            "The site: status page at {} (open it to read it)",
            plain.url()
        )),
        "{}",
        markdown.stdout
    );
}
