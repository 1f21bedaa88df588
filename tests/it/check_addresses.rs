//! `gateway-doctor check` on the less common ways to name a host: an IPv6 literal, `localhost`
//! (two addresses, one of which may refuse), and an internationalised name (sent as punycode,
//! shown as typed).

use crate::support::tcp::{Canned, answer};
use crate::support::*;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

fn ok_server_on(ip: IpAddr) -> TcpServer {
    let response = Canned::ok_hello();
    TcpServer::start_on(ip, move |s, _| answer(s, &response))
}

/// The tcp probe's attempts as (address, outcome).
fn tcp_attempts(run: &CheckRun) -> Vec<(String, String)> {
    let probes = run.probes_of_kind("tcp");
    assert_eq!(probes.len(), 1, "one tcp probe\n{}", run.describe());
    probes[0]["details"]["attempts"]
        .as_array()
        .unwrap_or_else(|| panic!("tcp attempts missing\n{}", run.describe()))
        .iter()
        .map(|a| {
            (
                a["address"].as_str().unwrap_or_default().to_string(),
                a["outcome"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect()
}

#[test]
fn ipv6_literal() {
    let server = ok_server_on(IpAddr::V6(Ipv6Addr::LOCALHOST));
    let url = format!("http://[::1]:{}/", server.port());
    let run = Check::new(&url).run();
    run.assert_code(0);
    run.assert_verdict(Some("healthy"), None, None);
    run.assert_http_status(Some(200));
    run.assert_str("/target/host", "::1");
    assert_eq!(run.at("/target/port"), server.port(), "{}", run.describe());
    assert!(
        run.report()["target"].get("host_unicode").is_none()
            || run.at("/target/host_unicode").is_null(),
        "an IP literal has no unicode form\n{}",
        run.describe()
    );
    assert_eq!(
        tcp_attempts(&run),
        vec![(format!("[::1]:{}", server.port()), "connected".to_string())],
        "{}",
        run.describe()
    );
    assert!(server.accepted_connections() > 0);
}

/// `localhost` is 127.0.0.1 and ::1; the one that refuses must not spoil the verdict, and the tcp
/// probe must show both attempts.
fn localhost_with_one_address(listening: IpAddr, refusing: IpAddr) {
    let server = ok_server_on(listening);
    let port = server.port();
    // The engine answers `localhost` itself; a resolver that knows nothing else makes sure no
    // query for it would leave the machine either way.
    let dns = DnsServer::answering("unrelated.gateway-doctor.test", Ipv4Addr::LOCALHOST);
    let run = Check::new(format!("http://localhost:{port}/"))
        .resolver(dns.addr())
        .run();
    run.assert_code(0);
    run.assert_verdict(Some("healthy"), None, None);
    run.assert_http_status(Some(200));
    run.assert_str("/target/host", "localhost");
    let mut attempts = tcp_attempts(&run);
    attempts.sort();
    let mut expected = vec![
        (
            std::net::SocketAddr::new(listening, port).to_string(),
            "connected".to_string(),
        ),
        (
            std::net::SocketAddr::new(refusing, port).to_string(),
            "refused".to_string(),
        ),
    ];
    expected.sort();
    assert_eq!(attempts, expected, "{}", run.describe());
    assert_eq!(dns.queries(), 0, "localhost must not be looked up");
}

#[test]
fn localhost_served_on_ipv4_only() {
    localhost_with_one_address(
        IpAddr::V4(Ipv4Addr::LOCALHOST),
        IpAddr::V6(Ipv6Addr::LOCALHOST),
    );
}

#[test]
fn localhost_served_on_ipv6_only() {
    // The IPv4 address is tried first by default; the engine must move on to the one that works.
    localhost_with_one_address(
        IpAddr::V6(Ipv6Addr::LOCALHOST),
        IpAddr::V4(Ipv4Addr::LOCALHOST),
    );
}

#[test]
fn internationalised_name_is_sent_as_punycode_and_shown_as_typed() {
    let server = http_ok();
    let dns = DnsServer::answering("xn--bcher-kva.gateway-doctor.test", Ipv4Addr::LOCALHOST);
    let url = format!("http://bücher.gateway-doctor.test:{}/", server.port());
    let run = Check::new(&url).resolver(dns.addr()).run();
    run.assert_code(0);
    run.assert_verdict(Some("healthy"), None, None);
    run.assert_http_status(Some(200));
    run.assert_str("/target/host", "xn--bcher-kva.gateway-doctor.test");
    run.assert_str("/target/host_unicode", "bücher.gateway-doctor.test");
    assert!(
        dns.queries() >= 1,
        "--resolver was not used\n{}",
        run.describe()
    );
    let dns_probe = run.probes_of_kind("dns");
    assert_eq!(dns_probe.len(), 1, "{}", run.describe());
    assert_eq!(dns_probe[0]["status"], "ok", "{}", run.describe());
    assert!(
        any_string(&dns_probe[0]["details"]["addresses"], &|s| s == "127.0.0.1"),
        "{}",
        run.describe()
    );
}
