//! What the providers' own status pages say: the table of where each provider publishes its
//! status (`assets/status_pages.toml`), and one pure reader per format (Atlassian Statuspage v2,
//! Google Cloud's `incidents.json`, RSS/Atom feeds) that turns the bytes of an answer into a
//! [`ProviderStatus`] or a plain error. No network here: the engine (`status_client`) fetches,
//! these read, so every reader is tested on payloads and on any bytes.
//!
//! What comes out is bounded (at most [`MAX_ITEMS`] incidents, components and maintenances, each
//! text capped) whatever the answer holds, and a provider missing from the table just has no row.

mod feed;
mod google;
mod site;
mod statuspage;

use serde::{Deserialize, Serialize};
use std::sync::LazyLock;

pub use feed::read_feed;
pub use google::read_google;
pub use site::{SITE, registrable_domain, site_status_base};
pub use statuspage::read_statuspage;

/// The table as shipped, embedded at compile time.
const TABLE_TOML: &str = include_str!("../../assets/status_pages.toml");

/// Most incidents, components or maintenances kept from one answer.
pub const MAX_ITEMS: usize = 20;
/// Longest text kept from one field (titles, update bodies, names), in characters ("..."
/// included when cut).
pub const MAX_TEXT: usize = 300;

/// How a provider publishes its status.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Format {
    /// Atlassian Statuspage v2 (`/api/v2/summary.json`).
    Statuspage,
    /// Google Cloud's `incidents.json`.
    GoogleIncidents,
    /// An RSS 2.0 or Atom feed.
    Feed,
}

/// One row of the table.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// The same id as the responder (`cloudflare`, `cloudfront`, `fastly` ...).
    pub provider: String,
    /// The provider's name as people know its status page ("Cloudflare", "AWS").
    pub name: String,
    /// The status page for people.
    pub page: String,
    /// The machine-readable endpoint.
    pub endpoint: String,
    pub format: Format,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct Table {
    #[allow(dead_code)]
    updated: String,
    #[serde(default)]
    source: Vec<Source>,
}

static TABLE: LazyLock<Table> = LazyLock::new(|| toml::from_str(TABLE_TOML).unwrap_or_default());

/// The status source of `provider` (a responder id), if the table has one.
pub fn source(provider: &str) -> Option<&'static Source> {
    TABLE.source.iter().find(|s| s.provider == provider)
}

/// Every provider in the table.
pub fn sources() -> &'static [Source] {
    &TABLE.source
}

/// The overall state a status page announces.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Indicator {
    /// All systems operational.
    None,
    Minor,
    Major,
    Critical,
    /// A maintenance is in progress.
    Maintenance,
    /// The answer does not say (a feed, an unknown value).
    #[default]
    Unknown,
}

/// A component (a product, a region, a data center) that is not operational.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Component {
    pub name: String,
    /// As the page says it: `degraded_performance`, `partial_outage`, `major_outage` ...
    pub status: String,
}

/// An incident that is not resolved (or, from a feed, a recent entry).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Incident {
    pub title: String,
    /// `none`, `minor`, `major`, `critical` (Statuspage), the severity (Google), or empty.
    pub impact: String,
    /// `investigating`, `identified`, `monitoring` ... or empty.
    pub status: String,
    /// RFC 3339 as the page wrote it (feeds: as the feed wrote it).
    pub started: Option<String>,
    pub updated: Option<String>,
    pub url: Option<String>,
    /// Names of the components or products it affects.
    pub components: Vec<String>,
    /// The newest update's text.
    pub latest: Option<String>,
}

/// A scheduled maintenance that is in progress.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Maintenance {
    pub title: String,
    pub starts: Option<String>,
    pub ends: Option<String>,
    pub url: Option<String>,
    pub components: Vec<String>,
}

/// What a status page said.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct ProviderStatus {
    pub indicator: Indicator,
    /// The page's own one-line summary ("All Systems Operational").
    pub description: Option<String>,
    /// Components that are not operational.
    pub components: Vec<Component>,
    pub incidents: Vec<Incident>,
    pub maintenances: Vec<Maintenance>,
}

impl ProviderStatus {
    /// Nothing reported: no unresolved incident, no component down, no maintenance running.
    pub fn all_clear(&self) -> bool {
        self.incidents.is_empty() && self.components.is_empty() && self.maintenances.is_empty()
    }
}

/// Why an answer could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReadError {
    #[error(
        "the status page answered something that is not {} ({found})",
        expected_english(*.expected)
    )]
    NotThisFormat {
        /// The format the answer was read as.
        expected: Format,
        found: Found,
    },
}

impl ReadError {
    /// The message in the current language (the `Display` text is English, for logs).
    pub fn message(&self) -> String {
        match self {
            ReadError::NotThisFormat { expected, found } => {
                let expected = match expected {
                    Format::Statuspage => crate::t!("eng-status-expected-statuspage"),
                    Format::GoogleIncidents => crate::t!("eng-status-expected-google"),
                    Format::Feed => crate::t!("eng-status-expected-feed"),
                };
                crate::t!(
                    "eng-status-not-format",
                    expected = expected,
                    found = found.message()
                )
            }
        }
    }
}

/// What a format is, in English (the error's `Display`).
fn expected_english(format: Format) -> &'static str {
    match format {
        Format::Statuspage => "a Statuspage summary.json",
        Format::GoogleIncidents => "Google Cloud's incidents.json",
        Format::Feed => "an RSS or Atom feed",
    }
}

/// What the start of an answer that could not be read looks like.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Found {
    Empty,
    /// HTML or XML.
    Markup,
    /// JSON, but not of the format expected (or cut off).
    OtherJson,
    /// Anything else: its start, shortened.
    Text(String),
}

impl Found {
    /// In the current language (the `Display` text is English, for logs).
    pub fn message(&self) -> String {
        match self {
            Found::Empty => crate::t!("eng-status-found-empty"),
            Found::Markup => crate::t!("eng-status-found-markup"),
            Found::OtherJson => crate::t!("eng-status-found-json"),
            Found::Text(t) => format!("\"{t}\""),
        }
    }
}

impl std::fmt::Display for Found {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Found::Empty => f.write_str("an empty answer"),
            Found::Markup => f.write_str("HTML or XML"),
            Found::OtherJson => f.write_str("JSON of another shape, or cut off"),
            Found::Text(t) => write!(f, "\"{t}\""),
        }
    }
}

/// Read `body` as `format`.
pub fn read(format: Format, body: &[u8]) -> Result<ProviderStatus, ReadError> {
    match format {
        Format::Statuspage => read_statuspage(body),
        Format::GoogleIncidents => read_google(body),
        Format::Feed => read_feed(body),
    }
}

/// `text` trimmed, whitespace collapsed, capped at [`MAX_TEXT`] characters.
pub(crate) fn clean(text: &str) -> String {
    let collapsed: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    crate::text::shown(&collapsed, MAX_TEXT - 3)
}

/// What the start of an answer looks like, for an error message.
pub(crate) fn looks_like(body: &[u8]) -> Found {
    let head = String::from_utf8_lossy(&body[..body.len().min(200)]).to_string();
    let t = head.trim_start();
    if t.is_empty() {
        Found::Empty
    } else if t.starts_with('<') {
        Found::Markup
    } else if t.starts_with('{') || t.starts_with('[') {
        Found::OtherJson
    } else {
        Found::Text(crate::text::shown(t, 40))
    }
}

#[cfg(test)]
mod proptests;
#[cfg(test)]
mod tests;
