//! The `routes` probe (owner mode, `firewall_proxy` item): the site reached every way this
//! computer can try — on the http and the https port, and at each resolved IPv4 and IPv6
//! address — so a path that fails only one way stands out ("IPv6 fails, IPv4 works", "port 80
//! is closed"). Through the system proxy or not is the connection step's comparison, which the
//! `firewall_proxy` item reads beside these rows.
//!
//! Bounded: at most `MAX_PER_FAMILY` addresses per family, one TCP connect and one GET per row,
//! every step under a timeout, all rows side by side. The GETs follow no redirects, so each row
//! says what that one path answers.

use super::dns::ms;
use super::http::{Client, Fetched};
use super::steps::{attempt, chrome};
use super::tcp;
use crate::evidence::routes::{RouteCheck, RouteKind, RoutesObservation};
use crate::evidence::{HttpOutcome, TcpOutcome};
use crate::target::{Scheme, Target, redact_url};
use std::net::{IpAddr, SocketAddr};
use std::time::{Duration, Instant};

/// Addresses tried per family (large round-robin sets add nothing here).
pub const MAX_PER_FAMILY: usize = 2;

/// What the routes probe tries besides the site's own URL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoutesOptions {
    /// Per step (TCP connect); the GETs use the client's timeout.
    pub timeout: Duration,
    /// The plain-http port compared with the https one (80; the site's own port if it is http).
    pub http_port: u16,
    /// The https port compared with the http one (443; the site's own port if it is https).
    pub https_port: u16,
}

impl RoutesOptions {
    /// Ports 80 and 443 with `timeout` per step.
    pub fn new(timeout: Duration) -> RoutesOptions {
        RoutesOptions {
            timeout,
            http_port: 80,
            https_port: 443,
        }
    }
}

/// Try every route to `target`. `addresses`: the DNS probe's answer (or the IP literal).
pub async fn run(
    target: &Target,
    addresses: &[IpAddr],
    client: &Client,
    options: &RoutesOptions,
) -> RoutesObservation {
    let proxy = client.proxy_for(target).map(|p| redact_url(p.as_str()));
    let guard = options.timeout + client.timeout + Duration::from_secs(1);
    let mut addresses: Vec<IpAddr> = addresses.to_vec();
    if addresses.is_empty()
        && let Some(ip) = target.ip
    {
        addresses.push(ip);
    }
    let v4 = addresses
        .iter()
        .filter(|a| a.is_ipv4())
        .take(MAX_PER_FAMILY);
    let v6 = addresses
        .iter()
        .filter(|a| a.is_ipv6())
        .take(MAX_PER_FAMILY);
    let picked: Vec<IpAddr> = v4.chain(v6).copied().collect();

    // Through the proxy or not is the connection step's comparison (`ConnectionObservation`).
    let mut plans: Vec<Plan> = Vec::new();
    if let Some(first) = picked.first() {
        for scheme in [Scheme::Http, Scheme::Https] {
            let port = match (scheme, target.scheme == scheme) {
                (_, true) => target.port,
                (Scheme::Http, false) => options.http_port,
                (Scheme::Https, false) => options.https_port,
            };
            if let Some(t) = with_scheme_and_port(target, scheme, port) {
                plans.push(Plan {
                    kind: match scheme {
                        Scheme::Http => RouteKind::HttpPort,
                        Scheme::Https => RouteKind::HttpsPort,
                    },
                    label: crate::t!(
                        "eng-route-port",
                        port = port.to_string(),
                        scheme = scheme.as_str()
                    ),
                    target: t,
                    address: SocketAddr::new(*first, port),
                });
            }
        }
    }
    for ip in &picked {
        let address = SocketAddr::new(*ip, target.port);
        let (kind, family) = match ip {
            IpAddr::V4(_) => (RouteKind::Ipv4, "IPv4"),
            IpAddr::V6(_) => (RouteKind::Ipv6, "IPv6"),
        };
        plans.push(Plan {
            kind,
            label: format!("{family} {address}"),
            target: target.clone(),
            address,
        });
    }

    let rows = plans.into_iter().map(|plan| async move {
        let (label, kind) = (plan.label.clone(), plan.kind);
        match tokio::time::timeout(guard, plan.run(client, options.timeout)).await {
            Ok(row) => row,
            Err(_) => RouteCheck {
                kind,
                label,
                error: Some(crate::t!(
                    "eng-route-unfinished",
                    secs = format!("{:.1}", guard.as_secs_f64())
                )),
                ..RouteCheck::default()
            },
        }
    });
    RoutesObservation {
        proxy,
        routes: tcp::futures_join_all(rows).await,
    }
}

/// One row to try: TCP connect to `address`, then one GET of `target` over a connection to it.
struct Plan {
    kind: RouteKind,
    label: String,
    target: Target,
    address: SocketAddr,
}

impl Plan {
    async fn run(self, client: &Client, timeout: Duration) -> RouteCheck {
        let Plan {
            kind,
            label,
            target,
            address,
        } = self;
        let started = Instant::now();
        let (tcp_attempt, stream) = tcp::connect(address, timeout).await;
        let connect_ms = Some(ms(started.elapsed()));
        drop(stream);
        if tcp_attempt.outcome != TcpOutcome::Connected {
            return RouteCheck {
                kind,
                label,
                address: Some(address),
                tcp: Some(tcp_attempt.outcome),
                connect_ms,
                http: None,
                error: tcp_attempt.error,
            };
        }
        let f = client.fetch_at(&target, address, &chrome()).await;
        let mut row = row_from_fetch(kind, label, Some(address), connect_ms, &f);
        row.tcp = Some(TcpOutcome::Connected);
        row
    }
}

fn row_from_fetch(
    kind: RouteKind,
    label: String,
    address: Option<SocketAddr>,
    connect_ms: Option<f64>,
    f: &Fetched,
) -> RouteCheck {
    let error = (f.http.outcome != HttpOutcome::Response)
        .then(|| f.http.error.clone())
        .flatten();
    RouteCheck {
        kind,
        http: Some(attempt(&label, f)),
        label,
        address,
        tcp: None,
        connect_ms,
        error,
    }
}

/// `target` with another scheme and port (same host, path and query).
fn with_scheme_and_port(target: &Target, scheme: Scheme, port: u16) -> Option<Target> {
    let mut url = target.url().clone();
    url.set_scheme(scheme.as_str()).ok()?;
    url.set_port(Some(port)).ok()?;
    Target::from_url(url).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn port_rows_keep_host_path_and_switch_scheme() {
        let t = Target::parse("https://shop.example.com/cart?x=1").unwrap();
        let plain = with_scheme_and_port(&t, Scheme::Http, 80).unwrap();
        assert_eq!(plain.scheme, Scheme::Http);
        assert_eq!(plain.port, 80);
        assert_eq!(plain.authority(), "shop.example.com");
        assert_eq!(plain.path_and_query(), "/cart?x=1");
        let other = with_scheme_and_port(&t, Scheme::Https, 8443).unwrap();
        assert_eq!(other.authority(), "shop.example.com:8443");
    }
}
