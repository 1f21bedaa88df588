use super::*;
use crate::evidence::routes::RouteCheck;
use crate::evidence::{
    Attempt, ConnectionObservation, HttpOutcome, ProbeRecord, TargetInfo, TcpOutcome,
};

fn ev(scheme: &str, routes: Vec<RouteCheck>, proxy: Option<&str>) -> Evidence {
    Evidence {
        target: TargetInfo {
            url: format!("{scheme}://site.test/"),
            host: "site.test".into(),
            scheme: if scheme == "http" {
                crate::target::Scheme::Http
            } else {
                crate::target::Scheme::Https
            },
            port: if scheme == "http" { 80 } else { 443 },
            ..TargetInfo::default()
        },
        planned: vec![ProbeKind::Routes],
        finished: vec![ProbeKind::Routes],
        routes: Some(RoutesObservation {
            proxy: proxy.map(str::to_string),
            routes,
        }),
        ..Evidence::default()
    }
}

fn at(kind: RouteKind, addr: &str, tcp: TcpOutcome, status: Option<u16>) -> RouteCheck {
    let address = addr.parse().unwrap();
    RouteCheck {
        kind,
        label: format!("{kind:?} {addr}"),
        address: Some(address),
        tcp: Some(tcp),
        http: status.map(|s| Attempt {
            outcome: HttpOutcome::Response,
            status: Some(s),
            ..Attempt::default()
        }),
        ..RouteCheck::default()
    }
}

fn attempt(outcome: HttpOutcome, status: Option<u16>) -> Attempt {
    Attempt {
        outcome,
        status,
        ..Attempt::default()
    }
}

/// `ev` with the connection step's comparison: the request through `proxy` and without it.
fn with_proxy(mut ev: Evidence, proxy: &str, via_proxy: Attempt, direct: Attempt) -> Evidence {
    ev.planned.push(ProbeKind::Connection);
    ev.finished.push(ProbeKind::Connection);
    ev.connection = Some(ConnectionObservation {
        references: Vec::new(),
        proxy: Some(ProxyComparison {
            proxy: proxy.to_string(),
            via_proxy,
            direct,
        }),
    });
    ev
}

use RouteKind::*;
use TcpOutcome::{Connected, Refused, Timeout};

#[test]
fn ipv6_down_ipv4_up_names_the_aaaa_record() {
    let item = assess(&ev(
        "https",
        vec![
            at(Ipv4, "192.0.2.1:443", Connected, Some(200)),
            at(Ipv6, "[2001:db8::1]:443", Refused, None),
        ],
        None,
    ));
    assert_eq!(item.id, CheckId::FirewallProxy);
    assert_eq!(item.status, ItemStatus::Fail);
    assert!(
        item.finding.starts_with("IPv6 fails, IPv4 works"),
        "{}",
        item.finding
    );
    assert!(item.finding.contains("AAAA"), "{}", item.finding);
    assert!(
        item.commands
            .contains(&"curl -6 -v https://site.test/".to_string())
    );
    assert!(
        item.commands
            .contains(&"dig AAAA site.test +short".to_string())
    );
}

#[test]
fn ipv4_down_ipv6_up_names_the_a_record() {
    let item = assess(&ev(
        "https",
        vec![
            at(Ipv4, "192.0.2.1:443", Timeout, None),
            at(Ipv6, "[2001:db8::1]:443", Connected, Some(502)),
        ],
        None,
    ));
    assert_eq!(item.status, ItemStatus::Fail);
    assert!(
        item.finding.starts_with("IPv4 fails, IPv6 works"),
        "{}",
        item.finding
    );
    assert!(item.finding.contains("the A record"), "{}", item.finding);
}

#[test]
fn families_answering_differently_is_a_warning() {
    let item = assess(&ev(
        "https",
        vec![
            at(Ipv4, "192.0.2.1:443", Connected, Some(200)),
            at(Ipv6, "[2001:db8::1]:443", Connected, Some(502)),
        ],
        None,
    ));
    assert_eq!(item.status, ItemStatus::Warn);
    assert!(item.finding.contains("differently"), "{}", item.finding);
}

#[test]
fn one_address_of_a_family_down_is_named() {
    let item = assess(&ev(
        "https",
        vec![
            at(Ipv4, "192.0.2.1:443", Connected, Some(200)),
            at(Ipv4, "192.0.2.2:443", Refused, None),
        ],
        None,
    ));
    assert_eq!(item.status, ItemStatus::Warn);
    assert!(item.finding.contains("192.0.2.2"), "{}", item.finding);
}

