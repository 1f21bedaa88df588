//! Property tests for the JSON report as a contract: a report written by `to_json` must read
//! back with `serde_json` as the same `Report` (reports are archived and read by other tools and
//! by later versions), and any JSON given to the reader, well-formed or damaged, must give a
//! report or an error, never a panic; a report it accepts must in turn round-trip.
//!
//! The reports are made the way the tool makes them (`Report::new` over every scenario in
//! `tests/scenarios/` and the owner-mode test evidence) and then given generated text in their
//! free-text fields (notes, history, headers, body, log findings) and generated timings.
//!
//! 256 cases per property by default (proptest's default); `PROPTEST_CASES=10000 cargo test
//! --no-default-features --lib report::proptests` runs longer. Pure: no network.

use super::*;
use crate::diagnosis::diagnose;
use crate::evidence::test_evidence::{owner_502_done, scenario};
use crate::logs::{AccessStats, Analysis, FileSummary, Finding, LogFormat, Severity, UrlCount};
use proptest::prelude::*;
use proptest::sample::{Index, select};
use serde_json::Value;
use std::sync::LazyLock;

/// Every scenario's evidence, and the finished owner-mode check.
static EVIDENCE: LazyLock<Vec<Evidence>> = LazyLock::new(|| {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/scenarios");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .expect("tests/scenarios is readable")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    paths.sort();
    let mut all: Vec<Evidence> = paths
        .iter()
        .map(|p| scenario(&std::fs::read_to_string(p).expect("scenario is readable")))
        .collect();
    all.push(owner_502_done());
    all
});

/// The report of one of the evidence sets, as the tool makes it (without the owner data, which is
/// not part of the JSON).
fn report_of(i: Index) -> Report {
    report_at(i.index(EVIDENCE.len()))
}

fn report_at(n: usize) -> Report {
    let evidence = &EVIDENCE[n];
    let mut report = Report::new(evidence, &diagnose(evidence), "2026-11-25T09:14:07Z");
    report.owner = None;
    report
}

/// Text as it comes from servers, logs and people: anything, and some awkward pieces.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => any::<String>(),
        1 => select(vec!["", " ", "\u{0}", "\"\\/\n\r\t", "\u{2028}", "é中🦀", "null", "{}"])
            .prop_map(str::to_string),
    ]
}

/// Milliseconds as the probes record them: rounded to hundredths. (Such values read back exactly;
/// any `f64` would not always: serde_json, built without its `float_roundtrip` feature, may read
/// a 17-digit float back one unit in the last place off.)
fn millis() -> impl Strategy<Value = Option<f64>> {
    prop::option::of((0u64..10_000_000).prop_map(|h| h as f64 / 100.0))
}

fn analysis() -> impl Strategy<Value = Analysis> {
    let file = (
        text(),
        select(vec![
            LogFormat::NginxError,
            LogFormat::Access,
            LogFormat::Unknown,
        ]),
        any::<u64>(),
        prop::option::of(text()),
    )
        .prop_map(|(path, format, lines, error)| FileSummary {
            path,
            format,
            lines,
            skipped: lines / 2,
            error,
        });
    let finding = (
        (
            text(),
            text(),
            select(vec![Severity::Error, Severity::Warning, Severity::Info]),
            any::<u64>(),
        ),
        (
            prop::option::of(text()),
            prop::collection::vec(text(), 0..3),
            prop::collection::vec(text(), 0..3),
        ),
    )
        .prop_map(
            |((cause, title, severity, count), (first_seen, subjects, examples))| Finding {
                cause,
                title: title.clone(),
                explanation: title,
                severity,
                count,
                first_seen: first_seen.clone(),
                last_seen: first_seen,
                subjects,
                examples,
                fix: String::new(),
                commands: vec!["sudo ss -ltnp".into()],
            },
        );
    let access = prop::option::of(
        (
            any::<u64>(),
            prop::collection::btree_map(500u16..=599, any::<u64>(), 0..4),
            prop::collection::vec((text(), any::<u64>()), 0..3),
        )
            .prop_map(|(total, per_status, urls)| AccessStats {
                total,
                per_status,
                top_urls: urls
                    .into_iter()
                    .map(|(url, count)| UrlCount { url, count })
                    .collect(),
                per_minute: Vec::new(),
            }),
    );
    (
        prop::collection::vec(file, 0..3),
        prop::collection::vec(finding, 0..3),
        access,
        any::<bool>(),
    )
        .prop_map(|(files, findings, access, cancelled)| Analysis {
            files,
            findings,
            access,
            cancelled,
        })
}

