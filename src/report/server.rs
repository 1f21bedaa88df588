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
use crate::t;
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

/// The state of an upstream as shown: icon and word (the failing states by their ids).
pub fn state_look(state: UpstreamState) -> (&'static str, String) {
    match state {
        UpstreamState::Ok => ("✔", t!("pg-server-state-ok")),
        UpstreamState::NotChecked => ("–", t!("pg-server-state-not-checked")),
        UpstreamState::TooSlow => ("⚠", t!("pg-server-state-too-slow")),
        other => ("✖", crate::evidence::say_result(other.id())),
    }
}

fn severity_word(s: Severity) -> String {
    match s {
        Severity::Error => t!("pg-server-severity-error"),
        Severity::Warning => t!("pg-server-severity-warning"),
        Severity::Info => t!("pg-server-severity-info"),
    }
}

/// "nginx.conf line 12".
fn file_line(config: &str, line: usize) -> String {
    t!("pg-server-place", config = config, line = line.to_string())
}

/// The place of a finding: "nginx.conf line 12".
fn place(f: &Finding) -> String {
    match (&f.config, f.line) {
        (Some(c), Some(l)) => file_line(c, l),
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
    let _ = writeln!(out, "\n{}:", t!("pg-server-config-read"));
    if r.servers.is_empty() {
        let _ = writeln!(out, "  {}", t!("pg-server-none-found"));
    }
    for s in &r.servers {
        let name = match &s.version {
            Some(v) => format!("{} {v}", s.software.name()),
            None => s.software.name().to_string(),
        };
        let key = match &s.config_test {
            Some(t) if t.ok => "pg-server-config-test-passes",
            Some(_) => "pg-server-config-test-fails",
            None => "pg-server-config",
        };
        let line = crate::i18n::tr(
            key,
            &[
                ("name", name.into()),
                ("config", s.config.as_str().into()),
                ("found_by", s.found_by.as_str().into()),
                ("files", s.files.len().into()),
            ],
        );
        let _ = writeln!(out, "  {line}");
    }
    let _ = writeln!(out, "\n{}:", t!("pg-server-this-machine"));
    for line in host_lines(&r.host) {
        let _ = writeln!(out, "  {line}");
    }
    if !r.upstreams.is_empty() {
        let _ = writeln!(out, "\n{}:", t!("pg-server-upstreams-tried"));
        for u in &r.upstreams {
            let (icon, word) = state_look(u.state);
            let tried = match u.ms {
                Some(ms) => t!(
                    "pg-server-upstream-ms",
                    directive = u.directive.as_str(),
                    target = u.target.as_str(),
                    config = u.config.as_str(),
                    line = u.line.to_string(),
                    detail = u.detail.as_str(),
                    ms = ms.to_string()
                ),
                None => t!(
                    "pg-server-upstream",
                    directive = u.directive.as_str(),
                    target = u.target.as_str(),
                    config = u.config.as_str(),
                    line = u.line.to_string(),
                    detail = u.detail.as_str()
                ),
            };
            let _ = writeln!(out, "  {icon} {word:<17} {tried}");
        }
    }
    if !r.findings.is_empty() {
        let _ = writeln!(out, "\n{}:", t!("pg-server-findings"));
        for f in &r.findings {
            let _ = writeln!(out, "  {} {}", severity_word(f.severity), f.title);
            let at = place(f);
            if !at.is_empty() {
                let _ = writeln!(out, "         {}", t!("pg-server-at", place = at));
            }
            if !f.fix.is_empty() {
                let _ = writeln!(
                    out,
                    "         {}",
                    t!("pg-server-fix", fix = f.fix.as_str())
                );
            }
            for c in &f.commands {
                let _ = writeln!(out, "         $ {c}");
            }
        }
    }
    if let Some(logs) = &r.logs {
        let _ = writeln!(
            out,
            "\n{}",
            t!("pg-server-error-logs", count = logs.files.len())
        );
        if logs.findings.is_empty() {
            let _ = writeln!(out, "  {}", t!("pg-server-error-logs-nothing"));
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
        Some(source) if h.oom_kills.is_empty() => out.push(t!(
            "pg-server-kernel-no-oom",
            source = source.as_str(),
            hours = OOM_WINDOW_HOURS.to_string()
        )),
        Some(source) => out.push(t!(
            "pg-server-kernel-oom",
            source = source.as_str(),
            count = h.oom_kills.len()
        )),
        None => {}
    }
    for d in &h.disks {
        let used = |total: u64, free: u64| total.saturating_sub(free) * 100 / total.max(1);
        out.push(t!(
            "pg-server-disk",
            path = d.path.as_str(),
            why = d.why.as_str(),
            used = used(d.total_bytes, d.free_bytes).to_string(),
            inodes = used(d.total_inodes, d.free_inodes).to_string()
        ));
    }
    for s in &h.services {
        out.push(match s.restarts.filter(|n| *n > 0) {
            Some(n) => t!(
                "pg-server-service-restarts",
                unit = s.unit.as_str(),
                active = s.active.as_str(),
                sub = s.sub.as_str(),
                count = n
            ),
            None => format!("{}: {} ({})", s.unit, s.active, s.sub),
        });
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
    let _ = writeln!(out, "# {}\n", t!("pg-server-title"));
    let _ = writeln!(out, "**{}**\n", cell(&r.verdict_line()));
    if !r.verdict.detail.is_empty() {
        let _ = writeln!(out, "{}\n", cell(&r.verdict.detail));
    }
    let _ = writeln!(
        out,
        "{}\n",
        t!("pg-server-generated", at = r.generated_at.as_str())
    );
    if !r.findings.is_empty() {
        let _ = writeln!(out, "## {}\n", t!("pg-server-findings"));
        for f in &r.findings {
            let _ = writeln!(
                out,
                "- **{}** {}",
                severity_word(f.severity),
                cell(&f.title)
            );
            let at = place(f);
            if !at.is_empty() {
                let _ = writeln!(out, "  - {}", t!("pg-server-at", place = format!("`{at}`")));
            }
            if !f.fix.is_empty() {
                let _ = writeln!(out, "  - {}", t!("pg-server-fix", fix = cell(&f.fix)));
            }
            for c in &f.commands {
                let _ = writeln!(out, "  - `{}`", c.replace('`', "'"));
            }
        }
        out.push('\n');
    }
    if !r.upstreams.is_empty() {
        let _ = writeln!(out, "## {}\n", t!("pg-server-upstreams"));
        let _ = writeln!(out, "| {} |", upstream_columns().join(" | "));
        let _ = writeln!(out, "|---|---|---|---|---|");
        for u in &r.upstreams {
            let (icon, word) = state_look(u.state);
            let _ = writeln!(
                out,
                "| {icon} {word} | {} | {} | {} | {} |",
                cell(&u.directive),
                cell(&u.target),
                file_line(&cell(&u.config), u.line),
                cell(&u.detail)
            );
        }
        out.push('\n');
    }
    let _ = writeln!(out, "## {}\n", t!("pg-server-this-machine"));
    for line in host_lines(&r.host) {
        let _ = writeln!(out, "- {}", cell(&line));
    }
    out.push('\n');
    let _ = writeln!(out, "## {}\n", t!("pg-server-config-read"));
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
        "<p class=\"meta\">{}</p>",
        t!("pg-server-generated", at = escape(&r.generated_at))
    );
    let _ = writeln!(b, "<h2>{}</h2>", escape(&r.verdict_line()));
    if !r.verdict.detail.is_empty() {
        let _ = writeln!(b, "<p>{}</p>", escape(&r.verdict.detail));
    }
    if !r.findings.is_empty() {
        let _ = writeln!(b, "<h2>{}</h2>\n<ul>", escape(&t!("pg-server-findings")));
        for f in &r.findings {
            let _ = write!(
                b,
                "<li><strong>{}</strong> {}",
                escape(&severity_word(f.severity)),
                escape(&f.title)
            );
            let at = place(f);
            if !at.is_empty() {
                let _ = write!(
                    b,
                    "<br>{}",
                    t!(
                        "pg-server-at",
                        place = format!("<code>{}</code>", escape(&at))
                    )
                );
            }
            if !f.fix.is_empty() {
                let _ = write!(b, "<br>{}", t!("pg-server-fix", fix = escape(&f.fix)));
            }
            for c in &f.commands {
                let _ = write!(b, "<br><code>{}</code>", escape(c));
            }
            let _ = writeln!(b, "</li>");
        }
        let _ = writeln!(b, "</ul>");
    }
    if !r.upstreams.is_empty() {
        let header: String = upstream_columns()
            .iter()
            .map(|c| format!("<th>{}</th>", escape(c)))
            .collect();
        let _ = writeln!(
            b,
            "<h2>{}</h2>\n<table>\n<tr>{header}</tr>",
            escape(&t!("pg-server-upstreams"))
        );
        for u in &r.upstreams {
            let (icon, word) = state_look(u.state);
            let _ = writeln!(
                b,
                "<tr><td>{icon} {}</td><td>{}</td><td><code>{}</code></td><td>{}</td><td>{}</td></tr>",
                escape(&word),
                escape(&u.directive),
                escape(&u.target),
                file_line(&escape(&u.config), u.line),
                escape(&u.detail)
            );
        }
        let _ = writeln!(b, "</table>");
    }
    let _ = writeln!(
        b,
        "<h2>{}</h2>\n<ul>",
        escape(&t!("pg-server-this-machine"))
    );
    for line in host_lines(&r.host) {
        let _ = writeln!(b, "<li>{}</li>", escape(&line));
    }
    let _ = writeln!(
        b,
        "</ul>\n<h2>{}</h2>\n<ul>",
        escape(&t!("pg-server-config-read"))
    );
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
    super::html::page(&t!("pg-server-title"), &b)
}

/// The upstream table's column names.
fn upstream_columns() -> [String; 5] {
    [
        t!("pg-server-col-state"),
        t!("pg-server-col-directive"),
        t!("pg-server-col-target"),
        t!("pg-server-col-where"),
        t!("pg-server-col-detail"),
    ]
}
