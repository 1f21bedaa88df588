//! Responders named by their status line's reason phrase or their page's `<title>` alone:
//! captured-style answers from loopback servers (an empty Varnish 503, a Google front end page
//! with nothing but its title) and a real Apache whose mod_proxy answers "502 Proxy Error".

use crate::support::tcp::Canned;
use crate::support::*;

fn bare(status: u16, reason: &str, body: &str) -> Canned {
    let mut canned = Canned::new(status, reason, body);
    canned.headers.clear();
    canned
}

fn assert_named_by(run: &CheckRun, software: &str, evidence: &str) {
    run.assert_str("/responder/software", software);
    let lines = run.at("/responder/evidence");
    assert!(
        any_string(lines, &|s| s.contains(evidence)),
        "no {evidence:?} in the responder's evidence\n{}",
        run.describe()
    );
}

#[test]
fn an_empty_503_is_named_by_its_reason_phrase() {
    let server = http_canned(bare(503, "Backend fetch failed", ""));
    let run = Check::new(server.url()).run();
    run.assert_code(1);
    run.assert_http_status(Some(503));
    run.assert_str("/http/reason", "Backend fetch failed");
    assert_named_by(&run, "varnish", "reason phrase \"Backend fetch failed\"");
}

#[test]
fn a_page_with_only_its_title_is_named_by_it() {
    let body = "<!DOCTYPE html>\n<html lang=en>\n  <meta charset=utf-8>\n  \
                <title>Error 502 (Server Error)!!1</title>\n  <p><b>502.</b> <ins>That's an error.</ins>\n";
    let server = http_canned(bare(502, "Bad Gateway", body));
    let run = Check::new(server.url()).run();
    run.assert_code(1);
    assert_named_by(&run, "gcp_lb", "title \"Error 502 (Server Error)!!1\"");
}

/// A backend that answers something that is not HTTP makes mod_proxy answer 502 itself, with
/// its own status line.
#[test]
fn apache_mod_proxy_says_proxy_error_in_its_status_line() {
    let backend = garbage();
    let apache = Apache::start(&format!(
        "ProxyPass / http://127.0.0.1:{}/ retry=0",
        backend.port()
    ));
    let run = Check::new(format!("http://127.0.0.1:{}/", apache.port())).run();
    run.assert_code(1);
    run.assert_http_status(Some(502));
    run.assert_str("/http/reason", "Proxy Error");
    assert_named_by(&run, "apache", "reason phrase \"Proxy Error\"");
}
