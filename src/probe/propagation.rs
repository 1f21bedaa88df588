//! The `propagation` probe (owner mode): asks the system resolver, a few public resolvers and the
//! domain's own name servers for the site's A and AAAA records, side by side, so the owner can see
//! whether everyone gets the same (and the expected) address, whether a change is still
//! propagating, and whether a name server is lame.
//!
//! The system row goes through `probe::dns::Resolver` (what this computer sees, hosts file
//! included). Public and authoritative rows are single UDP queries built with hickory-proto's
//! `Message`: that gives the RCODE and the AA bit directly, and lets authoritative servers be asked
//! without recursion. Every query runs concurrently under its own timeout. The authoritative
//! servers are the NS records of the closest enclosing zone, found through the system resolver,
//! unless the caller names them (`--authoritative`, which is how the tests stay on loopback).

use crate::evidence::propagation::{
    PropagationObservation, ResolverOutcome, ResolverRole, ResolverRow,
};
use crate::evidence::{DnsObservation, DnsOutcome};
use crate::probe::dns::{Resolver, ms};
use hickory_resolver::proto::op::{Message, MessageType, Query, ResponseCode};
use hickory_resolver::proto::rr::{Name, RData, RecordType};
use std::future::Future;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::sync::Arc;
use std::time::{Duration, Instant};
use tokio::net::UdpSocket;
use tokio::task::JoinSet;

/// Public resolvers asked when none are given (`--public-resolver` replaces them).
pub const DEFAULT_PUBLIC_RESOLVERS: &[(&str, SocketAddr)] = &[
    ("Cloudflare", v4(1, 1, 1, 1)),
    ("Google", v4(8, 8, 8, 8)),
    ("Quad9", v4(9, 9, 9, 9)),
];

/// At most this many authoritative servers are asked after discovery (one address per NS name).
pub const MAX_DISCOVERED_SERVERS: usize = 8;

const fn v4(a: u8, b: u8, c: u8, d: u8) -> SocketAddr {
    SocketAddr::new(IpAddr::V4(Ipv4Addr::new(a, b, c, d)), 53)
}

/// What the propagation probe asks, and whom.
#[derive(Debug, Clone)]
pub struct PropagationOptions {
    /// `None`: the system resolver; `Some`: this server (`--resolver`). Also used to discover
    /// the authoritative servers.
    pub system: Option<SocketAddr>,
    /// (name, server) of the public resolvers; the name may be empty (see `public_resolver`).
    pub public: Vec<(String, SocketAddr)>,
    /// Empty: discover them from the NS records of the name (walking up its labels).
    pub authoritative: Vec<SocketAddr>,
    /// `--expect-ip`: copied into the observation for the assessment.
    pub expect_ips: Vec<IpAddr>,
    /// Per query (and per discovery step).
    pub timeout: Duration,
    /// The port discovered name servers are asked on (53; tests point it at a loopback server).
    pub ns_port: u16,
}

impl Default for PropagationOptions {
    fn default() -> Self {
        PropagationOptions {
            system: None,
            public: DEFAULT_PUBLIC_RESOLVERS
                .iter()
                .map(|(name, addr)| (name.to_string(), *addr))
                .collect(),
            authoritative: Vec::new(),
            expect_ips: Vec::new(),
            timeout: Duration::from_secs(5),
            ns_port: 53,
        }
    }
}

/// A `--public-resolver IP:PORT` entry, named when it is one of the well-known ones.
pub fn public_resolver(addr: SocketAddr) -> (String, SocketAddr) {
    let name = DEFAULT_PUBLIC_RESOLVERS
        .iter()
        .find(|(_, a)| a.ip() == addr.ip())
        .map(|(n, _)| n.to_string())
        .unwrap_or_default();
    (name, addr)
}

/// "1.1.1.1" for port 53, "127.0.0.1:5300" otherwise.
fn server_text(addr: SocketAddr) -> String {
    if addr.port() == 53 {
        addr.ip().to_string()
    } else {
        addr.to_string()
    }
}

