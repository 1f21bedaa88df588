//! The request path drawn in the UI and reports, so the reader sees where it breaks: this
//! computer, DNS, the CDN/edge, the web server, the application, each working, failing, absent,
//! unknown or pending.
//!
//! The failing node follows the verdict's culprit; a node is `working` only when something
//! proves it (it answered, or a later step got through it), `not_present` only when a response
//! arrived without any sign of it, and `unknown` otherwise: never guessed.

use super::facts::{Facts, Network};
use super::{Cause, Culprit, PathNode, PathNodeKind, PathState, Verdict, VerdictStatus};
use crate::evidence::{DnsOutcome, ProbeKind};

pub fn path(f: &Facts, v: &Verdict) -> Vec<PathNode> {
    let answered = f.response.is_some();
    let healthy = v.status == VerdictStatus::Healthy;
    let connected = answered || f.ev.tcp.as_ref().is_some_and(|t| t.any_connected());
    let http_pending = f.pending(ProbeKind::Http) && f.ev.http.is_none();
    let node = |kind, state, label: &str| PathNode {
        kind,
        state,
        label: label.to_string(),
    };

    let computer = if matches!(v.culprit, Culprit::YourConnection | Culprit::LocalProxy) {
        PathState::Failing
    } else if f.network_seen() || connected {
        PathState::Working
    } else if f.network == Network::Pending
        || [ProbeKind::Dns, ProbeKind::Tcp, ProbeKind::Http]
            .iter()
            .any(|k| f.pending(*k))
    {
        PathState::Pending
    } else {
        PathState::Unknown
    };

    let literal =
        f.ev.dns
            .as_ref()
            .is_some_and(|d| d.outcome == DnsOutcome::Literal);
    let resolved =
        f.ev.dns
            .as_ref()
            .is_some_and(|d| d.outcome == DnsOutcome::Resolved);
    let dns = if v.culprit == Culprit::Dns {
        node(PathNodeKind::Dns, PathState::Failing, "DNS")
    } else if literal {
        node(
            PathNodeKind::Dns,
            PathState::NotPresent,
            &crate::t!("dx-path-no-lookup"),
        )
    } else if resolved || connected {
        node(PathNodeKind::Dns, PathState::Working, "DNS")
    } else if f.pending(ProbeKind::Dns) {
        node(PathNodeKind::Dns, PathState::Pending, "DNS")
    } else {
        node(PathNodeKind::Dns, PathState::Unknown, "DNS")
    };

    // The generic names are the path boxes' own titles (`node-*`), so the UI can tell them apart
    // from a software's name.
    let edge_label = f
        .edge
        .map(|e| e.display_name().to_string())
        .unwrap_or_else(|| crate::t!("node-edge"));
    let edge_state = if matches!(v.culprit, Culprit::Cdn | Culprit::LoadBalancer) {
        PathState::Failing
    } else if f.edge.is_some() && answered {
        PathState::Working
    } else if f.edge.is_none() && answered {
        PathState::NotPresent
    } else if http_pending {
        PathState::Pending
    } else {
        PathState::Unknown
    };

    let server_label = f
        .web_server
        .map(|s| s.display_name().to_string())
        .unwrap_or_else(|| crate::t!("node-web-server"));
    // Cloudflare 521-523: the origin's web server itself does not take the connection; the
    // CDN's link to the origin (its TLS, its address) ends at the origin's web server too.
    let origin_server_down = v.culprit == Culprit::UpstreamApp
        && (f.status().is_some_and(|s| (521..=523).contains(&s))
            || matches!(v.cause, Cause::OriginTls | Cause::OriginUnreachable));
    let server_state = if v.culprit == Culprit::ReverseProxy || origin_server_down {
        PathState::Failing
    } else if healthy || (f.web_server.is_some() && answered) {
        PathState::Working
    } else if http_pending {
        PathState::Pending
    } else {
        PathState::Unknown
    };

    let app_state = if origin_server_down {
        PathState::Unknown
    } else if v.culprit == Culprit::UpstreamApp {
        PathState::Failing
    } else if healthy {
        PathState::Working
    } else if http_pending {
        PathState::Pending
    } else {
        PathState::Unknown
    };

    vec![
        node(
            PathNodeKind::ThisComputer,
            computer,
            &crate::t!("node-this-computer"),
        ),
        dns,
        node(PathNodeKind::Edge, edge_state, &edge_label),
        node(PathNodeKind::WebServer, server_state, &server_label),
        node(
            PathNodeKind::Application,
            app_state,
            &crate::t!("node-application"),
        ),
    ]
}
