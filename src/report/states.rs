//! One vocabulary for states: the icon and the word each state is shown with, in every face (the
//! text report, Markdown, HTML and the app), so a step that failed reads "failed" everywhere and a
//! layer that fails reads "failing" everywhere. Colour is never the only signal: every state has
//! an icon and a word. Faces add only their own styling (the terminal's fixed-width tag, bold in
//! Markdown, a text-presentation selector in HTML, a colour in the app). The words are in the
//! current language (`assets/i18n/<lang>/report.ftl`); the icons are the same everywhere.

use crate::diagnosis::{Confidence, ItemStatus, PathState, VerdictStatus};

/// How a state is shown: an icon and a word.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Look {
    pub icon: &'static str,
    pub word: String,
}

fn look(icon: &'static str, key: &str) -> Look {
    Look {
        icon,
        word: crate::i18n::tr(key, &[]),
    }
}

/// A checklist item's state.
pub fn item(status: ItemStatus) -> Look {
    match status {
        ItemStatus::Pass => look("✔", "state-ok"),
        ItemStatus::Fail => look("✖", "state-failed"),
        ItemStatus::Warn => look("⚠", "state-warning"),
        ItemStatus::Info => look("ℹ", "state-note"),
        ItemStatus::Skipped => look("–", "state-skipped"),
        ItemStatus::Pending => look("…", "state-checking"),
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
        return look("…", "verdict-state-checking");
    }
    match status {
        VerdictStatus::Healthy => look("✔", "verdict-state-working"),
        VerdictStatus::Failing => look("✖", "verdict-state-failing"),
        VerdictStatus::Intermittent => look("⚠", "verdict-state-on-and-off"),
        VerdictStatus::Unreachable => look("✖", "verdict-state-not-reachable"),
    }
}

/// A node of the request path.
pub fn path(state: PathState) -> Look {
    match state {
        PathState::Working => look("✔", "layer-working"),
        PathState::Failing => look("✖", "layer-failing"),
        PathState::NotPresent => look("–", "layer-not-present"),
        PathState::Unknown => look("?", "layer-unknown"),
        PathState::Pending => look("…", "layer-checking"),
    }
}

/// How sure the verdict is, in words ("fairly sure").
pub fn confidence(c: Confidence) -> String {
    crate::i18n::tr(
        match c {
            Confidence::High => "confidence-high",
            Confidence::Medium => "confidence-medium",
            Confidence::Low => "confidence-low",
        },
        &[],
    )
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
        let words: std::collections::HashSet<String> =
            items.iter().map(|s| item(*s).word).collect();
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
