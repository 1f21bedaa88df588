# Eine Browser-Aufzeichnung (HAR): das Fenster der App und der Einstieg auf dem Startbildschirm, was
# die Aufzeichnung als Ganzes zeigt, und ihr Bericht. $result ist das, was eine Anfrage bekommen hat
# („502 von nginx“, „net::ERR_NAME_NOT_RESOLVED“); $summary ist die erste Zeile des Befunds, schon in dieser Sprache.

## Der Startbildschirm und das Fenster
har-start-title = Was Ihr Browser gesehen hat
har-start-intro = Support-Teams bitten oft um eine HAR-Datei (die Aufzeichnung der Seite durch Ihren Browser). Öffnen Sie sie hier oder ziehen Sie sie auf dieses Fenster: Jede fehlgeschlagene Anfrage wird erklärt, und Sie können eine Kopie ohne Ihre Cookies und Tokens speichern, um sie zu verschicken.
har-open = 📂 Browser-Aufzeichnung (HAR) öffnen…
har-reading = Aufzeichnung wird gelesen…
har-window-title = Browser-Aufzeichnung: { $file }
har-checked-again = Erneut geprüft: { $outcome }
har-confirm = { $count ->
    [one] { $count } Adresse jetzt erneut prüfen? Es wird nur die Adresse abgefragt (GET), wie von einem Besucher: Keine Cookies, Tokens oder Formulardaten aus der Aufzeichnung werden gesendet.
   *[other] { $count } Adressen jetzt erneut prüfen? Es wird nur die Adresse abgefragt (GET), wie von einem Besucher: Keine Cookies, Tokens oder Formulardaten aus der Aufzeichnung werden gesendet.
}
har-check-now = Jetzt prüfen
har-cancel = Abbrechen
har-check-these = 🔄 Jetzt erneut prüfen ({ $count })
har-checking = Wird geprüft…
har-save-sanitized = 🛡 Bereinigte HAR-Datei speichern…
har-save-report = 💾 Bericht zur Aufzeichnung speichern…
har-could-not-read = { $path } konnte nicht gelesen werden: { $error }
har-never-overwrite = Wählen Sie einen anderen Dateinamen: Die ursprüngliche Aufzeichnung wird nie überschrieben.
har-could-not-sanitize = Die Aufzeichnung konnte nicht bereinigt werden: { $error }
har-sanitized-saved = Bereinigte Aufzeichnung gespeichert unter { $path } (entfernt: { $removed }).
har-could-not-save = Die Datei konnte nicht unter { $path } gespeichert werden: { $error }

## Was die Aufzeichnung zeigt
har-place-page = die Seite selbst
har-place-own = ein eigener Aufruf der Website
har-place-third = Drittanbieter
har-no-answer = keine Antwort
har-verdict-empty = Die Aufzeichnung enthält keine Anfragen: Zeichnen Sie erneut auf, während der Bereich „Netzwerk“ geöffnet ist, und laden Sie dann die Seite neu.
har-verdict-none-failed = Keine Anfrage in der Aufzeichnung ist fehlgeschlagen (Anfragen insgesamt: { $total }).
har-verdict-page = Die Seite selbst konnte nicht geladen werden ({ $result } bei { $host }): { $summary }
har-verdict-calls = Die Seite wurde geladen, aber bei ihren Aufrufen an { $hosts } gab es { $count } Fehler ({ $result }): { $summary }
har-verdict-third = Die Seite und die eigenen Anfragen der Website haben funktioniert; nur Anfragen an andere Websites sind fehlgeschlagen ({ $hosts }: { $result }). Diese gehören Drittanbietern (Skripte, Schriftarten, Tracker). Die Seite sieht vielleicht unvollständig aus, aber die Website selbst antwortet.
har-when-together = Die { $count } Fehler traten gemeinsam auf, innerhalb von { $within } ab { $time }: ein einzelner Moment, etwa ein Ausfall, ein Neustart oder das Einspielen einer neuen Version.
har-when-spread = Die { $count } Fehler verteilen sich über { $seconds } s ab { $time }.
har-when-spread-minutes = Die { $count } Fehler verteilen sich über { $minutes } Minuten ab { $time }: Es schlägt immer wieder fehl, nicht nur in einem Moment.
har-within-a-second = einer Sekunde
har-within-seconds = { $n } s
har-works-now = funktioniert jetzt ({ $status })
har-still-fails = funktioniert weiterhin nicht ({ $status }): { $summary }

## Der Bericht zur Aufzeichnung
har-counts = Anfragen in der Aufzeichnung ({ $browser }): { $requests }, davon fehlgeschlagen: { $failed }.
har-unknown-browser = unbekannter Browser
har-text-title = Browser-Aufzeichnung { $file } ({ $browser }, Anfragen: { $requests })
har-text-verdict = Befund: { $verdict }
har-sanitized-written = Bereinigte Kopie gespeichert unter { $path } (entfernt: { $removed }).
har-sanitized-copy = Bereinigte Kopie: { $path } (entfernt: { $removed }).
har-checked-again-title = Jetzt erneut geprüft
har-failed-requests = Fehlgeschlagene Anfragen
har-request-ids = Anfrage-IDs (nennen Sie sie dem Support):
har-col-request = Anfrage
har-col-result = Ergebnis
har-col-where = Wo
har-col-verdict = Befund
har-text-line = { $result } ({ $place }) -> { $culprit } (Ursache: { $cause }, Gewissheit: { $confidence })
har-text-request-id = Anfrage-ID { $name }: { $id }

## Was in der bereinigten Kopie fehlt
removed-cookies = { $n ->
    [one] { $n } Cookie
   *[other] { $n } Cookies
}
removed-set-cookies = { $n ->
    [one] { $n } Set-Cookie-Header
   *[other] { $n } Set-Cookie-Header
}
removed-auth-headers = { $n ->
    [one] { $n } Authorization-Header
   *[other] { $n } Authorization-Header
}
removed-token-headers = { $n ->
    [one] { $n } Header mit API-Schlüssel oder Token
   *[other] { $n } Header mit API-Schlüsseln oder Tokens
}
removed-query-params = { $n ->
    [one] { $n } tokenähnlicher Parameter in der Adresse
   *[other] { $n } tokenähnliche Parameter in Adressen
}
removed-form-fields = { $n ->
    [one] { $n } tokenähnliches Formularfeld
   *[other] { $n } tokenähnliche Formularfelder
}
removed-tokens-in-bodies = { $n ->
    [one] { $n } Bearer-Token oder JWT im Inhalt einer Nachricht
   *[other] { $n } Bearer-Tokens oder JWTs im Inhalt von Nachrichten
}
removed-bodies = { $n ->
    [one] { $n } nicht benötigter Antwortinhalt
   *[other] { $n } nicht benötigte Antwortinhalte
}
removed-nothing = nichts Geheimes gefunden
