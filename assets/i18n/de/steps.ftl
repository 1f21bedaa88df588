# Die Befunde und Ratschläge der Besucher-Schritte (Neu laden, Cache leeren, anderer Browser, Ihre
# Verbindung, Warten) und die kleinen Bausteine, aus denen sie bestehen. $result ist das Ergebnis
# einer Anfrage, schon in Worten („502 von nginx“, „Verbindung abgelehnt“).

## Gemeinsam
step-pending = Wird geprüft…
step-not-checked = In diesem Durchlauf nicht geprüft.
refresh-not-tried = Nicht versucht: Die Website war überhaupt nicht erreichbar, deshalb kann Neuladen nichts ändern.
clear-cache-not-tried = Nicht versucht: Die Website war überhaupt nicht erreichbar, deshalb kann das Leeren des Caches nichts ändern.
other-browser-not-tried = Nicht versucht: Die Website war überhaupt nicht erreichbar, deshalb kann ein anderer Browser nichts ändern.
advice-nothing-to-do = Hier ist nichts zu tun.
advice-nothing-to-fix = Bei Ihnen ist nichts zu beheben.
by-chance-pending = Warten auf die Versuche mit Neuladen, um einen echten Unterschied vom Zufall zu trennen…
by-chance-differed = Die Ergebnisse waren verschieden ({ $result }), aber auch einfaches Neuladen scheitert zufällig auf dieselbe Weise. Der Unterschied beweist also nichts.
clear-cache-by-chance-advice = Die Website ist gerade unzuverlässig; das Leeren des Caches hilft wahrscheinlich nicht.
other-browser-by-chance-advice = Die Website ist gerade unzuverlässig; ein anderer Browser hilft wahrscheinlich nicht.

## Was eine Anfrage bekommen hat
result-from = { $status } von { $software }
outcome-answer = eine Antwort
outcome-dns-failed = Name nicht gefunden
outcome-refused = Verbindung abgelehnt
outcome-connect-timeout = keine Antwort beim Verbindungsaufbau
outcome-connect-failed = keine Verbindung möglich
outcome-tls-failed = sichere Verbindung fehlgeschlagen
outcome-timeout = keine rechtzeitige Antwort
outcome-closed = Verbindung ohne Antwort beendet
outcome-protocol-error = keine Web-Antwort
outcome-http2-reset = HTTP/2-Stream zurückgesetzt
outcome-proxy-failed = Proxy fehlgeschlagen
outcome-redirect-loop = eine Weiterleitungsschleife
outcome-too-many-redirects = zu viele Weiterleitungen

## Zeiten
wait-moment = einen Moment
wait-seconds = { $n ->
    [one] { $n } Sekunde
   *[other] { $n } Sekunden
}
wait-minutes = { $n ->
    [one] { $n } Minute
   *[other] { $n } Minuten
}
wait-hours = { $n ->
    [one] { $n } Stunde
   *[other] { $n } Stunden
}
duration-unknown = eine unbekannte Zeit
duration-ms = { $n } ms
duration-s = { $n } s
duration-min = { $n } min

## Neu laden
refresh-no-tries = Es gab keine weiteren Versuche.
refresh-http2-only = { $n ->
    [one] Einmal über HTTP/2 versucht, wie Browser es tun: fehlgeschlagen ({ $result }). Ein Versuch über HTTP/1.1 hat funktioniert ({ $http1 }).
   *[other] { $n }-mal über HTTP/2 versucht, wie Browser es tun: jedes Mal fehlgeschlagen ({ $result }). Ein Versuch über HTTP/1.1 hat funktioniert ({ $http1 }).
}
refresh-http2-only-advice = Neuladen hilft nicht, und ein anderer Browser auch nicht (alle nutzen HTTP/2): Die Website muss ihr Problem mit HTTP/2 beheben. Warten Sie, oder informieren Sie den Betreiber der Website.
refresh-failed = { $n ->
    [one] Einmal versucht: fehlgeschlagen ({ $result }).
   *[other] { $n }-mal versucht: jedes Mal fehlgeschlagen ({ $result }).
}
refresh-advice-did-not-help = Neuladen hat nicht geholfen.
refresh-advice-this-computer = Neuladen hilft erst, wenn das Problem auf diesem Computer behoben ist.
refresh-advice-site-side = Neuladen hilft nicht; das Problem liegt bei der Website.
refresh-some = { $ok } von { $n } Versuchen erfolgreich; bei den übrigen: { $result }.
refresh-some-advice = Laden Sie die Seite ein paar Mal neu: Zeitweise funktioniert sie.
refresh-all-worked = { $n ->
    [one] Einmal versucht: Es hat funktioniert.
   *[other] { $n }-mal versucht: Es hat jedes Mal funktioniert.
}
refresh-works-now = Laden Sie die Seite neu: Jetzt funktioniert sie.

