//! Reports: the JSON contract (`gateway-doctor/report/v1`: [`Report`] field for field; fields are
//! only ever added, never renamed), a Markdown report for support tickets, the same report as a
//! styled self-contained HTML page, and a plain text one. All are built from the same `Report`
//! value, which is made from the evidence and its diagnosis, so every output agrees. Pure: no I/O.
//!
//! Secrets were already removed when the evidence was recorded (URL credentials, cookie values,
//! authorization headers, query tokens); the report only ever sees redacted data.

pub mod har;
mod html;
mod markdown;
pub mod owner;
#[cfg(test)]
mod proptests;
pub mod server;
pub mod states;
pub mod text;
pub mod world;

pub use html::render_html;
pub use markdown::{item_title, render_markdown};
pub use text::render_text;
pub use world::{WorldAnswer, WorldSection, here_line, location_lines};

use crate::diagnosis::{ChecklistItem, Diagnosis, PathNode, Verdict};
use crate::evidence::{Evidence, HttpOutcome, Mode, ProbeKind, ProbeRecord, TargetInfo, Timings};
use crate::fingerprint::Responder;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

pub use crate::text::excerpt;

pub const SCHEMA: &str = "gateway-doctor/report/v1";
/// At most this much of the error page goes into a report.
pub const REPORT_EXCERPT_CAP: usize = 2048;
/// The last line of every support report.
/// "(Credentials, cookies and tokens removed.)" in the current language.
pub fn redaction_note() -> String {
    crate::t!("export-redaction")
}
/// What the reports say when the server sent no request id.
/// "none sent by the server", for the request ids line.
pub(crate) fn no_request_ids() -> String {
    crate::t!("export-no-request-ids")
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct HttpSection {
    pub status: Option<u16>,
    pub reason: Option<String>,
    pub headers: BTreeMap<String, String>,
    pub body_excerpt: String,
    pub body_bytes: u64,
    pub body_truncated: bool,
    pub timings_ms: Timings,
    pub request_ids: BTreeMap<String, String>,
    pub url: String,
    pub via_proxy: Option<String>,
    pub redirects: Vec<crate::evidence::RedirectHop>,
    /// How the exchange ended (`response`, `timeout` ...), or `pending` while it runs and
    /// `skipped` when it did not run.
    pub outcome: HttpState,
    pub error: Option<String>,
    /// `HTTP/1.1` or `HTTP/2`.
    #[serde(default)]
    pub protocol: Option<String>,
    /// The HTTP/2 error code when the server reset the stream or sent `GOAWAY`.
    #[serde(default)]
    pub http2_error: Option<String>,
}

/// Where the report's HTTP exchange stands; in JSON one word (`response`, `timeout`, ...,
/// `pending`, `skipped`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum HttpState {
    /// It ran and ended this way.
    Ended(HttpOutcome),
    /// It has not run.
    NotRun(NotRun),
}

/// Why there is no exchange to report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NotRun {
    /// Still running.
    Pending,
    /// Not part of this check.
    Skipped,
}

impl HttpState {
    /// The JSON word (`connect_refused`, `pending`).
    pub fn word(self) -> String {
        crate::text::serde_plain(&self)
    }
}

impl HttpSection {
    /// An HTTP exchange took place (whatever its result): not pending, not skipped.
    pub fn happened(&self) -> bool {
        matches!(self.outcome, HttpState::Ended(_))
    }
}

/// The whole report, field for field the JSON contract.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Report {
    pub schema: String,
    pub tool_version: String,
    /// The language of the human texts (`summary`, `detail`, findings, advice): `en`, `de` ...
    /// Ids, field names and enum values are the same in every language.
    #[serde(default = "english")]
    pub language: String,
    pub generated_at: String,
    pub mode: Mode,
    pub target: TargetInfo,
    pub verdict: Verdict,
    pub responder: Responder,
    /// Always present: `status` is null and `outcome` says why when no response arrived.
    pub http: HttpSection,
    pub checklist: Vec<ChecklistItem>,
    pub path: Vec<PathNode>,
    pub probes: Vec<ProbeRecord>,
    /// Free text from the person who ran the check (the GUI's notes box).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
    /// Owner mode: what the server logs given with `--logs` (or opened in the app) showed, in the
    /// same shape as `gateway-doctor logs --format json`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub logs: Option<crate::logs::Analysis>,
    /// What the stored history says about this site ("failing since 14:02 UTC (23 min)",
    /// "first failure seen at ..., 17 of 20 checks failed"); filled by the caller.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub history: Vec<String>,
    /// "Down for everyone?" (`check --from-world`, the app's button): what Globalping's places saw,
    /// or why it did not answer. Only when the person asked.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub world: Option<WorldAnswer>,
    /// Owner mode on the server itself: the server checks for this site (as
    /// `gateway-doctor server` finds them), or why they did not run.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub server_side: Option<crate::evidence::server_side::ServerSide>,
    /// The providers' status pages asked (`--provider-status`): what each said, or why not.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub status_pages: Vec<crate::evidence::status_pages::StatusPageCheck>,
    /// HTTP/3: offered (`Alt-Svc`) and reachable from here, or not (information only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub http3: Option<crate::evidence::http3::Http3Observation>,
    /// Owner mode: the observations the owner sections are drawn from. Not part of the JSON
    /// contract (the same data is in `probes[].details`), so it is not serialized.
    /// A browser recording (HAR) opened beside the check, diagnosed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recording: Option<har::RecordingReport>,
    #[serde(skip)]
    pub owner: Option<Box<owner::OwnerData>>,
}

