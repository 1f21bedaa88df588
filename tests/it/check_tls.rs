//! `gateway-doctor check` against HTTPS origins whose certificate no browser would accept: the
//! tool must name the certificate problem, and when the page behind it is a 502 the 502 is the
//! verdict while the TLS probe still reports the certificate.

use crate::support::tcp::Canned;
use crate::support::*;
use std::net::Ipv4Addr;

/// Checks `server` by the name its certificate is for; the local resolver keeps even a lookup
/// of "localhost" on this machine.
fn check_tls(server: &TlsServer) -> CheckRun {
    let dns = DnsServer::answering("localhost", Ipv4Addr::LOCALHOST);
    let run = Check::new(server.url()).resolver(dns.addr()).run();
    run.assert_str("/target/scheme", "https");
    run.assert_str("/target/host", "localhost");
    run
}

#[test]
fn self_signed_certificate_is_untrusted() {
    let server = tls_server(CertKind::SelfSigned, Canned::ok_hello());
    let run = check_tls(&server);
    run.assert_code(1);
    run.assert_verdict(None, None, Some("tls_untrusted"));
    assert_ne!(run.str_at("/verdict/status"), "healthy");
}

#[test]
fn expired_certificate_is_expired() {
    let server = tls_server(CertKind::Expired, Canned::ok_hello());
    let run = check_tls(&server);
    run.assert_code(1);
    run.assert_verdict(None, None, Some("tls_expired"));
    assert_ne!(run.str_at("/verdict/status"), "healthy");
}

#[test]
fn a_502_behind_a_bad_certificate_is_still_the_verdict() {
    let server = tls_server(CertKind::SelfSigned, Canned::nginx_502());
    let run = check_tls(&server);
    run.assert_code(1);
    run.assert_verdict(
        Some("failing"),
        Some("upstream_app"),
        Some("upstream_failed"),
    );
    run.assert_http_status(Some(502));
    run.assert_str("/responder/software", "nginx");
    // The certificate problem is not lost: the TLS probe says so.
    let tls = run.probes_of_kind("tls");
    assert!(!tls.is_empty(), "no tls probe\n{}", run.describe());
    let flagged = tls.iter().any(|p| {
        p["status"] == "error"
            || any_string(&p["details"], &|s| {
                let s = s.to_ascii_lowercase();
                [
                    "untrusted",
                    "self-signed",
                    "self signed",
                    "unknown issuer",
                    "unknownissuer",
                ]
                .iter()
                .any(|w| s.contains(w))
            })
    });
    assert!(
        flagged,
        "the tls probe does not mention the untrusted certificate\n{}",
        run.describe()
    );
}
