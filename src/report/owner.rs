//! Owner mode in the reports and the live CLI: what a site owner needs beyond the checklist (edge
//! vs origin, the DNS answers of every resolver, the ways to reach the site, static vs dynamic
//! paths, the gentle load test) as plain titled tables, which the Markdown, HTML and text reports
//! each draw their own way, so the three agree; and the one-line summaries the CLI prints as each
//! owner probe finishes.
//!
//! The data comes from the evidence when the report is made (`OwnerData`); it is not a second
//! copy in the JSON report, where the same observations already are in `probes[].details`.

use super::Report;
use crate::diagnosis::owner::dns::{same_answer, table_header, table_rows};
use crate::diagnosis::owner::origin::{OriginComparison, compare_origin, result_text};
use crate::evidence::burst::BurstObservation;
use crate::evidence::origin::OriginObservation;
use crate::evidence::paths::{PathCheck, PathKind, PathsObservation};
use crate::evidence::propagation::{PropagationObservation, ResolverOutcome, ResolverRow};
use crate::evidence::routes::{RouteCheck, RouteKind, RoutesObservation};
use crate::evidence::say_result;
use crate::evidence::{Evidence, HttpObservation, Mode};
use crate::i18n::tr;
use crate::t;

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
            Some(e) => t!("pg-owner-logs-not-read", error = e.as_str()),
            None => t!(
                "pg-owner-logs-file",
                path = f.path.as_str(),
                format = f.format.describe(),
                lines = f.lines
            ),
        })
        .collect();
    if a.findings.is_empty() {
        notes.push(t!("pg-owner-logs-none"));
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
        let key = match (per_status.is_empty(), top.is_empty()) {
            (true, true) => "pg-owner-logs-access",
            (false, true) => "pg-owner-logs-access-statuses",
            (true, false) => "pg-owner-logs-access-top",
            (false, false) => "pg-owner-logs-access-statuses-top",
        };
        notes.push(tr(
            key,
            &[
                ("total", access.total.into()),
                ("errors", a.access_5xx().into()),
                ("statuses", per_status.join(", ").into()),
                ("urls", top.join(", ").into()),
            ],
        ));
    }
    if a.cancelled {
        notes.push(t!("pg-owner-logs-cancelled"));
    }
    Section {
        title: t!("pg-owner-logs-title"),
        header: words([
            "pg-owner-logs-col-finding",
            "pg-owner-logs-col-times",
            "pg-owner-logs-col-last-seen",
            "pg-owner-logs-col-involved",
        ]),
        rows,
        notes,
    }
}

/// The messages `keys` in the current language (a table's header).
fn words<const N: usize>(keys: [&str; N]) -> Vec<String> {
    keys.iter().map(|k| tr(k, &[])).collect()
}

fn origin_section(cmp: &OriginComparison) -> Section {
    let mut notes = vec![cmp.summary.clone()];
    notes.extend(cmp.certificate_notes.iter().cloned());
    Section {
        title: t!("pg-owner-origin-title"),
        header: words(["pg-owner-origin-col-asked", "pg-owner-origin-col-answer"]),
        rows: vec![
            vec![t!("pg-owner-origin-edge"), say_result(&cmp.edge_result)],
            vec![
                t!("pg-owner-origin-direct", origin = cmp.origin.as_str()),
                say_result(&cmp.origin_result),
            ],
        ],
        notes,
    }
}

fn dns_section(obs: &PropagationObservation) -> Section {
    let mut notes = vec![format!("{}.", propagation_summary(obs))];
    if !obs.expected.is_empty() {
        notes.push(t!("pg-owner-dns-expected", addresses = join(&obs.expected)));
    }
    if let Some(e) = &obs.discovery_error {
        notes.push(t!("pg-owner-dns-no-name-servers", error = e.as_str()));
    }
    Section {
        title: t!("pg-owner-dns-title", name = obs.name.as_str()),
        header: table_header().to_vec(),
        rows: table_rows(obs).into_iter().map(Vec::from).collect(),
        notes,
    }
}

fn routes_section(obs: &RoutesObservation) -> Section {
    let mut notes = Vec::new();
    if let Some(p) = &obs.proxy {
        notes.push(t!("pg-owner-routes-proxy", proxy = p.to_string()));
    }
    Section {
        title: t!("pg-owner-routes-title"),
        header: words(["pg-owner-routes-col-way", "pg-owner-routes-col-result"]),
        rows: obs
            .routes
            .iter()
            .map(|r| vec![r.label.clone(), say_result(&r.result_text())])
            .collect(),
        notes,
    }
}

