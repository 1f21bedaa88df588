//! Fingerprint tests: the table itself, layering decisions, request ids and robustness.
//! Per-responder stock pages live in `pages_tests.rs`.

use super::pages_tests::{AKAMAI_502, ALB_502, CLOUDFLARE_502, NGINX_502};
use super::rules::{SIGNATURES_TOML, find_loose, parse_table, table_problems};
use super::*;

pub(super) fn hdrs(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
    pairs
        .iter()
        .map(|(n, v)| (n.to_string(), v.to_string()))
        .collect()
}

pub(super) fn layers_of(r: &Responder) -> Vec<Software> {
    r.layers.clone()
}

#[test]
fn signature_table_parses_and_is_well_formed() {
    let table = parse_table(SIGNATURES_TOML).expect("assets/signatures.toml parses");
    assert!(table.rule.len() > 50, "only {} rules", table.rule.len());
    assert_eq!(table_problems(&table), Vec::<String>::new());
    // The lazily loaded table is the same one (not the empty fallback).
    assert_eq!(rules::TABLE.rule.len(), table.rule.len());
}

#[test]
fn every_known_software_has_a_signature() {
    let table = parse_table(SIGNATURES_TOML).expect("parses");
    let all = [
        Software::Nginx,
        Software::Apache,
        Software::Haproxy,
        Software::Varnish,
        Software::Caddy,
        Software::Envoy,
        Software::Traefik,
        Software::Squid,
        Software::Cloudflare,
        Software::Cloudfront,
        Software::Akamai,
        Software::Fastly,
        Software::AwsElb,
        Software::GcpLb,
        Software::Azure,
        Software::Heroku,
        Software::Vercel,
        Software::Iis,
    ];
    for software in all {
        assert!(
            table.rule.iter().any(|r| r.software == software),
            "{software:?} has no rule"
        );
    }
    assert!(table.rule.iter().all(|r| r.software != Software::Unknown));
}

#[test]
fn table_checker_rejects_bad_rules() {
    let bad = r#"
[[rule]]
software = "nginx"
strength = "strong"
headers = [{ name = "cookie", contains = "x" }]

[[rule]]
software = "apache"
strength = "weak"
"#;
    let table = parse_table(bad).expect("syntactically valid");
    assert_eq!(
        table_problems(&table).len(),
        2,
        "{:?}",
        table_problems(&table)
    );
    assert!(parse_table("[[rule]]\nsoftware = \"lighttpd\"\nstrength = \"strong\"").is_err());
}

#[test]
fn nginx_page_behind_cloudflare_is_nginx() {
    let headers = hdrs(&[
        ("server", "cloudflare"),
        ("cf-ray", "8a1b2c3d4e5f6a7b-AMS"),
        ("cf-cache-status", "DYNAMIC"),
    ]);
    let r = identify(Some(502), &headers, NGINX_502);
    assert_eq!(r.software, Software::Nginx);
    assert_eq!(r.layers, vec![Software::Cloudflare, Software::Nginx]);
    assert!(
        r.evidence[0].starts_with("body: \"<center>nginx"),
        "page evidence first: {:?}",
        r.evidence
    );
}

#[test]
fn cloudflare_own_502_is_cloudflare_not_nginx() {
    let headers = hdrs(&[("server", "cloudflare"), ("cf-ray", "8a1b2c3d4e5f6a7b-AMS")]);
    let r = identify(Some(502), &headers, CLOUDFLARE_502);
    assert_eq!(r.software, Software::Cloudflare);
    assert_eq!(r.layers, vec![Software::Cloudflare]);
    assert!(
        r.evidence
            .iter()
            .any(|e| e.contains("<center>cloudflare</center>"))
    );
}

#[test]
fn alb_template_without_hr_is_not_nginx() {
    let alb = identify(Some(502), &[], ALB_502);
    assert_eq!(alb.software, Software::AwsElb);
    let nginx = identify(Some(502), &[], NGINX_502);
    assert_eq!(nginx.software, Software::Nginx);
    assert!(!nginx.layers.contains(&Software::AwsElb));
}

#[test]
fn cloudfront_passing_on_an_origin_page_names_the_origin() {
    let headers = hdrs(&[
        ("server", "awselb/2.0"),
        ("x-cache", "Error from cloudfront"),
        ("x-amz-cf-id", "abc=="),
    ]);
    let r = identify(Some(502), &headers, ALB_502);
    assert_eq!(r.software, Software::AwsElb);
    assert_eq!(r.layers, vec![Software::Cloudfront, Software::AwsElb]);

    let unknown_body = identify(Some(502), &headers[1..], "<p>oops</p>");
    assert_eq!(
        unknown_body.software,
        Software::Cloudfront,
        "nothing else recognised"
    );
}

