# Checkliste des Betreibermodus: die Befunde und Ratschläge, die ein Website-Betreiber liest, zu DNS (stimmen
# die Resolver überein?), zum CDN oder Load Balancer vor der Website, zum Ursprungsserver dahinter (mit
# --origin direkt gefragt), zum Zertifikat der Website und zu einer Website im Wartungsmodus.
# Befehle, Konfigurationszeilen, Header-Namen (Retry-After), DNS-Codes (NXDOMAIN, SERVFAIL, CNAME, A/AAAA,
# NS, SOA, AA-Flag), Optionen (--origin, --expect-ip) und Produktnamen bleiben unverändert.
# $front, $cdn, $name, $maker: der Name eines CDN oder Load Balancers („Cloudflare“, „AWS load balancer“),
# im Deutschen ohne Artikel wie ein Eigenname (own-cdn-the-provider), damit er in jedem Fall passt;
# $front_capital ist dasselbe mit großem Anfangsbuchstaben, für den Satzanfang. In den Sätzen mit $edge
# und $origin kann $front auch own-cdn-public-address sein („die öffentliche Adresse“): dort steht $front
# nur im Nominativ oder Akkusativ.

## src/diagnosis/owner/dns.rs

# Spaltentitel der Tabelle mit den DNS-Antworten.
own-dns-col-resolver = Resolver
own-dns-col-answers = Antworten
own-dns-col-ttl = TTL
own-dns-col-result = Ergebnis
own-dns-col-time = Zeit

own-dns-checking = Wird geprüft…
own-dns-not-checked = In diesem Durchlauf nicht geprüft (der DNS-Vergleich läuft im Betreibermodus).
own-dns-ip-address = Die Website wird über eine IP-Adresse (oder localhost) aufgerufen: Es gibt keinen DNS-Namen zu prüfen.
# $results: jeder Resolver mit dem, was geschah („Google 8.8.8.8: keine Antwort (Zeitlimit)“), als Liste.
own-dns-no-answer = Kein Resolver hat eine Antwort für { $name } geliefert ({ $results }).
own-dns-no-answer-advice = DNS konnte nicht verglichen werden. Wenn dieser Computer andere Websites öffnen kann, sperrt sein Netzwerk vielleicht externe DNS-Server; führen Sie die Befehle unten in einem anderen Netzwerk oder auf dem Server aus.
# $why: warum die Nameserver der Domain nicht gefunden wurden, oder own-dns-none-found.
own-dns-ns-not-asked = Die eigenen Nameserver der Domain wurden nicht gefragt ({ $why }).
own-dns-none-found = es wurden keine gefunden
own-dns-nothing-to-do = Nichts zu tun: DNS ist nicht das Problem.

# $resolvers: die Resolver, die das gemeldet haben, als Liste.
own-dns-nxdomain = { $name } existiert laut { $resolvers } nicht (NXDOMAIN).
own-dns-no-address = { $name } hat laut { $resolvers } keine Adresse (keine A- oder AAAA-Einträge).
own-dns-add-record = Legen Sie bei Ihrem DNS-Anbieter einen A-Eintrag (IPv4) oder AAAA-Eintrag (IPv6) für { $name } an. Wenn der Eintrag vorhanden ist, prüfen Sie, ob die Domain registriert und nicht abgelaufen ist und ob beim Registrar die Nameserver Ihres DNS-Anbieters eingetragen sind.
# $servers: die Nameserver der Zone, durch Kommas getrennt.
own-dns-add-record-zone = Legen Sie bei Ihrem DNS-Anbieter einen A-Eintrag (IPv4) oder AAAA-Eintrag (IPv6) für { $name } an (die Zone wird von { $servers } bereitgestellt). Wenn der Eintrag vorhanden ist, prüfen Sie, ob die Domain registriert und nicht abgelaufen ist und ob beim Registrar die Nameserver Ihres DNS-Anbieters eingetragen sind.

