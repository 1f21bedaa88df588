//! The `tls` probe: the TLS handshake (rustls) with a verifier that *records* what is wrong with
//! the certificate (expired, wrong host, untrusted ...) instead of aborting, so the HTTP exchange
//! can continue and a 502 behind a bad certificate is still seen. Also reads the protocol, ALPN
//! and the peer certificate (subject, issuer, SANs, not-after).
//!
//! Trust roots: the operating system's store plus the Mozilla roots (webpki-roots), like a browser.

use super::dns::ms;
use crate::evidence::{TlsObservation, TlsOutcome};
use rustls::client::WebPkiServerVerifier;
use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{CertificateError, DigitallySignedStruct, RootCertStore, SignatureScheme};
use std::net::SocketAddr;
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};
use tokio::net::TcpStream;
use tokio_rustls::TlsConnector;
use tokio_rustls::client::TlsStream;

fn provider() -> Arc<rustls::crypto::CryptoProvider> {
    Arc::new(rustls::crypto::ring::default_provider())
}

/// The browser-like verifier, built once (loading the system roots reads many files).
fn webpki_verifier() -> Result<Arc<WebPkiServerVerifier>, String> {
    static VERIFIER: OnceLock<Result<Arc<WebPkiServerVerifier>, String>> = OnceLock::new();
    VERIFIER
        .get_or_init(|| {
            let mut roots = RootCertStore::empty();
            roots.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
            for cert in rustls_native_certs::load_native_certs().certs {
                let _ = roots.add(cert);
            }
            WebPkiServerVerifier::builder_with_provider(Arc::new(roots), provider())
                .build()
                .map_err(|e| e.to_string())
        })
        .clone()
        // Kept as the library's words, said in the language of each use.
        .map_err(|e| crate::t!("eng-tls-cert-checks", error = e))
}

/// Accepts every certificate but remembers what the real verification said.
#[derive(Debug)]
struct RecordingVerifier {
    inner: Arc<WebPkiServerVerifier>,
    verdict: Arc<Mutex<Option<Result<(), rustls::Error>>>>,
    chain: Arc<Mutex<Vec<CertificateDer<'static>>>>,
}

impl ServerCertVerifier for RecordingVerifier {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp_response: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        let result = self
            .inner
            .verify_server_cert(end_entity, intermediates, server_name, ocsp_response, now)
            .map(|_| ());
        if let Ok(mut v) = self.verdict.lock() {
            *v = Some(result);
        }
        if let Ok(mut c) = self.chain.lock() {
            *c = std::iter::once(end_entity)
                .chain(intermediates)
                .map(|c| c.clone().into_owned())
                .collect();
        }
        Ok(ServerCertVerified::assertion())
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.inner.verify_tls12_signature(message, cert, dss)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.inner.verify_tls13_signature(message, cert, dss)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.inner.supported_verify_schemes()
    }
}

/// The application protocols offered in the handshake (ALPN).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Alpn {
    /// As browsers do: `h2`, then `http/1.1`.
    #[default]
    Browser,
    /// Only `http/1.1` (the refresh step's comparison, tools that speak HTTP/1.1 only).
    Http1,
}

impl Alpn {
    fn protocols(self) -> Vec<Vec<u8>> {
        match self {
            Alpn::Browser => vec![b"h2".to_vec(), b"http/1.1".to_vec()],
            Alpn::Http1 => vec![b"http/1.1".to_vec()],
        }
    }
}

/// Handshake over `tcp` for `host` (name or IP literal); `address` is the site's address when
/// known (through a proxy tunnel it is not). Returns the observation and, when the
/// handshake completed, the stream to speak HTTP over.
pub async fn handshake(
    tcp: TcpStream,
    host: &str,
    address: Option<SocketAddr>,
    timeout: Duration,
    alpn: Alpn,
) -> (TlsObservation, Option<TlsStream<TcpStream>>) {
    let started = Instant::now();
    let mut obs = TlsObservation {
        address,
        ..TlsObservation::default()
    };
    let inner = match webpki_verifier() {
        Ok(v) => v,
        Err(e) => {
            obs.outcome = TlsOutcome::HandshakeFailed;
            obs.error = Some(e);
            return (obs, None);
        }
    };
    let verdict = Arc::new(Mutex::new(None));
    let chain = Arc::new(Mutex::new(Vec::new()));
    let verifier = Arc::new(RecordingVerifier {
        inner,
        verdict: verdict.clone(),
        chain: chain.clone(),
    });
    let config = match recording_config(verifier, alpn.protocols()) {
        Ok(c) => c,
        Err(e) => {
            obs.outcome = TlsOutcome::HandshakeFailed;
            obs.error = Some(e);
            return (obs, None);
        }
    };
    let server_name = match ServerName::try_from(host.to_string()) {
        Ok(n) => n,
        Err(e) => {
            obs.outcome = TlsOutcome::HandshakeFailed;
            obs.error = Some(crate::t!("eng-tls-bad-name", error = e.to_string()));
            return (obs, None);
        }
    };
    let connector = TlsConnector::from(Arc::new(config));
    let result = tokio::time::timeout(timeout, connector.connect(server_name, tcp)).await;
    obs.duration_ms = ms(started.elapsed());
    let stream = match result {
        Err(_) => {
            obs.outcome = TlsOutcome::Timeout;
            obs.error = Some(crate::t!(
                "eng-tls-timeout",
                secs = format!("{:.1}", timeout.as_secs_f64())
            ));
            return (obs, None);
        }
        Ok(Err(e)) => {
            obs.outcome = TlsOutcome::HandshakeFailed;
            obs.error = Some(e.to_string());
            return (obs, None);
        }
        Ok(Ok(s)) => s,
    };
    {
        let (_, conn) = stream.get_ref();
        obs.protocol = conn.protocol_version().map(|v| match v {
            rustls::ProtocolVersion::TLSv1_3 => "TLSv1.3".to_string(),
            rustls::ProtocolVersion::TLSv1_2 => "TLSv1.2".to_string(),
            other => format!("{other:?}"),
        });
        obs.alpn = conn
            .alpn_protocol()
            .map(|p| String::from_utf8_lossy(p).into_owned());
    }
    if let Some(first) = chain.lock().ok().and_then(|c| c.first().cloned()) {
        describe_certificate(&first, &mut obs);
    }
    let recorded = verdict.lock().ok().and_then(|mut v| v.take());
    match recorded {
        Some(Ok(())) => obs.outcome = TlsOutcome::Ok,
        Some(Err(e)) => {
            obs.outcome = classify(&e);
            obs.error = Some(e.to_string());
            // A self-signed certificate can also fail as a bad signature when the trust store
            // holds another certificate with the same name (a "snakeoil" CN=localhost, say):
            // either way no trusted authority vouches for it.
            let self_issued = obs.subject.is_some() && obs.subject == obs.issuer;
            if obs.outcome == TlsOutcome::InvalidCertificate && self_issued {
                obs.outcome = TlsOutcome::Untrusted;
                obs.error = Some(crate::t!("eng-tls-self-signed", error = e.to_string()));
            }
        }
        None => {
            obs.outcome = TlsOutcome::InvalidCertificate;
            obs.error = Some(crate::t!("eng-tls-never-checked"));
        }
    }
    (obs, Some(stream))
}

