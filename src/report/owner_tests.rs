//! Owner sections in the Markdown, HTML and text reports, on a finished owner check of a site
//! whose app is down (`test_evidence::owner_502_done`), and the one-line summaries.

use super::*;
use crate::diagnosis::{CheckId, diagnose};
use crate::evidence::paths::PathKind;
use crate::evidence::propagation::ResolverRole;
use crate::evidence::routes::RouteCheck;
use crate::evidence::test_evidence::{burst, healthy, nginx_502, owner_502_done};
use crate::evidence::{Attempt, HttpOutcome, TcpOutcome};
use crate::report::{render_html, render_markdown, render_text};

const WHEN: &str = "2026-11-25T09:14:07Z";

fn report_of(ev: &Evidence) -> Report {
    Report::new(ev, &diagnose(ev), WHEN)
}

fn titles(report: &Report) -> Vec<String> {
    sections(report).into_iter().map(|s| s.title).collect()
}

#[test]
fn owner_report_has_every_section_in_order() {
    let report = report_of(&owner_502_done());
    assert_eq!(
        titles(&report),
        [
            "Edge vs origin",
            "DNS answers for shop.example.com",
            "Ways to reach the site",
            "Static vs dynamic paths",
            "Gentle load test"
        ]
    );
    for s in sections(&report) {
        assert!(
            s.rows.iter().all(|r| r.len() == s.header.len()),
            "{}: every row fills the header",
            s.title
        );
    }
}

#[test]
fn sections_carry_the_owner_data() {
    let report = report_of(&owner_502_done());
    let all = sections(&report);
    let origin = &all[0];
    assert_eq!(origin.rows[0][1], "502", "edge result");
    assert_eq!(
        origin.rows[1],
        ["Straight to the origin 203.0.113.10:443", "502"]
    );
    assert!(
        origin.notes[0].contains("The origin fails too"),
        "{origin:?}"
    );
    let dns = &all[1];
    assert_eq!(dns.header, crate::diagnosis::owner::dns::table_header());
    assert_eq!(dns.rows.len(), 3);
    assert_eq!(dns.rows[1][0], "Cloudflare 1.1.1.1");
    assert_eq!(dns.rows[1][1], "203.0.113.10");
    assert_eq!(dns.notes[0], "3 resolvers agree: 203.0.113.10.");
    let routes = &all[2];
    assert_eq!(
        routes.rows,
        [
            ["IPv4 203.0.113.10:443", "502"],
            ["port 80 (http)", "refused"]
        ]
    );
    let paths = &all[3];
    assert_eq!(paths.rows[0], ["/robots.txt", "static", "200", "3.0 ms"]);
    assert_eq!(
        paths.notes[0],
        "Static vs dynamic: static 1/1 ok, dynamic 0/1 (502)."
    );
    let load = &all[4];
    assert_eq!(load.rows.len(), 3);
    assert_eq!(
        load.rows[2],
        ["4", "6", "5", "200 ×1, 502 ×5", "12 ms", "40 ms"]
    );
    assert!(load.notes[0].contains("a small burst of 13 requests"));
    assert_eq!(
        load.notes[1],
        "Result: 13 requests at 1-4 at once: 0, 0, 5 failed."
    );
    assert!(load.notes[2].contains("overload"), "{load:?}");
}

#[test]
fn markdown_has_commands_and_owner_tables() {
    let ev = owner_502_done();
    let report = report_of(&ev);
    let restart = report
        .checklist
        .iter()
        .find(|i| i.id == CheckId::RestartServer)
        .expect("restart_server item");
    assert!(!restart.commands.is_empty());
    let md = render_markdown(&report);
    let block = format!(
        "Commands for Restart server:\n\n```\n{}\n```\n",
        restart.commands.join("\n")
    );
    assert!(md.contains(&block), "{md}");
    // The commands come after the checklist table, the owner sections before the answer.
    let table = md.find("| Step | Result | Advice |").expect("checklist");
    let commands = md.find("Commands for Restart server").expect("commands");
    let edge = md.find("## Edge vs origin").expect("edge vs origin");
    let answer = md.find("Answer: HTTP 502").expect("answer");
    assert!(table < commands && commands < edge && edge < answer, "{md}");
    assert!(md.contains(
        "| Resolver | Answers | TTL | Result | Time |\n|---|---|---|---|---|\n| This computer | 203.0.113.10 |"
    ));
    assert!(md.contains("| Straight to the origin 203.0.113.10:443 | 502 |"));
    assert!(md.contains("| port 80 (http) | refused |"));
    assert!(md.contains("## Gentle load test"));
    assert!(md.contains("Result: 13 requests at 1-4 at once: 0, 0, 5 failed."));
}

