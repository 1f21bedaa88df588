//! Owner item `dns`: do the system resolver, the public resolvers and the domain's own name
//! servers agree on the site's address (and on the one the owner expects)? Flags a change still
//! propagating (name servers already answer the new address, a cache still holds the old one,
//! for up to its remaining TTL), lame delegation, names that do not exist, and resolvers that
//! simply disagree. Also builds the answers table the app and the reports show.
//!
//! Pure: reads `Evidence::propagation` only. Different addresses behind the same CNAME count as
//! agreement (CDNs hand out addresses per location), so a CDN is not reported as a DNS problem.

use crate::diagnosis::{CheckId, ChecklistItem, ItemStatus};
use crate::evidence::propagation::{
    PropagationObservation, ResolverOutcome, ResolverRole, ResolverRow,
};
use crate::evidence::{Evidence, ProbeKind, ProbeStatus};
use std::net::{IpAddr, SocketAddr};

/// Message ids of the column titles for `table_rows`.
pub const TABLE_HEADER_KEYS: [&str; 5] = [
    "own-dns-col-resolver",
    "own-dns-col-answers",
    "own-dns-col-ttl",
    "own-dns-col-result",
    "own-dns-col-time",
];

/// Column titles for `table_rows`, in the current language.
pub fn table_header() -> [String; 5] {
    TABLE_HEADER_KEYS.map(|k| crate::i18n::tr(k, &[]))
}

/// The `dns` checklist item.
pub fn assess(ev: &Evidence) -> ChecklistItem {
    let id = CheckId::Dns;
    if ev.is_pending(ProbeKind::Propagation) {
        return ChecklistItem::new(id, ItemStatus::Pending, crate::t!("own-dns-checking"), "");
    }
    let Some(obs) = &ev.propagation else {
        return ChecklistItem::new(id, ItemStatus::Skipped, skip_reason(ev), "");
    };
    assess_observation(obs)
}

/// Why the propagation probe did not run, from its probe record.
fn skip_reason(ev: &Evidence) -> String {
    ev.probes
        .iter()
        .find(|p| p.kind == ProbeKind::Propagation && p.status == ProbeStatus::Skipped)
        .and_then(|p| p.details.get("reason"))
        .and_then(|r| r.as_str())
        .map(str::to_string)
        .unwrap_or_else(|| crate::t!("own-dns-not-checked"))
}

/// Worst status so far plus the sentences that explain it.
struct Report {
    status: ItemStatus,
    findings: Vec<String>,
    advice: Vec<String>,
}

impl Report {
    fn raise(&mut self, status: ItemStatus) {
        let rank = |s: ItemStatus| match s {
            ItemStatus::Fail => 3,
            ItemStatus::Warn => 2,
            _ => 1,
        };
        if rank(status) > rank(self.status) {
            self.status = status;
        }
    }
}

fn assess_observation(obs: &PropagationObservation) -> ChecklistItem {
    let id = CheckId::Dns;
    if obs
        .rows
        .iter()
        .any(|r| r.outcome == ResolverOutcome::NotQueried)
    {
        return ChecklistItem::new(id, ItemStatus::Skipped, crate::t!("own-dns-ip-address"), "");
    }
    let name = obs.name.as_str();
    let answered: Vec<&ResolverRow> = obs.rows.iter().filter(|r| r.outcome.is_answer()).collect();
    if answered.is_empty() {
        let mut item = ChecklistItem::new(
            id,
            ItemStatus::Warn,
            crate::t!(
                "own-dns-no-answer",
                name = name,
                results = list(obs.rows.iter().map(|r| format!(
                    "{}: {}",
                    r.label,
                    outcome_words(r)
                )))
            ),
            crate::t!("own-dns-no-answer-advice"),
        );
        item.commands = commands(obs, false);
        return item;
    }
    let mut item = Report {
        status: ItemStatus::Pass,
        findings: Vec::new(),
        advice: Vec::new(),
    };

    if answered
        .iter()
        .all(|r| r.outcome != ResolverOutcome::Answered)
    {
        no_such_name(obs, &answered, &mut item);
    } else {
        compare(&answered, &mut item);
        expectation(obs, &answered, &mut item);
    }
    let lame = lame_delegation(obs, &mut item);
    silent_resolvers(obs, &mut item);
    if obs.rows_of(ResolverRole::Authoritative).next().is_none() {
        let why = obs
            .discovery_error
            .clone()
            .unwrap_or_else(|| crate::t!("own-dns-none-found"));
        item.findings
            .push(crate::t!("own-dns-ns-not-asked", why = why));
    }
    if item.status == ItemStatus::Pass && item.advice.is_empty() {
        item.advice.push(crate::t!("own-dns-nothing-to-do"));
    }
    let mut out = ChecklistItem::new(
        id,
        item.status,
        item.findings.join(" "),
        item.advice.join(" "),
    );
    out.commands = commands(obs, lame);
    out
}

