# Owner mode's checklist: the findings and advice a site owner reads about DNS (do the resolvers
# agree?), the CDN or load balancer in front of the site, the origin behind it (asked directly with
# --origin), the site's certificate, and a site in maintenance.
# Commands, config lines, header names (Retry-After), DNS codes (NXDOMAIN, SERVFAIL, CNAME, A/AAAA,
# NS, SOA, AA flag), options (--origin, --expect-ip) and product names stay as they are.
# $front, $cdn, $name, $maker: a CDN's or load balancer's name ("Cloudflare", "the AWS load
# balancer"); $front_capital is the same with its first letter upper-cased, for a sentence's start.

## src/diagnosis/owner/dns.rs

# Column titles of the DNS answers table.
own-dns-col-resolver = Resolver
own-dns-col-answers = Answers
own-dns-col-ttl = TTL
own-dns-col-result = Result
own-dns-col-time = Time

own-dns-checking = Checking…
own-dns-not-checked = Not checked in this run (the DNS comparison runs in owner mode).
own-dns-ip-address = The site is addressed by IP (or localhost): there is no DNS name to check.
# $results: each resolver with what happened ("Google 8.8.8.8: no reply (timeout)"), as a list.
own-dns-no-answer = No resolver gave an answer for { $name } ({ $results }).
own-dns-no-answer-advice = DNS could not be compared. If this computer can browse other sites, its network may block outside DNS servers; run the commands below from another network or the server.
# $why: why the domain's name servers were not found, or own-dns-none-found.
own-dns-ns-not-asked = The domain's own name servers were not asked ({ $why }).
own-dns-none-found = none were found
own-dns-nothing-to-do = Nothing to do: DNS is not the problem.

# $resolvers: the resolvers that said so, as a list.
own-dns-nxdomain = { $name } does not exist (NXDOMAIN) at { $resolvers }.
own-dns-no-address = { $name } has no address (no A or AAAA records) at { $resolvers }.
own-dns-add-record = Add an A (IPv4) or AAAA (IPv6) record for { $name } at your DNS provider. If the record is there, check that the domain is registered and not expired, and that the registrar lists your DNS provider's name servers.
# $servers: the zone's name servers, separated by commas.
own-dns-add-record-zone = Add an A (IPv4) or AAAA (IPv6) record for { $name } at your DNS provider (the zone is served by { $servers }). If the record is there, check that the domain is registered and not expired, and that the registrar lists your DNS provider's name servers.

# One resolver's answer, an item of the lists below: "Cloudflare 1.1.1.1 answers 192.0.2.1".
own-dns-answers = { $resolver } answers { $answer }
own-dns-ns-disagree = Your name servers disagree: { $answers }.
own-dns-ns-disagree-advice = Make every name server serve the same zone (a secondary that missed the last update: check zone transfers and the SOA serial).
own-dns-all-agree-ns = { $count ->
    [one] All { $count } resolvers agree with your name servers: { $answer }.
   *[other] All { $count } resolvers agree with your name servers: { $answer }.
}
# $resolvers: the resolvers still answering the old address ($count of them); $old: their answers.
own-dns-stale = Your name servers answer { $answer }, but { $resolvers } still { $count ->
    [one] answers
   *[other] answer
} { $old }: a change is still propagating.
# $longest: the longest remaining TTL ("5 min"); $ttls: each resolver with its remaining TTL.
own-dns-stale-advice = Resolvers that cached the old answer keep it for up to { $longest } more (their remaining TTL: { $ttls }); in general allow up to 24-48 h for everyone. Nothing to fix if the name servers' answer is the new one; lower the TTL before the next change.
own-dns-stale-advice-unknown = Resolvers that cached the old answer keep it until their cached copy expires (remaining TTL unknown); in general allow up to 24-48 h for everyone. Nothing to fix if the name servers' answer is the new one; lower the TTL before the next change.
own-dns-ttl-unknown = unknown
own-dns-caches-agree = { $count ->
    [one] All { $count } resolvers agree: { $answer }.
   *[other] All { $count } resolvers agree: { $answer }.
}
own-dns-resolvers-disagree = Resolvers disagree: { $answers }.
own-dns-resolvers-disagree-advice = Either a change is still propagating (caches keep the old answer up to their TTL; allow up to 24-48 h) or the name gives different addresses by location. Ask your name servers directly to see the current answer.

