# Die eigenen Wörter der Desktop-App (Schaltflächen, Beschriftungen, Hinweise). Der Befund und die
# Ergebnisse der Schritte stehen in verdict.ftl und report.ftl.

## Die Kopfzeile
app-icon-alt = Symbol von Gateway Doctor
app-site = Website:
app-site-hint = Webadresse, z. B. shop.example.com
app-check = ▶ Prüfen
app-check-hover = Diese Website prüfen (Enter)
app-cancel = ⏹ Abbrechen
app-cancel-hover = Prüfung stoppen (Esc)
app-mode-owner = Website-Betreiber
app-mode-owner-hover = Prüfungen für die Personen, die die Website betreiben
app-mode-visitor = Besucher
app-mode-visitor-hover = Prüfungen für jemanden, der die Website besucht
app-language = Sprache
app-language-hover = Die Sprache der App und ihrer Berichte
app-language-system = System ({ $name })
app-origin = Ursprungsserver (optional):
app-origin-hint = IP oder IP:Port Ihres Servers hinter dem CDN
app-burst = Sanfter Lasttest
app-burst-hover = Sendet eine kleine Reihe von Anfragen an Ihre Website: höchstens 20, höchstens 4 gleichzeitig. So sehen Sie, ob die Fehler mit der Last zunehmen.
app-dismiss = Schließen
app-dismiss-hover = Diese Meldung ausblenden

## Das Befund-Banner
banner-so-far = Bisher: { $confidence }
banner-cancelled = Abgebrochen: Das ist der Stand bis zum Abbruch.
banner-still-checking = Prüfung läuft noch…
banner-answered = { $who } antwortete mit { $status } { $reason }
banner-answered-unknown = Der Server antwortete mit { $status } { $reason }
banner-answered-in = { $answer } in { $ms } ms

## Die Schrittliste und der Bereich daneben
steps-title = Schritte
steps-your-server = Ihr Server
steps-row-name = { $n }. { $title }
steps-row-accessible = { $n }. { $title }: { $state }
pane-what-to-do = ➡ Was tun?
pane-details = 🔍 Details (Zeiten, Header, Log)
pane-logs = 📄 Server-Logs
pane-history = 🕘 Verlauf
step-not-in-check = Dieser Schritt gehört nicht zu dieser Prüfung.
step-n-of = Schritt { $n } von { $total }
step-next = Weiter ▶
step-next-hover = Zum nächsten Schritt
step-back = ◀ Zurück
step-back-hover = Zum vorherigen Schritt
step-checking = Wird geprüft…
step-retry = ↻ Jetzt wiederholen
step-retry-hover = Die Website jetzt noch einmal prüfen

## Die Fußzeile
footer-save = 💾 Bericht speichern…
footer-save-hover = Den Bericht als Datei speichern, z. B. für eine Support-Anfrage
footer-format-hover = Format des Berichts
footer-copy = 📋 Bericht kopieren
footer-copy-hover = Den Bericht (Markdown) kopieren, um ihn in eine Nachricht einzufügen
footer-full-address = Vollständige Adresse übernehmen
footer-full-address-hover = Aus: Passwörter, Cookies und Tokens in der Adresse werden aus dem Bericht entfernt. Ein: Der Abfrageteil der Adresse bleibt erhalten (Passwörter werden immer entfernt).
footer-notes = Notizen:
footer-notes-hint = Was Sie gerade getan haben und seit wann (kommt in den Bericht)

## Der Startbildschirm
start-heading = Welche Website zeigt den Fehler?
start-intro = Geben Sie ihre Adresse oben ein oder fügen Sie sie ein, und drücken Sie Enter. Gateway Doctor prüft sie Schritt für Schritt von diesem Computer aus. Danach wissen Sie, ob das Problem bei Ihnen oder bei der Website liegt und was Sie tun können.
start-guided = Mich Schritt für Schritt anleiten
start-guided-hover = Die fünf Schritte der Reihe nach durchgehen, jeweils mit dem, was zu tun ist
start-recent = Zuletzt geprüfte Websites
start-recent-hover = { $site } erneut prüfen
start-visitor-title = Prüfungen für Besucher
start-visitor-steps =
    1. Neu laden – tritt der Fehler immer auf oder nur ab und zu?
    2. Cache leeren – liegt es an einer alten Kopie oder an einem Cookie?
    3. Anderer Browser – wird Ihr Browser gefiltert?
    4. Ihre Verbindung – funktioniert Ihr eigenes Internet?
    5. Warten – lohnt sich das Warten, und wie lange?
start-owner-title = Modus für Website-Betreiber
start-owner-intro = Zusätzlich zu den Schritten für Besucher: statische Dateien im Vergleich zur dynamischen Seite, Ihre Server-Logs, WordPress-Plugins, DNS bei öffentlichen Resolvern und bei den zuständigen Nameservern, Proxy, Ports und die Wege über IPv4/IPv6, PHP-Limits und Zeitlimits, ein sanfter Lasttest (abschaltbar) und, mit der Adresse Ihres Ursprungsservers, der Vergleich zwischen Ursprungsserver und Edge-Server des CDN.

## Die Info-Schaltfläche und eine Prüfung, die nicht zu Ende lief
app-about = ℹ Info
app-about-hover = Version, Lizenz und die Webseite des Projekts
run-cancelled-step = Nicht geprüft: Die Prüfung wurde abgebrochen, bevor dieser Schritt fertig war.
run-silent-step = Nicht geprüft: Dieser Schritt hat nichts gemeldet.
run-press-check = Klicken Sie auf „Prüfen“, um es erneut zu versuchen.

## Meldungen unter der Kopfzeile
notice-no-dialog-logs = Hier ließ sich kein Dateidialog öffnen: Ziehen Sie die Logdateien stattdessen auf dieses Fenster.
notice-saved-fallback = Hier ließ sich kein Dateidialog öffnen, deshalb wurde die Datei hier gespeichert: { $path }
notice-settings-not-saved = Ihre Einstellungen konnten nicht gespeichert werden: { $error }
notice-report-saved = Bericht gespeichert: { $path }
notice-report-not-saved = Der Bericht konnte nicht gespeichert werden ({ $path }): { $error }
notice-report-copied = Bericht kopiert. Fügen Sie ihn in Ihre Nachricht an den Support der Website ein.
notice-history-off = Prüfungen werden nicht im Verlauf gespeichert: { $error }

# The titles of the file choosers (the system draws the rest of the dialog).
dialog-pick-recording = Browser-Aufzeichnung (HAR-Datei) auswählen
dialog-pick-logs = Server-Logdateien auswählen
