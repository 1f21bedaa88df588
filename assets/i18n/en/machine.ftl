# The engine of `gateway-doctor server`, run on the server itself (src/server/): how each
# configuration was found, why a file could not be read, what trying each upstream once showed,
# what could not be looked at on the machine (kernel log, services), why the checks did not run
# for a site, and the `--config` errors.
# Commands, config lines, paths, user names and HTTP/FastCGI bytes stay in the code.
# $software is a product name (nginx, Apache, HAProxy, Caddy, Varnish, PHP-FPM); $file and $path
# are file paths; $error is the system's own error text (often English).

## src/server/mod.rs

mc-config-unreadable = --config { $file }: { $error }
mc-config-unknown = --config { $file }: not recognised as nginx, Apache, HAProxy, Caddy, Varnish, PHP-FPM or php.ini configuration
# How a configuration was found: the file was named with --config, and its content showed its kind.
mc-found-given = given; recognised as { $software }
# $addresses: the site's IP addresses, comma-separated.
mc-site-not-local = The site's addresses ({ $addresses }) are not this computer's: run gateway-doctor server on the server that serves it.
mc-site-not-local-none = The site's addresses (none) are not this computer's: run gateway-doctor server on the server that serves it.
mc-site-nothing-listens = Nothing on this computer listens on port { $port }.
mc-site-not-a-web-server = The process listening on port { $port } is not a web server whose configuration Gateway Doctor reads, or it belongs to another user (run with sudo).
mc-site-checked = { $software } (process { $pid }) listens on port { $port }; its configuration { $file } was read.

## src/server/discover.rs

# How a configuration was found (shown next to it).
mc-found-running-process = running process { $pid }
mc-found-standard-path = standard path

## src/server/check.rs
# What trying one upstream showed, in a few words (shown after the upstream's address).
# $seconds: a time limit in seconds; $address: IP:port; $host: a host name.

mc-probe-stopped = the check stopped: { $error }
mc-probe-not-tried = not tried
# $text: the address as written, with its variables ($host, ...).
mc-probe-variables = made of variables ({ $text }): known only per request
mc-probe-not-an-address = not an address: { $text }
mc-probe-no-socket = the socket does not exist
mc-probe-socket-hidden = this user may not look at it: run with sudo
mc-probe-not-a-socket = a file, not a socket
mc-probe-connect-timeout = no connection within { $seconds } s
mc-probe-unresolvable = the name { $host } cannot be looked up here
mc-probe-unresolvable-because = the name { $host } cannot be looked up here ({ $error })
mc-probe-connect-timeout-to = no connection to { $address } within { $seconds } s
mc-probe-tls-accepts = accepts connections (TLS: the request itself is not checked)
mc-probe-refused = connection refused: nothing listens there
mc-probe-permission-denied = permission denied
mc-probe-cannot-connect = cannot connect: { $error }
mc-probe-accepts = accepts connections (the protocol is not checked)
mc-probe-answer-timeout = no answer within { $seconds } s
mc-probe-reset = it reset the connection without an answer
mc-probe-failed = the connection failed: { $error }
mc-probe-closed = accepted the connection, then closed it without an answer
# $detail: what the answer was ("HTTP 200", "FastCGI answered"); $took: seconds it took;
# $limit: the read timeout, in seconds, of the web server's configuration.
mc-probe-too-slow = { $detail } after { $took } s, later than the { $limit } s the server waits
mc-probe-http-incomplete = an incomplete HTTP answer
mc-probe-not-http = not an HTTP answer ({ $count ->
        [one] { $count } byte
       *[other] { $count } bytes
    })
mc-probe-fcgi-answered = FastCGI answered
# $record: the FastCGI record type, a number.
mc-probe-fcgi-answered-type = FastCGI answered (record type { $record })
mc-probe-fcgi-got-http = it speaks HTTP, not FastCGI (use proxy_pass, not fastcgi_pass)
mc-probe-not-fcgi = not a FastCGI answer ({ $count ->
        [one] { $count } byte
       *[other] { $count } bytes
    })

## src/server/users.rs
# Why the web server's worker user may not open a unix socket. $mode: octal, such as 0660.

mc-perm-folder = the folder { $path }: owner { $owner }, group { $group }, mode { $mode }
mc-perm-socket = the socket: owner { $owner }, group { $group }, mode { $mode }

## src/server/read.rs
# Why a configuration file could not be read (shown after the file's path).

# $size: in MiB.
mc-read-too-large = the file is larger than { $size } MiB; the rest was not read
mc-read-permission-group = permission denied (readable by root and perhaps group { $group }: run with sudo)
mc-read-permission = permission denied (run with sudo)
mc-read-not-found = not found
mc-read-folder = a folder, not a file
mc-read-caddy-json = Caddy's JSON configuration is not read by this version (a Caddyfile is)

## src/server/host.rs

mc-kernel-log-unreadable = --kernel-log { $file }: { $error }
mc-kernel-log-none = The kernel log could not be read (no /var/log/kern.log; journalctl and dmesg gave nothing): OOM kills were not looked for. Run with sudo, or pass --kernel-log FILE.
mc-services-no-systemd = systemd is not running here: whether the services run was not read.
# Why a disk's fullness matters: what the web stack writes there.
mc-disk-error-log = { $software }'s error log
mc-disk-nginx-temp = nginx's temp files
mc-disk-php-sessions = PHP sessions
mc-disk-varnish-work = Varnish's working folder
mc-disk-tmp = temporary files
