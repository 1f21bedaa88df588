//! Property tests for the settings reader: `settings.json` may be hand-edited or damaged, so any
//! bytes must give settings or a plain reason (never a panic), and what is loaded must be sane
//! (timeout in range, window restorable or forgotten, recent sites trimmed, distinct and capped);
//! settings as saved must read back unchanged.
//!
//! Uses the reader behind `Store::load` (`parse`, then `sanitize`) and the encoding `Store::save`
//! writes, without touching the disk.
//!
//! 256 cases per property by default (proptest's default); `PROPTEST_CASES=10000 cargo test
//! --no-default-features --lib store::proptests` runs longer. Pure: no network.

use super::*;
use proptest::prelude::*;
use proptest::sample::select;
use serde_json::{Value, json};

/// What `Store::save` writes.
fn saved(s: &Settings) -> Result<Vec<u8>, TestCaseError> {
    let mut bytes = serde_json::to_vec_pretty(s).map_err(|e| TestCaseError::fail(e.to_string()))?;
    bytes.push(b'\n');
    Ok(bytes)
}

/// What `Store::load` makes of the bytes of a settings file that exists.
fn loaded(bytes: &[u8]) -> Result<Settings, String> {
    parse(bytes).map(|mut s| {
        s.sanitize();
        s
    })
}

/// Numbers as a slider, a hand edit or a damaged file give them: in range or not, whole or not.
fn number() -> impl Strategy<Value = f64> {
    prop_oneof![
        (1u32..=600).prop_map(f64::from),
        (0u32..100_000).prop_map(|h| f64::from(h) / 100.0),
        select(vec![0.0, -1.0, 1e9, 1e300, 0.5, 600.5, f64::MIN_POSITIVE]),
    ]
}

fn site() -> impl Strategy<Value = String> {
    prop_oneof![
        "(https?://)?[a-zA-Z0-9.-]{0,12}(:[0-9]{2,4})?(/[a-z]{0,4})?",
        "[ \t]{0,2}[A-Z.a-z]{0,6}[ \t]{0,2}",
        any::<String>(),
    ]
}

fn settings() -> impl Strategy<Value = Settings> {
    (
        prop::collection::vec(site(), 0..12),
        select(vec![Mode::Visitor, Mode::Owner]),
        any::<bool>(),
        prop::option::of(
            (number(), number()).prop_filter("a window size is finite", |(w, h)| {
                (*w as f32).is_finite() && (*h as f32).is_finite()
            }),
        ),
        any::<bool>(),
        number(),
        prop::option::of(any::<String>()),
    )
        .prop_map(
            |(recent, mode, guided, window, include_full_url, timeout_secs, globalping_url)| {
                Settings {
                    schema: SCHEMA,
                    recent,
                    mode,
                    guided,
                    window: window.map(|(w, h)| WindowSettings {
                        width: w as f32,
                        height: h as f32,
                    }),
                    include_full_url,
                    timeout_secs,
                    status_urls: globalping_url
                        .iter()
                        .map(|u| ("cloudflare".to_string(), u.clone()))
                        .collect(),
                    language: globalping_url.as_ref().map(|_| "pt-BR".to_string()),
                    globalping_url,
                }
            },
        )
}

/// Any JSON value, at most three levels deep, with the settings' own keys among the others.
fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        number().prop_map(Value::from),
        any::<String>().prop_map(Value::String),
        select(vec!["visitor", "owner"]).prop_map(Value::from),
    ];
    let key = prop_oneof![
        select(vec![
            "schema",
            "recent",
            "mode",
            "guided",
            "window",
            "width",
            "height",
            "include_full_url",
            "timeout_secs",
            "globalping_url",
        ])
        .prop_map(str::to_string),
        any::<String>(),
    ];
    leaf.prop_recursive(3, 32, 6, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..5).prop_map(Value::Array),
            prop::collection::vec((key.clone(), inner), 0..6)
                .prop_map(|fields| Value::Object(fields.into_iter().collect())),
        ]
    })
}

