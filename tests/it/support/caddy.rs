//! A real Caddy (Debian `caddy`), run in the foreground from a generated Caddyfile in a temporary
//! directory: plain HTTP on 127.0.0.1:<free port>, no admin endpoint, no automatic HTTPS, its
//! storage and home inside the temp dir, stopped on drop. The test gives the site block's body.
//! A missing caddy is a loud failure: the test script installs it.

use super::daemon::Daemon;
use std::path::PathBuf;
use std::process::Command;

const CANDIDATES: [&str; 2] = ["/usr/bin/caddy", "/usr/local/bin/caddy"];

/// A running Caddy; dropping it stops it.
pub struct Caddy(Daemon);

impl Caddy {
    /// Caddy serving `http://127.0.0.1:PORT { body }`.
    pub fn start(body: &str) -> Caddy {
        let binary = CANDIDATES
            .iter()
            .map(PathBuf::from)
            .find(|p| p.is_file())
            .unwrap_or_else(|| {
                panic!("caddy is required by the integration tests but is not in {CANDIDATES:?}; install it (apt-get install caddy)")
            });
        Caddy(Daemon::start("caddy", &["stderr.log"], |dir, port| {
            let d = dir.display();
            let conf = dir.join("Caddyfile");
            std::fs::write(
                &conf,
                format!(
                    "{{\n\tadmin off\n\tauto_https off\n\tstorage file_system {d}/data\n}}\n\n\
                     http://127.0.0.1:{port} {{\n{body}\n}}\n"
                ),
            )
            .expect("write Caddyfile");
            let mut cmd = Command::new(&binary);
            cmd.env("HOME", dir)
                .env("XDG_DATA_HOME", dir.join("data"))
                .env("XDG_CONFIG_HOME", dir.join("config"))
                .args(["run", "--adapter", "caddyfile", "--config"])
                .arg(&conf);
            cmd
        }))
    }

    pub fn port(&self) -> u16 {
        self.0.port()
    }

    pub fn conf_path(&self) -> PathBuf {
        self.0.path("Caddyfile")
    }
}
