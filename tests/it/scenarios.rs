//! The diagnosis scenario runner, in the style of trippy's state tests: every
//! `tests/scenarios/*.toml` file holds `[evidence]` (serde of `Evidence`) and `[expect]` (the
//! verdict, and optionally checklist item and path node states). A new rule is a new file.
//!
//! The runner checks every file and reports all mismatches at once, with file names. It also
//! rejects keys in `[evidence]` that `Evidence` does not know (a typo would otherwise be ignored
//! silently, since every evidence field has a default), and replays each scenario with probes
//! removed to check that `diagnose` stays sane on partial evidence.

use gateway_doctor::diagnosis::{
    Cause, Confidence, Culprit, Diagnosis, ItemStatus, PathState, VerdictStatus, diagnose,
};
use gateway_doctor::evidence::{Evidence, ProbeKind};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Scenario {
    #[allow(dead_code)]
    description: String,
    #[serde(default)]
    evidence: Evidence,
    expect: Expect,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Expect {
    status: VerdictStatus,
    culprit: Culprit,
    cause: Cause,
    confidence: Option<Confidence>,
    conclusive: Option<bool>,
    summary_contains: Option<String>,
    /// Text the summary must not contain.
    summary_lacks: Option<String>,
    detail_contains: Option<String>,
    /// `wait_secs` of the `wait` checklist item.
    wait_secs: Option<u64>,
    /// Checklist item id -> status.
    #[serde(default)]
    checklist: BTreeMap<String, ItemStatus>,
    /// Path node kind -> state.
    #[serde(default)]
    path: BTreeMap<String, PathState>,
}

fn scenario_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/scenarios")
}

fn scenario_files() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(scenario_dir())
        .expect("tests/scenarios exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    files.sort();
    files
}

fn name<T: serde::Serialize>(value: T) -> String {
    serde_json::to_value(value)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

/// Keys in `input` that do not appear in `known` (the evidence serialised back).
fn unknown_keys(input: &toml::Value, known: &toml::Value, at: &str, out: &mut Vec<String>) {
    match (input, known) {
        (toml::Value::Table(i), toml::Value::Table(k)) => {
            for (key, value) in i {
                let here = format!("{at}.{key}");
                match k.get(key) {
                    Some(kv) => unknown_keys(value, kv, &here, out),
                    None => out.push(here),
                }
            }
        }
        (toml::Value::Array(i), toml::Value::Array(k)) => {
            for (n, (iv, kv)) in i.iter().zip(k).enumerate() {
                unknown_keys(iv, kv, &format!("{at}[{n}]"), out);
            }
        }
        _ => {}
    }
}

fn check(d: &Diagnosis, e: &Expect) -> Vec<String> {
    let mut bad = Vec::new();
    let v = &d.verdict;
    let mut field = |what: &str, got: String, want: String| {
        if got != want {
            bad.push(format!("{what}: got {got:?}, expected {want:?}"));
        }
    };
    field("status", name(v.status), name(e.status));
    field("culprit", name(v.culprit), name(e.culprit));
    field("cause", v.cause.to_string(), e.cause.to_string());
    if let Some(c) = e.confidence {
        field("confidence", name(v.confidence), name(c));
    }
    if let Some(c) = e.conclusive {
        field("conclusive", v.conclusive.to_string(), c.to_string());
    }
    if let Some(w) = e.wait_secs {
        let got = d
            .checklist
            .iter()
            .find(|i| name(i.id) == "wait")
            .and_then(|i| i.wait_secs);
        field("wait_secs", format!("{got:?}"), format!("{:?}", Some(w)));
    }
    for (id, want) in &e.checklist {
        let got = d
            .checklist
            .iter()
            .find(|i| name(i.id) == *id)
            .map(|i| name(i.status))
            .unwrap_or_else(|| "(missing)".into());
        field(&format!("checklist.{id}"), got, name(want));
    }
    for (kind, want) in &e.path {
        let got = d
            .path
            .iter()
            .find(|n| name(n.kind) == *kind)
            .map(|n| name(n.state))
            .unwrap_or_else(|| "(missing)".into());
        field(&format!("path.{kind}"), got, name(want));
    }
    if let Some(s) = &e.summary_contains
        && !v.summary.contains(s.as_str())
    {
        bad.push(format!("summary {:?} does not contain {s:?}", v.summary));
    }
    if let Some(s) = &e.summary_lacks
        && v.summary.contains(s.as_str())
    {
        bad.push(format!("summary {:?} contains {s:?}", v.summary));
    }
    if let Some(s) = &e.detail_contains
        && !v.detail.contains(s.as_str())
    {
        bad.push(format!("detail {:?} does not contain {s:?}", v.detail));
    }
    bad
}

fn load(path: &Path) -> Result<Scenario, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read: {e}"))?;
    let scenario: Scenario = toml::from_str(&text).map_err(|e| format!("bad scenario: {e}"))?;
    let raw: toml::Value = toml::from_str(&text).map_err(|e| format!("bad TOML: {e}"))?;
    let known = toml::Value::try_from(&scenario.evidence)
        .map_err(|e| format!("evidence does not serialise back: {e}"))?;
    let mut unknown = Vec::new();
    if let Some(input) = raw.get("evidence") {
        unknown_keys(input, &known, "evidence", &mut unknown);
    }
    if !unknown.is_empty() {
        return Err(format!(
            "keys Evidence does not know: {}",
            unknown.join(", ")
        ));
    }
    Ok(scenario)
}

