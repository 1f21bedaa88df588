# The verdict's longer texts for the site owner (`detail`) and the evidence lines added to them:
# what the response, the connection, the certificate, the proxy, HTTP/2, the server logs, the
# server checks and the providers' status pages showed (src/diagnosis/*.rs).
#
# Kept as in the code, not translated: HTTP status lines and header names (429 Too Many Requests,
# Retry-After, cf-mitigated), error codes (NXDOMAIN, SERVFAIL, ERR_HTTP2_*, AH00957), setting and
# file names (proxy_read_timeout, pm.max_children, error.log), commands (`certbot renew`,
# `ss -ltnp`), command-line options (--origin, --timeout) and product names.
#
# Variables: $who is the software that answered, at the start of a sentence ("nginx", "An unknown
# server"); $software, $name, $edge a software's name; $took a duration ("60.4 s"); $limit the
# name of a time limit (the dx-limit-* messages below); $status an HTTP status code; $retry the
# Retry-After value as sent; $host the site's name; $error an error as reported by the system
# (often in English); $result how a request ended ("502 from nginx").

## http_rules.rs
# $who when the software that answered is not known.
dx-who-unknown = Ein unbekannter Server
dx-http-511 = Die Antwort war 511 Network Authentication Required: Das Netzwerk, in dem dieser Computer ist (Hotel, Zug, WLAN im Café), verlangt eine Anmeldung, bevor es Verkehr nach draußen durchlässt. Öffnen Sie eine beliebige Webseite im Browser, um zur Anmeldeseite zu gelangen.
dx-http-500 = Die Anwendung hat mit 500 Internal Server Error geantwortet: Ihr Fehler-Log (error_log von PHP, bei WordPress wp-content/debug.log) nennt den fehlerhaften Code.
dx-http-429 = { $who } hat mit 429 Too Many Requests geantwortet.
dx-http-429-retry = { $who } hat mit 429 Too Many Requests und Retry-After: { $retry } geantwortet.
dx-http-answered = { $who } hat mit { $status } geantwortet.
dx-http-4xx = { $who } hat mit { $status } geantwortet: Die Anfrage wurde abgewiesen; das ist kein Gateway-Fehler.
dx-cf-origin-504 = Laut der Fehlerseite von Cloudflare hat der Webserver auf dem Ursprungsserver mit 504 Gateway Timeout geantwortet: Die Anwendung dahinter hat nicht rechtzeitig geantwortet. Suchen Sie die langsamen Anfragen in den Logs des Ursprungsservers (geben Sie dabei die Cloudflare Ray ID an).
dx-cf-origin-502 = Laut der Fehlerseite von Cloudflare hat der Webserver auf dem Ursprungsserver mit 502 Bad Gateway geantwortet: Der Proxy auf dem Ursprungsserver hat von seiner Anwendung keine Antwort bekommen. Lesen Sie das Fehler-Log des Webservers auf dem Ursprungsserver (geben Sie dabei die Cloudflare Ray ID an).
dx-cf-520 = Cloudflare 520: Der Ursprungsserver hat leer oder ungültig geantwortet (Absturz, zurückgesetzte Verbindung, zu große Header). Lesen Sie das Fehler-Log des Ursprungsservers.
dx-cf-521 = Cloudflare 521: Der Ursprungsserver hat die Verbindung abgelehnt. Starten Sie den Webserver auf dem Ursprungsserver und sorgen Sie dafür, dass seine Firewall die IP-Bereiche von Cloudflare zulässt.
dx-cf-522 = Cloudflare 522: Der Ursprungsserver hat die Verbindung nicht rechtzeitig angenommen. Läuft er, und lässt die Firewall die IP-Bereiche von Cloudflare zu?
dx-cf-523 = Cloudflare 523: Cloudflare erreicht den Ursprungsserver nicht; prüfen Sie die Adresse des Ursprungsservers in den DNS-Einträgen bei Cloudflare.
dx-cf-524 = Cloudflare 524: Der Ursprungsserver hat die Verbindung angenommen, aber mehr als 100 s für die Antwort gebraucht. Beschleunigen Sie die langsame Anfrage oder verlagern Sie die Arbeit in einen Hintergrund-Job.
dx-cf-525 = Cloudflare 525: Der TLS-Handshake zwischen Cloudflare und dem Ursprungsserver ist fehlgeschlagen. Gestört ist also die Verbindung zu Ihrem Ursprungsserver, nicht Cloudflare selbst. Auf dem Ursprungsserver: Liefern Sie HTTPS auf Port 443 mit einem Zertifikat für den Namen der Website aus und erlauben Sie TLS 1.2 oder neuer mit modernen Cipher-Suites (ECDHE); oder stellen Sie den SSL/TLS-Modus bei Cloudflare passend zu dem ein, was der Ursprungsserver anbietet.
dx-cf-526 = Cloudflare 526: Das Zertifikat des Ursprungsservers ist für den SSL-Modus Full (strict) nicht gültig (abgelaufen, selbstsigniert oder für einen anderen Namen). Gestört ist also die Verbindung zu Ihrem Ursprungsserver, nicht Cloudflare selbst. Installieren Sie auf dem Ursprungsserver ein gültiges Zertifikat (oder eines der Cloudflare Origin CA).
dx-cf-527 = Cloudflare 527: Die Railgun-Verbindung zum Ursprungsserver ist fehlgeschlagen.
dx-cf-own-error = Cloudflare hat mit { $status } und einer eigenen Fehlerseite geantwortet: Das Problem liegt bei Cloudflare selbst oder zwischen seinen Servern. Sehen Sie auf cloudflarestatus.com nach und nennen Sie dem Cloudflare-Support die cf-ray-ID.
dx-cdn-502-dns = { $who } hat mit 502 und einer eigenen Fehlerseite geantwortet: Der Domainname des Ursprungsservers ließ sich nicht auflösen. Prüfen Sie die beim CDN eingetragene Ursprungsdomain und deren DNS-Einträge. Gestört ist die Verbindung zwischen dem CDN und Ihrem Ursprungsserver, nicht das CDN selbst; testen Sie den Ursprungsserver direkt mit --origin.
dx-cdn-502-connect = { $who } hat mit 502 und einer eigenen Fehlerseite geantwortet: Die Verbindung zum Ursprungsserver oder der TLS-Handshake mit ihm ist gescheitert (abgelehnt, Zeitlimit überschritten, Zertifikat oder Protokoll passen nicht). Prüfen Sie die beim CDN eingetragene Ursprungsdomain und deren DNS, ob die Firewall des Ursprungsservers die Adressen des CDN zulässt und ob sein Zertifikat zu diesem Namen passt und TLS 1.2 oder neuer akzeptiert. Gestört ist die Verbindung zwischen dem CDN und Ihrem Ursprungsserver, nicht das CDN selbst; testen Sie den Ursprungsserver direkt mit --origin.
dx-http-502-limit = { $who } hat nach { $took } mit 502 geantwortet, nahe an diesem Limit: { $limit }. Die Anwendung hat also nicht rechtzeitig geantwortet. Suchen Sie die langsamen Anfragen (Zeiten im Access-Log, Slow-Log von PHP-FPM) oder erhöhen Sie das Limit mit Bedacht.
# $quoted is the start of the page the application sent, as sent.
dx-app-502 = Die Anwendung hat selbst mit 502 geantwortet: Der Inhalt stammt von ihr, nicht von der Fehlerseite eines Proxys („{ $quoted }“). Sie hat also geantwortet; ausgefallen ist etwas, von dem sie abhängt (eine Datenbank, eine API oder ein Dienst, den sie aufruft). Lesen Sie das Log der Anwendung und prüfen Sie ihre Abhängigkeiten.
dx-app-502-via = Die Anwendung hat selbst mit 502 geantwortet ({ $software } hat die Antwort weitergereicht): Der Inhalt stammt von ihr, nicht von der Fehlerseite eines Proxys („{ $quoted }“). Sie hat also geantwortet; ausgefallen ist etwas, von dem sie abhängt (eine Datenbank, eine API oder ein Dienst, den sie aufruft). Lesen Sie das Log der Anwendung und prüfen Sie ihre Abhängigkeiten.
dx-nginx-502 = nginx hat mit 502 geantwortet: Von der Anwendung dahinter kam keine brauchbare Antwort (die Verbindung wurde abgelehnt oder geschlossen, oder die Antwort war ungültig bzw. ihre Header zu groß). Starten Sie den App-Server (neu), z. B. mit `systemctl restart php8.2-fpm`, und lesen Sie das error.log von nginx: Es nennt, welcher Fall vorliegt.
dx-nginx-502-timed = nginx hat nach { $took } mit 502 geantwortet: Von der Anwendung dahinter kam keine brauchbare Antwort (die Verbindung wurde abgelehnt oder geschlossen, oder die Antwort war ungültig bzw. ihre Header zu groß). Starten Sie den App-Server (neu), z. B. mit `systemctl restart php8.2-fpm`, und lesen Sie das error.log von nginx: Es nennt, welcher Fall vorliegt.
dx-apache-502 = mod_proxy von Apache hat von seinem Backend keine gültige Antwort bekommen (AH00957, AH01114 oder AH00898 im error_log). Starten Sie das Backend (neu) und lesen Sie das error_log von Apache.
dx-aws-elb-502 = Der AWS Load Balancer hat von seinem Ziel keine gültige Antwort bekommen: Das Ziel hat die Verbindung abgelehnt oder geschlossen. Prüfen Sie den Zustand der Ziele (Health Checks), und stellen Sie das Keep-Alive-Zeitlimit der Anwendung länger ein als das Leerlauf-Zeitlimit des Load Balancers (60 s), damit er keine Verbindung nutzt, die die Anwendung gerade schließt.
dx-lb-502 = Der Load Balancer ({ $name }) hat vom Backend dahinter keine gültige Antwort bekommen (abgelehnt, zurückgesetzt oder ungültig). Prüfen Sie, ob die Backends laufen und gesund sind, und lesen Sie ihre Logs.
dx-unknown-502 = Ein nicht erkannter Server hat mit 502 geantwortet: Ein Gateway hat von der Anwendung dahinter keine gültige Antwort bekommen. Prüfen Sie das Fehler-Log des Webservers.
dx-server-502 = { $software } hat mit 502 geantwortet: Von der Anwendung dahinter kam keine Antwort. Starten Sie den App-Server (neu) und lesen Sie das Fehler-Log von { $software }.
dx-server-502-timed = { $software } hat nach { $took } mit 502 geantwortet: Von der Anwendung dahinter kam keine Antwort. Starten Sie den App-Server (neu) und lesen Sie das Fehler-Log von { $software }.
# Added after the sentence before it; $edge is the CDN or load balancer in front.
dx-passed-error-on = ({ $edge } hat den Fehler weitergereicht.)
dx-no-healthy-backend = { $who } hat kein gesundes Backend, an das die Anfrage gehen könnte: Alle Backends sind ausgefallen oder bestehen ihren Health Check nicht. Starten Sie die Backends und prüfen Sie den Pfad des Health Checks.
dx-backend-refused-503 = { $who } hat mit 503 geantwortet, weil das Backend die Verbindung abgelehnt oder abgebrochen hat. Starten Sie das Backend (neu) und lesen Sie das Fehler-Log des antwortenden Servers ({ $who }).
dx-first-byte-503 = { $who } hat mit 503 „first byte timeout“ geantwortet: Der Ursprungsserver hat nicht rechtzeitig mit seiner Antwort begonnen. Suchen Sie die langsamen Anfragen in den Logs des Ursprungsservers oder erhöhen Sie das Limit mit Bedacht.
dx-first-byte-503-timed = { $who } hat nach { $took } mit 503 „first byte timeout“ geantwortet: Der Ursprungsserver hat nicht rechtzeitig mit seiner Antwort begonnen. Suchen Sie die langsamen Anfragen in den Logs des Ursprungsservers oder erhöhen Sie das Limit mit Bedacht.
dx-http-503-limit = { $who } hat nach { $took } mit 503 geantwortet, nahe an diesem Limit: { $limit }. Die Anwendung dahinter hat also nicht rechtzeitig geantwortet.
dx-guru-meditation-503 = { $who } hat mit 503 und der Seite „Guru Meditation“ geantwortet: Vom Backend kam keine brauchbare Antwort. Prüfen Sie, ob das Backend läuft, und lesen Sie seine Logs.
dx-maintenance-503 = Die Website hat mit 503 und einer Wartungsseite geantwortet. Wenn die Wartung vorbei ist, schalten Sie den Wartungsmodus aus (z. B. die Datei .maintenance von WordPress).
dx-maintenance-503-retry = Die Website hat mit 503, einer Wartungsseite und Retry-After: { $retry } geantwortet. Wenn die Wartung vorbei ist, schalten Sie den Wartungsmodus aus (z. B. die Datei .maintenance von WordPress).
dx-http-503 = { $who } hat mit 503 Service Unavailable geantwortet: Die Anwendung ist überlastet, gestoppt oder im Wartungsmodus. Prüfen Sie ihren Prozessmanager (z. B. pm.max_children von PHP-FPM) und ihr Fehler-Log.
dx-http-503-retry = { $who } hat mit 503 Service Unavailable und Retry-After: { $retry } geantwortet (bis dahin will der Dienst wieder da sein): Die Anwendung ist überlastet, gestoppt oder im Wartungsmodus. Prüfen Sie ihren Prozessmanager (z. B. pm.max_children von PHP-FPM) und ihr Fehler-Log.
dx-http-504 = { $who } hat mit 504 geantwortet: Die Anwendung dahinter hat nicht rechtzeitig geantwortet. Suchen Sie die langsamen Anfragen (Zeiten im Access-Log, Slow-Log von PHP-FPM) oder erhöhen Sie das Limit mit Bedacht.
dx-http-504-timed = { $who } hat nach { $took } mit 504 geantwortet: Die Anwendung dahinter hat nicht rechtzeitig geantwortet. Suchen Sie die langsamen Anfragen (Zeiten im Access-Log, Slow-Log von PHP-FPM) oder erhöhen Sie das Limit mit Bedacht.
dx-http-504-limit = { $who } hat nach { $took } mit 504 geantwortet, nahe an diesem Limit: { $limit }. Die Anwendung dahinter hat also nicht rechtzeitig geantwortet. Suchen Sie die langsamen Anfragen (Zeiten im Access-Log, Slow-Log von PHP-FPM) oder erhöhen Sie das Limit mit Bedacht.

