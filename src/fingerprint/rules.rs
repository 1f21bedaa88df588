//! The signature table (`assets/signatures.toml`) and how one rule is matched against a response.
//!
//! Signatures live in data, not code, so that adding a responder is a table edit with a stock-page
//! test (ARCHITECTURE.md, "A responder signature"). Matching is plain case-insensitive text (no
//! regex crate): `equals`, `starts_with`, `contains`, and for bodies a space in a pattern also
//! matches any run of whitespace, because stock pages wrap lines differently (CRLF in nginx, a
//! line break mid-sentence in Apache). The status line's reason phrase and the page's `<title>`
//! are conditions too: many servers and load balancers have their own ("502 Proxy Error",
//! "503 Backend fetch failed"), which names them even when the body is empty.
//!
//! A rule's `evidence` is not text but a message id (`sig-...`): the explanation a person reads is
//! in Fluent (`assets/i18n/<lang>/signatures.ftl`), resolved in the current language when the
//! evidence line is built. The table itself (conditions only) is the same in every language, so
//! it is parsed once.

use super::Software;
use crate::text::{cap_str, shown};
use serde::Deserialize;
use std::sync::LazyLock;

/// The table as shipped, embedded at compile time.
pub(crate) const SIGNATURES_TOML: &str = include_str!("../../assets/signatures.toml");

/// The parsed table. A table that fails to parse (or names an evidence message English lacks)
/// would give an empty table (every response "unknown"); the unit tests prove the shipped one
/// parses and is well formed.
pub(crate) static TABLE: LazyLock<Table> =
    LazyLock::new(|| parse_table(SIGNATURES_TOML).unwrap_or_default());

/// Headers whose values must never end up in evidence, so no rule may look at them.
pub(crate) const SENSITIVE_HEADERS: &[&str] = &[
    "cookie",
    "set-cookie",
    "authorization",
    "proxy-authorization",
];

/// Bodies are only searched in their first bytes: error pages are small, excerpts can be huge.
pub(crate) const BODY_SCAN_LIMIT: usize = 64 * 1024;

/// How much a rule says on its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum Strength {
    /// A generic hint (e.g. a plain-text "Bad Gateway").
    Weak,
    /// Distinctive on its own (e.g. `<center>nginx`).
    Strong,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Table {
    #[serde(default)]
    pub rule: Vec<Rule>,
    #[serde(default)]
    pub merge: Vec<Merge>,
}

/// One signature: every condition that is set must hold.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Rule {
    pub software: Software,
    pub strength: Strength,
    #[serde(default)]
    pub generates: bool,
    #[serde(default)]
    pub headers: Vec<HeaderTest>,
    #[serde(default)]
    pub body_contains: Vec<String>,
    #[serde(default)]
    pub body_lacks: Vec<String>,
    #[serde(default)]
    pub body_equals: Option<String>,
    #[serde(default)]
    pub body_empty: bool,
    #[serde(default)]
    pub status: Vec<u16>,
    /// The status line's reason phrase, whole (trimmed).
    #[serde(default)]
    pub reason_equals: Option<String>,
    /// Text in the reason phrase.
    #[serde(default)]
    pub reason_contains: Option<String>,
    /// The page's `<title>`, whole (whitespace collapsed).
    #[serde(default)]
    pub title_equals: Option<String>,
    /// Text in the page's `<title>`.
    #[serde(default)]
    pub title_contains: Option<String>,
    /// Message id of the short explanation appended to the evidence line (`sig-...` in
    /// `assets/i18n/<lang>/signatures.ftl`).
    #[serde(default)]
    pub evidence: Option<String>,
}

/// A header condition: a name (exact or prefix) and at most one value test.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct HeaderTest {
    pub name: Option<String>,
    pub name_prefix: Option<String>,
    pub equals: Option<String>,
    pub starts_with: Option<String>,
    pub contains: Option<String>,
}

/// When both are seen, `inner` is reported as `outer` (Fastly runs Varnish).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Merge {
    pub outer: Software,
    pub inner: Software,
}

