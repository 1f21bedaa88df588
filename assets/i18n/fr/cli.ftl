# Les textes propres à la ligne de commande (gateway-doctor check, logs, watch, history, server, har) : erreurs
# d'utilisation et de saisie, remarques sur stderr, ce que chaque sous-commande affiche autour de son rapport, les
# lignes en direct de `check`. Les options (--timeout), les commandes, les chemins de fichiers, les noms des
# sondes (dns, tcp, http …), les identifiants de verdict (failing, healthy) et le JSON restent tels quels. Le
# programme affiche « gateway-doctor: » devant chaque erreur et chaque remarque sur stderr.

## src/cli/mod.rs

cli-value-not-utf8 = la valeur n'est pas de l'UTF-8 valide
# Désigne une valeur qui n'a pas d'option à elle, dans « une valeur : pourquoi ».
cli-flag-a-value = une valeur
# $error dit ce qui ne va pas dans l'adresse.
cli-expected-host-port = HOST:PORT attendu ({ $error })
cli-output-no-folder = --output : le dossier { $folder } n'existe pas
cli-output-is-folder = --output : { $path } est un dossier ; un nom de fichier est attendu
cli-timeout-range = --timeout : un nombre de secondes entre 0 et 600 est attendu, reçu : { $value }
cli-retries-range = --retries : 20 au maximum est attendu, reçu : { $value }
cli-owner-only-flags = --origin, --expect-ip, --public-resolver, --authoritative, --no-burst, --no-server-checks et --logs sont des vérifications réservées au propriétaire du site : ajoutez --mode owner
cli-no-runtime = impossible de démarrer l'environnement d'exécution asynchrone
cli-no-runtime-why = impossible de démarrer l'environnement d'exécution asynchrone : { $error }
cli-looking-for-site-status = Recherche de la page d'état du site lui-même à { $url } ...
cli-no-status-page = Aucune page d'état trouvée : aucun fournisseur connu n'a répondu et le site n'en publie pas.
# Une ligne sur l'historique enregistré du site ($line est l'une des phrases de l'historique).
cli-history-line = Historique : { $line }
cli-cannot-write-report = impossible d'écrire le rapport dans { $path }
cli-report-written = Rapport enregistré dans { $path }
cli-proxy-unsupported = remarque : le proxy { $proxy } n'est pas un simple proxy HTTP et n'est pas pris en charge ; vérification sans lui
cli-no-app = Cette version ne contient pas l'application de bureau ; utilisez `gateway-doctor check <address>`.

## src/cli/probe_lines.rs
# Les lignes en direct de `check` : chacune commence par le nom de la sonde (dns, tcp, http …), laissé tel quel.

# $status et $reason : la ligne d'état HTTP (502 Bad Gateway) ; $protocol : HTTP/2, HTTP/1.1 …
cli-probe-http-over = { $status } { $reason } ({ $ms } ms) en { $protocol }
# $clean et $cached sont des identifiants de résultat (ok, 502, timeout …).
cli-probe-cache = sans cache ni cookies : { $clean }, avec cache/cookies : { $cached }
# $ok et $total sont des nombres.
cli-probe-network = serveurs de référence joignables : { $ok } sur { $total }
# $reason dit pourquoi la sonde n'a pas été lancée.
cli-probe-skipped = ignorée : { $reason }

## src/cli/logs.rs
# $count, $lines, $skipped, $total, $failed et $minutes sont des nombres (pour les formes du pluriel).

# La barre de progression pendant la lecture des journaux. $msg, $bar, $bytes, $total, $rate et $eta sont
# remplis par la barre de progression elle-même : gardez chacun d'eux une seule fois.
cli-logs-progress = { $msg } [{ $bar }] { $bytes }/{ $total } à { $rate }, encore { $eta }
cli-logs-reading =
    { $count ->
        [one] Lecture de { $count } fichier journal
       *[other] Lecture de { $count } fichiers journaux
    }