## Cache leeren
clear-cache-fails-with = Mit den Cookies und zwischengespeicherten Daten dieser Website schlägt der Aufruf fehl ({ $result }); ohne sie funktioniert er.
clear-cache-fails-with-advice = Löschen Sie die Cookies dieser Website und leeren Sie ihren Cache (oder öffnen Sie ein privates Fenster).
clear-cache-fails-without = Ohne Cookies schlägt der Aufruf fehl ({ $result }), mit ihnen funktioniert er.
clear-cache-fails-without-advice = Das Leeren des Caches hilft nicht; behalten Sie die Cookies dieser Website.
clear-cache-works-both = Funktioniert mit und ohne Cookies und Cache.
clear-cache-healthy-advice = Wenn Ihr Browser den Fehler noch anzeigt, leeren Sie seinen Cache für diese Website.
clear-cache-wont-help = Das Leeren des Caches hilft nicht.
clear-cache-same-failure = Derselbe Fehler mit und ohne Cookies und Cache ({ $result }).

## Anderer Browser
other-browser-basis-installed = Die Anfragen wurden so gesendet, wie die hier installierten Browser sie senden.
other-browser-basis-standard = Hier wurde kein anderer Browser gefunden, deshalb wurden Anfragen wie von Firefox und Safari gesendet.
other-browser-basis-chosen = Die gewünschten Browser wurden nachgeahmt.
other-browser-none = Es wurde kein anderer Browser nachgeahmt.
other-browser-a-browser = ein Browser
other-browser-split = Seite erhalten: { $worked }. Seite nicht erhalten: { $failed } ({ $result }). Die Website filtert manche Browser (browserabhängige Filterung).
other-browser-use = Verwenden Sie vorerst diesen Browser: { $browser }.
other-browser-all-worked = Alle Browser bekamen die Seite: { $browsers }.
other-browser-may-work = Ein anderer Browser funktioniert bei Ihnen jetzt vielleicht.
other-browser-bot-advice = Öffnen Sie die Website in Ihrem eigenen Browser und bestehen Sie dort die Prüfung (dafür müssen JavaScript und Cookies eingeschaltet sein).
other-browser-wont-help = Ein anderer Browser hilft nicht.
other-browser-same-failure = Alle Browser bekamen denselben Fehler ({ $result }): { $browsers }.

## Ihre Verbindung
connection-captive = Dieses Netzwerk antwortete mit 511: Es verlangt eine Anmeldung (eine WLAN-Anmeldeseite), bevor es Verbindungen nach außen zulässt.
connection-captive-advice = Öffnen Sie eine beliebige Webseite in Ihrem Browser, melden Sie sich im Netzwerk an und versuchen Sie es dann erneut.
connection-proxy-turn-off = Schalten Sie den Proxy in den Einstellungen Ihres Systems oder Browsers aus, oder bitten Sie die Person, die ihn eingerichtet hat, ihn zu reparieren.
connection-proxy-fails = Der auf diesem Computer eingestellte Proxy ({ $proxy }) funktioniert nicht ({ $via }); ohne ihn antwortet die Website ({ $direct }).
connection-proxy-blocks = Der auf diesem Computer eingestellte Proxy sperrt diese Website ({ $code }).
connection-proxy-blocks-advice = Bitten Sie die Person, die den Proxy verwaltet (oft Ihre IT-Abteilung), die Website freizugeben, oder versuchen Sie es in einem anderen Netzwerk.
connection-proxy-passes-on = Über den auf diesem Computer eingestellten Proxy schlägt der Aufruf fehl ({ $via }), ohne ihn ebenfalls ({ $direct }): Der Proxy gibt nur den Fehler der Website weiter.
connection-proxy-unusable = Der auf diesem Computer eingestellte Proxy konnte nicht genutzt werden.
connection-works = Ihre Internetverbindung funktioniert.
connection-answered-references-down = Die Website hat geantwortet, Ihre Verbindung zu ihr funktioniert also (die Vergleichs-Websites antworteten nicht).
connection-down = Keine der bekannten Websites war erreichbar ({ $list }).
connection-down-advice = Prüfen Sie Ihr WLAN oder Kabel und starten Sie Ihren Router neu. Versuchen Sie es dann erneut.
connection-answered = Die Website hat geantwortet, Ihre Verbindung zu ihr funktioniert also.
connection-no-references = Es wurden keine Vergleichs-Websites geprüft.

