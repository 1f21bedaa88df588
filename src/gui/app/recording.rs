//! A browser recording (HAR) in the app: dropped on the window or chosen with "Open a browser
//! recording (HAR)…", read and diagnosed off the UI thread, shown in its own window (the one
//! sentence, every failed request with its verdict), checked again now on request ("Check these
//! now": the normal check of the distinct failing addresses, asked first, never with the
//! recording's cookies or tokens), saved sanitized for a ticket (never over the original), and
//! saved as a report of its own; an open recording also goes into the check's exported report.

use super::{ExportFormat, GuiApp, Notice, SaveWhat};
use crate::gui::task::{Poll, Task};
use crate::report::har::{RecordingReport, render_html, render_markdown};
use crate::store::write_atomically;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// A recording read and diagnosed.
pub struct RecordingView {
    pub path: PathBuf,
    /// What it shows, and what a re-check found.
    pub report: RecordingReport,
    /// The person pressed "Check these now" and is asked to confirm.
    pub confirm_recheck: bool,
    /// The file as read, for the sanitized copy.
    bytes: Arc<Vec<u8>>,
}

impl GuiApp {
    /// Read and diagnose the recording at `path` off the UI thread.
    pub fn open_recording(&mut self, path: PathBuf, ctx: &egui::Context) {
        // The reading thread speaks the window's language.
        let lang = self.language;
        self.recording_task = Some(Task::on_thread("har", ctx, move || {
            crate::i18n::scoped(lang, || {
                let bytes = std::fs::read(&path).map_err(|e| {
                    crate::t!(
                        "har-could-not-read",
                        path = path.display().to_string(),
                        error = e.to_string()
                    )
                })?;
                let recording = crate::har::read(&bytes)
                    .map_err(|e| format!("{}: {}", path.display(), e.message()))?;
                Ok(RecordingView {
                    report: RecordingReport::new(&path, crate::har::analyse(&recording)),
                    confirm_recheck: false,
                    path,
                    bytes: Arc::new(bytes),
                })
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
                self.recording_recheck = None;
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

    /// Close the recording window (a re-check still running is dropped).
    pub fn close_recording(&mut self) {
        self.recording = None;
        self.recording_recheck = None;
    }

    /// The addresses "Check these now" would check.
    pub fn recheck_urls(&self) -> Vec<String> {
        self.recording
            .as_ref()
            .map(|v| crate::har::recheck_urls(&v.report.analysis))
            .unwrap_or_default()
    }

    /// Whether the recording's addresses are being checked again.
    pub fn rechecking(&self) -> bool {
        self.recording_recheck.is_some()
    }

    /// "Check now" (after the question): the normal check of each failing address, off the UI
    /// thread, with the app's probe settings.
    pub fn recheck_recording(&mut self, ctx: &egui::Context) {
        let urls = self.recheck_urls();
        if let Some(view) = self.recording.as_mut() {
            view.confirm_recheck = false;
        }
        if urls.is_empty() || self.recording_recheck.is_some() {
            return;
        }
        let mut options = self.options.clone();
        options.mode = crate::evidence::Mode::Visitor;
        self.recording_recheck = self.backend.recheck(urls, options, ctx);
    }

    pub(super) fn poll_recheck(&mut self) {
        let Some(task) = &self.recording_recheck else {
            return;
        };
        match task.poll() {
            Poll::Waiting => {}
            Poll::Done(results) => {
                self.recording_recheck = None;
                if let Some(view) = self.recording.as_mut() {
                    view.report.recheck = results;
                }
            }
            Poll::Lost => self.recording_recheck = None,
        }
    }

    /// "Save the recording's report…" in its window: what the recording shows, in the export format.
    pub fn save_recording_report(&mut self, ctx: &egui::Context) {
        let Some(view) = &self.recording else {
            return;
        };
        let format = self.export_format;
        let stem = view
            .path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| "recording".into());
        let name = format!("gateway-doctor-{stem}.{}", format.extension());
        let rx = self.picker.pick(&name, format.extension(), ctx);
        self.pending_save = Some((
            Task::from_receiver(rx),
            SaveWhat::RecordingReport(format),
            name,
        ));
    }

    pub(super) fn save_recording_report_to(&mut self, path: &Path, format: ExportFormat) {
        let Some(view) = &self.recording else {
            return;
        };
        let text = match format {
            ExportFormat::Markdown => render_markdown(&view.report),
            ExportFormat::Html => render_html(&view.report),
            ExportFormat::Json => view.report.to_json(),
        };
        self.write_report(path, &text);
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
                text: crate::t!("har-never-overwrite"),
                problem: true,
            });
            return;
        }
        self.notice = Some(match crate::har::sanitize::sanitize(&view.bytes) {
            Err(e) => Notice {
                text: crate::t!("har-could-not-sanitize", error = e.message()),
                problem: true,
            },
            Ok((clean, removed)) => match write_atomically(path, &clean) {
                Ok(()) => Notice {
                    text: crate::t!(
                        "har-sanitized-saved",
                        path = path.display().to_string(),
                        removed = removed.summary()
                    ),
                    problem: false,
                },
                Err(e) => Notice {
                    text: crate::t!(
                        "har-could-not-save",
                        path = path.display().to_string(),
                        error = e.to_string()
                    ),
                    problem: true,
                },
            },
        });
    }
}
