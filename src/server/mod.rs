//! The server checks, run on the server itself: find the web stack (running processes, standard
//! paths, or the files given), read its configuration, try every upstream it names once, and
//! judge (`serverconf::judge`): which link is broken, in which file and line, and the fix. Only
//! reads: no configuration is changed, no service restarted, one request per upstream.

pub mod check;
pub mod discover;
pub mod host;
pub mod local;
pub mod read;
pub mod syntax;
pub mod users;

use crate::evidence::server_side::ServerSide;
use crate::logs::{self, AnalyseOptions, Analysis};
use crate::serverconf::ConfigKind;
use crate::serverconf::Upstream;
use crate::serverconf::host::HostSeen;
use crate::serverconf::judge::{self, Finding, Probed, Stack};
use discover::Found;
use std::net::{IpAddr, SocketAddr};
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
    /// Only the site a browser reaches on this port with this host name (`check --mode owner`).
    pub site: Option<(u16, String)>,
    /// The time limit of the CDN in front of the site, when the check saw one.
    pub edge: Option<judge::EdgeLimit>,
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
            site: None,
            edge: None,
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

impl ConfigError {
    /// The message in the current language (the `Display` text is English, for logs).
    pub fn message(&self) -> String {
        match self {
            ConfigError::Unreadable { file, why } => crate::t!(
                "mc-config-unreadable",
                file = file.as_str(),
                error = why.as_str()
            ),
            ConfigError::Unknown { file } => crate::t!("mc-config-unknown", file = file.as_str()),
        }
    }
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
            found_by: crate::t!("mc-found-given", software = kind.name()),
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
    let mut stack = read::read_stack(found, &users);
    if let Some((port, host)) = &options.site {
        stack.upstreams = judge::for_site(&stack.upstreams, *port, host);
    }
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
    for (server, (version, test)) in stack.servers.iter_mut().zip(tests) {
        server.version = version;
        server.config_test = test;
    }
    // The broken links first (they name what fails now), then the configuration tests (what
    // fails at the next reload), then the machine.
    let mut findings = judge::findings(&stack, &probed);
    if let Some(edge) = &options.edge {
        findings.extend(judge::edge_chain(&stack.upstreams, edge));
    }
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

/// The server checks for the site a browser reaches at `ips` on `port` as `host`, when this
/// computer serves it: one of `ips` is this computer's and a web server here listens on that
/// port. Otherwise says why they did not run.
pub async fn for_site(
    ips: &[IpAddr],
    port: u16,
    host: &str,
    options: &ServerOptions,
) -> ServerSide {
    let not_run = |note: String| ServerSide {
        checked: false,
        note,
        ..ServerSide::default()
    };
    let local: Vec<IpAddr> = ips
        .iter()
        .copied()
        .filter(|ip| local::is_local(*ip))
        .collect();
    if local.is_empty() {
        let shown: Vec<String> = ips.iter().map(IpAddr::to_string).collect();
        return not_run(if shown.is_empty() {
            crate::t!("mc-site-not-local-none")
        } else {
            crate::t!("mc-site-not-local", addresses = shown.join(", "))
        });
    }
    let inodes: Vec<u64> = local::listeners(&options.proc_root)
        .into_iter()
        .filter(|l| local.iter().any(|ip| local::accepts(l, *ip, port)))
        .map(|l| l.inode)
        .collect();
    if inodes.is_empty() {
        return not_run(crate::t!(
            "mc-site-nothing-listens",
            port = port.to_string()
        ));
    }
    let Some((pid, found)) = local::owner(&options.proc_root, &inodes) else {
        return not_run(crate::t!(
            "mc-site-not-a-web-server",
            port = port.to_string()
        ));
    };
    // The running PHP-FPM's pools too, for the links to them.
    let mut all = vec![found.clone()];
    for f in discover::from_processes(&options.proc_root) {
        if matches!(f.kind, ConfigKind::PhpFpm) && !all.iter().any(|a| a.path == f.path) {
            all.push(f);
        }
    }
    let options = ServerOptions {
        site: Some((port, host.to_string())),
        ..options.clone()
    };
    let run = run(&all, &options).await;
    ServerSide {
        checked: true,
        note: crate::t!(
            "mc-site-checked",
            software = found.kind.software().name(),
            pid = pid.to_string(),
            port = port.to_string(),
            file = found.path.display().to_string()
        ),
        findings: run.findings,
        verdict: Some(run.verdict),
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
