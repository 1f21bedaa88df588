//! Tests for CIDR matching, the bundled range snapshot, the CNAME table and `detect_edge`.

use super::ranges::bundled_text;
use super::*;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

fn ip(s: &str) -> IpAddr {
    s.parse().expect("test address")
}

fn cidr(s: &str) -> Cidr {
    Cidr::parse(s).expect("test range")
}

fn h(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
    pairs
        .iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect()
}

// ------------------------------------------------------------------------------- CIDR

#[test]
fn v4_range_edges() {
    let r = cidr("104.16.0.0/13");
    assert!(r.contains(ip("104.16.0.0")));
    assert!(r.contains(ip("104.23.255.255")));
    assert!(!r.contains(ip("104.24.0.0")));
    assert!(!r.contains(ip("104.15.255.255")));
    assert_eq!(r.to_string(), "104.16.0.0/13");
    assert_eq!(r.prefix(), 13);
}

#[test]
fn v6_range_edges() {
    let r = cidr("2a06:98c0::/29");
    assert!(r.contains(ip("2a06:98c0::1")));
    assert!(r.contains(ip("2a06:98c7:ffff:ffff:ffff:ffff:ffff:ffff")));
    assert!(!r.contains(ip("2a06:98c8::")));
    assert!(!r.contains(ip("2a06:98bf:ffff::")));
}

#[test]
fn zero_prefix_holds_its_whole_family_only() {
    let all4 = cidr("0.0.0.0/0");
    assert!(all4.contains(ip("255.255.255.255")));
    assert!(all4.contains(ip("0.0.0.0")));
    assert!(!all4.contains(ip("::1")));
    let all6 = cidr("::/0");
    assert!(all6.contains(ip("ffff::1")));
    assert!(!all6.contains(ip("10.0.0.1")));
}

#[test]
fn host_prefixes_hold_exactly_one_address() {
    let one4 = cidr("56.125.47.0/32");
    assert!(one4.contains(ip("56.125.47.0")));
    assert!(!one4.contains(ip("56.125.47.1")));
    let one6 = cidr("2606:4700::6810:101/128");
    assert!(one6.contains(ip("2606:4700::6810:101")));
    assert!(!one6.contains(ip("2606:4700::6810:102")));
}

#[test]
fn ipv4_mapped_ipv6_matches_the_v4_range() {
    let r = cidr("104.16.0.0/13");
    let mapped = IpAddr::V6(Ipv4Addr::new(104, 16, 1, 1).to_ipv6_mapped());
    assert!(r.contains(mapped));
    assert!(!cidr("::/0").contains(IpAddr::V4(Ipv4Addr::LOCALHOST)));
    assert!(cidr("::/0").contains(IpAddr::V6(Ipv6Addr::LOCALHOST)));
}

#[test]
fn bad_cidr_text_is_an_error_naming_the_input() {
    assert!(matches!(
        Cidr::parse("104.16.0.0"),
        Err(CidrError::MissingPrefix(t)) if t == "104.16.0.0"
    ));
    assert!(matches!(
        Cidr::parse("104.16.0/13"),
        Err(CidrError::BadAddress { address, .. }) if address == "104.16.0"
    ));
    assert!(matches!(
        Cidr::parse("10.0.0.0/33"),
        Err(CidrError::BadPrefix { max: 32, .. })
    ));
    assert!(matches!(
        Cidr::parse("::/129"),
        Err(CidrError::BadPrefix { max: 128, .. })
    ));
    assert!(matches!(
        Cidr::parse("10.0.0.0/+8"),
        Err(CidrError::BadPrefix { .. })
    ));
    assert!(matches!(
        Cidr::parse("10.0.0.0/"),
        Err(CidrError::BadPrefix { .. })
    ));
    assert!(matches!(Cidr::parse(""), Err(CidrError::MissingPrefix(_))));
    let err = Cidr::parse("104.16.1.0/13").unwrap_err();
    assert_eq!(
        err,
        CidrError::HostBitsSet {
            text: "104.16.1.0/13".into(),
            prefix: 13,
            network: ip("104.16.0.0"),
        }
    );
    assert!(err.to_string().contains("104.16.0.0/13"));
    assert!(matches!(
        Cidr::parse("2606:4700::1/32"),
        Err(CidrError::HostBitsSet { .. })
    ));
    assert_eq!(" 10.0.0.0/8 ".parse::<Cidr>(), Ok(cidr("10.0.0.0/8")));
}

