//! Colours, icons and words for states. Colour is never the only signal: every state has
//! an icon and a word too, and the colours are picked per theme so both dark and light read well.

use crate::diagnosis::{Confidence, ItemStatus, PathState, VerdictStatus};
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
    match status {
        ItemStatus::Pass => "✔",
        ItemStatus::Fail => "✖",
        ItemStatus::Warn => "⚠",
        ItemStatus::Info => "ℹ",
        ItemStatus::Skipped => "–",
        ItemStatus::Pending => "…",
    }
}

pub fn status_label(status: ItemStatus) -> &'static str {
    match status {
        ItemStatus::Pass => "fine",
        ItemStatus::Fail => "problem",
        ItemStatus::Warn => "mixed",
        ItemStatus::Info => "advice",
        ItemStatus::Skipped => "skipped",
        ItemStatus::Pending => "checking",
    }
}

/// The banner's look for a verdict status: (icon, word, item status used for the colour).
pub fn verdict_look(
    status: VerdictStatus,
    conclusive: bool,
) -> (&'static str, &'static str, ItemStatus) {
    if !conclusive {
        return ("…", "Checking", ItemStatus::Pending);
    }
    match status {
        VerdictStatus::Healthy => ("✔", "Working", ItemStatus::Pass),
        VerdictStatus::Failing => ("✖", "Failing", ItemStatus::Fail),
        VerdictStatus::Intermittent => ("⚠", "On and off", ItemStatus::Warn),
        VerdictStatus::Unreachable => ("✖", "Not reachable", ItemStatus::Fail),
    }
}

pub fn confidence_text(c: Confidence) -> &'static str {
    match c {
        Confidence::High => "Sure.",
        Confidence::Medium => "Fairly sure.",
        Confidence::Low => "Not sure.",
    }
}

/// A path node state as (icon, word, colour status).
pub fn path_look(state: PathState) -> (&'static str, &'static str, ItemStatus) {
    match state {
        PathState::Working => ("✔", "working", ItemStatus::Pass),
        PathState::Failing => ("✖", "error", ItemStatus::Fail),
        PathState::NotPresent => ("–", "not present", ItemStatus::Skipped),
        PathState::Unknown => ("?", "unknown", ItemStatus::Skipped),
        PathState::Pending => ("…", "checking", ItemStatus::Pending),
    }
}

/// A soft background tint of a status colour for banners.
pub fn tint(color: Color32, dark: bool) -> Color32 {
    let a = if dark { 40 } else { 28 };
    Color32::from_rgba_unmultiplied(color.r(), color.g(), color.b(), a)
}
