# Die Hilfe der Befehlszeile (`gateway-doctor --help`, `gateway-doctor check --help`): die
# Beschreibungszeile jedes Befehls, die Hilfe zu jedem Argument und die Abschnittsüberschriften.
# Flags, Werte in Großbuchstaben (FILE, SECONDS), Pfade, Adressen und Beispiele bleiben unverändert. IDs:
# cli-about-<command>, cli-arg-<command>-<argument> (die oberste Ebene ist „app“), oder cli-arg-<argument>,
# wenn das Argument in jedem Befehl dasselbe bedeutet. Die eigenen Fehlermeldungen von clap bleiben englisch.

## Überschriften
cli-heading-usage = Verwendung:
cli-heading-options = Optionen
cli-heading-arguments = Argumente
cli-heading-commands = Befehle

## Die Befehle
cli-about = Findet heraus, warum eine Website „502 Bad Gateway“ antwortet (oder nicht lädt), und was dagegen hilft.
cli-about-check = Eine Webadresse jetzt prüfen und den Befund und die Checkliste ausgeben
cli-about-logs = Server-Logs lesen (nginx, Apache, PHP-FPM, PHP; auch .gz- und rotierte Dateien) und die darin sichtbaren Ursachen von 502/504 erklären
cli-about-watch = Eine Webadresse immer wieder prüfen (mit wachsenden Pausen), bis sie funktioniert, eine Zeile pro Prüfung; eine Desktop-Benachrichtigung, sobald sie wieder da ist
cli-about-history = Die gespeicherten Prüfungen je Website anzeigen („gestört seit …“) oder als CSV exportieren
cli-about-server = Auf dem Server selbst: die Konfiguration des Web-Stacks lesen, jedes darin genannte Backend einmal ansprechen und die defekte Stelle (Datei, Zeile) samt Lösung nennen. Ändert nichts
cli-about-har = Eine Browser-Aufzeichnung lesen (DevTools -> Netzwerk -> „Alle als HAR speichern“), jede fehlgeschlagene Anfrage darin untersuchen und auf Wunsch eine bereinigte Kopie für ein Support-Ticket schreiben
cli-about-help = Diese Hilfe oder die Hilfe der angegebenen Unterbefehle ausgeben

## Argumente aller Befehle
cli-arg-help = Hilfe ausgeben
cli-arg-version = Version ausgeben
cli-arg-format = Ausgabeformat
cli-arg-output = Den Bericht (im --format) zusätzlich in diese Datei schreiben
cli-arg-timeout = Sekunden, die jeder Prüfschritt dauern darf
cli-arg-retries = Wie oft der Schritt „Neu laden“ die Anfrage wiederholt
cli-arg-resolver = Diesen DNS-Server (IP oder IP:PORT) statt des Resolvers des Systems fragen
cli-arg-references = Ein Endpunkt, der beweist, dass die Internetverbindung funktioniert (mehrfach möglich; ersetzt die Vorgaben 1.1.1.1:443, 8.8.8.8:443, www.wikipedia.org:443)
cli-arg-no_proxy = Die Proxy-Einstellungen des Systems ignorieren (http_proxy, https_proxy, all_proxy)
cli-arg-browsers = Ein Browser, dessen Header der Schritt „Anderer Browser“ sendet (mehrfach möglich, höchstens 3; Vorgabe: die hier installierten Browser, sonst Firefox und Safari)
cli-arg-mode = Nur die Prüfungen für Besucher oder auch die serverseitigen Prüfungen für Betreiber
cli-arg-origin = Betreibermodus: der Ursprungsserver hinter dem CDN (IP oder IP:PORT), direkt mit dem Host-Header und dem TLS-Namen der Website gefragt, zum Vergleich mit dem Edge-Server
cli-arg-expect_ips = Betreibermodus: die Adresse, die DNS liefern soll (mehrfach möglich)
cli-arg-public_resolvers = Betreibermodus: ein öffentlicher Resolver zum Vergleich (mehrfach möglich; ersetzt Cloudflare, Google, Quad9)
cli-arg-authoritative = Betreibermodus: diesen autoritativen Nameserver statt der in den NS-Einträgen genannten fragen (mehrfach möglich)
cli-arg-no_burst = Betreibermodus: den sanften Lasttest auslassen (höchstens 20 Anfragen, 4 gleichzeitig)
cli-arg-logs = Betreibermodus: ein Server-Log, das nach den Prüfungen gelesen wird (mehrfach möglich): Fehler- und Zugriffs-Logs von nginx/Apache, PHP-FPM- und PHP-Logs, .gz- und rotierte Dateien. Was sie zeigen, füllt den Punkt server_logs und kann den Befund sicher machen
cli-arg-no_server_checks = Betreibermodus: die Serverprüfungen nicht ausführen, auch wenn dieser Computer die Website ausliefert (sonst laufen sie für diese Website, und ihre defekte Stelle fließt in den Befund ein)
cli-arg-lang = Die Sprache der Ausgabe und der App: en, de, es, fr, pt-BR, ru (Vorgabe: die des Systems, aus LANGUAGE, LC_ALL, LC_MESSAGES, LANG)

