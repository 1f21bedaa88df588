//! Runs each server's own configuration test and version command on the configuration that was
//! read (`nginx -t -c FILE`, `apache2 -t -f FILE`, `haproxy -c -f FILE`, `php-fpm8.2 -t -y FILE`,
//! `caddy adapt --config FILE`), each within a time limit, when the program is installed. These
//! only read the configuration: nothing is started, reloaded or written. `serverconf::syntax`
//! reads their output.

use crate::serverconf::Software;
use crate::serverconf::judge::ServerConfig;
use crate::serverconf::syntax::{self, ConfigTest};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// Each command may take this long.
const TIMEOUT: Duration = Duration::from_secs(10);

/// Folders searched for the programs besides `PATH` (they are often in `sbin`, which a normal
/// user's `PATH` lacks).
const SBIN: &[&str] = &[
    "/usr/sbin",
    "/usr/local/sbin",
    "/sbin",
    "/usr/bin",
    "/usr/local/bin",
];

/// Each server's version and configuration test, in the order of `servers` (one after the
/// other: each is a short local command).
pub async fn run_all(servers: &[ServerConfig]) -> Vec<(Option<String>, Option<ConfigTest>)> {
    let mut out = Vec::with_capacity(servers.len());
    for s in servers {
        out.push(one(s.software, &s.config).await);
    }
    out
}

/// The version and the configuration test of one server.
async fn one(software: Software, config: &str) -> (Option<String>, Option<ConfigTest>) {
    let Some(program) = program(software, config) else {
        return (None, None);
    };
    let shown = program.display().to_string();
    let version_args: &[&str] = match software {
        Software::Caddy => &["version"],
        _ => &["-v"],
    };
    let version = run(&program, version_args)
        .await
        .and_then(|(_, out)| syntax::version(software, &out));
    let args: Vec<&str> = match software {
        Software::Nginx => vec!["-t", "-c", config],
        Software::Apache => vec!["-t", "-f", config],
        Software::Haproxy => vec!["-c", "-f", config],
        Software::PhpFpm => vec!["-t", "-y", config],
        Software::Caddy => vec!["adapt", "--config", config, "--adapter", "caddyfile"],
        // `varnishd -C` compiles the VCL with a C compiler: not run.
        Software::Varnish => return (version, None),
    };
    let test = run(&program, &args).await.map(|(ok, out)| ConfigTest {
        command: format!("{shown} {}", args.join(" ")),
        ok,
        output: syntax::trim_output(&out),
    });
    (version, test)
}

/// Run a program; whether it succeeded and its output (stderr then stdout). `None` when it could
/// not be started or did not finish in time.
async fn run(program: &Path, args: &[&str]) -> Option<(bool, String)> {
    let mut command = tokio::process::Command::new(program);
    command
        .args(args)
        .env("LC_ALL", "C")
        .stdin(std::process::Stdio::null())
        .kill_on_drop(true);
    // Debian's apache2 reads its run folders from /etc/apache2/envvars.
    if program.ends_with("apache2") {
        for (k, v) in super::read::apache_envvars() {
            command.env(k, v);
        }
    }
    let out = tokio::time::timeout(TIMEOUT, command.output())
        .await
        .ok()?
        .ok()?;
    let mut text = String::from_utf8_lossy(&out.stderr).into_owned();
    text.push_str(&String::from_utf8_lossy(&out.stdout));
    Some((out.status.success(), text))
}

/// Where the program of `software` is installed, if it is.
pub fn program(software: Software, config: &str) -> Option<PathBuf> {
    let names: Vec<String> = match software {
        Software::Nginx => vec!["nginx".into()],
        Software::Apache => vec!["apache2".into(), "httpd".into()],
        Software::Haproxy => vec!["haproxy".into()],
        Software::Caddy => vec!["caddy".into()],
        Software::Varnish => vec!["varnishd".into()],
        // /etc/php/8.2/fpm/php-fpm.conf -> php-fpm8.2 (Debian, Ubuntu), else php-fpm.
        Software::PhpFpm => {
            let service = crate::serverconf::judge::fpm_service(config);
            let versioned = service.trim_end_matches("-fpm").replace("php", "php-fpm");
            vec![versioned, "php-fpm".into()]
        }
    };
    let path = std::env::var_os("PATH").unwrap_or_default();
    let dirs: Vec<PathBuf> = std::env::split_paths(&path)
        .chain(SBIN.iter().map(PathBuf::from))
        .collect();
    let named = names
        .iter()
        .flat_map(|name| dirs.iter().map(move |d| d.join(name)))
        .find(|p| is_executable(p));
    if named.is_some() || software != Software::PhpFpm {
        return named;
    }
    // A pool file outside /etc/php/X/: the newest php-fpmX.Y installed.
    let mut found: Vec<PathBuf> = SBIN
        .iter()
        .filter_map(|d| std::fs::read_dir(d).ok())
        .flat_map(|entries| entries.filter_map(|e| e.ok().map(|e| e.path())))
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with("php-fpm"))
                && is_executable(p)
        })
        .collect();
    found.sort();
    found.pop()
}

fn is_executable(path: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_installed_programs_are_found_outside_path() {
        // The test script installs nginx and a PHP-FPM of any version.
        let nginx = program(Software::Nginx, "/etc/nginx/nginx.conf").expect("nginx installed");
        assert!(is_executable(&nginx) && nginx.ends_with("nginx"));
        for config in [
            "/etc/php/8.2/fpm/php-fpm.conf",
            "/tmp/elsewhere/php-fpm.conf",
        ] {
            let fpm = program(Software::PhpFpm, config).expect("php-fpm installed");
            let name = fpm.file_name().unwrap().to_string_lossy().into_owned();
            assert!(name.starts_with("php-fpm") && is_executable(&fpm), "{name}");
        }
    }
}
