//! A copy of a recording that is safe to attach to a support ticket: cookies, `Set-Cookie`,
//! `Authorization`, `Proxy-Authorization`, API-key and token headers, token-like query parameters
//! and form fields, bearer tokens and JWTs in bodies are replaced by `REDACTED`, and response
//! bodies the diagnosis does not need are dropped (error pages are kept). Everything else of the
//! file stays as the browser wrote it (its own extra fields too), so HAR viewers open it. Says
//! what it removed, per kind. Pure: bytes in, bytes out; the caller never writes over the original.

use super::HarError;
use crate::target::{REDACTED, is_secret_param, redact_header, redact_url};
use serde::Serialize;
use serde_json::Value;

/// What was removed, per kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, serde::Deserialize)]
pub struct Removed {
    pub cookies: usize,
    pub set_cookies: usize,
    pub auth_headers: usize,
    pub token_headers: usize,
    pub query_params: usize,
    pub form_fields: usize,
    pub tokens_in_bodies: usize,
    pub bodies: usize,
}

impl Removed {
    /// "3 cookies, 1 Authorization header, ..." (kinds with none left out).
    pub fn summary(&self) -> String {
        let parts: Vec<String> = [
            (self.cookies, "removed-cookies"),
            (self.set_cookies, "removed-set-cookies"),
            (self.auth_headers, "removed-auth-headers"),
            (self.token_headers, "removed-token-headers"),
            (self.query_params, "removed-query-params"),
            (self.form_fields, "removed-form-fields"),
            (self.tokens_in_bodies, "removed-tokens-in-bodies"),
            (self.bodies, "removed-bodies"),
        ]
        .iter()
        .filter(|(n, _)| *n > 0)
        .map(|(n, key)| crate::i18n::tr(key, &[("n", crate::i18n::FluentValue::from(*n))]))
        .collect();
        if parts.is_empty() {
            crate::t!("removed-nothing")
        } else {
            parts.join(", ")
        }
    }
}

/// The sanitized recording (JSON) and what was removed. Read and written one entry at a time, so
/// memory holds the file, the copy and one entry.
pub fn sanitize(bytes: &[u8]) -> Result<(Vec<u8>, Removed), HarError> {
    let raw = super::raw(bytes)?;
    let mut removed = Removed::default();
    let mut out: Vec<u8> = Vec::with_capacity(bytes.len());
    out.extend_from_slice(b"{\n  \"log\": {");
    let mut first = true;
    let mut member = |out: &mut Vec<u8>, name: &str| {
        out.extend_from_slice(if first { b"\n    " } else { b",\n    " });
        first = false;
        let _ = serde_json::to_writer(&mut *out, name);
        out.extend_from_slice(b": ");
    };
    for (i, (name, value)) in raw.log.iter().enumerate() {
        if i == raw.entries_at {
            write_entries(&mut out, &raw.entries, &mut removed, &mut member);
        }
        member(&mut out, name);
        if name == "pages" {
            let mut pages: Value = serde_json::from_str(value.get()).unwrap_or(Value::Null);
            clean_pages(&mut pages, &mut removed);
            let _ = serde_json::to_writer(&mut out, &pages);
        } else {
            out.extend_from_slice(value.get().as_bytes());
        }
    }
    if raw.entries_at >= raw.log.len() {
        write_entries(&mut out, &raw.entries, &mut removed, &mut member);
    }
    out.extend_from_slice(b"\n  }\n}\n");
    Ok((out, removed))
}

/// `"entries": [ ... ]`, each entry cleaned on its own.
fn write_entries(
    out: &mut Vec<u8>,
    entries: &[&serde_json::value::RawValue],
    removed: &mut Removed,
    member: &mut impl FnMut(&mut Vec<u8>, &str),
) {
    member(out, "entries");
    out.push(b'[');
    for (i, raw) in entries.iter().enumerate() {
        out.extend_from_slice(if i == 0 { b"\n      " } else { b",\n      " });
        let mut entry: Value = serde_json::from_str(raw.get()).unwrap_or(Value::Null);
        clean_entry(&mut entry, removed);
        let _ = serde_json::to_writer(&mut *out, &entry);
    }
    out.extend_from_slice(b"\n    ]");
}

fn clean_entry(entry: &mut Value, removed: &mut Removed) {
    let failed = {
        let status = entry
            .pointer("/response/status")
            .and_then(Value::as_i64)
            .unwrap_or(0);
        status == 0 || status >= 400 || entry.get("_error").is_some()
    };
    if let Some(request) = entry.get_mut("request") {
        clean_request(request, removed);
    }
    if let Some(response) = entry.get_mut("response") {
        clean_response(response, failed, removed);
    }
}

/// Page titles are often the page's address: its token-like parameters go too.
fn clean_pages(pages: &mut Value, removed: &mut Removed) {
    let Some(list) = pages.as_array_mut() else {
        return;
    };
    for page in list {
        let Some(title) = page.get("title").and_then(Value::as_str) else {
            continue;
        };
        let clean = redact_url(title);
        if clean != title && clean.contains(REDACTED) {
            removed.query_params += 1;
            page["title"] = Value::String(clean);
        }
    }
}

fn clean_headers(headers: Option<&mut Value>, removed: &mut Removed) {
    let Some(list) = headers.and_then(Value::as_array_mut) else {
        return;
    };
    for h in list.iter_mut() {
        let name = h
            .get("name")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string();
        let Some(value) = h.get("value").and_then(Value::as_str).map(str::to_string) else {
            continue;
        };
        let clean = redact_header(&name, &value);
        if clean == value {
            continue;
        }
        let lower = name.to_ascii_lowercase();
        if clean == REDACTED {
            match lower.as_str() {
                "cookie" => removed.cookies += 1,
                "set-cookie" => removed.set_cookies += 1,
                "authorization" | "proxy-authorization" => removed.auth_headers += 1,
                _ => removed.token_headers += 1,
            }
        }
        h["value"] = Value::String(clean);
    }
}

