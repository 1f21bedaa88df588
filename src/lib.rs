//! Gateway Doctor: finds out why a web site answers "502 Bad Gateway" (or does not load at all),
//! which layer failed, and what the visitor or the site owner should do about it.
//!
//! Data flows one way: `target` (a validated URL) -> `probe` (the engine runs real network probes
//! concurrently and emits events) -> `evidence` (what they saw) -> `diagnosis` (pure: verdict and
//! checklist) -> `report` (JSON, Markdown, HTML, text) and the two faces, `cli` and `gui`. Side
//! inputs join the same evidence: server logs read by `logs`, and the view from around the world
//! asked of `globalping`. Finished checks are kept by `history` (SQLite); the app's settings by
//! `store`. The layers, the data flow and where new code goes: ARCHITECTURE.md.

// No panics in the shipped code: bad input is an error, never a crash (tests may unwrap).
#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::panic)
)]

pub mod browsers;
pub mod cli;
pub mod diagnosis;
pub mod evidence;
pub mod fingerprint;
pub mod globalping;
#[cfg(feature = "gui")]
pub mod gui;
pub mod har;
pub mod history;
pub mod i18n;
pub mod logs;
pub mod notify;
pub mod probe;
pub mod provider_status;
pub mod report;
pub mod server;
pub mod serverconf;
pub mod status_client;
pub mod store;
pub mod target;
pub mod text;
pub mod watch;

/// Where the project lives (About box, package metadata). Defined once; packaging/ repeats it in
/// the .deb control file and the AppStream metainfo.
pub const PROJECT_URL: &str = "https://github.com/gateway-doctor/gateway-doctor";

/// The licence the code is offered under (as in Cargo.toml), shown in the About box.
pub const LICENSE: &str = env!("CARGO_PKG_LICENSE");