/// Reports written before the field existed were in English.
fn english() -> String {
    "en".into()
}

/// What a face adds to a report besides the evidence and its diagnosis.
#[derive(Debug, Clone, Default)]
pub struct Extras {
    /// What the stored history says about the site.
    pub history: Vec<String>,
    /// Why "down for everyone?" got no answer, when it was asked and failed.
    pub world_error: Option<String>,
    /// The notes of the person who ran the check.
    pub notes: Option<String>,
    /// A browser recording open beside the check.
    pub recording: Option<har::RecordingReport>,
}

impl Report {
    /// The report of a check with what the face adds: the one way the CLI and the app build it.
    pub fn assemble(
        evidence: &Evidence,
        diagnosis: &Diagnosis,
        generated_at: &str,
        extras: Extras,
    ) -> Report {
        let mut report = Report::new(evidence, diagnosis, generated_at);
        report.history = extras.history;
        report.recording = extras.recording;
        if let Some(error) = extras.world_error {
            report.world = Some(WorldAnswer::Failed { error });
        }
        report.notes = extras
            .notes
            .map(|n| n.trim().to_string())
            .filter(|n| !n.is_empty());
        report
    }

    /// `generated_at`: an RFC 3339 time, supplied by the caller (keeps this module pure).
    pub fn new(evidence: &Evidence, diagnosis: &Diagnosis, generated_at: &str) -> Report {
        let http = match evidence.http.as_ref() {
            Some(h) => {
                let mut headers: BTreeMap<String, String> = BTreeMap::new();
                for (name, value) in &h.headers {
                    headers
                        .entry(name.clone())
                        .and_modify(|v| {
                            v.push_str(", ");
                            v.push_str(value);
                        })
                        .or_insert_with(|| value.clone());
                }
                HttpSection {
                    status: h.status,
                    reason: h.reason.clone(),
                    headers,
                    body_excerpt: excerpt(&h.body_excerpt, REPORT_EXCERPT_CAP),
                    body_bytes: h.body_bytes,
                    body_truncated: h.body_truncated,
                    timings_ms: h.timings,
                    request_ids: diagnosis.request_ids.clone(),
                    url: h.url.clone(),
                    via_proxy: h.via_proxy.clone(),
                    redirects: h.redirects.clone(),
                    outcome: HttpState::Ended(h.outcome),
                    error: h.error.clone(),
                    protocol: h.protocol.clone(),
                    http2_error: h.http2_error.clone(),
                }
            }
            None => HttpSection {
                status: None,
                reason: None,
                headers: BTreeMap::new(),
                body_excerpt: String::new(),
                body_bytes: 0,
                body_truncated: false,
                timings_ms: Timings::default(),
                request_ids: BTreeMap::new(),
                url: evidence.target.url.clone(),
                via_proxy: None,
                redirects: Vec::new(),
                outcome: HttpState::NotRun(if evidence.is_pending(ProbeKind::Http) {
                    NotRun::Pending
                } else {
                    NotRun::Skipped
                }),
                error: None,
                protocol: None,
                http2_error: None,
            },
        };
        Report {
            schema: SCHEMA.to_string(),
            tool_version: env!("CARGO_PKG_VERSION").to_string(),
            language: crate::i18n::current().code().to_string(),
            generated_at: generated_at.to_string(),
            mode: evidence.mode,
            target: evidence.target.clone(),
            verdict: diagnosis.verdict.clone(),
            responder: diagnosis.responder.clone(),
            http,
            checklist: diagnosis.checklist.clone(),
            path: diagnosis.path.clone(),
            probes: evidence.probes.clone(),
            notes: None,
            logs: evidence.logs.as_ref().map(|l| redacted_logs(&l.analysis)),
            history: Vec::new(),
            world: evidence.world.clone().map(|check| {
                WorldAnswer::Done(WorldSection {
                    summary: diagnosis.world_summary.clone().unwrap_or_default(),
                    check,
                })
            }),
            server_side: evidence.server_side.clone(),
            http3: evidence.http3.clone(),
            status_pages: evidence.status_pages.clone(),
            recording: None,
            owner: owner::OwnerData::of(evidence).map(Box::new),
        }
    }

