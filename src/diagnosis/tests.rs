//! Table tests for the key rules; the full matrix lives in `tests/scenarios/*.toml`.

use super::*;
use crate::evidence::*;

const ALL: &[ProbeKind] = &[
    ProbeKind::Dns,
    ProbeKind::Tcp,
    ProbeKind::Tls,
    ProbeKind::Http,
    ProbeKind::Refresh,
    ProbeKind::ClearCache,
    ProbeKind::OtherBrowser,
    ProbeKind::Connection,
];

fn base() -> Evidence {
    Evidence {
        target: TargetInfo {
            url: "https://shop.example.com/".into(),
            host: "shop.example.com".into(),
            port: 443,
            scheme: crate::target::Scheme::Https,
            host_unicode: None,
        },
        planned: ALL.to_vec(),
        finished: ALL.to_vec(),
        timeout_secs: 10.0,
        ..Evidence::default()
    }
}

fn response(status: u16, headers: &[(&str, &str)], body: &str) -> HttpObservation {
    HttpObservation {
        outcome: HttpOutcome::Response,
        status: Some(status),
        headers: headers
            .iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect(),
        body_excerpt: body.into(),
        timings: Timings {
            first_byte: Some(12.0),
            total: Some(13.0),
            ..Timings::default()
        },
        ..HttpObservation::default()
    }
}

fn tries(status: u16, server: &str, n: usize) -> RefreshObservation {
    RefreshObservation {
        attempts: (0..n)
            .map(|i| Attempt {
                label: format!("try {}", i + 1),
                outcome: HttpOutcome::Response,
                status: Some(status),
                server: Some(server.into()),
                total_ms: Some(10.0),
                ..Attempt::default()
            })
            .collect(),
        http1: None,
    }
}

fn net_up() -> ConnectionObservation {
    ConnectionObservation {
        references: vec![ReferenceCheck {
            endpoint: "1.1.1.1:443".into(),
            resolved: true,
            connected: true,
            ..ReferenceCheck::default()
        }],
        proxy: None,
    }
}

fn net_down() -> ConnectionObservation {
    ConnectionObservation {
        references: vec![ReferenceCheck {
            endpoint: "1.1.1.1:443".into(),
            error: Some("network unreachable".into()),
            ..ReferenceCheck::default()
        }],
        proxy: None,
    }
}

fn item(d: &Diagnosis, id: CheckId) -> ItemStatus {
    d.checklist
        .iter()
        .find(|i| i.id == id)
        .map(|i| i.status)
        .unwrap_or(ItemStatus::Info)
}

fn node(d: &Diagnosis, kind: PathNodeKind) -> PathState {
    d.path
        .iter()
        .find(|n| n.kind == kind)
        .map(|n| n.state)
        .unwrap_or(PathState::Unknown)
}

#[test]
fn nginx_502_every_time_is_the_app_with_high_confidence() {
    let mut ev = base();
    ev.http = Some(response(
        502,
        &[("server", "nginx/1.22.1")],
        "<center><h1>502 Bad Gateway</h1></center><hr><center>nginx/1.22.1</center>",
    ));
    ev.refresh = Some(tries(502, "nginx/1.22.1", 3));
    ev.connection = Some(net_up());
    let d = diagnose(&ev);
    assert_eq!(d.verdict.status, VerdictStatus::Failing);
    assert_eq!(d.verdict.culprit, Culprit::UpstreamApp);
    assert_eq!(d.verdict.cause, Cause::UpstreamFailed);
    assert_eq!(d.verdict.confidence, Confidence::High);
    assert!(d.verdict.conclusive);
    assert!(d.verdict.summary.contains("not your computer"));
    assert!(d.verdict.detail.contains("nginx"), "{}", d.verdict.detail);
    assert_eq!(item(&d, CheckId::Refresh), ItemStatus::Fail);
    assert_eq!(item(&d, CheckId::Connection), ItemStatus::Pass);
    assert_eq!(node(&d, PathNodeKind::WebServer), PathState::Working);
    assert_eq!(node(&d, PathNodeKind::Application), PathState::Failing);
    assert_eq!(node(&d, PathNodeKind::Edge), PathState::NotPresent);
}

