//! Rules for an HTTP response that arrived: what its status code, its responder and its body say
//! about which layer failed (who answered comes from `assets/signatures.toml`, via `responder`).
//!
//! The same rules judge the main response and, for intermittent failures, a failed refresh
//! attempt (which only carries its status, `Server` and `Retry-After`), so they work on a small
//! `ResponseView` rather than on the full observation.

use super::Finding;
use super::facts::Consistency;
use super::timeouts::likely_limit;
use super::{Cause, Confidence, Culprit, VerdictStatus};
use crate::fingerprint::{Layer, Software};

/// What the rules need to know about one response.
#[derive(Debug, Clone)]
pub struct ResponseView {
    pub status: u16,
    /// The software that produced the page (`Unknown` when not recognised).
    pub software: Software,
    /// `software` rests on strong evidence (false for unknown and weak-only hints).
    pub identified: bool,
    /// The CDN or load balancer seen in front, if any.
    pub edge: Option<Software>,
    /// The web server seen behind or at the front, if any.
    pub web_server: Option<Software>,
    pub retry_after: Option<String>,
    /// Lower-cased start of the body.
    pub body: String,
    /// When the answer started, in seconds after the request.
    pub elapsed_secs: Option<f64>,
    /// Refresh attempts compared with this response.
    pub consistency: Consistency,
    /// The body (as sent, whitespace collapsed, shortened) when it is the application's own
    /// answer passed through, not the proxy's error page: see [`app_page`].
    pub app_page: Option<String>,
}

/// Did the application behind the proxy write this error response itself? Its body is not a
/// server's or CDN's error page from the signature table, and it carries the application's marks:
/// an `X-Powered-By` header (PHP, Express ...), or a JSON or XML body when no CDN or load
/// balancer is in front (API gateways in front answer their own errors in JSON). An error page
/// the proxy was configured to show has neither.
pub fn app_page(status: u16, headers: &[(String, String)], body: &str, edge: bool) -> bool {
    let header = |name: &str| {
        headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.to_ascii_lowercase())
    };
    let structured = header("content-type")
        .is_some_and(|t| t.contains("json") || t.contains("xml"))
        || body.trim_start().starts_with('{');
    let powered = header("x-powered-by").is_some();
    !body.trim().is_empty()
        && !crate::fingerprint::is_known_error_page(Some(status), body)
        && (powered || (structured && !edge))
}

impl ResponseView {
    fn name(&self) -> &'static str {
        self.software.display_name()
    }

    /// The name at the start of a sentence ("An unknown server").
    fn who(&self) -> String {
        if self.software == Software::Unknown {
            return crate::t!("dx-who-unknown");
        }
        let name = self.name();
        let mut chars = name.chars();
        match chars.next() {
            Some(first) => first.to_uppercase().chain(chars).collect(),
            None => String::new(),
        }
    }

    fn is(&self, sw: Software) -> bool {
        self.software == sw
    }

    fn seen(&self) -> Vec<Software> {
        [Some(self.software), self.edge, self.web_server]
            .into_iter()
            .flatten()
            .collect()
    }

    /// How long the answer took, in words ("60.4 s"), when known.
    fn took(&self) -> Option<String> {
        self.elapsed_secs
            .map(|s| super::wording::duration_ms(s * 1000.0))
    }
}

/// High when the responder is known and every refresh failed the same way, medium when known,
/// low when the responder is a guess.
pub fn grade(identified: bool, consistency: Consistency) -> Confidence {
    match (identified, consistency) {
        (true, Consistency::Same) => Confidence::High,
        (true, _) => Confidence::Medium,
        (false, _) => Confidence::Low,
    }
}

fn finding(culprit: Culprit, cause: Cause, confidence: Confidence, detail: String) -> Finding {
    Finding {
        status: VerdictStatus::Failing,
        culprit,
        cause,
        confidence,
        detail,
    }
}

