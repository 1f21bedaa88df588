//! Server logs in the app (owner mode): the files the owner chose (dialog or drop), and the
//! reading of them on a thread of its own, with progress and cancel, so a multi-GB log never
//! blocks the window. The result becomes evidence of the current check (the `server_logs` item
//! and the verdict use it, as with `check --logs`); the logs pane draws the findings.

use super::task::{Poll, Task};
use crate::evidence::logs::LogsObservation;
use crate::logs::{self, AnalyseOptions, Analysis};
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

/// How often the reading thread wakes the window to move the progress bar.
const PROGRESS_EVERY: Duration = Duration::from_millis(100);

/// One reading of a set of logs, running on its own thread.
pub struct LogsJob {
    task: Task<Analysis>,
    cancel: Arc<AtomicBool>,
    done_bytes: Arc<AtomicU64>,
    pub total_bytes: u64,
    pub started: Instant,
}

impl LogsJob {
    pub fn start(files: Vec<PathBuf>, ctx: &egui::Context) -> LogsJob {
        let total_bytes = files
            .iter()
            .filter_map(|f| std::fs::metadata(f).ok())
            .filter(|m| m.is_file())
            .map(|m| m.len())
            .sum();
        let cancel = Arc::new(AtomicBool::new(false));
        let done_bytes = Arc::new(AtomicU64::new(0));
        let (flag, done, wake) = (cancel.clone(), done_bytes.clone(), ctx.clone());
        let task = Task::on_thread("read-logs", ctx, move || {
            let last_wake = std::cell::Cell::new(Instant::now());
            let progress = |bytes: u64| {
                done.store(bytes, Ordering::Relaxed);
                if last_wake.get().elapsed() >= PROGRESS_EVERY {
                    last_wake.set(Instant::now());
                    wake.request_repaint();
                }
            };
            let options = AnalyseOptions {
                cancel: Some(&flag),
                progress: Some(&progress),
                ..AnalyseOptions::default()
            };
            logs::analyse(&files, &options)
        });
        LogsJob {
            task,
            cancel,
            done_bytes,
            total_bytes,
            started: Instant::now(),
        }
    }

    /// Share of the bytes read so far (0..=1; 0 when the size is unknown).
    pub fn fraction(&self) -> f32 {
        if self.total_bytes == 0 {
            return 0.0;
        }
        (self.done_bytes.load(Ordering::Relaxed) as f64 / self.total_bytes as f64).min(1.0) as f32
    }

    pub fn cancel(&self) {
        self.cancel.store(true, Ordering::Relaxed);
    }

    /// The analysis once the reading is done ([`Poll::Lost`] if the thread died).
    pub fn poll(&self) -> Poll<Analysis> {
        self.task.poll()
    }
}

impl Drop for LogsJob {
    fn drop(&mut self) {
        // A job nobody waits for any more stops reading at the next line.
        self.cancel();
    }
}

/// The app's logs: the files chosen, the reading in progress, the last result.
#[derive(Default)]
pub struct LogsState {
    pub files: Vec<PathBuf>,
    pub job: Option<LogsJob>,
    pub last: Option<LogsObservation>,
    /// An open "choose log files" dialog.
    pub picking: Option<Task<Vec<PathBuf>>>,
}

impl LogsState {
    pub fn reading(&self) -> bool {
        self.job.is_some()
    }
}
