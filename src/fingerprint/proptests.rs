//! Property tests for the signature matcher: headers and bodies come from whatever server
//! answered, so any names, values and bodies (non-ASCII, control characters, larger than the
//! scan limit, a multi-byte character across it) must be read without a panic, and what the
//! matcher says about them must be safe to show: evidence lines bounded by the table (not by
//! the input), without control characters, and never quoting a cookie or an authorization.
//! Header names are matched in any case, and a header no rule names changes nothing.
//!
//! 256 cases per property by default (proptest's default); `PROPTEST_CASES=10000 cargo test
//! --no-default-features --lib fingerprint::proptests` runs longer. Pure: no network.

use super::pages_tests::{AKAMAI_502, ALB_502, CLOUDFLARE_502, NGINX_502};
use super::rules::{BODY_SCAN_LIMIT, SENSITIVE_HEADERS, TABLE};
use super::*;
use proptest::prelude::*;
use proptest::sample::{Index, select};

/// A header no signature names (checked below), added as noise.
const NOISE: &str = "x-proptest-noise";

/// The longest evidence line the table can produce: every part is quoted through `shown` (a
/// header part is at most "header " + 63 + ": " + 103 characters, a body part less), plus the
/// rule's own note. Independent of the input.
fn evidence_line_bound() -> usize {
    const PART: usize = 7 + 63 + 2 + 103;
    TABLE
        .rule
        .iter()
        .map(|r| {
            let parts = r.headers.len()
                + r.body_contains.len()
                + r.body_lacks.len()
                + usize::from(r.body_equals.is_some())
                + usize::from(r.body_empty)
                + usize::from(!r.status.is_empty())
                + usize::from(r.reason_equals.is_some() || r.reason_contains.is_some())
                + usize::from(r.title_equals.is_some() || r.title_contains.is_some());
            let lacks: usize = r.body_lacks.iter().map(|p| p.chars().count()).sum();
            let note = r.evidence.as_deref().map_or(0, |n| n.chars().count() + 3);
            parts * (PART + 2) + lacks + note
        })
        .max()
        .unwrap_or(0)
}

/// Header names the table looks at, as written in it.
fn table_names() -> Vec<String> {
    TABLE
        .rule
        .iter()
        .flat_map(|r| &r.headers)
        .filter_map(|h| h.name.clone().or_else(|| h.name_prefix.clone()))
        .collect()
}

/// Header values the table looks for.
fn table_values() -> Vec<String> {
    TABLE
        .rule
        .iter()
        .flat_map(|r| &r.headers)
        .filter_map(|h| {
            h.equals
                .clone()
                .or_else(|| h.starts_with.clone())
                .or_else(|| h.contains.clone())
        })
        .collect()
}

/// Body patterns of the table (so generated bodies match rules, alone and together).
fn table_patterns() -> Vec<String> {
    TABLE
        .rule
        .iter()
        .flat_map(|r| {
            r.body_contains
                .iter()
                .chain(&r.body_lacks)
                .chain(&r.body_equals)
        })
        .cloned()
        .collect()
}

/// Text that breaks naive code: control characters, line and paragraph separators, NUL,
/// characters of 2, 3 and 4 bytes.
fn awkward() -> impl Strategy<Value = String> {
    prop_oneof![
        "[\\x00-\\x1f\\x7f]{1,3}",
        select(vec![
            "\u{85}", "\u{2028}", "\u{feff}", "é", "中", "🦀", "\r\n", "\t"
        ])
        .prop_map(str::to_string),
    ]
}

fn header_name() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => select(table_names()),
        1 => select(vec!["Server", "Via", "X-Cache", "Content-Type", "Set-Cookie", "Cookie"])
            .prop_map(str::to_string),
        2 => any::<String>(),
        1 => (awkward(), "[a-z-]{0,10}").prop_map(|(a, b)| format!("{a}{b}")),
    ]
}