/// Parses a signature table. A rule whose `evidence` message English lacks is an error naming
/// the rule and the id.
pub(crate) fn parse_table(src: &str) -> Result<Table, toml::de::Error> {
    let table: Table = toml::from_str(src)?;
    for (i, rule) in table.rule.iter().enumerate() {
        let Some(id) = rule.evidence.as_deref().map(str::trim) else {
            continue;
        };
        if !id.is_empty() && !crate::i18n::has(id) {
            return Err(serde::de::Error::custom(format!(
                "rule {} ({:?}): evidence \"{id}\" has no English text (in signatures.ftl)",
                i + 1,
                rule.software
            )));
        }
    }
    Ok(table)
}

/// A response prepared once for matching: header names and values lower-cased, body capped.
pub(crate) struct Prepared<'a> {
    pub status: Option<u16>,
    /// The reason phrase as sent, trimmed (HTTP/2 has none).
    pub reason: Option<&'a str>,
    /// The page's `<title>`, whitespace collapsed, and lower-cased.
    pub title: Option<(String, String)>,
    /// (lower-case name, value as sent but trimmed, lower-case value)
    pub headers: Vec<(String, &'a str, String)>,
    pub body: &'a str,
    pub body_lower: String,
}

impl<'a> Prepared<'a> {
    pub fn new(
        status: Option<u16>,
        reason: Option<&'a str>,
        headers: &'a [(String, String)],
        body: &'a str,
    ) -> Self {
        let headers = headers
            .iter()
            .map(|(n, v)| {
                (
                    n.trim().to_ascii_lowercase(),
                    v.trim(),
                    v.trim().to_ascii_lowercase(),
                )
            })
            .filter(|(n, _, _)| !SENSITIVE_HEADERS.contains(&n.as_str()))
            .collect();
        let body = cap_str(body, BODY_SCAN_LIMIT);
        let body_lower = body.to_ascii_lowercase();
        let title = page_title(body, &body_lower).map(|t| {
            let lower = t.to_ascii_lowercase();
            (t, lower)
        });
        Prepared {
            status,
            reason: reason.map(str::trim).filter(|r| !r.is_empty()),
            title,
            headers,
            body,
            body_lower,
        }
    }
}

/// The text of the first `<title>` element (within the first 4 KiB of the body), whitespace
/// collapsed, at most 200 characters; `None` without one or when it is empty.
pub(crate) fn page_title(body: &str, body_lower: &str) -> Option<String> {
    let head = cap_str(body_lower, 4096);
    let open = head.find("<title")?;
    let start = open + head[open..].find('>')? + 1;
    let end = start + head[start..].find("</title")?;
    let text = body.get(start..end)?;
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    (!text.is_empty()).then(|| cap_str(&text, 200).to_string())
}

/// Where a rule's decisive evidence came from; a body beats a header (see `Match::rank`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Tier {
    /// Only shows the software is on the path (CF-RAY, Via ...).
    Presence,
    /// A header or status saying this software made the response.
    Generated,
    /// The body is this software's page.
    Page,
}

/// A rule that matched, with the human line describing what matched.
#[derive(Debug, Clone)]
pub(crate) struct Match {
    pub index: usize,
    pub software: Software,
    pub tier: Tier,
    pub strength: Strength,
    pub conditions: usize,
    /// What matched, one entry per condition, e.g. `header server: nginx/1.22.1`.
    pub parts: Vec<String>,
    /// `what` plus the rule's explanation.
    pub line: String,
}

impl Match {
    /// Higher is a better claim to have produced the page.
    ///
    /// A strong page beats a strong header that generates, which beats a weak page hint, then
    /// weak generating headers, then rules that only show presence: a weak body hint ("Reference
    /// #", a plain "Bad Gateway") never outranks a strong `Server` header.
    pub fn rank(&self) -> (u8, Strength, usize, std::cmp::Reverse<usize>) {
        let claim = match (self.tier, self.strength) {
            (Tier::Page, Strength::Strong) => 4,
            (Tier::Generated, Strength::Strong) => 3,
            (Tier::Page, Strength::Weak) => 2,
            (Tier::Generated, Strength::Weak) => 1,
            (Tier::Presence, _) => 0,
        };
        (
            claim,
            self.strength,
            self.conditions,
            std::cmp::Reverse(self.index),
        )
    }
}

