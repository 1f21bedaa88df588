# L'aide de la ligne de commande (`gateway-doctor --help`, `gateway-doctor check --help`) : la ligne
# de description de chaque commande, l'aide de chaque argument et les titres de section. Les options,
# les valeurs en majuscules (FILE, SECONDS), les chemins, les adresses et les exemples restent tels quels. Ids :
# cli-about-<command>, cli-arg-<command>-<argument> (le niveau supérieur est « app »), ou cli-arg-<argument>
# quand l'argument a le même sens dans chaque commande. Les messages d'erreur propres à clap restent en anglais.

## Titres
cli-heading-usage = Utilisation :
cli-heading-options = Options
cli-heading-arguments = Arguments
cli-heading-commands = Commandes

## Les commandes
cli-about = Trouve pourquoi un site web répond « 502 Bad Gateway » (ou ne se charge pas), et ce qu'il faut faire.
cli-about-check = Vérifier une adresse web maintenant et afficher le verdict et la liste des vérifications
cli-about-logs = Lire les journaux du serveur (nginx, Apache, PHP-FPM, PHP ; y compris .gz et fichiers de rotation) et expliquer les causes de 502/504 qu'ils révèlent
cli-about-watch = Vérifier une adresse web encore et encore (avec des pauses croissantes) jusqu'à ce qu'elle fonctionne, une ligne par vérification ; une notification de bureau quand le site est revenu
cli-about-history = Afficher les vérifications enregistrées par site (« en panne depuis … ») ou les exporter en CSV
cli-about-server = Sur le serveur lui-même : lire la configuration de la pile web, essayer une fois chaque backend qu'elle cite, et indiquer le maillon défaillant (fichier, ligne) et la correction. Ne modifie rien
cli-about-har = Lire une capture du navigateur (DevTools -> Réseau -> « Tout enregistrer en tant que HAR »), diagnostiquer chaque requête en échec qu'elle contient et, au besoin, écrire une copie nettoyée pour l'assistance
cli-about-help = Afficher ce message ou l'aide des sous-commandes indiquées

## Arguments de toutes les commandes
cli-arg-help = Afficher l'aide
cli-arg-version = Afficher la version
cli-arg-format = Format de sortie
cli-arg-output = Écrire aussi le rapport (au format de --format) dans ce fichier
cli-arg-timeout = Durée maximale de chaque étape de test, en secondes
cli-arg-retries = Nombre de fois où l'étape « Actualiser » répète la requête
cli-arg-resolver = Interroger ce serveur DNS (IP ou IP:PORT) au lieu du résolveur du système
cli-arg-references = Un point d'accès qui prouve que la connexion à Internet fonctionne (répétable ; remplace les valeurs par défaut 1.1.1.1:443, 8.8.8.8:443, www.wikipedia.org:443)
cli-arg-no_proxy = Ignorer les réglages de proxy du système (http_proxy, https_proxy, all_proxy)
cli-arg-browsers = Un navigateur dont l'étape « Autre navigateur » envoie les en-têtes (répétable, 3 au plus ; par défaut : les navigateurs installés ici, sinon Firefox et Safari)
cli-arg-mode = Seulement les vérifications du visiteur, ou aussi celles du propriétaire du site côté serveur
cli-arg-origin = Mode propriétaire : le serveur d'origine derrière le CDN (IP ou IP:PORT), interrogé directement avec l'en-tête Host et le nom TLS du site pour comparer avec le serveur edge
cli-arg-expect_ips = Mode propriétaire : l'adresse que le DNS doit renvoyer (répétable)
cli-arg-public_resolvers = Mode propriétaire : un résolveur public à comparer (répétable ; remplace Cloudflare, Google, Quad9)
cli-arg-authoritative = Mode propriétaire : interroger ce serveur de noms faisant autorité au lieu de ceux des enregistrements NS (répétable)
cli-arg-no_burst = Mode propriétaire : sauter le test de charge léger (une rafale de 20 requêtes au plus, 4 à la fois)
cli-arg-logs = Mode propriétaire : un journal du serveur à lire une fois les tests terminés (répétable) : journaux d'erreurs et d'accès nginx/Apache, journaux PHP-FPM et PHP, fichiers .gz et de rotation. Ce qu'ils montrent remplit l'élément server_logs et peut rendre le verdict certain
cli-arg-no_server_checks = Mode propriétaire : ne pas lancer les vérifications du serveur même si cet ordinateur sert le site (par défaut, elles s'exécutent pour ce site et leur maillon défaillant s'ajoute au verdict)
cli-arg-lang = La langue de la sortie et de l'application : en, de, es, fr, pt-BR, ru (par défaut : celle du système, d'après LANGUAGE, LC_ALL, LC_MESSAGES, LANG)

