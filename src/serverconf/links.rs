//! The links between the web server and PHP-FPM that the configuration alone can judge: a
//! `fastcgi_pass` to a unix socket no PHP-FPM pool listens on, while a pool does listen on
//! another socket — the classic 502 after a PHP upgrade (php7.4-fpm.sock in nginx, php8.2-fpm.sock
//! in the pool). The finding names both files and lines and the exact line to write. Pure: the
//! live checks (does the socket exist, may the worker open it) come from the engine.

use super::php_fpm::FpmFile;
use super::{Address, Software, Upstream, UpstreamKind};
use serde::Serialize;

/// A broken link found in the configuration, with where to fix it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LinkFinding {
    /// `socket_path_mismatch`.
    pub id: String,
    /// One plain sentence: what is wrong.
    pub title: String,
    /// The file and line to change.
    pub file: String,
    pub line: usize,
    /// The line to write there.
    pub fix: String,
}

/// A pool that listens on a unix socket: its name, the socket, the file and line of `listen`.
struct Listening<'a> {
    pool: &'a str,
    path: &'a str,
    file: &'a str,
    line: usize,
}

/// `fastcgi_pass unix:...` (or Apache's, Caddy's equivalent) to a socket no pool listens on, when some pool listens on a socket.
pub fn socket_mismatches(upstreams: &[Upstream], fpm: &[FpmFile]) -> Vec<LinkFinding> {
    let listening: Vec<Listening<'_>> = fpm
        .iter()
        .flat_map(|f| f.pools.iter())
        .filter_map(|pool| {
            let listen = pool.listen()?;
            listen.value.starts_with('/').then_some(Listening {
                pool: &pool.name,
                path: &listen.value,
                file: &listen.file,
                line: listen.line,
            })
        })
        .collect();
    let mut out: Vec<LinkFinding> = Vec::new();
    for up in upstreams.iter().filter(|u| u.kind == UpstreamKind::Fastcgi) {
        let Address::Unix { path } = &up.address else {
            continue;
        };
        if listening.iter().any(|l| l.path == path) {
            continue;
        }
        let Some(best) = closest(path, &listening) else {
            continue;
        };
        let (file, line) = up.place();
        let file = file.to_string();
        let fix = match (up.software, &up.group) {
            (Software::Nginx, Some(_)) => format!("server unix:{};", best.path),
            (Software::Nginx, None) => format!("fastcgi_pass unix:{};", best.path),
            (Software::Apache, _) if up.directive.eq_ignore_ascii_case("SetHandler") => {
                format!("SetHandler \"proxy:unix:{}|fcgi://localhost\"", best.path)
            }
            (Software::Apache, _) => format!("unix:{}|fcgi://localhost/", best.path),
            (Software::Caddy, _) => format!("php_fastcgi unix/{}", best.path),
            (_, _) => best.path.to_string(),
        };
        let finding = LinkFinding {
            id: "socket_path_mismatch".into(),
            title: crate::t!(
                "srv-socket-mismatch-title",
                software = up.software.name(),
                file = file.as_str(),
                line = line.to_string(),
                path = path.as_str(),
                pool = best.pool,
                pool_path = best.path,
                pool_file = best.file,
                pool_line = best.line.to_string()
            ),
            file,
            line,
            fix,
        };
        if !out.contains(&finding) {
            out.push(finding);
        }
    }
    out
}

/// The listening socket most like `path` (the longest common prefix and suffix: the same
/// folder, the same naming, another PHP version).
fn closest<'a, 'b>(path: &str, listening: &'b [Listening<'a>]) -> Option<&'b Listening<'a>> {
    let score = |other: &str| {
        let prefix = path
            .bytes()
            .zip(other.bytes())
            .take_while(|(a, b)| a == b)
            .count();
        let suffix = path
            .bytes()
            .rev()
            .zip(other.bytes().rev())
            .take_while(|(a, b)| a == b)
            .count();
        prefix + suffix
    };
    listening.iter().max_by_key(|l| score(l.path))
}

#[cfg(test)]
mod tests {
    use super::super::{nginx, php_fpm};
    use super::*;

    fn nginx_site(pass: &str) -> Vec<Upstream> {
        let text = format!(
            "http {{\n  server {{\n    listen 80;\n    location ~ \\.php$ {{\n      {pass}\n    }}\n  }}\n}}\n"
        );
        let main = nginx::parse("/etc/nginx/sites-enabled/shop", &text);
        nginx::upstreams(&main, &[])
    }

    fn pools() -> Vec<FpmFile> {
        vec![
            php_fpm::parse(
                "/etc/php/8.2/fpm/pool.d/www.conf",
                "[www]\nuser = www-data\nlisten = /run/php/php8.2-fpm.sock\n",
            ),
            php_fpm::parse(
                "/etc/php/8.2/fpm/pool.d/api.conf",
                "[api]\nlisten = 127.0.0.1:9001\n",
            ),
        ]
    }

    #[test]
    fn a_socket_left_behind_by_a_php_upgrade_names_both_lines_and_the_fix() {
        let ups = nginx_site("fastcgi_pass unix:/run/php/php7.4-fpm.sock;");
        let found = socket_mismatches(&ups, &pools());
        assert_eq!(found.len(), 1, "{found:?}");
        let f = &found[0];
        assert_eq!(f.id, "socket_path_mismatch");
        assert_eq!(
            (f.file.as_str(), f.line),
            ("/etc/nginx/sites-enabled/shop", 5)
        );
        assert_eq!(f.fix, "fastcgi_pass unix:/run/php/php8.2-fpm.sock;");
        assert!(f.title.contains("/run/php/php7.4-fpm.sock"), "{}", f.title);
        assert!(
            f.title
                .contains("\"www\" listens on /run/php/php8.2-fpm.sock (/etc/php/8.2/fpm/pool.d/www.conf line 3)"),
            "{}",
            f.title
        );
    }

    #[test]
    fn the_right_socket_a_tcp_pool_or_no_pool_at_all_is_not_a_mismatch() {
        assert!(
            socket_mismatches(
                &nginx_site("fastcgi_pass unix:/run/php/php8.2-fpm.sock;"),
                &pools()
            )
            .is_empty()
        );
        assert!(
            socket_mismatches(&nginx_site("fastcgi_pass 127.0.0.1:9001;"), &pools()).is_empty()
        );
        assert!(
            socket_mismatches(&nginx_site("proxy_pass http://unix:/run/x.sock;"), &pools())
                .is_empty()
        );
        // No pool on a socket: nothing to compare with (the live check says the socket is missing).
        let tcp_only = vec![php_fpm::parse("/p.conf", "[api]\nlisten = 9000\n")];
        assert!(
            socket_mismatches(
                &nginx_site("fastcgi_pass unix:/run/php/php7.4-fpm.sock;"),
                &tcp_only
            )
            .is_empty()
        );
    }

    #[test]
    fn an_upstream_block_is_fixed_at_its_server_line() {
        let text = "http {\n  upstream php {\n    server unix:/run/php/php7.4-fpm.sock;\n  }\n  server {\n    location / { fastcgi_pass php; }\n  }\n}\n";
        let main = nginx::parse("/etc/nginx/nginx.conf", text);
        let found = socket_mismatches(&nginx::upstreams(&main, &[]), &pools());
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].line, 3);
        assert_eq!(found[0].fix, "server unix:/run/php/php8.2-fpm.sock;");
    }
}
