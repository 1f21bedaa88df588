//! No sentence left behind in code: in the files already moved to Fluent (the list below grows
//! as the move goes on), a string literal that reads like words for a person (two words or more)
//! fails the test, naming file and line, unless it is in the allowed exceptions (product names,
//! ids, text compared with data). The words belong in `assets/i18n/<lang>/*.ftl`, through `t!`.

use std::path::Path;

/// Files whose every sentence comes from the Fluent files.
const MOVED: &[&str] = &[
    "src/gui/panels/header.rs",
    "src/gui/panels/banner.rs",
    "src/gui/panels/footer.rs",
    "src/gui/panels/start.rs",
    "src/report/states.rs",
    "src/report/text.rs",
    "src/diagnosis/wording.rs",
    "src/diagnosis/checklist.rs",
    "src/i18n/mod.rs",
    "src/gui/panels/steps.rs",
    "src/gui/state.rs",
    "src/browsers/mod.rs",
    "src/report/markdown.rs",
    "src/report/html/mod.rs",
    "src/gui/app/mod.rs",
    "src/gui/app/recording.rs",
    "src/gui/panels/recording.rs",
    "src/report/har.rs",
    "src/har/sanitize.rs",
    "src/gui/panels/world.rs",
    "src/gui/panels/status.rs",
    "src/gui/panels/about.rs",
    "src/report/world.rs",
    "src/diagnosis/world_evidence.rs",
    "src/history/summary.rs",
    "src/gui/panels/details.rs",
    "src/gui/panels/mod.rs",
    "src/diagnosis/owner/dns.rs",
    "src/diagnosis/owner/cdn/mod.rs",
    "src/diagnosis/owner/cdn/certificate.rs",
    "src/diagnosis/owner/edge_link.rs",
    "src/diagnosis/owner/origin.rs",
    "src/diagnosis/owner/maintenance.rs",
    "src/diagnosis/owner/mod.rs",
    "src/diagnosis/owner/server_logs.rs",
    "src/diagnosis/owner/restart_server.rs",
    "src/diagnosis/owner/php_limits.rs",
    "src/diagnosis/owner/plugins.rs",
    "src/diagnosis/owner/firewall_proxy.rs",
    "src/diagnosis/owner/log_findings.rs",
    "src/diagnosis/owner/stack.rs",
    "src/serverconf/judge.rs",
    "src/serverconf/mod.rs",
    "src/serverconf/apache.rs",
    "src/serverconf/caddy.rs",
    "src/serverconf/haproxy.rs",
    "src/serverconf/nginx.rs",
    "src/serverconf/varnish.rs",
    "src/serverconf/php_fpm.rs",
    "src/serverconf/syntax.rs",
    "src/serverconf/links.rs",
    "src/serverconf/host.rs",
    "src/har/mod.rs",
    "src/har/entry.rs",
    "src/store/mod.rs",
    "src/cli/mod.rs",
    "src/cli/logs.rs",
    "src/cli/watch.rs",
    "src/cli/history.rs",
    "src/cli/server.rs",
    "src/cli/status.rs",
    "src/cli/har.rs",
    "src/cli/probe_lines.rs",
    "src/cli/world.rs",
    "src/diagnosis/owner/cdn/actions.rs",
    "src/logs/patterns.rs",
    "src/diagnosis/http_rules.rs",
    "src/diagnosis/reach.rs",
    "src/diagnosis/timeouts.rs",
    "src/diagnosis/responder.rs",
    "src/diagnosis/server_evidence.rs",
    "src/diagnosis/status_evidence.rs",
    "src/diagnosis/verdict.rs",
    "src/diagnosis/proxy.rs",
    "src/diagnosis/http2.rs",
    "src/diagnosis/log_evidence.rs",
    "src/diagnosis/path.rs",
    "src/diagnosis/cause.rs",
    "src/diagnosis/facts.rs",
    "src/diagnosis/mod.rs",
    "src/server/check.rs",
    "src/server/discover.rs",
    "src/server/host.rs",
    "src/server/mod.rs",
    "src/server/read.rs",
    "src/server/users.rs",
    "src/server/local.rs",
    "src/server/syntax.rs",
    "src/evidence/burst.rs",
    "src/evidence/http3.rs",
    "src/evidence/logs.rs",
    "src/evidence/mod.rs",
    "src/evidence/origin.rs",
    "src/evidence/paths.rs",
    "src/evidence/propagation.rs",
    "src/evidence/routes.rs",
    "src/evidence/server_side.rs",
    "src/evidence/status_pages.rs",
    "src/evidence/world.rs",
    "src/fingerprint/cdn/cidr.rs",
    "src/fingerprint/cdn/mod.rs",
    "src/fingerprint/cdn/ranges.rs",
    "src/fingerprint/mod.rs",
    "src/fingerprint/rules.rs",
    "src/fingerprint/wordpress.rs",
    "src/globalping/client.rs",
    "src/globalping/mod.rs",
    "src/logs/access.rs",
    "src/logs/mod.rs",
    "src/logs/parallel.rs",
    "src/logs/parse.rs",
    "src/logs/read.rs",
    "src/logs/scan.rs",
    "src/notify.rs",
    "src/probe/burst.rs",
    "src/probe/clock.rs",
    "src/probe/dns.rs",
    "src/probe/http/decode.rs",
    "src/probe/http/headers.rs",
    "src/probe/http/mod.rs",
    "src/probe/http/wire.rs",
    "src/probe/http3.rs",
    "src/probe/mod.rs",
    "src/probe/origin.rs",
    "src/probe/paths.rs",
    "src/probe/profiles.rs",
    "src/probe/propagation.rs",
    "src/probe/proxy.rs",
    "src/probe/recheck.rs",
    "src/probe/routes.rs",
    "src/probe/steps.rs",
    "src/probe/tcp.rs",
    "src/probe/tls.rs",
    "src/provider_status/feed.rs",
    "src/provider_status/google.rs",
    "src/provider_status/mod.rs",
    "src/provider_status/site.rs",
    "src/provider_status/statuspage.rs",
    "src/status_client/mod.rs",
    "src/watch.rs",
    "src/report/owner.rs",
    "src/report/server.rs",
    "src/gui/panels/logs.rs",
    "src/gui/app/recovery.rs",
];

