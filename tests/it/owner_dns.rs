//! Owner mode, `dns` item, for real: an "authoritative" server and "public resolvers" on
//! loopback (tests/it/support/dns.rs) answer the propagation probe, and the rows, flags and the
//! `dns` checklist item are checked for each situation the item distinguishes: all agree, a change
//! still propagating, an unexpected IP, lame delegation, NXDOMAIN everywhere, a resolver that never
//! answers, and name servers found through NS records. No packet leaves 127.0.0.1.

use crate::support::DnsServer;
use crate::support::dns::{RCODE_NXDOMAIN, RCODE_REFUSED, Zone};
use gateway_doctor::diagnosis::owner::dns::{assess, table_header, table_rows};
use gateway_doctor::diagnosis::{CheckId, ChecklistItem, ItemStatus};
use gateway_doctor::evidence::propagation::{
    PropagationObservation, ResolverOutcome, ResolverRole,
};
use gateway_doctor::evidence::{Evidence, ProbeKind};
use gateway_doctor::probe::propagation::{PropagationOptions, run};
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};
use std::time::{Duration, Instant};

const NAME: &str = "www.example.test";
const OLD: Ipv4Addr = Ipv4Addr::new(192, 0, 2, 1);
const NEW: Ipv4Addr = Ipv4Addr::new(192, 0, 2, 2);
const V6: Ipv6Addr = Ipv6Addr::new(0x2001, 0xdb8, 0, 0, 0, 0, 0, 1);

/// A caching resolver's answer: no AA bit, the remaining TTL.
fn cache(ip: Ipv4Addr, ttl: u32) -> DnsServer {
    DnsServer::zone(Zone::new(NAME).a(ip).aaaa(V6).ttl(ttl).authoritative(false))
}

/// The zone's own server: AA bit, the full TTL.
fn authority(ip: Ipv4Addr) -> DnsServer {
    DnsServer::zone(Zone::new(NAME).a(ip).aaaa(V6).ttl(3600))
}

/// Everything on loopback: `system` as the system resolver, the named public resolvers, and the
/// given authoritative servers (no discovery).
fn options(
    system: &DnsServer,
    public: &[(&str, &DnsServer)],
    authoritative: &[&DnsServer],
) -> PropagationOptions {
    PropagationOptions {
        system: Some(system.addr()),
        public: public
            .iter()
            .map(|(name, s)| (name.to_string(), s.addr()))
            .collect(),
        authoritative: authoritative.iter().map(|s| s.addr()).collect(),
        expect_ips: Vec::new(),
        timeout: Duration::from_secs(2),
        ns_port: 53,
    }
}

fn item(obs: &PropagationObservation) -> ChecklistItem {
    let ev = Evidence {
        planned: vec![ProbeKind::Propagation],
        finished: vec![ProbeKind::Propagation],
        propagation: Some(obs.clone()),
        ..Evidence::default()
    };
    let item = assess(&ev);
    assert_eq!(item.id, CheckId::Dns);
    item
}

fn ips(v: &[IpAddr]) -> Vec<String> {
    let mut v: Vec<String> = v.iter().map(IpAddr::to_string).collect();
    v.sort();
    v
}

#[tokio::test]
async fn all_resolvers_agree_and_the_item_passes() {
    let (one, two, auth) = (cache(OLD, 120), cache(OLD, 90), authority(OLD));
    let opts = options(&one, &[("Alpha", &one), ("Beta", &two)], &[&auth]);
    let obs = run(NAME, &opts).await;

    assert_eq!(obs.name, NAME);
    let roles: Vec<ResolverRole> = obs.rows.iter().map(|r| r.role).collect();
    assert_eq!(
        roles,
        [
            ResolverRole::System,
            ResolverRole::Public,
            ResolverRole::Public,
            ResolverRole::Authoritative
        ]
    );
    for row in &obs.rows {
        assert_eq!(row.outcome, ResolverOutcome::Answered, "{row:?}");
        assert_eq!(ips(&row.addresses), ["192.0.2.1", "2001:db8::1"], "{row:?}");
    }
    assert_eq!(obs.rows[1].label, format!("Alpha {}", one.addr()));
    assert_eq!(obs.rows[2].ttl_secs, Some(90));
    assert_eq!(obs.rows[1].authoritative_flag, None);
    let ns = &obs.rows[3];
    assert_eq!(ns.authoritative_flag, Some(true));
    assert_eq!(ns.ttl_secs, Some(3600));
    assert_eq!(ns.label, format!("Name server {}", auth.addr()));
    assert!(auth.queries() >= 2, "A and AAAA asked: {}", auth.queries());

    let item = item(&obs);
    assert_eq!(item.status, ItemStatus::Pass, "{item:?}");
    assert!(
        item.finding.contains("All 4 resolvers agree"),
        "{}",
        item.finding
    );
    let port = auth.addr().port();
    assert!(
        item.commands
            .contains(&format!("dig {NAME} @127.0.0.1 -p {port} +norecurse")),
        "{:?}",
        item.commands
    );
    let table = table_rows(&obs);
    assert_eq!(table.len(), 4);
    assert_eq!(table_header()[1], "Answers");
    assert_eq!(table[3][1], "192.0.2.1, 2001:db8::1");
    assert_eq!(table[3][2], "60 min");
    assert_eq!(table[3][3], "answered (authoritative)");
}

