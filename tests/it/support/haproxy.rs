//! A real HAProxy (Debian `haproxy`), started in the foreground (`-db`) from a generated
//! configuration in a temporary directory, listening on 127.0.0.1:<free port> only, as a child of
//! the test (stopped on drop). The test gives the `backend` sections; the frontend that routes
//! to them is generated. A missing haproxy is a loud failure: the test script installs it.

use super::daemon::Daemon;
use std::path::{Path, PathBuf};
use std::process::Command;

const CANDIDATES: [&str; 2] = ["/usr/sbin/haproxy", "/usr/local/sbin/haproxy"];

/// A running HAProxy; dropping it stops it.
pub struct Haproxy(Daemon);

impl Haproxy {
    /// HAProxy in http mode whose frontend sends everything to `default_backend app`, with
    /// `backends` (the `backend app` section and any others) appended as written.
    pub fn start(backends: &str) -> Haproxy {
        let binary = CANDIDATES
            .iter()
            .map(PathBuf::from)
            .find(|p| p.is_file())
            .unwrap_or_else(|| {
                panic!("haproxy is required by the integration tests but is not in {CANDIDATES:?}; install it (apt-get install haproxy)")
            });
        Haproxy(Daemon::start("haproxy", &["stderr.log"], |dir, port| {
            let conf = dir.join("haproxy.cfg");
            std::fs::write(&conf, config(dir, port, backends)).expect("write haproxy.cfg");
            let mut cmd = Command::new(&binary);
            cmd.arg("-db").arg("-f").arg(&conf);
            cmd
        }))
    }

    pub fn port(&self) -> u16 {
        self.0.port()
    }

    pub fn conf_path(&self) -> PathBuf {
        self.0.path("haproxy.cfg")
    }

    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{}/", self.port())
    }
}

fn config(dir: &Path, port: u16, backends: &str) -> String {
    format!(
        "global\n\
         \x20 pidfile {dir}/haproxy.pid\n\
         defaults\n\
         \x20 mode http\n\
         \x20 timeout connect 2s\n\
         \x20 timeout client 10s\n\
         \x20 timeout server 10s\n\
         frontend www\n\
         \x20 bind 127.0.0.1:{port}\n\
         \x20 default_backend app\n\
         {backends}\n",
        dir = dir.display()
    )
}
