//! Owner mode, CDN bypass and routes, against real servers on loopback: an nginx "CDN edge" in
//! front of an origin nginx, the origin asked directly with `--origin` (Host header and TLS SNI
//! of the site), and the site reached several ways (IPv4 vs IPv6, proxy vs direct, two ports).
//! The site's name (`site.test`) is never resolved: addresses are given, so nothing leaves
//! loopback.

use crate::support::tcp::{Canned, answer};
use crate::support::*;
use gateway_doctor::diagnosis::owner::origin::OriginVerdict;
use gateway_doctor::diagnosis::owner::{firewall_proxy, origin as origin_diag};
use gateway_doctor::diagnosis::{CheckId, ItemStatus};
use gateway_doctor::evidence::routes::{RouteKind, RoutesObservation};
use gateway_doctor::evidence::{Evidence, HttpOutcome, ProxyComparison, TcpOutcome, TlsOutcome};
use gateway_doctor::probe::dns::Resolver;
use gateway_doctor::probe::http::Client;
use gateway_doctor::probe::origin;
use gateway_doctor::probe::proxy::ProxyConfig;
use gateway_doctor::probe::routes::{self, RoutesOptions};
use gateway_doctor::probe::steps;
use gateway_doctor::target::Target;
use gateway_doctor::target::parse_ip_port;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

const TIMEOUT: Duration = Duration::from_secs(3);

/// A client whose resolver points at a closed loopback port: a lookup by mistake fails here
/// instead of leaving the machine.
fn client(proxy: Option<ProxyConfig>) -> Client {
    let nowhere = SocketAddr::from((Ipv4Addr::LOCALHOST, closed_port()));
    Client {
        resolver: Arc::new(Resolver::new(Some(nowhere), TIMEOUT)),
        timeout: TIMEOUT,
        proxy,
    }
}

fn loopback(port: u16) -> SocketAddr {
    SocketAddr::from((Ipv4Addr::LOCALHOST, port))
}

/// The origin: `site.test` answers 200 "origin ok"; any other Host gets the default server's 421.
fn origin_nginx(site_location: &str) -> Nginx {
    Nginx::start(&format!(
        "server {{ listen @LISTEN@ default_server; server_name _; \
           location / {{ return 421 \"wrong vhost\\n\"; }} }}\n\
         server {{ listen @LISTEN@; server_name site.test; {site_location} }}"
    ))
}

/// The "CDN edge": proxies `site.test` to `upstream_port`, passing the Host header on.
fn edge_nginx(upstream_port: u16) -> Nginx {
    Nginx::start(&format!(
        "server {{ listen @LISTEN@; server_name site.test; location / {{ \
           proxy_pass http://127.0.0.1:{upstream_port}; proxy_set_header Host $host; \
           proxy_connect_timeout 2s; }} }}"
    ))
}

/// The main request through the edge, then the same request straight to `origin`.
fn edge_and_origin(edge: &Nginx, origin_addr: &str) -> Evidence {
    let target = Target::parse(&format!("http://site.test:{}/", edge.port())).expect("target");
    let origin_addr = parse_ip_port(origin_addr, target.port).expect("origin");
    let client = client(None);
    runtime().block_on(async {
        let edge_addr = [loopback(edge.port())];
        let main = client
            .fetch(&target, Some(&edge_addr), &steps::chrome(), false)
            .await;
        let direct = origin::run(&target, origin_addr, &client).await;
        Evidence {
            target: target.info(),
            http: Some(main.http),
            tls: main.tls,
            origin: Some(direct),
            ..Evidence::default()
        }
    })
}

#[test]
fn edge_failing_in_front_of_a_working_origin_is_edge_config() {
    let origin = origin_nginx("location / { return 200 \"origin ok\\n\"; }");
    // The edge points at the wrong port: it answers 502 although the origin works.
    let edge = edge_nginx(closed_port());
    let ev = edge_and_origin(&edge, &format!("127.0.0.1:{}", origin.port()));
    let seen = ev.origin.as_ref().expect("origin observation");
    assert_eq!(
        ev.http.as_ref().and_then(|h| h.status),
        Some(502),
        "{:?}",
        ev.http
    );
    assert_eq!(
        seen.direct.status,
        Some(200),
        "{:?}\n{}",
        seen.direct,
        origin.error_log()
    );
    // The origin picked the site's virtual host: the Host header reached it.
    assert!(
        seen.direct.body_excerpt.contains("origin ok"),
        "{:?}",
        seen.direct
    );
    assert_eq!(seen.host_header, format!("site.test:{}", edge.port()));
    assert_eq!(seen.origin, format!("127.0.0.1:{}", origin.port()));
    assert_eq!(seen.sni, None, "plain http sends no server name");

    let c = origin_diag::compare_origin(&ev).expect("comparison");
    assert_eq!(c.verdict, OriginVerdict::EdgeConfig, "{}", c.summary);
    assert_eq!((c.edge_status, c.origin_status), (Some(502), Some(200)));
    assert!(c.summary.contains("The origin works"), "{}", c.summary);
}

