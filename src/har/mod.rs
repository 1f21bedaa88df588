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
    NotHar { expected: &'static str },
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

/// The JSON of a HAR file, with the error said plainly.
fn parse_value(bytes: &[u8]) -> Result<serde_json::Value, HarError> {
    serde_json::from_slice(bytes).map_err(|e| {
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
    })
}

/// Read a HAR file's bytes.
pub fn read(bytes: &[u8]) -> Result<Recording, HarError> {
    let value = parse_value(bytes)?;
    let log = value.get("log").ok_or(HarError::NotHar {
        expected: "a \"log\" object at the top",
    })?;
    let entries = log
        .get("entries")
        .and_then(|e| e.as_array())
        .ok_or(HarError::NotHar {
            expected: "\"log.entries\", a list of requests",
        })?;
    let creator = log
        .pointer("/creator/name")
        .and_then(|c| c.as_str())
        .unwrap_or_default()
        .to_string();
    let pages = log
        .get("pages")
        .and_then(|p| p.as_array())
        .map(|ps| {
            ps.iter()
                .filter_map(|p| p.get("title").and_then(|t| t.as_str()))
                .map(crate::target::redact_url)
                .collect()
        })
        .unwrap_or_default();
    Ok(Recording {
        creator: crate::text::shown(&creator, 60),
        pages,
        entries: entries.iter().map(Entry::from_value).collect(),
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
                    format!("{s} from {}", who.display_name())
                }
            }
            (None, None) => "no answer".into(),
        }
    }

    /// Where in the page it failed: the page itself, the site's own call, or a third party.
    pub fn place(&self) -> &'static str {
        match (self.document, self.first_party) {
            (true, _) => "the page",
            (false, true) => "the site's own call",
            (false, false) => "third party",
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
    Analysis {
        creator: rec.creator.clone(),
        pages: rec.pages.clone(),
        requests: rec.entries.len(),
        site,
        failed,
        failing_hosts,
        verdict,
    }
}

/// The verdict's first sentence with a lower-case start, to follow a colon.
fn lower_first(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) if !s.starts_with("HTTP") => c.to_lowercase().chain(chars).collect(),
        Some(c) => std::iter::once(c).chain(chars).collect(),
        None => String::new(),
    }
}

fn verdict(failed: &[FailedEntry], total: usize) -> String {
    if total == 0 {
        return "The recording holds no requests: record again with the Network panel open, then \
                reload the page."
            .into();
    }
    if failed.is_empty() {
        return format!("None of the {total} requests in the recording failed.");
    }
    if let Some(doc) = failed.iter().find(|f| f.document) {
        return format!(
            "The page itself failed ({} for {}): {}",
            doc.result(),
            doc.host,
            lower_first(&doc.diagnosis.verdict.summary)
        );
    }
    let own: Vec<&FailedEntry> = failed.iter().filter(|f| f.first_party).collect();
    if let Some(first) = own.first() {
        let hosts: Vec<&str> = {
            let mut h: Vec<&str> = own.iter().map(|f| f.host.as_str()).collect();
            h.dedup();
            h
        };
        return format!(
            "The page loaded, but {} of its calls to {} failed ({}): {}",
            own.len(),
            hosts.join(", "),
            first.result(),
            lower_first(&first.diagnosis.verdict.summary)
        );
    }
    let third: Vec<&str> = {
        let mut h: Vec<&str> = failed.iter().map(|f| f.host.as_str()).collect();
        h.sort();
        h.dedup();
        h
    };
    format!(
        "The page and the site's own requests worked; only requests to other sites failed ({}: \
         {}). Those belong to third parties (scripts, fonts, trackers); the page may look \
         incomplete but the site itself answers.",
        third.join(", "),
        failed[0].result()
    )
}

#[cfg(test)]
mod proptests;
#[cfg(test)]
mod tests;