/// Literals allowed in those files, with why.
const ALLOWED: &[&str] = &[
    // The product's name is not translated.
    "Gateway Doctor",
    // Compared with the diagnosis' own path label (data, not shown as is).
    "CDN / edge",
    // Shown when a language we do not speak was asked for: the person's language is unknown.
    "The language '{shown}' is not available ({}): English is used.",
    // The selector shows each language in its own name.
    "Português (Brasil)",
    // Browsers' product names and where their programs are.
    "Google Chrome",
    "Microsoft Edge",
    "GNOME Web",
    "Google Chrome.app",
    "Microsoft Edge.app",
    "Brave Browser.app",
    "Mozilla Firefox/firefox.exe",
    // Written into the sanitized HAR file in place of a body: data for the support team, like the
    // JSON, the same in every language.
    "body removed by gateway-doctor (not needed to diagnose)",
    // The probe log under Details is technical, like the JSON: probe ids and states.
    "all probes reported",
    "{} finished: {} in {:.0} ms  {}",
    "run ended: {why}",
    // shell command (dns.rs, copyable command list)
    "dig {name} {at} +norecurse",
    // shell command (dns.rs)
    "dig +short {name} {at}",
    // shell command (dns.rs)
    "dig +short NS {zone}",
    // shell command (dns.rs)
    "dig +trace {name}",
    // shell command (cdn/certificate.rs RENEW_COMMANDS)
    "certbot certificates",
    // shell command (cdn/certificate.rs RENEW_COMMANDS)
    "certbot renew",
    // shell command with its trailing # comment (cdn/certificate.rs RENEW_COMMANDS)
    "systemctl reload nginx   # or apache2 / httpd",
    // shell command (edge_link.rs)
    "systemctl status {unit}",
    // shell command (edge_link.rs)
    "systemctl restart {unit}",
    // shell command (edge_link.rs)
    "ss -ltnp | grep -E ':(80|443) '",
    // shell command (edge_link.rs)
    "curl -sv --resolve {host}:443:ORIGIN_IP https://{host}/ -o /dev/null",
    // shell command; the words are a grep pattern matched against logs (edge_link.rs)
    "grep -iE 'ssl|handshake|certificate' {error} | tail -n 50",
    // shell command; "1 hour ago" is journalctl's own time syntax (edge_link.rs)
    r#"journalctl -k --since \"1 hour ago\" | grep -iE 'ufw|drop|reject' | tail -n 50"#,
    // origin.rs result_text: fallback of an outcome id (HttpOutcome serialised, '_' -> ' ', e.g. "connect refused"), same id-like form as the others and as the JSON's values; unreachable (a unit variant always serialises to a string)
    "no answer",
    // shell command with its trailing # comment (maintenance.rs END_MAINTENANCE)
    "ls -la /var/www/*/.maintenance /var/www/html/.maintenance   # WordPress: delete it to end maintenance",
    // shell command (maintenance.rs END_MAINTENANCE)
    "wp maintenance-mode status",
    // shell command (maintenance.rs END_MAINTENANCE)
    "wp maintenance-mode deactivate",
    // shell command; pattern matched against config files (maintenance.rs END_MAINTENANCE)
    "grep -rnE 'return 503|maintenance' /etc/nginx/ /etc/apache2/ /etc/httpd/",
    // nginx error-log text searched for and shown quoted (log line, not translated)
    "connect() failed (111: Connection refused) while connecting to upstream",
    // nginx error-log text to look for (log line)
    "connect() to unix:/run/php/php8.x-fpm.sock failed (2: No such file or directory)",
    // nginx error-log text to look for (log line)
    "upstream timed out (110: Connection timed out)",
    // nginx error-log text to look for (log line)
    "upstream prematurely closed connection",
    // nginx error-log text to look for (log line)
    "(11: Resource temporarily unavailable)",
    // nginx error-log text to look for (log line)
    "(13: Permission denied) while connecting to upstream",
    // nginx error-log text to look for (log line)
    "upstream sent too big header",
    // nginx error-log text to look for (log line)
    "no live upstreams while connecting to upstream",
    // grep -E pattern matched against logs
    r#"upstream|connect\(\)|recv\(\) failed"#,
    // Apache error-log message ids to look for
    "AH00957 / AH01114",
    // Apache error-log text to look for (log line)
    "AH00898 Error reading from remote server",
    // Apache error-log message ids to look for
    "AH01079 / AH01067",
    // PHP-FPM log text to look for (log line)
    "server reached pm.max_children setting",
    // PHP-FPM log text to look for (log line)
    "child ... exited on signal 11 (SIGSEGV)",
    // PHP-FPM log text to look for (log line)
    "execute timed out ... terminating",
    // grep -E pattern matched against logs
    "max_children|SIGSEGV|signal|timed out",
    // shell command
    "grep -E '{}' {file} | tail -n 50",
    // shell command
    r#"journalctl -u {unit} --since \"10 min ago\""#,
    // shell command
    "systemctl status {web_unit}",
    // shell command
    "systemctl restart {web_unit}",
    // shell command
    "systemctl list-units --type=service --state=failed",
    // shell command
    "apachectl configtest",
    // shell command
    "grep -rniE 'ProxyPass|SetHandler|fcgi' /etc/apache2/",
    // shell command
    "grep -rnE 'proxy_pass|fastcgi_pass|upstream' /etc/nginx/",
    // shell command
    "ss -ltnpx | grep -E 'php|fpm|:(8000|8080|9000) '",
    // shell command
    "systemctl reload {unit}",
    // shell command
    "grep -E 'max_children|max_requests' {}",
    // config line with its comment, copied into php-fpm pool config
    "pm.max_children = 20   ; PHP-FPM pool (pool.d/www.conf)",
    // shell command
    "mv wp-content/plugins wp-content/plugins.off",
    // shell command
    "mv wp-content/plugins.off wp-content/plugins",
    // shell command (WP-CLI)
    "wp plugin deactivate --all",
    // shell command (WP-CLI)
    "wp plugin list --status=active",
    // shell command (WP-CLI)
    "wp plugin deactivate {slug}",
    // shell command (WP-CLI)
    "wp plugin activate {slug}",
    // shell command
    "ss -ltnp",
    // shell command
    "ufw status verbose",
    // shell command
    "nft list ruleset",
    // shell command
    "curl --noproxy '*' -v {}",
    // shell command
    "env | grep -i _proxy",
    // shell command
    "dig {record} {host} +short",
    // shell command
    "dig A {host} +short",
    // shell command
    "dig AAAA {host} +short",
    // shell command
    "ss -ltnp | grep ':{p} '",
    // shell command
    "ufw allow {p}/tcp",
    // shell command in a finding's commands
    "getent hosts {}",
    // shell command in a finding's commands
    "systemctl start {service}",
    // shell command in a finding's commands
    "systemctl status {service}",
    // shell command in a finding's commands
    "ss -ltnp 'sport = :{port}'",
    // shell command in a finding's commands
    "systemctl --failed",
    // shell command in a finding's commands
    "systemctl restart {}",
    // nginx config lines to write (put into the fix sentence as $lines)
    "{} {}; {prefix}_buffers 8 {}; {prefix}_busy_buffers_size {};",
    // shell command (reload_command)
    "nginx -t && systemctl reload nginx",
    // shell command (reload_command)
    "apachectl configtest && systemctl reload apache2",
    // shell command (reload_command)
    "haproxy -c -f /etc/haproxy/haproxy.cfg && systemctl reload haproxy",
    // shell command (reload_command)
    "caddy validate --config /etc/caddy/Caddyfile && systemctl reload caddy",
    // shell command (reload_command)
    "systemctl reload varnish",
    // shell command (reload_command)
    "systemctl reload php-fpm",
    // HAProxy config line to write (setting_line)
    "timeout server {secs}s",
    // HAProxy directive name (Setting.name, data)
    "timeout server",
    // compared with nginx -t output (its chatter is dropped)
    "syntax is ok",
    // compared with Apache's configtest output (where the error is)
    "Syntax error on line ",
    // compared with Apache's configtest output (which line is the error)
    "Syntax error",
    // nginx config line to write (LinkFinding.fix)
    "server unix:{};",
    // nginx config line to write (LinkFinding.fix)
    "fastcgi_pass unix:{};",
    // Apache config line to write (LinkFinding.fix)
    r#"SetHandler \"proxy:unix:{}|fcgi://localhost\""#,
    // Caddy config line to write (LinkFinding.fix)
    "php_fastcgi unix/{}",
    // compared with kernel log lines
    "Memory cgroup out of memory",
    // compared with kernel log lines ("Out of memory" / "out of memory")
    "ut of memory",
    // compared with kernel log lines
    "Killed process ",
    // compared with kernel log lines
    "Kill process ",
    // shell command in a finding's commands
    "ps aux --sort=-rss | head -15",
    // shell command in a finding's commands
    "du -xh {} 2>/dev/null | sort -h | tail -20",
    // shell command in a finding's commands
    "find {} -xdev -type f | cut -d/ -f2-4 | sort | uniq -c | sort -n | tail",
    // shell command in a finding's commands
    "journalctl -u {unit} -n 50 --no-pager",
    // compared with serde_json's error text (cut off before the position)
    " at line",
    // serde Visitor::expecting, internal: the error it makes is replaced by HarError::NotHar
    "an object",
    // src/cli/mod.rs: clap's #[command(about = ...)] text, left for the later clap step (its line does not start with `#[`, so the scanner sees it)
    r#"Finds out why a web site answers \"502 Bad Gateway\" (or does not load), and what to do about it."#,
    // src/cli/mod.rs: the unknown-language note (from i18n::choose) is English on purpose: the person's language is unknown; program name + "note:"
    "gateway-doctor: note: {note}",
    // src/cli/probe_lines.rs: live probe line: probe name (id) + DNS outcome id, addresses, unit
    "dns      {} {} ({} ms)",
    // src/cli/probe_lines.rs: live probe line: probe name (id) + HTTP status line and unit, no words
    "http     {s} {reason} ({ms} ms)",
    // developer error about the compiled-in table (#[error] attribute; only unit tests see it, the table degrades to empty)
    r#"owner_actions.toml: action \"{id}\": {field} must not be empty"#,
    // developer error about the compiled-in table (#[error] attribute; only unit tests see it)
    r#"owner_actions.toml: action id \"{0}\" is used twice"#,
    // developer error: a row's words missing from en/actions.ftl (#[error] attribute; only unit tests see it)
    r#"owner_actions.toml: action \"{id}\": {field} has no English text ({key})"#,
    // developer error: a cause's words missing from en/logs.ftl (only unit tests see it; causes() degrades to empty)
    r#"cause \"{id}\": {field} has no English text ({key} in logs.ftl)"#,
    // lower-cased text matched against the response body (error page signatures), not shown
    "cloudflare ray id",
    // lower-cased text matched against the response body (error page signatures), not shown
    "the web server reported a bad gateway error",
    // lower-cased text matched against the response body (error page signatures), not shown
    "the web server reported a gateway time-out error",
    // lower-cased text matched against the response body (error page signatures), not shown
    "the request could not be satisfied",
    // lower-cased text matched against the response body (error page signatures), not shown
    "generated by cloudfront",
    // lower-cased text matched against the response body (error page signatures), not shown
    "resolve the origin domain name",
    // lower-cased text matched against the response body (error page signatures), not shown
    "no healthy upstream",
    // lower-cased text matched against the response body (error page signatures), not shown
    "no server is available",
    // lower-cased text matched against the response body (error page signatures), not shown
    "backend fetch failed",
    // lower-cased text matched against the response body (error page signatures), not shown
    "upstream connect error",
    // lower-cased text matched against the response body (error page signatures), not shown
    "temporarily unable to service your request",
    // lower-cased text matched against the response body (error page signatures), not shown
    "first byte timeout",
    // lower-cased text matched against the response body (error page signatures), not shown
    "guru meditation",
    // lower-cased text matched against the response body (error page signatures), not shown
    "be right back",
    // lower-cased text matched against the response body (error page signatures), not shown
    "back soon",
    // lower-cased text matched against the response body (error page signatures), not shown
    "scheduled downtime",
    // vendor name matched against the certificate issuer (product names, lower case)
    "palo alto",
    // vendor name matched against the certificate issuer (product names, lower case)
    "blue coat",
    // vendor name matched against the certificate issuer (product names, lower case)
    "symantec web",
    // vendor name matched against the certificate issuer (product names, lower case)
    "avg web",
    // vendor name matched against the certificate issuer (product names, lower case)
    "eset ssl filter",
    // vendor name matched against the certificate issuer (product names, lower case)
    "cisco umbrella",
    // vendor name matched against the certificate issuer (product names, lower case)
    "mcafee web gateway",
    // vendor name matched against the certificate issuer (product names, lower case)
    "check point",
    // config line/directive with a trailing comment (settings line to copy)
    "proxy_read_timeout 120s;   # nginx, proxied apps",
    // config line/directive with a trailing comment (settings line to copy)
    "fastcgi_read_timeout 120s;   # nginx, PHP-FPM",
    // config line/directive with a trailing comment (settings line to copy)
    "ProxyTimeout 120   # Apache (defaults to Timeout, 60)",
    // config line/directive with a trailing comment (settings line to copy)
    "keepalive_timeout 75s;   # nginx behind the balancer: longer than its 60 s idle timeout",
    // config line/directive with a trailing comment (settings line to copy)
    "KeepAliveTimeout 75   # Apache behind the balancer",
    // shell command (a timeouts `settings` line to copy)
    "aws elbv2 modify-load-balancer-attributes --load-balancer-arn ARN --attributes Key=idle_timeout.timeout_seconds,Value=120",
    // config line/directive with a trailing comment (settings line to copy)
    "max_execution_time = 120   ; php.ini",
    // config line/directive with a trailing comment (settings line to copy)
    "request_terminate_timeout = 120s   ; PHP-FPM pool (pool.d/www.conf)",
    // config line/directive with a trailing comment (settings line to copy)
    "ProxyTimeout 120   # Apache",
    // a timeouts `settings` line: where the setting is in the vendor's (English) console
    "CloudFront origin settings: Response timeout (up to 60 s, more on request)",
    // shell command (a timeouts `settings` line to copy)
    "gcloud compute backend-services update NAME --global --timeout=120s",
    // a timeouts `settings` line (shown among the lines to copy; kept as a config line as the brief says, though it reads as a sentence)
    "(fixed by Heroku: make the request faster or move the work to a background job)",
    // a timeouts `settings` line (shown among the lines to copy; kept as a config line as the brief says, though it reads as a sentence)
    "(fixed on most Cloudflare plans: make the request faster, or serve it from a subdomain that is not proxied)",
    // a timeouts `settings` line: where the setting is in the vendor's (English) console
    "Fastly backend settings: First byte timeout",
    // a timeouts `settings` line: where the setting is in the vendor's (English) console
    "Akamai property: Origin Timeout behavior",
    // shell command with a trailing # comment (settings line to copy)
    "grep -rnE 'fastcgi_read_timeout|proxy_read_timeout' /etc/nginx/   # find the limit",
    // config line/directive with a trailing comment (settings line to copy)
    "fastcgi_read_timeout 60s;   # nginx -> PHP-FPM (60s is the default)",
    // config line/directive with a trailing comment (settings line to copy)
    "proxy_read_timeout 60s;   # nginx -> proxied app (60s is the default)",
    // shell command with a trailing # comment (settings line to copy)
    r#"grep -rnE 'ProxyTimeout|^\\s*Timeout' /etc/apache2/ /etc/httpd/   # find the limit"#,
    // config line/directive with a trailing comment (settings line to copy)
    "ProxyTimeout 60   # Apache mod_proxy (defaults to Timeout)",
    // config line/directive with a trailing comment (settings line to copy)
    "Timeout 60   # Apache (60 is the default)",
    // shell command with a trailing # comment (settings line to copy)
    "grep -rnE 'max_execution_time|request_terminate_timeout' /etc/php/   # find the limit",
    // config line/directive with a trailing comment (settings line to copy)
    "max_execution_time = 30   ; php.ini (30 is the default; wall-clock time spent in sleep or I/O does not count on Linux)",
    // config line/directive with a trailing comment (settings line to copy)
    "request_terminate_timeout = 0   ; PHP-FPM pool (0 = off, the default; else longer than max_execution_time)",
    // Server header value prefix matched against data
    "google frontend",
    // technical evidence line of the fingerprint, in the signature table's format ("header server: nginx/1.22.1"), like fingerprint/*.rs
    "body footer: nginx (behind Cloudflare)",
    // technical evidence line of the fingerprint, in the signature table's format ("header server: nginx/1.22.1"), like fingerprint/*.rs
    "header server: {server}",
    // lower-cased text matched against the response body (BODY_HINTS), not shown
    "no server is available to handle this request",
    // lower-cased text matched against the response body (BODY_HINTS), not shown
    "the server returned an invalid or incomplete response",
    // lower-cased text matched against the response body (BODY_HINTS), not shown
    "upstream connect error or disconnect/reset before headers",
    // lower-cased text matched against the response body (BODY_HINTS), not shown
    "proxy error",
    // the HTTP request sent to an upstream (protocol bytes, User-Agent header value), src/server/check.rs
    r#"HEAD / HTTP/1.1\r\nHost: {}\r\nUser-Agent: gateway-doctor (server check)\r\nConnection: close\r\n\r\n"#,
    // compared with the PHP-FPM master's process title in /proc/PID/cmdline (data), src/server/discover.rs
    "master process (",
    // compared with nginx master's process title in /proc/PID/cmdline (data), src/server/discover.rs
    "nginx: master process",
    // English #[error] Display of ConfigError::Unknown for logs (on its own line inside a multi-line #[error(...)]); ConfigError::message() gives the translated text (mc-config-unknown), src/server/mod.rs
    "--config {file}: not recognised as nginx, Apache, HAProxy, Caddy, Varnish, PHP-FPM or php.ini configuration",
    // sentinel key of the 5xx URL counts (logs/mod.rs, parallel.rs); said through eng-logs-other-urls when the analysis is finished
    "(other URLs)",
    // product name (fingerprint/cdn/mod.rs display_name)
    "Azure Application Gateway",
    // product name (fingerprint/cdn/mod.rs display_name)
    "Azure Front Door",
    // product name (fingerprint/cdn/mod.rs display_name)
    "Bunny CDN",
    // HTTP request sent on the wire to the proxy (probe/http/wire.rs)
    r#"CONNECT {authority} HTTP/1.1\r\nHost: {authority}\r\n{auth}\r\n"#,
    // #[error] English Display of GlobalpingError (logs); GlobalpingError::message() gives the person's language (globalping/client.rs)
    "Globalping's limit for anonymous tests is used up (HTTP 429{}): {message}",
    // English Display of ReadError (provider_status/mod.rs expected_english); ReadError::message() uses eng-status-expected-google
    "Google Cloud's incidents.json",
    // English Display of provider_status::Found (logs); Found::message() uses eng-status-found-markup
    "HTML or XML",
    // English Display of provider_status::Found (logs); Found::message() uses eng-status-found-json
    "JSON of another shape, or cut off",
    // User-Agent value sent on the wire (probe/profiles.rs)
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.0 Safari/605.1.15",
    // User-Agent value sent on the wire (probe/profiles.rs)
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36",
    // User-Agent value sent on the wire (probe/profiles.rs)
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36 Edg/142.0.0.0",
    // User-Agent value sent on the wire (probe/profiles.rs)
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36 OPR/125.0.0.0",
    // User-Agent value sent on the wire (probe/profiles.rs)
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36",
    // User-Agent value sent on the wire (probe/profiles.rs)
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Safari/605.1.15 Epiphany/605.1.15",
    // User-Agent value sent on the wire (probe/profiles.rs)
    "Mozilla/5.0 (X11; Linux x86_64; rv:145.0) Gecko/20100101 Firefox/145.0",
    // HTTP reason phrase of 407, used when the proxy sent none (probe/http/mod.rs)
    "Proxy Authentication Required",
    // HTTP header line sent on the wire to the proxy (probe/http/wire.rs)
    r#"Proxy-Authorization: {a}\r\n"#,
    // sec-ch-ua header value sent on the wire (probe/profiles.rs)
    r#"\"Chromium\";v=\"142\", {}, \"Not_A Brand\";v=\"99\""#,
    // sec-ch-ua brand sent on the wire (probe/profiles.rs)
    r#"\"Google Chrome\";v=\"142\""#,
    // sec-ch-ua brand sent on the wire (probe/profiles.rs)
    r#"\"Microsoft Edge\";v=\"142\""#,
    // #[error] of CidrError: errors in the compiled-in assets/cdn_ranges.toml, seen only by the tests and developers (fingerprint/cdn/cidr.rs)
    r#"\"{0}\" is not a CIDR range: expected ADDRESS/PREFIX, e.g. 104.16.0.0/13 or 2606:4700::/32"#,
    // #[error] of CidrError: errors in the compiled-in assets/cdn_ranges.toml, seen only by the tests and developers (fingerprint/cdn/cidr.rs)
    r#"\"{text}\": bits are set past the /{prefix} prefix (the network is {network}/{prefix})"#,
    // English Display of ReadError (provider_status/mod.rs expected_english); ReadError::message() uses eng-status-expected-statuspage
    "a Statuspage summary.json",
    // English Display of ReadError (provider_status/mod.rs expected_english); ReadError::message() uses eng-status-expected-feed
    "an RSS or Atom feed",
    // English Display of globalping Malformation (logs); Malformation::message() uses eng-gp-malformed-too-large
    "an answer over {mb} MB",
    // English Display of provider_status::Found (logs); Found::message() uses eng-status-found-empty
    "an empty answer",
    // Accept header value sent on the wire (status_client/mod.rs)
    "application/json, application/rss+xml, application/atom+xml, */*",
    // reason text matched against error pages (fingerprint/mod.rs is_generic_error_page)
    "bad gateway",
    // #[error] English Display of LogError (logs); LogError::message() gives the person's language (logs/mod.rs)
    "cannot read {path}: permission denied (run with sudo or copy the file somewhere readable)",
    // #[error] of RangesError: errors in the compiled-in assets/cdn_ranges.toml, seen only by the tests and developers (fingerprint/cdn/ranges.rs)
    r#"cdn_ranges.toml: provider {provider}, {list}[{index}]: \"{range}\" is not an {family} range"#,
    // reason text matched against error pages (fingerprint/mod.rs is_generic_error_page)
    "gateway time-out",
    // reason text matched against error pages (fingerprint/mod.rs is_generic_error_page)
    "gateway timeout",
    // Accept-Encoding value sent on the wire (probe/profiles.rs)
    "gzip, deflate, br",
    // Accept-Encoding value sent on the wire (probe/profiles.rs ACCEPT_ENCODING)
    "gzip, deflate, br, zstd",
    // reason text matched against error pages (fingerprint/mod.rs is_generic_error_page)
    "internal server error",
    // English Display of globalping Malformation (logs); Malformation::message() uses eng-gp-malformed-json
    "invalid JSON: {e}",
    // signature table check in a #[cfg(test)] fn, for the tests only (fingerprint/rules.rs table_problems)
    "merge {:?} <- {:?} is not meaningful",
    // English Display of globalping Malformation (logs); Malformation::message() uses eng-gp-malformed-no-id
    "no measurement id",
    // outcome in the id-like form of result_text ("refused", "connect refused", "connected"), the JSON's values with '_' as ' ' (evidence/routes.rs)
    "not tried",
    // text matched against status feed entries (provider_status/feed.rs)
    "operating normally",
    // English Display of GlobalpingError's rate-limit part (logs); RateLimit::message() uses eng-gp-limit-resets (globalping/client.rs)
    "resets in (s)",
    // English Display of GlobalpingError's rate-limit part (logs); RateLimit::message() uses eng-gp-limit-retry-after (globalping/client.rs)
    "retry after (s)",
    // reason text matched against error pages (fingerprint/mod.rs is_generic_error_page)
    "service temporarily overloaded",
    // reason text matched against error pages (fingerprint/mod.rs is_generic_error_page)
    "service unavailable",
    // reason text matched against error pages (fingerprint/mod.rs is_generic_error_page)
    "temporary error",
    // #[error] English Display of ReadError (logs); ReadError::message() gives the person's language (provider_status/mod.rs)
    "the status page answered something that is not {} ({found})",
    // signature table check in a #[cfg(test)] fn, for the tests only (fingerprint/rules.rs table_problems)
    "{at}: `generates` is implied by a body, title or reason condition",
    // signature table check in a #[cfg(test)] fn, for the tests only (fingerprint/rules.rs table_problems)
    "{at}: a header test needs one name and at most one value test",
    // signature table check in a #[cfg(test)] fn, for the tests only (fingerprint/rules.rs table_problems)
    "{at}: body pattern {p:?} must be non-empty ASCII",
    // signature table check in a #[cfg(test)] fn, for the tests only (fingerprint/rules.rs table_problems)
    "{at}: header value test must be non-empty ASCII",
    // signature table check in a #[cfg(test)] fn, for the tests only (fingerprint/rules.rs table_problems)
    "{at}: header {name:?} may not be used",
    // signature table check in a #[cfg(test)] fn, for the tests only (fingerprint/rules.rs table_problems)
    "{at}: no positive condition",
    // signature table check in a #[cfg(test)] fn, for the tests only (fingerprint/rules.rs table_problems)
    "{at}: reason/title text {t:?} must be non-empty ASCII",
    // signature table check in a #[cfg(test)] fn, for the tests only (fingerprint/rules.rs table_problems)
    "{at}: software must not be unknown",
    // DNS record type + the target name (src/report/owner.rs answer), not words
    "CNAME {c}",
    // JSON written when the report cannot be serialised (src/report/server.rs to_json), a JSON field
    r#"{{\"error\": \"{e}\"}}"#,
    // JSON schema id (src/report/server.rs SCHEMA)
    "gateway-doctor/server/v1",
    // file name offered for the CSV export (src/gui/app/recovery.rs)
    "gateway-doctor-history-{host}.csv",
    // service line with no restarts: unit name, systemd's active/sub state ids, no words (src/report/server.rs host_lines)
    "{}: {} ({})",
    // origin address + HTTP status or outcome id, no words (src/report/owner.rs origin_summary)
    "{origin} {result}",
    // paths summary part: translated kind word, counts, translated "ok" or status list (src/report/owner.rs paths_summary)
    "{} {ok}/{} {result}",
    // error of parse_table for a broken compiled-in assets/signatures.toml (evidence id missing in English Fluent), seen only by the tests and developers (the table then falls back to empty), like logs/patterns.rs "cause \"{id}\": ..." (src/fingerprint/rules.rs)
    r#"rule {} ({:?}): evidence \"{id}\" has no English text (in signatures.ftl)"#,
];

