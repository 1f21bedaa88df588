//! The known 502/504 cause lines, loaded once from `assets/log_patterns.toml` (data, not code, so
//! a new log line is a TOML edit), and the matcher that names the cause and the subject (upstream,
//! socket, script) of one log line. The TOML holds the machine data (ids, severity, patterns,
//! subject rules, commands); the words a person reads are in Fluent, keyed by the id
//! (`logp-<id>-title`, `logp-<id>-explanation`, `logp-<id>-fix` in
//! `assets/i18n/<lang>/logs.ftl`), filled in in the current language.

use super::Severity;
use crate::i18n::{self, Lang};
use memchr::memmem;
use serde::Deserialize;
use std::sync::OnceLock;

/// One cause from the TOML file.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CauseSpec {
    pub id: String,
    /// Short name of the cause (`logp-<id>-title`), in the language the table was loaded in.
    #[serde(skip)]
    pub title: String,
    pub severity: Severity,
    /// What the line means (`logp-<id>-explanation`).
    #[serde(skip)]
    pub explanation: String,
    /// What to change (`logp-<id>-fix`).
    #[serde(skip)]
    pub fix: String,
    /// Commands to copy (never translated).
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

/// All causes in match order, with the words in the current language. The file ships inside the
/// binary and is checked by a unit test, so a parse failure here is a build defect; it degrades
/// to "no causes" rather than panicking. Every language's copy has the same causes in the same
/// order, so an index from [`classify`] fits any of them.
pub fn causes() -> &'static [CauseSpec] {
    causes_in(i18n::current())
}

/// [`causes`] in `lang`, loaded once per language.
fn causes_in(lang: Lang) -> &'static [CauseSpec] {
    static CAUSES: i18n::PerLanguage<Vec<CauseSpec>> = i18n::PerLanguage::new();
    CAUSES.get_in(lang, |lang| {
        load_in(PATTERNS_TOML, lang).unwrap_or_default()
    })
}

/// Parse a patterns file (used by `causes` and the tests), with the words in the current
/// language. A cause whose title, explanation or fix English lacks is an error naming both.
pub fn load(text: &str) -> Result<Vec<CauseSpec>, toml::de::Error> {
    load_in(text, i18n::current())
}

fn load_in(text: &str, lang: Lang) -> Result<Vec<CauseSpec>, toml::de::Error> {
    let mut causes = toml::from_str::<PatternFile>(text)?.cause;
    for c in &mut causes {
        c.title = words(&c.id, "title", lang)?;
        c.explanation = words(&c.id, "explanation", lang)?;
        c.fix = words(&c.id, "fix", lang)?;
    }
    Ok(causes)
}

/// The cause's `field` (`title`, `explanation`, `fix`) in `lang`, from `logp-<id>-<field>`.
fn words(id: &str, field: &str, lang: Lang) -> Result<String, toml::de::Error> {
    let key = format!("logp-{id}-{field}");
    if !i18n::has(&key) {
        return Err(serde::de::Error::custom(format!(
            "cause \"{id}\": {field} has no English text ({key} in logs.ftl)"
        )));
    }
    Ok(i18n::tr_in(lang, &key, &[]))
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
    // The patterns are the same in every language's copy: the English one serves all.
    MATCHER.get_or_init(|| build_matcher(causes_in(Lang::En)))
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

#[cfg(test)]
mod tests {
    use super::*;

    fn cause(id: &str, extra: &str) -> String {
        format!(
            "[[cause]]\nid = \"{id}\"\nseverity = \"error\"\ncommands = [\"c\"]\n\
             patterns = [[\"p\"]]\n{extra}\n"
        )
    }

    #[test]
    fn the_words_come_from_fluent_by_the_id() {
        let specs = i18n::scoped(Lang::En, || load(&cause("upstream_refused", ""))).unwrap();
        assert_eq!(specs[0].title, "Backend refused the connection");
        assert!(specs[0].fix.starts_with("Start (or restart) the backend"));
        assert_eq!(specs[0].commands, vec!["c".to_string()]);
        let pseudo = load_in(&cause("upstream_refused", ""), Lang::Pseudo).unwrap();
        assert_ne!(pseudo[0].title, specs[0].title);
    }

    #[test]
    fn a_cause_without_its_words_is_rejected_naming_id_and_field() {
        let err = load(&cause("no_such_cause", "")).unwrap_err().to_string();
        assert!(err.contains("\"no_such_cause\": title"), "{err}");
        assert!(err.contains("logp-no_such_cause-title"), "{err}");
        // The words are not in the TOML any more.
        assert!(load(&cause("upstream_refused", "fix = \"f\"")).is_err());
    }
}
