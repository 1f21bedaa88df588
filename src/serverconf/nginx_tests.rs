use super::*;

const SITE: &str = r#"
user www-data;
http {
    proxy_read_timeout 30s;
    upstream app {
        server 127.0.0.1:8081;
        server unix:/run/app.sock;
    }
    server {
        listen 80;
        server_name shop.example.com www.shop.example.com;
        fastcgi_param DB_PASSWORD "s3cret pw";
        location / {
            proxy_pass http://app;
        }
        location ~ \.php$ {
            fastcgi_read_timeout 5m;
            fastcgi_pass unix:/run/php/php7.4-fpm.sock;
        }
        location /api/ {
            proxy_read_timeout 2s;
            proxy_pass http://127.0.0.1:9000/v1/;
        }
        location /dyn/ {
            proxy_pass http://$backend;
        }
    }
    include /etc/nginx/conf.d/*.conf;
}
"#;

const INCLUDED: &str =
    "server {\n  listen 8080;\n  location / { grpc_pass grpc://[::1]:50051; }\n}\n";

fn files() -> (NginxFile, Vec<NginxFile>) {
    let main = parse("/etc/nginx/nginx.conf", SITE);
    let extra = parse("/etc/nginx/conf.d/grpc.conf", INCLUDED);
    (main, vec![extra])
}

#[test]
fn directives_keep_their_lines_and_blocks() {
    let (main, _) = files();
    assert!(main.problems.is_empty(), "{:?}", main.problems);
    assert_eq!(main.directives[0].name, "user");
    assert_eq!(main.directives[0].line, 2);
    let http = &main.directives[1];
    assert_eq!(http.name, "http");
    assert_eq!(http.line, 3);
    let server = http.children().iter().find(|d| d.name == "server").unwrap();
    let param = server
        .children()
        .iter()
        .find(|d| d.name == "fastcgi_param")
        .unwrap();
    assert_eq!(param.args, vec!["DB_PASSWORD", "s3cret pw"]);
    assert_eq!(param.shown_args(), vec!["DB_PASSWORD", "(hidden)"]);
    assert_eq!(
        main.includes(),
        vec![("/etc/nginx/conf.d/*.conf".to_string(), 28)]
    );
}

#[test]
fn every_pass_names_its_upstreams_with_site_location_and_timeout() {
    let (main, extra) = files();
    let ups = upstreams(&main, &extra);
    let find = |line: usize| -> Vec<&Upstream> { ups.iter().filter(|u| u.line == line).collect() };

    // proxy_pass to an upstream block: one row per server, each with its own line.
    let group = find(14);
    assert_eq!(group.len(), 2, "{ups:#?}");
    assert_eq!(
        group[0].address,
        Address::Tcp {
            host: "127.0.0.1".into(),
            port: 8081
        }
    );
    assert_eq!(
        group[0].group,
        Some(("app".into(), "/etc/nginx/nginx.conf".into(), 6))
    );
    assert_eq!(
        group[1].address,
        Address::Unix {
            path: "/run/app.sock".into()
        }
    );
    assert_eq!(
        group[0].server_names,
        vec!["shop.example.com", "www.shop.example.com"]
    );
    assert_eq!(group[0].listen, vec!["80"]);
    assert_eq!(
        group[0]
            .read_timeout
            .as_ref()
            .map(|t| t.seconds)
            .unwrap_or_default(),
        30.0
    );
    assert_eq!(
        group[0].read_timeout.as_ref().and_then(|t| t.at.clone()),
        Some(("/etc/nginx/nginx.conf".into(), 4))
    );

    // fastcgi_pass to a socket, with the location's own timeout.
    let php = find(18)[0];
    assert_eq!(php.kind, UpstreamKind::Fastcgi);
    assert_eq!(
        php.address,
        Address::Unix {
            path: "/run/php/php7.4-fpm.sock".into()
        }
    );
    assert_eq!(php.location.as_deref(), Some("~ \\.php$"));
    assert_eq!(
        php.read_timeout
            .as_ref()
            .map(|t| t.seconds)
            .unwrap_or_default(),
        300.0
    );

    // A URI after the address; the inner timeout wins.
    let api = find(22)[0];
    assert_eq!(
        api.address,
        Address::Tcp {
            host: "127.0.0.1".into(),
            port: 9000
        }
    );
    assert_eq!(
        api.read_timeout
            .as_ref()
            .map(|t| t.seconds)
            .unwrap_or_default(),
        2.0
    );

    // Variables cannot be checked.
    assert!(matches!(find(25)[0].address, Address::Variable { .. }));

    // The included file's server: its own site, nginx's default timeout.
    let grpc = ups.iter().find(|u| u.kind == UpstreamKind::Grpc).unwrap();
    assert_eq!(grpc.file, "/etc/nginx/conf.d/grpc.conf");
    assert_eq!(grpc.line, 3);
    assert_eq!(grpc.listen, vec!["8080"]);
    assert!(grpc.server_names.is_empty());
    assert_eq!(
        grpc.address,
        Address::Tcp {
            host: "::1".into(),
            port: 50051
        }
    );
    assert_eq!(
        grpc.read_timeout
            .as_ref()
            .map(|t| t.seconds)
            .unwrap_or_default(),
        DEFAULT_READ_TIMEOUT_SECS
    );
    assert_eq!(grpc.read_timeout.as_ref().and_then(|t| t.at.clone()), None);
    assert_eq!(
        grpc.read_timeout.as_ref().map(|t| t.name.as_str()),
        Some("grpc_read_timeout")
    );
    assert_eq!(grpc.software, Software::Nginx);
    assert_eq!(ups.len(), 6);
}

#[test]
fn broken_files_are_read_to_the_end_with_problems_named_by_line() {
    let text = "events {}\n}\nhttp {\n  server { listen 80 }\n  bad\u{0}\u{1}junk;\n  proxy_pass \"unclosed;\n";
    let f = parse("x.conf", text);
    let lines: Vec<usize> = f.problems.iter().map(|p| p.line).collect();
    assert!(lines.contains(&2), "unbalanced brace: {:?}", f.problems);
    assert!(lines.contains(&4), "missing ';': {:?}", f.problems);
    assert!(lines.contains(&5), "binary: {:?}", f.problems);
    assert!(lines.contains(&6), "unclosed quote: {:?}", f.problems);
    assert!(f.problems.iter().any(|p| p.what.contains("never closed")));
    assert_eq!(f.directives[0].name, "events");
    assert!(
        f.problems[0]
            .to_string()
            .starts_with("x.conf: could not read line ")
    );
}

#[test]
fn include_loops_end_and_globs_match_as_nginx_would() {
    let a = parse(
        "/etc/nginx/a.conf",
        "include b.conf;\nproxy_pass http://127.0.0.1:1;\n",
    );
    let b = parse("/etc/nginx/b.conf", "include a.conf;\n");
    let ups = upstreams(&a, &[a.clone(), b]);
    // a -> b -> (a again: skipped): the proxy_pass of a counts once.
    assert_eq!(ups.len(), 1, "{ups:?}");
    // Files that all include each other, many times: bounded work.
    let many: Vec<NginxFile> = (0..12)
        .map(|i| {
            parse(
                &format!("/n/{i}.conf"),
                &"include *.conf;\nlisten 80;\n".repeat(8),
            )
        })
        .collect();
    let _ = upstreams(&many[0], &many);
    assert!(include_matches(
        "/etc/nginx/sites-enabled/*",
        "/etc/nginx/sites-enabled/shop"
    ));
    assert!(include_matches("mime.types", "/etc/nginx/mime.types"));
    assert!(!include_matches(
        "/etc/nginx/conf.d/*.conf",
        "/etc/nginx/conf.d/a.disabled"
    ));
}

#[test]
fn durations_read_as_nginx_reads_them() {
    assert_eq!(duration_secs("60"), Some(60.0));
    assert_eq!(duration_secs("60s"), Some(60.0));
    assert_eq!(duration_secs("2m"), Some(120.0));
    assert_eq!(duration_secs("1m30s"), Some(90.0));
    assert_eq!(duration_secs("500ms"), Some(0.5));
    assert_eq!(duration_secs("1h"), Some(3600.0));
    assert_eq!(duration_secs("soon"), None);
    assert_eq!(duration_secs(""), None);
}

#[test]
fn secrets_are_hidden_whatever_the_directive() {
    let f = parse(
        "s.conf",
        "auth_basic_user_file /etc/nginx/htpasswd;\nproxy_set_header Authorization \"Bearer abc\";\nproxy_set_header Host $host;\n",
    );
    let shown: Vec<Vec<String>> = f.directives.iter().map(Directive::shown_args).collect();
    assert_eq!(shown[0], vec!["(hidden)"]);
    assert_eq!(shown[1], vec!["Authorization", "(hidden)"]);
    assert_eq!(shown[2], vec!["Host", "$host"]);
}

mod properties {
    //! Any text is read to its end without a panic; every problem names a line of the file.
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn any_text_is_read_and_problems_name_real_lines(text in any::<String>()) {
            let f = parse("p.conf", &text);
            prop_assert!(crate::serverconf::on_real_lines(&f.problems, &text), "{:?}", f.problems);
            let _ = upstreams(&f, &[]);
        }

        #[test]
        fn config_shaped_text_is_read_to_its_end(
            parts in prop::collection::vec(
                prop::sample::select(vec![
                    "server {", "}", "location / {", "proxy_pass http://127.0.0.1:1;",
                    "listen 80;", "\"", "'", ";", "#c\n", "\n", "${x}", "include *.conf;",
                    "upstream u {", "server 10.0.0.1:80;", "\u{0}", " ",
                ]),
                0..60,
            )
        ) {
            let text: String = parts.concat();
            let f = parse("c.conf", &text);
            let ups = upstreams(&f, std::slice::from_ref(&f));
            for u in &ups {
                prop_assert!(u.line >= 1);
            }
        }
    }
}

#[test]
fn deep_nesting_is_bounded() {
    let text = "a {".repeat(100_000)
        + &"}".repeat(100_000)
        + "\nhttp { server { location / { proxy_pass http://127.0.0.1:1; } } }\n";
    let f = parse("deep.conf", &text);
    assert!(
        f.problems.iter().any(|p| p.what.contains("nested deeper")),
        "{:?}",
        f.problems
    );
    assert_eq!(upstreams(&f, &[]).len(), 1);
    // A block within the limit is read.
    let ok = "a {".repeat(MAX_DEPTH) + &"}".repeat(MAX_DEPTH);
    assert!(parse("ok.conf", &ok).problems.is_empty());
}

#[test]
fn files_that_include_each_other_are_bounded() {
    // 17 files of nothing but `include /x/*.conf;`: they lay out no directive, so only a bound
    // on included files stops their paths growing like 17! (the chain check stops true loops).
    let files: Vec<NginxFile> = (0..17)
        .map(|i| parse(&format!("/x/{i}.conf"), "include /x/*.conf;\n"))
        .collect();
    let main = parse(
        "/x/nginx.conf",
        "http { include /x/*.conf; server { location / { proxy_pass http://127.0.0.1:1; } } }\n",
    );
    assert_eq!(upstreams(&main, &files).len(), 1);
}
