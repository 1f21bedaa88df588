//! The owner `burst` probe: a gentle, clearly bounded load test. Rounds at 1, 2 and 4 requests in
//! flight (never more than `MAX_CONCURRENCY` at once, never more than `MAX_REQUESTS` in all) show
//! whether failures grow with concurrency, the sign of a server out of workers (pm.max_children).
//!
//! The caps are hard: options above them are clamped, and `enabled: false` sends nothing. Each
//! request runs under the client's timeout; no request starts after `BUDGET_TIMEOUTS` client
//! timeouts, and when a whole round gets no answer at all the burst stops instead of waiting out
//! more timeouts.

use super::http::Client;
use super::steps::{attempt, chrome, no_cache};
use crate::evidence::Attempt;
use crate::evidence::burst::{BurstObservation, Round};
use crate::target::Target;
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::{Duration, Instant};

/// Hard cap on the requests of one burst.
pub const MAX_REQUESTS: u32 = 20;
/// Hard cap on the requests in flight at once.
pub const MAX_CONCURRENCY: u32 = 4;
/// Concurrency of the rounds, in order (cut at `max_concurrency`).
const LEVELS: [u32; 3] = [1, 2, 4];
/// Pause between rounds, so one round's stragglers do not overlap the next.
const ROUND_GAP: Duration = Duration::from_millis(100);
/// No request starts later than this many client timeouts after the burst began, so a slow site
/// costs a bounded time.
const BUDGET_TIMEOUTS: u32 = 3;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BurstOptions {
    /// Requests in all (default and hard cap 20).
    pub max_requests: u32,
    /// Requests in flight at once (default and hard cap 4).
    pub max_concurrency: u32,
    /// False (`--no-burst`): no request is sent.
    pub enabled: bool,
}

impl Default for BurstOptions {
    fn default() -> Self {
        BurstOptions {
            max_requests: MAX_REQUESTS,
            max_concurrency: MAX_CONCURRENCY,
            enabled: true,
        }
    }
}

impl BurstOptions {
    /// The options with both limits held to the hard caps (and at least 1).
    pub fn clamped(self) -> BurstOptions {
        BurstOptions {
            max_requests: self.max_requests.clamp(1, MAX_REQUESTS),
            max_concurrency: self.max_concurrency.clamp(1, MAX_CONCURRENCY),
            enabled: self.enabled,
        }
    }

    /// How many requests each round makes: (concurrency, requests). Rounds share the budget in
    /// proportion to their concurrency, each at least one full wave while the budget lasts.
    pub fn rounds(self) -> Vec<(u32, u32)> {
        let o = self.clamped();
        let mut levels: Vec<u32> = LEVELS
            .iter()
            .copied()
            .filter(|c| *c <= o.max_concurrency)
            .collect();
        if levels.last() != Some(&o.max_concurrency) {
            levels.push(o.max_concurrency);
        }
        let weight: u32 = levels.iter().sum();
        let mut left = o.max_requests;
        let mut out = Vec::new();
        for (i, c) in levels.iter().enumerate() {
            let share = if i + 1 == levels.len() {
                left
            } else {
                (o.max_requests * c / weight).max(*c).min(left)
            };
            if share == 0 {
                break;
            }
            out.push((*c, share));
            left -= share;
        }
        out
    }

    /// What the burst does, in words for the report.
    pub fn label(self) -> String {
        let o = self.clamped();
        if !o.enabled {
            return crate::t!("eng-burst-off");
        }
        crate::t!(
            "eng-burst-label",
            requests = o.max_requests,
            concurrency = o.max_concurrency.to_string()
        )
    }
}

/// Run the burst against `target`.
pub async fn run(target: &Target, options: &BurstOptions, client: &Client) -> BurstObservation {
    let options = options.clamped();
    let mut obs = BurstObservation {
        enabled: options.enabled,
        label: options.label(),
        ..BurstObservation::default()
    };
    if !options.enabled {
        return obs;
    }
    let headers = no_cache(chrome());
    let deadline = Instant::now() + client.timeout * BUDGET_TIMEOUTS;
    for (i, (concurrency, requests)) in options.rounds().into_iter().enumerate() {
        if i > 0 {
            tokio::time::sleep(ROUND_GAP).await;
        }
        let attempts = round(client, target, &headers, concurrency, requests, deadline).await;
        let cut_short = (attempts.len() as u32) < requests;
        obs.total_requests += attempts.len() as u32;
        let nothing_answered = attempts.iter().all(|a| !a.outcome.is_response());
        if !attempts.is_empty() {
            obs.rounds.push(summarise(concurrency, &attempts));
        }
        if cut_short {
            obs.stopped_early = Some(crate::t!(
                "eng-burst-stopped-slow",
                count = obs.total_requests
            ));
            break;
        }
        if nothing_answered {
            obs.stopped_early = Some(crate::t!(
                "eng-burst-stopped-silent",
                count = obs.total_requests
            ));
            break;
        }
    }
    obs
}

