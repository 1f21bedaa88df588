//! The server checks' report (`gateway-doctor server`): the JSON contract
//! `gateway-doctor/server/v1` (servers, upstreams, findings, the log analysis, a verdict in the
//! same shape as `check`'s), and its text and Markdown forms. Built from what the engine found;
//! secrets never reach it (the readers hide them), and nothing here reads a file.

use crate::diagnosis::{Cause, Verdict};
use crate::logs::Analysis;
use crate::serverconf::host::{HostSeen, OOM_WINDOW_HOURS};
use crate::serverconf::judge::{Finding, Probed, Severity, Stack, UpstreamState, target_text};
use crate::serverconf::syntax::ConfigTest;
use crate::serverconf::{BufferSize, Setting, Software, Upstream, UpstreamKind};
use serde::Serialize;
use std::fmt::Write as _;

/// The schema id of the JSON report.
pub const SCHEMA: &str = "gateway-doctor/server/v1";

/// One configuration that was read.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ServerRow {
    pub software: Software,
    pub config: String,
    pub found_by: String,
    pub files: Vec<String>,
    /// The version, when the program is installed here.
    pub version: Option<String>,
    /// The software's own configuration test (`null`: the program is not installed here).
    pub config_test: Option<ConfigTest>,
    pub worker_user: Option<String>,
}

/// The site an upstream serves.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Site {
    pub listen: Vec<String>,
    pub server_names: Vec<String>,
}

/// One upstream and what trying it found.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct UpstreamRow {
    pub software: Software,
    pub config: String,
    pub line: usize,
    pub site: Site,
    pub location: Option<String>,
    pub directive: String,
    /// The group (`upstream` block, `backend`) and the line of this server in it.
    pub group: Option<String>,
    pub group_line: Option<usize>,
    pub target: String,
    pub kind: UpstreamKind,
    pub state: UpstreamState,
    pub detail: String,
    pub ms: Option<u64>,
    pub read_timeout: Option<Setting>,
    /// The buffer the answer's headers must fit in, and the size of the head seen.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub header_buffer: Option<BufferSize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub header_bytes: Option<usize>,
}

/// The whole report.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ServerReport {
    pub schema: &'static str,
    pub generated_at: String,
    pub servers: Vec<ServerRow>,
    pub upstreams: Vec<UpstreamRow>,
    pub findings: Vec<Finding>,
    /// The error logs the configuration names, through the log analyser (`null`: not read).
    pub logs: Option<Analysis>,
    /// The machine under the stack: where the kernel log was read, OOM kills, disks, services,
    /// and what could not be looked at.
    pub host: HostSeen,
    pub verdict: Verdict,
}

impl ServerReport {
    pub fn assemble(
        stack: &Stack,
        probed: &[(Upstream, Probed)],
        findings: &[Finding],
        verdict: &Verdict,
        logs: Option<Analysis>,
        host: HostSeen,
        generated_at: &str,
    ) -> ServerReport {
        ServerReport {
            schema: SCHEMA,
            generated_at: generated_at.to_string(),
            servers: stack
                .servers
                .iter()
                .map(|s| ServerRow {
                    software: s.software,
                    config: s.config.clone(),
                    found_by: s.found_by.clone(),
                    files: s.files.clone(),
                    version: s.version.clone(),
                    config_test: s.config_test.clone(),
                    worker_user: s.worker_user.clone(),
                })
                .collect(),
            upstreams: probed
                .iter()
                .map(|(u, p)| UpstreamRow {
                    software: u.software,
                    config: u.file.clone(),
                    line: u.line,
                    site: Site {
                        listen: u.listen.clone(),
                        server_names: u.server_names.clone(),
                    },
                    location: u.location.clone(),
                    directive: u.directive.clone(),
                    group: u.group.as_ref().map(|g| g.0.clone()),
                    group_line: u.group.as_ref().map(|g| g.2),
                    target: target_text(&u.address),
                    kind: u.kind,
                    state: p.state,
                    detail: p.detail.clone(),
                    ms: p.ms,
                    read_timeout: u.read_timeout.clone(),
                    header_buffer: u.header_buffer.clone(),
                    header_bytes: p.header_bytes,
                })
                .collect(),
            findings: findings.to_vec(),
            logs,
            host,
            verdict: verdict.clone(),
        }
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
    }

    /// Exit code: 0 nothing wrong, 1 findings (errors or warnings).
    pub fn exit_code(&self) -> i32 {
        let wrong = self.findings.iter().any(|f| f.severity != Severity::Info)
            || self.logs.as_ref().is_some_and(|l| {
                l.findings
                    .iter()
                    .any(|f| f.severity != crate::logs::Severity::Info)
            });
        i32::from(wrong)
    }