#[test]
fn origin_with_a_dead_upstream_fails_both_ways_so_the_origin_stack_is_at_fault() {
    let origin = origin_nginx(&format!(
        "location / {{ proxy_pass http://127.0.0.1:{}; }}",
        closed_port()
    ));
    let edge = edge_nginx(origin.port());
    let ev = edge_and_origin(&edge, &format!("127.0.0.1:{}", origin.port()));
    assert_eq!(ev.http.as_ref().and_then(|h| h.status), Some(502));
    let c = origin_diag::compare_origin(&ev).expect("comparison");
    assert_eq!(c.verdict, OriginVerdict::OriginStack, "{}", c.summary);
    assert_eq!(c.origin_status, Some(502));
    // The 502 came from the origin's site vhost (nginx's own page), not the 421 default server.
    let direct = &ev.origin.as_ref().expect("origin").direct;
    assert!(
        direct.body_excerpt.contains("502 Bad Gateway"),
        "{:?}",
        direct
    );
}

#[test]
fn origin_port_closed_is_origin_unreachable() {
    let edge = edge_nginx(closed_port());
    let ev = edge_and_origin(&edge, &format!("127.0.0.1:{}", closed_port()));
    let direct = &ev.origin.as_ref().expect("origin").direct;
    assert_eq!(direct.outcome, HttpOutcome::ConnectRefused, "{direct:?}");
    let c = origin_diag::compare_origin(&ev).expect("comparison");
    assert_eq!(c.verdict, OriginVerdict::OriginUnreachable, "{}", c.summary);
    assert_eq!(c.origin_result, "connect refused");
}

#[test]
fn another_host_header_gets_the_origins_default_server() {
    // Control for the Host-header assertions above: a name the origin does not serve.
    let origin = origin_nginx("location / { return 200 \"origin ok\\n\"; }");
    let target = Target::parse("http://other.test/").expect("target");
    let client = client(None);
    let seen = runtime().block_on(origin::run(&target, loopback(origin.port()), &client));
    assert_eq!(seen.direct.status, Some(421), "{:?}", seen.direct);
    assert_eq!(seen.host_header, "other.test");
}

/// A self-signed certificate and key for `name`, written as PEM into `dir`.
fn write_cert(dir: &Path, name: &str) -> (String, String) {
    let mut params = rcgen::CertificateParams::new(vec![name.to_string()]).expect("params");
    params
        .distinguished_name
        .push(rcgen::DnType::CommonName, name);
    let key = rcgen::KeyPair::generate().expect("key");
    let cert = params.self_signed(&key).expect("certificate");
    let cert_path = dir.join(format!("{name}.crt"));
    let key_path = dir.join(format!("{name}.key"));
    std::fs::write(&cert_path, cert.pem()).expect("write cert");
    std::fs::write(&key_path, key.serialize_pem()).expect("write key");
    (
        cert_path.display().to_string(),
        key_path.display().to_string(),
    )
}

