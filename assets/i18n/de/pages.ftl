# Die Betreiber-Abschnitte der Berichte (Edge und Ursprungsserver, DNS-Antworten, Wege zur Website,
# statische und dynamische Pfade, der sanfte Lasttest, die Server-Logs) und die einzeiligen
# Zusammenfassungen, die die Kommandozeile ausgibt, sobald eine Betreiber-Prüfung fertig ist; der Bericht
# des Servermodus (`gateway-doctor server`) als Text, Markdown und HTML; der Bereich „Server-Logs“ der App;
# die Hinweise der App, wenn eine beobachtete Website wieder da ist oder der Verlauf exportiert wurde.
# Adressen, Ports, Statuscodes, Eintragstypen (NXDOMAIN, CNAME, IPv4), Ergebnis-IDs („timeout“,
# „connect refused“), Unit-Namen, Pfade und Befehle werden nie übersetzt. $count, $lines, $total,
# $errors, $files, $checks und $skipped sind Zahlen (für die Pluralformen); andere Zahlen sind bereits
# geschrieben („3.0“, „24“).

## src/report/owner.rs

pg-ms = { $ms } ms
pg-ok = ok
pg-owner-logs-title = Server-Logs
pg-owner-logs-col-finding = Befund
pg-owner-logs-col-times = Anzahl
pg-owner-logs-col-last-seen = Zuletzt gesehen
pg-owner-logs-col-involved = Beteiligt
pg-owner-logs-not-read = Nicht gelesen: { $error }
# $format: die Art des Logs („nginx-Fehler-Log“).
pg-owner-logs-file = { $path }: { $format }, { $lines ->
       [one] { $lines } Zeile
       *[other] { $lines } Zeilen
    }
pg-owner-logs-none = Keine bekannte Ursache für 502/504 in diesen Logs.
# $statuses: „7 × 502, 1 × 504“; $urls: die Seiten mit den meisten Fehlern, „/login (7), /cart (2)“.
pg-owner-logs-access = Zugriffs-Logs: { $total ->
       [one] { $total } Anfrage
       *[other] { $total } Anfragen
    }, { $errors ->
       [one] { $errors } Serverfehler
       *[other] { $errors } Serverfehler
    }.
pg-owner-logs-access-statuses = Zugriffs-Logs: { $total ->
       [one] { $total } Anfrage
       *[other] { $total } Anfragen
    }, { $errors ->
       [one] { $errors } Serverfehler
       *[other] { $errors } Serverfehler
    } ({ $statuses }).
pg-owner-logs-access-top = Zugriffs-Logs: { $total ->
       [one] { $total } Anfrage
       *[other] { $total } Anfragen
    }, { $errors ->
       [one] { $errors } Serverfehler
       *[other] { $errors } Serverfehler
    }; Seiten mit den meisten Fehlern: { $urls }.
pg-owner-logs-access-statuses-top = Zugriffs-Logs: { $total ->
       [one] { $total } Anfrage
       *[other] { $total } Anfragen
    }, { $errors ->
       [one] { $errors } Serverfehler
       *[other] { $errors } Serverfehler
    } ({ $statuses }); Seiten mit den meisten Fehlern: { $urls }.
