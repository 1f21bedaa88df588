//! Who answered: recognises the server, CDN, load balancer or proxy that produced a response
//! from its status line, headers and body, using the signature table in `assets/signatures.toml`.
//!
//! Pure (no I/O). Operators customise error pages and layers stack (a CDN page can wrap an
//! origin's 502), so the result lists every layer seen and an unmatched page is `unknown`.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Software that can produce an HTTP response; the report's `responder.software`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Software {
    Nginx,
    Apache,
    Haproxy,
    Varnish,
    Caddy,
    Envoy,
    Traefik,
    Squid,
    Cloudflare,
    Cloudfront,
    Akamai,
    Fastly,
    AwsElb,
    GcpLb,
    Azure,
    Heroku,
    Vercel,
    Iis,
    #[default]
    Unknown,
}

/// What kind of layer a piece of software usually is in front of a site.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Layer {
    Cdn,
    LoadBalancer,
    ReverseProxy,
    Unknown,
}

/// The result of fingerprinting one response.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Responder {
    /// The software that most likely produced this response (its error page).
    pub software: Software,
    /// Human-readable lines saying what matched, e.g. "header server: nginx/1.22.1".
    pub evidence: Vec<String>,
    /// Every software seen anywhere in the response, outermost first (e.g. [cloudflare, nginx]).
    pub layers: Vec<Software>,
}

impl Software {
    /// The name people know it by, e.g. "nginx", "Cloudflare", "AWS load balancer".
    pub fn display_name(self) -> &'static str {
        match self {
            Software::Nginx => "nginx",
            Software::Apache => "Apache",
            Software::Haproxy => "HAProxy",
            Software::Varnish => "Varnish",
            Software::Caddy => "Caddy",
            Software::Envoy => "Envoy",
            Software::Traefik => "Traefik",
            Software::Squid => "Squid",
            Software::Cloudflare => "Cloudflare",
            Software::Cloudfront => "CloudFront",
            Software::Akamai => "Akamai",
            Software::Fastly => "Fastly",
            Software::AwsElb => "AWS load balancer",
            Software::GcpLb => "Google Cloud load balancer",
            Software::Azure => "Azure gateway",
            Software::Heroku => "Heroku router",
            Software::Vercel => "Vercel",
            Software::Iis => "IIS",
            Software::Unknown => "an unknown server",
        }
    }

    /// The layer this software usually plays in front of a site.
    pub fn layer(self) -> Layer {
        match self {
            Software::Cloudflare
            | Software::Cloudfront
            | Software::Akamai
            | Software::Fastly
            | Software::Vercel => Layer::Cdn,
            Software::AwsElb
            | Software::GcpLb
            | Software::Azure
            | Software::Heroku
            | Software::Haproxy => Layer::LoadBalancer,
            Software::Nginx
            | Software::Apache
            | Software::Varnish
            | Software::Caddy
            | Software::Envoy
            | Software::Traefik
            | Software::Squid
            | Software::Iis => Layer::ReverseProxy,
            Software::Unknown => Layer::Unknown,
        }
    }
}

/// Identify who produced a response from its status, headers (lower-case names) and body excerpt.
pub fn identify(_status: Option<u16>, _headers: &[(String, String)], _body: &str) -> Responder {
    Responder::default()
}

/// Request ids worth quoting to the site's support team (cf-ray, x-amz-cf-id, Akamai "Reference #" ...).
pub fn request_ids(_headers: &[(String, String)], _body: &str) -> BTreeMap<String, String> {
    BTreeMap::new()
}
