//! The `dns` probe: resolves the target's name (A and AAAA) with hickory, recording the CNAME
//! chain, the smallest TTL and the time taken, and telling NXDOMAIN, SERVFAIL, "no records" and
//! timeouts apart (each points at a different fix).
//!
//! The system configuration is used unless `--resolver IP:PORT` names a server, which is how the
//! tests keep every query on loopback. `localhost` and IP literals are never sent to a resolver.

use crate::evidence::{DnsObservation, DnsOutcome};
use hickory_resolver::TokioResolver;
use hickory_resolver::config::{LookupIpStrategy, NameServerConfig, ResolverConfig};
use hickory_resolver::net::runtime::TokioRuntimeProvider;
use hickory_resolver::net::{DnsError, NetError};
use hickory_resolver::proto::op::ResponseCode;
use hickory_resolver::proto::rr::{RData, RecordType};
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::time::{Duration, Instant};

/// A resolver for one check: the system's, or an explicit server.
pub struct Resolver {
    inner: Result<TokioResolver, String>,
    label: String,
    timeout: Duration,
}

impl Resolver {
    /// `server`: `Some(addr)` to ask only that server (UDP, then TCP), `None` for the system configuration.
    pub fn new(server: Option<SocketAddr>, timeout: Duration) -> Resolver {
        let (built, label) = match server {
            Some(addr) => {
                let mut ns = NameServerConfig::udp_and_tcp(addr.ip());
                for c in &mut ns.connections {
                    c.port = addr.port();
                }
                let config = ResolverConfig::from_name_servers(vec![ns]);
                let mut b =
                    TokioResolver::builder_with_config(config, TokioRuntimeProvider::default());
                tune(b.options_mut(), timeout);
                (b.build().map_err(|e| e.to_string()), addr.to_string())
            }
            None => {
                let built = TokioResolver::builder_tokio()
                    .map_err(|e| crate::t!("eng-dns-no-system-config", error = e.to_string()))
                    .and_then(|mut b| {
                        tune(b.options_mut(), timeout);
                        b.build().map_err(|e| e.to_string())
                    });
                (built, "system".to_string())
            }
        };
        Resolver {
            inner: built,
            label,
            timeout,
        }
    }

    pub fn label(&self) -> &str {
        &self.label
    }

    /// Resolve `host` (ASCII). Literals and `localhost` are answered without a query.
    pub async fn resolve(&self, host: &str) -> DnsObservation {
        let started = Instant::now();
        let mut obs = DnsObservation {
            resolver: self.label.clone(),
            ..DnsObservation::default()
        };
        let bare = host.trim_start_matches('[').trim_end_matches(']');
        if let Ok(ip) = bare.parse::<IpAddr>() {
            obs.outcome = DnsOutcome::Literal;
            obs.addresses = vec![ip];
            return obs;
        }
        let lower = host.trim_end_matches('.').to_ascii_lowercase();
        if lower == "localhost" || lower.ends_with(".localhost") {
            obs.outcome = DnsOutcome::Literal;
            obs.addresses = vec![
                IpAddr::V4(Ipv4Addr::LOCALHOST),
                IpAddr::V6(Ipv6Addr::LOCALHOST),
            ];
            return obs;
        }
        let resolver = match &self.inner {
            Ok(r) => r,
            Err(e) => {
                obs.outcome = DnsOutcome::Error;
                obs.error = Some(e.clone());
                return obs;
            }
        };
        // An absolute name, so search domains are never appended.
        let fqdn = format!("{}.", host.trim_end_matches('.'));
        let result = tokio::time::timeout(self.timeout, resolver.lookup_ip(fqdn.as_str())).await;
        obs.duration_ms = ms(started.elapsed());
        match result {
            Err(_) => {
                obs.outcome = DnsOutcome::Timeout;
                obs.error = Some(crate::t!(
                    "eng-dns-timeout",
                    secs = format!("{:.1}", self.timeout.as_secs_f64())
                ));
            }
            Ok(Ok(lookup)) => {
                obs.addresses = lookup.iter().collect();
                let answers = lookup.as_lookup().answers();
                obs.ttl_secs = answers.iter().map(|r| r.ttl).min();
                obs.cname_chain = answers
                    .iter()
                    .filter(|r| r.record_type() == RecordType::CNAME)
                    .filter_map(|r| match &r.data {
                        RData::CNAME(c) => Some(c.0.to_ascii().trim_end_matches('.').to_string()),
                        _ => None,
                    })
                    .collect();
                obs.outcome = if obs.addresses.is_empty() {
                    DnsOutcome::NoRecords
                } else {
                    DnsOutcome::Resolved
                };
            }
            Ok(Err(e)) => {
                obs.outcome = classify(&e);
                obs.error = Some(e.to_string());
            }
        }
        obs
    }
}

