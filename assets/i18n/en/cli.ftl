# The command line's own words (gateway-doctor check, logs, watch, history, server, har): usage
# and input errors, notes on stderr, what each subcommand prints around its report, the live
# lines of `check`. Flags (--timeout), commands, file paths, probe names (dns, tcp, http …),
# verdict ids (failing, healthy) and the JSON stay as they are. The program prints
# "gateway-doctor: " before each error and note on stderr.

## src/cli/mod.rs

cli-value-not-utf8 = the value is not valid UTF-8
# Names a value that has no flag of its own, in "a value: why".
cli-flag-a-value = a value
# $error says what is wrong with the address.
cli-expected-host-port = expected HOST:PORT ({ $error })
cli-output-no-folder = --output: the folder { $folder } does not exist
cli-output-is-folder = --output: { $path } is a folder; expected a file name
cli-timeout-range = --timeout: expected seconds between 0 and 600, got { $value }
cli-retries-range = --retries: expected at most 20, got { $value }
cli-owner-only-flags = --origin, --expect-ip, --public-resolver, --authoritative, --no-burst, --no-server-checks and --logs are owner checks: add --mode owner
cli-no-runtime = cannot start the async runtime
cli-no-runtime-why = cannot start the async runtime: { $error }
cli-looking-for-site-status = Looking for the site's own status page at { $url } ...
cli-no-status-page = No status page found: no known provider answered and the site publishes none.
# A line about the site's stored history ($line is one of the history's sentences).
cli-history-line = History: { $line }
cli-cannot-write-report = cannot write the report to { $path }
cli-report-written = Report written to { $path }
cli-proxy-unsupported = note: the proxy { $proxy } is not a plain HTTP proxy and is not supported; checking without it
cli-no-app = This build has no desktop app; use `gateway-doctor check <address>`.

## src/cli/probe_lines.rs
# The live lines of `check`: each starts with the probe's name (dns, tcp, http …), kept as it is.

# $status and $reason: the HTTP status line (502 Bad Gateway); $protocol: HTTP/2, HTTP/1.1 …
cli-probe-http-over = { $status } { $reason } ({ $ms } ms) over { $protocol }
# $clean and $cached are result ids (ok, 502, timeout …).
cli-probe-cache = fresh: { $clean }, with cache/cookies: { $cached }
# $ok and $total are numbers.
cli-probe-network = { $ok } of { $total } reference endpoints reachable
# $reason says why the probe did not run.
cli-probe-skipped = skipped: { $reason }

## src/cli/logs.rs
# $count, $lines, $skipped, $total, $failed and $minutes are numbers (for plural forms).

# The progress bar while reading logs. $msg, $bar, $bytes, $total, $rate and $eta are filled in by
# the progress bar itself: keep each of them once.
cli-logs-progress = { $msg } [{ $bar }] { $bytes }/{ $total } at { $rate }, { $eta } left
cli-logs-reading =
    { $count ->
        [one] Reading { $count } log file
       *[other] Reading { $count } log files
    }
cli-logs-severity-error = ERROR
cli-logs-severity-warning = WARNING
cli-logs-severity-info = INFO
# When a finding was seen: $first and $last are times as the log wrote them.
cli-logs-seen-at = at { $first }
cli-logs-seen-span = from { $first } to { $last }
cli-logs-seen-unknown = time unknown
cli-logs-not-read = { $path }: NOT READ: { $error }
# $format names the kind of log (nginx error log …).
cli-logs-file = { $path }: { $format }, { $lines ->
        [one] { $lines } line
       *[other] { $lines } lines
    }
cli-logs-file-skipped = { $path }: { $format }, { $lines ->
        [one] { $lines } line
       *[other] { $lines } lines
    } ({ $skipped } binary/garbled/too long lines skipped)
cli-logs-cancelled = Cancelled: the results below cover only what was read.
cli-logs-no-finding = No known 502/504 cause found in these logs.
# $severity is one of the severity words above; $cause is an id (upstream_timeout); $seen one of
# the "when" phrases above.
cli-logs-finding =
    { $count ->
        [one] {"["}{ $severity }] { $title } ({ $cause }) — { $count } time, { $seen }
       *[other] {"["}{ $severity }] { $title } ({ $cause }) — { $count } times, { $seen }
    }