## reach.rs
# What is wrong with the certificate: $problem in dx-also-cert-invalid.
dx-cert-words-expired = abgelaufen
dx-cert-words-wrong-host = für einen anderen Namen ausgestellt
dx-cert-words-untrusted = nicht von einer vertrauenswürdigen Stelle
dx-cert-words-invalid = ungültig
dx-tls-clock-wrong = Nach der Uhr des Servers ist das Zertifikat bis { $until } gültig (Date: { $date }), nach der Uhr dieses Computers aber abgelaufen: Stellen Sie Datum und Uhrzeit dieses Computers richtig ein (automatische Uhrzeit einschalten).
dx-tls-intercepted = Das Zertifikat wurde von „{ $issuer }“ ausgestellt, also von Sicherheitssoftware oder einem Firmen-Proxy, der HTTPS auf diesem Computer oder in diesem Netzwerk untersucht, nicht von der Website. Wenn auch Ihr Browser eine Warnung zeigt, wenden Sie sich an die Person, die diesen Computer oder dieses Netzwerk verwaltet.
# $fix in the dx-cert-expired-* and dx-cert-not-valid-now sentences (after a colon: a full sentence).
dx-cert-fix-cdn = Erneuern Sie das Edge-Zertifikat im Dashboard des CDN
dx-cert-fix-server = Erneuern Sie es (z. B. mit `certbot renew`) und laden Sie den Webserver neu
# $days is a count (German adds the singular for 1).
# $at is a date and time (RFC 3339) as the certificate says.
dx-cert-expired-days-at = Das Zertifikat für { $host } ist vor { $days ->
        [one] { $days } Tag
       *[other] { $days } Tagen
    } abgelaufen ({ $at }): { $fix }.
