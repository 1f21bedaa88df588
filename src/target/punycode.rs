//! Punycode decoding (RFC 3492), so an IDN host can be shown to the user in its Unicode form.
//!
//! The `url` crate already converts Unicode hosts to ASCII (`xn--` labels) but does not expose the
//! reverse; `idna` is not a direct dependency, and a decoder is small. Decoding also works for hosts
//! that arrive already in punycode (redirect targets), where the user's spelling is not available.
//! Pure, total: malformed input returns `None`, never panics.

const BASE: u32 = 36;
const TMIN: u32 = 1;
const TMAX: u32 = 26;
const SKEW: u32 = 38;
const DAMP: u32 = 700;
const INITIAL_BIAS: u32 = 72;
const INITIAL_N: u32 = 128;

/// The Unicode form of an ASCII host: each `xn--` label decoded, other labels unchanged.
/// `None` when a label is not valid punycode.
pub(crate) fn host_to_unicode(host: &str) -> Option<String> {
    let labels: Option<Vec<String>> = host
        .split('.')
        .map(|label| match strip_ace_prefix(label) {
            Some(encoded) => decode(encoded),
            None => Some(label.to_string()),
        })
        .collect();
    labels.map(|l| l.join("."))
}

fn strip_ace_prefix(label: &str) -> Option<&str> {
    let prefix = label.get(..4)?;
    if prefix.eq_ignore_ascii_case("xn--") {
        label.get(4..)
    } else {
        None
    }
}

/// Decode one punycode label (without the `xn--` prefix).
pub(crate) fn decode(input: &str) -> Option<String> {
    if !input.is_ascii() {
        return None;
    }
    let (basic, extended) = match input.rfind('-') {
        Some(i) => (&input[..i], &input[i + 1..]),
        None => ("", input),
    };
    let mut output: Vec<char> = basic.chars().collect();
    let mut n = INITIAL_N;
    let mut i: u32 = 0;
    let mut bias = INITIAL_BIAS;
    let mut bytes = extended.bytes().peekable();
    while bytes.peek().is_some() {
        let old_i = i;
        let mut w: u32 = 1;
        let mut k = BASE;
        loop {
            let digit = match bytes.next()? {
                b @ b'a'..=b'z' => u32::from(b - b'a'),
                b @ b'A'..=b'Z' => u32::from(b - b'A'),
                b @ b'0'..=b'9' => u32::from(b - b'0') + 26,
                _ => return None,
            };
            i = i.checked_add(digit.checked_mul(w)?)?;
            let t = if k <= bias {
                TMIN
            } else if k >= bias.saturating_add(TMAX) {
                TMAX
            } else {
                k - bias
            };
            if digit < t {
                break;
            }
            w = w.checked_mul(BASE - t)?;
            k = k.checked_add(BASE)?;
        }
        let len = u32::try_from(output.len()).ok()?.checked_add(1)?;
        bias = adapt(i - old_i, len, old_i == 0);
        n = n.checked_add(i / len)?;
        i %= len;
        let c = char::from_u32(n)?;
        output.insert(usize::try_from(i).ok()?, c);
        i += 1;
    }
    Some(output.into_iter().collect())
}

fn adapt(delta: u32, num_points: u32, first_time: bool) -> u32 {
    let mut delta = if first_time { delta / DAMP } else { delta / 2 };
    delta += delta / num_points;
    let mut k = 0;
    while delta > ((BASE - TMIN) * TMAX) / 2 {
        delta /= BASE - TMIN;
        k += BASE;
    }
    k + (((BASE - TMIN + 1) * delta) / (delta + SKEW))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_known_labels() {
        assert_eq!(decode("bcher-kva").as_deref(), Some("bücher"));
        assert_eq!(decode("mnchen-3ya").as_deref(), Some("münchen"));
        // RFC 3492 sample (Japanese) and a label with no basic code points.
        assert_eq!(decode("wgv71a119e").as_deref(), Some("日本語"));
        assert_eq!(
            host_to_unicode("www.xn--bcher-kva.example").as_deref(),
            Some("www.bücher.example")
        );
        assert_eq!(
            host_to_unicode("plain.example").as_deref(),
            Some("plain.example")
        );
    }

    #[test]
    fn rejects_garbage_without_panicking() {
        for bad in [
            "!!",
            "a-é",
            "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz",
            "99999999999",
        ] {
            // Either None or some string; the point is: no panic, no overflow.
            let _ = decode(bad);
        }
        assert_eq!(decode("a-é"), None);
        assert_eq!(decode("ab-!"), None);
        assert_eq!(host_to_unicode("xn--ab-!.example"), None);
    }
}
