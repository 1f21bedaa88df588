# Die Ursachen eines 502/504, die eine Zeile im Server-Log erklärt: eine Gruppe pro [[cause]] in
# assets/log_patterns.toml, benannt nach der id der Ursache (id, Schweregrad, die Muster für die Log-Zeilen,
# die subject-Regeln und die Befehle bleiben in der TOML; Befehle werden nicht übersetzt).
#   logp-<id>-title        Kurzname der Ursache
#   logp-<id>-explanation  was die Zeile bedeutet, in einfachen Worten
#   logp-<id>-fix          was zu ändern ist
# Direktiven, Einstellungen und Dateinamen (fastcgi_pass, pm.max_children, `listen =`, php.ini, ...) werden
# wie in den Konfigurationsdateien geschrieben und bleiben unverändert.

## src/logs/patterns.rs (assets/log_patterns.toml): nginx error.log

logp-php_fpm_socket_missing-title = PHP-FPM-Socket fehlt
logp-php_fpm_socket_missing-explanation = nginx wollte PHP-FPM über einen Unix-Socket erreichen, den es nicht gibt: PHP-FPM läuft nicht, oder nginx verweist auf den falschen Socket-Pfad (z. B. den einer alten PHP-Version).
logp-php_fpm_socket_missing-fix = Starten Sie PHP-FPM und lassen Sie fastcgi_pass in der nginx-Site auf den Socket zeigen, der in der Pool-Datei von PHP-FPM unter `listen =` steht.

logp-upstream_refused-title = Backend hat die Verbindung abgelehnt
logp-upstream_refused-explanation = An der Adresse, an die nginx weiterleitet, lauscht nichts: Die Anwendung bzw. das Backend läuft nicht, ist abgestürzt oder lauscht auf einem anderen Port.
logp-upstream_refused-fix = Starten Sie das Backend (oder starten Sie es neu) und prüfen Sie, ob es auf der Adresse aus proxy_pass / fastcgi_pass lauscht.

logp-upstream_permission_denied-title = nginx darf sich nicht mit dem Backend verbinden
logp-upstream_permission_denied-explanation = Das Betriebssystem hat nginx den Zugriff auf das Backend verweigert: Eigentümer/Rechte des Unix-Sockets lassen den Benutzer von nginx nicht zu, oder SELinux hindert nginx daran, Netzwerkverbindungen aufzubauen.
logp-upstream_permission_denied-fix = Geben Sie dem Benutzer von nginx Zugriff auf den Socket (listen.owner / listen.group / listen.mode im PHP-FPM-Pool), oder erlauben Sie es unter SELinux: setsebool -P httpd_can_network_connect 1.

logp-upstream_overloaded-title = Backend überlastet (Verbindungswarteschlange voll)
logp-upstream_overloaded-explanation = Die Listen-Warteschlange des Backends war voll, daher wurden neue Verbindungen abgewiesen: zu viel Verkehr für die Zahl der Worker.
logp-upstream_overloaded-fix = Erhöhen Sie die Zahl der Worker des Backends (pm.max_children bei PHP-FPM) und sein Listen-Backlog (listen.backlog, net.core.somaxconn), oder verringern Sie langsame Anfragen.

logp-upstream_timeout-title = Backend zu langsam (Zeitlimit überschritten)
logp-upstream_timeout-explanation = Das Backend hat die Anfrage angenommen, aber nicht rechtzeitig geantwortet (nginx wartet standardmäßig 60 s), daher hat der Besucher 504 Gateway Timeout erhalten.
logp-upstream_timeout-fix = Finden Sie heraus, warum das Backend langsam ist (langsame Datenbankabfragen, externe Aufrufe); wenn die Anfragen berechtigterweise lange dauern, erhöhen Sie proxy_read_timeout / fastcgi_read_timeout zusammen mit den eigenen Limits des Backends.

logp-upstream_closed-title = Backend hat die Verbindung geschlossen (Absturz?)
logp-upstream_closed-explanation = Das Backend hat die Verbindung beendet, bevor es eine vollständige Antwort geschickt hat: Es ist abgestürzt, wurde beendet (Speichermangel, ein Zeitlimit) oder schließt ungenutzte Keep-Alive-Verbindungen zu früh.
logp-upstream_closed-fix = Suchen Sie im eigenen Log des Backends zur selben Zeit nach einem Absturz, einem OOM-Kill oder einem Zeitlimit; stellen Sie das Keep-Alive-Zeitlimit des Backends länger ein als das von nginx.

