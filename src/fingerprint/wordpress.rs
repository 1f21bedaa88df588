//! What application runs behind the web server: PHP and WordPress, recognised from a page and its
//! headers (the signs are listed on [`AppInfo`]), the WordPress plugins the page loads, and
//! a few same-origin static files the owner probes can fetch without touching the application.
//!
//! Pure (no I/O): the owner `paths` probe feeds it the pages it fetched, and the `plugins`,
//! `restart_server` and `server_logs` checklist items read the result. Pages are untrusted input,
//! so everything extracted is capped and restricted to plain characters (plugin slugs end up in
//! copyable shell commands).

use serde::{Deserialize, Serialize};
use url::Url;

/// Most plugin slugs listed.
pub const PLUGIN_CAP: usize = 30;
/// Most static asset URLs returned by [`static_assets`].
pub const ASSET_CAP: usize = 3;
/// Longest plugin slug accepted (WordPress.org slugs are far shorter).
const SLUG_MAX: usize = 64;
/// Longest version string accepted.
const VERSION_MAX: usize = 24;
/// Most evidence lines kept.
const EVIDENCE_CAP: usize = 8;

/// Something recognised, with its version when the page gave one away.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Seen {
    /// e.g. "8.2.12" or "6.4.2"; `None` when seen without a version.
    pub version: Option<String>,
}

impl Seen {
    fn with(version: Option<String>) -> Seen {
        Seen { version }
    }

    /// "major.minor" of the version ("8.2" from "8.2.12"), when there is one.
    pub fn major_minor(&self) -> Option<String> {
        let v = self.version.as_deref()?;
        let mut parts = v.split('.');
        let major = parts.next().filter(|p| is_number(p))?;
        let minor = parts.next().filter(|p| is_number(p))?;
        Some(format!("{major}.{minor}"))
    }
}

/// The application recognised behind a page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct AppInfo {
    /// PHP was seen (`X-Powered-By: PHP/x.y`, a `PHPSESSID` cookie, or WordPress).
    pub php: Option<Seen>,
    /// WordPress was seen (generator tag, REST API link, `/wp-content/` or `/wp-includes/` paths).
    pub wordpress: Option<Seen>,
    /// Plugin slugs seen in `/wp-content/plugins/<slug>/` paths: sorted, unique, capped.
    pub plugins: Vec<String>,
    /// What matched, e.g. "header x-powered-by: PHP/8.2.12".
    pub evidence: Vec<String>,
}

impl AppInfo {
    /// Fold another detection in (e.g. from a second page): first versions win, lists merge.
    pub fn merge(&mut self, other: AppInfo) {
        merge_seen(&mut self.php, other.php);
        merge_seen(&mut self.wordpress, other.wordpress);
        self.plugins.extend(other.plugins);
        self.plugins.sort();
        self.plugins.dedup();
        self.plugins.truncate(PLUGIN_CAP);
        for e in other.evidence {
            if !self.evidence.contains(&e) && self.evidence.len() < EVIDENCE_CAP {
                self.evidence.push(e);
            }
        }
    }
}

fn merge_seen(into: &mut Option<Seen>, other: Option<Seen>) {
    match (into.as_mut(), other) {
        (None, o) => *into = o,
        (Some(s), Some(o)) if s.version.is_none() => s.version = o.version,
        _ => {}
    }
}

