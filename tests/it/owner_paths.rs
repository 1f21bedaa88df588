//! Owner mode, the app layer: the `paths` probe and the `burst` probe against real servers on
//! loopback (nginx serving static files in front of a dead app, nginx failing everything, nginx
//! serving the WordPress-like fixture, a Rust app with two workers), and the `restart_server`,
//! `plugins` and `php_limits` items built from what they saw.

use crate::support::*;
use gateway_doctor::diagnosis::ItemStatus;
use gateway_doctor::diagnosis::owner::{php_limits, plugins, restart_server, server_logs};
use gateway_doctor::evidence::paths::{PathKind, PathsObservation};
use gateway_doctor::evidence::{Evidence, ProbeKind};
use gateway_doctor::probe::burst::{self, BurstOptions};
use gateway_doctor::probe::dns::Resolver;
use gateway_doctor::probe::http::Client;
use gateway_doctor::probe::paths;
use gateway_doctor::target::Target;
use std::sync::Arc;
use std::time::Duration;

const TIMEOUT: Duration = Duration::from_secs(3);

fn client() -> Client {
    Client {
        resolver: Arc::new(Resolver::new(None, TIMEOUT)),
        timeout: TIMEOUT,
        proxy: None,
    }
}

fn target(url: &str) -> Target {
    Target::parse(url).unwrap_or_else(|e| panic!("target {url}: {e}"))
}

/// Evidence holding only a finished `paths` observation.
fn with_paths(obs: PathsObservation) -> Evidence {
    Evidence {
        planned: vec![ProbeKind::Paths],
        finished: vec![ProbeKind::Paths],
        paths: Some(obs),
        ..Evidence::default()
    }
}

fn statuses(obs: &PathsObservation, kind: PathKind) -> Vec<(String, Option<u16>)> {
    obs.of_kind(kind)
        .map(|c| (c.path.clone(), c.status))
        .collect()
}

#[test]
fn static_files_fine_and_page_502_blames_the_app_server() {
    let root = tempfile::tempdir().expect("tempdir");
    std::fs::write(root.path().join("robots.txt"), "User-agent: *\n").expect("robots");
    std::fs::create_dir(root.path().join("css")).expect("css dir");
    std::fs::write(root.path().join("css/site.css"), "body{}\n").expect("css");
    let nginx = Nginx::server(&format!(
        "root {};\n location = /robots.txt {{ }}\n location ~* \\.(css|js|png|ico)$ {{ }}\n \
         location / {{ proxy_pass http://127.0.0.1:{}; }}",
        root.path().display(),
        closed_port()
    ));
    // The page as the owner knows it (when it worked) links the stylesheet.
    let page = r#"<html><head><link rel="stylesheet" href="/css/site.css"></head></html>"#;
    let obs = runtime().block_on(paths::run(&target(&nginx.url()), page, &client()));

    let statics = statuses(&obs, PathKind::Static);
    assert_eq!(
        statics,
        [
            ("/robots.txt".to_string(), Some(200)),
            ("/favicon.ico".to_string(), Some(404)),
            ("/css/site.css".to_string(), Some(200)),
        ],
        "{}",
        nginx.error_log()
    );
    let dynamics = statuses(&obs, PathKind::Dynamic);
    assert_eq!(dynamics.len(), 2);
    assert!(
        dynamics.iter().all(|(_, s)| *s == Some(502)),
        "{dynamics:?}"
    );
    assert!(dynamics[1].0.starts_with("/?gd-nocache="), "{dynamics:?}");
    assert!(
        obs.checks
            .iter()
            .all(|c| c.server.as_deref().is_some_and(|s| s.starts_with("nginx")))
    );

    let item = restart_server::assess(&with_paths(obs));
    assert_eq!(item.status, ItemStatus::Fail, "{item:?}");
    assert!(item.finding.contains("nginx works"), "{}", item.finding);
    assert!(
        item.finding.contains("application server"),
        "{}",
        item.finding
    );
    assert_eq!(item.commands[0], "systemctl restart 'php*-fpm'");
}

#[test]
fn everything_502_points_at_the_upstream_configuration() {
    let nginx = Nginx::server(&format!(
        "location / {{ proxy_pass http://127.0.0.1:{}; }}",
        closed_port()
    ));
    let obs = runtime().block_on(paths::run(&target(&nginx.url()), "", &client()));
    assert_eq!(obs.checks.len(), 4, "{obs:?}");
    assert!(obs.checks.iter().all(|c| c.status == Some(502)), "{obs:?}");

    let ev = with_paths(obs);
    let item = restart_server::assess(&ev);
    assert_eq!(item.status, ItemStatus::Fail);
    assert!(
        item.finding.contains("Static files fail too"),
        "{}",
        item.finding
    );
    assert!(
        item.advice.contains("upstream configuration"),
        "{}",
        item.advice
    );
    assert!(
        item.commands.contains(&"nginx -t".to_string()),
        "{:?}",
        item.commands
    );
    let logs = server_logs::assess(&ev);
    assert!(
        logs.commands
            .contains(&"tail -n 100 /var/log/nginx/error.log".to_string())
    );
}