dx-cert-expired-days = Das Zertifikat für { $host } ist vor { $days ->
        [one] { $days } Tag
       *[other] { $days } Tagen
    } abgelaufen: { $fix }.
dx-cert-not-valid-now = Das Zertifikat für { $host } ist derzeit nicht gültig (gültig bis { $at }): { $fix }.
dx-cert-out-of-date = Das Zertifikat für { $host } ist nicht mehr gültig: { $fix }.
dx-cert-wrong-host = Das Zertifikat gilt nicht für { $host } (es nennt { $names }): Installieren Sie eines, das diesen Namen enthält.
# $names in dx-cert-wrong-host when the certificate lists no names.
dx-cert-other-names = andere Namen
dx-cert-untrusted = Die Zertifikatskette führt zu keinem vertrauenswürdigen Stammzertifikat (selbstsigniert, private CA oder ein fehlendes Zwischenzertifikat): Liefern Sie die vollständige Kette einer öffentlichen CA aus.
dx-cert-rejected = Das Zertifikat wurde abgelehnt.
dx-cert-rejected-error = Das Zertifikat wurde abgelehnt: { $error }.
dx-tls-timeout = Der TLS-Handshake wurde nicht rechtzeitig abgeschlossen.
dx-tls-timeout-error = Der TLS-Handshake wurde nicht rechtzeitig abgeschlossen: { $error }.
dx-tls-failed = Der TLS-Handshake ist fehlgeschlagen. Prüfen Sie, ob der Server auf Port { $port } HTTPS mit einer aktuellen Protokollversion spricht.
dx-tls-failed-error = Der TLS-Handshake ist fehlgeschlagen: { $error }. Prüfen Sie, ob der Server auf Port { $port } HTTPS mit einer aktuellen Protokollversion spricht.
dx-no-network = Auch keine der Vergleichsadressen ({ $endpoints }) war erreichbar.
# $resolver is "system" (this computer's resolver) or the address of the one asked with --resolver.
dx-dns-nxdomain = { $resolver ->
        [system] Der DNS-Server des Systems
       *[other] Der DNS-Server { $resolver }
    } meldet, dass { $host } nicht existiert (NXDOMAIN). Prüfen Sie die Registrierung der Domain und ihre Einträge beim DNS-Anbieter; nach einer Änderung kann es dauern, bis sie überall angekommen ist (bis zu 48 h).
