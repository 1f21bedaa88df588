//! `assess` on realistic evidence: the scenario files' `[evidence]` tables, plus hand-made
//! variations (pending probes, origin comparisons).

use super::*;
use crate::evidence::{DnsObservation, HttpObservation, ProbeRecord, ProbeStatus};

fn scenario(text: &str) -> Evidence {
    let table: toml::Table = toml::from_str(text).expect("scenario TOML");
    let evidence = table.get("evidence").cloned().expect("[evidence] table");
    evidence.try_into().expect("evidence fits Evidence")
}

macro_rules! scenario {
    ($name:literal) => {
        scenario(include_str!(concat!(
            "../../../../tests/scenarios/",
            $name,
            ".toml"
        )))
    };
}

fn all_text(item: &ChecklistItem) -> String {
    format!(
        "{} | {} | {}",
        item.finding,
        item.advice,
        item.commands.join(" ; ")
    )
}

#[test]
fn compare_covers_all_four_cases() {
    let ok = Side::new(HttpOutcome::Response, Some(200));
    let not_found = Side::new(HttpOutcome::Response, Some(404));
    let bad = Side::new(HttpOutcome::Response, Some(502));
    let refused = Side::new(HttpOutcome::ConnectRefused, None);
    assert_eq!(compare(bad, ok), Comparison::EdgeFailsOnly);
    assert_eq!(compare(bad, not_found), Comparison::EdgeFailsOnly);
    assert_eq!(compare(bad, refused), Comparison::BothFail);
    assert_eq!(compare(refused, bad), Comparison::BothFail);
    assert_eq!(compare(ok, bad), Comparison::OriginFailsOnly);
    assert_eq!(compare(ok, ok), Comparison::BothWork);
    assert_eq!(refused.describe(), "connection refused");
    assert_eq!(bad.describe(), "answered 502");
}

#[test]
fn cloudflare_522_names_the_edge_and_the_actions() {
    let item = assess(&scenario!("cloudflare_522"));
    assert_eq!(item.id, CheckId::Cdn);
    assert_eq!(item.status, ItemStatus::Fail);
    assert!(
        item.finding
            .starts_with("Cloudflare is in front of the site: address 104.16.1.1"),
        "{}",
        item.finding
    );
    assert!(
        item.finding.contains("made by Cloudflare itself"),
        "{}",
        item.finding
    );
    assert!(item.finding.contains("Cloudflare 522"), "{}", item.finding);
    assert!(
        item.advice.contains("Cloudflare's IP ranges"),
        "{}",
        item.advice
    );
    assert!(item.advice.contains("--origin"), "{}", item.advice);
    assert!(
        item.commands
            .iter()
            .any(|c| c.contains("--resolve shop.example.com:443:ORIGIN_IP")),
        "{:?}",
        item.commands
    );
}

#[test]
fn every_cloudflare_52x_scenario_gets_its_own_action() {
    let cases = [
        (scenario!("cloudflare_520"), "Cloudflare 520"),
        (scenario!("cloudflare_521"), "Cloudflare 521"),
        (scenario!("cloudflare_523"), "Cloudflare 523"),
        (scenario!("cloudflare_524"), "Cloudflare 524"),
        (scenario!("cloudflare_525"), "Cloudflare 525"),
        (scenario!("cloudflare_526"), "Cloudflare 526"),
    ];
    for (ev, title) in cases {
        let item = assess(&ev);
        assert_eq!(item.status, ItemStatus::Fail, "{title}");
        assert!(item.finding.contains(title), "{title}: {}", item.finding);
        assert!(!item.commands.is_empty(), "{title}");
    }
}

