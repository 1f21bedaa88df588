//! `gateway-doctor logs FILE... [--since TIME] [--format text|json|markdown]`: runs the log
//! analyser and prints the findings (cause, counts, first/last seen, examples, fix, commands) and
//! the access log 5xx statistics. Exit code 0 nothing wrong found, 1 findings or 5xx answers,
//! 2 usage error or no readable file.

use crate::logs::{self, AnalyseOptions, Analysis, Severity};
use anyhow::Result;
use clap::{Args, ValueEnum};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::fmt::Write as _;
use std::io::Write;
use std::path::PathBuf;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LogsFormat {
    Text,
    Json,
    Markdown,
}

#[derive(Debug, Args)]
pub struct LogsArgs {
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,
    #[arg(long, value_name = "TIME")]
    pub since: Option<String>,
    #[arg(long, value_enum, default_value = "text")]
    pub format: LogsFormat,
}

pub fn run_logs(args: &LogsArgs) -> Result<i32> {
    let since = match args.since.as_deref().map(logs::parse_since).transpose() {
        Ok(s) => s,
        Err(e) => {
            let _ = writeln!(std::io::stderr(), "gateway-doctor: {e}");
            return Ok(2);
        }
    };
    let analysis = analyse_with_progress(&args.files, since);
    // The text report lists unreadable files itself; JSON/Markdown readers get them on stderr too.
    for file in analysis
        .files
        .iter()
        .filter(|_| args.format != LogsFormat::Text)
    {
        if let Some(e) = &file.error {
            let _ = writeln!(std::io::stderr(), "gateway-doctor: {e}");
        }
    }
    let rendered = match args.format {
        LogsFormat::Text => render_text(&analysis),
        LogsFormat::Json => serde_json::to_string_pretty(&analysis)? + "\n",
        LogsFormat::Markdown => render_markdown(&analysis),
    };
    let mut stdout = std::io::stdout().lock();
    let _ = stdout.write_all(rendered.as_bytes());
    let _ = stdout.flush();
    Ok(exit_code(&analysis))
}

/// Read the logs with a progress bar on stderr (drawn only when stderr is a terminal, so pipes,
/// files and the tests see no escape codes).
pub fn analyse_with_progress(
    files: &[PathBuf],
    since: Option<time::PrimitiveDateTime>,
) -> Analysis {
    let total: u64 = files
        .iter()
        .filter_map(|f| std::fs::metadata(f).ok())
        .filter(|m| m.is_file())
        .map(|m| m.len())
        .sum();
    let bar = ProgressBar::with_draw_target(Some(total), ProgressDrawTarget::stderr());
    // indicatif's placeholders go into the sentence as they are.
    let template = crate::t!(
        "cli-logs-progress",
        msg = "{msg}",
        bar = "{bar:30}",
        bytes = "{bytes}",
        total = "{total_bytes}",
        rate = "{bytes_per_sec}",
        eta = "{eta}"
    );
    if let Ok(style) = ProgressStyle::with_template(&template) {
        bar.set_style(style.progress_chars("=> "));
    }
    bar.set_message(crate::t!("cli-logs-reading", count = files.len()));
    let progress = |bytes: u64| bar.set_position(bytes);
    let options = AnalyseOptions {
        since,
        progress: Some(&progress),
        ..AnalyseOptions::default()
    };
    let analysis = logs::analyse(files, &options);
    bar.finish_and_clear();
    analysis
}

/// 2 when nothing could be read, 1 when something is wrong, 0 otherwise.
pub fn exit_code(a: &Analysis) -> i32 {
    if a.nothing_readable() {
        2
    } else if !a.findings.is_empty() || a.access_5xx() > 0 {
        1
    } else {
        0
    }
}

fn severity_word(s: Severity) -> String {
    match s {
        Severity::Error => crate::t!("cli-logs-severity-error"),
        Severity::Warning => crate::t!("cli-logs-severity-warning"),
        Severity::Info => crate::t!("cli-logs-severity-info"),
    }
}

fn seen(first: Option<&str>, last: Option<&str>) -> String {
    match (first, last) {
        (Some(f), Some(l)) if f == l => crate::t!("cli-logs-seen-at", first = f),
        (Some(f), Some(l)) => crate::t!("cli-logs-seen-span", first = f, last = l),
        _ => crate::t!("cli-logs-seen-unknown"),
    }
}

