use super::*;

/// Debian's default haproxy.cfg with a site appended.
const DEBIAN: &str = r#"global
	log /dev/log	local0
	chroot /var/lib/haproxy
	stats socket /run/haproxy/admin.sock mode 660 level admin expose-fd listeners
	stats timeout 30s
	user haproxy
	group haproxy
	daemon

defaults
	log	global
	mode	http
	option	httplog
	option	dontlognull
        timeout connect 5000
        timeout client  50000
        timeout server  50000
	errorfile 502 /etc/haproxy/errors/502.http

frontend www
	bind :80
	bind [::]:443 v4v6 ssl crt /etc/haproxy/certs/site.pem
	acl is_shop hdr(host) -i shop.example.com www.shop.example.com
	use_backend shop if is_shop
	use_backend api if { hdr(host) -i api.example.com }
	default_backend app

backend app
	balance roundrobin
	server app1 127.0.0.1:8080 check
	server app2 10.0.0.2:8080 check backup

backend shop
	timeout server 2m
	server s1 unix@/run/shop.sock
	server s2 ipv4@192.0.2.10:9000 # comment
	server s3 [::1]:9001

backend api
	mode tcp
	server a1 ${API_HOST}:443
	server a2 api.internal
	server-template web 3 _http._tcp.app.local resolvers dns

listen stats
	bind 127.0.0.1:8404
	server s 127.0.0.1:9999
"#;

fn tcp(host: &str, port: u16) -> Address {
    Address::Tcp {
        host: host.into(),
        port,
    }
}

#[test]
fn a_debian_configuration_gives_every_server_with_its_site_mode_and_timeout() {
    let f = parse("/etc/haproxy/haproxy.cfg", DEBIAN);
    assert!(f.problems.is_empty(), "{:?}", f.problems);
    let ups = upstreams(std::slice::from_ref(&f));
    let line = |needle: &str| DEBIAN.lines().position(|l| l.contains(needle)).unwrap() + 1;
    assert_eq!(ups.len(), 9, "{ups:#?}");

    let app1 = &ups[0];
    assert_eq!(app1.address, tcp("127.0.0.1", 8080));
    assert_eq!(
        (app1.directive.as_str(), app1.line),
        ("server", line("server app1"))
    );
    assert_eq!(
        app1.group,
        Some((
            "app".into(),
            "/etc/haproxy/haproxy.cfg".into(),
            line("server app1")
        ))
    );
    assert_eq!(app1.kind, UpstreamKind::Http);
    assert_eq!(app1.listen, [":80", "[::]:443"]);
    assert!(app1.server_names.is_empty());
    let t = app1.read_timeout.as_ref().unwrap();
    assert_eq!((t.name.as_str(), t.seconds), ("timeout server", 50.0));
    assert_eq!(
        t.at,
        Some((
            "/etc/haproxy/haproxy.cfg".into(),
            line("timeout server  50000")
        ))
    );

    let shop: Vec<&Upstream> = ups
        .iter()
        .filter(|u| u.group.as_ref().unwrap().0 == "shop")
        .collect();
    assert_eq!(
        shop[0].address,
        Address::Unix {
            path: "/run/shop.sock".into()
        }
    );
    assert_eq!(shop[1].address, tcp("192.0.2.10", 9000));
    assert_eq!(shop[2].address, tcp("::1", 9001));
    assert_eq!(
        shop[0].server_names,
        ["shop.example.com", "www.shop.example.com"]
    );
    let t = shop[0].read_timeout.as_ref().unwrap();
    assert_eq!(
        (t.seconds, t.at.as_ref().unwrap().1),
        (120.0, line("timeout server 2m"))
    );

    let api: Vec<&Upstream> = ups
        .iter()
        .filter(|u| u.group.as_ref().unwrap().0 == "api")
        .collect();
    assert_eq!(api[0].kind, UpstreamKind::Tcp);
    assert_eq!(api[0].server_names, ["api.example.com"]);
    assert!(matches!(&api[0].address, Address::Variable { text } if text == "${API_HOST}:443"));
    assert!(
        matches!(&api[1].address, Address::Variable { text } if text.contains("port the client"))
    );
    assert_eq!(api[2].directive, "server-template");
    assert!(matches!(api[2].address, Address::Variable { .. }));

    let stats = ups.last().unwrap();
    assert_eq!(stats.listen, ["127.0.0.1:8404"]);
    assert_eq!(stats.address, tcp("127.0.0.1", 9999));

    assert_eq!(
        worker_user(std::slice::from_ref(&f)),
        Some((
            "haproxy".into(),
            "/etc/haproxy/haproxy.cfg".into(),
            line("user haproxy")
        ))
    );
}

