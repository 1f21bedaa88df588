//! One vocabulary for states: the icon and the word each state is shown with, in every face (the
//! text report, Markdown, HTML and the app), so a step that failed reads "failed" everywhere and a
//! layer that fails reads "failing" everywhere. Colour is never the only signal: every state has
//! an icon and a word. Faces add only their own styling (the terminal's fixed-width tag, bold in
//! Markdown, a text-presentation selector in HTML, a colour in the app).

use crate::diagnosis::{Confidence, ItemStatus, PathState, VerdictStatus};

/// How a state is shown: an icon and a word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Look {
    pub icon: &'static str,
    pub word: &'static str,
}

const fn look(icon: &'static str, word: &'static str) -> Look {
    Look { icon, word }
}

/// A checklist item's state.
pub fn item(status: ItemStatus) -> Look {
    match status {
        ItemStatus::Pass => look("✔", "ok"),
        ItemStatus::Fail => look("✖", "failed"),
        ItemStatus::Warn => look("⚠", "warning"),
        ItemStatus::Info => look("ℹ", "note"),
        ItemStatus::Skipped => look("–", "skipped"),
        ItemStatus::Pending => look("…", "checking"),
    }
}

/// A checklist item's state as a fixed-width tag for the terminal (`[FAIL]`).
pub fn item_tag(status: ItemStatus) -> &'static str {
    match status {
        ItemStatus::Pass => "[ ok ]",
        ItemStatus::Fail => "[FAIL]",
        ItemStatus::Warn => "[warn]",
        ItemStatus::Info => "[info]",
        ItemStatus::Skipped => "[skip]",
        ItemStatus::Pending => "[ .. ]",
    }
}

/// The verdict's state; while probes still run (`conclusive` false) it is "Checking".
pub fn verdict(status: VerdictStatus, conclusive: bool) -> Look {
    if !conclusive {
        return look("…", "Checking");
    }
    match status {
        VerdictStatus::Healthy => look("✔", "Working"),
        VerdictStatus::Failing => look("✖", "Failing"),
        VerdictStatus::Intermittent => look("⚠", "On and off"),
        VerdictStatus::Unreachable => look("✖", "Not reachable"),
    }
}

/// A node of the request path.
pub fn path(state: PathState) -> Look {
    match state {
        PathState::Working => look("✔", "working"),
        PathState::Failing => look("✖", "failing"),
        PathState::NotPresent => look("–", "not present"),
        PathState::Unknown => look("?", "unknown"),
        PathState::Pending => look("…", "checking"),
    }
}

/// How sure the verdict is, in words ("fairly sure").
pub fn confidence(c: Confidence) -> &'static str {
    match c {
        Confidence::High => "sure",
        Confidence::Medium => "fairly sure",
        Confidence::Low => "not sure",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_state_has_an_icon_and_a_distinct_word() {
        let items = [
            ItemStatus::Pass,
            ItemStatus::Fail,
            ItemStatus::Warn,
            ItemStatus::Info,
            ItemStatus::Skipped,
            ItemStatus::Pending,
        ];
        let words: std::collections::HashSet<&str> = items.iter().map(|s| item(*s).word).collect();
        assert_eq!(words.len(), items.len());
        assert!(items.iter().all(|s| !item(*s).icon.is_empty()));
        assert_eq!(item(ItemStatus::Fail).word, "failed");
        assert_eq!(path(PathState::Failing).word, "failing");
        assert_eq!(verdict(VerdictStatus::Failing, false).word, "Checking");
        assert_eq!(
            verdict(VerdictStatus::Unreachable, true).word,
            "Not reachable"
        );
    }
}
