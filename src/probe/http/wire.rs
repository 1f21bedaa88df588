//! The wire side of the `http` probe: one HTTP/1.1 exchange on an open (plain or TLS) stream with
//! hyper, timed to the first byte and capped in body size, hyper's errors in plain words, and the
//! CONNECT tunnel through an HTTP proxy. What to send where is decided in `http/mod.rs`.

use super::*;

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
}

pub(super) async fn send(
    stream: Stream,
    uri: &str,
    authority: &str,
    headers: &[(String, String)],
    deadline: Instant,
) -> Result<Response, (HttpOutcome, String)> {
    match stream {
        Stream::Plain(s) => send_on(s, uri, authority, headers, deadline).await,
        Stream::Tls(s) => send_on(*s, uri, authority, headers, deadline).await,
    }
}

pub(super) async fn send_on<S>(
    io: S,
    uri: &str,
    authority: &str,
    headers: &[(String, String)],
    deadline: Instant,
) -> Result<Response, (HttpOutcome, String)>
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
    let mut builder = hyper::Request::builder().method("GET").uri(uri);
    builder = builder.header("host", authority);
    for (name, value) in headers {
        builder = builder.header(name.as_str(), value.as_str());
    }
    let request = builder.body(Empty::<Bytes>::new()).map_err(|e| {
        (
            HttpOutcome::ProtocolError,
            format!("cannot build the request: {e}"),
        )
    })?;
    let response = sender
        .send_request(request)
        .await
        .map_err(|e| classify(&e))?;
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
    loop {
        match tokio::time::timeout(remaining(deadline), body.frame()).await {
            Err(_) => {
                body_error = Some("the body did not finish arriving in time".into());
                truncated = true;
                break;
            }
            Ok(None) => break,
            Ok(Some(Err(e))) => {
                body_error = Some(format!("the body was cut off: {e}"));
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
    })
}

pub(super) struct AbortOnDrop(pub(super) tokio::task::JoinHandle<Result<(), hyper::Error>>);

impl Drop for AbortOnDrop {
    fn drop(&mut self) {
        self.0.abort();
    }
}

pub(super) fn classify(e: &hyper::Error) -> (HttpOutcome, String) {
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
        HttpOutcome::ProtocolError => {
            format!("the server answered something that is not HTTP ({msg})")
        }
        HttpOutcome::ConnectionClosed => {
            format!("the server closed the connection without a complete answer ({msg})")
        }
        _ => msg,
    };
    (outcome, msg)
}

/// Open a CONNECT tunnel through an HTTP proxy.
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
        .map_err(|e| format!("the proxy closed the connection: {e}"))?;
    let mut head = Vec::new();
    let mut byte = [0u8; 1];
    while !head.ends_with(b"\r\n\r\n") {
        if head.len() > 16 * 1024 {
            return Err("the proxy's answer to CONNECT is too long".into());
        }
        let n = stream
            .read(&mut byte)
            .await
            .map_err(|e| format!("the proxy closed the connection: {e}"))?;
        if n == 0 {
            return Err("the proxy closed the connection during CONNECT".into());
        }
        head.push(byte[0]);
    }
    let text = String::from_utf8_lossy(&head);
    let status_line = text.lines().next().unwrap_or_default().to_string();
    let code = status_line
        .split_whitespace()
        .nth(1)
        .and_then(|c| c.parse::<u16>().ok());
    match code {
        Some(c) if (200..300).contains(&c) => Ok(()),
        _ => Err(format!("the proxy refused the tunnel: {status_line}")),
    }
}
