# Warum eine eingegebene oder übergebene Adresse nicht verwendet werden konnte: Jede Meldung nennt das
# Problem und das, was erwartet wurde. Beispiele (example.com, 127.0.0.1:53, [2001:db8::1]) sowie
# „http://“, „https://“, „//“ und „%20“ bleiben unverändert.

input-empty = die Adresse ist leer: Geben Sie eine Webadresse ein, z. B. example.com
input-malformed = die Adresse konnte nicht verstanden werden: { $reason }
input-too-long = die Adresse ist { $len } Zeichen lang: Erlaubt sind höchstens { $max } Zeichen
input-unsupported-scheme = die Adressart „{ $scheme }“ wird nicht unterstützt: Geprüft werden können nur Adressen, die mit http:// oder https:// beginnen
input-missing-slashes = nach „{ $scheme }:“ muss „//“ folgen, wie in { $scheme }://example.com/
input-empty-host = der Hostname fehlt: Nach „//“ wird ein Host erwartet, wie in https://example.com/
input-whitespace = die Adresse enthält ein Leerzeichen: Webadressen dürfen keine Leerzeichen enthalten (in einem Pfad verwenden Sie stattdessen %20)
input-control-char = die Adresse enthält ein unsichtbares Steuerzeichen ({ $code }): Bitte geben Sie die Adresse neu ein
input-port-not-number = der Port „{ $port }“ ist keine Zahl: Erwartet wird ein Port von 1 bis 65535
input-port-out-of-range = der Port { $port } liegt außerhalb des gültigen Bereichs: Erwartet wird ein Port von 1 bis 65535
input-port-zero = mit Port 0 ist keine Verbindung möglich: Erwartet wird ein Port von 1 bis 65535
input-missing-port = bei „{ $input }“ fehlt der Port: Erwartet wird HOST:PORT, wie in 127.0.0.1:53
input-invalid-host-char = der Host „{ $host }“ enthält das Zeichen { $char }, das in Hostnamen nicht erlaubt ist: Erlaubt sind Buchstaben, Ziffern, Bindestriche und Punkte
input-host-too-long = der Hostname ist { $len } Zeichen lang: Erlaubt sind höchstens 253 Zeichen
input-label-too-long = der Teil „{ $label }“ des Hostnamens ist { $len } Zeichen lang: Jeder Teil zwischen zwei Punkten darf höchstens 63 Zeichen lang sein
input-empty-label = der Host „{ $host }“ hat einen leeren Teil zwischen zwei Punkten: Erwartet wird ein Name wie www.example.com
input-invalid-idn = der Host „{ $host }“ ist kein gültiger internationaler Domainname
input-invalid-ipv4 = der Host „{ $host }“ endet auf eine Zahl und wird deshalb als IPv4-Adresse gelesen, ist aber keine gültige: Erwartet wird ein Name wie example.com oder vier Zahlen von 0 bis 255, wie in 192.0.2.1
input-invalid-ipv6 = die Angabe „{ $host }“ ist keine gültige IPv6-Adresse: Erwartet wird etwas wie [2001:db8::1]
input-unbracketed-ipv6 = eine IPv6-Adresse muss in einer Webadresse in eckigen Klammern stehen: Erwartet wird [2001:db8::1] oder [2001:db8::1]:8443
input-origin = Ursprungsserver: { $error }
address-port-zero = der Port 0 in „{ $input }“ ist kein Port, auf dem ein Server Verbindungen annimmt
address-host-name = „{ $host }“ ist ein Name, hier wird aber eine IP-Adresse benötigt (sie darf nicht vom DNS abhängen): Erwartet wird 203.0.113.10, 203.0.113.10:8080 oder [2001:db8::1]:443
address-not-ip-port = erwartet wird eine IP-Adresse, wahlweise mit Port (203.0.113.10, 203.0.113.10:8080 oder [2001:db8::1]:443), angegeben wurde aber „{ $input }“
address-not-ip = erwartet wird eine IP-Adresse (203.0.113.10 oder 2001:db8::1), angegeben wurde aber „{ $input }“