/// The string literals of a line (plain `"..."`, escapes kept), outside a `//` comment.
fn literals(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut chars = line.char_indices().peekable();
    let mut current: Option<String> = None;
    while let Some((i, c)) = chars.next() {
        match (&mut current, c) {
            (None, '/') if line[i..].starts_with("//") => break,
            (None, '\'') => {
                // A char literal such as '"': skip it whole.
                if let Some((_, next)) = chars.next()
                    && next == '\\'
                {
                    chars.next();
                }
                chars.next();
            }
            (None, '"') => current = Some(String::new()),
            (Some(s), '\\') => {
                s.push('\\');
                if let Some((_, escaped)) = chars.next() {
                    s.push(escaped);
                }
            }
            (Some(_), '"') => out.push(current.take().unwrap_or_default()),
            (Some(s), c) => s.push(c),
            (None, _) => {}
        }
    }
    out
}

/// Reads like words for a person: at least two words of two letters or more, and not an HTML
/// template (markup, whose words are attributes; its text is put in with `t!`).
fn is_prose(literal: &str) -> bool {
    if literal.contains('<') && literal.contains('>') {
        return false;
    }
    // Format placeholders (`{name}`, `{:.0}`) are not words.
    let mut text = String::new();
    let mut depth = 0usize;
    for c in literal.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth = depth.saturating_sub(1),
            c if depth == 0 => text.push(c),
            _ => {}
        }
    }
    text.split_whitespace()
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 2)
        .count()
        >= 2
}