#[test]
fn html_has_commands_per_item_and_escaped_owner_tables() {
    let mut ev = owner_502_done();
    if let Some(routes) = ev.routes.as_mut() {
        routes.routes.push(RouteCheck {
            label: "<script>alert(1)</script>".into(),
            ..RouteCheck::default()
        });
    }
    let report = report_of(&ev);
    let html = render_html(&report);
    let restart = report
        .checklist
        .iter()
        .find(|i| i.id == CheckId::RestartServer)
        .expect("restart_server item");
    let pre = format!(
        "<pre class=\"commands\"><code>{}</code></pre></td></tr>",
        crate::report::html::escape(&restart.commands.join("\n"))
    );
    assert!(html.contains(&pre), "{html}");
    assert!(html.contains("<h2>Edge vs origin</h2>\n<table class=\"owner\">"));
    assert!(html.contains(
        "<thead><tr><th>Resolver</th><th>Answers</th><th>TTL</th><th>Result</th><th>Time</th></tr></thead>"
    ));
    assert!(html.contains("<tr><td>Cloudflare 1.1.1.1</td><td>203.0.113.10</td>"));
    assert!(html.contains("<h2>Gentle load test</h2>"));
    assert!(html.contains("<td>200 ×1, 502 ×5</td>"));
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(!html.contains("<script>"), "nothing runs");
}

#[test]
fn text_has_indented_commands_and_aligned_tables() {
    let report = report_of(&owner_502_done());
    let text = render_text(&report);
    let restart = report
        .checklist
        .iter()
        .find(|i| i.id == CheckId::RestartServer)
        .expect("restart_server item");
    let first = format!("\n{:24}{}\n", "", restart.commands[0]);
    assert!(text.contains(&first), "{text}");
    assert!(text.contains("Edge vs origin:\n  Asked"), "{text}");
    assert!(text.contains("Ways to reach the site:\n  Way                    Result\n  IPv4 203.0.113.10:443  502\n  port 80 (http)         refused\n"), "{text}");
    assert!(text.contains("  Result: 13 requests at 1-4 at once: 0, 0, 5 failed."));
    let verdict = text.find("Verdict: ").expect("verdict");
    assert!(
        text.find("Gentle load test:")
            .is_some_and(|at| at < verdict)
    );
}

#[test]
fn visitor_reports_have_no_owner_sections_and_json_has_no_copy() {
    assert!(report_of(&healthy()).owner.is_none());
    let report = report_of(&nginx_502());
    assert!(report.owner.is_none());
    assert!(sections(&report).is_empty());
    for out in [render_markdown(&report), render_text(&report)] {
        assert!(!out.contains("Commands for"), "{out}");
        assert!(!out.contains("Edge vs origin"), "{out}");
    }
    assert!(!render_html(&report).contains("class=\"owner\""));
    // Owner mode adds no key to the JSON contract: the data is in probes[].details.
    let owner = report_of(&owner_502_done());
    let v: serde_json::Value = serde_json::from_str(&owner.to_json()).unwrap();
    let keys: Vec<&String> = v.as_object().unwrap().keys().collect();
    let visitor: serde_json::Value = serde_json::from_str(&report.to_json()).unwrap();
    assert_eq!(
        keys,
        visitor.as_object().unwrap().keys().collect::<Vec<_>>()
    );
}

#[test]
fn owner_sections_leave_out_probes_that_did_not_report() {
    let mut ev = owner_502_done();
    ev.origin = None;
    ev.burst = None;
    ev.paths = None;
    let report = report_of(&ev);
    assert_eq!(
        titles(&report),
        ["DNS answers for shop.example.com", "Ways to reach the site"]
    );
}

#[test]
fn propagation_summary_says_agree_disagree_or_not_queried() {
    let ev = owner_502_done();
    let mut obs = ev.propagation.clone().unwrap();
    assert_eq!(propagation_summary(&obs), "3 resolvers agree: 203.0.113.10");
    obs.rows[1].addresses = vec!["198.51.100.7".parse().unwrap()];
    assert_eq!(
        propagation_summary(&obs),
        "3 resolvers disagree: 203.0.113.10 (2), 198.51.100.7 (1)"
    );
    obs.rows[2].outcome = ResolverOutcome::Timeout;
    obs.rows[2].role = ResolverRole::Authoritative;
    assert_eq!(
        propagation_summary(&obs),
        "2 resolvers disagree: 203.0.113.10 (1), 198.51.100.7 (1), 1 did not answer"
    );
    obs.rows[0].outcome = ResolverOutcome::NotQueried;
    assert_eq!(propagation_summary(&obs), "not queried (IP literal)");
    obs.rows.clear();
    assert_eq!(propagation_summary(&obs), "no resolver answered");
}

#[test]
fn routes_summary_names_each_way() {
    let mut obs = owner_502_done().routes.unwrap();
    let ok = Attempt {
        outcome: HttpOutcome::Response,
        status: Some(200),
        ..Attempt::default()
    };
    obs.routes[0].http = Some(ok);
    obs.routes.insert(
        1,
        RouteCheck {
            kind: RouteKind::Ipv6,
            tcp: Some(TcpOutcome::Refused),
            ..RouteCheck::default()
        },
    );
    assert_eq!(
        routes_summary(&obs),
        "IPv4 ok, IPv6 refused, port 80 refused"
    );
    assert_eq!(
        routes_summary(&RoutesObservation::default()),
        "no way tried"
    );
}

