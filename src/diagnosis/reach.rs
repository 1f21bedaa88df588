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

/// What is wrong with the certificate, in a few words ("expired").
pub fn cert_words(o: TlsOutcome) -> String {
    crate::i18n::tr(
        match o {
            TlsOutcome::Expired => "dx-cert-words-expired",
            TlsOutcome::WrongHost => "dx-cert-words-wrong-host",
            TlsOutcome::Untrusted => "dx-cert-words-untrusted",
            _ => "dx-cert-words-invalid",
        },
        &[],
    )
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
            crate::t!(
                "dx-tls-clock-wrong",
                until = tls.not_after.as_deref().unwrap_or("?"),
                date = f.header("date").unwrap_or("?")
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
            crate::t!("dx-tls-intercepted", issuer = issuer),
        );
    }
    let (cause, detail) = match outcome {
        TlsOutcome::Expired => {
            let fix = if tls_culprit(f) == Culprit::Cdn {
                crate::t!("dx-cert-fix-cdn")
            } else {
                crate::t!("dx-cert-fix-server")
            };
            let host = host.as_str();
            let detail = match (tls.days_left, tls.not_after.as_deref()) {
                (Some(d), Some(at)) if d < 0 => crate::t!(
                    "dx-cert-expired-days-at",
                    host = host,
                    days = -d,
                    at = at,
                    fix = fix
                ),
                (Some(d), None) if d < 0 => {
                    crate::t!("dx-cert-expired-days", host = host, days = -d, fix = fix)
                }
                (_, Some(at)) => {
                    crate::t!("dx-cert-not-valid-now", host = host, at = at, fix = fix)
                }
                _ => crate::t!("dx-cert-out-of-date", host = host, fix = fix),
            };
            (Cause::TlsExpired, detail)
        }
        TlsOutcome::WrongHost => (
            Cause::TlsWrongHost,
            crate::t!(
                "dx-cert-wrong-host",
                host = host.as_str(),
                names = if tls.sans.is_empty() {
                    tls.subject
                        .clone()
                        .unwrap_or_else(|| crate::t!("dx-cert-other-names"))
                } else {
                    tls.sans.join(", ")
                }
            ),
        ),
        TlsOutcome::Untrusted => (Cause::TlsUntrusted, crate::t!("dx-cert-untrusted")),
        _ => (
            Cause::TlsInvalid,
            match tls.error.as_deref().filter(|e| !e.trim().is_empty()) {
                Some(e) => crate::t!("dx-cert-rejected-error", error = e),
                None => crate::t!("dx-cert-rejected"),
            },
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
        .filter(|e| !e.trim().is_empty());
    let port = f.ev.target.port.to_string();
    let (cause, detail) = match (outcome == TlsOutcome::Timeout, error) {
        (true, Some(e)) => (
            Cause::TlsTimeout,
            crate::t!("dx-tls-timeout-error", error = e),
        ),
        (true, None) => (Cause::TlsTimeout, crate::t!("dx-tls-timeout")),
        (false, Some(e)) => (
            Cause::TlsHandshakeFailed,
            crate::t!("dx-tls-failed-error", error = e, port = port),
        ),
        (false, None) => (
            Cause::TlsHandshakeFailed,
            crate::t!("dx-tls-failed", port = port),
        ),
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
        crate::t!("dx-no-network", endpoints = refs.join(", ")),
    )
}

pub fn dns(f: &Facts, outcome: DnsOutcome) -> Finding {
    let up = f.network == Network::Up;
    let host = f.ev.target.host.as_str();
    let dns = f.ev.dns.clone().unwrap_or_default();
    // "system" (the data's word for the system resolver) is chosen in the message.
    let resolver = if dns.resolver.is_empty() {
        "system"
    } else {
        dns.resolver.as_str()
    };
    let (cause, confidence, detail) = match outcome {
        DnsOutcome::NxDomain => (
            Cause::DnsNxdomain,
            if up {
                Confidence::High
            } else {
                Confidence::Medium
            },
            crate::t!("dx-dns-nxdomain", resolver = resolver, host = host),
        ),
        DnsOutcome::ServFail => (
            Cause::DnsServfail,
            Confidence::Medium,
            crate::t!("dx-dns-servfail", resolver = resolver, host = host),
        ),
        DnsOutcome::NoRecords => (
            Cause::DnsNoRecords,
            if up {
                Confidence::High
            } else {
                Confidence::Medium
            },
            crate::t!("dx-dns-no-records", host = host),
        ),
        DnsOutcome::Timeout => (
            Cause::DnsTimeout,
            if up {
                Confidence::Medium
            } else {
                Confidence::Low
            },
            crate::t!("dx-dns-timeout", resolver = resolver, host = host),
        ),
        _ => (
            Cause::DnsError,
            Confidence::Low,
            match dns
                .error
                .clone()
                .or_else(|| f.ev.http.as_ref().and_then(|h| h.error.clone()))
                .filter(|e| !e.trim().is_empty())
            {
                Some(e) => crate::t!("dx-dns-error-detail", host = host, error = e),
                None => crate::t!("dx-dns-error", host = host),
            },
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
    let port = f.ev.target.port.to_string();
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
        crate::t!("dx-tcp-on-port", port = port)
    } else {
        crate::t!(
            "dx-tcp-on-addresses",
            addresses = addrs.join(", "),
            port = port
        )
    };
    let on = on.as_str();
    let (culprit, cause, confidence, detail) = match outcome {
        TcpOutcome::Refused => (
            Culprit::ReverseProxy,
            Cause::TcpRefused,
            if up {
                Confidence::High
            } else {
                Confidence::Medium
            },
            crate::t!("dx-tcp-refused", on = on),
        ),
        TcpOutcome::Timeout => (
            Culprit::Unknown,
            Cause::TcpTimeout,
            if up {
                Confidence::Medium
            } else {
                Confidence::Low
            },
            crate::t!("dx-tcp-timeout", on = on),
        ),
        _ => (
            Culprit::Unknown,
            Cause::TcpUnreachable,
            Confidence::Low,
            crate::t!("dx-tcp-unreachable", on = on),
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
            .filter(|e| !e.trim().is_empty());
    let unreachable = VerdictStatus::Unreachable;
    match outcome {
        HttpOutcome::Timeout => {
            let detail = if f.ev.timeout_secs > 0.0 {
                crate::t!(
                    "dx-response-timeout-within",
                    secs = f.ev.timeout_secs.to_string()
                )
            } else {
                crate::t!("dx-response-timeout")
            };
            // Gateways wait 30-100 s before they give up; our own limit may be shorter.
            Finding::new(
                unreachable,
                Culprit::ReverseProxy,
                Cause::ResponseTimeout,
                Confidence::Low,
                detail,
            )
        }
        HttpOutcome::ConnectionClosed => Finding::new(
            unreachable,
            Culprit::ReverseProxy,
            Cause::ConnectionClosed,
            Confidence::Medium,
            match error {
                Some(e) => crate::t!("dx-connection-closed-error", error = e),
                None => crate::t!("dx-connection-closed"),
            },
        ),
        HttpOutcome::Http2Error => super::http2::reset(f),
        HttpOutcome::ProtocolError => Finding::new(
            unreachable,
            Culprit::ReverseProxy,
            Cause::NotHttp,
            Confidence::Medium,
            match error {
                Some(e) => crate::t!("dx-not-http-error", error = e),
                None => crate::t!("dx-not-http"),
            },
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
                if hops.is_empty() && outcome == HttpOutcome::RedirectLoop {
                    crate::t!("dx-redirects-circle")
                } else if hops.is_empty() {
                    crate::t!("dx-redirects-on-and-on")
                } else {
                    crate::t!("dx-redirects-hops", hops = hops.join(" -> "))
                },
            )
        }
        HttpOutcome::ProxyFailed if super::proxy::direct_also_failed(f).is_some() => {
            // The site fails without the proxy as well: the proxy only relayed the failure.
            let direct = super::proxy::direct_also_failed(f)
                .cloned()
                .unwrap_or_default();
            let mut found = super::verdict::attempt_finding(f, &direct);
            found.detail = format!(
                "{} {}",
                crate::t!(
                    "dx-proxy-and-direct-failed",
                    result = super::verdict::attempt_result(&direct)
                ),
                found.detail
            );
            found
        }
        HttpOutcome::ProxyFailed => Finding::new(
            unreachable,
            Culprit::LocalProxy,
            Cause::LocalProxyFailed,
            Confidence::Medium,
            match error {
                Some(e) => crate::t!("dx-proxy-unusable-error", error = e),
                None => crate::t!("dx-proxy-unusable"),
            },
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
        seen.push(crate::t!("dx-so-far-resolved", count = dns.addresses.len()));
    }
    if f.ev.tcp.as_ref().is_some_and(|t| t.any_connected()) {
        seen.push(crate::t!("dx-so-far-connected"));
    }
    if f.ev
        .tls
        .as_ref()
        .is_some_and(|t| t.outcome == TlsOutcome::Ok)
    {
        seen.push(crate::t!("dx-so-far-cert-valid"));
    }
    let detail = if seen.is_empty() {
        String::new()
    } else {
        crate::t!("dx-so-far", seen = seen.join("; "))
    };
    Finding::new(
        VerdictStatus::Unreachable,
        Culprit::Unknown,
        Cause::Unknown,
        Confidence::Low,
        detail,
    )
}