#[test]
fn unknown_502_is_low_confidence() {
    let mut ev = base();
    // (A bare "Bad Gateway" body is Traefik's page, so use a page nobody signs.)
    ev.http = Some(response(502, &[], "Oops, try later"));
    let d = diagnose(&ev);
    assert_eq!(d.verdict.cause, Cause::UpstreamFailed);
    assert_eq!(d.verdict.confidence, Confidence::Low);
}

#[test]
fn status_codes_map_to_causes() {
    type Case<'a> = (u16, &'a [(&'a str, &'a str)], &'a str, Culprit, &'a str);
    let cases: &[Case] = &[
        (
            521,
            &[("server", "cloudflare")],
            "",
            Culprit::UpstreamApp,
            "origin_down",
        ),
        (
            522,
            &[("server", "cloudflare")],
            "",
            Culprit::UpstreamApp,
            "origin_timeout",
        ),
        (
            523,
            &[("server", "cloudflare")],
            "",
            Culprit::UpstreamApp,
            "origin_unreachable",
        ),
        (
            524,
            &[("server", "cloudflare")],
            "",
            Culprit::UpstreamApp,
            "origin_timeout",
        ),
        (
            525,
            &[("server", "cloudflare")],
            "",
            Culprit::UpstreamApp,
            "origin_tls",
        ),
        (
            526,
            &[("server", "cloudflare")],
            "",
            Culprit::UpstreamApp,
            "origin_tls",
        ),
        (
            520,
            &[("server", "cloudflare")],
            "",
            Culprit::UpstreamApp,
            "origin_bad_response",
        ),
        (
            502,
            &[("server", "cloudflare")],
            "<center>cloudflare</center>",
            Culprit::Cdn,
            "cdn_error",
        ),
        (
            502,
            &[("server", "CloudFront")],
            "<H2>The request could not be satisfied.</H2>",
            Culprit::UpstreamApp,
            "origin_unreachable",
        ),
        (
            // Without CloudFront's own page, it only passed the origin's 502 on.
            502,
            &[
                ("server", "CloudFront"),
                ("x-cache", "Error from cloudfront"),
            ],
            "{\"message\": \"Internal server error\"}",
            Culprit::UpstreamApp,
            "upstream_failed",
        ),
        (
            502,
            &[("server", "awselb/2.0")],
            "",
            Culprit::UpstreamApp,
            "upstream_failed",
        ),
        (
            503,
            &[("server", "awselb/2.0")],
            "",
            Culprit::UpstreamApp,
            "no_healthy_upstream",
        ),
        (
            504,
            &[("server", "awselb/2.0")],
            "",
            Culprit::UpstreamApp,
            "upstream_timeout",
        ),
        (
            503,
            &[("server", "envoy")],
            "no healthy upstream",
            Culprit::UpstreamApp,
            "no_healthy_upstream",
        ),
        (
            503,
            &[("retry-after", "120")],
            "",
            Culprit::Unknown,
            "service_unavailable",
        ),
        (
            503,
            &[("server", "nginx")],
            "Down for maintenance",
            Culprit::UpstreamApp,
            "maintenance",
        ),
        (
            503,
            &[("server", "nginx")],
            "busy",
            Culprit::UpstreamApp,
            "service_unavailable",
        ),
        (
            503,
            &[("server", "Apache/2.4.57")],
            "The server is temporarily unable to service your request due to maintenance downtime or capacity problems.",
            Culprit::UpstreamApp,
            "upstream_failed",
        ),
        (
            500,
            &[("server", "nginx")],
            "",
            Culprit::UpstreamApp,
            "app_error",
        ),
        (
            429,
            &[("server", "nginx")],
            "",
            Culprit::Unknown,
            "rate_limited",
        ),
        (
            404,
            &[("server", "nginx")],
            "",
            Culprit::Unknown,
            "client_error_404",
        ),
    ];
    for (status, headers, body, culprit, cause) in cases {
        let mut ev = base();
        ev.http = Some(response(*status, headers, body));
        let d = diagnose(&ev);
        assert_eq!(
            (d.verdict.culprit, d.verdict.cause.id().as_ref()),
            (*culprit, *cause),
            "status {status} headers {headers:?}"
        );
        assert_eq!(d.verdict.status, VerdictStatus::Failing, "status {status}");
    }
}

