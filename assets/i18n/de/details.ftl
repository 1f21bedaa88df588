# Der Bereich „Details“: die technischen Einzelheiten, einen Klick von der Antwort entfernt (Zeiten, wer
# geantwortet hat, die Antwort und ihre Header, Anfrage-IDs, die Fehlerseite, das Log der Messungen),
# und die Server-Prüfungen für Betreiber, die dort erscheinen. Header-Namen, Statuszeilen und Befehle
# bleiben unverändert.

details-title = Details
details-for-owner = Für den Betreiber der Website
details-server = Der Webserver dieses Computers
details-server-reading = Die Konfiguration des Webservers auf diesem Computer wird gelesen, und jeder Server dahinter wird einmal angefragt…
details-routes = Wege zur Website
details-timings = Zeiten
details-still-running = Die Anfrage läuft noch.
details-no-request = Es wurde keine Anfrage gesendet (den Grund finden Sie im Log unten).
details-protocol = Protokoll: { $protocol }
details-who = Wer geantwortet hat
details-layers = Erkannte Stationen, von außen nach innen: { $layers }
details-response = Antwort
details-no-response = Keine Antwort ({ $why })
details-via-proxy = Über den Proxy { $proxy }
details-redirect = ↪ { $status } von { $from } nach { $to }
details-headers = Header ({ $count })
details-request-ids = Anfrage-IDs
details-no-request-ids = Der Server hat keine gesendet.
details-copy-id = { $name } kopieren
details-error-page = Fehlerseite
details-copy-page = Seite kopieren
details-probe-log = Log der Messungen
details-copy-log = Log kopieren
details-edge-origin = Edge und Ursprungsserver
details-through-edge = Über die Adresse der Website (Edge)
details-straight-to-origin = Direkt zum Ursprungsserver { $origin }
details-dns-answers = DNS-Antworten für { $name }
details-phase-dns = DNS-Abfrage
details-phase-connect = Verbindungsaufbau
details-phase-tls = TLS-Handshake
details-phase-wait = Warten auf die Antwort
details-phase-total = Gesamt
details-no-timings = Es wurden keine Zeiten erfasst.
details-server-all-fine = Alle Server hinter dieser Website haben geantwortet; ihre Konfiguration ist fehlerfrei.
details-machine-checking = Die Konfiguration aller Websites auf diesem Computer wird geprüft…
details-machine-button = 🖥 Alle Websites auf diesem Computer prüfen
details-machine-hover = Liest hier die Konfiguration der Webserver und fragt jeden Server dahinter einmal an; ändert nichts
details-upstreams = Server dahinter (je einmal angefragt)
details-at-line = { $config } Zeile { $line }
details-copy-place = Stelle kopieren
details-fix = Behebung: { $fix }
details-copy-command = Befehl kopieren
details-copy-command-n = Befehl { $n } kopieren
details-copy-hover = In die Zwischenablage kopieren