impl Rule {
    fn has_body_condition(&self) -> bool {
        !self.body_contains.is_empty()
            || self.body_equals.is_some()
            || self.body_empty
            || self.has_title_condition()
    }

    fn has_title_condition(&self) -> bool {
        self.title_equals.is_some() || self.title_contains.is_some()
    }

    fn has_reason_condition(&self) -> bool {
        self.reason_equals.is_some() || self.reason_contains.is_some()
    }

    fn condition_count(&self) -> usize {
        self.headers.len()
            + self.body_contains.len()
            + self.body_lacks.len()
            + usize::from(self.body_equals.is_some())
            + usize::from(self.body_empty)
            + usize::from(!self.status.is_empty())
            + usize::from(self.has_reason_condition())
            + usize::from(self.has_title_condition())
    }

    /// Checks every condition; on success describes what matched.
    pub fn matches(&self, index: usize, input: &Prepared<'_>) -> Option<Match> {
        let mut parts: Vec<String> = Vec::new();
        if !self.status.is_empty() {
            let status = input.status.filter(|s| self.status.contains(s))?;
            parts.push(crate::t!("eng-fp-status", status = status.to_string()));
        }
        if self.has_reason_condition() {
            let reason = input.reason?;
            let lower = reason.to_ascii_lowercase();
            let equal = self
                .reason_equals
                .as_ref()
                .is_none_or(|e| lower == e.trim().to_ascii_lowercase());
            let contained = self
                .reason_contains
                .as_ref()
                .is_none_or(|c| lower.contains(&c.trim().to_ascii_lowercase()));
            if !(equal && contained) {
                return None;
            }
            parts.push(crate::t!("eng-fp-reason", reason = shown(reason, 100)));
        }
        if self.has_title_condition() {
            let (title, lower) = input.title.as_ref()?;
            let equal = self
                .title_equals
                .as_ref()
                .is_none_or(|e| *lower == e.trim().to_ascii_lowercase());
            let contained = self
                .title_contains
                .as_ref()
                .is_none_or(|c| lower.contains(&c.trim().to_ascii_lowercase()));
            if !(equal && contained) {
                return None;
            }
            parts.push(crate::t!("eng-fp-title", title = shown(title, 100)));
        }
        for test in &self.headers {
            let (name, value, _) = input.headers.iter().find(|h| test.accepts(h))?;
            parts.push(crate::t!(
                "eng-fp-header",
                name = shown(name, 60),
                value = shown(value, 100)
            ));
        }
        if self.body_empty {
            if !input.body.trim().is_empty() {
                return None;
            }
            parts.push(crate::t!("eng-fp-body-empty"));
        }
        if let Some(expected) = &self.body_equals {
            if !input.body.trim().eq_ignore_ascii_case(expected.trim()) {
                return None;
            }
            parts.push(crate::t!(
                "eng-fp-body",
                text = shown(input.body.trim(), 100)
            ));
        }
        for pattern in &self.body_contains {
            let needle = pattern.to_ascii_lowercase();
            let (start, end) = find_loose(input.body_lower.as_bytes(), needle.trim().as_bytes())?;
            parts.push(crate::t!(
                "eng-fp-body",
                text = snippet(input.body, start, end)
            ));
        }
        for pattern in &self.body_lacks {
            let needle = pattern.to_ascii_lowercase();
            if find_loose(input.body_lower.as_bytes(), needle.trim().as_bytes()).is_some() {
                return None;
            }
            parts.push(crate::t!("eng-fp-body-lacks", pattern = shown(pattern, 60)));
        }
        if parts.is_empty() {
            return None; // a rule without conditions matches nothing
        }
        let what = parts.join(", ");
        let line = match &self.evidence {
            Some(id) if !id.trim().is_empty() => {
                format!("{what} ({})", crate::i18n::tr(id.trim(), &[]))
            }
            _ => what,
        };
        let tier = if self.has_body_condition() {
            Tier::Page
        } else if self.generates || self.has_reason_condition() {
            Tier::Generated
        } else {
            Tier::Presence
        };
        Some(Match {
            index,
            software: self.software,
            tier,
            strength: self.strength,
            conditions: self.condition_count(),
            parts,
            line,
        })
    }
}