#[test]
fn edge_fails_but_origin_answers_blames_the_edge_configuration() {
    let ev = scenario!("cloudflare_525");
    let item = assess_with_origin(&ev, Some(Side::new(HttpOutcome::Response, Some(200))));
    assert_eq!(item.status, ItemStatus::Fail);
    assert!(
        item.finding
            .contains("Bypassing Cloudflare, the origin answered 200"),
        "{}",
        item.finding
    );
    assert!(
        item.finding.contains("CDN/edge configuration"),
        "{}",
        item.finding
    );
    assert!(item.advice.contains("SSL/TLS mode"), "{}", item.advice);
    assert!(!item.advice.contains("--origin IP"), "{}", item.advice);
    assert!(item.commands.iter().any(|c| c.contains("openssl s_client")));
}

#[test]
fn both_failing_points_at_the_origin_stack() {
    let ev = scenario!("cloudflare_521");
    let item = assess_with_origin(&ev, Some(Side::new(HttpOutcome::ConnectRefused, None)));
    assert_eq!(item.status, ItemStatus::Pass);
    assert!(
        item.finding
            .contains("the origin fails too (connection refused)"),
        "{}",
        item.finding
    );
    assert!(
        item.finding.contains("not in Cloudflare"),
        "{}",
        item.finding
    );
    assert!(
        item.advice.starts_with("Fix the origin first"),
        "{}",
        item.advice
    );
}

#[test]
fn edge_works_but_origin_fails_is_a_warning() {
    let ev = scenario!("healthy");
    let item = assess_with_origin(&ev, Some(Side::new(HttpOutcome::Response, Some(502))));
    assert_eq!(item.status, ItemStatus::Warn);
    assert!(
        item.finding
            .contains("straight to the origin it answered 502")
    );
    let item = assess_with_origin(&ev, Some(Side::new(HttpOutcome::Response, Some(200))));
    assert_eq!(item.status, ItemStatus::Pass);
}

#[test]
fn origin_page_passed_on_by_cloudflare_clears_cloudflare() {
    let item = assess(&scenario!("cloudflare_passes_nginx_502"));
    assert_eq!(item.status, ItemStatus::Pass, "{}", all_text(&item));
    assert!(
        item.finding
            .contains("came from nginx behind Cloudflare, which passed it on"),
        "{}",
        item.finding
    );
    assert!(item.commands.is_empty());
}

#[test]
fn cloudflare_own_502_is_inside_cloudflare() {
    let item = assess(&scenario!("cloudflare_own_502"));
    assert_eq!(item.status, ItemStatus::Fail);
    assert!(
        item.finding.contains("a failure inside Cloudflare"),
        "{}",
        item.finding
    );
    assert!(item.advice.contains("cloudflarestatus.com"));
}

#[test]
fn cloudfront_502_gets_the_origin_tls_actions() {
    let item = assess(&scenario!("cloudfront_502"));
    assert_eq!(item.status, ItemStatus::Fail);
    assert!(
        item.finding
            .starts_with("CloudFront is in front of the site")
    );
    assert!(item.finding.contains("CloudFront 502"), "{}", item.finding);
    assert!(
        item.advice.contains("origin domain name"),
        "{}",
        item.advice
    );
}

#[test]
fn alb_502_gets_the_keep_alive_advice() {
    let item = assess(&scenario!("aws_alb_502"));
    assert_eq!(item.status, ItemStatus::Fail, "{}", all_text(&item));
    assert!(
        item.finding
            .starts_with("The AWS load balancer is in front"),
        "{}",
        item.finding
    );
    assert!(
        item.commands
            .iter()
            .any(|c| c.contains("keepalive_timeout 65s"))
    );
}

#[test]
fn fastly_first_byte_timeout_is_recognised() {
    let item = assess(&scenario!("fastly_503_first_byte_timeout"));
    assert_eq!(item.status, ItemStatus::Fail, "{}", all_text(&item));
    assert!(
        item.finding.contains("first byte timeout"),
        "{}",
        item.finding
    );
    assert!(
        item.commands
            .iter()
            .any(|c| c.contains("first-byte-timeout"))
    );
}