#[test]
fn origin_summary_compares_with_the_edge_when_known() {
    let ev = owner_502_done();
    let mut origin = ev.origin.clone().unwrap();
    origin.direct.status = Some(200);
    assert_eq!(
        origin_summary(&origin, ev.http.as_ref()),
        "203.0.113.10:443 answered 200 (edge: 502)"
    );
    origin.direct.outcome = HttpOutcome::ConnectRefused;
    origin.direct.status = None;
    assert_eq!(
        origin_summary(&origin, None),
        "203.0.113.10:443 connect refused"
    );
}

#[test]
fn paths_summary_counts_each_kind() {
    let mut obs = owner_502_done().paths.unwrap();
    let mut favicon = obs.checks[0].clone();
    favicon.path = "/favicon.ico".into();
    favicon.status = Some(404);
    obs.checks.insert(1, favicon);
    let mut busted = obs.checks[2].clone();
    busted.outcome = HttpOutcome::Timeout;
    busted.status = None;
    obs.checks.push(busted);
    assert_eq!(
        paths_summary(&obs),
        "static 2/2 ok, dynamic 0/2 (502, timeout)"
    );
    obs.checks.retain(|c| c.kind == PathKind::Dynamic);
    assert_eq!(paths_summary(&obs), "dynamic 0/2 (502, timeout)");
    assert_eq!(
        paths_summary(&PathsObservation::default()),
        "no paths checked"
    );
}

#[test]
fn burst_summary_lists_failures_per_round() {
    let mut b = burst();
    assert_eq!(
        burst_summary(&b),
        "13 requests at 1-4 at once: 0, 0, 5 failed"
    );
    b.rounds.truncate(1);
    b.total_requests = 3;
    b.stopped_early = Some("nothing answered".into());
    assert_eq!(
        burst_summary(&b),
        "3 requests at 1 at once: 0 failed (stopped early: nothing answered)"
    );
    b.enabled = false;
    assert_eq!(burst_summary(&b), "turned off: no extra requests were sent");
}

#[test]
fn server_logs_section_lists_findings_and_redacts_secrets_in_log_lines() {
    use crate::evidence::logs::LogsObservation;
    use crate::logs::{AccessStats, Analysis, FileSummary, Finding, LogFormat, Severity, UrlCount};
    let mut ev = owner_502_done();
    ev.logs = Some(LogsObservation {
        analysis: Analysis {
            files: vec![FileSummary {
                path: "/var/log/nginx/error.log".into(),
                format: LogFormat::NginxError,
                lines: 120,
                skipped: 0,
                error: None,
            }],
            findings: vec![Finding {
                cause: "upstream_refused".into(),
                title: "Backend refused the connection".into(),
                explanation: "Nothing listens.".into(),
                severity: Severity::Error,
                count: 7,
                first_seen: Some("2026-11-25T09:10:00".into()),
                last_seen: Some("2026-11-25T09:14:00".into()),
                subjects: vec!["http://127.0.0.1:9000/login?api_key=s3cr3t&page=2".into()],
                examples: vec![
                    "2026/11/25 09:14:00 [error] 1#1: *9 connect() failed (111: Connection refused), request: \"GET /login?token=abc123 HTTP/1.1\"".into(),
                ],
                fix: "Start the backend.".into(),
                commands: vec!["sudo ss -ltnp".into()],
            }],
            access: Some(AccessStats {
                total: 40,
                per_status: [(502, 7)].into_iter().collect(),
                top_urls: vec![UrlCount {
                    url: "/login".into(),
                    count: 7,
                }],
                per_minute: vec![],
            }),
            cancelled: false,
        },
        read_at_unix: 1_795_598_100,
        local_offset_secs: Some(0),
    });
    let report = report_of(&ev);
    assert_eq!(
        titles(&report).last().map(String::as_str),
        Some("Server logs")
    );
    let json = report.to_json();
    for secret in ["s3cr3t", "abc123"] {
        assert!(
            !json.contains(secret),
            "{secret} leaked into the JSON report"
        );
    }
    assert!(json.contains("\"upstream_refused\"") && json.contains("page=2"));
    let md = render_markdown(&report);
    assert!(
        md.contains("## Server logs")
            && md.contains("| Backend refused the connection | 7 | 2026-11-25T09:14:00 |"),
        "{md}"
    );
    assert!(
        md.contains(
            "Access logs: 40 requests, 7 server errors (7 × 502); failing most: /login (7)."
        ),
        "{md}"
    );
    assert!(!md.contains("s3cr3t"));
    let html = render_html(&report);
    assert!(html.contains("Server logs") && !html.contains("s3cr3t"));
}
