//! Browser recordings (HAR 1.2, as Chrome, Edge, Firefox and Safari export them from DevTools):
//! read one, diagnose every failed request in it with the same diagnosis as a live check (each
//! entry becomes evidence of one HTTP exchange), and say in one sentence what the recording shows
//! as a whole (the page itself, or only its calls; the site's own hosts or third parties). The
//! sanitizer (`sanitize`) makes a copy safe to attach to a ticket. Pure: bytes in, results out.

mod entry;
pub mod sanitize;

use crate::diagnosis::{Diagnosis, diagnose};
use serde::{Deserialize, Serialize};

pub use entry::{Entry, browser_error_outcome};

/// Why a file could not be read as a recording.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum HarError {
    #[error("the file is not JSON (at line {line}, column {column}: {reason})")]
    NotJson {
        line: usize,
        column: usize,
        reason: String,
    },
    #[error("the file ends too early (cut off at line {line}): save the recording again")]
    Truncated { line: usize },
    #[error("the file is JSON but not a HAR recording: expected {expected}")]
    NotHar { expected: Expected },
}

impl HarError {
    /// The message in the current language (the `Display` text is English, for logs).
    pub fn message(&self) -> String {
        match self {
            HarError::NotJson {
                line,
                column,
                reason,
            } => crate::t!(
                "srv-har-not-json",
                line = line.to_string(),
                column = column.to_string(),
                reason = reason.as_str()
            ),
            HarError::Truncated { line } => {
                crate::t!("srv-har-truncated", line = line.to_string())
            }
            HarError::NotHar { expected } => crate::t!(
                "srv-har-not-har",
                expected = crate::i18n::tr(expected.key(), &[])
            ),
        }
    }
}

/// What a JSON file lacks to be a recording.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expected {
    /// A `log` object at the top.
    Log,
    /// `log.entries`, a list of requests.
    Entries,
}

impl Expected {
    /// Its message id.
    fn key(self) -> &'static str {
        match self {
            Expected::Log => "srv-har-expected-log",
            Expected::Entries => "srv-har-expected-entries",
        }
    }
}

/// In English, as [`HarError`]'s `Display` (its words come from the English Fluent file).
impl std::fmt::Display for Expected {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::i18n::tr_in(crate::i18n::Lang::En, self.key(), &[]))
    }
}

/// A recording as read: who made it and its requests, in order.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Recording {
    /// The program that wrote it ("WebInspector", "Firefox" ...).
    pub creator: String,
    /// The pages' titles or addresses.
    pub pages: Vec<String>,
    pub entries: Vec<Entry>,
}

/// The JSON error said plainly.
fn json_error(e: serde_json::Error) -> HarError {
    if e.is_eof() {
        HarError::Truncated { line: e.line() }
    } else {
        HarError::NotJson {
            line: e.line(),
            column: e.column(),
            reason: e
                .to_string()
                .split(" at line")
                .next()
                .unwrap_or("")
                .to_string(),
        }
    }
}

/// A JSON object's members in file order, each value left unparsed (a slice of the file): the
/// recording is read one entry at a time, so memory stays near the file's own size.
type Members<'a> = Vec<(String, &'a serde_json::value::RawValue)>;

/// Read `{ "k": v, ... }` keeping each value as the file's own bytes.
fn members(raw: &serde_json::value::RawValue) -> Result<Members<'_>, serde_json::Error> {
    struct Visit;
    impl<'de> serde::de::Visitor<'de> for Visit {
        type Value = Members<'de>;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("an object")
        }
        fn visit_map<A: serde::de::MapAccess<'de>>(
            self,
            mut map: A,
        ) -> Result<Self::Value, A::Error> {
            let mut out = Vec::new();
            while let Some((k, v)) = map.next_entry::<String, &'de serde_json::value::RawValue>()? {
                out.push((k, v));
            }
            Ok(out)
        }
    }
    let mut de = serde_json::Deserializer::from_str(raw.get());
    serde::Deserializer::deserialize_map(&mut de, Visit)
}

