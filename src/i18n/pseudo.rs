//! The pseudo-locale `en-XA`: English with every letter accented, vowels doubled and tildes
//! added until it is 40 % longer (as German or Russian text often is), the whole message in
//! brackets, so a screen shows at a glance which text does not come from the Fluent files (it is
//! plain) and which layouts break with longer words. Only the messages' own text is changed, not the values put in (addresses,
//! commands, numbers stay usable).

use std::borrow::Cow;

fn accent(c: char) -> char {
    match c {
        'a' => 'á',
        'b' => 'ƀ',
        'c' => 'ç',
        'd' => 'ð',
        'e' => 'é',
        'g' => 'ĝ',
        'h' => 'ĥ',
        'i' => 'í',
        'j' => 'ĵ',
        'k' => 'ķ',
        'l' => 'ļ',
        'n' => 'ñ',
        'o' => 'ó',
        'r' => 'ŕ',
        's' => 'ş',
        't' => 'ţ',
        'u' => 'ú',
        'w' => 'ŵ',
        'y' => 'ý',
        'z' => 'ž',
        'A' => 'Å',
        'C' => 'Ç',
        'E' => 'É',
        'I' => 'Î',
        'N' => 'Ñ',
        'O' => 'Ö',
        'S' => 'Š',
        'U' => 'Ü',
        'Y' => 'Ý',
        other => other,
    }
}

/// The text elements of a message (Fluent's transform): accented, vowels doubled.
pub fn transform(s: &str) -> Cow<'_, str> {
    let mut out = String::with_capacity(s.len() * 2);
    let mut letters = 0usize;
    let mut added = 0usize;
    for c in s.chars() {
        out.push(accent(c));
        if c.is_alphabetic() {
            letters += 1;
        }
        if "aeiouAEIOU".contains(c) {
            out.push(accent(c));
            added += 1;
        }
    }
    // Up to 40 % longer than the letters were: pad with tildes what doubling vowels left.
    let want = letters * 2 / 5;
    out.extend(std::iter::repeat_n('~', want.saturating_sub(added)));
    Cow::Owned(out)
}

/// The whole message, bracketed: a cut-off end shows as a missing `]`.
pub fn bracket(s: &str) -> String {
    format!("[{s}]")
}