fn header_value() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => (select(table_values()), "[ a-z0-9./()-]{0,12}").prop_map(|(v, s)| format!("{v}{s}")),
        2 => any::<String>(),
        1 => (awkward(), any::<String>(), awkward()).prop_map(|(a, b, c)| format!("{a}{b}{c}")),
        1 => prop::collection::vec(any::<char>(), 200..3000).prop_map(String::from_iter),
    ]
}

fn headers() -> impl Strategy<Value = Vec<(String, String)>> {
    prop::collection::vec((header_name(), header_value()), 0..8)
}

/// Bodies: stock pages, table patterns mixed with noise, any text.
fn body() -> impl Strategy<Value = String> {
    let stock =
        select(vec![NGINX_502, CLOUDFLARE_502, ALB_502, AKAMAI_502]).prop_map(str::to_string);
    let fragment = prop_oneof![
        3 => select(table_patterns()),
        2 => any::<String>(),
        2 => awkward(),
        1 => stock.clone(),
    ];
    prop_oneof![
        2 => stock,
        6 => prop::collection::vec(fragment, 0..10).prop_map(|parts| parts.concat()),
        2 => any::<String>(),
    ]
}

/// `body()`, and now and then one over the scan limit whose cut falls inside a multi-byte
/// character, with a stock page past the limit (slow to scan: only where the limit matters).
fn any_body() -> impl Strategy<Value = String> {
    let huge = (0..4usize, select(vec![NGINX_502, AKAMAI_502])).prop_map(|(shift, page)| {
        let filler = "é".repeat(BODY_SCAN_LIMIT / 2);
        format!("{}{filler}{page}", "a".repeat(shift))
    });
    prop_oneof![10 => body(), 1 => huge]
}

fn status() -> impl Strategy<Value = Option<u16>> {
    prop_oneof![
        Just(None),
        select(vec![
            200u16, 301, 404, 500, 502, 503, 504, 520, 521, 522, 524, 525, 526
        ])
        .prop_map(Some),
        any::<u16>().prop_map(Some),
    ]
}

/// The noise header is indeed named by no rule, exactly or as a prefix.
#[test]
fn no_rule_names_the_noise_header() {
    for name in table_names() {
        let name = name.trim().to_ascii_lowercase();
        assert!(!NOISE.starts_with(&name), "a rule looks at {name:?}");
    }
}

