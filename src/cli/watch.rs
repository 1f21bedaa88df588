//! `gateway-doctor watch URL`: check again and again until the site is back (or forever, or
//! N times), one line (or one JSON object) per check, pausing longer while it keeps failing and
//! never less than the server's Retry-After; a desktop notification when it comes back; every
//! check stored in the history. The pauses are `tokio::time::sleep`s: nothing runs in between.

use super::{InputError, ProbeArgs, check};
use crate::diagnosis::{Diagnosis, VerdictStatus};
use crate::evidence::Evidence;
use crate::history::{History, Source};
use crate::probe::CheckOptions;
use crate::target::Target;
use crate::text::serde_plain;
use crate::watch::{Notifier, next_pause, retry_after};
use anyhow::{Context, Result};
use clap::{Args, ValueEnum};
use std::io::Write;
use std::time::Duration;
use tokio::sync::Notify;

/// The longest pause between checks, whatever the back-off says.
pub const MAX_PAUSE: Duration = Duration::from_secs(600);
/// How long a desktop notification may take to be shown before it is given up.
const NOTIFY_TIMEOUT: Duration = Duration::from_secs(5);

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum WatchFormat {
    // One line per check.
    Text,
    // One JSON object per line (JSON Lines).
    Json,
}

#[derive(Debug, Args)]
pub struct WatchArgs {
    pub url: String,
    #[arg(long, default_value_t = 30.0, value_name = "SECONDS")]
    pub interval: f64,
    #[arg(long)]
    pub until_healthy: bool,
    #[arg(long, value_name = "N")]
    pub max_checks: Option<u32>,
    #[arg(long, value_enum, default_value = "text")]
    pub format: WatchFormat,
    #[arg(long)]
    pub no_history: bool,
    #[command(flatten)]
    pub probe: ProbeArgs,
}

/// A validated `watch`.
pub struct WatchPlan {
    pub target: Target,
    pub options: CheckOptions,
    pub interval: Duration,
    pub until_healthy: bool,
    pub max_checks: Option<u32>,
    pub json: bool,
    /// Owner mode: server logs read after each check (`--logs`).
    pub logs: Vec<std::path::PathBuf>,
}

impl WatchArgs {
    pub fn plan(&self) -> Result<WatchPlan, InputError> {
        let target =
            Target::parse(&self.url).map_err(|e| InputError(format!("URL: {}", e.message())))?;
        if !self.interval.is_finite() || !(1.0..=3600.0).contains(&self.interval) {
            return Err(InputError(crate::t!(
                "cli-watch-interval-range",
                value = self.interval.to_string()
            )));
        }
        if self.max_checks == Some(0) {
            return Err(InputError(crate::t!("cli-watch-max-checks")));
        }
        Ok(WatchPlan {
            target,
            options: self.probe.options()?,
            interval: Duration::from_secs_f64(self.interval),
            until_healthy: self.until_healthy,
            max_checks: self.max_checks,
            json: self.format == WatchFormat::Json,
            logs: self.probe.logs.clone(),
        })
    }
}

/// How a watch ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WatchEnd {
    /// The last check found the site working.
    Healthy,
    /// The last check found it failing (`--max-checks` ran out).
    Failing,
    /// The person stopped it (Ctrl-C).
    Stopped,
}

impl WatchEnd {
    /// 0 healthy, 1 failing, 130 stopped by Ctrl-C (the shell's convention for SIGINT).
    pub fn exit_code(self) -> i32 {
        match self {
            WatchEnd::Healthy => 0,
            WatchEnd::Failing => 1,
            WatchEnd::Stopped => 130,
        }
    }
}