#[tokio::test]
async fn a_cache_holding_the_old_address_is_a_change_still_propagating() {
    let (fresh, stale, auth) = (cache(NEW, 3000), cache(OLD, 1700), authority(NEW));
    let opts = options(&fresh, &[("Alpha", &fresh), ("Beta", &stale)], &[&auth]);
    let obs = run(NAME, &opts).await;

    assert_eq!(ips(&obs.rows[2].addresses), ["192.0.2.1", "2001:db8::1"]);
    assert_eq!(obs.rows[2].ttl_secs, Some(1700));
    assert_eq!(ips(&obs.rows[3].addresses), ["192.0.2.2", "2001:db8::1"]);

    let item = item(&obs);
    assert_eq!(item.status, ItemStatus::Warn, "{item:?}");
    let beta = format!("Beta {}", stale.addr());
    assert!(
        item.finding.contains(&format!(
            "Your name servers answer 192.0.2.2 and 2001:db8::1, but {beta} still answers 192.0.2.1 and 2001:db8::1: a change is still propagating."
        )),
        "{}",
        item.finding
    );
    assert!(item.finding.contains("a change is still propagating"));
    assert!(!item.finding.contains("Alpha"), "{}", item.finding);
    assert!(
        item.advice.contains("for up to 29 min more"),
        "{}",
        item.advice
    );
    assert!(
        item.advice.contains(&format!("{beta} 29 min")),
        "{}",
        item.advice
    );
    assert!(item.advice.contains("24-48 h"), "{}", item.advice);
    assert!(
        item.commands.contains(&format!(
            "dig +short {NAME} @127.0.0.1 -p {}",
            stale.addr().port()
        )),
        "{:?}",
        item.commands
    );
}

#[tokio::test]
async fn answers_that_differ_from_expect_ip_warn() {
    let (one, auth) = (cache(OLD, 300), authority(OLD));
    let mut opts = options(&one, &[("Alpha", &one)], &[&auth]);
    opts.expect_ips = vec![IpAddr::V4(NEW)];
    let obs = run(NAME, &opts).await;
    assert_eq!(obs.expected, vec![IpAddr::V4(NEW)]);

    let item = item(&obs);
    assert_eq!(item.status, ItemStatus::Warn, "{item:?}");
    assert!(
        item.finding.contains("Not the expected 192.0.2.2"),
        "{}",
        item.finding
    );
    assert!(
        item.advice.contains("update the A/AAAA record"),
        "{}",
        item.advice
    );
    assert!(table_rows(&obs)[2][3].ends_with("not the expected IP"));

    // The same servers with the right expectation pass (AAAA is not judged by an IPv4 one).
    opts.expect_ips = vec![IpAddr::V4(OLD)];
    let ok = item_of(run(NAME, &opts).await);
    assert_eq!(ok.status, ItemStatus::Pass, "{ok:?}");
}

fn item_of(obs: PropagationObservation) -> ChecklistItem {
    item(&obs)
}

#[tokio::test]
async fn refusing_and_non_authoritative_name_servers_are_lame_delegation() {
    let one = cache(OLD, 300);
    let good = authority(OLD);
    let no_aa = DnsServer::zone(Zone::new(NAME).a(OLD).aaaa(V6).authoritative(false));
    let refusing = DnsServer::rcode(RCODE_REFUSED);
    let opts = options(&one, &[("Alpha", &one)], &[&good, &no_aa, &refusing]);
    let obs = run(NAME, &opts).await;

    let auth: Vec<_> = obs
        .rows
        .iter()
        .filter(|r| r.role == ResolverRole::Authoritative)
        .collect();
    assert_eq!(auth.len(), 3);
    assert_eq!(auth[0].authoritative_flag, Some(true));
    assert_eq!(auth[1].outcome, ResolverOutcome::Answered);
    assert_eq!(auth[1].authoritative_flag, Some(false));
    assert_eq!(auth[2].outcome, ResolverOutcome::Refused);

    let item = item(&obs);
    assert_eq!(item.status, ItemStatus::Warn, "{item:?}");
    assert!(item.finding.contains("Lame delegation"), "{}", item.finding);
    assert!(
        item.finding.contains(&format!(
            "Name server {} refuses the query",
            refusing.addr()
        )),
        "{}",
        item.finding
    );
    assert!(
        item.finding.contains(&format!(
            "Name server {} answers without authority",
            no_aa.addr()
        )),
        "{}",
        item.finding
    );
    assert!(item.commands.contains(&format!("dig +trace {NAME}")));
    assert_eq!(table_rows(&obs)[4][3], "refused (lame delegation)");
}

