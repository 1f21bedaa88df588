//! One file per area of the window (UX.md layout): the header with the address, the verdict
//! banner with the request path, the step list and its pane, the technical details, the footer
//! with export and notes, and the start screen.

pub mod banner;
pub mod details;
pub mod footer;
pub mod header;
pub mod start;
pub mod steps;

/// A small "Copy" button that puts `text` on the clipboard; `what` names it for screen readers.
pub fn copy_button(ui: &mut egui::Ui, what: &str, text: &str) {
    if ui
        .small_button("📋 Copy")
        .on_hover_text(format!("Copy {what}"))
        .clicked()
    {
        ui.ctx().copy_text(text.to_string());
    }
}
