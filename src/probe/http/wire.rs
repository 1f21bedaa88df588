//! The wire side of the `http` probe: one exchange on an open (plain or TLS) stream with hyper,
//! HTTP/2 when ALPN chose `h2` and HTTP/1.1 otherwise, timed to the first byte and capped in body
//! size, hyper's errors in plain words (HTTP/2 resets and `GOAWAY` by their error code), and the
//! CONNECT tunnel through an HTTP proxy. What to send where is decided in `http/mod.rs`.

use super::headers::redact_header_value;
use super::{BODY_CAP, Stream, remaining};
use crate::evidence::{HTTP1, HTTP2, HttpOutcome};
use http_body_util::{BodyExt, Empty};
use hyper::body::{Bytes, Incoming};
use hyper_util::rt::{TokioExecutor, TokioIo};
use std::time::Instant;
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use tokio::net::TcpStream;

pub(super) struct Response {
    pub(super) status: u16,
    pub(super) reason: Option<String>,
    pub(super) headers: Vec<(String, String)>,
    pub(super) raw_location: Option<String>,
    pub(super) raw_set_cookies: Vec<String>,
    pub(super) first_byte: Instant,
    pub(super) body: Vec<u8>,
    pub(super) truncated: bool,
    pub(super) body_error: Option<String>,
    /// `HTTP/1.1` or `HTTP/2`.
    pub(super) protocol: &'static str,
    /// The HTTP/2 error code that cut the body off, if one did.
    pub(super) http2_error: Option<String>,
}

/// Why an exchange ended without a response head.
#[derive(Debug)]
pub(super) struct Failure {
    pub(super) outcome: HttpOutcome,
    pub(super) message: String,
    /// The HTTP/2 error code (`PROTOCOL_ERROR` ...) when the server reset the stream or sent
    /// `GOAWAY`.
    pub(super) http2_error: Option<String>,
}

impl Failure {
    fn new(outcome: HttpOutcome, message: String) -> Failure {
        Failure {
            outcome,
            message,
            http2_error: None,
        }
    }
}

pub(super) async fn send(
    stream: Stream,
    uri: &str,
    authority: &str,
    headers: &[(String, String)],
    deadline: Instant,
) -> Result<Response, Failure> {
    match stream {
        Stream::Plain(s) => send_on(s, uri, authority, headers, deadline).await,
        Stream::Tls(s) if s.get_ref().1.alpn_protocol() == Some(b"h2") => {
            send_h2(*s, uri, authority, headers, deadline).await
        }
        Stream::Tls(s) => send_on(*s, uri, authority, headers, deadline).await,
    }
}

/// A GET with `headers` (names as given, values as given).
fn request(
    uri: &str,
    headers: impl Iterator<Item = (String, String)>,
) -> Result<hyper::Request<Empty<Bytes>>, Failure> {
    let mut builder = hyper::Request::builder().method("GET").uri(uri);
    for (name, value) in headers {
        builder = builder.header(name.as_str(), value.as_str());
    }
    builder.body(Empty::<Bytes>::new()).map_err(|e| {
        Failure::new(
            HttpOutcome::ProtocolError,
            crate::t!("eng-http-build-request", error = e.to_string()),
        )
    })
}

/// One HTTP/1.1 exchange (`uri` in origin form, or absolute form for a proxy).
pub(super) async fn send_on<S>(
    io: S,
    uri: &str,
    authority: &str,
    headers: &[(String, String)],
    deadline: Instant,
) -> Result<Response, Failure>
where
    S: AsyncRead + AsyncWrite + Unpin + Send + 'static,
{
    let (mut sender, conn) = hyper::client::conn::http1::Builder::new()
        .max_buf_size(256 * 1024)
        .handshake::<_, Empty<Bytes>>(TokioIo::new(io))
        .await
        .map_err(|e| classify(&e))?;
    // The connection task ends when the response is done or dropped (aborted on drop).
    let driver = tokio::spawn(conn);
    let _abort = AbortOnDrop(driver);
    let all =
        std::iter::once(("host".to_string(), authority.to_string())).chain(headers.iter().cloned());
    let response = sender
        .send_request(request(uri, all)?)
        .await
        .map_err(|e| classify(&e))?;
    read_response(response, HTTP1, deadline).await
}