/// Recognise PHP and WordPress from response headers (lower-case names, as in the evidence) and
/// the page body.
pub fn detect(headers: &[(String, String)], body: &str) -> AppInfo {
    let mut app = AppInfo::default();
    let mut evidence = Vec::new();
    // JSON inside inline scripts escapes slashes ("\/wp-content\/plugins\/...").
    let body = body.replace("\\/", "/");

    for (name, value) in headers {
        let name = name.to_ascii_lowercase();
        match name.as_str() {
            "x-powered-by" => {
                if let Some(rest) = strip_prefix_ci(value.trim(), "PHP") {
                    let version = rest.strip_prefix('/').and_then(clean_version);
                    app.php = Some(Seen::with(version));
                    evidence.push(crate::t!(
                        "eng-fp-header",
                        name = "x-powered-by",
                        value = cap(value, 40)
                    ));
                }
            }
            "set-cookie" | "cookie" => {
                let has_session = value.split(';').any(|pair| {
                    pair.split('=')
                        .next()
                        .is_some_and(|n| n.trim().eq_ignore_ascii_case("PHPSESSID"))
                });
                if has_session {
                    app.php.get_or_insert_with(Seen::default);
                    evidence.push(crate::t!("eng-wp-session-cookie", header = name.as_str()));
                }
            }
            "link" if value.contains("api.w.org") || value.contains("/wp-json/") => {
                app.wordpress.get_or_insert_with(Seen::default);
                evidence.push(crate::t!("eng-wp-rest-header"));
            }
            "x-pingback" if value.contains("xmlrpc.php") => {
                app.wordpress.get_or_insert_with(Seen::default);
                evidence.push(crate::t!(
                    "eng-fp-header",
                    name = "x-pingback",
                    value = "xmlrpc.php"
                ));
            }
            _ => {}
        }
    }

    for tag in tags(&body, "meta") {
        let is_generator = attr(tag, "name").is_some_and(|n| n.eq_ignore_ascii_case("generator"));
        if !is_generator {
            continue;
        }
        let content = attr(tag, "content").unwrap_or_default();
        if let Some(rest) = strip_prefix_ci(content.trim(), "WordPress") {
            let version = clean_version(rest.trim());
            app.wordpress = Some(Seen::with(version));
            evidence.push(crate::t!(
                "eng-wp-generator",
                content = cap(content.trim(), 40)
            ));
        }
    }
    let api_link =
        tags(&body, "link").any(|t| attr(t, "rel").is_some_and(|r| r.contains("api.w.org")));
    if api_link || body.contains("/wp-json/") {
        app.wordpress.get_or_insert_with(Seen::default);
        evidence.push(crate::t!("eng-wp-rest-page"));
    }
    for dir in ["/wp-content/", "/wp-includes/"] {
        if body.contains(dir) {
            app.wordpress.get_or_insert_with(Seen::default);
            evidence.push(crate::t!("eng-wp-loads-from", dir = dir));
        }
    }
    app.plugins = plugin_slugs(&body);
    if app.wordpress.is_some() && app.php.is_none() {
        // WordPress is a PHP application.
        app.php = Some(Seen::default());
    }
    evidence.dedup();
    evidence.truncate(EVIDENCE_CAP);
    app.evidence = evidence;
    app
}

/// Plugin slugs from `/wp-content/plugins/<slug>/` paths: sorted, unique, at most `PLUGIN_CAP`.
fn plugin_slugs(body: &str) -> Vec<String> {
    const MARK: &str = "/wp-content/plugins/";
    let mut slugs: Vec<String> = body
        .match_indices(MARK)
        .filter_map(|(i, _)| {
            let rest = &body[i + MARK.len()..];
            let end = rest.find('/')?;
            let slug = &rest[..end];
            let plain = slug
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'));
            let ok = plain && !slug.is_empty() && slug.len() <= SLUG_MAX && !slug.starts_with('.');
            ok.then(|| slug.to_string())
        })
        .collect();
    slugs.sort();
    slugs.dedup();
    slugs.truncate(PLUGIN_CAP);
    slugs
}

/// Same-origin static files the page loads (stylesheets, scripts, images), in page order, unique,
/// at most `ASSET_CAP`: fetching them shows whether the web server works without the application.
pub fn static_assets(base: &Url, body: &str) -> Vec<Url> {
    let mut found: Vec<(usize, String)> = Vec::new();
    for (tag, name, wanted) in [
        ("link", "href", Some(".css")),
        ("script", "src", Some(".js")),
        ("img", "src", None),
    ] {
        for t in tags_at(body, tag) {
            let Some(value) = attr(t.1, name) else {
                continue;
            };
            let path_ok = match wanted {
                Some(ext) => path_of(value).to_ascii_lowercase().ends_with(ext),
                None => true,
            };
            if path_ok {
                found.push((t.0, value.replace("&amp;", "&")));
            }
        }
    }
    found.sort_by_key(|(pos, _)| *pos);
    let mut out: Vec<Url> = Vec::new();
    for (_, raw) in found {
        let Ok(url) = base.join(raw.trim()) else {
            continue;
        };
        let same_origin = url.scheme() == base.scheme()
            && url.host_str() == base.host_str()
            && url.port_or_known_default() == base.port_or_known_default();
        if same_origin && url.path() != base.path() && !out.contains(&url) {
            out.push(url);
            if out.len() == ASSET_CAP {
                break;
            }
        }
    }
    out
}

