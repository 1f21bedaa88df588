//! The plain sentences of the verdict: one first line per cause, written for a non-technical
//! reader (the words are in `assets/i18n/<lang>/verdict.ftl`), and small formatting helpers
//! shared by the rules and the checklist.

use super::Cause;
use crate::evidence::HttpOutcome;
use crate::fingerprint::Software;

/// "Still checking…" in the current language.
pub fn still_checking() -> String {
    crate::t!("verdict-still-checking")
}

/// "We could not tell which part fails." in the current language.
pub fn no_conclusion() -> String {
    crate::t!("verdict-no-conclusion")
}

/// "This is not your computer." in the current language.
pub fn not_you() -> String {
    crate::t!("verdict-not-you")
}

/// The message of a cause's first line, and whether it is followed by "This is not your
/// computer." (the cause is on the site's side).
fn message(cause: Cause) -> (&'static str, bool) {
    match cause {
        Cause::Healthy => ("cause-healthy", false),
        // The precise causes below come from the server logs (`log_evidence`).
        Cause::UpstreamCrash => ("cause-app-crashed", true),
        Cause::UpstreamOverloaded => ("cause-app-overloaded", true),
        Cause::AppMemoryLimit => ("cause-app-memory", true),
        Cause::UpstreamPermissionDenied
        | Cause::UpstreamHeaderTooBig
        | Cause::UpstreamTlsFailed
        | Cause::UpstreamUnresolved
        | Cause::SocketPathMismatch => ("cause-app-misconfigured", true),
        Cause::BackendDisabled => ("cause-backend-disabled", true),
        Cause::UpstreamFailed
        | Cause::NoHealthyUpstream
        | Cause::UpstreamRefused
        | Cause::PhpFpmDown
        | Cause::UpstreamClosed => ("cause-app-not-answering", true),
        Cause::UpstreamTimeout => ("cause-app-too-slow", true),
        Cause::Http2Only => ("cause-http2-only", true),
        Cause::AppError => ("cause-app-error", true),
        Cause::ServerError => ("cause-server-error", true),
        Cause::ServiceUnavailable => ("cause-service-unavailable", true),
        Cause::Maintenance => ("cause-maintenance", true),
        Cause::OriginDown | Cause::OriginTimeout | Cause::OriginUnreachable => {
            ("cause-origin-not-answering", true)
        }
        Cause::OriginBadGateway => ("cause-origin-bad-gateway", true),
        Cause::OriginBadResponse => ("cause-origin-bad-response", true),
        Cause::OriginTls => ("cause-origin-tls", true),
        Cause::CdnError => ("cause-cdn-error", true),
        Cause::ProviderIncident => ("cause-provider-incident", true),
        Cause::ProviderMaintenance => ("cause-provider-maintenance", true),
        Cause::RateLimited => ("cause-rate-limited", false),
        Cause::BrowserBlocked => ("cause-browser-blocked", false),
        Cause::DnsNxdomain => ("cause-dns-nxdomain", false),
        Cause::DnsServfail => ("cause-dns-servfail", false),
        Cause::DnsNoRecords => ("cause-dns-no-records", false),
        Cause::DnsTimeout => ("cause-dns-timeout", false),
        Cause::DnsError => ("cause-dns-error", false),
        Cause::NoNetwork => ("cause-no-network", false),
        Cause::LocalProxyFailed => ("cause-local-proxy", false),
        Cause::ClockWrong => ("cause-clock-wrong", false),
        Cause::TlsIntercepted => ("cause-tls-intercepted", false),
        Cause::CaptivePortal => ("cause-captive-portal", false),
        Cause::BotChallenge => ("cause-bot-challenge", false),
        Cause::ProxyBlocked => ("cause-proxy-blocked", false),
        Cause::TcpRefused => ("cause-tcp-refused", true),
        // The causes below come from "Is it down for everyone?" (`world_evidence`).
        Cause::DownEverywhere => ("cause-down-everywhere", true),
        Cause::OnlyFromHere => ("cause-only-from-here", false),
        Cause::DnsOnlyHere => ("cause-dns-only-here", false),
        Cause::CdnRegion => ("cause-cdn-region", false),
        Cause::RegionalOutage => ("cause-regional-outage", false),
        Cause::TcpTimeout => ("cause-tcp-timeout", false),
        Cause::TcpUnreachable => ("cause-tcp-unreachable", false),
        Cause::TlsHandshakeFailed | Cause::TlsTimeout => ("cause-tls-failed", true),
        Cause::TlsExpired => ("cause-tls-expired", false),
        Cause::TlsWrongHost => ("cause-tls-wrong-host", false),
        Cause::TlsUntrusted => ("cause-tls-untrusted", false),
        Cause::TlsInvalid => ("cause-tls-invalid", false),
        Cause::ResponseTimeout => ("cause-response-timeout", true),
        Cause::ConnectionClosed => ("cause-connection-closed", true),
        Cause::NotHttp => ("cause-not-http", true),
        Cause::RedirectLoop => ("cause-redirect-loop", true),
        Cause::TooManyRedirects => ("cause-too-many-redirects", true),
        // PHP-FPM was asked for a script it does not have (the web server's script path is wrong).
        Cause::ScriptNotFound => ("cause-server-trouble", true),
        Cause::ClientError(_) => ("cause-client-error", false),
        Cause::Unknown => ("verdict-no-conclusion", false),
    }
}

