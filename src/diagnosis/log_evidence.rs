//! The server logs as evidence for the verdict: which log causes explain which statuses, and
//! whether a finding was logged around the time of the check. The probes see *that* the app
//! behind the web server failed; a matching log line logged at the same time says *how*, so it
//! raises the verdict to high confidence and names the precise cause (a PHP-FPM worker dying of
//! SIGSEGV turns "the application is not answering" into `upstream_crash`). Findings from other
//! days, or that explain another status, raise nothing: the `server_logs` item still lists them.

use super::Culprit;
use super::verdict::Finding as VerdictFinding;
use super::{Cause, CauseFamily, Confidence, VerdictStatus};
use crate::evidence::Evidence;
use crate::evidence::logs::LogsObservation;
use crate::logs::{Finding, Severity};

/// What a log cause means for the verdict.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LogVerdict {
    /// The log analyser's cause id (`assets/log_patterns.toml`).
    pub log_cause: &'static str,
    /// The verdict's cause when this finding explains the failure.
    pub cause: Cause,
    pub culprit: Culprit,
    /// The statuses a visitor gets when this happens.
    pub statuses: &'static [u16],
    /// How precise the line is: a PHP-FPM crash beats nginx's "upstream closed" seen with it.
    pub specificity: u8,
}

const fn row(
    log_cause: &'static str,
    cause: Cause,
    culprit: Culprit,
    statuses: &'static [u16],
    specificity: u8,
) -> LogVerdict {
    LogVerdict {
        log_cause,
        cause,
        culprit,
        statuses,
        specificity,
    }
}

use Culprit::{ReverseProxy, UpstreamApp};

/// Every cause of `assets/log_patterns.toml` (a unit test keeps the two in step).
pub const TABLE: &[LogVerdict] = &[
    row(
        "php_fpm_socket_missing",
        Cause::PhpFpmDown,
        UpstreamApp,
        &[502],
        2,
    ),
    row(
        "upstream_refused",
        Cause::UpstreamRefused,
        UpstreamApp,
        &[502],
        1,
    ),
    row(
        "upstream_permission_denied",
        Cause::UpstreamPermissionDenied,
        ReverseProxy,
        &[502],
        2,
    ),
    row(
        "upstream_overloaded",
        Cause::UpstreamOverloaded,
        UpstreamApp,
        &[502, 503],
        1,
    ),
    row(
        "upstream_timeout",
        Cause::UpstreamTimeout,
        UpstreamApp,
        &[504],
        1,
    ),
    row(
        "upstream_closed",
        Cause::UpstreamClosed,
        UpstreamApp,
        &[502],
        1,
    ),
    row(
        "upstream_header_too_big",
        Cause::UpstreamHeaderTooBig,
        ReverseProxy,
        &[502],
        2,
    ),
    row(
        "no_live_upstreams",
        Cause::NoHealthyUpstream,
        UpstreamApp,
        &[502],
        1,
    ),
    row(
        "upstream_tls_failed",
        Cause::UpstreamTlsFailed,
        ReverseProxy,
        &[502],
        2,
    ),
    row(
        "upstream_unresolved",
        Cause::UpstreamUnresolved,
        ReverseProxy,
        &[502],
        2,
    ),
    row(
        "script_unknown",
        Cause::ScriptNotFound,
        ReverseProxy,
        &[404],
        1,
    ),
    row(
        "backend_disabled",
        Cause::BackendDisabled,
        UpstreamApp,
        &[503],
        1,
    ),
    row(
        "backend_connect_failed",
        Cause::UpstreamRefused,
        UpstreamApp,
        &[502, 503],
        1,
    ),
    row(
        "backend_read_timeout",
        Cause::UpstreamTimeout,
        UpstreamApp,
        &[502, 504],
        1,
    ),
    row(
        "backend_read_error",
        Cause::UpstreamClosed,
        UpstreamApp,
        &[502],
        1,
    ),
    row(
        "fcgi_failed",
        Cause::UpstreamFailed,
        UpstreamApp,
        &[502, 503],
        1,
    ),
    row(
        "fpm_max_children",
        Cause::UpstreamOverloaded,
        UpstreamApp,
        &[502, 503, 504],
        2,
    ),
    row(
        "fpm_execute_timeout",
        Cause::UpstreamTimeout,
        UpstreamApp,
        &[502, 504],
        2,
    ),
    row(
        "fpm_child_segfault",
        Cause::UpstreamCrash,
        UpstreamApp,
        &[502],
        3,
    ),
    row(
        "php_max_execution_time",
        Cause::UpstreamTimeout,
        UpstreamApp,
        &[500, 502, 504],
        2,
    ),
    row(
        "php_memory_limit",
        Cause::AppMemoryLimit,
        UpstreamApp,
        &[500, 502],
        2,
    ),
];

