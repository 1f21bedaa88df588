//! End-to-end tests of `gateway-doctor server`: real nginx and PHP-FPM on loopback, each from a
//! generated configuration in a temp dir, with the broken links of real 502s (a dead
//! `proxy_pass`, a `fastcgi_pass` to a socket that moved, a socket the worker user may not open,
//! an upstream slower than `proxy_read_timeout`, an `upstream` block with one dead server), and
//! hostile configuration files. Every upstream's state and every finding's file and line is
//! asserted from the JSON report, so the contract `gateway-doctor/server/v1` is what is tested.

use crate::support::{
    CheckRun, FpmPool, Nginx, accept_then_close, closed_port, http_ok, run_subcommand, slow,
};
use serde_json::Value;
use std::path::Path;

/// `server --format json ARGS`.
fn server(args: &[&str]) -> CheckRun {
    // An empty kernel log: this machine's own OOM kills must not change the answer.
    let mut all = vec!["--format", "json", "--kernel-log", "/dev/null"];
    all.extend(args);
    run_subcommand("server", &all, &[])
}

/// The 1-based line of the first line of `file` that contains `needle`.
fn line_of(file: &Path, needle: &str) -> u64 {
    let text = std::fs::read_to_string(file).expect("read config");
    text.lines()
        .position(|l| l.contains(needle))
        .map(|i| i as u64 + 1)
        .unwrap_or_else(|| panic!("{needle:?} is not in {}:\n{text}", file.display()))
}

fn upstream<'a>(run: &'a CheckRun, target: &str) -> &'a Value {
    run.at("/upstreams")
        .as_array()
        .and_then(|ups| ups.iter().find(|u| u["target"] == target))
        .unwrap_or_else(|| panic!("no upstream {target}\n{}", run.describe()))
}

fn finding<'a>(run: &'a CheckRun, id: &str, mentioning: &str) -> &'a Value {
    run.at("/findings")
        .as_array()
        .and_then(|fs| {
            fs.iter().find(|f| {
                f["id"] == id && f["title"].as_str().is_some_and(|t| t.contains(mentioning))
            })
        })
        .unwrap_or_else(|| panic!("no finding {id} about {mentioning}\n{}", run.describe()))
}

