//! `gateway-doctor har FILE [--format text|json|markdown|html] [--sanitize OUT.har] [--recheck]
//! [--output FILE]`:
//! read a browser's recording (DevTools -> Network -> "Save all as HAR"), diagnose every failed
//! request in it as a live check would, say what the recording shows as a whole, and optionally
//! write a sanitized copy safe to attach to a ticket (never over the original). Exit code 0 no
//! failed request, 1 failed requests, 2 unreadable file or usage error.

use crate::har;
use crate::report::har::{RecordingReport, Sanitized, render_html, render_markdown, render_text};
use crate::store::write_atomically;
use anyhow::{Context, Result};
use clap::{Args, ValueEnum};
use std::io::Write;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum HarFormat {
    Text,
    Json,
    Markdown,
    Html,
}

#[derive(Debug, Args)]
pub struct HarArgs {
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    #[arg(long, value_enum, default_value = "text")]
    pub format: HarFormat,
    #[arg(long, value_name = "OUT.har")]
    pub sanitize: Option<PathBuf>,
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
    #[arg(long)]
    pub recheck: bool,
    #[command(flatten)]
    pub probe: super::ProbeArgs,
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
        Err(e) => {
            return fail(crate::t!(
                "cli-har-cannot-read",
                path = args.file.display().to_string(),
                error = e.to_string()
            ));
        }
    };
    let recording = match har::read(&bytes) {
        Ok(r) => r,
        Err(e) => return fail(format!("{}: {e}", args.file.display())),
    };
    let mut report = RecordingReport::new(&args.file, har::analyse(&recording));
    if let Some(out) = &args.sanitize {
        if out == &args.file || same_file(out, &args.file) {
            return fail(crate::t!(
                "cli-har-sanitize-self",
                path = out.display().to_string()
            ));
        }
        let (clean, removed) = match har::sanitize::sanitize(&bytes) {
            Ok(c) => c,
            Err(e) => return fail(format!("{}: {e}", args.file.display())),
        };
        write_atomically(out, &clean).with_context(|| {
            crate::t!(
                "cli-har-cannot-write-sanitized",
                path = out.display().to_string()
            )
        })?;
        report.sanitized = Some(Sanitized {
            path: out.display().to_string(),
            removed,
        });
    }
    if args.recheck {
        match recheck_now(args, &report.analysis) {
            Ok(r) => report.recheck = r,
            Err(message) => return fail(message),
        }
    }
    let rendered = match args.format {
        HarFormat::Json => report.to_json(),
        HarFormat::Text => render_text(&report),
        HarFormat::Markdown => render_markdown(&report),
        HarFormat::Html => render_html(&report),
    };
    super::emit(&rendered, args.output.as_deref())?;
    Ok(if report.analysis.failed.is_empty() {
        0
    } else {
        1
    })
}

/// Check the distinct failing GET addresses again (the redacted address: no token is replayed).
fn recheck_now(args: &HarArgs, analysis: &har::Analysis) -> Result<Vec<har::Recheck>, String> {
    let options = args.probe.options().map_err(|e| e.to_string())?;
    let urls = har::recheck_urls(analysis);
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(|e| crate::t!("cli-no-runtime-why", error = e.to_string()))?;
    Ok(runtime.block_on(crate::probe::recheck::recheck(&urls, &options)))
}
