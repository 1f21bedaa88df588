# Owner mode's checklist: the findings and advice about the server and the application behind it
# (server logs, restarting, PHP limits, plugins, firewall and proxy, the software stack).
# Commands, config lines, log lines to search for, header names and product names stay in the code
# and reach these messages as variables. Status codes, ports and file names are passed as text.

## src/diagnosis/owner/stack.rs

be-checking = Vérification en cours…
# The web server's name when it was not recognised; put in place of "nginx" or "Apache".
be-the-web-server = le serveur web
# One path's result when no answer came: $path is "/robots.txt", $outcome a technical outcome
# ("connect refused", "timeout").
be-path-no-answer = { $path } sans réponse ({ $outcome })
# The end of a list of results: "a, b, 2 more".
be-more = { $count ->
        [one] { $count } autre
       *[other] { $count } autres
    }

## src/diagnosis/owner/server_logs.rs

be-logs-reading = Lecture des journaux du serveur…
# $server is "nginx" or "Apache"; $code the HTTP status (502).
be-logs-answered = { $server } a répondu { $code } ; son journal d'erreurs en donne la raison.
be-logs-server-is = Le serveur web est { $server }.
be-logs-server-unknown = Le serveur web n'a pas été reconnu ; voici les journaux habituels.
# $sources is one or more be-logs-look-in / be-logs-look-in-next joined with ". ".
be-logs-read-advice = Lisez les dernières lignes de chaque journal : { $sources }.
be-logs-read-advice-php-maybe = Lisez les dernières lignes de chaque journal (celui de PHP-FPM seulement si le site utilise PHP) : { $sources }.
# $file is a log file; $lines the log lines to look for, each "quoted text" (its meaning), joined with "; ".
be-logs-look-in = dans { $file }, cherchez { $lines }
be-logs-look-in-next = Et dans { $file }, cherchez { $lines }
# What a telling log line means (shown after the line, in brackets).
be-log-nginx-refused = l'application ne tourne pas
be-log-nginx-no-socket = PHP-FPM est arrêté
be-log-nginx-timeout = l'application est trop lente (60 s par défaut)
be-log-nginx-closed = l'application a planté ou a fermé la connexion
be-log-nginx-queue-full = la file d'attente (listen queue) de l'application est pleine : surcharge
be-log-nginx-permission = droits sur le socket ou SELinux
be-log-nginx-big-header = les en-têtes de la réponse dépassent les tampons du proxy
be-log-nginx-no-live = tous les backends sont marqués comme hors service
be-log-apache-connect = Apache n'a pas pu se connecter au backend
be-log-apache-timeout = le backend a mis trop de temps (ProxyTimeout)
be-log-apache-reading = le backend a fermé la connexion ou envoyé des données inutilisables
be-log-apache-disabled = le backend a été désactivé un moment après des erreurs
be-log-apache-fastcgi = échecs FastCGI (PHP-FPM)
be-log-php-max-children = trop peu de workers pour la charge
be-log-php-sigsegv = une extension PHP qui plante
be-log-php-timeout = un script a dépassé request_terminate_timeout

## src/diagnosis/owner/log_findings.rs

# $errors: why each log could not be read, joined with "; ".
be-logs-unreadable = Les journaux n'ont pas pu être lus : { $errors }.
be-logs-unreadable-advice = Donnez à Gateway Doctor une copie qu'il peut lire, ou lancez-le avec sudo.
# $title is the finding, $times when it was logged.
be-logs-explain = Les journaux expliquent l'erreur : { $title } ({ $times }).
be-logs-involved = En cause : { $subject }.
be-logs-recent-unrelated = Les journaux montrent des problèmes survenus vers le moment de cette vérification, mais aucun n'explique ce que le site a répondu.
be-logs-old-problems = Les journaux montrent des problèmes connus, mais aucun survenu vers le moment de cette vérification (dans l'heure qui l'a précédée).
be-logs-most-telling = Le plus révélateur : { $title }. { $fix }
# English says "lines" even for one line.
be-logs-nothing-known = Aucune cause connue de 502/504 dans les journaux ({ $lines ->
        [one] { $lines } ligne
       *[other] { $lines } lignes
    } dans { $files ->
        [one] { $files } fichier
       *[other] { $files } fichiers
    }).
