# The Details pane: the technical details one click away from the answer (timings, who answered,
# the response and its headers, request ids, the error page, the probe log), and the owner's
# server checks shown there. Header names, status lines and commands stay as they are.

details-title = Details
details-for-owner = For the site's owner
details-server = This computer's web server
details-server-reading = Reading this computer's web server configuration and trying each upstream once…
details-routes = Ways to reach the site
details-timings = Timings
details-still-running = The request is still running.
details-no-request = No request was made (see the log below for why).
details-protocol = Protocol: { $protocol }
details-who = Who answered
details-layers = Layers seen, outermost first: { $layers }
details-response = Response
details-no-response = No response ({ $why })
details-via-proxy = Through the proxy { $proxy }
details-redirect = ↪ { $status } { $from } to { $to }
details-headers = Headers ({ $count })
details-request-ids = Request ids
details-no-request-ids = None sent by the server.
details-copy-id = Copy { $name }
details-error-page = Error page
details-copy-page = Copy page
details-probe-log = Probe log
details-copy-log = Copy log
details-edge-origin = Edge vs origin
details-through-edge = Through the site's address (edge)
details-straight-to-origin = Straight to the origin { $origin }
details-dns-answers = DNS answers for { $name }
details-phase-dns = DNS lookup
details-phase-connect = Connect
details-phase-tls = TLS handshake
details-phase-wait = Waiting for the answer
details-phase-total = Total
details-no-timings = No timings were recorded.
details-server-all-fine = Every upstream of this site answered; nothing in its configuration is wrong.
details-machine-checking = Checking every site's configuration on this computer…
details-machine-button = 🖥 Check every site on this computer
details-machine-hover = Reads the web servers' configuration here and tries each upstream once; changes nothing
details-upstreams = Upstreams (each tried once)
details-at-line = { $config } line { $line }
details-copy-place = Copy place
details-fix = Fix: { $fix }
details-copy-command = Copy command
details-copy-command-n = Copy command { $n }
details-copy-hover = Copy to the clipboard
