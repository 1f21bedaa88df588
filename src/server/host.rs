//! The machine under the web stack, looked at from the server itself: the kernel log (for OOM
//! kills), how full the disks are where the servers write, and the stack's systemd services.
//! Only reads: files, `statvfs`, and `journalctl`/`dmesg`/`systemctl show` run with a time limit.
//! What cannot be looked at becomes a note, never an error; `serverconf::host` judges the rest.

use crate::serverconf::Software;
use crate::serverconf::host::{self, DiskUse, HostSeen, ServiceState};
use crate::serverconf::judge::{Stack, fpm_service};
use std::path::{Path, PathBuf};
use std::time::Duration;
use time::OffsetDateTime;

/// At most this much of the end of a kernel log is read.
pub const MAX_KERNEL_LOG_BYTES: u64 = 32 * 1024 * 1024;
/// Each command (`journalctl`, `dmesg`, `systemctl show`) may take this long.
const COMMAND_TIMEOUT: Duration = Duration::from_secs(5);

/// Where to look.
#[derive(Debug, Clone, Default)]
pub struct HostOptions {
    /// Read the kernel log from this file instead of kern.log / journalctl / dmesg.
    pub kernel_log: Option<PathBuf>,
}

/// Look at the machine under `stack`.
pub async fn look(stack: &Stack, options: &HostOptions) -> HostSeen {
    let mut seen = HostSeen::default();
    let now = OffsetDateTime::now_utc();
    match kernel_log(options).await {
        Ok((source, text)) => {
            seen.oom_kills = host::oom_kills(&text, &source, now);
            seen.kernel_log = Some(source);
        }
        Err(note) => seen.notes.push(note),
    }
    seen.disks = disks(stack);
    match services(stack).await {
        Ok(services) => seen.services = services,
        Err(note) => seen.notes.push(note),
    }
    seen
}

/// The kernel log's text and where it came from, or why none could be read.
async fn kernel_log(options: &HostOptions) -> Result<(String, String), String> {
    if let Some(path) = &options.kernel_log {
        return tail(path)
            .map(|text| (path.display().to_string(), text))
            .map_err(|e| {
                crate::t!(
                    "mc-kernel-log-unreadable",
                    file = path.display().to_string(),
                    error = e.to_string()
                )
            });
    }
    for path in ["/var/log/kern.log", "/var/log/messages"] {
        if let Ok(text) = tail(Path::new(path)) {
            return Ok((path.to_string(), text));
        }
    }
    if systemd_runs()
        && let Some(text) = output(
            "journalctl",
            &[
                "-k",
                "--since",
                "-24h",
                "-o",
                "short-iso",
                "--no-pager",
                "-q",
            ],
        )
        .await
    {
        return Ok(("journalctl -k".into(), text));
    }
    if let Some(text) = output("dmesg", &[]).await {
        return Ok(("dmesg".into(), text));
    }
    Err(crate::t!("mc-kernel-log-none"))
}

