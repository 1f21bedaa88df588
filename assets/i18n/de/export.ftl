# Die Berichte, die für eine Support-Anfrage gespeichert oder kopiert werden (Markdown und HTML):
# Überschriften, Beschriftungen, die Zeilen zur Antwort der Website und zu ihren Statusseiten. IDs in
# Backticks (`the_site`, `upstream_failed`) bleiben unverändert.

## Titel und Befund
export-title = Bericht von Gateway Doctor: { $host }
export-checked = Geprüft am { $time } von diesem Computer aus (Modus: { $mode }), Gateway Doctor { $version }.
export-address = Adresse:
export-verdict = Befund:
export-layer = Station: { $layer }, Ursache: { $cause }. Gewissheit: { $confidence }.
export-for-owner = Für den Betreiber der Website: { $detail }
export-not-finished = Einige Prüfungen waren noch nicht fertig; dieses Ergebnis kann sich noch ändern.
export-path-label = Der Weg der Anfrage

## Die Checkliste
export-what-checked = Was geprüft wurde
export-col-step = Schritt
export-col-result = Ergebnis
export-col-finding = Feststellung
export-col-advice = Empfehlung
export-commands-for = Befehle für { $step }:

## Die Antwort der Website
export-what-answered = Was die Website geantwortet hat
export-answer = Antwort: { $answer }.
export-answer-line = HTTP { $status } von { $who }
export-protocol = Protokoll: { $protocol }.
export-request-ids = Anfrage-IDs für das Support-Team der Website: { $ids }.
export-no-request-ids = keine, der Server hat keine gesendet
export-timings = Zeiten: { $timings }.
export-timings-title = Zeiten
export-error-page = Auszug aus der Fehlerseite:
export-error-page-start = Auszug aus der Fehlerseite (der Anfang von { $bytes } Bytes):
export-error = Fehler: { $error }
export-http-details = HTTP-Details und Header ({ $count } Header)
export-via-proxy = über Proxy
export-redirect = Weiterleitung
export-identified-by = erkannt an
export-probe-log = Log der Messungen ({ $count } Messungen)
export-col-probe = Messung
export-col-kind = Art
export-col-status = Status
export-col-time = Zeit
export-col-details = Details
timing-dns = DNS
timing-connect = Verbindung
timing-tls = TLS
timing-first-byte = erstes Byte
timing-total = gesamt

## Die weiteren Abschnitte
export-history = Verlauf dieser Website
export-server-side = Der Webserver dieses Computers
export-incidents = Bekannte Störungen
export-recording = Browser-Aufzeichnung
export-recording-file = Browser-Aufzeichnung: { $file }
export-world = Für alle ausgefallen?
export-notes = Notizen der Person, die die Prüfung durchgeführt hat
export-redaction = (Zugangsdaten, Cookies und Tokens wurden entfernt.)
export-generated = Gateway Doctor { $version }, Bericht erstellt am { $time }.

## Statusseiten, je eine Zeile ($state ist das eigene Wort der Seite, z. B. major_outage)
status-page-unreadable = { $name }: Statusseite unter { $page } (zum Lesen bitte öffnen)
status-page-error = { $name } ({ $page }): konnte nicht gelesen werden: { $error }
status-page-no-answer = keine Antwort
status-page-clear = { $name } ({ $page }): keine Störung gemeldet
status-impact = Auswirkung: { $impact }
status-started = begonnen am { $time }
status-updated = aktualisiert am { $time }
status-maintenance = { $name }: Wartungsarbeiten laufen, „{ $title }“ { $url }
status-maintenance-until = { $name }: Wartungsarbeiten laufen, „{ $title }“ bis { $until } { $url }
status-component = { $name }: { $component } hat den Status { $state }
