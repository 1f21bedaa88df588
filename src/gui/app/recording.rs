//! A browser recording (HAR) in the app: dropped on the window or chosen with "Open a browser
//! recording (HAR)…", read and diagnosed off the UI thread, shown in its own window (the one
//! sentence, every failed request with its verdict), and saved sanitized for a ticket (never over
//! the original).

use super::{GuiApp, Notice, SaveWhat};
use crate::gui::task::{Poll, Task};
use crate::store::write_atomically;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// A recording read and diagnosed.
pub struct RecordingView {
    pub path: PathBuf,
    pub analysis: crate::har::Analysis,
    /// The file as read, for the sanitized copy.
    bytes: Arc<Vec<u8>>,
}

impl GuiApp {
    /// Read and diagnose the recording at `path` off the UI thread.
    pub fn open_recording(&mut self, path: PathBuf, ctx: &egui::Context) {
        self.recording_task = Some(Task::on_thread("har", ctx, move || {
            let bytes = std::fs::read(&path)
                .map_err(|e| format!("Could not read {}: {e}", path.display()))?;
            let recording =
                crate::har::read(&bytes).map_err(|e| format!("{}: {e}", path.display()))?;
            Ok(RecordingView {
                analysis: crate::har::analyse(&recording),
                path,
                bytes: Arc::new(bytes),
            })
        }));
    }

    /// Whether a recording is being read.
    pub fn recording_loading(&self) -> bool {
        self.recording_task.is_some()
    }

    pub(super) fn poll_recording(&mut self) {
        if let Some(picking) = &self.recording_pick {
            match picking.poll() {
                Poll::Waiting => {}
                Poll::Done(Some(path)) => {
                    self.recording_pick = None;
                    let ctx = self.ctx.clone();
                    if let Some(ctx) = ctx {
                        self.open_recording(path, &ctx);
                    }
                }
                Poll::Done(None) | Poll::Lost => self.recording_pick = None,
            }
        }
        let Some(task) = &self.recording_task else {
            return;
        };
        match task.poll() {
            Poll::Waiting => {}
            Poll::Done(Ok(view)) => {
                self.recording_task = None;
                self.recording = Some(view);
            }
            Poll::Done(Err(text)) => {
                self.recording_task = None;
                self.notice = Some(Notice {
                    text,
                    problem: true,
                });
            }
            Poll::Lost => self.recording_task = None,
        }
    }

    /// "Open a browser recording (HAR)…": ask for the file.
    pub fn pick_recording(&mut self, ctx: &egui::Context) {
        self.ctx = Some(ctx.clone());
        self.recording_pick = Some(Task::from_receiver(self.picker.pick_recording(ctx)));
    }

    /// "Save sanitized HAR…": ask where, then write the copy.
    pub fn save_sanitized(&mut self, ctx: &egui::Context) {
        let Some(view) = &self.recording else {
            return;
        };
        let stem = view
            .path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| "recording".into());
        let name = format!("{stem}-sanitized.har");
        let rx = self.picker.pick(&name, "har", ctx);
        self.pending_save = Some((Task::from_receiver(rx), SaveWhat::SanitizedHar, name));
    }

    pub(super) fn save_sanitized_to(&mut self, path: &Path) {
        let Some(view) = &self.recording else {
            return;
        };
        let same = path == view.path
            || matches!((path.canonicalize(), view.path.canonicalize()), (Ok(a), Ok(b)) if a == b);
        if same {
            self.notice = Some(Notice {
                text: "Choose another file name: the original recording is never overwritten."
                    .into(),
                problem: true,
            });
            return;
        }
        self.notice = Some(match crate::har::sanitize::sanitize(&view.bytes) {
            Err(e) => Notice {
                text: format!("Could not sanitize the recording: {e}"),
                problem: true,
            },
            Ok((clean, removed)) => match write_atomically(path, &clean) {
                Ok(()) => Notice {
                    text: format!(
                        "Sanitized recording saved to {} ({} removed).",
                        path.display(),
                        removed.summary()
                    ),
                    problem: false,
                },
                Err(e) => Notice {
                    text: format!("Could not save to {}: {e}", path.display()),
                    problem: true,
                },
            },
        });
    }
}
