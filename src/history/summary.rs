//! Plain-language summaries of a site's stored checks ("failing since 14:02 UTC (23 min)",
//! "first failure seen at ..., 17 of 20 checks failed") and the CSV export. Pure functions over
//! [`CheckRecord`] lists, so the CLI, the app and the support report say the same thing.

use super::record::{CheckRecord, from_ms};

/// What a site's recent checks add up to.
#[derive(Debug, Clone, PartialEq)]
pub struct SiteSummary {
    pub site: String,
    /// Checks considered (the newest `limit`).
    pub checks: usize,
    /// How many of them were not healthy.
    pub failures: usize,
    /// The oldest failing check among them.
    pub first_failure_ms: Option<i64>,
    /// When the newest check fails: the first check of the unbroken run of failures it ends.
    pub failing_since_ms: Option<i64>,
    /// When the newest check is healthy after failures: the first healthy check after the last
    /// failure.
    pub back_since_ms: Option<i64>,
    /// The newest check.
    pub last: Option<CheckRecord>,
}

/// Summarise `checks` (any order) as of `now_ms`.
pub fn summarize(site: &str, checks: &[CheckRecord]) -> SiteSummary {
    let mut sorted: Vec<&CheckRecord> = checks.iter().collect();
    sorted.sort_by_key(|c| c.at_ms);
    let failures = sorted.iter().filter(|c| !c.healthy()).count();
    let first_failure_ms = sorted.iter().find(|c| !c.healthy()).map(|c| c.at_ms);
    let last = sorted.last().copied();
    let mut failing_since_ms = None;
    let mut back_since_ms = None;
    if let Some(last) = last {
        // The unbroken run of checks with the same health as the newest one.
        let run_start = sorted
            .iter()
            .rev()
            .take_while(|c| c.healthy() == last.healthy())
            .last()
            .map(|c| c.at_ms);
        let had_earlier_failure = sorted
            .iter()
            .any(|c| !c.healthy() && Some(c.at_ms) < run_start);
        if !last.healthy() {
            failing_since_ms = run_start;
        } else if had_earlier_failure {
            back_since_ms = run_start;
        }
    }
    SiteSummary {
        site: site.to_string(),
        checks: sorted.len(),
        failures,
        first_failure_ms,
        failing_since_ms,
        back_since_ms,
        last: last.cloned(),
    }
}

/// `14:02 UTC`
pub fn clock(ms: i64) -> String {
    let t = from_ms(ms);
    format!("{:02}:{:02} UTC", t.hour(), t.minute())
}

/// `14:02:03 UTC`
pub fn clock_seconds(t: time::OffsetDateTime) -> String {
    let t = t.to_offset(time::UtcOffset::UTC);
    format!("{:02}:{:02}:{:02} UTC", t.hour(), t.minute(), t.second())
}

/// `2026-12-02 14:02 UTC`
pub fn date_clock(ms: i64) -> String {
    let t = from_ms(ms);
    format!(
        "{}-{:02}-{:02} {:02}:{:02} UTC",
        t.year(),
        u8::from(t.month()),
        t.day(),
        t.hour(),
        t.minute()
    )
}

/// `23 min`, `2 h 5 min`, `3 days`
pub fn span(ms: i64) -> String {
    let mins = ms.max(0) / 60_000;
    match mins {
        0 => crate::t!("span-under-a-minute"),
        1..=59 => crate::t!("span-minutes", n = mins),
        60..=2879 => match mins % 60 {
            0 => crate::t!("span-hours", h = mins / 60),
            m => crate::t!("span-hours-minutes", h = mins / 60, m = m),
        },
        _ => crate::t!("span-days", n = mins / 1440),
    }
}

impl SiteSummary {
    /// "failing since 14:02 UTC (23 min)", "working again since ...", or "working".
    pub fn state_line(&self, now_ms: i64) -> String {
        if let Some(since) = self.failing_since_ms {
            crate::t!(
                "history-failing-since",
                time = clock(since),
                span = span(now_ms - since)
            )
        } else if let Some(back) = self.back_since_ms {
            crate::t!("history-working-again", time = clock(back))
        } else if self.last.is_some() {
            crate::t!("history-working")
        } else {
            crate::t!("history-no-checks")
        }
    }

    /// "first failure seen at 2026-12-02 14:02 UTC, 17 of 20 checks failed" (or "no failures
    /// in the last 20 checks").
    pub fn failures_line(&self) -> String {
        match self.first_failure_ms {
            Some(first) => crate::t!(
                "history-first-failure",
                time = date_clock(first),
                failures = self.failures,
                checks = self.checks
            ),
            None => crate::t!("history-no-failures", checks = self.checks),
        }
    }
}

/// The CSV header line's fields.
pub const CSV_COLUMNS: [&str; 11] = [
    "time",
    "site",
    "url",
    "source",
    "status",
    "failure",
    "verdict",
    "cause",
    "culprit",
    "responder",
    "total_ms",
];

/// The checks as CSV (RFC 4180: CRLF line ends, fields with commas, quotes or line breaks
/// quoted), header first.
pub fn to_csv(checks: &[CheckRecord]) -> String {
    let mut out = CSV_COLUMNS.join(",");
    out.push_str("\r\n");
    for c in checks {
        let fields = [
            c.time_rfc3339(),
            c.site.clone(),
            c.url.clone(),
            c.source.as_str().to_string(),
            c.status.map(|s| s.to_string()).unwrap_or_default(),
            c.failure.clone().unwrap_or_default(),
            c.verdict.clone(),
            c.cause.clone(),
            c.culprit.clone(),
            c.responder.clone(),
            c.total_ms.map(|t| format!("{t:.0}")).unwrap_or_default(),
        ];
        let line: Vec<String> = fields.iter().map(|f| csv_field(f)).collect();
        out.push_str(&line.join(","));
        out.push_str("\r\n");
    }
    out
}

fn csv_field(s: &str) -> String {
    // A leading = + - @ would be run as a formula by spreadsheet programs.
    let s = match s.chars().next() {
        Some('=' | '+' | '-' | '@') => format!("'{s}"),
        _ => s.to_string(),
    };
    if s.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}