dx-dns-servfail = { $resolver ->
        [system] Der DNS-Server des Systems
       *[other] Der DNS-Server { $resolver }
    } hat für { $host } mit SERVFAIL geantwortet: Die autoritativen Nameserver der Domain funktionieren nicht, oder die DNSSEC-Prüfung schlägt fehl.
dx-dns-no-records = { $host } existiert, hat aber keinen A- oder AAAA-Eintrag: Legen Sie einen beim DNS-Anbieter an.
dx-dns-timeout = { $resolver ->
        [system] Der DNS-Server des Systems
       *[other] Der DNS-Server { $resolver }
    } hat für { $host } nicht rechtzeitig geantwortet.
dx-dns-error = Das Nachschlagen von { $host } ist fehlgeschlagen.
dx-dns-error-detail = Das Nachschlagen von { $host } ist fehlgeschlagen: { $error }.
# $on in the three dx-tcp-* sentences below: where the connection was tried.
dx-tcp-on-port = Port { $port }
dx-tcp-on-addresses = { $addresses } auf Port { $port }
dx-tcp-refused = Jede Adresse hat die Verbindung abgelehnt ({ $on }): Der Webserver läuft nicht oder lauscht dort nicht. Starten Sie ihn und prüfen Sie `ss -ltnp`.
dx-tcp-timeout = Beim Verbindungsaufbau wurde das Zeitlimit überschritten ({ $on }): Der Server ist ausgefallen, oder eine Firewall verwirft die Pakete.
dx-tcp-unreachable = Keine Route zum Server ({ $on }).
dx-response-timeout = Verbunden, aber es kam keine Antwort: Der Webserver hängt oder ist überlastet, oder er ist einfach langsamer, als diese Prüfung wartet. Gateways warten oft 30 bis 100 s; prüfen Sie erneut mit einem längeren --timeout (z. B. 120), um zu sehen, ob eine Fehlerseite kommt.
dx-response-timeout-within = Verbunden, aber innerhalb von { $secs } s kam keine Antwort: Der Webserver hängt oder ist überlastet, oder er ist einfach langsamer, als diese Prüfung wartet. Gateways warten oft 30 bis 100 s; prüfen Sie erneut mit einem längeren --timeout (z. B. 120), um zu sehen, ob eine Fehlerseite kommt.
dx-connection-closed = Der Server hat die Verbindung vor der Antwort geschlossen.
dx-connection-closed-error = Der Server hat die Verbindung vor der Antwort geschlossen ({ $error }).
dx-not-http = Der Server hat mit etwas geantwortet, das kein HTTP ist: ein falscher Port, oder HTTPS und unverschlüsseltes HTTP wurden verwechselt.
dx-not-http-error = Der Server hat mit etwas geantwortet, das kein HTTP ist ({ $error }): ein falscher Port, oder HTTPS und unverschlüsseltes HTTP wurden verwechselt.
dx-redirects-circle = Die Weiterleitungen drehen sich im Kreis. Prüfen Sie die Weiterleitungsregeln (oft HTTP zu HTTPS oder zu www hinter einem Proxy oder CDN mit falschem SSL-Modus).
dx-redirects-on-and-on = Die Weiterleitungen gehen immer weiter, ohne bei einer Seite anzukommen. Prüfen Sie die Weiterleitungsregeln (oft HTTP zu HTTPS oder zu www hinter einem Proxy oder CDN mit falschem SSL-Modus).
# $hops are the addresses joined with " -> ".
dx-redirects-hops = Die Weiterleitungen führen so: { $hops }. Prüfen Sie die Weiterleitungsregeln (oft HTTP zu HTTPS oder zu www hinter einem Proxy oder CDN mit falschem SSL-Modus).
# Followed by the sentence about the direct request.
dx-proxy-and-direct-failed = Der Proxy ist fehlgeschlagen, eine direkte Anfrage ebenfalls ({ $result }).
dx-proxy-unusable = Der eingestellte Proxy konnte nicht genutzt werden.
dx-proxy-unusable-error = Der eingestellte Proxy konnte nicht genutzt werden ({ $error }).
# The dx-so-far-* parts are listed in $seen of dx-so-far, joined with "; ".
# $count is a count (German adds the singular for 1).
dx-so-far-resolved = Name zu { $count ->
        [one] { $count } Adresse
       *[other] { $count } Adressen
    } aufgelöst
