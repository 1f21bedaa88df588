//! The "Browser recording" window: what a HAR file the person opened (or dropped on the window)
//! shows, in one sentence, then every failed request with its verdict; "Save sanitized HAR…"
//! writes the copy safe to send to support.

use crate::diagnosis::ItemStatus;
use crate::gui::app::GuiApp;
use crate::gui::style;

/// The start screen's entry point.
pub fn open_button(app: &mut GuiApp, ui: &mut egui::Ui) {
    ui.add_space(16.0);
    ui.label(egui::RichText::new("What your browser saw").strong());
    ui.label(
        "Support teams often ask for a HAR file (your browser's recording of the page). Open it \
         here, or drop it on this window: every failed request is explained, and a copy without \
         your cookies and tokens can be saved to send.",
    );
    let loading = app.recording_loading();
    if ui
        .add_enabled(
            !loading,
            egui::Button::new("📂 Open a browser recording (HAR)…"),
        )
        .clicked()
    {
        app.pick_recording(ui.ctx());
    }
    if loading {
        ui.horizontal(|ui| {
            ui.add(egui::Spinner::new());
            ui.label("Reading the recording…");
        });
    }
}

/// The window, while a recording is open.
pub fn show(app: &mut GuiApp, ctx: &egui::Context) {
    let Some(view) = app.recording.as_ref() else {
        return;
    };
    let mut open = true;
    let mut save = false;
    let title = format!(
        "Browser recording: {}",
        view.path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default()
    );
    egui::Window::new(title)
        .id(egui::Id::unique("recording_window"))
        .open(&mut open)
        .default_width(640.0)
        .show(ctx, |ui| {
            let a = &view.analysis;
            ui.label(egui::RichText::new(&a.verdict).strong());
            ui.label(format!(
                "{} requests recorded{}; {} failed.",
                a.requests,
                if a.creator.is_empty() {
                    String::new()
                } else {
                    format!(" by {}", a.creator)
                },
                a.failed.len()
            ));
            ui.add_space(6.0);
            egui::ScrollArea::vertical()
                .max_height(320.0)
                .show(ui, |ui| {
                    for f in &a.failed {
                        let (result, place) = (f.result(), f.place());
                        ui.label(
                            egui::RichText::new(format!("#{} {} {}", f.index + 1, f.method, f.url))
                                .monospace(),
                        );
                        ui.colored_label(
                            style::status_color(ui, ItemStatus::Fail),
                            format!("{result} ({place}): {}", f.diagnosis.verdict.summary),
                        );
                        ui.add_space(4.0);
                    }
                });
            ui.add_space(6.0);
            if ui.button("🛡 Save sanitized HAR…").clicked() {
                save = true;
            }
        });
    if save {
        app.save_sanitized(ctx);
    }
    if !open {
        app.recording = None;
    }
}
