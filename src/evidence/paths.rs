//! Owner mode, `restart_server` / `php_limits` / `plugins` items: static paths the web server
//! serves without the app (robots.txt, favicon, an asset from the page) against the dynamic page,
//! and what the page says about PHP / WordPress and its plugins.

use super::HttpOutcome;
use crate::fingerprint::wordpress::AppInfo;
use serde::{Deserialize, Serialize};

/// Whether a path is normally served by the web server alone or by the application behind it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum PathKind {
    /// A file the web server can serve from disk (robots.txt, favicon, a .css/.js/image).
    #[default]
    Static,
    /// The page itself, and the same page with a cache-busting query: the application answers.
    Dynamic,
}

/// One path fetched by the `paths` probe.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct PathCheck {
    /// Path and query as requested (redacted), e.g. "/robots.txt" or "/?gd-nocache=1712".
    pub path: String,
    pub kind: PathKind,
    pub outcome: HttpOutcome,
    pub status: Option<u16>,
    pub total_ms: Option<f64>,
    /// Time to the response head (what gateway timeouts measure).
    pub first_byte_ms: Option<f64>,
    /// The `Server` header of the answer.
    pub server: Option<String>,
    pub error: Option<String>,
}

impl PathCheck {
    /// Something answered with a usable status (see [`super::usable_status`]): the layer that
    /// serves this path works (a 404 for robots.txt still shows the web server answering).
    pub fn answered(&self) -> bool {
        self.outcome.is_response() && self.status.is_some_and(super::usable_status)
    }

    /// A gateway error (502, 503, 504, or a CDN's own 520-527 about its origin) or no answer
    /// at all.
    pub fn gateway_failed(&self) -> bool {
        !self.outcome.is_response()
            || self
                .status
                .is_some_and(|s| matches!(s, 502..=504 | 520..=527))
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct PathsObservation {
    /// Static paths first, then the dynamic ones, in the order they were planned.
    pub checks: Vec<PathCheck>,
    /// PHP / WordPress / plugins recognised from the page and the answers.
    pub app: AppInfo,
}

impl PathsObservation {
    pub fn of_kind(&self, kind: PathKind) -> impl Iterator<Item = &PathCheck> {
        self.checks.iter().filter(move |c| c.kind == kind)
    }
}
