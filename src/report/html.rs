//! The HTML support report: the Markdown ticket report's content, in the same order, as one styled
//! page that opens in any browser and can be attached to a ticket or printed. It adds what a page
//! can show better than text: the request path as boxes, a timing waterfall, and the headers and
//! probe log folded away in `<details>` (UX.md: answer first, evidence one click away).
//!
//! Self-contained on purpose: inline `<style>` only (see `html.css`), no scripts, no fonts, no
//! images, no links, so opening a report never contacts anything. Everything that came from the
//! network or from the person who ran the check goes through [`escape`]: an error page is
//! untrusted input and must come out as inert text.

use super::markdown::{item_title, short_ms, strip_html_comments};
use super::text::{confidence_words, path_state_word, serde_plain, status_name};
use super::{HttpSection, NO_REQUEST_IDS, REDACTION_NOTE, Report, timing_phases};
use crate::diagnosis::{ItemStatus, PathState, VerdictStatus};
use std::fmt::Write;

const STYLE: &str = include_str!("html.css");

/// Escape text for HTML element content and quoted attribute values.
pub(crate) fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Icon and word for the verdict banner (never colour alone, UX.md principle 6).
fn verdict_badge(status: VerdictStatus) -> (&'static str, &'static str) {
    match status {
        VerdictStatus::Healthy => ("✔", "Healthy"),
        VerdictStatus::Failing => ("✖", "Failing"),
        VerdictStatus::Intermittent => ("⚠\u{fe0e}", "Intermittent"),
        VerdictStatus::Unreachable => ("⊘", "Unreachable"),
    }
}

fn item_icon(status: ItemStatus) -> &'static str {
    match status {
        ItemStatus::Pass => "✔",
        ItemStatus::Fail => "✖",
        ItemStatus::Warn => "⚠\u{fe0e}",
        ItemStatus::Info => "ℹ\u{fe0e}",
        ItemStatus::Skipped => "–",
        ItemStatus::Pending => "…",
    }
}

fn path_icon(state: PathState) -> &'static str {
    match state {
        PathState::Working => "✔",
        PathState::Failing => "✖",
        PathState::NotPresent => "○",
        PathState::Unknown => "?",
        PathState::Pending => "…",
    }
}

/// The whole report as one self-contained HTML page.
pub fn render_html(report: &Report) -> String {
    let mut s = String::with_capacity(STYLE.len() + 8 * 1024);
    let host = escape(report.display_host());
    let _ = write!(
        s,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"color-scheme\" content=\"light dark\">\n\
         <title>Gateway Doctor report: {host}</title>\n<style>\n{STYLE}</style>\n</head>\n<body>\n<main>\n\
         <h1>Gateway Doctor report: {host}</h1>\n<p class=\"meta\">{}<br>Address: <code>{}</code></p>\n",
        escape(&report.checked_line()),
        escape(&report.target.url),
    );
    verdict(&mut s, report);
    checklist(&mut s, report);
    if report.http.happened() {
        http(&mut s, report);
    }
    probe_log(&mut s, report);
    if let Some(notes) = report.notes_text() {
        let _ = write!(
            s,
            "<h2>Notes from the person who ran it</h2>\n<blockquote>{}</blockquote>\n",
            escape(notes)
        );
    }
    let _ = write!(
        s,
        "<footer>\n<p>{}</p>\n<p>Gateway Doctor {}, report generated {}.</p>\n</footer>\n\
         </main>\n</body>\n</html>\n",
        escape(REDACTION_NOTE),
        escape(&report.tool_version),
        escape(&report.generated_at),
    );
    s
}

