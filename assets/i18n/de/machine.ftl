# Der Kern von `gateway-doctor server`, ausgeführt auf dem Server selbst (src/server/): wie jede
# Konfiguration gefunden wurde, warum eine Datei nicht gelesen werden konnte, was ein einmaliger
# Versuch mit jeder Anwendung dahinter ergab, was auf der Maschine nicht eingesehen werden konnte
# (Kernel-Log, Dienste), warum die Prüfungen für eine Website nicht liefen, und die Fehler von `--config`.
# Befehle, Konfigurationszeilen, Pfade, Benutzernamen und HTTP-/FastCGI-Bytes stehen im Code.
# $software ist ein Produktname (nginx, Apache, HAProxy, Caddy, Varnish, PHP-FPM); $file und $path
# sind Dateipfade; $error ist der eigene Fehlertext des Systems (oft englisch).

## src/server/mod.rs

mc-config-unreadable = --config { $file }: { $error }
mc-config-unknown = --config { $file }: nicht als Konfiguration von nginx, Apache, HAProxy, Caddy, Varnish, PHP-FPM oder php.ini erkannt
# Wie eine Konfiguration gefunden wurde: Die Datei wurde mit --config angegeben, ihr Inhalt zeigte ihre Art.
mc-found-given = mit --config angegeben; erkannt als { $software }
# $addresses: die IP-Adressen der Website, durch Kommas getrennt.
mc-site-not-local = Die Adressen der Website ({ $addresses }) gehören nicht zu diesem Computer: Führen Sie gateway-doctor server auf dem Server aus, der die Website ausliefert.
mc-site-not-local-none = Die Adressen der Website (keine) gehören nicht zu diesem Computer: Führen Sie gateway-doctor server auf dem Server aus, der die Website ausliefert.
mc-site-nothing-listens = Auf diesem Computer lauscht nichts auf Port { $port }.
mc-site-not-a-web-server = Der Prozess, der auf Port { $port } lauscht, ist kein Webserver, dessen Konfiguration Gateway Doctor liest, oder er gehört einem anderen Benutzer (führen Sie die Prüfung mit sudo aus).
mc-site-checked = { $software } (Prozess { $pid }) lauscht auf Port { $port }; die Konfiguration { $file } wurde gelesen.

## src/server/discover.rs

# Wie eine Konfiguration gefunden wurde (steht daneben).
mc-found-running-process = laufender Prozess { $pid }
mc-found-standard-path = Standardpfad

## src/server/check.rs
# Was ein Versuch mit einer Anwendung dahinter ergab, in wenigen Worten (steht nach ihrer Adresse).
# $seconds: ein Zeitlimit in Sekunden; $address: IP:Port; $host: ein Hostname.

mc-probe-stopped = die Prüfung wurde abgebrochen: { $error }
mc-probe-not-tried = nicht versucht
# $text: die Adresse, wie sie dasteht, mit ihren Variablen ($host, ...).
mc-probe-variables = aus Variablen zusammengesetzt ({ $text }): erst bei jeder Anfrage bekannt
mc-probe-not-an-address = keine Adresse: { $text }
mc-probe-no-socket = der Socket existiert nicht
mc-probe-socket-hidden = dieser Benutzer darf ihn nicht einsehen; führen Sie die Prüfung mit sudo aus
mc-probe-not-a-socket = eine Datei, kein Socket
mc-probe-connect-timeout = keine Verbindung innerhalb von { $seconds } s
mc-probe-unresolvable = der Name { $host } lässt sich hier nicht nachschlagen
mc-probe-unresolvable-because = der Name { $host } lässt sich hier nicht nachschlagen ({ $error })
mc-probe-connect-timeout-to = keine Verbindung zu { $address } innerhalb von { $seconds } s
mc-probe-tls-accepts = nimmt Verbindungen an (TLS: die Anfrage selbst wird nicht geprüft)
mc-probe-refused = Verbindung abgelehnt: dort lauscht nichts
mc-probe-permission-denied = Zugriff verweigert
mc-probe-cannot-connect = keine Verbindung möglich: { $error }
mc-probe-accepts = nimmt Verbindungen an (das Protokoll wird nicht geprüft)
mc-probe-answer-timeout = keine Antwort innerhalb von { $seconds } s
mc-probe-reset = hat die Verbindung ohne Antwort zurückgesetzt
mc-probe-failed = die Verbindung ist fehlgeschlagen: { $error }
mc-probe-closed = hat die Verbindung angenommen und dann ohne Antwort geschlossen
# $detail: wie die Antwort war („HTTP 200“, „FastCGI-Antwort“); $took: wie viele Sekunden sie brauchte;
# $limit: das Lese-Zeitlimit der Konfiguration des Webservers, in Sekunden.
mc-probe-too-slow = { $detail } nach { $took } s, später als die { $limit } s, die der Server wartet
mc-probe-http-incomplete = eine unvollständige HTTP-Antwort
mc-probe-not-http = keine HTTP-Antwort ({ $count ->
        [one] { $count } Byte
       *[other] { $count } Byte
    })
mc-probe-fcgi-answered = FastCGI-Antwort
# $record: der Typ des FastCGI-Records, eine Zahl.
mc-probe-fcgi-answered-type = FastCGI-Antwort (Record-Typ { $record })
mc-probe-fcgi-got-http = spricht HTTP, nicht FastCGI (verwenden Sie proxy_pass statt fastcgi_pass)
mc-probe-not-fcgi = keine FastCGI-Antwort ({ $count ->
        [one] { $count } Byte
       *[other] { $count } Byte
    })

## src/server/users.rs
# Warum der Worker-Benutzer des Webservers einen Unix-Socket nicht öffnen darf. $mode: oktal, etwa 0660.

mc-perm-folder = der Ordner { $path }: Eigentümer { $owner }, Gruppe { $group }, Modus { $mode }
mc-perm-socket = der Socket: Eigentümer { $owner }, Gruppe { $group }, Modus { $mode }

## src/server/read.rs
# Warum eine Konfigurationsdatei nicht gelesen werden konnte (steht nach dem Pfad der Datei).

# $size: in MiB.
mc-read-too-large = die Datei ist größer als { $size } MiB; der Rest wurde nicht gelesen
mc-read-permission-group = Zugriff verweigert (lesbar für root und möglicherweise für die Gruppe { $group }; führen Sie die Prüfung mit sudo aus)
mc-read-permission = Zugriff verweigert (führen Sie die Prüfung mit sudo aus)
mc-read-not-found = nicht gefunden
mc-read-folder = ein Ordner, keine Datei
mc-read-caddy-json = die JSON-Konfiguration von Caddy liest diese Version nicht (ein Caddyfile schon)

## src/server/host.rs

mc-kernel-log-unreadable = --kernel-log { $file }: { $error }
mc-kernel-log-none = Das Kernel-Log konnte nicht gelesen werden (kein /var/log/kern.log; journalctl und dmesg lieferten nichts): Nach OOM-Kills wurde nicht gesucht. Führen Sie die Prüfung mit sudo aus oder geben Sie --kernel-log FILE an.
mc-services-no-systemd = systemd läuft hier nicht: Ob die Dienste laufen, wurde nicht ermittelt.
# Warum der Füllstand eines Laufwerks wichtig ist: was der Web-Stack dort schreibt.
mc-disk-error-log = das Fehler-Log von { $software }
mc-disk-nginx-temp = die temporären Dateien von nginx
mc-disk-php-sessions = die PHP-Sessions
mc-disk-varnish-work = der Arbeitsordner von Varnish
mc-disk-tmp = die temporären Dateien
