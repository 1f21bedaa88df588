# The visitor steps' findings and advice (refresh, clear cache, another browser, your connection,
# wait), and the small phrases they are built from. $result is what a request got, already in
# words ("502 from nginx", "connection refused").

## Shared
step-pending = Checking…
step-not-checked = Not checked in this run.
refresh-not-tried = Not tried: the site could not be reached at all, so refreshing cannot change anything.
clear-cache-not-tried = Not tried: the site could not be reached at all, so clearing the cache cannot change anything.
other-browser-not-tried = Not tried: the site could not be reached at all, so another browser cannot change anything.
advice-nothing-to-do = Nothing to do here.
advice-nothing-to-fix = Nothing to fix on your side.
by-chance-pending = Waiting for the refresh tries, to tell a real difference from chance…
by-chance-differed = Results differed ({ $result }), but plain refreshes fail the same way at random, so the difference proves nothing.
clear-cache-by-chance-advice = The site is unreliable right now; clearing the cache is unlikely to fix it.
other-browser-by-chance-advice = The site is unreliable right now; another browser is unlikely to fix it.

## What a request got
result-from = { $status } from { $software }
outcome-answer = an answer
outcome-dns-failed = name not found
outcome-refused = connection refused
outcome-connect-timeout = no answer to the connection
outcome-connect-failed = could not connect
outcome-tls-failed = secure connection failed
outcome-timeout = no answer in time
outcome-closed = connection closed without an answer
outcome-protocol-error = not a web answer
outcome-http2-reset = HTTP/2 stream reset
outcome-proxy-failed = the proxy failed
outcome-redirect-loop = a redirect loop
outcome-too-many-redirects = too many redirects

## Times
wait-moment = a moment
wait-seconds = { $n ->
    [one] { $n } second
   *[other] { $n } seconds
}
wait-minutes = { $n ->
    [one] { $n } minute
   *[other] { $n } minutes
}
wait-hours = { $n ->
    [one] { $n } hour
   *[other] { $n } hours
}
duration-unknown = an unknown time
duration-ms = { $n } ms
duration-s = { $n } s
duration-min = { $n } min

## Refresh
refresh-no-tries = No extra tries were made.
refresh-http2-only = { $n ->
    [one] Tried once over HTTP/2, as browsers do: it failed ({ $result }). Once over HTTP/1.1 it worked ({ $http1 }).
   *[other] Tried { $n } times over HTTP/2, as browsers do: failed every time ({ $result }). Once over HTTP/1.1 it worked ({ $http1 }).
}
refresh-http2-only-advice = Refreshing won't help, and neither will another browser (they all use HTTP/2): the site has to fix its HTTP/2 side. Wait, or tell the site.
refresh-failed = { $n ->
    [one] Tried once, it failed ({ $result }).
   *[other] Tried { $n } times, failed every time ({ $result }).
}
refresh-advice-did-not-help = Refreshing did not help.
refresh-advice-this-computer = Refreshing won't help until the problem on this computer is fixed.
refresh-advice-site-side = Refreshing won't help; the problem is on the site's side.
refresh-some = { $ok } of { $n } tries worked; the others got { $result }.
refresh-some-advice = Refresh a few times; it works some of the time.
refresh-all-worked = { $n ->
    [one] Tried once, it worked.
   *[other] Tried { $n } times, worked every time.
}
refresh-works-now = Refresh the page: it works now.

## Clear cache
clear-cache-fails-with = With this site's cookies and cached data it fails ({ $result }); without them it works.
clear-cache-fails-with-advice = Clear this site's cookies and cache (or open a private window).
clear-cache-fails-without = Without cookies it fails ({ $result }), with them it works.
clear-cache-fails-without-advice = Clearing the cache won't help; keep this site's cookies.
clear-cache-works-both = Works with and without cookies and cache.
clear-cache-healthy-advice = If your browser still shows the error, clear its cache for this site.
clear-cache-wont-help = Clearing the cache won't help.
clear-cache-same-failure = Same failure with and without cookies and cache ({ $result }).