# Die Antwort eines Resolvers, ein Eintrag der Listen unten: „Cloudflare 1.1.1.1 antwortet 192.0.2.1“.
own-dns-answers = { $resolver } antwortet { $answer }
own-dns-ns-disagree = Ihre Nameserver geben unterschiedliche Antworten: { $answers }.
own-dns-ns-disagree-advice = Sorgen Sie dafür, dass alle Nameserver dieselbe Zone ausliefern (vielleicht hat ein sekundärer Nameserver die letzte Änderung verpasst: Prüfen Sie die Zonentransfers und die Seriennummer im SOA).
own-dns-all-agree-ns = { $count ->
    [one] { $count } Resolver stimmt mit Ihren Nameservern überein: { $answer }.
   *[other] Alle { $count } Resolver stimmen mit Ihren Nameservern überein: { $answer }.
}
# $resolvers: die Resolver, die noch die alte Adresse liefern ($count davon); $old: ihre Antworten.
own-dns-stale = Ihre Nameserver antworten { $answer }, aber { $resolvers } { $count ->
    [one] antwortet
   *[other] antworten
} noch { $old }: Eine Änderung verbreitet sich noch.
# $longest: die längste verbleibende TTL („5 min“); $ttls: jeder Resolver mit seiner verbleibenden TTL.
own-dns-stale-advice = Resolver, die die alte Antwort im Cache haben, behalten sie noch höchstens { $longest } lang (ihre verbleibende TTL: { $ttls }); rechnen Sie allgemein mit bis zu 24–48 h, bis alle die neue Antwort haben. Es ist nichts zu reparieren, wenn die Nameserver bereits die neue Antwort liefern; senken Sie vor der nächsten Änderung die TTL.
own-dns-stale-advice-unknown = Resolver, die die alte Antwort im Cache haben, behalten sie, bis ihre Kopie abläuft (verbleibende TTL unbekannt); rechnen Sie allgemein mit bis zu 24–48 h, bis alle die neue Antwort haben. Es ist nichts zu reparieren, wenn die Nameserver bereits die neue Antwort liefern; senken Sie vor der nächsten Änderung die TTL.
own-dns-ttl-unknown = unbekannt
own-dns-caches-agree = { $count ->
    [one] { $count } Resolver antwortet: { $answer }.
   *[other] Alle { $count } Resolver stimmen überein: { $answer }.
}
own-dns-resolvers-disagree = Die Resolver geben unterschiedliche Antworten: { $answers }.
own-dns-resolvers-disagree-advice = Entweder verbreitet sich eine Änderung noch (Caches behalten die alte Antwort, bis ihre TTL abläuft; rechnen Sie mit bis zu 24–48 h), oder der Name liefert je nach Standort unterschiedliche Adressen. Fragen Sie Ihre Nameserver direkt, um die aktuelle Antwort zu sehen.

# $expected: die mit --expect-ip angegebenen Adressen, als Liste.
own-dns-expected-all = Jede Antwort ist die erwartete Adresse ({ $expected }).
own-dns-not-expected = Nicht die erwartete Adresse { $expected }: { $answers }.
own-dns-expected-ns-wrong = Schon Ihre Nameserver liefern nicht { $expected }: Ändern Sie den A/AAAA-Eintrag bei Ihrem DNS-Anbieter (oder prüfen Sie, ob --expect-ip stimmt).
own-dns-expected-check = Prüfen Sie den A/AAAA-Eintrag bei Ihrem DNS-Anbieter; steht dort bereits { $expected }, haben die Resolver oben noch die alte Antwort im Cache.

# Einträge von own-dns-lame: $server ist ein Nameserver („ns1.example.com 192.0.2.53“).
own-dns-lame-refuses = { $server } lehnt die Anfrage ab
own-dns-lame-no-aa = { $server } antwortet nicht autoritativ (kein AA-Flag)
own-dns-lame = Fehlerhafte Delegierung (lame delegation): { $servers }.
own-dns-lame-advice = Jeder NS-Eintrag muss auf einen Server zeigen, der diese Zone ausliefert: Reparieren Sie diesen Server oder entfernen Sie ihn aus den NS-Einträgen (beim Registrar und in der Zone). Resolver, die ihn wählen, bekommen langsame oder fehlgeschlagene Abfragen.
own-dns-ns-silent = Nameserver, die nicht geantwortet haben: { $servers }.
own-dns-ns-silent-advice = Prüfen Sie, ob jeder Nameserver läuft und auf Port 53 (UDP und TCP) erreichbar ist.
own-dns-resolvers-silent = Keine Antwort von { $resolvers } (ein Problem des Resolvers, oder dieses Netzwerk sperrt ihn).

