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
pub mod http3;
pub mod origin;
pub mod paths;
pub mod profiles;
pub mod propagation;
pub mod proxy;
pub mod recheck;
pub mod routes;
pub mod steps;
pub mod tcp;
pub mod tls;

use crate::evidence::{
    DnsOutcome, Evidence, HttpObservation, HttpOutcome, Mode, Observation, ProbeEvent, ProbeKind,
    ProbeRecord, TcpOutcome,
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
    /// `--browser`: the browsers "another browser" emulates (None: the ones installed here).
    pub other_browsers: Option<Vec<crate::browsers::BrowserKind>>,
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
            other_browsers: None,
        }
    }
}

/// The probes a check of `target` runs.
pub fn plan(target: &Target, options: &CheckOptions) -> Vec<ProbeKind> {
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
    // Browsers use HTTP/3 only for https sites that advertise it.
    if target.scheme == Scheme::Https {
        kinds.push(ProbeKind::Http3);
    }
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

    /// Run one probe: announce it, await it, report its observation with the time it took.
    async fn timed(&self, kind: ProbeKind, probe: impl Future<Output = Observation>) {
        let started = Instant::now();
        self.started(kind);
        let observation = probe.await;
        self.finished(observation, started);
    }

    /// [`Emitter::timed`] when `kind` is part of the plan; nothing otherwise.
    async fn timed_if_planned(
        &self,
        planned: &[ProbeKind],
        kind: ProbeKind,
        probe: impl Future<Output = Observation>,
    ) {
        if planned.contains(&kind) {
            self.timed(kind, probe).await;
        }
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
    let connection = out.timed(ProbeKind::Connection, async {
        Observation::Connection(steps::connection(&client, &target, &options.references).await)
    });
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
            let reason = crate::t!("eng-skip-no-name");
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
                    k => out.skipped(*k, &reason),
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
            out.skipped(ProbeKind::Tcp, &crate::t!("eng-skip-proxy-resolves"));
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
                .fetch(&target, addrs_ref, &steps::chrome(), true)
                .await;
            // The first hop reused the DNS probe's answer: its lookup time is that probe's.
            if first.http.redirects.is_empty() && first.http.via_proxy.is_none() {
                first.http.timings.dns.get_or_insert(dns_ms);
            }
            match &first.tls {
                Some(t) => out.finished(Observation::Tls(t.clone()), started),
                None if target.scheme == Scheme::Http => {
                    out.skipped(ProbeKind::Tls, &crate::t!("eng-skip-plain-http"))
                }
                None => out.skipped(
                    ProbeKind::Tls,
                    &first
                        .http
                        .error
                        .clone()
                        .unwrap_or_else(|| crate::t!("eng-skip-no-tcp")),
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
                    &crate::t!("eng-skip-no-answer-cache"),
                );
                if planned.contains(&ProbeKind::Http3) {
                    out.skipped(ProbeKind::Http3, &crate::t!("eng-skip-no-answer-http3"));
                }
                for kind in [ProbeKind::Paths, ProbeKind::Burst] {
                    if planned.contains(&kind) {
                        out.skipped(kind, &crate::t!("eng-skip-no-answer"));
                    }
                }
                return;
            }
            let clear_cache = out.timed(ProbeKind::ClearCache, async {
                Observation::ClearCache(
                    steps::clear_cache(&client, &target, addrs_ref, &first).await,
                )
            });
            // Owner mode: static vs dynamic paths (reads the page the main request got).
            let paths = out.timed_if_planned(&planned, ProbeKind::Paths, async {
                Observation::Paths(paths::run(&target, &first.page, &client).await)
            });
            // HTTP/3 when the answer offers it (information: browsers fall back to TCP).
            let http3 = out.timed_if_planned(&planned, ProbeKind::Http3, async {
                let final_host = url::Url::parse(&first.http.url)
                    .ok()
                    .and_then(|u| u.host_str().map(|h| h.trim_matches(['[', ']']).to_string()))
                    .unwrap_or_else(|| target.host.clone());
                let same_host = final_host.eq_ignore_ascii_case(&target.host);
                let known: &[SocketAddr] = if same_host { &ordered } else { &[] };
                // Silence for this long means UDP is filtered: browsers give up on QUIC sooner.
                let wait = client.timeout.min(http3::MAX_WAIT);
                Observation::Http3(
                    http3::run(&first.http, &final_host, known, &client.resolver, wait).await,
                )
            });
            tokio::join!(clear_cache, paths, http3);
            // The gentle burst last, so it never skews the timings above.
            out.timed_if_planned(&planned, ProbeKind::Burst, async {
                let options = burst::BurstOptions::default();
                Observation::Burst(burst::run(&target, &options, &client).await)
            })
            .await;
        };
        let refresh = out.timed_if_planned(&planned, ProbeKind::Refresh, async {
            Observation::Refresh(
                steps::refresh(
                    &client,
                    &target,
                    addrs_ref,
                    options.retries,
                    options.retry_spacing,
                )
                .await,
            )
        });
        let other_browser = async {
            if hopeless {
                out.skipped(
                    ProbeKind::OtherBrowser,
                    &crate::t!("eng-skip-no-connections"),
                );
                return;
            }
            out.timed(ProbeKind::OtherBrowser, async {
                let installed: Vec<crate::browsers::BrowserKind> = match &options.other_browsers {
                    Some(_) => Vec::new(),
                    None => crate::browsers::detect().iter().map(|b| b.kind).collect(),
                };
                let (browsers, basis) =
                    steps::other_browsers(options.other_browsers.as_deref(), &installed);
                Observation::OtherBrowser(
                    steps::other_browser(&client, &target, addrs_ref, &browsers, basis).await,
                )
            })
            .await;
        };
        // Owner mode: the same site reached different ways (needs the DNS answer).
        let routes = out.timed_if_planned(&planned, ProbeKind::Routes, async {
            let addresses: Vec<std::net::IpAddr> = addrs.iter().map(|a| a.ip()).collect();
            let route_options = routes::RoutesOptions::new(options.timeout);
            Observation::Routes(routes::run(&target, &addresses, &client, &route_options).await)
        });
        tokio::join!(main_then_cache, refresh, other_browser, routes);
    };
    // Owner mode: DNS at every resolver, beside everything else (it needs only the name).
    let owner_dns = out.timed_if_planned(&planned, ProbeKind::Propagation, async {
        Observation::Propagation(
            propagation::run(&target.host, &propagation_options(&options)).await,
        )
    });
    // Owner mode, `--origin`: the same request straight to the origin, beside the edge's.
    let origin = async {
        if let Some(origin) = options.origin {
            out.timed_if_planned(&planned, ProbeKind::Origin, async {
                Observation::Origin(origin::run(&target, origin, &client).await)
            })
            .await;
        }
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
    ProbeRecord::of(observation, dns::ms(elapsed))
}
