# Die eigenen Worte der Prüfungen und Parser: warum eine Prüfung übersprungen wurde, wie eine Anfrage
# oder eine DNS-Abfrage fehlschlug, was der Lasttest ergab, was der Fingerabdruck in einer Antwort sah
# (Details-Bereich, Berichte, Belege des Befunds), die Fehler der Clients für Statusseiten und
# Globalping, die Fehler beim Lesen der Logs und die Namen der Log-Formate, die Fehler der
# Desktop-Benachrichtigung.
# Nicht hier (nie übersetzt): Header-Namen, HTTP-Reason-Phrases, Werte aus dem Protokoll, IDs, Muster,
# die mit Daten verglichen werden, der Fehlertext des Betriebssystems und der Bibliotheken ($error).
# $secs und $ms sind bereits formatierte Zahlen („10.0“, „250“); eine Adresse ($address, $server)
# ist eine IP-Adresse mit Port.

## src/probe/mod.rs: why a probe was skipped

eng-skip-no-name = der Name ließ sich nicht auflösen, es gibt also kein Ziel für eine Verbindung
eng-skip-proxy-resolves = der Name lässt sich auf diesem Computer nicht auflösen; das übernimmt stattdessen der Proxy
eng-skip-plain-http = die Website wird über einfaches http ausgeliefert (kein Zertifikat beteiligt)
eng-skip-no-tcp = keine TCP-Verbindung, über die TLS laufen könnte
eng-skip-no-answer-cache = der Server antwortet überhaupt nicht, also kann keine Seite im Cache die Ursache sein
eng-skip-no-answer-http3 = keine Antwort, aus der sich ein HTTP/3-Angebot (Alt-Svc) lesen ließe
eng-skip-no-answer = der Server antwortet überhaupt nicht
eng-skip-no-connections = der Server nimmt keine Verbindungen an

## Shared by several probes (src/probe/paths.rs, src/probe/tcp.rs, src/status_client/mod.rs)

eng-no-answer-within = keine Antwort innerhalb von { $secs } s
# $error: warum sich der Name nicht auflösen ließ (die Worte des Resolvers oder eine Ergebnis-ID wie NxDomain).
eng-cannot-resolve = { $host } lässt sich nicht auflösen: { $error }

## src/probe/burst.rs: the owner's small burst of requests

eng-burst-off = der kleine Lasttest war ausgeschaltet
eng-burst-label = ein kleiner Lasttest mit { $requests ->
        [one] { $requests } Anfrage
       *[other] { $requests } Anfragen
    }, höchstens { $concurrency } gleichzeitig
eng-burst-stopped-slow = nach { $count ->
        [one] { $count } Anfrage
       *[other] { $count } Anfragen
    } abgebrochen: Die Website ist langsam, und die Zeit für den Lasttest ist abgelaufen
eng-burst-stopped-silent = nach { $count ->
        [one] { $count } Anfrage
       *[other] { $count } Anfragen
    } abgebrochen: Es kam überhaupt keine Antwort
eng-burst-no-answer = keine Antwort in der verfügbaren Zeit

## src/probe/dns.rs

eng-dns-no-system-config = keine nutzbare DNS-Konfiguration des Systems: { $error }
eng-dns-timeout = keine Antwort vom Resolver innerhalb von { $secs } s
eng-dns-ns-timeout = keine NS-Antwort für { $zone } innerhalb von { $secs } s
eng-dns-ns-failed = NS-Abfrage für { $zone } fehlgeschlagen: { $error }

## src/probe/http3.rs

eng-http3-no-address = keine Adresse für { $host }
eng-http3-udp-silent = keine Antwort über UDP innerhalb von { $secs } s
eng-http3-quic-setup = QUIC lässt sich nicht einrichten: { $error }
eng-http3-udp-socket = kein UDP-Socket verfügbar: { $error }
eng-http3-quic-start = der QUIC-Handshake lässt sich nicht starten: { $error }

## src/probe/propagation.rs: DNS asked at every resolver (owner mode)

