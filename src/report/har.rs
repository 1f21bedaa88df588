//! The report of a browser recording (HAR): what `gateway-doctor har` prints and what the app's
//! recording window saves, as text, Markdown, self-contained HTML or JSON, and the lines the check
//! report's "Browser recording" section shows when a recording is open beside a check. One place
//! builds these sentences, so the command line, the app and the saved files say the same thing.

use super::html::{escape, page};
use super::markdown::cell;
use super::{redaction_note, states};
use crate::har::{Analysis, FailedEntry, Recheck, sanitize::Removed};
use crate::t;
use serde::{Deserialize, Serialize};
use std::fmt::Write as _;

/// The JSON schema of the recording report.
pub const SCHEMA: &str = "gateway-doctor/har/v1";

/// Where the sanitized copy went and what it lost.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Sanitized {
    pub path: String,
    pub removed: Removed,
}

impl Sanitized {
    /// "Sanitized copy: PATH (3 cookies removed)." in the wording `key` gives it.
    fn line(&self, key: &str) -> String {
        crate::i18n::tr(
            key,
            &[
                ("path", crate::i18n::FluentValue::from(self.path.as_str())),
                (
                    "removed",
                    crate::i18n::FluentValue::from(self.removed.summary()),
                ),
            ],
        )
    }
}

/// A recording, diagnosed, with what was done with it (the JSON of `har --format json`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RecordingReport {
    pub schema: String,
    pub tool_version: String,
    /// The recording's file name (no directory: it may say who the person is).
    pub file: String,
    pub analysis: Analysis,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sanitized: Option<Sanitized>,
    /// The failing addresses checked again now, when asked.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub recheck: Vec<Recheck>,
}

impl RecordingReport {
    pub fn new(file: &std::path::Path, analysis: Analysis) -> RecordingReport {
        RecordingReport {
            schema: SCHEMA.into(),
            tool_version: env!("CARGO_PKG_VERSION").into(),
            file: file
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default(),
            analysis,
            sanitized: None,
            recheck: Vec::new(),
        }
    }

    /// "N requests recorded by Firefox; M failed."
    pub fn counts_line(&self) -> String {
        let a = &self.analysis;
        let browser = if a.creator.is_empty() {
            t!("har-unknown-browser")
        } else {
            a.creator.clone()
        };
        t!(
            "har-counts",
            requests = a.requests,
            browser = browser,
            failed = a.failed.len()
        )
    }

    /// The one-line account of a failed request: "502 from nginx (the site's own call): ...".
    pub fn failed_line(f: &FailedEntry) -> String {
        format!(
            "{} ({}): {}",
            f.result(),
            f.place(),
            f.diagnosis.verdict.summary
        )
    }

    /// What the check report's "Browser recording" section says: the verdict, when, one line per
    /// failed request, and what a re-check found.
    pub fn lines(&self) -> Vec<String> {
        let a = &self.analysis;
        let mut lines = vec![format!("{} ({})", a.verdict, self.file)];
        lines.extend(a.when.clone());
        for f in &a.failed {
            lines.push(format!(
                "#{} {} {}: {}",
                f.index + 1,
                f.method,
                f.url,
                Self::failed_line(f)
            ));
        }
        for r in &self.recheck {
            lines.push(format!(
                "{}: {} {}",
                t!("har-checked-again-title"),
                r.url,
                r.outcome()
            ));
        }
        lines
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_else(|e| format!("{{\"error\":\"{e}\"}}"))
            + "\n"
    }
}

pub fn render_text(r: &RecordingReport) -> String {
    let a = &r.analysis;
    let browser = if a.creator.is_empty() {
        t!("har-unknown-browser")
    } else {
        a.creator.clone()
    };
    let mut s = format!(
        "{}\n\n{}\n",
        t!(
            "har-text-title",
            file = r.file.as_str(),
            browser = browser,
            requests = a.requests
        ),
        t!("har-text-verdict", verdict = a.verdict.as_str())
    );
    if let Some(when) = &a.when {
        let _ = writeln!(s, "{when}");
    }
    for f in &a.failed {
        let v = &f.diagnosis.verdict;
        let _ = write!(
            s,
            "\n#{} {} {}\n  {}\n  {}\n",
            f.index + 1,
            f.method,
            f.url,
            t!(
                "har-text-line",
                result = f.result(),
                place = f.place(),
                culprit = crate::text::serde_plain(&v.culprit),
                cause = v.cause.to_string(),
                confidence = states::confidence(v.confidence)
            ),
            v.summary
        );
        if !v.detail.is_empty() {
            let _ = writeln!(s, "  {}", v.detail);
        }
        for (k, id) in &f.diagnosis.request_ids {
            let _ = writeln!(
                s,
                "  {}",
                t!("har-text-request-id", name = k.as_str(), id = id.as_str())
            );
        }
    }
    if let Some(z) = &r.sanitized {
        let _ = writeln!(s, "\n{}", z.line("har-sanitized-written"));
    }
    if !r.recheck.is_empty() {
        let _ = writeln!(s, "\n{}:", t!("har-checked-again-title"));
        for c in &r.recheck {
            let _ = writeln!(s, "  {} -> {} ({})", c.url, c.outcome(), c.cause);
        }
    }
    s
}