# $expected: the addresses given with --expect-ip, as a list.
own-dns-expected-all = Every answer is the expected address ({ $expected }).
own-dns-not-expected = Not the expected { $expected }: { $answers }.
own-dns-expected-ns-wrong = Your name servers themselves do not give { $expected }: update the A/AAAA record at your DNS provider (or check that --expect-ip is right).
own-dns-expected-check = Check the A/AAAA record at your DNS provider; if it already says { $expected }, the resolvers above still have the old answer cached.

# Items of own-dns-lame: $server is a name server ("ns1.example.com 192.0.2.53").
own-dns-lame-refuses = { $server } refuses the query
own-dns-lame-no-aa = { $server } answers without authority (no AA flag)
own-dns-lame = Lame delegation: { $servers }.
own-dns-lame-advice = Every NS record must point at a server that serves this zone: fix that server or remove it from the NS records (at the registrar and in the zone). Resolvers that pick it get slow or failed lookups.
own-dns-ns-silent = Name servers that did not answer: { $servers }.
own-dns-ns-silent-advice = Check that every name server is up and reachable on port 53 (UDP and TCP).
own-dns-resolvers-silent = No answer from { $resolvers } (a resolver problem, or this network blocks it).

# What a resolver answered (findings and the table's Answers column).
own-dns-answer-no-address = no address
own-dns-answer-nxdomain = NXDOMAIN (no such name)
own-dns-answer-no-records = no address (no A/AAAA records)
# How a resolver's query ended (the table's Result column and the findings).
own-dns-outcome-answered-aa = answered (authoritative)
own-dns-outcome-answered-not-aa = answered, not authoritative
own-dns-outcome-answered = answered
own-dns-outcome-refused = refused
own-dns-outcome-no-records = no A/AAAA records
own-dns-outcome-timeout = no reply (timeout)
own-dns-outcome-error = error
own-dns-outcome-not-asked = not asked
# Added to the Result column: $result is one of the own-dns-outcome-* above.
own-dns-result-lame = { $result } (lame delegation)
own-dns-result-not-expected = { $result }, not the expected IP
own-dns-ms = { $ms } ms

# Durations (a TTL), rounded up.
own-dns-seconds = { $n } s
own-dns-minutes = { $n } min
own-dns-hours = { $n } h
own-dns-days = { $count ->
    [one] { $count } day
   *[other] { $count } days
}
# The last two items of a list ("a, b and c"): $rest is the items before, joined by commas.
own-list-and = { $rest } and { $last }

## src/diagnosis/owner/cdn/mod.rs

