# Owner mode's checklist: the findings and advice about the server and the application behind it
# (server logs, restarting, PHP limits, plugins, firewall and proxy, the software stack).
# Commands, config lines, log lines to search for, header names and product names stay in the code
# and reach these messages as variables. Status codes, ports and file names are passed as text.

## src/diagnosis/owner/stack.rs

be-checking = Checking…
# The web server's name when it was not recognised; put in place of "nginx" or "Apache".
be-the-web-server = the web server
# One path's result when no answer came: $path is "/robots.txt", $outcome a technical outcome
# ("connect refused", "timeout").
be-path-no-answer = { $path } no answer ({ $outcome })
# The end of a list of results: "a, b, 2 more".
be-more = { $count } more

## src/diagnosis/owner/server_logs.rs

be-logs-reading = Reading the server logs…
# $server is "nginx" or "Apache"; $code the HTTP status (502).
be-logs-answered = { $server } answered { $code }; its error log says why.
be-logs-server-is = The web server is { $server }.
be-logs-server-unknown = The web server was not recognised; these are the usual logs.
# $sources is one or more be-logs-look-in / be-logs-look-in-next joined with ". ".
be-logs-read-advice = Read the last lines of each log: { $sources }.
be-logs-read-advice-php-maybe = Read the last lines of each log (PHP-FPM only if the site runs PHP): { $sources }.
# $file is a log file; $lines the log lines to look for, each "quoted text" (its meaning), joined with "; ".
be-logs-look-in = in { $file } look for { $lines }
be-logs-look-in-next = And in { $file } look for { $lines }
# What a telling log line means (shown after the line, in brackets).
be-log-nginx-refused = the app is not running
be-log-nginx-no-socket = PHP-FPM is down
be-log-nginx-timeout = the app is too slow (60 s default)
be-log-nginx-closed = the app crashed or closed the connection
be-log-nginx-queue-full = the app's listen queue is full: overload
be-log-nginx-permission = socket permissions or SELinux
be-log-nginx-big-header = response headers exceed the proxy buffers
be-log-nginx-no-live = every backend is marked down
be-log-apache-connect = Apache could not connect to the backend
be-log-apache-timeout = the backend took too long (ProxyTimeout)
be-log-apache-reading = the backend closed or sent garbage
be-log-apache-disabled = the backend was disabled for a while after errors
be-log-apache-fastcgi = FastCGI (PHP-FPM) failures
be-log-php-max-children = too few workers for the load
be-log-php-sigsegv = a crashing PHP extension
be-log-php-timeout = a script ran past request_terminate_timeout

## src/diagnosis/owner/log_findings.rs

# $errors: why each log could not be read, joined with "; ".
be-logs-unreadable = The logs could not be read: { $errors }.
be-logs-unreadable-advice = Give Gateway Doctor a copy it can read, or run it with sudo.
# $title is the finding, $times when it was logged.
be-logs-explain = The logs explain the error: { $title } ({ $times }).
be-logs-involved = Involved: { $subject }.
be-logs-recent-unrelated = The logs show problems from around the time of this check, but none that explains what the site answered.
be-logs-old-problems = The logs show known problems, but none from around the time of this check (within the hour before it).
be-logs-most-telling = Most telling: { $title }. { $fix }
be-logs-nothing-known = No known 502/504 cause in the logs ({ $lines ->
       [one] { $lines } line
       *[other] { $lines } lines
    } in { $files ->
        [one] { $files } file
       *[other] { $files } files
    }).
be-logs-wrong-logs = If the site fails, these may not be the logs of the server that answered: check the error log named in its configuration (error_log / ErrorLog).
# $findings: "title (times)", joined with "; ".
be-logs-also = Also in the logs: { $findings }.
# $errors of $total answers in the access logs were 5xx; $statuses is "3 × 502, 1 × 504";
# $url the URL with most errors, $count its errors.
be-logs-access-errors = Access logs: { $errors } of { $total ->
       [one] { $total } answer
       *[other] { $total } answers
    } were errors ({ $statuses }).
be-logs-access-errors-top = Access logs: { $errors } of { $total ->
       [one] { $total } answer
       *[other] { $total } answers
    } were errors ({ $statuses }), most on { $url } ({ $count }).
