//! "Is it down for everyone?" as evidence: what each Globalping location saw (status code,
//! timings, error) and the count across them (down everywhere, fine elsewhere, mixed). Pure data:
//! the client that asks lives in the engine (`globalping`), the sentence that explains the answer
//! in the diagnosis (it depends on our own verdict, so it is recomputed with it).

use serde::{Deserialize, Serialize};

/// One location's fetch of the site.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LocationResult {
    /// `Frankfurt, DE (AS3320 Deutsche Telekom)`.
    pub place: String,
    /// Whether the location reported.
    pub state: LocationState,
    pub status: Option<u16>,
    pub total_ms: Option<f64>,
    pub first_byte_ms: Option<f64>,
    /// The probe's error output when it got no answer.
    pub error: Option<String>,
}

impl LocationResult {
    /// The site answered with a usable status (see [`crate::evidence::usable_status`]).
    pub fn works(&self) -> bool {
        self.status.is_some_and(crate::evidence::usable_status)
    }

    /// The probe reported something (not offline, not still running).
    pub fn reported(&self) -> bool {
        matches!(self.state, LocationState::Finished | LocationState::Failed)
    }
}

/// Where one location's measurement stands, as Globalping names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum LocationState {
    /// The location fetched the site (whatever the answer).
    Finished,
    /// The location tried and got no answer.
    Failed,
    /// The location was offline.
    Offline,
    /// Still running when the wait ran out.
    InProgress,
}

impl LocationState {
    /// The state named in Globalping's answer; an unknown name counts as still running.
    pub fn from_api(name: &str) -> LocationState {
        match name {
            "finished" => LocationState::Finished,
            "failed" => LocationState::Failed,
            "offline" => LocationState::Offline,
            _ => LocationState::InProgress,
        }
    }

    /// The word shown for it (`in-progress`).
    pub fn word(self) -> &'static str {
        match self {
            LocationState::Finished => "finished",
            LocationState::Failed => "failed",
            LocationState::Offline => "offline",
            LocationState::InProgress => "in-progress",
        }
    }
}

/// The conclusion across locations.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WorldVerdict {
    /// Every location that reported failed: the site is down for everyone.
    DownEverywhere,
    /// Every location that reported got an answer: the problem is near the person asking
    /// (their network, ISP, DNS, or a regional CDN edge), if they see one.
    FineElsewhere,
    /// Some locations work and some fail: a regional or intermittent problem.
    Mixed,
    /// No location reported.
    NoAnswer,
}

/// Everything "down for everyone?" found.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WorldCheck {
    pub verdict: WorldVerdict,
    pub working: usize,
    pub failing: usize,
    #[serde(default)]
    pub locations: Vec<LocationResult>,
}

impl WorldCheck {
    /// Count the locations' results and conclude.
    pub fn from_locations(locations: Vec<LocationResult>) -> WorldCheck {
        let reported = locations.iter().filter(|l| l.reported());
        let (working, failing) =
            reported.fold(
                (0, 0),
                |(w, f), l| {
                    if l.works() { (w + 1, f) } else { (w, f + 1) }
                },
            );
        let verdict = match (working, failing) {
            (0, 0) => WorldVerdict::NoAnswer,
            (0, _) => WorldVerdict::DownEverywhere,
            (_, 0) => WorldVerdict::FineElsewhere,
            _ => WorldVerdict::Mixed,
        };
        WorldCheck {
            verdict,
            working,
            failing,
            locations,
        }
    }

    /// How many locations reported.
    pub fn reported(&self) -> usize {
        self.working + self.failing
    }
}
