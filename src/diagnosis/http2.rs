//! HTTP/2 alone failing. Browsers speak HTTP/2 to almost every HTTPS site, so the main request
//! does too (ALPN `h2` first); when it did, the refresh step repeats the request once offering
//! only HTTP/1.1. The page failing over HTTP/2 every time while HTTP/1.1 gets it is a failure of
//! the layer that speaks HTTP/2 to browsers (the CDN or the web server in front), not of the
//! site behind it: another browser fails the same way, since every browser uses HTTP/2.
//!
//! A reset stream or `GOAWAY` with an error code is named by that code, with the error the
//! browser shows for it.

use super::facts::{Facts, got_page};
use super::verdict::{Finding, attempt_finding, attempt_result};
use super::{Cause, Confidence, Culprit, VerdictStatus};
use crate::evidence::{Attempt, HTTP2, HttpOutcome};

/// The error a Chromium browser shows for an HTTP/2 error code (Firefox and Safari say
/// "secure connection failed" / "cannot open the page" in their own words).
pub fn browser_error(code: Option<&str>) -> &'static str {
    match code {
        Some("HTTP_1_1_REQUIRED") => "ERR_HTTP_1_1_REQUIRED",
        Some("INADEQUATE_SECURITY") => "ERR_HTTP2_INADEQUATE_TRANSPORT_SECURITY",
        Some("FLOW_CONTROL_ERROR") => "ERR_HTTP2_FLOW_CONTROL_ERROR",
        Some("FRAME_SIZE_ERROR") => "ERR_HTTP2_FRAME_SIZE_ERROR",
        Some("COMPRESSION_ERROR") => "ERR_HTTP2_COMPRESSION_ERROR",
        Some("REFUSED_STREAM") => "ERR_HTTP2_SERVER_REFUSED_STREAM",
        _ => "ERR_HTTP2_PROTOCOL_ERROR",
    }
}

/// Who speaks HTTP/2 to browsers: the CDN seen in front, else the web server.
fn front(f: &Facts) -> Culprit {
    if f.edge.is_some() {
        Culprit::Cdn
    } else {
        Culprit::ReverseProxy
    }
}

/// The main request and every refresh try spoke HTTP/2 and failed, and the HTTP/1.1 repeat got
/// the page: `http2_only`.
pub(super) fn http2_only(f: &Facts) -> Option<Finding> {
    let main = f.ev.http.as_ref()?;
    let http1 = f.ev.refresh.as_ref()?.http1.as_ref()?;
    if main.protocol.as_deref() != Some(HTTP2) || !got_page(http1) {
        return None;
    }
    let main_failed =
        !(main.outcome.is_response() && main.status.is_some_and(|s| (200..400).contains(&s)));
    let h2_tries: Vec<&Attempt> = f
        .refresh_attempts()
        .iter()
        .filter(|a| a.protocol.as_deref() == Some(HTTP2))
        .collect();
    if !main_failed || h2_tries.iter().any(|a| got_page(a)) {
        return None;
    }
    let code = main
        .http2_error
        .clone()
        .or_else(|| h2_tries.iter().find_map(|a| a.http2_error.clone()));
    let tries = 1 + h2_tries.len();
    let http1_result = attempt_result(http1);
    let browsers_show = browser_error(code.as_deref());
    // The owner's places to look when only HTTP/2 fails are the end of the message.
    let detail = match (&code, main.outcome, main.status) {
        (Some(code), _, _) => crate::t!(
            "dx-http2-only-reset",
            code = code.as_str(),
            tries = tries,
            result = http1_result,
            browser_error = browsers_show
        ),
        (None, HttpOutcome::Response, Some(status)) => crate::t!(
            "dx-http2-only-status",
            status = status.to_string(),
            tries = tries,
            result = http1_result,
            browser_error = browsers_show
        ),
        (None, outcome, _) => crate::t!(
            "dx-http2-only-outcome",
            outcome = super::wording::outcome(outcome),
            tries = tries,
            result = http1_result,
            browser_error = browsers_show
        ),
    };
    // A protocol error is HTTP/2's own; a different status could still be chance.
    let confidence = if code.is_some() && tries >= 2 {
        Confidence::High
    } else {
        Confidence::Medium
    };
    Some(Finding::new(
        VerdictStatus::Failing,
        front(f),
        Cause::Http2Only,
        confidence,
        detail,
    ))
}

/// The main request ended in an HTTP/2 reset or `GOAWAY` and no comparison says HTTP/2 alone
/// fails: what the HTTP/1.1 repeat got decides when it failed too; without it, the reset itself.
pub(super) fn reset(f: &Facts) -> Finding {
    let code = f.ev.http.as_ref().and_then(|h| h.http2_error.clone());
    let code_words = code
        .clone()
        .unwrap_or_else(|| crate::t!("dx-http2-no-code"));
    let http1 = f.ev.refresh.as_ref().and_then(|r| r.http1.as_ref());
    if let Some(h1) = http1.filter(|a| a.outcome != HttpOutcome::Http2Error && !got_page(a)) {
        let mut found = attempt_finding(f, h1);
        found.detail = format!(
            "{} {}",
            crate::t!(
                "dx-http2-reset-http1-fails",
                code = code_words,
                result = attempt_result(h1)
            ),
            found.detail
        );
        return found;
    }
    Finding::new(
        VerdictStatus::Unreachable,
        front(f),
        Cause::Http2Only,
        Confidence::Medium,
        crate::t!(
            "dx-http2-reset",
            code = code_words,
            browser_error = browser_error(code.as_deref())
        ),
    )
}

#[cfg(test)]
mod tests {
    use super::browser_error;

    #[test]
    fn codes_map_to_what_chrome_shows() {
        assert_eq!(
            browser_error(Some("PROTOCOL_ERROR")),
            "ERR_HTTP2_PROTOCOL_ERROR"
        );
        assert_eq!(
            browser_error(Some("INTERNAL_ERROR")),
            "ERR_HTTP2_PROTOCOL_ERROR"
        );
        assert_eq!(
            browser_error(Some("REFUSED_STREAM")),
            "ERR_HTTP2_SERVER_REFUSED_STREAM"
        );
        assert_eq!(
            browser_error(Some("HTTP_1_1_REQUIRED")),
            "ERR_HTTP_1_1_REQUIRED"
        );
        assert_eq!(browser_error(None), "ERR_HTTP2_PROTOCOL_ERROR");
    }
}
