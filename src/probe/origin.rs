//! The `origin` probe (owner mode, `--origin IP[:PORT]`): the main request sent straight to the
//! site's origin server, bypassing the CDN or load balancer in front of it, so the diagnosis can
//! tell "the edge is misconfigured" from "the origin itself fails".
//!
//! Like `curl --connect-to`: the connection goes to the given address, but the `Host` header and
//! the TLS server name (SNI) stay the site's, so the origin picks the site's virtual host and
//! certificate. Redirects are not followed (a redirect would leave the origin); the first answer
//! and its `Location` are recorded.

use super::http::Client;
use super::steps::Browser;
use crate::evidence::origin::OriginObservation;
use crate::target::{Scheme, Target, TargetError, parse_host_port};
use std::net::{IpAddr, SocketAddr};
use thiserror::Error;

/// Why an `--origin` value cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum OriginError {
    #[error("--origin: {0}")]
    Address(#[from] TargetError),
    #[error(
        "--origin: \"{host}\" is a name, but the origin must be an IP address (the point is to \
         bypass DNS and the CDN): expected IP or IP:PORT, as in 203.0.113.5:443 or [2001:db8::5]:443"
    )]
    NotAnIp { host: String },
}

/// Parse an `--origin` value: `IP`, `IP:PORT`, `IPv6` or `[IPv6]:PORT`. Without a port,
/// `default_port` (the site's port) is used. Names are rejected: they would be resolved, which
/// is what the bypass avoids.
pub fn parse_origin(s: &str, default_port: u16) -> Result<SocketAddr, OriginError> {
    let (host, port) = parse_host_port(s, Some(default_port))?;
    let ip: IpAddr = host
        .parse()
        .map_err(|_| OriginError::NotAnIp { host: host.clone() })?;
    Ok(SocketAddr::new(ip, port))
}

/// The request sent to the origin: the site's URL, except that an origin on port 80 is asked
/// over plain http and one on port 443 over https (an origin behind a CDN often serves only one
/// of them, whatever visitors use). Any other port keeps the site's scheme.
pub fn origin_request(target: &Target, origin: SocketAddr) -> Target {
    let scheme = match origin.port() {
        80 => Scheme::Http,
        443 => Scheme::Https,
        _ => target.scheme,
    };
    if scheme == target.scheme {
        return target.clone();
    }
    let mut url = target.url().clone();
    if url.set_scheme(scheme.as_str()).is_err() {
        return target.clone();
    }
    Target::from_url(url).unwrap_or_else(|_| target.clone())
}

/// Send the main request (Chrome's headers) to `origin` instead of the site's addresses.
/// Bounded by the client's timeout.
pub async fn run(target: &Target, origin: SocketAddr, client: &Client) -> OriginObservation {
    let request = origin_request(target, origin);
    let fetched = client
        .fetch_at(&request, origin, &Browser::Chrome.headers())
        .await;
    let location = fetched
        .http
        .status
        .filter(|s| (300..400).contains(s))
        .and_then(|_| fetched.http.header("location").map(str::to_string));
    OriginObservation {
        origin: origin.to_string(),
        url: request.redacted(),
        host_header: request.authority(),
        sni: (request.scheme == Scheme::Https && request.ip.is_none())
            .then(|| request.host.clone()),
        direct: Box::new(fetched.http),
        tls: fetched.tls,
        location,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn origin_takes_ip_ip_port_and_bracketed_v6() {
        assert_eq!(
            parse_origin("203.0.113.5", 443).unwrap(),
            "203.0.113.5:443".parse().unwrap()
        );
        assert_eq!(
            parse_origin(" 203.0.113.5:8080 ", 443).unwrap(),
            "203.0.113.5:8080".parse().unwrap()
        );
        assert_eq!(
            parse_origin("[2001:db8::5]:8443", 443).unwrap(),
            "[2001:db8::5]:8443".parse().unwrap()
        );
        assert_eq!(
            parse_origin("2001:db8::5", 80).unwrap(),
            "[2001:db8::5]:80".parse().unwrap()
        );
    }

    #[test]
    fn origin_rejects_names_and_bad_ports_with_a_clear_message() {
        let e = parse_origin("origin.example.com:443", 443).unwrap_err();
        assert!(matches!(e, OriginError::NotAnIp { .. }));
        let msg = e.to_string();
        assert!(
            msg.contains("origin.example.com") && msg.contains("IP address"),
            "{msg}"
        );
        let e = parse_origin("203.0.113.5:99999", 443).unwrap_err();
        assert!(e.to_string().starts_with("--origin: "), "{e}");
        assert!(e.to_string().contains("out of range"), "{e}");
        assert!(parse_origin("", 443).is_err());
        assert!(parse_origin("http://203.0.113.5/", 443).is_err());
        assert!(parse_origin("203.0.113.5:0", 443).is_err());
        assert!(parse_origin("2001:db8::5]:1", 443).is_err());
    }

    #[test]
    fn origin_request_keeps_host_and_path_and_picks_scheme_by_port() {
        let t = Target::parse("https://shop.example.com/cart?x=1").unwrap();
        let same = origin_request(&t, "203.0.113.5:8443".parse().unwrap());
        assert_eq!(same, t);
        let plain = origin_request(&t, "203.0.113.5:80".parse().unwrap());
        assert_eq!(plain.scheme, Scheme::Http);
        assert_eq!(plain.authority(), "shop.example.com");
        assert_eq!(plain.path_and_query(), "/cart?x=1");
        let t = Target::parse("http://shop.example.com:8080/").unwrap();
        let tls = origin_request(&t, "203.0.113.5:443".parse().unwrap());
        assert_eq!(tls.scheme, Scheme::Https);
        // The Host header the edge received is passed on unchanged.
        assert_eq!(tls.authority(), "shop.example.com:8080");
    }
}