# Was ein Resolver geantwortet hat (Befunde und die Spalte „Antworten“ der Tabelle).
own-dns-answer-no-address = keine Adresse
own-dns-answer-nxdomain = NXDOMAIN (Name existiert nicht)
own-dns-answer-no-records = keine Adresse (keine A/AAAA-Einträge)
# Wie die Anfrage an einen Resolver endete (Spalte „Ergebnis“ der Tabelle und die Befunde).
own-dns-outcome-answered-aa = geantwortet (autoritativ)
own-dns-outcome-answered-not-aa = geantwortet, nicht autoritativ
own-dns-outcome-answered = geantwortet
own-dns-outcome-refused = abgelehnt
own-dns-outcome-no-records = keine A/AAAA-Einträge
own-dns-outcome-timeout = keine Antwort (Zeitlimit)
own-dns-outcome-error = Fehler
own-dns-outcome-not-asked = nicht gefragt
# Zusatz in der Spalte „Ergebnis“: $result ist eines der own-dns-outcome-* oben.
own-dns-result-lame = { $result } (fehlerhafte Delegierung)
own-dns-result-not-expected = { $result }, nicht die erwartete IP
own-dns-ms = { $ms } ms

# Zeitspannen (eine TTL), aufgerundet.
own-dns-seconds = { $n } s
own-dns-minutes = { $n } min
own-dns-hours = { $n } h
own-dns-days = { $count ->
    [one] { $count } Tag
   *[other] { $count } Tage
}
# Die letzten beiden Einträge einer Liste („a, b und c“): $rest sind die Einträge davor, durch Kommas verbunden.
own-list-and = { $rest } und { $last }

## src/diagnosis/owner/cdn/mod.rs

# Wie eine Anfrage endete, als Nominalphrase nach „Über …:“ / „direkt zum Ursprungsserver:“: „Antwort 200“.
own-cdn-answered = Antwort { $status }
own-cdn-waiting = Warten auf die Seite und die DNS-Antworten, um zu erkennen, welches CDN vorgeschaltet ist.
own-cdn-page-not-asked = die Seite wurde nicht abgerufen
own-cdn-not-checked = Nicht geprüft: { $reason }.
own-cdn-run-again = Führen Sie die Prüfung erneut aus, sobald sich der Name der Website auflösen lässt.
own-cdn-comparing = Vergleich mit dem Ursprungsserver…
own-cdn-origin-not-asked = Der Ursprungsserver wurde nicht direkt gefragt ({ $reason }).
own-cdn-use-origin = Um das CDN von Ihrem Server zu unterscheiden, führen Sie die Prüfung im Betreibermodus erneut mit --origin IP aus (der eigenen Adresse Ihres Servers): Dann geht dieselbe Anfrage direkt an den Ursprungsserver.
# Woran der Edge-Server erkannt wurde: $maker hat die Fehlerseite erzeugt, $why ist das Merkmal der Seite.
own-cdn-evidence-error-page = die Fehlerseite stammt von { $maker } ({ $why })
# $why: woran das CDN erkannt wurde („der Header server nennt cloudflare“).
own-cdn-in-front = { $front_capital } ist der Website vorgeschaltet.
own-cdn-in-front-why = { $front_capital } ist der Website vorgeschaltet: { $why }.
own-cdn-in-front-lb = { $cdn_capital } ist der Website vorgeschaltet, dahinter { $lb }.
own-cdn-in-front-lb-why = { $cdn_capital } ist der Website vorgeschaltet, dahinter { $lb }: { $why }.
# $date: das Datum der mitgelieferten Liste der Adressbereiche von CDNs.
own-cdn-none-seen = Kein CDN und kein Load Balancer erkannt (geprüft: Antwort-Header, DNS-Namen und die Adressen im Vergleich mit den veröffentlichten Adressbereichen, Stand { $date }).
own-cdn-public-address = die öffentliche Adresse
# Der Name eines Anbieters im Satz: im Deutschen ohne Artikel, wie ein Eigenname („AWS load balancer“).
own-cdn-the-provider = { $name }
own-cdn-page-not-requested = Die Seite selbst wurde nicht abgerufen, es gibt also keine Fehlerseite zu beurteilen.
# $outcome: wie die Anfrage endete („Verbindung abgelehnt“).
own-cdn-no-response-through = Über { $front } kam keine Antwort zurück ({ $outcome }).
own-cdn-no-response = Es kam keine Antwort zurück ({ $outcome }).
own-cdn-page-made-by = Die Fehlerseite { $status } hat { $maker } selbst erzeugt.
# $software: der Server, der die Seite erzeugt hat („nginx“).
own-cdn-page-from-behind = Die Fehlerseite { $status } stammt von { $software } hinter { $front }; { $front } hat sie nur weitergereicht.
own-cdn-page-from = Die Fehlerseite { $status } stammt von { $software }.
own-cdn-layer-unknown = Die Website antwortete mit { $status }; welche Schicht die Fehlerseite erzeugt hat, ist unbekannt.
own-cdn-answered-through = Die Website antwortete darüber mit { $status }.
own-cdn-nothing-to-change = Am CDN oder Load Balancer ist vorerst nichts zu ändern.
own-cdn-look-up = Schlagen Sie diesen Fehler in der Dokumentation und auf der Statusseite von { $front } nach, und geben Sie dabei die Anfrage-ID aus dem Bericht an.
own-cdn-front-working = { $front_capital } funktioniert; reparieren Sie den Software-Stack des Ursprungsservers (siehe den Punkt „Server-Logs“).
own-cdn-compare-origin = Vergleichen Sie direkt mit dem Ursprungsserver, um { $front } von Ihrem Server zu unterscheiden.
own-cdn-nothing-at-cdn = An einem CDN ist nichts zu prüfen; sehen Sie sich den Webserver und die Anwendung an.
# $edge, $origin: wie jede Anfrage endete (own-cdn-answered oder „Verbindung abgelehnt“).
own-cdn-both-work = Über { $front }: { $edge }; direkt zum Ursprungsserver: { $origin }.
own-cdn-origin-fails-only = Über { $front }: { $edge }; direkt zum Ursprungsserver dagegen: { $origin }.
own-cdn-origin-fails-only-advice = { $front_capital } liefert vielleicht Seiten aus dem Cache aus, während der Ursprungsserver ausfällt, oder die Adresse bei --origin ist nicht der Server, den { $front } verwendet: Prüfen Sie die Ursprungsadresse in den Einstellungen für { $front } und die Logs des Ursprungsservers.
own-cdn-edge-fails-only = Ohne { $front }, direkt zum Ursprungsserver: { $origin }. Der Fehler liegt in der Konfiguration des CDN/Edge-Servers, nicht an Ihrem Server.
own-cdn-edge-fails-only-advice = Prüfen Sie, wie { $front } mit Ihrem Ursprungsserver spricht: den SSL/TLS-Modus im Vergleich zum Zertifikat des Ursprungsservers, ob die Firewall des Ursprungsservers die IP-Bereiche für { $front } zulässt, und die Zeitlimits für { $front }.
own-cdn-both-fail = Auch ohne { $front } schlägt der Ursprungsserver fehl ({ $origin }): Das Problem liegt im Stack des Ursprungsservers selbst; { $front } ist nicht die Ursache.
own-cdn-both-fail-advice = Reparieren Sie zuerst den Ursprungsserver: seinen Webserver und seine Anwendung (siehe die Punkte „Server-Logs“ und „Server neu starten“).

