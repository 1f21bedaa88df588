# Owner mode's checklist: the findings and advice about the server and the application behind it
# (server logs, restarting, PHP limits, plugins, firewall and proxy, the software stack).
# Commands, config lines, log lines to search for, header names and product names stay in the code
# and reach these messages as variables. Status codes, ports and file names are passed as text.

## src/diagnosis/owner/stack.rs

be-checking = Prüfung läuft…
# The web server's name when it was not recognised; put in place of "nginx" or "Apache".
be-the-web-server = der Webserver
# One path's result when no answer came: $path is "/robots.txt", $outcome a technical outcome
# ("connect refused", "timeout").
be-path-no-answer = { $path } keine Antwort ({ $outcome })
# The end of a list of results: "a, b, 2 more".
be-more = { $count ->
        [one] { $count } weiteres
       *[other] { $count } weitere
    }

## src/diagnosis/owner/server_logs.rs

be-logs-reading = Server-Logs werden gelesen…
# $server is "nginx" or "Apache"; $code the HTTP status (502).
be-logs-answered = { $server } hat mit { $code } geantwortet; sein Fehler-Log nennt den Grund.
be-logs-server-is = Der Webserver ist { $server }.
be-logs-server-unknown = Der Webserver wurde nicht erkannt; dies sind die üblichen Logs.
# $sources is one or more be-logs-look-in / be-logs-look-in-next joined with ". ".
be-logs-read-advice = Lesen Sie die letzten Zeilen jedes Logs: { $sources }.
be-logs-read-advice-php-maybe = Lesen Sie die letzten Zeilen jedes Logs (PHP-FPM nur, wenn die Website PHP verwendet): { $sources }.
# $file is a log file; $lines the log lines to look for, each "quoted text" (its meaning), joined with "; ".
be-logs-look-in = Suchen Sie in { $file } nach { $lines }
be-logs-look-in-next = Suchen Sie außerdem in { $file } nach { $lines }
# What a telling log line means (shown after the line, in brackets).
be-log-nginx-refused = die Anwendung läuft nicht
be-log-nginx-no-socket = PHP-FPM läuft nicht
be-log-nginx-timeout = die Anwendung ist zu langsam (Standard: 60 s)
be-log-nginx-closed = die Anwendung ist abgestürzt oder hat die Verbindung geschlossen
be-log-nginx-queue-full = die Warteschlange (listen queue) der Anwendung ist voll: Überlastung
be-log-nginx-permission = Socket-Berechtigungen oder SELinux
be-log-nginx-big-header = die Antwort-Header sind größer als die Proxy-Puffer
be-log-nginx-no-live = jedes Backend ist als ausgefallen markiert
be-log-apache-connect = Apache konnte keine Verbindung zum Backend herstellen
be-log-apache-timeout = das Backend hat zu lange gebraucht (ProxyTimeout)
be-log-apache-reading = das Backend hat die Verbindung geschlossen oder Unbrauchbares gesendet
be-log-apache-disabled = das Backend wurde nach Fehlern für eine Weile deaktiviert
be-log-apache-fastcgi = Fehler bei FastCGI (PHP-FPM)
be-log-php-max-children = zu wenige Worker für die Last
be-log-php-sigsegv = eine abstürzende PHP-Erweiterung
be-log-php-timeout = ein Skript lief länger als request_terminate_timeout

## src/diagnosis/owner/log_findings.rs

# $errors: why each log could not be read, joined with "; ".
be-logs-unreadable = Die Logs konnten nicht gelesen werden: { $errors }.
be-logs-unreadable-advice = Geben Sie Gateway Doctor eine Kopie, die es lesen kann, oder starten Sie es mit sudo.
# $title is the finding, $times when it was logged.
be-logs-explain = Die Logs erklären den Fehler: { $title } ({ $times }).
be-logs-involved = Betroffen: { $subject }.
be-logs-recent-unrelated = Die Logs zeigen Probleme aus dem Zeitraum dieser Prüfung, aber keines erklärt, was die Website geantwortet hat.
be-logs-old-problems = Die Logs zeigen bekannte Probleme, aber keines aus dem Zeitraum dieser Prüfung (innerhalb der Stunde davor).
be-logs-most-telling = Am aufschlussreichsten: { $title }. { $fix }
# English says "lines" even for one line.
be-logs-nothing-known = Keine bekannte Ursache für 502/504 in den Logs ({ $lines ->
        [one] { $lines } Zeile
       *[other] { $lines } Zeilen
    } in { $files ->
        [one] { $files } Datei
       *[other] { $files } Dateien
    }).
