//! Owner mode, `cdn` item: which CDN or load balancer stands in front of the site, which layer
//! made the error page, what the owner should change for that CDN's error code (the owner
//! actions table), and, when the origin was asked directly (`--origin`), whether the edge or the
//! origin's own stack is at fault. The site's certificate expiring within 14 days is a warning
//! here too (`certificate`).
//!
//! Pure: reads the evidence (DNS answers, the main response, the origin comparison) and the
//! bundled tables; the edge detection itself lives in `crate::fingerprint::cdn`.

mod actions;
pub mod certificate;

pub use actions::{ActionsError, OwnerAction, owner_action, owner_actions, parse_actions};

use crate::diagnosis::facts::Facts;
use crate::diagnosis::wording;
use crate::diagnosis::{CheckId, ChecklistItem, ItemStatus};
use crate::evidence::{Evidence, HttpOutcome, ProbeKind};
use crate::fingerprint::cdn::{EdgeInfo, EdgeProvider, bundled, detect_edge};
use crate::fingerprint::{Layer, Software};
use serde::{Deserialize, Serialize};

/// How one request ended: through the edge (the normal URL) or straight to the origin.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Side {
    pub outcome: HttpOutcome,
    pub status: Option<u16>,
}

impl Side {
    pub fn new(outcome: HttpOutcome, status: Option<u16>) -> Side {
        Side { outcome, status }
    }

    /// The server answered with something other than a server error (a 404 or 403 is an
    /// answer: the stack behind works, it just refuses this page).
    pub fn works(self) -> bool {
        self.outcome.is_response() && self.status.is_some_and(crate::evidence::usable_status)
    }

    /// "answered 200", "connection refused".
    pub fn describe(self) -> String {
        match (self.outcome, self.status) {
            (HttpOutcome::Response, Some(s)) => {
                crate::t!("own-cdn-answered", status = s.to_string())
            }
            (o, _) => wording::outcome(o),
        }
    }
}

/// The edge-vs-origin comparison (the CDN bypass).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Comparison {
    /// The edge fails, the origin answers: the CDN/edge configuration is at fault.
    EdgeFailsOnly,
    /// Both fail: the origin's own stack is at fault.
    BothFail,
    /// The edge works, the origin does not (cached pages hide it, or the origin address is wrong).
    OriginFailsOnly,
    /// Both work.
    BothWork,
}

/// Compare the request through the edge with the same request straight to the origin.
pub fn compare(edge: Side, origin: Side) -> Comparison {
    match (edge.works(), origin.works()) {
        (false, true) => Comparison::EdgeFailsOnly,
        (false, false) => Comparison::BothFail,
        (true, false) => Comparison::OriginFailsOnly,
        (true, true) => Comparison::BothWork,
    }
}

/// The `cdn` checklist item from the evidence. The origin comparison is added by
/// `assess_with_origin` once the origin probe's result is connected (`ev.origin`'s status and
/// outcome, as a `Side`); until then this is the item without the bypass comparison.
pub fn assess(ev: &Evidence) -> ChecklistItem {
    let origin = ev
        .origin
        .as_ref()
        .map(|o| Side::new(o.direct.outcome, o.direct.status));
    assess_with_origin(ev, origin)
}