/// The last [`MAX_KERNEL_LOG_BYTES`] of a file, as text.
fn tail(path: &Path) -> std::io::Result<String> {
    use std::io::{Read, Seek, SeekFrom};
    let mut file = std::fs::File::open(path)?;
    let len = file.metadata()?.len();
    if len > MAX_KERNEL_LOG_BYTES {
        file.seek(SeekFrom::Start(len - MAX_KERNEL_LOG_BYTES))?;
    }
    let mut bytes = Vec::new();
    file.take(MAX_KERNEL_LOG_BYTES).read_to_end(&mut bytes)?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

fn systemd_runs() -> bool {
    Path::new("/run/systemd/system").is_dir()
}

/// A command's standard output when it ran and succeeded within [`COMMAND_TIMEOUT`].
async fn output(program: &str, args: &[&str]) -> Option<String> {
    let child = tokio::process::Command::new(program)
        .args(args)
        .env("LC_ALL", "C")
        .stdin(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .kill_on_drop(true)
        .output();
    let out = tokio::time::timeout(COMMAND_TIMEOUT, child)
        .await
        .ok()?
        .ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

/// The paths where the stack writes, each with why it matters.
fn write_paths(stack: &Stack) -> Vec<(PathBuf, String)> {
    let mut out: Vec<(PathBuf, String)> = Vec::new();
    for s in &stack.servers {
        for log in &s.error_logs {
            out.push((
                PathBuf::from(log),
                crate::t!("mc-disk-error-log", software = s.software.name()),
            ));
        }
        // The folder and the message id of why it matters.
        let temp = match s.software {
            Software::Nginx => Some(("/var/lib/nginx", "mc-disk-nginx-temp")),
            Software::PhpFpm => Some(("/var/lib/php/sessions", "mc-disk-php-sessions")),
            Software::Varnish => Some(("/var/lib/varnish", "mc-disk-varnish-work")),
            _ => None,
        };
        out.extend(temp.map(|(p, why)| (PathBuf::from(p), crate::i18n::tr(why, &[]))));
    }
    if !stack.servers.is_empty() {
        out.push((PathBuf::from("/tmp"), crate::t!("mc-disk-tmp")));
    }
    out
}

/// How full the file systems under the stack's write paths are, each file system once.
fn disks(stack: &Stack) -> Vec<DiskUse> {
    use std::os::unix::fs::MetadataExt;
    let mut seen_devices = Vec::new();
    let mut out = Vec::new();
    for (path, why) in write_paths(stack) {
        // A log that does not exist yet is written in its folder.
        let existing = path.ancestors().find(|p| p.exists()).map(Path::to_path_buf);
        let Some(existing) = existing else { continue };
        let Ok(meta) = std::fs::metadata(&existing) else {
            continue;
        };
        if seen_devices.contains(&meta.dev()) {
            continue;
        }
        seen_devices.push(meta.dev());
        let Ok(st) = rustix::fs::statvfs(&existing) else {
            continue;
        };
        let unit = st.f_frsize.max(1);
        out.push(DiskUse {
            path: path.display().to_string(),
            why,
            total_bytes: st.f_blocks.saturating_mul(unit),
            free_bytes: st.f_bavail.saturating_mul(unit),
            total_inodes: st.f_files,
            free_inodes: st.f_favail,
        });
    }
    out
}

/// The systemd units of the stack: `nginx.service`, `php8.2-fpm.service`, ...
fn units(stack: &Stack) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut add = |u: String| {
        if !out.contains(&u) {
            out.push(u);
        }
    };
    for s in &stack.servers {
        match s.software {
            Software::Nginx => add("nginx.service".into()),
            Software::Apache => {
                add("apache2.service".into());
                add("httpd.service".into());
            }
            Software::Haproxy => add("haproxy.service".into()),
            Software::Caddy => add("caddy.service".into()),
            Software::Varnish => add("varnish.service".into()),
            Software::PhpFpm => add(format!("{}.service", fpm_service(&s.config))),
        }
    }
    for f in &stack.fpm {
        for pool in &f.pools {
            add(format!("{}.service", fpm_service(&pool.file)));
        }
    }
    out
}

/// The services' states from `systemctl show`, or why they were not read.
async fn services(stack: &Stack) -> Result<Vec<ServiceState>, String> {
    let units = units(stack);
    if units.is_empty() {
        return Ok(Vec::new());
    }
    if !systemd_runs() {
        return Err(crate::t!("mc-services-no-systemd"));
    }
    let mut out = Vec::new();
    for unit in units {
        let props = "-p LoadState,ActiveState,SubState,Result,NRestarts";
        let mut args: Vec<&str> = vec!["show"];
        args.extend(props.split(' '));
        args.push(&unit);
        if let Some(text) = output("systemctl", &args).await
            && let Some(state) = host::parse_systemctl_show(&unit, &text)
        {
            out.push(state);
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::serverconf::judge::ServerConfig;

    fn nginx_stack(error_log: &str) -> Stack {
        Stack {
            servers: vec![ServerConfig {
                software: Software::Nginx,
                config: "/etc/nginx/nginx.conf".into(),
                found_by: "given".into(),
                files: vec![],
                worker_user: None,
                worker_user_at: None,
                error_logs: vec![error_log.into()],
                version: None,
                config_test: None,
            }],
            ..Stack::default()
        }
    }

    #[tokio::test]
    async fn a_given_kernel_log_is_read_and_disks_are_measured_once_per_file_system() {
        let dir = tempfile::tempdir().unwrap();
        let log = dir.path().join("kern.log");
        let now = OffsetDateTime::now_utc()
            .format(&time::format_description::well_known::Rfc3339)
            .unwrap();
        std::fs::write(
            &log,
            format!(
                "{now} web kernel: Out of memory: Killed process 42 (php-fpm8.2) total-vm:1kB\n"
            ),
        )
        .unwrap();
        let error_log = dir.path().join("logs/error.log");
        let stack = nginx_stack(&error_log.display().to_string());
        let seen = look(
            &stack,
            &HostOptions {
                kernel_log: Some(log.clone()),
            },
        )
        .await;
        assert_eq!(seen.kernel_log.as_deref(), Some(log.to_str().unwrap()));
        assert_eq!(seen.oom_kills.len(), 1, "{seen:?}");
        assert_eq!(seen.oom_kills[0].process, "php-fpm8.2");
        // The log's folder does not exist: its nearest existing ancestor's file system is measured.
        assert!(!seen.disks.is_empty());
        assert!(seen.disks[0].path.ends_with("logs/error.log"));
        assert!(
            seen.disks[0].total_bytes > 0 && seen.disks[0].free_bytes <= seen.disks[0].total_bytes
        );
        let devices: Vec<&str> = seen.disks.iter().map(|d| d.path.as_str()).collect();
        let mut unique = devices.clone();
        unique.dedup();
        assert_eq!(devices, unique);

        let missing = look(
            &stack,
            &HostOptions {
                kernel_log: Some(dir.path().join("nope.log")),
            },
        )
        .await;
        assert_eq!(missing.kernel_log, None);
        assert!(
            missing.notes[0].starts_with("--kernel-log "),
            "{:?}",
            missing.notes
        );
    }

    #[test]
    fn units_follow_the_stack() {
        let mut stack = nginx_stack("/var/log/nginx/error.log");
        stack.servers.push(ServerConfig {
            software: Software::PhpFpm,
            config: "/etc/php/8.2/fpm/php-fpm.conf".into(),
            ..stack.servers[0].clone()
        });
        assert_eq!(units(&stack), ["nginx.service", "php8.2-fpm.service"]);
    }
}
