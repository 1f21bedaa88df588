# Die eigenen Texte der Kommandozeile (gateway-doctor check, logs, watch, history, server, har): Aufruf-
# und Eingabefehler, Hinweise auf stderr, was jeder Unterbefehl um seinen Bericht herum ausgibt, die
# Live-Zeilen von `check`. Optionen (--timeout), Befehle, Dateipfade, Namen der Prüfungen (dns, tcp, http …),
# Befund-IDs (failing, healthy) und das JSON bleiben, wie sie sind. Das Programm schreibt
# „gateway-doctor: “ vor jeden Fehler und jeden Hinweis auf stderr.

## src/cli/mod.rs

cli-value-not-utf8 = der Wert ist kein gültiges UTF-8
# Nennt einen Wert, der keine eigene Option hat, in „ein Wert: warum“.
cli-flag-a-value = ein Wert
# $error sagt, was an der Adresse falsch ist.
cli-expected-host-port = erwartet: HOST:PORT ({ $error })
cli-output-no-folder = --output: Der Ordner { $folder } existiert nicht
cli-output-is-folder = --output: { $path } ist ein Ordner; erwartet wird ein Dateiname
cli-timeout-range = --timeout: erwartet werden Sekunden zwischen 0 und 600, angegeben: { $value }
cli-retries-range = --retries: erwartet wird höchstens 20, angegeben: { $value }
cli-owner-only-flags = --origin, --expect-ip, --public-resolver, --authoritative, --no-burst, --no-server-checks und --logs sind Prüfungen für Betreiber: Fügen Sie --mode owner hinzu
cli-no-runtime = die asynchrone Laufzeitumgebung kann nicht gestartet werden
cli-no-runtime-why = die asynchrone Laufzeitumgebung kann nicht gestartet werden: { $error }
cli-looking-for-site-status = Suche nach der eigenen Statusseite der Website unter { $url } ...
cli-no-status-page = Keine Statusseite gefunden: Kein bekannter Anbieter hat geantwortet, und die Website veröffentlicht keine.
# Eine Zeile zum gespeicherten Verlauf der Website ($line ist einer der Sätze des Verlaufs).
cli-history-line = Verlauf: { $line }
cli-cannot-write-report = der Bericht kann nicht nach { $path } geschrieben werden
cli-report-written = Bericht gespeichert unter { $path }
cli-proxy-unsupported = Hinweis: Der Proxy { $proxy } ist kein einfacher HTTP-Proxy und wird nicht unterstützt; es wird ohne ihn geprüft
cli-no-app = Diese Version enthält keine Desktop-App; verwenden Sie `gateway-doctor check <address>`.

## src/cli/probe_lines.rs
# Die Live-Zeilen von `check`: Jede beginnt mit dem Namen der Prüfung (dns, tcp, http …), der unverändert bleibt.

# $status und $reason: die HTTP-Statuszeile (502 Bad Gateway); $protocol: HTTP/2, HTTP/1.1 …
cli-probe-http-over = { $status } { $reason } ({ $ms } ms) über { $protocol }
# $clean und $cached sind Ergebnis-IDs (ok, 502, timeout …).
cli-probe-cache = frisch: { $clean }, mit Cache/Cookies: { $cached }
# $ok und $total sind Zahlen.
cli-probe-network = erreichbare Vergleichs-Endpunkte: { $ok } von { $total }
# $reason sagt, warum die Prüfung nicht lief.
cli-probe-skipped = übersprungen: { $reason }

## src/cli/logs.rs
# $count, $lines, $skipped, $total, $failed und $minutes sind Zahlen (für Pluralformen).

# Der Fortschrittsbalken beim Lesen der Logs. $msg, $bar, $bytes, $total, $rate und $eta setzt der
# Fortschrittsbalken selbst ein: Behalten Sie jeden davon genau einmal.
cli-logs-progress = { $msg } [{ $bar }] { $bytes }/{ $total } mit { $rate }, noch { $eta }
cli-logs-reading =
    { $count ->
        [one] { $count } Log-Datei wird gelesen
       *[other] { $count } Log-Dateien werden gelesen
    }