#[test]
fn https_origin_gets_the_sites_name_as_sni_and_its_certificate_is_compared_with_the_edges() {
    let certs = tempfile::tempdir().expect("tempdir");
    let (default_crt, default_key) = write_cert(certs.path(), "default.test");
    let (site_crt, site_key) = write_cert(certs.path(), "site.test");
    let (edge_crt, edge_key) = write_cert(certs.path(), "edge.test");
    // Two TLS virtual hosts on one port: only SNI "site.test" selects the site's certificate.
    let origin = Nginx::start(&format!(
        "server {{ listen @LISTEN@ ssl default_server; server_name _; \
           ssl_certificate {default_crt}; ssl_certificate_key {default_key}; \
           location / {{ return 421 \"wrong vhost\\n\"; }} }}\n\
         server {{ listen @LISTEN@ ssl; server_name site.test; \
           ssl_certificate {site_crt}; ssl_certificate_key {site_key}; \
           location / {{ return 200 \"origin ok over tls\\n\"; }} }}"
    ));
    // The edge presents its own certificate and fails (its upstream is a closed port).
    let edge = Nginx::start(&format!(
        "server {{ listen @LISTEN@ ssl; server_name site.test; \
           ssl_certificate {edge_crt}; ssl_certificate_key {edge_key}; \
           location / {{ proxy_pass http://127.0.0.1:{}; }} }}",
        closed_port()
    ));
    let target = Target::parse(&format!("https://site.test:{}/", edge.port())).expect("target");
    let client = client(None);
    let ev = runtime().block_on(async {
        let main = client
            .fetch(&target, Some(&[loopback(edge.port())]), &[], false)
            .await;
        let direct = origin::run(&target, loopback(origin.port()), &client).await;
        Evidence {
            target: target.info(),
            http: Some(main.http),
            tls: main.tls,
            origin: Some(direct),
            ..Evidence::default()
        }
    });
    let seen = ev.origin.as_ref().expect("origin");
    assert_eq!(seen.sni.as_deref(), Some("site.test"));
    assert_eq!(
        seen.direct.status,
        Some(200),
        "{:?}\n{}",
        seen.direct,
        origin.error_log()
    );
    assert!(seen.direct.body_excerpt.contains("origin ok over tls"));
    let tls = seen.tls.as_ref().expect("origin certificate");
    assert_eq!(
        tls.sans,
        vec!["site.test".to_string()],
        "SNI picked the site's certificate"
    );
    assert_eq!(tls.outcome, TlsOutcome::Untrusted, "self-signed");

    let c = origin_diag::compare_origin(&ev).expect("comparison");
    assert_eq!(c.verdict, OriginVerdict::EdgeConfig, "{}", c.summary);
    assert!(
        c.certificate_notes
            .iter()
            .any(|n| n.contains("self-signed")),
        "{:?}",
        c.certificate_notes
    );
    assert!(
        c.certificate_notes
            .iter()
            .any(|n| n.contains("another certificate than the edge") && n.contains("edge.test")),
        "{:?}",
        c.certificate_notes
    );
}

fn routes_of(
    target: &Target,
    addresses: &[IpAddr],
    client: &Client,
    options: &RoutesOptions,
) -> (RoutesObservation, Evidence) {
    // The routes and, as a check runs them, the connection step's proxy comparison (no
    // reference endpoints: nothing else is asked).
    let (obs, connection) = runtime().block_on(async {
        tokio::join!(
            routes::run(target, addresses, client, options),
            steps::connection(client, target, &[])
        )
    });
    let ev = Evidence {
        target: target.info(),
        routes: Some(obs.clone()),
        connection: Some(connection),
        ..Evidence::default()
    };
    (obs, ev)
}

/// The connection step's "through the proxy vs direct" comparison.
fn proxy_comparison(ev: &Evidence) -> &ProxyComparison {
    ev.connection
        .as_ref()
        .and_then(|c| c.proxy.as_ref())
        .expect("the proxy comparison")
}

#[test]
fn ipv6_address_refusing_while_ipv4_works_is_named() {
    // The site listens on 127.0.0.1 only, but its name also has an AAAA record (::1).
    let site = TcpServer::start_on(IpAddr::V4(Ipv4Addr::LOCALHOST), |s, _| {
        answer(s, &Canned::ok_hello())
    });
    let target = Target::parse(&format!("http://site.test:{}/", site.port())).expect("target");
    let addresses = [
        IpAddr::V4(Ipv4Addr::LOCALHOST),
        IpAddr::V6(Ipv6Addr::LOCALHOST),
    ];
    let mut options = RoutesOptions::new(TIMEOUT);
    options.https_port = closed_port();
    let (obs, ev) = routes_of(&target, &addresses, &client(None), &options);

    assert_eq!(obs.proxy, None);
    let v4 = obs.of(RouteKind::Ipv4).next().expect("IPv4 row");
    assert!(v4.succeeded(), "{v4:?}");
    let v6 = obs.of(RouteKind::Ipv6).next().expect("IPv6 row");
    assert_eq!(v6.tcp, Some(TcpOutcome::Refused), "{v6:?}");
    assert!(v6.http.is_none(), "no GET after a refused connect");
    let http_port = obs.of(RouteKind::HttpPort).next().expect("http port row");
    assert_eq!(http_port.address, Some(loopback(site.port())));
    assert!(http_port.succeeded(), "{http_port:?}");
    let https_port = obs.of(RouteKind::HttpsPort).next().expect("https port row");
    assert_eq!(https_port.tcp, Some(TcpOutcome::Refused));

    let item = firewall_proxy::assess(&ev);
    assert_eq!(item.id, CheckId::FirewallProxy);
    assert_eq!(item.status, ItemStatus::Fail, "{}", item.finding);
    assert!(
        item.finding.starts_with("IPv6 fails, IPv4 works"),
        "{}",
        item.finding
    );
    assert!(item.finding.contains("AAAA"), "{}", item.finding);
    // The closed https port is mentioned too, as a lesser problem.
    assert!(
        item.finding.contains("(https) is closed"),
        "{}",
        item.finding
    );
    assert!(item.commands.iter().any(|c| c.starts_with("curl -6 -v")));
}

