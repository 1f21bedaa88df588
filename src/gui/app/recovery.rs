//! The app's side of "wait and watch": the world's answer joining the verdict, the desktop
//! notification when a watched site is back, and the history's CSV export. Kept apart from
//! `app/mod.rs` (state and the check itself) because none of it is needed to run a check.

use super::{GuiApp, Notice, SaveWhat};
use crate::store::write_atomically;
use crate::t;

/// Most rows the history CSV export writes (the whole stored history of one site, in practice).
const CSV_LIMIT: usize = 100_000;

impl GuiApp {
    /// Pick up Globalping's answer: the check on screen becomes its evidence (verdict and report).
    pub(super) fn poll_world(&mut self) {
        if let Some(world) = self.world.poll()
            && let Some(run) = self.run.as_mut()
        {
            run.apply_world(world);
        }
    }

    /// A re-check found the site working: stop watching, say so in the window, ask for the
    /// person's attention and show a desktop notification (off the UI thread: a notification
    /// service that hangs must not freeze the window; one that is missing only loses the popup).
    pub(super) fn site_is_back(&mut self, ctx: &egui::Context) {
        let Some(run) = self.run.as_ref() else {
            return;
        };
        let now = time::OffsetDateTime::now_utc();
        let host = run.target.display_host().to_string();
        let checks = self.watch_rows.len();
        self.wait.stop();
        self.wait.back_since = Some(now);
        self.notice = Some(Notice {
            text: t!("pg-recovery-back", host = host.as_str()),
            problem: false,
        });
        ctx.send_viewport_cmd(egui::ViewportCommand::RequestUserAttention(
            egui::UserAttentionType::Informational,
        ));
        let title = t!("pg-recovery-back-title", host = host.as_str());
        let at = crate::history::clock_seconds(now);
        let body = t!("pg-recovery-back-body", at = at, checks = checks);
        let notifier = self.notifier.clone();
        let _ = std::thread::Builder::new()
            .name("notify".into())
            .spawn(move || {
                let _ = notifier.notify(&title, &body);
            });
    }

    /// Ask where to save the stored checks of the site on screen as CSV.
    pub fn export_history_csv(&mut self, ctx: &egui::Context) {
        let Some(run) = self.run.as_ref() else {
            return;
        };
        let host: String = run
            .target
            .display_host()
            .chars()
            .map(|c| {
                if c.is_alphanumeric() || c == '.' {
                    c
                } else {
                    '_'
                }
            })
            .collect();
        let name = format!("gateway-doctor-history-{host}.csv");
        let rx = self.picker.pick(&name, "csv", ctx);
        self.pending_save = Some((super::Task::from_receiver(rx), SaveWhat::HistoryCsv, name));
    }

    pub(super) fn save_history_csv_to(&mut self, path: &std::path::Path) {
        let (Some(h), Some(run)) = (&self.history, &self.run) else {
            return;
        };
        let t = &run.evidence.target;
        let site = crate::history::site_key(&t.host, t.port, t.scheme.as_str());
        let written = h
            .checks(&site, CSV_LIMIT)
            .map_err(|e| e.to_string())
            .and_then(|mut checks| {
                checks.sort_by_key(|c| c.at_ms);
                let csv = crate::history::to_csv(&checks);
                write_atomically(path, csv.as_bytes())
                    .map(|()| checks.len())
                    .map_err(|e| e.to_string())
            });
        self.notice = Some(match written {
            Ok(n) => Notice {
                text: t!(
                    "pg-recovery-csv-saved",
                    count = n,
                    site = site.as_str(),
                    path = path.display().to_string()
                ),
                problem: false,
            },
            Err(e) => Notice {
                text: t!(
                    "pg-recovery-csv-failed",
                    path = path.display().to_string(),
                    error = e
                ),
                problem: true,
            },
        });
    }
}