proptest! {
    /// Any response is read without a panic, and what is said about it can be shown as is:
    /// evidence lines are bounded by the table and free of control characters, there is
    /// evidence exactly when a software is named, and a software identified by a strong rule
    /// is among the layers, which are distinct and known.
    #[test]
    fn any_response_gives_showable_evidence(
        status in status(),
        reason in proptest::option::of(prop_oneof![
            select(vec!["Proxy Error", "Backend fetch failed", "Origin Down", "Bad Gateway", ""])
                .prop_map(str::to_string),
            ".{0,300}",
        ]),
        headers in headers(),
        body in prop_oneof![
            any_body(),
            (".{0,40}", ".{0,300}").prop_map(|(a, t)| format!("{a}<title>{t}</title>")),
        ],
    ) {
        let bound = evidence_line_bound();
        let (r, identified) = identify_response(status, reason.as_deref(), &headers, &body);
        prop_assert_eq!(r.software == Software::Unknown, r.evidence.is_empty(), "{:?}", r);
        prop_assert!(r.evidence.len() <= TABLE.rule.len());
        for line in &r.evidence {
            prop_assert!(!line.is_empty());
            let chars = line.chars().count();
            prop_assert!(chars <= bound, "{chars} > {bound} chars: {line:?}");
            prop_assert!(!line.chars().any(char::is_control), "control character in {line:?}");
        }
        if identified {
            prop_assert!(r.layers.contains(&r.software), "{:?}", r);
        }
        for (i, layer) in r.layers.iter().enumerate() {
            prop_assert!(*layer != Software::Unknown);
            prop_assert!(!r.layers[..i].contains(layer), "{:?} twice", layer);
        }
        if reason.is_none() {
            prop_assert_eq!(identify(status, &headers, &body), r);
        }
    }

    /// A header no rule names, anywhere among the headers and with any value, changes nothing.
    #[test]
    fn an_unrelated_header_changes_nothing(
        status in status(),
        headers in headers(),
        body in body(),
        at in any::<Index>(),
        value in header_value(),
    ) {
        let before = identify_graded(status, &headers, &body);
        let mut noisy = headers.clone();
        noisy.insert(at.index(headers.len() + 1), (NOISE.to_string(), value));
        prop_assert_eq!(identify_graded(status, &noisy, &body), before);
    }

    /// Header names are matched whatever their case and surrounding spaces: the same software,
    /// evidence, layers, request ids and version.
    #[test]
    fn header_names_match_in_any_case(
        status in status(),
        headers in headers(),
        body in body(),
        upper in any::<bool>(),
    ) {
        let renamed: Vec<(String, String)> = headers
            .iter()
            .map(|(n, v)| {
                let n = if upper { n.to_ascii_uppercase() } else { n.to_ascii_lowercase() };
                (format!(" {n}\t"), v.clone())
            })
            .collect();
        prop_assert_eq!(
            identify_graded(status, &renamed, &body),
            identify_graded(status, &headers, &body)
        );
        prop_assert_eq!(request_ids(&renamed, &body), request_ids(&headers, &body));
        prop_assert_eq!(version(&renamed), version(&headers));
    }

    /// Cookies and authorization values never end up in evidence, whatever else matched.
    #[test]
    fn sensitive_header_values_are_never_quoted(
        status in status(),
        headers in headers(),
        body in body(),
        name in select(SENSITIVE_HEADERS.to_vec()),
        secret in "[A-Z][A-Za-z0-9]{15,30}",
        at in any::<Index>(),
    ) {
        let mut with_secret = headers.clone();
        let header = (name.to_string(), format!("session={secret}"));
        with_secret.insert(at.index(headers.len() + 1), header);
        let r = identify(status, &with_secret, &body);
        for line in &r.evidence {
            prop_assert!(!line.contains(&secret), "{name} value quoted in {line:?}");
        }
    }

    /// Request ids and the server version are short, printable and come from where they should:
    /// known id headers (or Akamai's reference number) and a `product/digits` token.
    #[test]
    fn request_ids_and_version_are_printable_and_bounded(
        headers in headers(),
        body in any_body(),
    ) {
        for (key, id) in request_ids(&headers, &body) {
            let known = REQUEST_ID_HEADERS.contains(&key.as_str()) || key == "akamai-reference";
            prop_assert!(known, "{key}");
            let chars = id.chars().count();
            prop_assert!(chars > 0 && chars <= REQUEST_ID_MAX_CHARS, "{key}: {id:?}");
            prop_assert!(!id.chars().any(char::is_control), "{key}: {id:?}");
            if key == "akamai-reference" {
                let plain = id.chars().all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-');
                prop_assert!(plain, "{id:?}");
            }
        }
        if let Some(v) = version(&headers) {
            prop_assert!(v.contains('/') && v.chars().count() <= 103, "{v:?}");
            prop_assert!(!v.chars().any(char::is_control), "{v:?}");
        }
    }

    /// A healthy status is never a generic error page; an empty body on an error always is.
    #[test]
    fn generic_error_page_follows_the_status(
        status in status(),
        body in body(),
        blank in "[ \t\r\n]{0,4}",
    ) {
        if status.is_some_and(|s| s < 400) {
            prop_assert!(!is_generic_error_page(status, &body));
            prop_assert!(!is_generic_error_page(status, &blank));
        } else {
            prop_assert!(is_generic_error_page(status, &blank));
            let _ = is_generic_error_page(status, &body);
        }
    }
}
