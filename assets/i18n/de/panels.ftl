# Die Zusatzfragen des Schritts „Warten“ (Ist die Website für alle ausgefallen? Ist es eine bekannte Störung?),
# das Info-Fenster und der Verlauf der Website. Globalping ist der Name eines Dienstes und bleibt unverändert.

## Ist die Website für alle ausgefallen?
world-title = Ist die Website für alle ausgefallen?
world-intro = Globalping, ein Dienst eines Drittanbieters, kann diese Website von etwa { $places } Orten auf der Welt aus laden. Wenn Sie auf die Schaltfläche klicken, erhält der Dienst den Namen und den Pfad der Website (nie den Abfrageteil der Adresse, Passwörter oder Cookies). Ohne Ihren Klick wird nichts gesendet.
world-ask = 🌍 Globalping fragen
world-ask-hover = Die Website über { $url } aus anderen Ländern und Netzwerken laden (Dienst eines Drittanbieters)
world-budget = Globalping erlaubt etwa { $tests } Tests pro Stunde von einer Adresse aus ({ $questions } Abfragen mit je { $places } Orten), und diese App hat sie aufgebraucht. Sie können in { $minutes } min wieder fragen.
world-asking = Globalping wird gefragt…
world-failed = Globalping hat nicht geantwortet: { $error }
world-not-sent = die Anfrage konnte nicht gesendet werden
world-not-answered = Keine Antwort: { $error }
world-here = Hier (dieser Computer)
world-no-answer = keine Antwort ({ $why })
world-in-ms = in { $ms } ms

## Ist es eine bekannte Störung?
status-title = Ist es eine bekannte Störung?
status-own-page = die eigene Statusseite der Website ({ $url })
status-who = Für diese Website hat { $provider } geantwortet. Die Statusseite des Anbieters zeigt, ob es dort eine bekannte Störung gibt.
status-who-site = Die Website hat vielleicht eine eigene Statusseite.
status-contacts = Ein Klick auf die Schaltfläche kontaktiert nur { $whom }; über diese Website wird nichts gesendet.
status-and = und
status-ask = 📰 Statusseite von { $provider } abfragen
status-ask-site = 📰 Statusseite der Website abfragen
status-asking = Statusseite wird abgefragt…

## Info
about-tagline = Findet heraus, warum eine Website mit „502 Bad Gateway“ antwortet und was Sie dagegen tun können.
about-version = Version { $version }
about-licence = Lizenz: { $licence }
about-project = Projektseite
about-close = Schließen

## Der Verlauf der Website
history-title = Verlauf dieser Website
history-none = Für diese Website sind keine Prüfungen gespeichert (der Verlauf ließ sich nicht öffnen).
history-local = Jede Prüfung, die hier oder mit den Befehlen check und watch gemacht wird, wird nur auf diesem Computer gespeichert.
history-load-time = Ladezeit der Seite (ms)
history-export = Als CSV exportieren…
history-export-hover = Alle gespeicherten Prüfungen dieser Website als Tabelle (CSV) speichern
