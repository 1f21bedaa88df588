//! `gateway-doctor server [--config FILE]... [--format text|json|markdown|html] [--output FILE]
//! [--timeout S] [--resolver IP:PORT] [--no-logs] [--kernel-log FILE]`: run on the server itself, reads the web
//! stack's configuration (found from the running processes and standard paths, or the files
//! given), tries every upstream it names once and prints which link is broken, in which file and
//! line, with the fix. Exit code 0 nothing wrong, 1 findings, 2 usage error.

use super::{Checked, dns_server};
use crate::report::server::{self as server_report, ServerReport};
use crate::server::{self, ServerOptions};
use anyhow::{Context, Result};
use clap::{Args, ValueEnum};
use std::io::Write;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ServerFormat {
    Text,
    Json,
    Markdown,
    Html,
}

#[derive(Debug, Args)]
pub struct ServerArgs {
    #[arg(long = "config", value_name = "FILE")]
    pub configs: Vec<PathBuf>,
    #[arg(long, value_enum, default_value = "text")]
    pub format: ServerFormat,
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
    #[arg(long, default_value_t = 5.0, value_name = "SECONDS", value_parser = Checked(seconds))]
    pub timeout: f64,
    #[arg(long, value_name = "IP:PORT", value_parser = Checked(dns_server))]
    pub resolver: Option<SocketAddr>,
    #[arg(long)]
    pub no_logs: bool,
    #[arg(long, value_name = "FILE")]
    pub kernel_log: Option<PathBuf>,
}

/// `--timeout`: seconds between 0 and 600.
fn seconds(s: &str) -> Result<f64, String> {
    match s.trim().parse::<f64>() {
        Ok(v) if v.is_finite() && v > 0.0 && v <= 600.0 => Ok(v),
        _ => Err(crate::t!("cli-server-timeout-range")),
    }
}

/// Run `server`; returns the exit code.
pub fn run_server(args: &ServerArgs) -> Result<i32> {
    let found = if args.configs.is_empty() {
        server::discovered(std::path::Path::new("/proc"))
    } else {
        match server::given(&args.configs) {
            Ok(found) => found,
            Err(e) => {
                let _ = writeln!(std::io::stderr(), "gateway-doctor: {}", e.message());
                return Ok(2);
            }
        }
    };
    if let Some(path) = &args.kernel_log
        && let Err(e) = std::fs::File::open(path)
    {
        let _ = writeln!(
            std::io::stderr(),
            "gateway-doctor: {}",
            crate::t!(
                "cli-server-kernel-log",
                path = path.display().to_string(),
                error = e.to_string()
            )
        );
        return Ok(2);
    }
    let options = ServerOptions {
        configs: args.configs.clone(),
        timeout: Duration::from_secs_f64(args.timeout),
        resolver: args.resolver,
        logs: !args.no_logs,
        host: server::host::HostOptions {
            kernel_log: args.kernel_log.clone(),
        },
        ..ServerOptions::default()
    };
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .with_context(|| crate::t!("cli-no-runtime"))?;
    let run = runtime.block_on(server::run(&found, &options));
    let generated_at = crate::report::timestamp(time::OffsetDateTime::now_utc());
    let report = ServerReport::assemble(
        &run.stack,
        &run.probed,
        &run.findings,
        &run.verdict,
        run.logs,
        run.host,
        &generated_at,
    );
    let rendered = match args.format {
        ServerFormat::Text => server_report::render_text(&report),
        ServerFormat::Json => report.to_json() + "\n",
        ServerFormat::Markdown => server_report::render_markdown(&report),
        ServerFormat::Html => server_report::render_html(&report),
    };
    super::emit(&rendered, args.output.as_deref())?;
    Ok(report.exit_code())
}