dx-so-far-connected = Verbindung aufgebaut
dx-so-far-cert-valid = Zertifikat gültig
dx-so-far = Bis dahin in Ordnung: { $seen }.

## timeouts.rs
# The names of time limits, used after "close to" in the sentences above ($limit), and the
# settings that can hold a configured limit.
# German: nominative, after "nahe an diesem Limit:".

dx-limit-nginx-60 = der proxy_read_timeout von nginx (standardmäßig 60 s)
dx-limit-apache-60 = der ProxyTimeout von Apache (standardmäßig 60 s)
dx-limit-aws-elb-60 = das Leerlauf-Zeitlimit (idle timeout) des AWS Load Balancers (standardmäßig 60 s)
dx-limit-any-60 = ein Proxy-Zeitlimit von 60 s (Standard bei nginx, Apache und AWS ALB)
dx-limit-cloudfront-30 = das Zeitlimit für Antworten des Ursprungsservers bei CloudFront (origin response timeout, standardmäßig 30 s)
dx-limit-gcp-30 = das Backend-Zeitlimit des Google-Cloud-Load-Balancers (standardmäßig 30 s)
dx-limit-heroku-30 = das 30-s-Limit des Heroku-Routers
dx-limit-any-30 = ein Limit von 30 s wie max_execution_time von PHP (standardmäßig 30 s)
dx-limit-cloudflare-100 = das 100-s-Limit von Cloudflare für eine Antwort des Ursprungsservers
dx-limit-any-100 = ein Limit von 100 s irgendwo auf dem Weg
dx-limit-fastly-15 = das Zeitlimit für das erste Byte bei Fastly (first byte timeout, standardmäßig 15 s)
dx-limit-any-15 = ein Limit von 15 s irgendwo auf dem Weg
dx-limit-akamai-20 = das Zeitlimit für den Ursprungsserver bei Akamai (etwa 20 s)
# $places in dx-limit-configured: one or more of these three, joined by dx-limit-places-or.
dx-limit-places-nginx = fastcgi_read_timeout oder proxy_read_timeout von nginx
dx-limit-places-apache = ProxyTimeout oder Timeout von Apache
dx-limit-places-php = max_execution_time von PHP oder request_terminate_timeout von PHP-FPM
dx-limit-places-or = { $first }; oder { $second }
# $secs is a whole number of seconds.
dx-limit-configured = ein vermutlich eingestelltes Limit von { $secs } s ({ $places })

