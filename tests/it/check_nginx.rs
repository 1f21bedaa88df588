//! `gateway-doctor check` against a real nginx in front of a working, dead, closing, slow or
//! missing upstream: the classic 502/504 cases must be blamed on the application behind nginx,
//! with nginx named as the responder.

use crate::support::*;

/// nginx proxying `location /` to 127.0.0.1:port with `extra` directives.
fn nginx_proxy_to(port: u16, extra: &str) -> Nginx {
    Nginx::server(&format!(
        "location / {{ {extra} proxy_pass http://127.0.0.1:{port}; }}"
    ))
}

/// The assertions every "nginx says 502 because of its upstream" run shares.
fn assert_upstream_failure(run: &CheckRun, http_status: u64, cause: &str) {
    run.assert_code(1);
    run.assert_verdict(Some("failing"), Some("upstream_app"), Some(cause));
    run.assert_str("/responder/software", "nginx");
    run.assert_http_status(Some(http_status));
    let refresh = run.checklist_item("refresh");
    assert_eq!(refresh["status"], "fail", "{}", run.describe());
}

#[test]
fn healthy_nginx_in_front_of_a_working_app() {
    let app = http_ok();
    let nginx = nginx_proxy_to(app.port(), "");
    let run = Check::new(nginx.url()).run();
    run.assert_code(0);
    run.assert_verdict(Some("healthy"), Some("none"), Some("ok"));
    run.assert_str("/responder/software", "nginx");
    run.assert_http_status(Some(200));
    run.assert_str("/target/scheme", "http");
    assert_eq!(
        run.at("/target/port").as_u64(),
        Some(u64::from(nginx.port())),
        "{}",
        run.describe()
    );
    assert!(
        run.at("/http/timings_ms").is_object(),
        "timings missing\n{}",
        run.describe()
    );
}

#[test]
fn upstream_refusing_connections_gives_502_upstream_failed() {
    let nginx = nginx_proxy_to(closed_port(), "");
    let run = Check::new(nginx.url()).run();
    assert_upstream_failure(&run, 502, "upstream_failed");
}

#[test]
fn upstream_closing_without_answer_gives_502_upstream_failed() {
    let app = accept_then_close();
    let nginx = nginx_proxy_to(app.port(), "");
    let run = Check::new(nginx.url()).run();
    assert_upstream_failure(&run, 502, "upstream_failed");
}

#[test]
fn slow_upstream_past_proxy_read_timeout_gives_504_upstream_timeout() {
    let app = slow(3_000);
    let nginx = nginx_proxy_to(app.port(), "proxy_read_timeout 1s;");
    // nginx needs 1 s per request to give up; leave room for that under the tool's timeout.
    let run = Check::new(nginx.url()).timeout(4).run();
    assert_upstream_failure(&run, 504, "upstream_timeout");
}

#[test]
fn missing_php_fpm_socket_gives_502_upstream_failed() {
    let nginx = Nginx::server("location / { fastcgi_pass unix:@DIR@/missing.sock; }");
    let run = Check::new(nginx.url()).run();
    assert_upstream_failure(&run, 502, "upstream_failed");
    assert!(
        nginx.error_log().contains("missing.sock"),
        "nginx did not try the socket: {}",
        nginx.error_log()
    );
}

#[test]
fn one_of_two_upstreams_down_is_intermittent() {
    let app = http_ok();
    // max_fails=0 keeps nginx from taking the dead server out of the rotation, and without
    // proxy_next_upstream every other request really fails: 200, 502, 200, 502, ...
    let nginx = Nginx::start(&format!(
        "upstream app {{\n server 127.0.0.1:{} max_fails=0;\n server 127.0.0.1:{} max_fails=0;\n}}\n\
         server {{\n listen @LISTEN@;\n location / {{ proxy_next_upstream off; proxy_pass http://app; }}\n}}",
        app.port(),
        closed_port()
    ));
    let run = Check::new(nginx.url()).retries(4).run();
    run.assert_code(1);
    run.assert_verdict(Some("intermittent"), None, None);
    run.assert_str("/responder/software", "nginx");
    let culprit = run.str_at("/verdict/culprit");
    assert_ne!(culprit, "none", "{}", run.describe());
    // Round robin makes the cache and browser requests differ by chance: that must not be
    // blamed on cookies or on the browser.
    for id in ["clear_cache", "other_browser"] {
        let status = run.checklist_item(id)["status"]
            .as_str()
            .unwrap_or_default();
        assert!(
            !matches!(status, "fail" | "warn"),
            "{id} blamed for chance: {status}\n{}",
            run.describe()
        );
    }
}

/// The application behind nginx answers 502 itself (its own JSON, `X-Powered-By` passed
/// through): nginx did get an answer, so the verdict is the application's error, quoted, not
/// "nginx could not get a response".
#[test]
fn an_app_that_answers_502_itself_is_not_blamed_on_nginx() {
    let body = r#"{"error":"Bad Gateway","message":"payment service did not answer"}"#;
    let mut canned = crate::support::tcp::Canned::new(502, "Bad Gateway", body);
    canned.headers = vec![
        ("Content-Type".into(), "application/json".into()),
        ("X-Powered-By".into(), "Express".into()),
    ];
    let app = http_canned(canned);
    let nginx = nginx_proxy_to(app.port(), "");
    let run = Check::new(nginx.url()).run();
    run.assert_code(1);
    run.assert_http_status(Some(502));
    run.assert_verdict(Some("failing"), Some("upstream_app"), Some("app_error"));
    let detail = run.str_at("/verdict/detail");
    assert!(
        detail.contains("The application answered 502 itself (nginx passed it on)")
            && detail.contains("payment service did not answer")
            && !detail.contains("no usable answer"),
        "{}",
        run.describe()
    );
    // The owner is not told to restart what answered.
    let owner = Check::new(nginx.url())
        .arg("--mode")
        .arg("owner")
        .arg("--no-burst")
        .arg("--no-server-checks")
        .run();
    owner.assert_verdict(None, None, Some("app_error"));
    let restart = owner.checklist_item("restart_server");
    assert_eq!(restart["status"], "warn", "{}", owner.describe());
    assert!(
        restart["finding"]
            .as_str()
            .is_some_and(|f| f.contains("answered the error itself")),
        "{restart}"
    );
}