#[test]
fn every_broken_link_of_an_nginx_site_is_named_with_its_line() {
    let ok = http_ok();
    let slow_app = slow(2500);
    let closing = accept_then_close();
    let dead = closed_port();
    let dead_in_group = closed_port();
    let fpm = FpmPool::default().socket("0666").start();
    let moved = fpm
        .socket_path()
        .display()
        .to_string()
        .replace("php8.2", "php7.4");
    let nginx = Nginx::start(&format!(
        "upstream app_pool {{\n\
           server 127.0.0.1:{dead_in_group};\n\
           server 127.0.0.1:{ok};\n\
         }}\n\
         server {{\n\
           listen @LISTEN@;\n\
           server_name shop.test;\n\
           location /dead {{ proxy_pass http://127.0.0.1:{dead}; }}\n\
           location /ok {{ proxy_pass http://127.0.0.1:{ok}/; }}\n\
           location /group {{ proxy_pass http://app_pool; }}\n\
           location /slow {{\n\
             proxy_read_timeout 1s;\n\
             proxy_pass http://127.0.0.1:{slow};\n\
           }}\n\
           location /closing {{ proxy_pass http://127.0.0.1:{closing}; }}\n\
           location ~ \\.php$ {{ fastcgi_pass unix:{moved}; }}\n\
           location /fpm {{\n\
             fastcgi_param DB_PASSWORD hunter2secret;\n\
             fastcgi_pass 127.0.0.1:{fpm_port};\n\
           }}\n\
           location /sock {{ fastcgi_pass unix:{sock}; }}\n\
           location /var {{ proxy_pass http://$arg_to; }}\n\
         }}",
        ok = ok.port(),
        slow = slow_app.port(),
        closing = closing.port(),
        fpm_port = fpm.port(),
        sock = fpm.socket_path().display(),
    ));
    let conf = nginx.conf_path();
    let fpm_conf = fpm.conf_path();
    let run = server(&[
        "--config",
        &conf.display().to_string(),
        "--config",
        &fpm_conf.display().to_string(),
        "--timeout",
        "5",
    ]);
    run.assert_code(1);
    assert_eq!(run.str_at("/schema"), "gateway-doctor/server/v1");
    let software: Vec<&str> = run
        .at("/servers")
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|s| s["software"].as_str())
        .collect();
    assert_eq!(software, ["nginx", "php_fpm"], "{}", run.describe());

    let state = |target: &str| {
        upstream(&run, target)["state"]
            .as_str()
            .unwrap()
            .to_string()
    };
    assert_eq!(state(&format!("127.0.0.1:{dead}")), "refused");
    assert_eq!(state(&format!("127.0.0.1:{}", ok.port())), "ok");
    assert_eq!(state(&format!("127.0.0.1:{dead_in_group}")), "refused");
    assert_eq!(state(&format!("127.0.0.1:{}", slow_app.port())), "too_slow");
    assert_eq!(state(&format!("127.0.0.1:{}", closing.port())), "closed");
    assert_eq!(state(&format!("unix:{moved}")), "missing_socket");
    assert_eq!(state(&format!("127.0.0.1:{}", fpm.port())), "ok");
    assert_eq!(
        state(&format!("unix:{}", fpm.socket_path().display())),
        "ok"
    );
    assert_eq!(state("$arg_to"), "not_checked");
    let group = upstream(&run, &format!("127.0.0.1:{dead_in_group}"));
    assert_eq!(group["group"], "app_pool");
    assert_eq!(group["site"]["server_names"][0], "shop.test");
    let slow_row = upstream(&run, &format!("127.0.0.1:{}", slow_app.port()));
    assert_eq!(slow_row["read_timeout"]["seconds"], 1.0);
    assert_eq!(
        slow_row["read_timeout"]["at"][1].as_u64(),
        Some(line_of(&conf, "proxy_read_timeout 1s"))
    );

    // The dead proxy_pass: its own line, and how to find what should listen.
    let down = finding(&run, "upstream_down", &format!("127.0.0.1:{dead},"));
    assert_eq!(down["config"], conf.display().to_string());
    assert_eq!(
        down["line"].as_u64(),
        Some(line_of(&conf, "location /dead"))
    );
    assert!(down["title"].as_str().unwrap().contains("shop.test"));
    // The dead server of the upstream block: the block's server line.
    let in_group = finding(
        &run,
        "upstream_down",
        &format!("127.0.0.1:{dead_in_group},"),
    );
    assert_eq!(
        in_group["line"].as_u64(),
        Some(line_of(&conf, &format!("server 127.0.0.1:{dead_in_group}")))
    );
    // The socket that moved: the fastcgi_pass line and the line to write.
    let moved_finding = finding(&run, "socket_path_mismatch", &moved);
    assert_eq!(
        moved_finding["line"].as_u64(),
        Some(line_of(&conf, "php7.4"))
    );
    assert!(
        moved_finding["fix"].as_str().unwrap().contains(&format!(
            "fastcgi_pass unix:{};",
            fpm.socket_path().display()
        )),
        "{moved_finding}"
    );
    assert!(
        moved_finding["title"]
            .as_str()
            .unwrap()
            .contains("\"sock\"")
    );
    finding(
        &run,
        "upstream_slow",
        &format!("127.0.0.1:{}", slow_app.port()),
    );
    finding(
        &run,
        "upstream_error",
        &format!("127.0.0.1:{}", closing.port()),
    );
    // The verdict names the first broken link with its file and line.
    assert_eq!(run.str_at("/verdict/status"), "failing");
    assert!(
        run.str_at("/verdict/detail").contains(" line "),
        "{}",
        run.describe()
    );
    assert!(!run.stdout.contains("hunter2secret"));
    // nginx's own error log was read through the log analyser.
    assert!(
        run.at("/logs/files")
            .as_array()
            .is_some_and(|f| !f.is_empty()),
        "{}",
        run.describe()
    );
}

