//! An HTTPS origin with a certificate no client trusts: self-signed for `localhost`, or self-signed
//! and expired. It answers a fixed response chosen by the test (a 200, or nginx's 502 page), so the
//! tests can check the tool both names the TLS problem and still reads the page behind it.
//!
//! `tls_server_expiring` is the trusted case: a leaf for 127.0.0.1 signed by a test CA (trusted
//! through `SSL_CERT_FILE`) that expires in a given number of days.
//!
//! Certificates are minted per server with rcgen; TLS is rustls's blocking API on the threaded
//! `TcpServer`, so dropping the server stops it like every other test server.

use super::tcp::{Canned, TcpServer, read_request};
use rustls::pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer};
use std::io::Write;
use std::sync::Arc;

/// Which certificate the server presents.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CertKind {
    /// Self-signed for `localhost` (and 127.0.0.1), currently valid.
    SelfSigned,
    /// Self-signed for `localhost`, valid 2020-01-01 to 2021-01-01.
    Expired,
}

/// A running HTTPS server; dropping it stops it.
pub struct TlsServer {
    server: TcpServer,
    cert_pem: String,
}

impl TlsServer {
    pub fn port(&self) -> u16 {
        self.server.port()
    }

    /// `https://localhost:PORT/` (the name the certificate is for).
    pub fn url(&self) -> String {
        format!("https://localhost:{}/", self.port())
    }

    /// The certificate in PEM, for clients that should trust it.
    pub fn cert_pem(&self) -> &str {
        &self.cert_pem
    }
}

/// Starts an HTTPS server on 127.0.0.1 (and ::1) answering every request with `response`.
pub fn tls_server(kind: CertKind, response: Canned) -> TlsServer {
    let (config, cert_pem) = server_config(kind);
    let config = Arc::new(config);
    let server = TcpServer::start(move |sock, _| {
        let Ok(conn) = rustls::ServerConnection::new(config.clone()) else {
            return;
        };
        let mut tls = rustls::StreamOwned::new(conn, sock);
        // Reading drives the handshake; a client that rejects the certificate ends it here.
        if let Some(req) = read_request(&mut tls) {
            let _ = response.write_to(&mut tls, req.method == "HEAD");
            tls.conn.send_close_notify();
            let _ = tls.flush();
        }
    });
    TlsServer { server, cert_pem }
}

/// Starts an HTTPS server on 127.0.0.1 whose certificate (for `127.0.0.1`) is signed by a fresh
/// test CA and expires in `days_left` days and 12 hours. `cert_pem()` is the CA's certificate:
/// write it to a file and pass it as `SSL_CERT_FILE` to make the tool trust the server.
pub fn tls_server_expiring(days_left: i64, response: Canned) -> TlsServer {
    let now = time::OffsetDateTime::now_utc();
    let validity = (
        now - time::Duration::days(30),
        now + time::Duration::days(days_left) + time::Duration::hours(12),
    );
    let pki = super::http2::Pki::valid(&["127.0.0.1"], Some(validity));
    let config = Arc::new(pki.server_config(&[]));
    let server = TcpServer::start(move |sock, _| {
        let Ok(conn) = rustls::ServerConnection::new(config.clone()) else {
            return;
        };
        let mut tls = rustls::StreamOwned::new(conn, sock);
        if let Some(req) = read_request(&mut tls) {
            let _ = response.write_to(&mut tls, req.method == "HEAD");
            tls.conn.send_close_notify();
            let _ = tls.flush();
        }
    });
    TlsServer {
        server,
        cert_pem: pki.ca_pem,
    }
}

fn config_for(cert_der: CertificateDer<'static>, key: &rcgen::KeyPair) -> rustls::ServerConfig {
    let key_der = PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(key.serialize_der()));
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .expect("protocol versions")
        .with_no_client_auth()
        .with_single_cert(vec![cert_der], key_der)
        .expect("server config")
}

fn server_config(kind: CertKind) -> (rustls::ServerConfig, String) {
    let names = vec!["localhost".to_string(), "127.0.0.1".to_string()];
    let mut params = rcgen::CertificateParams::new(names).expect("certificate params");
    params
        .distinguished_name
        .push(rcgen::DnType::CommonName, "localhost");
    if kind == CertKind::Expired {
        params.not_before = rcgen::date_time_ymd(2020, 1, 1);
        params.not_after = rcgen::date_time_ymd(2021, 1, 1);
    }
    let key = rcgen::KeyPair::generate().expect("key pair");
    let cert = params.self_signed(&key).expect("self-signed certificate");
    let cert_pem = cert.pem();
    let cert_der: CertificateDer<'static> = cert.der().clone();
    let key_der = PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(key.serialize_der()));
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .expect("protocol versions")
        .with_no_client_auth()
        .with_single_cert(vec![cert_der], key_der)
        .expect("server config");
    (config, cert_pem)
}
