//! The `http` probe: one browser-like GET driven phase by phase (connect, TLS, request, first
//! byte, body) so each phase is timed like httpstat does, through the system proxy when one
//! applies, reading at most `BODY_CAP` bytes, and following up to `MAX_REDIRECTS` redirects with
//! loop detection. The visitor steps reuse the same client with other header sets.
//!
//! One small client on hyper's http1 connection API instead of a high-level HTTP library: it is the
//! only way to get per-phase timings, and every probe then sees the network the same way.

use super::dns::{Resolver, ms};
use super::proxy::{ProxyConfig, basic_authorization};
use super::{tcp, tls};
use crate::evidence::{
    DnsOutcome, HttpObservation, HttpOutcome, RedirectHop, TcpOutcome, TlsObservation, TlsOutcome,
};
use crate::target::{Scheme, Target, redact_url};
use http_body_util::{BodyExt, Empty};
use hyper::body::Bytes;
use hyper_util::rt::TokioIo;
use std::collections::HashSet;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use tokio::net::TcpStream;

/// Most bytes of a body ever read (then the connection is dropped).
pub const BODY_CAP: usize = 256 * 1024;
/// Bytes of the body kept as text for fingerprinting and reports.
pub const EXCERPT_CAP: usize = 8 * 1024;
/// Redirects followed before giving up (as Chrome and Firefox: 20).
pub const MAX_REDIRECTS: usize = 20;

mod headers;
mod wire;

use headers::*;
use wire::*;

/// Shared by all probes of one check.
pub struct Client {
    pub resolver: Arc<Resolver>,
    pub timeout: Duration,
    /// `None` with `--no-proxy`.
    pub proxy: Option<ProxyConfig>,
}

/// The result of one request, redirects followed.
#[derive(Debug, Clone, Default)]
pub struct Fetched {
    pub http: HttpObservation,
    /// The TLS handshake of the first hop (https only).
    pub tls: Option<TlsObservation>,
    /// The whole body read (up to `BODY_CAP`) as lossy UTF-8, for probes that read the page
    /// (owner mode: WordPress, static assets). Never copied into the evidence or reports.
    pub page: String,
}

enum Stream {
    Plain(TcpStream),
    Tls(Box<tokio_rustls::client::TlsStream<TcpStream>>),
}

impl Client {
    /// The proxy that applies to `target`, unless proxies are off.
    pub fn proxy_for(&self, target: &Target) -> Option<url::Url> {
        self.proxy
            .as_ref()
            .and_then(|p| p.for_target(target))
            .cloned()
    }

