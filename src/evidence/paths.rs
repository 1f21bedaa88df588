//! Owner mode, `restart_server` / `php_limits` / `plugins` items: static paths the web server
//! serves without the app (robots.txt, favicon, an asset from the page) against the dynamic page,
//! and what the page says about PHP / WordPress and its plugins.

use serde::{Deserialize, Serialize};

/// (Placeholder until the probe lands; fields are added by its owner.)
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct PathsObservation {}