## Sans commande (l'application)
cli-arg-app-url = Sans commande : ouvrir l'application avec cette adresse et la vérifier aussitôt

## gateway-doctor check
cli-arg-check-url = L'adresse à vérifier, par ex. shop.example.com ou https://example.com:8443/cart
cli-arg-check-format = Format de sortie (html : une page autonome, styles intégrés, sans scripts, à écrire de préférence avec --output)
cli-arg-check-no_history = Ne pas enregistrer cette vérification dans l'historique
cli-arg-check-from_world = Demander aussi au réseau Globalping (un service tiers : il reçoit le nom d'hôte et le chemin) de charger le site depuis une dizaine d'endroits dans le monde : en panne pour tout le monde, ou seulement pour vous ?
cli-arg-check-provider_status = Consulter aussi la page d'état du fournisseur qui a répondu (Cloudflare, AWS, Fastly, Google Cloud …) : seul le site d'état du fournisseur est contacté, rien sur le site vérifié n'est envoyé
cli-arg-check-status_urls = Diriger la vérification d'état d'un fournisseur vers un autre point d'accès (répétable), par ex. cloudflare=https://www.cloudflarestatus.com/api/v2/summary.json
cli-arg-check-globalping_url = L'API Globalping interrogée avec --from-world

## gateway-doctor logs
cli-arg-logs-files = Fichiers journaux : journaux d'erreurs et d'accès nginx/Apache, journaux PHP-FPM et PHP ; les .gz et les séries de rotation (error.log error.log.1 error.log.2.gz) sont acceptés
cli-arg-logs-since = Seulement les lignes à partir de ce moment, selon l'horloge des journaux : YYYY-MM-DD ou "YYYY-MM-DD HH:MM[:SS]"

## gateway-doctor watch
cli-arg-watch-url = L'adresse à surveiller
cli-arg-watch-format = Format de sortie : text (une ligne par vérification) ou json (un objet JSON par ligne, JSON Lines)
cli-arg-watch-interval = Secondes entre deux vérifications tant que le site fonctionne, et première pause après un échec (chaque échec la double, jusqu'à 600 s ; un Retry-After du serveur est toujours respecté)
cli-arg-watch-until_healthy = S'arrêter dès qu'une vérification trouve le site en état de marche
cli-arg-watch-max_checks = S'arrêter après ce nombre de vérifications
cli-arg-watch-no_history = Ne pas enregistrer les vérifications dans l'historique

## gateway-doctor history
cli-arg-history-site = Afficher les vérifications de ce site (un nom d'hôte ou une adresse) ; sans lui, le résumé de chaque site
cli-arg-history-csv = Écrire les vérifications (de SITE, ou de tous les sites) en CSV dans ce fichier ("-" pour la sortie standard)
cli-arg-history-limit = Nombre de vérifications les plus récentes à afficher et à résumer par site

## gateway-doctor server
cli-arg-server-configs = Lire seulement ce fichier de configuration (répétable ; nginx, Apache, HAProxy, Caddy, Varnish, PHP-FPM ou php.ini, reconnu d'après son contenu). Sans lui, la configuration des serveurs web en cours d'exécution et des chemins standard est lue
cli-arg-server-timeout = Secondes dont dispose chaque backend pour répondre
cli-arg-server-resolver = Résoudre les noms des backends avec ce serveur DNS (IP ou IP:PORT) au lieu de celui du système
cli-arg-server-no_logs = Ne pas lire les journaux d'erreurs cités par la configuration
cli-arg-server-kernel_log = Chercher les arrêts forcés par manque de mémoire (OOM kills) dans ce journal du noyau (par défaut : /var/log/kern.log, journalctl -k, dmesg)

## gateway-doctor har
cli-arg-har-file = La capture (un fichier .har enregistré depuis les outils de développement du navigateur)
cli-arg-har-sanitize = Écrire aussi une copie nettoyée ici (cookies, jetons, clés et corps inutiles retirés)
cli-arg-har-recheck = Revérifier maintenant les adresses en échec (GET seulement, 5 au plus, sans les cookies ni les jetons de la capture), avec les options de test habituelles