/// Ask every resolver about `host` (ASCII, as in the URL) and collect one row per resolver.
pub async fn run(host: &str, options: &PropagationOptions) -> PropagationObservation {
    let bare = host.trim_start_matches('[').trim_end_matches(']');
    let name = bare.trim_end_matches('.').to_ascii_lowercase();
    let mut obs = PropagationObservation {
        name: name.clone(),
        expected: options.expect_ips.clone(),
        ..PropagationObservation::default()
    };
    if let Some(row) = not_queried(&name) {
        obs.rows.push(row);
        return obs;
    }
    let qname = match Name::from_ascii(format!("{name}.")) {
        Ok(n) => n,
        Err(e) => {
            obs.rows.push(ResolverRow {
                label: crate::t!("eng-dns-row-no-lookup"),
                outcome: ResolverOutcome::Error,
                error: Some(crate::t!(
                    "eng-dns-row-not-a-name",
                    name = format!("{name:?}"),
                    error = e.to_string()
                )),
                ..ResolverRow::default()
            });
            return obs;
        }
    };
    let resolver = Arc::new(Resolver::new(options.system, options.timeout));

    let system = system_row(resolver.clone(), name.clone(), options.system);
    let public = all(options
        .public
        .iter()
        .map(|(label, addr)| {
            let label = if label.is_empty() {
                crate::t!("eng-dns-row-public", server = server_text(*addr))
            } else {
                format!("{label} {}", server_text(*addr))
            };
            query_row(
                ResolverRole::Public,
                label,
                *addr,
                qname.clone(),
                options.timeout,
            )
        })
        .collect());
    let authoritative = authoritative_rows(resolver, &name, &qname, options);
    let (system, public, (auth_rows, discovery)) = tokio::join!(system, public, authoritative);

    obs.rows.push(system);
    obs.rows.extend(public);
    obs.rows.extend(auth_rows);
    obs.zone = discovery.zone;
    obs.ns_names = discovery.ns_names;
    obs.discovery_error = discovery.error;
    obs
}

/// The single row for IP literals and `localhost`: nothing is asked.
fn not_queried(name: &str) -> Option<ResolverRow> {
    let addresses = if let Ok(ip) = name.parse::<IpAddr>() {
        vec![ip]
    } else if name == "localhost" || name.ends_with(".localhost") {
        vec![
            IpAddr::V4(Ipv4Addr::LOCALHOST),
            IpAddr::V6(Ipv6Addr::LOCALHOST),
        ]
    } else {
        return None;
    };
    Some(ResolverRow {
        label: crate::t!("eng-dns-row-no-lookup"),
        outcome: ResolverOutcome::NotQueried,
        addresses,
        error: Some(crate::t!("eng-dns-row-not-involved")),
        ..ResolverRow::default()
    })
}

async fn system_row(
    resolver: Arc<Resolver>,
    name: String,
    server: Option<SocketAddr>,
) -> ResolverRow {
    let dns = resolver.resolve(&name).await;
    let (label, server) = match server {
        None => (crate::t!("eng-dns-row-this-computer"), "system".to_string()),
        Some(a) => (
            crate::t!("eng-dns-row-resolver", server = server_text(a)),
            a.to_string(),
        ),
    };
    row_from_dns(label, server, dns)
}

/// The system resolver's observation as a table row.
fn row_from_dns(label: String, server: String, dns: DnsObservation) -> ResolverRow {
    let outcome = match dns.outcome {
        DnsOutcome::Resolved => ResolverOutcome::Answered,
        DnsOutcome::Literal => ResolverOutcome::NotQueried,
        DnsOutcome::NxDomain => ResolverOutcome::NxDomain,
        DnsOutcome::ServFail => ResolverOutcome::ServFail,
        DnsOutcome::NoRecords => ResolverOutcome::NoRecords,
        DnsOutcome::Timeout => ResolverOutcome::Timeout,
        DnsOutcome::Error => ResolverOutcome::Error,
    };
    ResolverRow {
        role: ResolverRole::System,
        label,
        server,
        outcome,
        addresses: dns.addresses,
        cname_chain: dns.cname_chain,
        ttl_secs: dns.ttl_secs,
        authoritative_flag: None,
        duration_ms: dns.duration_ms,
        error: dns.error,
    }
}