logp-upstream_header_too_big-title = Antwort-Header des Backends zu groß
logp-upstream_header_too_big-explanation = Das Backend hat Antwort-Header geschickt (oft große Cookies oder viele Set-Cookie-Zeilen), die größer sind als die Puffer von nginx, daher hat nginx mit 502 aufgegeben.
logp-upstream_header_too_big-fix = Vergrößern Sie die Puffer: proxy_buffer_size 16k; proxy_buffers 8 16k; (fastcgi_buffer_size / fastcgi_buffers für PHP), oder senden Sie kleinere Header.

logp-no_live_upstreams-title = Alle Backends als ausgefallen markiert
logp-no_live_upstreams-explanation = nginx hatte jeden Server der upstream-Gruppe als fehlerhaft markiert (nach max_fails Fehlern) und es daher gar nicht erst versucht: Die eigentliche Ursache steht in den früheren Fehlern zu diesen Servern.
logp-no_live_upstreams-fix = Beheben Sie die früheren Fehler der Backends; prüfen Sie max_fails / fail_timeout im upstream-Block.

logp-upstream_tls_failed-title = TLS zum Backend fehlgeschlagen
logp-upstream_tls_failed-explanation = nginx spricht HTTPS mit dem Backend, und der TLS-Handshake ist fehlgeschlagen: Das Backend spricht auf diesem Port kein TLS, benötigt SNI, oder sein Zertifikat bzw. seine Protokolle passen nicht.
logp-upstream_tls_failed-fix = Verwenden Sie http:// in proxy_pass, wenn das Backend reines HTTP spricht; andernfalls setzen Sie proxy_ssl_server_name on; und proxy_ssl_name / proxy_ssl_protocols passend zum Backend.

logp-upstream_unresolved-title = Name des Backends konnte nicht aufgelöst werden
logp-upstream_unresolved-explanation = nginx schlägt den Namen des Backends zur Laufzeit nach (ein resolver mit einer Variablen in proxy_pass), und die DNS-Abfrage ist fehlgeschlagen.
logp-upstream_unresolved-fix = Prüfen Sie den Namen und die Direktive `resolver` in nginx (sie muss auf einen DNS-Server zeigen, der den Namen kennt, z. B. 127.0.0.11 in Docker).

logp-script_unknown-title = PHP-Skript nicht gefunden
logp-script_unknown-explanation = PHP-FPM konnte das Skript, das nginx angefordert hat, nicht finden: SCRIPT_FILENAME oder root zeigt auf die falsche Stelle (meist ein 404 „File not found.“, manchmal Teil einer 502-Geschichte).
logp-script_unknown-fix = Setzen Sie fastcgi_param SCRIPT_FILENAME $document_root$fastcgi_script_name; und prüfen Sie, ob root auf die Dateien der Website zeigt und PHP-FPM sie lesen darf.

## src/logs/patterns.rs (assets/log_patterns.toml): Apache-Fehlerlog

logp-backend_disabled-title = Apache hat das Backend vorübergehend deaktiviert
logp-backend_disabled-explanation = Nach einer fehlgeschlagenen Verbindung markiert Apache das Backend für eine Wartezeit (retry) als ausgefallen und antwortet mit 503/502, ohne es zu versuchen.
logp-backend_disabled-fix = Beheben Sie zuerst den Verbindungsfehler des Backends; ein kürzeres retry= in der ProxyPass-Zeile lässt Apache es früher erneut versuchen.

logp-backend_connect_failed-title = Apache konnte sich nicht mit dem Backend verbinden
logp-backend_connect_failed-explanation = Der Proxy von Apache konnte keine Verbindung zum Backend öffnen: Es läuft nicht oder lauscht woanders.
logp-backend_connect_failed-fix = Starten Sie das Backend und prüfen Sie die Adresse in ProxyPass / SetHandler "proxy:...".

