//! Test harness for the end-to-end tests: runs the real `gateway-doctor check` binary against real
//! servers on loopback and gives the tests its exit code, output and parsed JSON report.
//!
//! Why a harness: every end-to-end test needs the same things (a live "reference" port so the
//! tool believes the network works, proxy variables removed, a hang guard so a bug in the engine
//! can never hang the suite, readable failure messages with the whole report). The servers live in
//! the submodules; all of them bind 127.0.0.1 (or ::1) only and stop when dropped.

#![allow(dead_code)]

pub mod apache;
pub mod caddy;
pub mod chromium;
pub mod daemon;
pub mod dns;
pub mod haproxy;
pub mod http2;
pub mod http_servers;
pub mod nginx;
pub mod php_fpm;
pub mod proxy;
pub mod tcp;
pub mod tls;

mod selftest;

pub use apache::Apache;
pub use caddy::Caddy;
pub use dns::DnsServer;
pub use haproxy::Haproxy;
pub use http_servers::*;
pub use http2::{H2Fault, Pki, h2_faulty, quic_server};
pub use nginx::Nginx;
pub use php_fpm::{FpmPool, PhpFpm};
pub use proxy::{Proxy, ProxyMode};
pub use tcp::{TcpServer, closed_port};
pub use tls::{CertKind, TlsServer, tls_server, tls_server_expiring};

use serde_json::Value;
use std::io::Read;
use std::net::SocketAddr;
use std::process::{Command, Stdio};
use std::thread;
use std::time::{Duration, Instant};

/// Every proxy variable the tool (or any HTTP library) might read. Removed from the child's
/// environment unless a test sets one on purpose.
pub const PROXY_VARS: [&str; 8] = [
    "http_proxy",
    "HTTP_PROXY",
    "https_proxy",
    "HTTPS_PROXY",
    "all_proxy",
    "ALL_PROXY",
    "no_proxy",
    "NO_PROXY",
];

/// After this long the child is killed: a hung engine fails its test instead of hanging the suite.
pub const HANG_GUARD: Duration = Duration::from_secs(60);

/// The outcome of one `gateway-doctor check` run.
#[derive(Debug)]
pub struct CheckRun {
    /// The exit code; -1 when the process was killed (by the hang guard or a signal).
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
    /// stdout parsed as JSON, when it is JSON.
    pub json: Option<Value>,
    pub elapsed: Duration,
    /// True when the hang guard had to kill the process.
    pub killed_by_guard: bool,
    /// The arguments, for failure messages.
    pub args: Vec<String>,
}

impl CheckRun {
    /// Everything about the run, for assertion messages.
    pub fn describe(&self) -> String {
        format!(
            "gateway-doctor check {:?}\nexit code {} after {:?}{}\n--- stdout ---\n{}\n--- stderr ---\n{}",
            self.args,
            self.code,
            self.elapsed,
            if self.killed_by_guard {
                " (KILLED by the hang guard)"
            } else {
                ""
            },
            self.stdout,
            self.stderr
        )
    }

    /// The parsed JSON report; panics with the whole output when stdout is not JSON.
    pub fn report(&self) -> &Value {
        match &self.json {
            Some(v) => v,
            None => panic!("stdout is not a JSON report\n{}", self.describe()),
        }
    }

    /// The value at a JSON pointer such as `/verdict/status`; panics with context when missing.
    pub fn at(&self, pointer: &str) -> &Value {
        match self.report().pointer(pointer) {
            Some(v) => v,
            None => panic!("report has no {pointer}\n{}", self.describe()),
        }
    }

    /// The string at a JSON pointer; panics with context when missing or not a string.
    pub fn str_at(&self, pointer: &str) -> &str {
        match self.at(pointer).as_str() {
            Some(s) => s,
            None => panic!("{pointer} is not a string\n{}", self.describe()),
        }
    }

    /// `http.status`, or `None` when there was no HTTP answer (null or absent).
    pub fn http_status(&self) -> Option<u64> {
        self.report()
            .pointer("/http/status")
            .and_then(Value::as_u64)
    }