/// Judge a response with a status of 400 or more (2xx/3xx are healthy and handled by the caller).
pub fn classify(v: &ResponseView) -> Finding {
    let s = v.status;
    if (520..=527).contains(&s) {
        return cloudflare(v);
    }
    if v.is(Software::Cloudflare) && matches!(s, 502 | 504) {
        // Cloudflare's own nginx-style page ends with `<center>cloudflare</center>`: a failure
        // inside Cloudflare. Its branded page (cf-error-details, "Cloudflare Ray ID") reports
        // what the origin answered. A page that names neither is the origin's, passed on
        // (`Server: cloudflare` is stamped on every response it relays).
        if v.body.contains("<center>cloudflare</center>") {
            return cloudflare(v);
        }
        if cloudflare_branded(&v.body) {
            return cloudflare_origin_error(v);
        }
        return classify(&origin_behind(v, Software::Cloudflare));
    }
    if v.is(Software::Cloudfront) && !cloudfront_page(&v.body) && s != 429 {
        // `X-Cache: Error from cloudfront` is also set when CloudFront passes the origin's error
        // on: without CloudFront's own page, judge the origin's answer.
        return classify(&origin_behind(v, Software::Cloudfront));
    }
    match s {
        502 => bad_gateway(v),
        503 => unavailable(v),
        504 => timeout(v),
        511 => finding(
            Culprit::YourConnection,
            Cause::CaptivePortal,
            grade(true, v.consistency),
            crate::t!("dx-http-511"),
        ),
        500 => finding(
            Culprit::UpstreamApp,
            Cause::AppError,
            grade(true, v.consistency),
            crate::t!("dx-http-500"),
        ),
        429 => finding(
            Culprit::Unknown,
            Cause::RateLimited,
            Confidence::Medium,
            match v.retry_after.as_deref() {
                Some(r) => crate::t!("dx-http-429-retry", who = v.who(), retry = r),
                None => crate::t!("dx-http-429", who = v.who()),
            },
        ),
        s if s >= 500 => finding(
            Culprit::UpstreamApp,
            Cause::ServerError,
            Confidence::Low,
            crate::t!("dx-http-answered", who = v.who(), status = s.to_string()),
        ),
        s => finding(
            Culprit::Unknown,
            Cause::ClientError(s),
            Confidence::Low,
            crate::t!("dx-http-4xx", who = v.who(), status = s.to_string()),
        ),
    }
}

/// The same response judged as the origin's, `edge` having only passed it on.
fn origin_behind(v: &ResponseView, edge: Software) -> ResponseView {
    ResponseView {
        software: v.web_server.unwrap_or(Software::Unknown),
        identified: v.web_server.is_some(),
        edge: Some(edge),
        ..v.clone()
    }
}

/// Cloudflare's branded error page (lower-cased body).
fn cloudflare_branded(body: &str) -> bool {
    body.contains("cf-error-details")
        || body.contains("cloudflare ray id")
        || body.contains("the web server reported a bad gateway error")
        || body.contains("the web server reported a gateway time-out error")
}

/// CloudFront's own error page (lower-cased body).
fn cloudfront_page(body: &str) -> bool {
    body.contains("the request could not be satisfied") || body.contains("generated by cloudfront")
}

/// Cloudflare's branded 502/504 page: the origin web server answered that status to Cloudflare.
fn cloudflare_origin_error(v: &ResponseView) -> Finding {
    let c = grade(true, v.consistency);
    if v.status == 504 {
        return finding(
            Culprit::UpstreamApp,
            Cause::UpstreamTimeout,
            c,
            crate::t!("dx-cf-origin-504"),
        );
    }
    finding(
        Culprit::UpstreamApp,
        Cause::OriginBadGateway,
        c,
        crate::t!("dx-cf-origin-502"),
    )
}

