//! Rules about a proxy set on this computer: when it is to blame, and when it only relays the
//! site's own failure.
//!
//! A single failed request through the proxy proves little: the proxy is blamed only when the
//! failure is one the proxy produced (it could not be used, Squid reports a local refusal, or a
//! different server answered than without it) and plain refreshes do not show the same failure
//! at random. When the site fails without the proxy too, the proxy only passes the failure on and
//! the direct result is judged instead. Squid's `X-Squid-Error` codes say which side failed:
//! `ERR_CONNECT_FAIL`, `ERR_DNS_FAIL`, `ERR_READ_TIMEOUT` ... are the site's, `ERR_ACCESS_DENIED`
//! is a local filter.

use super::Finding;
use super::facts::{Facts, got_page, main_key};
use super::{Cause, Confidence, Culprit, VerdictStatus};
use crate::evidence::{Attempt, HttpOutcome, ProxyComparison};

/// What an `X-Squid-Error` code says about who failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SquidError {
    /// The proxy's own rules refuse the request (a filter).
    Blocked,
    /// The proxy itself cannot serve requests (misconfigured, shutting down ...).
    Local,
    /// The site failed as seen from the proxy: the equivalent outcome of a direct request.
    Site(HttpOutcome),
    /// A code we do not know.
    Unknown,
}

/// Classify an `X-Squid-Error` value such as `ERR_CONNECT_FAIL 111`.
pub fn squid_error(value: &str) -> SquidError {
    let mut parts = value.split_whitespace();
    let code = parts.next().unwrap_or_default().to_ascii_uppercase();
    let errno = parts.next().and_then(|e| e.parse::<u32>().ok());
    match code.as_str() {
        "ERR_ACCESS_DENIED"
        | "ERR_CACHE_ACCESS_DENIED"
        | "ERR_CACHE_MGR_ACCESS_DENIED"
        | "ERR_FORWARDING_DENIED"
        | "ERR_NO_RELAY" => SquidError::Blocked,
        "ERR_CANNOT_FORWARD"
        | "ERR_SHUTTING_DOWN"
        | "ERR_TOO_BIG"
        | "ERR_ICAP_FAILURE"
        | "ERR_ONLY_IF_CACHED_MISS" => SquidError::Local,
        "ERR_DNS_FAIL" => SquidError::Site(HttpOutcome::DnsFailed),
        "ERR_CONNECT_FAIL" => SquidError::Site(match errno {
            Some(110) => HttpOutcome::ConnectTimeout,
            Some(101 | 113) => HttpOutcome::ConnectFailed,
            _ => HttpOutcome::ConnectRefused,
        }),
        "ERR_READ_TIMEOUT" | "ERR_LIFETIME_EXP" => SquidError::Site(HttpOutcome::Timeout),
        "ERR_ZERO_SIZE_OBJECT" | "ERR_READ_ERROR" | "ERR_WRITE_ERROR" => {
            SquidError::Site(HttpOutcome::ConnectionClosed)
        }
        "ERR_SECURE_CONNECT_FAIL" => SquidError::Site(HttpOutcome::TlsFailed),
        "ERR_INVALID_RESP" => SquidError::Site(HttpOutcome::ProtocolError),
        _ => SquidError::Unknown,
    }
}

/// The main response's `X-Squid-Error` (code as sent, classified), when it came through a proxy.
pub fn main_squid_error(f: &Facts) -> Option<(String, SquidError)> {
    let http = f.response?;
    http.via_proxy.as_ref()?;
    let value = http.header("x-squid-error")?;
    let code = value.split_whitespace().next().unwrap_or(value).to_string();
    Some((code, squid_error(value)))
}

/// The proxy comparison, if the connection step made one.
pub fn comparison<'a>(f: &Facts<'a>) -> Option<&'a ProxyComparison> {
    f.ev.connection.as_ref().and_then(|c| c.proxy.as_ref())
}

fn same_server(a: &Attempt, b: &Attempt) -> bool {
    let norm = |s: &Option<String>| s.as_deref().map(|s| s.trim().to_ascii_lowercase());
    norm(&a.server) == norm(&b.server)
}