# How one request ended, after "the site" / "the origin it": "answered 200".
own-cdn-answered = answered { $status }
own-cdn-waiting = Waiting for the page and the DNS answers to see which CDN is in front.
own-cdn-page-not-asked = the page was not requested
own-cdn-not-checked = Not checked: { $reason }.
own-cdn-run-again = Run the check again once the site's name resolves.
own-cdn-comparing = Comparing with the origin…
own-cdn-origin-not-asked = The origin was not asked directly ({ $reason }).
own-cdn-use-origin = To tell the CDN from your server, run the check again in owner mode with --origin IP (your server's own address): it sends the same request straight to the origin.
# Why the edge was recognised: $maker made the error page, $why is the page's sign.
own-cdn-evidence-error-page = the error page is { $maker }'s ({ $why })
# $why: how the CDN was recognised ("the server header says cloudflare").
own-cdn-in-front = { $front_capital } is in front of the site.
own-cdn-in-front-why = { $front_capital } is in front of the site: { $why }.
own-cdn-in-front-lb = { $cdn_capital } is in front of the site, with { $lb } behind it.
own-cdn-in-front-lb-why = { $cdn_capital } is in front of the site, with { $lb } behind it: { $why }.
# $date: the date of the bundled list of CDN address ranges.
own-cdn-none-seen = No CDN or load balancer seen (response headers, DNS names, and addresses against the published ranges of { $date }).
own-cdn-public-address = the public address
# A provider's name inside a sentence when English needs an article: "the AWS load balancer".
own-cdn-the-provider = the { $name }
own-cdn-page-not-requested = The page itself was not requested, so no error page to judge.
# $outcome: how the request ended ("connection refused").
own-cdn-no-response-through = No response came back through { $front } ({ $outcome }).
own-cdn-no-response = No response came back ({ $outcome }).
own-cdn-page-made-by = The { $status } error page was made by { $maker } itself.
# $software: the server that made the page ("nginx").
own-cdn-page-from-behind = The { $status } error page came from { $software } behind { $front }, which passed it on.
own-cdn-page-from = The { $status } error page came from { $software }.
own-cdn-layer-unknown = The site answered { $status }; which layer made the error page is unknown.
own-cdn-answered-through = The site answered { $status } through it.
own-cdn-nothing-to-change = Nothing to change at the CDN or load balancer for now.
own-cdn-look-up = Look up this error in { $front }'s documentation and status page, and quote the request id from the report.
own-cdn-front-working = { $front_capital } is working; fix the origin's stack (see the server logs item).
own-cdn-compare-origin = Compare with the origin directly to tell { $front } from your server.
own-cdn-nothing-at-cdn = Nothing to check at a CDN; look at the web server and the app.
# $edge, $origin: how each request ended (own-cdn-answered, or "connection refused").
own-cdn-both-work = Through { $front } the site { $edge }, and straight to the origin it { $origin }.
own-cdn-origin-fails-only = Through { $front } the site { $edge }, but straight to the origin it { $origin }.
own-cdn-origin-fails-only-advice = { $front_capital } may be serving cached pages while the origin is failing, or the --origin address is not the server { $front } uses: check the origin address in { $front }'s settings and the origin's logs.
own-cdn-edge-fails-only = Bypassing { $front }, the origin { $origin }: the CDN/edge configuration is at fault, not your server.
own-cdn-edge-fails-only-advice = Check how { $front } talks to your origin: the SSL/TLS mode against the origin's certificate, that the origin's firewall allows { $front }'s IP ranges, and { $front }'s timeouts.
own-cdn-both-fail = Bypassing { $front }, the origin fails too ({ $origin }): the problem is in the origin's own stack, not in { $front }.
own-cdn-both-fail-advice = Fix the origin first: its web server and application (see the server logs and restart items).

## src/diagnosis/owner/cdn/certificate.rs

# $days: days left before the site's certificate expires (0 to 13).
own-cert-expires = The site's certificate { $days ->
    [0] expires today
    [one] expires in 1 day
   *[other] expires in { $days } days
}.
# $until: the certificate's end date and time.
own-cert-expires-until = The site's certificate { $days ->
    [0] expires today
    [one] expires in 1 day
   *[other] expires in { $days } days
} (valid until { $until }).
own-cert-renew-at-cdn = { $cdn } presents this certificate: check in its dashboard why it has not renewed (a DNS or validation record it needs may be missing).
own-cert-renew = Renew it now and reload the web server; if certbot's timer should have done it, `certbot renew --dry-run` shows why it did not.

## src/diagnosis/owner/edge_link.rs

# Where the CDN keeps its record of the failed request (after "At Cloudflare:"); field names stay.
own-link-log-cloudflare = Cloudflare's dashboard (Analytics, or Logpush's OriginResponseStatus and EdgeResponseStatus) with the Ray ID
own-link-log-cloudfront = CloudFront's standard logs (x-edge-detailed-result-type such as OriginConnectError, OriginDnsError, OriginReadTimeout) with the X-Amz-Cf-Id
own-link-log-akamai = Akamai Control Center's error lookup with the Reference # of the page
own-link-log-fastly = Fastly's real-time log streaming (fastly_info.state) for the node in X-Served-By
own-link-log-other = the CDN's request log with the request id of the page
# $origin: the origin's address; $result: its answer ("200", "connect refused").
own-link-origin-answered = Straight to the origin { $origin } it answered { $result }.
# $edge: the CDN's name. The command stays as it is.
own-link-ask-origin = Ask the origin directly to tell the two apart: `gateway-doctor check { $url } --mode owner --origin ORIGIN_IP` sends the same request to it, bypassing { $edge }.
own-link-restart-finding = { $name } made this error page itself: requests through { $name } test its link to your origin server (address, DNS, firewall, certificate), not your origin's own stack, so they cannot say what to restart.
# $origin: own-link-origin-answered, the sentence before.
own-link-restart-origin-works = { $origin } Your origin works: restart nothing there. Fix the link: the origin address and host name set at { $name }, the origin's firewall (allow { $name }'s addresses), its certificate and TLS settings.
own-link-restart-origin-fails = { $origin } The origin fails directly too: start there (its web server, then the application behind it).
own-link-logs-finding = { $name } made the page, so the logs that matter are those of its link to your origin: did { $name }'s requests reach the origin at all?
# $access, $error: the web server's log files; $log: one of own-link-log-*.
own-link-logs-advice = On the origin: the web server's access log ({ $access }: no line at the time of the error means the requests never arrived: firewall, origin address or DNS at { $name }), its error log ({ $error }) for TLS handshake errors, and the firewall's log for dropped connections. At { $name }: { $log }.

