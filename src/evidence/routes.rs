//! Owner mode, `firewall_proxy` item: the site reached different ways (system proxy vs direct,
//! port 80 vs 443, IPv4 vs IPv6); a path that fails only one way names the culprit.

use serde::{Deserialize, Serialize};

/// (Placeholder until the probe lands; fields are added by its owner.)
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct RoutesObservation {}