/// Run `watch`; returns the exit code (0 when the last check was healthy, 1 when not, 2 for
/// bad input, 130 when stopped with Ctrl-C).
pub fn run_watch(args: &WatchArgs) -> Result<i32> {
    let plan = match args.plan() {
        Ok(p) => p,
        Err(e) => {
            let _ = writeln!(std::io::stderr(), "gateway-doctor: {e}");
            return Ok(2);
        }
    };
    let history = if args.no_history {
        None
    } else {
        super::history::open_for_recording()
    };
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .with_context(|| crate::t!("cli-no-runtime"))?;
    let notifier: std::sync::Arc<dyn Notifier> = crate::notify::desktop_notifier().into();
    // The first Ctrl-C ends the watch with a summary; a second one ends the process at once.
    let stop = std::sync::Arc::new(Notify::new());
    let on_ctrl_c = stop.clone();
    runtime.spawn(async move {
        if tokio::signal::ctrl_c().await.is_ok() {
            on_ctrl_c.notify_one();
        }
        if tokio::signal::ctrl_c().await.is_ok() {
            std::process::exit(WatchEnd::Stopped.exit_code());
        }
    });
    let end = runtime.block_on(watch_loop(
        plan,
        history.as_ref(),
        notifier,
        &stop,
        &mut std::io::stdout(),
    ));
    // Probes cut short by Ctrl-C (or a notification service that hangs) are not waited for.
    runtime.shutdown_background();
    Ok(end.exit_code())
}

/// The watch loop itself (public so tests drive it with a recording notifier). `stop` ends it
/// between or during checks (Ctrl-C), with a summary line.
pub async fn watch_loop(
    plan: WatchPlan,
    history: Option<&History>,
    notifier: std::sync::Arc<dyn Notifier>,
    stop: &Notify,
    out: &mut (dyn Write + Send),
) -> WatchEnd {
    let mut last_pause: Option<Duration> = None;
    let mut was_failing = false;
    let mut n: u32 = 0;
    let mut failed: u32 = 0;
    if !plan.json {
        let url = plan.target.redacted();
        let seconds = format!("{:.0}", plan.interval.as_secs_f64());
        let line = if plan.until_healthy {
            crate::t!("cli-watch-start-until", url = url, seconds = seconds)
        } else {
            crate::t!("cli-watch-start", url = url, seconds = seconds)
        };
        let _ = writeln!(out, "{line}");
    }
    loop {
        let checked = tokio::select! {
            checked = check(plan.target.clone(), plan.options.clone(), &plan.logs, false) => checked,
            () = stop.notified() => return stopped(out, plan.json, n, failed),
        };
        let (evidence, diagnosis) = checked;
        n += 1;
        if let Some(h) = history {
            super::history::record(h, &evidence, &diagnosis, Source::Watch);
        }
        let healthy = diagnosis.verdict.status == VerdictStatus::Healthy;
        failed += u32::from(!healthy);
        let back_up = healthy && was_failing;
        was_failing = !healthy;
        let done = (plan.until_healthy && healthy) || plan.max_checks.is_some_and(|m| n >= m);
        let pause = if healthy {
            last_pause = None;
            plan.interval
        } else {
            let floor = retry_after(&evidence).map(Duration::from_secs);
            let p = next_pause(last_pause, plan.interval, floor, plan.interval, MAX_PAUSE);
            last_pause = Some(p);
            p
        };
        let next = (!done).then_some(pause);
        let line = if plan.json {
            json_line(n, &evidence, &diagnosis, back_up, next)
        } else {
            text_line(n, &evidence, &diagnosis, next)
        };
        let _ = writeln!(out, "{line}");
        if back_up {
            let title = crate::t!("cli-watch-back-title", host = plan.target.host.as_str());
            let how = evidence
                .http
                .as_ref()
                .and_then(|h| h.status)
                .map(|s| format!("HTTP {s}"))
                .unwrap_or_else(|| crate::t!("cli-watch-it-answered"));
            let body = crate::t!(
                "cli-watch-back-body",
                url = plan.target.redacted(),
                how = how
            );
            if !plan.json {
                let _ = writeln!(
                    out,
                    "{}",
                    crate::t!("cli-watch-back-up", body = body.as_str())
                );
            }
            let shown = notify(notifier.clone(), title, body).await;
            let msg = match shown {
                Ok(()) => crate::t!("cli-watch-notified"),
                Err(why) => crate::t!("cli-watch-not-notified", why = why),
            };
            let _ = writeln!(std::io::stderr(), "gateway-doctor: {msg}");
        }
        let _ = out.flush();
        if done {
            return if healthy {
                WatchEnd::Healthy
            } else {
                WatchEnd::Failing
            };
        }
        tokio::select! {
            () = tokio::time::sleep(pause) => {}
            () = stop.notified() => return stopped(out, plan.json, n, failed),
        }
    }
}