/// Every answering resolver says the name does not exist, or has no address.
fn no_such_name(obs: &PropagationObservation, answered: &[&ResolverRow], item: &mut Report) {
    let nx = answered
        .iter()
        .any(|r| r.outcome == ResolverOutcome::NxDomain);
    let name = obs.name.as_str();
    let resolvers = list(answered.iter().map(|r| r.label.clone()));
    item.raise(ItemStatus::Fail);
    item.findings.push(if nx {
        crate::t!("own-dns-nxdomain", name = name, resolvers = resolvers)
    } else {
        crate::t!("own-dns-no-address", name = name, resolvers = resolvers)
    });
    item.advice.push(if obs.ns_names.is_empty() {
        crate::t!("own-dns-add-record", name = name)
    } else {
        crate::t!(
            "own-dns-add-record-zone",
            name = name,
            servers = obs.ns_names.join(", ")
        )
    });
}

/// Authoritative answer vs the caches, or resolvers among themselves.
fn compare(answered: &[&ResolverRow], item: &mut Report) {
    let auth: Vec<&ResolverRow> = answered
        .iter()
        .copied()
        .filter(|r| r.role == ResolverRole::Authoritative)
        .collect();
    let caches: Vec<&ResolverRow> = answered
        .iter()
        .copied()
        .filter(|r| r.role != ResolverRole::Authoritative)
        .collect();

    if let Some(first) = auth.first() {
        let odd: Vec<&&ResolverRow> = auth.iter().filter(|r| !same_answer(first, r)).collect();
        if !odd.is_empty() {
            item.raise(ItemStatus::Warn);
            item.findings.push(crate::t!(
                "own-dns-ns-disagree",
                answers = list(auth.iter().map(|r| answers(r)))
            ));
            item.advice.push(crate::t!("own-dns-ns-disagree-advice"));
        }
        let stale: Vec<&ResolverRow> = caches
            .iter()
            .copied()
            .filter(|r| !same_answer(first, r))
            .collect();
        if stale.is_empty() {
            if odd.is_empty() {
                item.findings.push(crate::t!(
                    "own-dns-all-agree-ns",
                    count = answered.len(),
                    answer = answer_words(first)
                ));
            }
            return;
        }
        item.raise(ItemStatus::Warn);
        let longest = stale.iter().filter_map(|r| r.ttl_secs).max();
        item.findings.push(crate::t!(
            "own-dns-stale",
            answer = answer_words(first),
            resolvers = list(stale.iter().map(|r| r.label.clone())),
            count = stale.len(),
            old = list(unique(stale.iter().map(|r| answer_words(r))))
        ));
        item.advice.push(match longest {
            Some(secs) => crate::t!(
                "own-dns-stale-advice",
                longest = duration_words(secs),
                ttls = list(stale.iter().map(|r| format!(
                    "{} {}",
                    r.label,
                    r.ttl_secs
                        .map(duration_words)
                        .unwrap_or_else(|| crate::t!("own-dns-ttl-unknown"))
                )))
            ),
            None => crate::t!("own-dns-stale-advice-unknown"),
        });
        return;
    }

    // No authoritative answer: only the caches can be compared.
    let Some(first) = caches.first() else {
        return;
    };
    if caches.iter().all(|r| same_answer(first, r)) {
        item.findings.push(crate::t!(
            "own-dns-caches-agree",
            count = caches.len(),
            answer = answer_words(first)
        ));
        return;
    }
    item.raise(ItemStatus::Warn);
    item.findings.push(crate::t!(
        "own-dns-resolvers-disagree",
        answers = list(caches.iter().map(|r| answers(r)))
    ));
    item.advice
        .push(crate::t!("own-dns-resolvers-disagree-advice"));
}

/// `--expect-ip`: does every answer contain the expected addresses (and nothing else of that
/// address family)?
fn expectation(obs: &PropagationObservation, answered: &[&ResolverRow], item: &mut Report) {
    if obs.expected.is_empty() {
        return;
    }
    let wrong: Vec<&ResolverRow> = answered
        .iter()
        .copied()
        .filter(|r| !matches_expected(r, &obs.expected))
        .collect();
    let expected = list(obs.expected.iter().map(IpAddr::to_string));
    if wrong.is_empty() {
        item.findings
            .push(crate::t!("own-dns-expected-all", expected = expected));
        return;
    }
    item.raise(ItemStatus::Warn);
    item.findings.push(crate::t!(
        "own-dns-not-expected",
        expected = expected.as_str(),
        answers = list(wrong.iter().map(|r| answers(r)))
    ));
    if wrong.iter().any(|r| r.role == ResolverRole::Authoritative) {
        item.advice
            .push(crate::t!("own-dns-expected-ns-wrong", expected = expected));
    } else if obs.rows_of(ResolverRole::Authoritative).next().is_none() {
        item.advice
            .push(crate::t!("own-dns-expected-check", expected = expected));
    }
}

