//! The footer: save the report (Markdown, HTML or JSON through the native dialog), copy it, the
//! notes box whose text goes into the report, and the redaction choice (on by default).

use crate::gui::app::{ExportFormat, GuiApp};
use crate::t;

pub fn show(app: &mut GuiApp, ui: &mut egui::Ui) {
    egui::Panel::bottom("footer").show(ui, |ui| {
        ui.add_space(6.0);
        ui.horizontal(|ui| {
            let ready = app.run.is_some();
            if ui
                .add_enabled(ready, egui::Button::new(t!("footer-save")))
                .on_hover_text(t!("footer-save-hover"))
                .clicked()
            {
                app.save_report(ui.ctx());
            }
            egui::ComboBox::from_id_salt("export_format")
                .selected_text(app.export_format.name())
                .show_ui(ui, |ui| {
                    for f in ExportFormat::ALL {
                        ui.selectable_value(&mut app.export_format, f, f.name());
                    }
                })
                .response
                .on_hover_text(t!("footer-format-hover"));
            if ui
                .add_enabled(ready, egui::Button::new(t!("footer-copy")))
                .on_hover_text(t!("footer-copy-hover"))
                .clicked()
            {
                app.copy_report(ui.ctx());
            }
            let mut full = app.settings.include_full_url;
            if ui
                .checkbox(&mut full, t!("footer-full-address"))
                .on_hover_text(t!("footer-full-address-hover"))
                .changed()
            {
                app.settings.include_full_url = full;
                app.save_settings();
            }
        });
        ui.horizontal(|ui| {
            let label = ui.label(t!("footer-notes"));
            ui.add(
                egui::TextEdit::singleline(&mut app.notes)
                    .hint_text(t!("footer-notes-hint"))
                    .desired_width(ui.available_width()),
            )
            .labelled_by(label.id);
        });
        ui.add_space(4.0);
    });
}
