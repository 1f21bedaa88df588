//! Owner mode, `dns` item: what each resolver answers for the site's name (system, public,
//! authoritative), so disagreement, a wrong IP and a change still propagating can be shown.
//! Filled in by the DNS propagation probe (`probe::propagation`).

use serde::{Deserialize, Serialize};

/// (Placeholder until the probe lands; fields are added by its owner.)
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct PropagationObservation {}