## src/diagnosis/owner/origin.rs

# $edge_result, $result: a status code ("502") or how the request ended ("connect refused").
own-origin-seen = Through the edge: { $edge_result }. Straight to the origin { $origin }: { $result }.
own-origin-edge-config = The origin works; the edge (CDN or load balancer) fails in front of it: check its origin settings (address, port, SSL mode), its timeouts, and that the origin's firewall allows the edge's addresses.
own-origin-stack = The origin fails too: the problem is in the origin's own stack (web server, application), and the edge only passes it on.
own-origin-both-work = Both work.
own-origin-cached = The edge answers (perhaps from its cache), but the origin itself fails: visitors may see errors as soon as the cached copies expire.
own-origin-same-server = Note: the site's name already points at this address, so there is no edge in between and both requests reached the same server.
# $error: the TLS library's error, or own-origin-no-details.
own-origin-tls-failed = The TLS handshake with the origin failed ({ $error }): the origin has no working certificate for this name on that port (behind Cloudflare this is error 525).
own-origin-refused = Nothing accepts connections at { $origin }: the web server there is stopped or listens on another port, or { $origin } is not the origin's address.
own-origin-no-connection = { $origin } did not accept the connection: a firewall drops it, the server is down, or { $origin } is not the origin's address.
own-origin-no-details = no details
# Cloudflare's SSL modes "Full" and "Full (strict)" are named as Cloudflare's dashboard names them.
own-origin-cert-expired = The origin's certificate has expired: a CDN that checks it strictly (Cloudflare "Full (strict)") refuses it (Cloudflare error 526).
own-origin-cert-expired-until = The origin's certificate has expired (valid until { $until }): a CDN that checks it strictly (Cloudflare "Full (strict)") refuses it (Cloudflare error 526).
own-origin-cert-wrong-host = The origin's certificate is not for { $host }: a CDN that checks it strictly refuses it (Cloudflare error 526).
# $names: the names the certificate is for, separated by commas.
own-origin-cert-wrong-host-names = The origin's certificate is not for { $host } (it names { $names }): a CDN that checks it strictly refuses it (Cloudflare error 526).
own-origin-cert-self-signed = The origin's certificate is self-signed: accepted by Cloudflare "Full", refused by "Full (strict)" (error 526) and by browsers visiting the origin directly.
own-origin-cert-untrusted = The origin's certificate is issued by { $issuer }, which browsers do not trust (a Cloudflare Origin CA certificate looks like this: fine behind Cloudflare only).
own-origin-unknown-authority = an unknown authority
own-origin-cert-invalid = The origin's certificate is not valid: { $error }.
own-origin-cert-handshake = The TLS handshake with the origin failed: { $error } (Cloudflare error 525).
own-origin-cert-expires-soon = The origin's certificate expires in { $days ->
    [one] { $days } day
   *[other] { $days } days
}: renew it now.
# Subjects and issuers of both certificates ("?" when unknown).
own-origin-cert-differs = The origin presents another certificate than the edge (origin: { $origin_subject }, issued by { $origin_issuer }; edge: { $edge_subject }, issued by { $edge_issuer }). Normal behind a CDN; the origin's must suit the CDN's SSL mode.

## src/diagnosis/owner/maintenance.rs

# $secs: what the site's Retry-After header said; $wait: the same in words ("2 minutes").
own-maint-finding-retry = The site is in maintenance mode: it answers 503 with a maintenance page with Retry-After: { $secs } (back in about { $wait }). Nothing is down, so nothing needs a restart.
own-maint-finding-no-retry = The site is in maintenance mode: it answers 503 with a maintenance page without saying for how long (no Retry-After). Nothing is down, so nothing needs a restart.
own-maint-advice = When the work is done, switch maintenance mode off; if it should be over already, find what switched it on (an update that stopped half way leaves WordPress' .maintenance file behind).