cli-logs-severity-error = ERREUR
cli-logs-severity-warning = AVERTISSEMENT
cli-logs-severity-info = INFO
# Quand un constat a été vu : $first et $last sont des heures telles que le journal les a écrites.
cli-logs-seen-at = à { $first }
cli-logs-seen-span = de { $first } à { $last }
cli-logs-seen-unknown = moment inconnu
cli-logs-not-read = { $path } : NON LU : { $error }
# $format nomme le type de journal (journal d'erreurs de nginx …).
cli-logs-file =
    { $lines ->
        [one] { $path } : { $format }, { $lines } ligne
       *[other] { $path } : { $format }, { $lines } lignes
    }
cli-logs-file-skipped =
    { $path } : { $format }, { $lines ->
        [one] { $lines } ligne
       *[other] { $lines } lignes
    } ({ $skipped ->
        [one] { $skipped } ligne binaire, illisible ou trop longue ignorée
       *[other] { $skipped } lignes binaires, illisibles ou trop longues ignorées
    })
cli-logs-cancelled = Annulé : les résultats ci-dessous ne portent que sur ce qui a été lu.
cli-logs-no-finding = Aucune cause connue de 502/504 trouvée dans ces journaux.
# $severity est l'un des mots de gravité ci-dessus ; $cause est un identifiant (upstream_timeout) ; $seen l'une
# des expressions de « quand » ci-dessus.
cli-logs-finding =
    { $count ->
        [one] {"["}{ $severity }] { $title } ({ $cause }) — { $count } fois, { $seen }
       *[other] {"["}{ $severity }] { $title } ({ $cause }) — { $count } fois, { $seen }
    }
# $subjects : les applications placées derrière, pools ou fichiers concernés.
cli-logs-involved = Concernés : { $subjects }
cli-logs-fix = Correction : { $fix }
cli-logs-access =
    { $total ->
        [one] Journaux d'accès : { $total } requête, dont { $failed } avec une réponse 5xx
       *[other] Journaux d'accès : { $total } requêtes, dont { $failed } avec une réponse 5xx
    }
cli-logs-top-pages = Pages le plus souvent en échec :
cli-logs-5xx-span =
    { $minutes ->
        [one] 5xx de { $first } à { $last } en { $minutes } minute
       *[other] 5xx de { $first } à { $last } en { $minutes } minutes
    }
cli-logs-5xx-span-peak =
    { $minutes ->
        [one] 5xx de { $first } à { $last } en { $minutes } minute ; pire minute : { $peak } ({ $peak_count })
       *[other] 5xx de { $first } à { $last } en { $minutes } minutes ; pire minute : { $peak } ({ $peak_count })
    }
# Le rapport Markdown (** ** est du gras, ` ` est du code).
cli-logs-md-title = Analyse des journaux
cli-logs-md-not-read = `{ $path }` : **non lu** : { $error }
cli-logs-md-file =
    { $lines ->
        [one] `{ $path }` : { $format }, { $lines } ligne, ignorées : { $skipped }
       *[other] `{ $path }` : { $format }, { $lines } lignes, ignorées : { $skipped }
    }
cli-logs-md-cancelled = Annulé : résultats partiels.
cli-logs-md-findings = Constats
cli-logs-md-no-finding = Aucune cause connue de 502/504 trouvée.
cli-logs-md-count = { $count } fois, { $seen }. { $explanation }
cli-logs-md-involved = Concernés : `{ $subjects }`
cli-logs-md-fix = **Correction :** { $fix }
cli-logs-md-access-title = Journaux d'accès
cli-logs-md-access =
    { $total ->
        [one] { $total } requête, dont { $failed } avec une réponse 5xx.
       *[other] { $total } requêtes, dont { $failed } avec une réponse 5xx.
    }
cli-logs-md-col-status = Statut
cli-logs-md-col-count = Nombre
cli-logs-md-col-page = Page
cli-logs-md-5xx-span = 5xx de { $first } à { $last }.

## src/cli/watch.rs

