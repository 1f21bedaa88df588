//! HTTPS servers that speak HTTP/2 the way an edge does, with a fault only in HTTP/2: ALPN offers
//! `h2` and `http/1.1`; over HTTP/1.1 every request gets a 200, over HTTP/2 every request's stream
//! is reset (`RST_STREAM`) or the connection closed (`GOAWAY`) with the error code the test
//! chose. Written with the `h2` crate on tokio-rustls, in a thread of its own; dropping the
//! server stops it.
//!
//! [`quic_server`] completes QUIC handshakes (ALPN `h3`) with quinn, for the HTTP/3 check.
//!
//! [`Pki`] mints a test CA and a leaf for the test's names (rcgen), for these servers and for
//! real servers (nginx) that read PEM files; the tool trusts the CA through `SSL_CERT_FILE`.

use rustls::pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

/// A test CA and one leaf certificate it signed.
pub struct Pki {
    pub ca_pem: String,
    pub cert_pem: String,
    pub key_pem: String,
    cert_der: CertificateDer<'static>,
    key_der: Vec<u8>,
}

impl Pki {
    /// A fresh CA and a leaf for `names` (DNS names or IP addresses), valid as rcgen's default.
    pub fn new(names: &[&str]) -> Pki {
        Pki::valid(names, None)
    }

    /// The same with the leaf valid from `.0` to `.1`.
    pub fn valid(
        names: &[&str],
        validity: Option<(time::OffsetDateTime, time::OffsetDateTime)>,
    ) -> Pki {
        let mut ca_params = rcgen::CertificateParams::new(Vec::<String>::new()).expect("CA params");
        ca_params
            .distinguished_name
            .push(rcgen::DnType::CommonName, "Gateway Doctor HTTP/2 test CA");
        ca_params.is_ca = rcgen::IsCa::Ca(rcgen::BasicConstraints::Unconstrained);
        ca_params.key_usages = vec![
            rcgen::KeyUsagePurpose::KeyCertSign,
            rcgen::KeyUsagePurpose::CrlSign,
        ];
        let ca_key = rcgen::KeyPair::generate().expect("CA key");
        let ca = rcgen::CertifiedIssuer::self_signed(ca_params, ca_key).expect("CA certificate");
        let names: Vec<String> = names.iter().map(|n| n.to_string()).collect();
        let mut params = rcgen::CertificateParams::new(names.clone()).expect("leaf params");
        params
            .distinguished_name
            .push(rcgen::DnType::CommonName, names[0].as_str());
        if let Some((not_before, not_after)) = validity {
            params.not_before = not_before;
            params.not_after = not_after;
        }
        let key = rcgen::KeyPair::generate().expect("leaf key");
        let leaf = params.signed_by(&key, &ca).expect("leaf certificate");
        Pki {
            ca_pem: ca.pem(),
            cert_pem: leaf.pem(),
            key_pem: key.serialize_pem(),
            cert_der: leaf.der().clone(),
            key_der: key.serialize_der(),
        }
    }

    /// A rustls server configuration offering `alpn`.
    pub fn server_config(&self, alpn: &[&[u8]]) -> rustls::ServerConfig {
        let key = PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(self.key_der.clone()));
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let mut config = rustls::ServerConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .expect("protocol versions")
            .with_no_client_auth()
            .with_single_cert(vec![self.cert_der.clone()], key)
            .expect("server config");
        config.alpn_protocols = alpn.iter().map(|p| p.to_vec()).collect();
        config
    }

    /// Writes `ca.pem`, `cert.pem` and `key.pem` into `dir`; returns their paths in that order.
    pub fn write(&self, dir: &Path) -> (PathBuf, PathBuf, PathBuf) {
        let paths = (
            dir.join("ca.pem"),
            dir.join("cert.pem"),
            dir.join("key.pem"),
        );
        std::fs::write(&paths.0, &self.ca_pem).expect("write ca.pem");
        std::fs::write(&paths.1, &self.cert_pem).expect("write cert.pem");
        std::fs::write(&paths.2, &self.key_pem).expect("write key.pem");
        paths
    }
}

/// What the server does to every HTTP/2 request.
#[derive(Debug, Clone, Copy)]
pub enum H2Fault {
    /// `RST_STREAM` with this code.
    Reset(h2::Reason),
    /// `GOAWAY` with this code, closing the connection.
    GoAway(h2::Reason),
}

/// A server running on a tokio runtime in a thread of its own; dropping it stops the thread.
pub struct ThreadServer {
    port: u16,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl ThreadServer {
    /// Runs `serve` on a current-thread runtime: it gets a channel to send its port on and a
    /// receiver that fires when the server is dropped.
    fn start<F, Fut>(serve: F) -> ThreadServer
    where
        F: FnOnce(std::sync::mpsc::Sender<u16>, tokio::sync::oneshot::Receiver<()>) -> Fut
            + Send
            + 'static,
        Fut: std::future::Future<Output = ()>,
    {
        let (port_tx, port_rx) = std::sync::mpsc::channel();
        let (stop_tx, stop_rx) = tokio::sync::oneshot::channel::<()>();
        let thread = std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .expect("runtime");
            rt.block_on(serve(port_tx, stop_rx));
        });
        let port = port_rx.recv().expect("the server's port");
        ThreadServer {
            port,
            stop: Some(stop_tx),
            thread: Some(thread),
        }
    }

    pub fn port(&self) -> u16 {
        self.port
    }
}