#[tokio::test]
async fn nxdomain_everywhere_fails() {
    let (one, two, auth) = (
        DnsServer::rcode(RCODE_NXDOMAIN),
        DnsServer::rcode(RCODE_NXDOMAIN),
        DnsServer::rcode(RCODE_NXDOMAIN),
    );
    let opts = options(&one, &[("Alpha", &one), ("Beta", &two)], &[&auth]);
    let obs = run(NAME, &opts).await;
    for row in &obs.rows {
        assert_eq!(row.outcome, ResolverOutcome::NxDomain, "{row:?}");
        assert!(row.addresses.is_empty());
    }
    let item = item(&obs);
    assert_eq!(item.status, ItemStatus::Fail, "{item:?}");
    assert!(
        item.finding.contains("does not exist (NXDOMAIN)"),
        "{}",
        item.finding
    );
    assert!(
        item.advice
            .contains("Add an A (IPv4) or AAAA (IPv6) record")
    );
}

#[tokio::test]
async fn a_resolver_that_never_answers_is_a_timeout_row_within_the_timeout() {
    let (one, auth, silent) = (cache(OLD, 300), authority(OLD), DnsServer::silent());
    let mut opts = options(&one, &[("Alpha", &one), ("Mute", &silent)], &[&auth]);
    opts.timeout = Duration::from_millis(300);
    let started = Instant::now();
    let obs = run(NAME, &opts).await;
    let elapsed = started.elapsed();

    assert!(elapsed < Duration::from_secs(3), "took {elapsed:?}");
    assert!(silent.queries() >= 1, "the silent server was asked");
    let mute = &obs.rows[2];
    assert_eq!(mute.outcome, ResolverOutcome::Timeout, "{mute:?}");
    assert!(mute.duration_ms >= 250.0, "{}", mute.duration_ms);
    assert_eq!(mute.error.as_deref(), Some("no reply within 0.3 s"));

    let item = item(&obs);
    assert_eq!(item.status, ItemStatus::Pass, "{item:?}");
    assert!(
        item.finding
            .contains(&format!("No answer from Mute {}", silent.addr())),
        "{}",
        item.finding
    );
    assert_eq!(table_rows(&obs)[2][3], "no reply (timeout)");
}

#[tokio::test]
async fn name_servers_are_discovered_through_ns_records() {
    let auth = authority(NEW);
    let system = DnsServer::zone(
        Zone::new(NAME)
            .a(NEW)
            .aaaa(V6)
            .ttl(200)
            .ns("example.test", &["ns1.example.test"])
            .host("ns1.example.test", Ipv4Addr::LOCALHOST)
            .authoritative(false),
    );
    let mut opts = options(&system, &[("Alpha", &system)], &[]);
    opts.ns_port = auth.addr().port();
    let obs = run(NAME, &opts).await;

    assert_eq!(obs.zone.as_deref(), Some("example.test"), "{obs:?}");
    assert_eq!(obs.ns_names, ["ns1.example.test"]);
    assert_eq!(obs.discovery_error, None);
    let ns = obs
        .rows
        .iter()
        .find(|r| r.role == ResolverRole::Authoritative)
        .expect("an authoritative row");
    assert_eq!(
        ns.label,
        format!("ns1.example.test 127.0.0.1:{}", opts.ns_port)
    );
    assert_eq!(ns.authoritative_flag, Some(true));
    assert_eq!(ips(&ns.addresses), ["192.0.2.2", "2001:db8::1"]);
    assert!(auth.queries() >= 2);

    let item = item(&obs);
    assert_eq!(item.status, ItemStatus::Pass, "{item:?}");
    assert!(
        item.commands.contains(&format!(
            "dig {NAME} @ns1.example.test -p {} +norecurse",
            opts.ns_port
        )),
        "{:?}",
        item.commands
    );
    assert!(
        item.commands
            .contains(&"dig +short NS example.test".to_string())
    );
}

#[tokio::test]
async fn without_ns_records_the_item_says_the_name_servers_were_not_asked() {
    let system = cache(OLD, 300);
    let opts = options(&system, &[("Alpha", &system)], &[]);
    let obs = run(NAME, &opts).await;
    assert!(obs.discovery_error.is_some(), "{obs:?}");
    assert!(
        obs.rows
            .iter()
            .all(|r| r.role != ResolverRole::Authoritative)
    );
    let item = item(&obs);
    assert_eq!(item.status, ItemStatus::Pass, "{item:?}");
    assert!(
        item.finding
            .contains("The domain's own name servers were not asked"),
        "{}",
        item.finding
    );
}

#[tokio::test]
async fn an_ip_literal_is_not_looked_up() {
    let server = cache(OLD, 300);
    let opts = options(&server, &[("Alpha", &server)], &[&server]);
    let obs = run("127.0.0.1", &opts).await;
    assert_eq!(obs.rows.len(), 1);
    assert_eq!(obs.rows[0].outcome, ResolverOutcome::NotQueried);
    assert_eq!(server.queries(), 0, "nothing was asked");
    assert_eq!(item(&obs).status, ItemStatus::Skipped);
}
