//! HTTP/3 reachability against real servers on loopback: an https site whose answer advertises
//! `Alt-Svc: h3` with a quinn endpoint behind it (works), with no QUIC listener (blocked here: the
//! verdict is unaffected), and a site that offers nothing (not offered, no packet sent).

use crate::support::tcp::Canned;
use crate::support::*;

/// `check` of the server at 127.0.0.1, trusting its test CA, in `format`.
fn trusted_check_as(server: &TlsServer, format: &str) -> CheckRun {
    let dir = tempfile::tempdir().expect("tempdir");
    let ca = dir.path().join("ca.pem");
    std::fs::write(&ca, server.cert_pem()).expect("write ca.pem");
    let url = format!("https://127.0.0.1:{}/", server.port());
    Check::new(url)
        .env("SSL_CERT_FILE", &ca.to_string_lossy())
        .format(format)
        .run()
}

fn trusted_check(server: &TlsServer) -> CheckRun {
    trusted_check_as(server, "json")
}

/// A UDP port on 127.0.0.1 nothing listens on.
fn closed_udp_port() -> u16 {
    let socket = std::net::UdpSocket::bind("127.0.0.1:0").expect("bind udp");
    socket.local_addr().expect("addr").port()
}

#[test]
fn an_h3_offer_with_a_quic_endpoint_works() {
    let quic = quic_server();
    let offer = format!("h3=\":{}\"; ma=86400", quic.port());
    let server = tls_server_expiring(30, Canned::ok_hello().header("alt-svc", &offer));
    let run = trusted_check(&server);
    run.assert_code(0);
    run.assert_verdict(Some("healthy"), None, Some("ok"));
    run.assert_str("/http3/outcome", "works");
    run.assert_str("/http3/alpn", "h3");
    run.assert_str("/http3/advertised", &offer);
    assert_eq!(
        run.at("/http3/address").as_str(),
        Some(format!("127.0.0.1:{}", quic.port()).as_str()),
        "{}",
        run.describe()
    );
    let probes = run.probes_of_kind("http3");
    assert_eq!(probes.len(), 1, "{}", run.describe());
    assert_eq!(probes[0]["status"], "ok", "{}", run.describe());
}

#[test]
fn an_h3_offer_with_no_quic_listener_is_blocked_here_and_changes_no_verdict() {
    let offer = format!("h3=\":{}\"", closed_udp_port());
    let server = tls_server_expiring(30, Canned::nginx_502().header("alt-svc", &offer));
    let run = trusted_check(&server);
    run.assert_code(1);
    run.assert_verdict(
        Some("failing"),
        Some("upstream_app"),
        Some("upstream_failed"),
    );
    run.assert_str("/http3/outcome", "blocked");
    assert!(
        !run.str_at("/verdict/detail").contains("HTTP/3"),
        "HTTP/3 is information, never the verdict\n{}",
        run.describe()
    );
    for format in ["markdown", "html", "text"] {
        let report = trusted_check_as(&server, format);
        assert!(
            report
                .stdout
                .contains("Protocol: HTTP/1.1; HTTP/3 offered but blocked here"),
            "{format}: {}",
            report.stdout
        );
    }
}

#[test]
fn no_offer_means_not_offered_and_nothing_sent() {
    let server = tls_server_expiring(30, Canned::ok_hello());
    let run = trusted_check(&server);
    run.assert_code(0);
    run.assert_str("/http3/outcome", "not_offered");
    assert!(run.at("/http3/address").is_null(), "{}", run.describe());
}