    /// Owner mode on the server itself: how the site was found here (or why not), then one line
    /// per finding with its place and fix. Empty when the server checks did not run.
    pub fn server_side_lines(&self) -> Vec<String> {
        let Some(side) = &self.server_side else {
            return Vec::new();
        };
        let mut lines = vec![side.note.clone()];
        for f in &side.findings {
            let at = match (&f.config, f.line) {
                (Some(c), Some(l)) => format!(" ({c} line {l})"),
                (Some(c), None) => format!(" ({c})"),
                _ => String::new(),
            };
            lines.push(format!(
                "{}{at}. Fix: {}",
                f.title.trim_end_matches('.'),
                f.fix
            ));
        }
        lines
    }

    /// The "Down for everyone?" lines: the conclusion, our own result, then each place.
    pub fn world_lines(&self) -> Vec<String> {
        let here = here_line(
            self.http.status,
            &self.http.outcome.word(),
            self.http.timings_ms.total,
        );
        self.world
            .as_ref()
            .map(|w| w.lines(&here))
            .unwrap_or_default()
    }

    /// The host as people read it: the Unicode form of an international name.
    pub fn display_host(&self) -> &str {
        self.target
            .host_unicode
            .as_deref()
            .unwrap_or(&self.target.host)
    }

    /// The notes of the person who ran the check, trimmed; `None` when there are none.
    pub fn notes_text(&self) -> Option<&str> {
        self.notes
            .as_deref()
            .map(str::trim)
            .filter(|n| !n.is_empty())
    }

    /// "Checked TIME from this computer (visitor mode), Gateway Doctor X.Y.Z."
    pub fn checked_line(&self) -> String {
        crate::t!(
            "export-checked",
            time = self.generated_at.as_str(),
            mode = text::mode_word(self.mode),
            version = self.tool_version.as_str()
        )
    }

    /// "HTTP 502 Bad Gateway from nginx", when an answer arrived.
    pub fn answer_line(&self) -> Option<String> {
        let h = Some(&self.http).filter(|h| h.happened())?;
        let code = h.status?;
        let reason = h.reason.as_deref().map(str::trim).unwrap_or_default();
        let status = format!("{code} {reason}");
        Some(crate::t!(
            "export-answer-line",
            status = status.trim_end(),
            who = self.responder.software.display_name()
        ))
    }

    /// "Known incidents": one line per status page asked (the same in every format).
    pub fn status_lines(&self) -> Vec<String> {
        status_lines(&self.status_pages)
    }

    /// How the browser-like request spoke to the site: "HTTP/2; HTTP/3 offered and works from
    /// here (...)". `None` before any connection got that far.
    pub fn protocol_line(&self) -> Option<String> {
        crate::evidence::http3::protocol_line(self.http.protocol.as_deref(), self.http3.as_ref())
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_else(|e| format!("{{\"error\":\"{e}\"}}"))
    }
}

