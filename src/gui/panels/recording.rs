//! The "Browser recording" window: what a HAR file the person opened (or dropped on the window)
//! shows, in one sentence, then every failed request with its verdict (and, after "Check these
//! now", what it does now); "Save sanitized HAR…" writes the copy safe to send to support and
//! "Save the recording's report…" what it shows.

use crate::diagnosis::ItemStatus;
use crate::gui::app::GuiApp;
use crate::gui::style;
use crate::t;

/// The start screen's entry point.
pub fn open_button(app: &mut GuiApp, ui: &mut egui::Ui) {
    ui.add_space(16.0);
    ui.label(egui::RichText::new(t!("har-start-title")).strong());
    ui.label(t!("har-start-intro"));
    let loading = app.recording_loading();
    if ui
        .add_enabled(!loading, egui::Button::new(t!("har-open")))
        .clicked()
    {
        app.pick_recording(ui.ctx());
    }
    if loading {
        ui.horizontal(|ui| {
            ui.add(egui::Spinner::new());
            ui.label(t!("har-reading"));
        });
    }
}

/// What the person asked for in the window this frame.
#[derive(Default)]
struct Asked {
    sanitize: bool,
    report: bool,
    recheck: bool,
    confirm: Option<bool>,
}

/// The window, while a recording is open.
pub fn show(app: &mut GuiApp, ctx: &egui::Context) {
    let urls = app.recheck_urls();
    let rechecking = app.rechecking();
    let Some(view) = app.recording.as_ref() else {
        return;
    };
    let mut open = true;
    let mut asked = Asked::default();
    let title = t!("har-window-title", file = view.report.file.as_str());
    egui::Window::new(title)
        .id(egui::Id::unique("recording_window"))
        .open(&mut open)
        .default_width(640.0)
        .show(ctx, |ui| {
            let r = &view.report;
            let a = &r.analysis;
            ui.label(egui::RichText::new(&a.verdict).strong());
            ui.label(r.counts_line());
            if let Some(when) = &a.when {
                ui.label(when);
            }
            ui.add_space(6.0);
            egui::ScrollArea::vertical()
                .max_height(320.0)
                .show(ui, |ui| {
                    for f in &a.failed {
                        ui.label(
                            egui::RichText::new(format!("#{} {} {}", f.index + 1, f.method, f.url))
                                .monospace(),
                        );
                        ui.colored_label(
                            style::status_color(ui, ItemStatus::Fail),
                            crate::report::har::RecordingReport::failed_line(f),
                        );
                        if let Some(now) = r.recheck.iter().find(|c| c.url == f.url) {
                            let status = if now.still_failing {
                                ItemStatus::Fail
                            } else {
                                ItemStatus::Pass
                            };
                            ui.colored_label(
                                style::status_color(ui, status),
                                t!("har-checked-again", outcome = now.outcome()),
                            );
                        }
                        ui.add_space(4.0);
                    }
                });
            ui.add_space(6.0);
            if view.confirm_recheck {
                ui.label(t!("har-confirm", count = urls.len()));
                for u in &urls {
                    ui.label(egui::RichText::new(u).monospace());
                }
                ui.horizontal(|ui| {
                    if ui.button(t!("har-check-now")).clicked() {
                        asked.confirm = Some(true);
                    }
                    if ui.button(t!("har-cancel")).clicked() {
                        asked.confirm = Some(false);
                    }
                });
            }
            ui.horizontal_wrapped(|ui| {
                if !urls.is_empty()
                    && ui
                        .add_enabled(
                            !rechecking && !view.confirm_recheck,
                            egui::Button::new(t!("har-check-these", count = urls.len())),
                        )
                        .clicked()
                {
                    asked.recheck = true;
                }
                if rechecking {
                    ui.add(egui::Spinner::new());
                    ui.label(t!("har-checking"));
                }
                if ui.button(t!("har-save-sanitized")).clicked() {
                    asked.sanitize = true;
                }
                if ui.button(t!("har-save-report")).clicked() {
                    asked.report = true;
                }
            });
        });
    if asked.recheck
        && let Some(view) = app.recording.as_mut()
    {
        view.confirm_recheck = true;
    }
    match asked.confirm {
        Some(true) => app.recheck_recording(ctx),
        Some(false) => {
            if let Some(view) = app.recording.as_mut() {
                view.confirm_recheck = false;
            }
        }
        None => {}
    }
    if asked.sanitize {
        app.save_sanitized(ctx);
    }
    if asked.report {
        app.save_recording_report(ctx);
    }
    if !open {
        app.close_recording();
    }
}
