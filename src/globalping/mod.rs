//! "Is it down for everyone?": asks the public Globalping network (https://globalping.io) to
//! fetch the site from about ten places around the world, and compares their answers with ours.
//!
//! Only ever called when the person asks (`check --from-world`, the app's button): it sends the
//! site's host name and path (never the query string or credentials) to a third-party service.
//! Anonymous use is limited (about 250 tests per hour per IP); a 429 answer is reported plainly
//! with the limit headers. Every request has a timeout and the whole measurement is bounded.
//!
//! Protocol: `POST /v1/measurements` with `{type: "http", target, locations: [{magic: "world"}],
//! limit, measurementOptions: {request: {method, path, host}, protocol, port}}` answers
//! `202 {id, probesCount}`; `GET /v1/measurements/{id}` answers `{status: "in-progress" |
//! "finished", results: [{probe: {city, country, asn, network}, result: {status, statusCode,
//! timings: {total, firstByte, ...}, rawOutput}}]}` and is polled every 500 ms.

pub(crate) mod client;

pub use client::{ANONYMOUS_TESTS_PER_HOUR, Client, DEFAULT_URL, GlobalpingError, PROBE_LIMIT};

use crate::evidence::world::WorldCheck;
use crate::target::Target;

/// Ask Globalping, through `client` (see [`Client::for_check`]), to load `target` from about ten
/// places and count their answers. The one way both faces ask.
pub async fn ask(client: &Client, target: &Target) -> Result<WorldCheck, GlobalpingError> {
    let locations = client.measure(target).await?;
    Ok(WorldCheck::from_locations(locations))
}
