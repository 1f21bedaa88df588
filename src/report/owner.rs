//! Owner mode in the reports and the live CLI: what a site owner needs beyond the checklist (edge
//! vs origin, the DNS answers of every resolver, the ways to reach the site, static vs dynamic
//! paths, the gentle load test) as plain titled tables, which the Markdown, HTML and text reports
//! each draw their own way, so the three agree; and the one-line summaries the CLI prints as each
//! owner probe finishes.
//!
//! The data comes from the evidence when the report is made (`OwnerData`); it is not a second
//! copy in the JSON report, where the same observations already are in `probes[].details`.

use super::Report;
use crate::diagnosis::owner::dns::{TABLE_HEADER, same_answer, table_rows};
use crate::diagnosis::owner::origin::{OriginComparison, compare_origin, result_text};
use crate::evidence::burst::BurstObservation;
use crate::evidence::origin::OriginObservation;
use crate::evidence::paths::{PathCheck, PathKind, PathsObservation};
use crate::evidence::propagation::{PropagationObservation, ResolverOutcome, ResolverRow};
use crate::evidence::routes::{RouteCheck, RouteKind, RoutesObservation};
use crate::evidence::{Evidence, HttpObservation, Mode};

/// The owner observations a report shows (owner mode only).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct OwnerData {
    pub origin: Option<OriginComparison>,
    pub propagation: Option<PropagationObservation>,
    pub routes: Option<RoutesObservation>,
    pub paths: Option<PathsObservation>,
    pub burst: Option<BurstObservation>,
}

impl OwnerData {
    /// `None` in visitor mode: visitor reports have no owner sections.
    pub fn of(ev: &Evidence) -> Option<OwnerData> {
        (ev.mode == Mode::Owner).then(|| OwnerData {
            origin: compare_origin(ev),
            propagation: ev.propagation.clone(),
            routes: ev.routes.clone(),
            paths: ev.paths.clone(),
            burst: ev.burst.clone(),
        })
    }
}

/// One owner section: a titled table and the sentences under it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Section {
    pub title: String,
    pub header: Vec<String>,
    /// Each row has as many cells as `header`.
    pub rows: Vec<Vec<String>>,
    pub notes: Vec<String>,
}

/// The owner sections of a report in the order the reports show them; empty in visitor mode and
/// for probes that did not report.
pub fn sections(report: &Report) -> Vec<Section> {
    let Some(data) = report.owner.as_deref() else {
        return Vec::new();
    };
    let mut out = Vec::new();
    if let Some(cmp) = &data.origin {
        out.push(origin_section(cmp));
    }
    if let Some(obs) = data.propagation.as_ref().filter(|o| !o.rows.is_empty()) {
        out.push(dns_section(obs));
    }
    if let Some(obs) = data.routes.as_ref().filter(|o| !o.routes.is_empty()) {
        out.push(routes_section(obs));
    }
    if let Some(obs) = data.paths.as_ref().filter(|o| !o.checks.is_empty()) {
        out.push(paths_section(obs));
    }
    if let Some(obs) = &data.burst {
        out.push(burst_section(obs));
    }
    if let Some(analysis) = &report.logs {
        out.push(logs_section(analysis));
    }
    out
}

/// What the server logs given showed: one row per finding, the access logs' 5xx in the notes.
fn logs_section(a: &crate::logs::Analysis) -> Section {
    let rows = a
        .findings
        .iter()
        .map(|f| {
            vec![
                f.title.clone(),
                f.count.to_string(),
                f.last_seen.clone().unwrap_or_else(|| "-".into()),
                f.subjects.join(", "),
            ]
        })
        .collect();
    let mut notes: Vec<String> = a
        .files
        .iter()
        .map(|f| match &f.error {
            Some(e) => format!("Not read: {e}"),
            None => format!("{}: {}, {} lines", f.path, f.format.describe(), f.lines),
        })
        .collect();
    if a.findings.is_empty() {
        notes.push("No known 502/504 cause in these logs.".into());
    }
    if let Some(access) = &a.access {
        let per_status: Vec<String> = access
            .per_status
            .iter()
            .map(|(s, n)| format!("{n} × {s}"))
            .collect();
        let top: Vec<String> = access
            .top_urls
            .iter()
            .take(5)
            .map(|u| format!("{} ({})", u.url, u.count))
            .collect();
        notes.push(format!(
            "Access logs: {} requests, {} server errors{}{}",
            access.total,
            a.access_5xx(),
            if per_status.is_empty() {
                String::new()
            } else {
                format!(" ({})", per_status.join(", "))
            },
            if top.is_empty() {
                ".".to_string()
            } else {
                format!("; failing most: {}.", top.join(", "))
            }
        ));
    }
    if a.cancelled {
        notes.push("Reading was cancelled: only part of the logs was read.".into());
    }
    Section {
        title: "Server logs".into(),
        header: strings(["Finding", "Times", "Last seen", "Involved"]),
        rows,
        notes,
    }
}

