# What "Is it down for everyone?" (Globalping's places) adds to the verdict, and the lines the
# stored history of a site gives (since when it fails, how many checks failed).

## Down for everyone?
world-places-all = all { $reported } places around the world
world-places-some = { $n } of { $reported } places around the world
world-works-here-fails-elsewhere = It works from here, but { $places } failed (Globalping): the site may be down in other regions.
world-down-everywhere = Globalping: { $places } failed too, so the site is down for everyone.
world-fine-site-fine = Globalping: { $places } loaded the site, so the site itself is fine.
world-fine-dns = Globalping: { $places } loaded the site, so its name works there: the DNS server this computer asks is out of date or filtering (try another one, e.g. 1.1.1.1, or wait for a recent change to spread).
world-fine-cdn = Globalping: { $places } loaded the site: the CDN servers that answer you (your region) fail, not the whole site.
world-fine-server = Globalping: { $places } loaded the site: the failure may be limited to requests from your address (blocked or rate-limited) or to the one server that answers you.
world-fine-between = Globalping: { $places } loaded the site: something between you and the site blocks or loses the connection.
world-mixed = Globalping: { $places } failed too and { $working } loaded it: the failure is regional or comes and goes.
world-summary-no-answer = No Globalping location reported in time, so this says nothing about other places.
world-summary-down = Down for everyone: all { $n } locations around the world failed too, so the problem is the site itself, not your connection.
world-summary-just-you = Just you: all { $n } locations around the world loaded the site, so what fails lies between you and it: your network, your ISP, your DNS, or the site's servers that answer your region.
world-summary-works = Works everywhere: all { $n } locations around the world loaded the site.
world-summary-partly = Partly down: { $working } of { $n } locations loaded the site and { $failing } failed, so the problem is regional (a CDN region, a load balancer node) or comes and goes.

## The site's stored history
history-failing-since = failing since { $time } ({ $span })
history-working-again = working again since { $time }
history-working = working in every stored check
history-no-checks = no checks stored
history-first-failure = { $checks ->
    [one] first failure seen at { $time }, { $failures } of { $checks } check failed
   *[other] first failure seen at { $time }, { $failures } of { $checks } checks failed
}
history-no-failures = { $checks ->
    [one] no failures in the last { $checks } check
   *[other] no failures in the last { $checks } checks
}
span-under-a-minute = under a minute
span-minutes = { $n } min
span-hours = { $h } h
span-hours-minutes = { $h } h { $m } min
span-days = { $n } days
