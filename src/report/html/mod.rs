//! The HTML support report: the Markdown ticket report's content, in the same order, as one styled
//! page that opens in any browser and can be attached to a ticket or printed. It adds what a page
//! can show better than text: the request path as boxes, a timing waterfall, and the headers and
//! probe log folded away in `<details>` (the answer first, the evidence one click away).
//!
//! Self-contained on purpose: inline `<style>` only (see `style.css`), no scripts, no fonts, no
//! images, no links, so opening a report never contacts anything. Everything that came from the
//! network or from the person who ran the check goes through [`escape`]: an error page is
//! untrusted input and must come out as inert text.

use super::markdown::{item_title, short_ms, strip_html_comments};
use super::states;
use super::{HttpSection, NO_REQUEST_IDS, REDACTION_NOTE, Report, timing_phases};
use crate::diagnosis::{ItemStatus, PathState, VerdictStatus};
use crate::text::serde_plain;
use std::fmt::Write;

const STYLE: &str = include_str!("style.css");

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

/// The diagnosis' own sentences: escaped, with `backticked` commands shown as code (as they are
/// in the Markdown report). An odd backtick is left as it is.
fn prose(s: &str) -> String {
    let escaped = escape(s);
    let parts: Vec<&str> = escaped.split('`').collect();
    if parts.len() < 3 || parts.len() % 2 == 0 {
        return escaped;
    }
    let mut out = String::with_capacity(escaped.len() + 16);
    for (i, part) in parts.iter().enumerate() {
        if i % 2 == 1 {
            let _ = write!(out, "<code>{part}</code>");
        } else {
            out.push_str(part);
        }
    }
    out
}

/// Icon and word for the verdict banner (never colour alone).
fn verdict_badge(status: VerdictStatus) -> (&'static str, String) {
    let look = states::verdict(status, true);
    (text_presentation(look.icon), look.word)
}

fn item_icon(status: ItemStatus) -> &'static str {
    text_presentation(states::item(status).icon)
}

fn path_icon(state: PathState) -> &'static str {
    text_presentation(states::path(state).icon)
}

/// The icon with a text-presentation selector where browsers would otherwise draw a coloured
/// emoji (⚠, ℹ), so every icon has the colour of its state.
fn text_presentation(icon: &'static str) -> &'static str {
    match icon {
        "⚠" => "⚠\u{fe0e}",
        "ℹ" => "ℹ\u{fe0e}",
        other => other,
    }
}

/// A self-contained page around `body` (already HTML) with the report's style: for the other
/// reports (`gateway-doctor server`).
pub(crate) fn page(title: &str, body: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"color-scheme\" content=\"light dark\">\n\
         <title>{title}</title>\n<style>\n{STYLE}</style>\n</head>\n<body>\n<main>\n<h1>{title}</h1>\n{body}</main>\n</body>\n</html>\n",
        title = escape(title)
    )
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
    for section in super::owner::sections(report) {
        owner_section(&mut s, &section);
    }
    if report.http.happened() {
        http(&mut s, report);
    }
    probe_log(&mut s, report);
    if !report.history.is_empty() {
        let _ = write!(s, "<h2>History of this site</h2>\n<ul>\n");
        for line in &report.history {
            let _ = writeln!(s, "<li>{}</li>", escape(line));
        }
        let _ = writeln!(s, "</ul>");
    }
    let server_side = report.server_side_lines();
    if !server_side.is_empty() {
        let _ = write!(s, "<h2>This computer's web server</h2>\n<ul>\n");
        for line in &server_side {
            let _ = writeln!(s, "<li>{}</li>", escape(line));
        }
        let _ = writeln!(s, "</ul>");
    }
    let incidents = report.status_lines();
    if !incidents.is_empty() {
        let _ = write!(s, "<h2>Known incidents</h2>\n<ul>\n");
        for line in &incidents {
            let _ = writeln!(s, "<li>{}</li>", escape(line));
        }
        let _ = writeln!(s, "</ul>");
    }
    if let Some(recording) = &report.recording {
        let _ = write!(s, "<h2>Browser recording</h2>\n<ul>\n");
        for line in recording.lines() {
            let _ = writeln!(s, "<li>{}</li>", escape(&line));
        }
        let _ = writeln!(s, "</ul>");
    }
    if report.world.is_some() {
        let _ = write!(s, "<h2>Down for everyone?</h2>\n<ul>\n");
        for line in report.world_lines() {
            let _ = writeln!(s, "<li>{}</li>", escape(&line));
        }
        let _ = writeln!(s, "</ul>");
    }
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
        prose(&v.summary),
        escape(&serde_plain(&v.culprit)),
        escape(&v.cause.id()),
        serde_plain(&v.confidence),
        states::confidence(v.confidence),
    );
    if !v.conclusive {
        s.push_str(
            "<p class=\"muted\">Some checks had not finished; this answer may still change.</p>\n",
        );
    }
    if !v.detail.is_empty() {
        let _ = writeln!(s, "<p>For the site owner: {}</p>", prose(&v.detail));
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
                states::path(node.state).word,
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
             <td>{}</td><td>{}</td><td>{}{}</td></tr>",
            serde_plain(&item.status),
            item_icon(item.status),
            states::item(item.status).word,
            item_title(item.id),
            prose(&item.finding),
            prose(&item.advice),
            commands(&item.commands),
        );
    }
    s.push_str("</tbody>\n</table>\n");
}

/// Owner mode: an item's commands, ready to copy (nothing when it has none).
fn commands(commands: &[String]) -> String {
    if commands.is_empty() {
        return String::new();
    }
    format!(
        "<pre class=\"commands\"><code>{}</code></pre>",
        escape(&commands.join("\n"))
    )
}

/// An owner section: a heading, its table, and its sentences.
fn owner_section(s: &mut String, section: &super::owner::Section) {
    let cells = |tag: &str, cells: &[String]| {
        cells
            .iter()
            .map(|c| format!("<{tag}>{}</{tag}>", escape(c)))
            .collect::<String>()
    };
    let _ = write!(
        s,
        "<h2>{}</h2>\n<table class=\"owner\">\n<thead><tr>{}</tr></thead>\n<tbody>\n",
        escape(&section.title),
        cells("th", &section.header)
    );
    for row in &section.rows {
        let _ = writeln!(s, "<tr>{}</tr>", cells("td", row));
    }
    s.push_str("</tbody>\n</table>\n");
    for note in &section.notes {
        let _ = writeln!(s, "<p>{}</p>", prose(note));
    }
}

/// The answer, its headers, request ids, timings, the error page excerpt and any error.
fn http(s: &mut String, report: &Report) {
    let h = &report.http;
    s.push_str("<h2>What the site answered</h2>\n");
    if let Some(answer) = report.answer_line() {
        let _ = writeln!(s, "<p>Answer: <strong>{}</strong>.</p>", escape(&answer));
    }
    if let Some(protocol) = report.protocol_line() {
        let _ = writeln!(s, "<p>Protocol: {}.</p>", escape(&protocol));
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
            p.kind.as_str(),
            p.kind.as_str(),
            escape(&serde_plain(&p.status)),
            short_ms(p.duration_ms),
            escape(&details),
        );
    }
    s.push_str("</tbody>\n</table>\n</details>\n");
}

#[cfg(test)]
mod tests;