# $subjects: the upstreams, pools or files involved.
cli-logs-involved = Involved: { $subjects }
cli-logs-fix = Fix: { $fix }
cli-logs-access = Access logs: { $total } requests, { $failed } answered 5xx
cli-logs-top-pages = Pages that failed most:
cli-logs-5xx-span = 5xx from { $first } to { $last } in { $minutes } minute(s)
cli-logs-5xx-span-peak = 5xx from { $first } to { $last } in { $minutes } minute(s); worst minute { $peak } ({ $peak_count })
# The Markdown report (** ** is bold, ` ` is code).
cli-logs-md-title = Log analysis
cli-logs-md-not-read = `{ $path }`: **not read**: { $error }
cli-logs-md-file = `{ $path }`: { $format }, { $lines } lines, { $skipped } skipped
cli-logs-md-cancelled = Cancelled: partial results.
cli-logs-md-findings = Findings
cli-logs-md-no-finding = No known 502/504 cause found.
cli-logs-md-count = { $count } time(s), { $seen }. { $explanation }
cli-logs-md-involved = Involved: `{ $subjects }`
cli-logs-md-fix = **Fix:** { $fix }
cli-logs-md-access-title = Access logs
cli-logs-md-access = { $total } requests, { $failed } answered 5xx.
cli-logs-md-col-status = Status
cli-logs-md-col-count = Count
cli-logs-md-col-page = Page
cli-logs-md-5xx-span = 5xx from { $first } to { $last }.

## src/cli/watch.rs

cli-watch-interval-range = --interval: expected seconds between 1 and 3600, got { $value }
cli-watch-max-checks = --max-checks: expected at least 1
cli-watch-start = Watching { $url } every { $seconds } s
cli-watch-start-until = Watching { $url } every { $seconds } s, until it works
# The desktop notification's title and text when the site works again; $how is "HTTP 200" or
# cli-watch-it-answered.
cli-watch-back-title = { $host } is back
cli-watch-back-body = { $url } works again ({ $how }).
cli-watch-it-answered = it answered
cli-watch-back-up = Back up: { $body }
cli-watch-notified = Desktop notification sent.
cli-watch-not-notified = Desktop notification not shown: { $why }.
cli-watch-stopped =
    { $checks ->
        [one] Stopped after { $checks } check, { $failed } of them failed.
       *[other] Stopped after { $checks } checks, { $failed } of them failed.
    }
cli-watch-notifier-failed = the notifier failed: { $error }
cli-watch-desktop-silent = the desktop did not answer within { $seconds } s
# In a check's line when no HTTP answer came.
cli-watch-no-answer = no answer
cli-watch-next = (next check in { $seconds } s)

## src/cli/history.rs

cli-history-not-stored = note: this check is not stored in the history: { $error }
cli-history-limit = --limit: expected at least 1
cli-history-cannot-open = cannot open the check history
cli-history-cannot-write-csv = cannot write the CSV to { $path }
# $count is a number.
cli-history-csv-written = { $count } checks written to { $path }
cli-history-empty = No checks stored yet in { $path }.
cli-history-site-empty = No checks of { $site } stored in { $path }.

## src/cli/server.rs

cli-server-kernel-log = --kernel-log { $path }: { $error } (expected a readable kernel log, e.g. /var/log/kern.log)
cli-server-timeout-range = expected seconds between 0 and 600

## src/cli/status.rs
# "site" is a value to type (--status-url site=URL): keep it as it is.

cli-status-url-form = expected PROVIDER=URL (e.g. cloudflare=https://...), got { $value }
cli-status-unknown-provider = unknown provider { $provider }: expected one of { $known }, or site (the site's own status page)
cli-status-not-url = { $url } is not a URL: { $error }
cli-status-not-http = { $url }: expected an http:// or https:// address
# $names: the providers' names with their status pages, joined by cli-status-and.
cli-status-asking = Asking the status page of { $names } (only the provider's status site is contacted) ...
# Joins two names in a list ("Cloudflare and Fastly").
cli-status-and = and

## src/cli/world.rs

# $count is a number (about 10).
cli-world-asking =
    { $count ->
        [one] Asking Globalping ({ $url }), a third-party service, to load this site from about { $count } place around the world (it receives the host name and path) ...
       *[other] Asking Globalping ({ $url }), a third-party service, to load this site from about { $count } places around the world (it receives the host name and path) ...
    }

## src/cli/har.rs

cli-har-cannot-read = cannot read { $path }: { $error }
cli-har-sanitize-self = --sanitize: { $path } is the recording itself; give another file name (the original is never overwritten)
cli-har-cannot-write-sanitized = cannot write the sanitized recording to { $path }