/// Generated content put into a report's free-text and number fields.
#[derive(Debug, Clone)]
struct Tweaks {
    notes: Option<String>,
    history: Vec<String>,
    generated_at: Option<String>,
    headers: Vec<(String, String)>,
    body: Option<String>,
    timings: (Option<f64>, Option<f64>, Option<f64>),
    status: Option<Option<u16>>,
    evidence: Vec<String>,
    logs: Option<Analysis>,
}

fn tweaks() -> impl Strategy<Value = Tweaks> {
    (
        (
            prop::option::of(text()),
            prop::collection::vec(text(), 0..3),
            prop::option::of(text()),
        ),
        (
            prop::collection::vec((text(), text()), 0..3),
            prop::option::of(text()),
        ),
        (millis(), millis(), millis()),
        prop::option::of(prop::option::of(any::<u16>())),
        prop::collection::vec(text(), 0..2),
        prop::option::of(analysis()),
    )
        .prop_map(
            |((notes, history, generated_at), (headers, body), timings, status, evidence, logs)| {
                Tweaks {
                    notes,
                    history,
                    generated_at,
                    headers,
                    body,
                    timings,
                    status,
                    evidence,
                    logs,
                }
            },
        )
}

fn tweaked(i: Index, t: Tweaks) -> Report {
    let mut r = report_of(i);
    r.notes = t.notes;
    r.history = t.history;
    if let Some(at) = t.generated_at {
        r.generated_at = at;
    }
    r.http.headers.extend(t.headers);
    if let Some(body) = t.body {
        r.http.body_excerpt = body;
    }
    let (dns, first_byte, total) = t.timings;
    r.http.timings_ms.dns = dns.or(r.http.timings_ms.dns);
    r.http.timings_ms.first_byte = first_byte.or(r.http.timings_ms.first_byte);
    r.http.timings_ms.total = total.or(r.http.timings_ms.total);
    if let Some(status) = t.status {
        r.http.status = status;
    }
    r.responder.evidence.extend(t.evidence);
    if t.logs.is_some() {
        r.logs = t.logs;
    }
    r
}

/// Any JSON value, at most four levels deep, with the report's own keys among the others.
fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<u16>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        (0u64..10_000_000).prop_map(|h| Value::from(h as f64 / 100.0)),
        text().prop_map(Value::String),
        select(vec![
            "visitor", "owner", "nginx", "unknown", "response", "high"
        ])
        .prop_map(Value::from),
    ];
    let key = prop_oneof![
        select(vec![
            "schema",
            "tool_version",
            "generated_at",
            "mode",
            "target",
            "verdict",
            "responder",
            "http",
            "checklist",
            "path",
            "probes",
            "notes",
            "logs",
            "history",
            "world",
            "url",
            "host",
            "port",
            "scheme",
            "status",
            "software",
            "evidence",
            "layers",
        ])
        .prop_map(str::to_string),
        any::<String>(),
    ];
    leaf.prop_recursive(4, 48, 6, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..5).prop_map(Value::Array),
            prop::collection::vec((key.clone(), inner), 0..6)
                .prop_map(|fields| Value::Object(fields.into_iter().collect())),
        ]
    })
}

