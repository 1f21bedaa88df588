//! Who answered, as far as the diagnosis needs to know: `fingerprint::identify` first, and a small
//! fallback on the `Server` header and a few unmistakable headers or body lines when it has
//! nothing to say.
//!
//! Why a fallback here: the verdict must still name the layer when the signature tables miss a
//! page (or while they are being written), and the refresh/browser attempts only carry their
//! `Server` header, so they can only be told apart this way.

use crate::fingerprint::{self, Responder, Software};
use std::collections::BTreeMap;

/// Headers worth quoting to a site's support team, in the order they are looked for.
const REQUEST_ID_HEADERS: &[&str] = &[
    "cf-ray",
    "x-amz-cf-id",
    "x-request-id",
    "x-vercel-id",
    "x-azure-ref",
    "x-served-by",
    "x-varnish",
    "x-amzn-trace-id",
];

/// The responder of one response: `identify`, or the fallback when it says `Unknown`.
#[cfg(test)]
pub fn responder_of(status: Option<u16>, headers: &[(String, String)], body: &str) -> Responder {
    responder_of_response(status, None, headers, body).0
}

/// `responder_of` with the status line's reason phrase (see `fingerprint::identify_response`),
/// plus whether the software rests on strong evidence (a weak-only table match, such as a plain
/// "Bad Gateway" body, names a software but counts as unidentified).
pub fn responder_of_response(
    status: Option<u16>,
    reason: Option<&str>,
    headers: &[(String, String)],
    body: &str,
) -> (Responder, bool) {
    let (identified, strong) = fingerprint::identify_response(status, reason, headers, body);
    if identified.software != Software::Unknown {
        return (identified, strong);
    }
    (fallback_responder(identified, headers, body), true)
}

fn fallback_responder(
    identified: Responder,
    headers: &[(String, String)],
    body: &str,
) -> Responder {
    let found = fallback(headers, body);
    match found {
        Some((software, line)) => {
            let mut layers = identified.layers;
            if !layers.contains(&software) {
                layers.push(software);
            }
            let mut evidence = identified.evidence;
            evidence.push(line);
            Responder {
                software,
                evidence,
                layers,
            }
        }
        None => identified,
    }
}

/// The software named by a bare `Server` header value (as the visitor-step attempts carry it).
pub fn software_from_server(server: &str) -> Software {
    let s = server.trim().to_ascii_lowercase();
    const PREFIXES: &[(&str, Software)] = &[
        ("nginx", Software::Nginx),
        ("openresty", Software::Nginx),
        ("apache", Software::Apache),
        ("httpd", Software::Apache),
        ("cloudflare", Software::Cloudflare),
        ("awselb", Software::AwsElb),
        ("elb", Software::AwsElb),
        ("caddy", Software::Caddy),
        ("envoy", Software::Envoy),
        ("istio-envoy", Software::Envoy),
        ("haproxy", Software::Haproxy),
        ("traefik", Software::Traefik),
        ("varnish", Software::Varnish),
        ("squid", Software::Squid),
        ("cloudfront", Software::Cloudfront),
        ("amazons3", Software::Cloudfront),
        ("akamaighost", Software::Akamai),
        ("akamai", Software::Akamai),
        ("microsoft-iis", Software::Iis),
        ("microsoft-azure-application-gateway", Software::Azure),
        ("vercel", Software::Vercel),
        ("heroku", Software::Heroku),
        ("google frontend", Software::GcpLb),
        ("gfe", Software::GcpLb),
    ];
    PREFIXES
        .iter()
        .find(|(prefix, _)| s.starts_with(prefix))
        .map(|(_, sw)| *sw)
        .unwrap_or(Software::Unknown)
}

fn header<'a>(headers: &'a [(String, String)], name: &str) -> Option<&'a str> {
    headers
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case(name))
        .map(|(_, v)| v.as_str())
}

