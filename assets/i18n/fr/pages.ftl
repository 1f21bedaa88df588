# Les sections des rapports réservées au propriétaire (edge ou serveur d'origine, réponses DNS, chemins vers
# le site, chemins statiques ou dynamiques, le test de charge léger, les journaux du serveur) et les résumés
# d'une ligne qu'affiche la ligne de commande à la fin de chaque vérification du propriétaire ; le rapport du
# mode serveur (`gateway-doctor server`) en texte, Markdown et HTML ; le panneau des journaux du serveur de
# l'application ; les avis de l'application quand un site surveillé est de retour ou que l'historique a été
# exporté.
# Les adresses, ports, codes d'état, types d'enregistrement (NXDOMAIN, CNAME, IPv4), identifiants de résultat
# (« timeout », « connect refused »), noms d'unités, chemins et commandes ne sont jamais traduits. $count,
# $lines, $total, $errors, $files, $checks et $skipped sont des nombres (pour les formes du pluriel) ; les
# autres nombres sont déjà écrits (« 3.0 », « 24 »).

## src/report/owner.rs

pg-ms = { $ms } ms
pg-ok = ok
pg-owner-logs-title = Journaux du serveur
pg-owner-logs-col-finding = Constat
pg-owner-logs-col-times = Occurrences
pg-owner-logs-col-last-seen = Dernière fois
pg-owner-logs-col-involved = Concernés
pg-owner-logs-not-read = Non lu : { $error }
# $format : le type de journal (« journal d'erreurs nginx »).
pg-owner-logs-file = { $path } : { $format }, { $lines ->
       [one] { $lines } ligne
       *[other] { $lines } lignes
    }
pg-owner-logs-none = Aucune cause connue de 502/504 dans ces journaux.
# $statuses : « 7 × 502, 1 × 504 » ; $urls : les pages le plus souvent en échec, « /login (7), /cart (2) ».
pg-owner-logs-access = Journaux d'accès : { $total ->
       [one] { $total } requête
       *[other] { $total } requêtes
    }, { $errors ->
       [one] { $errors } erreur du serveur
       *[other] { $errors } erreurs du serveur
    }.
pg-owner-logs-access-statuses = Journaux d'accès : { $total ->
       [one] { $total } requête
       *[other] { $total } requêtes
    }, { $errors ->
       [one] { $errors } erreur du serveur
       *[other] { $errors } erreurs du serveur
    } ({ $statuses }).
pg-owner-logs-access-top = Journaux d'accès : { $total ->
       [one] { $total } requête
       *[other] { $total } requêtes
    }, { $errors ->
       [one] { $errors } erreur du serveur
       *[other] { $errors } erreurs du serveur
    } ; pages le plus souvent en échec : { $urls }.
pg-owner-logs-access-statuses-top = Journaux d'accès : { $total ->
       [one] { $total } requête
       *[other] { $total } requêtes
    }, { $errors ->
       [one] { $errors } erreur du serveur
       *[other] { $errors } erreurs du serveur
    } ({ $statuses }) ; pages le plus souvent en échec : { $urls }.
