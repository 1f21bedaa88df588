//! Property tests for the status readers: answers come from third-party servers (or whatever
//! stands in their way), so any bytes read as a result or an error, never a panic, and what comes
//! out is bounded by the constants, not by the input.

use super::*;
use proptest::prelude::*;

fn bounded(s: &ProviderStatus) -> bool {
    let text_ok = |t: &str| t.chars().count() <= MAX_TEXT;
    s.incidents.len() <= MAX_ITEMS
        && s.components.len() <= MAX_ITEMS
        && s.maintenances.len() <= MAX_ITEMS
        && s.incidents
            .iter()
            .all(|i| text_ok(&i.title) && i.components.len() <= MAX_ITEMS)
}

proptest! {
    #[test]
    fn any_bytes_give_a_result_or_an_error(
        format in prop_oneof![Just(Format::Statuspage), Just(Format::GoogleIncidents), Just(Format::Feed)],
        body in prop_oneof![
            proptest::collection::vec(any::<u8>(), 0..512),
            ".{0,300}".prop_map(String::into_bytes),
            ".{0,200}".prop_map(|t| format!("<rss><channel><item><title>{t}</title></item></channel></rss>").into_bytes()),
            ".{0,200}".prop_map(|t| format!(r#"{{"status":{{"indicator":"{t}"}},"incidents":[{{"name":"{t}"}}]}}"#).into_bytes()),
        ],
    ) {
        if let Ok(s) = read(format, &body) {
            prop_assert!(bounded(&s));
        }
    }

    #[test]
    fn many_incidents_are_capped(n in 0usize..60, title in "[a-z ]{0,400}") {
        let incidents: Vec<String> = (0..n)
            .map(|i| format!(r#"{{"name":"{title} {i}","status":"investigating","impact":"minor"}}"#))
            .collect();
        let body = format!(r#"{{"status":{{"indicator":"minor"}},"incidents":[{}]}}"#, incidents.join(","));
        let s = read_statuspage(body.as_bytes()).expect("valid summary");
        prop_assert_eq!(s.incidents.len(), n.min(MAX_ITEMS));
        prop_assert!(bounded(&s));
    }
}