/// The top of a HAR file: its `log` members and its entries, each unparsed. Errors: the file is
/// not JSON, ends early, or is not a HAR.
pub(crate) struct Raw<'a> {
    /// `log`'s members other than `entries`, in file order.
    pub log: Members<'a>,
    /// Where `entries` stood among them.
    pub entries_at: usize,
    pub entries: Vec<&'a serde_json::value::RawValue>,
}

pub(crate) fn raw(bytes: &[u8]) -> Result<Raw<'_>, HarError> {
    use serde_json::value::RawValue;
    let top: &RawValue = serde_json::from_slice(bytes).map_err(json_error)?;
    let not_log = HarError::NotHar {
        expected: Expected::Log,
    };
    let log = members(top)
        .map_err(|_| not_log.clone())?
        .into_iter()
        .find(|(k, _)| k == "log")
        .map(|(_, v)| v)
        .ok_or(not_log.clone())?;
    let mut log = members(log).map_err(|_| not_log)?;
    let not_entries = HarError::NotHar {
        expected: Expected::Entries,
    };
    let at = log
        .iter()
        .position(|(k, _)| k == "entries")
        .ok_or(not_entries.clone())?;
    let (_, entries) = log.remove(at);
    let entries: Vec<&RawValue> = serde_json::from_str(entries.get()).map_err(|_| not_entries)?;
    Ok(Raw {
        log,
        entries_at: at,
        entries,
    })
}

/// Read a HAR file's bytes, one entry at a time: besides the file itself, memory holds one
/// entry's JSON and what the diagnosis keeps of each request (the body only of failed ones).
pub fn read(bytes: &[u8]) -> Result<Recording, HarError> {
    let raw = raw(bytes)?;
    let member = |name: &str| -> Option<serde_json::Value> {
        raw.log
            .iter()
            .find(|(k, _)| k == name)
            .and_then(|(_, v)| serde_json::from_str(v.get()).ok())
    };
    let creator = member("creator")
        .and_then(|c| c.get("name").and_then(|n| n.as_str()).map(str::to_string))
        .unwrap_or_default();
    let pages = member("pages")
        .and_then(|p| p.as_array().cloned())
        .map(|ps| {
            ps.iter()
                .filter_map(|p| p.get("title").and_then(|t| t.as_str()))
                .map(crate::target::redact_url)
                .collect()
        })
        .unwrap_or_default();
    let entries = raw
        .entries
        .iter()
        .map(|e| {
            let value: serde_json::Value =
                serde_json::from_str(e.get()).unwrap_or(serde_json::Value::Null);
            let mut entry = Entry::from_value(&value);
            if !entry.failed() {
                // Only failed requests are diagnosed: the rest need no body.
                entry.body = String::new();
                entry.headers = Vec::new();
            }
            entry
        })
        .collect();
    Ok(Recording {
        creator: crate::text::shown(&creator, 60),
        pages,
        entries,
    })
}

/// One failed request of the recording and what the diagnosis says of it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FailedEntry {
    /// Its position in the recording (0-based).
    pub index: usize,
    pub method: String,
    /// Redacted.
    pub url: String,
    pub host: String,
    /// The page's own address, not a subrequest.
    pub document: bool,
    /// On the same site as the page (same registrable domain).
    pub first_party: bool,
    pub status: Option<u16>,
    /// The browser's own error (`net::ERR_NAME_NOT_RESOLVED` ...).
    pub browser_error: Option<String>,
    pub started: Option<String>,
    pub diagnosis: Diagnosis,
}

impl FailedEntry {
    /// What it got, in words: "502 from nginx", "502" (nobody recognised), or the browser's
    /// error ("net::ERR_NAME_NOT_RESOLVED").
    pub fn result(&self) -> String {
        match (&self.browser_error, self.status) {
            (Some(e), _) => e.clone(),
            (None, Some(s)) => {
                let who = self.diagnosis.responder.software;
                if who == crate::fingerprint::Software::Unknown {
                    s.to_string()
                } else {
                    crate::t!("result-from", status = s, software = who.display_name())
                }
            }
            (None, None) => crate::t!("har-no-answer"),
        }
    }

