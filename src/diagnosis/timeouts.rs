//! Known default timeouts: an error that arrives after almost exactly one of them names the
//! layer that gave up (the table is [`DEFAULTS`]).
//!
//! When no default matches, an error that arrives just after a whole number of seconds (2.1 s,
//! 10.2 s, 45.3 s) is the honest general case: somebody configured a limit of that many seconds.
//! `likely` returns either, with the settings to look at for the server seen on the path.

use crate::fingerprint::Software;

/// One known default time limit.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TimeoutDefault {
    pub secs: f64,
    /// The software it belongs to, or `Unknown` for "any".
    pub software: Software,
    /// The message id of its name in a sentence (see [`TimeoutDefault::name`]).
    pub name_id: &'static str,
    /// The exact settings to raise, as lines to copy (owner mode, `php_limits`).
    pub settings: &'static [&'static str],
}

const fn entry(
    secs: f64,
    software: Software,
    name_id: &'static str,
    settings: &'static [&'static str],
) -> TimeoutDefault {
    TimeoutDefault {
        secs,
        software,
        name_id,
        settings,
    }
}

impl TimeoutDefault {
    /// How to name it in a sentence, in the current language: "nginx's proxy_read_timeout (60 s
    /// by default)".
    pub fn name(&self) -> String {
        crate::i18n::tr(self.name_id, &[])
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

/// The known default timeouts: the limit, whose it is, its name in a sentence and what to raise.
pub const DEFAULTS: &[TimeoutDefault] = &[
    entry(60.0, Software::Nginx, "dx-limit-nginx-60", NGINX_60),
    entry(60.0, Software::Apache, "dx-limit-apache-60", APACHE_60),
    entry(60.0, Software::AwsElb, "dx-limit-aws-elb-60", ALB_60),
    entry(
        60.0,
        Software::Unknown,
        "dx-limit-any-60",
        &[
            "proxy_read_timeout 120s;   # nginx, proxied apps",
            "fastcgi_read_timeout 120s;   # nginx, PHP-FPM",
            "ProxyTimeout 120   # Apache",
        ],
    ),
    entry(
        30.0,
        Software::Cloudfront,
        "dx-limit-cloudfront-30",
        &["CloudFront origin settings: Response timeout (up to 60 s, more on request)"],
    ),
    entry(
        30.0,
        Software::GcpLb,
        "dx-limit-gcp-30",
        &["gcloud compute backend-services update NAME --global --timeout=120s"],
    ),
    entry(
        30.0,
        Software::Heroku,
        "dx-limit-heroku-30",
        &["(fixed by Heroku: make the request faster or move the work to a background job)"],
    ),
    entry(30.0, Software::Unknown, "dx-limit-any-30", PHP_30),
    entry(
        100.0,
        Software::Cloudflare,
        "dx-limit-cloudflare-100",
        &[
            "(fixed on most Cloudflare plans: make the request faster, or serve it from a subdomain that is not proxied)",
        ],
    ),
    entry(100.0, Software::Unknown, "dx-limit-any-100", &[]),
    entry(
        15.0,
        Software::Fastly,
        "dx-limit-fastly-15",
        &["Fastly backend settings: First byte timeout"],
    ),
    entry(15.0, Software::Unknown, "dx-limit-any-15", &[]),
    entry(
        20.0,
        Software::Akamai,
        "dx-limit-akamai-20",
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

/// The name of the limit an answer after `elapsed_secs` most likely hit: a known default, or
/// a configured whole number of seconds.
pub fn likely_limit(elapsed_secs: f64, seen: &[Software]) -> Option<String> {
    likely(elapsed_secs, seen).map(|l| l.name)
}

/// A time limit an error's timing points at.
#[derive(Debug, Clone, PartialEq)]
pub struct LikelyLimit {
    /// The limit in seconds.
    pub secs: f64,
    /// How to name it after "close to": "nginx's proxy_read_timeout (60 s by default)", "a
    /// limit of 2 s that is probably configured (...)".
    pub name: String,
    /// The exact settings to look at or raise, as lines to copy.
    pub settings: Vec<String>,
    /// True for a known vendor default, false for a configured whole number of seconds.
    pub is_default: bool,
    /// For a configured limit, the settings that can hold it, in words ("nginx's
    /// fastcgi_read_timeout or proxy_read_timeout, or PHP's ..."); empty for a default.
    pub places: String,
}

/// Where a configured time limit can be set on one kind of server, as data.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LimitSettings {
    /// The software, or `Unknown` for PHP (which sits behind any web server).
    pub software: Software,
    /// The message id of the settings in words (see [`LimitSettings::names`]).
    pub names_id: &'static str,
    /// A command that finds the configured value, then the lines to copy.
    pub settings: &'static [&'static str],
}

impl LimitSettings {
    /// The settings in words, in the current language: "nginx's fastcgi_read_timeout or
    /// proxy_read_timeout".
    pub fn names(&self) -> String {
        crate::i18n::tr(self.names_id, &[])
    }
}

/// Web servers whose own time limits are named when their error came after a configured limit.
pub const CONFIGURED_WEB_SERVERS: &[LimitSettings] = &[
    LimitSettings {
        software: Software::Nginx,
        names_id: "dx-limit-places-nginx",
        settings: &[
            "grep -rnE 'fastcgi_read_timeout|proxy_read_timeout' /etc/nginx/   # find the limit",
            "fastcgi_read_timeout 60s;   # nginx -> PHP-FPM (60s is the default)",
            "proxy_read_timeout 60s;   # nginx -> proxied app (60s is the default)",
        ],
    },
    LimitSettings {
        software: Software::Apache,
        names_id: "dx-limit-places-apache",
        settings: &[
            "grep -rnE 'ProxyTimeout|^\\s*Timeout' /etc/apache2/ /etc/httpd/   # find the limit",
            "ProxyTimeout 60   # Apache mod_proxy (defaults to Timeout)",
            "Timeout 60   # Apache (60 is the default)",
        ],
    },
];

/// PHP's own time limits, named for every configured limit (PHP may sit behind any server).
pub const CONFIGURED_PHP: LimitSettings = LimitSettings {
    software: Software::Unknown,
    names_id: "dx-limit-places-php",
    settings: &[
        "grep -rnE 'max_execution_time|request_terminate_timeout' /etc/php/   # find the limit",
        "max_execution_time = 30   ; php.ini (30 is the default; wall-clock time spent in sleep or I/O does not count on Linux)",
        "request_terminate_timeout = 0   ; PHP-FPM pool (0 = off, the default; else longer than max_execution_time)",
    ],
};

/// Configured limits above this many seconds are not guessed.
const CONFIGURED_MAX_SECS: u32 = 300;

/// The whole number of seconds a configured limit would have, when `elapsed_secs` arrived just
/// after one: at most 50 ms early (timer granularity) and at most 0.3 s (+1 % of the limit) late,
/// at least 2 s; above 10 s only multiples of 5 count (people configure 15 s or 45 s, not 37 s).
pub fn configured_secs(elapsed_secs: f64) -> Option<u32> {
    if !elapsed_secs.is_finite() || elapsed_secs < 1.95 {
        return None;
    }
    let whole = (elapsed_secs + 0.05).floor();
    if whole > f64::from(CONFIGURED_MAX_SECS) {
        return None;
    }
    let late = elapsed_secs - whole;
    let n = whole as u32;
    let round = n <= 10 || n % 5 == 0;
    (n >= 2 && round && late <= 0.3 + whole * 0.01).then_some(n)
}

/// The settings that can hold a configured limit for the software seen: nginx's, Apache's, or
/// both when neither was recognised, and PHP's in every case.
pub fn configured_settings(seen: &[Software]) -> Vec<&'static LimitSettings> {
    let known: Vec<&LimitSettings> = CONFIGURED_WEB_SERVERS
        .iter()
        .filter(|s| seen.contains(&s.software))
        .collect();
    let mut out = if known.is_empty() {
        CONFIGURED_WEB_SERVERS.iter().collect()
    } else {
        known
    };
    out.push(&CONFIGURED_PHP);
    out
}

/// The whole number of seconds of a PHP-FPM `request_terminate_timeout` that killed the worker
/// (nginx answers 502, "upstream prematurely closed"). PHP-FPM checks that limit on a heartbeat
/// of a third of it, so the kill comes up to a third late: a limit N fits when the error came in
/// [N - 0.05, N + N/3 + 0.15] s. Only when exactly one round N fits (2.66 s: 2) is it named; with
/// two (7.6 s: 6 or 7) nothing is guessed.
pub fn configured_secs_killed(elapsed_secs: f64) -> Option<u32> {
    if !elapsed_secs.is_finite() || elapsed_secs < 1.95 {
        return None;
    }
    let fits = (2..=CONFIGURED_MAX_SECS).filter(|&n| {
        let secs = f64::from(n);
        let round = n <= 10 || n % 5 == 0;
        round && elapsed_secs >= secs - 0.05 && elapsed_secs <= secs + secs / 3.0 + 0.15
    });
    let fits: Vec<u32> = fits.take(2).collect();
    match fits.as_slice() {
        [n] => Some(*n),
        _ => None,
    }
}

/// The limit an answer after `elapsed_secs` most likely hit: a known default (preferred), else
/// a configured whole number of seconds with the settings for the servers seen. Timers fire on
/// time (`configured_secs`).
pub fn likely(elapsed_secs: f64, seen: &[Software]) -> Option<LikelyLimit> {
    likely_for(elapsed_secs, None, seen)
}

/// `likely`, knowing the status: a 502 (the upstream closed the connection) may also be
/// PHP-FPM killing the worker on its heartbeat (`configured_secs_killed`), and then PHP's
/// settings come first.
pub fn likely_for(
    elapsed_secs: f64,
    status: Option<u16>,
    seen: &[Software],
) -> Option<LikelyLimit> {
    if let Some(d) = likely_default(elapsed_secs, seen) {
        return Some(LikelyLimit {
            secs: d.secs,
            name: d.name(),
            settings: d.settings.iter().map(|s| s.to_string()).collect(),
            is_default: true,
            places: String::new(),
        });
    }
    let closed = status == Some(502);
    let n = match configured_secs(elapsed_secs) {
        Some(n) => n,
        None if closed => configured_secs_killed(elapsed_secs)?,
        None => return None,
    };
    let mut places = configured_settings(seen);
    if closed {
        // PHP's limits are last in the list; a closed connection points at them first.
        places.rotate_right(1);
    }
    // "A, or B, or C": each further place joined by the message.
    let names = places
        .iter()
        .map(|p| p.names())
        .reduce(|first, second| crate::t!("dx-limit-places-or", first = first, second = second))
        .unwrap_or_default();
    Some(LikelyLimit {
        secs: f64::from(n),
        name: crate::t!(
            "dx-limit-configured",
            secs = n.to_string(),
            places = names.as_str()
        ),
        places: names,
        settings: places
            .iter()
            .flat_map(|p| p.settings.iter().map(|s| s.to_string()))
            .collect(),
        is_default: false,
    })
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
            assert!(d.secs > 0.0 && d.secs <= 120.0, "{}", d.name());
            assert!(d.name().contains(" s"), "{}", d.name());
            if d.software != Software::Unknown {
                assert!(!d.settings.is_empty(), "{} names no setting", d.name());
            }
            // The entry is found again at its own value.
            let found = likely_default(d.secs, &[d.software]).map(|f| f.secs);
            assert_eq!(found, Some(d.secs), "{}", d.name());
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
        assert_eq!(likely_limit(47.6, &[Software::Nginx]), None);
        assert_eq!(likely_limit(f64::NAN, &[]), None);
    }