    /// The verdict's first line: "✖ Failing: ..." or "? Unknown: ...".
    pub fn verdict_line(&self) -> String {
        let look = if self.verdict.cause == Cause::Unknown {
            super::states::Look {
                icon: "?",
                word: crate::t!("layer-unknown"),
            }
        } else {
            super::states::verdict(self.verdict.status, self.verdict.conclusive)
        };
        format!("{} {}: {}", look.icon, look.word, self.verdict.summary)
    }
}

/// The state of an upstream as shown: icon and word.
pub fn state_look(state: UpstreamState) -> (&'static str, &'static str) {
    match state {
        UpstreamState::Ok => ("✔", "ok"),
        UpstreamState::NotChecked => ("–", "not checked"),
        UpstreamState::TooSlow => ("⚠", "too slow"),
        other => ("✖", other.id()),
    }
}

fn severity_word(s: Severity) -> &'static str {
    match s {
        Severity::Error => "[FAIL]",
        Severity::Warning => "[warn]",
        Severity::Info => "[info]",
    }
}

/// The place of a finding: "nginx.conf line 12".
fn place(f: &Finding) -> String {
    match (&f.config, f.line) {
        (Some(c), Some(l)) => format!("{c} line {l}"),
        (Some(c), None) => c.clone(),
        _ => String::new(),
    }
}

/// The report as plain text for a terminal.
pub fn render_text(r: &ServerReport) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{}", r.verdict_line());
    if !r.verdict.detail.is_empty() {
        let _ = writeln!(out, "  {}", r.verdict.detail);
    }
    let _ = writeln!(out, "\nConfiguration read:");
    if r.servers.is_empty() {
        let _ = writeln!(out, "  (none found)");
    }
    for s in &r.servers {
        let version = s
            .version
            .as_ref()
            .map(|v| format!(" {v}"))
            .unwrap_or_default();
        let test = match &s.config_test {
            Some(t) if t.ok => "; its configuration test passes",
            Some(_) => "; its configuration test FAILS",
            None => "",
        };
        let _ = writeln!(
            out,
            "  {}{version} {} ({}; {} file{}{test})",
            s.software.name(),
            s.config,
            s.found_by,
            s.files.len(),
            if s.files.len() == 1 { "" } else { "s" }
        );
    }
    let _ = writeln!(out, "\nThis machine:");
    for line in host_lines(&r.host) {
        let _ = writeln!(out, "  {line}");
    }
    if !r.upstreams.is_empty() {
        let _ = writeln!(out, "\nUpstreams (each tried once):");
        for u in &r.upstreams {
            let (icon, word) = state_look(u.state);
            let ms = u.ms.map(|m| format!(", {m} ms")).unwrap_or_default();
            let _ = writeln!(
                out,
                "  {icon} {word:<17} {} -> {} ({} line {}): {}{ms}",
                u.directive, u.target, u.config, u.line, u.detail
            );
        }
    }
    if !r.findings.is_empty() {
        let _ = writeln!(out, "\nFindings:");
        for f in &r.findings {
            let _ = writeln!(out, "  {} {}", severity_word(f.severity), f.title);
            let at = place(f);
            if !at.is_empty() {
                let _ = writeln!(out, "         at: {at}");
            }
            if !f.fix.is_empty() {
                let _ = writeln!(out, "         fix: {}", f.fix);
            }
            for c in &f.commands {
                let _ = writeln!(out, "         $ {c}");
            }
        }
    }
    if let Some(logs) = &r.logs {
        let _ = writeln!(out, "\nError logs ({} read):", logs.files.len());
        if logs.findings.is_empty() {
            let _ = writeln!(out, "  nothing about failing upstreams");
        }
        for f in &logs.findings {
            let _ = writeln!(out, "  {} ({}x): {}", f.title, f.count, f.fix);
        }
    }
    out
}

/// What was seen of the machine, one line each: the kernel log, each disk, each service, notes.
fn host_lines(h: &HostSeen) -> Vec<String> {
    let mut out = Vec::new();
    match &h.kernel_log {
        Some(source) if h.oom_kills.is_empty() => out.push(format!(
            "kernel log ({source}): no OOM kills in the last {OOM_WINDOW_HOURS} h"
        )),
        Some(source) => out.push(format!(
            "kernel log ({source}): {} OOM kill{}",
            h.oom_kills.len(),
            if h.oom_kills.len() == 1 { "" } else { "s" }
        )),
        None => {}
    }
    for d in &h.disks {
        let used = |total: u64, free: u64| total.saturating_sub(free) * 100 / total.max(1);
        out.push(format!(
            "disk of {} ({}): {}% used, inodes {}% used",
            d.path,
            d.why,
            used(d.total_bytes, d.free_bytes),
            used(d.total_inodes, d.free_inodes)
        ));
    }
    for s in &h.services {
        out.push(format!(
            "{}: {} ({}){}",
            s.unit,
            s.active,
            s.sub,
            s.restarts
                .filter(|n| *n > 0)
                .map(|n| format!(", {n} restarts"))
                .unwrap_or_default()
        ));
    }
    out.extend(h.notes.iter().cloned());
    out
}