#[test]
fn a_socket_the_worker_user_may_not_open_points_at_the_pools_owner_lines() {
    let fpm = FpmPool::default().socket("0600").start();
    let sock = fpm.socket_path();
    let nginx = Nginx::start_as(
        "nobody nogroup",
        &format!(
            "server {{\n listen @LISTEN@;\n server_name locked.test;\n\
             location / {{ fastcgi_pass unix:{}; }}\n}}",
            sock.display()
        ),
    );
    let run = server(&[
        "--config",
        &nginx.conf_path().display().to_string(),
        "--config",
        &fpm.conf_path().display().to_string(),
    ]);
    run.assert_code(1);
    let row = upstream(&run, &format!("unix:{}", sock.display()));
    assert_eq!(row["state"], "permission_denied", "{}", run.describe());
    assert!(row["detail"].as_str().unwrap().contains("0600"), "{row}");
    let f = finding(&run, "socket_permission", "user nobody");
    assert_eq!(f["config"], fpm.conf_path().display().to_string());
    assert_eq!(
        f["line"].as_u64(),
        Some(line_of(&fpm.conf_path(), "listen.owner = root"))
    );
    assert!(
        f["fix"].as_str().unwrap().contains("listen.owner = nobody"),
        "{f}"
    );
    run.assert_verdict(
        Some("failing"),
        Some("reverse_proxy"),
        Some("upstream_permission_denied"),
    );
    // What nginx itself does with it: 502, so the finding is the real cause.
    let status = std::process::Command::new("curl")
        .args(["-s", "-o", "/dev/null", "-w", "%{http_code}", &nginx.url()])
        .output()
        .expect("curl");
    assert_eq!(String::from_utf8_lossy(&status.stdout), "502");
}

#[test]
fn the_running_nginx_is_found_without_being_told() {
    let ok = http_ok();
    let nginx = Nginx::server(&format!(
        "location / {{ proxy_pass http://127.0.0.1:{}; }}",
        ok.port()
    ));
    let run = run_subcommand("server", &["--format", "json", "--no-logs"], &[]);
    let conf = nginx.conf_path().display().to_string();
    let servers = run.at("/servers").as_array().unwrap();
    let mine = servers
        .iter()
        .find(|s| s["config"] == conf.as_str())
        .unwrap_or_else(|| panic!("the running nginx was not found\n{}", run.describe()));
    assert!(
        mine["found_by"]
            .as_str()
            .unwrap()
            .starts_with("running process"),
        "{mine}"
    );
    assert_eq!(
        upstream(&run, &format!("127.0.0.1:{}", ok.port()))["state"],
        "ok"
    );
    assert!(run.at("/logs").is_null());
}

#[test]
fn hostile_configuration_files_end_in_findings_not_crashes() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let dead = closed_port();
    std::fs::write(
        d.join("junk.conf"),
        b"\x00\x01\x02\xff\xfe binary {{{ \x00;\n".repeat(1000),
    )
    .unwrap();
    let mut long = "# ".to_string();
    long.push_str(&"x".repeat(10 * 1024 * 1024));
    long.push_str("\nserver { listen 8081; location / { proxy_pass http://127.0.0.1:1; } }\n");
    std::fs::write(d.join("long.conf"), long).unwrap();
    std::fs::write(d.join("loop_a.conf"), "include loop_b.conf;\n").unwrap();
    std::fs::write(d.join("loop_b.conf"), "include loop_a.conf;\n").unwrap();
    std::os::unix::fs::symlink(d.join("gone.conf"), d.join("dangling.conf")).unwrap();
    let main = d.join("nginx.conf");
    std::fs::write(
        &main,
        format!(
            "events {{}}\nhttp {{\n  include junk.conf;\n  include long.conf;\n  include loop_a.conf;\n  include dangling.conf;\n  server {{\n    listen 8080;\n    location / {{ proxy_pass http://127.0.0.1:{dead}; }}\n    location /x {{ proxy_pass http://127.0.0.1:{dead}\n  }}\n}}\n"
        ),
    )
    .unwrap();
    let run = server(&["--config", &main.display().to_string(), "--no-logs"]);
    run.assert_code(1);
    assert_eq!(
        upstream(&run, &format!("127.0.0.1:{dead}"))["state"],
        "refused"
    );
    // The long file's server (after the 10 MB line) was still read.
    assert_eq!(upstream(&run, "127.0.0.1:1")["state"], "refused");
    let findings = run.at("/findings").as_array().unwrap();
    let about = |file: &str, id: &str| {
        findings
            .iter()
            .any(|f| f["id"] == id && f["config"].as_str().is_some_and(|c| c.ends_with(file)))
    };
    assert!(
        about("junk.conf", "config_unreadable_line"),
        "{}",
        run.describe()
    );
    assert!(
        about("dangling.conf", "file_unreadable"),
        "{}",
        run.describe()
    );
    assert!(
        about("nginx.conf", "config_unreadable_line"),
        "{}",
        run.describe()
    );
    // Secrets never printed, loops end: the run finished well inside the hang guard.
    assert!(!run.killed_by_guard);
}