/// The path part of a URL reference (before `?` or `#`).
fn path_of(reference: &str) -> &str {
    let end = reference.find(['?', '#']).unwrap_or(reference.len());
    &reference[..end]
}

/// The insides of every `<tag ...>` (case-insensitive), without the brackets.
fn tags<'a>(body: &'a str, tag: &'a str) -> impl Iterator<Item = &'a str> + 'a {
    tags_at(body, tag).map(|(_, t)| t)
}

/// Like `tags`, with each tag's byte offset in the body.
fn tags_at<'a>(body: &'a str, tag: &'a str) -> impl Iterator<Item = (usize, &'a str)> + 'a {
    let lower = body.to_ascii_lowercase();
    let open = format!("<{tag}");
    let starts: Vec<usize> = lower
        .match_indices(&open)
        .map(|(i, _)| i)
        .filter(|i| {
            lower
                .as_bytes()
                .get(i + open.len())
                .is_some_and(|b| b.is_ascii_whitespace() || *b == b'/' || *b == b'>')
        })
        .collect();
    starts.into_iter().filter_map(move |i| {
        let inner_start = i + open.len();
        let end = body[inner_start..].find('>')? + inner_start;
        Some((i, &body[inner_start..end]))
    })
}

/// The value of attribute `name` in a tag's insides (quoted with " or ', or bare).
fn attr<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let bytes = tag.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        // Skip to the start of an attribute name.
        while i < bytes.len() && (bytes[i].is_ascii_whitespace() || bytes[i] == b'/') {
            i += 1;
        }
        let name_start = i;
        while i < bytes.len() && !bytes[i].is_ascii_whitespace() && !matches!(bytes[i], b'=' | b'/')
        {
            i += 1;
        }
        let found = &tag[name_start..i];
        while i < bytes.len() && bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        let mut value = None;
        if i < bytes.len() && bytes[i] == b'=' {
            i += 1;
            while i < bytes.len() && bytes[i].is_ascii_whitespace() {
                i += 1;
            }
            if i < bytes.len() && matches!(bytes[i], b'"' | b'\'') {
                let quote = bytes[i];
                let start = i + 1;
                let end = tag[start..]
                    .bytes()
                    .position(|b| b == quote)
                    .map_or(tag.len(), |p| p + start);
                value = Some(&tag[start..end]);
                i = end + 1;
            } else {
                let start = i;
                while i < bytes.len() && !bytes[i].is_ascii_whitespace() {
                    i += 1;
                }
                value = Some(&tag[start..i]);
            }
        }
        if found.eq_ignore_ascii_case(name) {
            return value;
        }
        if found.is_empty() {
            i += 1; // a stray character: move on
        }
    }
    None
}

fn strip_prefix_ci<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    let head = s.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| &s[prefix.len()..])
}

/// The leading version number of `s` ("8.2.12-1+deb12" -> "8.2.12"), if it starts with one.
fn clean_version(s: &str) -> Option<String> {
    let v: String = s
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == '.')
        .take(VERSION_MAX)
        .collect();
    let v = v.trim_end_matches('.');
    (!v.is_empty() && v.starts_with(|c: char| c.is_ascii_digit())).then(|| v.to_string())
}

fn is_number(s: &str) -> bool {
    !s.is_empty() && s.len() <= 4 && s.bytes().all(|b| b.is_ascii_digit())
}

fn cap(s: &str, max: usize) -> String {
    s.chars().take(max).collect()
}

#[cfg(test)]
#[path = "wordpress_tests.rs"]
mod tests;