#[test]
fn nginx_in_front_of_apache_page() {
    let body = "<html><head><title>503 Service Unavailable</title></head><body><h1>Service Unavailable</h1>\n<p>The server is temporarily unable to service your\nrequest due to maintenance downtime or capacity\nproblems. Please try again later.</p>\n</body></html>";
    let r = identify(Some(503), &hdrs(&[("server", "nginx")]), body);
    assert_eq!(r.software, Software::Apache);
    assert_eq!(r.layers, vec![Software::Nginx, Software::Apache]);
}

#[test]
fn unknown_page_gives_unknown_and_no_evidence() {
    let body = "<html><body><h1>Oops</h1><p>Our shop is taking a short break.</p></body></html>";
    let r = identify(
        Some(502),
        &hdrs(&[("content-type", "text/html"), ("server", "MyShop")]),
        body,
    );
    assert_eq!(
        r,
        Responder {
            software: Software::Unknown,
            evidence: vec![],
            layers: vec![]
        }
    );
    assert_eq!(identify(None, &[], ""), Responder::default());
}

#[test]
fn header_names_and_values_are_case_insensitive() {
    let headers = hdrs(&[("SERVER", "NGINX/1.25.3"), ("Cf-Ray", "1-LHR")]);
    let r = identify(Some(502), &headers, "");
    assert_eq!(r.software, Software::Nginx);
    assert_eq!(r.layers, vec![Software::Cloudflare, Software::Nginx]);
    assert!(
        r.evidence
            .contains(&"header server: NGINX/1.25.3".to_string()),
        "{:?}",
        r.evidence
    );
    assert_eq!(version(&headers).as_deref(), Some("NGINX/1.25.3"));
}

#[test]
fn cookies_and_authorization_never_reach_evidence() {
    let headers = hdrs(&[
        ("set-cookie", "session=SECRET-cloudflare-nginx"),
        ("authorization", "Bearer SECRET"),
        ("server", "nginx"),
    ]);
    let r = identify(Some(502), &headers, NGINX_502);
    assert_eq!(r.software, Software::Nginx);
    assert!(
        r.evidence.iter().all(|e| !e.contains("SECRET")),
        "{:?}",
        r.evidence
    );
}

#[test]
fn cloudflare_status_codes() {
    let r = identify(Some(521), &hdrs(&[("server", "cloudflare")]), "");
    assert_eq!(r.software, Software::Cloudflare);
    assert!(
        r.evidence[0].starts_with("status 521, header server: cloudflare"),
        "{:?}",
        r.evidence
    );
    assert_eq!(identify(Some(520), &[], "").software, Software::Cloudflare);
    assert_eq!(identify(Some(502), &[], "").software, Software::Unknown);
}

#[test]
fn request_ids_from_headers_and_akamai_body() {
    let long = "x".repeat(500);
    let headers = hdrs(&[
        ("CF-RAY", "  8a1b2c3d4e5f6a7b-FRA "),
        ("x-amz-cf-id", "Yx2Kz9Jj0Q=="),
        ("X-Request-Id", long.as_str()),
        ("x-vercel-id", "fra1::abc"),
        ("x-azure-ref", "0abc"),
        ("x-served-by", "cache-fra-1-FRA"),
        ("x-varnish", "32770 32771"),
        ("x-amzn-requestid", "req-1"),
        ("x-amzn-trace-id", "Root=1-abc"),
        ("x-fastly-request-id", "fid"),
        ("x-correlation-id", "corr"),
        (
            "x-cloud-trace-context",
            "105445aa7843bc8bf206b120001000/1;o=1",
        ),
        ("cookie", "a=b"),
        ("x-empty-id", ""),
    ]);
    let ids = request_ids(&headers, AKAMAI_502);
    assert_eq!(
        ids.get("cf-ray").map(String::as_str),
        Some("8a1b2c3d4e5f6a7b-FRA")
    );
    assert_eq!(ids["x-request-id"].chars().count(), REQUEST_ID_MAX_CHARS);
    assert_eq!(ids["akamai-reference"], "97.3c1d2e17.1700000000.5a2b9f0");
    assert_eq!(
        ids["x-cloud-trace-context"],
        "105445aa7843bc8bf206b120001000/1;o=1"
    );
    assert_eq!(ids.len(), 13, "{ids:?}");
    assert!(!ids.contains_key("cookie"));

    let plain = "<p>Reference #18.6f64d440.1614271337.1a0f7d11</p>";
    assert_eq!(
        request_ids(&[], plain)["akamai-reference"],
        "18.6f64d440.1614271337.1a0f7d11"
    );
    assert!(request_ids(&[], "Reference # <b>").is_empty());
}