#[test]
fn a_cloudflare_relayed_502_without_its_branding_is_the_origins() {
    // Whatever `identify` says, a page that does not name Cloudflare is not its own.
    let mut ev = base();
    ev.http = Some(response(502, &[("server", "cloudflare")], "Bad Gateway"));
    let d = diagnose(&ev);
    assert_eq!(d.verdict.cause, Cause::UpstreamFailed);
    assert_eq!(d.verdict.culprit, Culprit::UpstreamApp);
    assert_eq!(node(&d, PathNodeKind::Edge), PathState::Working);
}

#[test]
fn a_502_after_sixty_seconds_is_a_timeout() {
    let mut ev = base();
    let mut http = response(502, &[("server", "nginx")], "");
    http.timings.first_byte = Some(60_050.0);
    ev.http = Some(http);
    let d = diagnose(&ev);
    assert_eq!(d.verdict.cause, Cause::UpstreamTimeout);
    assert!(
        d.verdict.detail.contains("proxy_read_timeout"),
        "{}",
        d.verdict.detail
    );
}

#[test]
fn healthy_and_intermittent() {
    let mut ev = base();
    ev.http = Some(response(200, &[("server", "nginx")], "<html>"));
    ev.refresh = Some(tries(200, "nginx", 3));
    let d = diagnose(&ev);
    assert_eq!(d.verdict.status, VerdictStatus::Healthy);
    assert_eq!(d.verdict.cause, Cause::Healthy);
    assert_eq!(d.verdict.culprit, Culprit::None);
    assert_eq!(item(&d, CheckId::Wait), ItemStatus::Pass);

    let mut refresh = tries(200, "nginx", 3);
    refresh.attempts[1].status = Some(502);
    ev.refresh = Some(refresh);
    let d = diagnose(&ev);
    assert_eq!(d.verdict.status, VerdictStatus::Intermittent);
    assert_eq!(d.verdict.cause, Cause::UpstreamFailed);
    assert!(
        d.verdict.summary.contains("some of the time"),
        "{}",
        d.verdict.summary
    );
    assert_eq!(item(&d, CheckId::Refresh), ItemStatus::Warn);
    let wait = d.checklist.iter().find(|i| i.id == CheckId::Wait);
    assert_eq!(wait.and_then(|w| w.wait_secs), Some(60));
}

#[test]
fn dns_failure_blames_dns_unless_the_network_is_down() {
    let mut ev = base();
    ev.dns = Some(DnsObservation {
        outcome: DnsOutcome::NxDomain,
        resolver: "system".into(),
        ..DnsObservation::default()
    });
    ev.http = Some(HttpObservation {
        outcome: HttpOutcome::DnsFailed,
        ..HttpObservation::default()
    });
    ev.connection = Some(net_up());
    let d = diagnose(&ev);
    assert_eq!(d.verdict.culprit, Culprit::Dns);
    assert_eq!(d.verdict.cause, Cause::DnsNxdomain);
    assert_eq!(d.verdict.status, VerdictStatus::Unreachable);
    assert_eq!(d.verdict.confidence, Confidence::High);
    assert_eq!(item(&d, CheckId::Refresh), ItemStatus::Skipped);
    assert_eq!(node(&d, PathNodeKind::Dns), PathState::Failing);

    // An NXDOMAIN answer proves packets got out: the references are blocked, DNS stays.
    ev.connection = Some(net_down());
    let d = diagnose(&ev);
    assert_eq!(d.verdict.culprit, Culprit::Dns);
    assert_eq!(d.verdict.confidence, Confidence::Low);
    assert!(d.verdict.detail.contains("a firewall may block them"));

    // A lookup that got no answer at all, with the references down: the connection.
    if let Some(dns) = ev.dns.as_mut() {
        dns.outcome = DnsOutcome::Timeout;
    }
    let d = diagnose(&ev);
    assert_eq!(d.verdict.culprit, Culprit::YourConnection);
    assert_eq!(d.verdict.cause, Cause::NoNetwork);
    assert_eq!(d.verdict.confidence, Confidence::High);
    assert_eq!(item(&d, CheckId::Connection), ItemStatus::Fail);
    assert_eq!(node(&d, PathNodeKind::ThisComputer), PathState::Failing);
}

