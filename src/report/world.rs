//! The report's "Down for everyone?" section: the world's answer with the sentence that explains
//! it, our own result in the shape of a place's line, and one line per place; or why there is no
//! answer. In JSON either the check (`verdict`, `working`, `failing`, `locations`, `summary`) or
//! `{"error": "..."}`.

use crate::evidence::world::WorldCheck;
use serde::{Deserialize, Serialize};

/// What the report says under "Down for everyone?".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum WorldAnswer {
    Done(WorldSection),
    Failed { error: String },
}

/// The world's answer as the report shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WorldSection {
    #[serde(flatten)]
    pub check: WorldCheck,
    /// One plain sentence (the diagnosis's, see `diagnosis::world_summary`).
    pub summary: String,
}

impl WorldAnswer {
    /// The conclusion, then `here` (our own result, see [`here_line`]) and one line per place;
    /// or the error, plainly.
    pub fn lines(&self, here: &str) -> Vec<String> {
        match self {
            WorldAnswer::Done(w) => {
                let mut lines = vec![w.summary.clone(), here.trim().to_string()];
                lines.extend(
                    location_lines(&w.check)
                        .into_iter()
                        .map(|l| l.trim().to_string()),
                );
                lines
            }
            WorldAnswer::Failed { error } => {
                vec![crate::t!("world-not-answered", error = error.as_str())]
            }
        }
    }
}

/// Our own result in the shape of a place's line, so the two read side by side:
/// `  Here (this computer)  502  in 13 ms`, `  Here (this computer)  no answer (timeout)`.
pub fn here_line(status: Option<u16>, outcome: &str, total_ms: Option<f64>) -> String {
    let what = match status {
        Some(s) => s.to_string(),
        None => crate::t!(
            "world-no-answer",
            why = crate::evidence::say_result(outcome)
        ),
    };
    let time = total_ms
        .filter(|_| status.is_some())
        .map(|t| format!("  {}", crate::t!("world-in-ms", ms = format!("{t:.0}"))))
        .unwrap_or_default();
    format!("  {}  {what}{time}", crate::t!("world-here"))
}

/// One line per location: `  Frankfurt, DE (AS3320)  502  in 120 ms`.
pub fn location_lines(w: &WorldCheck) -> Vec<String> {
    w.locations
        .iter()
        .map(|l| {
            let what = match (l.status, &l.error) {
                (Some(s), _) => s.to_string(),
                (None, Some(e)) => crate::t!(
                    "world-no-answer",
                    why = crate::text::excerpt(e.lines().next().unwrap_or(""), 120)
                ),
                (None, None) => l.state.word().to_string(),
            };
            let time = l
                .total_ms
                .map(|t| format!("  {}", crate::t!("world-in-ms", ms = format!("{t:.0}"))))
                .unwrap_or_default();
            format!("  {}  {what}{time}", l.place)
        })
        .collect()
}