/// Markdown cells cannot hold `|` or newlines.
fn cell(s: &str) -> String {
    s.replace('|', "\\|").replace(['\r', '\n'], " ")
}

/// The report as Markdown (for a support ticket).
pub fn render_markdown(r: &ServerReport) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# Gateway Doctor: server check\n");
    let _ = writeln!(out, "**{}**\n", cell(&r.verdict_line()));
    if !r.verdict.detail.is_empty() {
        let _ = writeln!(out, "{}\n", cell(&r.verdict.detail));
    }
    let _ = writeln!(out, "Generated {}.\n", r.generated_at);
    if !r.findings.is_empty() {
        let _ = writeln!(out, "## Findings\n");
        for f in &r.findings {
            let _ = writeln!(
                out,
                "- **{}** {}",
                severity_word(f.severity),
                cell(&f.title)
            );
            let at = place(f);
            if !at.is_empty() {
                let _ = writeln!(out, "  - at: `{}`", at);
            }
            if !f.fix.is_empty() {
                let _ = writeln!(out, "  - fix: {}", cell(&f.fix));
            }
            for c in &f.commands {
                let _ = writeln!(out, "  - `{}`", c.replace('`', "'"));
            }
        }
        out.push('\n');
    }
    if !r.upstreams.is_empty() {
        let _ = writeln!(out, "## Upstreams\n");
        let _ = writeln!(out, "| State | Directive | Target | Where | Detail |");
        let _ = writeln!(out, "|---|---|---|---|---|");
        for u in &r.upstreams {
            let (icon, word) = state_look(u.state);
            let _ = writeln!(
                out,
                "| {icon} {word} | {} | {} | {} line {} | {} |",
                cell(&u.directive),
                cell(&u.target),
                cell(&u.config),
                u.line,
                cell(&u.detail)
            );
        }
        out.push('\n');
    }
    let _ = writeln!(out, "## This machine\n");
    for line in host_lines(&r.host) {
        let _ = writeln!(out, "- {}", cell(&line));
    }
    out.push('\n');
    let _ = writeln!(out, "## Configuration read\n");
    for s in &r.servers {
        let _ = writeln!(
            out,
            "- {} `{}` ({})",
            s.software.name(),
            s.config,
            cell(&s.found_by)
        );
    }
    out
}

/// The report as one self-contained HTML page (the check report's style; no scripts, no links).
pub fn render_html(r: &ServerReport) -> String {
    use super::html::escape;
    let mut b = String::new();
    let _ = writeln!(
        b,
        "<p class=\"meta\">Generated {}.</p>",
        escape(&r.generated_at)
    );
    let _ = writeln!(b, "<h2>{}</h2>", escape(&r.verdict_line()));
    if !r.verdict.detail.is_empty() {
        let _ = writeln!(b, "<p>{}</p>", escape(&r.verdict.detail));
    }
    if !r.findings.is_empty() {
        let _ = writeln!(b, "<h2>Findings</h2>\n<ul>");
        for f in &r.findings {
            let _ = write!(
                b,
                "<li><strong>{}</strong> {}",
                escape(severity_word(f.severity)),
                escape(&f.title)
            );
            let at = place(f);
            if !at.is_empty() {
                let _ = write!(b, "<br>at: <code>{}</code>", escape(&at));
            }
            if !f.fix.is_empty() {
                let _ = write!(b, "<br>fix: {}", escape(&f.fix));
            }
            for c in &f.commands {
                let _ = write!(b, "<br><code>{}</code>", escape(c));
            }
            let _ = writeln!(b, "</li>");
        }
        let _ = writeln!(b, "</ul>");
    }
    if !r.upstreams.is_empty() {
        let _ = writeln!(
            b,
            "<h2>Upstreams</h2>\n<table>\n<tr><th>State</th><th>Directive</th><th>Target</th><th>Where</th><th>Detail</th></tr>"
        );
        for u in &r.upstreams {
            let (icon, word) = state_look(u.state);
            let _ = writeln!(
                b,
                "<tr><td>{icon} {word}</td><td>{}</td><td><code>{}</code></td><td>{} line {}</td><td>{}</td></tr>",
                escape(&u.directive),
                escape(&u.target),
                escape(&u.config),
                u.line,
                escape(&u.detail)
            );
        }
        let _ = writeln!(b, "</table>");
    }
    let _ = writeln!(b, "<h2>This machine</h2>\n<ul>");
    for line in host_lines(&r.host) {
        let _ = writeln!(b, "<li>{}</li>", escape(&line));
    }
    let _ = writeln!(b, "</ul>\n<h2>Configuration read</h2>\n<ul>");
    for s in &r.servers {
        let _ = writeln!(
            b,
            "<li>{} <code>{}</code> ({})</li>",
            escape(s.software.name()),
            escape(&s.config),
            escape(&s.found_by)
        );
    }
    let _ = writeln!(b, "</ul>");
    super::html::page("Gateway Doctor: server check", &b)
}