    /// Where in the page it failed: the page itself, the site's own call, or a third party.
    pub fn place(&self) -> String {
        match (self.document, self.first_party) {
            (true, _) => crate::t!("har-place-page"),
            (false, true) => crate::t!("har-place-own"),
            (false, false) => crate::t!("har-place-third"),
        }
    }
}

/// The recording as a whole.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Analysis {
    pub creator: String,
    pub pages: Vec<String>,
    pub requests: usize,
    /// The page's host (the first document request's).
    pub site: Option<String>,
    pub failed: Vec<FailedEntry>,
    /// Failing hosts with how many of their requests failed, most first.
    pub failing_hosts: Vec<(String, usize)>,
    /// One sentence for the person: what the recording shows.
    pub verdict: String,
    /// When the failures happened, when the recording says (all within seconds, or spread out).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub when: Option<String>,
}

/// Most addresses a re-check asks again.
pub const MAX_RECHECK: usize = 5;

/// The failing addresses worth checking again now: distinct GET requests to web addresses, the
/// page first, at most [`MAX_RECHECK`]. They are the redacted addresses: a re-check never replays
/// a POST body, a cookie or a token of the recording.
pub fn recheck_urls(a: &Analysis) -> Vec<String> {
    let mut failed: Vec<&FailedEntry> = a.failed.iter().collect();
    failed.sort_by_key(|f| !f.document);
    let mut urls: Vec<String> = Vec::new();
    for f in failed {
        let web = f.url.starts_with("http://") || f.url.starts_with("https://");
        if f.method.eq_ignore_ascii_case("GET") && web && !urls.contains(&f.url) {
            urls.push(f.url.clone());
        }
    }
    urls.truncate(MAX_RECHECK);
    urls
}

/// What a failing address of the recording does now (a live check of it).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Recheck {
    pub url: String,
    pub status: Option<u16>,
    pub cause: crate::diagnosis::Cause,
    pub summary: String,
    /// It still does not work.
    pub still_failing: bool,
}

impl Recheck {
    /// The live check's answer for `url`.
    pub fn from_check(
        url: &str,
        evidence: &crate::evidence::Evidence,
        diagnosis: &Diagnosis,
    ) -> Recheck {
        let cause = diagnosis.verdict.cause;
        Recheck {
            url: url.to_string(),
            status: evidence.http.as_ref().and_then(|h| h.status),
            cause,
            summary: diagnosis.verdict.summary.clone(),
            still_failing: cause.family() != crate::diagnosis::CauseFamily::Healthy,
        }
    }

    /// "works now (200)" / "still fails (502): ..." in a few words.
    pub fn outcome(&self) -> String {
        let status = self
            .status
            .map(|s| s.to_string())
            .unwrap_or_else(|| crate::t!("har-no-answer"));
        if self.still_failing {
            crate::t!(
                "har-still-fails",
                status = status,
                summary = self.summary.as_str()
            )
        } else {
            crate::t!("har-works-now", status = status)
        }
    }
}

/// Diagnose every failed entry and the recording as a whole.
pub fn analyse(rec: &Recording) -> Analysis {
    let site = rec
        .entries
        .iter()
        .find(|e| e.document)
        .or(rec.entries.first())
        .map(|e| e.host.clone());
    let site_domain = site
        .as_deref()
        .and_then(crate::provider_status::registrable_domain);
    let mut failed = Vec::new();
    for (index, e) in rec.entries.iter().enumerate() {
        if !e.failed() {
            continue;
        }
        let first_party = match (
            &site_domain,
            crate::provider_status::registrable_domain(&e.host),
        ) {
            (Some(a), Some(b)) => *a == b,
            _ => site.as_deref() == Some(e.host.as_str()),
        };
        failed.push(FailedEntry {
            index,
            method: e.method.clone(),
            url: e.url.clone(),
            host: e.host.clone(),
            document: e.document,
            first_party,
            status: e.status,
            browser_error: e.browser_error.clone(),
            started: e.started.clone(),
            diagnosis: diagnose(&e.evidence()),
        });
    }
    let mut failing_hosts: Vec<(String, usize)> = Vec::new();
    for f in &failed {
        match failing_hosts.iter_mut().find(|(h, _)| *h == f.host) {
            Some((_, n)) => *n += 1,
            None => failing_hosts.push((f.host.clone(), 1)),
        }
    }
    failing_hosts.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let verdict = verdict(&failed, rec.entries.len());
    let when = when(&failed);
    Analysis {
        creator: rec.creator.clone(),
        pages: rec.pages.clone(),
        requests: rec.entries.len(),
        site,
        failed,
        failing_hosts,
        verdict,
        when,
    }
}