/// The plain text report.
pub fn render_text(a: &Analysis) -> String {
    let mut out = String::new();
    for f in &a.files {
        let line = match &f.error {
            Some(e) => crate::t!(
                "cli-logs-not-read",
                path = f.path.as_str(),
                error = e.to_string()
            ),
            None if f.skipped > 0 => crate::t!(
                "cli-logs-file-skipped",
                path = f.path.as_str(),
                format = f.format.describe(),
                lines = f.lines,
                skipped = f.skipped
            ),
            None => crate::t!(
                "cli-logs-file",
                path = f.path.as_str(),
                format = f.format.describe(),
                lines = f.lines
            ),
        };
        let _ = writeln!(out, "{line}");
    }
    if a.cancelled {
        let _ = writeln!(out, "{}", crate::t!("cli-logs-cancelled"));
    }
    out.push('\n');
    if a.findings.is_empty() {
        let _ = writeln!(out, "{}", crate::t!("cli-logs-no-finding"));
    }
    for f in &a.findings {
        let _ = writeln!(
            out,
            "{}",
            crate::t!(
                "cli-logs-finding",
                severity = severity_word(f.severity),
                title = f.title.as_str(),
                cause = f.cause.as_str(),
                count = f.count,
                seen = seen(f.first_seen.as_deref(), f.last_seen.as_deref())
            )
        );
        let _ = writeln!(out, "  {}", f.explanation);
        if !f.subjects.is_empty() {
            let _ = writeln!(
                out,
                "  {}",
                crate::t!("cli-logs-involved", subjects = f.subjects.join(", "))
            );
        }
        for e in &f.examples {
            let _ = writeln!(out, "  > {e}");
        }
        let _ = writeln!(out, "  {}", crate::t!("cli-logs-fix", fix = f.fix.as_str()));
        for c in &f.commands {
            let _ = writeln!(out, "    $ {c}");
        }
        out.push('\n');
    }
    if let Some(s) = &a.access {
        let _ = writeln!(
            out,
            "{}",
            crate::t!("cli-logs-access", total = s.total, failed = a.access_5xx())
        );
        for (status, n) in &s.per_status {
            let _ = writeln!(out, "  {status}: {n}");
        }
        if !s.top_urls.is_empty() {
            let _ = writeln!(out, "  {}", crate::t!("cli-logs-top-pages"));
            for u in &s.top_urls {
                let _ = writeln!(out, "    {:>6}  {}", u.count, u.url);
            }
        }
        if let (Some(first), Some(last)) = (s.per_minute.first(), s.per_minute.last()) {
            let peak = s.per_minute.iter().max_by_key(|m| m.count);
            let span = match peak {
                Some(p) => crate::t!(
                    "cli-logs-5xx-span-peak",
                    first = first.minute.as_str(),
                    last = last.minute.as_str(),
                    minutes = s.per_minute.len(),
                    peak = p.minute.as_str(),
                    peak_count = p.count.to_string()
                ),
                None => crate::t!(
                    "cli-logs-5xx-span",
                    first = first.minute.as_str(),
                    last = last.minute.as_str(),
                    minutes = s.per_minute.len()
                ),
            };
            let _ = writeln!(out, "  {span}");
        }
    }
    out
}

