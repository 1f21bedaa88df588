# The owner sections of the reports (edge vs origin, DNS answers, ways to reach the site, static vs
# dynamic paths, the gentle load test, the server logs) and the one-line summaries the CLI prints
# as each owner probe finishes; the server mode's report (`gateway-doctor server`) as text,
# Markdown and HTML; the app's server-logs pane; the app's notices when a watched site is back or
# the history was exported.
# Addresses, ports, status codes, record types (NXDOMAIN, CNAME, IPv4), outcome ids ("timeout",
# "connect refused"), unit names, paths and commands are never translated. Numbers named $count,
# $lines, $total, $errors, $files, $checks and $skipped are numbers (for plural forms); other
# numbers are already written ("3.0", "24").

## src/report/owner.rs

pg-ms = { $ms } ms
pg-ok = ok
pg-owner-logs-title = Server logs
pg-owner-logs-col-finding = Finding
pg-owner-logs-col-times = Times
pg-owner-logs-col-last-seen = Last seen
pg-owner-logs-col-involved = Involved
pg-owner-logs-not-read = Not read: { $error }
# $format: the kind of log ("nginx error log").
pg-owner-logs-file = { $path }: { $format }, { $lines ->
       [one] { $lines } line
       *[other] { $lines } lines
    }
pg-owner-logs-none = No known 502/504 cause in these logs.
# $statuses: "7 × 502, 1 × 504"; $urls: the pages failing most, "/login (7), /cart (2)".
pg-owner-logs-access = Access logs: { $total ->
       [one] { $total } request
       *[other] { $total } requests
    }, { $errors ->
       [one] { $errors } server error
       *[other] { $errors } server errors
    }.
pg-owner-logs-access-statuses = Access logs: { $total ->
       [one] { $total } request
       *[other] { $total } requests
    }, { $errors ->
       [one] { $errors } server error
       *[other] { $errors } server errors
    } ({ $statuses }).
pg-owner-logs-access-top = Access logs: { $total ->
       [one] { $total } request
       *[other] { $total } requests
    }, { $errors ->
       [one] { $errors } server error
       *[other] { $errors } server errors
    }; failing most: { $urls }.
pg-owner-logs-access-statuses-top = Access logs: { $total ->
       [one] { $total } request
       *[other] { $total } requests
    }, { $errors ->
       [one] { $errors } server error
       *[other] { $errors } server errors
    } ({ $statuses }); failing most: { $urls }.
pg-owner-logs-cancelled = Reading was cancelled: only part of the logs was read.
pg-owner-origin-title = Edge vs origin
pg-owner-origin-col-asked = Asked
pg-owner-origin-col-answer = Answer
pg-owner-origin-edge = Through the site's address (edge)
# $origin: the origin's address and port, "203.0.113.10:443".
pg-owner-origin-direct = Straight to the origin { $origin }
# $name: the site's host name.
pg-owner-dns-title = DNS answers for { $name }
# $addresses: the addresses given with --expect-ip (an option: not translated).
pg-owner-dns-expected = Expected (--expect-ip): { $addresses }.
pg-owner-dns-no-name-servers = The domain's name servers were not found: { $error }.
pg-owner-routes-title = Ways to reach the site
pg-owner-routes-col-way = Way
pg-owner-routes-col-result = Result
pg-owner-routes-proxy = The system proxy for the site: { $proxy }.
pg-owner-paths-title = Static vs dynamic paths
pg-owner-paths-col-path = Path
pg-owner-paths-col-kind = Kind
pg-owner-paths-col-result = Result
pg-owner-paths-col-time = Time
# $summary: each kind's results, "static 1/1 ok, dynamic 0/1 (502)".
pg-owner-paths-summary = Static vs dynamic: { $summary }.
# $plugins: the plugins' slugs, joined with ", ".
pg-owner-paths-plugins = WordPress plugins seen in the page: { $plugins }.
pg-owner-burst-title = Gentle load test
pg-owner-burst-col-at-once = At once
pg-owner-burst-col-requests = Requests
pg-owner-burst-col-failed = Failed
pg-owner-burst-col-answers = Answers
pg-owner-burst-col-median = Median
pg-owner-burst-col-slowest = Slowest
# $what: how the burst was made ("a small burst of 13 requests, at most 4 at once").
pg-owner-burst-sent = What was sent: { $what }.
# $summary: pg-burst-summary.
pg-owner-burst-result = Result: { $summary }.
pg-owner-burst-overload = Failures grow with the number of requests at once: the server runs out of workers (overload).
# The kind of a path checked, in the table and in "static 2/2 ok".
pg-kind-static = static
pg-kind-dynamic = dynamic
# The one-line summaries (lower case: they also follow a probe's name in the live CLI).
pg-dns-not-queried = not queried (IP literal)
pg-dns-no-answer = no resolver answered
# $answer: the addresses, "CNAME target" or "NXDOMAIN".
pg-dns-one-answered = 1 resolver answered: { $answer }
# $count is 2 or more.
pg-dns-agree = { $count ->
        [one] { $count } resolver agrees: { $answer }
       *[other] { $count } resolvers agree: { $answer }
    }
