use super::*;
use crate::serverconf::{nginx, php_fpm};

const NGINX: &str = "\
user www-data;
http {
    server {
        listen 80;
        server_name shop.example.com;
        fastcgi_read_timeout 60s;
        location / { proxy_pass http://127.0.0.1:8080; }
        location ~ \\.php$ { fastcgi_pass unix:/run/php/php7.4-fpm.sock; }
        location /api { fastcgi_pass 127.0.0.1:9000; }
    }
}
";

const POOL: &str = "\
[www]
user = www-data
listen = /run/php/php8.2-fpm.sock
listen.owner = root
listen.mode = 0600
request_terminate_timeout = 300

[api]
listen = 127.0.0.1:9000
php_admin_value[max_execution_time] = 120
";

fn stack() -> Stack {
    let main = nginx::parse("/etc/nginx/nginx.conf", NGINX);
    let upstreams = nginx::upstreams(&main, &[]);
    let pool = php_fpm::parse("/etc/php/8.2/fpm/pool.d/www.conf", POOL);
    Stack {
        servers: vec![ServerConfig {
            software: Software::Nginx,
            config: "/etc/nginx/nginx.conf".into(),
            found_by: "given".into(),
            files: vec!["/etc/nginx/nginx.conf".into()],
            worker_user: Some("www-data".into()),
            worker_user_at: Some(("/etc/nginx/nginx.conf".into(), 1)),
            error_logs: Vec::new(),
            version: None,
            config_test: None,
        }],
        upstreams,
        fpm: vec![pool],
        ..Stack::default()
    }
}

fn probed(stack: &Stack, states: &[(UpstreamState, &str)]) -> Vec<(Upstream, Probed)> {
    stack
        .upstreams
        .iter()
        .zip(states)
        .map(|(u, (state, detail))| {
            (
                u.clone(),
                Probed {
                    state: *state,
                    detail: detail.to_string(),
                    ms: Some(1),
                    header_bytes: None,
                },
            )
        })
        .collect()
}

#[test]
fn dead_proxy_pass_names_the_line_and_what_to_start() {
    let s = stack();
    let p = probed(
        &s,
        &[
            (UpstreamState::Refused, "connection refused"),
            (UpstreamState::Ok, "FastCGI answered"),
            (UpstreamState::Ok, "FastCGI answered"),
        ],
    );
    let f = findings(&s, &p);
    let down = f.iter().find(|f| f.id == "upstream_down").unwrap();
    assert_eq!(down.line, Some(7));
    assert_eq!(down.config.as_deref(), Some("/etc/nginx/nginx.conf"));
    assert!(down.title.contains("127.0.0.1:8080"), "{}", down.title);
    assert!(down.title.contains("shop.example.com"), "{}", down.title);
    assert!(down.commands.iter().any(|c| c.contains(":8080")));
    let v = verdict(&s, &p, &f);
    assert_eq!(v.cause, Cause::UpstreamRefused);
    assert_eq!(v.culprit, Culprit::UpstreamApp);
    assert!(v.detail.contains("nginx.conf line 7"), "{}", v.detail);
}

#[test]
fn missing_socket_while_a_pool_listens_elsewhere_is_a_path_mismatch() {
    let s = stack();
    let p = probed(
        &s,
        &[
            (UpstreamState::Ok, "HTTP 200"),
            (UpstreamState::MissingSocket, "no such file"),
            (UpstreamState::Ok, "FastCGI answered"),
        ],
    );
    let f = findings(&s, &p);
    let m = &f[0];
    assert_eq!(m.id, "socket_path_mismatch");
    assert_eq!(m.line, Some(8));
    assert!(
        m.fix
            .contains("fastcgi_pass unix:/run/php/php8.2-fpm.sock;"),
        "{}",
        m.fix
    );
    assert_eq!(verdict(&s, &p, &f).cause, Cause::SocketPathMismatch);
}

#[test]
fn fastcgi_port_down_with_its_pool_known_says_start_php_fpm() {
    let s = stack();
    let p = probed(
        &s,
        &[
            (UpstreamState::Ok, "HTTP 200"),
            (UpstreamState::Ok, "FastCGI answered"),
            (UpstreamState::Refused, "connection refused"),
        ],
    );
    let f = findings(&s, &p);
    let down = f.iter().find(|f| f.id == "upstream_down").unwrap();
    assert!(
        down.commands
            .contains(&"systemctl start php8.2-fpm".to_string())
    );
    assert!(down.fix.contains("\"api\""), "{}", down.fix);
    assert_eq!(verdict(&s, &p, &f).cause, Cause::PhpFpmDown);
}

#[test]
fn permission_denied_points_at_the_pools_owner_line() {
    let mut s = stack();
    // A socket path the pool does listen on.
    s.upstreams[1].address = Address::Unix {
        path: "/run/php/php8.2-fpm.sock".into(),
    };
    let p = probed(
        &s,
        &[
            (UpstreamState::Ok, "HTTP 200"),
            (UpstreamState::PermissionDenied, "owner root, mode 0600"),
            (UpstreamState::Ok, "FastCGI answered"),
        ],
    );
    let f = findings(&s, &p);
    let perm = f.iter().find(|f| f.id == "socket_permission").unwrap();
    assert_eq!(
        perm.config.as_deref(),
        Some("/etc/php/8.2/fpm/pool.d/www.conf")
    );
    assert_eq!(perm.line, Some(4));
    assert!(perm.fix.contains("listen.owner = www-data"), "{}", perm.fix);
    assert!(perm.title.contains("user www-data"), "{}", perm.title);
    assert_eq!(verdict(&s, &p, &f).cause, Cause::UpstreamPermissionDenied);
}

#[test]
fn php_longer_than_nginx_waits_is_a_timeout_chain_warning() {
    let s = stack();
    let p = probed(
        &s,
        &[
            (UpstreamState::Ok, "HTTP 200"),
            (UpstreamState::Ok, "FastCGI answered"),
            (UpstreamState::Ok, "FastCGI answered"),
        ],
    );
    let f = findings(&s, &p);
    let chain: Vec<_> = f.iter().filter(|f| f.id == "timeout_chain").collect();
    // The api pool: max_execution_time 120 > fastcgi_read_timeout 60 (line 6).
    assert_eq!(chain.len(), 1, "{f:#?}");
    assert_eq!(chain[0].line, Some(6));
    assert!(chain[0].title.contains("120 s"), "{}", chain[0].title);
    assert!(
        chain[0].fix.contains("fastcgi_read_timeout 120s;"),
        "{}",
        chain[0].fix
    );
    // Warnings only: the links work.
    let v = verdict(&s, &p, &f);
    assert_eq!(v.status, VerdictStatus::Healthy);
    assert!(v.detail.contains("1 warning"));
}

#[test]
fn nothing_to_check_is_unknown_not_healthy() {
    let v = verdict(&Stack::default(), &[], &[]);
    assert_eq!(v.cause, Cause::Unknown);
    assert!(v.detail.contains("No web server configuration"));
    let mut s = stack();
    s.upstreams.clear();
    assert!(verdict(&s, &[], &[]).detail.contains("no link"));
}

#[test]
fn unreadable_files_and_lines_become_findings() {
    let mut s = stack();
    s.unreadable.push(Unreadable {
        file: "/etc/nginx/secret.conf".into(),
        why: "permission denied".into(),
        permission: true,
    });
    s.problems.push(ReadProblem {
        file: "/etc/nginx/nginx.conf".into(),
        line: 3,
        what: "binary data".into(),
    });
    let f = findings(&s, &[]);
    assert!(
        f.iter()
            .any(|f| f.id == "file_unreadable" && f.fix.contains("sudo"))
    );
    assert!(
        f.iter()
            .any(|f| f.id == "config_unreadable_line" && f.line == Some(3))
    );
}

#[test]
fn service_names_follow_the_distributions_layout() {
    assert_eq!(
        fpm_service("/etc/php/8.2/fpm/pool.d/www.conf"),
        "php8.2-fpm"
    );
    assert_eq!(fpm_service("/etc/php-fpm.d/www.conf"), "php-fpm");
    assert_eq!(fpm_service("/etc/php/x/fpm/a.conf"), "php-fpm");
    assert_eq!(
        target_text(&Address::Tcp {
            host: "::1".into(),
            port: 80
        }),
        "[::1]:80"
    );
    assert_eq!(short("/etc/nginx/sites-enabled/shop"), "sites-enabled/shop");
    assert_eq!(short("nginx.conf"), "nginx.conf");
}

#[test]
fn time_limit_lines_are_written_in_each_servers_syntax() {
    assert_eq!(
        setting_line(Software::Nginx, "fastcgi_read_timeout", 300.0),
        "fastcgi_read_timeout 300s;"
    );
    assert_eq!(
        setting_line(Software::Apache, "ProxyTimeout", 300.0),
        "ProxyTimeout 300"
    );
    assert_eq!(
        setting_line(Software::Apache, "timeout=", 300.0),
        "timeout=300"
    );
    assert_eq!(
        setting_line(Software::Haproxy, "timeout server", 90.0),
        "timeout server 90s"
    );
    assert_eq!(
        setting_line(Software::Varnish, "first_byte_timeout", 120.0),
        ".first_byte_timeout = 120s;"
    );
}

#[test]
fn headers_larger_than_the_buffer_are_a_502_named_with_the_lines_to_write() {
    let text = "http {\n  server {\n    server_name shop.example.com;\n    location / { proxy_pass http://127.0.0.1:8080; }\n    location /big {\n      proxy_buffer_size 16k;\n      proxy_pass http://127.0.0.1:8081;\n    }\n  }\n}\n";
    let main = nginx::parse("/etc/nginx/nginx.conf", text);
    let ups = nginx::upstreams(&main, &[]);
    let buffer = ups[0].header_buffer.as_ref().unwrap();
    assert_eq!(
        (buffer.name.as_str(), buffer.bytes, &buffer.at),
        ("proxy_buffer_size", 4096, &None)
    );
    assert_eq!(ups[1].header_buffer.as_ref().unwrap().bytes, 16 * 1024);
    let stack = Stack {
        upstreams: ups.clone(),
        ..Stack::default()
    };
    let with = |u: &Upstream, bytes: usize| {
        (
            u.clone(),
            Probed {
                state: UpstreamState::Ok,
                detail: "HTTP 200".into(),
                ms: Some(1),
                header_bytes: Some(bytes),
            },
        )
    };
    // 5000 bytes: over the default 4k; 13000: near 16k; 2000: fine.
    let found = findings(&stack, &[with(&ups[0], 5000), with(&ups[1], 13_000)]);
    let big = found
        .iter()
        .find(|f| f.id == "upstream_header_too_big")
        .unwrap();
    assert_eq!(big.severity, Severity::Error);
    assert_eq!(
        (big.config.as_deref(), big.line),
        (Some("/etc/nginx/nginx.conf"), Some(4))
    );
    assert!(
        big.title.contains("5000 bytes") && big.title.contains("proxy_buffer_size's default 4k"),
        "{}",
        big.title
    );
    assert!(
        big.fix
            .contains("proxy_buffer_size 16k; proxy_buffers 8 16k; proxy_busy_buffers_size 32k;"),
        "{}",
        big.fix
    );
    let near = found
        .iter()
        .find(|f| f.id == "upstream_header_near_limit")
        .unwrap();
    assert_eq!((near.severity, near.line), (Severity::Warning, Some(6)));
    assert!(
        near.title
            .contains("proxy_buffer_size 16k at nginx/nginx.conf line 6"),
        "{}",
        near.title
    );
    let v = verdict(&stack, &[with(&ups[0], 5000)], &found);
    assert_eq!(v.cause, Cause::UpstreamHeaderTooBig);
    assert!(findings(&stack, &[with(&ups[0], 2000)]).is_empty());
    assert_eq!(nginx::size_bytes("16k"), Some(16384));
    assert_eq!(nginx::size_bytes("1m"), Some(1 << 20));
    assert_eq!(nginx::size_bytes("x"), None);
}

#[test]
fn a_proxy_that_gives_up_before_the_proxy_behind_it_is_a_timeout_chain_warning() {
    let lb = crate::serverconf::haproxy::parse(
        "/etc/haproxy/haproxy.cfg",
        "defaults\n  mode http\n  timeout server 30s\nbackend web\n  server n1 127.0.0.1:8080\n",
    );
    let web = nginx::parse(
        "/etc/nginx/nginx.conf",
        "http {\n  server {\n    listen 8080;\n    location / {\n      proxy_read_timeout 120s;\n      proxy_pass http://127.0.0.1:3000;\n    }\n  }\n}\n",
    );
    let mut ups = crate::serverconf::haproxy::upstreams(std::slice::from_ref(&lb));
    ups.extend(nginx::upstreams(&web, &[]));
    let stack = Stack {
        upstreams: ups.clone(),
        ..Stack::default()
    };
    let ok: Vec<(Upstream, Probed)> = ups
        .iter()
        .map(|u| {
            (
                u.clone(),
                Probed {
                    state: UpstreamState::Ok,
                    detail: "HTTP 200".into(),
                    ms: Some(1),
                    header_bytes: None,
                },
            )
        })
        .collect();
    let found = findings(&stack, &ok);
    let chain = found
        .iter()
        .find(|f| f.id == "timeout_chain")
        .expect("a chain finding");
    assert_eq!(chain.config.as_deref(), Some("/etc/haproxy/haproxy.cfg"));
    assert_eq!(chain.line, Some(3));
    assert!(
        chain.title.starts_with(
            "HAProxy (haproxy/haproxy.cfg line 5) gives up on 127.0.0.1:8080 after 30 s"
        ),
        "{}",
        chain.title
    );
    assert!(
        chain
            .title
            .contains("nginx behind it waits up to 120 s (proxy_read_timeout)"),
        "{}",
        chain.title
    );
    assert!(
        chain.fix.starts_with("Write `timeout server 125s`"),
        "{}",
        chain.fix
    );
    // In order (HAProxy waits longer): nothing to say.
    let mut longer = ups.clone();
    longer[0].read_timeout.as_mut().unwrap().seconds = 300.0;
    let ok2: Vec<(Upstream, Probed)> = longer
        .iter()
        .cloned()
        .zip(ok.iter().map(|p| p.1.clone()))
        .collect();
    assert!(
        findings(
            &Stack {
                upstreams: longer,
                ..Stack::default()
            },
            &ok2
        )
        .iter()
        .all(|f| f.id != "timeout_chain")
    );
}

#[test]
fn a_server_that_waits_longer_than_the_cdn_in_front_is_told_the_cdn_stops_first() {
    let text = "http {\n  server {\n    location / {\n      proxy_read_timeout 300s;\n      proxy_pass http://127.0.0.1:3000;\n    }\n    location /fast { proxy_pass http://127.0.0.1:3001; }\n  }\n}\n";
    let ups = nginx::upstreams(&nginx::parse("/etc/nginx/nginx.conf", text), &[]);
    let edge = EdgeLimit {
        name: "Cloudflare's 100 s limit for an origin answer".into(),
        edge: "Cloudflare".into(),
        seconds: 100.0,
    };
    let found = edge_chain(&ups, &edge);
    // 300 s is past Cloudflare's 100 s; the default 60 s is not.
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        (found[0].id.as_str(), found[0].line),
        ("timeout_chain", Some(4))
    );
    assert!(
        found[0]
            .title
            .contains("waits up to 300 s (proxy_read_timeout)"),
        "{}",
        found[0].title
    );
    assert!(
        found[0]
            .title
            .contains("ends in Cloudflare's timeout error"),
        "{}",
        found[0].title
    );
    assert!(
        found[0]
            .fix
            .contains("raising proxy_read_timeout does not help"),
        "{}",
        found[0].fix
    );
}
