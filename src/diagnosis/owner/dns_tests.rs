//! Unit tests for the `dns` owner item on hand-built observations: one test per verdict, plus
//! the table and the small wording helpers.

use super::*;
use crate::evidence::ProbeRecord;
use crate::evidence::propagation::PropagationObservation;

fn ip(s: &str) -> IpAddr {
    s.parse().expect("test IP")
}

fn row(role: ResolverRole, label: &str, server: &str, addrs: &[&str], ttl: u32) -> ResolverRow {
    ResolverRow {
        role,
        label: label.into(),
        server: server.into(),
        outcome: ResolverOutcome::Answered,
        addresses: addrs.iter().map(|a| ip(a)).collect(),
        ttl_secs: Some(ttl),
        authoritative_flag: (role == ResolverRole::Authoritative).then_some(true),
        duration_ms: 3.0,
        ..ResolverRow::default()
    }
}

fn system(addrs: &[&str]) -> ResolverRow {
    row(ResolverRole::System, "This computer", "system", addrs, 300)
}

fn public(label: &str, addrs: &[&str], ttl: u32) -> ResolverRow {
    row(ResolverRole::Public, label, "1.1.1.1:53", addrs, ttl)
}

fn ns(label: &str, addrs: &[&str]) -> ResolverRow {
    row(
        ResolverRole::Authoritative,
        label,
        "192.0.2.53:53",
        addrs,
        3600,
    )
}

fn failed(mut r: ResolverRow, outcome: ResolverOutcome) -> ResolverRow {
    r.outcome = outcome;
    r.addresses.clear();
    r.ttl_secs = None;
    r
}

fn obs(rows: Vec<ResolverRow>) -> PropagationObservation {
    PropagationObservation {
        name: "www.example.test".into(),
        rows,
        zone: Some("example.test".into()),
        ns_names: vec!["ns1.example.test".into()],
        ..PropagationObservation::default()
    }
}

fn evidence(o: PropagationObservation) -> Evidence {
    Evidence {
        planned: vec![ProbeKind::Propagation],
        finished: vec![ProbeKind::Propagation],
        propagation: Some(o),
        ..Evidence::default()
    }
}

fn item(o: PropagationObservation) -> ChecklistItem {
    let item = assess(&evidence(o));
    assert_eq!(item.id, CheckId::Dns);
    item
}

#[test]
fn pending_until_the_probe_reports_then_skipped_with_its_reason() {
    let mut ev = Evidence {
        planned: vec![ProbeKind::Propagation],
        ..Evidence::default()
    };
    assert_eq!(assess(&ev).status, ItemStatus::Pending);
    ev.finished.push(ProbeKind::Propagation);
    ev.probes.push(ProbeRecord {
        kind: ProbeKind::Propagation,
        status: ProbeStatus::Skipped,
        details: serde_json::json!({"reason": "Visitor mode."}),
        ..ProbeRecord::new(ProbeKind::Propagation)
    });
    let skipped = assess(&ev);
    assert_eq!(skipped.status, ItemStatus::Skipped);
    assert_eq!(skipped.finding, "Visitor mode.");
    let never_planned = assess(&Evidence::default());
    assert_eq!(never_planned.status, ItemStatus::Skipped);
    assert!(never_planned.finding.contains("owner mode"));
}

#[test]
fn ip_literal_is_skipped() {
    let o = obs(vec![ResolverRow {
        outcome: ResolverOutcome::NotQueried,
        addresses: vec![ip("192.0.2.7")],
        ..ResolverRow::default()
    }]);
    let i = item(o.clone());
    assert_eq!(i.status, ItemStatus::Skipped);
    assert!(i.finding.contains("IP"), "{}", i.finding);
    assert_eq!(table_rows(&o)[0][1], "192.0.2.7");
    assert_eq!(table_rows(&o)[0][4], "—");
}

#[test]
fn all_agree_passes_with_commands() {
    let i = item(obs(vec![
        system(&["192.0.2.1"]),
        public("Cloudflare 1.1.1.1", &["192.0.2.1"], 250),
        ns("ns1.example.test 192.0.2.53", &["192.0.2.1"]),
    ]));
    assert_eq!(i.status, ItemStatus::Pass, "{i:?}");
    assert!(i.finding.contains("All 3 resolvers agree"), "{}", i.finding);
    assert!(i.finding.contains("192.0.2.1"));
    assert_eq!(
        i.commands,
        vec![
            "dig +short www.example.test @1.1.1.1",
            "dig www.example.test @ns1.example.test +norecurse",
            "dig +short NS example.test",
        ]
    );
}

