//! The server checks, run on the server itself: find the web stack (running processes, standard
//! paths, or the files given), read its configuration, try every upstream it names once, and
//! judge (`serverconf::judge`): which link is broken, in which file and line, and the fix. Only
//! reads: no configuration is changed, no service restarted, one request per upstream.

pub mod check;
pub mod discover;
pub mod host;
pub mod read;
pub mod syntax;
pub mod users;

use crate::logs::{self, AnalyseOptions, Analysis};
use crate::serverconf::Upstream;
use crate::serverconf::host::HostSeen;
use crate::serverconf::judge::{self, Finding, Probed, Stack};
use discover::Found;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

/// What to check and how.
#[derive(Debug, Clone)]
pub struct ServerOptions {
    /// Only these files (their kind recognised from the content); empty: discover.
    pub configs: Vec<PathBuf>,
    /// How long each upstream may take.
    pub timeout: Duration,
    /// Where upstream names are looked up (the system's resolver when `None`).
    pub resolver: Option<SocketAddr>,
    /// Read the error logs the configuration names.
    pub logs: bool,
    /// Where running processes are listed (`/proc`).
    pub proc_root: PathBuf,
    /// The machine under the stack: where the kernel log is.
    pub host: host::HostOptions,
}

impl Default for ServerOptions {
    fn default() -> Self {
        ServerOptions {
            configs: Vec::new(),
            timeout: Duration::from_secs(5),
            resolver: None,
            logs: true,
            proc_root: PathBuf::from("/proc"),
            host: host::HostOptions::default(),
        }
    }
}

/// Everything the server checks found.
#[derive(Debug, Clone)]
pub struct ServerRun {
    pub stack: Stack,
    pub probed: Vec<(Upstream, Probed)>,
    pub findings: Vec<Finding>,
    pub verdict: crate::diagnosis::Verdict,
    pub logs: Option<Analysis>,
    /// The machine under the stack: OOM kills, disks, services.
    pub host: HostSeen,
}

/// A `--config FILE` that is not usable, named.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("--config {file}: {why}")]
    Unreadable { file: String, why: String },
    #[error(
        "--config {file}: not recognised as nginx, Apache, HAProxy, Caddy, Varnish, PHP-FPM or php.ini configuration"
    )]
    Unknown { file: String },
}

/// The files given with `--config`, each with the kind its content shows.
pub fn given(configs: &[PathBuf]) -> Result<Vec<Found>, ConfigError> {
    let mut out = Vec::new();
    for path in configs {
        let file = path.display().to_string();
        let text = std::fs::read(path).map_err(|e| ConfigError::Unreadable {
            file: file.clone(),
            why: e.to_string(),
        })?;
        let head = &text[..text.len().min(65_536)];
        let kind = crate::serverconf::detect(&file, &String::from_utf8_lossy(head))
            .ok_or_else(|| ConfigError::Unknown { file: file.clone() })?;
        out.push(Found {
            kind,
            path: path.clone(),
            found_by: format!("given; recognised as {}", kind.name()),
        });
    }
    Ok(out)
}

/// The configurations on this computer: running processes first, then standard paths.
pub fn discovered(proc_root: &Path) -> Vec<Found> {
    let mut found = discover::from_processes(proc_root);
    // A running PHP-FPM's pools come through its own file; standard paths fill in the rest.
    let more = discover::from_standard_paths(&found);
    found.extend(more);
    found
}

/// Run the server checks on `found`.
pub async fn run(found: &[Found], options: &ServerOptions) -> ServerRun {
    let users = Arc::new(users::Users::load());
    let stack = read::read_stack(found, &users);
    let worker = |u: &Upstream| {
        stack
            .servers
            .iter()
            .find(|s| s.software == u.software && s.files.contains(&u.file))
            .and_then(|s| s.worker_user.clone())
    };
    let tried = check::try_all(
        &stack.upstreams,
        &worker,
        users.clone(),
        check::TryOptions {
            timeout: options.timeout,
            resolver: options.resolver,
        },
    );
    let (probed, host, tests) = tokio::join!(
        tried,
        host::look(&stack, &options.host),
        syntax::run_all(&stack.servers)
    );
    let mut stack = stack;
    for (server, (version, test)) in stack.servers.iter_mut().zip(tests) {
        server.version = version;
        server.config_test = test;
    }
    // The broken links first (they name what fails now), then the configuration tests (what
    // fails at the next reload), then the machine.
    let mut findings = judge::findings(&stack, &probed);
    findings.extend(stack.servers.iter().filter_map(|s| {
        let test = s.config_test.as_ref()?;
        crate::serverconf::syntax::finding(s.software, &s.config, test)
    }));
    findings.extend(host.findings());
    let verdict = judge::verdict(&stack, &probed, &findings);
    let logs = options.logs.then(|| read_logs(&stack)).flatten();
    ServerRun {
        stack,
        probed,
        findings,
        verdict,
        logs,
        host,
    }
}

/// The error logs the configuration names that exist, through the log analyser.
fn read_logs(stack: &Stack) -> Option<Analysis> {
    let paths: Vec<PathBuf> = stack
        .servers
        .iter()
        .flat_map(|s| s.error_logs.iter())
        .map(PathBuf::from)
        .filter(|p| p.is_file())
        .collect();
    if paths.is_empty() {
        return None;
    }
    Some(logs::analyse(&paths, &AnalyseOptions::default()))
}
