//! `check --from-world`: after our own check, ask Globalping to fetch the site from about ten
//! places around the world; the answer joins the evidence (so the verdict uses it) and the report
//! ("Down for everyone?"). Only when asked: it sends the site's host name and path to a
//! third-party service, and says so.

use crate::evidence::world::WorldCheck;
use crate::globalping;
use crate::target::Target;
use std::time::Duration;

/// The notice printed before the request (text mode).
pub fn notice(base: &str) -> String {
    crate::t!(
        "cli-world-asking",
        url = crate::target::redact_url(base),
        count = globalping::PROBE_LIMIT
    )
}

/// Run the measurement; the answer, or why there is none (for the report).
pub async fn ask_the_world(
    use_proxy: bool,
    base: &str,
    step: Duration,
    target: &Target,
) -> Result<WorldCheck, String> {
    let client = globalping::Client::for_check(base, step, use_proxy).map_err(|e| e.message())?;
    globalping::ask(&client, target)
        .await
        .map_err(|e| e.message())
}