    pub fn assert_http_status(&self, expected: Option<u64>) {
        assert_eq!(
            self.http_status(),
            expected,
            "unexpected http.status\n{}",
            self.describe()
        );
    }

    pub fn assert_code(&self, code: i32) {
        assert_eq!(self.code, code, "unexpected exit code\n{}", self.describe());
    }

    /// Asserts one report field equals a string.
    pub fn assert_str(&self, pointer: &str, expected: &str) {
        assert_eq!(
            self.str_at(pointer),
            expected,
            "unexpected {pointer}\n{}",
            self.describe()
        );
    }

    /// Asserts the verdict (status, culprit, cause); `None` leaves a field unchecked.
    pub fn assert_verdict(&self, status: Option<&str>, culprit: Option<&str>, cause: Option<&str>) {
        if let Some(s) = status {
            self.assert_str("/verdict/status", s);
        }
        if let Some(c) = culprit {
            self.assert_str("/verdict/culprit", c);
        }
        if let Some(c) = cause {
            self.assert_str("/verdict/cause", c);
        }
        let confidence = self.str_at("/verdict/confidence");
        assert!(
            ["high", "medium", "low"].contains(&confidence),
            "bad confidence {confidence}\n{}",
            self.describe()
        );
    }

    /// The checklist item with this id.
    pub fn checklist_item(&self, id: &str) -> &Value {
        let items = self.at("/checklist").as_array();
        items
            .and_then(|items| items.iter().find(|i| i["id"] == id))
            .unwrap_or_else(|| panic!("no checklist item {id}\n{}", self.describe()))
    }

    /// The probes of this kind.
    pub fn probes_of_kind(&self, kind: &str) -> Vec<&Value> {
        self.at("/probes")
            .as_array()
            .map(|ps| ps.iter().filter(|p| p["kind"] == kind).collect())
            .unwrap_or_default()
    }

    /// Everything the run printed, for "this secret never appears" checks.
    pub fn all_output(&self) -> String {
        format!("{}\n{}", self.stdout, self.stderr)
    }
}

/// Runs `gateway-doctor check ARGS` with every proxy variable removed.
pub fn run_check(args: &[&str]) -> CheckRun {
    run_check_env(args, &[])
}

/// Runs `gateway-doctor check ARGS` with every proxy variable removed, then `env` set.
pub fn run_check_env(args: &[&str], env: &[(&str, &str)]) -> CheckRun {
    run_subcommand("check", args, env)
}

/// Runs `gateway-doctor logs ARGS` (no proxy variables, throwaway XDG dirs); the result has the
/// same shape as a check run, with stdout parsed as JSON when it is JSON.
pub fn run_logs(args: &[&str]) -> CheckRun {
    let mut run = run_subcommand("logs", args, &[]);
    run.args.insert(0, "logs".to_string());
    run
}

/// Runs `gateway-doctor SUBCOMMAND ARGS` with every proxy variable removed, settings and history
/// in a throwaway directory (not the real home), then `env` set; bounded by the hang guard.
pub fn run_subcommand(subcommand: &str, args: &[&str], env: &[(&str, &str)]) -> CheckRun {
    let home = tempfile::tempdir().expect("tempdir for XDG dirs");
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_gateway-doctor"));
    cmd.arg(subcommand).args(args);
    for var in PROXY_VARS {
        cmd.env_remove(var);
    }
    // English whatever the machine speaks (a test asks for another language itself).
    for var in ["LANGUAGE", "LC_ALL", "LC_MESSAGES"] {
        cmd.env_remove(var);
    }
    cmd.env("LANG", "C.UTF-8");
    for (sub, var) in [
        ("config", "XDG_CONFIG_HOME"),
        ("data", "XDG_DATA_HOME"),
        ("cache", "XDG_CACHE_HOME"),
        ("state", "XDG_STATE_HOME"),
    ] {
        cmd.env(var, home.path().join(sub));
    }
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let out = run_guarded(cmd, HANG_GUARD);
    let json = serde_json::from_str(out.stdout.trim()).ok();
    CheckRun {
        code: out.code,
        stdout: out.stdout,
        stderr: out.stderr,
        json,
        elapsed: out.elapsed,
        killed_by_guard: out.killed_by_guard,
        args: args.iter().map(|s| s.to_string()).collect(),
    }
}

