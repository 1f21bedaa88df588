//! The Markdown report: what a visitor pastes into a support ticket.

use super::states;
use super::{Report, no_request_ids, redaction_note, timing_name, timing_phases};
use crate::diagnosis::{CheckId, ItemStatus};
use crate::t;
use crate::text::serde_plain;
use std::fmt::Write;

/// A step's title in the current language ("Refresh").
pub fn item_title(id: CheckId) -> String {
    crate::i18n::tr(
        match id {
            CheckId::Refresh => "step-refresh",
            CheckId::ClearCache => "step-clear-cache",
            CheckId::OtherBrowser => "step-other-browser",
            CheckId::Connection => "step-connection",
            CheckId::Wait => "step-wait",
            CheckId::RestartServer => "step-restart-server",
            CheckId::ServerLogs => "step-server-logs",
            CheckId::Plugins => "step-plugins",
            CheckId::Dns => "step-dns",
            CheckId::FirewallProxy => "step-firewall-proxy",
            CheckId::PhpLimits => "step-php-limits",
            CheckId::Cdn => "step-cdn",
        },
        &[],
    )
}

/// Table cells cannot hold `|` or newlines.
pub(crate) fn cell(s: &str) -> String {
    s.replace('|', "\\|").replace(['\r', '\n'], " ")
}

pub fn render_markdown(report: &Report) -> String {
    let mut s = String::new();
    let _ = writeln!(
        s,
        "# {}\n",
        t!("export-title", host = report.display_host())
    );
    let _ = writeln!(
        s,
        "{}\n{} `{}`\n",
        report.checked_line(),
        t!("export-address"),
        report.target.url
    );
    let v = &report.verdict;
    let _ = writeln!(s, "**{}** {}", t!("export-verdict"), v.summary);
    let _ = writeln!(
        s,
        "{}\n",
        t!(
            "export-layer",
            layer = format!("`{}`", serde_plain(&v.culprit)),
            cause = format!("`{}`", v.cause),
            confidence = states::confidence(v.confidence)
        )
    );
    if !v.detail.is_empty() {
        let _ = writeln!(
            s,
            "{}\n",
            t!("export-for-owner", detail = v.detail.as_str())
        );
    }
    if !report.checklist.is_empty() {
        let _ = writeln!(
            s,
            "| {} | {} | {} |\n|---|---|---|",
            t!("export-col-step"),
            t!("export-col-result"),
            t!("export-col-advice")
        );
        for item in &report.checklist {
            let _ = writeln!(
                s,
                "| {} | {}: {} | {} |",
                item_title(item.id),
                status_label(item.status),
                cell(&item.finding),
                cell(&item.advice)
            );
        }
        s.push('\n');
        commands(&mut s, report);
    }
    for section in super::owner::sections(report) {
        owner_section(&mut s, &section);
    }
    if let Some(h) = Some(&report.http).filter(|h| h.happened()) {
        if let Some(answer) = report.answer_line() {
            let _ = writeln!(s, "{}", t!("export-answer", answer = answer));
        }
        if let Some(protocol) = report.protocol_line() {
            let _ = writeln!(s, "{}", t!("export-protocol", protocol = protocol));
        }
        if h.request_ids.is_empty() {
            let _ = writeln!(s, "{}", t!("export-request-ids", ids = no_request_ids()));
        } else {
            let ids: Vec<String> = h
                .request_ids
                .iter()
                .map(|(k, v)| format!("{k} `{v}`"))
                .collect();
            let _ = writeln!(s, "{}", t!("export-request-ids", ids = ids.join(", ")));
        }
        let parts: Vec<String> = timing_phases(&h.timings_ms)
            .into_iter()
            .map(|(name, v)| format!("{} {} ms", timing_name(name), short_ms(v)))
            .collect();
        if !parts.is_empty() {
            let _ = writeln!(s, "{}", t!("export-timings", timings = parts.join(", ")));
        }
        let body: String = strip_html_comments(&h.body_excerpt)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        if !body.is_empty() {
            let short = super::excerpt(&body, 300).replace('`', "'");
            let _ = writeln!(s, "{} `{short}`", t!("export-error-page"));
        }
        if let Some(e) = &h.error {
            let _ = writeln!(s, "{}", t!("export-error", error = cell(e)));
        }
    }
    if !report.history.is_empty() {
        let _ = writeln!(s, "\n## {}\n", t!("export-history"));
        for line in &report.history {
            let _ = writeln!(s, "- {}", cell(line));
        }
    }
    let server_side = report.server_side_lines();
    if !server_side.is_empty() {
        let _ = writeln!(s, "\n## {}\n", t!("export-server-side"));
        for line in &server_side {
            let _ = writeln!(s, "- {}", cell(line));
        }
    }
    let incidents = report.status_lines();
    if !incidents.is_empty() {
        let _ = writeln!(s, "\n## {}\n", t!("export-incidents"));
        for line in &incidents {
            let _ = writeln!(s, "- {}", cell(line));
        }
    }
    if let Some(recording) = &report.recording {
        let _ = writeln!(s, "\n## {}\n", t!("export-recording"));
        for line in recording.lines() {
            let _ = writeln!(s, "- {}", cell(&line));
        }
    }
    if report.world.is_some() {
        let _ = writeln!(s, "\n## {}\n", t!("export-world"));
        for line in report.world_lines() {
            let _ = writeln!(s, "- {}", cell(&line));
        }
    }
    if let Some(notes) = report.notes_text() {
        let _ = writeln!(s, "\n{}: \"{notes}\"", t!("export-notes"));
    }
    let _ = writeln!(s, "\n{}", redaction_note());
    s
}