// ------------------------------------------------------------------------------- ranges

#[test]
fn bundled_snapshot_parses_and_every_list_is_non_empty() {
    let parsed = CdnRanges::parse(bundled_text()).expect("assets/cdn_ranges.toml parses");
    assert_eq!(&parsed, bundled());
    assert_eq!(parsed.snapshot_date, "2026-12-01");
    let names: Vec<EdgeProvider> = parsed.providers.iter().map(|p| p.provider).collect();
    assert_eq!(
        names,
        [
            EdgeProvider::Cloudflare,
            EdgeProvider::Cloudfront,
            EdgeProvider::Fastly
        ]
    );
    for p in &parsed.providers {
        let v4 = p.ranges.iter().filter(|r| r.is_ipv4()).count();
        let v6 = p.ranges.len() - v4;
        assert!(v4 > 0, "{:?} has IPv4 ranges", p.provider);
        assert!(v6 > 0, "{:?} has IPv6 ranges", p.provider);
        assert!(
            p.source.starts_with("https://"),
            "{:?} names its source",
            p.provider
        );
        assert!(
            !p.note.is_empty(),
            "{:?} says how complete it is",
            p.provider
        );
        assert_eq!(p.taken.len(), 10);
    }
    let count = |p: EdgeProvider| {
        parsed
            .providers
            .iter()
            .find(|x| x.provider == p)
            .map(|x| x.ranges.len())
    };
    assert_eq!(count(EdgeProvider::Cloudflare), Some(15 + 7));
    assert_eq!(count(EdgeProvider::Fastly), Some(19 + 2));
}

#[test]
fn known_addresses_map_to_their_cdn() {
    assert_eq!(cdn_for_ip(ip("104.16.1.1")), Some(EdgeProvider::Cloudflare));
    assert_eq!(
        cdn_for_ip(ip("172.67.10.10")),
        Some(EdgeProvider::Cloudflare)
    );
    assert_eq!(
        cdn_for_ip(ip("2606:4700::6810:101")),
        Some(EdgeProvider::Cloudflare)
    );
    assert_eq!(cdn_for_ip(ip("151.101.1.1")), Some(EdgeProvider::Fastly));
    assert_eq!(cdn_for_ip(ip("2a04:4e42::81")), Some(EdgeProvider::Fastly));
    assert_eq!(cdn_for_ip(ip("13.32.1.1")), Some(EdgeProvider::Cloudfront));
    assert_eq!(
        cdn_for_ip(ip("54.230.10.20")),
        Some(EdgeProvider::Cloudfront)
    );
    assert_eq!(
        cdn_for_ip(ip("2600:9000:2000::1")),
        Some(EdgeProvider::Cloudfront)
    );
    for none in ["8.8.8.8", "1.1.1.1", "127.0.0.1", "203.0.113.10", "::1"] {
        assert_eq!(cdn_for_ip(ip(none)), None, "{none}");
    }
    let m = bundled().lookup(ip("104.16.1.1")).expect("match");
    assert_eq!(m.range, cidr("104.16.0.0/13"));
}

#[test]
fn broken_range_files_are_rejected_with_the_entry_named() {
    let base = |v4: &str, v6: &str| {
        format!(
            "snapshot_date = \"2026-12-01\"\n[[provider]]\nname = \"fastly\"\nsource = \"x\"\n\
             taken = \"2026-12-01\"\nv4 = [{v4}]\nv6 = [{v6}]\n"
        )
    };
    let err = CdnRanges::parse(&base("\"151.101.0.0/16\", \"151.101.0.0/33\"", "")).unwrap_err();
    assert!(matches!(
        err,
        RangesError::Cidr {
            list: "v4",
            index: 1,
            ..
        }
    ));
    assert!(err.to_string().contains("Fastly"), "{err}");
    let err = CdnRanges::parse(&base("", "\"151.101.0.0/16\"")).unwrap_err();
    assert!(matches!(err, RangesError::WrongFamily { list: "v6", .. }));
    assert!(matches!(
        CdnRanges::parse(&base("", "")),
        Err(RangesError::Empty(_))
    ));
    assert!(matches!(
        CdnRanges::parse("snapshot_date = \"yesterday\"\nprovider = []"),
        Err(RangesError::BadDate(_))
    ));
    assert!(matches!(
        CdnRanges::parse("snapshot_date = 3"),
        Err(RangesError::Toml(_))
    ));
    assert!(matches!(
        CdnRanges::parse(&base("\"1.0.0.0/8\"", "").replace("fastly", "mycdn")),
        Err(RangesError::Toml(_))
    ));
}

