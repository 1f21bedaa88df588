//! CDN and edge detection: which CDN or load balancer stands in front of a site, from three
//! independent signals: the addresses its name resolves to (the bundled, dated snapshot of the
//! published ranges of Cloudflare, CloudFront and Fastly), the DNS CNAME chain (a suffix table),
//! and the response headers (the signature table of `crate::fingerprint`, reused, not copied).
//!
//! Pure (no I/O). Owner mode needs this to say which layer produced an error page and to map a
//! CDN's error code to what the owner should change; a site with no signal is "no CDN seen",
//! never "no CDN".

mod cidr;
mod ranges;
#[cfg(test)]
mod tests;

pub use cidr::{Cidr, CidrError};
pub use ranges::{CdnRanges, ProviderRanges, RangeMatch, RangesError, bundled, cdn_for_ip};

use super::{Layer, Software, identify_graded};
use serde::{Deserialize, Serialize};
use std::net::IpAddr;

/// A CDN, load balancer or hosting edge that can stand in front of a site.
///
/// Wider than `Software` (which lists who can *produce* a response): Bunny CDN, Netlify and
/// Google-hosted sites are recognised by their DNS names even though no signature names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EdgeProvider {
    Cloudflare,
    Cloudfront,
    Fastly,
    Akamai,
    /// Azure Front Door / Azure CDN (`*.azurefd.net`, `*.azureedge.net`, `X-Azure-Ref`).
    AzureFrontDoor,
    /// Azure Application Gateway (its `Server` header).
    AzureAppGateway,
    BunnyCdn,
    Vercel,
    Netlify,
    /// AWS Application/Network/Classic Load Balancer (`*.elb.amazonaws.com`, `Server: awselb`).
    AwsElb,
    /// Google Cloud load balancer / Google Front End (`Via: 1.1 google`).
    GcpLb,
    /// Google-hosted custom domains (`ghs.googlehosted.com`: App Engine, Sites, Blogger).
    GoogleHosting,
    /// The Heroku router (`*.herokuapp.com`, `*.herokudns.com`, `Via: vegur`).
    Heroku,
}

impl EdgeProvider {
    /// The name people know it by.
    pub fn display_name(self) -> &'static str {
        match self {
            EdgeProvider::Cloudflare => "Cloudflare",
            EdgeProvider::Cloudfront => "CloudFront",
            EdgeProvider::Fastly => "Fastly",
            EdgeProvider::Akamai => "Akamai",
            EdgeProvider::AzureFrontDoor => "Azure Front Door",
            EdgeProvider::AzureAppGateway => "Azure Application Gateway",
            EdgeProvider::BunnyCdn => "Bunny CDN",
            EdgeProvider::Vercel => "Vercel",
            EdgeProvider::Netlify => "Netlify",
            EdgeProvider::AwsElb => super::described_name("eng-sw-aws-elb"),
            EdgeProvider::GcpLb => super::described_name("eng-sw-gcp-lb"),
            EdgeProvider::GoogleHosting => super::described_name("eng-edge-google-hosting"),
            EdgeProvider::Heroku => super::described_name("eng-sw-heroku"),
        }
    }

    /// CDN (caches and terminates TLS at the edge) or load balancer.
    pub fn layer(self) -> Layer {
        match self {
            EdgeProvider::AwsElb
            | EdgeProvider::GcpLb
            | EdgeProvider::GoogleHosting
            | EdgeProvider::Heroku
            | EdgeProvider::AzureAppGateway => Layer::LoadBalancer,
            _ => Layer::Cdn,
        }
    }

    /// The responder `Software` for this provider (`Unknown` where the table has none).
    pub fn software(self) -> Software {
        match self {
            EdgeProvider::Cloudflare => Software::Cloudflare,
            EdgeProvider::Cloudfront => Software::Cloudfront,
            EdgeProvider::Fastly => Software::Fastly,
            EdgeProvider::Akamai => Software::Akamai,
            EdgeProvider::AzureFrontDoor | EdgeProvider::AzureAppGateway => Software::Azure,
            EdgeProvider::Vercel => Software::Vercel,
            EdgeProvider::AwsElb => Software::AwsElb,
            EdgeProvider::GcpLb | EdgeProvider::GoogleHosting => Software::GcpLb,
            EdgeProvider::Heroku => Software::Heroku,
            EdgeProvider::BunnyCdn | EdgeProvider::Netlify => Software::Unknown,
        }
    }

    /// The provider for a responder `Software` that is an edge (`None` for web servers).
    /// `Software::Azure` is taken as Front Door; see `detect_edge` for the `Server` header case.
    pub fn from_software(software: Software) -> Option<EdgeProvider> {
        Some(match software {
            Software::Cloudflare => EdgeProvider::Cloudflare,
            Software::Cloudfront => EdgeProvider::Cloudfront,
            Software::Fastly => EdgeProvider::Fastly,
            Software::Akamai => EdgeProvider::Akamai,
            Software::Azure => EdgeProvider::AzureFrontDoor,
            Software::Vercel => EdgeProvider::Vercel,
            Software::AwsElb => EdgeProvider::AwsElb,
            Software::GcpLb => EdgeProvider::GcpLb,
            Software::Heroku => EdgeProvider::Heroku,
            _ => return None,
        })
    }
}