logp-backend_read_timeout-title = Backend zu langsam für Apache (Zeitlimit überschritten)
logp-backend_read_timeout-explanation = Apache hat länger als ProxyTimeout (= Timeout, standardmäßig 60 s) auf die Antwort des Backends gewartet und aufgegeben.
logp-backend_read_timeout-fix = Finden Sie heraus, warum das Backend langsam ist; wenn es langsam sein muss, erhöhen Sie ProxyTimeout (oder timeout= in ProxyPass).

logp-backend_read_error-title = Fehler beim Lesen der Antwort des Backends
logp-backend_read_error-explanation = Das Backend hat die Verbindung geschlossen oder abgebrochen, während Apache seine Antwort las: Es ist abgestürzt oder wurde beendet.
logp-backend_read_error-fix = Suchen Sie im eigenen Log des Backends zur selben Zeit nach einem Absturz, einem Beenden wegen Speichermangels (OOM-Kill) oder einem Zeitlimit.

logp-fcgi_failed-title = FastCGI-Fehler (PHP-FPM) in Apache
logp-fcgi_failed-explanation = proxy_fcgi von Apache konnte nicht mit PHP-FPM sprechen: Der Socket/Port fehlt, oder PHP-FPM hat die Verbindung ohne gültige Antwort geschlossen.
logp-fcgi_failed-fix = Prüfen Sie, ob PHP-FPM läuft und SetHandler "proxy:unix:/run/php/...sock|fcgi://localhost" seinen Socket nennt; suchen Sie im PHP-FPM-Log nach Abstürzen.

## src/logs/patterns.rs (assets/log_patterns.toml): PHP-FPM-Log

logp-fpm_max_children-title = PHP-FPM hat keine freien Worker mehr
logp-fpm_max_children-explanation = Alle Worker von PHP-FPM waren beschäftigt (pm.max_children erreicht), daher mussten neue Anfragen warten und liefen ins Zeitlimit oder wurden abgewiesen.
logp-fpm_max_children-fix = Erhöhen Sie pm.max_children in der Pool-Datei (wenn der Arbeitsspeicher reicht: etwa freier RAM / Speicher pro Worker) und finden Sie langsame Skripte mit dem Slow-Log.

logp-fpm_execute_timeout-title = PHP-FPM hat ein langsames Skript beendet
logp-fpm_execute_timeout-explanation = Ein PHP-Skript lief länger als request_terminate_timeout, und PHP-FPM hat seinen Worker beendet, daher bekam der Webserver keine Antwort (502).
logp-fpm_execute_timeout-fix = Machen Sie das Skript schneller, oder erhöhen Sie request_terminate_timeout in der Pool-Datei zusammen mit dem Zeitlimit des Webservers.

logp-fpm_child_segfault-title = PHP-FPM-Worker abgestürzt (Segfault)
logp-fpm_child_segfault-explanation = Ein Worker von PHP-FPM ist mit SIGSEGV abgestürzt, meist wegen einer fehlerhaften PHP-Erweiterung (opcache, xdebug, eine Bildbibliothek); die Anfrage, die er gerade bearbeitete, bekam einen 502.
logp-fpm_child_segfault-fix = Aktualisieren Sie PHP und seine Erweiterungen; deaktivieren Sie kürzlich hinzugefügte Erweiterungen nacheinander (php -m listet sie auf), bis die Abstürze aufhören.

## src/logs/patterns.rs (assets/log_patterns.toml): PHP-Fehlerlog

logp-php_max_execution_time-title = PHP-Skript hat max_execution_time erreicht
logp-php_max_execution_time-explanation = Ein PHP-Skript lief länger als max_execution_time (standardmäßig 30 s) und wurde mit einem fatalen Fehler abgebrochen.
logp-php_max_execution_time-fix = Machen Sie das Skript schneller, oder erhöhen Sie max_execution_time in der php.ini (oder mit php_admin_value im Pool) für die Skripte, die es brauchen.

logp-php_memory_limit-title = PHP-Skript hatte zu wenig Speicher
logp-php_memory_limit-explanation = Ein PHP-Skript brauchte mehr Speicher als memory_limit und wurde mit einem fatalen Fehler abgebrochen.
logp-php_memory_limit-fix = Finden Sie heraus, was den Speicher verbraucht (große Datenbankabfragen, Bilder); erhöhen Sie memory_limit in der php.ini, wenn das Skript ihn wirklich braucht.
