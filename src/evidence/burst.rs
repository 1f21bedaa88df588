//! Owner mode: a small, bounded burst of requests (at most 20, at most 4 at once, can be turned
//! off) measuring the failure ratio and whether failures grow with concurrency (overload).

use serde::{Deserialize, Serialize};

/// (Placeholder until the probe lands; fields are added by its owner.)
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct BurstObservation {}