#[test]
fn wordpress_fixture_lists_its_plugins() {
    let fixture = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/wordpress");
    let nginx = Nginx::server(&format!(
        "root {fixture};\n index index.html;\n add_header X-Powered-By \"PHP/8.2.12\";"
    ));
    let rt = runtime();
    let client = client();
    let site = target(&nginx.url());
    // The main request, as the engine makes it; its page feeds the probe.
    let main = rt.block_on(client.fetch(&site, None, &[], false));
    assert_eq!(main.http.status, Some(200), "{}", nginx.error_log());
    let obs = rt.block_on(paths::run(&site, &main.page, &client));

    assert_eq!(
        obs.app.plugins,
        ["contact-form-7", "woocommerce", "wordpress-seo"]
    );
    let wp = obs.app.wordpress.clone().and_then(|w| w.version);
    assert_eq!(wp.as_deref(), Some("6.4.2"));
    let php = obs.app.php.clone().and_then(|p| p.version);
    assert_eq!(php.as_deref(), Some("8.2.12"), "from X-Powered-By");
    let statics = statuses(&obs, PathKind::Static);
    assert_eq!(statics[0], ("/robots.txt".to_string(), Some(200)));
    // Two assets of the page, same origin only (the fixture also links other hosts).
    assert_eq!(statics.len(), 4, "{statics:?}");
    assert!(statics[2].0.starts_with("/wp-includes/css/"), "{statics:?}");

    let ev = with_paths(obs);
    let item = plugins::assess(&ev);
    assert_eq!(item.status, ItemStatus::Info, "{item:?}");
    assert!(item.finding.contains("WordPress 6.4.2"), "{}", item.finding);
    assert!(
        item.finding
            .contains("contact-form-7, woocommerce, wordpress-seo"),
        "{}",
        item.finding
    );
    assert!(
        item.commands
            .contains(&"wp plugin deactivate contact-form-7".to_string())
    );
    assert_eq!(restart_server::assess(&ev).status, ItemStatus::Pass);
    let logs = server_logs::assess(&ev);
    assert!(
        logs.commands
            .contains(&"tail -n 100 /var/log/php8.2-fpm.log".to_string())
    );
}

#[test]
fn burst_finds_overload_and_never_exceeds_its_caps() {
    let app = limited_workers(2, Duration::from_millis(150));
    // Asking for more than the caps must not get more.
    let options = BurstOptions {
        max_requests: 500,
        max_concurrency: 64,
        enabled: true,
    };
    let obs = runtime().block_on(burst::run(&target(&app.url()), &options, &client()));

    assert_eq!(app.requests(), 20, "requests at the server");
    assert_eq!(obs.total_requests, 20);
    assert!(
        app.max_in_flight() <= 4,
        "max in flight {}",
        app.max_in_flight()
    );
    assert!(app.max_in_flight() >= 3, "the last round runs 4 at once");
    let levels: Vec<u32> = obs.rounds.iter().map(|r| r.concurrency).collect();
    assert_eq!(levels, [1, 2, 4]);
    assert_eq!(obs.rounds[0].failures, 0, "{obs:?}");
    assert_eq!(obs.rounds[1].failures, 0, "{obs:?}");
    assert!(obs.rounds[2].failures >= 2, "{obs:?}");
    assert!(obs.rounds[2].statuses.contains_key("502"), "{obs:?}");
    assert!(
        obs.rounds[0].p50_ms.is_some_and(|ms| ms >= 100.0),
        "{obs:?}"
    );
    assert_eq!(obs.label, "a small burst of 20 requests, at most 4 at once");
    assert!(obs.failures_grow_with_concurrency());

    let ev = Evidence {
        planned: vec![ProbeKind::Burst],
        finished: vec![ProbeKind::Burst],
        burst: Some(obs),
        ..Evidence::default()
    };
    let item = php_limits::assess(&ev);
    assert_eq!(item.status, ItemStatus::Fail, "{item:?}");
    assert!(item.advice.contains("pm.max_children"), "{}", item.advice);
}

#[test]
fn burst_within_the_workers_finds_no_overload() {
    let app = limited_workers(2, Duration::from_millis(20));
    let options = BurstOptions {
        max_requests: 9,
        max_concurrency: 2,
        enabled: true,
    };
    let obs = runtime().block_on(burst::run(&target(&app.url()), &options, &client()));
    assert_eq!(app.requests(), 9);
    assert!(
        app.max_in_flight() <= 2,
        "max in flight {}",
        app.max_in_flight()
    );
    assert_eq!(obs.total_failures(), 0, "{obs:?}");
    let ev = Evidence {
        burst: Some(obs),
        ..Evidence::default()
    };
    assert_eq!(php_limits::assess(&ev).status, ItemStatus::Pass);
}

#[test]
fn disabled_burst_sends_nothing() {
    let app = limited_workers(2, Duration::from_millis(20));
    let options = BurstOptions {
        enabled: false,
        ..BurstOptions::default()
    };
    let obs = runtime().block_on(burst::run(&target(&app.url()), &options, &client()));
    std::thread::sleep(Duration::from_millis(100));
    assert_eq!(app.requests(), 0);
    assert_eq!(app.server.accepted_connections(), 0);
    assert!(!obs.enabled);
    assert!(obs.rounds.is_empty());
    assert_eq!(obs.total_requests, 0);
    let ev = Evidence {
        burst: Some(obs),
        ..Evidence::default()
    };
    assert!(php_limits::assess(&ev).finding.contains("turned off"));
}

#[test]
fn burst_on_a_slow_site_stops_when_its_time_runs_out() {
    let app = slow(400);
    let client = Client {
        timeout: Duration::from_secs(1),
        ..client()
    };
    let started = std::time::Instant::now();
    let obs = runtime().block_on(burst::run(
        &target(&app.url()),
        &BurstOptions::default(),
        &client,
    ));
    // No request starts after 3 timeouts (3 s); the last ones finish within one more.
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "{:?}",
        started.elapsed()
    );
    assert!(obs.total_requests < 20, "{obs:?}");
    assert!(obs.total_requests >= 7, "the first two rounds fit: {obs:?}");
    let why = obs.stopped_early.clone().unwrap_or_default();
    assert!(why.contains("time ran out"), "{obs:?}");
    assert_eq!(obs.total_failures(), 0, "slow is not failing: {obs:?}");
}
