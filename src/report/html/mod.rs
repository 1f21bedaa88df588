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
use super::{HttpSection, Report, no_request_ids, redaction_note, timing_name, timing_phases};
use crate::diagnosis::{ItemStatus, PathState, VerdictStatus};
use crate::t;
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
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"color-scheme\" content=\"light dark\">\n\
         <title>{title}</title>\n<style>\n{STYLE}</style>\n</head>\n<body>\n<main>\n<h1>{title}</h1>\n{body}</main>\n</body>\n</html>\n",
        title = escape(title),
        lang = crate::i18n::current().code()
    )
}

/// The whole report as one self-contained HTML page.
pub fn render_html(report: &Report) -> String {
    let mut s = String::with_capacity(STYLE.len() + 8 * 1024);
    let title = escape(&t!("export-title", host = report.display_host()));
    let _ = write!(
        s,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"color-scheme\" content=\"light dark\">\n\
         <title>{title}</title>\n<style>\n{STYLE}</style>\n</head>\n<body>\n<main>\n\
         <h1>{title}</h1>\n<p class=\"meta\">{}<br>{} <code>{}</code></p>\n",
        escape(&report.language),
        escape(&report.checked_line()),
        escape(&t!("export-address")),
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
        let _ = write!(s, "<h2>{}</h2>\n<ul>\n", escape(&t!("export-history")));
        for line in &report.history {
            let _ = writeln!(s, "<li>{}</li>", escape(line));
        }
        let _ = writeln!(s, "</ul>");
    }
    let server_side = report.server_side_lines();
    if !server_side.is_empty() {
        let _ = write!(s, "<h2>{}</h2>\n<ul>\n", escape(&t!("export-server-side")));
        for line in &server_side {
            let _ = writeln!(s, "<li>{}</li>", escape(line));
        }
        let _ = writeln!(s, "</ul>");
    }
    let incidents = report.status_lines();
    if !incidents.is_empty() {
        let _ = write!(s, "<h2>{}</h2>\n<ul>\n", escape(&t!("export-incidents")));
        for line in &incidents {
            let _ = writeln!(s, "<li>{}</li>", escape(line));
        }
        let _ = writeln!(s, "</ul>");
    }
    if let Some(recording) = &report.recording {
        let _ = write!(s, "<h2>{}</h2>\n<ul>\n", escape(&t!("export-recording")));
        for line in recording.lines() {
            let _ = writeln!(s, "<li>{}</li>", escape(&line));
        }
        let _ = writeln!(s, "</ul>");
    }
    if report.world.is_some() {
        let _ = write!(s, "<h2>{}</h2>\n<ul>\n", escape(&t!("export-world")));
        for line in report.world_lines() {
            let _ = writeln!(s, "<li>{}</li>", escape(&line));
        }
        let _ = writeln!(s, "</ul>");
    }
    if let Some(notes) = report.notes_text() {
        let _ = write!(
            s,
            "<h2>{}</h2>\n<blockquote>{}</blockquote>\n",
            escape(&t!("export-notes")),
            escape(notes)
        );
    }
    let _ = write!(
        s,
        "<footer>\n<p>{}</p>\n<p>{}</p>\n</footer>\n\
         </main>\n</body>\n</html>\n",
        escape(&redaction_note()),
        escape(&t!(
            "export-generated",
            version = report.tool_version.as_str(),
            time = report.generated_at.as_str()
        )),
    );
    s
}

