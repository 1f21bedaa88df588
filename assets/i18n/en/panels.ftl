# The wait step's extra questions (is it down for everyone? is it a known incident?), the About
# box and the site's history tab. Globalping is a service's name and stays as it is.

## Is it down for everyone?
world-title = Is it down for everyone?
world-intro = Globalping, a third-party service, can load this site from about { $places } places around the world. Pressing the button sends it the site's name and path (never the query, passwords or cookies). Nothing is sent unless you press it.
world-ask = 🌍 Ask Globalping
world-ask-hover = Load the site from other countries and networks through { $url } (third-party service)
world-budget = Globalping allows about { $tests } tests an hour from one address ({ $questions } questions of { $places } places), and this app has used them. You can ask again in { $minutes } min.
world-asking = Asking Globalping…
world-failed = Globalping did not answer: { $error }
world-not-sent = the question could not be sent
world-not-answered = Not answered: { $error }
world-here = Here (this computer)
world-no-answer = no answer ({ $why })
world-in-ms = in { $ms } ms

## Is it a known incident?
status-title = Is it a known incident?
status-own-page = the site's own status page ({ $url })
status-who = { $provider } answered for this site. Its status page says whether it has a known incident.
status-who-site = The site may publish a status page of its own.
status-contacts = Pressing the button contacts only { $whom }; nothing about this site is sent.
status-and = and
status-ask = 📰 Ask { $provider }'s status page
status-ask-site = 📰 Ask the site's status page
status-asking = Asking the status page…

## About
about-tagline = Finds out why a web site answers "502 Bad Gateway", and what to do about it.
about-version = Version { $version }
about-licence = Licence: { $licence }
about-project = Project page
about-close = Close

## The site's history
history-title = This site's history
history-none = No checks of this site are stored (the history could not be opened).
history-local = Every check made here or with the check and watch commands is stored on this computer only.
history-load-time = Time to load the page (ms)
history-export = Export as CSV…
history-export-hover = Save every stored check of this site as a spreadsheet (CSV)