#[test]
fn every_scenario_gives_the_expected_diagnosis() {
    let files = scenario_files();
    assert!(files.len() >= 20, "only {} scenario files", files.len());
    let mut failures = Vec::new();
    for path in &files {
        let file = path.file_name().unwrap_or_default().to_string_lossy();
        match load(path) {
            Err(e) => failures.push(format!("{file}: {e}")),
            Ok(s) => {
                let d = diagnose(&s.evidence);
                for m in check(&d, &s.expect) {
                    failures.push(format!("{file}: {m}"));
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} mismatch(es) in {} scenarios:\n  {}",
        failures.len(),
        files.len(),
        failures.join("\n  ")
    );
}

/// Invariants that hold on any evidence, complete or not.
fn sane(d: &Diagnosis, ev: &Evidence) -> Vec<String> {
    let mut bad = Vec::new();
    let v = &d.verdict;
    if v.summary.is_empty() {
        bad.push("empty summary".into());
    }
    if v.cause.id().is_empty() {
        bad.push("empty cause".into());
    }
    if v.cause == Cause::Unknown
        && (v.confidence != Confidence::Low || v.culprit != Culprit::Unknown)
    {
        bad.push(format!(
            "unknown cause with {:?}/{:?}",
            v.culprit, v.confidence
        ));
    }
    if !ev.is_complete() && v.conclusive && v.confidence != Confidence::High {
        bad.push("conclusive while incomplete without high confidence".into());
    }
    if d.checklist.len() != 5 || d.path.len() != 5 {
        bad.push(format!(
            "{} items, {} nodes",
            d.checklist.len(),
            d.path.len()
        ));
    }
    if ev.is_complete() && d.checklist.iter().any(|i| i.status == ItemStatus::Pending) {
        bad.push("pending item on complete evidence".into());
    }
    bad
}

fn drop_probe(ev: &mut Evidence, kind: ProbeKind) {
    ev.finished.retain(|k| *k != kind);
    match kind {
        ProbeKind::Dns => ev.dns = None,
        ProbeKind::Tcp => ev.tcp = None,
        ProbeKind::Tls => ev.tls = None,
        ProbeKind::Http => ev.http = None,
        ProbeKind::Refresh => ev.refresh = None,
        ProbeKind::ClearCache => ev.clear_cache = None,
        ProbeKind::OtherBrowser => ev.other_browser = None,
        ProbeKind::Connection => ev.connection = None,
        ProbeKind::Propagation => ev.propagation = None,
        ProbeKind::Origin => ev.origin = None,
        ProbeKind::Routes => ev.routes = None,
        ProbeKind::Paths => ev.paths = None,
        ProbeKind::Burst => ev.burst = None,
        ProbeKind::Logs => ev.logs = None,
        ProbeKind::Http3 => ev.http3 = None,
    }
}

#[test]
fn partial_evidence_never_confuses_the_diagnosis() {
    const KINDS: [ProbeKind; 8] = [
        ProbeKind::Dns,
        ProbeKind::Tcp,
        ProbeKind::Tls,
        ProbeKind::Http,
        ProbeKind::Refresh,
        ProbeKind::ClearCache,
        ProbeKind::OtherBrowser,
        ProbeKind::Connection,
    ];
    let mut failures = Vec::new();
    let mut runs = 0;
    for path in scenario_files() {
        let Ok(s) = load(&path) else { continue };
        let file = path
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .to_string();
        // Every subset of probes still pending (2^8 per scenario).
        for mask in 0u32..(1 << KINDS.len()) {
            let mut ev = s.evidence.clone();
            for (bit, kind) in KINDS.iter().enumerate() {
                if mask & (1 << bit) != 0 {
                    drop_probe(&mut ev, *kind);
                }
            }
            let d = diagnose(&ev);
            runs += 1;
            for m in sane(&d, &ev) {
                failures.push(format!("{file} (pending mask {mask:#010b}): {m}"));
            }
        }
    }
    assert!(runs >= 20 * 256, "only {runs} runs");
    failures.truncate(30);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn empty_and_planned_only_evidence_do_not_panic() {
    let d = diagnose(&Evidence::default());
    assert_eq!(d.verdict.cause, Cause::Unknown);
    assert_eq!(d.verdict.confidence, Confidence::Low);

    let planned_only = Evidence {
        planned: vec![
            ProbeKind::Dns,
            ProbeKind::Http,
            ProbeKind::Refresh,
            ProbeKind::Connection,
        ],
        ..Evidence::default()
    };
    let d = diagnose(&planned_only);
    assert!(!d.verdict.conclusive);
    assert!(d.verdict.summary.starts_with("Still checking"));
    let pending: Vec<String> = d
        .checklist
        .iter()
        .filter(|i| i.status == ItemStatus::Pending)
        .map(|i| name(i.id))
        .collect();
    // clear_cache and other_browser were not planned: skipped, not pending.
    assert_eq!(pending, ["refresh", "connection", "wait"]);
}

/// Words an owner item may only use when the verdict is about the origin's own stack: they name
/// its web server's upstream configuration or its application.
const ORIGIN_STACK_WORDS: &[&str] = &[
    "inside the application",
    "proxy_pass",
    "fastcgi_pass",
    "php-fpm",
    "static files",
];

/// Every scenario whose error page was made by a CDN about its link to the origin, replayed in
/// owner mode: no owner item names a layer other than the verdict's (the origin's upstream
/// configuration, its application), and the restart and logs items name the CDN.
#[test]
fn owner_items_agree_with_the_edge_that_made_the_page() {
    use gateway_doctor::diagnosis::{CauseFamily, CheckId};
    use gateway_doctor::evidence::Mode;
    use gateway_doctor::fingerprint::Layer;
    let mut checked = Vec::new();
    let mut failures = Vec::new();
    for path in scenario_files() {
        let file = path
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        let Ok(mut s) = load(&path) else { continue };
        s.evidence.mode = Mode::Owner;
        let d = diagnose(&s.evidence);
        let status = s.evidence.http.as_ref().and_then(|h| h.status).unwrap_or(0);
        let edge = d.responder.software;
        // The link from the CDN to the origin: refused, never connected (522), unreachable, TLS,
        // or the CDN itself; an invalid (520) or slow (524) answer reached the origin's stack.
        let about_link = match d.verdict.cause {
            Cause::OriginDown | Cause::OriginUnreachable | Cause::OriginTls => true,
            Cause::OriginTimeout => status == 522,
            c => c.family() == CauseFamily::Cdn && c != Cause::BotChallenge,
        };
        if status < 500 || edge.layer() != Layer::Cdn || !about_link {
            continue;
        }
        checked.push(file.clone());
        for item in &d.checklist {
            let text = format!("{} {}", item.finding, item.advice).to_lowercase();
            for word in ORIGIN_STACK_WORDS {
                if text.contains(word) {
                    failures.push(format!(
                        "{file}: {:?} says {word:?} while {} made the page ({})",
                        item.id,
                        edge.display_name(),
                        d.verdict.cause
                    ));
                }
            }
            if matches!(item.id, CheckId::RestartServer | CheckId::ServerLogs)
                && !item.finding.contains(edge.display_name())
            {
                failures.push(format!(
                    "{file}: {:?} does not name {}: {}",
                    item.id,
                    edge.display_name(),
                    item.finding
                ));
            }
        }
    }
    assert!(
        checked.len() >= 5,
        "too few edge-made scenarios to mean anything: {checked:?}"
    );
    assert!(
        failures.is_empty(),
        "checked {checked:?}\n  {}",
        failures.join("\n  ")
    );
}
