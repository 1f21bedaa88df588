//! The "Is it down for everyone?" section of the wait step: what pressing the button sends and to
//! whom (a third-party service), the button, then the answer: the conclusion and one line per
//! place, or the error as it came.

use crate::diagnosis::ItemStatus;
use crate::gui::app::GuiApp;
use crate::gui::style;
use crate::gui::world::WorldState;
use crate::t;

pub fn show(app: &mut GuiApp, ui: &mut egui::Ui) {
    ui.separator();
    ui.label(egui::RichText::new(t!("world-title")).strong());
    ui.label(t!("world-intro", places = crate::globalping::PROBE_LIMIT));
    let budget_wait = app.world_budget.wait(std::time::Instant::now());
    let can_ask =
        !app.world.asking() && !app.is_running() && app.run.is_some() && budget_wait.is_none();
    if ui
        .add_enabled(can_ask, egui::Button::new(t!("world-ask")))
        .on_hover_text(t!(
            "world-ask-hover",
            url = crate::target::redact_url(&app.globalping_url())
        ))
        .clicked()
    {
        app.ask_world(ui.ctx());
    }
    if let Some(wait) = budget_wait {
        ui.label(t!(
            "world-budget",
            tests = crate::globalping::ANONYMOUS_TESTS_PER_HOUR,
            questions = crate::gui::world::Budget::PER_HOUR,
            places = crate::globalping::PROBE_LIMIT,
            minutes = wait.as_secs().div_ceil(60)
        ));
    }
    match &app.world {
        WorldState::NotAsked => {}
        WorldState::Asking(_) => {
            ui.horizontal(|ui| {
                ui.add(egui::Spinner::new());
                ui.label(t!("world-asking"));
            });
        }
        WorldState::Answered(w) => {
            if let Some(summary) = app
                .run
                .as_ref()
                .and_then(|r| r.diagnosis.world_summary.as_ref())
            {
                ui.label(egui::RichText::new(summary).strong());
            }
            if let Some(h) = app.run.as_ref().and_then(|r| r.evidence.http.as_ref()) {
                let outcome = crate::text::serde_plain(&h.outcome);
                let here = crate::report::here_line(h.status, &outcome, h.timings.total);
                ui.label(egui::RichText::new(here.trim()).monospace().strong());
            }
            for line in crate::report::location_lines(w) {
                ui.label(egui::RichText::new(line.trim()).monospace());
            }
        }
        WorldState::Failed(e) => {
            ui.colored_label(
                style::status_color(ui, ItemStatus::Fail),
                t!("world-failed", error = e.as_str()),
            );
        }
    }
}