/// The banner (status, summary, layer and cause, confidence, owner detail) and the request path.
fn verdict(s: &mut String, report: &Report) {
    let v = &report.verdict;
    let (icon, word) = verdict_badge(v.status);
    let _ = write!(
        s,
        "<section class=\"banner v-{}\" aria-label=\"Verdict\">\n\
         <p class=\"status\"><span class=\"icon\" aria-hidden=\"true\">{icon}</span> {word}</p>\n\
         <p class=\"summary\">{}</p>\n\
         <p>Layer: <code>{}</code>, cause: <code>{}</code>. Confidence: <strong>{}</strong> ({}).</p>\n",
        serde_plain(&v.status),
        escape(&v.summary),
        escape(&serde_plain(&v.culprit)),
        escape(&v.cause),
        serde_plain(&v.confidence),
        confidence_words(v.confidence),
    );
    if !v.conclusive {
        s.push_str(
            "<p class=\"muted\">Some checks had not finished; this answer may still change.</p>\n",
        );
    }
    if !v.detail.is_empty() {
        let _ = writeln!(s, "<p>For the site owner: {}</p>", escape(&v.detail));
    }
    if !report.path.is_empty() {
        s.push_str("<ol class=\"path\" aria-label=\"Where the request travels\">\n");
        for (i, node) in report.path.iter().enumerate() {
            if i > 0 {
                s.push_str("<li class=\"arrow\" aria-hidden=\"true\">→</li>\n");
            }
            let _ = writeln!(
                s,
                "<li class=\"node p-{}\"><span class=\"box\">{}</span>\
                 <span class=\"state\"><span class=\"icon\" aria-hidden=\"true\">{}</span> {}</span></li>",
                serde_plain(&node.state),
                escape(&node.label),
                path_icon(node.state),
                path_state_word(node.state),
            );
        }
        s.push_str("</ol>\n");
    }
    s.push_str("</section>\n");
}

fn checklist(s: &mut String, report: &Report) {
    if report.checklist.is_empty() {
        return;
    }
    s.push_str(
        "<h2>What was checked</h2>\n<table class=\"checklist\">\n<thead><tr><th>Result</th>\
         <th>Step</th><th>Finding</th><th>Advice</th></tr></thead>\n<tbody>\n",
    );
    for item in &report.checklist {
        let _ = writeln!(
            s,
            "<tr class=\"i-{}\"><td class=\"st\"><span class=\"icon\" aria-hidden=\"true\">{}</span> {}</td>\
             <td>{}</td><td>{}</td><td>{}</td></tr>",
            serde_plain(&item.status),
            item_icon(item.status),
            status_name(item.status),
            item_title(item.id),
            escape(&item.finding),
            escape(&item.advice),
        );
    }
    s.push_str("</tbody>\n</table>\n");
}

/// The answer, its headers, request ids, timings, the error page excerpt and any error.
fn http(s: &mut String, report: &Report) {
    let h = &report.http;
    s.push_str("<h2>What the site answered</h2>\n");
    if let Some(answer) = report.answer_line() {
        let _ = writeln!(s, "<p>Answer: <strong>{}</strong>.</p>", escape(&answer));
    }
    headers(s, report);
    if h.request_ids.is_empty() {
        let _ = writeln!(
            s,
            "<p>Request ids for the site's support team: {NO_REQUEST_IDS}.</p>"
        );
    } else {
        let ids: Vec<String> = h
            .request_ids
            .iter()
            .map(|(k, v)| format!("{} <code>{}</code>", escape(k), escape(v)))
            .collect();
        let _ = writeln!(
            s,
            "<p>Request ids for the site's support team: {}.</p>",
            ids.join(", ")
        );
    }
    waterfall(s, h);
    excerpt(s, h);
    if let Some(e) = &h.error {
        let _ = writeln!(s, "<p>Error: {}</p>", escape(e));
    }
}

/// The error page as the server sent it (comments and blank lines dropped), escaped.
fn excerpt(s: &mut String, h: &HttpSection) {
    let stripped = strip_html_comments(&h.body_excerpt);
    let lines: Vec<&str> = stripped
        .lines()
        .map(str::trim_end)
        .filter(|l| !l.trim().is_empty())
        .collect();
    if lines.is_empty() {
        return;
    }
    let cut = if h.body_truncated || h.body_bytes > h.body_excerpt.len() as u64 {
        format!(" (the start of {} bytes)", h.body_bytes)
    } else {
        String::new()
    };
    let _ = write!(
        s,
        "<p>Error page excerpt{cut}:</p>\n<pre>{}</pre>\n",
        escape(&lines.join("\n"))
    );
}