/// Whether the item after a `#[cfg(test)]` is a module with its body here (`mod tests {`).
fn opens_test_module(rest: &[&str]) -> bool {
    rest.iter()
        .map(|l| l.trim())
        .find(|l| !l.is_empty() && !l.starts_with("#[") && !l.starts_with("//"))
        .is_some_and(|l| (l.starts_with("mod ") || l.starts_with("pub mod ")) && l.ends_with('{'))
}

#[test]
fn moved_files_have_no_sentences_in_code() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut found = Vec::new();
    for file in MOVED {
        let text =
            std::fs::read_to_string(root.join(file)).unwrap_or_else(|e| panic!("{file}: {e}"));
        let lines: Vec<&str> = text.lines().collect();
        for (n, line) in lines.iter().enumerate() {
            let trimmed = line.trim_start();
            // An inline test module ends what is read; a test-only item or `mod tests;` does not.
            if trimmed.starts_with("#[cfg(test)]") && opens_test_module(&lines[n + 1..]) {
                break;
            }
            if trimmed.starts_with("//") || trimmed.starts_with("#[") {
                continue;
            }
            for literal in literals(line) {
                if is_prose(&literal) && !ALLOWED.contains(&literal.as_str()) {
                    found.push(format!("{file}:{}: \"{literal}\"", n + 1));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "sentences in code (move them to assets/i18n/<lang>/*.ftl and use t!):\n{}",
        found.join("\n")
    );
}

#[test]
fn the_scanner_sees_sentences_and_skips_ids_and_comments() {
    assert_eq!(
        literals(r#"ui.label("Hello there"); // "not this""#),
        vec!["Hello there"]
    );
    assert_eq!(
        literals(r#"let q = '"'; f("a \"b\" c")"#),
        vec![r#"a \"b\" c"#]
    );
    assert!(is_prose("Save the report"));
    assert!(!is_prose("app-check-hover"), "a message id has no spaces");
    assert!(!is_prose("{} {}"));
    assert!(!is_prose("en_US"));
    assert!(!is_prose("<p class=\"meta\">{}</p>"));
    assert!(!is_prose("{duration:.0} ms"), "a placeholder and a unit");
    assert!(is_prose("Checked {n} times"));
    assert!(opens_test_module(&["", "mod tests {"]));
    assert!(
        !opens_test_module(&["mod tests;"]),
        "its file is read on its own"
    );
    assert!(!opens_test_module(&["fn helper() {"]), "a test-only item");
}