fn strings<const N: usize>(cells: [&str; N]) -> Vec<String> {
    cells.iter().map(|c| c.to_string()).collect()
}

fn origin_section(cmp: &OriginComparison) -> Section {
    let mut notes = vec![cmp.summary.clone()];
    notes.extend(cmp.certificate_notes.iter().cloned());
    Section {
        title: "Edge vs origin".into(),
        header: strings(["Asked", "Answer"]),
        rows: vec![
            vec![
                "Through the site's address (edge)".into(),
                cmp.edge_result.clone(),
            ],
            vec![
                format!("Straight to the origin {}", cmp.origin),
                cmp.origin_result.clone(),
            ],
        ],
        notes,
    }
}

fn dns_section(obs: &PropagationObservation) -> Section {
    let mut notes = vec![format!("{}.", propagation_summary(obs))];
    if !obs.expected.is_empty() {
        notes.push(format!("Expected (--expect-ip): {}.", join(&obs.expected)));
    }
    if let Some(e) = &obs.discovery_error {
        notes.push(format!("The domain's name servers were not found: {e}."));
    }
    Section {
        title: format!("DNS answers for {}", obs.name),
        header: strings(TABLE_HEADER),
        rows: table_rows(obs).into_iter().map(Vec::from).collect(),
        notes,
    }
}

fn routes_section(obs: &RoutesObservation) -> Section {
    let mut notes = Vec::new();
    if let Some(p) = &obs.proxy {
        notes.push(format!("The system proxy for the site: {p}."));
    }
    Section {
        title: "Ways to reach the site".into(),
        header: strings(["Way", "Result"]),
        rows: obs
            .routes
            .iter()
            .map(|r| vec![r.label.clone(), r.result_text()])
            .collect(),
        notes,
    }
}

fn paths_section(obs: &PathsObservation) -> Section {
    let mut notes = vec![format!("Static vs dynamic: {}.", paths_summary(obs))];
    if !obs.app.plugins.is_empty() {
        notes.push(format!(
            "WordPress plugins seen in the page: {}.",
            obs.app.plugins.join(", ")
        ));
    }
    Section {
        title: "Static vs dynamic paths".into(),
        header: strings(["Path", "Kind", "Result", "Time"]),
        rows: obs
            .checks
            .iter()
            .map(|c| {
                vec![
                    c.path.clone(),
                    kind_word(c.kind).into(),
                    path_result(c),
                    ms(c.total_ms),
                ]
            })
            .collect(),
        notes,
    }
}

fn burst_section(obs: &BurstObservation) -> Section {
    let mut notes = Vec::new();
    if !obs.label.is_empty() {
        notes.push(format!("What was sent: {}.", obs.label));
    }
    notes.push(format!("Result: {}.", burst_summary(obs)));
    if obs.failures_grow_with_concurrency() {
        notes.push(
            "Failures grow with the number of requests at once: the server runs out of workers \
             (overload)."
                .into(),
        );
    }
    Section {
        title: "Gentle load test".into(),
        header: strings([
            "At once", "Requests", "Failed", "Answers", "Median", "Slowest",
        ]),
        rows: obs
            .rounds
            .iter()
            .map(|r| {
                let answers: Vec<String> = r
                    .statuses
                    .iter()
                    .map(|(k, n)| format!("{k} ×{n}"))
                    .collect();
                vec![
                    r.concurrency.to_string(),
                    r.requests.to_string(),
                    r.failures.to_string(),
                    answers.join(", "),
                    ms(r.p50_ms),
                    ms(r.max_ms),
                ]
            })
            .collect(),
        notes,
    }
}

fn kind_word(kind: PathKind) -> &'static str {
    match kind {
        PathKind::Static => "static",
        PathKind::Dynamic => "dynamic",
    }
}

/// "200", or the outcome in words ("timeout").
fn path_result(c: &PathCheck) -> String {
    match c.status.filter(|_| c.outcome.is_response()) {
        Some(s) => s.to_string(),
        None => crate::text::serde_plain(&c.outcome).replace('_', " "),
    }
}

fn ms(v: Option<f64>) -> String {
    v.filter(|v| v.is_finite())
        .map(|v| format!("{} ms", super::markdown::short_ms(v)))
        .unwrap_or_else(|| "—".into())
}