/// What discovery found (or why it found nothing).
#[derive(Default)]
struct Discovery {
    zone: Option<String>,
    ns_names: Vec<String>,
    error: Option<String>,
}

async fn authoritative_rows(
    resolver: Arc<Resolver>,
    name: &str,
    qname: &Name,
    options: &PropagationOptions,
) -> (Vec<ResolverRow>, Discovery) {
    let mut discovery = Discovery::default();
    let servers: Vec<(String, SocketAddr)> = if options.authoritative.is_empty() {
        match discover(resolver, name, options.ns_port).await {
            Ok((zone, ns_names, servers)) => {
                discovery.zone = Some(zone);
                discovery.ns_names = ns_names;
                if servers.is_empty() {
                    discovery.error = Some(crate::t!("eng-dns-ns-unresolved"));
                }
                servers
            }
            Err(e) => {
                discovery.error = Some(e);
                Vec::new()
            }
        }
    } else {
        options
            .authoritative
            .iter()
            .map(|a| {
                (
                    crate::t!("eng-dns-row-name-server", server = server_text(*a)),
                    *a,
                )
            })
            .collect()
    };
    let rows = all(servers
        .into_iter()
        .map(|(label, addr)| {
            query_row(
                ResolverRole::Authoritative,
                label,
                addr,
                qname.clone(),
                options.timeout,
            )
        })
        .collect())
    .await;
    (rows, discovery)
}

/// The enclosing names to look for NS records at, closest first, never a bare TLD (unless the
/// name has a single label).
fn zone_candidates(name: &str) -> Vec<String> {
    let labels: Vec<&str> = name.split('.').filter(|l| !l.is_empty()).collect();
    if labels.len() < 2 {
        return vec![name.to_string()];
    }
    (0..=labels.len() - 2)
        .map(|i| labels[i..].join("."))
        .collect()
}

/// Finds the closest zone with NS records, and one address per NS name (IPv4 preferred).
async fn discover(
    resolver: Arc<Resolver>,
    name: &str,
    port: u16,
) -> Result<(String, Vec<String>, Vec<(String, SocketAddr)>), String> {
    let candidates = zone_candidates(name);
    let lookups = all(candidates
        .iter()
        .map(|zone| {
            let (r, z) = (resolver.clone(), zone.clone());
            async move { r.lookup_ns(&z).await }
        })
        .collect())
    .await;
    let mut first_error = None;
    let mut found = None;
    for (zone, result) in candidates.iter().zip(lookups) {
        match result {
            Ok(ns) if !ns.is_empty() => {
                found = Some((zone.clone(), ns));
                break;
            }
            Ok(_) => {}
            Err(e) => {
                first_error.get_or_insert(e);
            }
        }
    }
    let Some((zone, ns_names)) = found else {
        return Err(first_error.unwrap_or_else(|| crate::t!("eng-dns-no-ns", name = name)));
    };
    let resolved = all(ns_names
        .iter()
        .map(|ns| {
            let (r, n) = (resolver.clone(), ns.clone());
            async move { r.resolve(&n).await }
        })
        .collect())
    .await;
    let servers = ns_names
        .iter()
        .zip(resolved)
        .filter_map(|(ns, dns)| {
            let ip = dns
                .addresses
                .iter()
                .find(|a| a.is_ipv4())
                .or(dns.addresses.first())?;
            let addr = SocketAddr::new(*ip, port);
            Some((format!("{ns} {}", server_text(addr)), addr))
        })
        .take(MAX_DISCOVERED_SERVERS)
        .collect();
    Ok((zone, ns_names, servers))
}

/// Runs the futures concurrently and returns their outputs in the given order. Dropping the
/// returned future aborts them all.
async fn all<F>(futures: Vec<F>) -> Vec<F::Output>
where
    F: Future + Send + 'static,
    F::Output: Send + 'static,
{
    let mut set = JoinSet::new();
    let n = futures.len();
    // Spawned tasks leave the caller's future: each keeps speaking the caller's language.
    let lang = crate::i18n::current();
    for (i, f) in futures.into_iter().enumerate() {
        set.spawn(crate::i18n::in_language(lang, async move { (i, f.await) }));
    }
    let mut out: Vec<Option<F::Output>> = (0..n).map(|_| None).collect();
    while let Some(joined) = set.join_next().await {
        if let Ok((i, v)) = joined {
            out[i] = Some(v);
        }
    }
    out.into_iter().flatten().collect()
}