pg-owner-logs-cancelled = Das Lesen wurde abgebrochen: Nur ein Teil der Logs wurde gelesen.
pg-owner-origin-title = Edge und Ursprungsserver
pg-owner-origin-col-asked = Gefragt
pg-owner-origin-col-answer = Antwort
pg-owner-origin-edge = Über die Adresse der Website (Edge)
# $origin: Adresse und Port des Ursprungsservers, „203.0.113.10:443“.
pg-owner-origin-direct = Direkt zum Ursprungsserver { $origin }
# $name: der Hostname der Website.
pg-owner-dns-title = DNS-Antworten für { $name }
# $addresses: die mit --expect-ip angegebenen Adressen (eine Option: wird nicht übersetzt).
pg-owner-dns-expected = Erwartet (--expect-ip): { $addresses }.
pg-owner-dns-no-name-servers = Die Nameserver der Domain wurden nicht gefunden: { $error }.
pg-owner-routes-title = Wege zur Website
pg-owner-routes-col-way = Weg
pg-owner-routes-col-result = Ergebnis
pg-owner-routes-proxy = Der System-Proxy für die Website: { $proxy }.
pg-owner-paths-title = Statische und dynamische Pfade
pg-owner-paths-col-path = Pfad
pg-owner-paths-col-kind = Art
pg-owner-paths-col-result = Ergebnis
pg-owner-paths-col-time = Zeit
# $summary: die Ergebnisse je Art, „statisch 1/1 ok, dynamisch 0/1 (502)“.
pg-owner-paths-summary = Statisch und dynamisch: { $summary }.
# $plugins: die Slugs der Plugins, mit „, “ verbunden.
pg-owner-paths-plugins = In der Seite erkannte WordPress-Plugins: { $plugins }.
pg-owner-burst-title = Sanfter Lasttest
pg-owner-burst-col-at-once = Gleichzeitig
pg-owner-burst-col-requests = Anfragen
pg-owner-burst-col-failed = Fehlgeschlagen
pg-owner-burst-col-answers = Antworten
pg-owner-burst-col-median = Median
pg-owner-burst-col-slowest = Langsamste
# $what: wie der Lasttest gemacht wurde („ein kleiner Lasttest mit 13 Anfragen, höchstens 4 gleichzeitig“).
pg-owner-burst-sent = Gesendet: { $what }.
# $summary: pg-burst-summary.
pg-owner-burst-result = Ergebnis: { $summary }.
pg-owner-burst-overload = Die Fehler nehmen mit der Zahl gleichzeitiger Anfragen zu: Dem Server gehen die Worker aus (Überlastung).
# Die Art eines geprüften Pfads, in der Tabelle und in „statisch 2/2 ok“.
pg-kind-static = statisch
pg-kind-dynamic = dynamisch
# Die einzeiligen Zusammenfassungen (klein geschrieben: Sie stehen auch nach dem Namen einer Prüfung in
# der Live-Ausgabe der Kommandozeile).
pg-dns-not-queried = nicht abgefragt (IP-Adresse statt Name)
pg-dns-no-answer = kein Resolver hat geantwortet
# $answer: die Adressen, „CNAME Ziel“ oder „NXDOMAIN“.
pg-dns-one-answered = 1 Resolver hat geantwortet: { $answer }
# $count ist 2 oder mehr.
pg-dns-agree = { $count ->
        [one] { $count } Resolver stimmt überein: { $answer }
       *[other] { $count } Resolver stimmen überein: { $answer }
    }
# $count ist 2 oder mehr; $answers: „203.0.113.10 (2), 198.51.100.7 (1)“.
pg-dns-disagree = { $count ->
        [one] { $count } Resolver antwortet abweichend: { $answers }
       *[other] { $count } Resolver antworten unterschiedlich: { $answers }
    }
# $summary: pg-dns-agree oder pg-dns-disagree; $count Resolver haben nicht geantwortet.
pg-dns-silent = { $summary }, { $count ->
        [one] { $count } hat nicht geantwortet
       *[other] { $count } haben nicht geantwortet
    }
pg-dns-no-records = keine A/AAAA-Einträge
pg-dns-no-address = keine Adresse
pg-routes-none = kein Weg versucht
# „Port 80 abgelehnt“.
pg-route-port = Port { $port }
# $origin: „203.0.113.10:443“; $result und $edge: der HTTP-Status („502“) oder was passiert ist
# („connect refused“).
pg-origin-answered = { $origin } antwortete mit { $result }
pg-origin-answered-edge = { $origin } antwortete mit { $result } (Edge: { $edge })
pg-origin-edge = { $origin } { $result } (Edge: { $edge })
pg-paths-none = keine Pfade geprüft
pg-burst-off = ausgeschaltet: Es wurden keine zusätzlichen Anfragen gesendet
pg-burst-none = keine Anfragen gesendet
# $at: wie viele Anfragen gleichzeitig, „4“ oder „1-4“; $failures: die Fehler jeder Runde, „0, 0, 5“.
pg-burst-summary = { $total ->
       [one] { $total } Anfrage
       *[other] { $total } Anfragen
    }, { $at } gleichzeitig: { $failures } fehlgeschlagen