/// The `cdn` item, with the origin's answer to the same request when the origin was asked.
pub fn assess_with_origin(ev: &Evidence, origin: Option<Side>) -> ChecklistItem {
    let item = |status, finding: String, advice: String| {
        ChecklistItem::new(CheckId::Cdn, status, finding, advice)
    };
    let waiting = |kind: ProbeKind, seen: bool| ev.is_pending(kind) && !seen;
    if waiting(ProbeKind::Http, ev.http.is_some()) || waiting(ProbeKind::Dns, ev.dns.is_some()) {
        return item(
            ItemStatus::Pending,
            crate::t!("own-cdn-waiting"),
            String::new(),
        );
    }
    if ev.http.is_none() && ev.dns.is_none() {
        let facts = Facts::new(ev);
        let reason = facts
            .skip_reason(ProbeKind::Http)
            .or_else(|| facts.skip_reason(ProbeKind::Dns))
            .unwrap_or_else(|| crate::t!("own-cdn-page-not-asked"));
        return item(
            ItemStatus::Skipped,
            crate::t!("own-cdn-not-checked", reason = reason),
            crate::t!("own-cdn-run-again"),
        );
    }
    let facts = Facts::new(ev);
    let info = edge_info(&facts);
    let mut parts = Parts::new(ev, &facts, &info);
    match origin {
        Some(origin) => parts.with_origin(origin),
        None => parts.without_origin(),
    }
    if let Some(w) = ev.tls.as_ref().and_then(|t| {
        let cdn = info.cdn.map(named).map(|n| capital(&n));
        certificate::expiry_warning(t, cdn.as_deref())
    }) {
        parts.finding.push(w.finding);
        parts.advice.push(w.advice);
        parts.commands.extend(w.commands);
        if matches!(parts.status, ItemStatus::Pass | ItemStatus::Info) {
            parts.status = ItemStatus::Warn;
        }
    }
    let origin_pending = ev.is_pending(ProbeKind::Origin) && origin.is_none();
    if origin_pending {
        parts.status = ItemStatus::Pending;
        parts.finding.push(crate::t!("own-cdn-comparing"));
    } else if origin.is_none() && parts.status == ItemStatus::Fail {
        parts
            .advice
            .push(match facts.skip_reason(ProbeKind::Origin) {
                Some(reason) => crate::t!("own-cdn-origin-not-asked", reason = reason),
                None => crate::t!("own-cdn-use-origin"),
            });
    }
    let mut out = item(
        parts.status,
        parts.finding.join(" "),
        parts.advice.join(" "),
    );
    out.commands = parts.commands;
    out
}

/// The edge seen by `detect_edge`, plus the page's maker when it is an edge no header showed
/// (e.g. CloudFront's body "Generated by cloudfront" with the headers stripped).
fn edge_info(facts: &Facts) -> EdgeInfo {
    let headers = facts.response.map(|h| h.headers.as_slice()).unwrap_or(&[]);
    let (cnames, addresses) = facts
        .ev
        .dns
        .as_ref()
        .map(|d| (d.cname_chain.as_slice(), d.addresses.as_slice()))
        .unwrap_or((&[], &[]));
    let mut info = detect_edge(headers, cnames, addresses);
    if let Some(maker) = page_maker(facts)
        && !info.seen.contains(&maker)
    {
        info.seen.push(maker);
        let why = facts
            .responder
            .evidence
            .first()
            .cloned()
            .unwrap_or_default();
        info.evidence.push(crate::t!(
            "own-cdn-evidence-error-page",
            maker = maker.display_name(),
            why = why
        ));
        let first = |layer| info.seen.iter().copied().find(|p| p.layer() == layer);
        info.cdn = first(Layer::Cdn);
        info.load_balancer = first(Layer::LoadBalancer);
    }
    info
}

/// The CDN or load balancer that made the main response's page itself, if one did.
fn page_maker(facts: &Facts) -> Option<EdgeProvider> {
    if !facts.identified || facts.response.is_none() {
        return None;
    }
    let sw = facts.responder.software;
    if !matches!(sw.layer(), Layer::Cdn | Layer::LoadBalancer) || sw == Software::Haproxy {
        return None;
    }
    let provider = EdgeProvider::from_software(sw)?;
    if provider == EdgeProvider::AzureFrontDoor
        && facts
            .header("server")
            .is_some_and(|s| s.to_ascii_lowercase().contains("application-gateway"))
    {
        return Some(EdgeProvider::AzureAppGateway);
    }
    Some(provider)
}

