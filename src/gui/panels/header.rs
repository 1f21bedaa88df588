//! The header: app name, the address field (Enter starts), Check / Cancel, and the
//! Visitor | Site owner switch, and the About button. Invalid input shows an inline message
//! under the field.

use crate::evidence::Mode;
use crate::gui::app::GuiApp;
use crate::t;

pub fn show(app: &mut GuiApp, ui: &mut egui::Ui) {
    egui::Panel::top("header").show(ui, |ui| {
        ui.add_space(6.0);
        ui.horizontal(|ui| {
            if let Some(icon) = &app.icon {
                ui.add(
                    egui::Image::new((icon.id(), egui::vec2(24.0, 24.0)))
                        .alt_text(t!("app-icon-alt")),
                );
            }
            ui.heading("Gateway Doctor");
            ui.add_space(12.0);
            let running = app.is_running();
            let label = ui.label(t!("app-site"));
            // Leave room on the right for the button, the mode switch, the language and About,
            // measured in the words of the language on screen.
            let width = (ui.available_width() - right_side_width(app, ui)).max(160.0);
            let field = egui::TextEdit::singleline(&mut app.address)
                .id_salt("address")
                .hint_text(t!("app-site-hint"))
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
                    .button(t!("app-cancel"))
                    .on_hover_text(t!("app-cancel-hover"))
                    .clicked()
                {
                    app.cancel();
                }
            } else if ui
                .button(t!("app-check"))
                .on_hover_text(t!("app-check-hover"))
                .clicked()
                || enter
            {
                app.start_check(ui.ctx());
            }
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                super::about::button(ui);
                language(app, ui);
                ui.add_space(8.0);
                let mut mode = app.settings.mode;
                ui.selectable_value(&mut mode, Mode::Owner, t!("app-mode-owner"))
                    .on_hover_text(t!("app-mode-owner-hover"));
                ui.selectable_value(&mut mode, Mode::Visitor, t!("app-mode-visitor"))
                    .on_hover_text(t!("app-mode-visitor-hover"));
                app.set_mode(mode);
            });
        });
        if app.settings.mode == Mode::Owner {
            ui.horizontal(|ui| {
                let label = ui.label(t!("app-origin"));
                ui.add(
                    egui::TextEdit::singleline(&mut app.origin)
                        .id_salt("origin")
                        .hint_text(t!("app-origin-hint"))
                        .desired_width(260.0),
                )
                .labelled_by(label.id);
                ui.checkbox(&mut app.burst, t!("app-burst"))
                    .on_hover_text(t!("app-burst-hover"));
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
                    .small_button(t!("app-dismiss"))
                    .on_hover_text(t!("app-dismiss-hover"))
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

/// The language selector: the system's language or one of those offered, each in its own name.
fn language(app: &mut GuiApp, ui: &mut egui::Ui) {
    use crate::i18n::Lang;
    let saved = app.settings.language.as_deref().and_then(Lang::parse);
    let system = t!(
        "app-language-system",
        name = app.system_language().native_name()
    );
    let mut chosen = saved;
    let shown = match saved {
        Some(l) => l.native_name().to_string(),
        None if app.language_from_flag => app.language.native_name().to_string(),
        None => system.clone(),
    };
    egui::ComboBox::from_id_salt("language")
        .selected_text(format!("🌐 {shown}"))
        .show_ui(ui, |ui| {
            ui.selectable_value(&mut chosen, None, system);
            for l in Lang::ALL {
                ui.selectable_value(&mut chosen, Some(l), l.native_name());
            }
        })
        .response
        .on_hover_text(t!("app-language-hover"));
    if chosen != saved {
        app.set_language(chosen);
    }
}

/// How wide the header's controls right of the address field are: Check (or Cancel), the two
/// modes, the language selector and About, each with its padding and the gaps between them.
fn right_side_width(app: &GuiApp, ui: &egui::Ui) -> f32 {
    let font = egui::TextStyle::Button.resolve(ui.style());
    let text = |s: String| {
        ui.painter()
            .layout_no_wrap(s, font.clone(), egui::Color32::WHITE)
            .size()
            .x
    };
    let pad = ui.spacing().button_padding.x * 2.0 + ui.spacing().item_spacing.x;
    let check = text(t!("app-check")).max(text(t!("app-cancel"))) + pad;
    let modes = text(t!("app-mode-visitor")) + text(t!("app-mode-owner")) + 2.0 * pad;
    let language = text(format!(
        "🌐 {}",
        t!(
            "app-language-system",
            name = app.system_language().native_name()
        )
    ))
    .max(text(format!("🌐 {}", app.language.native_name())))
        + pad
        + ui.spacing().icon_width
        + 8.0;
    let about = text(t!("app-about")) + pad;
    check + modes + language + about + 32.0
}
