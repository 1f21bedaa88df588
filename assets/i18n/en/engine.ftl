# The probes' and parsers' own words: why a probe was skipped, how a request or a DNS query
# failed, what the burst did, what the fingerprint saw in a response (the Details pane, the
# reports, the verdict's evidence), the status pages' and Globalping's clients' errors, the log
# reader's errors and the log formats' names, the desktop notifier's errors.
# Not here (never translated): header names, HTTP reason phrases, wire values, ids, patterns
# compared with data, the error text of the operating system and of libraries ($error).
# $secs and $ms are numbers already formatted ("10.0", "250"); an address ($address, $server)
# is an IP address with its port.

## src/probe/mod.rs: why a probe was skipped

eng-skip-no-name = the name did not resolve, so there is nothing to connect to
eng-skip-proxy-resolves = the name does not resolve on this computer; the proxy resolves it instead
eng-skip-plain-http = the site is served over plain http (no certificate involved)
eng-skip-no-tcp = no TCP connection to run TLS over
eng-skip-no-answer-cache = the server does not answer at all, so a cached page cannot be the cause
eng-skip-no-answer-http3 = no answer to read an HTTP/3 offer (Alt-Svc) from
eng-skip-no-answer = the server does not answer at all
eng-skip-no-connections = the server does not accept connections

## Shared by several probes (src/probe/paths.rs, src/probe/tcp.rs, src/status_client/mod.rs)

eng-no-answer-within = no answer within { $secs } s
# $error: why the name did not resolve (the resolver's words, or an outcome id such as NxDomain).
eng-cannot-resolve = cannot resolve { $host }: { $error }

## src/probe/burst.rs: the owner's small burst of requests

eng-burst-off = the small burst of requests was turned off
eng-burst-label = a small burst of { $requests ->
       [one] { $requests } request
       *[other] { $requests } requests
    }, at most { $concurrency } at once
eng-burst-stopped-slow = stopped after { $count ->
       [one] { $count } request
       *[other] { $count } requests
    }: the site is slow and the burst's time ran out
eng-burst-stopped-silent = stopped after { $count ->
       [one] { $count } request
       *[other] { $count } requests
    }: nothing answered at all
eng-burst-no-answer = no answer in time

## src/probe/dns.rs

eng-dns-no-system-config = no usable system DNS configuration: { $error }
eng-dns-timeout = no answer from the resolver within { $secs } s
eng-dns-ns-timeout = no NS answer for { $zone } within { $secs } s
eng-dns-ns-failed = NS lookup for { $zone } failed: { $error }

## src/probe/http3.rs

eng-http3-no-address = no address for { $host }
eng-http3-udp-silent = no answer over UDP within { $secs } s
eng-http3-quic-setup = cannot set up QUIC: { $error }
eng-http3-udp-socket = cannot open a UDP socket: { $error }
eng-http3-quic-start = cannot start the QUIC handshake: { $error }

## src/probe/propagation.rs: DNS asked at every resolver (owner mode)

# Row labels: "This computer", "Cloudflare 1.1.1.1", "Public resolver 192.0.2.1", "Name server 192.0.2.53".
eng-dns-row-no-lookup = No DNS lookup
eng-dns-row-this-computer = This computer
eng-dns-row-resolver = Resolver { $server }
eng-dns-row-public = Public resolver { $server }
eng-dns-row-name-server = Name server { $server }
# $name is quoted already.
eng-dns-row-not-a-name = host: { $name } is not a valid DNS name ({ $error })
eng-dns-row-not-involved = the host is an IP address or localhost; DNS is not involved
eng-dns-ns-unresolved = the name servers' own addresses did not resolve
eng-dns-no-ns = no NS records found for { $name } or the domains above it
eng-dns-encode = could not encode the query: { $error }
eng-dns-udp-socket = could not open a UDP socket for { $server }: { $error }
eng-dns-unreachable = could not reach { $server }: { $error }
eng-dns-send = could not send to { $server }: { $error }
eng-dns-no-reply-from = no reply from { $server }: { $error }
eng-dns-malformed = malformed reply from { $server }: { $error }
eng-dns-no-reply = no reply within { $secs } s
# $code: the DNS response code's name (REFUSED, NOTIMP, ...).
eng-dns-rcode = unexpected response code { $code }
eng-dns-truncated = reply truncated (too large for UDP); some records may be missing

## src/probe/routes.rs: the ways to reach the site (owner mode)

# $scheme: http or https.
eng-route-port = port { $port } ({ $scheme })
eng-route-unfinished = did not finish within { $secs } s

## src/probe/steps.rs: what each request of the visitor steps was

eng-step-try = try { $n }
eng-step-try-http1 = over HTTP/1.1
eng-step-fresh-profile = fresh profile
eng-step-with-cache = with cache and cookies
eng-step-through-proxy = through the proxy
eng-step-direct = direct

