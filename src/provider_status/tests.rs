//! The readers on real-shaped payloads (`tests/fixtures/status/`) and on broken ones, and the
//! shipped table.

use super::*;

fn fixture(name: &str) -> Vec<u8> {
    let path = format!(
        "{}/tests/fixtures/status/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn a_statuspage_incident_is_read_with_its_components_and_latest_update() {
    let s = read_statuspage(&fixture("cloudflare_major.json")).expect("reads");
    assert_eq!(s.indicator, Indicator::Major);
    assert_eq!(s.description.as_deref(), Some("Partial System Outage"));
    assert_eq!(s.incidents.len(), 1, "resolved incidents are left out");
    let i = &s.incidents[0];
    assert_eq!(i.title, "Elevated 5xx errors in Europe");
    assert_eq!(i.impact, "major");
    assert_eq!(i.status, "identified");
    assert_eq!(i.started.as_deref(), Some("2026-12-04T09:05:00.000Z"));
    assert_eq!(i.updated.as_deref(), Some("2026-12-04T09:40:01.000Z"));
    assert_eq!(i.url.as_deref(), Some("https://stspg.io/abc123"));
    assert_eq!(
        i.components,
        ["CDN/Cache", "Amsterdam, Netherlands - (AMS)"]
    );
    assert_eq!(
        i.latest.as_deref(),
        Some("The issue has been identified and a fix is being implemented.")
    );
    let names: Vec<&str> = s.components.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(
        names,
        ["CDN/Cache", "Amsterdam, Netherlands - (AMS)"],
        "groups and operational ones left out"
    );
    assert!(
        s.maintenances.is_empty(),
        "a maintenance only scheduled is not running"
    );
    assert!(!s.all_clear());
}

#[test]
fn all_operational_and_maintenance_pages_read_as_such() {
    let ok = read_statuspage(&fixture("statuspage_operational.json")).expect("reads");
    assert_eq!(ok.indicator, Indicator::None);
    assert!(ok.all_clear());
    let m = read_statuspage(&fixture("statuspage_maintenance.json")).expect("reads");
    assert_eq!(m.indicator, Indicator::Maintenance);
    assert_eq!(m.maintenances.len(), 1);
    assert_eq!(m.maintenances[0].title, "Edge Network maintenance in fra1");
    assert_eq!(
        m.maintenances[0].ends.as_deref(),
        Some("2026-12-04T12:00:00.000Z")
    );
}

#[test]
fn google_keeps_the_incidents_without_an_end() {
    let s = read_google(&fixture("google_incidents.json")).expect("reads");
    assert_eq!(s.incidents.len(), 1);
    let i = &s.incidents[0];
    assert_eq!(
        i.title,
        "Cloud Load Balancing: elevated 502 errors in europe-west4"
    );
    assert_eq!(i.impact, "high");
    assert_eq!(
        i.url.as_deref(),
        Some("https://status.cloud.google.com/incidents/Vx1")
    );
    assert_eq!(
        i.components,
        ["Cloud Load Balancing", "Netherlands (europe-west4)"]
    );
    assert_eq!(i.latest.as_deref(), Some("Mitigation work is underway."));
    assert_eq!(s.indicator, Indicator::Major);
    assert_eq!(
        read_google(b"[]").expect("empty").indicator,
        Indicator::None
    );
}

#[test]
fn a_feed_lists_its_open_entries_and_leaves_resolved_ones_out() {
    let s = read_feed(&fixture("aws_cloudfront.rss")).expect("reads");
    assert_eq!(s.indicator, Indicator::Unknown);
    assert_eq!(s.incidents.len(), 1);
    let i = &s.incidents[0];
    assert_eq!(i.title, "Informational message: Increased Error Rates");
    assert_eq!(i.started.as_deref(), Some("Thu, 04 Dec 2026 09:21:00 PST"));
    assert!(
        i.latest
            .as_deref()
            .is_some_and(|l| l.contains("Frankfurt & Paris")),
        "{:?}",
        i.latest
    );
    let atom = br#"<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Heroku Status</title>
      <entry><title>Routing errors (H99)</title><link href="https://status.heroku.com/incidents/1"/>
      <updated>2026-12-04T09:00:00Z</updated><summary>Investigating &#8217;H99&#8217; errors</summary></entry></feed>"#;
    let s = read_feed(atom).expect("atom");
    assert_eq!(
        s.incidents[0].url.as_deref(),
        Some("https://status.heroku.com/incidents/1")
    );
    assert_eq!(
        s.incidents[0].latest.as_deref(),
        Some("Investigating \u{2019}H99\u{2019} errors")
    );
    let empty = read_feed(b"<rss><channel><title>x</title></channel></rss>").expect("empty feed");
    assert_eq!(empty.indicator, Indicator::None);
}

#[test]
fn broken_answers_are_plain_errors() {
    let html = read_statuspage(b"<!DOCTYPE html><html><body>Just a moment...</body></html>");
    assert_eq!(
        html.unwrap_err().to_string(),
        "the status page answered something that is not a Statuspage summary.json (HTML or XML)"
    );
    let cut = read_statuspage(br#"{"status": {"indicator": "major", "descr"#).unwrap_err();
    assert!(
        cut.to_string()
            .contains("JSON of another shape, or cut off"),
        "{cut}"
    );
    assert!(read_google(b"{\"incidents\": []}").is_err());
    assert!(read_feed(br#"{"not": "xml"}"#).is_err());
    assert!(read_feed(b"<html><body><p>not a feed</p></body></html>").is_err());
    assert!(
        read_statuspage(b"")
            .unwrap_err()
            .to_string()
            .contains("an empty answer")
    );
}

#[test]
fn the_table_parses_and_names_known_responders_with_real_endpoints() {
    let table: Table = toml::from_str(TABLE_TOML).expect("status_pages.toml parses");
    assert!(table.source.len() >= 8);
    for s in &table.source {
        let software: crate::fingerprint::Software =
            serde_json::from_value(serde_json::Value::String(s.provider.clone()))
                .unwrap_or_else(|_| panic!("{} is not a responder id", s.provider));
        assert_ne!(software, crate::fingerprint::Software::Unknown);
        for url in [&s.page, &s.endpoint] {
            assert!(url.starts_with("https://"), "{url}");
        }
    }
    assert_eq!(
        source("cloudflare").map(|s| s.format),
        Some(Format::Statuspage)
    );
    assert!(source("nginx").is_none());
}
