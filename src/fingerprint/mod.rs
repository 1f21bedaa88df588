//! Who answered: recognises the server, CDN, load balancer or proxy that produced a response
//! from its status line, headers and body, using the signature table in `assets/signatures.toml`.
//!
//! Pure (no I/O). Operators customise error pages and layers stack (a CDN page can wrap an
//! origin's 502), so the result lists every layer seen and an unmatched page is `unknown`.

pub mod cdn;
#[cfg(test)]
mod pages_tests;
#[cfg(test)]
mod proptests;
mod rules;
#[cfg(test)]
mod tests;
pub mod wordpress;

use crate::text::{cap_str, shown};
use rules::{Match, Prepared, Strength, TABLE, find_loose};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Software that can produce an HTTP response; the report's `responder.software`.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, Default,
)]
#[serde(rename_all = "snake_case")]
pub enum Software {
    Nginx,
    Apache,
    Haproxy,
    Varnish,
    Caddy,
    Envoy,
    Traefik,
    Squid,
    Cloudflare,
    Cloudfront,
    Akamai,
    Fastly,
    AwsElb,
    GcpLb,
    Azure,
    Heroku,
    Vercel,
    Iis,
    #[default]
    Unknown,
}

/// What kind of layer a piece of software usually is in front of a site.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Layer {
    Cdn,
    LoadBalancer,
    ReverseProxy,
    Unknown,
}

/// The result of fingerprinting one response.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Responder {
    /// The software that most likely produced this response (its error page).
    pub software: Software,
    /// Human-readable lines saying what matched, e.g. "header server: nginx/1.22.1".
    pub evidence: Vec<String>,
    /// Every software seen anywhere in the response, outermost first (e.g. [cloudflare, nginx]).
    pub layers: Vec<Software>,
}

impl Software {
    /// The name people know it by, e.g. "nginx", "Cloudflare", "AWS load balancer".
    pub fn display_name(self) -> &'static str {
        match self {
            Software::Nginx => "nginx",
            Software::Apache => "Apache",
            Software::Haproxy => "HAProxy",
            Software::Varnish => "Varnish",
            Software::Caddy => "Caddy",
            Software::Envoy => "Envoy",
            Software::Traefik => "Traefik",
            Software::Squid => "Squid",
            Software::Cloudflare => "Cloudflare",
            Software::Cloudfront => "CloudFront",
            Software::Akamai => "Akamai",
            Software::Fastly => "Fastly",
            Software::AwsElb => described_name("eng-sw-aws-elb"),
            Software::GcpLb => described_name("eng-sw-gcp-lb"),
            Software::Azure => described_name("eng-sw-azure"),
            Software::Heroku => described_name("eng-sw-heroku"),
            Software::Vercel => "Vercel",
            Software::Iis => "IIS",
            Software::Unknown => described_name("eng-sw-unknown"),
        }
    }

    /// The layer this software usually plays in front of a site.
    pub fn layer(self) -> Layer {
        match self {
            Software::Cloudflare
            | Software::Cloudfront
            | Software::Akamai
            | Software::Fastly
            | Software::Vercel => Layer::Cdn,
            Software::AwsElb
            | Software::GcpLb
            | Software::Azure
            | Software::Heroku
            | Software::Haproxy => Layer::LoadBalancer,
            Software::Nginx
            | Software::Apache
            | Software::Varnish
            | Software::Caddy
            | Software::Envoy
            | Software::Traefik
            | Software::Squid
            | Software::Iis => Layer::ReverseProxy,
            Software::Unknown => Layer::Unknown,
        }
    }
}

