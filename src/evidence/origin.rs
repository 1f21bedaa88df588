//! Owner mode, `cdn` item: the same request sent straight to the origin (`--origin IP[:PORT]`)
//! with the site's Host header and TLS server name, to compare with what the edge answers.

use serde::{Deserialize, Serialize};

/// (Placeholder until the probe lands; fields are added by its owner.)
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct OriginObservation {}
