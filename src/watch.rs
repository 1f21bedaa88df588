//! The pure parts of "keep checking until it is back", shared by `gateway-doctor watch` and the
//! app's wait step: the back-off schedule (longer pauses while the site keeps failing, never
//! shorter than the server's Retry-After) and the [`Notifier`] trait for telling the person the
//! site is back. Pure: schedule arithmetic and the trait, no clock. The desktop notifier that
//! implements the trait lives in the engine (`notify`); tests use a recording notifier.

use crate::diagnosis::retry_after_secs;
use crate::evidence::Evidence;
use std::time::Duration;

/// The pause before the next check.
///
/// `last` is the pause used last time (`None` for the first pause or after a healthy check),
/// `first` the pause to start with, `floor` a pause the server asked for (Retry-After); the
/// result doubles the last pause, is never under `floor`, and stays within `min..=max`.
pub fn next_pause(
    last: Option<Duration>,
    first: Duration,
    floor: Option<Duration>,
    min: Duration,
    max: Duration,
) -> Duration {
    let pause = match last {
        None => first,
        Some(last) => last.saturating_mul(2),
    };
    pause
        .max(floor.unwrap_or_default())
        .clamp(min, max.max(min))
}

/// The Retry-After the main answer carried, in seconds (capped like the checklist's advice).
pub fn retry_after(evidence: &Evidence) -> Option<u64> {
    let http = evidence.http.as_ref()?;
    let value = http.header("retry-after")?;
    retry_after_secs(value, http.header("date"))
}

/// Tells the person something happened while they were away (the site is back).
pub trait Notifier: Send + Sync {
    /// Show a notification; `Err` says in a few words why none could be shown.
    fn notify(&self, title: &str, body: &str) -> Result<(), String>;
}

/// A notifier that shows nothing (no desktop in this build).
pub struct NoNotifier;

impl Notifier for NoNotifier {
    fn notify(&self, _title: &str, _body: &str) -> Result<(), String> {
        Err(crate::t!("eng-notify-unsupported"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const S: fn(u64) -> Duration = Duration::from_secs;

    #[test]
    fn pauses_double_and_stay_in_bounds() {
        assert_eq!(next_pause(None, S(5), None, S(1), S(600)), S(5));
        assert_eq!(next_pause(Some(S(5)), S(5), None, S(1), S(600)), S(10));
        assert_eq!(next_pause(Some(S(400)), S(5), None, S(1), S(600)), S(600));
        assert_eq!(next_pause(None, S(0), None, S(1), S(600)), S(1));
    }

    #[test]
    fn retry_after_is_a_floor() {
        assert_eq!(next_pause(None, S(5), Some(S(120)), S(1), S(600)), S(120));
        assert_eq!(
            next_pause(Some(S(200)), S(5), Some(S(120)), S(1), S(600)),
            S(400)
        );
    }
}
