//! The known 502/504 cause lines, loaded once from `assets/log_patterns.toml` (data, not code, so
//! a new log line is a TOML edit), and the matcher that names the cause and the subject (upstream,
//! socket, script) of one log line.

use super::Severity;
use memchr::memmem;
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

/// The causes' literals compiled once into SIMD substring finders (`memchr::memmem`), with each
/// cause's alternatives as lists of literal indexes: `classify` runs on every line of multi-GB
/// logs, and searching each distinct literal at most once per line keeps it cheap.
struct Matcher {
    finders: Vec<memmem::Finder<'static>>,
    /// Per cause (same order as `causes()`): alternatives, each a list of literal indexes.
    alternatives: Vec<Vec<Vec<usize>>>,
    /// Per cause: its subject rules with their `after`/`before` markers compiled.
    subjects: Vec<Vec<CompiledRule>>,
}

/// A `SubjectRule` with its markers compiled into finders.
struct CompiledRule {
    rule: &'static SubjectRule,
    after: Option<memmem::Finder<'static>>,
    before: Option<memmem::Finder<'static>>,
}

fn matcher() -> &'static Matcher {
    static MATCHER: OnceLock<Matcher> = OnceLock::new();
    MATCHER.get_or_init(|| build_matcher(causes()))
}

fn build_matcher(specs: &'static [CauseSpec]) -> Matcher {
    let mut literals: Vec<&str> = Vec::new();
    let mut index = |lit: &'static str| match literals.iter().position(|l| *l == lit) {
        Some(i) => i,
        None => {
            literals.push(lit);
            literals.len() - 1
        }
    };
    let alternatives = specs
        .iter()
        .map(|c| {
            c.patterns
                .iter()
                .filter(|all| !all.is_empty())
                .map(|all| all.iter().map(|p| index(p)).collect())
                .collect()
        })
        .collect();
    let finders = literals
        .iter()
        .map(|l| memmem::Finder::new(l.as_bytes()))
        .collect();
    let subjects = specs
        .iter()
        .map(|c| {
            c.subject
                .iter()
                .map(|rule| CompiledRule {
                    rule,
                    after: rule
                        .after
                        .as_ref()
                        .map(|a| memmem::Finder::new(a.as_bytes())),
                    before: rule
                        .before
                        .as_ref()
                        .map(|b| memmem::Finder::new(b.as_bytes())),
                })
                .collect()
        })
        .collect();
    Matcher {
        finders,
        alternatives,
        subjects,
    }
}

/// The index (into `causes()`) of the first cause matching `line`.
pub fn classify(line: &str) -> Option<usize> {
    let m = matcher();
    // 0 = not searched yet, 1 = absent, 2 = present: each literal is searched at most once.
    let mut seen = [0u8; 64];
    let mut seen_more = Vec::new();
    let mut present = |i: usize| {
        let slot = match seen.get_mut(i) {
            Some(slot) => slot,
            None => {
                if seen_more.len() <= i {
                    seen_more.resize(i + 1, 0u8);
                }
                &mut seen_more[i]
            }
        };
        if *slot == 0 {
            let found = m
                .finders
                .get(i)
                .is_some_and(|f| f.find(line.as_bytes()).is_some());
            *slot = if found { 2 } else { 1 };
        }
        *slot == 2
    };
    m.alternatives
        .iter()
        .position(|alts| alts.iter().any(|all| all.iter().all(|&i| present(i))))
}

/// The subject named in `line` by the cause's rules, if any.
pub fn subject(cause: &CauseSpec, line: &str) -> Option<String> {
    subject_str(cause, line).map(str::to_string)
}

/// Like `subject`, borrowed from the line (no allocation).
pub fn subject_str<'a>(cause: &CauseSpec, line: &'a str) -> Option<&'a str> {
    cause.subject.iter().find_map(|rule| {
        let after = rule
            .after
            .as_ref()
            .map(|a| memmem::Finder::new(a.as_bytes()));
        let before = rule
            .before
            .as_ref()
            .map(|b| memmem::Finder::new(b.as_bytes()));
        apply(rule, after.as_ref(), before.as_ref(), line)
    })
}

/// The subject of the cause at `index` (into `causes()`) in `line`, with the markers' finders
/// compiled once: what the analyser calls on every matching line.
pub fn subject_of(index: usize, line: &str) -> Option<&str> {
    matcher()
        .subjects
        .get(index)?
        .iter()
        .find_map(|c| apply(c.rule, c.after.as_ref(), c.before.as_ref(), line))
}

fn apply<'a>(
    rule: &SubjectRule,
    after: Option<&memmem::Finder>,
    before: Option<&memmem::Finder>,
    line: &'a str,
) -> Option<&'a str> {
    if let Some(after) = after {
        let start = after.find(line.as_bytes())? + after.needle().len();
        let rest = &line[start..];
        let stops = rule.until.as_deref().unwrap_or(" ");
        let end = if stops.is_ascii() {
            // Byte search (an ASCII byte always ends on a char boundary).
            let stops = stops.as_bytes();
            match stops {
                [one] => memchr::memchr(*one, rest.as_bytes()),
                _ => rest.bytes().position(|b| stops.contains(&b)),
            }
        } else {
            rest.find(|c: char| stops.contains(c))
        }
        .unwrap_or(rest.len());
        let s = rest[..end].trim_end_matches([',', ';']).trim();
        return (!s.is_empty()).then_some(s);
    }
    if let Some(before) = before {
        let end = before.find(line.as_bytes())?;
        let head = &line[..end];
        let start = head.rfind(' ').map_or(0, |i| i + 1);
        let s = head[start..].trim();
        return (!s.is_empty()).then_some(s);
    }
    None
}
