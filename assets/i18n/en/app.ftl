# The desktop app's own words (buttons, labels, hints). The verdict and the steps' findings come
# from verdict.ftl and report.ftl.

## The header
app-icon-alt = Gateway Doctor icon
app-site = Site:
app-site-hint = Web address, e.g. shop.example.com
app-check = ▶ Check
app-check-hover = Check this site (Enter)
app-cancel = ⏹ Cancel
app-cancel-hover = Stop checking (Esc)
app-mode-owner = Site owner
app-mode-owner-hover = Checks for the people who run the site
app-mode-visitor = Visitor
app-mode-visitor-hover = Checks for someone visiting the site
app-language = Language
app-language-hover = The language of the app and its reports
app-language-system = System ({ $name })
app-origin = Origin server (optional):
app-origin-hint = IP or IP:port of your server behind the CDN
app-burst = Gentle load test
app-burst-hover = Sends a small burst to your site: at most 20 requests, at most 4 at once, to see whether failures grow with load.
app-dismiss = Dismiss
app-dismiss-hover = Hide this message

## The verdict banner
banner-so-far = So far: { $confidence }
banner-cancelled = Cancelled: this is what was seen before you stopped.
banner-still-checking = Still checking…
banner-answered = { $who } answered { $status } { $reason }
banner-answered-unknown = The server answered { $status } { $reason }
banner-answered-in = { $answer } in { $ms } ms

## The step list and the pane
steps-title = Steps
steps-your-server = Your server
steps-row-name = { $n }. { $title }
steps-row-accessible = { $n }. { $title }: { $state }
pane-what-to-do = ➡ What to do
pane-details = 🔍 Details (timings, headers, log)
pane-logs = 📄 Server logs
pane-history = 🕘 History
step-not-in-check = This step is not part of this check.
step-n-of = Step { $n } of { $total }
step-next = Next ▶
step-next-hover = Go to the next step
step-back = ◀ Back
step-back-hover = Go to the previous step
step-checking = Checking…
step-retry = ↻ Retry now
step-retry-hover = Check the site again now

## The footer
footer-save = 💾 Save report…
footer-save-hover = Save the report to a file for a support ticket
footer-format-hover = Report format
footer-copy = 📋 Copy report
footer-copy-hover = Copy the report (Markdown) to paste into a message
footer-full-address = Include the full address
footer-full-address-hover = Off: passwords, cookies and tokens in the address are removed from the report. On: the address's query is kept (passwords are always removed).
footer-notes = Notes:
footer-notes-hint = What you were doing, since when (goes into the report)

## The start screen
start-heading = Which site shows the error?
start-intro = Type or paste its address above and press Enter. Gateway Doctor checks it from this computer, step by step, and tells you whether the problem is on your side or the site's, and what to do about it.
start-guided = Guide me one step at a time
start-guided-hover = Walk through the five steps in order, with what to do at each
start-recent = Recent sites
start-recent-hover = Check { $site } again
start-visitor-title = Visitor checks
start-visitor-steps =
    1. Refresh – is the error constant or on and off?
    2. Clear cache – does an old copy or a cookie cause it?
    3. Another browser – is your browser being filtered?
    4. Your connection – is your own internet working?
    5. Wait – is it worth waiting, and for how long?
start-owner-title = Site owner mode
start-owner-intro = On top of the visitor steps: static files vs the dynamic page, your server logs, WordPress plugins, DNS at public and authoritative resolvers, proxy, ports and IPv4/IPv6 paths, PHP limits and timeouts, a gentle load test (switchable), and, with your origin's address, the origin compared with the CDN's edge.

## The About button and a check that did not finish
app-about = ℹ About
app-about-hover = Version, licence and the project's web page
run-cancelled-step = Not checked: the check was cancelled before this step finished.
run-silent-step = Not checked: this step did not report.
run-press-check = Press Check to try again.

## Messages under the header
notice-no-dialog-logs = No file dialog could be opened here: drop the log files on this window instead.
notice-saved-fallback = No file dialog could be opened here, so it was saved to { $path }
notice-settings-not-saved = Your settings could not be saved: { $error }
notice-report-saved = Report saved to { $path }
notice-report-not-saved = Could not save the report to { $path }: { $error }
notice-report-copied = Report copied. Paste it into your message to the site's support.
notice-history-off = Checks are not stored in the history: { $error }

# The titles of the file choosers (the system draws the rest of the dialog).
dialog-pick-recording = Choose a browser recording (HAR)
dialog-pick-logs = Choose server log files
