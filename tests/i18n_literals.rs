//! No sentence left behind in code: in the files already moved to Fluent (the list below grows
//! as the move goes on), a string literal that reads like words for a person (two words or more)
//! fails the test, naming file and line, unless it is in the allowed exceptions (product names,
//! ids, text compared with data). The words belong in `assets/i18n/<lang>/*.ftl`, through `t!`.

use std::path::Path;

/// Files whose every sentence comes from the Fluent files.
const MOVED: &[&str] = &[
    "src/gui/panels/header.rs",
    "src/gui/panels/banner.rs",
    "src/gui/panels/footer.rs",
    "src/gui/panels/start.rs",
    "src/report/states.rs",
    "src/report/text.rs",
    "src/diagnosis/wording.rs",
    "src/diagnosis/checklist.rs",
    "src/i18n/mod.rs",
    "src/gui/panels/steps.rs",
    "src/gui/state.rs",
    "src/browsers/mod.rs",
    "src/report/markdown.rs",
    "src/report/html/mod.rs",
    "src/gui/app/mod.rs",
    "src/gui/app/recording.rs",
    "src/gui/panels/recording.rs",
    "src/report/har.rs",
    "src/har/sanitize.rs",
    "src/gui/panels/world.rs",
    "src/gui/panels/status.rs",
    "src/gui/panels/about.rs",
    "src/report/world.rs",
    "src/diagnosis/world_evidence.rs",
    "src/history/summary.rs",
    "src/gui/panels/details.rs",
    "src/gui/panels/mod.rs",
];

/// Literals allowed in those files, with why.
const ALLOWED: &[&str] = &[
    // The product's name is not translated.
    "Gateway Doctor",
    // Compared with the diagnosis' own path label (data, not shown as is).
    "CDN / edge",
    // Shown when a language we do not speak was asked for: the person's language is unknown.
    "The language '{shown}' is not available ({}): English is used.",
    // The selector shows each language in its own name.
    "Português (Brasil)",
    // Browsers' product names and where their programs are.
    "Google Chrome",
    "Microsoft Edge",
    "GNOME Web",
    "Google Chrome.app",
    "Microsoft Edge.app",
    "Brave Browser.app",
    "Mozilla Firefox/firefox.exe",
    // Written into the sanitized HAR file in place of a body: data for the support team, like the
    // JSON, the same in every language.
    "body removed by gateway-doctor (not needed to diagnose)",
    // The probe log under Details is technical, like the JSON: probe ids and states.
    "all probes reported",
    "{} finished: {} in {:.0} ms  {}",
    "run ended: {why}",
];

/// The string literals of a line (plain `"..."`, escapes kept), outside a `//` comment.
fn literals(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut chars = line.char_indices().peekable();
    let mut current: Option<String> = None;
    while let Some((i, c)) = chars.next() {
        match (&mut current, c) {
            (None, '/') if line[i..].starts_with("//") => break,
            (None, '\'') => {
                // A char literal such as '"': skip it whole.
                if let Some((_, next)) = chars.next()
                    && next == '\\'
                {
                    chars.next();
                }
                chars.next();
            }
            (None, '"') => current = Some(String::new()),
            (Some(s), '\\') => {
                s.push('\\');
                if let Some((_, escaped)) = chars.next() {
                    s.push(escaped);
                }
            }
            (Some(_), '"') => out.push(current.take().unwrap_or_default()),
            (Some(s), c) => s.push(c),
            (None, _) => {}
        }
    }
    out
}

/// Reads like words for a person: at least two words of two letters or more, and not an HTML
/// template (markup, whose words are attributes; its text is put in with `t!`).
fn is_prose(literal: &str) -> bool {
    if literal.contains('<') && literal.contains('>') {
        return false;
    }
    // Format placeholders (`{name}`, `{:.0}`) are not words.
    let mut text = String::new();
    let mut depth = 0usize;
    for c in literal.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth = depth.saturating_sub(1),
            c if depth == 0 => text.push(c),
            _ => {}
        }
    }
    text.split_whitespace()
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 2)
        .count()
        >= 2
}

#[test]
fn moved_files_have_no_sentences_in_code() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut found = Vec::new();
    for file in MOVED {
        let text =
            std::fs::read_to_string(root.join(file)).unwrap_or_else(|e| panic!("{file}: {e}"));
        for (n, line) in text.lines().enumerate() {
            let trimmed = line.trim_start();
            if trimmed.starts_with("#[cfg(test)]") {
                break;
            }
            if trimmed.starts_with("//") || trimmed.starts_with("#[") {
                continue;
            }
            for literal in literals(line) {
                if is_prose(&literal) && !ALLOWED.contains(&literal.as_str()) {
                    found.push(format!("{file}:{}: \"{literal}\"", n + 1));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "sentences in code (move them to assets/i18n/<lang>/*.ftl and use t!):\n{}",
        found.join("\n")
    );
}

#[test]
fn the_scanner_sees_sentences_and_skips_ids_and_comments() {
    assert_eq!(
        literals(r#"ui.label("Hello there"); // "not this""#),
        vec!["Hello there"]
    );
    assert_eq!(
        literals(r#"let q = '"'; f("a \"b\" c")"#),
        vec![r#"a \"b\" c"#]
    );
    assert!(is_prose("Save the report"));
    assert!(!is_prose("app-check-hover"), "a message id has no spaces");
    assert!(!is_prose("{} {}"));
    assert!(!is_prose("en_US"));
    assert!(!is_prose("<p class=\"meta\">{}</p>"));
    assert!(!is_prose("{duration:.0} ms"), "a placeholder and a unit");
    assert!(is_prose("Checked {n} times"));
}