pub fn lookup(log_cause: &str) -> Option<&'static LogVerdict> {
    TABLE.iter().find(|r| r.log_cause == log_cause)
}

/// How long before the check a log line may be and still count as "at the time of the check".
pub const RECENT_SECS: i64 = 3600;
/// Clock skew tolerated between the server's clock and this computer's.
const SKEW_SECS: i64 = 300;
/// Without a known offset, a local time may be anywhere from UTC-12 to UTC+14.
const WEST_SECS: i64 = 12 * 3600;
const EAST_SECS: i64 = 14 * 3600;

/// When a log line was written relative to the reading of the logs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Recency {
    /// Within the hour before the check (allowing for clock skew and an unknown time zone).
    Recent,
    /// At least this many seconds before the check.
    Old(i64),
    /// The line had no readable time.
    Unknown,
}

/// `seen` is "YYYY-MM-DDTHH:MM:SS" with an optional "+HH:MM"/"-HH:MM" (the analyser's format).
pub fn recency(obs: &LogsObservation, seen: Option<&str>) -> Recency {
    let Some((wall, offset)) = seen.and_then(parse_seen) else {
        return Recency::Unknown;
    };
    // The possible ages (read time minus line time), as a range when the zone is unknown.
    let (min_age, max_age) = match offset.or(obs.local_offset_secs.map(i64::from)) {
        Some(o) => {
            let age = obs.read_at_unix - (wall - o);
            (age, age)
        }
        None => (
            obs.read_at_unix - (wall + WEST_SECS),
            obs.read_at_unix - (wall - EAST_SECS),
        ),
    };
    if max_age >= -SKEW_SECS && min_age <= RECENT_SECS {
        Recency::Recent
    } else if min_age > RECENT_SECS {
        Recency::Old(min_age)
    } else {
        // Logged "in the future": a clock that is off; it says nothing about the check.
        Recency::Unknown
    }
}

/// (wall clock as if UTC in Unix seconds, offset seconds if given).
fn parse_seen(s: &str) -> Option<(i64, Option<i64>)> {
    let s = s.trim();
    let (wall, offset) = if s.len() > 19 {
        (s.get(..19)?, Some(s.get(19..)?))
    } else {
        (s, None)
    };
    let num = |r: std::ops::Range<usize>| wall.get(r)?.parse::<i64>().ok();
    let bytes = wall.as_bytes();
    if bytes.len() != 19 || bytes[4] != b'-' || bytes[10] != b'T' || bytes[13] != b':' {
        return None;
    }
    let month = u8::try_from(num(5..7)?).ok()?;
    let date = time::Date::from_calendar_date(
        i32::try_from(num(0..4)?).ok()?,
        time::Month::try_from(month).ok()?,
        u8::try_from(num(8..10)?).ok()?,
    )
    .ok()?;
    let t = time::Time::from_hms(
        u8::try_from(num(11..13)?).ok()?,
        u8::try_from(num(14..16)?).ok()?,
        u8::try_from(num(17..19)?).ok()?,
    )
    .ok()?;
    let unix = time::PrimitiveDateTime::new(date, t)
        .assume_utc()
        .unix_timestamp();
    let offset = match offset {
        None => None,
        Some(o) => {
            let sign = match o.as_bytes().first()? {
                b'+' => 1,
                b'-' => -1,
                _ => return None,
            };
            let h: i64 = o.get(1..3)?.parse().ok()?;
            let m: i64 = o.get(4..6)?.parse().ok()?;
            Some(sign * (h * 3600 + m * 60))
        }
    };
    Some((unix, offset))
}

/// A log finding that explains what the probes saw.
#[derive(Debug, Clone, Copy)]
pub struct Corroboration<'a> {
    pub finding: &'a Finding,
    pub meaning: &'static LogVerdict,
}

