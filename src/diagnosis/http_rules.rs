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

    fn took(&self) -> String {
        match self.elapsed_secs {
            Some(s) => format!(" after {}", super::wording::duration_ms(s * 1000.0)),
            None => String::new(),
        }
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
            "The answer was 511 Network Authentication Required: the network this computer is on \
             (hotel, train, café Wi-Fi) wants a login before it lets traffic out. Open any web \
             page in a browser to get its login page."
                .into(),
        ),
        500 => finding(
            Culprit::UpstreamApp,
            Cause::AppError,
            grade(true, v.consistency),
            "The application answered 500 Internal Server Error: its error log (PHP error_log, \
                 WordPress wp-content/debug.log) names the failing code."
                .into(),
        ),
        429 => finding(
            Culprit::Unknown,
            Cause::RateLimited,
            Confidence::Medium,
            format!(
                "{} answered 429 Too Many Requests{}.",
                v.who(),
                v.retry_after
                    .as_deref()
                    .map(|r| format!(" with Retry-After: {r}"))
                    .unwrap_or_default()
            ),
        ),
        s if s >= 500 => finding(
            Culprit::UpstreamApp,
            Cause::ServerError,
            Confidence::Low,
            format!("{} answered {s}.", v.who()),
        ),
        s => finding(
            Culprit::Unknown,
            Cause::ClientError(s),
            Confidence::Low,
            format!(
                "{} answered {s}: the request was refused, not a gateway failure.",
                v.who()
            ),
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
            "Cloudflare's error page says the origin web server answered 504 Gateway Timeout: \
             the application behind it did not answer in time. Find the slow requests in the \
             origin's logs (quote the Cloudflare Ray ID)."
                .into(),
        );
    }
    finding(
        Culprit::UpstreamApp,
        Cause::OriginBadGateway,
        c,
        "Cloudflare's error page says the origin web server answered 502 Bad Gateway: the \
         origin's own proxy could not get a response from its application. Read the origin web \
         server's error log (quote the Cloudflare Ray ID)."
            .into(),
    )
}

fn cloudflare(v: &ResponseView) -> Finding {
    // 520-527 are Cloudflare's own codes: strong evidence even without its headers.
    let c = grade(true, v.consistency);
    let (culprit, cause, detail) = match v.status {
        520 => (
            Culprit::UpstreamApp,
            Cause::OriginBadResponse,
            "Cloudflare 520: the origin answered with something empty or invalid (crash, reset, \
             oversized headers). Read the origin's error log.",
        ),
        521 => (
            Culprit::UpstreamApp,
            Cause::OriginDown,
            "Cloudflare 521: the origin refused the connection. Start the web server on the origin \
             and make sure its firewall allows Cloudflare's IP ranges.",
        ),
        522 => (
            Culprit::UpstreamApp,
            Cause::OriginTimeout,
            "Cloudflare 522: the origin did not accept the connection in time; is it running, and \
             does the firewall allow Cloudflare's IP ranges?",
        ),
        523 => (
            Culprit::UpstreamApp,
            Cause::OriginUnreachable,
            "Cloudflare 523: Cloudflare cannot reach the origin; check the origin address in the \
             DNS records at Cloudflare.",
        ),
        524 => (
            Culprit::UpstreamApp,
            Cause::OriginTimeout,
            "Cloudflare 524: the origin accepted the connection but took more than 100 s to \
             answer. Speed up the slow request or move it to a background job.",
        ),
        // 525/526 are about the link from Cloudflare to the origin: the fix is on the origin
        // (its HTTPS, certificate, protocols) or in the SSL/TLS mode, not inside Cloudflare.
        525 => (
            Culprit::UpstreamApp,
            Cause::OriginTls,
            "Cloudflare 525: the TLS handshake between Cloudflare and the origin failed, so the \
             link to your origin is broken, not Cloudflare itself. On the origin: serve HTTPS on \
             port 443 with a certificate for the site's name, and allow TLS 1.2+ with modern \
             ciphers (ECDHE); or match the SSL/TLS mode at Cloudflare to what the origin serves.",
        ),
        526 => (
            Culprit::UpstreamApp,
            Cause::OriginTls,
            "Cloudflare 526: the origin's certificate is not valid for the Full (strict) SSL mode \
             (expired, self-signed or for another name), so the link to your origin is broken, \
             not Cloudflare itself. Install a valid certificate (or a Cloudflare Origin CA one) on \
             the origin.",
        ),
        527 => (
            Culprit::Cdn,
            Cause::CdnError,
            "Cloudflare 527: the Railgun connection to the origin failed.",
        ),
        s => {
            return finding(
                Culprit::Cdn,
                Cause::CdnError,
                c,
                format!(
                    "Cloudflare answered {s} with its own error page: the problem is inside \
                     Cloudflare or between its servers. Check cloudflarestatus.com and quote the \
                     cf-ray id to Cloudflare support."
                ),
            );
        }
    };
    finding(culprit, cause, c, detail.to_string())
}

