//! The state of one check in the app: the evidence folded from engine events, the diagnosis
//! recomputed after every event (so the banner and checklist update live), and a raw probe log
//! for the details view. Also the "wait and re-check" schedule of the wait step.

use super::bridge::{BridgeMsg, RunHandle};
use crate::diagnosis::{CheckId, Diagnosis, ItemStatus, PathState, VerdictStatus, diagnose};
use crate::evidence::logs::LogsObservation;
use crate::evidence::{Evidence, Observation, ProbeEvent, ProbeKind};
use crate::target::Target;
use std::sync::mpsc::TryRecvError;
use std::time::{Duration, Instant};

/// How a run ended (or that it has not).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RunPhase {
    Running,
    Done,
    Cancelled,
}

pub struct Run {
    pub target: Target,
    pub evidence: Evidence,
    pub diagnosis: Diagnosis,
    /// One line per engine event, oldest first: "dns finished: ok in 3 ms {details}".
    pub log: Vec<String>,
    pub phase: RunPhase,
    pub started: Instant,
    pub started_wall: time::OffsetDateTime,
    handle: Option<RunHandle>,
}

impl Run {
    pub fn new(target: Target, evidence: Evidence, handle: RunHandle) -> Run {
        let diagnosis = diagnose(&evidence);
        Run {
            target,
            evidence,
            diagnosis,
            log: Vec::new(),
            phase: RunPhase::Running,
            started: Instant::now(),
            started_wall: time::OffsetDateTime::now_utc(),
            handle: Some(handle),
        }
    }

    /// Take every message waiting in the channel. Returns true when something changed.
    pub fn drain(&mut self) -> bool {
        let mut changed = false;
        while self.phase == RunPhase::Running {
            let Some(handle) = self.handle.as_mut() else {
                break;
            };
            match handle.rx.try_recv() {
                Ok(BridgeMsg::Event(event)) => {
                    self.log_event(&event);
                    self.evidence.apply(event);
                    changed = true;
                }
                Ok(BridgeMsg::Done) | Err(TryRecvError::Disconnected) => {
                    self.finish(RunPhase::Done, "all probes reported");
                    changed = true;
                }
                Err(TryRecvError::Empty) => break,
            }
        }
        if changed && self.phase == RunPhase::Running {
            self.diagnosis = diagnose(&self.evidence);
        }
        changed
    }

    fn log_event(&mut self, event: &ProbeEvent) {
        let line = match event {
            ProbeEvent::Started(kind) => format!("{} started", kind.as_str()),
            ProbeEvent::Finished { record, .. } => {
                let details = serde_json::to_string(&record.details).unwrap_or_default();
                format!(
                    "{} finished: {} in {:.0} ms  {}",
                    record.kind.as_str(),
                    crate::text::serde_plain(&record.status),
                    record.duration_ms,
                    details
                )
            }
        };
        self.log.push(line);
    }

    fn finish(&mut self, phase: RunPhase, why: &str) {
        self.phase = phase;
        self.rediagnose();
        self.log.push(format!("run ended: {why}"));
        // Dropping the handle stops whatever is still running.
        self.handle = None;
    }

    /// Diagnose again; once the engine is done, a step still waiting was not checked and says
    /// so (except the server logs while they are being read: those still come).
    pub fn rediagnose(&mut self) {
        self.diagnosis = diagnose(&self.evidence);
        if self.phase == RunPhase::Running {
            return;
        }
        let reason = match self.phase {
            RunPhase::Cancelled => crate::t!("run-cancelled-step"),
            _ => crate::t!("run-silent-step"),
        };
        let reading_logs = self.evidence.is_pending(ProbeKind::Logs);
        for item in &mut self.diagnosis.checklist {
            if item.status == ItemStatus::Pending
                && !(reading_logs && item.id == CheckId::ServerLogs)
            {
                item.status = ItemStatus::Skipped;
                item.finding = reason.clone();
                item.advice = crate::t!("run-press-check");
            }
        }
        for node in &mut self.diagnosis.path {
            if node.state == PathState::Pending {
                node.state = PathState::Unknown;
            }
        }
    }