/// The first line for a cause, in the current language. `edge` names the CDN when the cause is
/// about one; `clear_you` adds "This is not your computer." to the causes on the site's side
/// (false while nothing proves this computer's connection works).
pub fn summary(cause: Cause, edge: Option<Software>, clear_you: bool) -> String {
    let cdn = edge
        .map(|e| e.display_name().to_string())
        .unwrap_or_else(|| crate::t!("verdict-cdn-generic"));
    let (key, site_side) = message(cause);
    let line = crate::i18n::tr(key, &[("cdn", crate::i18n::FluentValue::from(cdn))]);
    if site_side && clear_you {
        format!("{line} {}", not_you())
    } else {
        line
    }
}

/// A duration in plain words: "12 ms", "3.4 s", "2 min".
pub fn duration_ms(ms: f64) -> String {
    if !ms.is_finite() || ms < 0.0 {
        return crate::t!("duration-unknown");
    }
    if ms < 1000.0 {
        crate::t!("duration-ms", n = format!("{ms:.0}"))
    } else if ms < 120_000.0 {
        crate::t!("duration-s", n = format!("{:.1}", ms / 1000.0))
    } else {
        crate::t!("duration-min", n = format!("{:.0}", ms / 60_000.0))
    }
}

/// A wait in plain words: "30 seconds", "1 minute", "5 minutes", "1 hour".
pub fn wait(secs: u64) -> String {
    match secs {
        0..=1 => crate::t!("wait-moment"),
        2..=119 => crate::t!("wait-seconds", n = secs),
        120..=5399 => crate::t!("wait-minutes", n = secs.div_ceil(60)),
        _ => crate::t!("wait-hours", n = secs.div_ceil(3600)),
    }
}

/// How an exchange ended when no response came, in plain words.
pub fn outcome(o: HttpOutcome) -> String {
    crate::i18n::tr(
        match o {
            HttpOutcome::Response => "outcome-answer",
            HttpOutcome::DnsFailed => "outcome-dns-failed",
            HttpOutcome::ConnectRefused => "outcome-refused",
            HttpOutcome::ConnectTimeout => "outcome-connect-timeout",
            HttpOutcome::ConnectFailed => "outcome-connect-failed",
            HttpOutcome::TlsFailed => "outcome-tls-failed",
            HttpOutcome::Timeout => "outcome-timeout",
            HttpOutcome::ConnectionClosed => "outcome-closed",
            HttpOutcome::ProtocolError => "outcome-protocol-error",
            HttpOutcome::Http2Error => "outcome-http2-reset",
            HttpOutcome::ProxyFailed => "outcome-proxy-failed",
            HttpOutcome::RedirectLoop => "outcome-redirect-loop",
            HttpOutcome::TooManyRedirects => "outcome-too-many-redirects",
        },
        &[],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_cdn_sentence_names_the_cdn() {
        for cause in [
            Cause::OriginDown,
            Cause::OriginTls,
            Cause::CdnError,
            Cause::OriginBadResponse,
            Cause::OriginBadGateway,
        ] {
            let s = summary(cause, Some(Software::Cloudflare), true);
            assert!(s.contains("Cloudflare"), "{cause}: {s}");
        }
    }

    #[test]
    fn durations_and_waits_read_naturally() {
        assert_eq!(duration_ms(12.0), "12 ms");
        assert_eq!(duration_ms(60_400.0), "60.4 s");
        assert_eq!(wait(60), "60 seconds");
        assert_eq!(wait(300), "5 minutes");
        assert_eq!(wait(3600), "60 minutes");
        assert_eq!(wait(7200), "2 hours");
    }
}