pg-owner-logs-cancelled = La lecture a été annulée : seule une partie des journaux a été lue.
pg-owner-origin-title = Edge ou serveur d'origine
pg-owner-origin-col-asked = Interrogé
pg-owner-origin-col-answer = Réponse
pg-owner-origin-edge = Par l'adresse du site (edge)
# $origin : l'adresse et le port de l'origine, « 203.0.113.10:443 ».
pg-owner-origin-direct = Directement au serveur d'origine { $origin }
# $name : le nom d'hôte du site.
pg-owner-dns-title = Réponses DNS pour { $name }
# $addresses : les adresses données avec --expect-ip (une option : non traduite).
pg-owner-dns-expected = Attendu (--expect-ip) : { $addresses }.
pg-owner-dns-no-name-servers = Les serveurs de noms du domaine sont introuvables : { $error }.
pg-owner-routes-title = Chemins vers le site
pg-owner-routes-col-way = Chemin
pg-owner-routes-col-result = Résultat
pg-owner-routes-proxy = Le proxy système pour le site : { $proxy }.
pg-owner-paths-title = Chemins statiques ou dynamiques
pg-owner-paths-col-path = Chemin
pg-owner-paths-col-kind = Type
pg-owner-paths-col-result = Résultat
pg-owner-paths-col-time = Durée
# $summary : les résultats de chaque type, « statique 1/1 ok, dynamique 0/1 (502) ».
pg-owner-paths-summary = Statique ou dynamique : { $summary }.
# $plugins : les slugs des extensions, séparés par « , ».
pg-owner-paths-plugins = Extensions WordPress repérées dans la page : { $plugins }.
pg-owner-burst-title = Test de charge léger
pg-owner-burst-col-at-once = À la fois
pg-owner-burst-col-requests = Requêtes
pg-owner-burst-col-failed = Échecs
pg-owner-burst-col-answers = Réponses
pg-owner-burst-col-median = Médiane
pg-owner-burst-col-slowest = La plus lente
# $what : comment la rafale a été faite (« une petite rafale de 13 requêtes, au plus 4 à la fois »).
pg-owner-burst-sent = Ce qui a été envoyé : { $what }.
# $summary : pg-burst-summary.
pg-owner-burst-result = Résultat : { $summary }.
pg-owner-burst-overload = Les échecs augmentent avec le nombre de requêtes simultanées : le serveur manque de workers (surcharge).
# Le type d'un chemin vérifié, dans le tableau et dans « statique 2/2 ok ».
pg-kind-static = statique
pg-kind-dynamic = dynamique
# Les résumés d'une ligne (en minuscules : ils suivent aussi le nom d'une vérification dans l'affichage en
# direct de la ligne de commande).
pg-dns-not-queried = non interrogé (adresse IP littérale)
pg-dns-no-answer = aucun résolveur n'a répondu
# $answer : les adresses, « CNAME cible » ou « NXDOMAIN ».
pg-dns-one-answered = 1 résolveur a répondu : { $answer }
# $count vaut 2 ou plus.
pg-dns-agree = { $count ->
        [one] { $count } résolveur concorde : { $answer }
       *[other] { $count } résolveurs concordent : { $answer }
    }
# $count vaut 2 ou plus ; $answers : « 203.0.113.10 (2), 198.51.100.7 (1) ».
pg-dns-disagree = { $count ->
        [one] { $count } résolveur diverge : { $answers }
       *[other] { $count } résolveurs divergent : { $answers }
    }
# $summary : pg-dns-agree ou pg-dns-disagree ; $count résolveurs n'ont pas répondu.
pg-dns-silent = { $summary }, { $count ->
        [one] { $count } n'a pas répondu
       *[other] { $count } n'ont pas répondu
    }
pg-dns-no-records = aucun enregistrement A/AAAA
pg-dns-no-address = pas d'adresse
pg-routes-none = aucun chemin essayé
# « port 80 refusée ».
pg-route-port = port { $port }
# $origin : « 203.0.113.10:443 » ; $result et $edge : le statut HTTP (« 502 ») ou ce qui s'est passé
# (« connexion refusée »).
pg-origin-answered = { $origin } a répondu { $result }
pg-origin-answered-edge = { $origin } a répondu { $result } (edge : { $edge })
pg-origin-edge = { $origin } { $result } (edge : { $edge })
pg-paths-none = aucun chemin vérifié
pg-burst-off = désactivé : aucune requête supplémentaire n'a été envoyée
pg-burst-none = aucune requête envoyée
# $at : combien de requêtes à la fois, « 4 » ou « 1-4 » ; $failures : les échecs de chaque série, « 0, 0, 5 ».
pg-burst-summary = { $total ->
       [one] { $total } requête
       *[other] { $total } requêtes
    }, { $at } à la fois : { $failures } en échec
# $why : pourquoi la rafale s'est arrêtée (« rien n'a répondu »).
pg-burst-summary-stopped = { $total ->
       [one] { $total } requête
       *[other] { $total } requêtes
    }, { $at } à la fois : { $failures } en échec (arrêt anticipé : { $why })