fn bad_gateway(v: &ResponseView) -> Finding {
    let identified = v.identified;
    if v.software.layer() == Layer::Cdn && v.identified {
        // The CDN's own 502 (CloudFront's "could not connect to the origin", Akamai's
        // reference page ...) is about its link to the origin; which part of the link failed
        // the page rarely says, so never more than medium.
        let dns = v.body.contains("resolve the origin domain name");
        let what = if dns {
            "could not resolve the origin's domain name: check the origin domain set at the CDN \
             and its DNS records"
                .to_string()
        } else {
            "could not connect to the origin or complete TLS with it (refused, timed out, \
             certificate or protocol mismatch). Check the origin domain set at the CDN and its \
             DNS, that the origin's firewall allows the CDN's addresses, and that its certificate \
             matches that name and accepts TLS 1.2 or later"
                .to_string()
        };
        let confidence = match grade(true, v.consistency) {
            Confidence::High => Confidence::Medium,
            c => c,
        };
        return finding(
            Culprit::UpstreamApp,
            Cause::OriginUnreachable,
            confidence,
            format!(
                "{} answered 502 with its own error page: it {what}. This is the link between the \
                 CDN and your origin, not the CDN failing; test the origin directly with --origin.",
                v.who()
            ),
        );
    }
    // The verdict uses the strict window only: a 502 that comes a little late after a whole
    // number of seconds (PHP-FPM's killed worker) is left to the owner's php_limits item, which
    // can say "probably" without changing what the visitor is told.
    if let Some(limit) = v.elapsed_secs.and_then(|e| likely_limit(e, &v.seen())) {
        return finding(
            Culprit::UpstreamApp,
            Cause::UpstreamTimeout,
            grade(identified, v.consistency),
            format!(
                "{} answered 502{}, close to {limit}: the application did not answer in time. \
                 Find the slow requests (access log times, PHP-FPM slow log) or raise the limit \
                 with care.",
                v.who(),
                v.took()
            ),
        );
    }
    if let Some(quoted) = v
        .app_page
        .as_ref()
        .filter(|_| v.software.layer() != Layer::Cdn)
    {
        let via = match v.software {
            Software::Unknown => String::new(),
            sw => format!(" ({} passed it on)", sw.display_name()),
        };
        return finding(
            Culprit::UpstreamApp,
            Cause::AppError,
            grade(true, v.consistency),
            format!(
                "The application answered 502 itself{via}: the body is its own, not a proxy's \
                 error page (\"{quoted}\"). It did answer; something it depends on failed (a \
                 database, an API or service it calls). Read the application's log and check \
                 its dependencies."
            ),
        );
    }
    let detail = match v.software {
        Software::Nginx => format!(
            "nginx answered 502{}: it got no usable answer from its upstream (the connection \
             was refused or closed, or the answer was invalid or its headers too big). Start or \
             restart the app server (e.g. `systemctl restart php8.2-fpm`) and read nginx's \
             error.log, which names which one.",
            v.took()
        ),
        Software::Apache => "Apache's mod_proxy got no valid response from its backend \
             (AH00957, AH01114 or AH00898 in error_log). Start or restart the backend and read \
             Apache's error_log."
            .to_string(),
        Software::AwsElb => "The AWS load balancer got no valid response from its target: the \
             target refused or closed the connection. Check the targets' health, and make the \
             app's keep-alive timeout longer than the balancer's idle timeout (60 s) to avoid \
             racing a closing connection."
            .to_string(),
        Software::GcpLb | Software::Azure | Software::Heroku | Software::Haproxy => format!(
            "The {} got no valid response from the backend behind it (refused, reset or \
             invalid). Check that the backends are running and healthy, and read their logs.",
            v.name()
        ),
        Software::Unknown => "An unidentified server answered 502: a gateway got no valid \
             response from the application behind it. Check the web server's error log."
            .to_string(),
        sw => format!(
            "{} answered 502{}: it could not get a response from the application behind it. \
             Start or restart the app server and read {}'s error log.",
            sw.display_name(),
            v.took(),
            sw.display_name()
        ),
    };
    let detail = match (v.edge, v.software.layer()) {
        (Some(edge), Layer::ReverseProxy) if edge != v.software => {
            format!("{detail} ({} passed the error on.)", edge.display_name())
        }
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
            format!(
                "{} has no healthy backend to send the request to: every backend is down or \
                 failing its health check. Start the backends and check the health check path.",
                v.who()
            ),
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
            format!(
                "{} answered 503 because its backend refused or dropped the connection. Start \
                 or restart the backend and read {}'s error log.",
                v.who(),
                v.who()
            ),
        );
    }
    if body.contains("first byte timeout") {
        return finding(
            Culprit::UpstreamApp,
            Cause::UpstreamTimeout,
            grade(identified, v.consistency),
            format!(
                "{} answered 503 \"first byte timeout\"{}: the origin did not start its answer \
                 in time. Find the slow requests in the origin's logs or raise the limit with care.",
                v.who(),
                v.took()
            ),
        );
    }
    if let Some(limit) = v.elapsed_secs.and_then(|e| likely_limit(e, &v.seen())) {
        return finding(
            Culprit::UpstreamApp,
            Cause::UpstreamTimeout,
            grade(identified, v.consistency),
            format!(
                "{} answered 503{}, close to {limit}: the application behind it did not answer \
                 in time.",
                v.who(),
                v.took()
            ),
        );
    }
    if body.contains("guru meditation") {
        return finding(
            Culprit::UpstreamApp,
            Cause::UpstreamFailed,
            grade(identified, v.consistency),
            format!(
                "{} answered 503 with its \"Guru Meditation\" page: it could not get a usable \
                 answer from the backend. Check that the backend is running and read its logs.",
                v.who()
            ),
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
        let why = match &v.retry_after {
            Some(r) => format!("with a maintenance page and Retry-After: {r}"),
            None => "with a maintenance page".to_string(),
        };
        return finding(
            Culprit::UpstreamApp,
            Cause::Maintenance,
            if v.consistency == Consistency::Same {
                Confidence::High
            } else {
                Confidence::Medium
            },
            format!(
                "The site answered 503 {why}. If the maintenance is over, switch maintenance \
                 mode off (e.g. WordPress' .maintenance file)."
            ),
        );
    }
    let retry = v
        .retry_after
        .as_deref()
        .map(|r| format!(" with Retry-After: {r} (it expects to be back then)"))
        .unwrap_or_default();
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
        format!(
            "{} answered 503 Service Unavailable{retry}: the application is overloaded, stopped \
             or in maintenance. Check its process manager (e.g. PHP-FPM pm.max_children) and its \
             error log.",
            v.who()
        ),
    )
}

fn timeout(v: &ResponseView) -> Finding {
    let identified = v.identified;
    let limit = v
        .elapsed_secs
        .and_then(|e| likely_limit(e, &v.seen()))
        .map(|l| format!(", close to {l}"))
        .unwrap_or_default();
    finding(
        Culprit::UpstreamApp,
        Cause::UpstreamTimeout,
        grade(identified, v.consistency),
        format!(
            "{} answered 504{}{limit}: the application behind it did not answer in time. Find \
             the slow requests (access log times, PHP-FPM slow log) or raise the limit with care.",
            v.who(),
            v.took()
        ),
    )
}