## src/diagnosis/owner/cdn/certificate.rs

# $days: Tage, bis das Zertifikat der Website abläuft (0 bis 13).
own-cert-expires = Das Zertifikat der Website { $days ->
    [0] läuft heute ab
    [one] läuft in 1 Tag ab
   *[other] läuft in { $days } Tagen ab
}.
# $until: Enddatum und -uhrzeit des Zertifikats.
own-cert-expires-until = Das Zertifikat der Website { $days ->
    [0] läuft heute ab
    [one] läuft in 1 Tag ab
   *[other] läuft in { $days } Tagen ab
} (gültig bis { $until }).
own-cert-renew-at-cdn = { $cdn } liefert dieses Zertifikat aus: Prüfen Sie im Dashboard von { $cdn }, warum es nicht erneuert wurde (vielleicht fehlt ein DNS- oder Validierungseintrag, der dafür nötig ist).
own-cert-renew = Erneuern Sie es jetzt und laden Sie den Webserver neu; falls der Timer von certbot das hätte erledigen sollen, zeigt `certbot renew --dry-run`, warum es nicht geklappt hat.

## src/diagnosis/owner/edge_link.rs

# Wo das CDN seine Aufzeichnung der fehlgeschlagenen Anfrage führt (nach „Bei Cloudflare:“); Feldnamen bleiben.
own-link-log-cloudflare = das Dashboard von Cloudflare (Analytics, oder OriginResponseStatus und EdgeResponseStatus in Logpush) mit der Ray ID
own-link-log-cloudfront = die Standard-Logs von CloudFront (x-edge-detailed-result-type, etwa OriginConnectError, OriginDnsError, OriginReadTimeout) mit der X-Amz-Cf-Id
own-link-log-akamai = die Fehlersuche (error lookup) im Akamai Control Center mit der „Reference #“ der Seite
own-link-log-fastly = das Echtzeit-Log-Streaming von Fastly (fastly_info.state) für den Knoten in X-Served-By
own-link-log-other = das Anfrage-Log des CDN mit der Anfrage-ID der Seite
# $origin: die Adresse des Ursprungsservers; $result: seine Antwort („200“, „connect refused“).
own-link-origin-answered = Direkt zum Ursprungsserver { $origin }: { $result }.
# $edge: der Name des CDN. Der Befehl bleibt unverändert.
own-link-ask-origin = Fragen Sie den Ursprungsserver direkt, um beides zu unterscheiden: `gateway-doctor check { $url } --mode owner --origin ORIGIN_IP` schickt ihm dieselbe Anfrage an { $edge } vorbei.
own-link-restart-finding = { $name } hat diese Fehlerseite selbst erzeugt: Anfragen über { $name } testen die Verbindung von { $name } zu Ihrem Ursprungsserver (Adresse, DNS, Firewall, Zertifikat), nicht den Stack Ihres Ursprungsservers, und können daher nicht sagen, was neu zu starten ist.
# $origin: own-link-origin-answered, der Satz davor.
own-link-restart-origin-works = { $origin } Ihr Ursprungsserver funktioniert: Starten Sie dort nichts neu. Reparieren Sie die Verbindung: die bei { $name } eingetragene Ursprungsadresse und den Hostnamen, die Firewall des Ursprungsservers (lassen Sie die Adressen von { $name } zu), sein Zertifikat und seine TLS-Einstellungen.
own-link-restart-origin-fails = { $origin } Auch direkt schlägt der Ursprungsserver fehl: Beginnen Sie dort (mit seinem Webserver, dann mit der Anwendung dahinter).
own-link-logs-finding = { $name } hat die Seite erzeugt, daher zählen die Logs der Verbindung von { $name } zu Ihrem Ursprungsserver: Sind die Anfragen von { $name } überhaupt beim Ursprungsserver angekommen?
# $access, $error: die Logdateien des Webservers; $log: eines der own-link-log-*.
own-link-logs-advice = Auf dem Ursprungsserver: das Access-Log des Webservers ({ $access }; keine Zeile zur Zeit des Fehlers heißt, dass die Anfragen nie angekommen sind: Firewall, Ursprungsadresse oder DNS bei { $name }), sein Error-Log ({ $error }) auf TLS-Handshake-Fehler und das Log der Firewall auf verworfene Verbindungen. Bei { $name }: { $log }.