/// Status line, URL, proxy, redirects, who answered and every (redacted) header, folded away.
fn headers(s: &mut String, report: &Report) {
    let h = &report.http;
    let mut rows: Vec<(String, String)> = vec![("url".into(), h.url.clone())];
    if let Some(p) = &h.via_proxy {
        rows.push(("via proxy".into(), p.clone()));
    }
    for hop in &h.redirects {
        rows.push((
            "redirect".into(),
            format!("{} {} → {}", hop.status, hop.url, hop.location),
        ));
    }
    for line in &report.responder.evidence {
        rows.push(("identified by".into(), line.clone()));
    }
    rows.extend(h.headers.iter().map(|(k, v)| (k.clone(), v.clone())));
    let _ = writeln!(
        s,
        "<details>\n<summary>HTTP details and headers ({} headers)</summary>\n<table class=\"kv\">",
        h.headers.len()
    );
    for (name, value) in rows {
        let _ = writeln!(
            s,
            "<tr><th scope=\"row\">{}</th><td>{}</td></tr>",
            escape(&name),
            escape(&value)
        );
    }
    s.push_str("</table>\n</details>\n");
}

/// Timings as bars on one time axis: DNS, connect, TLS and first byte follow each other, the
/// total spans them all. Only measured phases are drawn, so nothing claims "0 ms".
fn waterfall(s: &mut String, h: &HttpSection) {
    let phases = timing_phases(&h.timings_ms);
    if phases.is_empty() {
        return;
    }
    let sum: f64 = phases
        .iter()
        .filter(|(name, _)| *name != "total")
        .map(|(_, v)| v.max(0.0))
        .sum();
    let scale = phases
        .iter()
        .map(|(_, v)| *v)
        .fold(sum, f64::max)
        .max(f64::MIN_POSITIVE);
    s.push_str("<h2>Timings</h2>\n<table class=\"timings\">\n");
    let mut start = 0.0_f64;
    for (name, ms) in phases {
        let ms = ms.max(0.0);
        let (offset, class) = if name == "total" {
            (0.0, " class=\"total\"")
        } else {
            (start, "")
        };
        let _ = writeln!(
            s,
            "<tr{class}><th scope=\"row\">{name}</th><td class=\"track\"><div class=\"bar\" \
             style=\"margin-left:{:.1}%;width:{:.1}%\"></div></td><td class=\"ms\">{} ms</td></tr>",
            100.0 * offset / scale,
            100.0 * ms / scale,
            short_ms(ms)
        );
        if name != "total" {
            start += ms;
        }
    }
    s.push_str("</table>\n");
}