/// Why a single query got no reply.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum AskError {
    Timeout(Duration),
    Failed(String),
}

/// One row: A and AAAA asked at the same time; recursion only for non-authoritative roles.
async fn query_row(
    role: ResolverRole,
    label: String,
    server: SocketAddr,
    qname: Name,
    timeout: Duration,
) -> ResolverRow {
    let started = Instant::now();
    let recursion = role != ResolverRole::Authoritative;
    let (a, aaaa) = tokio::join!(
        ask(server, &qname, RecordType::A, recursion, timeout),
        ask(server, &qname, RecordType::AAAA, recursion, timeout)
    );
    let mut row = row_from_replies(role, label, server, &[a, aaaa]);
    row.duration_ms = ms(started.elapsed());
    row
}

/// One UDP query and its reply (matched by id), under `timeout`.
async fn ask(
    server: SocketAddr,
    qname: &Name,
    rtype: RecordType,
    recursion: bool,
    timeout: Duration,
) -> Result<Message, AskError> {
    let mut query = Message::query();
    query.metadata.recursion_desired = recursion;
    query.add_query(Query::query(qname.clone(), rtype));
    let bytes = query
        .to_vec()
        .map_err(|e| AskError::Failed(crate::t!("eng-dns-encode", error = e.to_string())))?;
    match tokio::time::timeout(timeout, exchange(server, &bytes, query.metadata.id)).await {
        Err(_) => Err(AskError::Timeout(timeout)),
        Ok(result) => result,
    }
}

async fn exchange(server: SocketAddr, query: &[u8], id: u16) -> Result<Message, AskError> {
    let io = |key: &str, e: std::io::Error| {
        AskError::Failed(crate::i18n::tr(
            key,
            &[
                ("server", server.to_string().into()),
                ("error", e.to_string().into()),
            ],
        ))
    };
    let local: SocketAddr = if server.is_ipv4() {
        (Ipv4Addr::UNSPECIFIED, 0).into()
    } else {
        (Ipv6Addr::UNSPECIFIED, 0).into()
    };
    let socket = UdpSocket::bind(local)
        .await
        .map_err(|e| io("eng-dns-udp-socket", e))?;
    socket
        .connect(server)
        .await
        .map_err(|e| io("eng-dns-unreachable", e))?;
    socket
        .send(query)
        .await
        .map_err(|e| io("eng-dns-send", e))?;
    let mut buf = vec![0u8; 4096];
    loop {
        let n = socket
            .recv(&mut buf)
            .await
            .map_err(|e| io("eng-dns-no-reply-from", e))?;
        let reply = &buf[..n];
        if reply.len() < 2 || u16::from_be_bytes([reply[0], reply[1]]) != id {
            continue; // a stray or late datagram: keep waiting for ours
        }
        let message = Message::from_vec(reply).map_err(|e| {
            AskError::Failed(crate::t!(
                "eng-dns-malformed",
                server = server.to_string(),
                error = e.to_string()
            ))
        })?;
        if message.metadata.message_type == MessageType::Response {
            return Ok(message);
        }
    }
}

/// The outcome of one reply on its own.
fn reply_outcome(message: &Message) -> ResolverOutcome {
    match message.metadata.response_code {
        ResponseCode::NoError => {
            let useful = message
                .answers
                .iter()
                .any(|r| matches!(r.data, RData::A(_) | RData::AAAA(_) | RData::CNAME(_)));
            if useful {
                ResolverOutcome::Answered
            } else {
                ResolverOutcome::NoRecords
            }
        }
        ResponseCode::NXDomain => ResolverOutcome::NxDomain,
        ResponseCode::ServFail => ResolverOutcome::ServFail,
        ResponseCode::Refused => ResolverOutcome::Refused,
        _ => ResolverOutcome::Error,
    }
}

