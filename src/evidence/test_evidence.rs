//! Ready-made evidence for unit tests, shared by the GUI tests and the report tests so they
//! test the same thing: the scenario files (`tests/scenarios/*.toml`) and an owner-mode check
//! of a site whose app behind nginx is down (static files fine, the page 502, the origin 502).

use super::burst::{BurstObservation, Round};
use super::origin::OriginObservation;
use super::paths::{PathCheck, PathKind, PathsObservation};
use super::propagation::{PropagationObservation, ResolverRole, ResolverRow};
use super::routes::{RouteCheck, RouteKind, RoutesObservation};
use super::{Attempt, Evidence, HttpObservation, HttpOutcome, Mode, ProbeKind, TcpOutcome};

#[derive(serde::Deserialize)]
struct Scenario {
    evidence: Evidence,
}

/// The `[evidence]` of a scenario file.
pub(crate) fn scenario(text: &str) -> Evidence {
    toml::from_str::<Scenario>(text)
        .expect("scenario parses")
        .evidence
}

/// nginx answers 502 on every try: the app behind it is down (visitor mode, every probe done).
pub(crate) fn nginx_502() -> Evidence {
    scenario(include_str!(
        "../../tests/scenarios/nginx_502_app_down.toml"
    ))
}

pub(crate) fn healthy() -> Evidence {
    scenario(include_str!("../../tests/scenarios/healthy.toml"))
}

/// `nginx_502` checked in owner mode: the owner probes are planned and their observations are
/// filled in, but not marked finished (the GUI tests replay them as the engine's events).
pub(crate) fn owner_502() -> Evidence {
    let mut e = nginx_502();
    e.mode = Mode::Owner;
    e.planned.extend([
        ProbeKind::Propagation,
        ProbeKind::Routes,
        ProbeKind::Origin,
        ProbeKind::Paths,
    ]);
    let ip: std::net::IpAddr = "203.0.113.10".parse().unwrap();
    let row = |role, label: &str, server: &str, ttl| ResolverRow {
        role,
        label: label.into(),
        server: server.into(),
        addresses: vec![ip],
        ttl_secs: Some(ttl),
        authoritative_flag: (role == ResolverRole::Authoritative).then_some(true),
        duration_ms: 4.0,
        ..ResolverRow::default()
    };
    e.propagation = Some(PropagationObservation {
        name: "shop.example.com".into(),
        rows: vec![
            row(ResolverRole::System, "This computer", "system", 300),
            row(
                ResolverRole::Public,
                "Cloudflare 1.1.1.1",
                "1.1.1.1:53",
                280,
            ),
            row(
                ResolverRole::Authoritative,
                "ns1.example.com 192.0.2.53",
                "192.0.2.53:53",
                300,
            ),
        ],
        zone: Some("example.com".into()),
        ns_names: vec!["ns1.example.com".into()],
        ..PropagationObservation::default()
    });
    e.origin = Some(OriginObservation {
        origin: "203.0.113.10:443".into(),
        direct: Box::new(HttpObservation {
            outcome: HttpOutcome::Response,
            status: Some(502),
            reason: Some("Bad Gateway".into()),
            ..HttpObservation::default()
        }),
        ..OriginObservation::default()
    });
    let attempt = |status| Attempt {
        outcome: HttpOutcome::Response,
        status: Some(status),
        ..Attempt::default()
    };
    e.routes = Some(RoutesObservation {
        proxy: None,
        routes: vec![
            RouteCheck {
                kind: RouteKind::Ipv4,
                label: "IPv4 203.0.113.10:443".into(),
                tcp: Some(TcpOutcome::Connected),
                http: Some(attempt(502)),
                ..RouteCheck::default()
            },
            RouteCheck {
                kind: RouteKind::HttpPort,
                label: "port 80 (http)".into(),
                tcp: Some(TcpOutcome::Refused),
                ..RouteCheck::default()
            },
        ],
    });
    let check = |path: &str, kind, status| PathCheck {
        path: path.into(),
        kind,
        outcome: HttpOutcome::Response,
        status: Some(status),
        total_ms: Some(3.0),
        ..PathCheck::default()
    };
    e.paths = Some(PathsObservation {
        checks: vec![
            check("/robots.txt", PathKind::Static, 200),
            check("/", PathKind::Dynamic, 502),
        ],
        ..PathsObservation::default()
    });
    e
}

/// `owner_502` with every owner probe finished, plus a gentle burst whose failures grow with
/// concurrency: what a finished owner check holds.
pub(crate) fn owner_502_done() -> Evidence {
    let mut e = owner_502();
    e.planned.push(ProbeKind::Burst);
    e.burst = Some(burst());
    e.finished = e.planned.clone();
    e
}

/// 13 requests in rounds of 1, 2 and 4 at once; only the last round fails (5 times 502).
pub(crate) fn burst() -> BurstObservation {
    let round = |concurrency, requests, failures: u32| Round {
        concurrency,
        requests,
        failures,
        statuses: [
            ("200".to_string(), requests - failures),
            ("502".to_string(), failures),
        ]
        .into_iter()
        .filter(|(_, n)| *n > 0)
        .collect(),
        p50_ms: Some(12.0),
        max_ms: Some(40.0),
    };
    BurstObservation {
        enabled: true,
        rounds: vec![round(1, 3, 0), round(2, 4, 0), round(4, 6, 5)],
        total_requests: 13,
        label: "a small burst of 13 requests, at most 4 at once".into(),
        stopped_early: None,
    }
}
