# The reports saved or copied for a support ticket (Markdown and HTML): headings, labels, the
# lines about the site's answer and its status pages. Ids in backticks (`the_site`,
# `upstream_failed`) stay as they are.

## Title and verdict
export-title = Gateway Doctor report: { $host }
export-checked = Checked { $time } from this computer ({ $mode } mode), Gateway Doctor { $version }.
export-address = Address:
export-verdict = Verdict:
export-layer = Layer: { $layer }, cause: { $cause }. Confidence: { $confidence }.
export-for-owner = For the site owner: { $detail }
export-not-finished = Some checks had not finished; this answer may still change.
export-path-label = Where the request travels

## The checklist
export-what-checked = What was checked
export-col-step = Step
export-col-result = Result
export-col-finding = Finding
export-col-advice = Advice
export-commands-for = Commands for { $step }:

## The site's answer
export-what-answered = What the site answered
export-answer = Answer: { $answer }.
export-answer-line = HTTP { $status } from { $who }
export-protocol = Protocol: { $protocol }.
export-request-ids = Request ids for the site's support team: { $ids }.
export-no-request-ids = none sent by the server
export-timings = Timings: { $timings }.
export-timings-title = Timings
export-error-page = Error page excerpt:
export-error-page-start = Error page excerpt (the start of { $bytes } bytes):
export-error = Error: { $error }
export-http-details = HTTP details and headers ({ $count } headers)
export-via-proxy = via proxy
export-redirect = redirect
export-identified-by = identified by
export-probe-log = Probe log ({ $count } probes)
export-col-probe = Probe
export-col-kind = Kind
export-col-status = Status
export-col-time = Time
export-col-details = Details
timing-dns = DNS
timing-connect = connect
timing-tls = TLS
timing-first-byte = first byte
timing-total = total

## The other sections
export-history = History of this site
export-server-side = This computer's web server
export-incidents = Known incidents
export-recording = Browser recording
export-recording-file = Browser recording: { $file }
export-world = Down for everyone?
export-notes = Notes from the person who ran it
export-redaction = (Credentials, cookies and tokens removed.)
export-generated = Gateway Doctor { $version }, report generated { $time }.

## Status pages, one line each ($state is the page's own word, e.g. major_outage)
status-page-unreadable = { $name }: status page at { $page } (open it to read it)
status-page-error = { $name } ({ $page }): could not be read: { $error }
status-page-no-answer = no answer
status-page-clear = { $name } ({ $page }): no incident reported
status-impact = impact { $impact }
status-started = started { $time }
status-updated = updated { $time }
status-maintenance = { $name }: maintenance in progress, "{ $title }" { $url }
status-maintenance-until = { $name }: maintenance in progress, "{ $title }" until { $until } { $url }
status-component = { $name }: { $component } is { $state }