/// The names that are words, not a product's name alone ("AWS load balancer", "an unknown
/// server"), in the current language: made once per language, so the names stay `&'static str`.
pub(crate) fn described_name(key: &'static str) -> &'static str {
    const KEYS: [&str; 6] = [
        "eng-sw-aws-elb",
        "eng-sw-gcp-lb",
        "eng-sw-azure",
        "eng-sw-heroku",
        "eng-sw-unknown",
        "eng-edge-google-hosting",
    ];
    static NAMES: crate::i18n::PerLanguage<Vec<String>> = crate::i18n::PerLanguage::new();
    let names = NAMES.get(|lang| {
        KEYS.iter()
            .map(|k| crate::i18n::tr_in(lang, k, &[]))
            .collect()
    });
    KEYS.iter()
        .position(|k| *k == key)
        .and_then(|i| names.get(i))
        .map_or(key, String::as_str)
}

/// Identify who produced a response from its status, headers (names in any case) and body excerpt.
///
/// `software` is the layer that most likely generated the page: a strong body match beats a
/// header match (an origin's nginx page passed through Cloudflare is nginx's), but a weak body
/// hint never beats a strong `Server` header; strong beats weak, a more specific rule beats a
/// general one. Below status 400 only strong body rules count (a healthy page that happens to
/// contain "Reference #" is not Akamai's). `layers` lists every software seen by a strong rule,
/// outermost first.
pub fn identify(status: Option<u16>, headers: &[(String, String)], body: &str) -> Responder {
    identify_graded(status, headers, body).0
}

/// `identify`, plus whether the chosen software rests on a strong rule. Weak-only matches are a
/// hint: the software is named, but should count as unidentified for confidence.
pub fn identify_graded(
    status: Option<u16>,
    headers: &[(String, String)],
    body: &str,
) -> (Responder, bool) {
    identify_response(status, None, headers, body)
}

/// `identify_graded` with the status line's reason phrase too (`None` when there was none, as in
/// HTTP/2): a distinctive one ("Proxy Error", "Backend fetch failed") names the responder even
/// when the body is empty.
pub fn identify_response(
    status: Option<u16>,
    reason: Option<&str>,
    headers: &[(String, String)],
    body: &str,
) -> (Responder, bool) {
    let input = Prepared::new(status, reason, headers, body);
    let table = &*TABLE;
    let healthy = status.is_some_and(|s| s < 400);
    let mut matches: Vec<Match> = table
        .rule
        .iter()
        .enumerate()
        .filter_map(|(i, rule)| rule.matches(i, &input))
        .filter(|m| !(healthy && m.tier == rules::Tier::Page && m.strength == Strength::Weak))
        .collect();
    for merge in &table.merge {
        if matches.iter().any(|m| m.software == merge.outer) {
            for m in matches.iter_mut().filter(|m| m.software == merge.inner) {
                m.software = merge.outer;
            }
        }
    }
    let Some(best) = matches.iter().max_by_key(|m| m.rank()) else {
        return (Responder::default(), false);
    };
    let software = best.software;

    // Evidence: the chosen software's lines first, then the others, each by strength of claim.
    matches.sort_by_key(|m| std::cmp::Reverse((m.software == software, m.rank())));
    // A line whose every part was already shown (same header matched by two rules) is dropped.
    let mut seen: Vec<&str> = Vec::new();
    let mut evidence = Vec::new();
    for m in &matches {
        if m.parts.iter().any(|p| !seen.contains(&p.as_str())) {
            seen.extend(m.parts.iter().map(String::as_str));
            evidence.push(m.line.clone());
        }
    }

    // Layers: one entry per software, in matching order, then stably sorted outermost first.
    let strong = |sw: Software| {
        matches
            .iter()
            .any(|m| m.software == sw && m.strength == Strength::Strong)
    };
    let mut layers: Vec<Software> = Vec::new();
    let mut by_index: Vec<&Match> = matches.iter().filter(|m| strong(m.software)).collect();
    by_index.sort_by_key(|m| m.index);
    for m in by_index {
        if !layers.contains(&m.software) {
            layers.push(m.software);
        }
    }
    layers.sort_by_key(|s| outer_rank(*s));
    let identified = strong(software);
    (
        Responder {
            software,
            evidence,
            layers,
        },
        identified,
    )
}

/// Where a software usually sits on the path from the visitor: lower is closer to the visitor.
fn outer_rank(software: Software) -> u8 {
    match software {
        Software::Varnish | Software::Squid => 2,
        Software::Envoy | Software::Traefik | Software::Caddy => 3,
        Software::Nginx => 4,
        Software::Apache | Software::Iis => 5,
        other => match other.layer() {
            Layer::Cdn => 0,
            Layer::LoadBalancer => 1,
            Layer::ReverseProxy => 4,
            Layer::Unknown => 6,
        },
    }
}

/// Response headers that carry a request id, in the order they are listed.
pub const REQUEST_ID_HEADERS: &[&str] = &[
    "cf-ray",
    "x-amz-cf-id",
    "x-request-id",
    "x-vercel-id",
    "x-azure-ref",
    "x-msedge-ref",
    "x-served-by",
    "x-varnish",
    "x-amzn-requestid",
    "x-amzn-trace-id",
    "x-fastly-request-id",
    "x-correlation-id",
    "x-cloud-trace-context",
    "akamai-grn",
];

/// Longest request id kept, in characters.
pub const REQUEST_ID_MAX_CHARS: usize = 200;

/// Request ids worth quoting to the site's support team (cf-ray, x-amz-cf-id, Akamai "Reference #" ...).
///
/// Keys are lower-case header names, plus `akamai-reference` for the number on an Akamai error
/// page (e.g. "18.6f64d440.1614271337.1a0f7d11"). Values are trimmed and at most 200 characters.
pub fn request_ids(headers: &[(String, String)], body: &str) -> BTreeMap<String, String> {
    let mut ids = BTreeMap::new();
    for key in REQUEST_ID_HEADERS {
        let value = headers
            .iter()
            .filter(|(name, _)| name.trim().eq_ignore_ascii_case(key))
            .map(|(_, value)| clean_id(value))
            .find(|value| !value.is_empty());
        if let Some(value) = value {
            ids.insert((*key).to_string(), value);
        }
    }
    if let Some(reference) = akamai_reference(body) {
        ids.insert("akamai-reference".to_string(), reference);
    }
    ids
}

fn clean_id(value: &str) -> String {
    value
        .trim()
        .chars()
        .filter(|c| !c.is_control())
        .take(REQUEST_ID_MAX_CHARS)
        .collect()
}

/// The number after Akamai's "Reference #", which its pages often write as HTML entities
/// (`Reference&#32;&#35;18&#46;6f64d440&#46;...`).
fn akamai_reference(body: &str) -> Option<String> {
    let body = cap_str(body, rules::BODY_SCAN_LIMIT);
    let lower = body.to_ascii_lowercase();
    let end = ["reference #", "reference&#32;&#35;"]
        .iter()
        .filter_map(|n| find_loose(lower.as_bytes(), n.as_bytes()))
        .map(|(_, end)| end)
        .min()?;
    let mut rest = &body[end..];
    let mut out = String::new();
    while out.chars().count() < REQUEST_ID_MAX_CHARS {
        if let Some(after) = rest.strip_prefix("&#46;") {
            out.push('.');
            rest = after;
            continue;
        }
        match rest.chars().next() {
            Some(c) if c.is_ascii_alphanumeric() || c == '.' || c == '-' => {
                out.push(c);
                rest = &rest[1..];
            }
            _ => break,
        }
    }
    let out = out.trim_end_matches(['.', '-']).to_string();
    out.chars()
        .any(|c| c.is_ascii_alphanumeric())
        .then_some(out)
}

/// The product and version from the `Server` header, e.g. "nginx/1.22.1" or "Apache/2.4.57";
/// `None` when the header is missing or carries no version (e.g. plain "nginx", "cloudflare").
pub fn version(headers: &[(String, String)]) -> Option<String> {
    headers
        .iter()
        .filter(|(name, _)| name.trim().eq_ignore_ascii_case("server"))
        .flat_map(|(_, value)| value.split_whitespace())
        .find(|token| {
            token.split_once('/').is_some_and(|(product, v)| {
                !product.is_empty() && v.starts_with(|c: char| c.is_ascii_digit())
            })
        })
        .map(|token| shown(token, 100))
}

/// True when the body is a server's or CDN's own error page from the signature table (by its body
/// or title alone, whatever the headers say).
pub fn is_known_error_page(status: Option<u16>, body: &str) -> bool {
    let input = Prepared::new(status, None, &[], body);
    TABLE
        .rule
        .iter()
        .enumerate()
        .filter(|(_, rule)| rule.headers.is_empty() && rule.status.is_empty())
        .any(|(i, rule)| {
            rule.matches(i, &input)
                .is_some_and(|m| m.tier == rules::Tier::Page)
        })
}

/// True when the body looks like a stock error page rather than one the site's app rendered:
/// empty, a known server/CDN page from the signature table, or a short page that only names the
/// status (e.g. "502 Bad Gateway"). Always false for statuses below 400.
pub fn is_generic_error_page(status: Option<u16>, body: &str) -> bool {
    if status.is_some_and(|s| s < 400) {
        return false;
    }
    let trimmed = body.trim();
    if trimmed.is_empty() {
        return true;
    }
    if is_known_error_page(status, body) {
        return true;
    }
    const REASONS: &[&str] = &[
        "bad gateway",
        "service unavailable",
        "gateway timeout",
        "gateway time-out",
        "internal server error",
        "service temporarily overloaded",
        "temporary error",
    ];
    trimmed.len() <= 1024 && {
        let lower = trimmed.to_ascii_lowercase();
        REASONS.iter().any(|r| lower.contains(r))
    }
}
