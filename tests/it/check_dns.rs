//! `gateway-doctor check` with `--resolver` pointing at a local DNS server: a name that does not
//! exist, a resolver that fails, a name that works, and "the name fails AND nothing else works
//! either", which is the visitor's own connection, not the site.

use crate::support::dns::{RCODE_NXDOMAIN, RCODE_SERVFAIL};
use crate::support::*;
use std::net::Ipv4Addr;

const MISSING: &str = "http://missing.gateway-doctor.test/";

#[test]
fn nxdomain_is_blamed_on_dns() {
    let dns = DnsServer::rcode(RCODE_NXDOMAIN);
    let run = Check::new(MISSING).resolver(dns.addr()).run();
    run.assert_code(1);
    run.assert_verdict(None, Some("dns"), Some("dns_nxdomain"));
    assert_ne!(run.str_at("/verdict/status"), "healthy");
    run.assert_str("/target/host", "missing.gateway-doctor.test");
    run.assert_http_status(None);
    assert!(
        dns.queries() >= 1,
        "--resolver was not used\n{}",
        run.describe()
    );
}

#[test]
fn servfail_is_blamed_on_dns() {
    let dns = DnsServer::rcode(RCODE_SERVFAIL);
    let run = Check::new(MISSING).resolver(dns.addr()).run();
    run.assert_code(1);
    run.assert_verdict(None, Some("dns"), Some("dns_servfail"));
    assert_ne!(run.str_at("/verdict/status"), "healthy");
    assert!(
        dns.queries() >= 1,
        "--resolver was not used\n{}",
        run.describe()
    );
}

#[test]
fn name_resolved_by_the_given_resolver_is_checked_normally() {
    let dns = DnsServer::answering("ok.gateway-doctor.test", Ipv4Addr::LOCALHOST);
    let app = http_ok();
    let url = format!("http://ok.gateway-doctor.test:{}/", app.port());
    let run = Check::new(url).resolver(dns.addr()).run();
    run.assert_code(0);
    run.assert_verdict(Some("healthy"), Some("none"), Some("ok"));
    run.assert_http_status(Some(200));
    assert!(
        dns.queries() >= 1,
        "--resolver was not used\n{}",
        run.describe()
    );
}

#[test]
fn nxdomain_with_every_reference_down_stays_dns_at_low_confidence() {
    // The resolver answered NXDOMAIN, so packets get out: the references are blocked, the
    // connection is not down.
    let dns = DnsServer::rcode(RCODE_NXDOMAIN);
    let run = Check::new(MISSING)
        .resolver(dns.addr())
        .reference(format!("127.0.0.1:{}", closed_port()))
        .run();
    run.assert_code(1);
    run.assert_verdict(None, Some("dns"), Some("dns_nxdomain"));
    assert_eq!(run.str_at("/verdict/confidence"), "low");
    assert_ne!(run.str_at("/verdict/status"), "healthy");
}
