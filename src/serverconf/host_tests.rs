use super::*;
use time::macros::datetime;

const NOW: OffsetDateTime = datetime!(2026-12-03 12:00:00 UTC);

#[test]
fn oom_kills_are_read_from_every_kernel_log_shape_within_a_day() {
    // rsyslog on Debian 12 (RFC 3339), journalctl -o short-iso (+0000), traditional syslog, dmesg.
    let text = "\
2026-12-03T10:00:01.123456+00:00 web1 kernel: [812.1] php-fpm8.2 invoked oom-killer: gfp_mask=0x140cca
2026-12-03T10:00:01.123999+00:00 web1 kernel: [812.2] oom-kill:constraint=CONSTRAINT_NONE,task=php-fpm8.2,pid=4242,uid=33
2026-12-03T10:00:01.124000+00:00 web1 kernel: [812.2] Out of memory: Killed process 4242 (php-fpm8.2) total-vm:812340kB, anon-rss:402100kB
2026-12-03T11:30:00+0000 web1 kernel: Memory cgroup out of memory: Killed process 77 (node) total-vm:1kB
Dec  3 09:15:00 web1 kernel: [100.0] Out of memory: Kill process 4000 (mysqld) score 900 or sacrifice child
2026-12-01T10:00:00+00:00 web1 kernel: Out of memory: Killed process 1 (old) total-vm:1kB
[  912.345678] Out of memory: Killed process 5151 (php-fpm8.2) total-vm:1kB
Dec 31 23:59:59 web1 kernel: Out of memory: Killed process 9 (last-year) total-vm:1kB
";
    let kills = oom_kills(text, "/var/log/kern.log", NOW);
    let names: Vec<&str> = kills.iter().map(|k| k.process.as_str()).collect();
    assert_eq!(
        names,
        ["php-fpm8.2", "node", "mysqld", "php-fpm8.2"],
        "{kills:?}"
    );
    assert_eq!(kills[0].pid, Some(4242));
    assert_eq!(kills[0].line, 3);
    assert_eq!(kills[0].at.as_deref(), Some("2026-12-03T10:00:01.124Z"));
    assert!(kills[1].cgroup && !kills[0].cgroup);
    assert_eq!(kills[2].at.as_deref(), Some("2026-12-03T09:15:00Z"));
    assert_eq!(kills[3].at, None, "dmesg's seconds since boot are kept");

    let findings = oom_findings(&kills);
    assert_eq!(findings.len(), 3, "one per process: {findings:?}");
    let php = &findings[0];
    assert_eq!(php.id, "oom_kill");
    assert!(
        php.title.contains("php-fpm8.2") && php.title.contains("2 times"),
        "{}",
        php.title
    );
    assert!(php.title.contains("since the last boot"), "{}", php.title);
    assert_eq!(php.line, Some(7));
    assert!(php.fix.contains("pm.max_children"));
    assert!(
        findings[1].title.contains("MemoryMax"),
        "{}",
        findings[1].title
    );
}

#[test]
fn kernel_logs_without_kills_or_with_junk_give_nothing() {
    let junk = "\u{0}\u{1}Out of memory: Killed process (\nOut of memory: Killed process 12\nKilled process 5 (x)\n";
    assert!(oom_kills(junk, "k", NOW).is_empty());
    assert!(oom_kills("", "k", NOW).is_empty());
    assert!(oom_findings(&[]).is_empty());
}

fn disk(total: u64, free: u64, inodes: u64, free_inodes: u64) -> DiskUse {
    DiskUse {
        path: "/var/log/nginx/error.log".into(),
        why: "nginx's error log".into(),
        total_bytes: total,
        free_bytes: free,
        total_inodes: inodes,
        free_inodes,
    }
}

#[test]
fn full_and_almost_full_disks_and_inode_tables_are_named() {
    const GB: u64 = 1024 * 1024 * 1024;
    let f = disk_findings(&[disk(100 * GB, 50 * GB, 1000, 500)]);
    assert!(f.is_empty(), "{f:?}");

    let f = disk_findings(&[disk(100 * GB, GB, 1000, 500)]);
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].id, "disk_full");
    assert_eq!(f[0].severity, Severity::Error);
    assert!(
        f[0].title.contains("99% full") && f[0].title.contains("1.0 GB free"),
        "{}",
        f[0].title
    );
    assert_eq!(f[0].commands[0], "df -h /var/log/nginx/error.log");
    assert!(
        f[0].commands[1].starts_with("du -xh /var/log/nginx "),
        "{:?}",
        f[0].commands
    );

    let f = disk_findings(&[disk(100 * GB, 8 * GB, 1000, 500)]);
    assert_eq!(
        (f[0].id.as_str(), f[0].severity),
        ("disk_almost_full", Severity::Warning)
    );

    // A small disk with little room left is full whatever the share.
    let f = disk_findings(&[disk(GB, 50 * 1024 * 1024, 0, 0)]);
    assert_eq!(f[0].id, "disk_full", "{f:?}");

    let f = disk_findings(&[disk(100 * GB, 50 * GB, 1000, 5)]);
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].id, "inodes_full");
    assert!(f[0].title.contains("99% of its inodes"), "{}", f[0].title);

    // Pseudo file systems report zeros: nothing to say.
    assert!(disk_findings(&[disk(0, 0, 0, 0)]).is_empty());
}

#[test]
fn services_stopped_failed_or_restarting_are_named_with_their_commands() {
    let show = |text: &str| parse_systemctl_show("php8.2-fpm.service", text).unwrap();
    let running = show(
        "LoadState=loaded\nActiveState=active\nSubState=running\nResult=success\nNRestarts=0\n",
    );
    let failed = show(
        "LoadState=loaded\nActiveState=failed\nSubState=failed\nResult=oom-kill\nNRestarts=1\n",
    );
    let looping = show(
        "LoadState=loaded\nActiveState=activating\nSubState=auto-restart\nResult=exit-code\nNRestarts=17\n",
    );
    let stopped = show("LoadState=loaded\nActiveState=inactive\nSubState=dead\nResult=success\n");
    let restarted = show(
        "LoadState=loaded\nActiveState=active\nSubState=running\nResult=success\nNRestarts=5\n",
    );
    let absent = show("LoadState=not-found\nActiveState=inactive\nSubState=dead\n");
    assert_eq!(looping.restarts, Some(17));
    assert_eq!(parse_systemctl_show("x", "garbage\n"), None);

    assert!(service_findings(&[running, absent]).is_empty());
    let f = service_findings(&[failed, looping, stopped, restarted]);
    let ids: Vec<&str> = f.iter().map(|f| f.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "service_failed",
            "service_restart_loop",
            "service_stopped",
            "service_restarted"
        ]
    );
    assert!(
        f[0].title.contains("killed for lack of memory"),
        "{}",
        f[0].title
    );
    assert!(f[1].title.contains("17 restarts"), "{}", f[1].title);
    assert!(
        f[2].fix.contains("systemctl start php8.2-fpm.service"),
        "{}",
        f[2].fix
    );
    assert_eq!(f[3].severity, Severity::Warning);
    assert_eq!(f[0].commands[0], "systemctl status php8.2-fpm.service");
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn any_kernel_log_text_is_read_without_panic(text in any::<String>()) {
            for k in oom_kills(&text, "k", NOW) {
                prop_assert!(k.line >= 1 && k.line <= text.lines().count());
            }
            let _ = parse_systemctl_show("u", &text);
        }
    }
}
