//! This computer's clock, read in one place for the evidence that needs it (when the server logs
//! were read, and in which time zone), so the core types take times as plain values.

use crate::evidence::logs::LogsObservation;
use crate::logs::Analysis;
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

/// Logs analysed just now on this computer.
pub fn logs_read_now(analysis: Analysis) -> LogsObservation {
    LogsObservation::new(
        analysis,
        time::OffsetDateTime::now_utc().unix_timestamp(),
        local_offset_secs(),
    )
}