pub fn render_markdown(r: &RecordingReport) -> String {
    let a = &r.analysis;
    let mut s = format!(
        "## {}\n\n**{}**\n\n{}\n",
        t!("export-recording-file", file = r.file.as_str()),
        cell(&a.verdict),
        r.counts_line()
    );
    if let Some(when) = &a.when {
        let _ = writeln!(s, "\n{when}");
    }
    if !a.failed.is_empty() {
        let _ = writeln!(
            s,
            "\n| # | {} | {} | {} | {} |\n|---|---|---|---|---|",
            t!("har-col-request"),
            t!("har-col-result"),
            t!("har-col-where"),
            t!("har-col-verdict")
        );
        for f in &a.failed {
            let _ = writeln!(
                s,
                "| {} | {} `{}` | {} | {} | {} ({}) |",
                f.index + 1,
                f.method,
                f.url.replace('`', "'"),
                cell(&f.result()),
                f.place(),
                cell(&f.diagnosis.verdict.summary),
                f.diagnosis.verdict.cause
            );
        }
        let ids: Vec<String> = a
            .failed
            .iter()
            .flat_map(|f| {
                f.diagnosis
                    .request_ids
                    .iter()
                    .map(move |(k, v)| format!("- #{} {k}: `{v}`", f.index + 1))
            })
            .collect();
        if !ids.is_empty() {
            let _ = writeln!(s, "\n{}\n\n{}", t!("har-request-ids"), ids.join("\n"));
        }
    }
    if !r.recheck.is_empty() {
        let _ = writeln!(s, "\n### {}\n", t!("har-checked-again-title"));
        for c in &r.recheck {
            let _ = writeln!(s, "- `{}`: {}", c.url.replace('`', "'"), cell(&c.outcome()));
        }
    }
    if let Some(z) = &r.sanitized {
        let _ = writeln!(s, "\n{}", z.line("har-sanitized-copy"));
    }
    let _ = writeln!(s, "\n{}", redaction_note());
    s
}

pub fn render_html(r: &RecordingReport) -> String {
    let a = &r.analysis;
    let mut body = format!(
        "<p class=\"meta\">{}</p>\n<p><strong>{}</strong></p>\n",
        escape(&r.counts_line()),
        escape(&a.verdict)
    );
    if let Some(when) = &a.when {
        let _ = writeln!(body, "<p>{}</p>", escape(when));
    }
    if !a.failed.is_empty() {
        let _ = writeln!(
            body,
            "<h2>{}</h2>\n<table>\n<tr><th>#</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr>",
            escape(&t!("har-failed-requests")),
            escape(&t!("har-col-request")),
            escape(&t!("har-col-result")),
            escape(&t!("har-col-where")),
            escape(&t!("har-col-verdict"))
        );
        for f in &a.failed {
            let ids: Vec<String> = f
                .diagnosis
                .request_ids
                .iter()
                .map(|(k, v)| format!("<br>{}: <code>{}</code>", escape(k), escape(v)))
                .collect();
            let _ = writeln!(
                body,
                "<tr><td>{}</td><td>{} <code>{}</code></td><td>{}</td><td>{}</td><td>{} ({}){}</td></tr>",
                f.index + 1,
                escape(&f.method),
                escape(&f.url),
                escape(&f.result()),
                f.place(),
                escape(&f.diagnosis.verdict.summary),
                f.diagnosis.verdict.cause,
                ids.concat()
            );
        }
        body.push_str("</table>\n");
    }
    if !r.recheck.is_empty() {
        let _ = writeln!(
            body,
            "<h2>{}</h2>\n<ul>",
            escape(&t!("har-checked-again-title"))
        );
        for c in &r.recheck {
            let _ = writeln!(
                body,
                "<li><code>{}</code>: {}</li>",
                escape(&c.url),
                escape(&c.outcome())
            );
        }
        body.push_str("</ul>\n");
    }
    if let Some(z) = &r.sanitized {
        let _ = writeln!(body, "<p>{}</p>", escape(&z.line("har-sanitized-copy")));
    }
    let _ = write!(
        body,
        "<footer>\n<p>{}</p>\n<p>Gateway Doctor {}</p>\n</footer>\n",
        escape(&redaction_note()),
        escape(&r.tool_version)
    );
    page(&t!("export-recording-file", file = r.file.as_str()), &body)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn report() -> RecordingReport {
        let bytes = std::fs::read(format!(
            "{}/tests/fixtures/har/chrome_api_502.har",
            env!("CARGO_MANIFEST_DIR")
        ))
        .expect("fixture");
        let analysis = crate::har::analyse(&crate::har::read(&bytes).expect("reads"));
        let mut r = RecordingReport::new(std::path::Path::new("/home/ann/shop.har"), analysis);
        r.recheck.push(Recheck {
            url: "https://api.shop.example.com/cart".into(),
            status: Some(200),
            cause: crate::diagnosis::Cause::Healthy,
            summary: "The site works.".into(),
            still_failing: false,
        });
        r
    }

    #[test]
    fn every_format_says_the_verdict_the_failed_requests_and_the_recheck() {
        let r = report();
        assert_eq!(r.file, "shop.har", "no directory in the report");
        for out in [render_text(&r), render_markdown(&r), render_html(&r)] {
            assert!(out.contains("The page loaded, but 1 of its calls"), "{out}");
            assert!(out.contains("api.shop.example.com"), "{out}");
            assert!(out.contains("works now (200)"), "{out}");
            assert!(out.contains("f0e1d2c3b4a5"), "request id: {out}");
            assert!(!out.contains("QUERYTOKEN77"), "{out}");
            assert!(!out.contains("/home/ann"), "{out}");
        }
        let html = render_html(&r);
        assert!(html.starts_with("<!DOCTYPE html>") && !html.contains("<script"));
        let back: RecordingReport = serde_json::from_str(&r.to_json()).expect("JSON reads back");
        assert_eq!(back, r);
        assert!(r.lines()[0].ends_with("(shop.har)"), "{:?}", r.lines());
    }
}
