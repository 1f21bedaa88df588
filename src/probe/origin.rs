//! The `origin` probe (owner mode, `--origin IP[:PORT]`): the main request sent straight to the
//! site's origin server, bypassing the CDN or load balancer in front of it, so the diagnosis can
//! tell "the edge is misconfigured" from "the origin itself fails".
//!
//! Like `curl --connect-to`: the connection goes to the given address, but the `Host` header and
//! the TLS server name (SNI) stay the site's, so the origin picks the site's virtual host and
//! certificate. Redirects are not followed (a redirect would leave the origin); the first answer
//! and its `Location` are recorded.

use super::http::Client;
use super::steps::chrome;
use crate::evidence::origin::OriginObservation;
use crate::target::{Scheme, Target};
use std::net::SocketAddr;

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
    let fetched = client.fetch_at(&request, origin, &chrome()).await;
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