    #[test]
    fn configured_limits_are_whole_seconds_just_passed() {
        for (elapsed, want) in [
            (2.0, Some(2)),
            (2.04, Some(2)),
            (2.3, Some(2)),
            (1.97, Some(2)),
            (5.1, Some(5)),
            (10.2, Some(10)),
            (15.25, Some(15)),
            (20.1, Some(20)),
            (45.4, Some(45)),
            (120.9, Some(120)),
        ] {
            assert_eq!(configured_secs(elapsed), want, "{elapsed}");
        }
    }

    #[test]
    fn configured_limits_have_no_false_positives() {
        for elapsed in [
            0.0, 0.3, 1.0, 1.2, 2.4, 2.5, 3.6, 7.6, 9.9, 12.1, 37.2, 44.5, 301.0, 900.0, -2.0,
        ] {
            assert_eq!(configured_secs(elapsed), None, "{elapsed}");
        }
        assert_eq!(configured_secs(f64::NAN), None);
        assert_eq!(configured_secs(f64::INFINITY), None);
        assert_eq!(likely(0.3, &[Software::Nginx]), None);
        assert_eq!(likely(7.6, &[Software::Nginx]), None);
    }

    #[test]
    fn a_configured_limit_names_the_servers_settings_and_php() {
        let l = likely(2.05, &[Software::Nginx]).expect("a 2 s limit");
        assert!(!l.is_default);
        assert_eq!(l.secs, 2.0);
        assert!(l.name.starts_with("a limit of 2 s"), "{}", l.name);
        assert!(l.name.contains("fastcgi_read_timeout"), "{}", l.name);
        assert!(l.name.contains("request_terminate_timeout"), "{}", l.name);
        assert!(!l.name.contains("ProxyTimeout"), "{}", l.name);
        let all = l.settings.join("\n");
        for s in [
            "fastcgi_read_timeout",
            "proxy_read_timeout",
            "max_execution_time",
            "request_terminate_timeout",
        ] {
            assert!(all.contains(s), "{s} in {all}");
        }
        let apache = likely(10.1, &[Software::Apache]).expect("a 10 s limit");
        let all = apache.settings.join("\n");
        assert!(all.contains("ProxyTimeout") && all.contains("Timeout 60"));
        assert!(!all.contains("proxy_read_timeout"), "{all}");
        let unknown = likely(5.0, &[]).expect("a 5 s limit").settings.join("\n");
        assert!(unknown.contains("proxy_read_timeout") && unknown.contains("ProxyTimeout"));
    }

