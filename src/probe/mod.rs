//! The probe engine: runs the real network probes of one check concurrently on tokio, each under
//! its own timeout, and reports each one as an event (`Started`, then `Finished` with its
//! observation) over a channel. The CLI prints from the same stream the GUI draws from; folding
//! the events into `Evidence` and calling `diagnosis::diagnose` gives the live verdict.
//!
//! Order: `connection` runs from the start, beside `dns -> tcp -> http (+tls)`; the visitor steps
//! (`refresh`, `clear_cache`, `other_browser`) start once the first response is in, because
//! `clear_cache` replays its validators. Dropping the `run` future cancels every probe at once.

pub mod burst;
pub mod clock;
pub mod dns;
pub mod http;
pub mod origin;
pub mod paths;
pub mod propagation;
pub mod proxy;
pub mod routes;
pub mod steps;
pub mod tcp;
pub mod tls;

use crate::evidence::{
    DnsOutcome, Evidence, HttpObservation, HttpOutcome, Mode, Observation, ProbeEvent, ProbeKind,
    ProbeRecord, ProbeStatus, TcpOutcome, TlsOutcome,
};
use crate::target::{Scheme, Target};
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};
use tokio::sync::mpsc::UnboundedSender;

/// Reference endpoints for the `connection` step when none are given (`--reference` replaces
/// them): two IP literals (no DNS needed) and one name.
pub const DEFAULT_REFERENCES: &[&str] = &["1.1.1.1:443", "8.8.8.8:443", "www.wikipedia.org:443"];

/// Everything that shapes a check besides the target.
#[derive(Debug, Clone)]
pub struct CheckOptions {
    pub mode: Mode,
    /// Per probe step.
    pub timeout: Duration,
    /// Requests made by the `refresh` step.
    pub retries: u32,
    /// Spacing between the refresh requests.
    pub retry_spacing: Duration,
    /// `--resolver`: ask this DNS server instead of the system's.
    pub resolver: Option<SocketAddr>,
    /// `host:port` endpoints for the connection step.
    pub references: Vec<String>,
    /// False with `--no-proxy`.
    pub use_proxy: bool,
    /// Owner mode: `--origin IP[:PORT]`, the server behind the CDN to compare the edge with.
    pub origin: Option<SocketAddr>,
    /// Owner mode: `--expect-ip`, the addresses DNS should answer.
    pub expect_ips: Vec<std::net::IpAddr>,
    /// Owner mode: `--public-resolver` (None: Cloudflare, Google and Quad9).
    pub public_resolvers: Option<Vec<SocketAddr>>,
    /// Owner mode: `--authoritative` (empty: the name's NS records are asked).
    pub authoritative: Vec<SocketAddr>,
    /// Owner mode: the small, bounded burst of requests (off with `--no-burst`).
    pub burst: bool,
}

impl Default for CheckOptions {
    fn default() -> Self {
        CheckOptions {
            mode: Mode::Visitor,
            timeout: Duration::from_secs(10),
            retries: 3,
            retry_spacing: Duration::from_millis(250),
            resolver: None,
            references: DEFAULT_REFERENCES.iter().map(|s| s.to_string()).collect(),
            use_proxy: true,
            origin: None,
            expect_ips: Vec::new(),
            public_resolvers: None,
            authoritative: Vec::new(),
            burst: true,
        }
    }
}

/// The probes a check of `target` runs.
pub fn plan(_target: &Target, options: &CheckOptions) -> Vec<ProbeKind> {
    // TLS is planned for http targets too: a redirect to https brings a certificate along.
    let mut kinds = vec![
        ProbeKind::Dns,
        ProbeKind::Tcp,
        ProbeKind::Tls,
        ProbeKind::Http,
    ];
    if options.retries > 0 {
        kinds.push(ProbeKind::Refresh);
    }
    kinds.extend([
        ProbeKind::ClearCache,
        ProbeKind::OtherBrowser,
        ProbeKind::Connection,
    ]);
    if options.mode == Mode::Owner {
        kinds.push(ProbeKind::Propagation);
        kinds.push(ProbeKind::Routes);
        if options.origin.is_some() {
            kinds.push(ProbeKind::Origin);
        }
        kinds.push(ProbeKind::Paths);
        if options.burst {
            kinds.push(ProbeKind::Burst);
        }
    }
    kinds
}