/// One HTTP/2 exchange on a TLS stream that negotiated `h2`: the authority goes in
/// `:authority` (no `Host` header, as browsers do) and the connection-level headers of
/// HTTP/1.1 are left out.
async fn send_h2<S>(
    io: S,
    path: &str,
    authority: &str,
    headers: &[(String, String)],
    deadline: Instant,
) -> Result<Response, Failure>
where
    S: AsyncRead + AsyncWrite + Unpin + Send + 'static,
{
    let (mut sender, conn) = hyper::client::conn::http2::Builder::new(TokioExecutor::new())
        .max_header_list_size(256 * 1024)
        .handshake::<_, Empty<Bytes>>(TokioIo::new(io))
        .await
        .map_err(|e| classify(&e))?;
    let driver = tokio::spawn(conn);
    let mut driver = AbortOnDrop(driver);
    let uri = format!("https://{authority}{path}");
    let kept = headers
        .iter()
        .filter(|(n, _)| {
            ![
                "connection",
                "keep-alive",
                "proxy-connection",
                "transfer-encoding",
                "upgrade",
                "host",
            ]
            .contains(&n.to_ascii_lowercase().as_str())
        })
        .cloned();
    let response = match sender.send_request(request(&uri, kept)?).await {
        Ok(r) => r,
        Err(e) => {
            let failure = classify(&e);
            if failure.http2_error.is_some() {
                return Err(failure);
            }
            // A GOAWAY that came before the request went out cancels it; the code is in the
            // connection's own error.
            let ended = tokio::time::timeout(remaining(deadline), &mut driver.0).await;
            return Err(match ended {
                Ok(Ok(Err(conn_error))) if http2_code(&conn_error).is_some() => {
                    classify(&conn_error)
                }
                _ => failure,
            });
        }
    };
    read_response(response, HTTP2, deadline).await
}

/// The head of `response` and its body, bounded by `BODY_CAP` and `deadline`.
async fn read_response(
    response: hyper::Response<Incoming>,
    protocol: &'static str,
    deadline: Instant,
) -> Result<Response, Failure> {
    let first_byte = Instant::now();
    let status = response.status().as_u16();
    let reason = response
        .extensions()
        .get::<hyper::ext::ReasonPhrase>()
        .map(|r| String::from_utf8_lossy(r.as_bytes()).into_owned())
        .or_else(|| response.status().canonical_reason().map(str::to_string));
    let raw = |name: &str| {
        response
            .headers()
            .get_all(name)
            .iter()
            .map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned())
            .collect::<Vec<_>>()
    };
    let raw_location = raw("location").into_iter().next();
    let content_encoding = raw("content-encoding").join(", ");
    let raw_set_cookies = raw("set-cookie");
    let headers = response
        .headers()
        .iter()
        .map(|(n, v)| {
            let name = n.as_str().to_ascii_lowercase();
            let value = String::from_utf8_lossy(v.as_bytes()).into_owned();
            let value = redact_header_value(&name, &value);
            (name, value)
        })
        .collect();
    let mut body = response.into_body();
    let mut data = Vec::new();
    let mut truncated = false;
    let mut body_error = None;
    let mut http2_error = None;
    loop {
        match tokio::time::timeout(remaining(deadline), body.frame()).await {
            Err(_) => {
                body_error = Some(crate::t!("eng-http-body-timeout"));
                truncated = true;
                break;
            }
            Ok(None) => break,
            Ok(Some(Err(e))) => {
                let failure = classify(&e);
                http2_error = failure.http2_error;
                body_error = Some(match &http2_error {
                    Some(code) => crate::t!("eng-http-body-reset", code = code.as_str()),
                    None => crate::t!("eng-http-body-cut", error = e.to_string()),
                });
                break;
            }
            Ok(Some(Ok(frame))) => {
                if let Ok(chunk) = frame.into_data() {
                    let room = BODY_CAP - data.len();
                    if chunk.len() >= room {
                        data.extend_from_slice(&chunk[..room]);
                        truncated = chunk.len() > room || !hyper::body::Body::is_end_stream(&body);
                        if truncated {
                            break;
                        }
                    } else {
                        data.extend_from_slice(&chunk);
                    }
                }
            }
        }
    }
    if !content_encoding.trim().is_empty() {
        let decoded = super::decode::decode(&content_encoding, data);
        data = decoded.body;
        // A body cut at the cap decodes only partly: that is the cap, not damage.
        if body_error.is_none() && !truncated {
            body_error = decoded.error;
        }
        truncated |= decoded.capped;
    }
    Ok(Response {
        status,
        reason,
        headers,
        raw_location,
        raw_set_cookies,
        first_byte,
        body: data,
        truncated,
        body_error,
        protocol,
        http2_error,
    })
}

pub(super) struct AbortOnDrop(pub(super) tokio::task::JoinHandle<Result<(), hyper::Error>>);

impl Drop for AbortOnDrop {
    fn drop(&mut self) {
        self.0.abort();
    }
}

