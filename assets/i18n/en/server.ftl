# The server mode's findings (the configuration files of nginx, Apache, HAProxy, Caddy, Varnish and
# PHP-FPM, the machine under them): "this file, this line, this is broken, the fix"; the lines of a
# configuration file that could not be read; the browser recording's (HAR) bad-file errors; the
# settings file's notices and errors.
# Directive names, config lines (in `backticks`), commands, unit names and file paths are never
# translated. $who is "nginx (sites-enabled/shop line 12)" (srv-who); $site is a host name or
# srv-site-on / srv-its-site; $target is where an upstream is (127.0.0.1:9000,
# unix:/run/php/php8.2-fpm.sock); $detail is what trying it found ("connection refused"),
# in the same language (machine.ftl); $seconds and the like are numbers already written ("60", "0.5").

## src/serverconf/judge.rs
# The site an upstream serves, inside a sentence, when it has no plain name: "the site on :8080".
srv-site-on = the site on { $listen }
srv-its-site = its site
# Who passes requests on: the software, the short file name and the line.
srv-who = { $software } ({ $file } line { $line })
# $fix is the config line to write.
srv-socket-mismatch-fix = Write `{ $fix }` there, then reload { $software }.
srv-down-nothing-listens = { $who } passes { $site } to { $target }, where nothing listens.
srv-down-no-socket = { $who } passes { $site } to { $target }, where the socket does not exist.
srv-down-fix-pool = Start PHP-FPM: its pool "{ $pool }" ({ $file } line { $line }) should listen there.
srv-down-fix-app = Start the application that should listen on { $target } (or point { $file } line { $line } at where it does listen).
srv-not-a-socket-title = { $who } passes { $site } to { $target }, which is a file, not a socket.
srv-not-a-socket-fix = Point it at the socket the application listens on, or remove the stale file and restart the application.
srv-permission-title = { $who } passes { $site } to { $target }, but its workers (user { $user }) may not open that socket: { $detail }.
srv-permission-fix-pool = In the pool "{ $pool }", write `listen.owner = { $user }`, `listen.group = { $user }` and `listen.mode = 0660`, then restart PHP-FPM.
srv-permission-fix-app = Let the application create its socket so that user { $user } may write to it (owner or group { $user }, mode 0660).
srv-unresolvable-title = { $who } passes { $site } to { $target }, a name this computer cannot look up.
srv-unresolvable-fix = If it is a container's name, run this check inside that container's network (docker compose exec ...); else use an address or fix the name.
# $setting is the directive that sets the limit (proxy_read_timeout).
srv-slow-title-limit = { $who } passes { $site } to { $target }, which is too slow: { $detail }; { $software } gives up after { $seconds } s ({ $setting }).
srv-slow-title-no-limit = { $who } passes { $site } to { $target }, which is too slow: { $detail }; { $software } waits without a limit.
srv-slow-fix = Find what makes the application slow (its own logs, the database), or raise the time limit to more than it needs.
srv-error-title = { $who } passes { $site } to { $target }, which answers wrongly: { $detail }.
srv-error-fix = Read the application's own log for the error; check it speaks the protocol the directive says (HTTP for proxy_pass, FastCGI for fastcgi_pass).
# $what is one of the srv-read-* messages below.
srv-unreadable-line-title = Could not read line { $line } of { $file }: { $what }.
srv-unreadable-line-fix = The rest of the file was read; check this line with the server's own config test.
# $why is what the system said ("permission denied", "not found").
srv-unreadable-file-title = Could not read { $file }: { $why }.
srv-unreadable-file-fix-permission = Run the check with sudo, or as a user of the group that owns the file.
srv-unreadable-file-fix-path = Check the path; what it holds was not checked.
# The header buffer that applies, as a noun phrase for srv-header-*: "proxy_buffer_size 4k at
# sites-enabled/shop line 12", "proxy_buffer_size's default 4k".
srv-buffer-at = { $directive } { $size } at { $file } line { $line }
srv-buffer-default = { $directive }'s default { $size }
# $bytes is a number; "upstream sent too big header" is nginx's own log message.
srv-header-too-big-title = { $who } passes { $site } to { $target }, whose answer has { $bytes } bytes of headers: more than { $limit }, so nginx answers 502 ("upstream sent too big header").
srv-header-near-title = { $who } passes { $site } to { $target }, whose answer has { $bytes } bytes of headers: close to { $limit }; one more cookie and nginx answers 502.
srv-header-fix = Write `{ $lines }` in that server or location block, then reload nginx.
# $edge_limit is the CDN's limit in words ("Cloudflare's 100 s limit for an origin answer"); $edge its name.
srv-edge-chain-title = { $who } waits up to { $seconds } s ({ $setting }) for { $target }, but { $edge_limit } ({ $edge_seconds } s) stops first: a page slower than { $edge_seconds } s ends in { $edge }'s timeout error whatever this setting says.
srv-edge-chain-fix = Make the slow requests finish within { $edge_seconds } s (or move the work to a background job); raising { $setting } does not help while { $edge } is in front.
# One proxy in front of another: $outer gives up first, $inner (behind it) still waits.
srv-proxy-chain-title = { $who } gives up on { $target } after { $seconds } s ({ $setting }), but { $inner } behind it waits up to { $inner_seconds } s ({ $inner_setting }) for its own upstream: slow pages end in { $outer }'s 504 while { $inner } is still waiting.
srv-proxy-chain-fix = Write `{ $line }` (a little longer than { $inner_seconds } s), or shorten { $inner }'s { $inner_setting } below { $seconds } s, then reload.
# PHP's limit is longer than the web server's: -ini when php.ini's max_execution_time sets it, -pool
# when the pool's own setting does.
srv-php-timeout-title-ini = PHP may run { $php_seconds } s (max_execution_time, { $php_file } line { $php_line }) but { $software } gives up at { $seconds } s ({ $setting }) -> 504 for slow pages.
srv-php-timeout-title-pool = PHP may run { $php_seconds } s (its time limit, { $php_file } line { $php_line }) but { $software } gives up at { $seconds } s ({ $setting }) -> 504 for slow pages.
srv-php-timeout-fix = Write `{ $line }` (or lower PHP's limit below { $seconds } s), then reload.
srv-verdict-no-config = No web server configuration was found on this computer.
srv-verdict-no-upstreams = The configuration passes no requests to an application: there is no link to check.
srv-verdict-nothing-checked = No upstream could be checked.
# $checked and $count are numbers.
srv-verdict-healthy = Every upstream the configuration names answered ({ $checked } checked).
srv-verdict-warnings = { $count } warning(s) below.

## src/serverconf/links.rs
srv-socket-mismatch-title = { $software } ({ $file } line { $line }) passes PHP requests to { $path }, but no PHP-FPM pool listens there: the pool "{ $pool }" listens on { $pool_path } ({ $pool_file } line { $pool_line }).

## src/serverconf/syntax.rs
# $message is the program's own error message, in English; $command the test as run (nginx -t).
srv-config-test-title = { $software }'s own configuration test fails ({ $command }): { $message }. The running server may still use its old configuration, but the next reload or restart will fail and the site will be down.
srv-config-test-no-message = it exited with an error
srv-config-test-fix = Correct that line, run the test again until it passes, then reload.

## src/serverconf/host.rs
# The kernel's OOM killer: $count kills of $name in the last $hours hours; $when is
# srv-oom-when-*, $limit is srv-oom-limit-*.
srv-oom-title = { $count ->
    [one] The kernel killed { $name } for lack of memory once in the last { $hours } h ({ $when }): it ran out of { $limit }, and requests it was serving ended in 502.
   *[other] The kernel killed { $name } for lack of memory { $count } times in the last { $hours } h ({ $when }): it ran out of { $limit }, and requests it was serving ended in 502.
}
# $at is an RFC 3339 time.
srv-oom-when-at = last at { $at }
srv-oom-when-boot = since the last boot
srv-oom-limit-cgroup = its memory limit (a container's or the service's MemoryMax)
srv-oom-limit-machine = the machine's memory
srv-oom-fix = Give { $name } fewer workers (PHP-FPM: lower pm.max_children) or the machine more memory or swap; find what grew with the lines around this one.
# $why says why the path matters ("nginx's error log"); $free is srv-size-*.
srv-disk-full-title = The disk holding { $path } ({ $why }) is { $pct }% full, { $free } free: the web server cannot buffer answers or write temp files and PHP cannot save sessions, which ends in 500/502.
srv-disk-almost-full-title = The disk holding { $path } ({ $why }) is { $pct }% full, { $free } free: when it fills, the web server and PHP fail to write and answer 500/502.
srv-disk-fix = Free space: old logs and rotated .gz files, caches, core dumps; make logrotate compress and keep fewer.
srv-inodes-title = The file system holding { $path } ({ $why }) has used { $pct }% of its inodes ({ $left } left): no new file can be created even with space free.
srv-inodes-fix = Delete the many small files that fill it (old PHP sessions, cache entries, mail queue).
# Sizes: $n is already written ("3.2", "512").
srv-size-gb = { $n } GB
srv-size-mb = { $n } MB
# A systemd service ($unit: php8.2-fpm.service); $result is systemd's own word (exit-code, signal).
srv-service-failed-title = The service { $unit } has failed: nothing it served answers.
srv-service-failed-oom-title = The service { $unit } has failed (killed for lack of memory): nothing it served answers.
srv-service-failed-result-title = The service { $unit } has failed (result: { $result }): nothing it served answers.
srv-service-failed-fix = Read why in its journal, fix that, then `systemctl restart { $unit }`.
# $restarts is a number.
srv-service-loop-title = The service { $unit } keeps restarting ({ $restarts } restarts so far): it dies soon after starting, and each time requests end in 502.
srv-service-loop-fix = Read its journal for the error before each exit (a bad configuration line, a missing file, memory).
srv-service-stopped-title = The service { $unit } is stopped.
srv-service-stopped-fix = Start it: `systemctl start { $unit }` (and `systemctl enable { $unit }` so it starts at boot).
srv-service-restarted-title = The service { $unit } runs now, but systemd restarted it { $restarts } times since it was started: while it was down, requests ended in 502.
srv-service-restarted-fix = Read its journal for why it exited.

## src/serverconf/mod.rs
# A line of a configuration file that could not be read; $what is one of the srv-read-* below.
srv-read-problem = { $file }: could not read line { $line }: { $what }

## What was wrong in a line that could not be read (src/serverconf/nginx.rs, apache.rs, caddy.rs,
## haproxy.rs, varnish.rs, php_fpm.rs), in a few words, lower case: they follow a colon.
srv-read-binary = binary data
srv-read-binary-text = binary data, not configuration text
srv-read-quote-not-closed = a quote is not closed
srv-read-close-without-block = '{"}"}' without a block to close
srv-read-block-not-closed = this block is not closed
# $max is a number.
srv-read-blocks-too-deep = blocks nested deeper than { $max } levels; this one is skipped
# Apache sections: $closing and $open are section names (VirtualHost), $line a line number.
srv-read-apache-wrong-close = </{ $closing }> closes <{ $open }> of line { $line }
srv-read-apache-nothing-to-close = </{ $closing }> without a section to close
srv-read-apache-no-gt = a section line without its '>'
srv-read-apache-too-deep = sections nested deeper than { $max } levels; this one is skipped
srv-read-apache-not-closed = <{ $section }> is not closed
# HAProxy: $word is the line's first word.
srv-read-haproxy-before-section = '{ $word }' before any section
# The address of an HAProxy server without a port: "10.0.0.5 (the port the client connected to)".
srv-haproxy-client-port = { $address } (the port the client connected to)
# nginx: $name is a directive's name.
srv-read-nginx-quote = a quote that is never closed
srv-read-nginx-too-deep = blocks nested deeper than { $max }: this block is not read
srv-read-nginx-stray-semicolon = a ';' with no directive before it
srv-read-nginx-stray-open = a '{"{"}' with no directive before it
srv-read-nginx-no-semicolon = "{ $name }" has no ';' after it
srv-read-nginx-stray-close = a '{"}"}' that closes nothing
srv-read-nginx-not-closed = the '{"{"}' of "{ $name }" is never closed
# Varnish (VCL): /* */ comments, {" "} long strings, "strings".
srv-read-varnish-comment = a /* comment is not closed
srv-read-varnish-long-string = a {"{"}" string is not closed
srv-read-varnish-string = a string is not closed
srv-read-varnish-backend-not-closed = this backend is not closed
# $count is a number.
srv-read-varnish-blocks-open = { $count } block(s) not closed at the end
# A VCL backend with no address: $name is its name; .host and .path are VCL fields.
srv-varnish-backend-no-host = backend { $name } without .host or .path
# PHP-FPM and php.ini (INI files).
srv-read-php-section = a section name without its closing ']'
srv-read-php-expected = expected key = value
srv-read-php-no-key = a value without a key

## src/har/mod.rs
# Why a file could not be read as a browser recording (HAR); lower case, they follow the file's
# name and a colon. $reason is the JSON reader's own message, in English.
srv-har-not-json = the file is not JSON (at line { $line }, column { $column }: { $reason })
srv-har-truncated = the file ends too early (cut off at line { $line }): save the recording again
# $expected is srv-har-expected-*.
srv-har-not-har = the file is JSON but not a HAR recording: expected { $expected }
srv-har-expected-log = a "log" object at the top
srv-har-expected-entries = "log.entries", a list of requests

## src/store/mod.rs
# The settings file could not be read: $file is its path, $problem one of srv-store-problem-*,
# $backup where it was moved to, $error what the system said.
srv-store-notice-kept = Your settings file { $file } could not be read ({ $problem }); it was kept as { $backup } and Gateway Doctor started with default settings.
srv-store-notice-not-moved = Your settings file { $file } could not be read ({ $problem }) and could not be moved aside ({ $error }); Gateway Doctor started with default settings and will replace the file when settings are saved.
srv-store-problem-folder = it is a folder, not a file
srv-store-problem-open = it could not be opened: { $error }
# $byte is a number.
srv-store-problem-not-utf8 = it is not text: invalid UTF-8 at byte { $byte }
srv-store-problem-json = invalid JSON: { $error }
srv-store-problem-not-object = expected a JSON object with the settings
srv-store-problem-value = unexpected value: { $error }
srv-store-too-many-backups = too many backups with the same name
# Settings could not be saved: $path is a folder or file, $error what the system said.
srv-store-error-create-dir = cannot create the settings folder { $path }: { $error }
srv-store-error-write = cannot write the settings file { $path }: { $error }
srv-store-error-encode = cannot encode the settings for { $path }: { $error }