impl HeaderTest {
    fn accepts(&self, (name, _, value_lower): &&(String, &str, String)) -> bool {
        let name_ok = match (&self.name, &self.name_prefix) {
            (Some(n), _) => name.eq_ignore_ascii_case(n.trim()),
            (None, Some(p)) => name.starts_with(&p.trim().to_ascii_lowercase()),
            (None, None) => false,
        };
        if !name_ok {
            return false;
        }
        if let Some(v) = &self.equals {
            return value_lower.as_str() == v.trim().to_ascii_lowercase();
        }
        if let Some(v) = &self.starts_with {
            return value_lower.starts_with(&v.trim().to_ascii_lowercase());
        }
        if let Some(v) = &self.contains {
            return value_lower.contains(&v.trim().to_ascii_lowercase());
        }
        true // no value test: the header being present is enough
    }
}

/// Finds `needle` in `hay` (both already ASCII lower-case); whitespace in the needle matches any
/// non-empty run of whitespace in the haystack. Returns the byte range of the match.
pub(crate) fn find_loose(hay: &[u8], needle: &[u8]) -> Option<(usize, usize)> {
    let first = *needle.first()?;
    (0..hay.len())
        .filter(|&i| first.is_ascii_whitespace() || hay[i] == first)
        .find_map(|start| match_at(hay, start, needle).map(|end| (start, end)))
}

fn match_at(hay: &[u8], mut i: usize, needle: &[u8]) -> Option<usize> {
    let mut j = 0;
    while j < needle.len() {
        if needle[j].is_ascii_whitespace() {
            while j < needle.len() && needle[j].is_ascii_whitespace() {
                j += 1;
            }
            if !hay.get(i)?.is_ascii_whitespace() {
                return None;
            }
            while hay.get(i).is_some_and(|b| b.is_ascii_whitespace()) {
                i += 1;
            }
        } else {
            if *hay.get(i)? != needle[j] {
                return None;
            }
            i += 1;
            j += 1;
        }
    }
    Some(i)
}

/// The matched text and the rest of its line, whitespace collapsed, at most ~100 characters.
fn snippet(body: &str, start: usize, end: usize) -> String {
    let line_end = body[end..]
        .find(['\r', '\n'])
        .map_or(body.len(), |p| end + p);
    let text = body.get(start..line_end).unwrap_or_default();
    shown(&text.split_whitespace().collect::<Vec<_>>().join(" "), 100)
}

