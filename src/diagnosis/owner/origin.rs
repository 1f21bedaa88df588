//! Edge vs origin (owner mode, `--origin`): the main request as the edge (CDN / load balancer)
//! answered it, compared with the same request sent straight to the origin. The `cdn` item is
//! built on this comparison; the app's origin-vs-edge view shows it.
//!
//! The four outcomes: the edge fails but the origin is fine -> the edge's configuration (SSL
//! mode, origin certificate, firewall blocking the CDN, timeouts); both fail -> the origin's own
//! stack; the edge is fine -> nothing to fix there; the origin does not accept the connection ->
//! it is down, firewalled from here, or the address is wrong. Certificate differences are noted.

use crate::evidence::{Evidence, HttpObservation, HttpOutcome, TlsObservation, TlsOutcome};
use serde::{Deserialize, Serialize};
use std::net::SocketAddr;

/// Certificates expiring sooner than this many days are mentioned.
pub const EXPIRY_WARN_DAYS: i64 = 14;

/// What the comparison says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OriginVerdict {
    /// The edge fails, the origin answers fine: the edge's configuration is the problem.
    EdgeConfig,
    /// Both fail: the origin's own stack (web server, app) is the problem.
    OriginStack,
    /// The edge answers fine (the origin's own result is in the summary).
    Fine,
    /// The origin did not accept the connection (or the TLS handshake): down, firewalled, or the
    /// wrong address.
    OriginUnreachable,
}

/// Edge vs origin, ready to show.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OriginComparison {
    pub verdict: OriginVerdict,
    /// The origin asked, `IP:PORT`.
    pub origin: String,
    /// The edge's answer: a status code ("502") or an outcome ("timeout").
    pub edge_result: String,
    /// The origin's answer, the same way ("200", "connect refused").
    pub origin_result: String,
    pub edge_status: Option<u16>,
    pub origin_status: Option<u16>,
    /// One to three plain sentences: what each answered and what it means.
    pub summary: String,
    /// Origin certificate vs edge certificate: self-signed, expired, wrong name, different.
    pub certificate_notes: Vec<String>,
    /// The origin address is one the site's name resolves to: there is no edge in between, so
    /// both requests went to the same server.
    pub origin_is_edge: bool,
}

/// Compare the edge's answer (`ev.http`) with the origin's (`ev.origin.direct`). `None` until both
/// are in, and when the edge was never asked (the name did not resolve).
pub fn compare_origin(ev: &Evidence) -> Option<OriginComparison> {
    let origin = ev.origin.as_ref()?;
    let edge = ev.http.as_ref()?;
    if edge.outcome == HttpOutcome::DnsFailed {
        return None;
    }
    let direct = &origin.direct;
    let edge_ok = usable(edge);
    let origin_ok = usable(direct);
    let unreachable = matches!(
        direct.outcome,
        HttpOutcome::DnsFailed
            | HttpOutcome::ConnectRefused
            | HttpOutcome::ConnectTimeout
            | HttpOutcome::ConnectFailed
            | HttpOutcome::TlsFailed
            | HttpOutcome::ProxyFailed
    );
    let verdict = if unreachable {
        OriginVerdict::OriginUnreachable
    } else if edge_ok {
        OriginVerdict::Fine
    } else if origin_ok {
        OriginVerdict::EdgeConfig
    } else {
        OriginVerdict::OriginStack
    };
    let o = &origin.origin;
    let (edge_result, origin_result) = (result_text(edge), result_text(direct));
    let seen =
        format!("Through the edge: {edge_result}. Straight to the origin {o}: {origin_result}.");
    let meaning = match verdict {
        OriginVerdict::EdgeConfig => {
            "The origin works; the edge (CDN or load balancer) fails in front of it: check its \
             origin settings (address, port, SSL mode), its timeouts, and that the origin's \
             firewall allows the edge's addresses."
                .to_string()
        }
        OriginVerdict::OriginStack => "The origin fails too: the problem is in the origin's own \
             stack (web server, application), and the edge only passes it on."
            .to_string(),
        OriginVerdict::Fine if origin_ok => "Both work.".to_string(),
        OriginVerdict::Fine => "The edge answers (perhaps from its cache), but the origin \
             itself fails: visitors may see errors as soon as the cached copies expire."
            .to_string(),
        OriginVerdict::OriginUnreachable => unreachable_meaning(direct, o),
    };
    let origin_ip = o.parse::<SocketAddr>().ok().map(|a| a.ip());
    let origin_is_edge =
        origin_ip.is_some_and(|ip| ev.dns.as_ref().is_some_and(|d| d.addresses.contains(&ip)));
    let mut summary = format!("{seen} {meaning}");
    if origin_is_edge {
        summary.push_str(
            " Note: the site's name already points at this address, so there is no edge in \
             between and both requests reached the same server.",
        );
    }
    Some(OriginComparison {
        verdict,
        origin: o.clone(),
        edge_result,
        origin_result,
        edge_status: edge.status,
        origin_status: direct.status,
        summary,
        certificate_notes: certificate_notes(origin.tls.as_ref(), ev.tls.as_ref(), &ev.target.host),
        origin_is_edge,
    })
}