# $minute: "2024-01-02 10:00".
be-logs-access-one-minute = All in the minute { $minute }.
be-logs-access-span = Errors from { $first } to { $last }.
be-logs-not-read = Not read: { $errors }.
be-logs-cancelled = Reading was cancelled: only part of the logs was read.

## src/diagnosis/owner/restart_server.rs

be-restart-not-checked = Not checked in this run (comparing static files with the page runs in owner mode only).
be-restart-page-not-fetched = The page itself was not fetched.
# $status: the HTTP status (500).
be-restart-app-error = The page answers { $status } itself (an error inside the application, not a gateway error).
be-restart-app-error-advice = Restarting rarely fixes an application error: read the application's error log (see Server logs).
# $pages and $files: each path with its result, "/robots.txt 200, / no answer (timeout)".
be-restart-all-answered = The page ({ $pages }) and the static files ({ $files }) answered.
be-restart-nothing-needed = Nothing needs a restart right now.
be-restart-sometimes = The page failed only some of the time ({ $pages }): the application server answers, but not always.
be-restart-sometimes-advice = It is probably overloaded or restarting: look at its status and recent log lines (and PHP limits below) before restarting it.
# $server: "nginx", "Apache" or be-the-web-server.
be-restart-app-down = Static files answer ({ $files }) but the page fails ({ $pages }): { $server } works; the application server behind it (PHP-FPM or similar) is down or overloaded.
be-restart-app-down-advice = Restart the application server, not the web server, then check its status and its last log lines.
be-restart-nothing-answered = Nothing answered, not even static files ({ $files }): the web server itself is down or unreachable.
be-restart-nothing-answered-advice = Start or restart the web server and check that it listens on the site's port.
be-restart-backend-down = Static files fail too ({ $files }), like the page ({ $pages }): { $server } sends every request to a backend that does not answer, or the whole backend is down.
be-restart-backend-down-advice = Check the web server's upstream configuration (the proxy_pass / fastcgi_pass address or socket) and that the backend runs; static files can be served from disk without it.

## src/diagnosis/owner/php_limits.rs

# $status: the HTTP status (504); $elapsed seconds ("60.1"); $limit names the limit
# ("nginx's proxy_read_timeout (60 s by default)").
be-php-near-default = The { $status } answer came after { $elapsed } s, close to { $limit }.
# $secs: the limit in whole seconds; $places: the settings that can hold it, in words.
be-php-configured = The { $status } answer came after about { $secs } s ({ $elapsed } s): a limit of { $secs } s is probably configured ({ $places }).
be-php-near-default-advice = Raise that limit (and the ones in front of it, each a little longer than the one behind), or make the slow request faster; then reload the service.
be-php-configured-advice = Find where that limit is set (the grep lines below), raise it (each limit a little longer than the one behind it: PHP, then the web server, then any proxy or CDN in front), or make the slow request faster; then reload the service.
# $rounds: be-php-round for each round, joined with ", ".
be-php-grows-with-load = Failures grow with load: { $rounds }.
be-php-round = { $failures } of { $requests } failed with { $concurrency } at once
be-php-grows-with-load-advice = The server runs out of workers: raise pm.max_children (check that memory allows it: about 40-80 MB per PHP worker), add workers or scale out, and cache pages that do not change.
be-php-flat-failures = { $failures } of { $total ->
        [one] { $total } burst request
       *[other] { $total } burst requests
    } failed, at every level of load ({ $rounds }).
be-php-flat-failures-advice = Failures do not follow load, so worker limits are not the obvious cause; the server logs show what fails.
be-php-no-limit = No error came close to a known time limit.
be-php-burst-off = The load burst was turned off.
# $burst: how the load burst was made, capitalised ("A small burst of 20 requests, at most 4 at once").
be-php-burst-all-answered = { $burst }: all answered.
be-php-no-limit-advice = Raising PHP limits is unlikely to help here.

## src/diagnosis/owner/plugins.rs

