//! A real PHP-FPM (whatever version the distribution ships), started with a private config and a private script
//! directory, so the tests see exactly what nginx does when PHP is slow or its worker is killed
//! (`fastcgi_read_timeout` -> 504, `request_terminate_timeout` -> 502).
//!
//! The pool listens on 127.0.0.1:<free port> only; pid, log and scripts live in a temp directory.
//! php-fpm runs in the foreground as a child of the test (`--nodaemonize`, `-R` because the tests
//! may run as root, `-n` so no system php.ini leaks in) and is killed on drop. A missing php-fpm
//! is a loud failure, never a silent skip: CI installs it.

use super::daemon::Daemon;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Where distributions put php-fpm: Debian names it by version (`php-fpm8.2`, `php-fpm8.4`),
/// RHEL/Fedora and Arch `php-fpm`, source builds live under /usr/local.
const FPM_DIRS: [&str; 2] = ["/usr/sbin", "/usr/local/sbin"];
/// What the server wrote: its stderr, then its own log.
const LOG_FILES: &[&str] = &["stderr.log", "php-fpm.log"];

/// How the private pool is set up.
#[derive(Debug, Clone)]
pub struct FpmPool {
    /// `pm.max_children` of the pool.
    pub max_children: u32,
    /// `pm = dynamic` (one spare worker) instead of `pm = static`: only a dynamic pool logs
    /// "server reached pm.max_children setting".
    pub dynamic: bool,
    /// `request_terminate_timeout` in seconds, when set.
    pub request_terminate_timeout: Option<u32>,
    /// Scripts to write into the script directory: (file name, PHP source).
    pub scripts: Vec<(String, String)>,
    /// A second pool, `[sock]`, listening on `run/php8.2-fpm.sock` in the server's directory
    /// with this `listen.mode` (owner and group root); the directories are opened to everyone
    /// (0755) so only the socket's own mode decides who may connect.
    pub socket_mode: Option<String>,
}

impl Default for FpmPool {
    fn default() -> FpmPool {
        FpmPool {
            max_children: 1,
            dynamic: false,
            request_terminate_timeout: None,
            scripts: Vec::new(),
            socket_mode: None,
        }
    }
}

impl FpmPool {
    pub fn max_children(mut self, n: u32) -> FpmPool {
        self.max_children = n;
        self
    }

    /// `pm = dynamic` with `pm.start_servers = pm.min_spare_servers = 1`.
    pub fn dynamic(mut self) -> FpmPool {
        self.dynamic = true;
        self
    }

    pub fn request_terminate_timeout(mut self, secs: u32) -> FpmPool {
        self.request_terminate_timeout = Some(secs);
        self
    }

    pub fn script(mut self, name: &str, source: &str) -> FpmPool {
        self.scripts.push((name.into(), source.into()));
        self
    }

    /// Also listen on a unix socket with this mode (see [`FpmPool::socket_mode`]).
    pub fn socket(mut self, mode: &str) -> FpmPool {
        self.socket_mode = Some(mode.into());
        self
    }

    /// Starts php-fpm with this pool.
    pub fn start(self) -> PhpFpm {
        PhpFpm::start(&self)
    }
}

/// A running php-fpm; dropping it stops it.
pub struct PhpFpm(Daemon);

/// Where php-fpm is (of whatever version the distribution ships; the newest when there are
/// several), or a panic saying how to get it.
pub fn php_fpm_binary() -> PathBuf {
    let mut found: Vec<PathBuf> = FPM_DIRS
        .iter()
        .filter_map(|dir| std::fs::read_dir(dir).ok())
        .flatten()
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| {
            path.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with("php-fpm"))
                && path.is_file()
        })
        .collect();
    found.sort_by_key(|path| version_key(path));
    found.pop().unwrap_or_else(|| {
        panic!(
            "php-fpm is required by the integration tests but was not found in {FPM_DIRS:?}; \
             run ./scripts/test, which installs it (Debian/Ubuntu package php-fpm)"
        )
    })
}

/// `php-fpm8.10` sorts after `php-fpm8.2`: the version's numbers, compared as numbers.
fn version_key(path: &Path) -> Vec<u32> {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    name.trim_start_matches("php-fpm")
        .split('.')
        .filter_map(|part| part.parse().ok())
        .collect()
}