## verdict.rs
dx-references-blocked = Auch die Vergleichsadressen waren nicht erreichbar (vielleicht sperrt eine Firewall sie).
dx-site-answered = Die Website hat mit { $status } geantwortet.
dx-software-answered = { $software } hat mit { $status } geantwortet.
dx-cached-data-failed = Eine Anfrage mit den Cookies und Cache-Daten dieser Website ist aber fehlgeschlagen ({ $result }): Löschen Sie diese Daten.
dx-also-cert-invalid = Außerdem: Das Zertifikat der Website ist nicht gültig ({ $problem }).
dx-browser-blocked = Die Website hat hier mit 403 geantwortet, { $browsers } aber eine Seite geliefert: Eine Firewall oder ein Bot-Filter (WAF) filtert nach der Signatur des Browsers.
dx-bot-challenge = Cloudflare hat mit { $status } und seiner Bot-Prüfung geantwortet („Just a moment...“ / cf-mitigated: challenge). Ein echter Browser mit JavaScript besteht sie meistens; dieses Programm führt kein JavaScript aus.

## proxy.rs
# $proxy in the sentences below when the proxy's address is not known (German: it follows the word "Proxy").
dx-the-configured-proxy = aus den Einstellungen
dx-proxy-refused = Der Proxy { $proxy } hat die Anfrage selbst abgewiesen ({ $code }): Ein Filter in diesem Netzwerk sperrt die Website.
# $through and $direct say how the request ended through the proxy and without it ("502 from nginx").
dx-proxy-blamed = Über den Proxy { $proxy }: { $through }. Ohne ihn: { $direct }.
dx-proxy-request-failed = Die Anfrage über den Proxy { $proxy } ist fehlgeschlagen.
dx-proxy-request-failed-error = Die Anfrage über den Proxy { $proxy } ist fehlgeschlagen: { $error }.
dx-proxy-relayed = Der Proxy { $proxy } konnte die Seite nicht von der Website abrufen ({ $code }).