## Warten
wait-status-incident = Die Statusseite der Website meldet: „{ $title }“ ({ $page }).
wait-status-clear = Die Statusseite der Website meldet keine Störung ({ $page }).
wait-status-maintenance = Die Statusseite der Website meldet Wartungsarbeiten: „{ $title }“ ({ $page }).
wait-status-exists = Die Website hat eine Statusseite: { $page }.
wait-only-from-here = Von anderen Orten aus funktioniert die Website: Warten hilft nur, wenn Ihr Netzwerk oder Ihr Internetanbieter das Problem behebt.
wait-only-from-here-advice = Versuchen Sie es jetzt über ein anderes Netzwerk (die mobilen Daten Ihres Handys) oder später noch einmal.
wait-the-provider = dem Anbieter
wait-provider-incident = Das ist eine bekannte Störung bei { $name }. Sie endet meist, ohne dass Sie (oder die Website) etwas tun müssen.
wait-provider-maintenance = Das sind Wartungsarbeiten bei { $name }. Sie enden meist, ohne dass Sie (oder die Website) etwas tun müssen.
wait-provider-advice = Warten Sie und versuchen Sie es später erneut. Den aktuellen Stand sehen Sie auf { $page }.
wait-provider-advice-no-page = Warten Sie und versuchen Sie es später erneut.
wait-dns-only-here = Ihr DNS-Server holt das vielleicht von selbst nach (eine neue Änderung kann bis zu 48 Stunden brauchen, bis sie alle DNS-Server erreicht).
wait-dns-only-here-advice = Stellen Sie diesen Computer jetzt auf einen anderen DNS-Server um (1.1.1.1 oder 8.8.8.8), oder versuchen Sie es später erneut.
wait-this-computer = Warten hilft nicht: Das Problem liegt auf diesem Computer.
wait-this-computer-advice = Beheben Sie zuerst das Verbindungsproblem oben und versuchen Sie es dann erneut.
wait-healthy = Sie müssen nicht warten: Die Website funktioniert jetzt.
wait-retry-after = Die Website bittet Besucher, { $wait } zu warten und dann wiederzukommen.
wait-retry-after-maintenance = Die Website wird gerade gewartet und bittet Besucher, { $wait } zu warten und dann wiederzukommen.
wait-retry-after-advice = Warten Sie { $wait } und versuchen Sie es dann erneut.
wait-bot = Warten ändert nichts an der Bot-Prüfung.
wait-bot-advice = Öffnen Sie die Website in Ihrem eigenen Browser und bestehen Sie dort die Prüfung.
wait-maintenance = Die Website wird gerade gewartet und hat nicht gesagt, wie lange.
wait-try-again-in = Warten Sie { $wait } und versuchen Sie es dann noch einmal.
wait-dns = Probleme mit dem Namen der Website können eine Weile dauern (nach einem Umzug bis zu 48 Stunden).
wait-needs-fix = Warten hilft wahrscheinlich nicht: Der Betreiber der Website muss etwas reparieren.
wait-needs-fix-advice = Informieren Sie den Betreiber der Website. Speichern Sie einen Bericht, den Sie ihm schicken können.
wait-intermittent = Die Website fällt zeitweise aus.
wait-intermittent-advice = Warten Sie eine Minute und versuchen Sie es erneut; zeitweise funktioniert es.
wait-unknown = Wir konnten nicht feststellen, ob Warten hilft.
wait-unknown-advice = Versuchen Sie es in einer Minute erneut.
wait-default = Solche Fehler verschwinden oft innerhalb weniger Minuten.
wait-default-advice = Warten Sie eine Minute und versuchen Sie es erneut. Wenn es dann immer noch nicht funktioniert, informieren Sie den Betreiber der Website (speichern Sie einen Bericht, den Sie ihm schicken können).

## Der Neustart-Schritt für Betreiber, wenn die Anwendung den Fehler selbst gemeldet hat
owner-app-answered = Die Anwendung hat den Fehler selbst gemeldet: Sie läuft also, und ein Neustart der Anwendung oder des Webservers hilft selten.
owner-app-answered-advice = Lesen Sie im Log der Anwendung nach, was bei der fehlgeschlagenen Anfrage passiert ist, und prüfen Sie, wovon die Anwendung abhängt (ihre Datenbank, die APIs und Dienste, die sie aufruft). Starten Sie nur eine ausgefallene Abhängigkeit neu.
