//! The plain text report (the CLI's default output, and `--output` with `--format text`).

use super::owner::Section;
use super::{Report, states};
use crate::diagnosis::ChecklistItem;
use crate::text::serde_plain;

/// "visitor" / "owner" in the current language.
pub fn mode_word(mode: crate::evidence::Mode) -> String {
    match mode {
        crate::evidence::Mode::Visitor => crate::t!("mode-visitor"),
        crate::evidence::Mode::Owner => crate::t!("mode-owner"),
    }
}

/// One checklist line (and its advice) as the CLI prints it.
pub fn checklist_line(item: &ChecklistItem) -> String {
    let name = super::markdown::item_title(item.id);
    let mut s = format!(
        "{} {:<16} {}",
        states::item_tag(item.status),
        name,
        item.finding
    );
    if !item.advice.is_empty() {
        s.push_str(&format!("\n{:>24}{}", "-> ", item.advice));
    }
    s
}

/// Owner mode: an item's commands, one indented line each, under its checklist line.
pub fn command_lines(item: &ChecklistItem) -> String {
    item.commands
        .iter()
        .flat_map(|c| c.lines())
        .map(|line| format!("{:24}{line}\n", ""))
        .collect()
}

/// An owner section as text: its title, the table in aligned columns, its sentences.
pub fn owner_section(section: &Section) -> String {
    let mut widths: Vec<usize> = section.header.iter().map(|h| h.chars().count()).collect();
    for row in &section.rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let line = |cells: &[String]| {
        let padded: Vec<String> = cells
            .iter()
            .zip(&widths)
            .map(|(c, w)| format!("{c:<w$}"))
            .collect();
        format!("  {}\n", padded.join("  ").trim_end())
    };
    let mut s = format!("{}:\n", section.title);
    s.push_str(&line(&section.header));
    for row in &section.rows {
        s.push_str(&line(row));
    }
    for note in &section.notes {
        s.push_str(&format!("  {note}\n"));
    }
    s
}

/// The verdict block.
pub fn verdict_block(report: &Report) -> String {
    let v = &report.verdict;
    let mut s = crate::t!(
        "text-verdict",
        status = serde_plain(&v.status),
        culprit = serde_plain(&v.culprit),
        cause = v.cause.to_string(),
        confidence = states::confidence(v.confidence)
    );
    s.push_str("\n  ");
    s.push_str(&v.summary);
    if !v.detail.is_empty() {
        s.push_str(&format!("\n  {}", v.detail));
    }
    let h = &report.http;
    if h.happened() {
        if let Some(code) = h.status {
            let who = report.responder.software.display_name();
            let reason = h.reason.clone().unwrap_or_default();
            let line = match h.timings_ms.total {
                Some(ms) => crate::t!(
                    "text-http-in",
                    status = code,
                    reason = reason,
                    who = who,
                    ms = format!("{ms:.0}")
                ),
                None => crate::t!("text-http", status = code, reason = reason, who = who),
            };
            s.push_str("\n  ");
            s.push_str(&line);
        }
        if !h.request_ids.is_empty() {
            let ids: Vec<String> = h
                .request_ids
                .iter()
                .map(|(k, v)| format!("{k}: {v}"))
                .collect();
            s.push_str("\n  ");
            s.push_str(&crate::t!("text-request-ids", ids = ids.join(", ")));
        }
        if let Some(protocol) = report.protocol_line() {
            s.push_str("\n  ");
            s.push_str(&crate::t!("text-protocol", protocol = protocol));
        }
    }
    s
}

/// The whole report as text.
pub fn render_text(report: &Report) -> String {
    let mut s = crate::t!(
        "text-title",
        version = report.tool_version.as_str(),
        url = report.target.url.as_str(),
        mode = mode_word(report.mode),
        time = report.generated_at.as_str()
    );
    s.push_str("\n\n");
    for item in &report.checklist {
        s.push_str(&checklist_line(item));
        s.push('\n');
        s.push_str(&command_lines(item));
    }
    s.push('\n');
    for section in super::owner::sections(report) {
        s.push_str(&owner_section(&section));
        s.push('\n');
    }
    s.push_str(&verdict_block(report));
    s.push('\n');
    for line in &report.history {
        s.push_str(&crate::t!("text-history", line = line.as_str()));
        s.push('\n');
    }
    s.push_str(&status_block(report));
    s.push_str(&world_block(report));
    s
}

/// "Down for everyone? ..." then one indented line per place (empty when nobody asked).
/// "Known incidents" from the status pages asked, or nothing.
pub fn status_block(report: &Report) -> String {
    let lines = report.status_lines();
    if lines.is_empty() {
        return String::new();
    }
    let mut s = format!("\n{}\n", crate::t!("text-known-incidents"));
    for line in lines {
        s.push_str(&format!("  {line}\n"));
    }
    s
}

pub fn world_block(report: &Report) -> String {
    if report.world.is_none() {
        return String::new();
    }
    let mut lines = report.world_lines().into_iter();
    let mut s = format!(
        "\n{}\n",
        crate::t!(
            "text-down-for-everyone",
            summary = lines.next().unwrap_or_default()
        )
    );
    for line in lines {
        s.push_str(&format!("  {line}\n"));
    }
    s
}
