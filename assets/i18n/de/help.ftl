# Was die Schrittseiten der App neben dem Befund anbieten: wie man in jedem Browser den Cache leert
# und eine Browser-Aufzeichnung speichert, die Website in einem anderen Browser öffnen und „weiter
# prüfen“ während des Wartens. Menü- und Schaltflächennamen in Anführungszeichen sind die der
# Browser selbst: Verwenden Sie die Namen, die die Browser in dieser Sprache anzeigen.

## Neu laden und den Cache leeren
reload-keys-mac = Cmd+Umschalt+R (in Safari Option+Cmd+R)
reload-keys-pc = Strg+F5 (oder Strg+Umschalt+R)
keys-clear-pc = Strg+Umschalt+Entf
keys-clear-mac = Cmd+Umschalt+Löschen
help-hard-reload = Um diese Seite ohne die zwischengespeicherte Kopie neu zu laden, drücken Sie in Ihrem Browser { $keys }.
help-clear-cache-most = So leeren Sie den Cache (in den meisten Browsern):
help-clear-cache-in = So leeren Sie den Cache in { $browser }
cache-chromium-open = Drücken Sie { $keys }, um das Fenster „Browserdaten löschen“ zu öffnen.
cache-chromium-range = Stellen Sie den Zeitraum auf „Gesamte Zeit“.
cache-chromium-tick = Setzen Sie ein Häkchen bei „Bilder und Dateien im Cache“ (in Edge „Zwischengespeicherte Bilder und Dateien“). Wenn die Website danach immer noch nicht funktioniert, setzen Sie auch ein Häkchen bei „Cookies und andere Websitedaten“ (dabei werden Sie von Websites abgemeldet).
cache-chromium-confirm = Bestätigen Sie mit „Daten löschen“ (in manchen Browsern „Löschen“ oder „Jetzt löschen“), und laden Sie die Website dann erneut.
cache-firefox-open = Drücken Sie { $keys }, um „Surf-Daten und Cookies löschen“ zu öffnen (in älteren Versionen „Neueste Chronik löschen“).
cache-firefox-range = Stellen Sie den Zeitraum auf „Alles“.
cache-firefox-tick = Setzen Sie ein Häkchen bei „Temporäre Dateien und Seiten im Cache“ (in älteren Versionen „Cache“). Wenn die Website danach immer noch nicht funktioniert, setzen Sie auch ein Häkchen bei „Cookies und Website-Daten“ (dabei werden Sie von Websites abgemeldet).
cache-firefox-confirm = Klicken Sie auf „Löschen“ (in älteren Versionen „Jetzt löschen“ oder „OK“), und laden Sie die Website dann erneut.
cache-safari-develop = Wählen Sie in der Menüleiste Safari > Einstellungen, öffnen Sie „Erweitert“ und schalten Sie „Funktionen für Webentwickler anzeigen“ ein (ältere Versionen: „Menü ‚Entwickler‘ in der Menüleiste anzeigen“).
cache-safari-empty = Wählen Sie Entwickler > Cache-Speicher leeren, oder drücken Sie Option+Cmd+E.
cache-safari-reload = Laden Sie die Website erneut. Wenn sie immer noch nicht funktioniert, entfernen Sie auch die Daten der Website: Safari > Einstellungen > Datenschutz > „Websitedaten verwalten …“, suchen Sie die Website und klicken Sie auf „Entfernen“.
cache-epiphany-menu = Öffnen Sie das Hauptmenü (die Schaltfläche mit den drei Strichen) und wählen Sie „Einstellungen“.
cache-epiphany-privacy = Öffnen Sie „Datenschutz“ und klicken Sie auf „Webseiten-Daten löschen“ (in neueren Versionen „Webseiten-Daten“).
cache-epiphany-tick = Setzen Sie ein Häkchen bei „HTTP-Laufwerkzwischenspeicher“ (und bei „Cookies“, wenn die Website danach immer noch nicht funktioniert; dabei werden Sie von Websites abgemeldet), und klicken Sie dann auf „Löschen“ (in neueren Versionen „Daten löschen“).
cache-epiphany-reload = Laden Sie die Website erneut.

## Ein anderer Browser
help-no-other-browser = Auf diesem Computer wurde kein anderer Webbrowser gefunden.
help-open-in-another = Öffnen Sie die Website in einem anderen Browser:
help-open-in = In { $browser } öffnen
help-open-in-hover = Die Website in { $browser } öffnen
help-open-failed = { $browser } konnte nicht geöffnet werden: { $error }
help-open-default = Im Standardbrowser öffnen
help-open-default-hover = Die Website im Standardbrowser des Systems öffnen

## Eine Browser-Aufzeichnung (HAR) für den Support speichern
help-har-title = Aufzeichnen, was Ihr Browser sieht (HAR-Datei für den Support)
help-har-line = { $browser }: { $how }.
har-chromium = Drücken Sie F12, öffnen Sie „Netzwerk“, laden Sie die Seite neu, klicken Sie dann mit der rechten Maustaste in die Liste und wählen Sie „Alle als HAR mit Inhalt speichern“ (in neueren Versionen: die Schaltfläche „HAR exportieren“, der Download-Pfeil in der Leiste von „Netzwerk“)
har-firefox = Drücken Sie F12, öffnen Sie „Netzwerkanalyse“, laden Sie die Seite neu, klicken Sie dann auf das Zahnrad-Symbol und wählen Sie „Alle als HAR speichern“
har-safari = Schalten Sie unter Einstellungen > Erweitert das Menü „Entwickler“ ein, wählen Sie Entwickler > Webinformationen einblenden, öffnen Sie „Netzwerk“, laden Sie die Seite neu und klicken Sie dann auf „Exportieren“
har-epiphany = Drücken Sie Strg+Umschalt+I, öffnen Sie „Netzwerk“, laden Sie die Seite neu und klicken Sie dann auf „Exportieren“
help-har-command = `gateway-doctor har FILE --sanitize OUT.har` erklärt die Aufzeichnung und schreibt eine Kopie ohne Cookies und Tokens, die Sie verschicken können.

## Warten: weiter prüfen, bis die Website wieder da ist
watch-checked-at = Geprüft um
watch-result = Ergebnis
watch-answered-by = Antwort von
watch-time-taken = Dauer
watch-no-answer = keine Antwort
watch-back = ✔ Die Website ist wieder da: Sie hat um { $time } normal geantwortet.
watch-checking-again = Nächste Prüfung { $when }
watch-checking-again-count = Nächste Prüfung { $when } (bisherige Wiederholungen: { $count })
watch-in-minutes = in etwa { $n } min
watch-in-seconds = in { $n } s
watch-in-a-few-seconds = in wenigen Sekunden
watch-we-will-tell = Wir sagen Ihnen Bescheid, sobald die Website wieder funktioniert. Sie können dieses Fenster offen lassen.
watch-check-now = Jetzt prüfen
watch-check-now-hover = Sofort erneut prüfen
watch-stop = Prüfen beenden
watch-stop-hover = Die automatischen Wiederholungen beenden (Esc)
watch-checking-now = Wird jetzt erneut geprüft…
watch-keep-checking = ⏱ Prüfen, bis die Website wieder da ist
watch-keep-checking-hover = Automatisch erneut prüfen, jedes Mal mit etwas längerer Pause, und Bescheid geben, sobald die Website wieder funktioniert
