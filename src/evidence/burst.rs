//! Owner mode: a small, bounded burst of requests (at most 20, at most 4 at once, can be turned
//! off) measuring the failure ratio and whether failures grow with concurrency (overload).

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// One round of the burst: `requests` requests with `concurrency` in flight at once.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Round {
    pub concurrency: u32,
    pub requests: u32,
    /// Requests that got no usable page (no answer, 5xx or 429).
    pub failures: u32,
    /// How many requests ended how: status code ("200", "502") or outcome ("timeout").
    pub statuses: BTreeMap<String, u32>,
    /// Median total time of the round's requests.
    pub p50_ms: Option<f64>,
    pub max_ms: Option<f64>,
}

impl Round {
    /// Failed share of this round's requests (0 when it made none).
    pub fn failure_ratio(&self) -> f64 {
        if self.requests == 0 {
            0.0
        } else {
            f64::from(self.failures) / f64::from(self.requests)
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct BurstObservation {
    /// False when the burst was turned off (`--no-burst`): no request was sent.
    pub enabled: bool,
    /// Rounds in order of rising concurrency (1, 2, 4, at most the cap).
    pub rounds: Vec<Round>,
    pub total_requests: u32,
    /// What was done, in words: "a small burst of 20 requests, at most 4 at once".
    pub label: String,
    /// Why later rounds were not run, if they were not (e.g. nothing answered at all).
    pub stopped_early: Option<String>,
}

impl BurstObservation {
    pub fn total_failures(&self) -> u32 {
        self.rounds.iter().map(|r| r.failures).sum()
    }

    /// Failures grow with concurrency: the lowest round did (almost) fine, the highest clearly
    /// worse, with at least two failures there. The sign of a server running out of workers.
    pub fn failures_grow_with_concurrency(&self) -> bool {
        let (Some(low), Some(high)) = (self.rounds.first(), self.rounds.last()) else {
            return false;
        };
        high.concurrency > low.concurrency
            && high.failures >= 2
            && low.failure_ratio() <= 0.25
            && high.failure_ratio() >= low.failure_ratio() + 0.25
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round(concurrency: u32, requests: u32, failures: u32) -> Round {
        Round {
            concurrency,
            requests,
            failures,
            ..Round::default()
        }
    }

    fn obs(rounds: Vec<Round>) -> BurstObservation {
        BurstObservation {
            enabled: true,
            rounds,
            ..BurstObservation::default()
        }
    }

    #[test]
    fn growing_failures_are_overload() {
        let b = obs(vec![round(1, 3, 0), round(2, 6, 0), round(4, 11, 5)]);
        assert!(b.failures_grow_with_concurrency());
        assert_eq!(b.total_failures(), 5);
    }

    #[test]
    fn constant_failures_are_not_overload() {
        let b = obs(vec![round(1, 3, 3), round(2, 6, 6), round(4, 11, 11)]);
        assert!(!b.failures_grow_with_concurrency());
        let b = obs(vec![round(1, 3, 0), round(2, 6, 0), round(4, 11, 1)]);
        assert!(!b.failures_grow_with_concurrency());
        assert!(!obs(vec![round(1, 3, 0)]).failures_grow_with_concurrency());
        assert!(!obs(vec![]).failures_grow_with_concurrency());
    }

    #[test]
    fn empty_round_ratio_is_zero() {
        assert_eq!(round(1, 0, 0).failure_ratio(), 0.0);
    }
}
