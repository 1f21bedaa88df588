//! Rules for a target that gave no HTTP response: the visitor's own connection, DNS, TCP, TLS
//! and the HTTP exchange itself, checked in the order a browser goes through them. The
//! certificate rules live here too, since a bad certificate is judged the same way whether or
//! not a page came back.

use super::Finding;
use super::facts::{Facts, Network};
use super::{Cause, Confidence, Culprit, VerdictStatus};
use crate::evidence::{DnsOutcome, HttpOutcome, TcpOutcome, TlsOutcome};
use crate::fingerprint::{Layer, Software};

pub fn is_cert_problem(o: TlsOutcome) -> bool {
    matches!(
        o,
        TlsOutcome::Expired
            | TlsOutcome::WrongHost
            | TlsOutcome::Untrusted
            | TlsOutcome::InvalidCertificate
    )
}

pub fn cert_words(o: TlsOutcome) -> &'static str {
    match o {
        TlsOutcome::Expired => "expired",
        TlsOutcome::WrongHost => "issued for another name",
        TlsOutcome::Untrusted => "not from a trusted issuer",
        _ => "invalid",
    }
}

pub fn cert_problem(f: &Facts) -> Option<Finding> {
    let tls = f.ev.tls.as_ref().filter(|t| is_cert_problem(t.outcome))?;
    Some(tls_cert(f, tls.outcome))
}

pub fn tls_culprit(f: &Facts) -> Culprit {
    let cdn = |s: Software| s.layer() == Layer::Cdn;
    if cdn(f.responder.software) || f.edge.is_some_and(cdn) {
        Culprit::Cdn
    } else {
        Culprit::ReverseProxy
    }
}

/// Issuers of the certificates HTTPS-inspecting security software and corporate proxies
/// present instead of the site's own (lower case).
const INTERCEPTING_ISSUERS: &[&str] = &[
    "zscaler",
    "fortinet",
    "fortigate",
    "palo alto",
    "netskope",
    "blue coat",
    "bluecoat",
    "symantec web",
    "sophos",
    "kaspersky",
    "avast",
    "avg web",
    "eset ssl filter",
    "bitdefender",
    "cisco umbrella",
    "opendns",
    "mcafee web gateway",
    "forcepoint",
    "websense",
    "checkpoint",
    "check point",
    "barracuda",
];

/// The certificate expired by this computer's clock but not by the server's (`Date` header):
/// the clock here is wrong, not the certificate.
fn clock_is_wrong(f: &Facts, not_after: Option<&str>) -> bool {
    let (Some(not_after), Some(date)) = (not_after, f.header("date")) else {
        return false;
    };
    let Ok(not_after) =
        time::OffsetDateTime::parse(not_after, &time::format_description::well_known::Rfc3339)
    else {
        return false;
    };
    let Ok(server_now) = httpdate::parse_http_date(date) else {
        return false;
    };
    let server_now = time::OffsetDateTime::from(server_now);
    server_now < not_after
}