/// A short Markdown report.
pub fn render_markdown(a: &Analysis) -> String {
    let mut out = format!("# {}\n\n", crate::t!("cli-logs-md-title"));
    for f in &a.files {
        let line = match &f.error {
            Some(e) => crate::t!(
                "cli-logs-md-not-read",
                path = f.path.as_str(),
                error = e.to_string()
            ),
            None => crate::t!(
                "cli-logs-md-file",
                path = f.path.as_str(),
                format = f.format.describe(),
                lines = f.lines,
                skipped = f.skipped
            ),
        };
        let _ = writeln!(out, "- {line}");
    }
    if a.cancelled {
        let _ = writeln!(out, "\n*{}*", crate::t!("cli-logs-md-cancelled"));
    }
    let _ = write!(out, "\n## {}\n\n", crate::t!("cli-logs-md-findings"));
    if a.findings.is_empty() {
        let _ = writeln!(out, "{}", crate::t!("cli-logs-md-no-finding"));
    }
    for f in &a.findings {
        let _ = writeln!(
            out,
            "### {} — {} (`{}`)\n\n{}\n",
            severity_word(f.severity),
            f.title,
            f.cause,
            crate::t!(
                "cli-logs-md-count",
                count = f.count,
                seen = seen(f.first_seen.as_deref(), f.last_seen.as_deref()),
                explanation = f.explanation.as_str()
            )
        );
        if !f.subjects.is_empty() {
            let _ = writeln!(
                out,
                "{}\n",
                crate::t!("cli-logs-md-involved", subjects = f.subjects.join("`, `"))
            );
        }
        out.push_str("```\n");
        for e in &f.examples {
            let _ = writeln!(out, "{e}");
        }
        let _ = writeln!(
            out,
            "```\n\n{}\n",
            crate::t!("cli-logs-md-fix", fix = f.fix.as_str())
        );
        for c in &f.commands {
            let _ = writeln!(out, "- `{c}`");
        }
        out.push('\n');
    }
    if let Some(s) = &a.access {
        let _ = writeln!(
            out,
            "## {}\n\n{}\n",
            crate::t!("cli-logs-md-access-title"),
            crate::t!(
                "cli-logs-md-access",
                total = s.total,
                failed = a.access_5xx()
            )
        );
        if !s.per_status.is_empty() {
            let _ = write!(
                out,
                "| {} | {} |\n|---|---|\n",
                crate::t!("cli-logs-md-col-status"),
                crate::t!("cli-logs-md-col-count")
            );
            for (status, n) in &s.per_status {
                let _ = writeln!(out, "| {status} | {n} |");
            }
            out.push('\n');
        }
        if !s.top_urls.is_empty() {
            let _ = writeln!(out, "| {} | 5xx |", crate::t!("cli-logs-md-col-page"));
            out.push_str("|---|---|\n");
            for u in &s.top_urls {
                let _ = writeln!(out, "| `{}` | {} |", u.url.replace('|', "\\|"), u.count);
            }
            out.push('\n');
        }
        if let (Some(first), Some(last)) = (s.per_minute.first(), s.per_minute.last()) {
            let _ = writeln!(
                out,
                "{}",
                crate::t!(
                    "cli-logs-md-5xx-span",
                    first = first.minute.as_str(),
                    last = last.minute.as_str()
                )
            );
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::{Cli, Command};
    use super::*;
    use clap::Parser;

    fn parse(argv: &[&str]) -> Result<LogsArgs, clap::Error> {
        Cli::try_parse_from(argv).map(|c| match c.command {
            Some(Command::Logs(a)) => a,
            _ => panic!("logs was given"),
        })
    }

    fn sample() -> (tempfile::TempDir, PathBuf) {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("error.log");
        std::fs::write(
            &p,
            "2026/12/01 21:53:22 [error] 1#1: *1 upstream timed out (110: Connection timed out) while reading response header from upstream, client: 127.0.0.1, server: _, request: \"GET / HTTP/1.1\", upstream: \"http://127.0.0.1:3000/\", host: \"x\"\n\
             2026/12/01 21:55:00 [error] 1#1: *2 upstream timed out (110: Connection timed out) while reading response header from upstream, client: 127.0.0.1, server: _, request: \"GET / HTTP/1.1\", upstream: \"http://127.0.0.1:3000/\", host: \"x\"\n",
        )
        .unwrap();
        (dir, p)
    }

    #[test]
    fn arguments_parse() {
        let a = parse(&[
            "gateway-doctor",
            "logs",
            "a.log",
            "b.log.1.gz",
            "--since",
            "2026-12-01",
            "--format",
            "json",
        ])
        .unwrap();
        assert_eq!(a.files.len(), 2);
        assert_eq!(a.format, LogsFormat::Json);
        assert_eq!(a.since.as_deref(), Some("2026-12-01"));
        assert!(parse(&["gateway-doctor", "logs"]).is_err());
        assert!(parse(&["gateway-doctor", "logs", "a.log", "--format", "html"]).is_err());
    }

    #[test]
    fn text_and_markdown_show_counts_times_fix_and_commands() {
        let (_dir, p) = sample();
        let a = logs::analyse(&[p], &AnalyseOptions::default());
        let text = render_text(&a);
        assert!(
            text.contains(
                "(upstream_timeout) — 2 times, from 2026-12-01T21:53:22 to 2026-12-01T21:55:00"
            ),
            "{text}"
        );
        assert!(text.contains("Involved: http://127.0.0.1:3000/"), "{text}");
        assert!(text.contains("Fix: ") && text.contains("    $ "), "{text}");
        let md = render_markdown(&a);
        assert!(
            md.contains("`upstream_timeout`") && md.contains("**Fix:**"),
            "{md}"
        );
        assert_eq!(exit_code(&a), 1);
    }

    #[test]
    fn exit_codes() {
        let (dir, _p) = sample();
        let clean = dir.path().join("clean.log");
        std::fs::write(
            &clean,
            "2026/12/01 21:53:22 [notice] 1#1: start worker processes\n",
        )
        .unwrap();
        assert_eq!(
            exit_code(&logs::analyse(&[clean], &AnalyseOptions::default())),
            0
        );
        let missing = dir.path().join("missing.log");
        assert_eq!(
            exit_code(&logs::analyse(&[missing], &AnalyseOptions::default())),
            2
        );
        let args = parse(&["gateway-doctor", "logs", "x.log", "--since", "soon"]).unwrap();
        assert_eq!(run_logs(&args).unwrap(), 2);
    }
}