/// Which outcome wins when A and AAAA differ (an answer wins; then the most telling failure).
fn outcome_rank(o: ResolverOutcome) -> u8 {
    match o {
        ResolverOutcome::Answered => 0,
        ResolverOutcome::NxDomain => 1,
        ResolverOutcome::Refused => 2,
        ResolverOutcome::ServFail => 3,
        ResolverOutcome::Timeout => 4,
        ResolverOutcome::Error => 5,
        ResolverOutcome::NoRecords => 6,
        ResolverOutcome::NotQueried => 7,
    }
}

/// Folds the replies to the A and AAAA queries into one row (pure, unit-tested).
pub(crate) fn row_from_replies(
    role: ResolverRole,
    label: String,
    server: SocketAddr,
    replies: &[Result<Message, AskError>],
) -> ResolverRow {
    let mut row = ResolverRow {
        role,
        label,
        server: server.to_string(),
        outcome: ResolverOutcome::Error,
        ..ResolverRow::default()
    };
    let mut outcomes = Vec::new();
    let mut errors: Vec<String> = Vec::new();
    let mut aa: Option<bool> = None;
    for reply in replies {
        let message = match reply {
            Ok(m) => m,
            Err(AskError::Timeout(t)) => {
                outcomes.push(ResolverOutcome::Timeout);
                errors.push(crate::t!(
                    "eng-dns-no-reply",
                    secs = format!("{:.1}", t.as_secs_f64())
                ));
                continue;
            }
            Err(AskError::Failed(e)) => {
                outcomes.push(ResolverOutcome::Error);
                errors.push(e.clone());
                continue;
            }
        };
        let outcome = reply_outcome(message);
        if outcome == ResolverOutcome::Error {
            errors.push(crate::t!(
                "eng-dns-rcode",
                code = message.metadata.response_code.to_string()
            ));
        }
        if message.metadata.truncation {
            errors.push(crate::t!("eng-dns-truncated"));
        }
        outcomes.push(outcome);
        aa = Some(aa.unwrap_or(true) && message.metadata.authoritative);
        for record in &message.answers {
            match &record.data {
                RData::A(a) => row.addresses.push(IpAddr::V4(a.0)),
                RData::AAAA(a) => row.addresses.push(IpAddr::V6(a.0)),
                RData::CNAME(c) => {
                    let target = c.0.to_ascii().trim_end_matches('.').to_ascii_lowercase();
                    if !row.cname_chain.contains(&target) {
                        row.cname_chain.push(target);
                    }
                }
                _ => continue,
            }
            row.ttl_secs = Some(row.ttl_secs.map_or(record.ttl, |t| t.min(record.ttl)));
        }
        if message.answers.is_empty() {
            // Negative answers are cached for min(SOA TTL, SOA minimum) (RFC 2308).
            let negative = message.authorities.iter().find_map(|r| match &r.data {
                RData::SOA(soa) => Some(r.ttl.min(soa.minimum)),
                _ => None,
            });
            if let Some(n) = negative {
                row.ttl_secs = Some(row.ttl_secs.map_or(n, |t| t.min(n)));
            }
        }
    }
    if let Some(best) = outcomes.iter().copied().min_by_key(|o| outcome_rank(*o)) {
        row.outcome = best;
    }
    if row.outcome == ResolverOutcome::Answered {
        // Drop a negative TTL picked up from the other query type.
        let positive = replies
            .iter()
            .filter_map(|r| r.as_ref().ok())
            .flat_map(|m| m.answers.iter())
            .filter(|r| matches!(r.data, RData::A(_) | RData::AAAA(_) | RData::CNAME(_)))
            .map(|r| r.ttl)
            .min();
        row.ttl_secs = positive;
    }
    if role == ResolverRole::Authoritative {
        row.authoritative_flag = aa;
    }
    errors.dedup();
    if !errors.is_empty() {
        row.error = Some(errors.join("; "));
    }
    row
}

#[cfg(test)]
#[path = "propagation_tests.rs"]
mod tests;