pub fn tls_cert(f: &Facts, outcome: TlsOutcome) -> Finding {
    let tls = f.ev.tls.clone().unwrap_or_default();
    let host = &f.ev.target.host;
    if outcome == TlsOutcome::Expired && clock_is_wrong(f, tls.not_after.as_deref()) {
        return Finding::new(
            VerdictStatus::Failing,
            Culprit::YourConnection,
            Cause::ClockWrong,
            Confidence::Medium,
            format!(
                "The certificate is valid until {} by the server's clock (Date: {}), but this \
                 computer's clock says it has expired: set the date and time on this computer \
                 correctly (turn on automatic time).",
                tls.not_after.as_deref().unwrap_or("?"),
                f.header("date").unwrap_or("?")
            ),
        );
    }
    let issuer = tls.issuer.clone().unwrap_or_default();
    let issuer_lower = issuer.to_lowercase();
    if outcome == TlsOutcome::Untrusted
        && INTERCEPTING_ISSUERS
            .iter()
            .any(|i| issuer_lower.contains(i))
    {
        return Finding::new(
            VerdictStatus::Failing,
            Culprit::YourConnection,
            Cause::TlsIntercepted,
            Confidence::Low,
            format!(
                "The certificate was issued by \"{issuer}\", which is security software or a \
                 corporate proxy inspecting HTTPS on this computer or network, not the site. If \
                 your browser complains too, ask whoever manages this computer or network."
            ),
        );
    }
    let (cause, detail) = match outcome {
        TlsOutcome::Expired => {
            let when = match (tls.days_left, tls.not_after.as_deref()) {
                (Some(d), Some(at)) if d < 0 => format!(" expired {} days ago ({at})", -d),
                (Some(d), None) if d < 0 => format!(" expired {} days ago", -d),
                (_, Some(at)) => format!(" is not valid now (valid until {at})"),
                _ => " is out of date".to_string(),
            };
            let fix = if tls_culprit(f) == Culprit::Cdn {
                "renew the edge certificate in the CDN's dashboard"
            } else {
                "renew it (e.g. `certbot renew`) and reload the web server"
            };
            (
                Cause::TlsExpired,
                format!("The certificate for {host}{when}: {fix}."),
            )
        }
        TlsOutcome::WrongHost => (
            Cause::TlsWrongHost,
            format!(
                "The certificate does not cover {host} (it names {}): install one that includes \
                 this name.",
                if tls.sans.is_empty() {
                    tls.subject.clone().unwrap_or_else(|| "other names".into())
                } else {
                    tls.sans.join(", ")
                }
            ),
        ),
        TlsOutcome::Untrusted => (
            Cause::TlsUntrusted,
            "The certificate chain does not reach a trusted root (self-signed, private CA or a \
             missing intermediate): serve the full chain from a public CA."
                .to_string(),
        ),
        _ => (
            Cause::TlsInvalid,
            format!(
                "The certificate was rejected{}.",
                tls.error
                    .as_deref()
                    .filter(|e| !e.trim().is_empty())
                    .map(|e| format!(": {e}"))
                    .unwrap_or_default()
            ),
        ),
    };
    // Confirmed from the server's side (its Date, the names it serves) it is high; a chain that
    // reaches no trusted root could also be a private CA or inspection software nobody named.
    let confidence = match outcome {
        TlsOutcome::WrongHost => Confidence::High,
        TlsOutcome::Expired if f.header("date").is_some() => Confidence::High,
        _ => Confidence::Medium,
    };
    Finding::new(
        VerdictStatus::Failing,
        tls_culprit(f),
        cause,
        confidence,
        detail,
    )
}

pub fn tls(f: &Facts, outcome: TlsOutcome) -> Finding {
    if is_cert_problem(outcome) {
        return tls_cert(f, outcome);
    }
    let tls = f.ev.tls.clone().unwrap_or_default();
    let error = tls
        .error
        .or_else(|| f.ev.http.as_ref().and_then(|h| h.error.clone()))
        .filter(|e| !e.trim().is_empty())
        .map(|e| format!(": {e}"))
        .unwrap_or_default();
    let (cause, detail) = if outcome == TlsOutcome::Timeout {
        (
            Cause::TlsTimeout,
            format!("The TLS handshake did not finish in time{error}."),
        )
    } else {
        (
            Cause::TlsHandshakeFailed,
            format!(
                "The TLS handshake failed{error}. Check that the server speaks HTTPS on port {} \
                 with a current protocol version.",
                f.ev.target.port
            ),
        )
    };
    Finding::new(
        VerdictStatus::Unreachable,
        tls_culprit(f),
        cause,
        Confidence::Medium,
        detail,
    )
}

pub fn no_network(f: &Facts) -> Finding {
    let refs: Vec<&str> =
        f.ev.connection
            .as_ref()
            .map(|c| c.references.iter().map(|r| r.endpoint.as_str()).collect())
            .unwrap_or_default();
    Finding::new(
        VerdictStatus::Unreachable,
        Culprit::YourConnection,
        Cause::NoNetwork,
        Confidence::High,
        format!(
            "None of the reference endpoints ({}) could be reached either.",
            refs.join(", ")
        ),
    )
}

