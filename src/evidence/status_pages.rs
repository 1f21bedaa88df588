//! What the providers' status pages said when the person asked (`check --provider-status`): one
//! entry per page asked, its reading or the error as it came. The diagnosis reads it
//! (`diagnosis::status_evidence`); the reports show it as "Known incidents".

use crate::provider_status::ProviderStatus;
use serde::{Deserialize, Serialize};

/// One status page asked.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct StatusPageCheck {
    /// The responder id it is about (`cloudflare`, `cloudfront` ...).
    pub provider: String,
    /// The provider as people know its status page ("Cloudflare", "AWS").
    pub name: String,
    /// The status page for people.
    pub page: String,
    /// The endpoint asked.
    pub endpoint: String,
    /// What it said, when it could be read.
    pub status: Option<ProviderStatus>,
    /// Why it could not be read (timeout, HTTP status, not the expected format), as it came.
    pub error: Option<String>,
    pub duration_ms: f64,
}