#[test]
fn expired_certificate_loses_to_a_502_but_wins_over_a_200() {
    let mut ev = base();
    ev.tls = Some(TlsObservation {
        outcome: TlsOutcome::Expired,
        days_left: Some(-3),
        ..TlsObservation::default()
    });
    ev.http = Some(response(200, &[("server", "nginx")], ""));
    let d = diagnose(&ev);
    assert_eq!(d.verdict.cause, Cause::TlsExpired);
    assert_eq!(d.verdict.culprit, Culprit::ReverseProxy);
    assert!(d.verdict.summary.contains("expired"));

    ev.http = Some(response(502, &[("server", "nginx")], ""));
    let d = diagnose(&ev);
    assert_eq!(d.verdict.cause, Cause::UpstreamFailed);
    assert!(
        d.verdict.detail.contains("certificate"),
        "{}",
        d.verdict.detail
    );
}

#[test]
fn pending_evidence_says_still_checking() {
    let ev = Evidence {
        planned: ALL.to_vec(),
        ..Evidence::default()
    };
    let d = diagnose(&ev);
    assert_eq!(d.verdict.cause, Cause::Unknown);
    assert_eq!(d.verdict.culprit, Culprit::Unknown);
    assert_eq!(d.verdict.confidence, Confidence::Low);
    assert!(!d.verdict.conclusive);
    assert!(d.verdict.summary.starts_with("Still checking"));
    assert!(d.checklist.iter().all(|i| i.status == ItemStatus::Pending));
    assert_eq!(d.checklist.len(), 5);
    assert!(
        d.path.iter().all(|n| n.state == PathState::Pending),
        "{:?}",
        d.path
    );
}

#[test]
fn empty_evidence_is_an_honest_unknown() {
    let d = diagnose(&Evidence::default());
    assert_eq!(d.verdict.cause, Cause::Unknown);
    assert_eq!(d.verdict.confidence, Confidence::Low);
    assert!(d.verdict.conclusive);
    assert_eq!(d.verdict.summary, wording::no_conclusion());
    assert!(d.checklist.iter().all(|i| i.status != ItemStatus::Pending));
}

#[test]
fn a_failing_local_proxy_is_named() {
    let mut ev = base();
    ev.http = Some(HttpObservation {
        outcome: HttpOutcome::ProxyFailed,
        via_proxy: Some("http://10.0.0.1:3128".into()),
        ..HttpObservation::default()
    });
    let mut conn = net_up();
    conn.proxy = Some(ProxyComparison {
        proxy: "http://10.0.0.1:3128".into(),
        via_proxy: Attempt {
            outcome: HttpOutcome::ProxyFailed,
            ..Attempt::default()
        },
        direct: Attempt {
            outcome: HttpOutcome::Response,
            status: Some(200),
            ..Attempt::default()
        },
    });
    ev.connection = Some(conn);
    let d = diagnose(&ev);
    assert_eq!(d.verdict.culprit, Culprit::LocalProxy);
    assert_eq!(d.verdict.cause, Cause::LocalProxyFailed);
    assert_eq!(d.verdict.confidence, Confidence::High);
    assert_eq!(item(&d, CheckId::Connection), ItemStatus::Fail);
}

#[test]
fn refresh_advice_is_neutral_when_the_culprit_is_unknown() {
    let mut ev = base();
    ev.http = Some(response(404, &[("server", "nginx")], ""));
    ev.refresh = Some(tries(404, "nginx", 3));
    ev.connection = Some(net_up());
    let d = diagnose(&ev);
    assert_eq!(d.verdict.culprit, Culprit::Unknown);
    let refresh = d.checklist.iter().find(|i| i.id == CheckId::Refresh);
    assert_eq!(
        refresh.map(|i| i.advice.as_str()),
        Some("Refreshing did not help.")
    );

    // A known site-side culprit keeps the site-side advice.
    ev.http = Some(response(502, &[("server", "nginx")], ""));
    ev.refresh = Some(tries(502, "nginx", 3));
    let d = diagnose(&ev);
    let refresh = d.checklist.iter().find(|i| i.id == CheckId::Refresh);
    assert!(refresh.is_some_and(|i| i.advice.contains("site's side")));
}
