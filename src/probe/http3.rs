//! The `http3` probe: when the main response advertised HTTP/3 (`Alt-Svc: h3=":443"`), one QUIC
//! handshake to that port with quinn (the probes' rustls, ALPN `h3`), no request, within the
//! probe timeout. It answers "can this computer reach the site over HTTP/3?": works, blocked here
//! (no answer over UDP: filtered; browsers fall back to TCP after a short delay), failed, or not
//! offered (then nothing is sent).

use super::dns::{Resolver, ms};
use super::tls;
use crate::evidence::http3::{Http3Observation, Http3Outcome, h3_alternative};
use crate::evidence::{DnsOutcome, HttpObservation};
use std::net::{Ipv4Addr, Ipv6Addr, SocketAddr};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// The longest wait for a QUIC answer before calling HTTP/3 blocked here (browsers race QUIC
/// against TCP and give up on it far sooner).
pub const MAX_WAIT: Duration = Duration::from_secs(3);

/// The HTTP/3 check for the site whose main response is `http`; `host` is the name the TLS
/// handshake uses, `addrs` the site's addresses already resolved (used when the alternative
/// names no other host).
pub async fn run(
    http: &HttpObservation,
    host: &str,
    addrs: &[SocketAddr],
    resolver: &Resolver,
    timeout: Duration,
) -> Http3Observation {
    let started = Instant::now();
    let Some(alt) = http.header("alt-svc").and_then(h3_alternative) else {
        return Http3Observation::default();
    };
    let mut obs = Http3Observation {
        advertised: Some(alt.entry.clone()),
        ..Http3Observation::default()
    };
    let ip = if alt.host.is_empty() || alt.host.eq_ignore_ascii_case(host) {
        addrs.first().map(|a| a.ip())
    } else {
        let dns = resolver.resolve(&alt.host).await;
        matches!(dns.outcome, DnsOutcome::Resolved | DnsOutcome::Literal)
            .then(|| dns.addresses.first().copied())
            .flatten()
    };
    let Some(ip) = ip else {
        obs.outcome = Http3Outcome::Failed;
        obs.error = Some(crate::t!(
            "eng-http3-no-address",
            host = if alt.host.is_empty() { host } else { &alt.host }
        ));
        obs.duration_ms = ms(started.elapsed());
        return obs;
    };
    let address = SocketAddr::new(ip, alt.port);
    obs.address = Some(address);
    let left = timeout.saturating_sub(started.elapsed());
    match handshake(address, host, left).await {
        Ok(alpn) => {
            obs.outcome = Http3Outcome::Works;
            obs.alpn = alpn;
        }
        Err(Failure::NoAnswer) => {
            obs.outcome = Http3Outcome::Blocked;
            obs.error = Some(crate::t!(
                "eng-http3-udp-silent",
                secs = format!("{:.1}", left.as_secs_f64())
            ));
        }
        Err(Failure::Other(e)) => {
            obs.outcome = Http3Outcome::Failed;
            obs.error = Some(e);
        }
    }
    obs.duration_ms = ms(started.elapsed());
    obs
}

enum Failure {
    /// Nothing answered in time.
    NoAnswer,
    Other(String),
}

/// One QUIC handshake to `address` for `host`; the ALPN agreed on.
async fn handshake(
    address: SocketAddr,
    host: &str,
    timeout: Duration,
) -> Result<Option<String>, Failure> {
    let crypto = tls::h3_config().map_err(Failure::Other)?;
    let quic = quinn::crypto::rustls::QuicClientConfig::try_from(Arc::new(crypto))
        .map_err(|e| Failure::Other(crate::t!("eng-http3-quic-setup", error = e.to_string())))?;
    let bind: SocketAddr = if address.is_ipv6() {
        (Ipv6Addr::UNSPECIFIED, 0).into()
    } else {
        (Ipv4Addr::UNSPECIFIED, 0).into()
    };
    let mut endpoint = quinn::Endpoint::client(bind)
        .map_err(|e| Failure::Other(crate::t!("eng-http3-udp-socket", error = e.to_string())))?;
    endpoint.set_default_client_config(quinn::ClientConfig::new(Arc::new(quic)));
    let connecting = endpoint
        .connect(address, host)
        .map_err(|e| Failure::Other(crate::t!("eng-http3-quic-start", error = e.to_string())))?;
    let result = match tokio::time::timeout(timeout, connecting).await {
        Err(_) => Err(Failure::NoAnswer),
        Ok(Err(quinn::ConnectionError::TimedOut)) => Err(Failure::NoAnswer),
        Ok(Err(e)) => Err(Failure::Other(e.to_string())),
        Ok(Ok(connection)) => {
            let alpn = connection
                .handshake_data()
                .and_then(|d| d.downcast::<quinn::crypto::rustls::HandshakeData>().ok())
                .and_then(|d| d.protocol)
                .map(|p| String::from_utf8_lossy(&p).into_owned());
            connection.close(0u32.into(), b"done");
            Ok(alpn)
        }
    };
    // Let the CONNECTION_CLOSE go out, briefly; the endpoint is dropped either way.
    let _ = tokio::time::timeout(Duration::from_millis(100), endpoint.wait_idle()).await;
    result
}