/// A response a visitor could use (see [`crate::evidence::usable_status`]).
fn usable(h: &HttpObservation) -> bool {
    h.outcome.is_response() && h.status.is_some_and(crate::evidence::usable_status)
}

/// "502", or the outcome in words ("connect refused").
pub fn result_text(h: &HttpObservation) -> String {
    match (h.outcome, h.status) {
        (HttpOutcome::Response, Some(s)) => s.to_string(),
        (o, _) => serde_json::to_value(o)
            .ok()
            .and_then(|v| v.as_str().map(|s| s.replace('_', " ")))
            .unwrap_or_else(|| "no answer".into()),
    }
}

fn unreachable_meaning(direct: &HttpObservation, origin: &str) -> String {
    match direct.outcome {
        HttpOutcome::TlsFailed => format!(
            "The TLS handshake with the origin failed ({}): the origin has no working \
             certificate for this name on that port (behind Cloudflare this is error 525).",
            direct.error.as_deref().unwrap_or("no details")
        ),
        HttpOutcome::ConnectRefused => format!(
            "Nothing accepts connections at {origin}: the web server there is stopped or listens \
             on another port, or {origin} is not the origin's address."
        ),
        _ => format!(
            "{origin} did not accept the connection: a firewall drops it, the server is down, \
             or {origin} is not the origin's address."
        ),
    }
}

/// What differs between the origin's certificate and the edge's, and what is wrong with the
/// origin's own certificate.
fn certificate_notes(
    origin: Option<&TlsObservation>,
    edge: Option<&TlsObservation>,
    host: &str,
) -> Vec<String> {
    let Some(o) = origin else {
        return Vec::new();
    };
    let mut notes = Vec::new();
    let self_signed = o.subject.is_some() && o.subject == o.issuer;
    match o.outcome {
        TlsOutcome::Ok => {}
        TlsOutcome::Expired => notes.push(format!(
            "The origin's certificate has expired{}: a CDN that checks it strictly (Cloudflare \
             \"Full (strict)\") refuses it (Cloudflare error 526).",
            o.not_after
                .as_deref()
                .map(|d| format!(" (valid until {d})"))
                .unwrap_or_default()
        )),
        TlsOutcome::WrongHost => notes.push(format!(
            "The origin's certificate is not for {host}{}: a CDN that checks it strictly \
             refuses it (Cloudflare error 526).",
            if o.sans.is_empty() {
                String::new()
            } else {
                format!(" (it names {})", o.sans.join(", "))
            }
        )),
        TlsOutcome::Untrusted if self_signed => notes.push(
            "The origin's certificate is self-signed: accepted by Cloudflare \"Full\", refused by \
             \"Full (strict)\" (error 526) and by browsers visiting the origin directly."
                .to_string(),
        ),
        TlsOutcome::Untrusted => notes.push(format!(
            "The origin's certificate is issued by {}, which browsers do not trust (a Cloudflare \
             Origin CA certificate looks like this: fine behind Cloudflare only).",
            o.issuer.as_deref().unwrap_or("an unknown authority")
        )),
        TlsOutcome::InvalidCertificate => notes.push(format!(
            "The origin's certificate is not valid: {}.",
            o.error.as_deref().unwrap_or("no details")
        )),
        TlsOutcome::HandshakeFailed | TlsOutcome::Timeout => notes.push(format!(
            "The TLS handshake with the origin failed: {} (Cloudflare error 525).",
            o.error.as_deref().unwrap_or("no details")
        )),
    }
    if o.outcome != TlsOutcome::Expired
        && let Some(days) = o.days_left.filter(|d| (0..EXPIRY_WARN_DAYS).contains(d))
    {
        notes.push(format!(
            "The origin's certificate expires in {days} day{}: renew it now.",
            if days == 1 { "" } else { "s" }
        ));
    }
    if let Some(e) = edge
        && e.subject.is_some()
        && o.subject.is_some()
        && (e.subject != o.subject || e.issuer != o.issuer)
    {
        notes.push(format!(
            "The origin presents another certificate than the edge (origin: {}, issued by {}; \
             edge: {}, issued by {}). Normal behind a CDN; the origin's must suit the CDN's SSL \
             mode.",
            o.subject.as_deref().unwrap_or("?"),
            o.issuer.as_deref().unwrap_or("?"),
            e.subject.as_deref().unwrap_or("?"),
            e.issuer.as_deref().unwrap_or("?"),
        ));
    }
    notes
}

#[cfg(test)]
#[path = "origin_tests.rs"]
mod tests;