/// The HTTP/2 error under a hyper error: its code's name and whether it came as `GOAWAY`.
fn http2_code(e: &hyper::Error) -> Option<(String, bool)> {
    let mut source = std::error::Error::source(e);
    while let Some(s) = source {
        if let Some(h2) = s.downcast_ref::<h2::Error>() {
            return h2.reason().map(|r| (format!("{r:?}"), h2.is_go_away()));
        }
        source = s.source();
    }
    None
}

pub(super) fn classify(e: &hyper::Error) -> Failure {
    if let Some((code, go_away)) = http2_code(e) {
        let key = if go_away {
            "eng-http2-goaway"
        } else {
            "eng-http2-reset"
        };
        return Failure {
            outcome: HttpOutcome::Http2Error,
            message: crate::i18n::tr(key, &[("code", code.clone().into())]),
            http2_error: Some(code),
        };
    }
    let outcome = if e.is_parse() || e.is_parse_status() {
        HttpOutcome::ProtocolError
    } else if e.is_timeout() {
        HttpOutcome::Timeout
    } else {
        HttpOutcome::ConnectionClosed
    };
    let mut msg = e.to_string();
    let mut source = std::error::Error::source(e);
    while let Some(s) = source {
        msg.push_str(": ");
        msg.push_str(&s.to_string());
        source = s.source();
    }
    let msg = match outcome {
        HttpOutcome::ProtocolError => crate::t!("eng-http-not-http", error = msg),
        HttpOutcome::ConnectionClosed => crate::t!("eng-http-closed", error = msg),
        _ => msg,
    };
    Failure::new(outcome, msg)
}

/// Longest answer to CONNECT accepted (status line and headers, with the blank line).
const MAX_CONNECT_HEAD: usize = 16 * 1024 + 1;

/// Open a CONNECT tunnel through an HTTP proxy. The caller bounds the time it may take.
pub(super) async fn connect_tunnel(
    stream: &mut TcpStream,
    authority: &str,
    auth: Option<String>,
) -> Result<(), String> {
    let auth = auth
        .map(|a| format!("Proxy-Authorization: {a}\r\n"))
        .unwrap_or_default();
    let request = format!("CONNECT {authority} HTTP/1.1\r\nHost: {authority}\r\n{auth}\r\n");
    stream
        .write_all(request.as_bytes())
        .await
        .map_err(|e| crate::t!("eng-proxy-closed", error = e.to_string()))?;
    // Bytes after the header block belong to the tunnel, so each round peeks at what has arrived
    // and takes from the socket only what belongs to the answer: all of it while the header block
    // is incomplete, up to its end once it is complete.
    let mut head = Vec::new();
    loop {
        let have = head.len();
        head.resize(MAX_CONNECT_HEAD, 0);
        let peeked = stream
            .peek(&mut head[have..])
            .await
            .map_err(|e| crate::t!("eng-proxy-closed", error = e.to_string()))?;
        head.truncate(have + peeked);
        if peeked == 0 {
            return Err(crate::t!("eng-proxy-closed-connect"));
        }
        let parsed = parse_connect_answer(&head);
        let take = match parsed {
            ConnectAnswer::Complete { len, .. } => len.saturating_sub(have),
            ConnectAnswer::Partial if head.len() >= MAX_CONNECT_HEAD => {
                return Err(crate::t!("eng-proxy-answer-too-long"));
            }
            ConnectAnswer::Partial => peeked,
            ConnectAnswer::NotHttp => 0,
        };
        stream
            .read_exact(&mut head[have..have + take])
            .await
            .map_err(|e| crate::t!("eng-proxy-closed", error = e.to_string()))?;
        match parsed {
            ConnectAnswer::Partial => head.truncate(have + take),
            ConnectAnswer::Complete { code, .. } if (200..300).contains(&code) => return Ok(()),
            ConnectAnswer::Complete { .. } | ConnectAnswer::NotHttp => {
                let text = String::from_utf8_lossy(&head);
                let status_line = text.lines().next().unwrap_or_default();
                return Err(crate::t!("eng-proxy-refused-tunnel", status = status_line));
            }
        }
    }
}

/// What a proxy's answer to CONNECT is so far.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ConnectAnswer {
    /// The header block ends after `len` bytes; `code` is the status.
    Complete { code: u16, len: usize },
    /// More bytes are needed.
    Partial,
    /// Not an HTTP answer.
    NotHttp,
}

fn parse_connect_answer(head: &[u8]) -> ConnectAnswer {
    // A header line takes at least 3 bytes ("a:\n"), so this many never runs out.
    let mut headers = vec![httparse::EMPTY_HEADER; head.len() / 3 + 1];
    let mut response = httparse::Response::new(&mut headers);
    match response.parse(head) {
        Ok(httparse::Status::Complete(len)) => match response.code {
            Some(code) => ConnectAnswer::Complete { code, len },
            None => ConnectAnswer::NotHttp,
        },
        Ok(httparse::Status::Partial) => ConnectAnswer::Partial,
        Err(_) => ConnectAnswer::NotHttp,
    }
}