# Zeilentitel: „Dieser Computer“, „Cloudflare 1.1.1.1“, „Öffentlicher Resolver 192.0.2.1“, „Nameserver 192.0.2.53“.
eng-dns-row-no-lookup = Keine DNS-Abfrage
eng-dns-row-this-computer = Dieser Computer
eng-dns-row-resolver = Resolver { $server }
eng-dns-row-public = Öffentlicher Resolver { $server }
eng-dns-row-name-server = Nameserver { $server }
# $name steht bereits in Anführungszeichen.
eng-dns-row-not-a-name = Host: { $name } ist kein gültiger DNS-Name ({ $error })
eng-dns-row-not-involved = der Host ist eine IP-Adresse oder localhost; DNS spielt keine Rolle
eng-dns-ns-unresolved = die Adressen der Nameserver selbst ließen sich nicht auflösen
eng-dns-no-ns = keine NS-Einträge für { $name } oder die darüberliegenden Domains gefunden
eng-dns-encode = die Abfrage ließ sich nicht kodieren: { $error }
eng-dns-udp-socket = kein UDP-Socket für { $server } verfügbar: { $error }
eng-dns-unreachable = { $server } war nicht erreichbar: { $error }
eng-dns-send = Senden an { $server } fehlgeschlagen: { $error }
eng-dns-no-reply-from = keine Antwort von { $server }: { $error }
eng-dns-malformed = fehlerhafte Antwort von { $server }: { $error }
eng-dns-no-reply = keine Antwort innerhalb von { $secs } s
# $code: der Name des DNS-Antwortcodes (REFUSED, NOTIMP, ...).
eng-dns-rcode = unerwarteter Antwortcode { $code }
eng-dns-truncated = Antwort gekürzt (zu groß für UDP); möglicherweise fehlen Einträge

## src/probe/routes.rs: the ways to reach the site (owner mode)

# $scheme: http oder https.
eng-route-port = Port { $port } ({ $scheme })
eng-route-unfinished = nicht innerhalb von { $secs } s abgeschlossen

## src/probe/steps.rs: what each request of the visitor steps was

eng-step-try = Versuch { $n }
eng-step-try-http1 = über HTTP/1.1
eng-step-fresh-profile = frisches Profil
eng-step-with-cache = mit Cache und Cookies
eng-step-through-proxy = über den Proxy
eng-step-direct = direkt

## src/probe/tls.rs

eng-tls-cert-checks = die Zertifikatsprüfung lässt sich nicht einrichten: { $error }
eng-tls-bad-name = ungültiger Name für TLS: { $error }
eng-tls-timeout = der TLS-Handshake wurde nicht innerhalb von { $secs } s abgeschlossen
eng-tls-self-signed = selbstsigniertes Zertifikat ({ $error })
eng-tls-never-checked = das Zertifikat des Servers wurde nie geprüft

## src/probe/http/mod.rs: how a request failed

eng-http-bad-redirect = das Ziel der Weiterleitung ist nicht verwendbar: { $error }
eng-http-redirect-loop = Weiterleitungsschleife: { $url } führt zurück zu einer bereits besuchten Adresse
eng-http-too-many-redirects = mehr als { $max ->
        [one] { $max } Weiterleitung
       *[other] { $max } Weiterleitungen
    }
eng-http-no-response = verbunden, aber keine Antwort innerhalb von { $secs } s
# $status und $reason: die Antwort des Proxys, z. B. „407 Proxy Authentication Required“.
eng-http-proxy-credentials = der Proxy verlangt Zugangsdaten ({ $status } { $reason })
eng-http-connect-failed = keine Verbindung zu { $host }:{ $port } möglich: { $error }
eng-http-proxy-connect-failed = keine Verbindung zum Proxy { $host }:{ $port } möglich: { $error }
eng-http-no-address = keine Adresse für eine Verbindung
eng-http-proxy-connect-timeout = der Proxy hat auf die CONNECT-Anfrage nicht rechtzeitig geantwortet

## src/probe/http/wire.rs

eng-http-build-request = die Anfrage lässt sich nicht erstellen: { $error }
eng-http-body-timeout = der Inhalt der Antwort ist nicht rechtzeitig vollständig angekommen
# $code: der HTTP/2-Fehlercode (INTERNAL_ERROR, ...).
eng-http-body-reset = der Inhalt wurde abgeschnitten: Der Server hat den Stream zurückgesetzt ({ $code })
eng-http-body-cut = der Inhalt wurde abgeschnitten: { $error }
eng-http2-goaway = der Server hat die HTTP/2-Verbindung geschlossen (GOAWAY { $code }), statt zu antworten
eng-http2-reset = der Server hat den HTTP/2-Stream zurückgesetzt (RST_STREAM { $code }), statt zu antworten
eng-http-not-http = der Server hat mit etwas geantwortet, das kein HTTP ist ({ $error })
eng-http-closed = der Server hat die Verbindung ohne vollständige Antwort geschlossen ({ $error })
eng-proxy-closed = der Proxy hat die Verbindung geschlossen: { $error }
eng-proxy-closed-connect = der Proxy hat die Verbindung während CONNECT geschlossen
eng-proxy-answer-too-long = die Antwort des Proxys auf CONNECT ist zu lang
# $status: die Statuszeile des Proxys, wie gesendet.
eng-proxy-refused-tunnel = der Proxy hat den Tunnel verweigert: { $status }

