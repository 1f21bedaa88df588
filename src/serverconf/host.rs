//! The machine under the web stack: processes the kernel killed for lack of memory, disks and
//! inode tables that are (almost) full where the servers write, services that are stopped, failed
//! or restarting in a loop. Each of these turns a healthy configuration into 502s. The engine
//! gathers the raw material (the kernel log's text, `statvfs` numbers, `systemctl show` output);
//! this module reads and judges it, so every rule is tested without a machine.

use super::judge::{Finding, Severity};
use crate::i18n::FluentValue;
use serde::Serialize;
use time::format_description::well_known::Rfc3339;
use time::{Date, Month, OffsetDateTime, PrimitiveDateTime, Time};

/// What was seen of the machine, for the report.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct HostSeen {
    /// Where the kernel log was read from (`/var/log/kern.log`, `journalctl -k`, `dmesg`, a
    /// `--kernel-log` file); `None`: none could be read (`notes` says why).
    pub kernel_log: Option<String>,
    pub oom_kills: Vec<OomKill>,
    pub disks: Vec<DiskUse>,
    pub services: Vec<ServiceState>,
    /// What could not be looked at, and why ("systemd is not running here").
    pub notes: Vec<String>,
}

impl HostSeen {
    /// Every finding about the machine: services, disks, then OOM kills.
    pub fn findings(&self) -> Vec<Finding> {
        let mut out = service_findings(&self.services);
        out.extend(disk_findings(&self.disks));
        out.extend(oom_findings(&self.oom_kills));
        out
    }
}

/// How far back OOM kills count.
pub const OOM_WINDOW_HOURS: i64 = 24;

/// A process the kernel's OOM killer ended.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OomKill {
    /// The process name as the kernel wrote it (`php-fpm8.2`, `node`).
    pub process: String,
    pub pid: Option<u32>,
    /// When, as RFC 3339 (`None`: the line had only seconds since boot).
    pub at: Option<String>,
    /// Killed inside a memory cgroup (a container's or a service's `MemoryMax`), not the whole
    /// machine running out.
    pub cgroup: bool,
    /// The kernel log it was read from and the line.
    pub source: String,
    pub line: usize,
}

/// The OOM kills in a kernel log's text (kern.log, `journalctl -k -o short-iso`, `dmesg`) within
/// [`OOM_WINDOW_HOURS`] of `now`. Lines without a wall-clock time (dmesg's seconds since boot)
/// are kept: they are since the last boot. A year-less syslog time is taken in `now`'s year (the
/// year before when that would be in the future).
pub fn oom_kills(text: &str, source: &str, now: OffsetDateTime) -> Vec<OomKill> {
    let since = now - time::Duration::hours(OOM_WINDOW_HOURS);
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let Some((process, pid)) = killed(line) else {
            continue;
        };
        let at = line_time(line, now);
        if at.is_some_and(|t| t < since || t > now + time::Duration::hours(1)) {
            continue;
        }
        out.push(OomKill {
            process,
            pid,
            at: at.and_then(|t| t.format(&Rfc3339).ok()),
            cgroup: line.contains("Memory cgroup out of memory"),
            source: source.to_string(),
            line: i + 1,
        });
        if out.len() >= 1000 {
            break;
        }
    }
    out
}

/// `Killed process 1234 (php-fpm8.2)` / `Kill process 1234 (mysqld) score ...` in an OOM line.
fn killed(line: &str) -> Option<(String, Option<u32>)> {
    if !line.contains("ut of memory") {
        return None;
    }
    let rest = ["Killed process ", "Kill process "]
        .iter()
        .find_map(|w| line.find(w).map(|i| &line[i + w.len()..]))?;
    let (pid, rest) = rest.split_once(' ').unwrap_or((rest, ""));
    let name = rest
        .strip_prefix('(')
        .and_then(|r| r.split_once(')'))
        .map(|(n, _)| n)?;
    let name: String = name.chars().filter(|c| !c.is_control()).take(64).collect();
    (!name.is_empty()).then(|| (name, pid.parse().ok()))
}