fn join<T: ToString>(items: &[T]) -> String {
    items
        .iter()
        .map(T::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

// ---------------------------------------------------------------------------------------------
// One-line summaries (the live CLI, and the notes above).

/// "3 resolvers agree: 203.0.113.10", "3 resolvers disagree: 192.0.2.1 (2), 192.0.2.9 (1)",
/// "not queried (IP literal)".
pub fn propagation_summary(obs: &PropagationObservation) -> String {
    if obs
        .rows
        .iter()
        .any(|r| r.outcome == ResolverOutcome::NotQueried)
    {
        return "not queried (IP literal)".into();
    }
    let answered: Vec<&ResolverRow> = obs.rows.iter().filter(|r| r.outcome.is_answer()).collect();
    let silent = obs.rows.len() - answered.len();
    let mut groups: Vec<(&ResolverRow, usize)> = Vec::new();
    for row in &answered {
        match groups.iter_mut().find(|(first, _)| same_answer(first, row)) {
            Some((_, n)) => *n += 1,
            None => groups.push((row, 1)),
        }
    }
    let mut s = match groups.as_slice() {
        [] => "no resolver answered".to_string(),
        [(row, 1)] => format!("1 resolver answered: {}", answer(row)),
        [(row, n)] => format!("{n} resolvers agree: {}", answer(row)),
        _ => {
            let parts: Vec<String> = groups
                .iter()
                .map(|(row, n)| format!("{} ({n})", answer(row)))
                .collect();
            format!(
                "{} resolvers disagree: {}",
                answered.len(),
                parts.join(", ")
            )
        }
    };
    if silent > 0 && !answered.is_empty() {
        s.push_str(&format!(", {silent} did not answer"));
    }
    s
}

/// A row's answer in a few words: its addresses, its CNAME target, or the negative answer.
fn answer(row: &ResolverRow) -> String {
    match row.outcome {
        ResolverOutcome::NxDomain => "NXDOMAIN".into(),
        ResolverOutcome::NoRecords => "no A/AAAA records".into(),
        _ if !row.addresses.is_empty() => join(&row.address_set()),
        _ => row
            .cname_chain
            .last()
            .map(|c| format!("CNAME {c}"))
            .unwrap_or_else(|| "no address".into()),
    }
}

/// "IPv4 ok, IPv6 refused, port 80 refused".
pub fn routes_summary(obs: &RoutesObservation) -> String {
    if obs.routes.is_empty() {
        return "no way tried".into();
    }
    let parts: Vec<String> = obs
        .routes
        .iter()
        .map(|r| {
            let result = if r.succeeded() {
                "ok".to_string()
            } else {
                r.result_text()
            };
            format!("{} {result}", route_name(r))
        })
        .collect();
    parts.join(", ")
}

fn route_name(r: &RouteCheck) -> String {
    let port = |default: u16| r.address.map(|a| a.port()).unwrap_or(default);
    match r.kind {
        RouteKind::HttpPort => format!("port {}", port(80)),
        RouteKind::HttpsPort => format!("port {}", port(443)),
        RouteKind::Ipv4 => "IPv4".into(),
        RouteKind::Ipv6 => "IPv6".into(),
    }
}

/// "203.0.113.10:443 answered 200 (edge: 502)"; without the edge part while the edge's answer
/// is not in.
pub fn origin_summary(obs: &OriginObservation, edge: Option<&HttpObservation>) -> String {
    let direct = &obs.direct;
    let verb = if direct.outcome.is_response() {
        "answered "
    } else {
        ""
    };
    let mut s = format!("{} {verb}{}", obs.origin, result_text(direct));
    if let Some(e) = edge {
        s.push_str(&format!(" (edge: {})", result_text(e)));
    }
    s
}

/// "static 2/2 ok, dynamic 0/2 (502)".
pub fn paths_summary(obs: &PathsObservation) -> String {
    let parts: Vec<String> = [PathKind::Static, PathKind::Dynamic]
        .into_iter()
        .filter_map(|kind| {
            let checks: Vec<&PathCheck> = obs.of_kind(kind).collect();
            if checks.is_empty() {
                return None;
            }
            let ok = checks.iter().filter(|c| c.answered()).count();
            let mut failed: Vec<String> = Vec::new();
            for c in checks.iter().filter(|c| !c.answered()) {
                let r = path_result(c);
                if !failed.contains(&r) {
                    failed.push(r);
                }
            }
            let result = if failed.is_empty() {
                "ok".to_string()
            } else {
                format!("({})", failed.join(", "))
            };
            Some(format!(
                "{} {ok}/{} {result}",
                kind_word(kind),
                checks.len()
            ))
        })
        .collect();
    if parts.is_empty() {
        "no paths checked".into()
    } else {
        parts.join(", ")
    }
}

/// "13 requests at 1-4 at once: 0, 0, 5 failed"; "turned off" when it was.
pub fn burst_summary(obs: &BurstObservation) -> String {
    if !obs.enabled {
        return "turned off: no extra requests were sent".into();
    }
    let (Some(low), Some(high)) = (obs.rounds.first(), obs.rounds.last()) else {
        return "no requests sent".into();
    };
    let at = if low.concurrency == high.concurrency {
        low.concurrency.to_string()
    } else {
        format!("{}-{}", low.concurrency, high.concurrency)
    };
    let failures: Vec<String> = obs.rounds.iter().map(|r| r.failures.to_string()).collect();
    let mut s = format!(
        "{} requests at {at} at once: {} failed",
        obs.total_requests,
        failures.join(", ")
    );
    if let Some(why) = &obs.stopped_early {
        s.push_str(&format!(" (stopped early: {why})"));
    }
    s
}

#[cfg(test)]
#[path = "owner_tests.rs"]
mod tests;