/// Owner mode: each item's commands as a code block under the checklist table.
fn commands(s: &mut String, report: &Report) {
    for item in report.checklist.iter().filter(|i| !i.commands.is_empty()) {
        let body = item.commands.join("\n");
        let f = fence(&body);
        let _ = writeln!(
            s,
            "{}\n\n{f}\n{body}\n{f}\n",
            t!("export-commands-for", step = item_title(item.id))
        );
    }
}

/// A code fence that no run of backticks inside `body` can close.
fn fence(body: &str) -> String {
    let longest = body
        .split(|c| c != '`')
        .map(str::len)
        .max()
        .unwrap_or_default();
    "`".repeat(longest.max(2) + 1)
}

/// An owner section: a heading, its table, and its sentences.
fn owner_section(s: &mut String, section: &super::owner::Section) {
    let _ = writeln!(s, "## {}\n", cell(&section.title));
    let row = |cells: &[String]| {
        let cells: Vec<String> = cells.iter().map(|c| cell(c)).collect();
        format!("| {} |", cells.join(" | "))
    };
    let _ = writeln!(s, "{}", row(&section.header));
    let _ = writeln!(s, "|{}", "---|".repeat(section.header.len()));
    for r in &section.rows {
        let _ = writeln!(s, "{}", row(r));
    }
    s.push('\n');
    for note in &section.notes {
        let _ = writeln!(s, "{}\n", cell(note));
    }
}

/// The status word, in bold when the step failed.
fn status_label(status: ItemStatus) -> String {
    match status {
        ItemStatus::Fail => format!("**{}**", states::item(status).word),
        _ => states::item(status).word.to_string(),
    }
}

/// Milliseconds as people read them: one decimal below 10 ms.
pub(crate) fn short_ms(v: f64) -> String {
    if v < 10.0 {
        format!("{v:.1}")
    } else {
        format!("{v:.0}")
    }
}

/// Drop `<!-- ... -->` (nginx pads its error pages with comments for old browsers).
pub(crate) fn strip_html_comments(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(start) = rest.find("<!--") {
        out.push_str(&rest[..start]);
        match rest[start..].find("-->") {
            Some(end) => rest = &rest[start + end + 3..],
            None => {
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comments_are_dropped_from_excerpts() {
        assert_eq!(strip_html_comments("a<!-- x -->b<!-- y"), "ab");
        assert_eq!(strip_html_comments("plain"), "plain");
    }

    #[test]
    fn fences_outlast_backticks_inside() {
        assert_eq!(fence("systemctl restart nginx"), "```");
        assert_eq!(fence("echo ```"), "````");
    }

    #[test]
    fn milliseconds_read_naturally() {
        assert_eq!(short_ms(0.42), "0.4");
        assert_eq!(short_ms(123.6), "124");
    }
}