/// "Known incidents": one line per status page asked, as the reports and the app show them.
pub fn status_lines(pages: &[crate::evidence::status_pages::StatusPageCheck]) -> Vec<String> {
    let mut lines = Vec::new();
    for c in pages {
        let Some(status) = &c.status else {
            if c.error.is_none() {
                // A page that exists but publishes nothing machine-readable.
                lines.push(crate::t!(
                    "status-page-unreadable",
                    name = c.name.as_str(),
                    page = c.page.as_str()
                ));
                continue;
            }
            lines.push(crate::t!(
                "status-page-error",
                name = c.name.as_str(),
                page = c.page.as_str(),
                error = c
                    .error
                    .clone()
                    .unwrap_or_else(|| crate::t!("status-page-no-answer"))
            ));
            continue;
        };
        if status.all_clear() {
            lines.push(crate::t!(
                "status-page-clear",
                name = c.name.as_str(),
                page = c.page.as_str()
            ));
        }
        for i in &status.incidents {
            let mut line = format!("{}: \"{}\"", c.name, i.title);
            let facts: Vec<String> = [
                (!i.impact.is_empty())
                    .then(|| crate::t!("status-impact", impact = i.impact.as_str())),
                (!i.status.is_empty()).then(|| i.status.clone()),
                i.started
                    .as_ref()
                    .map(|s| crate::t!("status-started", time = s.as_str())),
                i.updated
                    .as_ref()
                    .map(|u| crate::t!("status-updated", time = u.as_str())),
            ]
            .into_iter()
            .flatten()
            .collect();
            if !facts.is_empty() {
                line.push_str(&format!(" ({})", facts.join(", ")));
            }
            if let Some(u) = i.url.as_ref().or(Some(&c.page)) {
                line.push_str(&format!(" {u}"));
            }
            lines.push(line);
        }
        for m in &status.maintenances {
            let url = m.url.as_deref().unwrap_or(&c.page);
            lines.push(match &m.ends {
                Some(until) => crate::t!(
                    "status-maintenance-until",
                    name = c.name.as_str(),
                    title = m.title.as_str(),
                    until = until.as_str(),
                    url = url
                ),
                None => crate::t!(
                    "status-maintenance",
                    name = c.name.as_str(),
                    title = m.title.as_str(),
                    url = url
                ),
            });
        }
        if status.incidents.is_empty() && status.maintenances.is_empty() {
            for comp in &status.components {
                lines.push(crate::t!(
                    "status-component",
                    name = c.name.as_str(),
                    component = comp.name.as_str(),
                    state = comp.status.replace('_', " ")
                ));
            }
        }
    }
    lines
}

/// A timing phase's name in the current language ("first byte").
pub(crate) fn timing_name(phase: &str) -> String {
    crate::i18n::tr(&format!("timing-{phase}"), &[])
}

/// The timing phases that were measured, in order: their ids (`dns`, `connect`, `tls`,
/// `first-byte`, `total`; [`timing_name`] says them) and values.
pub(crate) fn timing_phases(t: &Timings) -> Vec<(&'static str, f64)> {
    [
        ("dns", t.dns),
        ("connect", t.connect),
        ("tls", t.tls),
        ("first-byte", t.first_byte),
        ("total", t.total),
    ]
    .into_iter()
    .filter_map(|(name, v)| v.filter(|v| v.is_finite()).map(|v| (name, v)))
    .collect()
}

/// `generated_at` for a report made at `now`: RFC 3339, whole seconds, UTC.
pub fn timestamp(now: time::OffsetDateTime) -> String {
    now.replace_nanosecond(0)
        .unwrap_or(now)
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_default()
}