/// Problems with a table (empty when well formed); the unit tests require none for the shipped one.
#[cfg(test)]
pub(crate) fn table_problems(table: &Table) -> Vec<String> {
    let mut problems = Vec::new();
    for (i, rule) in table.rule.iter().enumerate() {
        let at = format!("rule {} ({:?})", i + 1, rule.software);
        if rule.software == Software::Unknown {
            problems.push(format!("{at}: software must not be unknown"));
        }
        if rule.condition_count() == rule.body_lacks.len() {
            problems.push(format!("{at}: no positive condition"));
        }
        if rule.generates && (rule.has_body_condition() || rule.has_reason_condition()) {
            problems.push(format!(
                "{at}: `generates` is implied by a body, title or reason condition"
            ));
        }
        let texts = [
            &rule.reason_equals,
            &rule.reason_contains,
            &rule.title_equals,
            &rule.title_contains,
        ];
        for t in texts.into_iter().flatten() {
            if t.trim().is_empty() || !t.is_ascii() {
                problems.push(format!(
                    "{at}: reason/title text {t:?} must be non-empty ASCII"
                ));
            }
        }
        let patterns = rule
            .body_contains
            .iter()
            .chain(&rule.body_lacks)
            .chain(&rule.body_equals);
        for p in patterns {
            if p.trim().is_empty() || !p.is_ascii() {
                problems.push(format!("{at}: body pattern {p:?} must be non-empty ASCII"));
            }
        }
        for h in &rule.headers {
            let names = usize::from(h.name.is_some()) + usize::from(h.name_prefix.is_some());
            let values = [&h.equals, &h.starts_with, &h.contains]
                .iter()
                .filter(|v| v.is_some())
                .count();
            if names != 1 || values > 1 {
                problems.push(format!(
                    "{at}: a header test needs one name and at most one value test"
                ));
            }
            let name = h
                .name
                .as_deref()
                .or(h.name_prefix.as_deref())
                .unwrap_or_default();
            let lower = name.trim().to_ascii_lowercase();
            if lower.is_empty() || SENSITIVE_HEADERS.iter().any(|s| s.starts_with(&lower)) {
                problems.push(format!("{at}: header {name:?} may not be used"));
            }
            let value = [&h.equals, &h.starts_with, &h.contains]
                .into_iter()
                .flatten()
                .next();
            if value.is_some_and(|v| v.trim().is_empty() || !v.is_ascii()) {
                problems.push(format!("{at}: header value test must be non-empty ASCII"));
            }
        }
    }
    for m in &table.merge {
        if m.outer == m.inner || m.outer == Software::Unknown || m.inner == Software::Unknown {
            problems.push(format!(
                "merge {:?} <- {:?} is not meaningful",
                m.outer, m.inner
            ));
        }
    }
    problems
}

#[cfg(test)]
mod evidence_tests {
    use super::*;

    #[test]
    fn a_rule_whose_evidence_message_english_lacks_is_rejected() {
        let src = r#"
[[rule]]
software = "nginx"
strength = "strong"
body_contains = ["<center>nginx"]
evidence = "sig-nginx-error-page"

[[rule]]
software = "apache"
strength = "strong"
body_contains = ["<address>Apache"]
evidence = "sig-no-such-message"
"#;
        let err = parse_table(src)
            .expect_err("unknown evidence id")
            .to_string();
        assert!(err.contains("rule 2 (Apache)"), "{err}");
        assert!(err.contains("sig-no-such-message"), "{err}");
        assert!(parse_table(&src.replace("sig-no-such-message", "sig-apache-footer")).is_ok());
    }

    #[test]
    fn every_shipped_evidence_id_has_english_text() {
        let table = parse_table(SIGNATURES_TOML).expect("assets/signatures.toml parses");
        let ids: Vec<&str> = table
            .rule
            .iter()
            .filter_map(|r| r.evidence.as_deref())
            .collect();
        assert!(
            ids.len() > 50,
            "only {} rules explain themselves",
            ids.len()
        );
        for id in ids {
            assert!(id.starts_with("sig-"), "{id}: not a signatures.ftl id");
            assert!(crate::i18n::has(id), "{id} missing in English");
        }
    }

    #[test]
    fn the_evidence_line_ends_with_the_english_explanation() {
        let table = parse_table(SIGNATURES_TOML).expect("parses");
        let body = "<html><body><center>cloudflare</center></body></html>";
        let input = Prepared::new(Some(502), None, &[], body);
        let line = crate::i18n::scoped(crate::i18n::Lang::En, || {
            table
                .rule
                .iter()
                .enumerate()
                .find_map(|(i, r)| r.matches(i, &input))
                .map(|m| m.line)
        });
        let line = line.expect("the Cloudflare page matches");
        assert!(
            line.starts_with("body: \"<center>cloudflare</center>"),
            "{line}"
        );
        assert!(line.ends_with("\" (Cloudflare's own error page)"), "{line}");
    }
}