be-logs-wrong-logs = Wenn die Website nicht funktioniert, sind das vielleicht nicht die Logs des Servers, der geantwortet hat: Prüfen Sie das Fehler-Log, das in seiner Konfiguration eingetragen ist (error_log / ErrorLog).
# $findings: "title (times)", joined with "; ".
be-logs-also = Außerdem in den Logs: { $findings }.
# $errors of $total answers in the access logs were 5xx; $statuses is "3 × 502, 1 × 504";
# $url the URL with most errors, $count its errors. English says "answers" even for one.
be-logs-access-errors = Zugriffs-Logs: { $errors } von { $total ->
        [one] { $total } Antwort
       *[other] { $total } Antworten
    } { $errors ->
        [one] war ein Fehler
       *[other] waren Fehler
    } ({ $statuses }).
be-logs-access-errors-top = Zugriffs-Logs: { $errors } von { $total ->
        [one] { $total } Antwort
       *[other] { $total } Antworten
    } { $errors ->
        [one] war ein Fehler
       *[other] waren Fehler
    } ({ $statuses }), die meisten bei { $url } ({ $count }).
# $minute: "2024-01-02 10:00".
be-logs-access-one-minute = Alle in der Minute { $minute }.
be-logs-access-span = Fehler von { $first } bis { $last }.
be-logs-not-read = Nicht gelesen: { $errors }.
be-logs-cancelled = Das Lesen wurde abgebrochen: Nur ein Teil der Logs wurde gelesen.

## src/diagnosis/owner/restart_server.rs

be-restart-not-checked = In diesem Durchlauf nicht geprüft (der Vergleich statischer Dateien mit der Seite läuft nur im Betreiber-Modus).
be-restart-page-not-fetched = Die Seite selbst wurde nicht abgerufen.
# $status: the HTTP status (500).
be-restart-app-error = Die Seite selbst antwortet mit { $status } (ein Fehler in der Anwendung, kein Gateway-Fehler).
be-restart-app-error-advice = Ein Neustart behebt einen Anwendungsfehler selten: Lesen Sie das Fehler-Log der Anwendung (siehe Server-Logs).
# $pages and $files: each path with its result, "/robots.txt 200, / no answer (timeout)".
be-restart-all-answered = Die Seite ({ $pages }) und die statischen Dateien ({ $files }) haben geantwortet.
be-restart-nothing-needed = Derzeit muss nichts neu gestartet werden.
be-restart-sometimes = Die Seite hat nur zeitweise nicht funktioniert ({ $pages }): Der Anwendungsserver antwortet, aber nicht immer.
be-restart-sometimes-advice = Er ist wahrscheinlich überlastet oder startet gerade neu: Sehen Sie sich seinen Status und die letzten Log-Zeilen an (und die PHP-Limits unten), bevor Sie ihn neu starten.
# $server: "nginx", "Apache" or be-the-web-server.
be-restart-app-down = Statische Dateien antworten ({ $files }), aber die Seite nicht ({ $pages }): { $server } funktioniert; der Anwendungsserver dahinter (PHP-FPM o. Ä.) ist ausgefallen oder überlastet.
be-restart-app-down-advice = Starten Sie den Anwendungsserver neu, nicht den Webserver, und prüfen Sie danach seinen Status und seine letzten Log-Zeilen.
be-restart-nothing-answered = Nichts hat geantwortet, nicht einmal statische Dateien ({ $files }): Der Webserver selbst ist ausgefallen oder nicht erreichbar.
be-restart-nothing-answered-advice = Starten Sie den Webserver (neu) und prüfen Sie, ob er auf dem Port der Website lauscht.
be-restart-backend-down = Auch statische Dateien funktionieren nicht ({ $files }), genau wie die Seite ({ $pages }): { $server } leitet jede Anfrage an ein Backend weiter, das nicht antwortet, oder das ganze Backend ist ausgefallen.
be-restart-backend-down-advice = Prüfen Sie die Upstream-Konfiguration des Webservers (die Adresse oder den Socket in proxy_pass / fastcgi_pass) und ob das Backend läuft; statische Dateien lassen sich auch ohne Backend direkt von der Festplatte ausliefern.

## src/diagnosis/owner/php_limits.rs