/// True when the row answers every expected address of each family it covers and no other.
pub fn matches_expected(row: &ResolverRow, expected: &[IpAddr]) -> bool {
    if row.outcome != ResolverOutcome::Answered || row.addresses.is_empty() {
        return false;
    }
    let families = |ip: &IpAddr| ip.is_ipv4();
    let relevant: Vec<IpAddr> = row
        .address_set()
        .into_iter()
        .filter(|a| expected.iter().any(|e| families(e) == families(a)))
        .collect();
    !relevant.is_empty() && relevant.iter().all(|a| expected.contains(a))
}

/// Authoritative servers that refuse, answer without authority, or not at all. Returns true when
/// there is a lame delegation.
fn lame_delegation(obs: &PropagationObservation, item: &mut Report) -> bool {
    let mut lame = Vec::new();
    let mut silent = Vec::new();
    for r in obs.rows_of(ResolverRole::Authoritative) {
        match r.outcome {
            ResolverOutcome::Refused => {
                lame.push(crate::t!("own-dns-lame-refuses", server = r.label.as_str()))
            }
            o if o.is_answer() && r.authoritative_flag == Some(false) => {
                lame.push(crate::t!("own-dns-lame-no-aa", server = r.label.as_str()))
            }
            o if o.is_answer() => {}
            _ => silent.push(format!("{} ({})", r.label, outcome_words(r))),
        }
    }
    if !lame.is_empty() {
        item.raise(ItemStatus::Warn);
        item.findings.push(crate::t!(
            "own-dns-lame",
            servers = list(lame.iter().cloned())
        ));
        item.advice.push(crate::t!("own-dns-lame-advice"));
    }
    if !silent.is_empty() {
        item.raise(ItemStatus::Warn);
        item.findings.push(crate::t!(
            "own-dns-ns-silent",
            servers = list(silent.iter().cloned())
        ));
        if lame.is_empty() {
            item.advice.push(crate::t!("own-dns-ns-silent-advice"));
        }
    }
    !lame.is_empty()
}

/// Public or system resolvers that gave no answer: noted, not blamed on the site.
fn silent_resolvers(obs: &PropagationObservation, item: &mut Report) {
    let silent: Vec<String> = obs
        .rows
        .iter()
        .filter(|r| r.role != ResolverRole::Authoritative && !r.outcome.is_answer())
        .map(|r| format!("{} ({})", r.label, outcome_words(r)))
        .collect();
    if !silent.is_empty() {
        item.findings.push(crate::t!(
            "own-dns-resolvers-silent",
            resolvers = list(silent)
        ));
    }
}

/// Do two rows give the same answer? Addresses behind the same CNAME target agree.
pub fn same_answer(a: &ResolverRow, b: &ResolverRow) -> bool {
    match (a.outcome, b.outcome) {
        (ResolverOutcome::Answered, ResolverOutcome::Answered) => {
            if let (Some(x), Some(y)) = (a.cname_chain.first(), b.cname_chain.first()) {
                return x == y;
            }
            !a.addresses.is_empty() && a.address_set() == b.address_set()
        }
        (x, y) => x == y,
    }
}

/// "Cloudflare 1.1.1.1 answers 192.0.2.1": one resolver's answer, for a list.
fn answers(r: &ResolverRow) -> String {
    crate::t!(
        "own-dns-answers",
        resolver = r.label.as_str(),
        answer = answer_words(r)
    )
}

/// "192.0.2.1, 2001:db8::1", "NXDOMAIN", "no address", "edge.cdn.test (CNAME)".
fn answer_words(r: &ResolverRow) -> String {
    match r.outcome {
        ResolverOutcome::Answered if !r.addresses.is_empty() => {
            list(r.address_set().iter().map(IpAddr::to_string))
        }
        ResolverOutcome::Answered => match r.cname_chain.last() {
            Some(c) => format!("{c} (CNAME)"),
            None => crate::t!("own-dns-answer-no-address"),
        },
        ResolverOutcome::NxDomain => crate::t!("own-dns-answer-nxdomain"),
        ResolverOutcome::NoRecords => crate::t!("own-dns-answer-no-records"),
        _ => outcome_words(r),
    }
}

