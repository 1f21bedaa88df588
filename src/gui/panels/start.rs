//! The start screen: what the app does in two sentences, recent sites (one click re-checks), the
//! step-by-step guide switch, and what owner mode checks (with the server logs to read).

use crate::evidence::Mode;
use crate::gui::app::GuiApp;
use crate::t;

pub fn show(app: &mut GuiApp, ui: &mut egui::Ui) {
    egui::ScrollArea::vertical().show(ui, |ui| body(app, ui));
}

fn body(app: &mut GuiApp, ui: &mut egui::Ui) {
    ui.add_space(12.0);
    ui.heading(t!("start-heading"));
    ui.label(t!("start-intro"));
    ui.add_space(8.0);
    let mut guided = app.settings.guided;
    if ui
        .checkbox(&mut guided, t!("start-guided"))
        .on_hover_text(t!("start-guided-hover"))
        .changed()
    {
        app.settings.guided = guided;
        app.save_settings();
    }
    if !app.settings.recent.is_empty() {
        ui.add_space(12.0);
        ui.label(egui::RichText::new(t!("start-recent")).strong());
        let mut chosen = None;
        for site in &app.settings.recent {
            if ui
                .link(site)
                .on_hover_text(t!("start-recent-hover", site = site.as_str()))
                .clicked()
            {
                chosen = Some(site.clone());
            }
        }
        if let Some(site) = chosen {
            app.address = site;
            app.start_check(ui.ctx());
        }
    }
    ui.add_space(16.0);
    match app.settings.mode {
        Mode::Visitor => {
            ui.label(egui::RichText::new(t!("start-visitor-title")).strong());
            ui.label(t!("start-visitor-steps"));
        }
        Mode::Owner => {
            ui.label(egui::RichText::new(t!("start-owner-title")).strong());
            ui.label(t!("start-owner-intro"));
            ui.add_space(12.0);
            super::logs::show(app, ui);
        }
    }
    super::recording::open_button(app, ui);
}
