//! A real nginx, started from a generated config in a temporary directory, so the tests see the
//! exact 502/504 pages, headers and timings a production nginx produces.
//!
//! Everything nginx writes (pid, logs, temp files) stays in the temp directory. The process is a
//! child of the test (`daemon off`) and is stopped with SIGTERM (then SIGKILL) on drop. A missing
//! nginx is a loud failure, never a silent skip: CI installs it.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

const NGINX_CANDIDATES: [&str; 3] = ["/usr/sbin/nginx", "/usr/bin/nginx", "/usr/local/sbin/nginx"];
const START_TIMEOUT: Duration = Duration::from_secs(5);
/// What the server wrote: its stderr, then its own log.
const LOG_FILES: &[&str] = &["stderr.log", "error.log"];
const START_ATTEMPTS: usize = 3;

/// A running nginx; dropping it stops it.
pub struct Nginx {
    child: Child,
    port: u16,
    dir: tempfile::TempDir,
}

/// Where nginx is, or a panic saying how to get it.
pub fn nginx_binary() -> PathBuf {
    NGINX_CANDIDATES
        .iter()
        .map(PathBuf::from)
        .find(|p| p.is_file())
        .unwrap_or_else(|| {
            panic!(
                "nginx is required by the integration tests but was not found in {NGINX_CANDIDATES:?}; \
                 install it (apt-get install nginx-light)"
            )
        })
}

impl Nginx {
    /// Starts nginx with one `server` listening on 127.0.0.1:PORT whose body is `server_body`
    /// (e.g. `location / { proxy_pass http://127.0.0.1:1234; }`). `@DIR@` in it is replaced by
    /// the temp directory.
    pub fn server(server_body: &str) -> Nginx {
        Nginx::start(&format!(
            "server {{\n listen @LISTEN@;\n server_name localhost;\n {server_body}\n}}"
        ))
    }

    /// Starts nginx with `http_body` as the content of its `http {}` block. `@LISTEN@` is
    /// replaced by `127.0.0.1:PORT` (required) and `@DIR@` by the temp directory.
    pub fn start(http_body: &str) -> Nginx {
        assert!(
            http_body.contains("@LISTEN@"),
            "the nginx config must contain `listen @LISTEN@;`"
        );
        let binary = nginx_binary();
        let mut last_failure = String::new();
        for _ in 0..START_ATTEMPTS {
            let dir = tempfile::tempdir().expect("tempdir for nginx");
            let port = super::free_port();
            let conf = full_config(dir.path(), port, http_body);
            let conf_path = dir.path().join("nginx.conf");
            std::fs::write(&conf_path, conf).expect("write nginx.conf");
            let output = std::fs::File::create(dir.path().join("stderr.log")).expect("log file");
            let child = Command::new(&binary)
                .env("TZ", "UTC") // log timestamps comparable with the test's clock
                .arg("-p")
                .arg(dir.path())
                .arg("-e")
                .arg(dir.path().join("error.log"))
                .arg("-c")
                .arg(&conf_path)
                .stdin(Stdio::null())
                .stdout(output.try_clone().expect("clone log file"))
                .stderr(output)
                .spawn()
                .unwrap_or_else(|e| panic!("could not run {}: {e}", binary.display()));
            let mut nginx = Nginx { child, port, dir };
            match nginx.wait_ready() {
                Ok(()) => return nginx,
                Err(why) => last_failure = why, // e.g. the port was taken meanwhile: try again
            }
        }
        panic!("nginx did not start after {START_ATTEMPTS} attempts:\n{last_failure}");
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    /// `http://127.0.0.1:PORT/`
    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{}/", self.port)
    }

    pub fn dir(&self) -> &Path {
        self.dir.path()
    }

    /// The `error_log` file (`error_log ... info`).
    pub fn error_log_path(&self) -> PathBuf {
        self.dir.path().join("error.log")
    }

    /// The `access_log` file (nginx's default `combined` format).
    pub fn access_log_path(&self) -> PathBuf {
        self.dir.path().join("access.log")
    }

    /// nginx's error log so far (useful in assertion messages).
    pub fn error_log(&self) -> String {
        super::read_logs(self.dir.path(), LOG_FILES)
    }

    /// Stops nginx now (SIGTERM), so every log line is written before the files are read.
    pub fn stop(&mut self) {
        super::terminate(&mut self.child);
    }

    fn wait_ready(&mut self) -> Result<(), String> {
        let dir = self.dir.path().to_path_buf();
        let log = move || super::read_logs(&dir, LOG_FILES);
        super::wait_accepting(&mut self.child, "nginx", self.port, START_TIMEOUT, &log)
    }
}

impl Drop for Nginx {
    fn drop(&mut self) {
        super::terminate(&mut self.child);
    }
}

fn full_config(dir: &Path, port: u16, http_body: &str) -> String {
    let d = dir.display();
    let body = http_body
        .replace("@LISTEN@", &format!("127.0.0.1:{port}"))
        .replace("@DIR@", &d.to_string());
    format!(
        "daemon off;\n\
         master_process on;\n\
         worker_processes 1;\n\
         user root;\n\
         pid {d}/nginx.pid;\n\
         error_log {d}/error.log info;\n\
         events {{ worker_connections 128; }}\n\
         http {{\n\
         access_log {d}/access.log;\n\
         client_body_temp_path {d}/client_body;\n\
         proxy_temp_path {d}/proxy;\n\
         fastcgi_temp_path {d}/fastcgi;\n\
         uwsgi_temp_path {d}/uwsgi;\n\
         scgi_temp_path {d}/scgi;\n\
         {body}\n\
         }}\n"
    )
}
