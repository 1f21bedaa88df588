//! The visitor steps, each backed by real requests: `refresh` (repeat with cache-busting headers),
//! `clear_cache` (a fresh-profile request versus one carrying validators and a large cookie jar),
//! `other_browser` (the header sets of the browsers installed here, `profiles`) and `connection` (reference endpoints, and
//! the system proxy versus a direct request).

use super::dns::ms;
use super::http::{Client, Fetched};
use super::profiles;
use super::tcp;
use crate::browsers::BrowserKind;
use crate::evidence::{
    Attempt, BrowserBasis, ClearCacheObservation, ConnectionObservation, DnsOutcome, HTTP2,
    OtherBrowserObservation, ProxyComparison, ReferenceCheck, RefreshObservation,
};
use crate::target::{Target, parse_host_port, redact_url};
use std::net::SocketAddr;
use std::time::{Duration, Instant};

/// The main request's headers: Chrome's, with this computer's language.
pub fn chrome() -> Vec<(String, String)> {
    profiles::headers_for(BrowserKind::Chrome, profiles::system_locale().as_deref())
}

pub(crate) fn no_cache(mut headers: Vec<(String, String)>) -> Vec<(String, String)> {
    headers.push(("cache-control".into(), "no-cache".into()));
    headers.push(("pragma".into(), "no-cache".into()));
    headers
}

/// Summarise one request for a step.
pub fn attempt(label: &str, fetched: &Fetched) -> Attempt {
    let h = &fetched.http;
    Attempt {
        label: label.to_string(),
        outcome: h.outcome,
        status: h.status,
        total_ms: h.timings.total,
        first_byte_ms: h.timings.first_byte,
        server: h.header("server").map(str::to_string),
        retry_after: h.header("retry-after").map(str::to_string),
        error: h.error.clone(),
        protocol: h.protocol.clone(),
        http2_error: h.http2_error.clone(),
    }
}

/// `refresh`: `retries` requests started `spacing` apart (they run side by side, so a hanging
/// site costs one timeout, not one per try). When the first try spoke HTTP/2, one more request
/// offering only HTTP/1.1 starts as soon as it is done, beside the other tries: the comparison
/// that tells a failure of HTTP/2 alone (a stream reset, `GOAWAY`, another status) from a
/// failure of the site.
pub async fn refresh(
    client: &Client,
    target: &Target,
    addrs: Option<&[SocketAddr]>,
    retries: u32,
    spacing: Duration,
) -> RefreshObservation {
    let headers = no_cache(chrome());
    let first = async {
        let f = client.fetch(target, addrs, &headers, true).await;
        let first = attempt(&crate::t!("eng-step-try", n = 1), &f);
        let http1 = if first.protocol.as_deref() == Some(HTTP2) {
            let f = client.fetch_http1(target, addrs, &headers).await;
            Some(attempt(&crate::t!("eng-step-try-http1"), &f))
        } else {
            None
        };
        (first, http1)
    };
    let tries = (1..retries).map(|i| {
        let headers = &headers;
        async move {
            tokio::time::sleep(spacing * i).await;
            let f = client.fetch(target, addrs, headers, true).await;
            attempt(&crate::t!("eng-step-try", n = i + 1), &f)
        }
    });
    let (first, rest) = if retries == 0 {
        ((None, None), Vec::new())
    } else {
        let ((a, h), rest) = tokio::join!(first, tcp::futures_join_all(tries));
        ((Some(a), h), rest)
    };
    RefreshObservation {
        attempts: first.0.into_iter().chain(rest).collect(),
        http1: first.1,
    }
}

/// `clear_cache`: what a fresh browser profile gets versus a browser with history for this site.
pub async fn clear_cache(
    client: &Client,
    target: &Target,
    addrs: Option<&[SocketAddr]>,
    first: &Fetched,
) -> ClearCacheObservation {
    let clean_headers = no_cache(chrome());
    let mut cached_headers = chrome();
    let etag = first.http.header("etag").map(str::to_string);
    let modified = first
        .http
        .header("last-modified")
        .map(str::to_string)
        .unwrap_or_else(|| {
            httpdate::fmt_http_date(std::time::SystemTime::now() - Duration::from_secs(86_400))
        });
    if let Some(etag) = etag {
        cached_headers.push(("if-none-match".into(), etag));
    }
    cached_headers.push(("if-modified-since".into(), modified));
    cached_headers.push(("cookie".into(), browser_cookie_jar(first)));
    let names = cached_headers
        .iter()
        .map(|(n, _)| n.clone())
        .filter(|n| n.starts_with("if-") || n == "cookie")
        .collect();
    let (clean, cached) = tokio::join!(
        client.fetch(target, addrs, &clean_headers, true),
        client.fetch(target, addrs, &cached_headers, true)
    );
    ClearCacheObservation {
        clean: attempt(&crate::t!("eng-step-fresh-profile"), &clean),
        cached: attempt(&crate::t!("eng-step-with-cache"), &cached),
        cached_headers: names,
    }
}

/// The cookies a returning visitor sends: the site's own cookie names, plus the analytics and
/// consent cookies that make real cookie headers several KiB long (about 6 KiB in all).
fn browser_cookie_jar(first: &Fetched) -> String {
    let mut parts: Vec<String> = first
        .http
        .headers
        .iter()
        .filter(|(n, _)| n == "set-cookie")
        .filter_map(|(_, v)| v.split('=').next())
        .map(|name| format!("{}={}", name.trim(), "a1b2c3d4e5f6a7b8c9d0".repeat(2)))
        .collect();
    parts.push("_ga=GA1.1.1234567890.1700000000".into());
    parts.push("_gid=GA1.1.987654321.1700000000".into());
    let mut i = 0;
    while parts.iter().map(|p| p.len() + 2).sum::<usize>() < 6000 {
        parts.push(format!("pref_{i}={}", "x".repeat(180)));
        i += 1;
    }
    parts.join("; ")
}