## src/probe/http/decode.rs

eng-decode-zstd = der zstd-kodierte Inhalt ließ sich nicht dekodieren: { $error }
# $coding: das Content-Encoding, in Anführungszeichen.
eng-decode-unknown = der Inhalt ist als { $coding } kodiert; das kann Gateway Doctor nicht dekodieren
eng-decode-partial = der Inhalt ({ $coding }) ließ sich nicht vollständig dekodieren: { $error }

## src/evidence/http3.rs: one line on HTTP/3

eng-http3-not-offered = HTTP/3 nicht angeboten (kein h3 in Alt-Svc)
eng-http3-works = HTTP/3 angeboten und funktioniert von hier aus (QUIC-Handshake in { $ms } ms)
eng-http3-works-at = HTTP/3 angeboten und funktioniert von hier aus (QUIC-Handshake mit { $address } in { $ms } ms)
eng-http3-blocked = HTTP/3 angeboten, aber hier blockiert (keine QUIC-Antwort über UDP innerhalb von { $secs } s); Browser weichen nach kurzer Verzögerung auf TCP aus, daran scheitert die Seite also nicht
eng-http3-blocked-at = HTTP/3 angeboten, aber hier blockiert (keine QUIC-Antwort von { $address } über UDP innerhalb von { $secs } s); Browser weichen nach kurzer Verzögerung auf TCP aus, daran scheitert die Seite also nicht
eng-http3-failed = HTTP/3 angeboten, aber der QUIC-Handshake ist fehlgeschlagen ({ $error }); Browser weichen auf TCP aus
eng-http3-failed-at = HTTP/3 angeboten, aber der QUIC-Handshake mit { $address } ist fehlgeschlagen ({ $error }); Browser weichen auf TCP aus
eng-http3-no-reason = kein Grund angegeben

## src/evidence/logs.rs: the log reading's line in the probe list

eng-logs-summary = { $read } von { $files ->
        [one] { $files } Log-Datei
       *[other] { $files } Log-Dateien
    } gelesen, { $findings ->
        [one] { $findings } Befund
       *[other] { $findings } Befunde
    }
# $summary: eng-logs-summary.
eng-logs-summary-access = { $summary }, { $count ->
        [one] { $count } 5xx-Antwort
       *[other] { $count } 5xx-Antworten
    } in den Zugriffs-Logs
eng-logs-summary-cancelled = { $summary } (abgebrochen: nur teilweise gelesen)

## src/fingerprint/mod.rs and src/fingerprint/cdn/mod.rs: names of software and edges that are not product names alone

# Namen, die ohne Artikel in andere Sätze eingesetzt werden (wie ein Eigenname).
eng-sw-aws-elb = AWS Load Balancer
eng-sw-gcp-lb = Google Cloud Load Balancer
eng-sw-azure = Azure-Gateway
eng-sw-heroku = Heroku-Router
# Steht auch nach „von“ („HTTP 502 von …“), daher ohne Artikel und ohne Kasusendung.
eng-sw-unknown = Server unbekannten Typs
eng-edge-google-hosting = Google-Hosting

## src/fingerprint/rules.rs and src/fingerprint/wordpress.rs: what matched in a response

# $name: ein Header-Name (server, via, ...), $value: sein Wert, wie gesendet.
eng-fp-header = Header { $name }: { $value }
eng-fp-header-name = Header { $name }
eng-fp-status = Status { $status }
# $reason, $title, $text, $pattern: Text aus der Antwort oder der Signatur, unverändert angezeigt.
eng-fp-reason = Statustext „{ $reason }“
eng-fp-title = Titel „{ $title }“
eng-fp-body = Inhalt: „{ $text }“
eng-fp-body-empty = Inhalt: leer
eng-fp-body-lacks = kein „{ $pattern }“ im Inhalt
# $header: set-cookie oder cookie.
eng-wp-session-cookie = { $header }: PHPSESSID-Cookie
eng-wp-rest-header = Header link: WordPress-REST-API (wp-json)
eng-wp-generator = generator-Meta-Tag: { $content }
eng-wp-rest-page = die Seite verlinkt auf die WordPress-REST-API (wp-json)
# $dir: /wp-content/ oder /wp-includes/.
eng-wp-loads-from = die Seite lädt Dateien aus { $dir }

## src/fingerprint/cdn/mod.rs: how the CDN or load balancer in front was recognised

