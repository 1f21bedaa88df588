# Was ein Website-Betreiber gegen einen Fehler tun sollte, den ein CDN oder Load Balancer vor der Website erzeugt hat:
# eine Gruppe pro Zeile von assets/owner_actions.toml, benannt nach der id der Zeile (id, Anbieter, Statuscodes,
# Text der Fehlerseite und die zu kopierenden Befehle bleiben in der TOML; Befehle werden nicht übersetzt).
#   act-<id>-title        Kurzname des Fehlers
#   act-<id>-explanation  was passiert ist, in einfachen Worten
#   act-<id>-step-<n>     was zu tun ist, ab 1 lückenlos nummeriert, die wahrscheinlichste Lösung zuerst
# Namen von Einstellungen, Produkten und Direktiven (SSL/TLS, Full (strict), first_byte_timeout, CF-RAY,
# Lambda@Edge, ...) werden so geschrieben wie im Dashboard und in der Dokumentation des Anbieters.

## src/diagnosis/owner/cdn/actions.rs (assets/owner_actions.toml): Cloudflare

act-cloudflare_520-title = Cloudflare 520: Der Ursprungsserver hat eine leere oder ungültige Antwort geschickt
act-cloudflare_520-explanation = Cloudflare hat Ihren Ursprungsserver erreicht, aber die Antwort war leer, abgeschnitten oder kein gültiges HTTP (die Anwendung ist abgestürzt, die Verbindung wurde zurückgesetzt oder die Antwort-Header waren zu groß).
act-cloudflare_520-step-1 = Lesen Sie das Fehlerlog des Webservers auf dem Ursprungsserver zum Zeitpunkt des Fehlers (geben Sie dabei die Cloudflare Ray ID an).
act-cloudflare_520-step-2 = Suchen Sie nach Abstürzen oder Neustarts der Anwendung (PHP-FPM, Node, gunicorn) zu diesem Zeitpunkt.
act-cloudflare_520-step-3 = Halten Sie Antwort-Header und Cookies klein: Cloudflare lehnt Header ab, die zusammen größer als etwa 32 KB sind.
act-cloudflare_520-step-4 = Stellen Sie sicher, dass der Ursprungsserver Verbindungen aus den IP-Bereichen von Cloudflare nicht zurücksetzt (Firewall, fail2ban, Rate Limiting).

