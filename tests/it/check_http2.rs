//! `gateway-doctor check` speaking HTTP/2 as browsers do: nginx with TLS and `http2` in front of a
//! dead upstream (the protocol is recorded, the verdict is the one HTTP/1.1 gives), and small
//! `h2` servers that answer HTTP/1.1 but reset every HTTP/2 stream or send `GOAWAY` (the cause
//! is `http2_only`, the error code named, the browser's error given).

use crate::support::*;

/// The CA in a file the tool trusts through `SSL_CERT_FILE`; keep the directory alive.
fn trust(ca_pem: &str) -> (tempfile::TempDir, String) {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("ca.pem");
    std::fs::write(&path, ca_pem).expect("write ca.pem");
    let path = path.to_string_lossy().into_owned();
    (dir, path)
}

fn check_trusting(url: &str, ca_pem: &str) -> CheckRun {
    let (_dir, ca) = trust(ca_pem);
    Check::new(url).env("SSL_CERT_FILE", &ca).run()
}

fn assert_http2_only(run: &CheckRun, code: &str) {
    run.assert_code(1);
    run.assert_verdict(Some("failing"), None, Some("http2_only"));
    run.assert_str("/http/protocol", "HTTP/2");
    run.assert_str("/http/http2_error", code);
    run.assert_str("/http/outcome", "http2_error");
    let detail = run.str_at("/verdict/detail");
    assert!(
        detail.contains(code) && detail.contains("over HTTP/1.1 got the page (200)"),
        "{}",
        run.describe()
    );
    assert_eq!(
        run.checklist_item("refresh")["status"],
        "fail",
        "{}",
        run.describe()
    );
    assert!(
        run.str_at("/verdict/summary").contains("HTTP/2"),
        "{}",
        run.describe()
    );
}

#[test]
fn streams_reset_only_over_http2_are_http2_only() {
    let server = h2_faulty(H2Fault::Reset(h2::Reason::PROTOCOL_ERROR));
    let run = check_trusting(&server.url(), server.ca_pem());
    assert_http2_only(&run, "PROTOCOL_ERROR");
    assert!(
        run.str_at("/verdict/detail")
            .contains("ERR_HTTP2_PROTOCOL_ERROR"),
        "{}",
        run.describe()
    );
    assert_eq!(
        run.str_at("/verdict/confidence"),
        "high",
        "{}",
        run.describe()
    );
}

#[test]
fn goaway_only_over_http2_is_http2_only_with_its_code() {
    let server = h2_faulty(H2Fault::GoAway(h2::Reason::REFUSED_STREAM));
    let run = check_trusting(&server.url(), server.ca_pem());
    assert_http2_only(&run, "REFUSED_STREAM");
    assert!(
        run.str_at("/http/error").contains("GOAWAY"),
        "{}",
        run.describe()
    );
    assert!(
        run.str_at("/verdict/detail")
            .contains("ERR_HTTP2_SERVER_REFUSED_STREAM"),
        "{}",
        run.describe()
    );
}

/// nginx with TLS and HTTP/2 on 127.0.0.1, proxying to `upstream_port`; the certificate files
/// live in `pki_dir`.
fn nginx_h2(pki: &Pki, pki_dir: &std::path::Path, upstream_port: u16) -> Nginx {
    let (_, cert, key) = pki.write(pki_dir);
    Nginx::start(&format!(
        "server {{\n listen @LISTEN@ ssl http2;\n server_name localhost;\n \
         ssl_certificate {};\n ssl_certificate_key {};\n \
         location / {{ proxy_pass http://127.0.0.1:{upstream_port}; }}\n}}",
        cert.display(),
        key.display()
    ))
}

#[test]
fn nginx_over_http2_in_front_of_a_dead_upstream_gives_the_same_verdict() {
    let pki = Pki::new(&["127.0.0.1", "localhost"]);
    let dir = tempfile::tempdir().expect("tempdir");
    let nginx = nginx_h2(&pki, dir.path(), closed_port());
    let url = format!("https://127.0.0.1:{}/", nginx.port());
    let run = check_trusting(&url, &pki.ca_pem);
    run.assert_code(1);
    run.assert_verdict(
        Some("failing"),
        Some("upstream_app"),
        Some("upstream_failed"),
    );
    run.assert_http_status(Some(502));
    run.assert_str("/http/protocol", "HTTP/2");
    run.assert_str("/responder/software", "nginx");
    let tls = run.probes_of_kind("tls");
    assert!(
        tls.iter()
            .any(|p| any_string(&p["details"], &|s| s == "h2")),
        "ALPN h2 not recorded\n{}",
        run.describe()
    );
    // The same nginx over HTTP/1.1 (plain http on another server block is not needed: the
    // HTTP/1.1 repeat of the refresh step went to the same server) answers the same 502.
    let refresh = run.probes_of_kind("refresh");
    assert!(
        refresh
            .iter()
            .any(|p| p["details"]["http1"]["status"] == 502
                && p["details"]["http1"]["protocol"] == "HTTP/1.1"),
        "no HTTP/1.1 repeat with the same 502\n{}",
        run.describe()
    );
}
