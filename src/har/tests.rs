//! The recording reader, its diagnosis and the sanitizer on hand-shaped exports in each browser's
//! style (`tests/fixtures/har/`).

use super::sanitize::{sanitize, scrub_tokens};
use super::*;
use crate::diagnosis::Cause;
use crate::fingerprint::Software;

fn fixture(name: &str) -> Vec<u8> {
    let path = format!("{}/tests/fixtures/har/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn an_api_call_that_answers_nginxs_502_while_the_page_loads() {
    let rec = read(&fixture("chrome_api_502.har")).expect("reads");
    assert_eq!(rec.creator, "WebInspector");
    assert_eq!(rec.entries.len(), 4);
    let a = analyse(&rec);
    assert_eq!(a.site.as_deref(), Some("shop.example.com"));
    assert_eq!(a.failed.len(), 2, "{:#?}", a.failed);
    let api = &a.failed[0];
    assert_eq!(api.host, "api.shop.example.com");
    assert!(api.first_party && !api.document);
    assert_eq!(api.status, Some(502));
    assert_eq!(api.diagnosis.responder.software, Software::Nginx);
    assert_eq!(api.diagnosis.verdict.cause, Cause::UpstreamFailed);
    assert_eq!(
        api.diagnosis
            .request_ids
            .get("x-request-id")
            .map(String::as_str),
        Some("f0e1d2c3b4a5")
    );
    assert!(
        !api.url.contains("QUERYTOKEN77"),
        "the token in the URL is redacted: {}",
        api.url
    );
    let third = &a.failed[1];
    assert_eq!(third.host, "cdn.thirdparty-analytics.com");
    assert!(!third.first_party);
    assert_eq!(
        third.browser_error.as_deref(),
        Some("net::ERR_NAME_NOT_RESOLVED")
    );
    assert_eq!(
        third.diagnosis.verdict.cause.family(),
        crate::diagnosis::CauseFamily::Dns
    );
    assert!(
        a.verdict.starts_with(
            "The page loaded, but 1 of its calls to api.shop.example.com failed (502 from nginx): \
             the site's web server is up, but the application behind it is not answering."
        ),
        "{}",
        a.verdict
    );
}

#[test]
fn a_cloudflare_521_document_from_firefox_is_the_page_failing() {
    let a = analyse(&read(&fixture("firefox_cloudflare_521.har")).expect("reads"));
    assert_eq!(a.failed.len(), 1);
    assert!(
        a.failed[0].document,
        "Firefox's HTML answer to the page is the document"
    );
    assert_eq!(a.failed[0].diagnosis.verdict.cause, Cause::OriginDown);
    assert!(
        a.verdict
            .starts_with("The page itself failed (521 from Cloudflare for shop.example.com): the site's own server is not answering its CDN (Cloudflare)."),
        "{}",
        a.verdict
    );
}

#[test]
fn an_http2_protocol_error_is_named() {
    let a = analyse(&read(&fixture("chrome_http2_error.har")).expect("reads"));
    let doc = &a.failed[0];
    assert_eq!(doc.diagnosis.verdict.cause, Cause::Http2Only);
    assert!(
        doc.diagnosis
            .verdict
            .detail
            .contains("ERR_HTTP2_PROTOCOL_ERROR"),
        "{}",
        doc.diagnosis.verdict.detail
    );
    assert!(
        a.verdict
            .starts_with("The page itself failed (net::ERR_HTTP2_PROTOCOL_ERROR"),
        "{}",
        a.verdict
    );
    assert_eq!(
        browser_error_outcome("net::ERR_CONNECTION_REFUSED").0,
        crate::evidence::HttpOutcome::ConnectRefused
    );
    assert_eq!(
        browser_error_outcome("net::ERR_CERT_DATE_INVALID").0,
        crate::evidence::HttpOutcome::TlsFailed
    );
}

const SECRETS: &[&str] = &[
    "SESSIONSECRET42",
    "QUERYTOKEN77",
    "APIKEYSECRET9",
    "HUNTER2PASS",
    "CSRFSECRET5",
    "dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U",
    "eyJhbGciOiJIUzI1NiJ9",
];

#[test]
fn the_sanitized_copy_holds_none_of_the_secrets_and_still_reads() {
    let original = fixture("chrome_api_502.har");
    let text = String::from_utf8_lossy(&original);
    for s in SECRETS {
        assert!(text.contains(s), "the fixture seeds {s}");
    }
    let (clean, removed) = sanitize(&original).expect("sanitizes");
    let clean_text = String::from_utf8_lossy(&clean);
    for s in SECRETS {
        assert!(!clean_text.contains(s), "{s} left in the sanitized copy");
    }
    assert_eq!(removed.auth_headers, 1);
    assert_eq!(removed.token_headers, 1, "x-api-key");
    assert!(removed.cookies >= 2, "{removed:?}");
    assert!(removed.set_cookies >= 2, "{removed:?}");
    assert!(removed.query_params >= 1, "{removed:?}");
    assert!(removed.form_fields >= 2, "{removed:?}");
    assert_eq!(
        removed.bodies, 2,
        "the 200 bodies go, the 502 page stays: {removed:?}"
    );
    // Still a recording, with the same requests and the error page to diagnose.
    let back = read(&clean).expect("the sanitized copy reads back");
    assert_eq!(back.entries.len(), 4);
    let a = analyse(&back);
    assert_eq!(a.failed[0].diagnosis.responder.software, Software::Nginx);
    assert!(clean_text.contains("_initiator"), "browser extras are kept");
    assert!(
        removed.summary().contains("1 Authorization header"),
        "{}",
        removed.summary()
    );
}

#[test]
fn tokens_in_text_are_scrubbed() {
    let mut n = 0;
    let out = scrub_tokens(
        "auth: Bearer abcdefghijklmnop, jwt=eyJa.eyJb.sig-123 and eyJnotajwt plain",
        &mut n,
    );
    assert_eq!(
        out,
        "auth: Bearer REDACTED, jwt=REDACTED and eyJnotajwt plain"
    );
    assert_eq!(n, 2);
    let mut m = 0;
    assert_eq!(scrub_tokens("bearer short", &mut m), "bearer short");
    assert_eq!(scrub_tokens("", &mut m), "");
    assert_eq!(m, 0);
}

#[test]
fn bad_files_get_a_plain_error() {
    assert!(matches!(
        read(b"not json at all"),
        Err(HarError::NotJson { .. })
    ));
    assert!(matches!(
        read(br#"{"log": {"entries": [{"request"#),
        Err(HarError::Truncated { .. })
    ));
    assert_eq!(
        read(br#"{"version": 1}"#).unwrap_err().to_string(),
        "the file is JSON but not a HAR recording: expected a \"log\" object at the top"
    );
    assert!(matches!(
        read(br#"{"log": {}}"#),
        Err(HarError::NotHar { .. })
    ));
    let empty = analyse(&read(br#"{"log": {"entries": []}}"#).expect("empty recording"));
    assert!(empty.verdict.starts_with("The recording holds no requests"));
    // Base64 garbage and strange statuses are read, not fatal.
    let odd = br#"{"log": {"entries": [{"request": {"url": "https://x.example/"}, "response": {"status": -1, "content": {"text": "%%%", "encoding": "base64"}}}]}}"#;
    let a = analyse(&read(odd).expect("reads"));
    assert_eq!(a.failed.len(), 1);
}

#[test]
fn failures_that_come_together_are_told_apart_from_failures_spread_out() {
    let mut rec = read(&fixture("chrome_api_502.har")).expect("reads");
    let a = analyse(&rec);
    assert_eq!(
        a.when.as_deref(),
        Some(
            "The 2 failures came together, within a second from 09:21:03 UTC: one moment, such \
             as an outage, a restart or a deploy."
        )
    );
    let failing: Vec<usize> = a.failed.iter().map(|f| f.index).collect();
    rec.entries[failing[0]].started = Some("2026-12-04T09:21:03.000Z".into());
    rec.entries[failing[1]].started = Some("2026-12-04T10:26:03.000+01:00".into());
    let spread = analyse(&rec).when.expect("said");
    assert!(
        spread.starts_with("The 2 failures are spread over 5 minutes from 09:21:03 UTC"),
        "{spread}"
    );
    rec.entries[failing[1]].started = Some("not a time".into());
    assert_eq!(analyse(&rec).when, None, "one time is no pattern");
}

#[test]
fn the_recheck_asks_distinct_get_addresses_page_first_at_most_five() {
    let mut rec = read(&fixture("chrome_api_502.har")).expect("reads");
    let template = rec.entries[analyse(&rec).failed[0].index].clone();
    for i in 0..8 {
        let mut e = template.clone();
        e.url = format!("https://api.shop.example.com/v1/item/{i}");
        e.method = if i == 0 { "POST".into() } else { "GET".into() };
        rec.entries.push(e);
    }
    let mut page = template.clone();
    page.document = true;
    page.url = "https://shop.example.com/".into();
    page.host = "shop.example.com".into();
    rec.entries.push(page);
    let urls = recheck_urls(&analyse(&rec));
    assert_eq!(urls.len(), MAX_RECHECK, "{urls:?}");
    assert_eq!(urls[0], "https://shop.example.com/", "the page first");
    assert!(
        !urls.iter().any(|u| u.ends_with("/item/0")),
        "no POST: {urls:?}"
    );
    let mut distinct = urls.clone();
    distinct.dedup();
    assert_eq!(distinct, urls);
}

#[test]
fn the_sanitized_copy_keeps_the_files_shape_and_cleans_page_titles() {
    let original = fixture("chrome_api_502.har");
    let mut doc: serde_json::Value = serde_json::from_slice(&original).expect("json");
    doc["log"]["pages"][0]["title"] =
        "https://shop.example.com/account?session_token=PAGETOKEN55".into();
    let bytes = serde_json::to_vec(&doc).expect("bytes");
    let (clean, removed) = sanitize(&bytes).expect("sanitized");
    let text = String::from_utf8(clean.clone()).expect("utf-8");
    assert!(!text.contains("PAGETOKEN55"), "{text}");
    assert!(removed.query_params >= 1);
    let back: serde_json::Value = serde_json::from_slice(&clean).expect("valid JSON");
    let keys = |v: &serde_json::Value| -> Vec<String> {
        v["log"]
            .as_object()
            .map(|o| o.keys().cloned().collect())
            .unwrap_or_default()
    };
    assert_eq!(keys(&back), keys(&doc), "same members, same order");
    assert_eq!(
        back["log"]["entries"].as_array().map(Vec::len),
        doc["log"]["entries"].as_array().map(Vec::len)
    );
    assert_eq!(back["log"]["creator"], doc["log"]["creator"]);
    assert_eq!(read(&clean).expect("reads back").entries.len(), 4);
}

#[test]
fn the_recording_is_explained_in_the_language_chosen() {
    use crate::i18n::{FluentValue, Lang, scoped, tr_in};
    let rec = read(&fixture("chrome_api_502.har")).expect("reads");
    let a = scoped(Lang::De, || analyse(&rec));
    let summary = tr_in(Lang::De, "cause-app-not-answering", &[]);
    assert!(a.verdict.contains(&summary), "{}", a.verdict);
    let opening = tr_in(
        Lang::De,
        "har-verdict-calls",
        &[
            ("count", FluentValue::from(1)),
            ("hosts", FluentValue::from("api.shop.example.com")),
            ("result", FluentValue::from("X")),
            ("summary", FluentValue::from("Y")),
        ],
    );
    let before_result = opening.split("X").next().unwrap_or_default();
    assert!(a.verdict.starts_with(before_result), "{}", a.verdict);
    let removed = super::sanitize::Removed {
        cookies: 3,
        ..Default::default()
    };
    let three = scoped(Lang::Ru, || removed.summary());
    let expected = tr_in(Lang::Ru, "removed-cookies", &[("n", FluentValue::from(3))]);
    assert_eq!(three, expected);
    assert_eq!(
        removed.summary(),
        "3 cookies",
        "English stays as it was (the process language is English in tests)"
    );
}

/// Safari (WebKit Web Inspector) writes no `_resourceType` and no `_error`: the page is told by
/// its HTML answer to the page's own address, and a failed load is status 0.
#[test]
fn a_safari_export_whose_page_is_nginxs_502() {
    let bytes = fixture("safari_page_502.har");
    let rec = read(&bytes).expect("reads");
    assert_eq!(rec.creator, "WebKit Web Inspector");
    assert!(
        rec.pages.iter().all(|p| !p.contains("SAFARISECRET5")),
        "page titles are redacted: {:?}",
        rec.pages
    );
    let a = analyse(&rec);
    assert_eq!(a.failed.len(), 2, "{:#?}", a.failed);
    let page = &a.failed[0];
    assert!(page.document && page.first_party);
    assert_eq!(page.diagnosis.responder.software, Software::Nginx);
    assert_eq!(page.diagnosis.verdict.cause, Cause::UpstreamFailed);
    assert!(
        a.verdict
            .starts_with("The page itself failed (502 from nginx for shop.example.com)"),
        "{}",
        a.verdict
    );
    let font = &a.failed[1];
    assert!(!font.first_party && font.status.is_none() && font.browser_error.is_none());
    assert_eq!(font.result(), "no answer");
    let (clean, removed) = sanitize(&bytes).expect("sanitized");
    let text = String::from_utf8(clean.clone()).expect("utf-8");
    for secret in ["SAFARISECRET5", "SAFARICOOKIE8"] {
        assert!(!text.contains(secret), "{secret} left in the copy");
    }
    assert!(
        removed.cookies >= 1 && removed.query_params >= 1,
        "{removed:?}"
    );
    assert_eq!(read(&clean).expect("reads back").entries.len(), 2);
}
