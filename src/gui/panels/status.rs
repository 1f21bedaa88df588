//! The "Is it the provider?" section of the wait step: when a provider with a status page made
//! or carried the answer (Cloudflare, AWS, Fastly ...), a button asks that page; what pressing it
//! contacts is said first (only the provider's status site, nothing about this site). The answer
//! joins the check on screen: the verdict and the report use it.

use crate::gui::app::GuiApp;

pub fn show(app: &mut GuiApp, ui: &mut egui::Ui) {
    let Some(run) = app.run.as_ref() else {
        return;
    };
    let sources = crate::status_client::sources_for(&run.diagnosis);
    let Some(first) = sources.first() else {
        return;
    };
    let names: Vec<&str> = sources.iter().map(|s| s.name.as_str()).collect();
    let hosts: Vec<String> = sources
        .iter()
        .filter_map(|s| {
            url::Url::parse(&s.page)
                .ok()?
                .host_str()
                .map(str::to_string)
        })
        .collect();
    ui.separator();
    ui.label(egui::RichText::new("Is it the provider?").strong());
    ui.label(format!(
        "{} answered for this site. Its status page says whether it has a known incident. \
         Pressing the button contacts only {} ({}); nothing about this site is sent.",
        first.name,
        names.join(" and "),
        hosts.join(", ")
    ));
    let can_ask = !app.status_asking() && !app.is_running();
    if ui
        .add_enabled(
            can_ask,
            egui::Button::new(format!("📰 Ask {}'s status page", first.name)),
        )
        .clicked()
    {
        app.ask_status(ui.ctx());
    }
    if app.status_asking() {
        ui.horizontal(|ui| {
            ui.add(egui::Spinner::new());
            ui.label("Asking the status page…");
        });
    }
    if let Some(run) = app.run.as_ref() {
        for line in crate::report::status_lines(&run.evidence.status_pages) {
            ui.label(egui::RichText::new(line).monospace());
        }
    }
}