fn fallback(headers: &[(String, String)], body: &str) -> Option<(Software, String)> {
    let lower = body.to_ascii_lowercase();
    if let Some(server) = header(headers, "server") {
        let software = software_from_server(server);
        if software != Software::Unknown {
            // Cloudflare also stamps `Server: cloudflare` on pages it passes on from the origin:
            // an nginx footer in a page that does not mention cloudflare is the origin's.
            if software == Software::Cloudflare
                && lower.contains("<center>nginx")
                && !lower.contains("cloudflare")
            {
                return Some((
                    Software::Nginx,
                    "body footer: nginx (behind Cloudflare)".into(),
                ));
            }
            return Some((software, format!("header server: {server}")));
        }
    }
    const HEADER_HINTS: &[(&str, Software)] = &[
        ("cf-ray", Software::Cloudflare),
        ("x-amz-cf-id", Software::Cloudfront),
        ("x-vercel-id", Software::Vercel),
        ("x-azure-ref", Software::Azure),
        ("x-envoy-upstream-service-time", Software::Envoy),
    ];
    if let Some((name, sw)) = HEADER_HINTS
        .iter()
        .find(|(name, _)| header(headers, name).is_some())
    {
        return Some((*sw, format!("header {name}")));
    }
    const BODY_HINTS: &[(&str, Software)] = &[
        (
            "no server is available to handle this request",
            Software::Haproxy,
        ),
        (
            "the server returned an invalid or incomplete response",
            Software::Haproxy,
        ),
        ("no healthy upstream", Software::Envoy),
        (
            "upstream connect error or disconnect/reset before headers",
            Software::Envoy,
        ),
        ("backend fetch failed", Software::Varnish),
        ("generated by cloudfront", Software::Cloudfront),
        ("<center>nginx", Software::Nginx),
        ("<center>cloudflare</center>", Software::Cloudflare),
        ("proxy error", Software::Apache),
    ];
    BODY_HINTS
        .iter()
        .find(|(needle, _)| lower.contains(needle))
        .map(|(needle, sw)| (*sw, crate::t!("eng-fp-body", text = *needle)))
}

/// Request ids from `fingerprint::request_ids`, or the well-known headers when it finds none.
pub fn request_ids(headers: &[(String, String)], body: &str) -> BTreeMap<String, String> {
    let ids = fingerprint::request_ids(headers, body);
    if !ids.is_empty() {
        return ids;
    }
    REQUEST_ID_HEADERS
        .iter()
        .filter_map(|name| header(headers, name).map(|v| (name.to_string(), v.to_string())))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn h(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect()
    }

    #[test]
    fn server_header_prefixes_map_to_software() {
        assert_eq!(software_from_server("nginx/1.22.1"), Software::Nginx);
        assert_eq!(
            software_from_server("Apache/2.4.57 (Debian)"),
            Software::Apache
        );
        assert_eq!(software_from_server("awselb/2.0"), Software::AwsElb);
        assert_eq!(software_from_server("cloudflare"), Software::Cloudflare);
        assert_eq!(software_from_server("Microsoft-IIS/10.0"), Software::Iis);
        assert_eq!(software_from_server("gunicorn"), Software::Unknown);
    }

    #[test]
    fn fallback_uses_body_when_no_server_header() {
        let r = responder_of(
            Some(503),
            &[],
            "<h1>503 Service Unavailable</h1>\nNo server is available to handle this request.",
        );
        assert_eq!(r.software, Software::Haproxy);
        assert!(!r.evidence.is_empty());
    }

    #[test]
    fn cloudflare_passing_on_an_nginx_page_names_nginx() {
        let r = responder_of(
            Some(502),
            &h(&[("server", "cloudflare"), ("cf-ray", "8a1b-AMS")]),
            "<center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center>",
        );
        assert_eq!(r.software, Software::Nginx);
    }

    #[test]
    fn request_ids_fall_back_to_known_headers() {
        let ids = request_ids(&h(&[("cf-ray", "8a1b-AMS"), ("server", "cloudflare")]), "");
        assert_eq!(ids.get("cf-ray").map(String::as_str), Some("8a1b-AMS"));
        assert_eq!(ids.len(), 1);
    }
}
