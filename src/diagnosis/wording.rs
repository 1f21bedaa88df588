//! The plain sentences of the verdict: one first line per cause, written for a
//! non-technical reader, and small formatting helpers shared by the rules and the checklist.

use crate::evidence::HttpOutcome;
use crate::fingerprint::Software;

pub const STILL_CHECKING: &str = "Still checking…";
pub const NO_CONCLUSION: &str = "We could not tell which part fails. Here is what we saw.";
pub const HEALTHY: &str = "The site is working now. If your browser still shows the error, clear its cache for this site.";
pub const NOT_YOU: &str = "This is not your computer.";

/// The first line for a cause. `edge` names the CDN when the cause is about one.
pub fn summary(cause: &str, edge: Option<Software>) -> String {
    let cdn = edge
        .map(Software::display_name)
        .unwrap_or("content delivery network");
    match cause {
        "ok" => HEALTHY.to_string(),
        // The precise causes below come from the server logs (`log_evidence`).
        "upstream_crash" => format!("The site's application crashed while answering. {NOT_YOU}"),
        "upstream_overloaded" => format!(
            "The site's application is overloaded: more visitors than it has workers for. {NOT_YOU}"
        ),
        "app_memory_limit" => {
            format!("The site's application ran out of memory while answering. {NOT_YOU}")
        }
        "upstream_permission_denied"
        | "upstream_header_too_big"
        | "upstream_tls_failed"
        | "upstream_unresolved" => format!(
            "The site's web server is set up so that it cannot use the application behind it. {NOT_YOU}"
        ),
        "backend_disabled" => format!(
            "The site's web server stopped using its application for a while after errors. {NOT_YOU}"
        ),
        "upstream_failed" | "no_healthy_upstream" | "upstream_refused" | "php_fpm_down"
        | "upstream_closed" => format!(
            "The site's web server is up, but the application behind it is not answering. {NOT_YOU}"
        ),
        "upstream_timeout" => format!(
            "The site's web server is up, but the application behind it is too slow to answer. {NOT_YOU}"
        ),
        "app_error" => format!("The site's application ran into an error. {NOT_YOU}"),
        "server_error" => format!("The site's server reported an error. {NOT_YOU}"),
        "service_unavailable" => {
            format!("The site is overloaded or stopped right now. {NOT_YOU}")
        }
        "maintenance" => {
            format!("The site is down for maintenance. {NOT_YOU} Try again later.")
        }
        "origin_down" | "origin_timeout" | "origin_unreachable" => {
            format!("The site's own server is not answering its CDN ({cdn}). {NOT_YOU}")
        }
        "origin_bad_gateway" => format!(
            "The site's own server reported an error to its CDN ({cdn}): the application behind it is not answering. {NOT_YOU}"
        ),
        "origin_bad_response" => format!(
            "The site's own server sent its CDN ({cdn}) an answer it could not use. {NOT_YOU}"
        ),
        "origin_tls" => format!(
            "The site's CDN ({cdn}) cannot make a secure connection to the site's own server. {NOT_YOU}"
        ),
        "cdn_error" => format!("The site's CDN ({cdn}) is failing. {NOT_YOU}"),
        "rate_limited" => {
            "The site is turning requests away because it got too many. Wait a little and try again."
                .to_string()
        }
        "browser_blocked" => {
            "The site blocks some browsers: it refused this one but answered another.".to_string()
        }
        "dns_nxdomain" => "The site's name does not lead anywhere right now.".to_string(),
        "dns_servfail" => {
            "The site's name cannot be looked up right now: its name servers are failing."
                .to_string()
        }
        "dns_no_records" => {
            "The site's name exists but does not lead to any server right now.".to_string()
        }
        "dns_timeout" => {
            "Looking up the site's name takes too long: its name servers (or your network) are not answering."
                .to_string()
        }
        "dns_error" => "The site's name could not be looked up.".to_string(),
        "no_network" => "Your internet connection seems to be down, not the site.".to_string(),
        "local_proxy_failed" => {
            "A proxy set on this computer is failing; the site works without it.".to_string()
        }
        "clock_wrong" => "This computer's clock seems to be wrong, so the site's security \
                          certificate looks expired. Set the date and time correctly."
            .to_string(),
        "tls_intercepted" => "Security software or a network filter on this computer is \
                              intercepting secure connections to the site."
            .to_string(),
        "captive_portal" => {
            "This network wants you to log in (Wi-Fi login page) before it lets you reach the site."
                .to_string()
        }
        "bot_challenge" => {
            "The site's CDN (Cloudflare) asks browsers to pass a bot check; your own browser can usually pass it — this tool cannot."
                .to_string()
        }
        "proxy_blocked" => {
            "A proxy or filter on this network blocks the site; the site itself may be fine."
                .to_string()
        }
        "tcp_refused" => {
            format!("The site's server is not accepting connections. {NOT_YOU}")
        }
        // The causes below come from "Is it down for everyone?" (`world_evidence`).
        "down_everywhere" => format!(
            "The site is down for everyone: places around the world cannot load it either. {NOT_YOU}"
        ),
        "only_from_here" => "The site loads from other places in the world, but not from here: \
                             the problem is between you and the site (your network or your internet provider)."
            .to_string(),
        "dns_only_here" => "Other places in the world find the site's name, but the DNS server \
                            this computer asks does not: that DNS server is the problem."
            .to_string(),
        "cdn_region" => format!(
            "The site loads from other places in the world, but the servers of its CDN ({cdn}) that answer you fail."
        ),
        "regional_outage" => "The site fails from some places in the world and works from others: \
                              a regional problem at the site or its CDN."
            .to_string(),
        "tcp_timeout" => {
            "The site's server does not answer: it may be down, or a firewall is in the way."
                .to_string()
        }
        "tcp_unreachable" => {
            "The site's server cannot be reached from here: it may be down, or the way to it is broken."
                .to_string()
        }
        "tls_handshake_failed" | "tls_timeout" => {
            format!("The site's server could not set up a secure connection. {NOT_YOU}")
        }
        "tls_expired" => tls_line("expired"),
        "tls_wrong_host" => tls_line("it belongs to another name"),
        "tls_untrusted" => tls_line("it is not from a trusted issuer"),
        "tls_invalid" => tls_line("it is damaged or not accepted"),
        "response_timeout" => {
            format!("The site's web server accepted the connection but did not answer in time. {NOT_YOU}")
        }
        "connection_closed" => {
            format!("The site's web server hung up without answering. {NOT_YOU}")
        }
        "not_http" => format!(
            "The site's server answered with something that is not a web page. {NOT_YOU}"
        ),
        "redirect_loop" => format!(
            "The site sends browsers round in circles (a redirect loop), so the page never loads. {NOT_YOU}"
        ),
        "too_many_redirects" => format!(
            "The site redirects too many times before showing a page. {NOT_YOU}"
        ),
        c if c.starts_with("client_error_") => {
            "The site answered, but refused to show this page.".to_string()
        }
        "unknown" => NO_CONCLUSION.to_string(),
        _ => format!("The site's web server is having trouble. {NOT_YOU}"),
    }
}