// ------------------------------------------------------------------------------- CNAMEs

#[test]
fn cname_suffixes_name_the_edge() {
    let cases = [
        (
            "shop.example.com.cdn.cloudflare.net.",
            EdgeProvider::Cloudflare,
        ),
        ("d111111abcdef8.CloudFront.net", EdgeProvider::Cloudfront),
        ("dualstack.j.sni.global.fastly.net", EdgeProvider::Fastly),
        ("prod.fastlylb.net", EdgeProvider::Fastly),
        ("www.example.com.edgekey.net", EdgeProvider::Akamai),
        ("e1234.a.akamaiedge.net", EdgeProvider::Akamai),
        ("a1.g.akamai.net", EdgeProvider::Akamai),
        ("shop.azureedge.net", EdgeProvider::AzureFrontDoor),
        ("shop-abc.z01.azurefd.net", EdgeProvider::AzureFrontDoor),
        ("shop.b-cdn.net", EdgeProvider::BunnyCdn),
        (
            "my-alb-123.eu-west-1.elb.amazonaws.com",
            EdgeProvider::AwsElb,
        ),
        ("shop.herokuapp.com", EdgeProvider::Heroku),
        ("shop.herokudns.com", EdgeProvider::Heroku),
        ("cname.vercel-dns.com", EdgeProvider::Vercel),
        ("shop.netlify.app", EdgeProvider::Netlify),
        ("ghs.googlehosted.com", EdgeProvider::GoogleHosting),
    ];
    for (name, want) in cases {
        assert_eq!(cdn_for_cname(name).map(|m| m.0), Some(want), "{name}");
    }
    assert_eq!(
        cdn_for_cname("x.global.ssl.fastly.net").map(|m| m.1),
        Some("global.ssl.fastly.net"),
        "longest suffix wins"
    );
    for none in [
        "example.com",
        "notcloudfront.net",
        "cloudfront.net.example.com",
        "evilfastly.net",
        "",
    ] {
        assert_eq!(cdn_for_cname(none), None, "{none}");
    }
}

#[test]
fn every_cname_suffix_is_lower_case_and_dotless_at_the_ends() {
    for (suffix, provider) in CNAME_SUFFIXES {
        assert_eq!(*suffix, suffix.to_ascii_lowercase());
        assert!(!suffix.starts_with('.') && !suffix.ends_with('.'));
        assert_eq!(cdn_for_cname(suffix).map(|m| m.0), Some(*provider));
    }
}

// ------------------------------------------------------------------------------- detect_edge

#[test]
fn nothing_seen_is_empty() {
    let info = detect_edge(
        &h(&[("server", "nginx/1.22.1")]),
        &["www.example.com".into()],
        &[ip("203.0.113.10")],
    );
    assert!(info.is_empty());
    assert_eq!(info.front(), None);
    assert!(info.evidence.is_empty());
}

#[test]
fn cloudflare_from_all_three_signals() {
    let info = detect_edge(
        &h(&[("server", "cloudflare"), ("cf-ray", "8a1b2c3d4e5f6789-AMS")]),
        &["shop.example.com.cdn.cloudflare.net".into()],
        &[ip("104.16.1.1"), ip("2606:4700::6810:101")],
    );
    assert_eq!(info.cdn, Some(EdgeProvider::Cloudflare));
    assert_eq!(info.load_balancer, None);
    assert_eq!(info.seen, [EdgeProvider::Cloudflare]);
    assert_eq!(
        info.evidence[0],
        "address 104.16.1.1 is in Cloudflare's published ranges (104.16.0.0/13, snapshot of 2026-12-01)"
    );
    assert!(info.evidence.iter().any(|l| l.contains("2606:4700::/32")));
    assert!(
        info.evidence
            .iter()
            .any(|l| l.contains(".cdn.cloudflare.net"))
    );
    assert!(info.evidence.iter().any(|l| l.contains("cf-ray")));
    assert_eq!(info.evidence.len(), 5);
}