#[test]
fn usage_errors_name_the_flag() {
    let run = server(&["--config", "/nonexistent/nginx.conf"]);
    run.assert_code(2);
    assert!(
        run.stderr.contains("--config /nonexistent/nginx.conf:"),
        "{}",
        run.stderr
    );
    let dir = tempfile::tempdir().unwrap();
    let text = dir.path().join("notes.txt");
    std::fs::write(&text, "just some notes\n").unwrap();
    let run = server(&["--config", &text.display().to_string()]);
    run.assert_code(2);
    assert!(run.stderr.contains("not recognised"), "{}", run.stderr);
    let run = server(&["--timeout", "0"]);
    run.assert_code(2);
    assert!(run.stderr.contains("--timeout"), "{}", run.stderr);
}

#[test]
fn oom_kills_in_the_kernel_log_and_the_machines_disks_join_the_answer() {
    let ok = http_ok();
    let nginx = Nginx::server(&format!(
        "location / {{ proxy_pass http://127.0.0.1:{}; }}",
        ok.port()
    ));
    let dir = tempfile::tempdir().unwrap();
    let kern = dir.path().join("kern.log");
    let hour_ago = (time::OffsetDateTime::now_utc() - time::Duration::hours(1))
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap();
    std::fs::write(
        &kern,
        format!(
            "{hour_ago} web1 kernel: [9.1] php-fpm8.2 invoked oom-killer: gfp_mask=0x0\n\
             {hour_ago} web1 kernel: [9.2] Out of memory: Killed process 4242 (php-fpm8.2) total-vm:812340kB\n"
        ),
    )
    .unwrap();
    let kern_text = kern.display().to_string();
    let run = run_subcommand(
        "server",
        &[
            "--format",
            "json",
            "--no-logs",
            "--config",
            &nginx.conf_path().display().to_string(),
            "--kernel-log",
            &kern_text,
        ],
        &[],
    );
    run.assert_code(1);
    assert_eq!(run.str_at("/host/kernel_log"), kern_text);
    let oom = finding(&run, "oom_kill", "php-fpm8.2");
    assert_eq!(oom["config"], kern_text.as_str());
    assert_eq!(oom["line"], 2);
    assert_eq!(oom["severity"], "warning");
    // The upstream works: the OOM kill is a warning, not the verdict.
    assert_eq!(
        run.str_at("/verdict/status"),
        "healthy",
        "{}",
        run.describe()
    );
    let disks = run.at("/host/disks").as_array().unwrap();
    assert!(
        disks.iter().any(|d| d["total_bytes"].as_u64() > Some(0)),
        "{}",
        run.describe()
    );

    let text = run_subcommand(
        "server",
        &[
            "--config",
            &nginx.conf_path().display().to_string(),
            "--no-logs",
            "--kernel-log",
            &kern_text,
        ],
        &[],
    );
    assert!(text.stdout.contains("This machine:"), "{}", text.describe());
    assert!(text.stdout.contains("1 OOM kill"), "{}", text.describe());

    let missing = run_subcommand("server", &["--kernel-log", "/nonexistent/kern.log"], &[]);
    missing.assert_code(2);
    assert!(
        missing
            .stderr
            .contains("--kernel-log /nonexistent/kern.log"),
        "{}",
        missing.describe()
    );
}

