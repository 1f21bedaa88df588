//! The owner actions table (`assets/owner_actions.toml`): for an error made by a CDN or load
//! balancer (Cloudflare 520-526, CloudFront 502/503/504, AWS ALB 502/503/504, Fastly 503 ...),
//! what it means and what the site owner should change, with commands to copy.
//!
//! Data, not code, so a new provider or code is a new entry with its own unit test. The TOML holds
//! the machine data (id, provider, statuses, error-page text, commands); the words a person reads
//! are in Fluent, keyed by the id (`act-<id>-title`, `act-<id>-explanation`, `act-<id>-step-1`,
//! `-step-2`, ... in `assets/i18n/<lang>/actions.ftl`), filled in in the current language.

use crate::fingerprint::cdn::EdgeProvider;
use crate::i18n::{self, Lang};
use serde::Deserialize;

const OWNER_ACTIONS_TOML: &str = include_str!("../../../../assets/owner_actions.toml");

/// What to do about one CDN/load balancer error.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OwnerAction {
    /// Unique snake_case id, e.g. "cloudflare_522".
    pub id: String,
    pub provider: EdgeProvider,
    pub statuses: Vec<u16>,
    /// Only applies when the error page contains this text (case-insensitive).
    #[serde(default)]
    pub body_contains: Option<String>,
    /// Short name of the error (`act-<id>-title`), in the language the table was loaded in.
    #[serde(skip)]
    pub title: String,
    /// What happened, in plain words (`act-<id>-explanation`).
    #[serde(skip)]
    pub explanation: String,
    /// What to do, most likely fix first (`act-<id>-step-1`, `-step-2`, ...).
    #[serde(skip)]
    pub actions: Vec<String>,
    /// Exact commands or settings to copy (never translated).
    pub commands: Vec<String>,
}

/// Why the actions file could not be loaded.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ActionsError {
    #[error("owner_actions.toml: {0}")]
    Toml(String),
    #[error("owner_actions.toml: action \"{id}\": {field} must not be empty")]
    Empty { id: String, field: &'static str },
    #[error("owner_actions.toml: action id \"{0}\" is used twice")]
    Duplicate(String),
    /// The words of a row are missing from the English Fluent file.
    #[error("owner_actions.toml: action \"{id}\": {field} has no English text ({key})")]
    NoText {
        id: String,
        field: &'static str,
        key: String,
    },
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ActionsFile {
    action: Vec<OwnerAction>,
}

/// The Fluent key of a row's words: `act-<id>-<part>` (`title`, `explanation`, `step-<n>`).
fn key(id: &str, part: &str) -> String {
    format!("act-{id}-{part}")
}

/// Parse and validate an actions file (the shape of `assets/owner_actions.toml`), with the words
/// in the current language.
pub fn parse_actions(text: &str) -> Result<Vec<OwnerAction>, ActionsError> {
    parse_actions_in(text, i18n::current())
}

/// [`parse_actions`] with the words in `lang`. A row is valid when English has its words (the
/// other languages fall back to English).
fn parse_actions_in(text: &str, lang: Lang) -> Result<Vec<OwnerAction>, ActionsError> {
    let mut file: ActionsFile =
        toml::from_str(text).map_err(|e| ActionsError::Toml(e.to_string()))?;
    let mut ids: Vec<&str> = Vec::new();
    for a in &file.action {
        let empty = |field: &'static str| ActionsError::Empty {
            id: a.id.clone(),
            field,
        };
        let blank = |s: &str| s.trim().is_empty();
        let words = |field: &'static str, part: &str| {
            let key = key(&a.id, part);
            match i18n::has(&key) {
                true => Ok(()),
                false => Err(ActionsError::NoText {
                    id: a.id.clone(),
                    field,
                    key,
                }),
            }
        };
        if blank(&a.id) {
            return Err(empty("id"));
        }
        if ids.contains(&a.id.as_str()) {
            return Err(ActionsError::Duplicate(a.id.clone()));
        }
        ids.push(&a.id);
        if a.statuses.is_empty() {
            return Err(empty("statuses"));
        }
        words("title", "title")?;
        words("explanation", "explanation")?;
        words("actions", "step-1")?;
        if a.commands.is_empty() || a.commands.iter().any(|s| blank(s)) {
            return Err(empty("commands"));
        }
        if a.body_contains.as_deref().is_some_and(blank) {
            return Err(empty("body_contains"));
        }
    }
    for a in &mut file.action {
        let say = |part: &str| i18n::tr_in(lang, &key(&a.id, part), &[]);
        let title = say("title");
        let explanation = say("explanation");
        let actions = (1..)
            .map(|n| key(&a.id, &format!("step-{n}")))
            .take_while(|k| i18n::has(k))
            .map(|k| i18n::tr_in(lang, &k, &[]))
            .collect();
        a.title = title;
        a.explanation = explanation;
        a.actions = actions;
    }
    Ok(file.action)
}

