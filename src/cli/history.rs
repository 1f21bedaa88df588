//! `gateway-doctor history [SITE] [--csv FILE]`: what the stored checks say per site ("failing
//! since 14:02 UTC (23 min)", "first failure seen at ..., 17 of 20 checks failed"), one line per
//! check for a site, and the CSV export. Also the small helper `check` and `watch` use to store
//! a finished check without ever failing the check itself.

use crate::diagnosis::Diagnosis;
use crate::evidence::Evidence;
pub use crate::history::report_lines;
use crate::history::{self, CheckRecord, History, Source};
use crate::store::write_atomically;
use crate::target::Target;
use anyhow::{Context, Result};
use clap::Args;
use std::io::Write;
use std::path::PathBuf;

#[derive(Debug, Args)]
pub struct HistoryArgs {
    pub site: Option<String>,
    #[arg(long, value_name = "FILE")]
    pub csv: Option<PathBuf>,
    #[arg(long, default_value_t = 20, value_name = "N")]
    pub limit: usize,
}

/// Print a line to stdout, ignoring a closed pipe.
fn say(line: &str) {
    let _ = writeln!(std::io::stdout().lock(), "{line}");
}

fn warn(line: &str) {
    let _ = writeln!(std::io::stderr().lock(), "gateway-doctor: {line}");
}

/// Open the history for writing checks; a problem is reported once on stderr and recording is
/// skipped (a check never fails because its history could not be stored).
pub fn open_for_recording() -> Option<History> {
    match History::open_default() {
        Ok(opened) => {
            if let Some(notice) = opened.notice {
                warn(&notice);
            }
            Some(opened.history)
        }
        Err(e) => {
            warn(&crate::t!("cli-history-not-stored", error = e.to_string()));
            None
        }
    }
}

/// Store one finished check (a failure is one line on stderr).
pub fn record(history: &History, evidence: &Evidence, diagnosis: &Diagnosis, source: Source) {
    let rec = CheckRecord::from_check(evidence, diagnosis, source, time::OffsetDateTime::now_utc());
    if let Err(e) = history.record(&rec) {
        warn(&crate::t!("cli-history-not-stored", error = e.to_string()));
    }
}

/// The site key for what the person typed: a full address or a bare host.
fn site_of(input: &str) -> String {
    match Target::parse(input) {
        Ok(t) if input.contains("://") || input.contains(':') => {
            history::site_key(&t.host, t.port, t.scheme.as_str())
        }
        Ok(t) => t.host.to_ascii_lowercase(),
        Err(_) => input.trim().to_ascii_lowercase(),
    }
}

fn now_ms() -> i64 {
    (time::OffsetDateTime::now_utc().unix_timestamp_nanos() / 1_000_000) as i64
}

/// Run `history`; returns the exit code (0 shown, 1 nothing stored for SITE, 2 input error).
pub fn run_history(args: &HistoryArgs) -> Result<i32> {
    if args.limit == 0 {
        warn(&crate::t!("cli-history-limit"));
        return Ok(2);
    }
    let opened = History::open_default().with_context(|| crate::t!("cli-history-cannot-open"))?;
    if let Some(notice) = &opened.notice {
        warn(notice);
    }
    let h = opened.history;
    let site = args.site.as_deref().map(site_of);
    if let Some(path) = &args.csv {
        let checks = match &site {
            Some(s) => h.checks(s, usize::MAX)?,
            None => h.all_checks()?,
        };
        let csv = history::to_csv(&checks);
        if path.as_os_str() == "-" {
            let _ = std::io::stdout().lock().write_all(csv.as_bytes());
        } else {
            write_atomically(path, csv.as_bytes()).with_context(|| {
                crate::t!(
                    "cli-history-cannot-write-csv",
                    path = path.display().to_string()
                )
            })?;
            say(&crate::t!(
                "cli-history-csv-written",
                count = checks.len(),
                path = path.display().to_string()
            ));
        }
        return Ok(0);
    }
    let now = now_ms();
    match site {
        None => {
            let sites = h.sites()?;
            if sites.is_empty() {
                say(&crate::t!(
                    "cli-history-empty",
                    path = h.path().display().to_string()
                ));
                return Ok(0);
            }
            for s in sites {
                let summary = h.summary(&s, args.limit)?;
                say(&format!("{s}: {}", summary.state_line(now)));
                say(&format!("  {}", summary.failures_line()));
            }
            Ok(0)
        }
        Some(s) => {
            let checks = h.checks(&s, args.limit)?;
            if checks.is_empty() {
                say(&crate::t!(
                    "cli-history-site-empty",
                    site = s.as_str(),
                    path = h.path().display().to_string()
                ));
                return Ok(1);
            }
            for c in &checks {
                say(&check_line(c));
            }
            let summary = history::summarize(&s, &checks);
            say(&format!("{s}: {}", summary.state_line(now)));
            say(&format!("  {}", summary.failures_line()));
            Ok(0)
        }
    }
}

/// `2026-12-02T14:02:03Z  watch  502  failing (upstream_refused)  nginx  12 ms`
pub fn check_line(c: &CheckRecord) -> String {
    format!(
        "{}  {:<5}  {:<15}  {} ({})  {}  {}",
        c.time_rfc3339(),
        c.source.as_str(),
        c.outcome(),
        c.verdict,
        c.cause,
        c.responder,
        c.total_ms
            .map(|t| format!("{t:.0} ms"))
            .unwrap_or_else(|| "-".to_string())
    )
}