cli-logs-severity-error = FEHLER
cli-logs-severity-warning = WARNUNG
cli-logs-severity-info = INFO
# Wann ein Befund gesehen wurde: $first und $last sind Zeiten, wie das Log sie geschrieben hat.
cli-logs-seen-at = um { $first }
cli-logs-seen-span = von { $first } bis { $last }
cli-logs-seen-unknown = Zeitpunkt unbekannt
cli-logs-not-read = { $path }: NICHT GELESEN: { $error }
# $format nennt die Art des Logs (Fehler-Log von nginx …).
cli-logs-file =
    { $lines ->
        [one] { $path }: { $format }, { $lines } Zeile
       *[other] { $path }: { $format }, { $lines } Zeilen
    }
cli-logs-file-skipped =
    { $path }: { $format }, { $lines ->
        [one] { $lines } Zeile
       *[other] { $lines } Zeilen
    } ({ $skipped ->
        [one] { $skipped } binäre/unlesbare/zu lange Zeile übersprungen
       *[other] { $skipped } binäre/unlesbare/zu lange Zeilen übersprungen
    })
cli-logs-cancelled = Abgebrochen: Die Ergebnisse unten umfassen nur das bisher Gelesene.
cli-logs-no-finding = In diesen Logs wurde keine bekannte Ursache für 502/504 gefunden.
# $severity ist eines der Schweregrad-Wörter oben; $cause ist eine ID (upstream_timeout); $seen eine der
# „Wann“-Angaben oben.
cli-logs-finding =
    { $count ->
        [one] {"["}{ $severity }] { $title } ({ $cause }) — { $count }-mal, { $seen }
       *[other] {"["}{ $severity }] { $title } ({ $cause }) — { $count }-mal, { $seen }
    }
# $subjects: die beteiligten Anwendungen dahinter, Pools oder Dateien.
cli-logs-involved = Beteiligt: { $subjects }
cli-logs-fix = Lösung: { $fix }
cli-logs-access =
    { $total ->
        [one] Zugriffs-Logs: { $total } Anfrage, davon { $failed } mit 5xx beantwortet
       *[other] Zugriffs-Logs: { $total } Anfragen, davon { $failed } mit 5xx beantwortet
    }
cli-logs-top-pages = Seiten mit den meisten Fehlern:
cli-logs-5xx-span =
    { $minutes ->
        [one] 5xx von { $first } bis { $last } in { $minutes } Minute
       *[other] 5xx von { $first } bis { $last } in { $minutes } Minuten
    }
cli-logs-5xx-span-peak =
    { $minutes ->
        [one] 5xx von { $first } bis { $last } in { $minutes } Minute; schlimmste Minute { $peak } ({ $peak_count })
       *[other] 5xx von { $first } bis { $last } in { $minutes } Minuten; schlimmste Minute { $peak } ({ $peak_count })
    }
# Der Markdown-Bericht (** ** ist fett, ` ` ist Code).
cli-logs-md-title = Log-Analyse
cli-logs-md-not-read = `{ $path }`: **nicht gelesen**: { $error }
cli-logs-md-file =
    { $lines ->
        [one] `{ $path }`: { $format }, { $lines } Zeile, { $skipped } übersprungen
       *[other] `{ $path }`: { $format }, { $lines } Zeilen, { $skipped } übersprungen
    }
cli-logs-md-cancelled = Abgebrochen: unvollständige Ergebnisse.
cli-logs-md-findings = Befunde
cli-logs-md-no-finding = Keine bekannte Ursache für 502/504 gefunden.
cli-logs-md-count = { $count }-mal, { $seen }. { $explanation }
cli-logs-md-involved = Beteiligt: `{ $subjects }`
cli-logs-md-fix = **Lösung:** { $fix }
cli-logs-md-access-title = Zugriffs-Logs
cli-logs-md-access =
    { $total ->
        [one] { $total } Anfrage, davon { $failed } mit 5xx beantwortet.
       *[other] { $total } Anfragen, davon { $failed } mit 5xx beantwortet.
    }
cli-logs-md-col-status = Status
cli-logs-md-col-count = Anzahl
cli-logs-md-col-page = Seite
cli-logs-md-5xx-span = 5xx von { $first } bis { $last }.

## src/cli/watch.rs

