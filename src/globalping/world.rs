//! What the Globalping answers mean for the person asking "is it just me?": each location's
//! status code and timings, and one conclusion (down everywhere, fine elsewhere, mixed). Pure
//! data and functions, so the verdict is tested without any network.

use serde::{Deserialize, Serialize};

/// One location's fetch of the site.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LocationResult {
    /// `Frankfurt, DE (AS3320 Deutsche Telekom)`.
    pub place: String,
    /// `finished`, `failed`, `offline` or `in-progress` (when the wait ran out).
    pub state: String,
    pub status: Option<u16>,
    pub total_ms: Option<f64>,
    pub first_byte_ms: Option<f64>,
    /// The probe's error output when it got no answer.
    pub error: Option<String>,
}

impl LocationResult {
    /// The site answered with a status below 500 (a 4xx still means it is up).
    pub fn works(&self) -> bool {
        self.status.is_some_and(|s| s < 500)
    }

    /// The probe reported something (not offline, not still running).
    pub fn reported(&self) -> bool {
        self.state == "finished" || self.state == "failed"
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
    /// One plain sentence.
    pub summary: String,
}

/// What the report says under "Down for everyone?": the world's answer, or why there is none.
/// In JSON either the `WorldCheck` object or `{"error": "..."}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum WorldAnswer {
    Done(WorldCheck),
    Failed { error: String },
}

impl WorldAnswer {
    /// The conclusion, then `here` (our own result, see [`here_line`]) and one line per place;
    /// or the error, plainly.
    pub fn lines(&self, here: &str) -> Vec<String> {
        match self {
            WorldAnswer::Done(w) => {
                let mut lines = vec![w.summary.clone(), here.trim().to_string()];
                lines.extend(location_lines(w).into_iter().map(|l| l.trim().to_string()));
                lines
            }
            WorldAnswer::Failed { error } => vec![format!("Not answered: {error}")],
        }
    }
}

/// Our own result in the shape of a place's line, so the two read side by side:
/// `  Here (this computer)  502  in 13 ms`, `  Here (this computer)  no answer (timeout)`.
pub fn here_line(status: Option<u16>, outcome: &str, total_ms: Option<f64>) -> String {
    let what = match status {
        Some(s) => s.to_string(),
        None => format!("no answer ({})", outcome.replace('_', " ")),
    };
    let time = total_ms
        .filter(|_| status.is_some())
        .map(|t| format!("  in {t:.0} ms"))
        .unwrap_or_default();
    format!("  Here (this computer)  {what}{time}")
}

/// Conclude from the locations' results; `we_fail` is whether our own check failed.
pub fn conclude(locations: Vec<LocationResult>, we_fail: bool) -> WorldCheck {
    let reported: Vec<&LocationResult> = locations.iter().filter(|l| l.reported()).collect();
    let working = reported.iter().filter(|l| l.works()).count();
    let failing = reported.len() - working;
    let verdict = match (working, failing) {
        (0, 0) => WorldVerdict::NoAnswer,
        (0, _) => WorldVerdict::DownEverywhere,
        (_, 0) => WorldVerdict::FineElsewhere,
        _ => WorldVerdict::Mixed,
    };
    let n = reported.len();
    let summary = match verdict {
        WorldVerdict::NoAnswer => {
            "No Globalping location reported in time, so this says nothing about other places."
                .to_string()
        }
        WorldVerdict::DownEverywhere => format!(
            "Down for everyone: all {n} locations around the world failed too, so the problem is the site itself, not your connection."
        ),
        WorldVerdict::FineElsewhere if we_fail => format!(
            "Just you: all {n} locations around the world loaded the site, so what fails lies between you and it: your network, your ISP, your DNS, or the site's servers that answer your region."
        ),
        WorldVerdict::FineElsewhere => {
            format!("Works everywhere: all {n} locations around the world loaded the site.")
        }
        WorldVerdict::Mixed => format!(
            "Partly down: {working} of {n} locations loaded the site and {failing} failed, so the problem is regional (a CDN region, a load balancer node) or comes and goes."
        ),
    };
    WorldCheck {
        verdict,
        working,
        failing,
        locations,
        summary,
    }
}

/// One line per location: `  Frankfurt, DE (AS3320)  502  in 120 ms`.
pub fn location_lines(w: &WorldCheck) -> Vec<String> {
    w.locations
        .iter()
        .map(|l| {
            let what = match (l.status, &l.error) {
                (Some(s), _) => s.to_string(),
                (None, Some(e)) => format!("no answer ({})", first_line(e)),
                (None, None) => l.state.clone(),
            };
            let time = l
                .total_ms
                .map(|t| format!("  in {t:.0} ms"))
                .unwrap_or_default();
            format!("  {}  {what}{time}", l.place)
        })
        .collect()
}

fn first_line(s: &str) -> String {
    crate::report::excerpt(s.lines().next().unwrap_or(""), 120)
}