#[test]
fn defaults_carry_across_files_and_the_last_one_before_a_backend_applies() {
    let a = parse(
        "/etc/haproxy/a.cfg",
        "defaults\n  mode http\n  timeout server 30s\n",
    );
    let b = parse(
        "/etc/haproxy/b.cfg",
        "backend one\n  server x 127.0.0.1:1\ndefaults\n  mode tcp\nbackend two\n  server y 127.0.0.1:2\n",
    );
    let ups = upstreams(&[a, b]);
    assert_eq!(ups[0].kind, UpstreamKind::Http);
    assert_eq!(
        ups[0].read_timeout.as_ref().unwrap().at,
        Some(("/etc/haproxy/a.cfg".into(), 3))
    );
    // A new defaults section replaces the old one: no timeout server, HAProxy waits forever.
    assert_eq!(ups[1].kind, UpstreamKind::Tcp);
    assert_eq!(ups[1].read_timeout, None);
}

#[test]
fn haproxy_times_read_every_unit() {
    assert_eq!(time_secs("50000"), Some(50.0));
    assert_eq!(time_secs("30s"), Some(30.0));
    assert_eq!(time_secs("2m"), Some(120.0));
    assert_eq!(time_secs("1h"), Some(3600.0));
    assert_eq!(time_secs("1d"), Some(86_400.0));
    assert_eq!(time_secs("500ms"), Some(0.5));
    assert_eq!(time_secs("10x"), None);
    assert_eq!(time_secs(""), None);
}

#[test]
fn bad_lines_are_problems_and_the_rest_is_read() {
    let text = "server early 127.0.0.1:1\nbackend b\n  server q \"unclosed 127.0.0.1:2\n  \u{0}junk\n  server ok 127.0.0.1:3\n  server bad 127.0.0.1:99999\n";
    let f = parse("x.cfg", text);
    let what: Vec<(usize, &str)> = f
        .problems
        .iter()
        .map(|p| (p.line, p.what.as_str()))
        .collect();
    assert_eq!(
        what,
        [
            (1, "'server' before any section"),
            (3, "a quote is not closed"),
            (4, "binary data")
        ]
    );
    let ups = upstreams(std::slice::from_ref(&f));
    assert_eq!(ups.len(), 2);
    assert_eq!(ups[0].address, tcp("127.0.0.1", 3));
    assert!(matches!(ups[1].address, Address::Invalid { .. }));
    let long = format!(
        "backend b\n  server s 127.0.0.1:1 {}\n",
        "x".repeat(1 << 20)
    );
    assert_eq!(upstreams(&[parse("l.cfg", &long)]).len(), 1);
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn any_text_is_read_and_problems_name_real_lines(text in any::<String>()) {
            let f = parse("p.cfg", &text);
            prop_assert!(crate::serverconf::on_real_lines(&f.problems, &text), "{:?}", f.problems);
            let _ = upstreams(std::slice::from_ref(&f));
            let _ = worker_user(std::slice::from_ref(&f));
        }

        #[test]
        fn config_shaped_text_is_read_to_its_end(
            parts in prop::collection::vec(
                prop::sample::select(vec![
                    "backend b\n", "frontend f\n", "defaults\n", "listen l\n", "server s 127.0.0.1:1",
                    "server t unix@/x", " mode http", " timeout server 5s", "\n", "\"", "'", "\\",
                    "#c", " use_backend b if { hdr(host) -i a.test }", " bind :80", "${X}", "\u{0}",
                ]),
                0..60,
            )
        ) {
            let text: String = parts.concat();
            let f = parse("c.cfg", &text);
            for u in upstreams(std::slice::from_ref(&f)) {
                prop_assert!(u.line >= 1 && u.line <= text.split('\n').count());
            }
        }
    }
}