    #[test]
    fn a_killed_php_worker_may_die_a_third_late() {
        for (elapsed, want) in [
            (2.0, Some(2)),
            (2.66, Some(2)),
            (2.8, Some(2)),
            (3.5, Some(3)),
            (0.3, None),
            (1.5, None),
            (2.9, None),
            (7.6, None),
            (20.1, None),
        ] {
            assert_eq!(configured_secs_killed(elapsed), want, "{elapsed}");
        }
        // Only a 502 gets the wider window; PHP's settings come first then.
        let l = likely_for(2.66, Some(502), &[Software::Nginx]).expect("a 2 s limit");
        assert!(l.places.starts_with("PHP's"), "{}", l.places);
        assert!(
            l.settings[0].contains("request_terminate_timeout"),
            "{:?}",
            l.settings
        );
        assert_eq!(likely_for(2.66, Some(504), &[Software::Nginx]), None);
        assert_eq!(likely_for(7.6, Some(502), &[Software::Nginx]), None);
        assert_eq!(
            likely_for(2.66, Some(502), &[]).map(|l| l.name.contains("2 s")),
            Some(true)
        );
    }

    #[test]
    fn defaults_win_over_the_configured_rule() {
        let l = likely(60.2, &[Software::Nginx]).expect("the 60 s default");
        assert!(
            l.is_default && l.name.contains("60 s by default"),
            "{}",
            l.name
        );
        let l = likely(15.1, &[Software::Fastly]).expect("Fastly's default");
        assert!(l.is_default && l.name.contains("Fastly"), "{}", l.name);
    }

    #[test]
    fn every_settings_table_entry_finds_and_names_its_settings() {
        for place in CONFIGURED_WEB_SERVERS.iter().chain([&CONFIGURED_PHP]) {
            let names = place.names();
            assert!(place.settings[0].starts_with("grep "), "{names}");
            for word in names.split(" or ") {
                let setting = word.rsplit(' ').next().unwrap_or_default();
                assert!(
                    place.settings.iter().any(|s| s.contains(setting)),
                    "{setting} of {names} has a line"
                );
            }
        }
    }
}
