//! The start screen: what the app does in two sentences, recent sites (one click re-checks), the
//! step-by-step guide switch, and what owner mode checks (with the server logs to read).

use crate::evidence::Mode;
use crate::gui::app::GuiApp;

pub fn show(app: &mut GuiApp, ui: &mut egui::Ui) {
    egui::ScrollArea::vertical().show(ui, |ui| body(app, ui));
}

fn body(app: &mut GuiApp, ui: &mut egui::Ui) {
    ui.add_space(12.0);
    ui.heading("Which site shows the error?");
    ui.label(
        "Type or paste its address above and press Enter. Gateway Doctor checks it from this \
         computer, step by step, and tells you whether the problem is on your side or the site's, \
         and what to do about it.",
    );
    ui.add_space(8.0);
    let mut guided = app.settings.guided;
    if ui
        .checkbox(&mut guided, "Guide me one step at a time")
        .on_hover_text("Walk through the five steps in order, with what to do at each")
        .changed()
    {
        app.settings.guided = guided;
        app.save_settings();
    }
    if !app.settings.recent.is_empty() {
        ui.add_space(12.0);
        ui.label(egui::RichText::new("Recent sites").strong());
        let mut chosen = None;
        for site in &app.settings.recent {
            if ui
                .link(site)
                .on_hover_text(format!("Check {site} again"))
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
            ui.label(egui::RichText::new("Visitor checks").strong());
            ui.label(
                "1. Refresh – is the error constant or on and off?\n\
                 2. Clear cache – does an old copy or a cookie cause it?\n\
                 3. Another browser – is your browser being filtered?\n\
                 4. Your connection – is your own internet working?\n\
                 5. Wait – is it worth waiting, and for how long?",
            );
        }
        Mode::Owner => {
            ui.label(egui::RichText::new("Site owner mode").strong());
            ui.label(
                "On top of the visitor steps: static files vs the dynamic page, your server logs, WordPress plugins, DNS at public and authoritative resolvers, proxy, ports and IPv4/IPv6 paths, PHP limits and timeouts, a gentle load test (switchable), and, with your origin's address, the origin compared with the CDN's edge.",
            );
            ui.add_space(12.0);
            super::logs::show(app, ui);
        }
    }
    super::recording::open_button(app, ui);
}
