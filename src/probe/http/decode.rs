//! Decoding a body sent with `Content-Encoding` (gzip, deflate, br, zstd): the probes ask for
//! compressed bodies as browsers do, and fingerprinting reads the text. Output is bounded by
//! `BODY_CAP` whatever the input claims (a compression bomb stops there), and a body cut off on
//! the wire decodes as far as it goes.

use super::BODY_CAP;
use std::io::Read;

/// What decoding gave.
#[derive(Debug, PartialEq, Eq)]
pub(super) struct Decoded {
    pub(super) body: Vec<u8>,
    /// Stopped at `BODY_CAP` with more to come.
    pub(super) capped: bool,
    /// Why decoding stopped early (a corrupt or cut-off stream), if it did.
    pub(super) error: Option<String>,
}

/// Decode `data` sent with `Content-Encoding: encoding` (the value as sent; `identity` or an
/// empty value means as-is; several codings are undone last first). An unknown coding leaves
/// the body as it is, with a note.
pub(super) fn decode(encoding: &str, data: Vec<u8>) -> Decoded {
    let codings: Vec<String> = encoding
        .split(',')
        .map(|c| c.trim().to_ascii_lowercase())
        .filter(|c| !c.is_empty() && c != "identity")
        .collect();
    let mut current = Decoded {
        body: data,
        capped: false,
        error: None,
    };
    for coding in codings.iter().rev() {
        let input = std::mem::take(&mut current.body);
        let reader: Box<dyn Read + '_> = match coding.as_str() {
            "gzip" | "x-gzip" => Box::new(flate2::read::MultiGzDecoder::new(&input[..])),
            // HTTP's "deflate" is zlib-wrapped; some servers send raw deflate instead.
            "deflate" if looks_like_zlib(&input) => {
                Box::new(flate2::read::ZlibDecoder::new(&input[..]))
            }
            "deflate" => Box::new(flate2::read::DeflateDecoder::new(&input[..])),
            "br" => Box::new(brotli_decompressor::Decompressor::new(&input[..], 4096)),
            "zstd" => match ruzstd::decoding::StreamingDecoder::new(&input[..]) {
                Ok(d) => Box::new(d),
                Err(e) => {
                    return Decoded {
                        body: input,
                        capped: false,
                        error: Some(crate::t!("eng-decode-zstd", error = e.to_string())),
                    };
                }
            },
            other => {
                return Decoded {
                    body: input,
                    capped: false,
                    error: Some(crate::t!(
                        "eng-decode-unknown",
                        coding = format!("{other:?}")
                    )),
                };
            }
        };
        let (body, capped, error) = read_bounded(reader);
        let error =
            error.map(|e| crate::t!("eng-decode-partial", coding = coding.as_str(), error = e));
        current = Decoded {
            body,
            capped: current.capped || capped,
            error: current.error.or(error),
        };
    }
    current
}

/// zlib's two-byte header: method 8 and a check that makes the pair a multiple of 31.
fn looks_like_zlib(data: &[u8]) -> bool {
    data.len() >= 2
        && data[0] & 0x0f == 8
        && (u16::from(data[0]) << 8 | u16::from(data[1])) % 31 == 0
}

/// Read at most `BODY_CAP` bytes (and one more to know whether there was more).
fn read_bounded(reader: Box<dyn Read + '_>) -> (Vec<u8>, bool, Option<String>) {
    let mut out = Vec::new();
    let result = reader.take(BODY_CAP as u64 + 1).read_to_end(&mut out);
    let capped = out.len() > BODY_CAP;
    out.truncate(BODY_CAP);
    (out, capped, result.err().map(|e| e.to_string()))
}

#[cfg(test)]
#[path = "decode_proptests.rs"]
mod proptests;

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn gzip(data: &[u8]) -> Vec<u8> {
        let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        e.write_all(data).unwrap();
        e.finish().unwrap()
    }

    fn zlib(data: &[u8]) -> Vec<u8> {
        let mut e = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
        e.write_all(data).unwrap();
        e.finish().unwrap()
    }

    const PAGE: &[u8] = b"<html><head><title>502 Bad Gateway</title></head><body><center>nginx</center></body></html>";

    #[test]
    fn gzip_and_deflate_decode() {
        assert_eq!(decode("gzip", gzip(PAGE)).body, PAGE);
        assert_eq!(decode("deflate", zlib(PAGE)).body, PAGE);
        let mut raw =
            flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::default());
        raw.write_all(PAGE).unwrap();
        assert_eq!(decode("deflate", raw.finish().unwrap()).body, PAGE);
        assert_eq!(decode("identity", PAGE.to_vec()).body, PAGE);
        assert_eq!(decode("", PAGE.to_vec()).body, PAGE);
        assert_eq!(decode("gzip, gzip", gzip(&gzip(PAGE))).body, PAGE);
    }

    #[test]
    fn brotli_and_zstd_decode() {
        // PAGE as one stored (uncompressed) brotli meta-block, and as `zstd -c` made it.
        let br = brotli_sample();
        assert_eq!(decode("br", br).body, PAGE);
        let zst = zstd_sample();
        assert_eq!(decode("zstd", zst).body, PAGE);
    }

    #[test]
    fn bombs_stop_at_the_cap_and_damage_is_said() {
        let bomb = gzip(&vec![b'a'; BODY_CAP * 4]);
        let d = decode("gzip", bomb);
        assert_eq!(d.body.len(), BODY_CAP);
        assert!(d.capped);
        let mut cut = gzip(PAGE);
        cut.truncate(cut.len() / 2);
        let d = decode("gzip", cut);
        assert!(
            d.error.is_some_and(|e| e.contains("gzip")),
            "cut-off stream"
        );
        let d = decode("br", b"not brotli at all".to_vec());
        assert!(d.error.is_some());
        let d = decode("zstd", b"not zstd".to_vec());
        assert!(d.error.is_some_and(|e| e.contains("zstd")));
        let d = decode("compress", PAGE.to_vec());
        assert_eq!(d.body, PAGE, "unknown codings leave the body as it is");
        assert!(d.error.is_some_and(|e| e.contains("\"compress\"")));
    }

    fn brotli_sample() -> Vec<u8> {
        hex(BROTLI_HEX)
    }

    fn zstd_sample() -> Vec<u8> {
        hex(ZSTD_HEX)
    }

    fn hex(s: &str) -> Vec<u8> {
        let s: String = s.split_whitespace().collect();
        (0..s.len())
            .step_by(2)
            .map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap())
            .collect()
    }

    const BROTLI_HEX: &str = concat!(
        "a005103c68746d6c3e3c686561643e3c7469746c653e3530322042616420476174657761793c2f74",
        "69746c653e3c2f686561643e3c626f64793e3c63656e7465723e6e67696e783c2f63656e7465723e",
        "3c2f626f64793e3c2f68746d6c3e03"
    );
    const ZSTD_HEX: &str = concat!(
        "28b52ffd045855020022840e14a0390779f29e96d3bab0f19f9725a6bad2ab1fc156ebe8aed785a5",
        "8339c9b334ea7690e27a6da8e491300707130082533dbd3e98a856eba8010400400d2c6666480d4c",
        "1de613d37c0e84"
    );
}
