//! `check --from-world`: after our own check, ask Globalping to fetch the site from about ten
//! places around the world and say whether it is down for everyone or just for us. Only when
//! asked: it sends the site's host name and path to a third-party service, and says so.

use crate::globalping::{self, Client, GlobalpingError, WorldCheck};
use crate::target::Target;

/// The outcome, for the text and JSON output.
pub enum WorldOutcome {
    Done(WorldCheck),
    Failed(GlobalpingError),
}

/// The notice printed before the request (text mode).
pub fn notice(base: &str) -> String {
    format!(
        "Asking Globalping ({base}), a third-party service, to load this site from about {} places around the world (it receives the host name and path) ...",
        globalping::PROBE_LIMIT
    )
}

/// Run the measurement and conclude; `we_fail` is whether our own check failed.
pub async fn ask_the_world(client: &Client, target: &Target, we_fail: bool) -> WorldOutcome {
    match client.measure(target).await {
        Ok(locations) => WorldOutcome::Done(globalping::conclude(locations, we_fail)),
        Err(e) => WorldOutcome::Failed(e),
    }
}

/// The text block: the conclusion, then one line per location; or the error, plainly.
pub fn text_block(outcome: &WorldOutcome) -> String {
    match outcome {
        WorldOutcome::Done(w) => {
            let mut s = format!("Down for everyone? {}\n", w.summary);
            for line in globalping::location_lines(w) {
                s.push_str(&line);
                s.push('\n');
            }
            s
        }
        WorldOutcome::Failed(e) => format!("Down for everyone? Not answered: {e}\n"),
    }
}

/// The `world` member added to the JSON report.
pub fn json_value(outcome: &WorldOutcome) -> serde_json::Value {
    match outcome {
        WorldOutcome::Done(w) => serde_json::to_value(w).unwrap_or_default(),
        WorldOutcome::Failed(e) => serde_json::json!({ "error": e.to_string() }),
    }
}