/// The bundled table with the words in the current language, parsed once per language (checked
/// by unit tests; empty rather than a panic if broken). Every language's copy has the same rows in
/// the same order.
pub fn owner_actions() -> &'static [OwnerAction] {
    static ACTIONS: i18n::PerLanguage<Vec<OwnerAction>> = i18n::PerLanguage::new();
    ACTIONS.get(|lang| parse_actions_in(OWNER_ACTIONS_TOML, lang).unwrap_or_default())
}

/// The action for an error `status` made by `provider`, given its page `body`: an entry whose
/// `body_contains` text is in the body wins over a general entry for the same status.
pub fn owner_action(
    provider: EdgeProvider,
    status: u16,
    body: &str,
) -> Option<&'static OwnerAction> {
    find_action(owner_actions(), provider, status, body)
}

fn find_action<'a>(
    table: &'a [OwnerAction],
    provider: EdgeProvider,
    status: u16,
    body: &str,
) -> Option<&'a OwnerAction> {
    let body = body.to_ascii_lowercase();
    let candidates = || {
        table
            .iter()
            .filter(move |a| a.provider == provider && a.statuses.contains(&status))
    };
    candidates()
        .find(|a| {
            a.body_contains
                .as_deref()
                .is_some_and(|needle| body.contains(&needle.to_ascii_lowercase()))
        })
        .or_else(|| candidates().find(|a| a.body_contains.is_none()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_entry_loads_and_is_complete() {
        let table = parse_actions(OWNER_ACTIONS_TOML).expect("assets/owner_actions.toml parses");
        assert_eq!(table.len(), owner_actions().len());
        assert!(table.len() >= 17);
        for a in &table {
            assert!(!a.title.is_empty() && !a.explanation.is_empty(), "{}", a.id);
            assert!(!a.actions.is_empty() && !a.commands.is_empty(), "{}", a.id);
            assert!(
                a.statuses.iter().all(|s| (400..600).contains(s)),
                "{}",
                a.id
            );
            assert!(
                a.id.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_'),
                "{}",
                a.id
            );
            // Every entry is reachable: looking it up by its own terms finds it.
            let body = a.body_contains.clone().unwrap_or_default();
            for s in &a.statuses {
                let found = find_action(&table, a.provider, *s, &body).map(|x| &x.id);
                assert_eq!(found, Some(&a.id), "{} status {s}", a.id);
            }
        }
    }

    #[test]
    fn required_errors_are_covered() {
        use EdgeProvider::*;
        let cases: &[(EdgeProvider, u16, &str, &str)] = &[
            (Cloudflare, 520, "", "cloudflare_520"),
            (Cloudflare, 521, "", "cloudflare_521"),
            (Cloudflare, 522, "", "cloudflare_522"),
            (Cloudflare, 523, "", "cloudflare_523"),
            (Cloudflare, 524, "", "cloudflare_524"),
            (Cloudflare, 525, "", "cloudflare_525"),
            (Cloudflare, 526, "", "cloudflare_526"),
            (
                Cloudflare,
                502,
                "<hr><center>cloudflare</center>",
                "cloudflare_own_5xx",
            ),
            (
                Cloudflare,
                504,
                "<CENTER>Cloudflare</CENTER>",
                "cloudflare_own_5xx",
            ),
            (
                Cloudfront,
                502,
                "CloudFront wasn't able to connect",
                "cloudfront_502",
            ),
            (
                Cloudfront,
                502,
                "The Lambda function returned invalid JSON",
                "cloudfront_502_lambda",
            ),
            (Cloudfront, 503, "", "cloudfront_503"),
            (Cloudfront, 504, "", "cloudfront_504"),
            (AwsElb, 502, "", "aws_alb_502"),
            (AwsElb, 503, "", "aws_alb_503"),
            (AwsElb, 504, "", "aws_alb_504"),
            (
                Fastly,
                503,
                "Error 503 first byte timeout",
                "fastly_503_first_byte_timeout",
            ),
            (Fastly, 503, "backend unavailable", "fastly_503"),
        ];
        for (provider, status, body, id) in cases {
            let found = owner_action(*provider, *status, body).map(|a| a.id.as_str());
            assert_eq!(found, Some(*id), "{provider:?} {status} {body:?}");
        }
    }

    #[test]
    fn no_action_for_errors_the_edge_only_passed_on() {
        // Cloudflare's 502 without its own footer is the origin's page: no Cloudflare action.
        assert_eq!(
            owner_action(EdgeProvider::Cloudflare, 502, "<center>nginx</center>"),
            None
        );
        assert_eq!(owner_action(EdgeProvider::Netlify, 502, ""), None);
        assert_eq!(owner_action(EdgeProvider::AwsElb, 500, ""), None);
    }

    #[test]
    fn alb_502_names_the_keep_alive_rule() {
        let a = owner_action(EdgeProvider::AwsElb, 502, "").expect("entry");
        assert!(a.explanation.contains("keep-alive"));
        assert!(
            a.commands
                .iter()
                .any(|c| c.contains("keepalive_timeout 65s"))
        );
    }

    #[test]
    fn broken_files_are_rejected_with_the_field_named() {
        // The words come from actions.ftl by the id, so a real id has them.
        let entry = |id: &str, extra: &str| {
            format!("[[action]]\nid = \"{id}\"\nprovider = \"fastly\"\nstatuses = [503]\n{extra}\n")
        };
        assert!(matches!(
            parse_actions(&entry("fastly_503", "commands = []")),
            Err(ActionsError::Empty {
                field: "commands",
                ..
            })
        ));
        let twice = format!(
            "{}{}",
            entry("fastly_503", "commands = [\"c\"]"),
            entry("fastly_503", "commands = [\"c\"]")
        );
        assert_eq!(
            parse_actions(&twice),
            Err(ActionsError::Duplicate("fastly_503".into()))
        );
        assert!(matches!(
            parse_actions(&entry("fastly_503", "commands = [\"c\"]").replace("fastly", "nope")),
            Err(ActionsError::Toml(_))
        ));
        // The words are not in the TOML any more.
        assert!(matches!(
            parse_actions(&entry("fastly_503", "title = \"t\"\ncommands = [\"c\"]")),
            Err(ActionsError::Toml(_))
        ));
        // An id without its words in English Fluent is named with the missing field.
        assert_eq!(
            parse_actions(&entry("x", "commands = [\"c\"]")),
            Err(ActionsError::NoText {
                id: "x".into(),
                field: "title",
                key: "act-x-title".into(),
            })
        );
        let ok = i18n::scoped(Lang::En, || {
            parse_actions(&entry("fastly_503", "commands = [\"c\"]"))
        })
        .expect("a known id loads");
        assert_eq!(ok[0].title, "Fastly 503: the origin could not be used");
        assert_eq!(ok[0].actions.len(), 2);
        assert_eq!(ok[0].commands, vec!["c".to_string()]);
    }

    #[test]
    fn the_words_are_in_the_language_asked_for() {
        let english = parse_actions_in(OWNER_ACTIONS_TOML, Lang::En).expect("loads");
        let pseudo = parse_actions_in(OWNER_ACTIONS_TOML, Lang::Pseudo).expect("loads");
        assert_eq!(english.len(), pseudo.len());
        for (en, xa) in english.iter().zip(&pseudo) {
            assert_eq!((&en.id, &en.commands), (&xa.id, &xa.commands));
            assert_ne!(en.title, xa.title, "{}", en.id);
            assert_eq!(en.actions.len(), xa.actions.len(), "{}", en.id);
        }
    }
}