#[test]
fn headers_alone_name_the_cdn() {
    let info = detect_edge(
        &h(&[
            ("x-served-by", "cache-ams21027-AMS"),
            ("via", "1.1 varnish"),
        ]),
        &[],
        &[],
    );
    assert_eq!(info.cdn, Some(EdgeProvider::Fastly));
    assert!(info.evidence[0].starts_with("response header x-served-by"));
}

#[test]
fn cloudfront_in_front_of_an_alb() {
    let info = detect_edge(
        &h(&[
            ("server", "awselb/2.0"),
            ("x-amz-cf-id", "abc=="),
            ("x-cache", "Error from cloudfront"),
        ]),
        &[
            "shop.example.com".into(),
            "d111111abcdef8.cloudfront.net".into(),
        ],
        &[ip("13.32.1.1")],
    );
    assert_eq!(info.cdn, Some(EdgeProvider::Cloudfront));
    assert_eq!(info.load_balancer, Some(EdgeProvider::AwsElb));
    assert_eq!(info.front(), Some(EdgeProvider::Cloudfront));
    assert_eq!(info.seen, [EdgeProvider::Cloudfront, EdgeProvider::AwsElb]);
}

#[test]
fn load_balancer_by_cname_only() {
    let info = detect_edge(
        &[],
        &["my-alb-1.eu-west-1.elb.amazonaws.com.".into()],
        &[ip("52.16.1.1")],
    );
    assert_eq!(info.cdn, None);
    assert_eq!(info.load_balancer, Some(EdgeProvider::AwsElb));
    assert_eq!(info.front(), Some(EdgeProvider::AwsElb));
    assert_eq!(
        info.evidence,
        [
            "DNS name my-alb-1.eu-west-1.elb.amazonaws.com ends in .elb.amazonaws.com (AWS load balancer)"
        ]
    );
}

#[test]
fn addresses_come_before_headers_when_they_disagree() {
    // Cloudflare in front of a Fastly-served origin: the address is what the visitor talks to.
    let info = detect_edge(
        &h(&[("x-fastly-request-id", "abc")]),
        &[],
        &[ip("172.64.1.1")],
    );
    assert_eq!(info.cdn, Some(EdgeProvider::Cloudflare));
    assert_eq!(info.seen, [EdgeProvider::Cloudflare, EdgeProvider::Fastly]);
}

#[test]
fn azure_server_header_is_the_application_gateway() {
    let info = detect_edge(
        &h(&[("server", "Microsoft-Azure-Application-Gateway/v2")]),
        &[],
        &[],
    );
    assert_eq!(info.load_balancer, Some(EdgeProvider::AzureAppGateway));
    let info = detect_edge(&h(&[("x-azure-ref", "0abc")]), &[], &[]);
    assert_eq!(info.cdn, Some(EdgeProvider::AzureFrontDoor));
}

#[test]
fn provider_software_round_trip() {
    for p in [
        EdgeProvider::Cloudflare,
        EdgeProvider::Cloudfront,
        EdgeProvider::Fastly,
        EdgeProvider::Akamai,
        EdgeProvider::AzureFrontDoor,
        EdgeProvider::Vercel,
        EdgeProvider::AwsElb,
        EdgeProvider::GcpLb,
        EdgeProvider::Heroku,
    ] {
        assert_eq!(EdgeProvider::from_software(p.software()), Some(p), "{p:?}");
    }
    assert_eq!(EdgeProvider::from_software(Software::Nginx), None);
    assert_eq!(EdgeProvider::BunnyCdn.software(), Software::Unknown);
    assert_eq!(EdgeProvider::AwsElb.layer(), Layer::LoadBalancer);
    assert_eq!(EdgeProvider::Netlify.layer(), Layer::Cdn);
}