    /// GET `target` with `headers`, following redirects. `first_hop`: addresses already resolved
    /// for the first hop, best first (avoids a second lookup). `use_proxy`: false forces a direct
    /// connection. The whole request, redirects included, shares one timeout.
    pub async fn fetch(
        &self,
        target: &Target,
        first_hop: Option<&[SocketAddr]>,
        headers: &[(String, String)],
        use_proxy: bool,
    ) -> Fetched {
        let started = Instant::now();
        let deadline = started + self.timeout;
        let mut current = target.clone();
        // Cookies set during this one request (cookie-check redirects need them). Kept in memory
        // for the length of the request only, never stored or shown.
        let mut jar: Vec<(String, String)> = Vec::new();
        let mut visited: HashSet<(String, String)> = HashSet::new();
        visited.insert((current.url().as_str().to_string(), String::new()));
        let mut hops: Vec<RedirectHop> = Vec::new();
        let mut worst_tls: Option<TlsObservation> = None;
        loop {
            let addrs = if hops.is_empty() {
                first_hop.map(|a| a.to_vec())
            } else {
                None
            };
            let mut hop_headers = headers.to_vec();
            add_cookies(&mut hop_headers, &jar);
            if let Some(auth) = site_authorization(target, &current) {
                hop_headers.push(("authorization".into(), auth));
            }
            let exchange = self
                .exchange(&current, addrs, &hop_headers, use_proxy, deadline)
                .await;
            let mut obs = exchange.obs;
            if let Some(t) = exchange.tls {
                // The first https hop, unless a later one has a worse certificate.
                let replace = match &worst_tls {
                    None => true,
                    Some(w) => w.outcome == TlsOutcome::Ok && t.outcome != TlsOutcome::Ok,
                };
                if replace {
                    worst_tls = Some(t);
                }
            }
            obs.redirects = hops.clone();
            let page = exchange.page;
            let done = |mut obs: HttpObservation, tls: Option<TlsObservation>| {
                obs.timings.total = Some(ms(started.elapsed()));
                Fetched {
                    http: obs,
                    tls,
                    page,
                }
            };
            let location = obs
                .status
                .filter(|s| matches!(s, 301 | 302 | 303 | 307 | 308))
                .and(exchange.raw_location);
            let Some(location) = location else {
                return done(obs, worst_tls);
            };
            for cookie in &exchange.raw_set_cookies {
                remember_cookie(&mut jar, cookie);
            }
            let next = match current.join(&location) {
                Ok(n) => n,
                Err(e) => {
                    obs.error = Some(format!("the redirect location is not usable: {e}"));
                    return done(obs, worst_tls);
                }
            };
            hops.push(RedirectHop {
                url: current.redacted(),
                status: obs.status.unwrap_or_default(),
                location: next.redacted(),
            });
            // A loop is the same address again with nothing new to send (no new cookies).
            let jar_key: Vec<String> = jar.iter().map(|(n, v)| format!("{n}={v}")).collect();
            let looped = !visited.insert((next.url().as_str().to_string(), jar_key.join(";")));
            if looped || hops.len() > MAX_REDIRECTS {
                obs.outcome = if looped {
                    HttpOutcome::RedirectLoop
                } else {
                    HttpOutcome::TooManyRedirects
                };
                obs.error = Some(if looped {
                    format!(
                        "redirect loop: {} leads back to an address already visited",
                        next.redacted()
                    )
                } else {
                    format!("more than {MAX_REDIRECTS} redirects")
                });
                obs.redirects = hops;
                return done(obs, worst_tls);
            }
            current = next;
        }
    }

    /// One GET of `target` over a connection to `address`, like curl's `--connect-to`: the Host
    /// header and the TLS server name stay the target's, no proxy is used and no redirect is
    /// followed (a redirect's `Location` is in the response headers). For the owner probes that
    /// must reach one exact server: the origin behind a CDN, one IPv4 or IPv6 address, a port.
    pub async fn fetch_at(
        &self,
        target: &Target,
        address: SocketAddr,
        headers: &[(String, String)],
    ) -> Fetched {
        let started = Instant::now();
        let deadline = started + self.timeout;
        let mut headers = headers.to_vec();
        if let Some(auth) = site_authorization(target, target) {
            headers.push(("authorization".into(), auth));
        }
        let exchange = self
            .exchange(target, Some(vec![address]), &headers, false, deadline)
            .await;
        let mut http = exchange.obs;
        http.timings.total = Some(ms(started.elapsed()));
        Fetched {
            http,
            tls: exchange.tls,
            page: exchange.page,
        }
    }

