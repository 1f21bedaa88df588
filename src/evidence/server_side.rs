//! Owner mode, run on the server itself: when the checked site is served by this computer, what
//! `gateway-doctor server` found for that site (the broken link with file, line and fix), so the
//! check's verdict can name it. A side input like the logs: filled after the probes.

use crate::diagnosis::Verdict;
use crate::serverconf::judge::Finding;
use serde::{Deserialize, Serialize};

/// The server checks for the checked site, or why they did not run.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct ServerSide {
    /// Whether they ran: the site's address is this computer's and a known web server here
    /// listens on its port.
    pub checked: bool,
    /// How the site was found to be served here ("nginx (process 1234) listens on
    /// 127.0.0.1:8080; /etc/nginx/nginx.conf"), or why the checks did not run.
    pub note: String,
    /// The findings about that site and this machine, broken links first.
    pub findings: Vec<Finding>,
    /// The server checks' own verdict.
    pub verdict: Option<Verdict>,
}

impl ServerSide {
    /// The first error: the link the verdict names.
    pub fn broken_link(&self) -> Option<&Finding> {
        self.findings
            .iter()
            .find(|f| f.severity == crate::serverconf::judge::Severity::Error)
    }
}
