//! "Is it down for everyone?" in the app: only when the person presses the button, the
//! site's host and path go to Globalping, a third-party service, which loads it from about ten
//! places; the answer is concluded against our own check. Runs on the engine's runtime, bounded
//! in time, so the window never waits for it.

use super::task::{Poll, Task};
use crate::evidence::world::WorldCheck;
use crate::globalping;
use crate::target::Target;
use std::time::{Duration, Instant};

/// Where the question stands for the check on screen.
#[derive(Default)]
pub enum WorldState {
    #[default]
    NotAsked,
    Asking(Task<Result<WorldCheck, String>>),
    Answered(WorldCheck),
    Failed(String),
}

impl WorldState {
    /// Ask `base` about `target` on the engine's `runtime`; `step` is one probe step's timeout
    /// (each request gets that, the whole measurement three times it, between 5 and 60 s);
    /// `use_proxy` as for the probes.
    pub fn ask(
        base: &str,
        target: Target,
        step: Duration,
        use_proxy: bool,
        runtime: &tokio::runtime::Handle,
        ctx: &egui::Context,
    ) -> WorldState {
        let client = match globalping::Client::for_check(base, step, use_proxy) {
            Ok(client) => client,
            Err(e) => return WorldState::Failed(e.message()),
        };
        WorldState::Asking(Task::on_runtime(runtime, ctx, async move {
            globalping::ask(&client, &target)
                .await
                .map_err(|e| e.message())
        }))
    }

    /// Pick up the answer when it has come; returns it the once it arrives.
    pub fn poll(&mut self) -> Option<WorldCheck> {
        let WorldState::Asking(task) = self else {
            return None;
        };
        let (state, answer) = match task.poll() {
            Poll::Done(Ok(w)) => (WorldState::Answered(w.clone()), Some(w)),
            Poll::Done(Err(e)) => (WorldState::Failed(e), None),
            Poll::Waiting => return None,
            Poll::Lost => (WorldState::Failed(crate::t!("world-not-sent")), None),
        };
        *self = state;
        answer
    }

    pub fn asking(&self) -> bool {
        matches!(self, WorldState::Asking(_))
    }
}

/// The app's share of Globalping's anonymous limit: each question uses up to `PROBE_LIMIT`
/// tests, so at most `ANONYMOUS_TESTS_PER_HOUR / PROBE_LIMIT` questions in any hour. Asking more
/// would only earn a 429, so the button waits instead and says until when.
#[derive(Debug, Default)]
pub struct Budget {
    asked: Vec<Instant>,
}

const HOUR: Duration = Duration::from_secs(3600);

impl Budget {
    pub const PER_HOUR: usize =
        (globalping::ANONYMOUS_TESTS_PER_HOUR / globalping::PROBE_LIMIT) as usize;

    pub fn record(&mut self, now: Instant) {
        self.asked.retain(|t| now.duration_since(*t) < HOUR);
        self.asked.push(now);
    }

    /// Questions asked in the hour before `now`.
    pub fn used(&self, now: Instant) -> usize {
        self.asked
            .iter()
            .filter(|t| now.duration_since(**t) < HOUR)
            .count()
    }

    /// `None` when a question may be asked now, else how long until one may.
    pub fn wait(&self, now: Instant) -> Option<Duration> {
        if self.used(now) < Self::PER_HOUR {
            return None;
        }
        let oldest = self
            .asked
            .iter()
            .filter(|t| now.duration_since(**t) < HOUR)
            .min()?;
        Some(HOUR.saturating_sub(now.duration_since(*oldest)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_budget_allows_25_questions_an_hour_then_says_how_long_to_wait() {
        let start = Instant::now();
        let mut b = Budget::default();
        for i in 0..Budget::PER_HOUR as u64 {
            assert_eq!(b.wait(start + Duration::from_secs(i)), None);
            b.record(start + Duration::from_secs(i));
        }
        assert_eq!(Budget::PER_HOUR, 25);
        let now = start + Duration::from_secs(600);
        assert_eq!(b.used(now), 25);
        assert_eq!(b.wait(now), Some(Duration::from_secs(3000)));
        // An hour after the first question, one may be asked again.
        assert_eq!(b.wait(start + HOUR), None);
    }
}
