# Der gemeinsame Wortschatz der App und aller Berichte: Zustände, Namen der Schritte, der Weg der
# Anfrage und der Rahmen des Textberichts, den die Kommandozeile ausgibt.

## Der Zustand eines Schritts der Checkliste
state-ok = ok
state-failed = fehlgeschlagen
state-warning = Warnung
state-note = Hinweis
state-skipped = übersprungen
state-checking = wird geprüft

## Der Zustand des Befunds
verdict-state-checking = Wird geprüft
verdict-state-working = Funktioniert
verdict-state-failing = Funktioniert nicht
verdict-state-on-and-off = Zeitweise gestört
verdict-state-not-reachable = Nicht erreichbar

## Eine Station auf dem Weg der Anfrage
layer-working = funktioniert
layer-failing = gestört
layer-not-present = nicht vorhanden
layer-unknown = unbekannt
layer-checking = wird geprüft

## Wie sicher der Befund ist
confidence-high = sicher
confidence-medium = ziemlich sicher
confidence-low = nicht sicher

## Die Schritte
step-refresh = Neu laden
step-clear-cache = Cache leeren
step-other-browser = Anderer Browser
step-connection = Ihre Verbindung
step-wait = Warten
step-restart-server = Server neu starten
step-server-logs = Server-Logs
step-plugins = Plugins
step-dns = DNS
step-firewall-proxy = Firewall / Proxy
step-php-limits = PHP-Limits
step-cdn = CDN

## Der Weg der Anfrage
node-this-computer = Dieser Computer
node-dns = Internet / DNS
node-edge = CDN / Edge
node-web-server = Webserver
node-application = Anwendung

## Die beiden Modi
mode-visitor = Besucher
mode-owner = Betreiber

## Der Textbericht (die Kommandozeile)
text-title = Gateway Doctor { $version } - { $url } (Modus: { $mode }) - { $time }
text-verdict = Befund: { $status } ({ $culprit }, Ursache: { $cause }, Gewissheit: { $confidence })
text-http = HTTP { $status } { $reason } von { $who }
text-http-in = HTTP { $status } { $reason } von { $who } in { $ms } ms
text-request-ids = Anfrage-IDs: { $ids }
text-protocol = Protokoll: { $protocol }
text-history = Verlauf: { $line }
text-known-incidents = Bekannte Störungen:
text-down-for-everyone = Für alle ausgefallen? { $summary }
cli-checking = Prüfe { $url } (Modus: { $mode }, Zeitlimit { $seconds } s)
cli-updated = { $line } (aktualisiert)

# Wie ein Versuch endete, in wenigen Worten (Tabellen, Pfadprüfungen, Routen).
result-response = Antwort
result-dns-failed = Name nicht gefunden
result-connect-refused = Verbindung abgelehnt
result-connect-timeout = Zeitlimit beim Verbinden
result-connect-failed = Verbindung fehlgeschlagen
result-tls-failed = TLS fehlgeschlagen
result-timeout = Zeitlimit
result-connection-closed = Verbindung geschlossen
result-protocol-error = Protokollfehler
result-http2-error = HTTP/2-Fehler
result-proxy-failed = Proxy fehlgeschlagen
result-redirect-loop = Weiterleitungsschleife
result-too-many-redirects = zu viele Weiterleitungen
result-connected = verbunden
result-refused = abgelehnt
result-unreachable = nicht erreichbar
result-error = Fehler
result-not-tried = nicht versucht
result-no-answer = keine Antwort
result-closed = geschlossen
result-bad-response = ungültige Antwort
result-error-status = Fehlerstatus
result-missing-socket = Socket fehlt
result-not-a-socket = kein Socket
result-permission-denied = Zugriff verweigert
result-unresolvable = nicht auflösbar
