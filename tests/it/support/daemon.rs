//! The plumbing every real server the tests run shares (nginx, PHP-FPM, Apache): a private temp
//! directory, a free loopback port, the process as a child of the test with its output in
//! `stderr.log`, up to three attempts (a port can be taken between choosing and binding it), a
//! bounded wait until it accepts connections, its logs for assertion messages, and SIGTERM (then
//! SIGKILL) on stop and on drop. Each server file only says how to configure and start its binary.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

const START_TIMEOUT: Duration = Duration::from_secs(5);
const START_ATTEMPTS: usize = 3;

/// A running server; dropping it stops it.
pub struct Daemon {
    child: Child,
    port: u16,
    dir: tempfile::TempDir,
    /// What the server wrote, for messages: its stderr, then its own log file(s).
    logs: &'static [&'static str],
}

impl Daemon {
    /// Start `name`: `command(dir, port)` writes the config into the fresh temp dir and returns
    /// the command to run (output is redirected here). Panics, with the server's own words, when
    /// it did not come up after three attempts.
    pub fn start(
        name: &str,
        logs: &'static [&'static str],
        mut command: impl FnMut(&Path, u16) -> Command,
    ) -> Daemon {
        let mut last_failure = String::new();
        for _ in 0..START_ATTEMPTS {
            let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir for {name}: {e}"));
            let port = super::free_port();
            let mut cmd = command(dir.path(), port);
            let output = std::fs::File::create(dir.path().join("stderr.log")).expect("log file");
            let child = cmd
                .stdin(Stdio::null())
                .stdout(output.try_clone().expect("clone log file"))
                .stderr(output)
                .spawn()
                .unwrap_or_else(|e| panic!("could not run {name}: {e}"));
            let mut daemon = Daemon {
                child,
                port,
                dir,
                logs,
            };
            let dir = daemon.dir.path().to_path_buf();
            let log = move || super::read_logs(&dir, logs);
            match super::wait_accepting(&mut daemon.child, name, port, START_TIMEOUT, &log) {
                Ok(()) => return daemon,
                Err(why) => last_failure = why, // e.g. the port was taken meanwhile: try again
            }
        }
        panic!("{name} did not start after {START_ATTEMPTS} attempts:\n{last_failure}");
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    pub fn dir(&self) -> &Path {
        self.dir.path()
    }

    /// A file in the server's temp dir.
    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// What the server wrote so far (useful in assertion messages).
    pub fn log(&self) -> String {
        super::read_logs(self.dir.path(), self.logs)
    }

    /// Stop it now (SIGTERM), so every log line is written before the files are read.
    pub fn stop(&mut self) {
        super::terminate(&mut self.child);
    }
}

impl Drop for Daemon {
    fn drop(&mut self) {
        super::terminate(&mut self.child);
    }
}