    /// The server logs are being read for this run: its `server_logs` item waits for them.
    pub fn expect_logs(&mut self) {
        if !self.evidence.planned.contains(&ProbeKind::Logs) {
            self.evidence.planned.push(ProbeKind::Logs);
        }
        self.evidence.finished.retain(|k| *k != ProbeKind::Logs);
        self.rediagnose();
    }

    /// The server logs were read: they become this run's evidence (whatever its phase).
    pub fn apply_logs(&mut self, observation: LogsObservation, elapsed: Duration) {
        if !self.evidence.planned.contains(&ProbeKind::Logs) {
            self.evidence.planned.push(ProbeKind::Logs);
        }
        let event = crate::probe::finished_event(Observation::Logs(Box::new(observation)), elapsed);
        self.log_event(&event);
        self.evidence.apply(event);
        self.rediagnose();
    }

    /// "Is it down for everyone?" answered: the verdict uses it.
    pub fn apply_world(&mut self, world: crate::evidence::world::WorldCheck) {
        self.evidence.world = Some(world);
        self.rediagnose();
    }

    /// What the providers' status pages said joins the evidence.
    pub fn apply_status_pages(
        &mut self,
        pages: Vec<crate::evidence::status_pages::StatusPageCheck>,
    ) {
        self.evidence.status_pages = pages;
        self.rediagnose();
    }

    /// The server checks for this site (owner mode, run on the server itself) join the evidence.
    pub fn apply_server_side(&mut self, side: crate::evidence::server_side::ServerSide) {
        self.evidence.server_side = Some(side);
        self.rediagnose();
    }

    /// What the history (and the "keep checking" rows) keep of this check, as of now.
    pub fn record(&self) -> crate::history::CheckRecord {
        crate::history::CheckRecord::from_check(
            &self.evidence,
            &self.diagnosis,
            crate::history::Source::App,
            time::OffsetDateTime::now_utc(),
        )
    }

    /// Stop every probe now; what was seen so far stays.
    pub fn cancel(&mut self) {
        if self.phase == RunPhase::Running {
            if let Some(h) = self.handle.as_mut() {
                h.cancel();
            }
            self.finish(RunPhase::Cancelled, "cancelled");
        }
    }

    pub fn is_running(&self) -> bool {
        self.phase == RunPhase::Running
    }

    pub fn healthy(&self) -> bool {
        self.diagnosis.verdict.status == VerdictStatus::Healthy
    }
}

/// The wait step's automatic re-check: a countdown, then a fresh check; longer pauses while the
/// site keeps failing (back-off), never shorter than the server's Retry-After.
#[derive(Debug, Clone, Default)]
pub struct WaitSchedule {
    /// The person asked to keep checking until the site is back.
    pub active: bool,
    /// When the next check starts; `None` while a re-check runs or when not watching.
    pub next_at: Option<Instant>,
    /// The pause used last time, for the back-off.
    pub last_pause: Option<Duration>,
    /// How many automatic re-checks ran.
    pub rechecks: u32,
    /// Set when a re-check found the site working again.
    pub back_since: Option<time::OffsetDateTime>,
}

/// Longest pause between automatic re-checks.
pub const MAX_PAUSE: Duration = Duration::from_secs(600);
/// Shortest pause (politeness to the site).
pub const MIN_PAUSE: Duration = Duration::from_secs(10);

impl WaitSchedule {
    /// The pause before the next re-check: the advice's (Retry-After aware) wait the first time,
    /// then doubling, within MIN_PAUSE..=MAX_PAUSE, and never under `advised`.
    pub fn next_pause(&self, advised: Option<u64>) -> Duration {
        let advised = Duration::from_secs(advised.unwrap_or(30));
        crate::watch::next_pause(
            self.last_pause,
            advised,
            Some(advised),
            MIN_PAUSE,
            MAX_PAUSE,
        )
    }

    pub fn arm(&mut self, advised: Option<u64>, now: Instant) {
        let pause = self.next_pause(advised);
        self.last_pause = Some(pause);
        self.next_at = Some(now + pause);
        self.active = true;
        self.back_since = None;
    }