/// The client configuration of every handshake: the browser roots behind `verifier`, the safe
/// protocol versions, `alpn` offered.
fn recording_config(
    verifier: Arc<RecordingVerifier>,
    alpn: Vec<Vec<u8>>,
) -> Result<rustls::ClientConfig, String> {
    let mut config = rustls::ClientConfig::builder_with_provider(provider())
        .with_safe_default_protocol_versions()
        .map(|b| {
            b.dangerous()
                .with_custom_certificate_verifier(verifier)
                .with_no_client_auth()
        })
        .map_err(|e| e.to_string())?;
    config.alpn_protocols = alpn;
    Ok(config)
}

/// The configuration for a QUIC handshake offering `h3`: the same roots; a certificate problem
/// is recorded, not fatal (reachability is the question; the TLS probe judges the certificate).
pub fn h3_config() -> Result<rustls::ClientConfig, String> {
    let verifier = Arc::new(RecordingVerifier {
        inner: webpki_verifier()?,
        verdict: Arc::new(Mutex::new(None)),
        chain: Arc::new(Mutex::new(Vec::new())),
    });
    recording_config(verifier, vec![b"h3".to_vec()])
}

fn classify(e: &rustls::Error) -> TlsOutcome {
    match e {
        rustls::Error::InvalidCertificate(c) => match c {
            CertificateError::Expired
            | CertificateError::ExpiredContext { .. }
            | CertificateError::NotValidYet
            | CertificateError::NotValidYetContext { .. } => TlsOutcome::Expired,
            CertificateError::NotValidForName | CertificateError::NotValidForNameContext { .. } => {
                TlsOutcome::WrongHost
            }
            CertificateError::UnknownIssuer => TlsOutcome::Untrusted,
            _ => TlsOutcome::InvalidCertificate,
        },
        _ => TlsOutcome::InvalidCertificate,
    }
}

/// Subject, issuer, SANs and expiry of the server's own certificate.
fn describe_certificate(der: &CertificateDer<'_>, obs: &mut TlsObservation) {
    use x509_parser::prelude::{FromDer, GeneralName, X509Certificate};
    let Ok((_, cert)) = X509Certificate::from_der(der.as_ref()) else {
        return;
    };
    obs.subject = Some(cert.subject().to_string());
    obs.issuer = Some(cert.issuer().to_string());
    if let Ok(Some(san)) = cert.subject_alternative_name() {
        obs.sans = san
            .value
            .general_names
            .iter()
            .filter_map(|n| match n {
                GeneralName::DNSName(d) => Some(d.to_string()),
                GeneralName::IPAddress(b) => ip_from_bytes(b),
                _ => None,
            })
            .take(50)
            .collect();
    }
    let not_after = cert.validity().not_after.timestamp();
    if let Ok(t) = time::OffsetDateTime::from_unix_timestamp(not_after) {
        obs.not_after = t
            .format(&time::format_description::well_known::Rfc3339)
            .ok();
    }
    let now = time::OffsetDateTime::now_utc().unix_timestamp();
    obs.days_left = Some((not_after - now).div_euclid(86_400));
}

fn ip_from_bytes(b: &[u8]) -> Option<String> {
    match b.len() {
        4 => Some(std::net::Ipv4Addr::new(b[0], b[1], b[2], b[3]).to_string()),
        16 => {
            let mut a = [0u8; 16];
            a.copy_from_slice(b);
            Some(std::net::Ipv6Addr::from(a).to_string())
        }
        _ => None,
    }
}
