//! A real nginx, started from a generated config in a temporary directory, so the tests see the
//! exact 502/504 pages, headers and timings a production nginx produces.
//!
//! Everything nginx writes (pid, logs, temp files) stays in the temp directory. The process is a
//! child of the test (`daemon off`) and is stopped with SIGTERM (then SIGKILL) on drop. A missing
//! nginx is a loud failure, never a silent skip: CI installs it.

use super::daemon::Daemon;
use std::path::{Path, PathBuf};
use std::process::Command;

const NGINX_CANDIDATES: [&str; 3] = ["/usr/sbin/nginx", "/usr/bin/nginx", "/usr/local/sbin/nginx"];
/// What the server wrote: its stderr, then its own log.
const LOG_FILES: &[&str] = &["stderr.log", "error.log"];

/// A running nginx; dropping it stops it.
pub struct Nginx(Daemon);

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
        Nginx::start_as("root", http_body)
    }

    /// Start with workers running as `user` (nginx's `user` directive; the tests run as root).
    pub fn start_as(user: &str, http_body: &str) -> Nginx {
        assert!(
            http_body.contains("@LISTEN@"),
            "the nginx config must contain `listen @LISTEN@;`"
        );
        let binary = nginx_binary();
        Nginx(Daemon::start("nginx", LOG_FILES, |dir, port| {
            let conf_path = dir.join("nginx.conf");
            std::fs::write(&conf_path, full_config(dir, port, user, http_body))
                .expect("write nginx.conf");
            let mut cmd = Command::new(&binary);
            cmd.env("TZ", "UTC") // log timestamps comparable with the test's clock
                .arg("-p")
                .arg(dir)
                .arg("-e")
                .arg(dir.join("error.log"))
                .arg("-c")
                .arg(&conf_path);
            cmd
        }))
    }

    pub fn port(&self) -> u16 {
        self.0.port()
    }

    /// `http://127.0.0.1:PORT/`
    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{}/", self.0.port())
    }

    pub fn dir(&self) -> &Path {
        self.0.dir()
    }

    /// The `error_log` file (`error_log ... info`).
    /// The configuration file nginx runs with.
    pub fn conf_path(&self) -> PathBuf {
        self.0.path("nginx.conf")
    }

    pub fn error_log_path(&self) -> PathBuf {
        self.0.path("error.log")
    }

    /// The `access_log` file (nginx's default `combined` format).
    pub fn access_log_path(&self) -> PathBuf {
        self.0.path("access.log")
    }

    /// nginx's error log so far (useful in assertion messages).
    pub fn error_log(&self) -> String {
        self.0.log()
    }

    /// Stops nginx now (SIGTERM), so every log line is written before the files are read.
    pub fn stop(&mut self) {
        self.0.stop();
    }
}

fn full_config(dir: &Path, port: u16, user: &str, http_body: &str) -> String {
    let d = dir.display();
    let body = http_body
        .replace("@LISTEN@", &format!("127.0.0.1:{port}"))
        .replace("@DIR@", &d.to_string());
    format!(
        "daemon off;\n\
         master_process on;\n\
         worker_processes 1;\n\
         user {user};\n\
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
