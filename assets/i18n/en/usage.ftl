# The command line's help (`gateway-doctor --help`, `gateway-doctor check --help`): the about
# line of each command, each argument's help and the section headings. Flags, values in
# capitals (FILE, SECONDS), paths, addresses and examples stay as they are. Ids:
# cli-about-<command>, cli-arg-<command>-<argument> (the top level is "app"), or cli-arg-<argument>
# when the argument means the same in every command. clap's own error messages stay English.

## Headings
cli-heading-usage = Usage:
cli-heading-options = Options
cli-heading-arguments = Arguments
cli-heading-commands = Commands

## The commands
cli-about = Finds out why a web site answers "502 Bad Gateway" (or does not load), and what to do about it.
cli-about-check = Check a web address now and print the verdict and the checklist
cli-about-logs = Read server logs (nginx, Apache, PHP-FPM, PHP; .gz and rotated files too) and explain the 502/504 causes they show
cli-about-watch = Check a web address again and again (with back-off) until it works, one line per check; a desktop notification when it is back
cli-about-history = Show the stored checks per site ("failing since ..."), or export them as CSV
cli-about-server = On the server itself: read the web stack's configuration, try every upstream it names once, and name the broken link (file, line) and the fix. Changes nothing
cli-about-har = Read a browser's recording (DevTools -> Network -> "Save all as HAR"), diagnose every failed request in it, and optionally write a sanitized copy for a support ticket
cli-about-help = Print this message or the help of the given subcommand(s)

## Arguments of every command
cli-arg-help = Print help
cli-arg-version = Print version
cli-arg-format = Output format
cli-arg-output = Also write the report (in --format) to this file
cli-arg-timeout = Seconds each probe step may take
cli-arg-retries = How many times the refresh step repeats the request
cli-arg-resolver = Ask this DNS server (IP or IP:PORT) instead of the system's resolver
cli-arg-references = An endpoint that proves the internet connection works (repeatable; replaces the defaults 1.1.1.1:443, 8.8.8.8:443, www.wikipedia.org:443)
cli-arg-no_proxy = Ignore the system proxy settings (http_proxy, https_proxy, all_proxy)
cli-arg-browsers = A browser the "another browser" step sends the headers of (repeatable, at most 3; default: the browsers installed here, else Firefox and Safari)
cli-arg-mode = Visitor checks only, or the site owner's server-side checks too
cli-arg-origin = Owner mode: the origin server behind the CDN (IP or IP:PORT), asked directly with the site's Host header and TLS name to compare with the edge
cli-arg-expect_ips = Owner mode: the address DNS should answer (repeatable)
cli-arg-public_resolvers = Owner mode: a public resolver to compare (repeatable; replaces Cloudflare, Google, Quad9)
cli-arg-authoritative = Owner mode: ask this authoritative name server instead of the ones in the NS records (repeatable)
cli-arg-no_burst = Owner mode: skip the gentle load test (a burst of at most 20 requests, 4 at once)
cli-arg-logs = Owner mode: a server log to read once the probes are done (repeatable): nginx/Apache error and access logs, PHP-FPM and PHP logs, .gz and rotated files. What they show fills the server_logs item and can make the verdict certain
cli-arg-no_server_checks = Owner mode: do not run the server checks even when this computer serves the site (by default they run for that site and their broken link joins the verdict)
cli-arg-lang = The language of the output and the app: en, de, es, fr, pt-BR, ru (default: the system's, from LANGUAGE, LC_ALL, LC_MESSAGES, LANG)

## Without a command (the app)
cli-arg-app-url = Without a command: open the app with this address and check it at once

## gateway-doctor check
cli-arg-check-url = The address to check, e.g. shop.example.com or https://example.com:8443/cart
cli-arg-check-format = Output format (html: a self-contained page, inline style, no scripts, best written with --output)
cli-arg-check-no_history = Do not store this check in the history
cli-arg-check-from_world = Also ask the Globalping network (a third-party service: it receives the host name and path) to load the site from about 10 places around the world: down for everyone, or just for you?
cli-arg-check-provider_status = Also ask the status page of the provider that answered (Cloudflare, AWS, Fastly, Google Cloud ...): only the provider's status site is contacted, nothing about the checked site is sent
cli-arg-check-status_urls = Point a provider's status check at another endpoint (repeatable), e.g. cloudflare=https://www.cloudflarestatus.com/api/v2/summary.json
cli-arg-check-globalping_url = The Globalping API to ask with --from-world

## gateway-doctor logs
cli-arg-logs-files = Log files: nginx/Apache error and access logs, PHP-FPM and PHP logs; .gz and rotated sets (error.log error.log.1 error.log.2.gz) are fine
cli-arg-logs-since = Only lines from this time on, in the logs' own clock: YYYY-MM-DD or "YYYY-MM-DD HH:MM[:SS]"

## gateway-doctor watch
cli-arg-watch-url = The address to watch
cli-arg-watch-format = Output format: text (one line per check) or json (one JSON object per line, JSON Lines)
cli-arg-watch-interval = Seconds between checks while the site works, and the first pause after a failure (failures double it, up to 600 s; a Retry-After from the server is always honoured)
cli-arg-watch-until_healthy = Stop as soon as a check finds the site working
cli-arg-watch-max_checks = Stop after this many checks
cli-arg-watch-no_history = Do not store the checks in the history

## gateway-doctor history
cli-arg-history-site = Show this site's checks (a host name or an address); without it, every site's summary
cli-arg-history-csv = Write the checks (of SITE, or of every site) as CSV to this file ("-" for standard output)
cli-arg-history-limit = How many of the newest checks per site to show and summarise

## gateway-doctor server
cli-arg-server-configs = Read only this configuration file (repeatable; nginx, Apache, HAProxy, Caddy, Varnish, PHP-FPM or php.ini, recognised from the content). Without it, the configuration of the running web servers and the standard paths is read
cli-arg-server-timeout = Seconds each upstream may take to answer
cli-arg-server-resolver = Look up upstream names with this DNS server (IP or IP:PORT) instead of the system's
cli-arg-server-no_logs = Do not read the error logs the configuration names
cli-arg-server-kernel_log = Look for OOM kills in this kernel log (default: /var/log/kern.log, journalctl -k, dmesg)

## gateway-doctor har
cli-arg-har-file = The recording (a .har file saved from the browser's developer tools)
cli-arg-har-sanitize = Also write a sanitized copy here (cookies, tokens, keys and unneeded bodies removed)
cli-arg-har-recheck = Check the failing addresses again now (GET only, at most 5, without the recording's cookies or tokens), with the usual probe options