impl Resolver {
    /// The NS names of `zone` (records owned by exactly that name, lowercase, no trailing dot),
    /// used to find a domain's authoritative servers. `Ok(vec![])` when the name exists but has
    /// no NS records of its own (or does not exist); `Err` when the resolver gave no usable answer.
    pub async fn lookup_ns(&self, zone: &str) -> Result<Vec<String>, String> {
        let resolver = self.inner.as_ref().map_err(Clone::clone)?;
        let owner = zone.trim_end_matches('.');
        let fqdn = format!("{owner}.");
        let result =
            tokio::time::timeout(self.timeout, resolver.lookup(fqdn.as_str(), RecordType::NS))
                .await;
        match result {
            Err(_) => Err(crate::t!(
                "eng-dns-ns-timeout",
                zone = owner,
                secs = format!("{:.1}", self.timeout.as_secs_f64())
            )),
            Ok(Ok(lookup)) => {
                let mut names: Vec<String> = lookup
                    .answers()
                    .iter()
                    .filter(|r| {
                        r.name
                            .to_ascii()
                            .trim_end_matches('.')
                            .eq_ignore_ascii_case(owner)
                    })
                    .filter_map(|r| match &r.data {
                        RData::NS(ns) => {
                            Some(ns.0.to_ascii().trim_end_matches('.').to_ascii_lowercase())
                        }
                        _ => None,
                    })
                    .collect();
                names.sort();
                names.dedup();
                Ok(names)
            }
            Ok(Err(e)) => match classify(&e) {
                DnsOutcome::NoRecords | DnsOutcome::NxDomain => Ok(Vec::new()),
                _ => Err(crate::t!(
                    "eng-dns-ns-failed",
                    zone = owner,
                    error = e.to_string()
                )),
            },
        }
    }
}

fn tune(opts: &mut hickory_resolver::config::ResolverOpts, timeout: Duration) {
    opts.ip_strategy = LookupIpStrategy::Ipv4AndIpv6;
    opts.timeout = timeout.min(Duration::from_secs(5));
    opts.attempts = 1;
    opts.cache_size = 64;
}

fn classify(e: &NetError) -> DnsOutcome {
    match e {
        NetError::Dns(DnsError::NoRecordsFound(nr)) => match nr.response_code {
            ResponseCode::NXDomain => DnsOutcome::NxDomain,
            ResponseCode::ServFail => DnsOutcome::ServFail,
            ResponseCode::NoError => DnsOutcome::NoRecords,
            _ => DnsOutcome::Error,
        },
        NetError::Dns(DnsError::ResponseCode(code)) => match *code {
            ResponseCode::NXDomain => DnsOutcome::NxDomain,
            ResponseCode::ServFail => DnsOutcome::ServFail,
            _ => DnsOutcome::Error,
        },
        NetError::Timeout => DnsOutcome::Timeout,
        _ => DnsOutcome::Error,
    }
}

pub(crate) fn ms(d: Duration) -> f64 {
    (d.as_secs_f64() * 1000.0 * 100.0).round() / 100.0
}