/// The item being written.
struct Parts<'a> {
    ev: &'a Evidence,
    facts: &'a Facts<'a>,
    info: &'a EdgeInfo,
    status: ItemStatus,
    finding: Vec<String>,
    advice: Vec<String>,
    commands: Vec<String>,
}

impl<'a> Parts<'a> {
    fn new(ev: &'a Evidence, facts: &'a Facts<'a>, info: &'a EdgeInfo) -> Self {
        let mut finding = Vec::new();
        match info.front() {
            Some(front) => {
                let why = info.evidence.first().map(String::as_str);
                finding.push(match ((info.cdn, info.load_balancer), why) {
                    ((Some(cdn), Some(lb)), None) => crate::t!(
                        "own-cdn-in-front-lb",
                        cdn_capital = capital(&named(cdn)),
                        lb = named(lb)
                    ),
                    ((Some(cdn), Some(lb)), Some(why)) => crate::t!(
                        "own-cdn-in-front-lb-why",
                        cdn_capital = capital(&named(cdn)),
                        lb = named(lb),
                        why = why
                    ),
                    (_, None) => {
                        crate::t!("own-cdn-in-front", front_capital = capital(&named(front)))
                    }
                    (_, Some(why)) => crate::t!(
                        "own-cdn-in-front-why",
                        front_capital = capital(&named(front)),
                        why = why
                    ),
                });
            }
            None => finding.push(crate::t!(
                "own-cdn-none-seen",
                date = bundled().snapshot_date.to_string()
            )),
        }
        Parts {
            ev,
            facts,
            info,
            status: ItemStatus::Pass,
            finding,
            advice: Vec::new(),
            commands: Vec::new(),
        }
    }

    /// The main request's side, when it ran.
    fn edge_side(&self) -> Option<Side> {
        self.ev
            .http
            .as_ref()
            .map(|h| Side::new(h.outcome, h.status))
    }

    fn front_name(&self) -> String {
        self.info
            .front()
            .map(named)
            .unwrap_or_else(|| crate::t!("own-cdn-public-address"))
    }