fn cloudflare(v: &ResponseView) -> Finding {
    // 520-527 are Cloudflare's own codes: strong evidence even without its headers.
    let c = grade(true, v.consistency);
    let (culprit, cause, key) = match v.status {
        520 => (Culprit::UpstreamApp, Cause::OriginBadResponse, "dx-cf-520"),
        521 => (Culprit::UpstreamApp, Cause::OriginDown, "dx-cf-521"),
        522 => (Culprit::UpstreamApp, Cause::OriginTimeout, "dx-cf-522"),
        523 => (Culprit::UpstreamApp, Cause::OriginUnreachable, "dx-cf-523"),
        524 => (Culprit::UpstreamApp, Cause::OriginTimeout, "dx-cf-524"),
        // 525/526 are about the link from Cloudflare to the origin: the fix is on the origin
        // (its HTTPS, certificate, protocols) or in the SSL/TLS mode, not inside Cloudflare.
        525 => (Culprit::UpstreamApp, Cause::OriginTls, "dx-cf-525"),
        526 => (Culprit::UpstreamApp, Cause::OriginTls, "dx-cf-526"),
        527 => (Culprit::Cdn, Cause::CdnError, "dx-cf-527"),
        s => {
            return finding(
                Culprit::Cdn,
                Cause::CdnError,
                c,
                crate::t!("dx-cf-own-error", status = s.to_string()),
            );
        }
    };
    finding(culprit, cause, c, crate::i18n::tr(key, &[]))
}

fn bad_gateway(v: &ResponseView) -> Finding {
    let identified = v.identified;
    if v.software.layer() == Layer::Cdn && v.identified {
        // The CDN's own 502 (CloudFront's "could not connect to the origin", Akamai's
        // reference page ...) is about its link to the origin; which part of the link failed
        // the page rarely says, so never more than medium.
        let dns = v.body.contains("resolve the origin domain name");
        let confidence = match grade(true, v.consistency) {
            Confidence::High => Confidence::Medium,
            c => c,
        };
        return finding(
            Culprit::UpstreamApp,
            Cause::OriginUnreachable,
            confidence,
            if dns {
                crate::t!("dx-cdn-502-dns", who = v.who())
            } else {
                crate::t!("dx-cdn-502-connect", who = v.who())
            },
        );
    }
    let took = v.took().unwrap_or_default();
    // The verdict uses the strict window only: a 502 that comes a little late after a whole
    // number of seconds (PHP-FPM's killed worker) is left to the owner's php_limits item, which
    // can say "probably" without changing what the visitor is told.
    if let Some(limit) = v.elapsed_secs.and_then(|e| likely_limit(e, &v.seen())) {
        return finding(
            Culprit::UpstreamApp,
            Cause::UpstreamTimeout,
            grade(identified, v.consistency),
            crate::t!(
                "dx-http-502-limit",
                who = v.who(),
                took = took.as_str(),
                limit = limit
            ),
        );
    }
    if let Some(quoted) = v
        .app_page
        .as_ref()
        .filter(|_| v.software.layer() != Layer::Cdn)
    {
        return finding(
            Culprit::UpstreamApp,
            Cause::AppError,
            grade(true, v.consistency),
            match v.software {
                Software::Unknown => crate::t!("dx-app-502", quoted = quoted.as_str()),
                sw => crate::t!(
                    "dx-app-502-via",
                    software = sw.display_name(),
                    quoted = quoted.as_str()
                ),
            },
        );
    }
    let timed = v.took().is_some();
    let detail = match v.software {
        Software::Nginx if timed => crate::t!("dx-nginx-502-timed", took = took.as_str()),
        Software::Nginx => crate::t!("dx-nginx-502"),
        Software::Apache => crate::t!("dx-apache-502"),
        Software::AwsElb => crate::t!("dx-aws-elb-502"),
        Software::GcpLb | Software::Azure | Software::Heroku | Software::Haproxy => {
            crate::t!("dx-lb-502", name = v.name())
        }
        Software::Unknown => crate::t!("dx-unknown-502"),
        sw if timed => crate::t!(
            "dx-server-502-timed",
            software = sw.display_name(),
            took = took.as_str()
        ),
        sw => crate::t!("dx-server-502", software = sw.display_name()),
    };
    let detail = match (v.edge, v.software.layer()) {
        (Some(edge), Layer::ReverseProxy) if edge != v.software => format!(
            "{detail} {}",
            crate::t!("dx-passed-error-on", edge = edge.display_name())
        ),
        _ => detail,
    };
    finding(
        Culprit::UpstreamApp,
        Cause::UpstreamFailed,
        grade(identified, v.consistency),
        detail,
    )
}

