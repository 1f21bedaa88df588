//! The "Is it a known incident?" section of the wait step: when a provider with a status page made
//! or carried the answer (Cloudflare, AWS, Fastly ...), a button asks that page; what pressing it
//! contacts is said first (only the provider's status site, nothing about this site). The answer
//! joins the check on screen: the verdict and the report use it.

use crate::gui::app::GuiApp;
use crate::t;

pub fn show(app: &mut GuiApp, ui: &mut egui::Ui) {
    let Some(run) = app.run.as_ref() else {
        return;
    };
    let sources = crate::status_client::sources_for(&run.diagnosis);
    let site = app.site_status_base();
    if sources.is_empty() && site.is_none() {
        return;
    }
    let mut contacted: Vec<String> = sources
        .iter()
        .map(|s| {
            let host = url::Url::parse(&s.page)
                .ok()
                .and_then(|u| u.host_str().map(str::to_string))
                .unwrap_or_default();
            format!("{} ({host})", s.name)
        })
        .collect();
    if let Some(base) = &site {
        contacted.push(t!("status-own-page", url = crate::target::redact_url(base)));
    }
    ui.separator();
    ui.label(egui::RichText::new(t!("status-title")).strong());
    let who = match sources.first() {
        Some(first) => t!("status-who", provider = first.name.as_str()),
        None => t!("status-who-site"),
    };
    let and = format!(" {} ", t!("status-and"));
    ui.label(format!(
        "{who} {}",
        t!("status-contacts", whom = contacted.join(&and))
    ));
    let label = match sources.first() {
        Some(first) => t!("status-ask", provider = first.name.as_str()),
        None => t!("status-ask-site"),
    };
    let can_ask = !app.status_asking() && !app.is_running();
    if ui.add_enabled(can_ask, egui::Button::new(label)).clicked() {
        app.ask_status(ui.ctx());
    }
    if app.status_asking() {
        ui.horizontal(|ui| {
            ui.add(egui::Spinner::new());
            ui.label(t!("status-asking"));
        });
    }
    if let Some(run) = app.run.as_ref() {
        for line in crate::report::status_lines(&run.evidence.status_pages) {
            ui.label(egui::RichText::new(line).monospace());
        }
    }
}