# $status: the HTTP status (504); $elapsed seconds ("60.1"); $limit names the limit
# ("nginx's proxy_read_timeout (60 s by default)").
be-php-near-default = Die Antwort { $status } kam nach { $elapsed } s, nahe an diesem Limit: { $limit }.
# $secs: the limit in whole seconds; $places: the settings that can hold it, in words.
be-php-configured = Die Antwort { $status } kam nach etwa { $secs } s ({ $elapsed } s): Wahrscheinlich ist ein Limit von { $secs } s eingestellt ({ $places }).
be-php-near-default-advice = Erhöhen Sie dieses Limit (und die davor liegenden, jedes etwas länger als das dahinter), oder machen Sie die langsame Anfrage schneller; laden Sie dann den Dienst neu.
be-php-configured-advice = Finden Sie, wo dieses Limit eingestellt ist (die grep-Zeilen unten), und erhöhen Sie es (jedes Limit etwas länger als das dahinter: PHP, dann der Webserver, dann jeder Proxy oder jedes CDN davor), oder machen Sie die langsame Anfrage schneller; laden Sie dann den Dienst neu.
# $rounds: be-php-round for each round, joined with ", ".
be-php-grows-with-load = Die Fehler nehmen mit der Last zu: { $rounds }.
be-php-round = { $failures } von { $requests } fehlgeschlagen bei { $concurrency } gleichzeitig
be-php-grows-with-load-advice = Dem Server gehen die Worker aus: Erhöhen Sie pm.max_children (prüfen Sie, ob der Arbeitsspeicher reicht: etwa 40–80 MB pro PHP-Worker), fügen Sie Worker hinzu oder skalieren Sie horizontal, und cachen Sie Seiten, die sich nicht ändern.
be-php-flat-failures = Von { $total ->
        [one] { $total } Anfrage des Lasttests
       *[other] { $total } Anfragen des Lasttests
    } { $failures ->
        [one] ist { $failures } fehlgeschlagen
       *[other] sind { $failures } fehlgeschlagen
    }, bei jeder Laststufe ({ $rounds }).
be-php-flat-failures-advice = Die Fehler hängen nicht von der Last ab, also sind Worker-Limits nicht die naheliegende Ursache; die Server-Logs zeigen, was fehlschlägt.
be-php-no-limit = Kein Fehler lag in der Nähe eines bekannten Zeitlimits.
be-php-burst-off = Der Lasttest war ausgeschaltet.
# $burst: how the load burst was made, capitalised ("A small burst of 20 requests, at most 4 at once").
be-php-burst-all-answered = { $burst }: Alle haben geantwortet.
be-php-no-limit-advice = PHP-Limits zu erhöhen, hilft hier wahrscheinlich nicht.

## src/diagnosis/owner/plugins.rs

be-plugins-page-failed = Die Seite wurde nicht geladen, daher ließ sich nicht erkennen, ob es WordPress ist.
be-plugins-php-not-wordpress = Die Website verwendet PHP, aber nichts in der Seite deutet auf WordPress hin (kein Generator-Tag, kein wp-json-Link, keine /wp-content/-Pfade).
be-plugins-not-wordpress = Nichts in der Seite deutet auf WordPress hin (kein Generator-Tag, kein wp-json-Link, keine /wp-content/-Pfade).
be-plugins-not-wordpress-advice = Wenn die Website doch mit WordPress oder einem anderen CMS mit Plugins läuft, hilft es trotzdem, die Plugins einzeln zu deaktivieren.
# $version: "WordPress 6.4.2" or "WordPress"; $plugins: be-plugins-none or be-plugins-seen(-more).
be-plugins-runs = Die Website läuft mit { $version }; { $plugins }.
be-plugins-none = keine Plugin-Dateien in der Seite
# $names: the plugins' slugs, joined with ", ".
# English says "plugin(s)" whatever the number.
be-plugins-seen = { $count ->
        [one] { $count } Plugin erkannt
       *[other] { $count } Plugins erkannt
    }: { $names }
be-plugins-seen-more = { $count ->
        [one] { $count } Plugin erkannt
       *[other] { $count } Plugins erkannt
    }: { $names } und { $more } weitere
be-plugins-failing-advice = Ein fehlerhaftes oder frisch aktualisiertes Plugin ist eine häufige Ursache für 502-Fehler. Deaktivieren Sie alle Plugins (den Ordner plugins per SFTP umbenennen oder mit WP-CLI); wenn die Website wieder funktioniert, aktivieren Sie sie einzeln wieder, um den Verursacher zu finden.
be-plugins-advice = Wenn die Fehler wiederkommen, deaktivieren Sie alle Plugins (den Ordner plugins umbenennen oder mit WP-CLI) und aktivieren Sie sie dann einzeln wieder, um den Verursacher zu finden.

