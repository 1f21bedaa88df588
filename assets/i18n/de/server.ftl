# Die Befunde des Server-Modus (die Konfigurationsdateien von nginx, Apache, HAProxy, Caddy, Varnish und
# PHP-FPM, die Maschine darunter): „diese Datei, diese Zeile, das ist kaputt, so beheben Sie es“; die
# Zeilen einer Konfigurationsdatei, die nicht gelesen werden konnten; die Fehler einer unbrauchbaren
# Browser-Aufzeichnung (HAR); die Hinweise und Fehler der Einstellungsdatei.
# Namen von Direktiven, Konfigurationszeilen (in `Backticks`), Befehle, Unit-Namen und Dateipfade werden
# nie übersetzt. $who ist „nginx (sites-enabled/shop, Zeile 12)“ (srv-who); $site ist ein Hostname oder
# srv-site-on / srv-its-site (steht nach „für“); $target ist, wo die Anwendung dahinter erreichbar ist
# (127.0.0.1:9000, unix:/run/php/php8.2-fpm.sock); $detail ist, was der Versuch ergab („connection
# refused“), in derselben Sprache (machine.ftl); $seconds und Ähnliches sind bereits geschriebene Zahlen („60“, „0.5“).

## src/serverconf/judge.rs
# Die Website, die eine Anwendung dahinter bedient, im Satz (Akkusativ, nach „für“), wenn sie keinen
# einfachen Namen hat: „die Website auf :8080“.
srv-site-on = die Website auf { $listen }
srv-its-site = die zugehörige Website
# Wer Anfragen weiterleitet: die Software, der kurze Dateiname und die Zeile.
srv-who = { $software } ({ $file }, Zeile { $line })
# $fix ist die Konfigurationszeile, die dort stehen soll.
srv-socket-mismatch-fix = Schreiben Sie dort `{ $fix }` und laden Sie { $software } dann neu.
srv-down-nothing-listens = { $who } leitet Anfragen für { $site } an { $target } weiter, doch dort lauscht nichts.
srv-down-no-socket = { $who } leitet Anfragen für { $site } an { $target } weiter, doch diesen Socket gibt es nicht.
srv-down-fix-pool = Starten Sie PHP-FPM: Sein Pool „{ $pool }“ ({ $file }, Zeile { $line }) sollte dort lauschen.
srv-down-fix-app = Starten Sie die Anwendung, die auf { $target } lauschen sollte (oder lassen Sie { $file }, Zeile { $line } auf die Adresse zeigen, auf der sie tatsächlich lauscht).
srv-not-a-socket-title = { $who } leitet Anfragen für { $site } an { $target } weiter, doch das ist eine Datei, kein Socket.
srv-not-a-socket-fix = Lassen Sie die Zeile auf den Socket zeigen, auf dem die Anwendung lauscht, oder entfernen Sie die veraltete Datei und starten Sie die Anwendung neu.
srv-permission-title = { $who } leitet Anfragen für { $site } an { $target } weiter, doch die Worker-Prozesse (Benutzer { $user }) dürfen diesen Socket nicht öffnen: { $detail }.
srv-permission-fix-pool = Schreiben Sie im Pool „{ $pool }“ `listen.owner = { $user }`, `listen.group = { $user }` und `listen.mode = 0660` und starten Sie PHP-FPM dann neu.
srv-permission-fix-app = Lassen Sie die Anwendung ihren Socket so anlegen, dass der Benutzer { $user } hineinschreiben darf (Eigentümer oder Gruppe { $user }, Modus 0660).
srv-unresolvable-title = { $who } leitet Anfragen für { $site } an { $target } weiter, doch diesen Namen kann dieser Computer nicht nachschlagen.
srv-unresolvable-fix = Ist es der Name eines Containers, führen Sie diese Prüfung im Netzwerk dieses Containers aus (docker compose exec ...); andernfalls verwenden Sie eine Adresse oder korrigieren Sie den Namen.
# $setting ist die Direktive, die das Limit setzt (proxy_read_timeout).
srv-slow-title-limit = { $who } leitet Anfragen für { $site } an { $target } weiter, doch die Antwort von dort kommt zu langsam: { $detail }; { $software } gibt nach { $seconds } s auf ({ $setting }).
srv-slow-title-no-limit = { $who } leitet Anfragen für { $site } an { $target } weiter, doch die Antwort von dort kommt zu langsam: { $detail }; { $software } wartet ohne Zeitlimit.
srv-slow-fix = Finden Sie heraus, was die Anwendung langsam macht (ihre eigenen Logs, die Datenbank), oder erhöhen Sie das Zeitlimit über das, was sie braucht.
srv-error-title = { $who } leitet Anfragen für { $site } an { $target } weiter, doch die Antwort von dort ist fehlerhaft: { $detail }.
srv-error-fix = Suchen Sie den Fehler im eigenen Log der Anwendung; prüfen Sie, ob sie das Protokoll spricht, das die Direktive angibt (HTTP bei proxy_pass, FastCGI bei fastcgi_pass).
# $what ist eine der srv-read-*-Meldungen unten.
srv-unreadable-line-title = Zeile { $line } von { $file } konnte nicht gelesen werden: { $what }.
srv-unreadable-line-fix = Der Rest der Datei wurde gelesen; prüfen Sie diese Zeile mit dem Konfigurationstest des Servers selbst.
# $why ist, was das System gemeldet hat („permission denied“, „not found“).
srv-unreadable-file-title = { $file } konnte nicht gelesen werden: { $why }.
srv-unreadable-file-fix-permission = Führen Sie die Prüfung mit sudo aus oder als Benutzer der Gruppe, der die Datei gehört.
srv-unreadable-file-fix-path = Prüfen Sie den Pfad; was dort liegt, wurde nicht geprüft.
# Der maßgebliche Header-Puffer als Nominalphrase für srv-header-* (nach „als“ / „an“): „proxy_buffer_size 4k
# in sites-enabled/shop, Zeile 12“, „proxy_buffer_size mit dem Standardwert 4k“.
srv-buffer-at = { $directive } { $size } in { $file }, Zeile { $line }
srv-buffer-default = { $directive } mit dem Standardwert { $size }
# $bytes ist eine Zahl; „upstream sent too big header“ ist die eigene Log-Meldung von nginx.
srv-header-too-big-title = { $who } leitet Anfragen für { $site } an { $target } weiter; die Antwort von dort enthält { $bytes } Byte Header: mehr als { $limit }, daher antwortet nginx mit 502 („upstream sent too big header“).
srv-header-near-title = { $who } leitet Anfragen für { $site } an { $target } weiter; die Antwort von dort enthält { $bytes } Byte Header: nahe an { $limit }; ein Cookie mehr, und nginx antwortet mit 502.
srv-header-fix = Schreiben Sie `{ $lines }` in diesen server- oder location-Block und laden Sie nginx dann neu.
# $edge_limit ist das Limit des CDN in Worten, als Subjekt („das 100-s-Limit von Cloudflare für eine Antwort des
# Ursprungsservers“); $edge sein Name.
srv-edge-chain-title = { $who } wartet bis zu { $seconds } s ({ $setting }) auf { $target }, aber { $edge_limit } ({ $edge_seconds } s) greift früher: Eine Seite, die länger als { $edge_seconds } s braucht, endet im Zeitlimit-Fehler von { $edge }, ganz gleich, was diese Einstellung sagt.
srv-edge-chain-fix = Sorgen Sie dafür, dass die langsamen Anfragen innerhalb von { $edge_seconds } s fertig werden (oder verlagern Sie die Arbeit in einen Hintergrundjob); { $setting } zu erhöhen hilft nicht, solange { $edge } davor sitzt.
# Ein Proxy vor einem anderen: $outer gibt zuerst auf, $inner (dahinter) wartet noch.
srv-proxy-chain-title = { $who } gibt das Warten auf { $target } nach { $seconds } s auf ({ $setting }), aber { $inner } dahinter wartet bis zu { $inner_seconds } s ({ $inner_setting }) auf den eigenen Server dahinter: Langsame Seiten enden im 504 von { $outer }, während { $inner } noch wartet.
srv-proxy-chain-fix = Schreiben Sie `{ $line }` (etwas länger als { $inner_seconds } s) oder verkürzen Sie { $inner_setting } von { $inner } auf unter { $seconds } s und laden Sie dann neu.
# Das Limit von PHP ist länger als das des Webservers: -ini, wenn max_execution_time in php.ini es setzt,
# -pool, wenn die eigene Einstellung des Pools es tut.
srv-php-timeout-title-ini = PHP darf { $php_seconds } s laufen (max_execution_time, { $php_file }, Zeile { $php_line }), aber { $software } gibt nach { $seconds } s auf ({ $setting }) -> 504 bei langsamen Seiten.
srv-php-timeout-title-pool = PHP darf { $php_seconds } s laufen (sein Zeitlimit, { $php_file }, Zeile { $php_line }), aber { $software } gibt nach { $seconds } s auf ({ $setting }) -> 504 bei langsamen Seiten.
srv-php-timeout-fix = Schreiben Sie `{ $line }` (oder senken Sie das Limit von PHP unter { $seconds } s) und laden Sie dann neu.
srv-verdict-no-config = Auf diesem Computer wurde keine Webserver-Konfiguration gefunden.
srv-verdict-no-upstreams = Die Konfiguration leitet keine Anfragen an eine Anwendung weiter: Es gibt keine Verbindung zu prüfen.
srv-verdict-nothing-checked = Keine Anwendung dahinter konnte geprüft werden.
# $checked und $count sind Zahlen.
srv-verdict-healthy = Jede Anwendung, die die Konfiguration nennt, hat geantwortet ({ $checked } geprüft).
srv-verdict-warnings = { $count ->
    [one] Unten steht { $count } Warnung.
   *[other] Unten stehen { $count } Warnungen.
}