#[test]
fn every_way_working_passes() {
    let site = http_ok(); // 127.0.0.1 and ::1
    let target = Target::parse(&format!("http://site.test:{}/", site.port())).expect("target");
    let addresses = [
        IpAddr::V4(Ipv4Addr::LOCALHOST),
        IpAddr::V6(Ipv6Addr::LOCALHOST),
    ];
    let https = tls_server(CertKind::SelfSigned, Canned::ok_hello());
    let mut options = RoutesOptions::new(TIMEOUT);
    options.https_port = https.port();
    let (obs, ev) = routes_of(&target, &addresses, &client(None), &options);
    assert_eq!(obs.routes.len(), 4, "{obs:?}");
    let https_row = obs.of(RouteKind::HttpsPort).next().expect("https port row");
    assert!(https_row.succeeded(), "{https_row:?}");
    let item = firewall_proxy::assess(&ev);
    assert_eq!(item.status, ItemStatus::Pass, "{}", item.finding);
}

#[test]
fn a_dead_proxy_while_direct_works_blames_the_proxy() {
    let site = http_ok();
    // An IP-literal site: the direct request needs no DNS.
    let target = Target::parse(&site.url()).expect("target");
    let dead = format!("http://127.0.0.1:{}", closed_port());
    let proxy = ProxyConfig::from_lookup(|name| (name == "http_proxy").then(|| dead.clone()));
    let client = client(Some(proxy));
    let (obs, ev) = routes_of(&target, &[], &client, &RoutesOptions::new(TIMEOUT));

    assert!(
        obs.proxy
            .as_deref()
            .is_some_and(|p| p.contains("127.0.0.1"))
    );
    let comparison = proxy_comparison(&ev);
    assert_eq!(comparison.via_proxy.outcome, HttpOutcome::ProxyFailed);
    assert!(comparison.direct.succeeded(), "{:?}", comparison.direct);
    // The IP literal stands in for the DNS answer.
    assert!(
        obs.of(RouteKind::Ipv4)
            .next()
            .is_some_and(|r| r.succeeded())
    );

    let item = firewall_proxy::assess(&ev);
    assert_eq!(item.status, ItemStatus::Fail, "{}", item.finding);
    assert!(
        item.finding.contains("configured proxy"),
        "{}",
        item.finding
    );
    assert!(
        item.finding.contains("without it, it answers (200)"),
        "{}",
        item.finding
    );
    assert!(
        item.commands
            .iter()
            .any(|c| c.starts_with("curl --noproxy '*'"))
    );
}

#[test]
fn a_proxy_that_denies_while_direct_works_blames_the_proxy() {
    let site = http_ok();
    let target = Target::parse(&site.url()).expect("target");
    let deny = Proxy::start(ProxyMode::Deny);
    let url = deny.url();
    let proxy = ProxyConfig::from_lookup(|name| (name == "http_proxy").then(|| url.clone()));
    let (obs, ev) = routes_of(
        &target,
        &[],
        &client(Some(proxy)),
        &RoutesOptions::new(TIMEOUT),
    );
    assert!(deny.requests() >= 1, "the proxy was asked");
    assert!(!obs.proxy.is_none_or(|p| p.is_empty()));
    let comparison = proxy_comparison(&ev);
    assert!(
        !comparison.via_proxy.outcome.is_response(),
        "{:?}",
        comparison.via_proxy
    );
    let item = firewall_proxy::assess(&ev);
    assert_eq!(item.status, ItemStatus::Fail, "{}", item.finding);
    assert!(
        item.finding.contains("the proxy blocks it"),
        "{}",
        item.finding
    );
}

#[test]
fn a_redirect_from_the_origin_is_recorded_not_followed() {
    let origin = origin_nginx("location / { return 301 http://site.test/elsewhere; }");
    let target = Target::parse("http://site.test/").expect("target");
    let seen = runtime().block_on(origin::run(&target, loopback(origin.port()), &client(None)));
    assert_eq!(seen.direct.status, Some(301), "{:?}", seen.direct);
    assert!(
        seen.direct.redirects.is_empty(),
        "not followed off the origin"
    );
    assert_eq!(seen.location.as_deref(), Some("http://site.test/elsewhere"));
    // One request reached the origin: the redirect was not followed there either.
    let access = std::fs::read_to_string(origin.dir().join("access.log")).unwrap_or_default();
    assert_eq!(access.lines().count(), 1, "{access}");
}