/// Settings files: any bytes, any JSON, and objects close to real settings.
fn file() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        prop::collection::vec(any::<u8>(), 0..64),
        json_value().prop_map(|v| v.to_string().into_bytes()),
        (
            settings(),
            json_value(),
            select(vec![
                "recent",
                "mode",
                "window",
                "timeout_secs",
                "schema",
                "guided"
            ])
        )
            .prop_map(|(s, v, key)| {
                let mut object = serde_json::to_value(&s).unwrap_or_else(|_| json!({}));
                object[key] = v;
                object.to_string().into_bytes()
            }),
        settings().prop_map(|s| serde_json::to_vec(&s).unwrap_or_default()),
    ]
}

/// What loaded settings always satisfy, whatever the file said.
fn assert_sane(s: &Settings) -> Result<(), TestCaseError> {
    prop_assert_eq!(s.schema, SCHEMA);
    prop_assert!(
        TIMEOUT_RANGE.contains(&s.timeout_secs),
        "timeout {}",
        s.timeout_secs
    );
    if let Some(w) = s.window {
        prop_assert!(
            WINDOW_RANGE.contains(&w.width) && WINDOW_RANGE.contains(&w.height),
            "{:?}",
            w
        );
    }
    prop_assert!(s.recent.len() <= MAX_RECENT);
    for (i, site) in s.recent.iter().enumerate() {
        prop_assert!(!site.is_empty() && site.trim() == site, "{site:?}");
        prop_assert!(
            !s.recent[..i].iter().any(|o| o.eq_ignore_ascii_case(site)),
            "{site:?} twice"
        );
    }
    Ok(())
}

proptest! {
    /// Settings as saved read back unchanged, and saving what was loaded changes nothing.
    #[test]
    fn saved_settings_read_back(s in settings()) {
        let back = parse(&saved(&s)?);
        prop_assert_eq!(back.as_ref(), Ok(&s));
        let l = loaded(&saved(&s)?);
        prop_assert!(l.is_ok());
        if let Ok(l) = l {
            prop_assert_eq!(loaded(&saved(&l)?), Ok(l));
        }
    }

    /// Any file: settings or a reason, no panic; loaded settings are sane, the most recent
    /// sites are kept in order, and loading them again after a save changes nothing.
    #[test]
    fn any_file_loads_sane_settings_or_a_reason(bytes in file()) {
        match loaded(&bytes) {
            Err(reason) => prop_assert!(!reason.trim().is_empty()),
            Ok(s) => {
                assert_sane(&s)?;
                let object: Result<Value, _> = serde_json::from_slice(&bytes);
                prop_assert!(matches!(object, Ok(Value::Object(_))), "accepted a non-object");
                prop_assert_eq!(loaded(&saved(&s)?), Ok(s.clone()));
            }
        }
    }

    /// Sanitizing keeps what is sane: the first sites in order (trimmed, first spelling of each),
    /// a timeout and window in range as they were.
    #[test]
    fn sanitize_keeps_sane_values(s in settings()) {
        let mut clean = s.clone();
        clean.sanitize();
        assert_sane(&clean)?;
        let mut want: Vec<String> = Vec::new();
        for site in s.recent.iter().map(|r| r.trim()).filter(|r| !r.is_empty()) {
            if want.len() < MAX_RECENT && !want.iter().any(|w| w.eq_ignore_ascii_case(site)) {
                want.push(site.to_string());
            }
        }
        prop_assert_eq!(&clean.recent, &want);
        if TIMEOUT_RANGE.contains(&s.timeout_secs) {
            prop_assert_eq!(clean.timeout_secs, s.timeout_secs);
        }
        let mut twice = clean.clone();
        twice.sanitize();
        prop_assert_eq!(twice, clean);
    }
}