fn clear_cookies(cookies: Option<&mut Value>, count: &mut usize) {
    if let Some(list) = cookies.and_then(Value::as_array_mut) {
        *count += list.len();
        list.clear();
    }
}

/// Redact secret-named `{name, value}` pairs (query strings, form params).
fn clean_pairs(pairs: Option<&mut Value>, count: &mut usize) {
    let Some(list) = pairs.and_then(Value::as_array_mut) else {
        return;
    };
    for p in list.iter_mut() {
        let secret = p
            .get("name")
            .and_then(Value::as_str)
            .is_some_and(is_secret_param);
        if secret && p.get("value").and_then(Value::as_str) != Some(REDACTED) {
            p["value"] = Value::String(REDACTED.into());
            *count += 1;
        }
    }
}

fn clean_request(request: &mut Value, removed: &mut Removed) {
    if let Some(url) = request
        .get("url")
        .and_then(Value::as_str)
        .map(str::to_string)
    {
        let clean = redact_url(&url);
        if clean != url {
            request["url"] = Value::String(clean);
        }
    }
    clean_headers(request.get_mut("headers"), removed);
    let mut cookies = 0;
    clear_cookies(request.get_mut("cookies"), &mut cookies);
    removed.cookies += cookies;
    clean_pairs(request.get_mut("queryString"), &mut removed.query_params);
    if let Some(post) = request.get_mut("postData") {
        clean_pairs(post.get_mut("params"), &mut removed.form_fields);
        let form = post
            .get("mimeType")
            .and_then(Value::as_str)
            .is_some_and(|m| m.contains("x-www-form-urlencoded"));
        if let Some(text) = post.get("text").and_then(Value::as_str).map(str::to_string) {
            let clean = if form {
                clean_form(&text, &mut removed.form_fields)
            } else {
                scrub_tokens(&text, &mut removed.tokens_in_bodies)
            };
            post["text"] = Value::String(clean);
        }
    }
}

fn clean_response(response: &mut Value, failed: bool, removed: &mut Removed) {
    clean_headers(response.get_mut("headers"), removed);
    let mut cookies = 0;
    clear_cookies(response.get_mut("cookies"), &mut cookies);
    removed.set_cookies += cookies;
    if let Some(url) = response
        .get("redirectURL")
        .and_then(Value::as_str)
        .map(str::to_string)
    {
        response["redirectURL"] = Value::String(redact_url(&url));
    }
    let Some(content) = response.get_mut("content") else {
        return;
    };
    let Some(text) = content
        .get("text")
        .and_then(Value::as_str)
        .map(str::to_string)
    else {
        return;
    };
    if failed {
        // The error page is what support needs; tokens in it go.
        let base64 = content
            .get("encoding")
            .and_then(Value::as_str)
            .is_some_and(|e| e.eq_ignore_ascii_case("base64"));
        if !base64 {
            content["text"] = Value::String(scrub_tokens(&text, &mut removed.tokens_in_bodies));
        }
    } else if let Some(map) = content.as_object_mut() {
        map.remove("text");
        map.remove("encoding");
        map.insert(
            "comment".into(),
            Value::String("body removed by gateway-doctor (not needed to diagnose)".into()),
        );
        removed.bodies += 1;
    }
}

/// `a=1&token=xyz` -> `a=1&token=REDACTED`.
fn clean_form(text: &str, count: &mut usize) -> String {
    text.split('&')
        .map(|pair| match pair.split_once('=') {
            Some((name, _)) if is_secret_param(&percent_decoded(name)) => {
                *count += 1;
                format!("{name}={REDACTED}")
            }
            _ => pair.to_string(),
        })
        .collect::<Vec<_>>()
        .join("&")
}

fn percent_decoded(s: &str) -> String {
    percent_encoding::percent_decode_str(&s.replace('+', " "))
        .decode_utf8_lossy()
        .into_owned()
}

fn token_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | '~' | '+' | '/' | '=')
}

/// Replace bearer tokens (`Bearer abc...`) and JWTs (`eyJ...`.`...`.`...`) in a text.
pub(crate) fn scrub_tokens(text: &str, count: &mut usize) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    loop {
        let bearer = rest
            .char_indices()
            .find(|(i, _)| {
                rest[*i..].len() >= 7 && rest[*i..*i + 7].eq_ignore_ascii_case("bearer ")
            })
            .map(|(i, _)| (i, i + 7));
        let jwt = rest.find("eyJ").map(|i| (i, i));
        let next = match (bearer, jwt) {
            (Some(b), Some(j)) => Some(if b.0 <= j.0 { b } else { j }),
            (b, j) => b.or(j),
        };
        let Some((start, token_start)) = next else {
            out.push_str(rest);
            break;
        };
        let token_len = rest[token_start..]
            .find(|c: char| !token_char(c))
            .unwrap_or(rest.len() - token_start);
        let token = &rest[token_start..token_start + token_len];
        let is_jwt = token_start == start && token.matches('.').count() >= 2;
        let is_bearer = token_start > start && token.len() >= 8;
        if is_jwt || is_bearer {
            out.push_str(&rest[..token_start]);
            out.push_str(REDACTED);
            *count += 1;
        } else {
            out.push_str(&rest[..token_start + token_len.max(1).min(rest.len() - token_start)]);
        }
        let advance = token_start + token_len.max(1);
        if advance >= rest.len() {
            break;
        }
        rest = &rest[advance..];
    }
    out
}
