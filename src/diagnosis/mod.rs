//! Diagnosis: a pure function from (possibly partial) evidence to the verdict and the checklist.
//!
//! No I/O here: the GUI calls `diagnose` after every probe event and the CLI and reports call it
//! once at the end, so all of them agree. Rules are tested with scenario files in
//! `tests/scenarios/*.toml` (evidence in, verdict out).
//!
//! Files: `facts` derives what every part asks of the evidence; `verdict` (with `http_rules`
//! for responses, `reach` for targets that gave none, `proxy` for a proxy on this computer, and
//! `timeouts` for known default limits) picks the culprit and cause, which `log_evidence` (the
//! server logs), `server_evidence` (the server checks, run on the server itself) and
//! `world_evidence` (Globalping) then refine; `checklist` builds the visitor
//! steps and `owner/` the owner items; `path` the drawn request path; `wording` holds the plain
//! sentences; `responder` wraps `fingerprint` with a small `Server`-header fallback.
//!
//! Honesty rules: weak evidence gives culprit `unknown` with confidence `low`; nothing is claimed
//! about a layer no probe saw. `verdict.conclusive` is true once every planned probe reported, or
//! earlier when the verdict is already certain (high confidence, main, refresh and connection
//! steps done).
//!
//! Checklist item statuses mean, for every item:
//! - `pass`: this step was tried and is fine, or would not change anything (not the problem);
//! - `fail`: this step reproduces the failure, or shows where it is (e.g. the cached request
//!   fails, the connection is down, refreshing fails every time);
//! - `warn`: mixed results: the step makes a difference some of the time (some refreshes work,
//!   some browsers are filtered);
//! - `info`: advice without a pass/fail test (how long to wait, or why waiting won't help);
//! - `skipped`: the step did not run, or cannot run because the site is unreachable (the finding
//!   says why);
//! - `pending`: the probe this step needs has not reported yet.

mod cause;
mod checklist;
mod facts;
mod http2;
mod http_rules;
pub mod log_evidence;
pub mod owner;
mod path;
mod proxy;
mod reach;
mod responder;
mod server_evidence;
pub mod status_evidence;
mod timeouts;
mod verdict;
pub mod wording;
mod world_evidence;

use crate::evidence::Evidence;
use crate::fingerprint::Responder;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use verdict::Finding;

pub use cause::{Cause, CauseFamily};
pub use checklist::{MAX_WAIT_SECS, retry_after_secs};
pub use responder::software_from_server;
pub use world_evidence::world_summary;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum VerdictStatus {
    Healthy,
    Failing,
    Intermittent,
    #[default]
    Unreachable,
}

/// Which layer failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Culprit {
    None,
    YourConnection,
    LocalProxy,
    Dns,
    Cdn,
    LoadBalancer,
    ReverseProxy,
    UpstreamApp,
    #[default]
    Unknown,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Confidence {
    High,
    Medium,
    #[default]
    Low,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Verdict {
    pub status: VerdictStatus,
    pub culprit: Culprit,
    /// What failed; in JSON its snake_case id ("upstream_refused", "dns_nxdomain" ...).
    pub cause: Cause,
    /// One plain sentence for a non-technical reader.
    pub summary: String,
    pub confidence: Confidence,
    /// One more technical line for the site owner (may be empty).
    pub detail: String,
    /// False until every planned probe has reported: the verdict may still change.
    pub conclusive: bool,
}

/// The checklist items (visitor steps first, then owner steps).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CheckId {
    Refresh,
    ClearCache,
    OtherBrowser,
    Connection,
    Wait,
    RestartServer,
    ServerLogs,
    Plugins,
    Dns,
    FirewallProxy,
    PhpLimits,
    Cdn,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ItemStatus {
    Pass,
    Fail,
    Warn,
    Info,
    Skipped,
    Pending,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ChecklistItem {
    pub id: CheckId,
    pub status: ItemStatus,
    /// What we observed, one or two plain sentences.
    pub finding: String,
    /// What to do next.
    pub advice: String,
    /// How long to wait before trying again (only on `wait`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub wait_secs: Option<u64>,
    /// Commands the site owner can copy and run (owner items), e.g. `systemctl restart php8.2-fpm`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub commands: Vec<String>,
}

impl ChecklistItem {
    pub fn new(
        id: CheckId,
        status: ItemStatus,
        finding: impl Into<String>,
        advice: impl Into<String>,
    ) -> ChecklistItem {
        ChecklistItem {
            id,
            status,
            finding: finding.into(),
            advice: advice.into(),
            wait_secs: None,
            commands: Vec::new(),
        }
    }
}

/// One node of the request path drawn in the UI and reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PathNodeKind {
    ThisComputer,
    Dns,
    Edge,
    WebServer,
    Application,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PathState {
    Working,
    Failing,
    NotPresent,
    Unknown,
    Pending,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PathNode {
    pub kind: PathNodeKind,
    pub state: PathState,
    /// e.g. "nginx", "Cloudflare".
    pub label: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Diagnosis {
    pub verdict: Verdict,
    pub responder: Responder,
    pub request_ids: BTreeMap<String, String>,
    pub checklist: Vec<ChecklistItem>,
    pub path: Vec<PathNode>,
    /// "Down for everyone?" in one sentence, when the world was asked.
    #[serde(default)]
    pub world_summary: Option<String>,
}

/// Diagnose what is known so far. Never panics, whatever is missing.
/// The time limit of the CDN or platform the check saw in front of the site (Cloudflare's
/// 100 s, CloudFront's 30 s, Fastly's 15 s ...), from the known defaults; `None` without one.
pub fn edge_limit(evidence: &Evidence) -> Option<crate::serverconf::judge::EdgeLimit> {
    let edge = facts::Facts::new(evidence).edge?;
    let known = timeouts::DEFAULTS
        .iter()
        .find(|d| d.software == edge && edge != crate::fingerprint::Software::Unknown)?;
    Some(crate::serverconf::judge::EdgeLimit {
        name: known.name(),
        edge: edge.display_name().to_string(),
        seconds: known.secs,
    })
}

pub fn diagnose(evidence: &Evidence) -> Diagnosis {
    let facts = facts::Facts::new(evidence);
    let verdict = verdict::verdict(&facts);
    let checklist = checklist::checklist(&facts, &verdict);
    let path = path::path(&facts, &verdict);
    let request_ids = facts
        .response
        .map(|h| responder::request_ids(&h.headers, &h.body_excerpt))
        .unwrap_or_default();
    Diagnosis {
        responder: facts.responder.clone(),
        request_ids,
        checklist,
        path,
        world_summary: evidence
            .world
            .as_ref()
            .map(|w| world_summary(w, verdict.status != VerdictStatus::Healthy)),
        verdict,
    }
}

#[cfg(test)]
mod tests;