## http2.rs
# Ends the dx-http2-only-* and dx-http2-reset sentences.
dx-http2-owner-look = Prüfen Sie die HTTP/2-Einstellungen der Schicht, die mit den Browsern HTTP/2 spricht (das CDN oder der vorne stehende Webserver: sein http2-Schalter, Größenlimits für Header und Felder wie large_client_header_buffers / http2_max_field_size bei nginx, eine WAF-Regel, die nur bei HTTP/2 greift), und ob das, was dahinter steht, mit Anfragen zurechtkommt, die über HTTP/2 eintreffen (die weitergegebenen Header, die HTTP/2-Unterstützung der Anwendung dahinter).
# $code is an HTTP/2 error code (PROTOCOL_ERROR); $browser_error the error Chrome shows (ERR_HTTP2_PROTOCOL_ERROR); $tries a count.
dx-http2-only-reset = Über HTTP/2, wie Browser es sprechen, hat der Server die Anfrage zurückgesetzt ({ $code }; { $tries ->
        [one] bei { $tries } von { $tries } Versuch
       *[other] bei { $tries } von { $tries } Versuchen
    }); dieselbe Anfrage über HTTP/1.1 bekam die Seite ({ $result }). Browser zeigen { $browser_error }. { dx-http2-owner-look }