#[cfg(test)]
mod tests {
    use super::{ConnectAnswer, MAX_CONNECT_HEAD, connect_tunnel, parse_connect_answer};
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    use tokio::net::{TcpListener, TcpStream};

    #[test]
    fn answers_are_complete_partial_or_not_http() {
        let ok = b"HTTP/1.1 200 Connection established\r\nVia: x\r\n\r\nTLS";
        assert_eq!(
            parse_connect_answer(ok),
            ConnectAnswer::Complete {
                code: 200,
                len: ok.len() - 3
            }
        );
        assert_eq!(
            parse_connect_answer(b"HTTP/1.0 407 Proxy Authentication Required\r\n\r\n"),
            ConnectAnswer::Complete { code: 407, len: 46 }
        );
        assert_eq!(
            parse_connect_answer(b"HTTP/1.1 200 OK\r\nVia"),
            ConnectAnswer::Partial
        );
        assert_eq!(parse_connect_answer(b"HTTP/1."), ConnectAnswer::Partial);
        assert_eq!(
            parse_connect_answer(b"SSH-2.0-OpenSSH_9.6\r\n"),
            ConnectAnswer::NotHttp
        );
    }

    /// A proxy on loopback that reads the CONNECT request and then writes `parts`, pausing
    /// between them; returns its address and the request it read.
    async fn proxy(parts: Vec<Vec<u8>>) -> (String, tokio::task::JoinHandle<String>) {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap().to_string();
        let server = tokio::spawn(async move {
            let (mut socket, _) = listener.accept().await.unwrap();
            let mut request = Vec::new();
            let mut byte = [0u8; 1];
            while !request.ends_with(b"\r\n\r\n") && socket.read(&mut byte).await.unwrap() == 1 {
                request.push(byte[0]);
            }
            for part in parts {
                socket.write_all(&part).await.unwrap();
                socket.flush().await.unwrap();
                tokio::time::sleep(std::time::Duration::from_millis(30)).await;
            }
            String::from_utf8(request).unwrap()
        });
        (addr, server)
    }

    #[tokio::test]
    async fn the_tunnel_starts_right_after_the_header_block() {
        let (addr, server) = proxy(vec![
            b"HTTP/1.1 200 Connection established\r\n".to_vec(),
            b"Via: 1.1 proxy\r\n\r\nTUNNEL".to_vec(),
        ])
        .await;
        let mut stream = TcpStream::connect(&addr).await.unwrap();
        connect_tunnel(&mut stream, "example.com:443", Some("Basic dTpw".into()))
            .await
            .unwrap();
        let mut tunnel = [0u8; 6];
        stream.read_exact(&mut tunnel).await.unwrap();
        assert_eq!(
            &tunnel, b"TUNNEL",
            "bytes after the answer are left for TLS"
        );
        let request = server.await.unwrap();
        assert_eq!(
            request,
            "CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\
             Proxy-Authorization: Basic dTpw\r\n\r\n"
        );
    }

    #[tokio::test]
    async fn a_refusal_names_the_status_line() {
        let (addr, _server) = proxy(vec![b"HTTP/1.1 403 Forbidden\r\n\r\n".to_vec()]).await;
        let mut stream = TcpStream::connect(&addr).await.unwrap();
        let e = connect_tunnel(&mut stream, "example.com:443", None)
            .await
            .unwrap_err();
        assert_eq!(e, "the proxy refused the tunnel: HTTP/1.1 403 Forbidden");
    }

    #[tokio::test]
    async fn a_closed_connection_or_an_endless_answer_is_an_error() {
        let (addr, _server) = proxy(vec![b"HTTP/1.1 200 OK\r\n".to_vec()]).await;
        let mut stream = TcpStream::connect(&addr).await.unwrap();
        let e = connect_tunnel(&mut stream, "example.com:443", None)
            .await
            .unwrap_err();
        assert_eq!(e, "the proxy closed the connection during CONNECT");

        let mut long = b"HTTP/1.1 200 OK\r\nX-Pad: ".to_vec();
        long.resize(MAX_CONNECT_HEAD + 100, b'a');
        let (addr, _server) = proxy(vec![long]).await;
        let mut stream = TcpStream::connect(&addr).await.unwrap();
        let e = connect_tunnel(&mut stream, "example.com:443", None)
            .await
            .unwrap_err();
        assert_eq!(e, "the proxy's answer to CONNECT is too long");
    }
}