/// Whether the failures came together (one moment: an outage, a deploy, a restart) or spread
/// over the recording (something that keeps failing), from the browser's start times.
fn when(failed: &[FailedEntry]) -> Option<String> {
    use time::format_description::well_known::Rfc3339;
    let mut times: Vec<time::OffsetDateTime> = failed
        .iter()
        .filter_map(|f| f.started.as_deref())
        .filter_map(|s| time::OffsetDateTime::parse(s, &Rfc3339).ok())
        .collect();
    if times.len() < 2 {
        return None;
    }
    times.sort();
    let (first, last) = (times[0], times[times.len() - 1]);
    let span = (last - first).as_seconds_f64();
    let at = first.to_offset(time::UtcOffset::UTC);
    let clock = format!("{:02}:{:02}:{:02} UTC", at.hour(), at.minute(), at.second());
    let n = times.len();
    let within = if span < 1.0 {
        crate::t!("har-within-a-second")
    } else {
        crate::t!("har-within-seconds", n = format!("{span:.0}"))
    };
    Some(if span <= 10.0 {
        crate::t!(
            "har-when-together",
            count = n,
            within = within,
            time = clock
        )
    } else if span < 120.0 {
        crate::t!(
            "har-when-spread",
            count = n,
            seconds = format!("{span:.0}"),
            time = clock
        )
    } else {
        crate::t!(
            "har-when-spread-minutes",
            count = n,
            minutes = format!("{:.0}", span / 60.0),
            time = clock
        )
    })
}

/// The verdict's first sentence with a lower-case start, to follow a colon (German starts a
/// sentence after a colon with a capital, and its nouns keep theirs).
fn lower_first(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        _ if crate::i18n::current() == crate::i18n::Lang::De => s.to_string(),
        Some(c) if !s.starts_with("HTTP") => c.to_lowercase().chain(chars).collect(),
        Some(c) => std::iter::once(c).chain(chars).collect(),
        None => String::new(),
    }
}

fn verdict(failed: &[FailedEntry], total: usize) -> String {
    if total == 0 {
        return crate::t!("har-verdict-empty");
    }
    if failed.is_empty() {
        return crate::t!("har-verdict-none-failed", total = total);
    }
    if let Some(doc) = failed.iter().find(|f| f.document) {
        return crate::t!(
            "har-verdict-page",
            result = doc.result(),
            host = doc.host.as_str(),
            summary = lower_first(&doc.diagnosis.verdict.summary)
        );
    }
    let own: Vec<&FailedEntry> = failed.iter().filter(|f| f.first_party).collect();
    if let Some(first) = own.first() {
        let hosts: Vec<&str> = {
            let mut h: Vec<&str> = own.iter().map(|f| f.host.as_str()).collect();
            h.dedup();
            h
        };
        return crate::t!(
            "har-verdict-calls",
            count = own.len(),
            hosts = hosts.join(", "),
            result = first.result(),
            summary = lower_first(&first.diagnosis.verdict.summary)
        );
    }
    let third: Vec<&str> = {
        let mut h: Vec<&str> = failed.iter().map(|f| f.host.as_str()).collect();
        h.sort();
        h.dedup();
        h
    };
    crate::t!(
        "har-verdict-third",
        hosts = third.join(", "),
        result = failed[0].result()
    )
}

#[cfg(test)]
mod proptests;
#[cfg(test)]
mod tests;