#[test]
fn no_cdn_seen_passes_and_says_so() {
    let item = assess(&scenario!("nginx_502_app_down"));
    assert_eq!(item.status, ItemStatus::Pass);
    assert!(
        item.finding.starts_with("No CDN or load balancer seen"),
        "{}",
        item.finding
    );
    assert!(item.finding.contains("came from nginx"), "{}", item.finding);
    let item = assess(&scenario!("tcp_refused"));
    assert_eq!(item.status, ItemStatus::Pass);
    assert!(
        item.finding
            .contains("No response came back (connection refused)")
    );
}

#[test]
fn pending_until_page_and_dns_report() {
    let mut ev = Evidence {
        planned: vec![ProbeKind::Dns, ProbeKind::Http],
        ..Evidence::default()
    };
    assert_eq!(assess(&ev).status, ItemStatus::Pending);
    ev.dns = Some(DnsObservation {
        addresses: vec!["151.101.1.1".parse().expect("ip")],
        ..DnsObservation::default()
    });
    ev.finished.push(ProbeKind::Dns);
    assert_eq!(assess(&ev).status, ItemStatus::Pending);
    ev.http = Some(HttpObservation {
        status: Some(200),
        ..HttpObservation::default()
    });
    ev.finished.push(ProbeKind::Http);
    let item = assess(&ev);
    assert_eq!(item.status, ItemStatus::Pass);
    assert!(
        item.finding.starts_with("Fastly is in front"),
        "{}",
        item.finding
    );
}

#[test]
fn pending_while_the_origin_comparison_runs() {
    let mut ev = scenario!("cloudflare_522");
    ev.planned.push(ProbeKind::Origin);
    let item = assess(&ev);
    assert_eq!(item.status, ItemStatus::Pending);
    assert!(item.finding.contains("Cloudflare is in front"));
    assert!(item.finding.ends_with("Comparing with the origin…"));
}

#[test]
fn skipped_when_nothing_was_asked() {
    let ev = Evidence {
        planned: vec![ProbeKind::Http],
        finished: vec![ProbeKind::Http],
        probes: vec![ProbeRecord {
            kind: ProbeKind::Http,
            status: ProbeStatus::Skipped,
            details: serde_json::json!({ "reason": "the name did not resolve" }),
            ..ProbeRecord::new(ProbeKind::Http)
        }],
        ..Evidence::default()
    };
    let item = assess(&ev);
    assert_eq!(item.status, ItemStatus::Skipped);
    assert_eq!(item.finding, "Not checked: the name did not resolve.");
}

#[test]
fn a_skipped_origin_probe_gives_its_reason() {
    let mut ev = scenario!("cloudflare_522");
    ev.planned.push(ProbeKind::Origin);
    ev.finished.push(ProbeKind::Origin);
    ev.probes.push(ProbeRecord {
        kind: ProbeKind::Origin,
        status: ProbeStatus::Skipped,
        details: serde_json::json!({ "reason": "no --origin given" }),
        ..ProbeRecord::new(ProbeKind::Origin)
    });
    let item = assess(&ev);
    assert_eq!(item.status, ItemStatus::Fail);
    assert!(
        item.advice
            .contains("The origin was not asked directly (no --origin given)."),
        "{}",
        item.advice
    );
}

#[test]
fn cname_only_cdn_with_a_timeout_is_info() {
    let ev = Evidence {
        planned: vec![ProbeKind::Dns, ProbeKind::Http],
        finished: vec![ProbeKind::Dns, ProbeKind::Http],
        dns: Some(DnsObservation {
            cname_chain: vec!["shop.b-cdn.net".into()],
            addresses: vec!["203.0.113.7".parse().expect("ip")],
            ..DnsObservation::default()
        }),
        http: Some(HttpObservation {
            outcome: HttpOutcome::Timeout,
            ..HttpObservation::default()
        }),
        ..Evidence::default()
    };
    let item = assess(&ev);
    assert_eq!(item.status, ItemStatus::Info, "{}", all_text(&item));
    assert!(
        item.finding.starts_with("Bunny CDN is in front"),
        "{}",
        item.finding
    );
    assert!(
        item.finding
            .contains("No response came back through Bunny CDN (no answer in time)"),
        "{}",
        item.finding
    );
}
