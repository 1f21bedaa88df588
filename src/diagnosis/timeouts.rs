//! Known default timeouts: an error that arrives after almost exactly one of them names the
//! layer that gave up (KNOWLEDGE.md, "Default timeouts").

use crate::fingerprint::Software;

/// (seconds, software it belongs to or `Unknown` for "any", how to name it).
const DEFAULTS: &[(f64, Software, &str)] = &[
    (
        60.0,
        Software::Nginx,
        "nginx's proxy_read_timeout (60 s by default)",
    ),
    (
        60.0,
        Software::Apache,
        "Apache's ProxyTimeout (60 s by default)",
    ),
    (
        60.0,
        Software::AwsElb,
        "the AWS load balancer's idle timeout (60 s by default)",
    ),
    (
        60.0,
        Software::Unknown,
        "a 60 s proxy timeout (the nginx, Apache and AWS ALB default)",
    ),
    (
        30.0,
        Software::Cloudfront,
        "CloudFront's origin response timeout (30 s by default)",
    ),
    (
        30.0,
        Software::GcpLb,
        "the Google Cloud load balancer's backend timeout (30 s by default)",
    ),
    (30.0, Software::Heroku, "the Heroku router's 30 s limit"),
    (
        30.0,
        Software::Unknown,
        "a 30 s limit such as PHP's max_execution_time (30 s by default)",
    ),
    (
        100.0,
        Software::Cloudflare,
        "Cloudflare's 100 s limit for an origin answer",
    ),
    (
        100.0,
        Software::Unknown,
        "a 100 s limit somewhere on the path",
    ),
    (
        15.0,
        Software::Fastly,
        "Fastly's first byte timeout (15 s by default)",
    ),
    (
        15.0,
        Software::Unknown,
        "a 15 s limit somewhere on the path",
    ),
    (
        20.0,
        Software::Akamai,
        "Akamai's origin timeout (about 20 s)",
    ),
];

/// The default limit an answer after `elapsed_secs` most likely hit (within 10 %), preferring one
/// that belongs to a software seen on the path.
pub fn likely_limit(elapsed_secs: f64, seen: &[Software]) -> Option<&'static str> {
    if !elapsed_secs.is_finite() {
        return None;
    }
    let near: Vec<_> = DEFAULTS
        .iter()
        .filter(|(secs, _, _)| (elapsed_secs - secs).abs() <= secs * 0.1)
        .collect();
    near.iter()
        .find(|(_, sw, _)| *sw != Software::Unknown && seen.contains(sw))
        .or_else(|| near.iter().find(|(_, sw, _)| *sw == Software::Unknown))
        .map(|(_, _, name)| *name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sixty_seconds_from_nginx_is_proxy_read_timeout() {
        let limit = likely_limit(60.4, &[Software::Nginx]).unwrap_or_default();
        assert!(limit.contains("proxy_read_timeout"), "{limit}");
    }

    #[test]
    fn thirty_seconds_without_responder_is_generic() {
        let limit = likely_limit(29.0, &[]).unwrap_or_default();
        assert!(limit.contains("30 s"), "{limit}");
    }

    #[test]
    fn vendors_not_seen_are_not_named() {
        let limit = likely_limit(100.2, &[Software::Nginx]).unwrap_or_default();
        assert!(!limit.contains("Cloudflare"), "{limit}");
        let limit = likely_limit(15.1, &[Software::Envoy]).unwrap_or_default();
        assert!(!limit.contains("Fastly"), "{limit}");
        let limit = likely_limit(15.1, &[Software::Fastly]).unwrap_or_default();
        assert!(limit.contains("Fastly"), "{limit}");
    }

    #[test]
    fn fast_answers_match_no_limit() {
        assert_eq!(likely_limit(0.012, &[Software::Nginx]), None);
        assert_eq!(likely_limit(45.0, &[Software::Nginx]), None);
        assert_eq!(likely_limit(f64::NAN, &[]), None);
    }
}