cli-watch-interval-range = --interval: erwartet werden Sekunden zwischen 1 und 3600, angegeben: { $value }
cli-watch-max-checks = --max-checks: erwartet wird mindestens 1
cli-watch-start = { $url } wird alle { $seconds } s geprüft
cli-watch-start-until = { $url } wird alle { $seconds } s geprüft, bis die Website funktioniert
# Titel und Text der Desktop-Benachrichtigung, wenn die Website wieder funktioniert; $how ist „HTTP 200“ oder
# cli-watch-it-answered.
cli-watch-back-title = { $host } ist wieder da
cli-watch-back-body = { $url } funktioniert wieder ({ $how }).
cli-watch-it-answered = Antwort erhalten
cli-watch-back-up = Wieder erreichbar: { $body }
cli-watch-notified = Desktop-Benachrichtigung gesendet.
cli-watch-not-notified = Desktop-Benachrichtigung nicht angezeigt: { $why }.
cli-watch-stopped =
    { $checks ->
        [one] Beendet nach { $checks } Prüfung, davon { $failed } fehlgeschlagen.
       *[other] Beendet nach { $checks } Prüfungen, davon { $failed } fehlgeschlagen.
    }
cli-watch-notifier-failed = die Benachrichtigung ist fehlgeschlagen: { $error }
cli-watch-desktop-silent = der Desktop hat nicht innerhalb von { $seconds } s geantwortet
# In der Zeile einer Prüfung, wenn keine HTTP-Antwort kam.
cli-watch-no-answer = keine Antwort
cli-watch-next = (nächste Prüfung in { $seconds } s)

## src/cli/history.rs

cli-history-not-stored = Hinweis: Diese Prüfung wird nicht im Verlauf gespeichert: { $error }
cli-history-limit = --limit: erwartet wird mindestens 1
cli-history-cannot-open = der Prüfverlauf kann nicht geöffnet werden
cli-history-cannot-write-csv = die CSV-Datei kann nicht nach { $path } geschrieben werden
# $count ist eine Zahl.
cli-history-csv-written =
    { $count ->
        [one] { $count } Prüfung nach { $path } geschrieben
       *[other] { $count } Prüfungen nach { $path } geschrieben
    }
cli-history-empty = Noch keine Prüfungen in { $path } gespeichert.
cli-history-site-empty = Keine Prüfungen von { $site } in { $path } gespeichert.

## src/cli/server.rs

cli-server-kernel-log = --kernel-log { $path }: { $error } (erwartet wird ein lesbares Kernel-Log, z. B. /var/log/kern.log)
cli-server-timeout-range = erwartet werden Sekunden zwischen 0 und 600

## src/cli/status.rs
# „site“ ist ein Wert zum Eintippen (--status-url site=URL): Er bleibt, wie er ist.

cli-status-url-form = erwartet: PROVIDER=URL (z. B. cloudflare=https://...), angegeben: { $value }
cli-status-unknown-provider = unbekannter Anbieter { $provider }: erwartet wird einer von { $known } oder site (die eigene Statusseite der Website)
cli-status-not-url = { $url } ist keine URL: { $error }
cli-status-not-http = { $url }: erwartet wird eine http://- oder https://-Adresse
# $names: die Namen der Anbieter mit ihren Statusseiten, verbunden mit cli-status-and.
cli-status-asking = Die Statusseite von { $names } wird abgefragt (nur die Status-Website des Anbieters wird kontaktiert) ...
# Verbindet zwei Namen in einer Liste („Cloudflare und Fastly“).
cli-status-and = und

## src/cli/world.rs

# $count ist eine Zahl (etwa 10).
cli-world-asking =
    { $count ->
        [one] Globalping ({ $url }), ein Dienst eines Drittanbieters, wird gebeten, diese Website von etwa { $count } Ort auf der Welt aus zu laden (er erhält den Hostnamen und den Pfad) ...
       *[other] Globalping ({ $url }), ein Dienst eines Drittanbieters, wird gebeten, diese Website von etwa { $count } Orten auf der Welt aus zu laden (er erhält den Hostnamen und den Pfad) ...
    }

## src/cli/har.rs

cli-har-cannot-read = { $path } kann nicht gelesen werden: { $error }
cli-har-sanitize-self = --sanitize: { $path } ist die Aufzeichnung selbst; geben Sie einen anderen Dateinamen an (das Original wird nie überschrieben)
cli-har-cannot-write-sanitized = die bereinigte Aufzeichnung kann nicht nach { $path } geschrieben werden
