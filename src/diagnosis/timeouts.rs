//! Known default timeouts: an error that arrives after almost exactly one of them names the
//! layer that gave up (KNOWLEDGE.md, "Default timeouts").

use crate::fingerprint::Software;

/// One known default time limit.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TimeoutDefault {
    pub secs: f64,
    /// The software it belongs to, or `Unknown` for "any".
    pub software: Software,
    /// How to name it in a sentence.
    pub name: &'static str,
    /// The exact settings to raise, as lines to copy (owner mode, `php_limits`).
    pub settings: &'static [&'static str],
}

const fn entry(
    secs: f64,
    software: Software,
    name: &'static str,
    settings: &'static [&'static str],
) -> TimeoutDefault {
    TimeoutDefault {
        secs,
        software,
        name,
        settings,
    }
}

const NGINX_60: &[&str] = &[
    "proxy_read_timeout 120s;   # nginx, proxied apps",
    "fastcgi_read_timeout 120s;   # nginx, PHP-FPM",
];
const APACHE_60: &[&str] = &["ProxyTimeout 120   # Apache (defaults to Timeout, 60)"];
const ALB_60: &[&str] = &[
    "keepalive_timeout 75s;   # nginx behind the balancer: longer than its 60 s idle timeout",
    "KeepAliveTimeout 75   # Apache behind the balancer",
    "aws elbv2 modify-load-balancer-attributes --load-balancer-arn ARN --attributes Key=idle_timeout.timeout_seconds,Value=120",
];
const PHP_30: &[&str] = &[
    "max_execution_time = 120   ; php.ini",
    "request_terminate_timeout = 120s   ; PHP-FPM pool (pool.d/www.conf)",
];

/// The table (KNOWLEDGE.md, "Default timeouts").
pub const DEFAULTS: &[TimeoutDefault] = &[
    entry(
        60.0,
        Software::Nginx,
        "nginx's proxy_read_timeout (60 s by default)",
        NGINX_60,
    ),
    entry(
        60.0,
        Software::Apache,
        "Apache's ProxyTimeout (60 s by default)",
        APACHE_60,
    ),
    entry(
        60.0,
        Software::AwsElb,
        "the AWS load balancer's idle timeout (60 s by default)",
        ALB_60,
    ),
    entry(
        60.0,
        Software::Unknown,
        "a 60 s proxy timeout (the nginx, Apache and AWS ALB default)",
        &[
            "proxy_read_timeout 120s;   # nginx, proxied apps",
            "fastcgi_read_timeout 120s;   # nginx, PHP-FPM",
            "ProxyTimeout 120   # Apache",
        ],
    ),
    entry(
        30.0,
        Software::Cloudfront,
        "CloudFront's origin response timeout (30 s by default)",
        &["CloudFront origin settings: Response timeout (up to 60 s, more on request)"],
    ),
    entry(
        30.0,
        Software::GcpLb,
        "the Google Cloud load balancer's backend timeout (30 s by default)",
        &["gcloud compute backend-services update NAME --global --timeout=120s"],
    ),
    entry(
        30.0,
        Software::Heroku,
        "the Heroku router's 30 s limit",
        &["(fixed by Heroku: make the request faster or move the work to a background job)"],
    ),
    entry(
        30.0,
        Software::Unknown,
        "a 30 s limit such as PHP's max_execution_time (30 s by default)",
        PHP_30,
    ),
    entry(
        100.0,
        Software::Cloudflare,
        "Cloudflare's 100 s limit for an origin answer",
        &[
            "(fixed on most Cloudflare plans: make the request faster, or serve it from a subdomain that is not proxied)",
        ],
    ),
    entry(
        100.0,
        Software::Unknown,
        "a 100 s limit somewhere on the path",
        &[],
    ),
    entry(
        15.0,
        Software::Fastly,
        "Fastly's first byte timeout (15 s by default)",
        &["Fastly backend settings: First byte timeout"],
    ),
    entry(
        15.0,
        Software::Unknown,
        "a 15 s limit somewhere on the path",
        &[],
    ),
    entry(
        20.0,
        Software::Akamai,
        "Akamai's origin timeout (about 20 s)",
        &["Akamai property: Origin Timeout behavior"],
    ),
];

/// The default limit an answer after `elapsed_secs` most likely hit (within 10 %), preferring one
/// that belongs to a software seen on the path.
pub fn likely_default(elapsed_secs: f64, seen: &[Software]) -> Option<&'static TimeoutDefault> {
    if !elapsed_secs.is_finite() {
        return None;
    }
    let near: Vec<&TimeoutDefault> = DEFAULTS
        .iter()
        .filter(|d| (elapsed_secs - d.secs).abs() <= d.secs * 0.1)
        .collect();
    near.iter()
        .find(|d| d.software != Software::Unknown && seen.contains(&d.software))
        .or_else(|| near.iter().find(|d| d.software == Software::Unknown))
        .copied()
}

/// The name of the default limit an answer after `elapsed_secs` most likely hit.
pub fn likely_limit(elapsed_secs: f64, seen: &[Software]) -> Option<&'static str> {
    likely_default(elapsed_secs, seen).map(|d| d.name)
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
    fn every_entry_is_sane_and_vendor_entries_name_a_setting() {
        for d in DEFAULTS {
            assert!(d.secs > 0.0 && d.secs <= 120.0, "{}", d.name);
            assert!(d.name.contains(" s"), "{}", d.name);
            if d.software != Software::Unknown {
                assert!(!d.settings.is_empty(), "{} names no setting", d.name);
            }
            // The entry is found again at its own value.
            let found = likely_default(d.secs, &[d.software]).map(|f| f.secs);
            assert_eq!(found, Some(d.secs), "{}", d.name);
        }
    }

    #[test]
    fn settings_name_the_exact_directives() {
        let nginx = likely_default(60.2, &[Software::Nginx]).map(|d| d.settings.join("\n"));
        let nginx = nginx.unwrap_or_default();
        assert!(nginx.contains("proxy_read_timeout") && nginx.contains("fastcgi_read_timeout"));
        let php = likely_default(30.1, &[Software::Nginx]).map(|d| d.settings.join("\n"));
        let php = php.unwrap_or_default();
        assert!(php.contains("max_execution_time") && php.contains("request_terminate_timeout"));
        let apache = likely_default(59.0, &[Software::Apache]).map(|d| d.settings.join("\n"));
        assert!(apache.unwrap_or_default().contains("ProxyTimeout"));
        let alb = likely_default(60.0, &[Software::AwsElb]).map(|d| d.settings.join("\n"));
        assert!(alb.unwrap_or_default().contains("keepalive_timeout"));
    }

    #[test]
    fn fast_answers_match_no_limit() {
        assert_eq!(likely_limit(0.012, &[Software::Nginx]), None);
        assert_eq!(likely_limit(45.0, &[Software::Nginx]), None);
        assert_eq!(likely_limit(f64::NAN, &[]), None);
    }
}