## src/diagnosis/owner/firewall_proxy.rs

be-fw-not-checked = In diesem Durchlauf nicht geprüft (der Betreiber-Modus vergleicht die Wege).
be-fw-nothing-to-compare = Nichts zu vergleichen: Der Name ergab keine Adresse, und kein Proxy ist eingestellt.
# $routes: each way tried with its result, "IPv4 127.0.0.1:80: 200; IPv6 [::1]:80: refused".
be-fw-nothing-worked = Von hier aus hat kein Weg zur Website funktioniert: { $routes }.
be-fw-nothing-worked-advice = Der Server ist ausgefallen, oder eine Firewall davor sperrt diesen Computer. Prüfen Sie, ob der Webserver lauscht und ob die Firewall seine Ports zulässt.
be-fw-same-everywhere = Auf jedem versuchten Weg gleich erreicht: { $routes }. Kein Unterschied durch Firewall oder Proxy.
be-fw-nothing-to-change = Hier ist nichts zu ändern.
# $proxy: the proxy's address; $via and $direct: the results through it and without it.
be-fw-proxy-blocks = Über den eingestellten Proxy ({ $proxy }) funktioniert die Website nicht ({ $via }); ohne ihn antwortet sie ({ $direct }): Der Proxy sperrt sie oder ist defekt.
be-fw-proxy-blocks-advice = Die Website ist in Ordnung; reparieren Sie den Proxy oder lassen Sie diese Website an ihm vorbei (in no_proxy / in die Proxy-Ausnahmen des Browsers eintragen).
be-fw-only-proxy = Nur der Proxy ({ $proxy }) erreicht die Website; direkte Verbindungen von hier schlagen fehl ({ $direct }). Das ist normal in Netzwerken, die einen Proxy erzwingen: Die direkten Zeilen sagen wenig über die Website aus.
# $family and $other: "IPv4" / "IPv6"; $record: the DNS record type, "A" or "AAAA".
be-fw-family-down = { $family } funktioniert nicht, { $other } schon ({ $routes }): Der { $record }-Eintrag zeigt auf eine Adresse, die keine Verbindungen annimmt.
be-fw-family-down-advice = Korrigieren Sie den { $record }-Eintrag (oder entfernen Sie ihn), oder lassen Sie den Server auf { $family } lauschen und öffnen Sie die Firewall für { $family }: Besucher mit { $family } bekommen sonst Fehler oder langsame Ausweichverbindungen.
be-fw-families-differ = IPv4 und IPv6 antworten unterschiedlich ({ $v4 }; { $v6 }): Sie führen zu verschiedenen Servern oder Konfigurationen.
be-fw-families-differ-advice = Sorgen Sie dafür, dass beide Adressen dieselbe Website ausliefern (derselbe server-Block / virtuelle Host auf beiden oder dasselbe Backend).
be-fw-some-addresses = Manche Adressen funktionieren nicht, andere schon ({ $bad }; { $good }): Einer der Server hinter dem Namen ist ausgefallen oder durch eine Firewall gesperrt.
be-fw-some-addresses-advice = Reparieren Sie diesen Server oder entfernen Sie seine Adresse aus dem DNS.
# $port and $other_port: port numbers; $scheme: "http" or "https"; $result and $other_result: what each port gave.
be-fw-own-port-closed = Port { $port } ({ $scheme }) funktioniert nicht ({ $result }), Port { $other_port } aber schon ({ $other_result }): Der Webserver lauscht nicht darauf, oder eine Firewall sperrt ihn.
be-fw-own-port-closed-advice = Lassen Sie den Webserver auf Port { $port } lauschen und öffnen Sie ihn in der Firewall (und in der Sicherheitsgruppe des Hosting-Anbieters).
be-fw-no-https = Port { $port } (https) ist geschlossen ({ $result }), aber Port { $other_port } funktioniert: Die Website hat kein HTTPS.
be-fw-no-https-advice = Browser kennzeichnen reines http als nicht sicher; richten Sie ein Zertifikat ein (z. B. Let's Encrypt) und liefern Sie https auf Port 443 aus.
be-fw-no-http = Port { $port } (http) ist geschlossen ({ $result }), aber Port { $other_port } funktioniert: Besucher, die die Adresse ohne https:// eingeben, bekommen womöglich keine Antwort.
be-fw-no-http-advice = Öffnen Sie Port 80 und leiten Sie ihn auf https um.