## Another browser
other-browser-basis-installed = Their requests were sent as the browsers installed here send them.
other-browser-basis-standard = No other browser was found here, so Firefox's and Safari's requests were sent.
other-browser-basis-chosen = The browsers asked for were imitated.
other-browser-none = No other browser was imitated.
other-browser-a-browser = a browser
other-browser-split = { $worked } got the page, { $failed } did not ({ $result }): the site filters some browsers (browser-specific filtering).
other-browser-use = Use { $browser } for now.
other-browser-all-worked = { $browsers } all got the page.
other-browser-may-work = Another browser may work for you now.
other-browser-bot-advice = Open the site in your own browser and pass the check there (it needs JavaScript and cookies switched on).
other-browser-wont-help = Another browser won't help.
other-browser-same-failure = { $browsers } all got the same failure ({ $result }).

## Your connection
connection-captive = This network answered 511: it wants a login (a Wi-Fi login page) before it lets traffic out.
connection-captive-advice = Open any web page in your browser, log in to the network, then try again.
connection-proxy-turn-off = Turn the proxy off in your system or browser settings, or ask whoever set it up to fix it.
connection-proxy-fails = The proxy set on this computer ({ $proxy }) fails ({ $via }); without it the site answers ({ $direct }).
connection-proxy-blocks = The proxy set on this computer blocks this site ({ $code }).
connection-proxy-blocks-advice = Ask whoever manages the proxy (often your IT department) to allow the site, or try another network.
connection-proxy-passes-on = Through the proxy set on this computer it fails ({ $via }), and without it too ({ $direct }): the proxy only passes the site's failure on.
connection-proxy-unusable = The proxy set on this computer could not be used.
connection-works = Your internet connection works.
connection-answered-references-down = The site answered, so your connection to it works (the reference sites did not).
connection-down = Could not reach any well-known site ({ $list }).
connection-down-advice = Check your Wi-Fi or cable and restart your router, then try again.
connection-answered = The site answered, so your connection to it works.
connection-no-references = No reference sites were checked.

## Wait
wait-status-incident = The site's status page says: "{ $title }" ({ $page }).
wait-status-clear = The site's status page reports no incident ({ $page }).
wait-status-maintenance = The site's status page reports maintenance: "{ $title }" ({ $page }).
wait-status-exists = The site has a status page: { $page }.
wait-only-from-here = The site works from other places: waiting helps only if your network or internet provider fixes the problem.
wait-only-from-here-advice = Try another network now (your phone's mobile data), or try again later.
wait-the-provider = the provider
wait-provider-incident = This is a known incident at { $name }; it usually ends without anything done on your side (or the site's).
wait-provider-maintenance = This is maintenance at { $name }; it usually ends without anything done on your side (or the site's).
wait-provider-advice = Wait and try again later; follow it on { $page }.
wait-provider-advice-no-page = Wait and try again later.
wait-dns-only-here = Your DNS server may catch up by itself (a recent change can take up to 48 hours to reach every DNS server).
wait-dns-only-here-advice = Switch this computer to another DNS server (1.1.1.1 or 8.8.8.8) now, or try again later.
wait-this-computer = Waiting won't help: the problem is on this computer.
wait-this-computer-advice = Fix the connection problem above, then try again.
wait-healthy = No need to wait: the site works now.
wait-retry-after = The site asks visitors to come back in { $wait }.
wait-retry-after-maintenance = The site is down for maintenance and asks visitors to come back in { $wait }.
wait-retry-after-advice = Wait { $wait }, then try again.
wait-bot = Waiting won't change the bot check.
wait-bot-advice = Open the site in your own browser and pass the check there.
wait-maintenance = The site is down for maintenance and did not say for how long.
wait-try-again-in = Try again in { $wait }.
wait-dns = Name problems can take a while to clear (after a move, up to 48 hours).
wait-needs-fix = Waiting is unlikely to help: the site needs a fix from its owner.
wait-needs-fix-advice = Tell the site's owner; save a report to send them.
wait-intermittent = It fails some of the time.
wait-intermittent-advice = Wait a minute and try again; it works some of the time.
wait-unknown = We could not tell whether waiting helps.
wait-unknown-advice = Try again in a minute.
wait-default = Errors like this often pass within minutes.
wait-default-advice = Wait a minute and try again. If it still fails, tell the site's owner (save a report to send them).

## The owner's restart step when the application answered the error itself
owner-app-answered = The application answered the error itself: it is running, so restarting it or the web server rarely helps.
owner-app-answered-advice = Read the application's log for the failing request and check what it depends on (its database, the APIs and services it calls); restart only a dependency that is down.