#[test]
fn a_configuration_its_own_test_rejects_is_named_at_the_line() {
    let ok = http_ok();
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::create_dir_all(d.join("sites")).unwrap();
    let site = d.join("sites/shop.conf");
    std::fs::write(
        &site,
        format!(
            "server {{\n  listen 127.0.0.1:{};\n  server_name shop.test;\n  bogus_directive on;\n  location / {{ proxy_pass http://127.0.0.1:{}; }}\n}}\n",
            closed_port(),
            ok.port()
        ),
    )
    .unwrap();
    let conf = d.join("nginx.conf");
    std::fs::write(
        &conf,
        format!(
            "pid {0}/nginx.pid;\nerror_log {0}/error.log;\nevents {{}}\nhttp {{\n  include {0}/sites/*.conf;\n}}\n",
            d.display()
        ),
    )
    .unwrap();
    let run = server(&["--config", &conf.display().to_string(), "--no-logs"]);
    run.assert_code(1);
    let nginx = &run.at("/servers").as_array().unwrap()[0];
    assert_eq!(nginx["config_test"]["ok"], false, "{}", run.describe());
    assert!(
        nginx["version"]
            .as_str()
            .is_some_and(|v| v.starts_with('1')),
        "{nginx}"
    );
    let f = finding(&run, "config_test_failed", "bogus_directive");
    assert_eq!(f["config"], site.display().to_string().as_str());
    assert_eq!(f["line"], line_of(&site, "bogus_directive"));
    // The upstream itself works: the reason to fail is the test.
    assert_eq!(
        upstream(&run, &format!("127.0.0.1:{}", ok.port()))["state"],
        "ok"
    );
    assert_eq!(run.str_at("/verdict/cause"), "server_error");

    // Corrected, the test passes and says so.
    let fixed = std::fs::read_to_string(&site)
        .unwrap()
        .replace("  bogus_directive on;\n", "");
    std::fs::write(&site, fixed).unwrap();
    let run = server(&["--config", &conf.display().to_string(), "--no-logs"]);
    assert_eq!(
        run.at("/servers").as_array().unwrap()[0]["config_test"]["ok"],
        true
    );
    // Nothing is left about the configuration; the machine under it (a disk this full, a service
    // stopped) is this host's business, not the test's.
    let about_host = |id: &str| {
        id.starts_with("disk_")
            || id.starts_with("inodes_")
            || id.starts_with("service_")
            || id == "oom_kill"
    };
    let left: Vec<&serde_json::Value> = run
        .at("/findings")
        .as_array()
        .map(|f| {
            f.iter()
                .filter(|f| !f["id"].as_str().is_some_and(about_host))
                .collect()
        })
        .unwrap_or_default();
    assert!(left.is_empty(), "{}", run.describe());
    if run.at("/findings").as_array().is_some_and(|f| f.is_empty()) {
        run.assert_code(0);
    }
}

#[test]
fn an_owner_check_on_the_server_names_the_broken_line_in_its_verdict() {
    let dead = closed_port();
    let nginx = Nginx::server(&format!(
        "location / {{\n    proxy_pass http://127.0.0.1:{dead};\n  }}"
    ));
    let conf = nginx.conf_path();
    let run = crate::support::Check::new(nginx.url())
        .format("json")
        .arg("--mode")
        .arg("owner")
        .arg("--no-burst")
        .run();
    run.assert_code(1);
    run.assert_http_status(Some(502));
    assert_eq!(run.at("/server_side/checked"), true, "{}", run.describe());
    assert!(
        run.str_at("/server_side/note")
            .contains(&conf.display().to_string()),
        "{}",
        run.describe()
    );
    let line = line_of(&conf, "proxy_pass");
    let detail = run.str_at("/verdict/detail");
    assert!(
        detail.contains(&format!("line {line}")) && detail.contains(&format!("127.0.0.1:{dead}")),
        "the verdict names the link: {detail}"
    );
    assert_eq!(run.str_at("/verdict/cause"), "upstream_refused");
    assert_eq!(run.str_at("/verdict/confidence"), "high");

    // The support-ticket reports carry the same section.
    for (format, heading) in [
        ("markdown", "## This computer's web server"),
        ("html", "<h2>This computer&#39;s web server</h2>"),
    ] {
        let report = crate::support::Check::new(nginx.url())
            .format(format)
            .arg("--mode")
            .arg("owner")
            .arg("--no-burst")
            .run();
        assert!(
            report.stdout.contains(heading)
                && report
                    .stdout
                    .contains(&format!("{} line {line}", conf.display())),
            "{format}: {}",
            report.describe()
        );
    }

    // Off with --no-server-checks: the verdict stands on the probes alone.
    let off = crate::support::Check::new(nginx.url())
        .format("json")
        .arg("--mode")
        .arg("owner")
        .arg("--no-burst")
        .arg("--no-server-checks")
        .run();
    assert!(
        !off.stdout.contains("\"server_side\""),
        "{}",
        off.describe()
    );
    assert!(
        !off.str_at("/verdict/detail")
            .contains(&format!("line {line}"))
    );
}