/// The last line when the person stopped the watch: how many checks ran and how many failed.
fn stopped(out: &mut (dyn Write + Send), json: bool, checks: u32, failed: u32) -> WatchEnd {
    let line = if json {
        serde_json::json!({"stopped": true, "checks": checks, "failed": failed}).to_string()
    } else {
        crate::t!("cli-watch-stopped", checks = checks, failed = failed)
    };
    let _ = writeln!(out, "{line}");
    let _ = out.flush();
    WatchEnd::Stopped
}

/// Show the notification off the async threads, bounded in time (a stuck D-Bus must not stall
/// the watch).
async fn notify(
    notifier: std::sync::Arc<dyn Notifier>,
    title: String,
    body: String,
) -> Result<(), String> {
    let task = tokio::task::spawn_blocking(move || notifier.notify(&title, &body));
    match tokio::time::timeout(NOTIFY_TIMEOUT, task).await {
        Ok(Ok(r)) => r,
        Ok(Err(e)) => Err(crate::t!(
            "cli-watch-notifier-failed",
            error = e.to_string()
        )),
        Err(_) => Err(crate::t!(
            "cli-watch-desktop-silent",
            seconds = NOTIFY_TIMEOUT.as_secs().to_string()
        )),
    }
}

fn now_hms() -> String {
    let t = time::OffsetDateTime::now_utc();
    format!("{:02}:{:02}:{:02}", t.hour(), t.minute(), t.second())
}

fn outcome(evidence: &Evidence) -> String {
    match evidence.http.as_ref() {
        Some(h) => match h.status {
            Some(s) => match &h.reason {
                Some(r) if !r.is_empty() => format!("{s} {r}"),
                _ => s.to_string(),
            },
            None => crate::evidence::say_result(&serde_plain(&h.outcome)),
        },
        None => crate::t!("cli-watch-no-answer"),
    }
}

/// `14:02:03  #3  502 Bad Gateway  nginx  12 ms  failing: upstream_refused  (next check in 4 s)`
fn text_line(n: u32, evidence: &Evidence, d: &Diagnosis, next: Option<Duration>) -> String {
    let total = evidence
        .http
        .as_ref()
        .and_then(|h| h.timings.total)
        .map(|t| format!("{t:.0} ms"))
        .unwrap_or_else(|| "-".into());
    let verdict = match d.verdict.status {
        VerdictStatus::Healthy => "healthy".to_string(),
        s => format!("{}: {}", serde_plain(&s), d.verdict.cause),
    };
    let next = next
        .map(|p| {
            let seconds = format!("{:.0}", p.as_secs_f64());
            format!("  {}", crate::t!("cli-watch-next", seconds = seconds))
        })
        .unwrap_or_default();
    format!(
        "{}  #{n}  {}  {}  {}  {}{}",
        now_hms(),
        outcome(evidence),
        d.responder.software.display_name(),
        total,
        verdict,
        next
    )
}

fn json_line(
    n: u32,
    evidence: &Evidence,
    d: &Diagnosis,
    back_up: bool,
    next: Option<Duration>,
) -> String {
    let http = evidence.http.as_ref();
    serde_json::json!({
        "check": n,
        "time": crate::report::timestamp(time::OffsetDateTime::now_utc()),
        "url": evidence.target.url,
        "status": http.and_then(|h| h.status),
        "outcome": http.map(|h| serde_plain(&h.outcome)),
        "verdict": serde_plain(&d.verdict.status),
        "culprit": serde_plain(&d.verdict.culprit),
        "cause": d.verdict.cause,
        "responder": serde_plain(&d.responder.software),
        "total_ms": http.and_then(|h| h.timings.total),
        "back_up": back_up,
        "next_check_in_s": next.map(|p| p.as_secs_f64()),
    })
    .to_string()
}
