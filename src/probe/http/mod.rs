//! The `http` probe: one browser-like GET driven phase by phase (connect, TLS, request, first
//! byte, body) so each phase is timed like httpstat does, through the system proxy when one
//! applies, reading at most `BODY_CAP` bytes, and following up to `MAX_REDIRECTS` redirects with
//! loop detection. The visitor steps reuse the same client with other header sets.
//!
//! One small client on hyper's http1 connection API instead of a high-level HTTP library: it is the
//! only way to get per-phase timings, and every probe then sees the network the same way.

use super::dns::{Resolver, ms};
use super::proxy::{ProxyConfig, basic_authorization};
use super::tls::Alpn;
use super::{tcp, tls};
use crate::evidence::{
    DnsOutcome, HTTP1, HTTP2, HttpObservation, HttpOutcome, RedirectHop, TcpOutcome,
    TlsObservation, TlsOutcome,
};
use crate::target::{Scheme, Target, redact_url};
use std::collections::HashSet;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};
use tokio::net::TcpStream;

/// Most bytes of a body ever read (then the connection is dropped).
pub const BODY_CAP: usize = 256 * 1024;
/// Bytes of the body kept as text for fingerprinting and reports.
pub const EXCERPT_CAP: usize = 8 * 1024;
/// Redirects followed before giving up (as Chrome and Firefox: 20).
pub const MAX_REDIRECTS: usize = 20;

mod decode;
mod headers;
mod wire;

use headers::{add_cookies, host_port, remember_cookie, site_authorization};
use wire::{connect_tunnel, send};

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