## src/serverconf/links.rs
srv-socket-mismatch-title = { $software } ({ $file }, Zeile { $line }) leitet PHP-Anfragen an { $path } weiter, doch dort lauscht kein PHP-FPM-Pool: Der Pool „{ $pool }“ lauscht auf { $pool_path } ({ $pool_file }, Zeile { $pool_line }).

## src/serverconf/syntax.rs
# $message ist die eigene Fehlermeldung des Programms, auf Englisch; $command der Test, wie er ausgeführt wurde (nginx -t).
srv-config-test-title = Der eigene Konfigurationstest von { $software } schlägt fehl ({ $command }): { $message }. Der laufende Server verwendet vielleicht noch seine alte Konfiguration, aber das nächste Neuladen oder der nächste Neustart schlägt fehl, und die Website ist dann nicht erreichbar.
srv-config-test-no-message = er wurde mit einem Fehler beendet
srv-config-test-fix = Korrigieren Sie diese Zeile, führen Sie den Test erneut aus, bis er besteht, und laden Sie dann neu.

## src/serverconf/host.rs
# Der OOM-Killer des Kernels: $count-mal $name beendet in den letzten $hours Stunden; $when ist
# srv-oom-when-*, $limit ist srv-oom-limit-* (Akkusativ, nach „hatte … ausgeschöpft“).
srv-oom-title = { $count ->
    [one] Der Kernel hat { $name } in den letzten { $hours } h einmal wegen Speichermangels beendet ({ $when }): Der Prozess hatte { $limit } ausgeschöpft, und Anfragen, die er gerade bearbeitete, endeten mit 502.
   *[other] Der Kernel hat { $name } in den letzten { $hours } h { $count }-mal wegen Speichermangels beendet ({ $when }): Der Prozess hatte { $limit } ausgeschöpft, und Anfragen, die er gerade bearbeitete, endeten mit 502.
}
# $at ist eine Zeit nach RFC 3339.
srv-oom-when-at = zuletzt um { $at }
srv-oom-when-boot = seit dem letzten Systemstart
srv-oom-limit-cgroup = sein Speicherlimit (das eines Containers oder MemoryMax des Dienstes)
srv-oom-limit-machine = den Arbeitsspeicher der Maschine
srv-oom-fix = Geben Sie { $name } weniger Worker (PHP-FPM: pm.max_children senken) oder der Maschine mehr Arbeitsspeicher oder Swap; was gewachsen ist, zeigen die Zeilen um diese herum.
# $why sagt, warum der Pfad wichtig ist („das Fehler-Log von nginx“); $free ist srv-size-*.
srv-disk-full-title = Das Laufwerk mit { $path } ({ $why }) ist zu { $pct } % voll, { $free } frei: Der Webserver kann keine Antworten puffern und keine temporären Dateien schreiben, und PHP kann keine Sessions speichern; das endet in 500/502.
srv-disk-almost-full-title = Das Laufwerk mit { $path } ({ $why }) ist zu { $pct } % voll, { $free } frei: Wenn es voll ist, können der Webserver und PHP nicht mehr schreiben und antworten mit 500/502.
srv-disk-fix = Schaffen Sie Platz: alte Logs und rotierte .gz-Dateien, Caches, Core-Dumps; lassen Sie logrotate komprimieren und weniger aufbewahren.
srv-inodes-title = Das Dateisystem mit { $path } ({ $why }) hat { $pct } % seiner Inodes verbraucht (noch { $left } frei): Es kann keine neue Datei angelegt werden, selbst wenn Platz frei ist.
srv-inodes-fix = Löschen Sie die vielen kleinen Dateien, die es füllen (alte PHP-Sessions, Cache-Einträge, Mail-Warteschlange).
# Größen: $n ist bereits geschrieben („3.2“, „512“).
srv-size-gb = { $n } GB
srv-size-mb = { $n } MB
# Ein systemd-Dienst ($unit: php8.2-fpm.service); $result ist das eigene Wort von systemd (exit-code, signal).
srv-service-failed-title = Der Dienst { $unit } ist ausgefallen: Nichts, was er bereitgestellt hat, antwortet.
srv-service-failed-oom-title = Der Dienst { $unit } ist ausgefallen (wegen Speichermangels beendet): Nichts, was er bereitgestellt hat, antwortet.
srv-service-failed-result-title = Der Dienst { $unit } ist ausgefallen (Ergebnis: { $result }): Nichts, was er bereitgestellt hat, antwortet.
srv-service-failed-fix = Lesen Sie in seinem Journal nach, warum, beheben Sie das und führen Sie dann `systemctl restart { $unit }` aus.
# $restarts ist eine Zahl.
srv-service-loop-title = { $restarts ->
    [one] Der Dienst { $unit } startet immer wieder neu (bisher { $restarts } Neustart): Er stirbt kurz nach dem Start, und jedes Mal enden Anfragen mit 502.
   *[other] Der Dienst { $unit } startet immer wieder neu (bisher { $restarts } Neustarts): Er stirbt kurz nach dem Start, und jedes Mal enden Anfragen mit 502.
}
srv-service-loop-fix = Suchen Sie in seinem Journal den Fehler vor jedem Beenden (eine fehlerhafte Konfigurationszeile, eine fehlende Datei, Speicher).
srv-service-stopped-title = Der Dienst { $unit } ist gestoppt.
srv-service-stopped-fix = Starten Sie ihn: `systemctl start { $unit }` (und `systemctl enable { $unit }`, damit er beim Systemstart startet).
srv-service-restarted-title = Der Dienst { $unit } läuft jetzt, aber systemd hat ihn seit seinem Start { $restarts }-mal neu gestartet: Während er nicht lief, endeten Anfragen mit 502.
srv-service-restarted-fix = Lesen Sie in seinem Journal nach, warum er beendet wurde.