/// What a guarded child process did.
pub struct Guarded {
    /// The exit code; -1 when killed.
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
    pub elapsed: Duration,
    pub killed_by_guard: bool,
}

/// Runs `cmd` (stdout/stderr must be piped) and kills it if it is still running after `guard`.
pub fn run_guarded(mut cmd: Command, guard: Duration) -> Guarded {
    let start = Instant::now();
    let mut child = cmd
        .spawn()
        .unwrap_or_else(|e| panic!("could not spawn {cmd:?}: {e}"));
    let stdout = child.stdout.take().map(drain);
    let stderr = child.stderr.take().map(drain);

    let mut killed_by_guard = false;
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break Some(status),
            Ok(None) if start.elapsed() > guard => {
                killed_by_guard = true;
                let _ = child.kill();
                break child.wait().ok();
            }
            Ok(None) => thread::sleep(Duration::from_millis(10)),
            Err(_) => {
                let _ = child.kill();
                break child.wait().ok();
            }
        }
    };
    let elapsed = start.elapsed();
    let join = |h: Option<thread::JoinHandle<String>>| {
        h.map(|h| h.join().unwrap_or_default()).unwrap_or_default()
    };
    Guarded {
        code: status.and_then(|s| s.code()).unwrap_or(-1),
        stdout: join(stdout),
        stderr: join(stderr),
        elapsed,
        killed_by_guard,
    }
}

/// Reads a pipe to the end on its own thread so the child never blocks on a full pipe.
fn drain(mut pipe: impl Read + Send + 'static) -> thread::JoinHandle<String> {
    thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = pipe.read_to_end(&mut buf);
        String::from_utf8_lossy(&buf).into_owned()
    })
}

/// A port that accepts connections (and answers HTTP 200), passed as `--reference` so the tool
/// concludes "this computer's network works" without any packet leaving loopback.
pub struct Reference(TcpServer);

impl Reference {
    pub fn start() -> Reference {
        Reference(http_ok())
    }

    /// `127.0.0.1:PORT`, the value for `--reference`.
    pub fn arg(&self) -> String {
        format!("127.0.0.1:{}", self.0.port())
    }
}

/// The usual way to run a check: `URL --format json --timeout 2 --retries 2 --no-proxy
/// --reference <live port>`, each adjustable, plus extra arguments and environment.
pub struct Check {
    url: String,
    format: String,
    timeout: u32,
    retries: u32,
    no_proxy: bool,
    reference: Option<String>,
    resolver: Option<SocketAddr>,
    extra: Vec<String>,
    env: Vec<(String, String)>,
}

impl Check {
    pub fn new(url: impl Into<String>) -> Check {
        Check {
            url: url.into(),
            format: "json".into(),
            timeout: 2,
            retries: 2,
            no_proxy: true,
            reference: None,
            resolver: None,
            extra: Vec::new(),
            env: Vec::new(),
        }
    }

    pub fn format(mut self, format: &str) -> Check {
        self.format = format.into();
        self
    }

    pub fn timeout(mut self, secs: u32) -> Check {
        self.timeout = secs;
        self
    }

    pub fn retries(mut self, n: u32) -> Check {
        self.retries = n;
        self
    }

    /// Leave out `--no-proxy`, so proxy variables set with `env` are honoured.
    pub fn with_proxy(mut self) -> Check {
        self.no_proxy = false;
        self
    }

    /// Use this `--reference` instead of a live one (e.g. a closed port).
    pub fn reference(mut self, addr: impl Into<String>) -> Check {
        self.reference = Some(addr.into());
        self
    }