impl Stream {
    /// What will be spoken on it: HTTP/2 when ALPN chose `h2`, else HTTP/1.1.
    fn protocol(&self) -> &'static str {
        match self {
            Stream::Tls(s) if s.get_ref().1.alpn_protocol() == Some(b"h2") => HTTP2,
            _ => HTTP1,
        }
    }
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
        self.fetch_speaking(target, first_hop, headers, use_proxy, Alpn::Browser)
            .await
    }

    /// [`Client::fetch`] offering only HTTP/1.1 on https (plain http is HTTP/1.1 anyway): the
    /// comparison that tells a failure of HTTP/2 alone from a failure of the site.
    pub async fn fetch_http1(
        &self,
        target: &Target,
        first_hop: Option<&[SocketAddr]>,
        headers: &[(String, String)],
    ) -> Fetched {
        self.fetch_speaking(target, first_hop, headers, true, Alpn::Http1)
            .await
    }

    async fn fetch_speaking(
        &self,
        target: &Target,
        first_hop: Option<&[SocketAddr]>,
        headers: &[(String, String)],
        use_proxy: bool,
        alpn: Alpn,
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
            let route = Route { use_proxy, alpn };
            // Boxed: the exchange future (both protocols' state machines) is large, and every
            // step nests several fetches.
            let exchange =
                Box::pin(self.exchange(&current, addrs, &hop_headers, route, deadline)).await;
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
                    obs.error = Some(crate::t!("eng-http-bad-redirect", error = e.message()));
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
                    crate::t!("eng-http-redirect-loop", url = next.redacted())
                } else {
                    crate::t!("eng-http-too-many-redirects", max = MAX_REDIRECTS)
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
        let route = Route {
            use_proxy: false,
            alpn: Alpn::Browser,
        };
        let exchange =
            Box::pin(self.exchange(target, Some(vec![address]), &headers, route, deadline)).await;
        let mut http = exchange.obs;
        http.timings.total = Some(ms(started.elapsed()));
        Fetched {
            http,
            tls: exchange.tls,
            page: exchange.page,
        }
    }

    /// One request/response, no redirects, finished by `deadline`. The phases run in turn
    /// (resolve, connect, tunnel, TLS, request); the first that fails ends the exchange with its
    /// outcome and error in the observation.
    async fn exchange(
        &self,
        target: &Target,
        addrs: Option<Vec<SocketAddr>>,
        headers: &[(String, String)],
        route: Route,
        deadline: Instant,
    ) -> Exchange {
        let started = Instant::now();
        let mut obs = HttpObservation {
            url: target.redacted(),
            ..HttpObservation::default()
        };
        let proxy = if route.use_proxy {
            self.proxy_for(target)
        } else {
            None
        };
        obs.via_proxy = proxy.as_ref().map(|p| redact_url(p.as_str()));
        match self
            .open(
                target,
                addrs,
                proxy.as_ref(),
                route.alpn,
                deadline,
                &mut obs,
            )
            .await
        {
            Ok((stream, tls)) => {
                let mut exchange = self
                    .request(stream, target, headers, proxy.as_ref(), deadline, obs)
                    .await;
                exchange.tls = tls;
                exchange.obs.timings.total = Some(ms(started.elapsed()));
                exchange
            }
            Err(tls) => Exchange::failed(obs, tls),
        }
    }

    /// Resolve, connect, tunnel through the proxy and set up TLS: a stream ready for the
    /// request (with the TLS observation), or the failure recorded in `obs` (with the TLS
    /// observation when the handshake was reached).
    async fn open(
        &self,
        target: &Target,
        addrs: Option<Vec<SocketAddr>>,
        proxy: Option<&url::Url>,
        alpn: Alpn,
        deadline: Instant,
        obs: &mut HttpObservation,
    ) -> Result<(Stream, Option<TlsObservation>), Option<TlsObservation>> {
        // The first hop: the proxy, or the target.
        let hop = match proxy {
            Some(p) => Hop {
                host: p.host_str().unwrap_or_default().to_string(),
                // No port given: 1080, as curl assumes.
                port: p.port().unwrap_or(1080),
                proxy: true,
            },
            None => Hop {
                host: target.host.clone(),
                port: target.port,
                proxy: false,
            },
        };
        let addrs = match addrs {
            Some(a) if !a.is_empty() && !hop.proxy => a,
            _ => self.resolve(&hop, obs).await.ok_or(None)?,
        };
        let (mut tcp_stream, address) = connect(&hop, addrs, deadline, obs).await.ok_or(None)?;
        if let Some(proxy) = proxy.filter(|_| target.scheme == Scheme::Https) {
            tunnel(&mut tcp_stream, target, proxy, deadline, obs)
                .await
                .ok_or(None)?;
        }
        match target.scheme {
            Scheme::Http => Ok((Stream::Plain(tcp_stream), None)),
            Scheme::Https => {
                let tls_started = Instant::now();
                let (t, s) = tls::handshake(
                    tcp_stream,
                    &target.host,
                    (!hop.proxy).then_some(address),
                    remaining(deadline),
                    alpn,
                )
                .await;
                obs.timings.tls = Some(ms(tls_started.elapsed()));
                match s {
                    Some(s) => Ok((Stream::Tls(Box::new(s)), Some(t))),
                    None => {
                        obs.outcome = HttpOutcome::TlsFailed;
                        obs.error = t.error.clone();
                        Err(Some(t))
                    }
                }
            }
        }
    }

    /// Resolve the first hop; `None` (with the failure in `obs`) when the name does not resolve.
    async fn resolve(&self, hop: &Hop, obs: &mut HttpObservation) -> Option<Vec<SocketAddr>> {
        let dns = self.resolver.resolve(&hop.host).await;
        obs.timings.dns = Some(dns.duration_ms);
        if !matches!(dns.outcome, DnsOutcome::Resolved | DnsOutcome::Literal) {
            obs.outcome = if hop.proxy {
                HttpOutcome::ProxyFailed
            } else {
                HttpOutcome::DnsFailed
            };
            obs.error = Some(crate::t!(
                "eng-cannot-resolve",
                host = hop.host.as_str(),
                error = dns.error.unwrap_or_else(|| format!("{:?}", dns.outcome))
            ));
            return None;
        }
        let resolved: Vec<SocketAddr> = dns
            .addresses
            .iter()
            .map(|ip| SocketAddr::new(*ip, hop.port))
            .collect();
        Some(tcp::pick(&resolved))
    }

    /// Send the request and read the response head and body (bounded), recording them in the
    /// observation.
    async fn request(
        &self,
        stream: Stream,
        target: &Target,
        headers: &[(String, String)],
        proxy: Option<&url::Url>,
        deadline: Instant,
        mut obs: HttpObservation,
    ) -> Exchange {
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
            .filter(|_| target.scheme == Scheme::Http)
            .and_then(basic_authorization)
        {
            headers.push(("proxy-authorization".into(), auth));
        }
        obs.protocol = Some(stream.protocol().to_string());
        let request_started = Instant::now();
        let result = tokio::time::timeout(
            remaining(deadline),
            send(stream, &uri, &target.authority(), &headers, deadline),
        )
        .await;
        let mut exchange = Exchange::failed(HttpObservation::default(), None);
        match result {
            Err(_) => {
                obs.outcome = HttpOutcome::Timeout;
                obs.error = Some(crate::t!(
                    "eng-http-no-response",
                    secs = format!("{:.1}", self.timeout.as_secs_f64())
                ));
            }
            Ok(Err(failure)) => {
                obs.outcome = failure.outcome;
                obs.error = Some(failure.message);
                obs.http2_error = failure.http2_error;
            }
            Ok(Ok(resp)) => {
                obs.outcome = HttpOutcome::Response;
                obs.protocol = Some(resp.protocol.to_string());
                obs.http2_error = resp.http2_error;
                obs.status = Some(resp.status);
                obs.reason = resp.reason;
                obs.headers = resp.headers;
                exchange.raw_location = resp.raw_location;
                exchange.raw_set_cookies = resp.raw_set_cookies;
                obs.timings.first_byte = Some(ms(resp.first_byte - request_started));
                obs.body_bytes = resp.body.len() as u64;
                obs.body_truncated = resp.truncated;
                let keep = resp.body.len().min(EXCERPT_CAP);
                obs.body_excerpt =
                    String::from_utf8_lossy(&resp.body[..keep]).replace('\0', "\u{FFFD}");
                exchange.page = String::from_utf8_lossy(&resp.body).into_owned();
                if let Some(e) = resp.body_error {
                    obs.error = Some(e);
                }
                // 407 comes from the proxy itself (it wants credentials): the site was never
                // asked, so this is the proxy failing, not the site's answer.
                if proxy.is_some() && resp.status == 407 {
                    obs.outcome = HttpOutcome::ProxyFailed;
                    obs.error = Some(crate::t!(
                        "eng-http-proxy-credentials",
                        status = resp.status.to_string(),
                        // The reason phrase as sent, or HTTP's own: not translated.
                        reason = obs
                            .reason
                            .as_deref()
                            .unwrap_or("Proxy Authentication Required")
                    ));
                }
            }
        }
        exchange.obs = obs;
        exchange
    }
}

