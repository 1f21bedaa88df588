//! `gateway-doctor har FILE [--format text|json|markdown] [--sanitize OUT.har] [--output FILE]`:
//! read a browser's recording (DevTools -> Network -> "Save all as HAR"), diagnose every failed
//! request in it as a live check would, say what the recording shows as a whole, and optionally
//! write a sanitized copy safe to attach to a ticket (never over the original). Exit code 0 no
//! failed request, 1 failed requests, 2 unreadable file or usage error.

use crate::har::{self, Analysis, sanitize::Removed};
use crate::store::write_atomically;
use anyhow::{Context, Result};
use clap::{Args, ValueEnum};
use serde::Serialize;
use std::fmt::Write as _;
use std::io::Write;
use std::path::{Path, PathBuf};

/// The JSON schema of `har --format json`.
pub const SCHEMA: &str = "gateway-doctor/har/v1";

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum HarFormat {
    Text,
    Json,
    Markdown,
}

#[derive(Debug, Args)]
pub struct HarArgs {
    /// The recording (a .har file saved from the browser's developer tools).
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value = "text")]
    pub format: HarFormat,
    /// Also write a sanitized copy here (cookies, tokens, keys and unneeded bodies removed).
    #[arg(long, value_name = "OUT.har")]
    pub sanitize: Option<PathBuf>,
    /// Also write the report (in --format) to this file.
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Check the failing addresses again now (GET only, at most 5, without the recording's
    /// cookies or tokens), with the usual probe options.
    #[arg(long)]
    pub recheck: bool,
    #[command(flatten)]
    pub probe: super::ProbeArgs,
}

/// Most addresses `--recheck` checks again.
pub const MAX_RECHECK: usize = 5;

/// What a failing address of the recording does now.
#[derive(Serialize, Clone)]
struct Recheck {
    url: String,
    status: Option<u16>,
    cause: String,
    summary: String,
}

#[derive(Serialize)]
struct HarReport<'a> {
    schema: &'static str,
    tool_version: &'static str,
    analysis: &'a Analysis,
    #[serde(skip_serializing_if = "Option::is_none")]
    sanitized: Option<Sanitized>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    recheck: Vec<Recheck>,
}

#[derive(Serialize, Clone)]
struct Sanitized {
    path: String,
    removed: Removed,
}

/// The same file (an existing path that resolves to the input).
fn same_file(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(x), Ok(y)) => x == y,
        _ => false,
    }
}

pub fn run_har(args: &HarArgs) -> Result<i32> {
    let fail = |message: String| {
        let _ = writeln!(std::io::stderr(), "gateway-doctor: {message}");
        Ok(2)
    };
    let bytes = match std::fs::read(&args.file) {
        Ok(b) => b,
        Err(e) => return fail(format!("cannot read {}: {e}", args.file.display())),
    };
    let recording = match har::read(&bytes) {
        Ok(r) => r,
        Err(e) => return fail(format!("{}: {e}", args.file.display())),
    };
    let analysis = har::analyse(&recording);
    let mut sanitized = None;
    if let Some(out) = &args.sanitize {
        if out == &args.file || same_file(out, &args.file) {
            return fail(format!(
                "--sanitize: {} is the recording itself; give another file name (the original is never overwritten)",
                out.display()
            ));
        }
        let (clean, removed) = match har::sanitize::sanitize(&bytes) {
            Ok(c) => c,
            Err(e) => return fail(format!("{}: {e}", args.file.display())),
        };
        write_atomically(out, &clean).with_context(|| {
            format!("cannot write the sanitized recording to {}", out.display())
        })?;
        sanitized = Some(Sanitized {
            path: out.display().to_string(),
            removed,
        });
    }
    let recheck = if args.recheck {
        match recheck_now(args, &analysis) {
            Ok(r) => r,
            Err(message) => return fail(message),
        }
    } else {
        Vec::new()
    };
    let rendered = match args.format {
        HarFormat::Json => {
            let report = HarReport {
                schema: SCHEMA,
                tool_version: env!("CARGO_PKG_VERSION"),
                analysis: &analysis,
                sanitized: sanitized.clone(),
                recheck: recheck.clone(),
            };
            serde_json::to_string_pretty(&report).unwrap_or_default() + "\n"
        }
        HarFormat::Text => text(&analysis, sanitized.as_ref()) + &recheck_lines(&recheck),
        HarFormat::Markdown => markdown(&analysis, sanitized.as_ref()) + &recheck_lines(&recheck),
    };
    super::emit(&rendered, args.output.as_deref())?;
    Ok(if analysis.failed.is_empty() { 0 } else { 1 })
}