#[test]
fn a_cache_with_the_old_answer_is_a_change_still_propagating() {
    let i = item(obs(vec![
        system(&["192.0.2.2"]),
        public("Cloudflare 1.1.1.1", &["192.0.2.2"], 250),
        public("Google 8.8.8.8", &["192.0.2.1"], 1700),
        ns("ns1.example.test 192.0.2.53", &["192.0.2.2"]),
    ]));
    assert_eq!(i.status, ItemStatus::Warn);
    assert!(
        i.finding.contains(
            "Your name servers answer 192.0.2.2, but Google 8.8.8.8 still answers 192.0.2.1"
        ),
        "{}",
        i.finding
    );
    assert!(i.finding.contains("still propagating"));
    assert!(!i.finding.contains("Cloudflare"), "{}", i.finding);
    assert!(i.advice.contains("for up to 29 min more"), "{}", i.advice);
    assert!(i.advice.contains("Google 8.8.8.8 29 min"), "{}", i.advice);
    assert!(i.advice.contains("24-48 h"), "{}", i.advice);
}

#[test]
fn caches_that_disagree_without_an_authoritative_answer_warn() {
    let mut o = obs(vec![
        public("Cloudflare 1.1.1.1", &["192.0.2.2"], 250),
        public("Google 8.8.8.8", &["192.0.2.1"], 250),
    ]);
    o.discovery_error = Some("no NS records found".into());
    let i = item(o);
    assert_eq!(i.status, ItemStatus::Warn);
    assert!(i.finding.contains("Resolvers disagree"), "{}", i.finding);
    assert!(i.finding.contains("no NS records found"), "{}", i.finding);
}

#[test]
fn addresses_behind_the_same_cname_agree() {
    let mut a = public("Cloudflare 1.1.1.1", &["192.0.2.1"], 60);
    a.cname_chain = vec!["edge.cdn.test".into()];
    let mut b = public("Google 8.8.8.8", &["192.0.2.99"], 60);
    b.cname_chain = vec!["edge.cdn.test".into()];
    let mut auth = ns("ns1.example.test 192.0.2.53", &[]);
    auth.cname_chain = vec!["edge.cdn.test".into()];
    let o = obs(vec![a, b, auth]);
    assert_eq!(item(o.clone()).status, ItemStatus::Pass);
    assert_eq!(table_rows(&o)[2][1], "CNAME edge.cdn.test");
    assert_eq!(table_rows(&o)[0][1], "edge.cdn.test → 192.0.2.1");
}

#[test]
fn an_unexpected_ip_at_the_name_servers_says_update_the_record() {
    let mut o = obs(vec![
        public("Cloudflare 1.1.1.1", &["192.0.2.1", "2001:db8::1"], 60),
        ns("ns1.example.test 192.0.2.53", &["192.0.2.1", "2001:db8::1"]),
    ]);
    o.expected = vec![ip("192.0.2.9")];
    let i = item(o.clone());
    assert_eq!(i.status, ItemStatus::Warn);
    assert!(
        i.finding.contains("Not the expected 192.0.2.9"),
        "{}",
        i.finding
    );
    assert!(
        i.advice.contains("update the A/AAAA record"),
        "{}",
        i.advice
    );
    assert!(table_rows(&o)[0][3].ends_with("not the expected IP"));

    o.expected = vec![ip("192.0.2.1")];
    let ok = item(o);
    assert_eq!(
        ok.status,
        ItemStatus::Pass,
        "AAAA is not judged by an IPv4 expectation"
    );
    assert!(ok.finding.contains("expected address"), "{}", ok.finding);
}

#[test]
fn refusing_or_non_authoritative_name_servers_are_lame() {
    let mut no_aa = ns("ns2.example.test 192.0.2.54", &["192.0.2.1"]);
    no_aa.authoritative_flag = Some(false);
    let o = obs(vec![
        public("Cloudflare 1.1.1.1", &["192.0.2.1"], 60),
        ns("ns1.example.test 192.0.2.53", &["192.0.2.1"]),
        no_aa,
        failed(
            ns("ns3.example.test 192.0.2.55", &[]),
            ResolverOutcome::Refused,
        ),
    ]);
    let i = item(o.clone());
    assert_eq!(i.status, ItemStatus::Warn);
    assert!(i.finding.contains("Lame delegation"), "{}", i.finding);
    assert!(
        i.finding.contains("ns3.example.test 192.0.2.55 refuses"),
        "{}",
        i.finding
    );
    assert!(
        i.finding
            .contains("ns2.example.test 192.0.2.54 answers without authority")
    );
    assert!(
        i.commands
            .contains(&"dig +trace www.example.test".to_string())
    );
    assert_eq!(table_rows(&o)[3][3], "refused (lame delegation)");
    assert_eq!(table_rows(&o)[2][3], "answered, not authoritative");
}