# $count is 2 or more; $answers: "203.0.113.10 (2), 198.51.100.7 (1)".
pg-dns-disagree = { $count ->
        [one] { $count } resolver disagrees: { $answers }
       *[other] { $count } resolvers disagree: { $answers }
    }
# $summary: pg-dns-agree or pg-dns-disagree; $count resolvers did not answer.
pg-dns-silent = { $summary }, { $count } did not answer
pg-dns-no-records = no A/AAAA records
pg-dns-no-address = no address
pg-routes-none = no way tried
# "port 80 refused".
pg-route-port = port { $port }
# $origin: "203.0.113.10:443"; $result and $edge: the HTTP status ("502") or what happened
# ("connect refused").
pg-origin-answered = { $origin } answered { $result }
pg-origin-answered-edge = { $origin } answered { $result } (edge: { $edge })
pg-origin-edge = { $origin } { $result } (edge: { $edge })
pg-paths-none = no paths checked
pg-burst-off = turned off: no extra requests were sent
pg-burst-none = no requests sent
# $at: how many requests at once, "4" or "1-4"; $failures: the failures of each round, "0, 0, 5".
pg-burst-summary = { $total ->
       [one] { $total } request
       *[other] { $total } requests
    } at { $at } at once: { $failures } failed
# $why: why the burst stopped ("nothing answered").
pg-burst-summary-stopped = { $total ->
       [one] { $total } request
       *[other] { $total } requests
    } at { $at } at once: { $failures } failed (stopped early: { $why })

## src/report/server.rs

pg-server-title = Gateway Doctor: server check
# $at: when the report was made (RFC 3339).
pg-server-generated = Generated { $at }.
# The state of an upstream (the others are ids: refused, timeout…).
pg-server-state-ok = ok
pg-server-state-not-checked = not checked
pg-server-state-too-slow = too slow
# The severity of a finding, in brackets.
pg-server-severity-error = {"["}FAIL]
pg-server-severity-warning = {"["}warn]
pg-server-severity-info = {"["}info]
# Where a finding or an upstream is: the configuration file and the line.
pg-server-place = { $config } line { $line }
# The headings (the text form adds a colon).
pg-server-config-read = Configuration read
pg-server-none-found = (none found)
pg-server-this-machine = This machine
pg-server-findings = Findings
pg-server-upstreams = Upstreams
pg-server-upstreams-tried = Upstreams (each tried once)
# $count: how many error logs were read.
pg-server-error-logs = Error logs ({ $count } read):
pg-server-error-logs-nothing = nothing about failing upstreams
# A configuration that was read: $name is the software and its version ("nginx 1.24.0"), $config
# the main file, $found_by how it was found, $files how many files it has.
pg-server-config = { $name } { $config } ({ $found_by }; { $files ->
        [one] { $files } file
       *[other] { $files } files
    })
pg-server-config-test-passes = { $name } { $config } ({ $found_by }; { $files ->
        [one] { $files } file
       *[other] { $files } files
    }; its configuration test passes)
pg-server-config-test-fails = { $name } { $config } ({ $found_by }; { $files ->
        [one] { $files } file
       *[other] { $files } files
    }; its configuration test FAILS)