fn paths_section(obs: &PathsObservation) -> Section {
    let mut notes = vec![t!("pg-owner-paths-summary", summary = paths_summary(obs))];
    if !obs.app.plugins.is_empty() {
        notes.push(t!(
            "pg-owner-paths-plugins",
            plugins = obs.app.plugins.join(", ")
        ));
    }
    Section {
        title: t!("pg-owner-paths-title"),
        header: words([
            "pg-owner-paths-col-path",
            "pg-owner-paths-col-kind",
            "pg-owner-paths-col-result",
            "pg-owner-paths-col-time",
        ]),
        rows: obs
            .checks
            .iter()
            .map(|c| {
                vec![
                    c.path.clone(),
                    kind_word(c.kind),
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
        notes.push(t!("pg-owner-burst-sent", what = obs.label.as_str()));
    }
    notes.push(t!("pg-owner-burst-result", summary = burst_summary(obs)));
    if obs.failures_grow_with_concurrency() {
        notes.push(t!("pg-owner-burst-overload"));
    }
    Section {
        title: t!("pg-owner-burst-title"),
        header: words([
            "pg-owner-burst-col-at-once",
            "pg-owner-burst-col-requests",
            "pg-owner-burst-col-failed",
            "pg-owner-burst-col-answers",
            "pg-owner-burst-col-median",
            "pg-owner-burst-col-slowest",
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

fn kind_word(kind: PathKind) -> String {
    match kind {
        PathKind::Static => t!("pg-kind-static"),
        PathKind::Dynamic => t!("pg-kind-dynamic"),
    }
}

/// "200", or the outcome in words ("timeout").
fn path_result(c: &PathCheck) -> String {
    match c.status.filter(|_| c.outcome.is_response()) {
        Some(s) => s.to_string(),
        None => say_result(&crate::text::serde_plain(&c.outcome)),
    }
}

fn ms(v: Option<f64>) -> String {
    v.filter(|v| v.is_finite())
        .map(|v| t!("pg-ms", ms = super::markdown::short_ms(v)))
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
        return t!("pg-dns-not-queried");
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
    let s = match groups.as_slice() {
        [] => t!("pg-dns-no-answer"),
        [(row, 1)] => t!("pg-dns-one-answered", answer = answer(row)),
        [(row, n)] => t!("pg-dns-agree", count = *n, answer = answer(row)),
        _ => {
            let parts: Vec<String> = groups
                .iter()
                .map(|(row, n)| format!("{} ({n})", answer(row)))
                .collect();
            t!(
                "pg-dns-disagree",
                count = answered.len(),
                answers = parts.join(", ")
            )
        }
    };
    if silent > 0 && !answered.is_empty() {
        return t!("pg-dns-silent", summary = s, count = silent);
    }
    s
}

/// A row's answer in a few words: its addresses, its CNAME target, or the negative answer.
fn answer(row: &ResolverRow) -> String {
    match row.outcome {
        ResolverOutcome::NxDomain => "NXDOMAIN".into(),
        ResolverOutcome::NoRecords => t!("pg-dns-no-records"),
        _ if !row.addresses.is_empty() => join(&row.address_set()),
        _ => row
            .cname_chain
            .last()
            .map(|c| format!("CNAME {c}"))
            .unwrap_or_else(|| t!("pg-dns-no-address")),
    }
}

/// "IPv4 ok, IPv6 refused, port 80 refused".
pub fn routes_summary(obs: &RoutesObservation) -> String {
    if obs.routes.is_empty() {
        return t!("pg-routes-none");
    }
    let parts: Vec<String> = obs
        .routes
        .iter()
        .map(|r| {
            let result = if r.succeeded() {
                t!("pg-ok")
            } else {
                say_result(&r.result_text())
            };
            format!("{} {result}", route_name(r))
        })
        .collect();
    parts.join(", ")
}

fn route_name(r: &RouteCheck) -> String {
    let port = |default: u16| r.address.map(|a| a.port()).unwrap_or(default);
    match r.kind {
        RouteKind::HttpPort => t!("pg-route-port", port = port(80).to_string()),
        RouteKind::HttpsPort => t!("pg-route-port", port = port(443).to_string()),
        RouteKind::Ipv4 => "IPv4".into(),
        RouteKind::Ipv6 => "IPv6".into(),
    }
}

/// "203.0.113.10:443 answered 200 (edge: 502)"; without the edge part while the edge's answer
/// is not in.
pub fn origin_summary(obs: &OriginObservation, edge: Option<&HttpObservation>) -> String {
    let direct = &obs.direct;
    let origin = obs.origin.to_string();
    let result = say_result(&result_text(direct));
    match (direct.outcome.is_response(), edge) {
        (true, None) => t!("pg-origin-answered", origin = origin, result = result),
        (true, Some(e)) => t!(
            "pg-origin-answered-edge",
            origin = origin,
            result = result,
            edge = say_result(&result_text(e))
        ),
        (false, Some(e)) => t!(
            "pg-origin-edge",
            origin = origin,
            result = result,
            edge = say_result(&result_text(e))
        ),
        (false, None) => format!("{origin} {result}"),
    }
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
                t!("pg-ok")
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
        t!("pg-paths-none")
    } else {
        parts.join(", ")
    }
}

/// "13 requests at 1-4 at once: 0, 0, 5 failed"; "turned off" when it was.
pub fn burst_summary(obs: &BurstObservation) -> String {
    if !obs.enabled {
        return t!("pg-burst-off");
    }
    let (Some(low), Some(high)) = (obs.rounds.first(), obs.rounds.last()) else {
        return t!("pg-burst-none");
    };
    let at = if low.concurrency == high.concurrency {
        low.concurrency.to_string()
    } else {
        format!("{}-{}", low.concurrency, high.concurrency)
    };
    let failures: Vec<String> = obs.rounds.iter().map(|r| r.failures.to_string()).collect();
    match &obs.stopped_early {
        None => t!(
            "pg-burst-summary",
            total = obs.total_requests,
            at = at,
            failures = failures.join(", ")
        ),
        Some(why) => t!(
            "pg-burst-summary-stopped",
            total = obs.total_requests,
            at = at,
            failures = failures.join(", "),
            why = why.as_str()
        ),
    }
}

#[cfg(test)]
#[path = "owner_tests.rs"]
mod tests;
