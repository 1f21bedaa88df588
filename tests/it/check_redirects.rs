//! Redirects as browsers follow them: signed `Location` URLs are followed exactly (the report
//! shows them redacted), cookie-check redirects are not loops, long but finite chains work, and a
//! redirect from http to an https address with a bad certificate still surfaces the certificate.

use crate::support::tcp::{Canned, read_request};
use crate::support::*;
use std::io::Write;
use std::net::Shutdown;
use std::sync::Arc;
use std::sync::Mutex;

/// `/signed` redirects to `/dest?sig=...`; `/dest` answers 200 only with the exact signature.
#[test]
fn signed_redirect_is_followed_with_the_real_signature_but_reported_redacted() {
    let seen = Arc::new(Mutex::new(Vec::<String>::new()));
    let log = seen.clone();
    let server = TcpServer::start(move |mut s, _| {
        let Some(req) = read_request(&mut s) else {
            return;
        };
        log.lock().unwrap().push(req.path.clone());
        let response = if req.path == "/signed" {
            Canned::new(302, "Found", "").header("Location", "/dest?sig=s3cr3tsig&page=2")
        } else if req.path == "/dest?sig=s3cr3tsig&page=2" {
            Canned::ok_hello()
        } else {
            Canned::new(403, "Forbidden", "bad signature")
        };
        let _ = response.write_to(&mut s, false);
        let _ = s.shutdown(Shutdown::Write);
    });
    let run = Check::new(format!("{}signed", server.url())).run();
    run.assert_code(0);
    run.assert_verdict(Some("healthy"), Some("none"), Some("ok"));
    assert!(
        seen.lock()
            .unwrap()
            .iter()
            .any(|p| p == "/dest?sig=s3cr3tsig&page=2"),
        "the server never saw the real signature: {:?}",
        seen.lock().unwrap()
    );
    assert!(
        !run.all_output().contains("s3cr3tsig"),
        "the signature leaked into the output\n{}",
        run.describe()
    );
    assert!(run.all_output().contains("page=2"), "{}", run.describe());
}

/// `/` sets a cookie and redirects to itself; with the cookie it answers 200 (a cookie check).
#[test]
fn cookie_check_redirect_to_the_same_address_is_not_a_loop() {
    let server = TcpServer::start(|mut s, _| {
        let Some(req) = read_request(&mut s) else {
            return;
        };
        let has_cookie = req.raw.to_ascii_lowercase().contains("chk=1");
        let response = if has_cookie {
            Canned::ok_hello()
        } else {
            Canned::new(302, "Found", "")
                .header("Location", "/")
                .header("Set-Cookie", "chk=1; Path=/")
        };
        let _ = response.write_to(&mut s, false);
        let _ = s.shutdown(Shutdown::Write);
    });
    let run = Check::new(server.url()).run();
    run.assert_code(0);
    run.assert_verdict(Some("healthy"), None, Some("ok"));
}

/// `/hop/N` redirects to `/hop/N-1` until 0, which answers 200: 15 redirects are fine.
#[test]
fn a_long_finite_chain_is_followed() {
    let server = TcpServer::start(|mut s, _| {
        let Some(req) = read_request(&mut s) else {
            return;
        };
        let n: u32 = req.path.trim_start_matches("/hop/").parse().unwrap_or(0);
        let response = if n == 0 {
            Canned::ok_hello()
        } else {
            Canned::new(301, "Moved", "").header("Location", &format!("/hop/{}", n - 1))
        };
        let _ = response.write_to(&mut s, false);
        let _ = s.shutdown(Shutdown::Write);
    });
    let run = Check::new(format!("{}hop/15", server.url())).run();
    run.assert_code(0);
    run.assert_verdict(Some("healthy"), None, Some("ok"));
    let hops = run.at("/http/redirects").as_array().map(Vec::len);
    assert_eq!(hops, Some(15), "{}", run.describe());
}

/// http://127.0.0.1:P/ redirects to https://localhost:Q/ whose certificate is self-signed.
#[test]
fn redirect_to_https_with_a_bad_certificate_reports_the_certificate() {
    let tls = tls_server(CertKind::SelfSigned, Canned::ok_hello());
    let https_url = tls.url();
    let server = TcpServer::start(move |mut s, _| {
        if read_request(&mut s).is_some() {
            let response = Canned::new(301, "Moved Permanently", "").header("Location", &https_url);
            let _ = response.write_to(&mut s, false);
            let _ = s.flush();
        }
        let _ = s.shutdown(Shutdown::Write);
    });
    let dns = DnsServer::answering("localhost", std::net::Ipv4Addr::LOCALHOST);
    let run = Check::new(server.url()).resolver(dns.addr()).run();
    run.assert_code(1);
    run.assert_verdict(None, None, Some("tls_untrusted"));
    let tls_probe = run.probes_of_kind("tls");
    assert_eq!(tls_probe.len(), 1, "{}", run.describe());
    assert_eq!(tls_probe[0]["details"]["outcome"], "untrusted");
}