# $provider: der Name des Anbieters (Cloudflare); $date: das Datum des Stands (2026-12-01).
eng-edge-in-ranges = Adresse { $ip } liegt in den veröffentlichten Adressbereichen von { $provider } ({ $range }, Stand { $date })
eng-edge-cname = DNS-Name { $name } endet auf .{ $suffix } ({ $provider })
# $what: eng-fp-header oder eng-fp-header-name.
eng-edge-header = Antwort ({ $what }) weist auf { $provider } hin

## src/status_client/mod.rs and src/provider_status/mod.rs: asking a status page

eng-status-the-site = Die Website
eng-status-client-setup = der Client lässt sich nicht einrichten: { $error }
# $code $reason: „503 Service Unavailable“; $retry: „ (Retry-After: 120)“ oder nichts.
eng-status-answered = die Statusseite antwortete mit { $code } { $reason }{ $retry }
eng-status-too-large = die Antwort ist größer als { $mib } MiB
# $expected: eine der eng-status-expected-* (Akkusativ); $found: eine der eng-status-found-* oder der Anfang der Antwort, in Anführungszeichen.
eng-status-not-format = die Statusseite sollte { $expected } liefern, lieferte aber etwas anderes ({ $found })
eng-status-expected-statuspage = eine summary.json von Statuspage
eng-status-expected-google = die incidents.json von Google Cloud
eng-status-expected-feed = einen RSS- oder Atom-Feed
eng-status-found-empty = eine leere Antwort
eng-status-found-markup = HTML oder XML
eng-status-found-json = JSON in anderer Form oder abgeschnitten

## src/globalping/client.rs: asking Globalping

# $url steht bereits in Anführungszeichen.
eng-gp-bad-url = --globalping-url: erwartet wird eine http://- oder https://-Adresse, angegeben: { $url }
eng-gp-unreachable = Globalping unter { $url } war nicht erreichbar: { $why }
eng-gp-slow = Globalping unter { $url } hat nicht innerhalb von { $secs } s geantwortet
# $limits: „; “ und die Teile eng-gp-limit-*, mit „, “ verbunden, oder nichts; $message: die Worte von Globalping.
eng-gp-rate-limited = Das Limit von Globalping für anonyme Tests ist aufgebraucht (HTTP 429{ $limits }): { $message }
eng-gp-limit-limit = Limit { $value }
eng-gp-limit-remaining = verbleibend { $value }
eng-gp-limit-resets = zurückgesetzt in (s) { $value }
eng-gp-limit-retry-after = erneut versuchen nach (s) { $value }
eng-gp-http = Globalping antwortete mit HTTP { $status }: { $message }
# $what: eine der eng-gp-malformed-*; $excerpt: der Anfang der Antwort.
eng-gp-malformed = Die Antwort von Globalping entspricht nicht der Dokumentation seiner API ({ $what }): { $excerpt }
eng-gp-malformed-too-large = eine Antwort über { $mb } MB
eng-gp-malformed-no-id = keine Mess-ID
eng-gp-malformed-json = ungültiges JSON: { $error }
# Ein Ort, für den Globalping keine Stadt und kein Land angegeben hat.
eng-gp-somewhere = irgendwo

## src/logs/mod.rs and src/logs/parse.rs: reading server logs

eng-logformat-nginx-error = nginx-Fehler-Log
eng-logformat-access = Zugriffs-Log
eng-logformat-apache-error = Apache-Fehler-Log
eng-logformat-php-fpm = PHP-FPM-Log
eng-logformat-php-error = PHP-Fehler-Log
eng-logformat-unknown = unbekanntes Format
eng-log-permission-denied = { $path } lässt sich nicht lesen: Zugriff verweigert (mit sudo ausführen oder die Datei an einen lesbaren Ort kopieren)
eng-log-not-found = { $path } lässt sich nicht lesen: Die Datei existiert nicht
eng-log-is-directory = { $path } lässt sich nicht lesen: Das ist ein Verzeichnis, keine Log-Datei
eng-log-open = { $path } lässt sich nicht lesen: { $error }
eng-log-read = Fehler beim Lesen von { $path } nach { $lines ->
        [one] { $lines } Zeile
       *[other] { $lines } Zeilen
    }: { $error }
# Die 5xx-URLs jenseits der meistgezählten, zusammen gezählt.
eng-logs-other-urls = (andere URLs)
eng-logs-since-bad = --since: erwartet wird YYYY-MM-DD oder "YYYY-MM-DD HH:MM[:SS]", angegeben: { $value }

## src/notify.rs and src/watch.rs: why a desktop notification could not be shown

eng-notify-no-bus = kein Sitzungsbus (D-Bus) der Desktop-Sitzung
eng-notify-unsupported = diese Version wurde ohne Desktop-Benachrichtigungen gebaut
