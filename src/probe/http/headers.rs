//! Header helpers of the `http` probe: what may enter the evidence (cookie values and credentials
//! never do), the request's own cookie jar across redirects, credentials from the URL for that
//! same site only, and `host:port` as CONNECT wants it.

use crate::target::Target;

/// Secrets never enter the evidence: cookie values and credentials are replaced (the names of
/// the cookies a site sets are kept, the clear-cache step replays them).
pub(super) fn redact_header_value(name: &str, value: &str) -> String {
    if name == "set-cookie" {
        let cookie_name = value.split('=').next().unwrap_or_default().trim();
        return format!("{cookie_name}={}", crate::target::REDACTED);
    }
    crate::target::redact_header(name, value)
}

/// Keep `name=value` of a `Set-Cookie` for the rest of this request.
pub(super) fn remember_cookie(jar: &mut Vec<(String, String)>, set_cookie: &str) {
    let pair = set_cookie.split(';').next().unwrap_or_default();
    let Some((name, value)) = pair.split_once('=') else {
        return;
    };
    let name = name.trim().to_string();
    if name.is_empty() || jar.len() >= 50 {
        return;
    }
    jar.retain(|(n, _)| *n != name);
    jar.push((name, value.trim().to_string()));
}

/// Add the request's own cookies to any `cookie` header the caller set.
pub(super) fn add_cookies(headers: &mut Vec<(String, String)>, jar: &[(String, String)]) {
    if jar.is_empty() {
        return;
    }
    let ours: Vec<String> = jar.iter().map(|(n, v)| format!("{n}={v}")).collect();
    match headers.iter_mut().find(|(n, _)| n == "cookie") {
        Some((_, v)) => {
            v.push_str("; ");
            v.push_str(&ours.join("; "));
        }
        None => headers.push(("cookie".into(), ours.join("; "))),
    }
}

/// Credentials typed in the URL go (as Basic auth, like curl) to that same site only, never to
/// another host a redirect points at.
pub(super) fn site_authorization(original: &Target, current: &Target) -> Option<String> {
    if current.host != original.host || current.port != original.port {
        return None;
    }
    crate::probe::proxy::basic_authorization(original.url())
}

/// `host:port` with brackets around IPv6, as CONNECT wants it.
pub(super) fn host_port(target: &Target) -> String {
    match target.ip {
        Some(std::net::IpAddr::V6(_)) => format!("[{}]:{}", target.host, target.port),
        _ => format!("{}:{}", target.host, target.port),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn set_cookie_keeps_only_the_name() {
        assert_eq!(
            redact_header_value("set-cookie", "sid=abc123; Path=/; HttpOnly"),
            format!("sid={}", crate::target::REDACTED)
        );
        assert!(!redact_header_value("authorization", "Bearer xyz").contains("xyz"));
    }
}
