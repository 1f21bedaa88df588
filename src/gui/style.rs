//! Colours, icons and words for states. Colour is never the only signal: every state has
//! an icon and a word too, and the colours are picked per theme so both dark and light read well.

use crate::diagnosis::{Confidence, ItemStatus, PathState, VerdictStatus};
use crate::report::states;
use egui::Color32;

/// The status colour for the current theme.
pub fn status_color(ui: &egui::Ui, status: ItemStatus) -> Color32 {
    let dark = ui.visuals().dark_mode;
    match (status, dark) {
        (ItemStatus::Pass, true) => Color32::from_rgb(110, 200, 120),
        (ItemStatus::Pass, false) => Color32::from_rgb(20, 120, 40),
        (ItemStatus::Fail, true) => Color32::from_rgb(255, 120, 110),
        (ItemStatus::Fail, false) => Color32::from_rgb(190, 30, 30),
        (ItemStatus::Warn, true) => Color32::from_rgb(240, 190, 80),
        (ItemStatus::Warn, false) => Color32::from_rgb(160, 100, 0),
        (ItemStatus::Info, true) => Color32::from_rgb(120, 170, 255),
        (ItemStatus::Info, false) => Color32::from_rgb(30, 90, 200),
        (ItemStatus::Skipped | ItemStatus::Pending, _) => ui.visuals().weak_text_color(),
    }
}

/// Icon and word for a checklist item.
pub fn status_icon(status: ItemStatus) -> &'static str {
    states::item(status).icon
}

pub fn status_label(status: ItemStatus) -> String {
    states::item(status).word
}

/// The banner's look for a verdict status: (icon, word, item status used for the colour).
pub fn verdict_look(status: VerdictStatus, conclusive: bool) -> (&'static str, String, ItemStatus) {
    let look = states::verdict(status, conclusive);
    let colour = match status {
        _ if !conclusive => ItemStatus::Pending,
        VerdictStatus::Healthy => ItemStatus::Pass,
        VerdictStatus::Intermittent => ItemStatus::Warn,
        VerdictStatus::Failing | VerdictStatus::Unreachable => ItemStatus::Fail,
    };
    (look.icon, look.word, colour)
}

/// "Fairly sure." as the banner says it.
pub fn confidence_text(c: Confidence) -> String {
    let words = states::confidence(c);
    let mut chars = words.chars();
    let first = chars
        .next()
        .map(|c| c.to_uppercase().to_string())
        .unwrap_or_default();
    format!("{first}{}.", chars.as_str())
}

/// A path node state as (icon, word, colour status).
pub fn path_look(state: PathState) -> (&'static str, String, ItemStatus) {
    let look = states::path(state);
    let colour = match state {
        PathState::Working => ItemStatus::Pass,
        PathState::Failing => ItemStatus::Fail,
        PathState::NotPresent | PathState::Unknown => ItemStatus::Skipped,
        PathState::Pending => ItemStatus::Pending,
    };
    (look.icon, look.word, colour)
}

/// A soft background tint of a status colour for banners.
pub fn tint(color: Color32, dark: bool) -> Color32 {
    let a = if dark { 40 } else { 28 };
    Color32::from_rgba_unmultiplied(color.r(), color.g(), color.b(), a)
}

/// A decorative glyph (✖ ➡ ✔ ℹ …) painted, not added as a label: it has no accessible node, so
/// a screen reader does not spell it out; the state it shows is in the control's own name.
pub fn glyph(ui: &mut egui::Ui, text: &str, color: Color32, size: Option<f32>) {
    let font = match size {
        Some(s) => egui::FontId::proportional(s),
        None => egui::TextStyle::Body.resolve(ui.style()),
    };
    let min_width = font.size;
    let galley = ui.painter().layout_no_wrap(text.to_string(), font, color);
    // At least one em wide, centred: narrow glyphs (–, ℹ) keep the text after them aligned.
    let size = egui::vec2(galley.size().x.max(min_width), galley.size().y);
    let (rect, _) = ui.allocate_exact_size(size, egui::Sense::hover());
    let at = egui::pos2(rect.center().x - galley.size().x / 2.0, rect.min.y);
    ui.painter().galley(at, galley, color);
}
