# What the app's step pages offer besides the finding: how to clear the cache and save a browser
# recording in each browser, opening the site in another browser, and "keep checking" while
# waiting. Menu and button names in quotes are the browsers' own: use the names the browsers show
# in this language.

## Reloading and clearing the cache
reload-keys-mac = Cmd+Shift+R (Option+Cmd+R in Safari)
reload-keys-pc = Ctrl+F5 (or Ctrl+Shift+R)
keys-clear-pc = Ctrl+Shift+Delete
keys-clear-mac = Cmd+Shift+Delete
help-hard-reload = To reload this page without the cached copy, press { $keys } in your browser.
help-clear-cache-most = How to clear the cache (most browsers):
help-clear-cache-in = How to clear the cache in { $browser }
cache-chromium-open = Press { $keys } to open the window for clearing browsing data.
cache-chromium-range = Set the time range to 'All time'.
cache-chromium-tick = Tick 'Cached images and files'. If the site still fails afterwards, also tick 'Cookies and other site data' (this signs you out of web sites).
cache-chromium-confirm = Confirm with 'Clear data' (called 'Delete' or 'Clear now' in some browsers), then load the site again.
cache-firefox-open = Press { $keys } to open 'Clear browsing data and cookies' (called 'Clear recent history' in older versions).
cache-firefox-range = Set the time range to 'Everything'.
cache-firefox-tick = Tick 'Temporary cached files and pages' (called 'Cache' in older versions). If the site still fails afterwards, also tick 'Cookies and site data' (this signs you out of web sites).
cache-firefox-confirm = Click 'Clear' (or 'OK'), then load the site again.
cache-safari-develop = In the menu bar choose Safari > Settings (Preferences on older macOS), open 'Advanced' and turn on 'Show features for web developers' (older: 'Show Develop menu in menu bar').
cache-safari-empty = Choose Develop > Empty Caches, or press Option+Cmd+E.
cache-safari-reload = Load the site again. If it still fails, remove the site's data too: Safari > Settings > Privacy > 'Manage Website Data', find the site and click 'Remove'.
cache-epiphany-menu = Open the main menu (the button with three lines) and choose 'Preferences' (called 'Settings' in newer versions).
cache-epiphany-privacy = Open 'Privacy' and click 'Clear Website Data'.
cache-epiphany-tick = Tick 'HTTP disk cache' (and 'Cookies' if the site still fails afterwards; this signs you out of web sites), then click 'Clear'.
cache-epiphany-reload = Load the site again.

## Another browser
help-no-other-browser = No other web browser was found on this computer.
help-open-in-another = Open the site in another browser:
help-open-in = Open in { $browser }
help-open-in-hover = Open the site in { $browser }
help-open-failed = Could not open { $browser }: { $error }
help-open-default = Open in your default browser
help-open-default-hover = Open the site in the system's default browser

## Saving a browser recording (HAR) for support
help-har-title = Record what your browser sees (HAR file for support)
help-har-line = { $browser }: { $how }.
har-chromium = press F12, open Network, reload the page, then right-click the list and choose "Save all as HAR (with content)" (in newer versions: the Export HAR button, the download arrow in the Network toolbar)
har-firefox = press F12, open Network, reload the page, then click the gear icon and choose "Save All As HAR"
har-safari = turn on Develop in Settings > Advanced, choose Develop > Show Web Inspector, open Network, reload the page, then click Export
har-epiphany = press Ctrl+Shift+I, open Network, reload the page, then click Export
help-har-command = `gateway-doctor har FILE --sanitize OUT.har` explains it and writes a copy without cookies or tokens to send.

## Waiting: keep checking until the site is back
watch-checked-at = Checked at
watch-result = Result
watch-answered-by = Answered by
watch-time-taken = Time taken
watch-no-answer = no answer
watch-back = ✔ The site is back: it answered normally at { $time }.
watch-checking-again = Checking again { $when }
watch-checking-again-count = Checking again { $when } (re-checks so far: { $count })
watch-in-minutes = in about { $n } min
watch-in-seconds = in { $n } s
watch-in-a-few-seconds = in a few seconds
watch-we-will-tell = We will tell you as soon as the site works again. You can leave this window open.
watch-check-now = Check now
watch-check-now-hover = Re-check right away
watch-stop = Stop checking
watch-stop-hover = Stop the automatic re-checks (Esc)
watch-checking-now = Checking again now…
watch-keep-checking = ⏱ Keep checking until it's back
watch-keep-checking-hover = Re-check automatically, waiting longer each time, and tell me when it works