    /// Which layer made the error page, and the owner action for it when an edge made it.
    fn describe_failure(&mut self) -> Option<&'static OwnerAction> {
        let Some(edge) = self.edge_side() else {
            self.finding.push(crate::t!("own-cdn-page-not-requested"));
            return None;
        };
        let Some(status) = edge.status.filter(|_| edge.outcome.is_response()) else {
            self.finding.push(match self.info.front() {
                Some(front) => crate::t!(
                    "own-cdn-no-response-through",
                    front = named(front),
                    outcome = edge.describe()
                ),
                None => crate::t!("own-cdn-no-response", outcome = edge.describe()),
            });
            return None;
        };
        let body = self
            .facts
            .response
            .map(|h| h.body_excerpt.as_str())
            .unwrap_or("");
        if let Some(maker) = page_maker(self.facts) {
            self.finding.push(crate::t!(
                "own-cdn-page-made-by",
                status = status.to_string(),
                maker = named(maker)
            ));
            let action = owner_action(maker, status, body);
            if let Some(a) = action {
                self.finding.push(format!("{}. {}", a.title, a.explanation));
            }
            return action;
        }
        let software = self.facts.responder.software;
        match (self.info.front(), self.facts.identified) {
            (Some(front), true) => self.finding.push(crate::t!(
                "own-cdn-page-from-behind",
                status = status.to_string(),
                software = software.display_name(),
                front = named(front)
            )),
            (None, true) => self.finding.push(crate::t!(
                "own-cdn-page-from",
                status = status.to_string(),
                software = software.display_name()
            )),
            (_, false) => self.finding.push(crate::t!(
                "own-cdn-layer-unknown",
                status = status.to_string()
            )),
        }
        None
    }

    fn add_action(&mut self, action: Option<&'static OwnerAction>) {
        let Some(a) = action else { return };
        self.advice.extend(a.actions.iter().cloned());
        let host = self.ev.target.host.trim();
        self.commands.extend(a.commands.iter().map(|c| {
            if host.is_empty() {
                c.clone()
            } else {
                c.replace("example.com", host)
            }
        }));
    }

    fn without_origin(&mut self) {
        let edge = self.edge_side();
        if edge.is_some_and(Side::works) {
            self.status = ItemStatus::Pass;
            if let Some(s) = edge.and_then(|e| e.status) {
                self.finding.push(crate::t!(
                    "own-cdn-answered-through",
                    status = s.to_string()
                ));
            }
            self.advice.push(crate::t!("own-cdn-nothing-to-change"));
            return;
        }
        let action = self.describe_failure();
        let front = self.info.front();
        match (front, action) {
            (_, Some(_)) => self.status = ItemStatus::Fail,
            (Some(_), None) if page_maker(self.facts).is_some() => {
                self.status = ItemStatus::Fail;
                self.advice
                    .push(crate::t!("own-cdn-look-up", front = self.front_name()));
            }
            (Some(f), None) if self.facts.identified => {
                self.status = ItemStatus::Pass;
                self.advice.push(crate::t!(
                    "own-cdn-front-working",
                    front_capital = capital(&named(f))
                ));
            }
            (Some(_), None) => {
                self.status = ItemStatus::Info;
                self.advice.push(crate::t!(
                    "own-cdn-compare-origin",
                    front = self.front_name()
                ));
            }
            (None, None) => {
                self.status = ItemStatus::Pass;
                self.advice.push(crate::t!("own-cdn-nothing-at-cdn"));
            }
        }
        self.add_action(action);
    }

    fn with_origin(&mut self, origin: Side) {
        let Some(edge) = self.edge_side() else {
            self.without_origin();
            return;
        };
        let front = self.front_name();
        match compare(edge, origin) {
            Comparison::BothWork => {
                self.status = ItemStatus::Pass;
                self.finding.push(crate::t!(
                    "own-cdn-both-work",
                    front = front.as_str(),
                    edge = edge.describe(),
                    origin = origin.describe()
                ));
                self.advice.push(crate::t!("own-cdn-nothing-to-change"));
            }
            Comparison::OriginFailsOnly => {
                self.status = ItemStatus::Warn;
                self.finding.push(crate::t!(
                    "own-cdn-origin-fails-only",
                    front = front.as_str(),
                    edge = edge.describe(),
                    origin = origin.describe()
                ));
                self.advice.push(crate::t!(
                    "own-cdn-origin-fails-only-advice",
                    front_capital = capital(&front),
                    front = front.as_str()
                ));
            }
            Comparison::EdgeFailsOnly => {
                let action = self.describe_failure();
                self.status = ItemStatus::Fail;
                self.finding.push(crate::t!(
                    "own-cdn-edge-fails-only",
                    front = front.as_str(),
                    origin = origin.describe()
                ));
                self.advice.push(crate::t!(
                    "own-cdn-edge-fails-only-advice",
                    front = front.as_str()
                ));
                self.add_action(action);
            }
            Comparison::BothFail => {
                let action = self.describe_failure();
                self.status = ItemStatus::Pass;
                self.finding.push(crate::t!(
                    "own-cdn-both-fail",
                    front = front.as_str(),
                    origin = origin.describe()
                ));
                self.advice.push(crate::t!("own-cdn-both-fail-advice"));
                self.add_action(action);
            }
        }
    }
}

/// The provider's name as used inside a sentence: "Cloudflare", "the AWS load balancer".
fn named(p: EdgeProvider) -> String {
    match p {
        EdgeProvider::AwsElb
        | EdgeProvider::GcpLb
        | EdgeProvider::Heroku
        | EdgeProvider::AzureAppGateway => {
            crate::t!("own-cdn-the-provider", name = p.display_name())
        }
        _ => p.display_name().to_string(),
    }
}

/// The text with its first letter upper-cased, for the start of a sentence.
fn capital(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests;