fn tls_line(why: &str) -> String {
    format!("The site's security certificate is not valid ({why}): browsers will refuse it.")
}

/// "2 of 3 tries failed" style count.
pub fn tries(failed: usize, total: usize) -> String {
    format!("{failed} of {total} tries failed")
}

/// A duration in plain words: "12 ms", "3.4 s", "2 min".
pub fn duration_ms(ms: f64) -> String {
    if !ms.is_finite() || ms < 0.0 {
        return "an unknown time".into();
    }
    if ms < 1000.0 {
        format!("{ms:.0} ms")
    } else if ms < 120_000.0 {
        format!("{:.1} s", ms / 1000.0)
    } else {
        format!("{:.0} min", ms / 60_000.0)
    }
}

/// A wait in plain words: "30 seconds", "1 minute", "5 minutes", "1 hour".
pub fn wait(secs: u64) -> String {
    match secs {
        0..=1 => "a moment".into(),
        2..=119 => format!("{secs} seconds"),
        120..=5399 => format!("{} minutes", secs.div_ceil(60)),
        _ => format!("{} hours", secs.div_ceil(3600)),
    }
}

/// How an exchange ended when no response came, in plain words.
pub fn outcome(o: HttpOutcome) -> &'static str {
    match o {
        HttpOutcome::Response => "an answer",
        HttpOutcome::DnsFailed => "name not found",
        HttpOutcome::ConnectRefused => "connection refused",
        HttpOutcome::ConnectTimeout => "no answer to the connection",
        HttpOutcome::ConnectFailed => "could not connect",
        HttpOutcome::TlsFailed => "secure connection failed",
        HttpOutcome::Timeout => "no answer in time",
        HttpOutcome::ConnectionClosed => "connection closed without an answer",
        HttpOutcome::ProtocolError => "not a web answer",
        HttpOutcome::ProxyFailed => "the proxy failed",
        HttpOutcome::RedirectLoop => "a redirect loop",
        HttpOutcome::TooManyRedirects => "too many redirects",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_cdn_sentence_names_the_cdn() {
        for cause in [
            "origin_down",
            "origin_tls",
            "cdn_error",
            "origin_bad_response",
            "origin_bad_gateway",
        ] {
            let s = summary(cause, Some(Software::Cloudflare));
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
