//! Server logs in the app (owner mode): the files the owner chose (dialog or drop), and the
//! reading of them on a thread of its own, with progress and cancel, so a multi-GB log never
//! blocks the window. The result becomes evidence of the current check (the `server_logs` item
//! and the verdict use it, as with `check --logs`); the logs pane draws the findings.

use crate::evidence::logs::LogsObservation;
use crate::logs::{self, AnalyseOptions, Analysis};
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::mpsc::{Receiver, TryRecvError, channel};
use std::time::{Duration, Instant};

/// How often the reading thread wakes the window to move the progress bar.
const PROGRESS_EVERY: Duration = Duration::from_millis(100);

/// One reading of a set of logs, running on its own thread.
pub struct LogsJob {
    rx: Receiver<Analysis>,
    cancel: Arc<AtomicBool>,
    done_bytes: Arc<AtomicU64>,
    pub total_bytes: u64,
    pub started: Instant,
}

/// What a job said when asked.
pub enum JobState {
    Reading,
    Finished(Analysis),
    /// The thread could not start or died: nothing will come.
    Lost,
}

impl LogsJob {
    pub fn start(files: Vec<PathBuf>, ctx: &egui::Context) -> LogsJob {
        let total_bytes = files
            .iter()
            .filter_map(|f| std::fs::metadata(f).ok())
            .filter(|m| m.is_file())
            .map(|m| m.len())
            .sum();
        let (tx, rx) = channel();
        let cancel = Arc::new(AtomicBool::new(false));
        let done_bytes = Arc::new(AtomicU64::new(0));
        let (flag, done, ctx) = (cancel.clone(), done_bytes.clone(), ctx.clone());
        // A thread that cannot start drops the sender: the job reports itself lost.
        let _ = std::thread::Builder::new()
            .name("read-logs".into())
            .spawn(move || {
                let last_wake = std::cell::Cell::new(Instant::now());
                let progress = |bytes: u64| {
                    done.store(bytes, Ordering::Relaxed);
                    if last_wake.get().elapsed() >= PROGRESS_EVERY {
                        last_wake.set(Instant::now());
                        ctx.request_repaint();
                    }
                };
                let options = AnalyseOptions {
                    cancel: Some(&flag),
                    progress: Some(&progress),
                    ..AnalyseOptions::default()
                };
                let analysis = logs::analyse(&files, &options);
                let _ = tx.send(analysis);
                ctx.request_repaint();
            });
        LogsJob {
            rx,
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

    pub fn poll(&self) -> JobState {
        match self.rx.try_recv() {
            Ok(a) => JobState::Finished(a),
            Err(TryRecvError::Empty) => JobState::Reading,
            Err(TryRecvError::Disconnected) => JobState::Lost,
        }
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
    pub picking: Option<Receiver<Vec<PathBuf>>>,
}

impl LogsState {
    pub fn reading(&self) -> bool {
        self.job.is_some()
    }
}