#[test]
fn haproxy_backends_with_a_dead_server_are_named_at_the_server_line() {
    let ok = http_ok();
    let dead = closed_port();
    let lb = crate::support::Haproxy::start(&format!(
        "backend app\n\
         \x20 server web1 127.0.0.1:{dead}\n\
         \x20 server web2 127.0.0.1:{ok}\n\
         backend raw\n\
         \x20 mode tcp\n\
         \x20 timeout server 1s\n\
         \x20 server db 127.0.0.1:{ok}\n",
        ok = ok.port()
    ));
    let conf = lb.conf_path();
    let run = server(&["--config", &conf.display().to_string(), "--no-logs"]);
    run.assert_code(1);
    let haproxy = &run.at("/servers").as_array().unwrap()[0];
    assert_eq!(haproxy["software"], "haproxy", "{}", run.describe());
    assert_eq!(haproxy["config_test"]["ok"], true, "{haproxy}");
    assert!(
        run.stdout.contains("recognised as HAProxy"),
        "{}",
        run.describe()
    );

    let web1 = upstream(&run, &format!("127.0.0.1:{dead}"));
    assert_eq!(web1["state"], "refused");
    assert_eq!(web1["group"], "app");
    assert_eq!(web1["line"], line_of(&conf, "server web1"));
    assert_eq!(web1["kind"], "http");
    assert_eq!(web1["read_timeout"]["name"], "timeout server");
    assert_eq!(
        web1["site"]["listen"][0],
        format!("127.0.0.1:{}", lb.port())
    );
    let rows = run.at("/upstreams").as_array().unwrap();
    let kinds: Vec<(&str, &str)> = rows
        .iter()
        .map(|u| (u["kind"].as_str().unwrap(), u["state"].as_str().unwrap()))
        .collect();
    assert_eq!(kinds, [("http", "refused"), ("http", "ok"), ("tcp", "ok")]);
    let f = finding(&run, "upstream_down", &format!("127.0.0.1:{dead}"));
    assert_eq!(f["config"], conf.display().to_string().as_str());
    assert_eq!(f["line"], line_of(&conf, "server web1"));
    assert!(f["title"].as_str().unwrap().starts_with("HAProxy ("), "{f}");
}