cli-watch-interval-range = --interval : un nombre de secondes entre 1 et 3600 est attendu, reçu : { $value }
cli-watch-max-checks = --max-checks : au moins 1 est attendu
cli-watch-start = Vérification de { $url } toutes les { $seconds } s
cli-watch-start-until = Vérification de { $url } toutes les { $seconds } s, jusqu'au retour du site
# Le titre et le texte de la notification de bureau quand le site fonctionne de nouveau ; $how vaut
# « HTTP 200 » ou cli-watch-it-answered.
cli-watch-back-title = { $host } est de retour
cli-watch-back-body = { $url } fonctionne de nouveau ({ $how }).
cli-watch-it-answered = il a répondu
cli-watch-back-up = De retour : { $body }
cli-watch-notified = Notification de bureau envoyée.
cli-watch-not-notified = Notification de bureau non affichée : { $why }.
cli-watch-stopped =
    { $checks ->
        [one] Arrêt après { $checks } vérification, dont { $failed } en échec.
       *[other] Arrêt après { $checks } vérifications, dont { $failed } en échec.
    }
cli-watch-notifier-failed = le système de notification a échoué : { $error }
cli-watch-desktop-silent = le bureau n'a pas répondu en { $seconds } s
# Dans la ligne d'une vérification quand aucune réponse HTTP n'est arrivée.
cli-watch-no-answer = pas de réponse
cli-watch-next = (prochaine vérification dans { $seconds } s)

## src/cli/history.rs

cli-history-not-stored = remarque : cette vérification n'est pas enregistrée dans l'historique : { $error }
cli-history-limit = --limit : au moins 1 est attendu
cli-history-cannot-open = impossible d'ouvrir l'historique des vérifications
cli-history-cannot-write-csv = impossible d'écrire le CSV dans { $path }
# $count est un nombre.
cli-history-csv-written =
    { $count ->
        [one] { $count } vérification écrite dans { $path }
       *[other] { $count } vérifications écrites dans { $path }
    }
cli-history-empty = Aucune vérification enregistrée pour l'instant dans { $path }.
cli-history-site-empty = Aucune vérification de { $site } enregistrée dans { $path }.

## src/cli/server.rs

cli-server-kernel-log = --kernel-log { $path } : { $error } (un journal du noyau lisible est attendu, par exemple /var/log/kern.log)
cli-server-timeout-range = un nombre de secondes entre 0 et 600 est attendu

## src/cli/status.rs
# « site » est une valeur à taper (--status-url site=URL) : elle reste telle quelle.

cli-status-url-form = PROVIDER=URL attendu (par exemple cloudflare=https://...), reçu : { $value }
cli-status-unknown-provider = fournisseur inconnu { $provider } : l'un de { $known } est attendu, ou site (la page d'état du site lui-même)
cli-status-not-url = { $url } n'est pas une URL : { $error }
cli-status-not-http = { $url } : une adresse http:// ou https:// est attendue
# $names : les noms des fournisseurs avec leurs pages d'état, reliés par cli-status-and.
cli-status-asking = Consultation de la page d'état de { $names } (seul le site d'état du fournisseur est contacté) ...
# Relie deux noms dans une liste (« Cloudflare et Fastly »).
cli-status-and = et

## src/cli/world.rs

# $count est un nombre (environ 10).
cli-world-asking =
    { $count ->
        [one] Demande à Globalping ({ $url }), un service tiers, de charger ce site depuis environ { $count } endroit dans le monde (il reçoit le nom d'hôte et le chemin) ...
       *[other] Demande à Globalping ({ $url }), un service tiers, de charger ce site depuis environ { $count } endroits dans le monde (il reçoit le nom d'hôte et le chemin) ...
    }

## src/cli/har.rs

cli-har-cannot-read = impossible de lire { $path } : { $error }
cli-har-sanitize-self = --sanitize : { $path } est la capture elle-même ; indiquez un autre nom de fichier (l'original n'est jamais écrasé)
cli-har-cannot-write-sanitized = impossible d'écrire la capture nettoyée dans { $path }