# An upstream tried: the directive, where it points, where it is set, what trying it found
# ($detail, from machine.ftl), and how long it took in milliseconds ($ms).
pg-server-upstream = { $directive } -> { $target } ({ $config } line { $line }): { $detail }
pg-server-upstream-ms = { $directive } -> { $target } ({ $config } line { $line }): { $detail }, { $ms } ms
# Under a finding: where it is, and the fix.
pg-server-at = at: { $place }
pg-server-fix = fix: { $fix }
# The table of upstreams.
pg-server-col-state = State
pg-server-col-directive = Directive
pg-server-col-target = Target
pg-server-col-where = Where
pg-server-col-detail = Detail
# This machine: $source is where the kernel log was read (journalctl -k, /var/log/kern.log).
pg-server-kernel-no-oom = kernel log ({ $source }): no OOM kills in the last { $hours } h
pg-server-kernel-oom = kernel log ({ $source }): { $count ->
        [one] { $count } OOM kill
       *[other] { $count } OOM kills
    }
# $path: a mount point; $why: what is on it ("nginx logs"); $used and $inodes: percentages.
pg-server-disk = disk of { $path } ({ $why }): { $used }% used, inodes { $inodes }% used
# A service: its unit, its state and sub-state (systemd's words: active, running), how often it
# restarted.
pg-server-service-restarts = { $unit }: { $active } ({ $sub }), { $count ->
       [one] { $count } restart
       *[other] { $count } restarts
    }

## src/gui/panels/logs.rs

pg-logs-title = Server logs
pg-logs-intro = Gateway Doctor reads nginx, Apache, PHP-FPM and PHP logs (also .gz and rotated files) on this computer and picks out the lines that explain a 502 or 504. Nothing is sent anywhere.
pg-logs-analyse = 📂 Analyse logs…
pg-logs-analyse-hover = Choose log files, e.g. /var/log/nginx/error.log
pg-logs-or-drop = or drop log files on this window
# $percent: how much was read, "42".
pg-logs-reading = { $count ->
        [one] Reading { $count } file… { $percent } %
       *[other] Reading { $count } files… { $percent } %
    }
pg-logs-cancel = Cancel
pg-logs-cancel-hover = Stop reading
pg-logs-will-read = { $count ->
       [one] { $count } log file
       *[other] { $count } log files
    } will be read after the next check.
pg-logs-cancelled = Reading was cancelled: these results cover only what was read.
pg-logs-what-they-say = What the logs say
pg-logs-none = No known 502/504 cause in these logs.
# $subjects: the backends, URLs or files a finding is about, joined with ", ".
pg-logs-involved = Involved: { $subjects }
# $count: how many example lines are under it.
pg-logs-examples = Example lines ({ $count })
# A file read: $format is the kind of log ("nginx error log").
pg-logs-file = { $format }, { $lines ->
       [one] { $lines } line
       *[other] { $lines } lines
    }
pg-logs-file-skipped = { $format }, { $lines ->
       [one] { $lines } line
       *[other] { $lines } lines
    }, { $skipped ->
       [one] { $skipped } unreadable line
       *[other] { $skipped } unreadable lines
    } skipped
pg-logs-access = Access logs
pg-logs-access-no-errors = { $total ->
       [one] { $total } request
       *[other] { $total } requests
    }, none answered with a server error.
# $statuses: "7 × 502, 1 × 504".
pg-logs-access-errors = { $total ->
       [one] { $total } request
       *[other] { $total } requests
    }, { $errors } answered with a server error ({ $statuses }).
pg-logs-per-minute = Server errors per minute
pg-logs-top-pages = Pages that failed most
# The bars' name in the chart of server errors per minute.
pg-logs-chart = 5xx answers
pg-logs-drop-hint = Drop server log files to read them

## src/gui/app/recovery.rs

# $host: the site's host name.
pg-recovery-back = Good news: { $host } is working again.
# The desktop notification's title and text; $at is the time ("14:02:07 UTC"), $checks how many
# checks were made.
pg-recovery-back-title = { $host } is back
pg-recovery-back-body = Gateway Doctor: it answered normally at { $at }, after { $checks ->
       [one] { $checks } check
       *[other] { $checks } checks
    }.
# $site: "https://shop.example.com"; $path: the file written.
pg-recovery-csv-saved = { $count ->
       [one] { $count } check
       *[other] { $count } checks
    } of { $site } saved to { $path }
pg-recovery-csv-failed = Could not save the history to { $path }: { $error }
