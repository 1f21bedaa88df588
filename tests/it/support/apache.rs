//! A real Apache 2.4 (Debian `apache2`), started from a generated config in a temporary directory,
//! so the log analyser tests see the exact `AH00957`/`AH01114` lines mod_proxy writes when its
//! backend refuses.
//!
//! Everything Apache writes (pid, logs, mutexes) stays in the temp directory; it listens on
//! 127.0.0.1:<free port> only, runs in the foreground (`-DFOREGROUND`) as a child of the test and
//! is stopped with SIGTERM (then SIGKILL) on drop. Only the modules the config needs are loaded
//! from the system module directory; no system config is read. A missing apache2 is a loud
//! failure, never a silent skip: CI installs it.

use super::daemon::Daemon;
use std::path::{Path, PathBuf};
use std::process::Command;

const APACHE_CANDIDATES: [&str; 2] = ["/usr/sbin/apache2", "/usr/sbin/httpd"];
const MODULE_DIRS: [&str; 2] = ["/usr/lib/apache2/modules", "/usr/lib64/httpd/modules"];
/// What the server wrote: its stderr, then its own log.
const LOG_FILES: &[&str] = &["stderr.log", "error.log"];

/// A running Apache; dropping it stops it.
pub struct Apache(Daemon);

/// Where Apache is, or a panic saying how to get it.
pub fn apache_binary() -> PathBuf {
    APACHE_CANDIDATES
        .iter()
        .map(PathBuf::from)
        .find(|p| p.is_file())
        .unwrap_or_else(|| {
            panic!(
                "apache2 is required by the integration tests but was not found in \
                 {APACHE_CANDIDATES:?}; install it (apt-get install --no-install-recommends apache2)"
            )
        })
}

fn module_dir() -> PathBuf {
    MODULE_DIRS
        .iter()
        .map(PathBuf::from)
        .find(|p| p.join("mod_proxy.so").is_file())
        .unwrap_or_else(|| {
            panic!("no Apache module directory with mod_proxy.so in {MODULE_DIRS:?}")
        })
}

impl Apache {
    /// Starts Apache with mod_proxy + mod_proxy_http loaded, logging `warn` to `error.log` and the
    /// combined format to `access.log`, plus `directives` (e.g. `ProxyPass /shop/ http://...`).
    /// `@DIR@` in them is replaced by the temp directory, `@MODULES@` by the module directory.
    pub fn start(directives: &str) -> Apache {
        let binary = apache_binary();
        let modules = module_dir();
        Apache(Daemon::start("apache", LOG_FILES, |dir, port| {
            let conf_path = dir.join("httpd.conf");
            std::fs::write(&conf_path, config(dir, &modules, port, directives))
                .expect("write httpd.conf");
            let mut cmd = Command::new(&binary);
            cmd.env("TZ", "UTC") // log timestamps comparable with the test's clock
                .arg("-f")
                .arg(&conf_path)
                .arg("-DFOREGROUND");
            cmd
        }))
    }

    pub fn port(&self) -> u16 {
        self.0.port()
    }

    pub fn dir(&self) -> &Path {
        self.0.dir()
    }

    /// The generated configuration.
    pub fn conf_path(&self) -> PathBuf {
        self.0.path("httpd.conf")
    }

    /// The `ErrorLog` file (`LogLevel warn`).
    pub fn error_log_path(&self) -> PathBuf {
        self.0.path("error.log")
    }

    /// The `CustomLog` file (combined format).
    pub fn access_log_path(&self) -> PathBuf {
        self.0.path("access.log")
    }

    /// Apache's error output so far (useful in assertion messages).
    pub fn error_log(&self) -> String {
        self.0.log()
    }

    /// Stops Apache now (SIGTERM), so every log line is written before the files are read.
    pub fn stop(&mut self) {
        self.0.stop();
    }
}

fn config(dir: &Path, modules: &Path, port: u16, directives: &str) -> String {
    let d = dir.display();
    let m = modules.display();
    let directives = directives
        .replace("@DIR@", &d.to_string())
        .replace("@MODULES@", &m.to_string());
    format!(
        "ServerRoot \"{d}\"\n\
         ServerName localhost\n\
         Listen 127.0.0.1:{port}\n\
         PidFile {d}/httpd.pid\n\
         DefaultRuntimeDir {d}\n\
         LoadModule mpm_event_module {m}/mod_mpm_event.so\n\
         LoadModule authz_core_module {m}/mod_authz_core.so\n\
         LoadModule proxy_module {m}/mod_proxy.so\n\
         LoadModule proxy_http_module {m}/mod_proxy_http.so\n\
         ErrorLog {d}/error.log\n\
         LogLevel warn\n\
         LogFormat \"%h %l %u %t \\\"%r\\\" %>s %b \\\"%{{Referer}}i\\\" \\\"%{{User-Agent}}i\\\"\" combined\n\
         CustomLog {d}/access.log combined\n\
         DocumentRoot {d}\n\
         {directives}\n"
    )
}