# $why: warum der Lasttest aufgehört hat („nichts hat geantwortet“).
pg-burst-summary-stopped = { $total ->
       [one] { $total } Anfrage
       *[other] { $total } Anfragen
    }, { $at } gleichzeitig: { $failures } fehlgeschlagen (vorzeitig beendet: { $why })

## src/report/server.rs

pg-server-title = Gateway Doctor: Serverprüfung
# $at: wann der Bericht erstellt wurde (RFC 3339).
pg-server-generated = Erstellt: { $at }.
# Der Zustand einer Anwendung dahinter (die anderen sind IDs: refused, timeout…).
pg-server-state-ok = ok
pg-server-state-not-checked = nicht geprüft
pg-server-state-too-slow = zu langsam
# Der Schweregrad eines Befunds, in eckigen Klammern.
pg-server-severity-error = {"["}FEHLER]
pg-server-severity-warning = {"["}Warnung]
pg-server-severity-info = {"["}Info]
# Wo ein Befund oder eine Anwendung dahinter steht: die Konfigurationsdatei und die Zeile.
pg-server-place = { $config } Zeile { $line }
# Die Überschriften (die Textform hängt einen Doppelpunkt an).
pg-server-config-read = Gelesene Konfiguration
pg-server-none-found = (keine gefunden)
pg-server-this-machine = Diese Maschine
pg-server-findings = Befunde
pg-server-upstreams = Server dahinter
pg-server-upstreams-tried = Server dahinter (je einmal angefragt)
# $count: wie viele Fehler-Logs gelesen wurden.
pg-server-error-logs = Fehler-Logs ({ $count } gelesen):
pg-server-error-logs-nothing = nichts über ausgefallene Server dahinter
# Eine gelesene Konfiguration: $name ist die Software mit ihrer Version („nginx 1.24.0“), $config
# die Hauptdatei, $found_by, wie sie gefunden wurde, $files, wie viele Dateien sie hat.
pg-server-config = { $name } { $config } ({ $found_by }; { $files ->
        [one] { $files } Datei
       *[other] { $files } Dateien
    })
pg-server-config-test-passes = { $name } { $config } ({ $found_by }; { $files ->
        [one] { $files } Datei
       *[other] { $files } Dateien
    }; Konfigurationstest bestanden)
pg-server-config-test-fails = { $name } { $config } ({ $found_by }; { $files ->
        [one] { $files } Datei
       *[other] { $files } Dateien
    }; Konfigurationstest SCHLÄGT FEHL)
# Eine angefragte Anwendung dahinter: die Direktive, wohin sie zeigt, wo sie steht, was der Versuch
# ergab ($detail, aus machine.ftl) und wie lange er in Millisekunden gedauert hat ($ms).
pg-server-upstream = { $directive } -> { $target } ({ $config } Zeile { $line }): { $detail }
pg-server-upstream-ms = { $directive } -> { $target } ({ $config } Zeile { $line }): { $detail }, { $ms } ms
# Unter einem Befund: wo er steht, und die Behebung.
pg-server-at = Stelle: { $place }
pg-server-fix = Behebung: { $fix }
# Die Tabelle der Anwendungen dahinter.
pg-server-col-state = Zustand
pg-server-col-directive = Direktive
pg-server-col-target = Ziel
pg-server-col-where = Ort
pg-server-col-detail = Detail
# Diese Maschine: $source ist, wo das Kernel-Log gelesen wurde (journalctl -k, /var/log/kern.log).
pg-server-kernel-no-oom = Kernel-Log ({ $source }): keine OOM-Kills in den letzten { $hours } h
pg-server-kernel-oom = Kernel-Log ({ $source }): { $count ->
        [one] { $count } OOM-Kill
       *[other] { $count } OOM-Kills
    }
# $path: ein Einhängepunkt; $why: was darauf liegt („nginx-Logs“); $used und $inodes: Prozentwerte.
pg-server-disk = Laufwerk mit { $path } ({ $why }): { $used } % belegt, Inodes zu { $inodes } % belegt
# Ein Dienst: seine Unit, sein Zustand und Unterzustand (Wörter von systemd: active, running), wie oft er
# neu gestartet wurde.
pg-server-service-restarts = { $unit }: { $active } ({ $sub }), { $count ->
       [one] { $count } Neustart
       *[other] { $count } Neustarts
    }