be-plugins-page-failed = The page did not load, so we could not see whether it is WordPress.
be-plugins-php-not-wordpress = The site runs PHP, but nothing in the page looks like WordPress (no generator tag, wp-json link or /wp-content/ paths).
be-plugins-not-wordpress = Nothing in the page looks like WordPress (no generator tag, wp-json link or /wp-content/ paths).
be-plugins-not-wordpress-advice = If the site does run WordPress or another CMS with plugins, disabling them one by one still applies.
# $version: "WordPress 6.4.2" or "WordPress"; $plugins: be-plugins-none or be-plugins-seen(-more).
be-plugins-runs = The site runs { $version }; { $plugins }.
be-plugins-none = no plugin files in the page
# $names: the plugins' slugs, joined with ", ".
be-plugins-seen = { $count ->
       [one] { $count } plugin
       *[other] { $count } plugins
    } seen: { $names }
be-plugins-seen-more = { $count ->
       [one] { $count } plugin
       *[other] { $count } plugins
    } seen: { $names } and { $more } more
be-plugins-failing-advice = A faulty or updated plugin is a common cause of 502s. Disable all plugins (rename the plugins folder over SFTP, or with WP-CLI); if the site comes back, re-enable them one at a time to find the culprit.
be-plugins-advice = If the errors come back, disable all plugins (rename the plugins folder, or WP-CLI), then re-enable them one at a time to find the culprit.

## src/diagnosis/owner/firewall_proxy.rs

be-fw-not-checked = Not checked in this run (owner mode compares the routes).
be-fw-nothing-to-compare = Nothing to compare: the name gave no address and no proxy applies.
# $routes: each way tried with its result, "IPv4 127.0.0.1:80: 200; IPv6 [::1]:80: refused".
be-fw-nothing-worked = No way of reaching the site worked from here: { $routes }.
be-fw-nothing-worked-advice = The server is down, or a firewall in front of it blocks this computer. Check that the web server listens and that the firewall allows its ports.
be-fw-same-everywhere = Reached the same way every way tried: { $routes }. No firewall or proxy difference.
be-fw-nothing-to-change = Nothing to change here.
# $proxy: the proxy's address; $via and $direct: the results through it and without it.
be-fw-proxy-blocks = Through the configured proxy ({ $proxy }) the site fails ({ $via }); without it, it answers ({ $direct }): the proxy blocks it or is broken.
be-fw-proxy-blocks-advice = The site is fine; fix the proxy, or let this site bypass it (add it to no_proxy / the browser's proxy exceptions).
be-fw-only-proxy = Only the proxy ({ $proxy }) reaches the site; direct connections from here fail ({ $direct }). Normal on networks that force a proxy: the direct rows say little about the site.
# $family and $other: "IPv4" / "IPv6"; $record: the DNS record type, "A" or "AAAA".
be-fw-family-down = { $family } fails, { $other } works ({ $routes }): the { $record } record points at an address that does not accept connections.
be-fw-family-down-advice = Fix the { $record } record (or remove it), or make the server listen on { $family } and open the { $family } firewall: visitors on { $family } get errors or slow fallbacks.
be-fw-families-differ = IPv4 and IPv6 answer differently ({ $v4 }; { $v6 }): they lead to different servers or configurations.
be-fw-families-differ-advice = Make both addresses serve the same site (same server block / virtual host on both, or the same backend).
be-fw-some-addresses = Some addresses fail while others work ({ $bad }; { $good }): one of the servers behind the name is down or firewalled.
be-fw-some-addresses-advice = Fix that server or remove its address from DNS.
# $port and $other_port: port numbers; $scheme: "http" or "https"; $result and $other_result: what each port gave.
be-fw-own-port-closed = Port { $port } ({ $scheme }) does not work ({ $result }) but port { $other_port } does ({ $other_result }): the web server does not listen on it, or a firewall blocks it.
be-fw-own-port-closed-advice = Make the web server listen on port { $port } and open it in the firewall (and in the hosting provider's security group).
be-fw-no-https = Port { $port } (https) is closed ({ $result }) but port { $other_port } works: the site has no HTTPS.
be-fw-no-https-advice = Browsers mark plain http as not secure; add a certificate (e.g. Let's Encrypt) and serve https on port 443.
be-fw-no-http = Port { $port } (http) is closed ({ $result }) but port { $other_port } works: visitors who type the address without https:// may get no answer.
be-fw-no-http-advice = Open port 80 and redirect it to https.