/// The comparison proves the proxy at fault: through it the request fails in a way the proxy
/// produced, without it the site answers, and the site is not simply failing at random.
pub fn blamed<'a>(f: &Facts<'a>) -> Option<&'a ProxyComparison> {
    let p = comparison(f)?;
    if p.via_proxy.succeeded() || !p.direct.succeeded() {
        return None;
    }
    let produced = p.via_proxy.outcome == HttpOutcome::ProxyFailed
        || matches!(
            main_squid_error(f),
            Some((_, SquidError::Blocked | SquidError::Local))
        )
        || (p.via_proxy.outcome.is_response() && !same_server(&p.via_proxy, &p.direct));
    if !produced {
        return None;
    }
    // A flaky site: some tries got the page and others already failed the same way.
    let key = p.via_proxy.result_key();
    let same_failure_seen = f.refresh_attempts().iter().any(|a| a.result_key() == key)
        || f.ev.http.as_ref().is_some_and(|h| main_key(h) == key);
    let some_worked = f.tries_ok > 0 || f.refresh_attempts().iter().any(got_page);
    if same_failure_seen && some_worked {
        return None;
    }
    Some(p)
}

/// The direct request of the comparison failed as well (and not through a proxy error itself):
/// the proxy only relays the site's failure.
pub fn direct_also_failed<'a>(f: &Facts<'a>) -> Option<&'a Attempt> {
    comparison(f)
        .map(|p| &p.direct)
        .filter(|d| !d.succeeded() && d.outcome != HttpOutcome::ProxyFailed)
}

/// The local proxy is the culprit (see the module comment), or `None`.
pub fn local_proxy(f: &Facts) -> Option<Finding> {
    let http = f.ev.http.as_ref()?;
    let proxy = http
        .via_proxy
        .clone()
        .unwrap_or_else(|| crate::t!("dx-the-configured-proxy"));
    let proxy = proxy.as_str();
    let squid = main_squid_error(f);
    if let Some((code, SquidError::Blocked)) = &squid {
        return Some(Finding::new(
            VerdictStatus::Failing,
            Culprit::LocalProxy,
            Cause::ProxyBlocked,
            Confidence::High,
            crate::t!("dx-proxy-refused", proxy = proxy, code = code.as_str()),
        ));
    }
    if let Some(p) = blamed(f) {
        return Some(Finding::new(
            VerdictStatus::Unreachable,
            Culprit::LocalProxy,
            Cause::LocalProxyFailed,
            Confidence::High,
            crate::t!(
                "dx-proxy-blamed",
                proxy = p.proxy.as_str(),
                through = super::verdict::attempt_result(&p.via_proxy),
                direct = super::verdict::attempt_result(&p.direct)
            ),
        ));
    }
    if comparison(f).is_some() {
        // Compared, and the comparison does not blame the proxy: the normal rules judge.
        return None;
    }
    // Without a comparison (or while it runs), the proxy's own failure still points at it.
    let local_squid = matches!(squid, Some((_, SquidError::Local)));
    if http.outcome == HttpOutcome::ProxyFailed || local_squid {
        let error = match &squid {
            Some((code, _)) => Some(code.as_str()),
            None => http.error.as_deref().filter(|e| !e.trim().is_empty()),
        };
        return Some(Finding::new(
            VerdictStatus::Unreachable,
            Culprit::LocalProxy,
            Cause::LocalProxyFailed,
            Confidence::Medium,
            match error {
                Some(e) => crate::t!("dx-proxy-request-failed-error", proxy = proxy, error = e),
                None => crate::t!("dx-proxy-request-failed", proxy = proxy),
            },
        ));
    }
    None
}

/// A proxy relayed the site's failure: Squid's site-side error code, or the proxy failed and the
/// direct request failed too. Judged as the equivalent direct outcome.
pub fn relayed_failure(f: &Facts) -> Option<Finding> {
    let proxy =
        f.ev.http
            .as_ref()
            .and_then(|h| h.via_proxy.clone())
            .unwrap_or_else(|| crate::t!("dx-the-configured-proxy"));
    if let Some((code, SquidError::Site(outcome))) = main_squid_error(f) {
        let mut found = match direct_also_failed(f) {
            Some(direct) => super::verdict::attempt_finding(f, direct),
            None => super::reach::no_response(f, outcome),
        };
        found.detail = format!(
            "{} {}",
            crate::t!("dx-proxy-relayed", proxy = proxy, code = code),
            found.detail
        );
        if found.confidence == Confidence::High {
            found.confidence = Confidence::Medium;
        }
        return Some(found);
    }
    None
}
