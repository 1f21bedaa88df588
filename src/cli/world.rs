//! `check --from-world`: after our own check, ask Globalping to fetch the site from about ten
//! places around the world; the answer joins the evidence (so the verdict uses it) and the report
//! ("Down for everyone?"). Only when asked: it sends the site's host name and path to a
//! third-party service, and says so.

use crate::globalping::{self, Client, WorldAnswer};
use crate::target::Target;
use std::time::Duration;

/// The notice printed before the request (text mode).
pub fn notice(base: &str) -> String {
    format!(
        "Asking Globalping ({}), a third-party service, to load this site from about {} places around the world (it receives the host name and path) ...",
        crate::target::redact_url(base),
        globalping::PROBE_LIMIT
    )
}

/// Run the measurement and conclude; `we_fail` is whether our own check failed; `step` is one
/// probe step's timeout (see `Client::with_step`).
pub async fn ask_the_world(
    base: &str,
    step: Duration,
    target: &Target,
    we_fail: bool,
) -> WorldAnswer {
    let client = match Client::with_step(base, step) {
        Ok(c) => c,
        Err(e) => {
            return WorldAnswer::Failed {
                error: e.to_string(),
            };
        }
    };
    match client.measure(target).await {
        Ok(locations) => WorldAnswer::Done(globalping::conclude(locations, we_fail)),
        Err(e) => WorldAnswer::Failed {
            error: e.to_string(),
        },
    }
}
