# The verdict's longer texts for the site owner (`detail`) and the evidence lines added to them:
# what the response, the connection, the certificate, the proxy, HTTP/2, the server logs, the
# server checks and the providers' status pages showed (src/diagnosis/*.rs).
# Kept as in the code, not translated: HTTP status lines and header names (429 Too Many Requests,
# Retry-After, cf-mitigated), error codes (NXDOMAIN, SERVFAIL, ERR_HTTP2_*, AH00957), setting and
# file names (proxy_read_timeout, pm.max_children, error.log), commands (`certbot renew`,
# `ss -ltnp`), command-line options (--origin, --timeout) and product names.
# Variables: $who is the software that answered, at the start of a sentence ("nginx", "An unknown
# server"); $software, $name, $edge a software's name; $took a duration ("60.4 s"); $limit the
# name of a time limit (the dx-limit-* messages below); $status an HTTP status code; $retry the
# Retry-After value as sent; $host the site's name; $error an error as reported by the system
# (often in English); $result how a request ended ("502 from nginx").

## http_rules.rs
# $who when the software that answered is not known.
dx-who-unknown = An unknown server
dx-http-511 = The answer was 511 Network Authentication Required: the network this computer is on (hotel, train, café Wi-Fi) wants a login before it lets traffic out. Open any web page in a browser to get its login page.
dx-http-500 = The application answered 500 Internal Server Error: its error log (PHP error_log, WordPress wp-content/debug.log) names the failing code.
dx-http-429 = { $who } answered 429 Too Many Requests.
dx-http-429-retry = { $who } answered 429 Too Many Requests with Retry-After: { $retry }.
dx-http-answered = { $who } answered { $status }.
dx-http-4xx = { $who } answered { $status }: the request was refused, not a gateway failure.
dx-cf-origin-504 = Cloudflare's error page says the origin web server answered 504 Gateway Timeout: the application behind it did not answer in time. Find the slow requests in the origin's logs (quote the Cloudflare Ray ID).
dx-cf-origin-502 = Cloudflare's error page says the origin web server answered 502 Bad Gateway: the origin's own proxy could not get a response from its application. Read the origin web server's error log (quote the Cloudflare Ray ID).
dx-cf-520 = Cloudflare 520: the origin answered with something empty or invalid (crash, reset, oversized headers). Read the origin's error log.
dx-cf-521 = Cloudflare 521: the origin refused the connection. Start the web server on the origin and make sure its firewall allows Cloudflare's IP ranges.
dx-cf-522 = Cloudflare 522: the origin did not accept the connection in time; is it running, and does the firewall allow Cloudflare's IP ranges?
dx-cf-523 = Cloudflare 523: Cloudflare cannot reach the origin; check the origin address in the DNS records at Cloudflare.
dx-cf-524 = Cloudflare 524: the origin accepted the connection but took more than 100 s to answer. Speed up the slow request or move it to a background job.
dx-cf-525 = Cloudflare 525: the TLS handshake between Cloudflare and the origin failed, so the link to your origin is broken, not Cloudflare itself. On the origin: serve HTTPS on port 443 with a certificate for the site's name, and allow TLS 1.2+ with modern ciphers (ECDHE); or match the SSL/TLS mode at Cloudflare to what the origin serves.
dx-cf-526 = Cloudflare 526: the origin's certificate is not valid for the Full (strict) SSL mode (expired, self-signed or for another name), so the link to your origin is broken, not Cloudflare itself. Install a valid certificate (or a Cloudflare Origin CA one) on the origin.
dx-cf-527 = Cloudflare 527: the Railgun connection to the origin failed.
dx-cf-own-error = Cloudflare answered { $status } with its own error page: the problem is inside Cloudflare or between its servers. Check cloudflarestatus.com and quote the cf-ray id to Cloudflare support.
dx-cdn-502-dns = { $who } answered 502 with its own error page: it could not resolve the origin's domain name: check the origin domain set at the CDN and its DNS records. This is the link between the CDN and your origin, not the CDN failing; test the origin directly with --origin.
dx-cdn-502-connect = { $who } answered 502 with its own error page: it could not connect to the origin or complete TLS with it (refused, timed out, certificate or protocol mismatch). Check the origin domain set at the CDN and its DNS, that the origin's firewall allows the CDN's addresses, and that its certificate matches that name and accepts TLS 1.2 or later. This is the link between the CDN and your origin, not the CDN failing; test the origin directly with --origin.
dx-http-502-limit = { $who } answered 502 after { $took }, close to { $limit }: the application did not answer in time. Find the slow requests (access log times, PHP-FPM slow log) or raise the limit with care.
# $quoted is the start of the page the application sent, as sent.
dx-app-502 = The application answered 502 itself: the body is its own, not a proxy's error page ("{ $quoted }"). It did answer; something it depends on failed (a database, an API or service it calls). Read the application's log and check its dependencies.
dx-app-502-via = The application answered 502 itself ({ $software } passed it on): the body is its own, not a proxy's error page ("{ $quoted }"). It did answer; something it depends on failed (a database, an API or service it calls). Read the application's log and check its dependencies.
dx-nginx-502 = nginx answered 502: it got no usable answer from its upstream (the connection was refused or closed, or the answer was invalid or its headers too big). Start or restart the app server (e.g. `systemctl restart php8.2-fpm`) and read nginx's error.log, which names which one.
dx-nginx-502-timed = nginx answered 502 after { $took }: it got no usable answer from its upstream (the connection was refused or closed, or the answer was invalid or its headers too big). Start or restart the app server (e.g. `systemctl restart php8.2-fpm`) and read nginx's error.log, which names which one.
dx-apache-502 = Apache's mod_proxy got no valid response from its backend (AH00957, AH01114 or AH00898 in error_log). Start or restart the backend and read Apache's error_log.
dx-aws-elb-502 = The AWS load balancer got no valid response from its target: the target refused or closed the connection. Check the targets' health, and make the app's keep-alive timeout longer than the balancer's idle timeout (60 s) to avoid racing a closing connection.
dx-lb-502 = The { $name } got no valid response from the backend behind it (refused, reset or invalid). Check that the backends are running and healthy, and read their logs.
dx-unknown-502 = An unidentified server answered 502: a gateway got no valid response from the application behind it. Check the web server's error log.
dx-server-502 = { $software } answered 502: it could not get a response from the application behind it. Start or restart the app server and read { $software }'s error log.
dx-server-502-timed = { $software } answered 502 after { $took }: it could not get a response from the application behind it. Start or restart the app server and read { $software }'s error log.
# Added after the sentence before it; $edge is the CDN or load balancer in front.
dx-passed-error-on = ({ $edge } passed the error on.)
dx-no-healthy-backend = { $who } has no healthy backend to send the request to: every backend is down or failing its health check. Start the backends and check the health check path.
dx-backend-refused-503 = { $who } answered 503 because its backend refused or dropped the connection. Start or restart the backend and read { $who }'s error log.
dx-first-byte-503 = { $who } answered 503 "first byte timeout": the origin did not start its answer in time. Find the slow requests in the origin's logs or raise the limit with care.
dx-first-byte-503-timed = { $who } answered 503 "first byte timeout" after { $took }: the origin did not start its answer in time. Find the slow requests in the origin's logs or raise the limit with care.
dx-http-503-limit = { $who } answered 503 after { $took }, close to { $limit }: the application behind it did not answer in time.
dx-guru-meditation-503 = { $who } answered 503 with its "Guru Meditation" page: it could not get a usable answer from the backend. Check that the backend is running and read its logs.
dx-maintenance-503 = The site answered 503 with a maintenance page. If the maintenance is over, switch maintenance mode off (e.g. WordPress' .maintenance file).
dx-maintenance-503-retry = The site answered 503 with a maintenance page and Retry-After: { $retry }. If the maintenance is over, switch maintenance mode off (e.g. WordPress' .maintenance file).
dx-http-503 = { $who } answered 503 Service Unavailable: the application is overloaded, stopped or in maintenance. Check its process manager (e.g. PHP-FPM pm.max_children) and its error log.
dx-http-503-retry = { $who } answered 503 Service Unavailable with Retry-After: { $retry } (it expects to be back then): the application is overloaded, stopped or in maintenance. Check its process manager (e.g. PHP-FPM pm.max_children) and its error log.
dx-http-504 = { $who } answered 504: the application behind it did not answer in time. Find the slow requests (access log times, PHP-FPM slow log) or raise the limit with care.
dx-http-504-timed = { $who } answered 504 after { $took }: the application behind it did not answer in time. Find the slow requests (access log times, PHP-FPM slow log) or raise the limit with care.
dx-http-504-limit = { $who } answered 504 after { $took }, close to { $limit }: the application behind it did not answer in time. Find the slow requests (access log times, PHP-FPM slow log) or raise the limit with care.

## reach.rs
# What is wrong with the certificate: $problem in dx-also-cert-invalid.
dx-cert-words-expired = expired
dx-cert-words-wrong-host = issued for another name
dx-cert-words-untrusted = not from a trusted issuer
dx-cert-words-invalid = invalid
dx-tls-clock-wrong = The certificate is valid until { $until } by the server's clock (Date: { $date }), but this computer's clock says it has expired: set the date and time on this computer correctly (turn on automatic time).
dx-tls-intercepted = The certificate was issued by "{ $issuer }", which is security software or a corporate proxy inspecting HTTPS on this computer or network, not the site. If your browser complains too, ask whoever manages this computer or network.
# $fix in the dx-cert-expired-* and dx-cert-not-valid-now sentences.
dx-cert-fix-cdn = renew the edge certificate in the CDN's dashboard
dx-cert-fix-server = renew it (e.g. `certbot renew`) and reload the web server
# $days is a count.
# $at is a date and time (RFC 3339) as the certificate says.
dx-cert-expired-days-at = The certificate for { $host } expired { $days ->
        [one] { $days } day ago
       *[other] { $days } days ago
    } ({ $at }): { $fix }.
dx-cert-expired-days = The certificate for { $host } expired { $days ->
        [one] { $days } day ago
       *[other] { $days } days ago
    }: { $fix }.
dx-cert-not-valid-now = The certificate for { $host } is not valid now (valid until { $at }): { $fix }.
dx-cert-out-of-date = The certificate for { $host } is out of date: { $fix }.
dx-cert-wrong-host = The certificate does not cover { $host } (it names { $names }): install one that includes this name.
# $names in dx-cert-wrong-host when the certificate lists no names.
dx-cert-other-names = other names
dx-cert-untrusted = The certificate chain does not reach a trusted root (self-signed, private CA or a missing intermediate): serve the full chain from a public CA.
dx-cert-rejected = The certificate was rejected.
dx-cert-rejected-error = The certificate was rejected: { $error }.
dx-tls-timeout = The TLS handshake did not finish in time.
dx-tls-timeout-error = The TLS handshake did not finish in time: { $error }.
dx-tls-failed = The TLS handshake failed. Check that the server speaks HTTPS on port { $port } with a current protocol version.
dx-tls-failed-error = The TLS handshake failed: { $error }. Check that the server speaks HTTPS on port { $port } with a current protocol version.
dx-no-network = None of the reference endpoints ({ $endpoints }) could be reached either.
# $resolver is "system" (this computer's resolver) or the address of the one asked with --resolver.
dx-dns-nxdomain = { $resolver ->
        [system] The system resolver
       *[other] The { $resolver } resolver
    } says { $host } does not exist (NXDOMAIN). Check the domain's registration and its records at the DNS provider; after a change allow for propagation (up to 48 h).
dx-dns-servfail = { $resolver ->
        [system] The system resolver
       *[other] The { $resolver } resolver
    } answered SERVFAIL for { $host }: its authoritative name servers fail, or DNSSEC validation fails.
dx-dns-no-records = { $host } exists but has no A/AAAA record: add one at the DNS provider.
dx-dns-timeout = { $resolver ->
        [system] The system resolver
       *[other] The { $resolver } resolver
    } did not answer for { $host } in time.
dx-dns-error = Looking up { $host } failed.
dx-dns-error-detail = Looking up { $host } failed: { $error }.
# $on in the three dx-tcp-* sentences below: where the connection was tried.
dx-tcp-on-port = port { $port }
dx-tcp-on-addresses = { $addresses } on port { $port }
dx-tcp-refused = Every address refused the connection ({ $on }): the web server is not running or not listening there. Start it and check `ss -ltnp`.
dx-tcp-timeout = Connecting timed out ({ $on }): the server is down or a firewall drops the packets.
dx-tcp-unreachable = No route to the server ({ $on }).
dx-response-timeout = Connected, but no response came: the web server is stuck or overloaded, or simply slower than this check waits. Gateways often wait 30 to 100 s; run again with a longer --timeout (e.g. 120) to see whether an error page arrives.
dx-response-timeout-within = Connected, but no response came within { $secs } s: the web server is stuck or overloaded, or simply slower than this check waits. Gateways often wait 30 to 100 s; run again with a longer --timeout (e.g. 120) to see whether an error page arrives.
dx-connection-closed = The server closed the connection before answering.
dx-connection-closed-error = The server closed the connection before answering ({ $error }).
dx-not-http = The server answered something that is not HTTP: a wrong port, or HTTPS and plain HTTP mixed up.
dx-not-http-error = The server answered something that is not HTTP ({ $error }): a wrong port, or HTTPS and plain HTTP mixed up.
dx-redirects-circle = The redirects go round in circles. Check the redirect rules (often HTTP to HTTPS or www behind a proxy or CDN with the wrong SSL mode).
dx-redirects-on-and-on = The redirects go on and on without reaching a page. Check the redirect rules (often HTTP to HTTPS or www behind a proxy or CDN with the wrong SSL mode).
# $hops are the addresses joined with " -> ".
dx-redirects-hops = The redirects go { $hops }. Check the redirect rules (often HTTP to HTTPS or www behind a proxy or CDN with the wrong SSL mode).
# Followed by the sentence about the direct request.
dx-proxy-and-direct-failed = The proxy failed, and so did a direct request ({ $result }).
dx-proxy-unusable = The configured proxy could not be used.
dx-proxy-unusable-error = The configured proxy could not be used ({ $error }).
# The dx-so-far-* parts are listed in $seen of dx-so-far, joined with "; ".
# $count is a count.
dx-so-far-resolved = the name resolved to { $count ->
        [one] { $count } address
       *[other] { $count } addresses
    }
dx-so-far-connected = a connection was made
dx-so-far-cert-valid = the certificate is valid
dx-so-far = So far: { $seen }.

## timeouts.rs
# The names of time limits, used after "close to" in the sentences above ($limit), and the
# settings that can hold a configured limit.

dx-limit-nginx-60 = nginx's proxy_read_timeout (60 s by default)
dx-limit-apache-60 = Apache's ProxyTimeout (60 s by default)
dx-limit-aws-elb-60 = the AWS load balancer's idle timeout (60 s by default)
dx-limit-any-60 = a 60 s proxy timeout (the nginx, Apache and AWS ALB default)
dx-limit-cloudfront-30 = CloudFront's origin response timeout (30 s by default)
dx-limit-gcp-30 = the Google Cloud load balancer's backend timeout (30 s by default)
dx-limit-heroku-30 = the Heroku router's 30 s limit
dx-limit-any-30 = a 30 s limit such as PHP's max_execution_time (30 s by default)
dx-limit-cloudflare-100 = Cloudflare's 100 s limit for an origin answer
dx-limit-any-100 = a 100 s limit somewhere on the path
dx-limit-fastly-15 = Fastly's first byte timeout (15 s by default)
dx-limit-any-15 = a 15 s limit somewhere on the path
dx-limit-akamai-20 = Akamai's origin timeout (about 20 s)
# $places in dx-limit-configured: one or more of these three, joined by dx-limit-places-or.
dx-limit-places-nginx = nginx's fastcgi_read_timeout or proxy_read_timeout
dx-limit-places-apache = Apache's ProxyTimeout or Timeout
dx-limit-places-php = PHP's max_execution_time or PHP-FPM's request_terminate_timeout
dx-limit-places-or = { $first }, or { $second }
# $secs is a whole number of seconds.
dx-limit-configured = a limit of { $secs } s that is probably configured ({ $places })

## verdict.rs
dx-references-blocked = The reference endpoints were unreachable too (a firewall may block them).
dx-site-answered = The site answered { $status }.
dx-software-answered = { $software } answered { $status }.
dx-cached-data-failed = But a request with this site's cookies and cached data failed ({ $result }): clear them.
dx-also-cert-invalid = Also: the site's certificate is not valid ({ $problem }).
dx-browser-blocked = The site answered 403 here but a page to { $browsers }: a firewall or bot filter (WAF) filters on the browser's signature.
dx-bot-challenge = Cloudflare answered { $status } with its bot check ("Just a moment..." / cf-mitigated: challenge). A real browser with JavaScript usually passes it; this tool does not run JavaScript.

## proxy.rs
# $proxy in the sentences below when the proxy's address is not known.
dx-the-configured-proxy = the configured proxy
dx-proxy-refused = The proxy { $proxy } refused the request itself ({ $code }): a filter on this network blocks the site.
# $through and $direct say how the request ended through the proxy and without it ("502 from nginx").
dx-proxy-blamed = Through the proxy { $proxy }: { $through }. Without it: { $direct }.
dx-proxy-request-failed = The request through { $proxy } failed.
dx-proxy-request-failed-error = The request through { $proxy } failed: { $error }.
dx-proxy-relayed = The proxy { $proxy } could not get the page from the site ({ $code }).

## http2.rs
# Ends the dx-http2-only-* and dx-http2-reset sentences.
dx-http2-owner-look = Look at the HTTP/2 settings of the layer that speaks HTTP/2 to browsers (the CDN, or the web server in front: its http2 switch, header and field size limits such as nginx's large_client_header_buffers / http2_max_field_size, a WAF rule that only matches HTTP/2) and whether what sits behind it copes with requests arriving over HTTP/2 (headers it forwards, the upstream's own HTTP/2 support).
# $code is an HTTP/2 error code (PROTOCOL_ERROR); $browser_error the error Chrome shows (ERR_HTTP2_PROTOCOL_ERROR); $tries a count.
dx-http2-only-reset = Over HTTP/2, as browsers speak, the server reset the request ({ $code }) ({ $tries ->
        [one] on its only try
       *[other] { $tries } of { $tries } tries
    }); the same request over HTTP/1.1 got the page ({ $result }). Browsers show { $browser_error }. { dx-http2-owner-look }
dx-http2-only-status = Over HTTP/2, as browsers speak, it answered { $status } ({ $tries ->
        [one] on its only try
       *[other] { $tries } of { $tries } tries
    }); the same request over HTTP/1.1 got the page ({ $result }). Browsers show { $browser_error }. { dx-http2-owner-look }
# $outcome says how the request ended without an answer ("the connection was closed").
dx-http2-only-outcome = Over HTTP/2, as browsers speak, { $outcome } ({ $tries ->
        [one] on its only try
       *[other] { $tries } of { $tries } tries
    }); the same request over HTTP/1.1 got the page ({ $result }). Browsers show { $browser_error }. { dx-http2-owner-look }
# $code when the server gave no HTTP/2 error code.
dx-http2-no-code = no code
dx-http2-reset-http1-fails = Over HTTP/2 the server reset the request ({ $code }); over HTTP/1.1 it fails too ({ $result }).
dx-http2-reset = The server reset the request over HTTP/2 ({ $code }) instead of answering; browsers show { $browser_error }. Whether HTTP/1.1 works is not known yet. { dx-http2-owner-look }

## log_evidence.rs
dx-log-unknown-time = an unknown time
# $when is a date and time from the log (2026-12-01T23:20:04) or dx-log-unknown-time.
dx-log-times = { $count ->
        [1] once, at { $when }
       *[other] { $count } times, last at { $when }
    }
# $title is a log finding's title, $involved the socket or address it names; the finding's explanation and fix follow.
dx-log-says-why = The server log says why: { $title }, { $times }.
dx-log-says-why-involved = The server log says why: { $title } ({ $involved }), { $times }.
dx-log-agrees = The server log agrees: { $title }, { $times }.
dx-log-agrees-involved = The server log agrees: { $title } ({ $involved }), { $times }.

## server_evidence.rs
# $title and $fix come from the server checks (full sentences).
dx-server-broken-link = On this computer: { $title } Fix: { $fix }

## status_evidence.rs
# The dx-incident-* parts make $incident in dx-status-incident: the title, then (since, last update), then where, then the latest update and link as sent.
dx-incident-since = since { $time }
dx-incident-updated = last update { $time }
dx-incident-title = "{ $title }"
# Added right after the title and its brackets; $component is the status page's component name.
dx-incident-affecting = , affecting { $component }, where this request was served
dx-status-site-page = The site has a status page: { $page }.
dx-status-unreadable = { $name }'s status page could not be read: { $error }.
dx-status-incident = { $name }'s status page reports an unresolved incident: { $incident }.
# Follows dx-status-incident.
dx-status-incident-follow = It usually ends without anything done on the site's side; follow it on { $page }.
dx-status-maintenance = { $name }'s status page reports maintenance in progress: "{ $title }".
dx-status-maintenance-until = { $name }'s status page reports maintenance in progress: "{ $title }" until { $until }.
# Follows dx-status-maintenance.
dx-status-see = See { $page }.
# $components are names with their state as sent ("London, GB (partial outage)").
dx-status-components = { $name }'s status page shows components that are not operational: { $components }.
dx-status-no-incident = { $name }'s status page reports no incident.

## path.rs
# The DNS box of the request path when the address is an IP address.
dx-path-no-lookup = no lookup (IP address)

## cause.rs
# An error reading a saved report; $id is the id found, in quotes.
dx-unknown-cause = unknown cause { $id }: expected a snake_case cause id such as "upstream_refused"