fn unavailable(v: &ResponseView) -> Finding {
    let identified = v.identified;
    let body = &v.body;
    if body.contains("no healthy upstream")
        || body.contains("no server is available")
        || (v.is(Software::AwsElb) && !body.contains("maintenance"))
    {
        return finding(
            Culprit::UpstreamApp,
            Cause::NoHealthyUpstream,
            grade(true, v.consistency),
            crate::t!("dx-no-healthy-backend", who = v.who()),
        );
    }
    let backend_refused = body.contains("backend fetch failed")
        || body.contains("upstream connect error")
        || (v.is(Software::Apache) && body.contains("temporarily unable to service your request"));
    if backend_refused {
        return finding(
            Culprit::UpstreamApp,
            Cause::UpstreamFailed,
            grade(true, v.consistency),
            crate::t!("dx-backend-refused-503", who = v.who()),
        );
    }
    let took = v.took();
    if body.contains("first byte timeout") {
        return finding(
            Culprit::UpstreamApp,
            Cause::UpstreamTimeout,
            grade(identified, v.consistency),
            match took {
                Some(took) => crate::t!("dx-first-byte-503-timed", who = v.who(), took = took),
                None => crate::t!("dx-first-byte-503", who = v.who()),
            },
        );
    }
    if let Some(limit) = v.elapsed_secs.and_then(|e| likely_limit(e, &v.seen())) {
        return finding(
            Culprit::UpstreamApp,
            Cause::UpstreamTimeout,
            grade(identified, v.consistency),
            crate::t!(
                "dx-http-503-limit",
                who = v.who(),
                took = took.unwrap_or_default(),
                limit = limit
            ),
        );
    }
    if body.contains("guru meditation") {
        return finding(
            Culprit::UpstreamApp,
            Cause::UpstreamFailed,
            grade(identified, v.consistency),
            crate::t!("dx-guru-meditation-503", who = v.who()),
        );
    }
    const MAINTENANCE: &[&str] = &[
        "maintenance",
        "be right back",
        "back soon",
        "scheduled downtime",
        "scheduled",
    ];
    if MAINTENANCE.iter().any(|w| body.contains(w)) {
        return finding(
            Culprit::UpstreamApp,
            Cause::Maintenance,
            if v.consistency == Consistency::Same {
                Confidence::High
            } else {
                Confidence::Medium
            },
            match v.retry_after.as_deref() {
                Some(r) => crate::t!("dx-maintenance-503-retry", retry = r),
                None => crate::t!("dx-maintenance-503"),
            },
        );
    }
    finding(
        if identified {
            Culprit::UpstreamApp
        } else {
            Culprit::Unknown
        },
        Cause::ServiceUnavailable,
        if identified || v.retry_after.is_some() {
            Confidence::Medium
        } else {
            Confidence::Low
        },
        match v.retry_after.as_deref() {
            Some(r) => crate::t!("dx-http-503-retry", who = v.who(), retry = r),
            None => crate::t!("dx-http-503", who = v.who()),
        },
    )
}

fn timeout(v: &ResponseView) -> Finding {
    let identified = v.identified;
    let limit = v.elapsed_secs.and_then(|e| likely_limit(e, &v.seen()));
    let detail = match (v.took(), limit) {
        (Some(took), Some(limit)) => crate::t!(
            "dx-http-504-limit",
            who = v.who(),
            took = took,
            limit = limit
        ),
        (Some(took), None) => crate::t!("dx-http-504-timed", who = v.who(), took = took),
        (None, _) => crate::t!("dx-http-504", who = v.who()),
    };
    finding(
        Culprit::UpstreamApp,
        Cause::UpstreamTimeout,
        grade(identified, v.consistency),
        detail,
    )
}
