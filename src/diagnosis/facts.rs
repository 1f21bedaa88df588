//! Facts: the few derived answers every rule, checklist item and path node asks of the evidence
//! ("who answered?", "did the refreshes agree?", "is the site reachable at all?"), computed once.
//!
//! Keeping them here means the verdict, the checklist and the path cannot disagree on them.

use super::responder::{responder_of_response, software_from_server};
use crate::evidence::{
    Attempt, DnsOutcome, Evidence, HttpObservation, HttpOutcome, ProbeKind, ProbeStatus, ResultKey,
    TcpAttempt, TcpOutcome, TlsOutcome,
};
use crate::fingerprint::{Layer, Responder, Software};

/// How the refresh attempts compare with the main request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Consistency {
    /// Every refresh attempt ended exactly like the main request.
    Same,
    /// Some attempts ended differently.
    Mixed,
    /// The refresh step has not reported yet.
    Pending,
    /// No refresh attempts exist (not planned, skipped or empty).
    None,
}

/// How the reference endpoints of the `connection` step fared.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Network {
    /// At least one reference endpoint connected.
    Up,
    /// References were tried and none connected.
    Down,
    /// Still being checked.
    Pending,
    /// Not checked, or no references.
    Unknown,
}

/// Derived facts, borrowed from the evidence.
pub struct Facts<'a> {
    pub ev: &'a Evidence,
    /// The main HTTP exchange, when it got a response.
    pub response: Option<&'a HttpObservation>,
    /// Who produced the main response (default when there is none).
    pub responder: Responder,
    /// The responder rests on strong evidence (not a weak-only hint, not unknown).
    pub identified: bool,
    /// The CDN or load balancer seen in front, if any.
    pub edge: Option<Software>,
    /// The reverse proxy / web server seen, if any.
    pub web_server: Option<Software>,
    pub consistency: Consistency,
    pub network: Network,
    /// The main response's body (whitespace collapsed, shortened) when the application behind
    /// the proxy wrote it itself (see `http_rules::app_page`).
    pub app_page: Option<String>,
    /// Main request plus refresh attempts: (worked, total).
    pub tries_ok: usize,
    pub tries_total: usize,
}

impl<'a> Facts<'a> {
    pub fn new(ev: &'a Evidence) -> Self {
        let response = ev.http.as_ref().filter(|h| h.outcome.is_response());
        let (responder, identified) = response
            .map(|h| {
                responder_of_response(h.status, h.reason.as_deref(), &h.headers, &h.body_excerpt)
            })
            .unwrap_or_default();
        let identified = identified && responder.software != Software::Unknown;
        let (edge, web_server) = layers(ev, response, &responder, identified);
        let consistency = consistency(ev);
        let network = network(ev);
        let (tries_ok, tries_total) = tries(ev);
        let app_page = response
            .filter(|h| {
                super::http_rules::app_page(
                    h.status.unwrap_or(0),
                    &h.headers,
                    &h.body_excerpt,
                    edge.is_some(),
                )
            })
            .map(|h| {
                let collapsed = h
                    .body_excerpt
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ");
                crate::text::shown(&collapsed, 160)
            });
        Facts {
            app_page,
            ev,
            response,
            responder,
            identified,
            edge,
            web_server,
            consistency,
            network,
            tries_ok,
            tries_total,
        }
    }

    pub fn pending(&self, kind: ProbeKind) -> bool {
        self.ev.is_pending(kind)
    }

    /// The main response's status code, if a response arrived.
    pub fn status(&self) -> Option<u16> {
        self.response.and_then(|h| h.status)
    }

    /// The main request got a page (same test as `got_page`).
    pub fn main_worked(&self) -> Option<bool> {
        let http = self.ev.http.as_ref()?;
        Some(http.outcome.is_response() && http.status.is_some_and(|s| (200..400).contains(&s)))
    }