/// Every JSON pointer in `v` (the root is "").
fn pointers(v: &Value, at: String, out: &mut Vec<String>) {
    match v {
        Value::Object(m) => {
            for (k, child) in m {
                let k = k.replace('~', "~0").replace('/', "~1");
                pointers(child, format!("{at}/{k}"), out);
            }
        }
        Value::Array(a) => {
            for (i, child) in a.iter().enumerate() {
                pointers(child, format!("{at}/{i}"), out);
            }
        }
        _ => {}
    }
    out.push(at);
}

/// How a report's JSON is damaged: one value replaced or one member removed.
#[derive(Debug, Clone)]
enum Damage {
    Replace(Index, Value),
    Remove(Index),
}

fn damage() -> impl Strategy<Value = Damage> {
    prop_oneof![
        3 => (any::<Index>(), json_value()).prop_map(|(i, v)| Damage::Replace(i, v)),
        1 => any::<Index>().prop_map(Damage::Remove),
    ]
}

fn damaged(mut v: Value, d: &Damage) -> Value {
    let mut all = Vec::new();
    pointers(&v, String::new(), &mut all);
    match d {
        Damage::Replace(i, new) => {
            let at = &all[i.index(all.len())];
            if let Some(slot) = v.pointer_mut(at) {
                *slot = new.clone();
            }
        }
        Damage::Remove(i) => {
            let at = &all[i.index(all.len())];
            if let Some((parent, key)) = at.rsplit_once('/') {
                let key = key.replace("~1", "/").replace("~0", "~");
                match v.pointer_mut(parent) {
                    Some(Value::Object(m)) => {
                        m.shift_remove(&key);
                    }
                    Some(Value::Array(a)) => {
                        if let Ok(n) = key.parse::<usize>() {
                            a.remove(n);
                        }
                    }
                    _ => {}
                }
            }
        }
    }
    v
}

/// A report the reader accepted writes out and reads back as itself.
fn assert_round_trips(report: &Report) -> Result<(), TestCaseError> {
    let json = report.to_json();
    let back: Result<Report, _> = serde_json::from_str(&json);
    prop_assert!(back.is_ok(), "{:?} reading back\n{}", back.err(), json);
    prop_assert_eq!(back.ok(), Some(report.clone()));
    Ok(())
}

#[test]
fn every_scenario_report_reads_back() {
    assert!(EVIDENCE.len() > 50, "{} scenarios", EVIDENCE.len());
    for i in 0..EVIDENCE.len() {
        let report = report_at(i);
        let back: Report = serde_json::from_str(&report.to_json()).expect("reads back");
        assert_eq!(back, report);
    }
}

proptest! {
    /// A report made by the tool, with generated text and numbers in it, reads back as itself.
    #[test]
    fn report_json_reads_back(i in any::<Index>(), t in tweaks()) {
        assert_round_trips(&tweaked(i, t))?;
    }

    /// Any JSON, and any text: a report or an error, no panic; an accepted report round-trips.
    #[test]
    fn any_json_is_read_or_refused(v in json_value(), s in any::<String>()) {
        if let Ok(r) = serde_json::from_value::<Report>(v.clone()) {
            assert_round_trips(&r)?;
        }
        if let Ok(r) = serde_json::from_str::<Report>(&v.to_string()) {
            assert_round_trips(&r)?;
        }
        if let Err(e) = serde_json::from_str::<Report>(&s) {
            prop_assert!(!e.to_string().is_empty());
        }
    }

    /// A report's JSON with one value replaced or one member removed: a report or an error, no
    /// panic; an accepted report round-trips.
    #[test]
    fn damaged_report_json_is_read_or_refused(i in any::<Index>(), d in damage()) {
        let v: Value = serde_json::from_str(&report_of(i).to_json())
            .map_err(|e| TestCaseError::fail(e.to_string()))?;
        let text = damaged(v, &d).to_string();
        match serde_json::from_str::<Report>(&text) {
            Ok(r) => assert_round_trips(&r)?,
            Err(e) => prop_assert!(!e.to_string().is_empty()),
        }
    }
}
