//! Owner mode: what the site's own server logs said, as read by the log analyser (`--logs FILE`
//! on the command line, "Analyse logs" or a drop in the app). It is evidence like a probe's: the
//! `server_logs` item lists the findings, and a finding that explains the status the probes saw,
//! logged around the time of the check, raises the verdict's confidence (see
//! `diagnosis::owner::log_evidence`).

use crate::logs::Analysis;
use serde::{Deserialize, Serialize};
use std::sync::OnceLock;

/// This computer's offset from UTC, in seconds. The `time` crate can only read it safely while
/// the process has one thread, so `main` calls this first; later calls return what was read then
/// (`None` if it could not be read: log times are then matched against every time zone).
pub fn local_offset_secs() -> Option<i32> {
    static OFFSET: OnceLock<Option<i32>> = OnceLock::new();
    *OFFSET.get_or_init(|| {
        time::UtcOffset::current_local_offset()
            .ok()
            .map(time::UtcOffset::whole_seconds)
    })
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LogsObservation {
    pub analysis: Analysis,
    /// When the logs were read, seconds since the Unix epoch (UTC).
    pub read_at_unix: i64,
    /// This computer's offset from UTC in seconds when it was known: log lines without an offset
    /// (nginx and Apache error logs) are in the server's local time. `None`: any time zone.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub local_offset_secs: Option<i32>,
}

impl LogsObservation {
    /// Logs read just now on this computer (see `local_offset_secs`).
    pub fn new(analysis: Analysis) -> LogsObservation {
        LogsObservation {
            analysis,
            read_at_unix: time::OffsetDateTime::now_utc().unix_timestamp(),
            local_offset_secs: local_offset_secs(),
        }
    }

    /// A short line for the probe log: "3 files, 2 findings, 14 5xx answers".
    pub fn summary(&self) -> String {
        let a = &self.analysis;
        let read = a.files.iter().filter(|f| f.error.is_none()).count();
        let mut s = format!(
            "{read} of {} log file{} read, {} finding{}",
            a.files.len(),
            if a.files.len() == 1 { "" } else { "s" },
            a.findings.len(),
            if a.findings.len() == 1 { "" } else { "s" }
        );
        if a.access.is_some() {
            s.push_str(&format!(", {} 5xx answers in access logs", a.access_5xx()));
        }
        if a.cancelled {
            s.push_str(" (cancelled: partly read)");
        }
        s
    }
}
