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
    let seen = crate::t!(
        "own-origin-seen",
        edge_result = crate::evidence::say_result(&edge_result),
        origin = o.as_str(),
        result = crate::evidence::say_result(&origin_result)
    );
    let meaning = match verdict {
        OriginVerdict::EdgeConfig => crate::t!("own-origin-edge-config"),
        OriginVerdict::OriginStack => crate::t!("own-origin-stack"),
        OriginVerdict::Fine if origin_ok => crate::t!("own-origin-both-work"),
        OriginVerdict::Fine => crate::t!("own-origin-cached"),
        OriginVerdict::OriginUnreachable => unreachable_meaning(direct, o),
    };
    let origin_ip = o.parse::<SocketAddr>().ok().map(|a| a.ip());
    let origin_is_edge =
        origin_ip.is_some_and(|ip| ev.dns.as_ref().is_some_and(|d| d.addresses.contains(&ip)));
    let mut summary = format!("{seen} {meaning}");
    if origin_is_edge {
        summary.push(' ');
        summary.push_str(&crate::t!("own-origin-same-server"));
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
            // An outcome id that never fails to serialise: the same id-like form as the others.
            .unwrap_or_else(|| "no answer".into()),
    }
}

fn unreachable_meaning(direct: &HttpObservation, origin: &str) -> String {
    match direct.outcome {
        HttpOutcome::TlsFailed => crate::t!(
            "own-origin-tls-failed",
            error = details(direct.error.as_deref())
        ),
        HttpOutcome::ConnectRefused => crate::t!("own-origin-refused", origin = origin),
        _ => crate::t!("own-origin-no-connection", origin = origin),
    }
}

/// An error's text, or "no details".
fn details(error: Option<&str>) -> String {
    error
        .map(str::to_string)
        .unwrap_or_else(|| crate::t!("own-origin-no-details"))
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
        TlsOutcome::Expired => notes.push(match o.not_after.as_deref() {
            Some(until) => crate::t!("own-origin-cert-expired-until", until = until),
            None => crate::t!("own-origin-cert-expired"),
        }),
        TlsOutcome::WrongHost => notes.push(if o.sans.is_empty() {
            crate::t!("own-origin-cert-wrong-host", host = host)
        } else {
            crate::t!(
                "own-origin-cert-wrong-host-names",
                host = host,
                names = o.sans.join(", ")
            )
        }),
        TlsOutcome::Untrusted if self_signed => {
            notes.push(crate::t!("own-origin-cert-self-signed"))
        }
        TlsOutcome::Untrusted => notes.push(crate::t!(
            "own-origin-cert-untrusted",
            issuer = o
                .issuer
                .clone()
                .unwrap_or_else(|| crate::t!("own-origin-unknown-authority"))
        )),
        TlsOutcome::InvalidCertificate => notes.push(crate::t!(
            "own-origin-cert-invalid",
            error = details(o.error.as_deref())
        )),
        TlsOutcome::HandshakeFailed | TlsOutcome::Timeout => notes.push(crate::t!(
            "own-origin-cert-handshake",
            error = details(o.error.as_deref())
        )),
    }
    if o.outcome != TlsOutcome::Expired
        && let Some(days) = o.days_left.filter(|d| (0..EXPIRY_WARN_DAYS).contains(d))
    {
        notes.push(crate::t!("own-origin-cert-expires-soon", days = days));
    }
    if let Some(e) = edge
        && e.subject.is_some()
        && o.subject.is_some()
        && (e.subject != o.subject || e.issuer != o.issuer)
    {
        notes.push(crate::t!(
            "own-origin-cert-differs",
            origin_subject = o.subject.as_deref().unwrap_or("?"),
            origin_issuer = o.issuer.as_deref().unwrap_or("?"),
            edge_subject = e.subject.as_deref().unwrap_or("?"),
            edge_issuer = e.issuer.as_deref().unwrap_or("?")
        ));
    }
    notes
}

#[cfg(test)]
#[path = "origin_tests.rs"]
mod tests;