## src/report/server.rs

pg-server-title = Gateway Doctor : vérification du serveur
# $at : quand le rapport a été créé (RFC 3339).
pg-server-generated = Généré : { $at }.
# L'état d'un serveur en amont (les autres sont des identifiants : refused, timeout…).
pg-server-state-ok = ok
pg-server-state-not-checked = non vérifié
pg-server-state-too-slow = trop lent
# La gravité d'un constat, entre crochets.
pg-server-severity-error = {"["}ÉCHEC]
pg-server-severity-warning = {"["}alerte]
pg-server-severity-info = {"["}info]
# Où se trouve un constat ou un serveur en amont : le fichier de configuration et la ligne.
pg-server-place = { $config } ligne { $line }
# Les titres (la forme texte ajoute un deux-points).
pg-server-config-read = Configuration lue
pg-server-none-found = (aucune trouvée)
pg-server-this-machine = Cette machine
pg-server-findings = Constats
pg-server-upstreams = Serveurs en amont
pg-server-upstreams-tried = Serveurs en amont (un essai chacun)
# $count : combien de journaux d'erreurs ont été lus.
pg-server-error-logs = Journaux d'erreurs ({ $count ->
        [one] { $count } lu
       *[other] { $count } lus
    }) :
pg-server-error-logs-nothing = rien sur des serveurs en amont en échec
# Une configuration lue : $name est le logiciel et sa version (« nginx 1.24.0 »), $config le fichier
# principal, $found_by comment elle a été trouvée, $files combien de fichiers elle compte.
pg-server-config = { $name } { $config } ({ $found_by } ; { $files ->
        [one] { $files } fichier
       *[other] { $files } fichiers
    })
pg-server-config-test-passes = { $name } { $config } ({ $found_by } ; { $files ->
        [one] { $files } fichier
       *[other] { $files } fichiers
    } ; son test de configuration réussit)
pg-server-config-test-fails = { $name } { $config } ({ $found_by } ; { $files ->
        [one] { $files } fichier
       *[other] { $files } fichiers
    } ; son test de configuration ÉCHOUE)
# Un serveur en amont essayé : la directive, où elle pointe, où elle est définie, ce qu'a donné l'essai
# ($detail, de machine.ftl) et sa durée en millisecondes ($ms).
pg-server-upstream = { $directive } -> { $target } ({ $config } ligne { $line }) : { $detail }
pg-server-upstream-ms = { $directive } -> { $target } ({ $config } ligne { $line }) : { $detail }, { $ms } ms
# Sous un constat : où il se trouve, et le correctif.
pg-server-at = emplacement : { $place }
pg-server-fix = correctif : { $fix }
# Le tableau des serveurs en amont.
pg-server-col-state = État
pg-server-col-directive = Directive
pg-server-col-target = Cible
pg-server-col-where = Emplacement
pg-server-col-detail = Détail
# Cette machine : $source est l'endroit où le journal du noyau a été lu (journalctl -k, /var/log/kern.log).
pg-server-kernel-no-oom = journal du noyau ({ $source }) : aucun arrêt forcé par manque de mémoire (OOM kill) au cours des dernières { $hours } h
pg-server-kernel-oom = journal du noyau ({ $source }) : { $count ->
        [one] { $count } arrêt forcé par manque de mémoire (OOM kill)
       *[other] { $count } arrêts forcés par manque de mémoire (OOM kills)
    }
# $path : un point de montage ; $why : ce qui s'y trouve (« journaux nginx ») ; $used et $inodes : des pourcentages.
pg-server-disk = disque contenant { $path } ({ $why }) : { $used } % utilisé, inodes : { $inodes } % utilisés
# Un service : son unité, son état et son sous-état (les mots de systemd : active, running), combien de fois il
# a redémarré.
pg-server-service-restarts = { $unit } : { $active } ({ $sub }), { $count ->
       [one] { $count } redémarrage
       *[other] { $count } redémarrages
    }

