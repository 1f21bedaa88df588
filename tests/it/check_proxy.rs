//! `gateway-doctor check` with a proxy set in the environment, through a real forwarding proxy on
//! loopback (`support::proxy`): plain http goes through it in absolute form, https through a
//! CONNECT tunnel; a proxy that refuses or wants credentials is blamed (not the site); `no_proxy`
//! is honoured; proxy credentials are sent to the proxy and never printed.

use crate::support::tcp::Canned;
use crate::support::*;
use std::net::Ipv4Addr;

/// The connection probe's proxy comparison (`probes[kind=connection].details.proxy`).
fn proxy_comparison(run: &CheckRun) -> serde_json::Value {
    let probes = run.probes_of_kind("connection");
    assert_eq!(probes.len(), 1, "one connection probe\n{}", run.describe());
    probes[0]["details"]["proxy"].clone()
}

#[test]
fn plain_http_goes_through_the_proxy() {
    let app = http_ok();
    let proxy = Proxy::start(ProxyMode::Forward);
    let run = Check::new(app.url())
        .with_proxy()
        .env("HTTP_PROXY", &proxy.url())
        .run();
    run.assert_code(0);
    run.assert_verdict(Some("healthy"), None, None);
    run.assert_http_status(Some(200));
    let via = run.str_at("/http/via_proxy");
    assert!(
        via.contains(&proxy.addr().to_string()),
        "via_proxy {via} does not name the proxy {}\n{}",
        proxy.addr(),
        run.describe()
    );
    assert!(proxy.gets() > 0, "the proxy saw no GET\n{}", run.describe());
    // It was asked in absolute form, for the origin.
    let wanted = format!("GET http://127.0.0.1:{}/", app.port());
    assert!(
        proxy.heads().iter().any(|h| h.starts_with(&wanted)),
        "no absolute-form request {wanted:?} in {:?}",
        proxy.heads()
    );
    // The connection step compared the proxy with a direct request: both work.
    let cmp = proxy_comparison(&run);
    assert_eq!(cmp["via_proxy"]["status"], 200, "{}", run.describe());
    assert_eq!(cmp["direct"]["status"], 200, "{}", run.describe());
}

#[test]
fn https_goes_through_a_connect_tunnel() {
    let server = tls_server(CertKind::SelfSigned, Canned::ok_hello());
    let dns = DnsServer::answering("localhost", Ipv4Addr::LOCALHOST);
    let proxy = Proxy::start(ProxyMode::Forward);
    let run = Check::new(server.url())
        .resolver(dns.addr())
        .with_proxy()
        .env("HTTPS_PROXY", &proxy.url())
        .run();
    run.assert_str("/target/scheme", "https");
    assert!(proxy.connects() > 0, "no CONNECT\n{}", run.describe());
    let wanted = format!("CONNECT localhost:{} ", server.port());
    assert!(
        proxy.heads().iter().any(|h| h.starts_with(&wanted)),
        "no {wanted:?} in {:?}",
        proxy.heads()
    );
    assert_eq!(proxy.gets(), 0, "https must not be sent as a plain GET");
    let via = run.str_at("/http/via_proxy");
    assert!(
        via.contains(&proxy.addr().to_string()),
        "{}",
        run.describe()
    );
    // The handshake ran end to end through the tunnel: the TLS probe saw the server's own
    // certificate (self-signed for localhost), so the verdict is the certificate, not the proxy.
    let tls = run.probes_of_kind("tls");
    assert_eq!(tls.len(), 1, "one tls probe\n{}", run.describe());
    assert_eq!(
        tls[0]["details"]["outcome"],
        "untrusted",
        "{}",
        run.describe()
    );
    assert!(
        any_string(&tls[0]["details"]["sans"], &|s| s == "localhost"),
        "the certificate seen is not the server's\n{}",
        run.describe()
    );
    run.assert_code(1);
    run.assert_verdict(None, None, Some("tls_untrusted"));
}

#[test]
fn a_proxy_that_refuses_connections_is_blamed() {
    let app = http_ok();
    let dead = format!("http://127.0.0.1:{}", closed_port());
    let run = Check::new(app.url())
        .with_proxy()
        .env("HTTP_PROXY", &dead)
        .run();
    run.assert_code(1);
    run.assert_verdict(
        Some("unreachable"),
        Some("local_proxy"),
        Some("local_proxy_failed"),
    );
    run.assert_str("/http/outcome", "proxy_failed");
    // The direct request worked, which is what proves it is the proxy.
    let cmp = proxy_comparison(&run);
    assert_eq!(cmp["direct"]["status"], 200, "{}", run.describe());
    assert_eq!(
        cmp["via_proxy"]["outcome"],
        "proxy_failed",
        "{}",
        run.describe()
    );
}

#[test]
fn a_proxy_that_wants_credentials_is_blamed() {
    let app = http_ok();
    let proxy = Proxy::start(ProxyMode::Deny);
    let run = Check::new(app.url())
        .with_proxy()
        .env("http_proxy", &proxy.url())
        .run();
    assert!(
        proxy.gets() > 0,
        "the proxy was not asked\n{}",
        run.describe()
    );
    run.assert_code(1);
    run.assert_verdict(None, Some("local_proxy"), Some("local_proxy_failed"));
    assert_ne!(run.str_at("/verdict/status"), "healthy");
    let cmp = proxy_comparison(&run);
    assert_eq!(cmp["direct"]["status"], 200, "{}", run.describe());
}