/// Every probe that ran, with its raw details, folded away.
fn probe_log(s: &mut String, report: &Report) {
    if report.probes.is_empty() {
        return;
    }
    let _ = write!(
        s,
        "<details>\n<summary>Probe log ({} probes)</summary>\n<table class=\"probes\">\n\
         <thead><tr><th>Probe</th><th>Kind</th><th>Status</th><th>Time</th><th>Details</th></tr></thead>\n<tbody>\n",
        report.probes.len()
    );
    for p in &report.probes {
        let details = match &p.details {
            serde_json::Value::Null => String::new(),
            d => serde_json::to_string(d).unwrap_or_default(),
        };
        let _ = writeln!(
            s,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}&nbsp;ms</td><td><code>{}</code></td></tr>",
            escape(&p.id),
            escape(&p.kind),
            escape(&serde_plain(&p.status)),
            short_ms(p.duration_ms),
            escape(&details),
        );
    }
    s.push_str("</tbody>\n</table>\n</details>\n");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnosis::diagnose;
    use crate::report::tests::nginx_502_evidence;

    const WHEN: &str = "2026-11-25T09:14:07Z";

    fn report_of(evidence: &crate::evidence::Evidence) -> Report {
        Report::new(evidence, &diagnose(evidence), WHEN)
    }

    /// The names of every tag in `html` (`<x ...>` and `</x>`), lower-case.
    fn tag_names(html: &str) -> Vec<String> {
        html.split('<')
            .skip(1)
            .map(|rest| {
                rest.trim_start_matches(['/', '!'])
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric())
                    .collect::<String>()
                    .to_ascii_lowercase()
            })
            .collect()
    }

    #[test]
    fn escape_covers_the_five_special_characters() {
        assert_eq!(escape(r#"a&b<c>d"e'f"#), "a&amp;b&lt;c&gt;d&quot;e&#39;f");
        assert_eq!(escape("plain ü 502"), "plain ü 502");
        assert_eq!(escape("&amp;"), "&amp;amp;");
    }

    #[test]
    fn page_has_head_verdict_path_checklist_and_footer() {
        let report = report_of(&nginx_502_evidence());
        let html = render_html(&report);
        assert!(
            html.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"),
            "{html}"
        );
        assert!(html.contains("<meta charset=\"utf-8\">"));
        assert!(html.contains("<meta name=\"viewport\""));
        assert!(html.contains("<title>Gateway Doctor report: shop.example.com</title>"));
        assert!(html.contains("<h1>Gateway Doctor report: shop.example.com</h1>"));
        assert!(html.trim_end().ends_with("</html>"));

        let v = &report.verdict;
        assert_eq!(v.status, VerdictStatus::Failing, "{v:?}");
        assert!(html.contains("class=\"banner v-failing\""), "{html}");
        assert!(
            html.contains("</span> Failing</p>"),
            "icon and word: {html}"
        );
        assert!(html.contains(&escape(&v.summary)), "{html}");
        let confidence = format!(
            "Confidence: <strong>{}</strong> ({})",
            serde_plain(&v.confidence),
            confidence_words(v.confidence)
        );
        assert!(html.contains(&confidence), "{html}");

        assert!(!report.path.is_empty());
        for node in &report.path {
            assert!(
                html.contains(&format!(
                    "<span class=\"box\">{}</span>",
                    escape(&node.label)
                )),
                "path node {node:?}"
            );
            assert!(html.contains(path_state_word(node.state)), "{node:?}");
        }
        assert!(!report.checklist.is_empty());
        for item in &report.checklist {
            let row = format!(
                "</span> {}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                status_name(item.status),
                item_title(item.id),
                escape(&item.finding),
                escape(&item.advice)
            );
            assert!(html.contains(&row), "checklist row {row}\n{html}");
        }
        assert!(html.contains("Answer: <strong>HTTP 502 Bad Gateway from nginx</strong>"));
        assert!(
            html.contains("<td>nginx/1.22.1</td>"),
            "server header: {html}"
        );
        assert!(html.contains("x-request-id <code>abc-123</code>"), "{html}");
        assert!(html.contains("<pre>&lt;html&gt;\n&lt;head&gt;&lt;title&gt;502 Bad Gateway"));
        assert!(html.contains(REDACTION_NOTE));
        assert!(html.contains(&format!(
            "Gateway Doctor {}, report generated {WHEN}.",
            report.tool_version
        )));
        // Same order as the Markdown report: verdict, checklist, answer, footer.
        let at = |needle: &str| html.find(needle).unwrap_or(usize::MAX);
        assert!(at("class=\"banner") < at("<table class=\"checklist\">"));
        assert!(at("<table class=\"checklist\">") < at("Answer:"));
        assert!(at("Answer:") < at("<footer>"));
    }

    #[test]
    fn page_loads_nothing_and_runs_nothing() {
        let mut report = report_of(&nginx_502_evidence());
        report.notes = Some("see https://shop.example.com/cart".into());
        let html = render_html(&report).to_ascii_lowercase();
        for banned in [
            "<script",
            "src=",
            "href=",
            "url(",
            "@import",
            "<link",
            "<iframe",
            "<object",
            "<embed",
            "<img",
            "<form",
            "<base",
            "javascript:",
        ] {
            assert!(!html.contains(banned), "{banned} in the page");
        }
        // URLs appear only as text (the checked address, the notes), never as attributes.
        assert!(html.contains("<code>https://shop.example.com/cart</code>"));
    }

    #[test]
    fn hostile_page_headers_and_notes_come_out_inert() {
        let mut evidence = nginx_502_evidence();
        if let Some(h) = evidence.http.as_mut() {
            h.body_excerpt = "<script>alert(1)</script>\n\"><img src=x onerror=alert(2)>\n\
                              <!-- hidden --><svg onload=alert(3)>'"
                .into();
            h.reason = Some("Bad <b>Gateway</b>".into());
            h.headers.push((
                "x-evil\"><script>".into(),
                "<script>alert(4)</script>".into(),
            ));
            h.error = Some("</pre><script>alert(5)</script>".into());
        }
        evidence.target.url = "https://shop.example.com/?q=\"><script>alert(6)</script>".into();
        let mut report = report_of(&evidence);
        report.notes = Some("</blockquote><script>alert(7)</script> & 'quotes'".into());
        if let Some(item) = report.checklist.first_mut() {
            item.finding = "<i onmouseover=alert(8)>x</i>".into();
        }
        let html = render_html(&report);

        let allowed = [
            "doctype",
            "html",
            "head",
            "meta",
            "title",
            "style",
            "body",
            "main",
            "h1",
            "h2",
            "p",
            "br",
            "code",
            "section",
            "span",
            "strong",
            "ol",
            "li",
            "table",
            "thead",
            "tbody",
            "tr",
            "th",
            "td",
            "div",
            "details",
            "summary",
            "pre",
            "blockquote",
            "footer",
        ];
        for name in tag_names(&html) {
            assert!(
                allowed.contains(&name.as_str()),
                "unexpected tag <{name}> in\n{html}"
            );
        }
        let lower = html.to_ascii_lowercase();
        for banned in [
            "<script",
            "<img",
            "<svg",
            "<b>",
            "<i ",
            "</pre><",
            "</blockquote><s",
        ] {
            assert!(!lower.contains(banned), "{banned} came through\n{html}");
        }
        assert!(
            html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
            "{html}"
        );
        assert!(
            html.contains("&quot;&gt;&lt;img src=x onerror=alert(2)&gt;"),
            "{html}"
        );
        assert!(html.contains("&lt;svg onload=alert(3)&gt;&#39;"), "{html}");
        assert!(
            !html.contains("&lt;!-- hidden"),
            "HTML comments are dropped from the excerpt"
        );
        assert!(html.contains(
            "&lt;/blockquote&gt;&lt;script&gt;alert(7)&lt;/script&gt; &amp; &#39;quotes&#39;"
        ));
        assert!(html.contains("&lt;i onmouseover=alert(8)&gt;x&lt;/i&gt;"));
        assert!(html.contains("HTTP 502 Bad &lt;b&gt;Gateway&lt;/b&gt; from"));
    }

    #[test]
    fn no_response_means_no_timings_and_no_zero_claims() {
        let mut evidence = nginx_502_evidence();
        evidence.http = None;
        evidence.finished.clear();
        let html = render_html(&report_of(&evidence));
        assert!(!html.contains(" ms"), "{html}");
        assert!(!html.contains("<h2>Timings"));
        assert!(!html.contains("Request ids"));
        assert!(!html.contains("Answer:"));
        assert!(html.contains("class=\"banner v-"));

        // A response without a total time draws no total bar.
        let mut evidence = nginx_502_evidence();
        if let Some(h) = evidence.http.as_mut() {
            h.timings.total = None;
            h.timings.connect = Some(4.0);
        }
        let html = render_html(&report_of(&evidence));
        assert!(html.contains("<th scope=\"row\">connect</th>"), "{html}");
        assert!(!html.contains("<th scope=\"row\">total</th>"), "{html}");
        assert!(
            !html.contains(">0 ms<") && !html.contains(">0.0 ms<"),
            "{html}"
        );
    }

    #[test]
    fn waterfall_puts_phases_one_after_another() {
        let mut evidence = nginx_502_evidence();
        if let Some(h) = evidence.http.as_mut() {
            h.timings.dns = Some(5.0);
            h.timings.connect = Some(10.0);
            h.timings.tls = Some(25.0);
            h.timings.first_byte = Some(10.0);
            h.timings.total = Some(100.0);
        }
        let html = render_html(&report_of(&evidence));
        for (name, left, width, ms) in [
            ("DNS", "0.0", "5.0", "5.0"),
            ("connect", "5.0", "10.0", "10"),
            ("TLS", "15.0", "25.0", "25"),
            ("first byte", "40.0", "10.0", "10"),
            ("total", "0.0", "100.0", "100"),
        ] {
            let row = format!(
                "<th scope=\"row\">{name}</th><td class=\"track\"><div class=\"bar\" \
                 style=\"margin-left:{left}%;width:{width}%\"></div></td><td class=\"ms\">{ms} ms</td>"
            );
            assert!(html.contains(&row), "{row}\n{html}");
        }
    }
}