be-logs-wrong-logs = Si le site est en panne, ce ne sont peut-être pas les journaux du serveur qui a répondu : vérifiez le journal d'erreurs indiqué dans sa configuration (error_log / ErrorLog).
# $findings: "title (times)", joined with "; ".
be-logs-also = Également dans les journaux : { $findings }.
# $errors of $total answers in the access logs were 5xx; $statuses is "3 × 502, 1 × 504";
# $url the URL with most errors, $count its errors. English says "answers" even for one.
be-logs-access-errors = Journaux d'accès : { $errors ->
        [one] { $errors } réponse sur { $total } était une erreur
       *[other] { $errors } réponses sur { $total } étaient des erreurs
    } ({ $statuses }).
be-logs-access-errors-top = Journaux d'accès : { $errors ->
        [one] { $errors } réponse sur { $total } était une erreur
       *[other] { $errors } réponses sur { $total } étaient des erreurs
    } ({ $statuses }), la plupart sur { $url } ({ $count }).
# $minute: "2024-01-02 10:00".
be-logs-access-one-minute = Toutes dans la minute { $minute }.
be-logs-access-span = Erreurs de { $first } à { $last }.
be-logs-not-read = Non lus : { $errors }.
be-logs-cancelled = La lecture a été annulée : seule une partie des journaux a été lue.

## src/diagnosis/owner/restart_server.rs

