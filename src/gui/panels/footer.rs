//! The footer: save the report (Markdown, HTML or JSON through the native dialog), copy it, the
//! notes box whose text goes into the report, and the redaction choice (on by default).

use crate::gui::app::{ExportFormat, GuiApp};

pub fn show(app: &mut GuiApp, ui: &mut egui::Ui) {
    egui::Panel::bottom("footer").show(ui, |ui| {
        ui.add_space(6.0);
        ui.horizontal(|ui| {
            let ready = app.run.is_some();
            if ui
                .add_enabled(ready, egui::Button::new("💾 Save report…"))
                .on_hover_text("Save the report to a file for a support ticket")
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
                .on_hover_text("Report format");
            if ui
                .add_enabled(ready, egui::Button::new("📋 Copy report"))
                .on_hover_text("Copy the report (Markdown) to paste into a message")
                .clicked()
            {
                app.copy_report(ui.ctx());
            }
            let mut full = app.settings.include_full_url;
            if ui
                .checkbox(&mut full, "Include the full address")
                .on_hover_text(
                    "Off: passwords, cookies and tokens in the address are removed from the report. \
                     On: the address's query is kept (passwords are always removed).",
                )
                .changed()
            {
                app.settings.include_full_url = full;
                app.save_settings();
            }
        });
        ui.horizontal(|ui| {
            let label = ui.label("Notes:");
            ui.add(
                egui::TextEdit::singleline(&mut app.notes)
                    .hint_text("What you were doing, since when (goes into the report)")
                    .desired_width(ui.available_width()),
            )
            .labelled_by(label.id);
        });
        ui.add_space(4.0);
    });
}
