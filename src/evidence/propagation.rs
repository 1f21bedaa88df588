//! Owner mode, `dns` item: what each resolver answers for the site's name (system, public,
//! authoritative), so disagreement, a wrong IP and a change still propagating can be shown.
//! Filled in by the DNS propagation probe (`probe::propagation`); read by
//! `diagnosis::owner::dns`. Pure data: one row per resolver asked.

use serde::{Deserialize, Serialize};
use std::net::IpAddr;

/// Which kind of server a row asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum ResolverRole {
    /// The resolver this computer uses (or `--resolver`).
    #[default]
    System,
    /// A public recursive resolver (Cloudflare, Google, Quad9 or `--public-resolver`).
    Public,
    /// One of the domain's own name servers (NS records, or `--authoritative`), asked without
    /// recursion.
    Authoritative,
}

/// How one resolver's answer ended (A and AAAA together).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum ResolverOutcome {
    /// At least one address, or a CNAME (an authoritative server may only know the alias).
    #[default]
    Answered,
    NxDomain,
    ServFail,
    /// The server refused the query (for a name server: lame delegation).
    Refused,
    /// The name exists but has no A/AAAA records.
    NoRecords,
    Timeout,
    /// Anything else: socket error, malformed reply, unexpected RCODE.
    Error,
    /// Nothing was asked: the host is an IP address or `localhost`.
    NotQueried,
}

impl ResolverOutcome {
    /// The server gave a DNS answer we can compare (positive or negative).
    pub fn is_answer(self) -> bool {
        matches!(
            self,
            ResolverOutcome::Answered | ResolverOutcome::NxDomain | ResolverOutcome::NoRecords
        )
    }
}

/// One resolver's answer for the name.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct ResolverRow {
    pub role: ResolverRole,
    /// For people: "Cloudflare 1.1.1.1", "ns1.example.com 192.0.2.53", "This computer".
    pub label: String,
    /// The server asked, "IP:PORT", or "system".
    pub server: String,
    pub outcome: ResolverOutcome,
    /// A and AAAA addresses, in answer order.
    pub addresses: Vec<IpAddr>,
    /// CNAME targets from the asked name on, if any.
    pub cname_chain: Vec<String>,
    /// Smallest TTL of the answer; for a negative answer the SOA's negative-caching TTL when the
    /// server sent one. At a caching resolver this is the time left before it asks again.
    pub ttl_secs: Option<u32>,
    /// The AA bit of the reply (authoritative rows only; `None` when no reply arrived).
    pub authoritative_flag: Option<bool>,
    pub duration_ms: f64,
    pub error: Option<String>,
}

impl ResolverRow {
    /// The addresses, sorted and deduplicated, for comparing rows.
    pub fn address_set(&self) -> Vec<IpAddr> {
        let mut set = self.addresses.clone();
        set.sort();
        set.dedup();
        set
    }
}

/// The DNS answers for the site's name at every resolver asked.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct PropagationObservation {
    /// The name asked (ASCII, no trailing dot).
    pub name: String,
    pub rows: Vec<ResolverRow>,
    /// The zone whose NS records were used (e.g. "example.com"), when they were discovered.
    pub zone: Option<String>,
    /// NS names found for `zone` (empty when `--authoritative` was given or none were found).
    pub ns_names: Vec<String>,
    /// Why the authoritative servers could not be found, when they could not.
    pub discovery_error: Option<String>,
    /// `--expect-ip`: the addresses the owner says the name should have.
    pub expected: Vec<IpAddr>,
}

impl PropagationObservation {
    pub fn rows_of(&self, role: ResolverRole) -> impl Iterator<Item = &ResolverRow> {
        self.rows.iter().filter(move |r| r.role == role)
    }
}
