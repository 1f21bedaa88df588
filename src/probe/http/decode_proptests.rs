//! Property tests for body decoding: bodies come from whatever server answered, labelled with
//! whatever `Content-Encoding` it chose, so any bytes under any coding decode without a panic and
//! never beyond the cap; a gzip body made from any text decodes back to it.

use super::*;
use proptest::prelude::*;
use std::io::Write;

proptest! {
    #[test]
    fn any_bytes_under_any_coding_are_bounded(
        coding in prop_oneof![
            Just("gzip".to_string()), Just("deflate".to_string()), Just("br".to_string()),
            Just("zstd".to_string()), Just("gzip, br".to_string()), "[a-z, -]{0,20}",
        ],
        data in proptest::collection::vec(any::<u8>(), 0..2048),
    ) {
        let d = decode(&coding, data);
        prop_assert!(d.body.len() <= BODY_CAP);
    }

    #[test]
    fn gzip_round_trips(text in ".{0,2000}") {
        let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        e.write_all(text.as_bytes()).unwrap();
        let d = decode("gzip", e.finish().unwrap());
        prop_assert_eq!(d.body, text.as_bytes());
        prop_assert!(d.error.is_none());
    }
}