fn outcome_words(r: &ResolverRow) -> String {
    match r.outcome {
        ResolverOutcome::Answered => match r.authoritative_flag {
            Some(true) => crate::t!("own-dns-outcome-answered-aa"),
            Some(false) => crate::t!("own-dns-outcome-answered-not-aa"),
            None => crate::t!("own-dns-outcome-answered"),
        },
        // DNS response codes, the same in every language.
        ResolverOutcome::NxDomain => "NXDOMAIN".into(),
        ResolverOutcome::ServFail => "SERVFAIL".into(),
        ResolverOutcome::Refused => crate::t!("own-dns-outcome-refused"),
        ResolverOutcome::NoRecords => crate::t!("own-dns-outcome-no-records"),
        ResolverOutcome::Timeout => crate::t!("own-dns-outcome-timeout"),
        ResolverOutcome::Error => crate::t!("own-dns-outcome-error"),
        ResolverOutcome::NotQueried => crate::t!("own-dns-outcome-not-asked"),
    }
}

/// "45 s", "5 min", "3 h", "2 days" (rounded up, so "up to" stays true).
pub fn duration_words(secs: u32) -> String {
    let up = |n: u32, d: u32| n.div_ceil(d);
    match secs {
        0..120 => crate::t!("own-dns-seconds", n = secs.to_string()),
        120..7200 => crate::t!("own-dns-minutes", n = up(secs, 60).to_string()),
        7200..172_800 => crate::t!("own-dns-hours", n = up(secs, 3600).to_string()),
        _ => crate::t!("own-dns-days", count = up(secs, 86_400)),
    }
}

/// "192.0.2.1, 2001:db8::1" (table cells).
fn comma(addresses: &[IpAddr]) -> String {
    addresses
        .iter()
        .map(IpAddr::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

/// The items in order, each once.
fn unique(items: impl IntoIterator<Item = String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for item in items {
        if !out.contains(&item) {
            out.push(item);
        }
    }
    out
}

/// "a", "a and b", "a, b and c".
fn list(items: impl IntoIterator<Item = String>) -> String {
    let items: Vec<String> = items.into_iter().collect();
    match items.as_slice() {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => {
            crate::t!("own-list-and", rest = rest.join(", "), last = last.as_str())
        }
    }
}

/// `@SERVER [-p PORT]` for dig, or `None` for the system resolver.
fn dig_server(row: &ResolverRow, ns_names: &[String]) -> Option<String> {
    let addr: SocketAddr = row.server.parse().ok()?;
    // Discovered name servers are labelled "ns1.example.com 192.0.2.53": use the name.
    let host = row
        .label
        .split_whitespace()
        .next()
        .filter(|first| ns_names.iter().any(|n| n == first))
        .map(str::to_string)
        .unwrap_or_else(|| addr.ip().to_string());
    Some(if addr.port() == 53 {
        format!("@{host}")
    } else {
        format!("@{host} -p {}", addr.port())
    })
}

fn commands(obs: &PropagationObservation, lame: bool) -> Vec<String> {
    let name = &obs.name;
    let mut out = Vec::new();
    for row in &obs.rows {
        let Some(at) = dig_server(row, &obs.ns_names) else {
            continue;
        };
        let cmd = match row.role {
            ResolverRole::Authoritative => format!("dig {name} {at} +norecurse"),
            _ => format!("dig +short {name} {at}"),
        };
        if !out.contains(&cmd) {
            out.push(cmd);
        }
    }
    let zone = obs.zone.as_deref().unwrap_or(name);
    out.push(format!("dig +short NS {zone}"));
    if lame {
        out.push(format!("dig +trace {name}"));
    }
    out
}

/// The answers table (see `table_header`): resolver, answers, TTL, result, time.
pub fn table_rows(obs: &PropagationObservation) -> Vec<[String; 5]> {
    obs.rows
        .iter()
        .map(|r| {
            let mut answers = match (r.outcome, r.cname_chain.last()) {
                (ResolverOutcome::Answered, Some(c)) if r.addresses.is_empty() => {
                    format!("CNAME {c}")
                }
                (ResolverOutcome::Answered, Some(c)) => format!("{c} → {}", comma(&r.addresses)),
                (ResolverOutcome::Answered | ResolverOutcome::NotQueried, None) => {
                    comma(&r.addresses)
                }
                _ => "—".into(),
            };
            if answers.is_empty() {
                answers = "—".into();
            }
            let mut result = outcome_words(r);
            if r.outcome == ResolverOutcome::Refused && r.role == ResolverRole::Authoritative {
                result = crate::t!("own-dns-result-lame", result = result);
            }
            if !obs.expected.is_empty()
                && r.outcome == ResolverOutcome::Answered
                && !matches_expected(r, &obs.expected)
            {
                result = crate::t!("own-dns-result-not-expected", result = result);
            }
            let ttl = r.ttl_secs.map(duration_words).unwrap_or_else(|| "—".into());
            let time = if r.outcome == ResolverOutcome::NotQueried {
                "—".into()
            } else {
                crate::t!("own-dns-ms", ms = format!("{:.0}", r.duration_ms))
            };
            [r.label.clone(), answers, ttl, result, time]
        })
        .collect()
}

#[cfg(test)]
#[path = "dns_tests.rs"]
mod tests;
