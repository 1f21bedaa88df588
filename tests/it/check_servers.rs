//! `gateway-doctor check` straight against misbehaving origins (no proxy in front): nothing
//! listening, a server that never answers, one that talks garbage, one that hangs up, one that
//! redirects forever, and one with a body far too big to read.

use crate::support::*;
use std::time::Duration;

#[test]
fn closed_port_is_unreachable_tcp_refused() {
    let port = closed_port();
    let run = Check::new(format!("http://127.0.0.1:{port}/")).run();
    run.assert_code(1);
    run.assert_verdict(
        Some("unreachable"),
        Some("reverse_proxy"),
        Some("tcp_refused"),
    );
    run.assert_http_status(None);
}

#[test]
fn server_that_never_answers_is_a_response_timeout() {
    let server = accept_and_hang();
    let run = Check::new(server.url()).timeout(1).run();
    run.assert_code(1);
    run.assert_verdict(None, None, Some("response_timeout"));
    assert_ne!(run.str_at("/verdict/status"), "healthy");
    // A correctness guard (the timeout must be honoured), not a performance assertion.
    assert!(
        run.elapsed < Duration::from_secs(30),
        "took {:?} with --timeout 1\n{}",
        run.elapsed,
        run.describe()
    );
    run.assert_http_status(None);
}

#[test]
fn garbage_answer_is_not_http() {
    let server = garbage();
    let run = Check::new(server.url()).run();
    run.assert_code(1);
    run.assert_verdict(None, None, Some("not_http"));
    assert_ne!(run.str_at("/verdict/status"), "healthy");
}

#[test]
fn hang_up_without_answer_is_connection_closed() {
    let server = accept_then_close();
    let run = Check::new(server.url()).run();
    run.assert_code(1);
    run.assert_verdict(None, None, Some("connection_closed"));
    assert_ne!(run.str_at("/verdict/status"), "healthy");
}

#[test]
fn redirect_loop_is_blamed_on_the_app_and_the_chain_is_shown() {
    let server = redirect_loop();
    let port = server.port();
    let run = Check::new(server.url()).run();
    run.assert_code(1);
    run.assert_verdict(None, Some("upstream_app"), Some("redirect_loop"));
    // The chain (/ -> /a -> /b -> /a ...) must be visible somewhere in the evidence.
    let evidence = serde_json::json!([run.at("/probes"), run.at("/http")]);
    for hop in ["/a", "/b"] {
        let needle = format!("{port}{hop}");
        assert!(
            any_string(&evidence, &|s| s.contains(&needle) || s == hop),
            "redirect hop {hop} not shown in probes/http\n{}",
            run.describe()
        );
    }
}

#[test]
fn huge_body_is_read_only_partly() {
    let big = big_body();
    let run = Check::new(big.server.url()).run();
    run.assert_code(0);
    run.assert_verdict(Some("healthy"), Some("none"), Some("ok"));
    run.assert_http_status(Some(200));
    assert_eq!(
        run.at("/http/body_truncated").as_bool(),
        Some(true),
        "{}",
        run.describe()
    );
    let read = run.at("/http/body_bytes").as_u64();
    assert!(
        matches!(read, Some(n) if n > 0 && n <= 262_144),
        "body_bytes {read:?}\n{}",
        run.describe()
    );
    assert!(big.requests() >= 1, "the server was never asked");
    assert_eq!(
        big.complete_bodies(),
        0,
        "the tool downloaded all 50 MB\n{}",
        run.describe()
    );
}