/// The banner (status, summary, layer and cause, confidence, owner detail) and the request path.
fn verdict(s: &mut String, report: &Report) {
    let v = &report.verdict;
    let (icon, word) = verdict_badge(v.status);
    let _ = write!(
        s,
        "<section class=\"banner v-{}\" aria-label=\"{}\">\n\
         <p class=\"status\"><span class=\"icon\" aria-hidden=\"true\">{icon}</span> {word}</p>\n\
         <p class=\"summary\">{}</p>\n\
         <p>{}</p>\n",
        serde_plain(&v.status),
        escape(t!("export-verdict").trim_end_matches(':')),
        prose(&v.summary),
        t!(
            "export-layer",
            layer = format!("<code>{}</code>", escape(&serde_plain(&v.culprit))),
            cause = format!("<code>{}</code>", escape(&v.cause.id())),
            confidence = format!(
                "<strong>{}</strong> ({})",
                serde_plain(&v.confidence),
                escape(&states::confidence(v.confidence))
            )
        ),
    );
    if !v.conclusive {
        let _ = writeln!(
            s,
            "<p class=\"muted\">{}</p>",
            escape(&t!("export-not-finished"))
        );
    }
    if !v.detail.is_empty() {
        let _ = writeln!(
            s,
            "<p>{}</p>",
            t!("export-for-owner", detail = prose(&v.detail))
        );
    }
    if !report.path.is_empty() {
        let _ = writeln!(
            s,
            "<ol class=\"path\" aria-label=\"{}\">",
            escape(&t!("export-path-label"))
        );
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
    let _ = write!(
        s,
        "<h2>{}</h2>\n<table class=\"checklist\">\n<thead><tr><th>{}</th>\
         <th>{}</th><th>{}</th><th>{}</th></tr></thead>\n<tbody>\n",
        escape(&t!("export-what-checked")),
        escape(&t!("export-col-result")),
        escape(&t!("export-col-step")),
        escape(&t!("export-col-finding")),
        escape(&t!("export-col-advice")),
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
    let _ = writeln!(s, "<h2>{}</h2>", escape(&t!("export-what-answered")));
    if let Some(answer) = report.answer_line() {
        let strong = format!("<strong>{}</strong>", escape(&answer));
        let _ = writeln!(s, "<p>{}</p>", t!("export-answer", answer = strong));
    }
    if let Some(protocol) = report.protocol_line() {
        let _ = writeln!(
            s,
            "<p>{}</p>",
            escape(&t!("export-protocol", protocol = protocol))
        );
    }
    headers(s, report);
    if h.request_ids.is_empty() {
        let _ = writeln!(
            s,
            "<p>{}</p>",
            escape(&t!("export-request-ids", ids = no_request_ids()))
        );
    } else {
        let ids: Vec<String> = h
            .request_ids
            .iter()
            .map(|(k, v)| format!("{} <code>{}</code>", escape(k), escape(v)))
            .collect();
        let _ = writeln!(
            s,
            "<p>{}</p>",
            t!("export-request-ids", ids = ids.join(", "))
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
    let label = if h.body_truncated || h.body_bytes > h.body_excerpt.len() as u64 {
        t!("export-error-page-start", bytes = h.body_bytes)
    } else {
        t!("export-error-page")
    };
    let _ = write!(
        s,
        "<p>{}</p>\n<pre>{}</pre>\n",
        escape(&label),
        escape(&lines.join("\n"))
    );
}

/// Status line, URL, proxy, redirects, who answered and every (redacted) header, folded away.
fn headers(s: &mut String, report: &Report) {
    let h = &report.http;
    let mut rows: Vec<(String, String)> = vec![("url".into(), h.url.clone())];
    if let Some(p) = &h.via_proxy {
        rows.push((t!("export-via-proxy"), p.clone()));
    }
    for hop in &h.redirects {
        rows.push((
            t!("export-redirect"),
            format!("{} {} → {}", hop.status, hop.url, hop.location),
        ));
    }
    for line in &report.responder.evidence {
        rows.push((t!("export-identified-by"), line.clone()));
    }
    rows.extend(h.headers.iter().map(|(k, v)| (k.clone(), v.clone())));
    let _ = writeln!(
        s,
        "<details>\n<summary>{}</summary>\n<table class=\"kv\">",
        escape(&t!("export-http-details", count = h.headers.len()))
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
    let _ = writeln!(
        s,
        "<h2>{}</h2>\n<table class=\"timings\">",
        escape(&t!("export-timings-title"))
    );
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
            "<tr{class}><th scope=\"row\">{}</th><td class=\"track\"><div class=\"bar\" \
             style=\"margin-left:{:.1}%;width:{:.1}%\"></div></td><td class=\"ms\">{} ms</td></tr>",
            escape(&timing_name(name)),
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
        "<details>\n<summary>{}</summary>\n<table class=\"probes\">\n\
         <thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead>\n<tbody>\n",
        escape(&t!("export-probe-log", count = report.probes.len())),
        escape(&t!("export-col-probe")),
        escape(&t!("export-col-kind")),
        escape(&t!("export-col-status")),
        escape(&t!("export-col-time")),
        escape(&t!("export-col-details"))
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
