//! The `tcp` probe: connects to each resolved address (IPv4 and IPv6) with a timeout, telling
//! "refused" (nothing listens: the server is down), "timeout" (a firewall drops packets or the host
//! is gone) and "unreachable" (no route) apart.

use super::dns::ms;
use crate::evidence::{TcpAttempt, TcpObservation, TcpOutcome};
use std::io::ErrorKind;
use std::net::SocketAddr;
use std::time::{Duration, Instant};
use tokio::net::TcpStream;

/// At most this many addresses per family are tried (large round-robin sets add nothing).
const MAX_PER_FAMILY: usize = 3;

/// Connect to one address; the stream on success, else the classified failure.
pub async fn connect(address: SocketAddr, timeout: Duration) -> (TcpAttempt, Option<TcpStream>) {
    let started = Instant::now();
    let result = tokio::time::timeout(timeout, TcpStream::connect(address)).await;
    let duration_ms = ms(started.elapsed());
    let (outcome, error, stream) = match result {
        Err(_) => (
            TcpOutcome::Timeout,
            Some(crate::t!(
                "eng-no-answer-within",
                secs = format!("{:.1}", timeout.as_secs_f64())
            )),
            None,
        ),
        Ok(Ok(s)) => {
            let _ = s.set_nodelay(true);
            (TcpOutcome::Connected, None, Some(s))
        }
        Ok(Err(e)) => (classify(&e), Some(e.to_string()), None),
    };
    (
        TcpAttempt {
            address,
            outcome,
            duration_ms,
            error,
        },
        stream,
    )
}

pub fn classify(e: &std::io::Error) -> TcpOutcome {
    match e.kind() {
        ErrorKind::ConnectionRefused => TcpOutcome::Refused,
        ErrorKind::TimedOut => TcpOutcome::Timeout,
        // EPERM: a firewall on this computer refused to send the packets.
        ErrorKind::HostUnreachable
        | ErrorKind::NetworkUnreachable
        | ErrorKind::AddrNotAvailable
        | ErrorKind::PermissionDenied => TcpOutcome::Unreachable,
        _ => TcpOutcome::Error,
    }
}

/// The addresses worth trying, a few per family, IPv4 first.
pub fn pick(addresses: &[SocketAddr]) -> Vec<SocketAddr> {
    let v4 = addresses
        .iter()
        .filter(|a| a.is_ipv4())
        .take(MAX_PER_FAMILY);
    let v6 = addresses
        .iter()
        .filter(|a| a.is_ipv6())
        .take(MAX_PER_FAMILY);
    v4.chain(v6).copied().collect()
}

/// Connect to every picked address at once and record each result (connections are closed again).
pub async fn probe(addresses: &[SocketAddr], timeout: Duration) -> TcpObservation {
    let futures = pick(addresses)
        .into_iter()
        .map(|a| async move { connect(a, timeout).await.0 });
    let attempts = futures_join_all(futures).await;
    TcpObservation { attempts }
}

/// A tiny join_all over a vector of futures (keeps the dependency list short).
pub(crate) async fn futures_join_all<F, T>(futures: impl IntoIterator<Item = F>) -> Vec<T>
where
    F: std::future::Future<Output = T>,
{
    let mut set = Vec::new();
    for f in futures {
        set.push(Box::pin(f));
    }
    let mut out: Vec<Option<T>> = (0..set.len()).map(|_| None).collect();
    std::future::poll_fn(|cx| {
        let mut pending = false;
        for (i, f) in set.iter_mut().enumerate() {
            if out[i].is_none() {
                match f.as_mut().poll(cx) {
                    std::task::Poll::Ready(v) => out[i] = Some(v),
                    std::task::Poll::Pending => pending = true,
                }
            }
        }
        if pending {
            std::task::Poll::Pending
        } else {
            std::task::Poll::Ready(())
        }
    })
    .await;
    out.into_iter().flatten().collect()
}