/// Empty evidence for a check that is about to start (everything planned is pending).
pub fn new_evidence(target: &Target, options: &CheckOptions) -> Evidence {
    Evidence {
        mode: options.mode,
        target: target.info(),
        planned: plan(target, options),
        timeout_secs: options.timeout.as_secs_f64(),
        ..Evidence::default()
    }
}

struct Emitter {
    tx: UnboundedSender<ProbeEvent>,
}

impl Emitter {
    fn started(&self, kind: ProbeKind) {
        let _ = self.tx.send(ProbeEvent::Started(kind));
    }

    fn finished(&self, observation: Observation, started: Instant) {
        let record = record(&observation, started.elapsed());
        let _ = self.tx.send(ProbeEvent::Finished {
            observation: Box::new(observation),
            record,
        });
    }

    fn skipped(&self, kind: ProbeKind, reason: &str) {
        self.finished(
            Observation::Skipped {
                kind,
                reason: reason.to_string(),
            },
            Instant::now(),
        );
    }
}

/// Run a whole check, sending events to `tx`. Returns when every planned probe has reported.
pub async fn run(target: Target, options: CheckOptions, tx: UnboundedSender<ProbeEvent>) {
    let out = Emitter { tx };
    let planned = plan(&target, &options);
    let client = http::Client {
        resolver: Arc::new(dns::Resolver::new(options.resolver, options.timeout)),
        timeout: options.timeout,
        proxy: options.use_proxy.then(proxy::ProxyConfig::from_env),
    };
    let connection = async {
        let started = Instant::now();
        out.started(ProbeKind::Connection);
        let obs = steps::connection(&client, &target, &options.references).await;
        out.finished(Observation::Connection(obs), started);
    };
    let main = async {
        // DNS.
        let started = Instant::now();
        out.started(ProbeKind::Dns);
        let dns = client.resolver.resolve(&target.host).await;
        let resolved = matches!(dns.outcome, DnsOutcome::Resolved | DnsOutcome::Literal);
        let addrs: Vec<SocketAddr> = dns
            .addresses
            .iter()
            .map(|ip| SocketAddr::new(*ip, target.port))
            .collect();
        let dns_error = dns.error.clone();
        let dns_ms = dns.duration_ms;
        out.finished(Observation::Dns(dns), started);
        // Behind a proxy the proxy resolves and connects: local DNS/TCP results are information.
        let proxied = client.proxy_for(&target).is_some();
        if !resolved && !proxied {
            let reason = "the name did not resolve, so there is nothing to connect to";
            for kind in &planned {
                match kind {
                    ProbeKind::Dns
                    | ProbeKind::Connection
                    | ProbeKind::Propagation
                    | ProbeKind::Origin => {}
                    ProbeKind::Http => out.finished(
                        Observation::Http(HttpObservation {
                            outcome: HttpOutcome::DnsFailed,
                            url: target.redacted(),
                            error: dns_error.clone(),
                            ..HttpObservation::default()
                        }),
                        Instant::now(),
                    ),
                    k => out.skipped(*k, reason),
                }
            }
            return;
        }

        // TCP to every address (they are tried in order by the HTTP probe too).
        let started = Instant::now();
        out.started(ProbeKind::Tcp);
        let tcp = if resolved {
            tcp::probe(&addrs, options.timeout).await
        } else {
            Default::default()
        };
        // Prefer the addresses that accepted.
        let mut ordered: Vec<SocketAddr> = tcp
            .attempts
            .iter()
            .filter(|a| a.outcome == TcpOutcome::Connected)
            .map(|a| a.address)
            .collect();
        let all_timed_out = !tcp.attempts.is_empty()
            && tcp
                .attempts
                .iter()
                .all(|a| a.outcome == TcpOutcome::Timeout);
        let rest: Vec<SocketAddr> = addrs
            .iter()
            .filter(|a| !ordered.contains(a))
            .copied()
            .collect();
        ordered.extend(rest);
        if resolved {
            out.finished(Observation::Tcp(tcp), started);
        } else {
            out.skipped(
                ProbeKind::Tcp,
                "the name does not resolve on this computer; the proxy resolves it instead",
            );
        }

        // The main timed request (its handshake is the TLS probe), then `clear_cache`, which
        // replays its validators. `refresh` and `other_browser` run beside it, so a site that
        // hangs costs one timeout, not one per step.
        let hopeless = all_timed_out && !proxied;
        let addrs_ref = Some(ordered.as_slice());
        let main_then_cache = async {
            let started = Instant::now();
            out.started(ProbeKind::Http);
            out.started(ProbeKind::Tls);
            let mut first = client
                .fetch(&target, addrs_ref, &steps::Browser::Chrome.headers(), true)
                .await;
            // The first hop reused the DNS probe's answer: its lookup time is that probe's.
            if first.http.redirects.is_empty() && first.http.via_proxy.is_none() {
                first.http.timings.dns.get_or_insert(dns_ms);
            }
            match &first.tls {
                Some(t) => out.finished(Observation::Tls(t.clone()), started),
                None if target.scheme == Scheme::Http => out.skipped(
                    ProbeKind::Tls,
                    "the site is served over plain http (no certificate involved)",
                ),
                None => out.skipped(
                    ProbeKind::Tls,
                    first
                        .http
                        .error
                        .as_deref()
                        .unwrap_or("no TCP connection to run TLS over"),
                ),
            }
            out.finished(Observation::Http(first.http.clone()), started);
            let unanswered = matches!(
                first.http.outcome,
                HttpOutcome::Timeout | HttpOutcome::ConnectTimeout
            );
            if hopeless || unanswered {
                out.skipped(
                    ProbeKind::ClearCache,
                    "the server does not answer at all, so a cached page cannot be the cause",
                );
                for kind in [ProbeKind::Paths, ProbeKind::Burst] {
                    if planned.contains(&kind) {
                        out.skipped(kind, "the server does not answer at all");
                    }
                }
                return;
            }
            let clear_cache = async {
                let started = Instant::now();
                out.started(ProbeKind::ClearCache);
                let obs = steps::clear_cache(&client, &target, addrs_ref, &first).await;
                out.finished(Observation::ClearCache(obs), started);
            };
            // Owner mode: static vs dynamic paths (reads the page the main request got).
            let paths = async {
                if !planned.contains(&ProbeKind::Paths) {
                    return;
                }
                let started = Instant::now();
                out.started(ProbeKind::Paths);
                let obs = paths::run(&target, &first.page, &client).await;
                out.finished(Observation::Paths(obs), started);
            };
            tokio::join!(clear_cache, paths);
            // The gentle burst last, so it never skews the timings above.
            if planned.contains(&ProbeKind::Burst) {
                let started = Instant::now();
                out.started(ProbeKind::Burst);
                let obs = burst::run(&target, &burst::BurstOptions::default(), &client).await;
                out.finished(Observation::Burst(obs), started);
            }
        };
        let refresh = async {
            if options.retries == 0 {
                return;
            }
            let started = Instant::now();
            out.started(ProbeKind::Refresh);
            let obs = steps::refresh(
                &client,
                &target,
                addrs_ref,
                options.retries,
                options.retry_spacing,
            )
            .await;
            out.finished(Observation::Refresh(obs), started);
        };
        let other_browser = async {
            if hopeless {
                out.skipped(
                    ProbeKind::OtherBrowser,
                    "the server does not accept connections",
                );
                return;
            }
            let started = Instant::now();
            out.started(ProbeKind::OtherBrowser);
            let obs = steps::other_browser(&client, &target, addrs_ref).await;
            out.finished(Observation::OtherBrowser(obs), started);
        };
        // Owner mode: the same site reached different ways (needs the DNS answer).
        let routes = async {
            if !planned.contains(&ProbeKind::Routes) {
                return;
            }
            let started = Instant::now();
            out.started(ProbeKind::Routes);
            let addresses: Vec<std::net::IpAddr> = addrs.iter().map(|a| a.ip()).collect();
            let route_options = routes::RoutesOptions::new(options.timeout);
            let obs = routes::run(&target, &addresses, &client, &route_options).await;
            out.finished(Observation::Routes(obs), started);
        };
        tokio::join!(main_then_cache, refresh, other_browser, routes);
    };
    // Owner mode: DNS at every resolver, beside everything else (it needs only the name).
    let owner_dns = async {
        if !planned.contains(&ProbeKind::Propagation) {
            return;
        }
        let started = Instant::now();
        out.started(ProbeKind::Propagation);
        let obs = propagation::run(&target.host, &propagation_options(&options)).await;
        out.finished(Observation::Propagation(obs), started);
    };
    // Owner mode, `--origin`: the same request straight to the origin, beside the edge's.
    let origin = async {
        let Some(origin) = options
            .origin
            .filter(|_| planned.contains(&ProbeKind::Origin))
        else {
            return;
        };
        let started = Instant::now();
        out.started(ProbeKind::Origin);
        let obs = origin::run(&target, origin, &client).await;
        out.finished(Observation::Origin(obs), started);
    };
    tokio::join!(connection, main, owner_dns, origin);
}