/// Most browsers the "another browser" step emulates.
pub const MAX_OTHER_BROWSERS: usize = 3;

/// Which browsers "another browser" emulates: the ones `chosen` (`--browser`), else the ones
/// installed here other than Chrome (the main request is Chrome's), one per name, at most
/// [`MAX_OTHER_BROWSERS`]; with none, Firefox and Safari.
pub fn other_browsers(
    chosen: Option<&[BrowserKind]>,
    installed: &[BrowserKind],
) -> (Vec<BrowserKind>, BrowserBasis) {
    let unique = |list: &[BrowserKind], skip_chrome: bool| {
        let mut out: Vec<BrowserKind> = Vec::new();
        for k in list {
            let main_one = skip_chrome && *k == BrowserKind::Chrome;
            if !main_one && !out.contains(k) {
                out.push(*k);
            }
        }
        out.truncate(MAX_OTHER_BROWSERS);
        out
    };
    if let Some(list) = chosen.filter(|l| !l.is_empty()) {
        return (unique(list, false), BrowserBasis::Chosen);
    }
    let found = unique(installed, true);
    if found.is_empty() {
        (
            vec![BrowserKind::Firefox, BrowserKind::Safari],
            BrowserBasis::Standard,
        )
    } else {
        (found, BrowserBasis::Installed)
    }
}

/// `other_browser`: the same page with the headers of `browsers` (see [`other_browsers`]).
pub async fn other_browser(
    client: &Client,
    target: &Target,
    addrs: Option<&[SocketAddr]>,
    browsers: &[BrowserKind],
    basis: BrowserBasis,
) -> OtherBrowserObservation {
    let locale = profiles::system_locale();
    let profiles = browsers.iter().map(|b| {
        let headers = no_cache(profiles::headers_for(*b, locale.as_deref()));
        async move {
            let f = client.fetch(target, addrs, &headers, true).await;
            attempt(b.name(), &f)
        }
    });
    OtherBrowserObservation {
        profiles: tcp::futures_join_all(profiles).await,
        basis,
    }
}

/// `connection`: can this computer reach well-known endpoints, and does a configured proxy work?
pub async fn connection(
    client: &Client,
    target: &Target,
    references: &[String],
) -> ConnectionObservation {
    let checks = references.iter().map(|r| reference(client, r));
    let proxy_check = async {
        let proxy = client.proxy_for(target)?;
        let headers = no_cache(chrome());
        let (via, direct) = tokio::join!(
            client.fetch(target, None, &headers, true),
            client.fetch(target, None, &headers, false)
        );
        Some(ProxyComparison {
            proxy: redact_url(proxy.as_str()),
            via_proxy: attempt(&crate::t!("eng-step-through-proxy"), &via),
            direct: attempt(&crate::t!("eng-step-direct"), &direct),
        })
    };
    let (references, proxy) = tokio::join!(tcp::futures_join_all(checks), proxy_check);
    ConnectionObservation { references, proxy }
}

async fn reference(client: &Client, endpoint: &str) -> ReferenceCheck {
    let started = Instant::now();
    let mut check = ReferenceCheck {
        endpoint: endpoint.to_string(),
        ..ReferenceCheck::default()
    };
    let (host, port) = match parse_host_port(endpoint, Some(443)) {
        Ok(hp) => hp,
        Err(e) => {
            check.error = Some(e.message());
            return check;
        }
    };
    let dns = client.resolver.resolve(&host).await;
    if !matches!(dns.outcome, DnsOutcome::Resolved | DnsOutcome::Literal) {
        check.error = Some(crate::t!(
            "eng-cannot-resolve",
            host = host.as_str(),
            error = dns.error.unwrap_or_else(|| format!("{:?}", dns.outcome))
        ));
        check.duration_ms = ms(started.elapsed());
        return check;
    }
    check.resolved = true;
    for ip in dns.addresses.iter().take(2) {
        let (a, stream) = tcp::connect(SocketAddr::new(*ip, port), client.timeout).await;
        if stream.is_some() {
            check.connected = true;
            check.error = None;
            break;
        }
        check.error = a.error;
    }
    check.duration_ms = ms(started.elapsed());
    check
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn another_browser_prefers_the_installed_ones_then_a_standard_pair() {
        use BrowserKind::*;
        assert_eq!(
            other_browsers(None, &[Chrome, Firefox, Edge, Firefox]),
            (vec![Firefox, Edge], BrowserBasis::Installed),
            "Chrome is the main request's; duplicates count once"
        );
        assert_eq!(
            other_browsers(None, &[Chrome]),
            (vec![Firefox, Safari], BrowserBasis::Standard)
        );
        assert_eq!(
            other_browsers(Some(&[Chrome, Opera]), &[Firefox]),
            (vec![Chrome, Opera], BrowserBasis::Chosen),
            "what was asked for wins, Chrome included"
        );
        assert_eq!(
            other_browsers(None, &[Firefox, Edge, Brave, Opera, Vivaldi])
                .0
                .len(),
            MAX_OTHER_BROWSERS
        );
        assert_eq!(other_browsers(Some(&[]), &[]).1, BrowserBasis::Standard);
    }
}
