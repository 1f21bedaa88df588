//! Owner mode, `firewall_proxy` item: the site reached different ways (port 80 vs 443, IPv4 vs
//! IPv6); a path that fails only one way names the culprit. System proxy vs direct is the
//! connection step's comparison (`ConnectionObservation::proxy`).

use super::{Attempt, TcpOutcome};
use serde::{Deserialize, Serialize};
use std::net::SocketAddr;

/// Which way of reaching the site a row tried.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum RouteKind {
    /// Plain http on the http port (80 unless the site names another).
    #[default]
    HttpPort,
    /// https on the https port (443 unless the site names another).
    HttpsPort,
    /// One resolved IPv4 address, on the site's port.
    Ipv4,
    /// One resolved IPv6 address, on the site's port.
    Ipv6,
}

/// One way of reaching the site and what happened.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct RouteCheck {
    pub kind: RouteKind,
    /// For people: "through the proxy http://127.0.0.1:3128", "port 80 (http)", "IPv6 [::1]:443".
    pub label: String,
    /// The address connected to (port and address rows).
    pub address: Option<SocketAddr>,
    /// The TCP connect (port and address rows); `None` when the row made only an HTTP request.
    pub tcp: Option<TcpOutcome>,
    pub connect_ms: Option<f64>,
    /// The GET made this way (not made when the TCP connect already failed).
    pub http: Option<Attempt>,
    pub error: Option<String>,
}

impl RouteCheck {
    /// The site answered this way: connected (when tried) and an HTTP response of any status
    /// (when a request was made).
    pub fn reached(&self) -> bool {
        let tcp_ok = self.tcp.is_none_or(|t| t == TcpOutcome::Connected);
        let http_ok = self.http.as_ref().is_none_or(Attempt::reached);
        tcp_ok && http_ok && (self.tcp.is_some() || self.http.is_some())
    }

    /// The site answered this way with a usable page (see [`super::usable_status`]).
    pub fn succeeded(&self) -> bool {
        self.reached() && self.http.as_ref().is_some_and(Attempt::succeeded)
    }

    /// The status code or failure in a few words: "200", "refused", "timeout".
    pub fn result_text(&self) -> String {
        match (&self.tcp, &self.http) {
            (Some(t), _) if *t != TcpOutcome::Connected => serde_json::to_value(t)
                .ok()
                .and_then(|v| v.as_str().map(|s| s.replace('_', " ")))
                .unwrap_or_default(),
            (_, Some(a)) => a.result_text(),
            (Some(_), None) => "connected".into(),
            (None, None) => "not tried".into(),
        }
    }
}

/// The site reached every way this computer can try.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct RoutesObservation {
    /// The system proxy that applies to the site (redacted), if any.
    pub proxy: Option<String>,
    /// One row per way tried.
    pub routes: Vec<RouteCheck>,
}

impl RoutesObservation {
    /// The rows of one kind, in order.
    pub fn of(&self, kind: RouteKind) -> impl Iterator<Item = &RouteCheck> {
        self.routes.iter().filter(move |r| r.kind == kind)
    }
}
