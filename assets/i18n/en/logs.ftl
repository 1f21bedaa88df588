# The causes of a 502/504 that a server log line explains: one group per [[cause]] of
# assets/log_patterns.toml, keyed by the cause's id (the id, severity, the patterns matched against
# log lines, the subject rules and the commands stay in the TOML; commands are not translated).
#   logp-<id>-title        short name of the cause
#   logp-<id>-explanation  what the line means, in plain words
#   logp-<id>-fix          what to change
# Directives, settings and file names (fastcgi_pass, pm.max_children, `listen =`, php.ini, ...) are
# written as in the configuration files and stay as they are.

## src/logs/patterns.rs (assets/log_patterns.toml): nginx error.log

logp-php_fpm_socket_missing-title = PHP-FPM socket missing
logp-php_fpm_socket_missing-explanation = nginx tried to reach PHP-FPM through a unix socket that does not exist: PHP-FPM is not running, or nginx points at the wrong socket path (e.g. an old PHP version).
logp-php_fpm_socket_missing-fix = Start PHP-FPM, and make fastcgi_pass in the nginx site point at the socket named by `listen =` in the PHP-FPM pool file.

logp-upstream_refused-title = Backend refused the connection
logp-upstream_refused-explanation = Nothing is listening at the address nginx forwards to: the app or backend is not running, crashed, or listens on another port.
logp-upstream_refused-fix = Start (or restart) the backend and check that it listens on the address in proxy_pass / fastcgi_pass.

logp-upstream_permission_denied-title = nginx may not connect to the backend
logp-upstream_permission_denied-explanation = The operating system refused nginx access to the backend: the unix socket's owner/mode does not allow nginx's user, or SELinux blocks nginx from making network connections.
logp-upstream_permission_denied-fix = Give nginx's user access to the socket (listen.owner / listen.group / listen.mode in the PHP-FPM pool), or on SELinux allow it: setsebool -P httpd_can_network_connect 1.

logp-upstream_overloaded-title = Backend overloaded (connection queue full)
logp-upstream_overloaded-explanation = The backend's listen queue was full, so new connections were turned away: too much traffic for the number of workers.
logp-upstream_overloaded-fix = Raise the backend's worker count (pm.max_children for PHP-FPM) and its listen backlog (listen.backlog, net.core.somaxconn), or reduce slow requests.

logp-upstream_timeout-title = Backend too slow (timed out)
logp-upstream_timeout-explanation = The backend accepted the request but did not answer in time (nginx waits 60 s by default), so the visitor got 504 Gateway Timeout.
logp-upstream_timeout-fix = Find out why the backend is slow (slow queries, external calls); if the requests are legitimately long, raise proxy_read_timeout / fastcgi_read_timeout together with the backend's own limits.

logp-upstream_closed-title = Backend closed the connection (crash?)
logp-upstream_closed-explanation = The backend dropped the connection before sending a complete answer: it crashed, was killed (out of memory, a time limit), or closes idle keep-alive connections too early.
logp-upstream_closed-fix = Look at the backend's own log at the same time for a crash, OOM kill or time limit; make the backend's keep-alive timeout longer than nginx's.

logp-upstream_header_too_big-title = Backend's response headers too big
logp-upstream_header_too_big-explanation = The backend sent response headers (often big cookies or many Set-Cookie lines) larger than nginx's buffers, so nginx gave up with 502.
logp-upstream_header_too_big-fix = Raise the buffers: proxy_buffer_size 16k; proxy_buffers 8 16k; (fastcgi_buffer_size / fastcgi_buffers for PHP), or send smaller headers.

logp-no_live_upstreams-title = All backends marked down
logp-no_live_upstreams-explanation = nginx had marked every server of the upstream group as failed (after max_fails errors), so it did not even try: the real cause is in the earlier errors for those servers.
logp-no_live_upstreams-fix = Fix the backends' earlier errors; check max_fails / fail_timeout in the upstream block.

logp-upstream_tls_failed-title = TLS to the backend failed
logp-upstream_tls_failed-explanation = nginx speaks HTTPS to the backend and the TLS handshake failed: the backend does not speak TLS on that port, needs SNI, or its certificate/protocols do not match.
logp-upstream_tls_failed-fix = Use http:// in proxy_pass if the backend speaks plain HTTP; otherwise set proxy_ssl_server_name on; and proxy_ssl_name / proxy_ssl_protocols to match the backend.