/// How one exchange travels: through the proxy or not, and which protocols it offers.
#[derive(Debug, Clone, Copy)]
struct Route {
    use_proxy: bool,
    alpn: Alpn,
}

/// The first hop of an exchange: the proxy when one is used, else the site.
struct Hop {
    host: String,
    port: u16,
    proxy: bool,
}

/// Connect to the first address that accepts, in the order given (the engine puts the addresses
/// that accepted in the TCP probe first). Each address gets a fair share of the time left, so one
/// black-holed address cannot eat the whole budget. `None` (with the failure in `obs`) when none
/// accepts.
async fn connect(
    hop: &Hop,
    addrs: Vec<SocketAddr>,
    deadline: Instant,
    obs: &mut HttpObservation,
) -> Option<(TcpStream, SocketAddr)> {
    let connect_started = Instant::now();
    let mut last = None;
    let candidates: Vec<SocketAddr> = addrs.into_iter().take(6).collect();
    for (i, addr) in candidates.iter().enumerate() {
        let left = (candidates.len() - i) as u32;
        let share = remaining(deadline) / left;
        let (attempt, s) = tcp::connect(*addr, share.max(Duration::from_millis(1))).await;
        if let Some(s) = s {
            obs.timings.connect = Some(ms(connect_started.elapsed()));
            return Some((s, *addr));
        }
        last = Some(attempt);
    }
    obs.timings.connect = Some(ms(connect_started.elapsed()));
    obs.outcome = match (hop.proxy, last.as_ref().map(|a| a.outcome)) {
        (true, _) => HttpOutcome::ProxyFailed,
        (false, Some(TcpOutcome::Refused)) => HttpOutcome::ConnectRefused,
        (false, Some(TcpOutcome::Timeout)) => HttpOutcome::ConnectTimeout,
        _ => HttpOutcome::ConnectFailed,
    };
    let key = if hop.proxy {
        "eng-http-proxy-connect-failed"
    } else {
        "eng-http-connect-failed"
    };
    let error = last
        .and_then(|a| a.error)
        .unwrap_or_else(|| crate::t!("eng-http-no-address"));
    obs.error = Some(crate::i18n::tr(
        key,
        &[
            ("host", hop.host.clone().into()),
            ("port", hop.port.to_string().into()),
            ("error", error.into()),
        ],
    ));
    None
}

/// Through a proxy, https needs a CONNECT tunnel first. `None` (with the failure in `obs`) when
/// the proxy refuses or does not answer in time.
async fn tunnel(
    stream: &mut TcpStream,
    target: &Target,
    proxy: &url::Url,
    deadline: Instant,
    obs: &mut HttpObservation,
) -> Option<()> {
    let tunnel = tokio::time::timeout(
        remaining(deadline),
        connect_tunnel(stream, &host_port(target), basic_authorization(proxy)),
    )
    .await;
    let failure = match tunnel {
        Err(_) => crate::t!("eng-http-proxy-connect-timeout"),
        Ok(Err(e)) => e,
        Ok(Ok(())) => return Some(()),
    };
    obs.outcome = HttpOutcome::ProxyFailed;
    obs.error = Some(failure);
    None
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
