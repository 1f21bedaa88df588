//! Redaction: removes credentials and secret-looking values from URLs and headers before they are
//! shown, logged or written to a report.
//!
//! Reports get pasted into tickets and chats, so anything that can grant access (URL userinfo,
//! tokens and signatures in query strings, `Authorization`/`Cookie` headers) is replaced by
//! `REDACTED`. Errs on the side of hiding. Pure: no I/O.

use url::Url;

/// What replaces a secret value.
pub const REDACTED: &str = "REDACTED";

/// Query parameter names that are secret whatever their value (compared case-insensitively).
const SECRET_PARAMS: &[&str] = &[
    "token",
    "access_token",
    "refresh_token",
    "id_token",
    "auth",
    "auth_token",
    "authorization",
    "key",
    "api_key",
    "apikey",
    "api-key",
    "password",
    "passwd",
    "pass",
    "pwd",
    "secret",
    "client_secret",
    "sig",
    "signature",
    "session",
    "sessionid",
    "session_id",
    "sid",
    "code",
    "jwt",
    "otp",
    "ticket",
    "private_token",
    "x-amz-signature",
    "x-amz-credential",
    "x-amz-security-token",
    "x-goog-signature",
    "x-goog-credential",
];

/// Parts of a parameter name that make it secret wherever they appear (`csrf_token`, `db_password`).
const SECRET_PARTS: &[&str] = &[
    "token",
    "secret",
    "passw",
    "signature",
    "credential",
    "apikey",
    "api_key",
    "api-key",
    "sessionid",
    "session_id",
];

/// Header names whose values are always hidden (compared case-insensitively).
const SECRET_HEADERS: &[&str] = &[
    "authorization",
    "proxy-authorization",
    "cookie",
    "set-cookie",
    "x-api-key",
    "api-key",
    "x-auth-token",
    "x-access-token",
    "x-csrf-token",
    "x-xsrf-token",
    "x-amz-security-token",
    "x-goog-api-key",
];

/// True when a query parameter with this name carries a secret (token, key, password, signature...).
pub fn is_secret_param(name: &str) -> bool {
    let lower = name.trim().to_ascii_lowercase();
    SECRET_PARAMS.contains(&lower.as_str()) || SECRET_PARTS.iter().any(|p| lower.contains(p))
}

/// The header value safe to show: `REDACTED` for credentials (`Authorization`, `Cookie`,
/// `Set-Cookie`, API-key and token headers), other values unchanged, except that URL-valued headers
/// (`Location`, `Content-Location`, `Refresh`) go through [`redact_url`].
pub fn redact_header(name: &str, value: &str) -> String {
    let lower = name.trim().to_ascii_lowercase();
    if SECRET_HEADERS.contains(&lower.as_str())
        || lower.contains("token")
        || lower.contains("secret")
        || lower.contains("password")
        || lower.ends_with("api-key")
    {
        return REDACTED.to_string();
    }
    match lower.as_str() {
        "location" | "content-location" | "refresh" => redact_url(value),
        _ => value.to_string(),
    }
}

/// Remove credentials and secret-looking query values from a URL string for display.
///
/// For a URL with a host: userinfo is removed and the values of secret parameters (see
/// [`is_secret_param`]) in the query and fragment become `REDACTED`; other parameters are kept as
/// they were. Anything else (relative URLs, free text) is returned as is, except that
/// `user:pass@` before a host and secret `name=value` pairs after a `?` are still hidden.
pub fn redact_url(raw: &str) -> String {
    let Ok(mut url) = Url::parse(raw) else {
        return redact_text(raw);
    };
    if !url.has_host() {
        return redact_text(raw);
    }
    let _ = url.set_username("");
    let _ = url.set_password(None);
    if let Some(q) = url.query().and_then(redact_pairs) {
        url.set_query(Some(&q));
    }
    if let Some(f) = url.fragment().and_then(redact_pairs) {
        url.set_fragment(Some(&f));
    }
    strip_stray_userinfo(url.as_str())
}

/// Remove `user:pass@` that follows a `//` anywhere (not only the URL's own authority): the typo
/// `http//user:pass@host` reads as host `http` with the credentials in its path, and a URL in a
/// path, query or log line (`?next=http://user:pass@host`) carries them too. Only text with a `:`
/// before the `@` is removed, so `//me@example.com` stays.
fn strip_stray_userinfo(text: &str) -> String {
    let mut out = text.to_string();
    let mut from = 0;
    while let Some(i) = out[from..].find("//").map(|i| from + i) {
        let start = i + 2;
        let end = out[start..]
            .find(|c: char| matches!(c, '/' | '?' | '#') || c.is_whitespace())
            .map_or(out.len(), |e| start + e);
        match out[start..end].rfind('@') {
            Some(at) if out[start..start + at].contains(':') => {
                out.replace_range(start..=start + at, "");
            }
            _ => from = i + 1,
        }
    }
    out
}

/// Redact `name=value` pairs separated by `&` (or `;`); `None` when nothing was secret.
fn redact_pairs(query: &str) -> Option<String> {
    let mut changed = false;
    let mut out = String::with_capacity(query.len());
    let mut rest = query;
    loop {
        let end = rest.find(['&', ';']).unwrap_or(rest.len());
        let pair = &rest[..end];
        match pair.split_once('=') {
            Some((name, value)) if !value.is_empty() && is_secret_param(&decode_name(name)) => {
                out.push_str(name);
                out.push('=');
                out.push_str(REDACTED);
                changed = true;
            }
            _ => out.push_str(pair),
        }
        match rest[end..].chars().next() {
            Some(sep) => {
                out.push(sep);
                rest = &rest[end + sep.len_utf8()..];
            }
            None => break,
        }
    }
    changed.then_some(out)
}