#[test]
fn a_proxy_that_denies_the_tunnel_is_blamed() {
    // An https origin with a certificate the tool trusts is not available here, so the origin
    // is checked through a proxy that denies every CONNECT: the failure must name the proxy.
    let server = tls_server(CertKind::SelfSigned, Canned::ok_hello());
    let dns = DnsServer::answering("localhost", Ipv4Addr::LOCALHOST);
    let proxy = Proxy::start(ProxyMode::Deny);
    let run = Check::new(server.url())
        .resolver(dns.addr())
        .with_proxy()
        .env("https_proxy", &proxy.url())
        .run();
    assert!(proxy.connects() > 0, "no CONNECT\n{}", run.describe());
    run.assert_code(1);
    run.assert_str("/http/outcome", "proxy_failed");
    let error = run.str_at("/http/error");
    assert!(
        error.contains("403"),
        "the error does not quote the proxy's answer: {error}\n{}",
        run.describe()
    );
    run.assert_verdict(None, Some("local_proxy"), Some("local_proxy_failed"));
}

#[test]
fn no_proxy_bypasses_a_broken_proxy() {
    let app = http_ok();
    let dead = format!("http://127.0.0.1:{}", closed_port());
    let run = Check::new(app.url())
        .with_proxy()
        .env("HTTP_PROXY", &dead)
        .env("NO_PROXY", "127.0.0.1")
        .run();
    run.assert_code(0);
    run.assert_verdict(Some("healthy"), None, None);
    run.assert_http_status(Some(200));
    assert!(
        run.at("/http/via_proxy").is_null(),
        "via_proxy should be null\n{}",
        run.describe()
    );
    assert!(
        proxy_comparison(&run).is_null(),
        "no proxy applies, so there is nothing to compare\n{}",
        run.describe()
    );
}

#[test]
fn proxy_credentials_are_sent_and_never_shown() {
    let app = http_ok();
    let proxy = Proxy::start(ProxyMode::Forward);
    let with_credentials = format!("http://user:pw@{}", proxy.addr());
    let run = Check::new(app.url())
        .with_proxy()
        .env("HTTP_PROXY", &with_credentials)
        .run();
    run.assert_code(0);
    run.assert_verdict(Some("healthy"), None, None);
    let heads = proxy.heads();
    assert!(
        !heads.is_empty(),
        "the proxy was not used\n{}",
        run.describe()
    );
    for head in &heads {
        let auth = head
            .lines()
            .find(|l| l.to_ascii_lowercase().starts_with("proxy-authorization:"))
            .map(|l| l.split_once(':').map(|(_, v)| v.trim()).unwrap_or_default());
        assert_eq!(
            auth,
            Some("Basic dXNlcjpwdw=="),
            "request without the proxy credentials:\n{head}"
        );
    }
    let output = run.all_output();
    assert!(
        !output.contains("pw"),
        "the password leaked\n{}",
        run.describe()
    );
    assert!(
        !output.contains("dXNlcjpwdw"),
        "the encoded credentials leaked\n{}",
        run.describe()
    );
    // The proxy is still named, without its credentials.
    let via = run.str_at("/http/via_proxy");
    assert!(
        via.contains(&proxy.addr().to_string()),
        "{}",
        run.describe()
    );
}

/// Behind a corporate proxy, outside names often do not resolve on this computer; the proxy
/// resolves them. A local NXDOMAIN must not hide a site that works through the proxy.
#[test]
fn a_name_only_the_proxy_can_resolve_is_checked_through_the_proxy() {
    let app = http_ok();
    let proxy = Proxy::start(ProxyMode::Forward);
    let nxdomain = DnsServer::rcode(crate::support::dns::RCODE_NXDOMAIN);
    let url = format!("http://intranet.proxy-only.test:{}/", app.port());
    let run = Check::new(url)
        .resolver(nxdomain.addr())
        .with_proxy()
        .env("HTTP_PROXY", &proxy.url())
        .run();
    run.assert_code(0);
    run.assert_verdict(Some("healthy"), None, Some("ok"));
    run.assert_http_status(Some(200));
    assert!(proxy.gets() > 0, "the proxy saw no GET\n{}", run.describe());
    let dns = run.probes_of_kind("dns");
    assert_eq!(
        dns[0]["details"]["outcome"],
        "nx_domain",
        "{}",
        run.describe()
    );
}

/// Credentials typed in the URL are not handed to the proxy in the request line.
#[test]
fn url_credentials_are_not_sent_to_the_proxy() {
    let app = http_ok();
    let proxy = Proxy::start(ProxyMode::Forward);
    let url = format!("http://bob:hunter2pw@127.0.0.1:{}/", app.port());
    let run = Check::new(url)
        .with_proxy()
        .env("HTTP_PROXY", &proxy.url())
        .run();
    run.assert_code(0);
    assert!(proxy.gets() > 0, "{}", run.describe());
    for head in proxy.heads() {
        let line = head.lines().next().unwrap_or_default().to_string();
        assert!(
            !line.contains("hunter2pw"),
            "credentials in the request line: {line}"
        );
        assert!(
            !line.contains("bob@"),
            "user name in the request line: {line}"
        );
    }
    assert!(
        !run.all_output().contains("hunter2pw"),
        "{}",
        run.describe()
    );
}
