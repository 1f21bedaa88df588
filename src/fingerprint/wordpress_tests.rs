//! Unit tests for `wordpress`: the committed WordPress-like fixture page, header-only signs, and
//! hostile input (odd slugs, huge pages, other origins).

use super::*;

const FIXTURE: &str = include_str!("../../tests/fixtures/wordpress/index.html");

fn h(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
    pairs
        .iter()
        .map(|(n, v)| (n.to_string(), v.to_string()))
        .collect()
}

#[test]
fn fixture_page_is_wordpress_with_its_plugins() {
    let app = detect(&[], FIXTURE);
    assert_eq!(app.wordpress, Some(Seen::with(Some("6.4.2".into()))));
    // WordPress implies PHP, without a version.
    assert_eq!(app.php, Some(Seen::default()));
    assert_eq!(
        app.plugins,
        ["contact-form-7", "woocommerce", "wordpress-seo"],
        "the `..` path and JSON escapes must be handled"
    );
    assert!(
        app.evidence.iter().any(|e| e.contains("WordPress 6.4.2")),
        "{:?}",
        app.evidence
    );
}

#[test]
fn php_version_from_x_powered_by() {
    let app = detect(
        &h(&[("x-powered-by", "PHP/8.2.12-1+deb12u1")]),
        "<html></html>",
    );
    let php = app.php.expect("php seen");
    assert_eq!(php.version.as_deref(), Some("8.2.12"));
    assert_eq!(php.major_minor().as_deref(), Some("8.2"));
    assert_eq!(app.wordpress, None);
    assert!(app.plugins.is_empty());
}

#[test]
fn phpsessid_cookie_means_php_without_version() {
    let app = detect(&h(&[("set-cookie", "PHPSESSID=<redacted>")]), "");
    assert_eq!(app.php, Some(Seen::default()));
    assert_eq!(app.php.and_then(|p| p.major_minor()), None);
    let other = detect(&h(&[("set-cookie", "sessionid=<redacted>")]), "");
    assert_eq!(other.php, None);
}

#[test]
fn wp_json_link_header_alone_is_wordpress() {
    let headers = h(&[(
        "link",
        "<https://shop.example/wp-json/>; rel=\"https://api.w.org/\"",
    )]);
    let app = detect(&headers, "");
    assert!(app.wordpress.is_some());
    assert_eq!(app.wordpress.and_then(|w| w.version), None);
}

#[test]
fn wp_content_path_alone_is_wordpress() {
    let body = r#"<img src="/wp-content/uploads/a.png">"#;
    assert!(detect(&[], body).wordpress.is_some());
    let body = r#"<script src="/wp-includes/js/wp-emoji.js"></script>"#;
    assert!(detect(&[], body).wordpress.is_some());
}

#[test]
fn other_generators_and_plain_pages_are_not_wordpress() {
    let body = r#"<meta name="generator" content="Hugo 0.120"><p>wordpress is nice</p>"#;
    let app = detect(&[], body);
    assert_eq!(app, AppInfo::default());
    let app = detect(&h(&[("x-powered-by", "Express")]), "<html></html>");
    assert_eq!(app.php, None);
}

#[test]
fn generator_attribute_order_and_quotes_do_not_matter() {
    let body = "<META content='WordPress 5.9' NAME=generator>";
    let app = detect(&[], body);
    assert_eq!(
        app.wordpress.and_then(|w| w.version).as_deref(),
        Some("5.9")
    );
}

#[test]
fn slugs_with_shell_characters_are_dropped_and_list_is_capped() {
    let mut body = String::from(
        "/wp-content/plugins/ok-slug/a.js /wp-content/plugins/$(rm -rf)/x.js \
         /wp-content/plugins/a;b/x.js /wp-content/plugins/no-slash-end",
    );
    for i in 0..100 {
        body.push_str(&format!(" /wp-content/plugins/p{i:03}/x.js"));
    }
    let app = detect(&[], &body);
    assert_eq!(app.plugins.len(), PLUGIN_CAP);
    assert!(app.plugins.contains(&"ok-slug".to_string()));
    assert!(app.plugins.iter().all(|s| {
        s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
    }));
    // Sorted and unique.
    let mut sorted = app.plugins.clone();
    sorted.sort();
    sorted.dedup();
    assert_eq!(sorted, app.plugins);
}

#[test]
fn broken_markup_does_not_panic() {
    for body in [
        "<meta",
        "<meta name=\"generator\" content=\"WordPress",
        "<link rel='https://api.w.org/",
        "<meta name=generator content=>",
        "<<<>>>\u{FFFD}é<meta é=é>",
        "/wp-content/plugins/",
    ] {
        let _ = detect(&[], body);
        let base = Url::parse("http://127.0.0.1:8080/").expect("url");
        let _ = static_assets(&base, body);
    }
}

#[test]
fn merge_keeps_first_versions_and_unites_plugins() {
    let mut a = detect(&[], "/wp-content/plugins/zeta/x.js");
    let b = detect(
        &h(&[("x-powered-by", "PHP/8.1.2")]),
        r#"<meta name="generator" content="WordPress 6.1"> /wp-content/plugins/alpha/y.css"#,
    );
    a.merge(b);
    assert_eq!(a.plugins, ["alpha", "zeta"]);
    assert_eq!(a.wordpress.and_then(|w| w.version).as_deref(), Some("6.1"));
    assert_eq!(a.php.and_then(|p| p.version).as_deref(), Some("8.1.2"));
}

#[test]
fn static_assets_of_the_fixture_are_same_origin_and_capped() {
    let base = Url::parse("http://127.0.0.1:8080/shop/").expect("url");
    let assets = static_assets(&base, FIXTURE);
    let shown: Vec<&str> = assets.iter().map(Url::as_str).collect();
    assert_eq!(
        shown,
        [
            "http://127.0.0.1:8080/wp-includes/css/dist/block-library/style.min.css?ver=6.4.2",
            "http://127.0.0.1:8080/wp-content/plugins/contact-form-7/includes/css/styles.css?ver=5.8.4",
            "http://127.0.0.1:8080/wp-content/plugins/woocommerce/assets/css/woocommerce.css?ver=8.4.0",
        ]
    );
}

#[test]
fn static_assets_skip_other_origins_data_urls_and_non_assets() {
    let base = Url::parse("https://shop.example/").expect("url");
    let body = r#"
        <link rel="alternate" href="/feed/">
        <link rel="stylesheet" href="https://cdn.other.example/a.css">
        <link rel="stylesheet" href="http://shop.example/insecure.css">
        <script src="//shop.example/app.js?v=1&amp;x=2"></script>
        <img src="data:image/png;base64,AAAA">
        <img src="images/logo.png">
        <script>no src</script>
    "#;
    let assets = static_assets(&base, body);
    let shown: Vec<&str> = assets.iter().map(Url::as_str).collect();
    assert_eq!(
        shown,
        [
            "https://shop.example/app.js?v=1&x=2",
            "https://shop.example/images/logo.png",
        ]
    );
}