/// The failing status the visitor got: the main response's, else the first failed retry's.
fn failing_status(ev: &Evidence) -> Option<u16> {
    let main = ev
        .http
        .as_ref()
        .filter(|h| h.outcome.is_response())
        .and_then(|h| h.status);
    if let Some(s) = main.filter(|s| *s >= 500) {
        return Some(s);
    }
    ev.refresh
        .as_ref()?
        .attempts
        .iter()
        .filter_map(|a| a.status)
        .find(|s| *s >= 500)
}

/// A CDN's own code for an origin problem, as the origin's logs would show it.
fn origin_status(status: u16) -> u16 {
    match status {
        520..=523 | 525 | 526 => 502,
        524 => 504,
        s => s,
    }
}

/// The most telling recent error finding that explains the status the probes saw.
pub fn corroborating(ev: &Evidence) -> Option<Corroboration<'_>> {
    let obs = ev.logs.as_ref()?;
    let status = origin_status(failing_status(ev)?);
    obs.analysis
        .findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .filter_map(|f| Some((f, lookup(&f.cause)?)))
        .filter(|(_, m)| m.statuses.contains(&status))
        .filter(|(f, _)| recency(obs, f.last_seen.as_deref()) == Recency::Recent)
        .max_by(|(a, ma), (b, mb)| {
            (ma.specificity, &a.last_seen, a.count).cmp(&(mb.specificity, &b.last_seen, b.count))
        })
        .map(|(finding, meaning)| Corroboration { finding, meaning })
}

/// "12 times, last at 2026-12-01T23:20:04" / "once, at ...".
pub fn times(f: &Finding) -> String {
    let when = f
        .last_seen
        .clone()
        .unwrap_or_else(|| crate::t!("dx-log-unknown-time"));
    crate::t!("dx-log-times", count = f.count, when = when)
}

/// Raise a server-side failure to high confidence (and its precise cause) when the logs agree.
/// Whether a verdict is a failure on the server's side (or undecided): what the server's own
/// evidence (its logs, its configuration) may refine.
pub(crate) fn server_side_failure(found: &VerdictFinding) -> bool {
    matches!(
        found.status,
        VerdictStatus::Failing | VerdictStatus::Intermittent
    ) && (matches!(
        found.culprit,
        Culprit::ReverseProxy | Culprit::UpstreamApp | Culprit::LoadBalancer | Culprit::Unknown
    ) || found.cause.family() == CauseFamily::Origin)
}

pub(crate) fn refine(ev: &Evidence, mut found: VerdictFinding) -> VerdictFinding {
    if !server_side_failure(&found) {
        return found;
    }
    let Some(c) = corroborating(ev) else {
        return found;
    };
    found.confidence = Confidence::High;
    let involved = c
        .finding
        .subjects
        .first()
        .map(|s| crate::target::redact_url(s));
    let title = c.finding.title.as_str();
    let times = times(c.finding);
    // A CDN-worded cause keeps its wording (the CDN is what the visitor saw); otherwise the log
    // names the precise cause.
    let refined = found.cause.family() != CauseFamily::Origin && found.cause != c.meaning.cause;
    if found.cause.family() != CauseFamily::Origin {
        found.cause = c.meaning.cause;
        found.culprit = c.meaning.culprit;
    }
    found.detail = if refined {
        // The log says something more precise than the first guess from outside: its words
        // replace the guess instead of "agreeing" with what they contradict.
        let says = match involved {
            Some(s) => crate::t!(
                "dx-log-says-why-involved",
                title = title,
                involved = s,
                times = times
            ),
            None => crate::t!("dx-log-says-why", title = title, times = times),
        };
        format!(
            "{says} {} {}",
            c.finding.explanation.trim(),
            c.finding.fix.trim()
        )
    } else {
        let agrees = match involved {
            Some(s) => crate::t!(
                "dx-log-agrees-involved",
                title = title,
                involved = s,
                times = times
            ),
            None => crate::t!("dx-log-agrees", title = title, times = times),
        };
        format!("{} {agrees}", found.detail)
    }
    .trim()
    .to_string();
    found
}

#[cfg(test)]
#[path = "log_evidence_tests.rs"]
mod tests;