    pub fn resolver(mut self, addr: SocketAddr) -> Check {
        self.resolver = Some(addr);
        self
    }

    pub fn arg(mut self, arg: impl Into<String>) -> Check {
        self.extra.push(arg.into());
        self
    }

    pub fn env(mut self, key: &str, value: &str) -> Check {
        self.env.push((key.into(), value.into()));
        self
    }

    pub fn run(self) -> CheckRun {
        // Kept alive until the run is over.
        let live_reference = match self.reference {
            Some(_) => None,
            None => Some(Reference::start()),
        };
        let reference = match (&self.reference, &live_reference) {
            (Some(r), _) => r.clone(),
            (None, Some(live)) => live.arg(),
            (None, None) => unreachable!("one of them is set"),
        };
        let mut args = vec![
            self.url,
            "--format".into(),
            self.format,
            "--timeout".into(),
            self.timeout.to_string(),
            "--retries".into(),
            self.retries.to_string(),
            "--reference".into(),
            reference,
        ];
        if self.no_proxy {
            args.push("--no-proxy".into());
        }
        if let Some(r) = self.resolver {
            args.push("--resolver".into());
            args.push(r.to_string());
        }
        args.extend(self.extra);
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let env: Vec<(&str, &str)> = self
            .env
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        let run = run_check_env(&args, &env);
        drop(live_reference);
        run
    }
}

/// True when any string anywhere inside `value` satisfies `pred`.
pub fn any_string(value: &Value, pred: &dyn Fn(&str) -> bool) -> bool {
    match value {
        Value::String(s) => pred(s),
        Value::Array(items) => items.iter().any(|v| any_string(v, pred)),
        Value::Object(map) => map.iter().any(|(k, v)| pred(k) || any_string(v, pred)),
        _ => false,
    }
}

/// A small tokio runtime for tests that call the engine's async functions directly.
pub fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("tokio runtime")
}

/// A free TCP port on 127.0.0.1 (bound, then released) for a server a test starts.
pub fn free_port() -> u16 {
    let l = std::net::TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1:0");
    l.local_addr().expect("local addr").port()
}

/// Wait until the child server `name` accepts on 127.0.0.1:`port`, or say why not (it exited,
/// or `timeout` passed), with `log()` appended for the failure message.
pub fn wait_accepting(
    child: &mut std::process::Child,
    name: &str,
    port: u16,
    timeout: Duration,
    log: &dyn Fn() -> String,
) -> Result<(), String> {
    let addr = SocketAddr::from(([127, 0, 0, 1], port));
    let deadline = std::time::Instant::now() + timeout;
    while std::time::Instant::now() < deadline {
        if let Ok(Some(status)) = child.try_wait() {
            return Err(format!("{name} exited with {status}:\n{}", log()));
        }
        if std::net::TcpStream::connect_timeout(&addr, Duration::from_millis(200)).is_ok() {
            return Ok(());
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    Err(format!(
        "{name} did not accept on {addr} within {timeout:?}:\n{}",
        log()
    ))
}

/// Stop a server process: SIGTERM (fast shutdown of a master and its workers), then SIGKILL if it
/// is still there after 5 s.
pub fn terminate(child: &mut std::process::Child) {
    if let Ok(Some(_)) = child.try_wait() {
        return;
    }
    let _ = Command::new("kill")
        .arg("-TERM")
        .arg(child.id().to_string())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status();
    let deadline = std::time::Instant::now() + Duration::from_secs(5);
    while std::time::Instant::now() < deadline {
        if let Ok(Some(_)) = child.try_wait() {
            return;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    let _ = child.kill();
    let _ = child.wait();
}

/// The named files under `dir` concatenated (missing ones count as empty), for failure messages.
pub fn read_logs(dir: &std::path::Path, files: &[&str]) -> String {
    files
        .iter()
        .map(|f| std::fs::read_to_string(dir.join(f)).unwrap_or_default())
        .collect()
}
