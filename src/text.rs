//! Small text helpers every layer shares: cutting text to a size on a character boundary, making
//! outside text safe to show, and the plain word a serde enum serializes to. Pure functions, one
//! home, so the engine, the reports and the faces cut and quote text the same way.

/// At most `cap` bytes of `s`, cut at a character boundary, with an ellipsis when cut.
pub fn excerpt(s: &str, cap: usize) -> String {
    if s.len() <= cap {
        return s.to_string();
    }
    format!("{}…", cap_str(s, cap))
}

/// At most `max` characters of `s`, with an ellipsis when cut (user input quoted in messages).
pub fn shorten(s: &str, max: usize) -> String {
    match s.char_indices().nth(max) {
        Some((i, _)) => format!("{}…", &s[..i]),
        None => s.to_string(),
    }
}

/// A value made safe to show: control characters replaced, cut to `max` characters.
pub fn shown(text: &str, max: usize) -> String {
    let mut out: String = text
        .chars()
        .take(max)
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    if text.chars().nth(max).is_some() {
        out.push_str("...");
    }
    out
}

/// The longest prefix of `text` of at most `max` bytes that ends on a character boundary.
pub fn cap_str(text: &str, max: usize) -> &str {
    if text.len() <= max {
        return text;
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// The word a unit-like serde value serializes to (`Mode::Owner` -> `owner`); empty for others.
pub fn serde_plain<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_value(v)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn excerpt_and_cap_cut_at_a_character_boundary() {
        assert_eq!(excerpt("héllo", 2), "h…");
        assert_eq!(excerpt("hello", 5), "hello");
        assert_eq!(cap_str("héllo", 2), "h");
    }

    #[test]
    fn shorten_counts_characters_and_shown_replaces_controls() {
        assert_eq!(shorten("ééé", 2), "éé…");
        assert_eq!(shorten("ab", 2), "ab");
        assert_eq!(shown("a\nb", 10), "a b");
        assert_eq!(shown("abcdef", 3), "abc...");
    }
}