    /// One request/response, no redirects, finished by `deadline`.
    async fn exchange(
        &self,
        target: &Target,
        addrs: Option<Vec<SocketAddr>>,
        headers: &[(String, String)],
        use_proxy: bool,
        deadline: Instant,
    ) -> Exchange {
        let started = Instant::now();
        let mut obs = HttpObservation {
            url: target.redacted(),
            ..HttpObservation::default()
        };
        let proxy = if use_proxy {
            self.proxy_for(target)
        } else {
            None
        };
        obs.via_proxy = proxy.as_ref().map(|p| redact_url(p.as_str()));

        // Resolve: the proxy or the target.
        let (connect_host, connect_port) = match &proxy {
            Some(p) => (
                p.host_str().unwrap_or_default().to_string(),
                // No port given: 1080, as curl assumes.
                p.port().unwrap_or(1080),
            ),
            None => (target.host.clone(), target.port),
        };
        let addrs = match (addrs, &proxy) {
            (Some(a), None) if !a.is_empty() => a,
            _ => {
                let dns = self.resolver.resolve(&connect_host).await;
                obs.timings.dns = Some(dns.duration_ms);
                if !matches!(dns.outcome, DnsOutcome::Resolved | DnsOutcome::Literal) {
                    obs.outcome = if proxy.is_some() {
                        HttpOutcome::ProxyFailed
                    } else {
                        HttpOutcome::DnsFailed
                    };
                    obs.error = Some(format!(
                        "cannot resolve {connect_host}: {}",
                        dns.error.unwrap_or_else(|| format!("{:?}", dns.outcome))
                    ));
                    return Exchange::failed(obs, None);
                }
                let resolved: Vec<SocketAddr> = dns
                    .addresses
                    .iter()
                    .map(|ip| SocketAddr::new(*ip, connect_port))
                    .collect();
                tcp::pick(&resolved)
            }
        };

        // Connect: the first address that accepts, in the order given (the engine puts the
        // addresses that accepted in the TCP probe first). Each address gets a fair share of the
        // time left, so one black-holed address cannot eat the whole budget.
        let connect_started = Instant::now();
        let mut stream = None;
        let mut last = None;
        let candidates: Vec<SocketAddr> = addrs.into_iter().take(6).collect();
        for (i, addr) in candidates.iter().enumerate() {
            let left = (candidates.len() - i) as u32;
            let share = remaining(deadline) / left;
            let (attempt, s) = tcp::connect(*addr, share.max(Duration::from_millis(1))).await;
            if let Some(s) = s {
                stream = Some((s, *addr));
                break;
            }
            last = Some(attempt);
        }
        obs.timings.connect = Some(ms(connect_started.elapsed()));
        let Some((tcp_stream, address)) = stream else {
            let attempt = last;
            obs.outcome = match (&proxy, attempt.as_ref().map(|a| a.outcome)) {
                (Some(_), _) => HttpOutcome::ProxyFailed,
                (None, Some(TcpOutcome::Refused)) => HttpOutcome::ConnectRefused,
                (None, Some(TcpOutcome::Timeout)) => HttpOutcome::ConnectTimeout,
                _ => HttpOutcome::ConnectFailed,
            };
            let what = if proxy.is_some() { "the proxy " } else { "" };
            obs.error = Some(format!(
                "could not connect to {what}{connect_host}:{connect_port}: {}",
                attempt
                    .and_then(|a| a.error)
                    .unwrap_or_else(|| "no address to connect to".into())
            ));
            return Exchange::failed(obs, None);
        };

        // Through a proxy, https needs a CONNECT tunnel first.
        let mut tcp_stream = tcp_stream;
        if proxy.is_some() && target.scheme == Scheme::Https {
            let tunnel = tokio::time::timeout(
                remaining(deadline),
                connect_tunnel(
                    &mut tcp_stream,
                    &host_port(target),
                    proxy.as_ref().and_then(basic_authorization),
                ),
            )
            .await;
            let failure = match tunnel {
                Err(_) => Some("the proxy did not answer the CONNECT request in time".to_string()),
                Ok(Err(e)) => Some(e),
                Ok(Ok(())) => None,
            };
            if let Some(e) = failure {
                obs.outcome = HttpOutcome::ProxyFailed;
                obs.error = Some(e);
                return Exchange::failed(obs, None);
            }
        }

        // TLS.
        let mut tls_obs = None;
        let stream = match target.scheme {
            Scheme::Http => Stream::Plain(tcp_stream),
            Scheme::Https => {
                let tls_started = Instant::now();
                let (t, s) = tls::handshake(
                    tcp_stream,
                    &target.host,
                    proxy.is_none().then_some(address),
                    remaining(deadline),
                )
                .await;
                obs.timings.tls = Some(ms(tls_started.elapsed()));
                let error = t.error.clone();
                tls_obs = Some(t);
                match s {
                    Some(s) => Stream::Tls(Box::new(s)),
                    None => {
                        obs.outcome = HttpOutcome::TlsFailed;
                        obs.error = error;
                        return Exchange::failed(obs, tls_obs);
                    }
                }
            }
        };

        // Request and response head.
        let uri = if proxy.is_some() && target.scheme == Scheme::Http {
            // Absolute form for the proxy, without credentials or fragment (they would end up
            // in the proxy's log).
            let mut u = target.url().clone();
            let _ = u.set_username("");
            let _ = u.set_password(None);
            u.set_fragment(None);
            u.to_string()
        } else {
            target.path_and_query()
        };
        let mut headers = headers.to_vec();
        if let Some(auth) = proxy
            .as_ref()
            .filter(|_| target.scheme == Scheme::Http)
            .and_then(basic_authorization)
        {
            headers.push(("proxy-authorization".into(), auth));
        }
        let request_started = Instant::now();
        let result = tokio::time::timeout(
            remaining(deadline),
            send(stream, &uri, &target.authority(), &headers, deadline),
        )
        .await;
        let mut raw_location = None;
        let mut raw_set_cookies = Vec::new();
        let mut page = String::new();
        match result {
            Err(_) => {
                obs.outcome = HttpOutcome::Timeout;
                obs.error = Some(format!(
                    "connected, but no response within {:.1} s",
                    self.timeout.as_secs_f64()
                ));
            }
            Ok(Err((outcome, e))) => {
                obs.outcome = outcome;
                obs.error = Some(e);
            }
            Ok(Ok(resp)) => {
                obs.outcome = HttpOutcome::Response;
                obs.status = Some(resp.status);
                obs.reason = resp.reason;
                obs.headers = resp.headers;
                raw_location = resp.raw_location;
                raw_set_cookies = resp.raw_set_cookies;
                obs.timings.first_byte = Some(ms(resp.first_byte - request_started));
                obs.body_bytes = resp.body.len() as u64;
                obs.body_truncated = resp.truncated;
                let keep = resp.body.len().min(EXCERPT_CAP);
                obs.body_excerpt =
                    String::from_utf8_lossy(&resp.body[..keep]).replace('\0', "\u{FFFD}");
                page = String::from_utf8_lossy(&resp.body).into_owned();
                if let Some(e) = resp.body_error {
                    obs.error = Some(e);
                }
                // 407 comes from the proxy itself (it wants credentials): the site was never
                // asked, so this is the proxy failing, not the site's answer.
                if proxy.is_some() && resp.status == 407 {
                    obs.outcome = HttpOutcome::ProxyFailed;
                    obs.error = Some(format!(
                        "the proxy asks for credentials ({} {})",
                        resp.status,
                        obs.reason
                            .as_deref()
                            .unwrap_or("Proxy Authentication Required")
                    ));
                }
            }
        }
        obs.timings.total = Some(ms(started.elapsed()));
        Exchange {
            obs,
            tls: tls_obs,
            raw_location,
            raw_set_cookies,
            page,
        }
    }
}

fn remaining(deadline: Instant) -> Duration {
    deadline
        .saturating_duration_since(Instant::now())
        .max(Duration::from_millis(1))
}

/// What one exchange produced; the raw values never leave this module.
struct Exchange {
    obs: HttpObservation,
    tls: Option<TlsObservation>,
    /// The `Location` header as sent (the observation holds it redacted).
    raw_location: Option<String>,
    raw_set_cookies: Vec<String>,
    /// The body read, as lossy UTF-8.
    page: String,
}

impl Exchange {
    fn failed(obs: HttpObservation, tls: Option<TlsObservation>) -> Exchange {
        Exchange {
            obs,
            tls,
            raw_location: None,
            raw_set_cookies: Vec::new(),
            page: String::new(),
        }
    }
}