/// The log analysis as reports carry it: log lines and the URLs in them can hold tokens and
/// credentials, so example lines and subjects go through the same redaction as every URL.
fn redacted_logs(analysis: &crate::logs::Analysis) -> crate::logs::Analysis {
    use crate::target::redact_url;
    let mut a = analysis.clone();
    for f in &mut a.findings {
        for text in f.subjects.iter_mut().chain(f.examples.iter_mut()) {
            *text = redact_url(text);
        }
    }
    a
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::diagnosis::diagnose;
    use crate::evidence::HttpObservation;

    pub(crate) fn nginx_502_evidence() -> Evidence {
        Evidence {
            target: TargetInfo {
                url: "https://shop.example.com/cart".into(),
                host: "shop.example.com".into(),
                host_unicode: None,
                port: 443,
                scheme: crate::target::Scheme::Https,
            },
            planned: vec![ProbeKind::Http],
            finished: vec![ProbeKind::Http],
            http: Some(HttpObservation {
                status: Some(502),
                reason: Some("Bad Gateway".into()),
                headers: vec![
                    ("server".into(), "nginx/1.22.1".into()),
                    ("x-request-id".into(), "abc-123".into()),
                ],
                body_excerpt: "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx/1.22.1</center>\r\n</body>\r\n</html>\r\n".into(),
                ..HttpObservation::default()
            }),
            ..Evidence::default()
        }
    }

    #[test]
    fn json_has_every_contract_field_with_snake_case_values() {
        let evidence = nginx_502_evidence();
        let report = Report::new(&evidence, &diagnose(&evidence), "2026-11-25T09:14:07Z");
        let v: serde_json::Value = serde_json::from_str(&report.to_json()).unwrap();
        assert_eq!(v["schema"], SCHEMA);
        assert_eq!(v["mode"], "visitor");
        for key in ["url", "host", "port", "scheme"] {
            assert!(!v["target"][key].is_null(), "target.{key}");
        }
        for key in ["status", "culprit", "cause", "summary", "confidence"] {
            assert!(v["verdict"][key].is_string(), "verdict.{key}");
        }
        assert!(v["responder"]["software"].is_string());
        assert!(v["responder"]["evidence"].is_array());
        assert_eq!(v["http"]["status"], 502);
        assert_eq!(v["http"]["headers"]["server"], "nginx/1.22.1");
        for key in ["dns", "connect", "tls", "first_byte", "total"] {
            assert!(
                v["http"]["timings_ms"].get(key).is_some(),
                "timings_ms.{key}"
            );
        }
        assert!(v["http"]["request_ids"].is_object());
        assert!(v["checklist"].is_array());
        assert!(v["probes"].is_array());
        assert_eq!(v["generated_at"], "2026-11-25T09:14:07Z");
    }

    /// Found by `proptests`: a report without history lines left out `history` and could not be
    /// read back (`missing field`).
    #[test]
    fn json_reads_back_as_the_same_report() {
        let evidence = nginx_502_evidence();
        let mut report = Report::new(&evidence, &diagnose(&evidence), "2026-11-25T09:14:07Z");
        report.owner = None;
        assert!(report.history.is_empty());
        let back: Report = serde_json::from_str(&report.to_json()).expect("reads back");
        assert_eq!(back, report);
    }

    #[test]
    fn markdown_report_reads_like_a_ticket() {
        let evidence = nginx_502_evidence();
        let mut report = Report::new(&evidence, &diagnose(&evidence), "2026-11-25T09:14:07Z");
        report.notes = Some("I see this since 9:10 | when I pay".into());
        let md = render_markdown(&report);
        assert!(md.starts_with("# Gateway Doctor report: shop.example.com\n"));
        assert!(md.contains("**Verdict:**"));
        assert!(md.contains("Answer: HTTP 502 Bad Gateway"));
        assert!(md.contains("Error page excerpt: `<html> <head><title>502 Bad Gateway"));
        assert!(
            md.contains("Notes from the person who ran it: \"I see this since 9:10 | when I pay\"")
        );
        let text = render_text(&report);
        assert!(text.contains("Verdict: "));
    }

    #[test]
    fn the_reports_speak_the_language_they_are_made_in() {
        use crate::i18n::{Lang, scoped, tr_in};
        let evidence = nginx_502_evidence();
        let (md, html, json) = scoped(Lang::Ru, || {
            let report = Report::new(&evidence, &diagnose(&evidence), "2026-11-25T09:14:07Z");
            (
                render_markdown(&report),
                render_html(&report),
                report.to_json(),
            )
        });
        let title = tr_in(
            Lang::Ru,
            "export-title",
            &[("host", crate::i18n::FluentValue::from("shop.example.com"))],
        );
        assert!(md.starts_with(&format!("# {title}")), "{md}");
        assert!(md.contains(&tr_in(Lang::Ru, "cause-app-not-answering", &[])));
        assert!(md.contains(&tr_in(Lang::Ru, "export-redaction", &[])));
        assert!(html.contains("<html lang=\"ru\">"));
        assert!(html.contains(&tr_in(Lang::Ru, "export-what-checked", &[])));
        let v: serde_json::Value = serde_json::from_str(&json).expect("json");
        assert_eq!(v["language"], "ru");
        assert_eq!(
            v["verdict"]["cause"], "upstream_failed",
            "ids stay as they are"
        );
        assert_eq!(v["checklist"][0]["id"], "refresh");
    }

    #[test]
    fn http_is_an_object_even_without_a_response() {
        let mut evidence = nginx_502_evidence();
        evidence.http = None;
        evidence.finished.clear();
        let report = Report::new(&evidence, &diagnose(&evidence), "2026-11-25T09:14:07Z");
        let v: serde_json::Value = serde_json::from_str(&report.to_json()).unwrap();
        assert!(v["http"].is_object(), "{}", v["http"]);
        assert!(v["http"]["status"].is_null());
        assert_eq!(v["http"]["outcome"], "pending");
        assert!(!render_text(&report).contains(" ms"));
        assert!(!render_markdown(&report).contains("Request ids"));

        // A response without a total time does not claim "in 0 ms".
        let mut evidence = nginx_502_evidence();
        if let Some(h) = evidence.http.as_mut() {
            h.timings.total = None;
        }
        let report = Report::new(&evidence, &diagnose(&evidence), "2026-11-25T09:14:07Z");
        let text = render_text(&report);
        assert!(text.contains("HTTP 502"), "{text}");
        assert!(!text.contains("in 0 ms"), "{text}");
    }

    #[test]
    fn excerpt_cuts_at_a_character_boundary() {
        assert_eq!(excerpt("abc", 10), "abc");
        assert_eq!(excerpt("ééé", 3), "é…");
        assert_eq!(excerpt("", 0), "");
    }
}
