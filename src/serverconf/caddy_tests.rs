use super::*;

const CADDYFILE: &str = r#"{
	email admin@example.com
}

(php) {
	php_fastcgi unix//run/php/php8.2-fpm.sock
}

shop.example.com, www.shop.example.com {
	root * /var/www/shop
	import php
	reverse_proxy /api/* 127.0.0.1:9000 127.0.0.1:9001 {
		transport http {
			read_timeout 30s
			response_header_timeout 1m30s
		}
	}
	handle /admin/* {
		reverse_proxy {
			to localhost:7000
		}
	}
	file_server
}

http://:8080 {
	reverse_proxy {$BACKEND} https://api.internal h2c://127.0.0.1:7001 `unix//run/app.sock`
	reverse_proxy /r/* localhost:8001-8003
}
"#;

fn tcp(host: &str, port: u16) -> Address {
    Address::Tcp {
        host: host.into(),
        port,
    }
}

fn line(needle: &str) -> usize {
    CADDYFILE.lines().position(|l| l.contains(needle)).unwrap() + 1
}

#[test]
fn sites_snippets_and_handles_give_every_upstream_with_its_line() {
    let f = parse("/etc/caddy/Caddyfile", CADDYFILE);
    assert!(f.problems.is_empty(), "{:?}", f.problems);
    assert_eq!(f.snippets(), ["php"]);
    assert!(f.includes(&f.snippets()).is_empty());
    let ups = upstreams(&f, std::slice::from_ref(&f));
    let got: Vec<(&str, usize, &Address)> = ups
        .iter()
        .map(|u| (u.directive.as_str(), u.line, &u.address))
        .collect();
    let sock = Address::Unix {
        path: "/run/php/php8.2-fpm.sock".into(),
    };
    assert_eq!(
        got,
        [
            ("php_fastcgi", line("php_fastcgi"), &sock),
            (
                "reverse_proxy",
                line("reverse_proxy /api"),
                &tcp("127.0.0.1", 9000)
            ),
            (
                "reverse_proxy",
                line("reverse_proxy /api"),
                &tcp("127.0.0.1", 9001)
            ),
            (
                "reverse_proxy",
                line("to localhost:7000"),
                &tcp("localhost", 7000)
            ),
            (
                "reverse_proxy",
                line("{$BACKEND}"),
                &Address::Variable {
                    text: "{$BACKEND}".into()
                }
            ),
            (
                "reverse_proxy",
                line("{$BACKEND}"),
                &tcp("api.internal", 443)
            ),
            ("reverse_proxy", line("{$BACKEND}"), &tcp("127.0.0.1", 7001)),
            (
                "reverse_proxy",
                line("{$BACKEND}"),
                &Address::Unix {
                    path: "/run/app.sock".into()
                }
            ),
            ("reverse_proxy", line("8001-8003"), &tcp("localhost", 8001)),
            ("reverse_proxy", line("8001-8003"), &tcp("localhost", 8002)),
            ("reverse_proxy", line("8001-8003"), &tcp("localhost", 8003)),
        ],
        "{ups:#?}"
    );
    let php = &ups[0];
    assert_eq!(php.kind, UpstreamKind::Fastcgi);
    assert_eq!(
        php.server_names,
        ["shop.example.com", "www.shop.example.com"]
    );
    assert_eq!(php.listen, [":443"]);
    assert_eq!(
        php.read_timeout, None,
        "Caddy waits without limit by default"
    );
    let api = &ups[1];
    assert_eq!(api.location.as_deref(), Some("/api/*"));
    let t = api.read_timeout.as_ref().unwrap();
    assert_eq!(
        (t.name.as_str(), t.seconds),
        ("response_header_timeout", 90.0)
    );
    assert_eq!(
        t.at,
        Some((
            "/etc/caddy/Caddyfile".into(),
            line("response_header_timeout")
        ))
    );
    assert_eq!(ups[3].location.as_deref(), Some("/admin/*"));
    assert_eq!(ups[4].listen, [":8080"]);
    assert!(ups[4].server_names.is_empty());
}

#[test]
fn a_single_site_without_braces_and_imported_files_are_read() {
    let main = parse(
        "/etc/caddy/Caddyfile",
        "localhost:8080\n\nimport sites/*.caddy\nreverse_proxy 127.0.0.1:3000\n",
    );
    assert_eq!(main.includes(&[]), [("sites/*.caddy".to_string(), 3)]);
    let ups = upstreams(&main, &[]);
    assert_eq!(ups.len(), 1);
    assert_eq!(ups[0].listen, [":8080"]);
    assert_eq!(ups[0].server_names, ["localhost"]);

    let main = parse("/etc/caddy/Caddyfile", "import /etc/caddy/sites/*.caddy\n");
    let site = parse(
        "/etc/caddy/sites/a.caddy",
        "a.test {\n  reverse_proxy 127.0.0.1:1\n}\n",
    );
    let ups = upstreams(&main, &[main.clone(), site]);
    assert_eq!(
        (ups[0].file.as_str(), ups[0].line),
        ("/etc/caddy/sites/a.caddy", 2)
    );
    // An import loop ends.
    let a = parse("/x/a", "import /x/b\n");
    let b = parse("/x/b", "import /x/a\nb.test {\n reverse_proxy :2\n}\n");
    assert_eq!(upstreams(&a, &[a.clone(), b]).len(), 1);
}

#[test]
fn caddy_durations_follow_go() {
    assert_eq!(duration_secs("30s"), Some(30.0));
    assert_eq!(duration_secs("1m30s"), Some(90.0));
    assert_eq!(duration_secs("500ms"), Some(0.5));
    assert_eq!(duration_secs("2h"), Some(7200.0));
    assert_eq!(duration_secs("1d"), Some(86_400.0));
    assert_eq!(duration_secs("1.5s"), Some(1.5));
    assert_eq!(duration_secs("5x"), None);
    assert_eq!(duration_secs(""), None);
}

#[test]
fn bad_input_is_named_and_the_rest_is_read() {
    let text = "}\na.test {\n  reverse_proxy \"127.0.0.1:1\n  junk\u{0}\n  reverse_proxy http://user:s3cretpw@127.0.0.1:2\n  reverse_proxy 127.0.0.1:99999\n";
    let f = parse("/bad", text);
    let what: Vec<(usize, &str)> = f
        .problems
        .iter()
        .map(|p| (p.line, p.what.as_str()))
        .collect();
    assert_eq!(
        what,
        [
            (1, "'}' without a block to close"),
            (3, "a quote is not closed"),
            (4, "binary data"),
            (2, "this block is not closed"),
        ]
    );
    let ups = upstreams(&f, &[]);
    assert_eq!(ups.len(), 2);
    assert_eq!(ups[0].address, tcp("127.0.0.1", 2));
    assert!(matches!(ups[1].address, Address::Invalid { .. }));
    assert!(!format!("{ups:?}").contains("s3cretpw"));
    let long = format!("a.test {{\n reverse_proxy :1 {}\n}}\n", "x".repeat(1 << 20));
    let ups = upstreams(&parse("/l", &long), &[]);
    assert_eq!(ups.len(), 2);
    assert!(matches!(&ups[1].address, Address::Invalid { text } if text.len() < 100));
}

#[test]
fn deep_nesting_is_bounded() {
    let text =
        "a {\n".repeat(100_000) + &"}\n".repeat(100_000) + "b.test {\n reverse_proxy :1\n}\n";
    let f = parse("/deep", &text);
    assert!(
        f.problems.iter().any(|p| p.what.contains("nested deeper")),
        "{:?}",
        f.problems.first()
    );
    assert_eq!(upstreams(&f, &[]).len(), 1);
    let ok = "a {\n".repeat(MAX_DEPTH) + &"}\n".repeat(MAX_DEPTH);
    assert!(parse("/ok", &ok).problems.is_empty());
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn any_text_is_read_and_problems_name_real_lines(text in any::<String>()) {
            let f = parse("p", &text);
            prop_assert!(crate::serverconf::on_real_lines(&f.problems, &text), "{:?}", f.problems);
            let _ = upstreams(&f, std::slice::from_ref(&f));
        }

        #[test]
        fn config_shaped_text_is_read_to_its_end(
            parts in prop::collection::vec(
                prop::sample::select(vec![
                    "a.test {\n", "}\n", "{\n", "(s) {\n", "import s\n", "reverse_proxy :1",
                    " 127.0.0.1:2", "php_fastcgi unix//x", "transport fastcgi {\n",
                    "read_timeout 5s\n", "handle /a/* {\n", "\n", "\"", "`", "\\\n", "#c", "{$X}",
                    "\u{0}",
                ]),
                0..60,
            )
        ) {
            let text: String = parts.concat();
            let f = parse("c", &text);
            for u in upstreams(&f, std::slice::from_ref(&f)) {
                prop_assert!(u.line >= 1 && u.line <= text.split('\n').count());
            }
        }
    }
}

#[test]
fn files_that_import_each_other_are_bounded() {
    // As for nginx: import-only files lay out nothing; only the bound on imports ends them.
    let files: Vec<CaddyFile> = (0..17)
        .map(|i| parse(&format!("/c/{i}.caddy"), "import /c/*.caddy\n"))
        .collect();
    let main = parse(
        "/c/Caddyfile",
        "import /c/*.caddy\na.test {\n reverse_proxy :1\n}\n",
    );
    assert_eq!(upstreams(&main, &files).len(), 1);
}
