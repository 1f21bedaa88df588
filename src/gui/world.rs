//! "Is it down for everyone?" in the app (issue #7): only when the person presses the button, the
//! site's host and path go to Globalping, a third-party service, which loads it from about ten
//! places; the answer is concluded against our own check. Runs on a thread of its own with a small
//! tokio runtime, bounded in time, so the window never waits for it.

use crate::globalping::{self, Client, WorldCheck};
use crate::target::Target;
use std::sync::mpsc::{Receiver, TryRecvError, channel};
use std::time::Duration;

/// Where the question stands for the check on screen.
#[derive(Default)]
pub enum WorldState {
    #[default]
    NotAsked,
    Asking(Receiver<Result<WorldCheck, String>>),
    Answered(WorldCheck),
    Failed(String),
}

impl WorldState {
    /// Ask `base` about `target`; `step` is one probe step's timeout (each request gets that,
    /// the whole measurement three times it, between 5 and 60 s).
    pub fn ask(
        base: &str,
        target: Target,
        step: Duration,
        we_fail: bool,
        ctx: &egui::Context,
    ) -> WorldState {
        let client = match Client::new(base) {
            Ok(mut c) => {
                c.request_timeout = step;
                c.total_timeout = (step * 3).clamp(Duration::from_secs(5), Duration::from_secs(60));
                c
            }
            Err(e) => return WorldState::Failed(e.to_string()),
        };
        let (tx, rx) = channel();
        let ctx = ctx.clone();
        // A thread that cannot start drops the sender: the state then says so.
        let _ = std::thread::Builder::new()
            .name("globalping".into())
            .spawn(move || {
                let answer = match tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                {
                    Ok(rt) => rt
                        .block_on(client.measure(&target))
                        .map(|locations| globalping::conclude(locations, we_fail))
                        .map_err(|e| e.to_string()),
                    Err(e) => Err(format!("could not start: {e}")),
                };
                let _ = tx.send(answer);
                ctx.request_repaint();
            });
        WorldState::Asking(rx)
    }

    /// Pick up the answer when it has come; returns it the once it arrives.
    pub fn poll(&mut self) -> Option<WorldCheck> {
        let WorldState::Asking(rx) = self else {
            return None;
        };
        let (state, answer) = match rx.try_recv() {
            Ok(Ok(w)) => (WorldState::Answered(w.clone()), Some(w)),
            Ok(Err(e)) => (WorldState::Failed(e), None),
            Err(TryRecvError::Empty) => return None,
            Err(TryRecvError::Disconnected) => (
                WorldState::Failed("the question could not be sent".into()),
                None,
            ),
        };
        *self = state;
        answer
    }

    pub fn asking(&self) -> bool {
        matches!(self, WorldState::Asking(_))
    }
}