impl Drop for ThreadServer {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

/// A running server on 127.0.0.1 with a certificate for `127.0.0.1` and `localhost`.
pub struct H2Server {
    server: ThreadServer,
    pki: Pki,
}

impl H2Server {
    pub fn port(&self) -> u16 {
        self.server.port()
    }

    /// `https://127.0.0.1:PORT/`.
    pub fn url(&self) -> String {
        format!("https://127.0.0.1:{}/", self.port())
    }

    /// The CA that signed the certificate, in PEM (for `SSL_CERT_FILE`).
    pub fn ca_pem(&self) -> &str {
        &self.pki.ca_pem
    }
}

/// The 200 every HTTP/1.1 request gets.
const HTTP1_OK: &[u8] = b"HTTP/1.1 200 OK\r\nserver: h2-test-edge\r\ncontent-type: text/plain\r\n\
content-length: 3\r\nconnection: close\r\n\r\nok\n";

/// Starts a server that answers HTTP/1.1 and fails HTTP/2 with `fault`.
pub fn h2_faulty(fault: H2Fault) -> H2Server {
    let pki = Pki::new(&["127.0.0.1", "localhost"]);
    let config = Arc::new(pki.server_config(&[b"h2", b"http/1.1"]));
    let server = ThreadServer::start(move |port_tx, mut stop_rx| async move {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
        port_tx
            .send(listener.local_addr().expect("addr").port())
            .expect("send port");
        let acceptor = tokio_rustls::TlsAcceptor::from(config);
        loop {
            let (tcp, _) = tokio::select! {
                _ = &mut stop_rx => return,
                accepted = listener.accept() => match accepted {
                    Ok(a) => a,
                    Err(_) => continue,
                },
            };
            let acceptor = acceptor.clone();
            tokio::spawn(async move {
                let Ok(tls) = acceptor.accept(tcp).await else {
                    return;
                };
                if tls.get_ref().1.alpn_protocol() == Some(b"h2") {
                    serve_h2(tls, fault).await;
                } else {
                    serve_http1(tls).await;
                }
            });
        }
    });
    H2Server { server, pki }
}

async fn serve_h2<S>(io: S, fault: H2Fault)
where
    S: tokio::io::AsyncRead + tokio::io::AsyncWrite + Unpin,
{
    let Ok(mut conn) = h2::server::handshake(io).await else {
        return;
    };
    if let H2Fault::GoAway(reason) = fault {
        // Before any stream is taken: the GOAWAY's last stream id is 0, so the client's request
        // was refused unprocessed, as a server does that fails the connection.
        conn.abrupt_shutdown(reason);
    }
    while let Some(request) = conn.accept().await {
        let Ok((_request, mut respond)) = request else {
            return;
        };
        if let H2Fault::Reset(reason) = fault {
            respond.send_reset(reason);
        }
    }
}

async fn serve_http1<S>(mut io: S)
where
    S: tokio::io::AsyncRead + tokio::io::AsyncWrite + Unpin,
{
    let mut head = Vec::new();
    let mut buf = [0u8; 1024];
    while !head.windows(4).any(|w| w == b"\r\n\r\n") && head.len() < 64 * 1024 {
        match io.read(&mut buf).await {
            Ok(0) | Err(_) => return,
            Ok(n) => head.extend_from_slice(&buf[..n]),
        }
    }
    let _ = io.write_all(HTTP1_OK).await;
    let _ = io.shutdown().await;
}

/// Starts a QUIC endpoint on 127.0.0.1 (UDP), with a certificate for 127.0.0.1 from a fresh
/// test CA, that completes handshakes offering ALPN `h3` and then closes them; it serves no
/// request (the tool only checks reachability).
pub fn quic_server() -> ThreadServer {
    let pki = Pki::new(&["127.0.0.1", "localhost"]);
    let tls = pki.server_config(&[b"h3"]);
    ThreadServer::start(move |port_tx, mut stop_rx| async move {
        let crypto = quinn::crypto::rustls::QuicServerConfig::try_from(Arc::new(tls))
            .expect("QUIC server crypto");
        let config = quinn::ServerConfig::with_crypto(Arc::new(crypto));
        let endpoint = quinn::Endpoint::server(config, "127.0.0.1:0".parse().expect("addr"))
            .expect("QUIC endpoint");
        port_tx
            .send(endpoint.local_addr().expect("addr").port())
            .expect("send port");
        loop {
            let incoming = tokio::select! {
                _ = &mut stop_rx => break,
                incoming = endpoint.accept() => match incoming {
                    Some(i) => i,
                    None => break,
                },
            };
            tokio::spawn(async move {
                if let Ok(connection) = incoming.await {
                    // Wait for the client to close (it does right after the handshake).
                    let _ = connection.closed().await;
                }
            });
        }
        endpoint.close(0u32.into(), b"stop");
    })
}