/// A query parameter name with `+` and percent escapes decoded (`api%5Fkey` is `api_key`).
fn decode_name(name: &str) -> String {
    url::form_urlencoded::parse(name.as_bytes())
        .next()
        .map(|(k, _)| k.into_owned())
        .unwrap_or_default()
}

/// Best-effort redaction of text that is not a URL with a host: per whitespace-separated word,
/// strip `user:pass@` and redact secret pairs after `?`.
fn redact_text(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut word_start = None;
    for (i, c) in raw.char_indices() {
        if c.is_whitespace() {
            if let Some(s) = word_start.take() {
                out.push_str(&redact_word(&raw[s..i]));
            }
            out.push(c);
        } else if word_start.is_none() {
            word_start = Some(i);
        }
    }
    if let Some(s) = word_start {
        out.push_str(&redact_word(&raw[s..]));
    }
    out
}

fn redact_word(word: &str) -> String {
    let (scheme, rest) = match word.find("://") {
        Some(i) => word.split_at(i + 3),
        None => ("", word),
    };
    // The authority ends at the first '/', '?' or '#'; userinfo is whatever precedes its last '@'.
    let auth_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let rest = match rest[..auth_end].rfind('@') {
        Some(at) if !scheme.is_empty() || rest[..at].contains(':') => &rest[at + 1..],
        _ => rest,
    };
    let mut out = strip_stray_userinfo(&format!("{scheme}{rest}"));
    if let Some(q) = out.find('?') {
        let (head, query) = out.split_at(q + 1);
        let (query, frag) = match query.find('#') {
            Some(h) => query.split_at(h),
            None => (query, ""),
        };
        if let Some(redacted) = redact_pairs(query) {
            out = format!("{head}{redacted}{frag}");
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secret_params_case_insensitive() {
        for name in [
            "token",
            "ACCESS_TOKEN",
            "Api_Key",
            "apikey",
            "password",
            "pwd",
            "sig",
            "Signature",
            "sessionid",
            "code",
            "jwt",
            "X-Amz-Signature",
            "X-Amz-Credential",
            "csrf_token",
            "db_password",
        ] {
            assert!(is_secret_param(name), "{name} should be secret");
        }
        for name in ["page", "q", "lang", "id", "utm_source", "sort"] {
            assert!(!is_secret_param(name), "{name} should not be secret");
        }
    }

    #[test]
    fn headers() {
        for name in [
            "Authorization",
            "proxy-authorization",
            "Cookie",
            "Set-Cookie",
            "X-Api-Key",
            "X-Auth-Token",
        ] {
            assert_eq!(redact_header(name, "Bearer abc"), REDACTED, "{name}");
        }
        assert_eq!(redact_header("Content-Type", "text/html"), "text/html");
        assert_eq!(redact_header("Server", "nginx/1.25.3"), "nginx/1.25.3");
        assert_eq!(
            redact_header("Location", "https://u:p@example.com/cb?code=abc&state=1"),
            "https://example.com/cb?code=REDACTED&state=1"
        );
    }

    #[test]
    fn url_userinfo_and_query() {
        assert_eq!(
            redact_url("https://user:pass@example.com/a?token=abc&page=2"),
            "https://example.com/a?token=REDACTED&page=2"
        );
        assert_eq!(
            redact_url("https://example.com/?X-Amz-Signature=ff&X-Amz-Credential=AK%2F1&x=1"),
            "https://example.com/?X-Amz-Signature=REDACTED&X-Amz-Credential=REDACTED&x=1"
        );
        // Percent-encoded name, empty value, flag without value, fragment tokens.
        assert_eq!(
            redact_url("http://example.com/?api%5Fkey=1&token=&debug#access_token=xyz&t=1"),
            "http://example.com/?api%5Fkey=REDACTED&token=&debug#access_token=REDACTED&t=1"
        );
        assert_eq!(
            redact_url("https://example.com/path?q=rust"),
            "https://example.com/path?q=rust"
        );
    }

    #[test]
    fn text_that_is_not_a_url() {
        assert_eq!(redact_url("not a url"), "not a url");
        assert_eq!(redact_url(""), "");
        assert_eq!(
            redact_url("user:secret@db.internal:5432"),
            "db.internal:5432"
        );
        assert_eq!(
            redact_url("/login?password=hunter2&next=/"),
            "/login?password=REDACTED&next=/"
        );
        assert_eq!(
            redact_url("connect to ftp://me:pw@[::1 failed"),
            "connect to ftp://[::1 failed"
        );
        assert_eq!(redact_url("mail me@example.com"), "mail me@example.com");
    }

    /// Found by `target::proptests`: credentials after a `//` that is not the URL's authority
    /// (the typo `http//user:pass@host`, a URL inside a query) were shown as they were.
    #[test]
    fn userinfo_after_any_double_slash() {
        assert_eq!(
            redact_url("http//:AaAAaA0a@a?token=A0aa0aAA"),
            "http//a?token=REDACTED"
        );
        assert_eq!(
            redact_url("https://http//user:Secret1@host/p"),
            "https://http//host/p"
        );
        assert_eq!(
            redact_url("https://example.com/cb?next=http://u:Secret1@other.example/"),
            "https://example.com/cb?next=http://other.example/"
        );
        // One after the other: both go. A plain address after `//` stays.
        assert_eq!(
            redact_url("see a//u:p@//x:y@z and //me@example.com"),
            "see a////z and //me@example.com"
        );
        assert_eq!(
            redact_url("https://example.com//a@b"),
            "https://example.com//a@b"
        );
    }
}
