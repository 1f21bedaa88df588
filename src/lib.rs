//! Gateway Doctor: finds out why a web site answers "502 Bad Gateway" (or does not load at all),
//! which layer failed, and what the visitor or the site owner should do about it.
//!
//! Data flows one way: `target` (a validated URL) -> `probe` (the engine runs real network probes
//! concurrently and emits events) -> `evidence` (what they saw) -> `diagnosis` (pure: verdict and
//! checklist) -> `report` (JSON, Markdown) and the CLI/GUI.

pub mod browsers;
pub mod cli;
pub mod diagnosis;
pub mod evidence;
pub mod fingerprint;
pub mod globalping;
#[cfg(feature = "gui")]
pub mod gui;
pub mod history;
pub mod logs;
pub mod probe;
pub mod report;
pub mod store;
pub mod target;
pub mod watch;

/// Where the project lives (About box, package metadata). Defined once; packaging/ repeats it in
/// the .deb control file and the AppStream metainfo.
pub const PROJECT_URL: &str = "https://github.com/gateway-doctor/gateway-doctor";

/// The licence the code is offered under (as in Cargo.toml), shown in the About box.
pub const LICENSE: &str = env!("CARGO_PKG_LICENSE");