## src/serverconf/mod.rs
# Eine Zeile einer Konfigurationsdatei, die nicht gelesen werden konnte; $what ist eine der srv-read-*-Meldungen unten.
srv-read-problem = { $file }: Zeile { $line } konnte nicht gelesen werden: { $what }

## Was an einer Zeile falsch war, die nicht gelesen werden konnte (src/serverconf/nginx.rs, apache.rs, caddy.rs,
## haproxy.rs, varnish.rs, php_fpm.rs), in wenigen Worten, kleingeschrieben: Sie stehen nach einem Doppelpunkt.
srv-read-binary = Binärdaten
srv-read-binary-text = Binärdaten, kein Konfigurationstext
srv-read-quote-not-closed = ein Anführungszeichen wird nicht geschlossen
srv-read-close-without-block = eine '{"}"}' ohne einen Block, den sie schließt
srv-read-block-not-closed = dieser Block wird nicht geschlossen
# $max ist eine Zahl.
srv-read-blocks-too-deep = Blöcke tiefer als { $max } Ebenen verschachtelt; dieser wird übersprungen
# Apache-Abschnitte: $closing und $open sind Abschnittsnamen (VirtualHost), $line eine Zeilennummer.
srv-read-apache-wrong-close = </{ $closing }> schließt <{ $open }> aus Zeile { $line }
srv-read-apache-nothing-to-close = </{ $closing }> ohne einen Abschnitt, den es schließt
srv-read-apache-no-gt = eine Abschnittszeile ohne ihr '>'
srv-read-apache-too-deep = Abschnitte tiefer als { $max } Ebenen verschachtelt; dieser wird übersprungen
srv-read-apache-not-closed = <{ $section }> wird nicht geschlossen
# HAProxy: $word ist das erste Wort der Zeile.
srv-read-haproxy-before-section = '{ $word }' vor dem ersten Abschnitt
# Die Adresse eines HAProxy-Servers ohne Port: „10.0.0.5 (der Port, mit dem sich der Client verbunden hat)“.
srv-haproxy-client-port = { $address } (der Port, mit dem sich der Client verbunden hat)
# nginx: $name ist der Name einer Direktive.
srv-read-nginx-quote = ein Anführungszeichen, das nie geschlossen wird
srv-read-nginx-too-deep = Blöcke tiefer als { $max } Ebenen verschachtelt: Dieser Block wird nicht gelesen
srv-read-nginx-stray-semicolon = ein ';' ohne Direktive davor
srv-read-nginx-stray-open = eine '{"{"}' ohne Direktive davor
srv-read-nginx-no-semicolon = nach „{ $name }“ fehlt ein ';'
srv-read-nginx-stray-close = eine '{"}"}', die nichts schließt
srv-read-nginx-not-closed = die '{"{"}' von „{ $name }“ wird nie geschlossen
# Varnish (VCL): /* */-Kommentare, {" "}-Langstrings, "Strings".
srv-read-varnish-comment = ein /*-Kommentar wird nicht geschlossen
srv-read-varnish-long-string = ein {"{"}"-String wird nicht geschlossen
srv-read-varnish-string = ein String wird nicht geschlossen
srv-read-varnish-backend-not-closed = dieses Backend wird nicht geschlossen
# $count ist eine Zahl.
srv-read-varnish-blocks-open = { $count ->
    [one] { $count } Block am Ende nicht geschlossen
   *[other] { $count } Blöcke am Ende nicht geschlossen
}
# Ein VCL-Backend ohne Adresse: $name ist sein Name; .host und .path sind VCL-Felder.
srv-varnish-backend-no-host = Backend { $name } ohne .host oder .path
# PHP-FPM und php.ini (INI-Dateien).
srv-read-php-section = ein Abschnittsname ohne schließendes ']'
srv-read-php-expected = erwartet: Schlüssel = Wert
srv-read-php-no-key = ein Wert ohne Schlüssel

## src/har/mod.rs
# Warum eine Datei nicht als Browser-Aufzeichnung (HAR) gelesen werden konnte; kleingeschrieben, sie stehen
# nach dem Dateinamen und einem Doppelpunkt. $reason ist die eigene Meldung des JSON-Lesers, auf Englisch.
srv-har-not-json = die Datei ist kein JSON (in Zeile { $line }, Spalte { $column }: { $reason })
srv-har-truncated = die Datei endet zu früh (abgeschnitten in Zeile { $line }): Speichern Sie die Aufzeichnung erneut
# $expected ist srv-har-expected-*.
srv-har-not-har = die Datei ist JSON, aber keine HAR-Aufzeichnung: erwartet wird { $expected }
srv-har-expected-log = ein „log“-Objekt auf oberster Ebene
srv-har-expected-entries = „log.entries“, eine Liste von Anfragen

## src/store/mod.rs
# Die Einstellungsdatei konnte nicht gelesen werden: $file ist ihr Pfad, $problem eine der
# srv-store-problem-*-Meldungen, $backup, wohin sie verschoben wurde, $error, was das System gemeldet hat.
srv-store-notice-kept = Ihre Einstellungsdatei { $file } konnte nicht gelesen werden ({ $problem }); sie wurde als { $backup } aufbewahrt, und Gateway Doctor wurde mit den Standardeinstellungen gestartet.
srv-store-notice-not-moved = Ihre Einstellungsdatei { $file } konnte nicht gelesen werden ({ $problem }) und auch nicht beiseitegelegt werden ({ $error }); Gateway Doctor wurde mit den Standardeinstellungen gestartet und ersetzt die Datei, sobald Einstellungen gespeichert werden.
srv-store-problem-folder = das ist ein Ordner, keine Datei
srv-store-problem-open = sie konnte nicht geöffnet werden: { $error }
# $byte ist eine Zahl.
srv-store-problem-not-utf8 = sie enthält keinen Text: ungültiges UTF-8 bei Byte { $byte }
srv-store-problem-json = ungültiges JSON: { $error }
srv-store-problem-not-object = erwartet wurde ein JSON-Objekt mit den Einstellungen
srv-store-problem-value = unerwarteter Wert: { $error }
srv-store-too-many-backups = zu viele Sicherungskopien mit demselben Namen
# Die Einstellungen konnten nicht gespeichert werden: $path ist ein Ordner oder eine Datei, $error, was das System gemeldet hat.
srv-store-error-create-dir = der Einstellungsordner { $path } kann nicht angelegt werden: { $error }
srv-store-error-write = die Einstellungsdatei { $path } kann nicht geschrieben werden: { $error }
srv-store-error-encode = die Einstellungen für { $path } können nicht kodiert werden: { $error }
