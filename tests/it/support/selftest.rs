//! Tests of the harness itself: each test server behaves as its name says, checked with a plain
//! socket (and the DNS server with the same resolver library the tool uses). If one of these
//! fails, the end-to-end failures next to it are about the harness, not the engine.

use super::tcp::Canned;
use super::*;
use std::io::{Read, Write};
use std::net::{Ipv4Addr, TcpStream};

/// Sends `GET path` to 127.0.0.1:port and returns everything read until close (at most `cap`
/// bytes), or the read error.
fn get(port: u16, path: &str, cap: usize) -> std::io::Result<Vec<u8>> {
    let mut s = TcpStream::connect(("127.0.0.1", port))?;
    s.set_read_timeout(Some(Duration::from_secs(5)))?;
    write!(
        s,
        "GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
    )?;
    let mut out = Vec::new();
    let mut buf = [0u8; 16 * 1024];
    while out.len() < cap {
        match s.read(&mut buf)? {
            0 => break,
            n => out.extend_from_slice(&buf[..n]),
        }
    }
    Ok(out)
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn http_servers_behave_as_named() {
    let ok = http_ok();
    let r = text(&get(ok.port(), "/", 1 << 20).unwrap());
    assert!(
        r.starts_with("HTTP/1.1 200 OK\r\n") && r.ends_with("\r\n\r\nhello"),
        "{r}"
    );
    assert!(r.contains("Server: test\r\n"), "{r}");

    let closer = accept_then_close();
    assert!(get(closer.port(), "/", 1 << 20).unwrap().is_empty());

    let junk = garbage();
    assert_eq!(get(junk.port(), "/", 1 << 20).unwrap(), GARBAGE);

    let redirects = redirect_loop();
    let port = redirects.port();
    for (from, to) in [("/", "/a"), ("/a", "/b"), ("/b", "/a")] {
        let r = text(&get(port, from, 1 << 20).unwrap());
        let location = format!("Location: http://127.0.0.1:{port}{to}\r\n");
        assert!(
            r.starts_with("HTTP/1.1 302 ") && r.contains(&location),
            "{from}: {r}"
        );
    }

    let slow_server = slow(300);
    let started = Instant::now();
    let r = text(&get(slow_server.port(), "/", 1 << 20).unwrap());
    assert!(
        started.elapsed() >= Duration::from_millis(300),
        "answered too early"
    );
    assert!(r.starts_with("HTTP/1.1 200 OK"), "{r}");
}

#[test]
fn hanging_server_never_answers() {
    let hang = accept_and_hang();
    let mut s = TcpStream::connect(("127.0.0.1", hang.port())).unwrap();
    s.set_read_timeout(Some(Duration::from_millis(500)))
        .unwrap();
    s.write_all(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n").unwrap();
    let err = s.read(&mut [0u8; 16]).expect_err("no answer, no close");
    assert!(
        matches!(
            err.kind(),
            std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
        ),
        "{err}"
    );
    drop(s);
    let started = Instant::now();
    drop(hang);
    assert!(
        started.elapsed() < Duration::from_secs(3),
        "drop must not wait for clients"
    );
}

#[test]
fn big_body_stops_when_the_client_hangs_up() {
    let big = big_body();
    let head = get(big.server.port(), "/", 256 * 1024).unwrap();
    assert!(text(&head[..200]).contains(&format!("Content-Length: {BIG_BODY_BYTES}\r\n")));
    // Our socket is closed now; the server's next writes fail and it gives up.
    let deadline = Instant::now() + Duration::from_secs(5);
    while big.requests() == 0 && Instant::now() < deadline {
        thread::sleep(Duration::from_millis(10));
    }
    assert_eq!(big.requests(), 1);
    thread::sleep(Duration::from_millis(300));
    assert_eq!(
        big.complete_bodies(),
        0,
        "a client that hung up got the whole body"
    );
}

#[test]
fn hang_guard_kills_a_stuck_process() {
    let mut cmd = Command::new("sleep");
    cmd.arg("30").stdout(Stdio::piped()).stderr(Stdio::piped());
    let out = run_guarded(cmd, Duration::from_millis(300));
    assert!(out.killed_by_guard);
    assert_eq!(out.code, -1);
    assert!(out.elapsed < Duration::from_secs(5), "{:?}", out.elapsed);

    let mut cmd = Command::new("sh");
    cmd.args(["-c", "echo out; echo err >&2; exit 3"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let out = run_guarded(cmd, Duration::from_secs(10));
    assert!(!out.killed_by_guard);
    assert_eq!(
        (out.code, out.stdout.as_str(), out.stderr.as_str()),
        (3, "out\n", "err\n")
    );
}

#[test]
fn reference_accepts_and_closed_port_refuses() {
    let reference = Reference::start();
    assert!(TcpStream::connect(reference.arg()).is_ok());
    let err = TcpStream::connect(("127.0.0.1", closed_port())).expect_err("closed");
    assert_eq!(err.kind(), std::io::ErrorKind::ConnectionRefused);
}

#[test]
fn nginx_proxies_and_fails_like_production() {
    let ok = http_ok();
    let good = Nginx::server(&format!(
        "location / {{ proxy_pass http://127.0.0.1:{}; }}",
        ok.port()
    ));
    let r = text(&get(good.port(), "/", 1 << 20).unwrap());
    assert!(
        r.starts_with("HTTP/1.1 200 OK") && r.contains("Server: nginx"),
        "{r}"
    );
    assert!(r.ends_with("hello"), "{r}");

    let refused = Nginx::server(&format!(
        "location / {{ proxy_pass http://127.0.0.1:{}; }}",
        closed_port()
    ));
    let r = text(&get(refused.port(), "/", 1 << 20).unwrap());
    assert!(r.starts_with("HTTP/1.1 502 Bad Gateway"), "{r}");
    let log = refused.error_log();
    assert!(
        log.contains("Connection refused) while connecting to upstream"),
        "{log}"
    );

    let port = good.port();
    drop(good);
    assert!(
        TcpStream::connect(("127.0.0.1", port)).is_err(),
        "nginx still listening"
    );
}

#[test]
fn tls_server_presents_the_requested_certificate() {
    for (kind, response, status) in [
        (CertKind::SelfSigned, Canned::ok_hello(), "200 OK"),
        (CertKind::Expired, Canned::nginx_502(), "502 Bad Gateway"),
    ] {
        let server = tls_server(kind, response);
        let curl = |extra: &[&str]| {
            let out = Command::new("curl")
                .args(["-sS", "-m", "5", "-i", "--noproxy", "*"])
                .args(extra)
                .arg(server.url())
                .output()
                .expect("curl is installed");
            (out.status.code(), text(&out.stdout), text(&out.stderr))
        };
        // Untrusted by default.
        let (code, _, err) = curl(&[]);
        assert_ne!(code, Some(0), "{kind:?}: curl trusted the certificate");
        assert!(err.contains("self-signed certificate"), "{kind:?}: {err}");
        // Trusting the certificate itself: only the expiry is left.
        let dir = tempfile::tempdir().unwrap();
        let ca = dir.path().join("cert.pem");
        std::fs::write(&ca, server.cert_pem()).unwrap();
        let (code, out, err) = curl(&["--cacert", ca.to_str().unwrap()]);
        match kind {
            CertKind::SelfSigned => assert!(out.starts_with("HTTP/1.1 200 OK"), "{out}{err}"),
            CertKind::Expired => {
                assert_ne!(code, Some(0));
                assert!(err.contains("certificate has expired"), "{err}");
            }
        }
        // Not verifying: the canned page comes through.
        let (_, out, err) = curl(&["-k"]);
        assert!(
            out.starts_with(&format!("HTTP/1.1 {status}")),
            "{kind:?}: {out}{err}"
        );
    }
}

#[test]
fn dns_server_answers_the_resolver_the_tool_uses() {
    use hickory_resolver::Resolver;
    use hickory_resolver::config::{NameServerConfig, ResolverConfig, ResolverOpts};
    use hickory_resolver::net::runtime::TokioRuntimeProvider;

    let resolve = |server: &DnsServer, name: &str| {
        let mut ns = NameServerConfig::udp(server.addr().ip());
        ns.connections[0].port = server.addr().port();
        let mut opts = ResolverOpts::default();
        opts.timeout = Duration::from_secs(2);
        opts.attempts = 1;
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        rt.block_on(async {
            let mut builder = Resolver::builder_with_config(
                ResolverConfig::from_name_servers(vec![ns]),
                TokioRuntimeProvider::default(),
            );
            *builder.options_mut() = opts;
            let resolver = builder.build().expect("resolver");
            resolver
                .lookup_ip(name)
                .await
                .map(|l| l.iter().collect::<Vec<_>>())
                .map_err(|e| e.to_string())
        })
    };

    let good = DnsServer::answering("ok.gateway-doctor.test", Ipv4Addr::LOCALHOST);
    let ips = resolve(&good, "ok.gateway-doctor.test.").expect("resolves");
    assert_eq!(ips, vec![std::net::IpAddr::from(Ipv4Addr::LOCALHOST)]);
    assert!(good.queries() >= 1);

    let nx = DnsServer::rcode(dns::RCODE_NXDOMAIN);
    let err = resolve(&nx, "missing.gateway-doctor.test.").expect_err("NXDOMAIN");
    assert!(nx.queries() >= 1, "{err}");

    let servfail = DnsServer::rcode(dns::RCODE_SERVFAIL);
    let err = resolve(&servfail, "missing.gateway-doctor.test.").expect_err("SERVFAIL");
    assert!(servfail.queries() >= 1, "{err}");
}

/// Sends `head` to the proxy, then (for a tunnel) `then` once the proxy answered, and returns
/// everything read until close.
fn through_proxy(proxy: &Proxy, head: &str, then: Option<&str>) -> String {
    let mut s = TcpStream::connect(proxy.addr()).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
    s.write_all(head.as_bytes()).unwrap();
    let mut out = Vec::new();
    let mut buf = [0u8; 4096];
    if let Some(then) = then {
        while !out.windows(4).any(|w| w == b"\r\n\r\n") {
            match s.read(&mut buf).unwrap() {
                0 => break,
                n => out.extend_from_slice(&buf[..n]),
            }
        }
        s.write_all(then.as_bytes()).unwrap();
    }
    s.read_to_end(&mut out).unwrap();
    text(&out)
}

#[test]
fn proxy_forwards_tunnels_and_denies() {
    let app = http_ok();
    let port = app.port();
    let proxy = Proxy::start(ProxyMode::Forward);
    let get = format!("GET http://127.0.0.1:{port}/x HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    let r = through_proxy(&proxy, &get, None);
    assert!(
        r.starts_with("HTTP/1.1 200 OK") && r.ends_with("hello"),
        "{r}"
    );
    let connect = format!("CONNECT 127.0.0.1:{port} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n");
    let inner = "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
    let r = through_proxy(&proxy, &connect, Some(inner));
    assert!(
        r.starts_with("HTTP/1.1 200 Connection established\r\n\r\nHTTP/1.1 200 OK"),
        "{r}"
    );
    // Never off loopback.
    let away = "GET http://192.0.2.1:80/ HTTP/1.1\r\nHost: 192.0.2.1\r\n\r\n";
    assert!(through_proxy(&proxy, away, None).starts_with("HTTP/1.1 502 "));
    assert_eq!(
        (proxy.gets(), proxy.connects(), proxy.requests()),
        (2, 1, 3)
    );
    assert_eq!(proxy.heads().len(), 3);

    let deny = Proxy::start(ProxyMode::Deny);
    assert!(through_proxy(&deny, &get, None).starts_with("HTTP/1.1 407 "));
    assert!(through_proxy(&deny, &connect, None).starts_with("HTTP/1.1 403 "));
    assert_eq!(deny.requests(), 2);
}
