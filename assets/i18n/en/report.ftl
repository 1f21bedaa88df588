# The shared vocabulary of the app and every report: states, step titles, the request path, and
# the frame of the text report the command line prints.

## A checklist step's state
state-ok = ok
state-failed = failed
state-warning = warning
state-note = note
state-skipped = skipped
state-checking = checking

## The verdict's state
verdict-state-checking = Checking
verdict-state-working = Working
verdict-state-failing = Failing
verdict-state-on-and-off = On and off
verdict-state-not-reachable = Not reachable

## A layer of the request path
layer-working = working
layer-failing = failing
layer-not-present = not present
layer-unknown = unknown
layer-checking = checking

## How sure the verdict is
confidence-high = sure
confidence-medium = fairly sure
confidence-low = not sure

## The steps
step-refresh = Refresh
step-clear-cache = Clear cache
step-other-browser = Another browser
step-connection = Your connection
step-wait = Wait
step-restart-server = Restart server
step-server-logs = Server logs
step-plugins = Plugins
step-dns = DNS
step-firewall-proxy = Firewall / proxy
step-php-limits = PHP limits
step-cdn = CDN

## The request path
node-this-computer = This computer
node-dns = Internet / DNS
node-edge = CDN / edge
node-web-server = Web server
node-application = Application

## The two modes
mode-visitor = visitor
mode-owner = owner

## The text report (the command line)
text-title = Gateway Doctor { $version } - { $url } ({ $mode } mode) - { $time }
text-verdict = Verdict: { $status } ({ $culprit }, cause: { $cause }, confidence: { $confidence })
text-http = HTTP { $status } { $reason } from { $who }
text-http-in = HTTP { $status } { $reason } from { $who } in { $ms } ms
text-request-ids = Request ids: { $ids }
text-protocol = Protocol: { $protocol }
text-history = History: { $line }
text-known-incidents = Known incidents:
text-down-for-everyone = Down for everyone? { $summary }
cli-checking = Checking { $url } ({ $mode } mode, timeout { $seconds } s)
cli-updated = { $line } (updated)

# How a try ended, in a few words, where the code shows its id ("connect_refused") to a person:
# tables, the path checks, the routes. English keeps the id's own words, as the JSON does.
result-response = response
result-dns-failed = dns failed
result-connect-refused = connect refused
result-connect-timeout = connect timeout
result-connect-failed = connect failed
result-tls-failed = tls failed
result-timeout = timeout
result-connection-closed = connection closed
result-protocol-error = protocol error
result-http2-error = http2 error
result-proxy-failed = proxy failed
result-redirect-loop = redirect loop
result-too-many-redirects = too many redirects
result-connected = connected
result-refused = refused
result-unreachable = unreachable
result-error = error
result-not-tried = not tried
result-no-answer = no answer
result-closed = closed
result-bad-response = bad response
result-error-status = error status
result-missing-socket = missing socket
result-not-a-socket = not a socket
result-permission-denied = permission denied
result-unresolvable = unresolvable