#[test]
fn apache_proxy_pass_and_php_fpm_handlers_are_tried_and_named_at_their_lines() {
    let ok = http_ok();
    let dead = closed_port();
    let fpm = FpmPool::default().socket("0666").start();
    let sock = fpm.socket_path().display().to_string();
    let moved = sock.replace("php8.2", "php7.4");
    let apache = crate::support::Apache::start(&format!(
        "LoadModule proxy_fcgi_module @MODULES@/mod_proxy_fcgi.so\n\
         ProxyTimeout 20\n\
         ProxyPass /dead http://127.0.0.1:{dead}/\n\
         ProxyPass /ok http://127.0.0.1:{ok}/ timeout=7\n\
         <FilesMatch \\.php$>\n\
         \x20 SetHandler \"proxy:unix:{sock}|fcgi://localhost\"\n\
         </FilesMatch>\n\
         <LocationMatch ^/old/>\n\
         \x20 SetHandler \"proxy:unix:{moved}|fcgi://localhost\"\n\
         </LocationMatch>\n",
        ok = ok.port()
    ));
    let conf = apache.conf_path();
    // What a visitor gets on the dead link: mod_proxy answers 503 (not 502) when the backend
    // refuses the connection.
    let status = std::process::Command::new("curl")
        .args(["-s", "-o", "/dev/null", "-w", "%{http_code}"])
        .arg(format!("http://127.0.0.1:{}/dead", apache.port()))
        .output()
        .expect("curl");
    assert_eq!(String::from_utf8_lossy(&status.stdout), "503");

    let run = server(&[
        "--config",
        &conf.display().to_string(),
        "--config",
        &fpm.conf_path().display().to_string(),
        "--no-logs",
    ]);
    run.assert_code(1);
    let apache_row = &run.at("/servers").as_array().unwrap()[0];
    assert_eq!(apache_row["software"], "apache", "{}", run.describe());
    assert_eq!(apache_row["config_test"]["ok"], true, "{apache_row}");
    assert_eq!(apache_row["worker_user"], "www-data");

    let dead_row = upstream(&run, &format!("127.0.0.1:{dead}"));
    assert_eq!(dead_row["state"], "refused");
    assert_eq!(dead_row["directive"], "ProxyPass");
    assert_eq!(dead_row["line"], line_of(&conf, "ProxyPass /dead"));
    assert_eq!(dead_row["read_timeout"]["name"], "ProxyTimeout");
    let ok_row = upstream(&run, &format!("127.0.0.1:{}", ok.port()));
    assert_eq!(ok_row["state"], "ok");
    assert_eq!(ok_row["read_timeout"]["seconds"], 7.0);
    let php = upstream(&run, &format!("unix:{sock}"));
    assert_eq!(php["state"], "ok", "{php}");
    assert_eq!(php["kind"], "fastcgi");
    assert_eq!(php["location"], "\\.php$");

    let down = finding(&run, "upstream_down", &format!("127.0.0.1:{dead}"));
    assert_eq!(down["line"], line_of(&conf, "ProxyPass /dead"));
    assert!(
        down["title"].as_str().unwrap().starts_with("Apache ("),
        "{down}"
    );
    let mismatch = finding(&run, "socket_path_mismatch", &moved);
    assert_eq!(mismatch["config"], conf.display().to_string().as_str());
    assert_eq!(mismatch["line"], line_of(&conf, "php7.4"));
    assert!(
        mismatch["fix"].as_str().unwrap().contains(&format!(
            "SetHandler \"proxy:unix:{sock}|fcgi://localhost\""
        )),
        "{mismatch}"
    );
}

#[test]
fn caddy_reverse_proxy_to_a_dead_port_is_named_at_its_line() {
    let ok = http_ok();
    let dead = closed_port();
    let caddy = crate::support::Caddy::start(&format!(
        "\treverse_proxy /api/* 127.0.0.1:{dead}\n\
         \treverse_proxy 127.0.0.1:{ok} {{\n\
         \t\ttransport http {{\n\
         \t\t\tresponse_header_timeout 45s\n\
         \t\t}}\n\
         \t}}",
        ok = ok.port()
    ));
    let conf = caddy.conf_path();
    // What a visitor gets on the dead link: Caddy's own 502.
    let status = std::process::Command::new("curl")
        .args(["-s", "-o", "/dev/null", "-w", "%{http_code}"])
        .arg(format!("http://127.0.0.1:{}/api/x", caddy.port()))
        .output()
        .expect("curl");
    assert_eq!(String::from_utf8_lossy(&status.stdout), "502");

    let run = server(&["--config", &conf.display().to_string(), "--no-logs"]);
    run.assert_code(1);
    let row = &run.at("/servers").as_array().unwrap()[0];
    assert_eq!(row["software"], "caddy", "{}", run.describe());
    assert_eq!(row["config_test"]["ok"], true, "{row}");
    let dead_row = upstream(&run, &format!("127.0.0.1:{dead}"));
    assert_eq!(dead_row["state"], "refused");
    assert_eq!(dead_row["line"], line_of(&conf, "reverse_proxy /api/*"));
    assert_eq!(dead_row["location"], "/api/*");
    assert_eq!(dead_row["site"]["listen"][0], format!(":{}", caddy.port()));
    let ok_row = upstream(&run, &format!("127.0.0.1:{}", ok.port()));
    assert_eq!(ok_row["state"], "ok");
    assert_eq!(ok_row["read_timeout"]["name"], "response_header_timeout");
    assert_eq!(ok_row["read_timeout"]["seconds"], 45.0);
    let f = finding(&run, "upstream_down", &format!("127.0.0.1:{dead}"));
    assert_eq!(f["line"], line_of(&conf, "reverse_proxy /api/*"));
    assert!(f["title"].as_str().unwrap().starts_with("Caddy ("), "{f}");
}

