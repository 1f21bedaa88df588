//! Property tests for the `Alt-Svc` reader: the header comes from whatever server answered, so
//! any value is read without a panic, an alternative it returns is usable (a real port, a bounded
//! entry), and a well-formed `h3` entry among others is always found.

use super::*;
use proptest::prelude::*;

proptest! {
    #[test]
    fn any_alt_svc_value_is_read_safely(value in ".{0,400}") {
        if let Some(alt) = h3_alternative(&value) {
            prop_assert!(alt.port != 0);
            prop_assert!(alt.entry.chars().count() <= 200);
            prop_assert!(!alt.host.contains('"'));
        }
    }

    #[test]
    fn an_h3_entry_among_others_is_found(
        port in 1u16..,
        before in proptest::collection::vec("(h2|h3-29|quic)=\":[0-9]{1,5}\"; ma=[0-9]{1,6}", 0..3),
        ma in 0u32..10_000_000,
    ) {
        let mut entries = before.clone();
        entries.push(format!("h3=\":{port}\"; ma={ma}"));
        let value = entries.join(", ");
        let alt = h3_alternative(&value);
        prop_assert_eq!(alt.map(|a| (a.host, a.port)), Some((String::new(), port)), "{}", value);
    }
}
