//! The known 502/504 cause lines, loaded once from `assets/log_patterns.toml` (data, not code, so
//! a new log line is a TOML edit), and the matcher that names the cause and the subject (upstream,
//! socket, script) of one log line.

use super::Severity;
use serde::Deserialize;
use std::sync::OnceLock;

/// One cause from the TOML file.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CauseSpec {
    pub id: String,
    pub title: String,
    pub severity: Severity,
    pub explanation: String,
    pub fix: String,
    pub commands: Vec<String>,
    /// Alternatives; each is a list of substrings that must all occur in the line.
    pub patterns: Vec<Vec<String>>,
    #[serde(default)]
    pub subject: Vec<SubjectRule>,
}

/// How to pull the subject out of a matching line.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SubjectRule {
    /// Take the text after this marker ...
    pub after: Option<String>,
    /// ... up to the first of these characters (default: a space).
    pub until: Option<String>,
    /// Or take the word just before this marker.
    pub before: Option<String>,
}

#[derive(Deserialize)]
struct PatternFile {
    cause: Vec<CauseSpec>,
}

const PATTERNS_TOML: &str = include_str!("../../assets/log_patterns.toml");

/// All causes in match order. The file ships inside the binary and is checked by a unit test, so
/// a parse failure here is a build defect; it degrades to "no causes" rather than panicking.
pub fn causes() -> &'static [CauseSpec] {
    static CAUSES: OnceLock<Vec<CauseSpec>> = OnceLock::new();
    CAUSES.get_or_init(|| load(PATTERNS_TOML).unwrap_or_default())
}

/// Parse a patterns file (used by `causes` and the tests).
pub fn load(text: &str) -> Result<Vec<CauseSpec>, toml::de::Error> {
    toml::from_str::<PatternFile>(text).map(|f| f.cause)
}

/// The index (into `causes()`) of the first cause matching `line`.
pub fn classify(line: &str) -> Option<usize> {
    causes().iter().position(|c| {
        c.patterns
            .iter()
            .any(|all| !all.is_empty() && all.iter().all(|p| line.contains(p.as_str())))
    })
}

/// The subject named in `line` by the cause's rules, if any.
pub fn subject(cause: &CauseSpec, line: &str) -> Option<String> {
    cause.subject.iter().find_map(|rule| apply(rule, line))
}

fn apply(rule: &SubjectRule, line: &str) -> Option<String> {
    if let Some(after) = &rule.after {
        let start = line.find(after.as_str())? + after.len();
        let rest = &line[start..];
        let stops = rule.until.as_deref().unwrap_or(" ");
        let end = rest.find(|c: char| stops.contains(c)).unwrap_or(rest.len());
        let s = rest[..end].trim_end_matches([',', ';']).trim();
        return (!s.is_empty()).then(|| s.to_string());
    }
    if let Some(before) = &rule.before {
        let end = line.find(before.as_str())?;
        let head = &line[..end];
        let start = head.rfind(' ').map_or(0, |i| i + 1);
        let s = head[start..].trim();
        return (!s.is_empty()).then(|| s.to_string());
    }
    None
}