## src/gui/panels/logs.rs

pg-logs-title = Journaux du serveur
pg-logs-intro = Gateway Doctor lit les journaux de nginx, Apache, PHP-FPM et PHP (y compris les fichiers .gz et ceux issus de la rotation) sur cet ordinateur et repère les lignes qui expliquent une erreur 502 ou 504. Rien n'est envoyé nulle part.
pg-logs-analyse = 📂 Analyser les journaux…
pg-logs-analyse-hover = Choisir des fichiers journaux, par exemple /var/log/nginx/error.log
pg-logs-or-drop = ou déposez des fichiers journaux sur cette fenêtre
# $percent : la part déjà lue, « 42 ».
pg-logs-reading = { $count ->
        [one] Lecture de { $count } fichier… { $percent } %
       *[other] Lecture de { $count } fichiers… { $percent } %
    }
pg-logs-cancel = Annuler
pg-logs-cancel-hover = Arrêter la lecture
pg-logs-will-read = { $count ->
       [one] { $count } fichier journal sera lu
       *[other] { $count } fichiers journaux seront lus
    } après la prochaine vérification.
pg-logs-cancelled = La lecture a été annulée : ces résultats ne portent que sur ce qui a été lu.
pg-logs-what-they-say = Ce que disent les journaux
pg-logs-none = Aucune cause connue de 502/504 dans ces journaux.
# $subjects : les backends, URL ou fichiers concernés par un constat, séparés par « , ».
pg-logs-involved = Concernés : { $subjects }
# $count : combien de lignes d'exemple figurent dessous.
pg-logs-examples = Exemples de lignes ({ $count })
# Un fichier lu : $format est le type de journal (« journal d'erreurs nginx »).
pg-logs-file = { $format }, { $lines ->
       [one] { $lines } ligne
       *[other] { $lines } lignes
    }
pg-logs-file-skipped = { $format }, { $lines ->
       [one] { $lines } ligne
       *[other] { $lines } lignes
    }, { $skipped ->
       [one] { $skipped } ligne illisible ignorée
       *[other] { $skipped } lignes illisibles ignorées
    }
pg-logs-access = Journaux d'accès
pg-logs-access-no-errors = { $total ->
       [one] { $total } requête ; aucune n'a reçu d'erreur du serveur en réponse.
       *[other] { $total } requêtes ; aucune n'a reçu d'erreur du serveur en réponse.
    }
# $statuses : « 7 × 502, 1 × 504 ».
pg-logs-access-errors = { $total ->
       [one] { $total } requête
       *[other] { $total } requêtes
    }, dont { $errors ->
       [one] { $errors } a reçu une erreur du serveur en réponse
       *[other] { $errors } ont reçu une erreur du serveur en réponse
    } ({ $statuses }).
pg-logs-per-minute = Erreurs du serveur par minute
pg-logs-top-pages = Pages le plus souvent en échec
# Le nom des barres dans le graphique des erreurs du serveur par minute.
pg-logs-chart = Réponses 5xx
pg-logs-drop-hint = Déposez des fichiers journaux du serveur pour les lire

## src/gui/app/recovery.rs

# $host : le nom d'hôte du site.
pg-recovery-back = Bonne nouvelle : { $host } fonctionne de nouveau.
# Le titre et le texte de la notification de bureau ; $at est l'heure (« 14:02:07 UTC »), $checks le nombre
# de vérifications faites.
pg-recovery-back-title = { $host } est de retour
pg-recovery-back-body = Gateway Doctor : le site a répondu normalement à { $at }, après { $checks ->
       [one] { $checks } vérification
       *[other] { $checks } vérifications
    }.
# $site : « https://shop.example.com » ; $path : le fichier écrit.
pg-recovery-csv-saved = { $count ->
       [one] { $count } vérification de { $site } enregistrée
       *[other] { $count } vérifications de { $site } enregistrées
    } dans { $path }
pg-recovery-csv-failed = Impossible d'enregistrer l'historique dans { $path } : { $error }
