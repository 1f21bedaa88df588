//! Property tests for the recording reader and the sanitizer: HAR files come from anywhere, so any
//! bytes give a recording or an error, never a panic, and a sanitized copy of anything that reads
//! reads again.

use super::*;
use proptest::prelude::*;

proptest! {
    #[test]
    fn any_bytes_give_a_recording_or_an_error(
        body in prop_oneof![
            proptest::collection::vec(any::<u8>(), 0..400),
            ".{0,300}".prop_map(String::into_bytes),
            (".{0,60}", -5i64..1000, ".{0,80}").prop_map(|(url, status, text)| serde_json::json!({
                "log": {"entries": [{
                    "request": {"url": url, "headers": [{"name": "Cookie", "value": text}]},
                    "response": {"status": status, "content": {"text": text, "encoding": "base64"}},
                    "_error": text,
                }]}
            }).to_string().into_bytes()),
        ],
    ) {
        if let Ok(rec) = read(&body) {
            let _ = analyse(&rec);
        }
        if let Ok((clean, _)) = sanitize::sanitize(&body) {
            prop_assert!(read(&clean).is_ok());
        }
    }
}