/// The propagation probe's settings from the check's: `--resolver` is "this computer's" resolver,
/// `--public-resolver` replaces the public ones, `--authoritative` skips the NS discovery.
fn propagation_options(options: &CheckOptions) -> propagation::PropagationOptions {
    let defaults = propagation::PropagationOptions::default();
    propagation::PropagationOptions {
        system: options.resolver,
        public: match &options.public_resolvers {
            Some(list) => list
                .iter()
                .map(|a| propagation::public_resolver(*a))
                .collect(),
            None => defaults.public,
        },
        authoritative: options.authoritative.clone(),
        expect_ips: options.expect_ips.clone(),
        timeout: options.timeout,
        ..defaults
    }
}

/// The event for an observation made outside the engine (the server logs, read by the CLI or
/// the app once the probes are done).
pub fn finished_event(observation: Observation, elapsed: Duration) -> ProbeEvent {
    let record = record(&observation, elapsed);
    ProbeEvent::Finished {
        observation: Box::new(observation),
        record,
    }
}

/// The report's `probes` entry for an observation.
fn record(observation: &Observation, elapsed: Duration) -> ProbeRecord {
    let kind = observation.kind();
    let status = match observation {
        Observation::Dns(d) => match d.outcome {
            DnsOutcome::Resolved | DnsOutcome::Literal => ProbeStatus::Ok,
            DnsOutcome::Timeout => ProbeStatus::Timeout,
            _ => ProbeStatus::Error,
        },
        Observation::Tcp(t) => {
            if t.any_connected() {
                ProbeStatus::Ok
            } else if t.attempts.iter().all(|a| a.outcome == TcpOutcome::Timeout) {
                ProbeStatus::Timeout
            } else {
                ProbeStatus::Error
            }
        }
        Observation::Tls(t) => match t.outcome {
            TlsOutcome::Ok => ProbeStatus::Ok,
            TlsOutcome::Timeout => ProbeStatus::Timeout,
            _ => ProbeStatus::Error,
        },
        Observation::Http(h) => match h.outcome {
            HttpOutcome::Response => ProbeStatus::Ok,
            HttpOutcome::Timeout | HttpOutcome::ConnectTimeout => ProbeStatus::Timeout,
            HttpOutcome::DnsFailed => ProbeStatus::Skipped,
            _ => ProbeStatus::Error,
        },
        Observation::Skipped { .. } => ProbeStatus::Skipped,
        Observation::Logs(o) if o.analysis.nothing_readable() => ProbeStatus::Error,
        _ => ProbeStatus::Ok,
    };
    let details = match observation {
        Observation::Dns(o) => serde_json::to_value(o),
        Observation::Tcp(o) => serde_json::to_value(o),
        Observation::Tls(o) => serde_json::to_value(o),
        Observation::Http(o) => {
            // The body excerpt is in the report's `http` section already.
            let mut o = o.clone();
            o.body_excerpt.clear();
            serde_json::to_value(o)
        }
        Observation::Refresh(o) => serde_json::to_value(o),
        Observation::ClearCache(o) => serde_json::to_value(o),
        Observation::OtherBrowser(o) => serde_json::to_value(o),
        Observation::Connection(o) => serde_json::to_value(o),
        Observation::Propagation(o) => serde_json::to_value(o),
        Observation::Origin(o) => serde_json::to_value(o),
        Observation::Routes(o) => serde_json::to_value(o),
        Observation::Paths(o) => serde_json::to_value(o),
        Observation::Burst(o) => serde_json::to_value(o),
        // The findings are in the report's `logs` section; the probe log gets the outline.
        Observation::Logs(o) => Ok(serde_json::json!({
            "summary": o.summary(),
            "files": o.analysis.files,
            "causes": o.analysis.findings.iter()
                .map(|f| serde_json::json!({ "cause": f.cause, "count": f.count, "last_seen": f.last_seen }))
                .collect::<Vec<_>>(),
        })),
        Observation::Skipped { reason, .. } => Ok(serde_json::json!({ "reason": reason })),
    }
    .unwrap_or_default();
    ProbeRecord {
        kind,
        status,
        duration_ms: dns::ms(elapsed),
        details,
    }
}