/// The wall-clock time at the start of a kernel log line: RFC 3339 (rsyslog's default on Debian
/// 12, `journalctl -o short-iso` with `+0000`) or `Dec  3 10:00:01` (traditional syslog).
fn line_time(line: &str, now: OffsetDateTime) -> Option<OffsetDateTime> {
    let first = line.split_whitespace().next()?;
    if first.len() >= 19 && first.as_bytes().get(4) == Some(&b'-') {
        let mut iso = first.to_string();
        // `+0000` -> `+00:00`
        let b = iso.as_bytes();
        if iso.len() >= 5 && matches!(b[iso.len() - 5], b'+' | b'-') && !iso.ends_with('Z') {
            let at = iso.len() - 2;
            if !iso[iso.len() - 5..].contains(':') {
                iso.insert(at, ':');
            }
        }
        return OffsetDateTime::parse(&iso, &Rfc3339).ok();
    }
    let mut words = line.split_whitespace();
    let month = month(words.next()?)?;
    let day: u8 = words.next()?.parse().ok()?;
    let mut hms = words.next()?.split(':').map(|p| p.parse::<u8>().ok());
    let clock = Time::from_hms(hms.next()??, hms.next()??, hms.next()??).ok()?;
    let at = |year: i32| {
        Date::from_calendar_date(year, month, day)
            .ok()
            .map(|d| PrimitiveDateTime::new(d, clock).assume_offset(now.offset()))
    };
    let this_year = at(now.year())?;
    if this_year > now + time::Duration::days(1) {
        at(now.year() - 1)
    } else {
        Some(this_year)
    }
}

fn month(s: &str) -> Option<Month> {
    const NAMES: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let i = NAMES.iter().position(|n| *n == s)?;
    Month::try_from(i as u8 + 1).ok()
}

/// The kernel killed processes for lack of memory: one finding per process name.
pub fn oom_findings(kills: &[OomKill]) -> Vec<Finding> {
    let mut names: Vec<&str> = Vec::new();
    for k in kills {
        if !names.contains(&k.process.as_str()) {
            names.push(&k.process);
        }
    }
    names
        .into_iter()
        .map(|name| {
            let of: Vec<&OomKill> = kills.iter().filter(|k| k.process == name).collect();
            let last = of[of.len() - 1];
            let when = match &last.at {
                Some(at) => crate::t!("srv-oom-when-at", at = at.as_str()),
                None => crate::t!("srv-oom-when-boot"),
            };
            let limit = if last.cgroup {
                crate::t!("srv-oom-limit-cgroup")
            } else {
                crate::t!("srv-oom-limit-machine")
            };
            Finding {
                id: "oom_kill".into(),
                severity: Severity::Warning,
                title: crate::t!(
                    "srv-oom-title",
                    name = name,
                    count = of.len(),
                    hours = OOM_WINDOW_HOURS.to_string(),
                    when = when,
                    limit = limit
                ),
                config: Some(last.source.clone()),
                line: Some(last.line),
                fix: crate::t!("srv-oom-fix", name = name),
                commands: vec!["free -m".into(), "ps aux --sort=-rss | head -15".into()],
            }
        })
        .collect()
}

/// How full the file system holding a path is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DiskUse {
    /// The path asked about and why it matters ("nginx's error log", "PHP sessions").
    pub path: String,
    pub why: String,
    pub total_bytes: u64,
    pub free_bytes: u64,
    /// 0 when the file system has no inode table (btrfs, some overlays).
    pub total_inodes: u64,
    pub free_inodes: u64,
}

/// Used share at or above which a disk is full (an error) and almost full (a warning).
pub const FULL_PERCENT: u64 = 98;
pub const ALMOST_FULL_PERCENT: u64 = 90;
/// Less free than this is full whatever the share (a server's temp files need room).
pub const MIN_FREE_BYTES: u64 = 100 * 1024 * 1024;

/// Full or almost full disks and inode tables.
pub fn disk_findings(disks: &[DiskUse]) -> Vec<Finding> {
    let mut out = Vec::new();
    for d in disks {
        let used = |total: u64, free: u64| (total.saturating_sub(free)) * 100 / total.max(1);
        if d.total_bytes > 0 {
            let pct = used(d.total_bytes, d.free_bytes);
            let full = pct >= FULL_PERCENT || d.free_bytes < MIN_FREE_BYTES;
            if full || pct >= ALMOST_FULL_PERCENT {
                out.push(Finding {
                    id: if full {
                        "disk_full"
                    } else {
                        "disk_almost_full"
                    }
                    .into(),
                    severity: if full {
                        Severity::Error
                    } else {
                        Severity::Warning
                    },
                    title: crate::i18n::tr(
                        if full {
                            "srv-disk-full-title"
                        } else {
                            "srv-disk-almost-full-title"
                        },
                        &[
                            ("path", FluentValue::from(d.path.as_str())),
                            ("why", FluentValue::from(d.why.as_str())),
                            ("pct", FluentValue::from(pct.to_string())),
                            ("free", FluentValue::from(size(d.free_bytes))),
                        ],
                    ),
                    config: None,
                    line: None,
                    fix: crate::t!("srv-disk-fix"),
                    commands: vec![
                        format!("df -h {}", d.path),
                        format!(
                            "du -xh {} 2>/dev/null | sort -h | tail -20",
                            mount_guess(&d.path)
                        ),
                    ],
                });
            }
        }
        if d.total_inodes > 0 {
            let pct = used(d.total_inodes, d.free_inodes);
            if pct >= ALMOST_FULL_PERCENT {
                let full = pct >= FULL_PERCENT;
                out.push(Finding {
                    id: if full { "inodes_full" } else { "inodes_almost_full" }.into(),
                    severity: if full { Severity::Error } else { Severity::Warning },
                    title: crate::t!(
                        "srv-inodes-title",
                        path = d.path.as_str(),
                        why = d.why.as_str(),
                        pct = pct.to_string(),
                        left = d.free_inodes.to_string()
                    ),
                    config: None,
                    line: None,
                    fix: crate::t!("srv-inodes-fix"),
                    commands: vec![
                        format!("df -i {}", d.path),
                        format!(
                            "find {} -xdev -type f | cut -d/ -f2-4 | sort | uniq -c | sort -n | tail",
                            mount_guess(&d.path)
                        ),
                    ],
                });
            }
        }
    }
    out
}

