//! Owner mode: what the site's own server logs said, as read by the log analyser (`--logs FILE`
//! on the command line, "Analyse logs" or a drop in the app). It is evidence like a probe's: the
//! `server_logs` item lists the findings, and a finding that explains the status the probes saw,
//! logged around the time of the check, raises the verdict's confidence (see
//! `diagnosis::log_evidence`).

use crate::logs::Analysis;
use serde::{Deserialize, Serialize};

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
    /// Logs read at `read_at_unix` (seconds since the Unix epoch, UTC) on a computer whose
    /// offset from UTC is `local_offset_secs` (`None`: unknown). The caller reads the clock.
    pub fn new(
        analysis: Analysis,
        read_at_unix: i64,
        local_offset_secs: Option<i32>,
    ) -> LogsObservation {
        LogsObservation {
            analysis,
            read_at_unix,
            local_offset_secs,
        }
    }

    /// A short line for the probe log: "3 files, 2 findings, 14 5xx answers".
    pub fn summary(&self) -> String {
        let a = &self.analysis;
        let read = a.files.iter().filter(|f| f.error.is_none()).count();
        let mut s = crate::t!(
            "eng-logs-summary",
            read = read.to_string(),
            files = a.files.len(),
            findings = a.findings.len()
        );
        if a.access.is_some() {
            s = crate::t!(
                "eng-logs-summary-access",
                summary = s,
                count = a.access_5xx()
            );
        }
        if a.cancelled {
            s = crate::t!("eng-logs-summary-cancelled", summary = s);
        }
        s
    }
}
