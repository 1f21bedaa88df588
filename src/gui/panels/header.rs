//! The header: app name, the address field (Enter starts), Check / Cancel, and the
//! Visitor | Site owner switch, and the About button. Invalid input shows an inline message
//! under the field.

use crate::evidence::Mode;
use crate::gui::app::GuiApp;

pub fn show(app: &mut GuiApp, ui: &mut egui::Ui) {
    egui::Panel::top("header").show(ui, |ui| {
        ui.add_space(6.0);
        ui.horizontal(|ui| {
            if let Some(icon) = &app.icon {
                ui.add(
                    egui::Image::new((icon.id(), egui::vec2(24.0, 24.0)))
                        .alt_text("Gateway Doctor icon"),
                );
            }
            ui.heading("Gateway Doctor");
            ui.add_space(12.0);
            let running = app.is_running();
            let label = ui.label("Site:");
            // Leave room on the right for the button, the mode switch and About.
            let width = (ui.available_width() - 340.0).max(160.0);
            let field = egui::TextEdit::singleline(&mut app.address)
                .id_salt("address")
                .hint_text("Web address, e.g. shop.example.com")
                .desired_width(width);
            let response = ui.add(field).labelled_by(label.id);
            // At start (and after an invalid address) the field takes the keyboard focus; ask
            // until egui has given it, since a request in the very first frame can be dropped.
            if app.wants_address_focus() {
                if response.has_focus() {
                    app.address_focused();
                } else {
                    response.request_focus();
                }
            }
            if response.changed() {
                app.input_error = None;
            }
            let enter = response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            if running {
                if ui
                    .button("⏹ Cancel")
                    .on_hover_text("Stop checking (Esc)")
                    .clicked()
                {
                    app.cancel();
                }
            } else if ui
                .button("▶ Check")
                .on_hover_text("Check this site (Enter)")
                .clicked()
                || enter
            {
                app.start_check(ui.ctx());
            }
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                super::about::button(ui);
                ui.add_space(8.0);
                let mut mode = app.settings.mode;
                ui.selectable_value(&mut mode, Mode::Owner, "Site owner")
                    .on_hover_text("Checks for the people who run the site");
                ui.selectable_value(&mut mode, Mode::Visitor, "Visitor")
                    .on_hover_text("Checks for someone visiting the site");
                app.set_mode(mode);
            });
        });
        if app.settings.mode == Mode::Owner {
            ui.horizontal(|ui| {
                let label = ui.label("Origin server (optional):");
                ui.add(
                    egui::TextEdit::singleline(&mut app.origin)
                        .id_salt("origin")
                        .hint_text("IP or IP:port of your server behind the CDN")
                        .desired_width(260.0),
                )
                .labelled_by(label.id);
                ui.checkbox(&mut app.burst, "Gentle load test")
                    .on_hover_text(
                        "Sends a small burst to your site: at most 20 requests, at most 4 at once, \
                         to see whether failures grow with load.",
                    );
            });
        }
        if let Some(error) = &app.input_error {
            let color = crate::gui::style::status_color(ui, crate::diagnosis::ItemStatus::Fail);
            ui.label(egui::RichText::new(format!("✖ {error}")).color(color));
        }
        ui.add_space(4.0);
        if let Some(notice) = app.notice.clone() {
            ui.horizontal(|ui| {
                let status = if notice.problem {
                    crate::diagnosis::ItemStatus::Warn
                } else {
                    crate::diagnosis::ItemStatus::Pass
                };
                let color = crate::gui::style::status_color(ui, status);
                let icon = crate::gui::style::status_icon(status);
                // The button first: a long message wraps instead of pushing it off screen.
                if ui
                    .small_button("Dismiss")
                    .on_hover_text("Hide this message")
                    .clicked()
                {
                    app.notice = None;
                }
                ui.add(
                    egui::Label::new(
                        egui::RichText::new(format!("{icon} {}", notice.text)).color(color),
                    )
                    .wrap(),
                );
            });
            ui.add_space(4.0);
        }
    });
    super::about::show(ui.ctx(), app.icon.as_ref());
}