pub fn dns(f: &Facts, outcome: DnsOutcome) -> Finding {
    let up = f.network == Network::Up;
    let host = &f.ev.target.host;
    let dns = f.ev.dns.clone().unwrap_or_default();
    let resolver = if dns.resolver.is_empty() {
        "system".to_string()
    } else {
        dns.resolver.clone()
    };
    let (cause, confidence, detail) = match outcome {
        DnsOutcome::NxDomain => (
            Cause::DnsNxdomain,
            if up {
                Confidence::High
            } else {
                Confidence::Medium
            },
            format!(
                "The {resolver} resolver says {host} does not exist (NXDOMAIN). Check the domain's \
                 registration and its records at the DNS provider; after a change allow for \
                 propagation (up to 48 h)."
            ),
        ),
        DnsOutcome::ServFail => (
            Cause::DnsServfail,
            Confidence::Medium,
            format!(
                "The {resolver} resolver answered SERVFAIL for {host}: its authoritative name \
                 servers fail, or DNSSEC validation fails."
            ),
        ),
        DnsOutcome::NoRecords => (
            Cause::DnsNoRecords,
            if up {
                Confidence::High
            } else {
                Confidence::Medium
            },
            format!("{host} exists but has no A/AAAA record: add one at the DNS provider."),
        ),
        DnsOutcome::Timeout => (
            Cause::DnsTimeout,
            if up {
                Confidence::Medium
            } else {
                Confidence::Low
            },
            format!("The {resolver} resolver did not answer for {host} in time."),
        ),
        _ => (
            Cause::DnsError,
            Confidence::Low,
            format!(
                "Looking up {host} failed{}.",
                dns.error
                    .or_else(|| f.ev.http.as_ref().and_then(|h| h.error.clone()))
                    .filter(|e| !e.trim().is_empty())
                    .map(|e| format!(": {e}"))
                    .unwrap_or_default()
            ),
        ),
    };
    Finding::new(
        VerdictStatus::Unreachable,
        Culprit::Dns,
        cause,
        confidence,
        detail,
    )
}

pub fn tcp(f: &Facts, outcome: TcpOutcome) -> Finding {
    let up = f.network == Network::Up;
    let port = f.ev.target.port;
    let addrs: Vec<String> =
        f.ev.tcp
            .as_ref()
            .map(|t| {
                t.attempts
                    .iter()
                    .map(|a| a.address.ip().to_string())
                    .collect()
            })
            .unwrap_or_default();
    let on = if addrs.is_empty() {
        format!("port {port}")
    } else {
        format!("{} on port {port}", addrs.join(", "))
    };
    let (culprit, cause, confidence, detail) = match outcome {
        TcpOutcome::Refused => (
            Culprit::ReverseProxy,
            Cause::TcpRefused,
            if up {
                Confidence::High
            } else {
                Confidence::Medium
            },
            format!(
                "Every address refused the connection ({on}): the web server is not running or \
                 not listening there. Start it and check `ss -ltnp`."
            ),
        ),
        TcpOutcome::Timeout => (
            Culprit::Unknown,
            Cause::TcpTimeout,
            if up {
                Confidence::Medium
            } else {
                Confidence::Low
            },
            format!(
                "Connecting timed out ({on}): the server is down or a firewall drops the packets."
            ),
        ),
        _ => (
            Culprit::Unknown,
            Cause::TcpUnreachable,
            Confidence::Low,
            format!("No route to the server ({on})."),
        ),
    };
    Finding::new(
        VerdictStatus::Unreachable,
        culprit,
        cause,
        confidence,
        detail,
    )
}