## src/gui/panels/logs.rs

pg-logs-title = Server-Logs
pg-logs-intro = Gateway Doctor liest die Logs von nginx, Apache, PHP-FPM und PHP (auch .gz- und rotierte Dateien) auf diesem Computer und sucht die Zeilen heraus, die ein 502 oder 504 erklären. Nichts wird irgendwohin gesendet.
pg-logs-analyse = 📂 Logs analysieren…
pg-logs-analyse-hover = Log-Dateien auswählen, z. B. /var/log/nginx/error.log
pg-logs-or-drop = oder Log-Dateien auf dieses Fenster ziehen
# $percent: wie viel gelesen wurde, „42“.
pg-logs-reading = { $count ->
        [one] { $count } Datei wird gelesen… { $percent } %
       *[other] { $count } Dateien werden gelesen… { $percent } %
    }
pg-logs-cancel = Abbrechen
pg-logs-cancel-hover = Lesen beenden
pg-logs-will-read = { $count ->
       [one] { $count } Log-Datei wird
       *[other] { $count } Log-Dateien werden
    } nach der nächsten Prüfung gelesen.
pg-logs-cancelled = Das Lesen wurde abgebrochen: Diese Ergebnisse umfassen nur das bisher Gelesene.
pg-logs-what-they-say = Was die Logs sagen
pg-logs-none = Keine bekannte Ursache für 502/504 in diesen Logs.
# $subjects: die Backends, URLs oder Dateien, um die es in einem Befund geht, mit „, “ verbunden.
pg-logs-involved = Beteiligt: { $subjects }
# $count: wie viele Beispielzeilen darunter stehen.
pg-logs-examples = Beispielzeilen ({ $count })
# Eine gelesene Datei: $format ist die Art des Logs („nginx-Fehler-Log“).
pg-logs-file = { $format }, { $lines ->
       [one] { $lines } Zeile
       *[other] { $lines } Zeilen
    }
pg-logs-file-skipped = { $format }, { $lines ->
       [one] { $lines } Zeile
       *[other] { $lines } Zeilen
    }, { $skipped ->
       [one] { $skipped } unlesbare Zeile übersprungen
       *[other] { $skipped } unlesbare Zeilen übersprungen
    }
pg-logs-access = Zugriffs-Logs
pg-logs-access-no-errors = { $total ->
       [one] { $total } Anfrage, nicht mit einem Serverfehler beantwortet.
       *[other] { $total } Anfragen, keine davon mit einem Serverfehler beantwortet.
    }
# $statuses: „7 × 502, 1 × 504“.
pg-logs-access-errors = { $total ->
       [one] { $total } Anfrage
       *[other] { $total } Anfragen
    }, davon { $errors ->
       [one] { $errors } mit einem Serverfehler beantwortet
       *[other] { $errors } mit einem Serverfehler beantwortet
    } ({ $statuses }).
pg-logs-per-minute = Serverfehler pro Minute
pg-logs-top-pages = Seiten mit den meisten Fehlern
# Der Name der Balken im Diagramm der Serverfehler pro Minute.
pg-logs-chart = 5xx-Antworten
pg-logs-drop-hint = Server-Log-Dateien hier ablegen, um sie zu lesen

## src/gui/app/recovery.rs

# $host: der Hostname der Website.
pg-recovery-back = Gute Nachricht: { $host } funktioniert wieder.
# Titel und Text der Desktop-Benachrichtigung; $at ist die Uhrzeit („14:02:07 UTC“), $checks, wie viele
# Prüfungen gemacht wurden.
pg-recovery-back-title = { $host } ist wieder da
pg-recovery-back-body = Gateway Doctor: Die Website hat um { $at } normal geantwortet, nach { $checks ->
       [one] { $checks } Prüfung
       *[other] { $checks } Prüfungen
    }.
# $site: „https://shop.example.com“; $path: die geschriebene Datei.
pg-recovery-csv-saved = { $count ->
       [one] { $count } Prüfung
       *[other] { $count } Prüfungen
    } von { $site } in { $path } gespeichert
pg-recovery-csv-failed = Der Verlauf konnte nicht in { $path } gespeichert werden: { $error }