/// Check the distinct failing GET addresses again (the redacted address: no token is replayed).
fn recheck_now(args: &HarArgs, analysis: &Analysis) -> Result<Vec<Recheck>, String> {
    let options = args.probe.options().map_err(|e| e.to_string())?;
    let mut urls: Vec<&str> = Vec::new();
    for f in &analysis.failed {
        let web = f.url.starts_with("http://") || f.url.starts_with("https://");
        if f.method.eq_ignore_ascii_case("GET") && web && !urls.contains(&f.url.as_str()) {
            urls.push(&f.url);
        }
    }
    urls.truncate(MAX_RECHECK);
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(|e| format!("cannot start the async runtime: {e}"))?;
    let mut out = Vec::new();
    for url in urls {
        let Ok(target) = crate::target::Target::parse(url) else {
            continue;
        };
        let (evidence, diagnosis) =
            runtime.block_on(super::check(target, options.clone(), &[], false));
        out.push(Recheck {
            url: url.to_string(),
            status: evidence.http.as_ref().and_then(|h| h.status),
            cause: diagnosis.verdict.cause.to_string(),
            summary: diagnosis.verdict.summary,
        });
    }
    Ok(out)
}

fn recheck_lines(recheck: &[Recheck]) -> String {
    if recheck.is_empty() {
        return String::new();
    }
    let mut s = "\nChecked again now:\n".to_string();
    for r in recheck {
        let status = r
            .status
            .map(|s| s.to_string())
            .unwrap_or_else(|| "no answer".into());
        let _ = writeln!(s, "  {} -> {status} ({}): {}", r.url, r.cause, r.summary);
    }
    s
}

fn text(a: &Analysis, sanitized: Option<&Sanitized>) -> String {
    let mut s = format!(
        "Browser recording ({}, {} requests)\n\nVerdict: {}\n",
        if a.creator.is_empty() {
            "unknown browser"
        } else {
            &a.creator
        },
        a.requests,
        a.verdict
    );
    for f in &a.failed {
        let v = &f.diagnosis.verdict;
        let _ = write!(
            s,
            "\n#{} {} {}\n  {} ({}) -> {} (cause: {}, confidence: {})\n  {}\n",
            f.index + 1,
            f.method,
            f.url,
            f.result(),
            f.place(),
            crate::text::serde_plain(&v.culprit),
            v.cause,
            crate::report::states::confidence(v.confidence),
            v.summary
        );
        if !v.detail.is_empty() {
            let _ = writeln!(s, "  {}", v.detail);
        }
        for (k, id) in &f.diagnosis.request_ids {
            let _ = writeln!(s, "  request id {k}: {id}");
        }
    }
    if let Some(z) = sanitized {
        let _ = writeln!(
            s,
            "\nSanitized copy written to {} ({} removed).",
            z.path,
            z.removed.summary()
        );
    }
    s
}

fn markdown(a: &Analysis, sanitized: Option<&Sanitized>) -> String {
    let mut s = format!(
        "## Browser recording\n\n**{}**\n\n{} requests recorded by {}.\n\n",
        a.verdict,
        a.requests,
        if a.creator.is_empty() {
            "an unknown browser"
        } else {
            &a.creator
        }
    );
    if !a.failed.is_empty() {
        s.push_str("| # | request | result | where | verdict |\n|---|---|---|---|---|\n");
        for f in &a.failed {
            let _ = writeln!(
                s,
                "| {} | {} `{}` | {} | {} | {} ({}) |",
                f.index + 1,
                f.method,
                f.url.replace('`', "'"),
                f.result().replace('|', "/"),
                f.place(),
                f.diagnosis.verdict.summary.replace('|', "/"),
                f.diagnosis.verdict.cause
            );
        }
    }
    if let Some(z) = sanitized {
        let _ = writeln!(
            s,
            "\nSanitized copy: {} ({} removed).",
            z.path,
            z.removed.summary()
        );
    }
    let _ = writeln!(s, "\n{}", crate::report::REDACTION_NOTE);
    s
}