#[test]
fn varnish_backends_are_read_from_vcl_and_tried() {
    let ok = http_ok();
    let dead = closed_port();
    let dir = tempfile::tempdir().unwrap();
    let vcl = dir.path().join("default.vcl");
    std::fs::write(
        &vcl,
        format!(
            "vcl 4.1;\n\nbackend default {{\n    .host = \"127.0.0.1\";\n    .port = \"{dead}\";\n}}\n\n\
             backend app {{\n    .host = \"127.0.0.1\";\n    .port = \"{}\";\n    .first_byte_timeout = 90s;\n}}\n",
            ok.port()
        ),
    )
    .unwrap();
    let run = server(&["--config", &vcl.display().to_string(), "--no-logs"]);
    run.assert_code(1);
    assert!(
        run.stdout.contains("recognised as Varnish"),
        "{}",
        run.describe()
    );
    let dead_row = upstream(&run, &format!("127.0.0.1:{dead}"));
    assert_eq!(dead_row["state"], "refused");
    assert_eq!(dead_row["group"], "default");
    assert_eq!(dead_row["read_timeout"]["seconds"], 60.0);
    assert!(dead_row["read_timeout"]["at"].is_null());
    let ok_row = upstream(&run, &format!("127.0.0.1:{}", ok.port()));
    assert_eq!(ok_row["state"], "ok");
    assert_eq!(ok_row["read_timeout"]["seconds"], 90.0);
    let f = finding(&run, "upstream_down", &format!("127.0.0.1:{dead}"));
    assert_eq!(f["line"], line_of(&vcl, "backend default"));

    // The same as a self-contained page.
    let html = run_subcommand(
        "server",
        &[
            "--config",
            &vcl.display().to_string(),
            "--no-logs",
            "--kernel-log",
            "/dev/null",
            "--format",
            "html",
        ],
        &[],
    );
    html.assert_code(1);
    assert!(
        html.stdout.starts_with("<!DOCTYPE html>"),
        "{}",
        html.describe()
    );
    assert!(html.stdout.contains("<h2>Findings</h2>"));
    assert!(
        html.stdout
            .contains(&format!("<code>127.0.0.1:{dead}</code>"))
    );
    assert!(!html.stdout.contains("<script"));
}

#[test]
fn an_upstream_whose_headers_outgrow_nginxs_buffer_is_named_with_the_lines_to_write() {
    let mut big = crate::support::tcp::Canned::ok_hello();
    big.headers
        .push(("Set-Cookie".into(), format!("session={}", "a".repeat(6000))));
    let app = crate::support::http_canned(big);
    let nginx = Nginx::server(&format!(
        "location / {{\n    proxy_pass http://127.0.0.1:{};\n  }}",
        app.port()
    ));
    // What a visitor gets: nginx's 502 ("upstream sent too big header").
    let status = std::process::Command::new("curl")
        .args(["-s", "-o", "/dev/null", "-w", "%{http_code}", &nginx.url()])
        .output()
        .expect("curl");
    assert_eq!(String::from_utf8_lossy(&status.stdout), "502");

    let conf = nginx.conf_path();
    let run = server(&["--config", &conf.display().to_string(), "--no-logs"]);
    run.assert_code(1);
    let row = upstream(&run, &format!("127.0.0.1:{}", app.port()));
    assert_eq!(row["state"], "ok");
    assert_eq!(row["header_buffer"]["bytes"], 4096);
    let f = finding(
        &run,
        "upstream_header_too_big",
        &format!("127.0.0.1:{}", app.port()),
    );
    assert_eq!(f["line"], line_of(&conf, "proxy_pass"));
    assert!(
        f["fix"]
            .as_str()
            .unwrap()
            .contains("proxy_buffer_size 16k;"),
        "{f}"
    );
    assert_eq!(run.str_at("/verdict/cause"), "upstream_header_too_big");
}
