//! One stored check: the few facts the history needs (when, which site, what came back, what the
//! verdict was), taken from a finished check's evidence and diagnosis. Kept apart from the SQLite
//! code so the summaries and the CSV export can be tested as plain data.

use crate::diagnosis::{Diagnosis, VerdictStatus};
use crate::evidence::Evidence;
use crate::text::serde_plain;

/// Which part of Gateway Doctor ran the check.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// `gateway-doctor check`.
    Check,
    /// `gateway-doctor watch`.
    Watch,
    /// The desktop app.
    App,
}

impl Source {
    pub fn as_str(self) -> &'static str {
        match self {
            Source::Check => "check",
            Source::Watch => "watch",
            Source::App => "app",
        }
    }

    /// The stored text back to a source; unknown text (a newer build's) reads as `check`.
    pub fn parse(s: &str) -> Source {
        match s {
            "watch" => Source::Watch,
            "app" => Source::App,
            _ => Source::Check,
        }
    }
}

/// One check as the history keeps it. Never holds credentials or query strings: `url` is the
/// target's redacted form and `site` is only the host (with the port when it is not the
/// scheme's default).
#[derive(Debug, Clone, PartialEq)]
pub struct CheckRecord {
    /// `example.com` or `example.com:8443`, lower case; the key the history is grouped by.
    pub site: String,
    /// The redacted URL.
    pub url: String,
    /// When the check finished, Unix milliseconds (UTC).
    pub at_ms: i64,
    pub source: Source,
    /// The HTTP status, when an answer arrived.
    pub status: Option<u16>,
    /// How the request failed when no answer arrived (`connect_refused`, `timeout`, ...).
    pub failure: Option<String>,
    /// `healthy`, `failing`, `intermittent` or `unreachable`.
    pub verdict: String,
    /// The verdict's cause id (`upstream_refused`, ...).
    pub cause: String,
    /// The layer blamed (`reverse_proxy`, `dns`, ...).
    pub culprit: String,
    /// Who answered (`nginx`, `cloudflare`, `unknown`).
    pub responder: String,
    /// The main request's total time in milliseconds, when it got that far.
    pub total_ms: Option<f64>,
}

impl CheckRecord {
    /// The record of a finished check.
    pub fn from_check(
        evidence: &Evidence,
        diagnosis: &Diagnosis,
        source: Source,
        at: time::OffsetDateTime,
    ) -> CheckRecord {
        let t = &evidence.target;
        let site = site_key(&t.host, t.port, t.scheme.as_str());
        let http = evidence.http.as_ref();
        let status = http.and_then(|h| h.status);
        let failure = http
            .filter(|h| h.status.is_none())
            .map(|h| serde_plain(&h.outcome));
        CheckRecord {
            site,
            url: t.url.clone(),
            at_ms: (at.unix_timestamp_nanos() / 1_000_000) as i64,
            source,
            status,
            failure,
            verdict: serde_plain(&diagnosis.verdict.status),
            cause: diagnosis.verdict.cause.to_string(),
            culprit: serde_plain(&diagnosis.verdict.culprit),
            responder: serde_plain(&diagnosis.responder.software),
            total_ms: http.and_then(|h| h.timings.total),
        }
    }

    /// A healthy check.
    pub fn healthy(&self) -> bool {
        self.verdict == serde_plain(&VerdictStatus::Healthy)
    }

    /// What came back, in a few characters: `502`, `200`, `connect_refused`.
    pub fn outcome(&self) -> String {
        match (self.status, &self.failure) {
            (Some(s), _) => s.to_string(),
            (None, Some(f)) => f.clone(),
            (None, None) => crate::t!("watch-no-answer"),
        }
    }

    /// The check's time as `2026-12-02T01:02:03Z`.
    pub fn time_rfc3339(&self) -> String {
        crate::report::timestamp(from_ms(self.at_ms))
    }
}

/// Unix milliseconds to a UTC time (out-of-range values clamp to the epoch).
pub fn from_ms(ms: i64) -> time::OffsetDateTime {
    time::OffsetDateTime::from_unix_timestamp_nanos(ms as i128 * 1_000_000)
        .unwrap_or(time::OffsetDateTime::UNIX_EPOCH)
}

/// The key a site's checks are stored under: the lower-case host, with the port when it is not
/// the scheme's default (`example.com`, `example.com:8443`, `[::1]:8080`).
pub fn site_key(host: &str, port: u16, scheme: &str) -> String {
    let default_port = if scheme.eq_ignore_ascii_case("http") {
        80
    } else {
        443
    };
    let host = host.to_ascii_lowercase();
    if port == default_port {
        host
    } else if host.contains(':') {
        format!("[{host}]:{port}")
    } else {
        format!("{host}:{port}")
    }
}