/// DNS name suffixes of CDN, load balancer and hosting edges, which recognise an edge from the
/// CNAME chain alone, before or without any response. A name matches when it equals the suffix
/// or ends in `.` + suffix; the longest matching suffix wins.
pub const CNAME_SUFFIXES: &[(&str, EdgeProvider)] = &[
    ("cdn.cloudflare.net", EdgeProvider::Cloudflare),
    ("cloudfront.net", EdgeProvider::Cloudfront),
    ("fastly.net", EdgeProvider::Fastly),
    ("fastlylb.net", EdgeProvider::Fastly),
    ("global.ssl.fastly.net", EdgeProvider::Fastly),
    ("akamaiedge.net", EdgeProvider::Akamai),
    ("edgekey.net", EdgeProvider::Akamai),
    ("edgesuite.net", EdgeProvider::Akamai),
    ("akamai.net", EdgeProvider::Akamai),
    ("akamaized.net", EdgeProvider::Akamai),
    ("azureedge.net", EdgeProvider::AzureFrontDoor),
    ("azurefd.net", EdgeProvider::AzureFrontDoor),
    ("b-cdn.net", EdgeProvider::BunnyCdn),
    ("elb.amazonaws.com", EdgeProvider::AwsElb),
    ("herokuapp.com", EdgeProvider::Heroku),
    ("herokudns.com", EdgeProvider::Heroku),
    ("vercel-dns.com", EdgeProvider::Vercel),
    ("vercel.app", EdgeProvider::Vercel),
    ("netlify.app", EdgeProvider::Netlify),
    ("netlifyglobalcdn.com", EdgeProvider::Netlify),
    ("googlehosted.com", EdgeProvider::GoogleHosting),
    ("ghs.googlehosted.com", EdgeProvider::GoogleHosting),
];

/// The edge a DNS name belongs to, with the suffix that matched (case and a trailing dot ignored).
pub fn cdn_for_cname(name: &str) -> Option<(EdgeProvider, &'static str)> {
    let name = name.trim().trim_end_matches('.').to_ascii_lowercase();
    CNAME_SUFFIXES
        .iter()
        .filter(|(suffix, _)| {
            name == *suffix
                || name
                    .strip_suffix(suffix)
                    .is_some_and(|rest| rest.ends_with('.'))
        })
        .max_by_key(|(suffix, _)| suffix.len())
        .map(|(suffix, provider)| (*provider, *suffix))
}

/// Which CDN and load balancer stand in front of a site, and why we think so.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct EdgeInfo {
    /// The outermost CDN seen, if any.
    pub cdn: Option<EdgeProvider>,
    /// The outermost load balancer seen, if any.
    pub load_balancer: Option<EdgeProvider>,
    /// Every edge seen, outermost first (addresses, then the CNAME chain, then the headers).
    pub seen: Vec<EdgeProvider>,
    /// Plain lines, one per signal, e.g. "address 104.16.1.1 is in Cloudflare's published ranges
    /// (104.16.0.0/13, snapshot of 2026-12-01)".
    pub evidence: Vec<String>,
}

impl EdgeInfo {
    /// Nothing seen in front of the site.
    pub fn is_empty(&self) -> bool {
        self.seen.is_empty()
    }

    /// The CDN, else the load balancer: the outermost edge worth naming.
    pub fn front(&self) -> Option<EdgeProvider> {
        self.cdn.or(self.load_balancer)
    }
}

/// Detect the CDN/load balancer in front of a site from its response headers (any case; may be
/// empty when no response came), the CNAME chain from the asked name to the final one, and the
/// addresses the name resolved to.
pub fn detect_edge(
    headers: &[(String, String)],
    cname_chain: &[String],
    addresses: &[IpAddr],
) -> EdgeInfo {
    let mut found: Vec<(EdgeProvider, String)> = Vec::new();
    let ranges = bundled();
    for ip in addresses {
        if let Some(m) = ranges.lookup(*ip) {
            found.push((
                m.provider.provider,
                crate::t!(
                    "eng-edge-in-ranges",
                    ip = ip.to_string(),
                    provider = m.provider.provider.display_name(),
                    range = m.range.to_string(),
                    date = m.provider.taken.as_str()
                ),
            ));
        }
    }
    for name in cname_chain {
        if let Some((provider, suffix)) = cdn_for_cname(name) {
            found.push((
                provider,
                crate::t!(
                    "eng-edge-cname",
                    name = name.trim().trim_end_matches('.'),
                    suffix = suffix,
                    provider = provider.display_name()
                ),
            ));
        }
    }
    found.extend(header_signals(headers));

    let mut info = EdgeInfo::default();
    for (provider, line) in found {
        if !info.seen.contains(&provider) {
            info.seen.push(provider);
        }
        if !info.evidence.contains(&line) {
            info.evidence.push(line);
        }
    }
    info.cdn = info.seen.iter().copied().find(|p| p.layer() == Layer::Cdn);
    info.load_balancer = info
        .seen
        .iter()
        .copied()
        .find(|p| p.layer() == Layer::LoadBalancer);
    info
}

/// Edges named by single response headers, judged one header at a time by the signature table so
/// that each line says which header showed which edge. Only strong rules count.
fn header_signals(headers: &[(String, String)]) -> Vec<(EdgeProvider, String)> {
    let mut out = Vec::new();
    for header in headers {
        let one = std::slice::from_ref(header);
        let (responder, strong) = identify_graded(None, one, "");
        if !strong {
            continue;
        }
        let Some(mut provider) = EdgeProvider::from_software(responder.software) else {
            continue;
        };
        if provider == EdgeProvider::AzureFrontDoor
            && header.0.trim().eq_ignore_ascii_case("server")
        {
            provider = EdgeProvider::AzureAppGateway;
        }
        let what = responder
            .evidence
            .first()
            .cloned()
            .unwrap_or_else(|| crate::t!("eng-fp-header-name", name = header.0.trim()));
        out.push((
            provider,
            crate::t!(
                "eng-edge-header",
                what = what,
                provider = provider.display_name()
            ),
        ));
    }
    out
}