logp-upstream_unresolved-title = Backend name could not be resolved
logp-upstream_unresolved-explanation = nginx looks up the backend's name at run time (a resolver with a variable in proxy_pass) and the DNS lookup failed.
logp-upstream_unresolved-fix = Check the name and the `resolver` directive in nginx (it must point at a DNS server that knows the name, e.g. 127.0.0.11 in Docker).

logp-script_unknown-title = PHP script not found
logp-script_unknown-explanation = PHP-FPM could not find the script nginx asked for: SCRIPT_FILENAME or root points at the wrong place (usually a 404 "File not found.", sometimes part of a 502 story).
logp-script_unknown-fix = Set fastcgi_param SCRIPT_FILENAME $document_root$fastcgi_script_name; and check that root points at the site's files and PHP-FPM may read them.

## src/logs/patterns.rs (assets/log_patterns.toml): Apache error log

logp-backend_disabled-title = Apache disabled the backend for a while
logp-backend_disabled-explanation = After a failed connection Apache marks the backend as down for a retry period and answers 503/502 without trying it.
logp-backend_disabled-fix = Fix the backend's connection error first; a shorter retry= on the ProxyPass line makes Apache try again sooner.

logp-backend_connect_failed-title = Apache could not connect to the backend
logp-backend_connect_failed-explanation = Apache's proxy could not open a connection to the backend: it is not running or listens elsewhere.
logp-backend_connect_failed-fix = Start the backend and check the address in ProxyPass / SetHandler "proxy:...".

logp-backend_read_timeout-title = Backend too slow for Apache (timed out)
logp-backend_read_timeout-explanation = Apache waited for the backend's answer longer than ProxyTimeout (= Timeout, 60 s by default) and gave up.
logp-backend_read_timeout-fix = Find out why the backend is slow; if it must be slow, raise ProxyTimeout (or timeout= on ProxyPass).

logp-backend_read_error-title = Error reading the backend's answer
logp-backend_read_error-explanation = The backend closed or broke the connection while Apache read its response: it crashed or was killed.
logp-backend_read_error-fix = Look at the backend's own log at the same time for a crash, out-of-memory kill or time limit.

logp-fcgi_failed-title = FastCGI (PHP-FPM) failure in Apache
logp-fcgi_failed-explanation = Apache's proxy_fcgi could not talk to PHP-FPM: the socket/port is missing, or PHP-FPM closed the connection without a valid answer.
logp-fcgi_failed-fix = Check that PHP-FPM runs and that SetHandler "proxy:unix:/run/php/...sock|fcgi://localhost" names its socket; look at the PHP-FPM log for crashes.

## src/logs/patterns.rs (assets/log_patterns.toml): PHP-FPM log

logp-fpm_max_children-title = PHP-FPM ran out of workers
logp-fpm_max_children-explanation = Every PHP-FPM worker was busy (pm.max_children reached), so new requests queued and timed out or were refused.
logp-fpm_max_children-fix = Raise pm.max_children in the pool file (if memory allows: about free RAM / memory per worker), and find slow scripts with the slow log.

logp-fpm_execute_timeout-title = PHP-FPM killed a slow script
logp-fpm_execute_timeout-explanation = A PHP script ran longer than request_terminate_timeout and PHP-FPM killed its worker, so the web server got no answer (502).
logp-fpm_execute_timeout-fix = Make the script faster, or raise request_terminate_timeout in the pool file together with the web server's timeout.

logp-fpm_child_segfault-title = PHP-FPM worker crashed (segfault)
logp-fpm_child_segfault-explanation = A PHP-FPM worker died with SIGSEGV, usually because of a buggy PHP extension (opcache, xdebug, an image library); the request it served got a 502.
logp-fpm_child_segfault-fix = Update PHP and its extensions; disable recently added extensions one by one (php -m lists them) until the crashes stop.

## src/logs/patterns.rs (assets/log_patterns.toml): PHP error log

logp-php_max_execution_time-title = PHP script hit max_execution_time
logp-php_max_execution_time-explanation = A PHP script ran longer than max_execution_time (30 s by default) and was stopped with a fatal error.
logp-php_max_execution_time-fix = Make the script faster, or raise max_execution_time in php.ini (or the pool's php_admin_value) for the scripts that need it.

logp-php_memory_limit-title = PHP script ran out of memory
logp-php_memory_limit-explanation = A PHP script needed more memory than memory_limit and was stopped with a fatal error.
logp-php_memory_limit-fix = Find what uses the memory (big queries, images); raise memory_limit in php.ini if the script really needs it.