#[test]
fn port_80_closed_on_an_https_site_is_a_warning() {
    let item = assess(&ev(
        "https",
        vec![
            at(HttpPort, "192.0.2.1:80", Refused, None),
            at(HttpsPort, "192.0.2.1:443", Connected, Some(200)),
        ],
        None,
    ));
    assert_eq!(item.status, ItemStatus::Warn);
    assert!(
        item.finding
            .starts_with("Port 80 (http) is closed (refused) but port 443 works"),
        "{}",
        item.finding
    );
    assert!(item.commands.contains(&"ufw allow 80/tcp".to_string()));
}

#[test]
fn the_sites_own_port_closed_is_a_failure() {
    let item = assess(&ev(
        "https",
        vec![
            at(HttpPort, "192.0.2.1:80", Connected, Some(301)),
            at(HttpsPort, "192.0.2.1:443", Refused, None),
        ],
        None,
    ));
    assert_eq!(item.status, ItemStatus::Fail);
    assert!(
        item.finding.starts_with("Port 443 (https) does not work"),
        "{}",
        item.finding
    );
}

#[test]
fn proxy_failing_while_direct_works_blames_the_proxy() {
    let item = assess(&with_proxy(
        ev("https", Vec::new(), Some("http://127.0.0.1:3128/")),
        "http://127.0.0.1:3128/",
        attempt(HttpOutcome::ProxyFailed, None),
        attempt(HttpOutcome::Response, Some(200)),
    ));
    assert_eq!(item.status, ItemStatus::Fail);
    assert!(
        item.finding.contains("proxy (http://127.0.0.1:3128/)"),
        "{}",
        item.finding
    );
    assert!(item.finding.contains("proxy failed"), "{}", item.finding);
    assert!(
        item.commands
            .contains(&"curl --noproxy '*' -v https://site.test/".to_string())
    );
}

#[test]
fn only_the_proxy_working_is_information() {
    let item = assess(&with_proxy(
        ev("https", Vec::new(), Some("http://proxy.corp:3128/")),
        "http://proxy.corp:3128/",
        attempt(HttpOutcome::Response, Some(200)),
        attempt(HttpOutcome::ConnectTimeout, None),
    ));
    assert_eq!(item.status, ItemStatus::Info);
    assert!(
        item.finding.starts_with("Only the proxy"),
        "{}",
        item.finding
    );
}

#[test]
fn same_result_every_way_passes_even_when_the_site_fails() {
    let routes = vec![
        at(HttpPort, "192.0.2.1:80", Connected, Some(301)),
        at(HttpsPort, "192.0.2.1:443", Connected, Some(502)),
        at(Ipv4, "192.0.2.1:443", Connected, Some(502)),
        at(Ipv6, "[2001:db8::1]:443", Connected, Some(502)),
    ];
    let item = assess(&with_proxy(
        ev("https", routes, Some("http://127.0.0.1:3128/")),
        "http://127.0.0.1:3128/",
        attempt(HttpOutcome::Response, Some(502)),
        attempt(HttpOutcome::Response, Some(502)),
    ));
    assert_eq!(item.status, ItemStatus::Pass, "{}", item.finding);
    assert!(item.commands.is_empty());
}

#[test]
fn nothing_reached_fails_with_firewall_commands() {
    let item = assess(&ev(
        "https",
        vec![
            at(Ipv4, "192.0.2.1:443", Timeout, None),
            at(Ipv6, "[2001:db8::1]:443", Timeout, None),
        ],
        None,
    ));
    assert_eq!(item.status, ItemStatus::Fail);
    assert!(
        item.finding.starts_with("No way of reaching"),
        "{}",
        item.finding
    );
    assert!(item.commands.contains(&"ss -ltnp".to_string()));
}

#[test]
fn pending_and_skipped() {
    let mut e = ev("https", vec![], None);
    e.finished.clear();
    e.routes = None;
    assert_eq!(assess(&e).status, ItemStatus::Pending);
    e.finished.push(ProbeKind::Routes);
    e.probes.push(ProbeRecord {
        kind: ProbeKind::Routes,
        status: ProbeStatus::Skipped,
        details: serde_json::json!({ "reason": "the name did not resolve" }),
        ..ProbeRecord::new(ProbeKind::Routes)
    });
    let item = assess(&e);
    assert_eq!(item.status, ItemStatus::Skipped);
    assert_eq!(item.finding, "the name did not resolve");
    // Not planned at all (visitor mode): skipped with a generic reason.
    let e = Evidence::default();
    let item = assess(&e);
    assert_eq!(item.status, ItemStatus::Skipped);
    assert!(item.finding.contains("owner mode"), "{}", item.finding);
}

#[test]
fn urls_with_shell_characters_are_quoted() {
    assert_eq!(
        quote("https://a.test/x?a=1&b=2"),
        "'https://a.test/x?a=1&b=2'"
    );
    assert_eq!(quote("https://a.test/"), "https://a.test/");
    assert_eq!(quote("it's"), r"'it'\''s'");
}