/// `requests` requests with exactly `concurrency` workers pulling from one counter.
async fn round(
    client: &Client,
    target: &Target,
    headers: &[(String, String)],
    concurrency: u32,
    requests: u32,
    deadline: Instant,
) -> Vec<Attempt> {
    let next = AtomicU32::new(0);
    let workers = (0..concurrency.min(requests)).map(|_| {
        let next = &next;
        async move {
            let mut done = Vec::new();
            while Instant::now() < deadline && next.fetch_add(1, Ordering::SeqCst) < requests {
                let guard = client.timeout + Duration::from_secs(1);
                let a = match tokio::time::timeout(guard, client.fetch(target, None, headers, true))
                    .await
                {
                    Ok(f) => attempt("burst", &f),
                    Err(_) => Attempt {
                        label: "burst".into(),
                        outcome: crate::evidence::HttpOutcome::Timeout,
                        error: Some(crate::t!("eng-burst-no-answer")),
                        ..Attempt::default()
                    },
                };
                done.push(a);
            }
            done
        }
    });
    super::tcp::futures_join_all(workers)
        .await
        .into_iter()
        .flatten()
        .collect()
}

fn summarise(concurrency: u32, attempts: &[Attempt]) -> Round {
    let mut r = Round {
        concurrency,
        requests: attempts.len() as u32,
        ..Round::default()
    };
    let mut times: Vec<f64> = Vec::new();
    for a in attempts {
        if !a.succeeded() {
            r.failures += 1;
        }
        *r.statuses.entry(a.result_key().to_string()).or_default() += 1;
        if let Some(t) = a.total_ms.filter(|t| t.is_finite()) {
            times.push(t);
        }
    }
    times.sort_by(f64::total_cmp);
    r.p50_ms = times.get(times.len().saturating_sub(1) / 2).copied();
    r.max_ms = times.last().copied();
    r
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::evidence::HttpOutcome;

    #[test]
    fn default_rounds_use_the_whole_budget_at_1_2_4() {
        let rounds = BurstOptions::default().rounds();
        assert_eq!(rounds, [(1, 2), (2, 5), (4, 13)]);
        assert_eq!(rounds.iter().map(|r| r.1).sum::<u32>(), 20);
    }

    #[test]
    fn options_above_the_caps_are_clamped() {
        let o = BurstOptions {
            max_requests: 1000,
            max_concurrency: 64,
            enabled: true,
        };
        let rounds = o.rounds();
        assert!(rounds.iter().all(|(c, _)| *c <= MAX_CONCURRENCY));
        assert_eq!(rounds.iter().map(|r| r.1).sum::<u32>(), MAX_REQUESTS);
        assert_eq!(o.label(), "a small burst of 20 requests, at most 4 at once");
    }

    #[test]
    fn small_budgets_and_odd_concurrency() {
        let o = BurstOptions {
            max_requests: 3,
            max_concurrency: 3,
            enabled: true,
        };
        assert_eq!(o.rounds(), [(1, 1), (2, 2)]);
        let o = BurstOptions {
            max_requests: 0,
            max_concurrency: 0,
            enabled: true,
        };
        assert_eq!(o.rounds(), [(1, 1)]);
    }

    #[test]
    fn summary_counts_failures_statuses_and_times() {
        let a = |status: Option<u16>, outcome, ms: Option<f64>| Attempt {
            outcome,
            status,
            total_ms: ms,
            ..Attempt::default()
        };
        let attempts = [
            a(Some(200), HttpOutcome::Response, Some(10.0)),
            a(Some(502), HttpOutcome::Response, Some(30.0)),
            a(None, HttpOutcome::Timeout, None),
            a(Some(200), HttpOutcome::Response, Some(20.0)),
        ];
        let r = summarise(4, &attempts);
        assert_eq!(r.requests, 4);
        assert_eq!(r.failures, 2);
        assert_eq!(r.statuses.get("200"), Some(&2));
        assert_eq!(r.statuses.get("timeout"), Some(&1));
        assert_eq!(r.p50_ms, Some(20.0));
        assert_eq!(r.max_ms, Some(30.0));
    }
}