dx-http2-only-status = Über HTTP/2, wie Browser es sprechen, kam die Antwort { $status } ({ $tries ->
        [one] bei { $tries } von { $tries } Versuch
       *[other] bei { $tries } von { $tries } Versuchen
    }); dieselbe Anfrage über HTTP/1.1 bekam die Seite ({ $result }). Browser zeigen { $browser_error }. { dx-http2-owner-look }
# $outcome says how the request ended without an answer ("the connection was closed").
dx-http2-only-outcome = Über HTTP/2, wie Browser es sprechen, war das Ergebnis: { $outcome } ({ $tries ->
        [one] bei { $tries } von { $tries } Versuch
       *[other] bei { $tries } von { $tries } Versuchen
    }); dieselbe Anfrage über HTTP/1.1 bekam die Seite ({ $result }). Browser zeigen { $browser_error }. { dx-http2-owner-look }
# $code when the server gave no HTTP/2 error code.
dx-http2-no-code = kein Code
dx-http2-reset-http1-fails = Über HTTP/2 hat der Server die Anfrage zurückgesetzt ({ $code }); über HTTP/1.1 schlägt sie ebenfalls fehl ({ $result }).
dx-http2-reset = Der Server hat die Anfrage über HTTP/2 zurückgesetzt ({ $code }), statt zu antworten; Browser zeigen { $browser_error }. Ob HTTP/1.1 funktioniert, ist noch nicht bekannt. { dx-http2-owner-look }

## log_evidence.rs
dx-log-unknown-time = Zeitpunkt unbekannt
# $when is a date and time from the log (2026-12-01T23:20:04) or dx-log-unknown-time.
dx-log-times = { $count ->
        [1] einmal ({ $when })
       *[other] { $count }-mal, zuletzt: { $when }
    }
# $title is a log finding's title, $involved the socket or address it names; the finding's explanation and fix follow.
dx-log-says-why = Das Server-Log nennt den Grund: { $title }, { $times }.
dx-log-says-why-involved = Das Server-Log nennt den Grund: { $title } ({ $involved }), { $times }.
dx-log-agrees = Das Server-Log bestätigt das: { $title }, { $times }.
dx-log-agrees-involved = Das Server-Log bestätigt das: { $title } ({ $involved }), { $times }.

## server_evidence.rs
# $title and $fix come from the server checks (full sentences).
dx-server-broken-link = Auf diesem Computer: { $title } Lösung: { $fix }

## status_evidence.rs
# The dx-incident-* parts make $incident in dx-status-incident: the title, then (since, last update), then where, then the latest update and link as sent.
dx-incident-since = seit { $time }
dx-incident-updated = zuletzt aktualisiert { $time }
dx-incident-title = „{ $title }“
# Added right after the title and its brackets; $component is the status page's component name.
dx-incident-affecting = , betrifft { $component }, wo diese Anfrage bearbeitet wurde
dx-status-site-page = Die Website hat eine Statusseite: { $page }.
dx-status-unreadable = Die Statusseite von { $name } ließ sich nicht lesen: { $error }.
dx-status-incident = Die Statusseite von { $name } meldet eine ungelöste Störung: { $incident }.
# Follows dx-status-incident.
dx-status-incident-follow = Solche Störungen enden meist, ohne dass auf Seiten der Website etwas getan werden muss; verfolgen Sie sie auf { $page }.
dx-status-maintenance = Die Statusseite von { $name } meldet laufende Wartungsarbeiten: „{ $title }“.
dx-status-maintenance-until = Die Statusseite von { $name } meldet laufende Wartungsarbeiten: „{ $title }“ bis { $until }.
# Follows dx-status-maintenance.
dx-status-see = Siehe { $page }.
# $components are names with their state as sent ("London, GB (partial outage)").
dx-status-components = Die Statusseite von { $name } zeigt Komponenten, die nicht normal arbeiten: { $components }.
dx-status-no-incident = Die Statusseite von { $name } meldet keine Störung.

## path.rs
# The DNS box of the request path when the address is an IP address.
dx-path-no-lookup = kein Nachschlagen (IP-Adresse)

## cause.rs
# An error reading a saved report; $id is the id found, in quotes.
dx-unknown-cause = unbekannte Ursache { $id }: erwartet wird eine Ursachen-ID in snake_case wie „upstream_refused“
