use super::*;

const MAIN: &str = r#"# Debian's apache2.conf, shortened
DefaultRuntimeDir ${APACHE_RUN_DIR}
Timeout 300
User ${APACHE_RUN_USER}
Group ${APACHE_RUN_GROUP}
ErrorLog ${APACHE_LOG_DIR}/error.log
Define SHOP_PORT 3000
IncludeOptional mods-enabled/*.load
IncludeOptional sites-enabled/*.conf
"#;

const SITE: &str = r#"<VirtualHost *:80>
    ServerName shop.example.com:80
    ServerAlias www.shop.example.com
    ProxyTimeout 30
    ErrorLog "|/usr/bin/rotatelogs /var/log/x 86400"

    ProxyPass /static !
    ProxyPass / http://127.0.0.1:${SHOP_PORT}/ timeout=5
    ProxyPassMatch "^/(.*\.php(/.*)?)$" "fcgi://127.0.0.1:9000/var/www/$1"
    <FilesMatch \.php$>
        SetHandler "proxy:unix:/run/php/php8.2-fpm.sock|fcgi://localhost"
    </FilesMatch>
    <Location /api>
        ProxyPass "balancer://api/"
    </Location>
    <Proxy "balancer://api">
        BalancerMember http://10.0.0.1:8080 timeout=10
        BalancerMember http://user:s3cretpw@10.0.0.2:8080
    </Proxy>
</VirtualHost>
"#;

fn tcp(host: &str, port: u16) -> Address {
    Address::Tcp {
        host: host.into(),
        port,
    }
}

fn line(text: &str, needle: &str) -> usize {
    text.lines().position(|l| l.contains(needle)).unwrap() + 1
}

fn debian() -> (ApacheFile, Vec<ApacheFile>) {
    let main = parse("/etc/apache2/apache2.conf", MAIN);
    let site = parse("/etc/apache2/sites-enabled/shop.conf", SITE);
    (main.clone(), vec![main, site])
}

#[test]
fn a_debian_site_gives_every_upstream_with_its_line_site_and_timeout() {
    let (main, files) = debian();
    assert!(
        files.iter().all(|f| f.problems.is_empty()),
        "{:?}",
        files[1].problems
    );
    let ups = upstreams(&main, &files, &[]);
    let site_file = "/etc/apache2/sites-enabled/shop.conf";
    let got: Vec<(&str, usize, &Address)> = ups
        .iter()
        .map(|u| (u.directive.as_str(), u.line, &u.address))
        .collect();
    assert_eq!(
        got,
        [
            (
                "ProxyPass",
                line(SITE, "ProxyPass / "),
                &tcp("127.0.0.1", 3000)
            ),
            (
                "ProxyPassMatch",
                line(SITE, "ProxyPassMatch"),
                &tcp("127.0.0.1", 9000)
            ),
            (
                "SetHandler",
                line(SITE, "SetHandler"),
                &Address::Unix {
                    path: "/run/php/php8.2-fpm.sock".into()
                }
            ),
            (
                "ProxyPass",
                line(SITE, "balancer://api/"),
                &tcp("10.0.0.1", 8080)
            ),
            (
                "ProxyPass",
                line(SITE, "balancer://api/"),
                &tcp("10.0.0.2", 8080)
            ),
        ],
        "{ups:#?}"
    );
    let first = &ups[0];
    assert_eq!(first.file, site_file);
    assert_eq!(first.kind, UpstreamKind::Http);
    assert_eq!(first.listen, ["*:80"]);
    assert_eq!(
        first.server_names,
        ["shop.example.com", "www.shop.example.com"]
    );
    assert_eq!(first.location.as_deref(), Some("/"));
    let t = first.read_timeout.as_ref().unwrap();
    assert_eq!((t.name.as_str(), t.seconds), ("timeout=", 5.0));
    assert_eq!(ups[1].kind, UpstreamKind::Fastcgi);
    assert_eq!(ups[2].kind, UpstreamKind::Fastcgi);
    assert_eq!(ups[2].location.as_deref(), Some("\\.php$"));
    // ProxyTimeout of the VirtualHost beats the server-wide Timeout.
    let t = ups[2].read_timeout.as_ref().unwrap();
    assert_eq!((t.name.as_str(), t.seconds), ("ProxyTimeout", 30.0));
    assert_eq!(t.at, Some((site_file.into(), line(SITE, "ProxyTimeout"))));
    let member = &ups[3];
    assert_eq!(member.location.as_deref(), Some("/api"));
    assert_eq!(
        member.group,
        Some(("api".into(), site_file.into(), line(SITE, "10.0.0.1")))
    );
    assert_eq!(member.place(), (site_file, line(SITE, "10.0.0.1")));
    assert_eq!(member.read_timeout.as_ref().unwrap().seconds, 10.0);
    assert_eq!(ups[4].read_timeout.as_ref().unwrap().seconds, 30.0);
    assert!(!format!("{ups:?}").contains("s3cretpw"));
}

#[test]
fn time_limits_fall_back_from_proxy_timeout_to_timeout_to_the_default() {
    let text = "<VirtualHost *:80>\nProxyPass / http://a:1/\n</VirtualHost>\n";
    let f = parse("/a.conf", text);
    let t = upstreams(&f, std::slice::from_ref(&f), &[])[0]
        .read_timeout
        .clone()
        .unwrap();
    assert_eq!((t.name.as_str(), t.seconds, t.at), ("Timeout", 60.0, None));
    let f = parse("/b.conf", &format!("Timeout 120\n{text}"));
    let t = upstreams(&f, std::slice::from_ref(&f), &[])[0]
        .read_timeout
        .clone()
        .unwrap();
    assert_eq!(
        (t.name.as_str(), t.seconds, t.at),
        ("Timeout", 120.0, Some(("/b.conf".into(), 1)))
    );
}

#[test]
fn the_user_and_error_logs_come_through_define_and_the_environment() {
    let (main, files) = debian();
    let env = [
        ("APACHE_RUN_USER".to_string(), "www-data".to_string()),
        ("APACHE_LOG_DIR".to_string(), "/var/log/apache2".to_string()),
    ];
    assert_eq!(
        worker_user(&main, &files, &env),
        Some(("www-data".into(), "/etc/apache2/apache2.conf".into(), 4))
    );
    assert_eq!(
        worker_user(&main, &files, &[]).map(|u| u.0),
        Some("${APACHE_RUN_USER}".to_string())
    );
    assert_eq!(
        error_logs(&main, &files, &env),
        [("/var/log/apache2/error.log".to_string(), 6)]
    );
    assert_eq!(
        expand_vars("${A}/${B}/${", &[("A".into(), "x".into())]),
        "x/${B}/${"
    );
}

#[test]
fn includes_are_listed_and_a_loop_ends() {
    let (main, _) = debian();
    assert_eq!(
        main.includes(),
        [
            ("mods-enabled/*.load".to_string(), 8),
            ("sites-enabled/*.conf".to_string(), 9)
        ]
    );
    let a = parse(
        "/x/a.conf",
        "Include b.conf\nProxyPass /a http://127.0.0.1:1/\n",
    );
    let b = parse(
        "/x/b.conf",
        "Include a.conf\nProxyPass /b http://127.0.0.1:2/\n",
    );
    let ups = upstreams(&a, &[a.clone(), b], &[]);
    let files: Vec<(&str, usize)> = ups.iter().map(|u| (u.file.as_str(), u.line)).collect();
    assert_eq!(files, [("/x/b.conf", 2), ("/x/a.conf", 2)]);
    assert_eq!(
        parse("/r.conf", "ServerRoot \"/etc/httpd\"\n")
            .server_root()
            .as_deref(),
        Some("/etc/httpd")
    );
}

#[test]
fn bad_input_is_named_and_the_rest_is_read() {
    let text = "</Directory>\n<VirtualHost *:80>\n  ProxyPass / \"http://127.0.0.1:1/\n  Bad\u{0}\n  ProxyPass /v http://${UNSET}:80/\n  ProxyPass /w fcgi://127.0.0.1/\n  ProxyPass /x http://127.0.0.1:2/\n";
    let f = parse("/bad.conf", text);
    let what: Vec<(usize, String)> = f
        .problems
        .iter()
        .map(|p| (p.line, p.what.clone()))
        .collect();
    assert_eq!(
        what,
        [
            (1, "</Directory> without a section to close".to_string()),
            (3, "a quote is not closed".to_string()),
            (4, "binary data".to_string()),
            (2, "<VirtualHost> is not closed".to_string()),
        ]
    );
    let ups = upstreams(&f, std::slice::from_ref(&f), &[]);
    assert_eq!(ups.len(), 3);
    assert!(matches!(ups[0].address, Address::Variable { .. }));
    assert!(
        matches!(ups[1].address, Address::Invalid { .. }),
        "fcgi needs a port"
    );
    assert_eq!(ups[2].address, tcp("127.0.0.1", 2));
    let long = format!("ProxyPass / http://127.0.0.1:3/ {}\n", "k".repeat(1 << 20));
    assert_eq!(upstreams(&parse("/l.conf", &long), &[], &[]).len(), 1);
    // Continued lines keep the first line's number.
    let cont = parse("/c.conf", "ProxyPass / \\\n  http://127.0.0.1:4/\n");
    assert_eq!(upstreams(&cont, &[], &[])[0].line, 1);
}

#[test]
fn deep_nesting_is_bounded() {
    let text = "<IfModule x>\n".repeat(100_000)
        + &"</IfModule>\n".repeat(100_000)
        + "ProxyPass / http://127.0.0.1:1/\n";
    let f = parse("/deep.conf", &text);
    assert!(
        f.problems.iter().any(|p| p.what.contains("nested deeper")),
        "{:?}",
        f.problems.first()
    );
    assert_eq!(upstreams(&f, &[], &[]).len(), 1);
    let ok = "<IfModule x>\n".repeat(MAX_DEPTH) + &"</IfModule>\n".repeat(MAX_DEPTH);
    assert!(parse("/ok.conf", &ok).problems.is_empty());
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn any_text_is_read_and_problems_name_real_lines(text in any::<String>()) {
            let f = parse("p.conf", &text);
            prop_assert!(crate::serverconf::on_real_lines(&f.problems, &text), "{:?}", f.problems);
            let _ = upstreams(&f, std::slice::from_ref(&f), &[]);
        }

        #[test]
        fn config_shaped_text_is_read_to_its_end(
            parts in prop::collection::vec(
                prop::sample::select(vec![
                    "<VirtualHost *:80>\n", "</VirtualHost>\n", "<Location /a>\n", "</Location>\n",
                    "ProxyPass / http://127.0.0.1:1/", "SetHandler proxy:fcgi://127.0.0.1:9000",
                    "<Proxy balancer://b>\n", "</Proxy>\n", "BalancerMember http://127.0.0.1:2",
                    "ProxyPass /b balancer://b/", "\n", "\"", "\\\n", "#c", "${X}", "\u{0}",
                    "Include *.conf\n", " timeout=3",
                ]),
                0..60,
            )
        ) {
            let text: String = parts.concat();
            let f = parse("c.conf", &text);
            for u in upstreams(&f, std::slice::from_ref(&f), &[]) {
                prop_assert!(u.line >= 1 && u.line <= text.split('\n').count());
            }
        }
    }
}

#[test]
fn the_user_and_error_logs_resolve_through_define_in_any_file() {
    let main_text = "Define RUN_AS deploy\nUser ${RUN_AS}\nErrorLog ${LOGS}/error.log\nErrorLog \"|/usr/bin/logger -t httpd\"\nErrorLog syslog:local1\nErrorLog logs/error_log\nInclude conf.d/*.conf\n";
    let main = parse("/etc/httpd/conf/httpd.conf", main_text);
    let extra = parse("/etc/httpd/conf.d/logs.conf", "Define LOGS /srv/logs\n");
    let files = [main.clone(), extra];
    assert_eq!(
        worker_user(&main, &files, &[]),
        Some(("deploy".into(), "/etc/httpd/conf/httpd.conf".into(), 2))
    );
    assert_eq!(
        error_logs(&main, &files, &[]),
        [
            ("/srv/logs/error.log".to_string(), 3),
            ("logs/error_log".to_string(), 6)
        ]
    );
    // Without the Define the text stays as written (the engine then uses www-data or apache).
    let alone = parse(
        "/a.conf",
        "User ${APACHE_RUN_USER}\nErrorLog ${APACHE_LOG_DIR}/e.log\n",
    );
    let files = std::slice::from_ref(&alone);
    assert_eq!(
        worker_user(&alone, files, &[]),
        Some(("${APACHE_RUN_USER}".into(), "/a.conf".into(), 1))
    );
    assert_eq!(
        error_logs(&alone, files, &[]),
        [("${APACHE_LOG_DIR}/e.log".to_string(), 2)]
    );
}

#[test]
fn addresses_of_every_form() {
    let text = r#"ProxyPass /a https://app.internal/
ProxyPass /b wss://[::1]:9443/socket
ProxyPass /c fcgi://localhost:9000/
ProxyPass /d !
ProxyPassMatch ^(/.*)$ http://127.0.0.1:8080$1
ProxyPassMatch ^/(\w+)/ http://$1.internal:8080/
ProxyPass /e http://10.0.0.1:99999/
ProxyPass /f not-a-url
SetHandler "proxy:fcgi://127.0.0.1:9000"
ProxyPass /g unix:/run/app.sock|http://localhost/
"#;
    let f = parse("/a.conf", text);
    let ups = upstreams(&f, std::slice::from_ref(&f), &[]);
    let got: Vec<(&str, UpstreamKind, &Address)> = ups
        .iter()
        .map(|u| (u.location.as_deref().unwrap_or("-"), u.kind, &u.address))
        .collect();
    let invalid = |t: &str| Address::Invalid { text: t.into() };
    assert_eq!(
        got,
        [
            ("/a", UpstreamKind::Http, &tcp("app.internal", 443)),
            ("/b", UpstreamKind::Http, &tcp("::1", 9443)),
            ("/c", UpstreamKind::Fastcgi, &tcp("localhost", 9000)),
            ("^(/.*)$", UpstreamKind::Http, &tcp("127.0.0.1", 8080)),
            (
                "^/(\\w+)/",
                UpstreamKind::Http,
                &Address::Variable {
                    text: "http://$1.internal:8080".into()
                }
            ),
            ("/e", UpstreamKind::Http, &invalid("http://10.0.0.1:99999")),
            ("/f", UpstreamKind::Http, &invalid("not-a-url")),
            ("-", UpstreamKind::Fastcgi, &tcp("127.0.0.1", 9000)),
            (
                "/g",
                UpstreamKind::Http,
                &Address::Unix {
                    path: "/run/app.sock".into()
                }
            ),
        ]
    );
}

#[test]
fn credentials_are_never_kept_or_shown() {
    let text = "ProxyPass / http://user:secret@10.0.0.1/\nProxyPass /x user:secret@nowhere\nRequestHeader set Authorization \"Basic c2VjcmV0\"\nSetEnv DB_PASSWORD secret\nProxyPass /auth http://10.0.0.2/\n";
    let f = parse("/s.conf", text);
    let ups = upstreams(&f, std::slice::from_ref(&f), &[]);
    assert_eq!(ups[0].address, tcp("10.0.0.1", 80));
    assert_eq!(ups.len(), 3);
    assert!(!format!("{ups:?}").contains("secret"), "{ups:?}");
    let shown: Vec<Vec<String>> = f.directives.iter().map(Directive::shown_args).collect();
    assert_eq!(shown[2], ["set", "Authorization", "(hidden)"]);
    assert_eq!(shown[3], ["DB_PASSWORD", "(hidden)"]);
    assert_eq!(shown[4], ["/auth", "http://10.0.0.2/"]);
    let all = format!("{shown:?}");
    assert!(
        !all.contains("secret") && !all.contains("c2VjcmV0"),
        "{all}"
    );
}

#[test]
fn includes_that_all_include_each_other_end_quickly() {
    // Every path through 17 files that include all the others: factorially many without a bound.
    let mut files: Vec<ApacheFile> = (0..17)
        .map(|i| parse(&format!("/x/{i:02}.conf"), "Include /x/*.conf\n"))
        .collect();
    files.push(parse(
        "/x/site.conf",
        "<VirtualHost *:80>\nProxyPass / http://127.0.0.1:5000/\n</VirtualHost>\n",
    ));
    let ups = upstreams(&files[0], &files, &[]);
    assert!(!ups.is_empty() && ups.len() <= MAX_INCLUDED);
    assert!(
        ups.iter()
            .all(|u| (u.file.as_str(), u.line) == ("/x/site.conf", 2))
    );
}