#[test]
fn nxdomain_everywhere_fails() {
    let i = item(obs(vec![
        failed(system(&[]), ResolverOutcome::NxDomain),
        failed(
            public("Cloudflare 1.1.1.1", &[], 0),
            ResolverOutcome::NxDomain,
        ),
        failed(
            ns("ns1.example.test 192.0.2.53", &[]),
            ResolverOutcome::NxDomain,
        ),
    ]));
    assert_eq!(i.status, ItemStatus::Fail);
    assert!(
        i.finding.contains("does not exist (NXDOMAIN)"),
        "{}",
        i.finding
    );
    assert!(i.advice.contains("ns1.example.test"), "{}", i.advice);
}

#[test]
fn no_records_everywhere_fails() {
    let i = item(obs(vec![failed(
        public("Cloudflare 1.1.1.1", &[], 0),
        ResolverOutcome::NoRecords,
    )]));
    assert_eq!(i.status, ItemStatus::Fail);
    assert!(i.finding.contains("has no address"), "{}", i.finding);
}

#[test]
fn a_silent_public_resolver_is_noted_but_not_blamed() {
    let o = obs(vec![
        public("Cloudflare 1.1.1.1", &["192.0.2.1"], 60),
        failed(public("Quad9 9.9.9.9", &[], 0), ResolverOutcome::Timeout),
        ns("ns1.example.test 192.0.2.53", &["192.0.2.1"]),
    ]);
    let i = item(o.clone());
    assert_eq!(i.status, ItemStatus::Pass, "{i:?}");
    assert!(
        i.finding
            .contains("No answer from Quad9 9.9.9.9 (no reply (timeout))"),
        "{}",
        i.finding
    );
    assert_eq!(
        table_rows(&o)[1],
        ["Quad9 9.9.9.9", "—", "—", "no reply (timeout)", "3 ms"].map(String::from)
    );
}

#[test]
fn a_silent_name_server_warns() {
    let i = item(obs(vec![
        public("Cloudflare 1.1.1.1", &["192.0.2.1"], 60),
        failed(
            ns("ns1.example.test 192.0.2.53", &[]),
            ResolverOutcome::Timeout,
        ),
    ]));
    assert_eq!(i.status, ItemStatus::Warn);
    assert!(
        i.finding.contains("Name servers that did not answer"),
        "{}",
        i.finding
    );
}

#[test]
fn nobody_answering_warns_that_dns_could_not_be_compared() {
    let i = item(obs(vec![failed(
        public("Cloudflare 1.1.1.1", &[], 0),
        ResolverOutcome::Timeout,
    )]));
    assert_eq!(i.status, ItemStatus::Warn);
    assert!(
        i.finding.starts_with("No resolver gave an answer"),
        "{}",
        i.finding
    );
    assert!(!i.commands.is_empty());
}

#[test]
fn durations_round_up() {
    assert_eq!(duration_words(45), "45 s");
    assert_eq!(duration_words(121), "3 min");
    assert_eq!(duration_words(3600), "60 min");
    assert_eq!(duration_words(7201), "3 h");
    assert_eq!(duration_words(172_800), "2 days");
}

#[test]
fn a_non_standard_port_goes_into_the_dig_command() {
    let mut r = ns("Name server 127.0.0.1:5300", &["192.0.2.1"]);
    r.server = "127.0.0.1:5300".into();
    let i = item(obs(vec![r]));
    assert!(
        i.commands
            .contains(&"dig www.example.test @127.0.0.1 -p 5300 +norecurse".to_string()),
        "{:?}",
        i.commands
    );
}

#[test]
fn the_observation_round_trips_through_json_with_snake_case_values() {
    let mut o = obs(vec![failed(
        ns("ns1.example.test 192.0.2.53", &[]),
        ResolverOutcome::NxDomain,
    )]);
    o.expected = vec![ip("192.0.2.9")];
    let json = serde_json::to_value(&o).expect("serialize");
    assert_eq!(json["rows"][0]["role"], "authoritative");
    assert_eq!(json["rows"][0]["outcome"], "nx_domain");
    assert_eq!(json["expected"][0], "192.0.2.9");
    let back: PropagationObservation = serde_json::from_value(json).expect("deserialize");
    assert_eq!(back, o);
    // A scenario file may state only what matters.
    let sparse: PropagationObservation =
        serde_json::from_str(r#"{"name":"a.test","rows":[{"outcome":"timeout"}]}"#)
            .expect("sparse");
    assert_eq!(sparse.rows[0].role, ResolverRole::System);
}