## src/diagnosis/owner/origin.rs

# $edge_result, $result: ein Statuscode („502“) oder wie die Anfrage endete („connect refused“).
own-origin-seen = Über den Edge-Server: { $edge_result }. Direkt zum Ursprungsserver { $origin }: { $result }.
own-origin-edge-config = Der Ursprungsserver funktioniert; der Edge-Server davor (CDN oder Load Balancer) schlägt fehl: Prüfen Sie dort die Einstellungen für den Ursprungsserver (Adresse, Port, SSL-Modus) und die Zeitlimits, und ob die Firewall des Ursprungsservers die Adressen des Edge-Servers zulässt.
own-origin-stack = Auch der Ursprungsserver schlägt fehl: Das Problem liegt im Stack des Ursprungsservers selbst (Webserver, Anwendung), der Edge-Server reicht es nur weiter.
own-origin-both-work = Beide funktionieren.
own-origin-cached = Der Edge-Server antwortet (vielleicht aus seinem Cache), aber der Ursprungsserver selbst schlägt fehl: Besucher sehen womöglich Fehler, sobald die Kopien im Cache ablaufen.
own-origin-same-server = Hinweis: Der Name der Website zeigt bereits auf diese Adresse, es gibt also keinen Edge-Server dazwischen, und beide Anfragen haben denselben Server erreicht.
# $error: der Fehler der TLS-Bibliothek, oder own-origin-no-details.
own-origin-tls-failed = Der TLS-Handshake mit dem Ursprungsserver ist fehlgeschlagen ({ $error }): Der Ursprungsserver hat auf diesem Port kein funktionierendes Zertifikat für diesen Namen (hinter Cloudflare ist das Fehler 525).
own-origin-refused = Unter { $origin } nimmt nichts Verbindungen an: Der Webserver dort ist gestoppt oder lauscht auf einem anderen Port, oder { $origin } ist nicht die Adresse des Ursprungsservers.
own-origin-no-connection = { $origin } hat die Verbindung nicht angenommen: Eine Firewall verwirft sie, der Server ist ausgefallen, oder { $origin } ist nicht die Adresse des Ursprungsservers.
own-origin-no-details = keine Details
# Die SSL-Modi „Full“ und „Full (strict)“ von Cloudflare heißen so wie im Dashboard von Cloudflare.
own-origin-cert-expired = Das Zertifikat des Ursprungsservers ist abgelaufen: Ein CDN, das es streng prüft (Cloudflare „Full (strict)“), lehnt es ab (Cloudflare-Fehler 526).
own-origin-cert-expired-until = Das Zertifikat des Ursprungsservers ist abgelaufen (gültig bis { $until }): Ein CDN, das es streng prüft (Cloudflare „Full (strict)“), lehnt es ab (Cloudflare-Fehler 526).
own-origin-cert-wrong-host = Das Zertifikat des Ursprungsservers gilt nicht für { $host }: Ein CDN, das es streng prüft, lehnt es ab (Cloudflare-Fehler 526).
# $names: die Namen, für die das Zertifikat gilt, durch Kommas getrennt.
own-origin-cert-wrong-host-names = Das Zertifikat des Ursprungsservers gilt nicht für { $host } (es nennt { $names }): Ein CDN, das es streng prüft, lehnt es ab (Cloudflare-Fehler 526).
own-origin-cert-self-signed = Das Zertifikat des Ursprungsservers ist selbstsigniert: Cloudflare „Full“ akzeptiert es, „Full (strict)“ lehnt es ab (Fehler 526), ebenso Browser, die den Ursprungsserver direkt aufrufen.
# $issuer: der Aussteller, oder own-origin-unknown-authority (steht nach „von“, daher im Dativ).
own-origin-cert-untrusted = Das Zertifikat des Ursprungsservers wurde von { $issuer } ausgestellt; diesem Aussteller vertrauen Browser nicht (so sieht ein Zertifikat der Cloudflare Origin CA aus: nur hinter Cloudflare in Ordnung).
own-origin-unknown-authority = einer unbekannten Zertifizierungsstelle
own-origin-cert-invalid = Das Zertifikat des Ursprungsservers ist nicht gültig: { $error }.
own-origin-cert-handshake = Der TLS-Handshake mit dem Ursprungsserver ist fehlgeschlagen: { $error } (Cloudflare-Fehler 525).
own-origin-cert-expires-soon = Das Zertifikat des Ursprungsservers läuft in { $days ->
    [one] { $days } Tag
   *[other] { $days } Tagen
} ab: Erneuern Sie es jetzt.
# Inhaber und Aussteller beider Zertifikate („?“, wenn unbekannt).
own-origin-cert-differs = Der Ursprungsserver zeigt ein anderes Zertifikat als der Edge-Server (Ursprungsserver: { $origin_subject }, ausgestellt von { $origin_issuer }; Edge-Server: { $edge_subject }, ausgestellt von { $edge_issuer }). Hinter einem CDN ist das normal; das Zertifikat des Ursprungsservers muss zum SSL-Modus des CDN passen.

## src/diagnosis/owner/maintenance.rs

# $secs: was der Header Retry-After der Website angab; $wait: dasselbe in Worten („2 Minuten“, Akkusativ).
own-maint-finding-retry = Die Website ist im Wartungsmodus: Sie antwortet mit 503 und einer Wartungsseite, mit Retry-After: { $secs } (Besucher sollen etwa { $wait } warten). Nichts ist ausgefallen, also muss nichts neu gestartet werden.
own-maint-finding-no-retry = Die Website ist im Wartungsmodus: Sie antwortet mit 503 und einer Wartungsseite, ohne zu sagen, wie lange (kein Retry-After). Nichts ist ausgefallen, also muss nichts neu gestartet werden.
own-maint-advice = Schalten Sie den Wartungsmodus aus, wenn die Arbeiten erledigt sind; sollten sie schon vorbei sein, finden Sie heraus, was ihn eingeschaltet hat (ein Update, das auf halbem Weg abgebrochen ist, hinterlässt die Datei .maintenance von WordPress).