/// The folder to look into for a path: the path itself when it is a folder name, else its parent.
fn mount_guess(path: &str) -> &str {
    match path.rsplit_once('/') {
        Some((parent, last)) if last.contains('.') && !parent.is_empty() => parent,
        _ => path,
    }
}

/// Bytes for a sentence: "512 MB", "3.2 GB".
fn size(bytes: u64) -> String {
    const MB: f64 = 1024.0 * 1024.0;
    let mb = bytes as f64 / MB;
    if mb >= 1024.0 {
        crate::t!("srv-size-gb", n = format!("{:.1}", mb / 1024.0))
    } else {
        crate::t!("srv-size-mb", n = format!("{mb:.0}"))
    }
}

/// A systemd service's state, from `systemctl show -p LoadState,ActiveState,SubState,Result,NRestarts`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ServiceState {
    pub unit: String,
    pub load: String,
    pub active: String,
    pub sub: String,
    pub result: String,
    pub restarts: Option<u32>,
}

/// Read `systemctl show` output (`Key=Value` lines) for `unit`; `None` when it says nothing.
pub fn parse_systemctl_show(unit: &str, text: &str) -> Option<ServiceState> {
    let get = |key: &str| {
        text.lines()
            .find_map(|l| l.strip_prefix(key)?.strip_prefix('='))
            .map(|v| v.trim().to_string())
    };
    let load = get("LoadState")?;
    Some(ServiceState {
        unit: unit.to_string(),
        load,
        active: get("ActiveState").unwrap_or_default(),
        sub: get("SubState").unwrap_or_default(),
        result: get("Result").unwrap_or_default(),
        restarts: get("NRestarts").and_then(|v| v.parse().ok()),
    })
}

/// Restarts at or above which a running service is restarting in a loop.
pub const RESTART_LOOP: u32 = 3;

/// Services of the stack that are not running, failed or restart over and over.
pub fn service_findings(services: &[ServiceState]) -> Vec<Finding> {
    let mut out = Vec::new();
    for s in services.iter().filter(|s| s.load == "loaded") {
        let unit = &s.unit;
        let commands = vec![
            format!("systemctl status {unit}"),
            format!("journalctl -u {unit} -n 50 --no-pager"),
        ];
        let restarts = s.restarts.unwrap_or(0);
        let (id, title, fix) = if s.active == "failed" {
            let title = match s.result.as_str() {
                "" | "success" => crate::t!("srv-service-failed-title", unit = unit.as_str()),
                "oom-kill" => crate::t!("srv-service-failed-oom-title", unit = unit.as_str()),
                other => crate::t!(
                    "srv-service-failed-result-title",
                    unit = unit.as_str(),
                    result = other
                ),
            };
            (
                "service_failed",
                title,
                crate::t!("srv-service-failed-fix", unit = unit.as_str()),
            )
        } else if s.sub == "auto-restart" || (s.active == "activating" && restarts >= RESTART_LOOP)
        {
            (
                "service_restart_loop",
                crate::t!(
                    "srv-service-loop-title",
                    unit = unit.as_str(),
                    restarts = restarts
                ),
                crate::t!("srv-service-loop-fix"),
            )
        } else if s.active == "inactive" {
            (
                "service_stopped",
                crate::t!("srv-service-stopped-title", unit = unit.as_str()),
                crate::t!("srv-service-stopped-fix", unit = unit.as_str()),
            )
        } else if s.active == "active" && restarts >= RESTART_LOOP {
            (
                "service_restarted",
                crate::t!(
                    "srv-service-restarted-title",
                    unit = unit.as_str(),
                    restarts = restarts
                ),
                crate::t!("srv-service-restarted-fix"),
            )
        } else {
            continue;
        };
        let severity = if id == "service_restarted" {
            Severity::Warning
        } else {
            Severity::Error
        };
        out.push(Finding {
            id: id.into(),
            severity,
            title,
            config: None,
            line: None,
            fix,
            commands: commands.clone(),
        });
    }
    out
}

#[cfg(test)]
#[path = "host_tests.rs"]
mod tests;