    pub fn stop(&mut self) {
        *self = WaitSchedule::default();
    }

    pub fn watching(&self) -> bool {
        self.active
    }

    /// The countdown ran out: a re-check is due now.
    pub fn due(&self, now: Instant) -> bool {
        self.next_at.is_some_and(|at| now >= at)
    }

    /// Time left until the next check.
    pub fn left(&self, now: Instant) -> Option<Duration> {
        self.next_at.map(|at| at.saturating_duration_since(now))
    }
}

/// The countdown in words that change rarely ("in about 3 min", then "in 40 s" in ten-second
/// steps, then "in a few seconds"), and how long the words stay the same: the window only
/// needs drawing that often while it waits (battery-kind; no per-second redraw).
pub fn countdown(left: Duration) -> (String, Duration) {
    let ms = left.as_millis() as u64;
    let (text, step_ms) = if ms > 90_000 {
        (
            crate::t!("watch-in-minutes", n = ms.div_ceil(60_000)),
            60_000,
        )
    } else if ms > 10_000 {
        (
            crate::t!("watch-in-seconds", n = ms.div_ceil(10_000) * 10),
            10_000,
        )
    } else {
        return (crate::t!("watch-in-a-few-seconds"), left);
    };
    // Until the rounded-up value drops: the time above the next lower multiple of the step.
    let above = match ms % step_ms {
        0 => step_ms,
        r => r,
    };
    // The minute display changes to seconds at 90 s.
    let until_change = if step_ms == 60_000 {
        above.min(ms - 90_000)
    } else {
        above.min(ms - 10_000)
    };
    (text, Duration::from_millis(until_change.max(1)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pauses_back_off_and_honour_the_advice() {
        let mut w = WaitSchedule::default();
        assert_eq!(w.next_pause(Some(30)), Duration::from_secs(30));
        w.arm(Some(30), Instant::now());
        assert_eq!(w.next_pause(Some(30)), Duration::from_secs(60));
        w.arm(Some(30), Instant::now());
        assert_eq!(w.next_pause(Some(300)), Duration::from_secs(300));
        // Never under the minimum, never over the maximum.
        let fresh = WaitSchedule::default();
        assert_eq!(fresh.next_pause(Some(1)), MIN_PAUSE);
        assert_eq!(fresh.next_pause(Some(100_000)), MAX_PAUSE);
        w.last_pause = Some(Duration::from_secs(500));
        assert_eq!(w.next_pause(None), MAX_PAUSE);
    }

    #[test]
    fn the_countdown_changes_its_words_rarely() {
        let s = Duration::from_secs;
        assert_eq!(countdown(s(600)), ("in about 10 min".into(), s(60)));
        assert_eq!(countdown(s(150)), ("in about 3 min".into(), s(30)));
        assert_eq!(
            countdown(Duration::from_millis(95_500)),
            ("in about 2 min".into(), Duration::from_millis(5_500))
        );
        assert_eq!(countdown(s(90)), ("in 90 s".into(), s(10)));
        assert_eq!(countdown(s(45)), ("in 50 s".into(), s(5)));
        assert_eq!(countdown(s(11)), ("in 20 s".into(), s(1)));
        assert_eq!(countdown(s(7)), ("in a few seconds".into(), s(7)));
        // Never a zero wait while time is left above a boundary.
        assert!(countdown(s(20)).1 > Duration::ZERO);
    }

    #[test]
    fn remaining_counts_down_and_stop_clears() {
        let mut w = WaitSchedule::default();
        let now = Instant::now();
        assert_eq!(w.left(now), None);
        w.arm(Some(45), now);
        assert_eq!(w.left(now), Some(Duration::from_secs(45)));
        assert_eq!(
            w.left(now + Duration::from_millis(44_100)),
            Some(Duration::from_millis(900))
        );
        assert_eq!(w.left(now + Duration::from_secs(50)), Some(Duration::ZERO));
        assert!(w.watching());
        assert!(!w.due(now));
        assert!(w.due(now + Duration::from_secs(45)));
        w.stop();
        assert!(!w.watching());
    }
}