be-restart-not-checked = Non vérifié lors de cette analyse (la comparaison des fichiers statiques avec la page ne se fait qu'en mode propriétaire).
be-restart-page-not-fetched = La page elle-même n'a pas été récupérée.
# $status: the HTTP status (500).
be-restart-app-error = La page répond elle-même { $status } (une erreur dans l'application, pas une erreur de passerelle).
be-restart-app-error-advice = Un redémarrage corrige rarement une erreur d'application : lisez le journal d'erreurs de l'application (voir Journaux du serveur).
# $pages and $files: each path with its result, "/robots.txt 200, / no answer (timeout)".
be-restart-all-answered = La page ({ $pages }) et les fichiers statiques ({ $files }) ont répondu.
be-restart-nothing-needed = Rien n'a besoin d'être redémarré pour l'instant.
be-restart-sometimes = La page n'a échoué que par moments ({ $pages }) : le serveur d'applications répond, mais pas toujours.
be-restart-sometimes-advice = Il est sans doute surchargé ou en train de redémarrer : regardez son état et les dernières lignes de son journal (et les limites PHP ci-dessous) avant de le redémarrer.
# $server: "nginx", "Apache" or be-the-web-server.
be-restart-app-down = Les fichiers statiques répondent ({ $files }) mais la page échoue ({ $pages }) : { $server } fonctionne ; le serveur d'applications placé derrière lui (PHP-FPM ou équivalent) est arrêté ou surchargé.
be-restart-app-down-advice = Redémarrez le serveur d'applications, pas le serveur web, puis vérifiez son état et les dernières lignes de son journal.
be-restart-nothing-answered = Rien n'a répondu, pas même les fichiers statiques ({ $files }) : le serveur web lui-même est arrêté ou injoignable.
be-restart-nothing-answered-advice = Démarrez ou redémarrez le serveur web et vérifiez qu'il écoute sur le port du site.
be-restart-backend-down = Les fichiers statiques échouent aussi ({ $files }), comme la page ({ $pages }) : { $server } envoie chaque requête à un backend qui ne répond pas, ou tout le backend est arrêté.
be-restart-backend-down-advice = Vérifiez la configuration upstream du serveur web (l'adresse ou le socket de proxy_pass / fastcgi_pass) et que le backend tourne ; les fichiers statiques peuvent être servis depuis le disque sans lui.

## src/diagnosis/owner/php_limits.rs

# $status: the HTTP status (504); $elapsed seconds ("60.1"); $limit names the limit
# ("nginx's proxy_read_timeout (60 s by default)").
be-php-near-default = La réponse { $status } est arrivée après { $elapsed } s, près de cette limite : { $limit }.
# $secs: the limit in whole seconds; $places: the settings that can hold it, in words.
be-php-configured = La réponse { $status } est arrivée après environ { $secs } s ({ $elapsed } s) : une limite de { $secs } s est probablement configurée ({ $places }).
be-php-near-default-advice = Augmentez cette limite (et celles placées devant, chacune un peu plus longue que celle de derrière), ou accélérez la requête lente ; puis rechargez le service.
be-php-configured-advice = Trouvez où cette limite est définie (les lignes grep ci-dessous), augmentez-la (chaque limite un peu plus longue que celle de derrière : PHP, puis le serveur web, puis tout proxy ou CDN placé devant), ou accélérez la requête lente ; puis rechargez le service.
# $rounds: be-php-round for each round, joined with ", ".
be-php-grows-with-load = Les échecs augmentent avec la charge : { $rounds }.
be-php-round = { $failures } sur { $requests } en échec avec { $concurrency } à la fois
be-php-grows-with-load-advice = Le serveur manque de workers : augmentez pm.max_children (vérifiez que la mémoire le permet : environ 40-80 Mo par worker PHP), ajoutez des workers ou des serveurs, et mettez en cache les pages qui ne changent pas.
be-php-flat-failures = Sur { $total ->
        [one] { $total } requête de la rafale
       *[other] { $total } requêtes de la rafale
    }, { $failures ->
        [one] { $failures } a échoué
       *[other] { $failures } ont échoué
    }, à tous les niveaux de charge ({ $rounds }).
be-php-flat-failures-advice = Les échecs ne suivent pas la charge : les limites de workers ne sont donc pas la cause évidente ; les journaux du serveur montrent ce qui échoue.
be-php-no-limit = Aucune erreur n'a approché une limite de temps connue.
be-php-burst-off = La rafale de charge était désactivée.
# $burst: how the load burst was made, capitalised ("A small burst of 20 requests, at most 4 at once").
be-php-burst-all-answered = { $burst } : toutes ont reçu une réponse.
be-php-no-limit-advice = Augmenter les limites PHP a peu de chances d'aider ici.

## src/diagnosis/owner/plugins.rs

be-plugins-page-failed = La page ne s'est pas chargée : impossible de savoir s'il s'agit de WordPress.
be-plugins-php-not-wordpress = Le site utilise PHP, mais rien dans la page ne ressemble à WordPress (ni balise generator, ni lien wp-json, ni chemins /wp-content/).
be-plugins-not-wordpress = Rien dans la page ne ressemble à WordPress (ni balise generator, ni lien wp-json, ni chemins /wp-content/).
be-plugins-not-wordpress-advice = Si le site utilise bien WordPress ou un autre CMS à extensions, les désactiver une à une reste utile.
# $version: "WordPress 6.4.2" or "WordPress"; $plugins: be-plugins-none or be-plugins-seen(-more).
be-plugins-runs = Le site utilise { $version } ; { $plugins }.
be-plugins-none = aucun fichier d'extension dans la page
# $names: the plugins' slugs, joined with ", ".
# English says "plugin(s)" whatever the number.
be-plugins-seen = { $count ->
        [one] { $count } extension repérée
       *[other] { $count } extensions repérées
    } : { $names }
be-plugins-seen-more = { $count ->
        [one] { $count } extension repérée
       *[other] { $count } extensions repérées
    } : { $names } et { $more ->
        [one] { $more } autre
       *[other] { $more } autres
    }
be-plugins-failing-advice = Une extension défectueuse ou fraîchement mise à jour est une cause fréquente d'erreurs 502. Désactivez toutes les extensions (renommez le dossier plugins par SFTP, ou avec WP-CLI) ; si le site revient, réactivez-les une à une pour trouver la coupable.
be-plugins-advice = Si les erreurs reviennent, désactivez toutes les extensions (renommez le dossier plugins, ou avec WP-CLI), puis réactivez-les une à une pour trouver la coupable.

## src/diagnosis/owner/firewall_proxy.rs

be-fw-not-checked = Non vérifié lors de cette analyse (le mode propriétaire compare les chemins).
be-fw-nothing-to-compare = Rien à comparer : le nom n'a donné aucune adresse et aucun proxy ne s'applique.
# $routes: each way tried with its result, "IPv4 127.0.0.1:80: 200; IPv6 [::1]:80: refused".
be-fw-nothing-worked = Aucun moyen de joindre le site n'a fonctionné depuis ici : { $routes }.
be-fw-nothing-worked-advice = Le serveur est arrêté, ou un pare-feu placé devant lui bloque cet ordinateur. Vérifiez que le serveur web écoute et que le pare-feu autorise ses ports.
be-fw-same-everywhere = Le site est joint de la même façon par tous les chemins essayés : { $routes }. Aucune différence due à un pare-feu ou à un proxy.
be-fw-nothing-to-change = Rien à changer ici.
# $proxy: the proxy's address; $via and $direct: the results through it and without it.
be-fw-proxy-blocks = Par le proxy configuré ({ $proxy }), le site échoue ({ $via }) ; sans lui, il répond ({ $direct }) : le proxy le bloque ou est défaillant.
be-fw-proxy-blocks-advice = Le site va bien ; réparez le proxy, ou laissez ce site le contourner (ajoutez-le à no_proxy / aux exceptions de proxy du navigateur).
be-fw-only-proxy = Seul le proxy ({ $proxy }) joint le site ; les connexions directes depuis ici échouent ({ $direct }). C'est normal sur les réseaux qui imposent un proxy : les lignes directes en disent peu sur le site.
# $family and $other: "IPv4" / "IPv6"; $record: the DNS record type, "A" or "AAAA".
be-fw-family-down = { $family } échoue, { $other } fonctionne ({ $routes }) : l'enregistrement { $record } pointe vers une adresse qui n'accepte pas les connexions.
be-fw-family-down-advice = Corrigez l'enregistrement { $record } (ou supprimez-le), ou faites écouter le serveur en { $family } et ouvrez le pare-feu en { $family } : les visiteurs en { $family } obtiennent sinon des erreurs ou des replis lents.
be-fw-families-differ = IPv4 et IPv6 répondent différemment ({ $v4 } ; { $v6 }) : ils mènent à des serveurs ou à des configurations différents.
be-fw-families-differ-advice = Faites servir le même site par les deux adresses (même bloc server / hôte virtuel pour les deux, ou même backend).
be-fw-some-addresses = Certaines adresses échouent alors que d'autres fonctionnent ({ $bad } ; { $good }) : l'un des serveurs derrière le nom est arrêté ou bloqué par un pare-feu.
be-fw-some-addresses-advice = Réparez ce serveur ou retirez son adresse du DNS.
# $port and $other_port: port numbers; $scheme: "http" or "https"; $result and $other_result: what each port gave.
be-fw-own-port-closed = Le port { $port } ({ $scheme }) ne fonctionne pas ({ $result }) mais le port { $other_port } oui ({ $other_result }) : le serveur web n'écoute pas dessus, ou un pare-feu le bloque.
be-fw-own-port-closed-advice = Faites écouter le serveur web sur le port { $port } et ouvrez-le dans le pare-feu (et dans le groupe de sécurité de l'hébergeur).
be-fw-no-https = Le port { $port } (https) est fermé ({ $result }) mais le port { $other_port } fonctionne : le site n'a pas de HTTPS.
be-fw-no-https-advice = Les navigateurs signalent le http simple comme non sécurisé ; ajoutez un certificat (par exemple Let's Encrypt) et servez le https sur le port 443.
be-fw-no-http = Le port { $port } (http) est fermé ({ $result }) mais le port { $other_port } fonctionne : les visiteurs qui tapent l'adresse sans https:// risquent de n'obtenir aucune réponse.
be-fw-no-http-advice = Ouvrez le port 80 et redirigez-le vers https.