## src/probe/tls.rs

eng-tls-cert-checks = cannot set up certificate checks: { $error }
eng-tls-bad-name = invalid name for TLS: { $error }
eng-tls-timeout = the TLS handshake did not finish within { $secs } s
eng-tls-self-signed = self-signed certificate ({ $error })
eng-tls-never-checked = the server's certificate was never checked

## src/probe/http/mod.rs: how a request failed

eng-http-bad-redirect = the redirect location is not usable: { $error }
eng-http-redirect-loop = redirect loop: { $url } leads back to an address already visited
eng-http-too-many-redirects = more than { $max ->
       [one] { $max } redirect
       *[other] { $max } redirects
    }
eng-http-no-response = connected, but no response within { $secs } s
# $status and $reason: the proxy's answer, as in "407 Proxy Authentication Required".
eng-http-proxy-credentials = the proxy asks for credentials ({ $status } { $reason })
eng-http-connect-failed = could not connect to { $host }:{ $port }: { $error }
eng-http-proxy-connect-failed = could not connect to the proxy { $host }:{ $port }: { $error }
eng-http-no-address = no address to connect to
eng-http-proxy-connect-timeout = the proxy did not answer the CONNECT request in time

## src/probe/http/wire.rs

eng-http-build-request = cannot build the request: { $error }
eng-http-body-timeout = the body did not finish arriving in time
# $code: the HTTP/2 error code (INTERNAL_ERROR, ...).
eng-http-body-reset = the body was cut off: the server reset the stream ({ $code })
eng-http-body-cut = the body was cut off: { $error }
eng-http2-goaway = the server closed the HTTP/2 connection (GOAWAY { $code }) instead of answering
eng-http2-reset = the server reset the HTTP/2 stream (RST_STREAM { $code }) instead of answering
eng-http-not-http = the server answered something that is not HTTP ({ $error })
eng-http-closed = the server closed the connection without a complete answer ({ $error })
eng-proxy-closed = the proxy closed the connection: { $error }
eng-proxy-closed-connect = the proxy closed the connection during CONNECT
eng-proxy-answer-too-long = the proxy's answer to CONNECT is too long
# $status: the proxy's status line, as sent.
eng-proxy-refused-tunnel = the proxy refused the tunnel: { $status }

## src/probe/http/decode.rs

eng-decode-zstd = the zstd body could not be decoded: { $error }
# $coding: the Content-Encoding, quoted.
eng-decode-unknown = the body is encoded as { $coding }, which this tool cannot decode
eng-decode-partial = the { $coding } body could not be decoded fully: { $error }

## src/evidence/http3.rs: one line on HTTP/3

eng-http3-not-offered = HTTP/3 not offered (no h3 in Alt-Svc)
eng-http3-works = HTTP/3 offered and works from here (QUIC handshake in { $ms } ms)
eng-http3-works-at = HTTP/3 offered and works from here (QUIC handshake to { $address } in { $ms } ms)
eng-http3-blocked = HTTP/3 offered but blocked here (no QUIC answer over UDP in { $secs } s); browsers fall back to TCP after a short delay, so this is not what breaks the page
eng-http3-blocked-at = HTTP/3 offered but blocked here (no QUIC answer to { $address } over UDP in { $secs } s); browsers fall back to TCP after a short delay, so this is not what breaks the page
eng-http3-failed = HTTP/3 offered but the QUIC handshake failed ({ $error }); browsers fall back to TCP
eng-http3-failed-at = HTTP/3 offered but the QUIC handshake to { $address } failed ({ $error }); browsers fall back to TCP
eng-http3-no-reason = no reason given

## src/evidence/logs.rs: the log reading's line in the probe list

eng-logs-summary = { $read } of { $files ->
        [one] { $files } log file
       *[other] { $files } log files
    } read, { $findings ->
        [one] { $findings } finding
       *[other] { $findings } findings
    }
# $summary: eng-logs-summary.
eng-logs-summary-access = { $summary }, { $count ->
       [one] { $count } 5xx answer
       *[other] { $count } 5xx answers
    } in access logs
eng-logs-summary-cancelled = { $summary } (cancelled: partly read)

## src/fingerprint/mod.rs and src/fingerprint/cdn/mod.rs: names of software and edges that are not product names alone

eng-sw-aws-elb = AWS load balancer
eng-sw-gcp-lb = Google Cloud load balancer
eng-sw-azure = Azure gateway
eng-sw-heroku = Heroku router
eng-sw-unknown = an unknown server
eng-edge-google-hosting = Google hosting

## src/fingerprint/rules.rs and src/fingerprint/wordpress.rs: what matched in a response

