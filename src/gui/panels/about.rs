//! The About box: version, licence and a link to the project, opened from a small button in
//! the header. Whether it is open lives in egui's memory, so the app state needs no field for it
//! and the box costs nothing while closed.

const OPEN_ID: &str = "about-open";

fn open_id() -> egui::Id {
    egui::Id::unique(OPEN_ID)
}

/// Is the About box showing?
pub fn is_open(ctx: &egui::Context) -> bool {
    ctx.data(|d| d.get_temp::<bool>(open_id()).unwrap_or(false))
}

fn set_open(ctx: &egui::Context, open: bool) {
    ctx.data_mut(|d| d.insert_temp(open_id(), open));
}

/// The header's small "About" button.
pub fn button(ui: &mut egui::Ui) {
    if ui
        .small_button(crate::t!("app-about"))
        .on_hover_text(crate::t!("app-about-hover"))
        .clicked()
    {
        set_open(ui.ctx(), true);
    }
}

/// The version line, e.g. "Version 0.1.0".
pub fn version_text() -> String {
    crate::t!("about-version", version = env!("CARGO_PKG_VERSION"))
}

/// Draws the box when it is open; Esc, a click outside or Close closes it.
pub fn show(ctx: &egui::Context, icon: Option<&egui::TextureHandle>) {
    if !is_open(ctx) {
        return;
    }
    let modal = egui::Modal::new(egui::Id::unique("about")).show(ctx, |ui| {
        ui.set_width(360.0);
        let mut close = false;
        ui.vertical_centered(|ui| {
            if let Some(icon) = icon {
                ui.add(
                    egui::Image::new((icon.id(), egui::vec2(64.0, 64.0)))
                        .alt_text(crate::t!("app-icon-alt")),
                );
            }
            ui.heading("Gateway Doctor");
            ui.label(version_text());
            ui.add_space(6.0);
            ui.label(egui::RichText::new(crate::t!("about-tagline")).weak());
            ui.add_space(6.0);
            ui.label(crate::t!("about-licence", licence = crate::LICENSE));
            // The link shows its address on hover and opens it in the default browser.
            ui.hyperlink_to(crate::t!("about-project"), crate::PROJECT_URL);
            ui.add_space(8.0);
            close = ui.button(crate::t!("about-close")).clicked();
        });
        close
    });
    if modal.inner || modal.should_close() {
        set_open(ctx, false);
    }
}