## Ohne Befehl (die App)
cli-arg-app-url = Ohne Befehl: die App mit dieser Adresse öffnen und sie sofort prüfen

## gateway-doctor check
cli-arg-check-url = Die zu prüfende Adresse, z. B. shop.example.com oder https://example.com:8443/cart
cli-arg-check-format = Ausgabeformat (html: eine eigenständige Seite, Stile eingebettet, keine Skripte, am besten mit --output schreiben)
cli-arg-check-no_history = Diese Prüfung nicht im Verlauf speichern
cli-arg-check-from_world = Zusätzlich das Globalping-Netz (ein Dienst eines Dritten: Er erhält Hostnamen und Pfad) die Website von etwa 10 Orten weltweit laden lassen: für alle ausgefallen oder nur für Sie?
cli-arg-check-provider_status = Zusätzlich die Statusseite des Anbieters abfragen, der geantwortet hat (Cloudflare, AWS, Fastly, Google Cloud …): Nur die Status-Website des Anbieters wird kontaktiert, nichts über die geprüfte Website wird gesendet
cli-arg-check-status_urls = Die Statusprüfung eines Anbieters auf einen anderen Endpunkt richten (mehrfach möglich), z. B. cloudflare=https://www.cloudflarestatus.com/api/v2/summary.json
cli-arg-check-globalping_url = Die Globalping-API, die --from-world fragt

## gateway-doctor logs
cli-arg-logs-files = Log-Dateien: Fehler- und Zugriffs-Logs von nginx/Apache, PHP-FPM- und PHP-Logs; .gz- und rotierte Sätze (error.log error.log.1 error.log.2.gz) sind kein Problem
cli-arg-logs-since = Nur Zeilen ab diesem Zeitpunkt, nach der Uhr der Logs selbst: YYYY-MM-DD oder "YYYY-MM-DD HH:MM[:SS]"

## gateway-doctor watch
cli-arg-watch-url = Die zu beobachtende Adresse
cli-arg-watch-format = Ausgabeformat: text (eine Zeile pro Prüfung) oder json (ein JSON-Objekt pro Zeile, JSON Lines)
cli-arg-watch-interval = Sekunden zwischen den Prüfungen, solange die Website funktioniert, und die erste Pause nach einem Fehler (jeder Fehler verdoppelt sie, bis 600 s; ein Retry-After des Servers wird immer beachtet)
cli-arg-watch-until_healthy = Aufhören, sobald eine Prüfung ergibt, dass die Website funktioniert
cli-arg-watch-max_checks = Nach so vielen Prüfungen aufhören
cli-arg-watch-no_history = Die Prüfungen nicht im Verlauf speichern

## gateway-doctor history
cli-arg-history-site = Die Prüfungen dieser Website zeigen (ein Hostname oder eine Adresse); ohne sie die Übersicht aller Websites
cli-arg-history-csv = Die Prüfungen (von SITE oder aller Websites) als CSV in diese Datei schreiben ("-" für die Standardausgabe)
cli-arg-history-limit = Wie viele der neuesten Prüfungen je Website gezeigt und zusammengefasst werden

## gateway-doctor server
cli-arg-server-configs = Nur diese Konfigurationsdatei lesen (mehrfach möglich; nginx, Apache, HAProxy, Caddy, Varnish, PHP-FPM oder php.ini, am Inhalt erkannt). Ohne sie wird die Konfiguration der laufenden Webserver und der Standardpfade gelesen
cli-arg-server-timeout = Sekunden, die jedes Backend für die Antwort haben darf
cli-arg-server-resolver = Die Namen der Backends mit diesem DNS-Server (IP oder IP:PORT) statt mit dem des Systems nachschlagen
cli-arg-server-no_logs = Die Fehler-Logs, die die Konfiguration nennt, nicht lesen
cli-arg-server-kernel_log = In diesem Kernel-Log nach OOM-Kills suchen (Vorgabe: /var/log/kern.log, journalctl -k, dmesg)

## gateway-doctor har
cli-arg-har-file = Die Aufzeichnung (eine .har-Datei, in den Entwicklerwerkzeugen des Browsers gespeichert)
cli-arg-har-sanitize = Zusätzlich eine bereinigte Kopie hierhin schreiben (Cookies, Tokens, Schlüssel und unnötige Inhalte entfernt)
cli-arg-har-recheck = Die fehlgeschlagenen Adressen jetzt erneut prüfen (nur GET, höchstens 5, ohne Cookies und Tokens der Aufzeichnung), mit den üblichen Prüfoptionen
