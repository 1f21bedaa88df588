//! One file per area of the window (UX.md layout): the header with the address, the verdict
//! banner with the request path, the step list and its pane, the technical details, the footer
//! with export and notes, and the start screen.

pub mod banner;
pub mod details;
pub mod footer;
pub mod header;
pub mod start;
pub mod steps;

/// A small button that puts `text` on the clipboard; `label` says what it copies (it is also
/// the name screen readers announce, so each copy button has its own).
pub fn copy_button(ui: &mut egui::Ui, label: &str, text: &str) {
    if ui
        .small_button(format!("📋 {label}"))
        .on_hover_text("Copy to the clipboard")
        .clicked()
    {
        ui.ctx().copy_text(text.to_string());
    }
}
