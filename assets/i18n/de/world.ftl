# Was „Ist die Website für alle ausgefallen?“ (die Orte von Globalping) zum Befund beiträgt, und die Zeilen,
# die der gespeicherte Verlauf einer Website liefert (seit wann sie gestört ist, wie viele Prüfungen fehlschlugen).
# $places ist world-places-all oder world-places-some im Dativ („allen 10 Orten auf der Welt“) und steht nach „an“.

## Für alle ausgefallen?
world-places-all = allen { $reported } Orten auf der Welt
world-places-some = { $n } von { $reported } Orten auf der Welt
world-works-here-fails-elsewhere = Von hier aus funktioniert die Website, aber an { $places } ließ sie sich nicht laden (Globalping): Vielleicht ist sie in anderen Regionen ausgefallen.
world-down-everywhere = Globalping: Auch an { $places } ließ sich die Website nicht laden, sie ist also für alle ausgefallen.
world-fine-site-fine = Globalping: An { $places } ließ sich die Website laden, die Website selbst ist also in Ordnung.
world-fine-dns = Globalping: An { $places } ließ sich die Website laden, ihr Name funktioniert dort also: Der DNS-Server, den dieser Computer fragt, ist veraltet oder filtert (versuchen Sie einen anderen, z. B. 1.1.1.1, oder warten Sie, bis sich eine kürzliche Änderung verbreitet hat).
world-fine-cdn = Globalping: An { $places } ließ sich die Website laden: Gestört sind die Server des CDN, die Ihnen antworten (in Ihrer Region), nicht die ganze Website.
world-fine-server = Globalping: An { $places } ließ sich die Website laden: Vielleicht betrifft der Fehler nur Anfragen von Ihrer Adresse (gesperrt oder wegen zu vieler Anfragen gebremst) oder nur den einen Server, der Ihnen antwortet.
world-fine-between = Globalping: An { $places } ließ sich die Website laden: Etwas zwischen Ihnen und der Website sperrt die Verbindung oder lässt sie abbrechen.
world-mixed = Globalping: Auch an { $places } ließ sich die Website nicht laden, an den übrigen ({ $working }) schon: Der Fehler ist regional oder tritt nur zeitweise auf.
world-summary-no-answer = Kein Standort von Globalping hat rechtzeitig geantwortet, daher sagt dies nichts über andere Orte aus.
world-summary-down = Für alle ausgefallen: Auch an allen { $n } Standorten auf der Welt ließ sich die Website nicht laden, das Problem ist also die Website selbst, nicht Ihre Verbindung.
world-summary-just-you = Nur bei Ihnen: An allen { $n } Standorten auf der Welt ließ sich die Website laden, der Fehler liegt also zwischen Ihnen und der Website: Ihr Netzwerk, Ihr Internetanbieter, Ihr DNS oder die Server der Website, die Ihrer Region antworten.
world-summary-works = Funktioniert überall: An allen { $n } Standorten auf der Welt ließ sich die Website laden.
world-summary-partly = Teilweise ausgefallen: An { $working } von { $n } Standorten ließ sich die Website laden, an { $failing } nicht; das Problem ist also regional (eine Region des CDN, ein Knoten eines Load Balancers) oder tritt nur zeitweise auf.

## Der gespeicherte Verlauf der Website
history-failing-since = gestört seit { $time } ({ $span })
history-working-again = funktioniert wieder seit { $time }
history-working = funktioniert bei allen gespeicherten Prüfungen
history-no-checks = keine Prüfungen gespeichert
history-first-failure = { $checks ->
    [one] erster Fehler: { $time }, { $failures } von { $checks } Prüfung fehlgeschlagen
   *[other] erster Fehler: { $time }, { $failures } von { $checks } Prüfungen fehlgeschlagen
}
history-no-failures = { $checks ->
    [one] kein Fehler in { $checks } gespeicherten Prüfung
   *[other] keine Fehler in den letzten { $checks } Prüfungen
}
span-under-a-minute = unter einer Minute
span-minutes = { $n } min
span-hours = { $h } h
span-hours-minutes = { $h } h { $m } min
span-days = { $n } Tage
