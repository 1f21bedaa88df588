# A browser recording (HAR): the app's window and start-screen entry, what the recording shows as
# a whole, and its report. $result is what a request got ("502 from nginx",
# "net::ERR_NAME_NOT_RESOLVED"); $summary is the verdict's first line, already in this language.

## The start screen and the window
har-start-title = What your browser saw
har-start-intro = Support teams often ask for a HAR file (your browser's recording of the page). Open it here, or drop it on this window: every failed request is explained, and a copy without your cookies and tokens can be saved to send.
har-open = 📂 Open a browser recording (HAR)…
har-reading = Reading the recording…
har-window-title = Browser recording: { $file }
har-checked-again = Checked again: { $outcome }
har-confirm = { $count ->
    [one] Check { $count } address again now? Only the address is asked (GET), as a visitor: none of the recording's cookies, tokens or form data is sent.
   *[other] Check { $count } addresses again now? Only the address is asked (GET), as a visitor: none of the recording's cookies, tokens or form data is sent.
}
har-check-now = Check now
har-cancel = Cancel
har-check-these = 🔄 Check these now ({ $count })
har-checking = Checking…
har-save-sanitized = 🛡 Save sanitized HAR…
har-save-report = 💾 Save the recording's report…
har-could-not-read = Could not read { $path }: { $error }
har-never-overwrite = Choose another file name: the original recording is never overwritten.
har-could-not-sanitize = Could not sanitize the recording: { $error }
har-sanitized-saved = Sanitized recording saved to { $path } ({ $removed } removed).
har-could-not-save = Could not save to { $path }: { $error }

## What the recording shows
har-place-page = the page
har-place-own = the site's own call
har-place-third = third party
har-no-answer = no answer
har-verdict-empty = The recording holds no requests: record again with the Network panel open, then reload the page.
har-verdict-none-failed = None of the { $total } requests in the recording failed.
har-verdict-page = The page itself failed ({ $result } for { $host }): { $summary }
har-verdict-calls = The page loaded, but { $count } of its calls to { $hosts } failed ({ $result }): { $summary }
har-verdict-third = The page and the site's own requests worked; only requests to other sites failed ({ $hosts }: { $result }). Those belong to third parties (scripts, fonts, trackers); the page may look incomplete but the site itself answers.
har-when-together = The { $count } failures came together, within { $within } from { $time }: one moment, such as an outage, a restart or a deploy.
har-when-spread = The { $count } failures are spread over { $seconds } s from { $time }.
har-when-spread-minutes = The { $count } failures are spread over { $minutes } minutes from { $time }: it keeps failing, not one moment.
har-within-a-second = a second
har-within-seconds = { $n } s
har-works-now = works now ({ $status })
har-still-fails = still fails ({ $status }): { $summary }

## The recording's report
har-counts = { $requests } requests recorded by { $browser }; { $failed } failed.
har-unknown-browser = an unknown browser
har-text-title = Browser recording { $file } ({ $browser }, { $requests } requests)
har-text-verdict = Verdict: { $verdict }
har-sanitized-written = Sanitized copy written to { $path } ({ $removed } removed).
har-sanitized-copy = Sanitized copy: { $path } ({ $removed } removed).
har-checked-again-title = Checked again now
har-failed-requests = Failed requests
har-request-ids = Request ids (give them to support):
har-col-request = request
har-col-result = result
har-col-where = where
har-col-verdict = verdict
har-text-line = { $result } ({ $place }) -> { $culprit } (cause: { $cause }, confidence: { $confidence })
har-text-request-id = request id { $name }: { $id }

## What the sanitized copy lost
removed-cookies = { $n ->
    [one] { $n } cookie
   *[other] { $n } cookies
}
removed-set-cookies = { $n ->
    [one] { $n } Set-Cookie header
   *[other] { $n } Set-Cookie headers
}
removed-auth-headers = { $n ->
    [one] { $n } Authorization header
   *[other] { $n } Authorization headers
}
removed-token-headers = { $n ->
    [one] { $n } API-key or token header
   *[other] { $n } API-key or token headers
}
removed-query-params = { $n ->
    [one] { $n } token-like query parameter
   *[other] { $n } token-like query parameters
}
removed-form-fields = { $n ->
    [one] { $n } token-like form field
   *[other] { $n } token-like form fields
}
removed-tokens-in-bodies = { $n ->
    [one] { $n } bearer token or JWT in a body
   *[other] { $n } bearer tokens or JWTs in bodies
}
removed-bodies = { $n ->
    [one] { $n } response body not needed
   *[other] { $n } response bodies not needed
}
removed-nothing = nothing secret found
