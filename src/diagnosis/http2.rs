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

/// The owner's places to look when only HTTP/2 fails.
pub const OWNER_LOOK: &str = "Look at the HTTP/2 settings of the layer that speaks HTTP/2 to \
     browsers (the CDN, or the web server in front: its http2 switch, header and field size \
     limits such as nginx's large_client_header_buffers / http2_max_field_size, a WAF rule that \
     only matches HTTP/2) and whether what sits behind it copes with requests arriving over \
     HTTP/2 (headers it forwards, the upstream's own HTTP/2 support).";

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
    let what = match (&code, main.outcome, main.status) {
        (Some(code), _, _) => format!("the server reset the request ({code})"),
        (None, HttpOutcome::Response, Some(status)) => format!("it answered {status}"),
        (None, outcome, _) => super::wording::outcome(outcome),
    };
    let tries = 1 + h2_tries.len();
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
        format!(
            "Over HTTP/2, as browsers speak, {what} ({tries} of {tries} tries); the same request \
             over HTTP/1.1 got the page ({}). Browsers show {}. {OWNER_LOOK}",
            attempt_result(http1),
            browser_error(code.as_deref()),
        ),
    ))
}

/// The main request ended in an HTTP/2 reset or `GOAWAY` and no comparison says HTTP/2 alone
/// fails: what the HTTP/1.1 repeat got decides when it failed too; without it, the reset itself.
pub(super) fn reset(f: &Facts) -> Finding {
    let code = f.ev.http.as_ref().and_then(|h| h.http2_error.clone());
    let http1 = f.ev.refresh.as_ref().and_then(|r| r.http1.as_ref());
    if let Some(h1) = http1.filter(|a| a.outcome != HttpOutcome::Http2Error && !got_page(a)) {
        let mut found = attempt_finding(f, h1);
        found.detail = format!(
            "Over HTTP/2 the server reset the request ({}); over HTTP/1.1 it fails too ({}). {}",
            code.as_deref().unwrap_or("no code"),
            attempt_result(h1),
            found.detail
        );
        return found;
    }
    Finding::new(
        VerdictStatus::Unreachable,
        front(f),
        Cause::Http2Only,
        Confidence::Medium,
        format!(
            "The server reset the request over HTTP/2 ({}) instead of answering; browsers show {}. \
             Whether HTTP/1.1 works is not known yet. {OWNER_LOOK}",
            code.as_deref().unwrap_or("no code"),
            browser_error(code.as_deref()),
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