act-cloudflare_521-title = Cloudflare 521: Der Ursprungsserver hat die Verbindung abgelehnt
act-cloudflare_521-explanation = Cloudflare hat versucht, sich mit Ihrem Ursprungsserver zu verbinden, und die Verbindung wurde abgelehnt: Der Webserver läuft nicht, oder eine Firewall weist die Adressen von Cloudflare ab.
act-cloudflare_521-step-1 = Starten Sie den Webserver auf dem Ursprungsserver (oder starten Sie ihn neu) und prüfen Sie, ob er auf Port 80/443 lauscht.
act-cloudflare_521-step-2 = Lassen Sie die IP-Bereiche von Cloudflare (https://www.cloudflare.com/ips/) in der Firewall, den Sicherheitsgruppen und fail2ban des Ursprungsservers zu.
act-cloudflare_521-step-3 = Prüfen Sie, ob die Ursprungs-IP in den DNS-Einträgen bei Cloudflare die aktuelle Adresse des Servers ist.

act-cloudflare_522-title = Cloudflare 522: Zeitlimit beim Verbindungsaufbau zum Ursprungsserver überschritten
act-cloudflare_522-explanation = Cloudflare konnte die Verbindung zu Ihrem Ursprungsserver nicht rechtzeitig (15 s) herstellen. Meist verwirft eine Firewall die Pakete von Cloudflares Adressen stillschweigend, der Ursprungsserver ist überlastet, oder die Ursprungs-IP im DNS ist falsch.
act-cloudflare_522-step-1 = Prüfen Sie, ob die Ursprungs-IP in den DNS-Einträgen bei Cloudflare stimmt und der Server läuft.
act-cloudflare_522-step-2 = Lassen Sie die IP-Bereiche von Cloudflare in der Firewall und den Cloud-Sicherheitsgruppen des Ursprungsservers zu; eine Regel, die Pakete verwirft, ergibt 522 statt 521.
act-cloudflare_522-step-3 = Prüfen Sie die Last des Ursprungsservers: Ein volles Listen-Backlog oder zu wenige Worker verzögern ebenfalls neue Verbindungen.

act-cloudflare_523-title = Cloudflare 523: Ursprungsserver nicht erreichbar
act-cloudflare_523-explanation = Cloudflare findet keinen Weg zu Ihrem Ursprungsserver: Die Ursprungsadresse in den DNS-Einträgen bei Cloudflare ist falsch oder im Internet nicht erreichbar (oft nach einem Umzug auf einen neuen Server oder eine neue IP).
act-cloudflare_523-step-1 = Korrigieren Sie im Cloudflare-Dashboard den A/AAAA-Eintrag (oder CNAME-Eintrag) des über Cloudflare geleiteten (proxied) Namens auf die aktuelle öffentliche Adresse des Ursprungsservers.
act-cloudflare_523-step-2 = Wenn der Ursprungsserver einen IPv6-Eintrag (AAAA) hat, stellen Sie sicher, dass er tatsächlich über IPv6 antwortet, oder entfernen Sie den Eintrag.

act-cloudflare_524-title = Cloudflare 524: Der Ursprungsserver hat länger als 100 Sekunden gebraucht
act-cloudflare_524-explanation = Cloudflare hat sich mit Ihrem Ursprungsserver verbunden, aber innerhalb von Cloudflares Limit von 100 Sekunden kam keine Antwort: Eine Anfrage auf dem Ursprungsserver ist zu langsam.
act-cloudflare_524-step-1 = Suchen Sie die langsame URL im Zugriffslog des Ursprungsservers und machen Sie sie schneller (langsame Datenbankabfrage, Aufruf einer externen API).
act-cloudflare_524-step-2 = Verlagern Sie lange Aufgaben (Exporte, Importe, Berichte) in einen Hintergrund-Worker und fragen Sie das Ergebnis regelmäßig ab.
act-cloudflare_524-step-3 = Ein höheres Limit erfordert einen Enterprise-Tarif (Proxy Read Timeout); bei anderen Tarifen liefern Sie lange Aufgaben über eine Subdomain mit grauer Wolke (DNS only) aus.

act-cloudflare_525-title = Cloudflare 525: TLS-Handshake mit dem Ursprungsserver fehlgeschlagen
act-cloudflare_525-explanation = Im SSL-Modus Full oder Full (strict) verbindet sich Cloudflare per HTTPS mit Ihrem Ursprungsserver, und dieser TLS-Handshake ist fehlgeschlagen: Der Ursprungsserver hat kein Zertifikat auf Port 443, es gibt keine gemeinsame TLS-Version bzw. Cipher-Suite, oder er akzeptiert kein SNI.
act-cloudflare_525-step-1 = Stellen Sie sicher, dass der Ursprungsserver HTTPS auf Port 443 mit einem Zertifikat für den Namen der Website ausliefert (ein kostenloses Cloudflare-Origin-CA-Zertifikat genügt).
act-cloudflare_525-step-2 = Aktivieren Sie TLS 1.2 oder neuer auf dem Ursprungsserver.
act-cloudflare_525-step-3 = Wenn der Ursprungsserver gar kein HTTPS beherrscht, stellen Sie den SSL/TLS-Verschlüsselungsmodus nur als Notlösung auf Flexible (der Verkehr zum Ursprungsserver ist dann unverschlüsselt).

act-cloudflare_526-title = Cloudflare 526: Ungültiges Zertifikat auf dem Ursprungsserver
act-cloudflare_526-explanation = Im SSL-Modus Full (strict) prüft Cloudflare das Zertifikat des Ursprungsservers, und es ist abgelaufen, selbstsigniert, für einen anderen Namen ausgestellt, oder die Zwischenzertifikate fehlen.
act-cloudflare_526-step-1 = Installieren Sie auf dem Ursprungsserver ein gültiges Zertifikat für den Namen der Website (Let's Encrypt oder ein Cloudflare-Origin-CA-Zertifikat), mit der vollständigen Kette.
act-cloudflare_526-step-2 = Erneuern Sie es, falls es abgelaufen ist, und laden Sie den Webserver neu.
act-cloudflare_526-step-3 = Ein Wechsel in den SSL-Modus Full (ohne strict) verdeckt das Problem nur; beheben Sie besser das Zertifikat.

act-cloudflare_own_5xx-title = Eigener 502/504 von Cloudflare: ein Fehler innerhalb von Cloudflare
act-cloudflare_own_5xx-explanation = Die Fehlerseite stammt von Cloudflare selbst (die schlichte Seite endet mit „cloudflare“), nicht von Ihrem Ursprungsserver: ein Problem im Netzwerk von Cloudflare, meist von kurzer Dauer.
act-cloudflare_own_5xx-step-1 = Prüfen Sie auf https://www.cloudflarestatus.com, ob es eine Störung in dem Rechenzentrum gibt, das in der CF-RAY-ID genannt ist (die Buchstaben nach dem Bindestrich).
act-cloudflare_own_5xx-step-2 = Wenn es anhält, eröffnen Sie ein Ticket beim Cloudflare-Support und geben Sie die CF-RAY-ID an.

## src/diagnosis/owner/cdn/actions.rs (assets/owner_actions.toml): CloudFront

act-cloudfront_502_lambda-title = CloudFront: Die Lambda@Edge-Funktion ist fehlgeschlagen
act-cloudfront_502_lambda-explanation = Eine mit der Verteilung verknüpfte Lambda@Edge-Funktion (oder CloudFront-Funktion) hat eine ungültige Antwort zurückgegeben, ihre Limits erreicht oder konnte nicht ausgeführt werden, daher hat CloudFront mit einem Fehler geantwortet.
act-cloudfront_502_lambda-step-1 = Öffnen Sie die CloudWatch-Logs der Funktion in der Region, die dem fehlerhaften Edge-Standort am nächsten liegt, und suchen Sie nach Fehlern oder Zeitüberschreitungen.
act-cloudfront_502_lambda-step-2 = Prüfen Sie, ob die Funktion ein gültiges Antwortobjekt zurückgibt (Status, Header im Format von CloudFront) und innerhalb der Größen- und Zeitlimits bleibt.
act-cloudfront_502_lambda-step-3 = Bei 503 „Lambda limit exceeded“ erhöhen Sie das Parallelitätskontingent der Funktion oder verkürzen Sie ihre Laufzeit.

act-cloudfront_502-title = CloudFront 502: keine Verbindung zum Ursprungsserver oder ungültige Antwort
act-cloudfront_502-explanation = CloudFront konnte die Verbindung zu Ihrem Ursprungsserver nicht vollständig aufbauen: Meist ist der TLS-Handshake fehlgeschlagen (das Zertifikat des Ursprungsservers passt nicht zum Ursprungs-Domainnamen, ist abgelaufen oder selbstsigniert, oder es gibt keine gemeinsame TLS-Version), oder der Ursprungsserver hat etwas geantwortet, das kein gültiges HTTP ist.
act-cloudfront_502-step-1 = Stellen Sie sicher, dass das Zertifikat des Ursprungsservers den in der Verteilung eingetragenen Ursprungs-Domainnamen (oder den an ihn weitergeleiteten Host-Header) abdeckt und auf eine öffentliche CA zurückgeht.
act-cloudfront_502-step-2 = Prüfen Sie, ob die SSL-Protokolle für den Ursprung in der Verteilung (Origin SSL protocols) zu dem passen, was der Ursprungsserver unterstützt (TLSv1.2).
act-cloudfront_502-step-3 = Prüfen Sie, ob die Protokollrichtlinie für den Ursprung und die Ports (HTTP only / HTTPS only / Match viewer) zu dem passen, worauf der Ursprungsserver lauscht.

act-cloudfront_503-title = CloudFront 503: Der Ursprungsserver oder CloudFront ist an der Kapazitätsgrenze
act-cloudfront_503-explanation = CloudFront hat keine brauchbare Antwort erhalten, weil der Ursprungsserver überlastet oder nicht verfügbar ist (oder, selten, weil der Edge-Standort an seiner Kapazitätsgrenze ist).
act-cloudfront_503-step-1 = Prüfen Sie Zustand und Kapazität des Ursprungsservers (gesunde Hosts des Load Balancers, CPU der Instanzen, Fehler der Anwendung).
act-cloudfront_503-step-2 = Skalieren Sie den Ursprungsserver oder cachen Sie mehr bei CloudFront, um ihn zu entlasten.

act-cloudfront_504-title = CloudFront 504: Der Ursprungsserver hat nicht rechtzeitig geantwortet
act-cloudfront_504-explanation = CloudFront hat sich mit Ihrem Ursprungsserver verbunden (oder es versucht), aber er hat nicht innerhalb des Antwort-Zeitlimits für den Ursprung (standardmäßig 30 s) geantwortet, oder eine Firewall hat die Adressen von CloudFront blockiert.
act-cloudfront_504-step-1 = Lassen Sie auf dem Ursprungsserver die ursprungsseitigen Adressbereiche von CloudFront zu (von AWS verwaltete Präfixliste com.amazonaws.global.cloudfront.origin-facing in der Sicherheitsgruppe).
act-cloudfront_504-step-2 = Machen Sie die langsame Anfrage schneller oder erhöhen Sie das Antwort-Zeitlimit für den Ursprung in der Verteilung (mit dem Standardkontingent bis 60 s).
act-cloudfront_504-step-3 = Prüfen Sie, ob die eigenen Zeitlimits des Ursprungsservers (Webserver, Anwendung) länger sind als die von CloudFront, damit CloudFront eine Antwort bekommt.

## src/diagnosis/owner/cdn/actions.rs (assets/owner_actions.toml): AWS-Load-Balancer

act-aws_alb_502-title = AWS Load Balancer 502: Das Ziel hat die Verbindung geschlossen oder zurückgesetzt
act-aws_alb_502-explanation = Der Load Balancer hat die Anfrage weitergeleitet, aber das Ziel (Ihre Instanz oder Ihr Container) hat die Verbindung zurückgesetzt oder geschlossen oder eine fehlerhafte Antwort geschickt. Eine häufige Ursache ist ein Keep-Alive-Zeitlimit auf dem Ziel, das kürzer ist als das Leerlauf-Zeitlimit des Load Balancers (60 s), sodass Anfragen auf eine gerade schließende Verbindung treffen.
act-aws_alb_502-step-1 = Stellen Sie das Keep-Alive-Zeitlimit des Ziels LÄNGER ein als das Leerlauf-Zeitlimit des Load Balancers (z. B. 65 s bei den standardmäßigen 60 s).
act-aws_alb_502-step-2 = Suchen Sie in den Logs des Ziels nach Abstürzen oder Neustarts zum Zeitpunkt des Fehlers.
act-aws_alb_502-step-3 = Lesen Sie die Zugriffslogs des ALB: elb_status_code 502 mit target_status_code '-' bedeutet, dass das Ziel keine gültige Antwort geliefert hat.

act-aws_alb_503-title = AWS Load Balancer 503: keine fehlerfreien Ziele
act-aws_alb_503-explanation = Der Load Balancer hat kein fehlerfreies Ziel, an das er die Anfrage senden kann: Alle Ziele sind bei der Zustandsprüfung durchgefallen, oder die Zielgruppe ist leer.
act-aws_alb_503-step-1 = Sehen Sie sich den Zustand der Zielgruppe an: Welche Ziele sind fehlerhaft (unhealthy), und warum (Zeitüberschreitung, falscher Status, falscher Port)?
act-aws_alb_503-step-2 = Stellen Sie sicher, dass der Pfad der Zustandsprüfung schnell mit 200 antwortet und dass die Sicherheitsgruppe der Ziele den Load Balancer zulässt.
act-aws_alb_503-step-3 = Starten oder registrieren Sie Ziele (prüfen Sie die gewünschte Anzahl der Auto-Scaling-Gruppe bzw. des ECS-Service).

act-aws_alb_504-title = AWS Load Balancer 504: Das Ziel hat nicht vor Ablauf des Leerlauf-Zeitlimits geantwortet
act-aws_alb_504-explanation = Das Ziel hat die Anfrage angenommen, aber vor Ablauf des Leerlauf-Zeitlimits des Load Balancers (standardmäßig 60 s) nichts zurückgeschickt, oder der Load Balancer konnte sich gar nicht mit ihm verbinden.
act-aws_alb_504-step-1 = Finden Sie die langsamen Anfragen auf dem Ziel und machen Sie sie schneller, oder verlagern Sie sie in einen Hintergrundjob.
act-aws_alb_504-step-2 = Wenn lange Anfragen zu erwarten sind, erhöhen Sie das Leerlauf-Zeitlimit des Load Balancers und halten Sie das Keep-Alive-Zeitlimit des Ziels länger als dieses.
act-aws_alb_504-step-3 = Prüfen Sie, ob die Sicherheitsgruppe und die Netzwerk-ACLs der Ziele Verkehr vom Load Balancer zulassen.

## src/diagnosis/owner/cdn/actions.rs (assets/owner_actions.toml): Fastly

act-fastly_503_first_byte_timeout-title = Fastly 503 first byte timeout: Der Ursprungsserver war zu langsam
act-fastly_503_first_byte_timeout-explanation = Fastly hat sich mit Ihrem Ursprungsserver verbunden, aber das erste Byte der Antwort kam nicht innerhalb des Zeitlimits für das erste Byte (first byte timeout) des Backends an (standardmäßig 15 s).
act-fastly_503_first_byte_timeout-step-1 = Machen Sie die langsame Anfrage auf dem Ursprungsserver schneller (Sie finden sie im Zugriffslog des Ursprungsservers).
act-fastly_503_first_byte_timeout-step-2 = Wenn die Anfrage erwartungsgemäß langsam ist, erhöhen Sie first_byte_timeout des Backends im Fastly-Service und aktivieren Sie die neue Version.

act-fastly_503-title = Fastly 503: Der Ursprungsserver konnte nicht genutzt werden
act-fastly_503-explanation = Fastly hat keine Antwort von Ihrem Ursprungsserver erhalten (Backend nicht verfügbar, Verbindung abgelehnt oder ein TLS-Problem mit dem Ursprungsserver).
act-fastly_503-step-1 = Prüfen Sie, ob der Ursprungsserver läuft und Verbindungen aus den IP-Bereichen von Fastly annimmt (https://api.fastly.com/public-ip-list).
act-fastly_503-step-2 = Prüfen Sie Host, Port und TLS-Einstellungen des Backends (SNI hostname, Certificate hostname) im Fastly-Service.