impl PhpFpm {
    fn start(pool: &FpmPool) -> PhpFpm {
        let binary = php_fpm_binary();
        PhpFpm(Daemon::start("php-fpm", LOG_FILES, |dir, port| {
            if pool.socket_mode.is_some() {
                use std::os::unix::fs::PermissionsExt;
                std::fs::create_dir(dir.join("run")).expect("socket dir");
                for d in [dir.to_path_buf(), dir.join("run")] {
                    std::fs::set_permissions(&d, std::fs::Permissions::from_mode(0o755))
                        .expect("open the socket's folders");
                }
            }
            let scripts = dir.join("www");
            std::fs::create_dir(&scripts).expect("script dir");
            for (name, source) in &pool.scripts {
                std::fs::write(scripts.join(name), source).expect("write PHP script");
            }
            let conf_path = dir.join("php-fpm.conf");
            std::fs::write(&conf_path, config(dir, port, pool)).expect("write php-fpm.conf");
            let mut cmd = Command::new(&binary);
            cmd.env("TZ", "UTC") // log timestamps comparable with the test's clock
                .arg("--nodaemonize")
                .arg("-R")
                .arg("-n")
                .arg("--fpm-config")
                .arg(&conf_path);
            cmd
        }))
    }

    pub fn port(&self) -> u16 {
        self.0.port()
    }

    /// `127.0.0.1:PORT`, the value for nginx's `fastcgi_pass`.
    pub fn addr(&self) -> String {
        format!("127.0.0.1:{}", self.0.port())
    }

    /// The directory holding the scripts (for `SCRIPT_FILENAME`).
    pub fn script_dir(&self) -> PathBuf {
        self.0.path("www")
    }

    /// The master's pid (its workers are its children).
    pub fn pid(&self) -> u32 {
        self.0.pid()
    }

    /// The unix socket of the `[sock]` pool (see [`FpmPool::socket`]).
    pub fn socket_path(&self) -> PathBuf {
        self.0.path("run/php8.2-fpm.sock")
    }

    /// php-fpm's configuration file.
    pub fn conf_path(&self) -> PathBuf {
        self.0.path("php-fpm.conf")
    }

    /// The file php-fpm logs to (`error_log`), for `--logs`.
    pub fn log_path(&self) -> PathBuf {
        self.0.path("php-fpm.log")
    }

    /// php-fpm's log so far (useful in assertion messages).
    pub fn log(&self) -> String {
        self.0.log()
    }

    /// Stops php-fpm now (SIGTERM), so every log line is written before the file is read.
    pub fn stop(&mut self) {
        self.0.stop();
    }
}

fn config(dir: &Path, port: u16, pool: &FpmPool) -> String {
    let d = dir.display();
    let pm = if pool.dynamic {
        let max = pool.max_children.max(1);
        format!(
            "pm = dynamic\npm.start_servers = 1\npm.min_spare_servers = 1\npm.max_spare_servers = {max}\n"
        )
    } else {
        "pm = static\n".to_string()
    };
    let terminate = pool
        .request_terminate_timeout
        .map(|s| format!("request_terminate_timeout = {s}s\n"))
        .unwrap_or_default();
    format!(
        "[global]\n\
         pid = {d}/php-fpm.pid\n\
         error_log = {d}/php-fpm.log\n\
         daemonize = no\n\
         [test]\n\
         user = root\n\
         group = root\n\
         listen = 127.0.0.1:{port}\n\
         listen.allowed_clients = 127.0.0.1\n\
         {pm}\
         pm.max_children = {}\n\
         catch_workers_output = yes\n\
         {terminate}\
         {sock}",
        pool.max_children.max(1),
        sock = pool
            .socket_mode
            .as_ref()
            .map(|mode| format!(
                "[sock]\nuser = root\ngroup = root\nlisten = {d}/run/php8.2-fpm.sock\n\
                 listen.owner = root\nlisten.group = root\nlisten.mode = {mode}\n\
                 pm = static\npm.max_children = 1\n"
            ))
            .unwrap_or_default()
    )
}