# $name: a header name (server, via, ...), $value: its value as sent.
eng-fp-header = header { $name }: { $value }
eng-fp-header-name = header { $name }
eng-fp-status = status { $status }
# $reason, $title, $text, $pattern: text from the response or the signature, shown as is.
eng-fp-reason = reason phrase "{ $reason }"
eng-fp-title = title "{ $title }"
eng-fp-body = body: "{ $text }"
eng-fp-body-empty = body: empty
eng-fp-body-lacks = no "{ $pattern }" in body
# $header: set-cookie or cookie.
eng-wp-session-cookie = { $header }: PHPSESSID cookie
eng-wp-rest-header = header link: WordPress REST API (wp-json)
eng-wp-generator = generator meta: { $content }
eng-wp-rest-page = page links to the WordPress REST API (wp-json)
# $dir: /wp-content/ or /wp-includes/.
eng-wp-loads-from = page loads files from { $dir }

## src/fingerprint/cdn/mod.rs: how the CDN or load balancer in front was recognised

# $provider's: the provider's name (Cloudflare); $date: the snapshot's date (2026-12-01).
eng-edge-in-ranges = address { $ip } is in { $provider }'s published ranges ({ $range }, snapshot of { $date })
eng-edge-cname = DNS name { $name } ends in .{ $suffix } ({ $provider })
# $what: eng-fp-header or eng-fp-header-name.
eng-edge-header = response { $what } shows { $provider }

## src/status_client/mod.rs and src/provider_status/mod.rs: asking a status page

eng-status-the-site = The site
eng-status-client-setup = cannot set up the client: { $error }
# $code $reason: "503 Service Unavailable"; $retry: " (Retry-After: 120)" or nothing.
eng-status-answered = the status page answered { $code } { $reason }{ $retry }
eng-status-too-large = the answer is larger than { $mib } MiB
# $expected: one of eng-status-expected-*; $found: one of eng-status-found-* or the answer's start, quoted.
eng-status-not-format = the status page answered something that is not { $expected } ({ $found })
eng-status-expected-statuspage = a Statuspage summary.json
eng-status-expected-google = Google Cloud's incidents.json
eng-status-expected-feed = an RSS or Atom feed
eng-status-found-empty = an empty answer
eng-status-found-markup = HTML or XML
eng-status-found-json = JSON of another shape, or cut off

## src/globalping/client.rs: asking Globalping

# $url is quoted.
eng-gp-bad-url = --globalping-url: expected an http:// or https:// address, got { $url }
eng-gp-unreachable = Globalping at { $url } could not be reached: { $why }
eng-gp-slow = Globalping at { $url } did not answer within { $secs } s
# $limits: "; " and the eng-gp-limit-* parts joined with ", ", or nothing; $message: Globalping's words.
eng-gp-rate-limited = Globalping's limit for anonymous tests is used up (HTTP 429{ $limits }): { $message }
eng-gp-limit-limit = limit { $value }
eng-gp-limit-remaining = remaining { $value }
eng-gp-limit-resets = resets in (s) { $value }
eng-gp-limit-retry-after = retry after (s) { $value }
eng-gp-http = Globalping answered HTTP { $status }: { $message }
# $what: one of eng-gp-malformed-*; $excerpt: the answer's start.
eng-gp-malformed = Globalping's answer is not what its API documents ({ $what }): { $excerpt }
eng-gp-malformed-too-large = an answer over { $mb } MB
eng-gp-malformed-no-id = no measurement id
eng-gp-malformed-json = invalid JSON: { $error }
# A place Globalping gave no city or country for.
eng-gp-somewhere = somewhere

## src/logs/mod.rs and src/logs/parse.rs: reading server logs

eng-logformat-nginx-error = nginx error log
eng-logformat-access = access log
eng-logformat-apache-error = Apache error log
eng-logformat-php-fpm = PHP-FPM log
eng-logformat-php-error = PHP error log
eng-logformat-unknown = unknown format
eng-log-permission-denied = cannot read { $path }: permission denied (run with sudo or copy the file somewhere readable)
eng-log-not-found = cannot read { $path }: the file does not exist
eng-log-is-directory = cannot read { $path }: it is a directory, not a log file
eng-log-open = cannot read { $path }: { $error }
eng-log-read = error reading { $path } after { $lines ->
       [one] { $lines } line
       *[other] { $lines } lines
    }: { $error }
# The 5xx URLs past the most counted, counted together.
eng-logs-other-urls = (other URLs)
eng-logs-since-bad = --since: expected YYYY-MM-DD or "YYYY-MM-DD HH:MM[:SS]", got { $value }

## src/notify.rs and src/watch.rs: why a desktop notification could not be shown

eng-notify-no-bus = no desktop session bus
eng-notify-unsupported = this build has no desktop notifications