    /// The refresh attempts, in order.
    pub fn refresh_attempts(&self) -> &'a [Attempt] {
        self.ev
            .refresh
            .as_ref()
            .map(|r| r.attempts.as_slice())
            .unwrap_or(&[])
    }

    /// The DNS step failed for the target (by the DNS probe or the HTTP request).
    pub fn dns_failure(&self) -> Option<DnsOutcome> {
        if let Some(dns) = &self.ev.dns
            && !matches!(dns.outcome, DnsOutcome::Resolved | DnsOutcome::Literal)
        {
            return Some(dns.outcome);
        }
        match &self.ev.http {
            Some(h) if h.outcome == HttpOutcome::DnsFailed => Some(DnsOutcome::Error),
            _ => None,
        }
    }

    /// Every TCP attempt failed: the dominant failure.
    pub fn tcp_failure(&self) -> Option<TcpOutcome> {
        if let Some(tcp) = &self.ev.tcp
            && !tcp.attempts.is_empty()
            && !tcp.any_connected()
        {
            // No IPv6 route is common and says nothing about the site when IPv4 was tried too:
            // the IPv4 outcome wins then.
            let has_v4 = tcp.attempts.iter().any(|a| a.address.is_ipv4());
            let counted = |a: &&TcpAttempt| {
                !(has_v4 && a.address.is_ipv6() && a.outcome == TcpOutcome::Unreachable)
            };
            let count = |o: TcpOutcome| {
                tcp.attempts
                    .iter()
                    .filter(counted)
                    .filter(|a| a.outcome == o)
                    .count()
            };
            let order = [
                TcpOutcome::Refused,
                TcpOutcome::Timeout,
                TcpOutcome::Unreachable,
                TcpOutcome::Error,
            ];
            return order.into_iter().max_by_key(|o| {
                // Prefer the most frequent; on ties the earlier (more telling) outcome.
                (
                    count(*o),
                    usize::MAX - order.iter().position(|x| x == o).unwrap_or(0),
                )
            });
        }
        match self.ev.http.as_ref().map(|h| h.outcome) {
            Some(HttpOutcome::ConnectRefused) => Some(TcpOutcome::Refused),
            Some(HttpOutcome::ConnectTimeout) => Some(TcpOutcome::Timeout),
            Some(HttpOutcome::ConnectFailed) => Some(TcpOutcome::Unreachable),
            _ => None,
        }
    }

    /// The TLS outcome when it is not `Ok`.
    pub fn tls_problem(&self) -> Option<TlsOutcome> {
        match &self.ev.tls {
            Some(t) if t.outcome != TlsOutcome::Ok => Some(t.outcome),
            _ => match self.ev.http.as_ref().map(|h| h.outcome) {
                Some(HttpOutcome::TlsFailed) => Some(TlsOutcome::HandshakeFailed),
                _ => None,
            },
        }
    }

    /// The target could not even be connected to (name or connection failed).
    pub fn unreachable(&self) -> bool {
        self.response.is_none() && (self.dns_failure().is_some() || self.tcp_failure().is_some())
    }

    /// Some sign that this computer reaches the network.
    pub fn network_seen(&self) -> bool {
        self.network == Network::Up
            || self.response.is_some()
            || self.ev.tcp.as_ref().is_some_and(|t| t.any_connected())
    }

    /// The reason the engine gave for skipping a probe, if it did.
    pub fn skip_reason(&self, kind: ProbeKind) -> Option<String> {
        self.ev
            .probes
            .iter()
            .find(|p| p.kind == kind && p.status == ProbeStatus::Skipped)
            .and_then(|p| p.details.get("reason"))
            .and_then(|r| r.as_str())
            .map(str::to_string)
    }

    /// A header of the main response.
    pub fn header(&self, name: &str) -> Option<&'a str> {
        self.response.and_then(|h| h.header(name))
    }

    /// Seconds the main response took to start (first byte, else total).
    pub fn elapsed_secs(&self) -> Option<f64> {
        let t = self.response?.timings;
        t.first_byte.or(t.total).map(|ms| ms / 1000.0)
    }
}

/// Did this attempt get a page (a 2xx/3xx response)? Stricter than `Attempt::succeeded`: a
/// visitor who gets a 403 or 404 did not get what they came for.
pub fn got_page(a: &Attempt) -> bool {
    a.outcome.is_response() && a.status.is_some_and(|s| (200..400).contains(&s))
}

/// The main request's comparable result key, like `Attempt::result_key`.
pub fn main_key(http: &HttpObservation) -> ResultKey {
    ResultKey::of(http.outcome, http.status)
}

fn consistency(ev: &Evidence) -> Consistency {
    if ev.is_pending(ProbeKind::Refresh) && ev.refresh.is_none() {
        return Consistency::Pending;
    }
    let (Some(http), Some(refresh)) = (&ev.http, &ev.refresh) else {
        return Consistency::None;
    };
    if refresh.attempts.is_empty() {
        return Consistency::None;
    }
    let key = main_key(http);
    if refresh.attempts.iter().all(|a| a.result_key() == key) {
        Consistency::Same
    } else {
        Consistency::Mixed
    }
}

fn network(ev: &Evidence) -> Network {
    match &ev.connection {
        Some(c) if c.any_reference_ok() => Network::Up,
        Some(c) if !c.references.is_empty() => Network::Down,
        Some(_) => Network::Unknown,
        None if ev.is_pending(ProbeKind::Connection) => Network::Pending,
        None => Network::Unknown,
    }
}

fn tries(ev: &Evidence) -> (usize, usize) {
    let mut ok = 0;
    let mut total = 0;
    if let Some(http) = &ev.http {
        total += 1;
        if http.outcome.is_response() && http.status.is_some_and(|s| (200..400).contains(&s)) {
            ok += 1;
        }
    }
    if let Some(r) = &ev.refresh {
        total += r.attempts.len();
        ok += r.attempts.iter().filter(|a| got_page(a)).count();
    }
    (ok, total)
}

/// The CDN/load balancer and the web server seen on the path.
fn layers(
    ev: &Evidence,
    response: Option<&HttpObservation>,
    responder: &Responder,
    identified: bool,
) -> (Option<Software>, Option<Software>) {
    let mut seen: Vec<Software> = responder.layers.clone();
    if identified && !seen.contains(&responder.software) {
        seen.push(responder.software);
    }
    if let Some(h) = response {
        if let Some(server) = h.header("server") {
            seen.insert(0, software_from_server(server));
        }
        if h.header("cf-ray").is_some() {
            seen.insert(0, Software::Cloudflare);
        }
        if h.header("x-amz-cf-id").is_some() {
            seen.insert(0, Software::Cloudfront);
        }
    }
    if response.is_some_and(|h| h.via_proxy.is_some()) {
        // A Squid on the way is the proxy in use on this computer, not the site's web server.
        seen.retain(|s| *s != Software::Squid);
    }
    if let Some(dns) = &ev.dns {
        for name in &dns.cname_chain {
            if let Some(sw) = cdn_from_cname(name) {
                seen.push(sw);
            }
        }
    }
    let edge = seen
        .iter()
        .copied()
        .find(|s| matches!(s.layer(), Layer::Cdn | Layer::LoadBalancer));
    let web_server = seen
        .iter()
        .copied()
        .find(|s| s.layer() == Layer::ReverseProxy);
    (edge, web_server)
}

/// The CDN / load balancer a CNAME points at (one suffix table, in `fingerprint::cdn`).
fn cdn_from_cname(name: &str) -> Option<Software> {
    crate::fingerprint::cdn::cdn_for_cname(name).map(|(provider, _)| provider.software())
}