#[test]
fn version_needs_a_number() {
    assert_eq!(version(&hdrs(&[("server", "cloudflare")])), None);
    assert_eq!(version(&hdrs(&[("server", "nginx")])), None);
    assert_eq!(version(&[]), None);
    assert_eq!(
        version(&hdrs(&[("server", "squid/5.7")])).as_deref(),
        Some("squid/5.7")
    );
}

#[test]
fn generic_error_pages() {
    assert!(is_generic_error_page(Some(502), NGINX_502));
    assert!(is_generic_error_page(Some(502), ""));
    assert!(is_generic_error_page(Some(502), "<h1>502 Bad Gateway</h1>"));
    assert!(is_generic_error_page(None, "Bad Gateway"));
    assert!(!is_generic_error_page(Some(200), ""));
    let app_page = format!(
        "<html><body><h1>Something went wrong</h1>{}</body></html>",
        "<p>menu</p>".repeat(50)
    );
    assert!(!is_generic_error_page(Some(502), &app_page));
}

#[test]
fn loose_matching_spans_line_breaks_but_not_words() {
    let hay = b"the proxy server received an invalid\r\nresponse from";
    assert!(find_loose(hay, b"invalid response").is_some());
    assert!(find_loose(b"invalidresponse", b"invalid response").is_none());
    assert_eq!(find_loose(b"abc", b""), None);
    assert_eq!(find_loose(b"ab", b"abc"), None);
}

#[test]
fn never_panics_on_binary_or_huge_bodies() {
    let binary: String = (0u32..0x3000).filter_map(char::from_u32).collect();
    let r = identify(Some(502), &hdrs(&[("server", "\u{0}\u{7f}é")]), &binary);
    assert_eq!(r.software, Software::Unknown);
    let _ = request_ids(&hdrs(&[("cf-ray", "é\u{0}")]), &binary);

    // Multi-byte characters straddling the scan limit, and a page after it is ignored.
    let mut huge = "é".repeat(rules::BODY_SCAN_LIMIT);
    huge.push_str(NGINX_502);
    let r = identify(Some(502), &[], &huge);
    assert_eq!(r.software, Software::Unknown);
    assert!(!is_generic_error_page(Some(502), &huge));

    let nginx_first = format!("{NGINX_502}{}", "\u{1F600}".repeat(1_000_000));
    assert_eq!(
        identify(Some(502), &[], &nginx_first).software,
        Software::Nginx
    );
    let ids = request_ids(&[], &format!("Reference #{}", "9".repeat(10_000)));
    assert_eq!(ids["akamai-reference"].len(), REQUEST_ID_MAX_CHARS);
}

#[test]
fn a_weak_body_hint_never_beats_a_strong_server_header() {
    // A healthy nginx page that happens to mention "Reference #" is not Akamai's.
    let nginx = hdrs(&[("server", "nginx/1.22.1")]);
    let r = identify(
        Some(200),
        &nginx,
        "<p>Order Reference #A-1234 confirmed</p>",
    );
    assert_eq!(r.software, Software::Nginx);
    assert!(!r.layers.contains(&Software::Akamai), "{:?}", r.layers);

    // An nginx 502 whose body carries a reference number stays nginx.
    let r = identify(Some(502), &nginx, "<h1>Sorry</h1> Reference #1234");
    assert_eq!(r.software, Software::Nginx);

    // Squid relaying a plain "Bad Gateway" is Squid, not Traefik.
    let squid = hdrs(&[("server", "squid/5.7")]);
    let r = identify(Some(502), &squid, "Bad Gateway");
    assert_eq!(r.software, Software::Squid);
    assert!(!r.layers.contains(&Software::Traefik), "{:?}", r.layers);
}

#[test]
fn weak_only_matches_name_a_software_but_do_not_identify_it() {
    let (r, strong) = identify_graded(Some(502), &[], "Bad Gateway");
    assert_eq!(r.software, Software::Traefik);
    assert!(!strong);
    assert!(r.layers.is_empty(), "{:?}", r.layers);

    let (r, strong) = identify_graded(Some(502), &[], NGINX_502);
    assert_eq!(r.software, Software::Nginx);
    assert!(strong);

    // A healthy page: weak body rules do not name anyone.
    let (r, _) = identify_graded(Some(200), &[], "Bad Gateway");
    assert_eq!(r.software, Software::Unknown);
}