/// The HTTP exchange ended without a response (also used for failed refresh attempts).
pub fn no_response(f: &Facts, outcome: HttpOutcome) -> Finding {
    let error =
        f.ev.http
            .as_ref()
            .and_then(|h| h.error.as_deref())
            .filter(|e| !e.trim().is_empty())
            .map(|e| format!(" ({e})"))
            .unwrap_or_default();
    let unreachable = VerdictStatus::Unreachable;
    match outcome {
        HttpOutcome::Timeout => {
            let within = if f.ev.timeout_secs > 0.0 {
                format!(" within {} s", f.ev.timeout_secs)
            } else {
                String::new()
            };
            // Gateways wait 30-100 s before they give up; our own limit may be shorter.
            Finding::new(
                unreachable,
                Culprit::ReverseProxy,
                Cause::ResponseTimeout,
                Confidence::Low,
                format!(
                    "Connected, but no response came{within}: the web server is stuck or \
                     overloaded, or simply slower than this check waits. Gateways often wait 30 to \
                     100 s; run again with a longer --timeout (e.g. 120) to see whether an error \
                     page arrives."
                ),
            )
        }
        HttpOutcome::ConnectionClosed => Finding::new(
            unreachable,
            Culprit::ReverseProxy,
            Cause::ConnectionClosed,
            Confidence::Medium,
            format!("The server closed the connection before answering{error}."),
        ),
        HttpOutcome::Http2Error => super::http2::reset(f),
        HttpOutcome::ProtocolError => Finding::new(
            unreachable,
            Culprit::ReverseProxy,
            Cause::NotHttp,
            Confidence::Medium,
            format!(
                "The server answered something that is not HTTP{error}: a wrong port, or HTTPS \
                 and plain HTTP mixed up."
            ),
        ),
        HttpOutcome::RedirectLoop | HttpOutcome::TooManyRedirects => {
            let hops: Vec<String> =
                f.ev.http
                    .as_ref()
                    .map(|h| h.redirects.iter().take(4).map(|r| r.url.clone()).collect())
                    .unwrap_or_default();
            let (cause, confidence) = if outcome == HttpOutcome::RedirectLoop {
                (Cause::RedirectLoop, Confidence::High)
            } else {
                (Cause::TooManyRedirects, Confidence::Medium)
            };
            Finding::new(
                VerdictStatus::Failing,
                Culprit::UpstreamApp,
                cause,
                confidence,
                format!(
                    "The redirects go {}. Check the redirect rules (often HTTP to HTTPS or www \
                     behind a proxy or CDN with the wrong SSL mode).",
                    if hops.is_empty() && outcome == HttpOutcome::RedirectLoop {
                        "round in circles".to_string()
                    } else if hops.is_empty() {
                        "on and on without reaching a page".to_string()
                    } else {
                        hops.join(" -> ")
                    }
                ),
            )
        }
        HttpOutcome::ProxyFailed if super::proxy::direct_also_failed(f).is_some() => {
            // The site fails without the proxy as well: the proxy only relayed the failure.
            let direct = super::proxy::direct_also_failed(f)
                .cloned()
                .unwrap_or_default();
            let mut found = super::verdict::attempt_finding(f, &direct);
            found.detail = format!(
                "The proxy failed, and so did a direct request ({}). {}",
                super::verdict::attempt_result(&direct),
                found.detail
            );
            found
        }
        HttpOutcome::ProxyFailed => Finding::new(
            unreachable,
            Culprit::LocalProxy,
            Cause::LocalProxyFailed,
            Confidence::Medium,
            format!("The configured proxy could not be used{error}."),
        ),
        HttpOutcome::DnsFailed => dns(f, DnsOutcome::Error),
        HttpOutcome::ConnectRefused => tcp(f, TcpOutcome::Refused),
        HttpOutcome::ConnectTimeout => tcp(f, TcpOutcome::Timeout),
        HttpOutcome::ConnectFailed => tcp(f, TcpOutcome::Unreachable),
        HttpOutcome::TlsFailed => tls(f, TlsOutcome::HandshakeFailed),
        HttpOutcome::Response => undecided(f),
    }
}

pub fn undecided(f: &Facts) -> Finding {
    let mut seen = Vec::new();
    if let Some(dns) = &f.ev.dns
        && !dns.addresses.is_empty()
    {
        seen.push(format!(
            "the name resolved to {} address(es)",
            dns.addresses.len()
        ));
    }
    if f.ev.tcp.as_ref().is_some_and(|t| t.any_connected()) {
        seen.push("a connection was made".to_string());
    }
    if f.ev
        .tls
        .as_ref()
        .is_some_and(|t| t.outcome == TlsOutcome::Ok)
    {
        seen.push("the certificate is valid".to_string());
    }
    let detail = if seen.is_empty() {
        String::new()
    } else {
        format!("So far: {}.", seen.join("; "))
    };
    Finding::new(
        VerdictStatus::Unreachable,
        Culprit::Unknown,
        Cause::Unknown,
        Confidence::Low,
        detail,
    )
}
