//! The plain sentences of the verdict: one first line per cause, written for a
//! non-technical reader, and small formatting helpers shared by the rules and the checklist.

use super::Cause;
use crate::evidence::HttpOutcome;
use crate::fingerprint::Software;

pub const STILL_CHECKING: &str = "Still checking…";
pub const NO_CONCLUSION: &str = "We could not tell which part fails. Here is what we saw.";
pub const HEALTHY: &str = "The site is working now. If your browser still shows the error, clear its cache for this site.";
pub const NOT_YOU: &str = "This is not your computer.";

/// The first line for a cause. `edge` names the CDN when the cause is about one.
pub fn summary(cause: Cause, edge: Option<Software>) -> String {
    let cdn = edge
        .map(Software::display_name)
        .unwrap_or("content delivery network");
    match cause {
        Cause::Healthy => HEALTHY.to_string(),
        // The precise causes below come from the server logs (`log_evidence`).
        Cause::UpstreamCrash => format!("The site's application crashed while answering. {NOT_YOU}"),
        Cause::UpstreamOverloaded => format!(
            "The site's application is overloaded: more visitors than it has workers for. {NOT_YOU}"
        ),
        Cause::AppMemoryLimit => {
            format!("The site's application ran out of memory while answering. {NOT_YOU}")
        }
        Cause::UpstreamPermissionDenied
        | Cause::UpstreamHeaderTooBig
        | Cause::UpstreamTlsFailed
        | Cause::UpstreamUnresolved
        | Cause::SocketPathMismatch => format!(
            "The site's web server is set up so that it cannot use the application behind it. {NOT_YOU}"
        ),
        Cause::BackendDisabled => format!(
            "The site's web server stopped using its application for a while after errors. {NOT_YOU}"
        ),
        Cause::UpstreamFailed | Cause::NoHealthyUpstream | Cause::UpstreamRefused | Cause::PhpFpmDown
        | Cause::UpstreamClosed => format!(
            "The site's web server is up, but the application behind it is not answering. {NOT_YOU}"
        ),
        Cause::UpstreamTimeout => format!(
            "The site's web server is up, but the application behind it is too slow to answer. {NOT_YOU}"
        ),
        Cause::Http2Only => format!(
            "The site fails when browsers talk to it over HTTP/2, as they all do; over the older \
             HTTP/1.1 it works. Another browser fails the same way: wait for the site to fix it. {NOT_YOU}"
        ),
        Cause::AppError => format!("The site's application ran into an error. {NOT_YOU}"),
        Cause::ServerError => format!("The site's server reported an error. {NOT_YOU}"),
        Cause::ServiceUnavailable => {
            format!("The site is overloaded or stopped right now. {NOT_YOU}")
        }
        Cause::Maintenance => {
            format!("The site is down for maintenance. {NOT_YOU} Try again later.")
        }
        Cause::OriginDown | Cause::OriginTimeout | Cause::OriginUnreachable => {
            format!("The site's own server is not answering its CDN ({cdn}). {NOT_YOU}")
        }
        Cause::OriginBadGateway => format!(
            "The site's own server reported an error to its CDN ({cdn}): the application behind it is not answering. {NOT_YOU}"
        ),
        Cause::OriginBadResponse => format!(
            "The site's own server sent its CDN ({cdn}) an answer it could not use. {NOT_YOU}"
        ),
        Cause::OriginTls => format!(
            "The site's CDN ({cdn}) cannot make a secure connection to the site's own server. {NOT_YOU}"
        ),
        Cause::CdnError => format!("The site's CDN ({cdn}) is failing. {NOT_YOU}"),
        Cause::ProviderIncident => format!(
            "{cdn} reports an incident on its status page right now: this is a known problem at {cdn}, not the site alone. {NOT_YOU}"
        ),
        Cause::ProviderMaintenance => format!(
            "{cdn} reports maintenance in progress on its status page. {NOT_YOU} Try again once it is over."
        ),
        Cause::RateLimited => {
            "The site is turning requests away because it got too many. Wait a little and try again."
                .to_string()
        }
        Cause::BrowserBlocked => {
            "The site blocks some browsers: it refused this one but answered another.".to_string()
        }
        Cause::DnsNxdomain => "The site's name does not lead anywhere right now.".to_string(),
        Cause::DnsServfail => {
            "The site's name cannot be looked up right now: its name servers are failing."
                .to_string()
        }
        Cause::DnsNoRecords => {
            "The site's name exists but does not lead to any server right now.".to_string()
        }
        Cause::DnsTimeout => {
            "Looking up the site's name takes too long: its name servers (or your network) are not answering."
                .to_string()
        }
        Cause::DnsError => "The site's name could not be looked up.".to_string(),
        Cause::NoNetwork => "Your internet connection seems to be down, not the site.".to_string(),
        Cause::LocalProxyFailed => {
            "A proxy set on this computer is failing; the site works without it.".to_string()
        }
        Cause::ClockWrong => "This computer's clock seems to be wrong, so the site's security \
                          certificate looks expired. Set the date and time correctly."
            .to_string(),
        Cause::TlsIntercepted => "Security software or a network filter on this computer is \
                              intercepting secure connections to the site."
            .to_string(),
        Cause::CaptivePortal => {
            "This network wants you to log in (Wi-Fi login page) before it lets you reach the site."
                .to_string()
        }
        Cause::BotChallenge => {
            "The site's CDN (Cloudflare) asks browsers to pass a bot check; your own browser can usually pass it — this tool cannot."
                .to_string()
        }
        Cause::ProxyBlocked => {
            "A proxy or filter on this network blocks the site; the site itself may be fine."
                .to_string()
        }
        Cause::TcpRefused => {
            format!("The site's server is not accepting connections. {NOT_YOU}")
        }
        // The causes below come from "Is it down for everyone?" (`world_evidence`).
        Cause::DownEverywhere => format!(
            "The site is down for everyone: places around the world cannot load it either. {NOT_YOU}"
        ),
        Cause::OnlyFromHere => "The site loads from other places in the world, but not from here: \
                             the problem is between you and the site (your network or your internet provider)."
            .to_string(),
        Cause::DnsOnlyHere => "Other places in the world find the site's name, but the DNS server \
                            this computer asks does not: that DNS server is the problem."
            .to_string(),
        Cause::CdnRegion => format!(
            "The site loads from other places in the world, but the servers of its CDN ({cdn}) that answer you fail."
        ),
        Cause::RegionalOutage => "The site fails from some places in the world and works from others: \
                              a regional problem at the site or its CDN."
            .to_string(),
        Cause::TcpTimeout => {
            "The site's server does not answer: it may be down, or a firewall is in the way."
                .to_string()
        }
        Cause::TcpUnreachable => {
            "The site's server cannot be reached from here: it may be down, or the way to it is broken."
                .to_string()
        }
        Cause::TlsHandshakeFailed | Cause::TlsTimeout => {
            format!("The site's server could not set up a secure connection. {NOT_YOU}")
        }
        Cause::TlsExpired => tls_line("expired"),
        Cause::TlsWrongHost => tls_line("it belongs to another name"),
        Cause::TlsUntrusted => tls_line("it is not from a trusted issuer"),
        Cause::TlsInvalid => tls_line("it is damaged or not accepted"),
        Cause::ResponseTimeout => {
            format!("The site's web server accepted the connection but did not answer in time. {NOT_YOU}")
        }
        Cause::ConnectionClosed => {
            format!("The site's web server hung up without answering. {NOT_YOU}")
        }
        Cause::NotHttp => format!(
            "The site's server answered with something that is not a web page. {NOT_YOU}"
        ),
        Cause::RedirectLoop => format!(
            "The site sends browsers round in circles (a redirect loop), so the page never loads. {NOT_YOU}"
        ),
        Cause::TooManyRedirects => format!(
            "The site redirects too many times before showing a page. {NOT_YOU}"
        ),
        // PHP-FPM was asked for a script it does not have (the web server's script path is wrong).
        Cause::ScriptNotFound => format!("The site's web server is having trouble. {NOT_YOU}"),
        Cause::ClientError(_) => {
            "The site answered, but refused to show this page.".to_string()
        }
        Cause::Unknown => NO_CONCLUSION.to_string(),
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
        HttpOutcome::Http2Error => "HTTP/2 stream reset",
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
            Cause::OriginDown,
            Cause::OriginTls,
            Cause::CdnError,
            Cause::OriginBadResponse,
            Cause::OriginBadGateway,
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
