# Les mots propres aux sondes et aux analyseurs : pourquoi une sonde a été ignorée, comment une requête
# ou une requête DNS a échoué, ce qu'a donné la rafale, ce que l'empreinte a vu dans une réponse (le
# panneau Détails, les rapports, les indices du verdict), les erreurs des clients des pages d'état et
# de Globalping, les erreurs du lecteur de journaux et les noms des formats de journaux, les erreurs
# des notifications de bureau.
# Pas ici (jamais traduits) : noms d'en-têtes, phrases de raison HTTP, valeurs du protocole, ids,
# motifs comparés aux données, texte d'erreur du système d'exploitation et des bibliothèques ($error).
# $secs et $ms sont des nombres déjà formatés (« 10.0 », « 250 ») ; une adresse ($address, $server)
# est une adresse IP suivie de son port.

## src/probe/mod.rs: why a probe was skipped

eng-skip-no-name = le nom n'a pas pu être résolu, il n'y a donc rien à quoi se connecter
eng-skip-proxy-resolves = le nom ne se résout pas sur cet ordinateur ; c'est le proxy qui le résout
eng-skip-plain-http = le site est servi en http simple (aucun certificat en jeu)
eng-skip-no-tcp = aucune connexion TCP sur laquelle établir TLS
eng-skip-no-answer-cache = le serveur ne répond pas du tout, une page en cache ne peut donc pas être la cause
eng-skip-no-answer-http3 = aucune réponse dans laquelle lire une offre HTTP/3 (Alt-Svc)
eng-skip-no-answer = le serveur ne répond pas du tout
eng-skip-no-connections = le serveur n'accepte pas les connexions

## Shared by several probes (src/probe/paths.rs, src/probe/tcp.rs, src/status_client/mod.rs)

eng-no-answer-within = pas de réponse en { $secs } s
# $error : pourquoi le nom n'a pas été résolu (les mots du résolveur, ou un id de résultat comme NxDomain).
eng-cannot-resolve = impossible de résoudre { $host } : { $error }

## src/probe/burst.rs: the owner's small burst of requests

eng-burst-off = la petite rafale de requêtes était désactivée
eng-burst-label = une petite rafale de { $requests ->
        [one] { $requests } requête
       *[other] { $requests } requêtes
    }, au plus { $concurrency } à la fois
eng-burst-stopped-slow = arrêt après { $count ->
        [one] { $count } requête
       *[other] { $count } requêtes
    } : le site est lent et le temps prévu pour la rafale est écoulé
eng-burst-stopped-silent = arrêt après { $count ->
        [one] { $count } requête
       *[other] { $count } requêtes
    } : rien n'a répondu
eng-burst-no-answer = pas de réponse à temps

## src/probe/dns.rs

eng-dns-no-system-config = aucune configuration DNS du système utilisable : { $error }
eng-dns-timeout = pas de réponse du résolveur en { $secs } s
eng-dns-ns-timeout = pas de réponse NS pour { $zone } en { $secs } s
eng-dns-ns-failed = la recherche NS pour { $zone } a échoué : { $error }

## src/probe/http3.rs

eng-http3-no-address = aucune adresse pour { $host }
eng-http3-udp-silent = pas de réponse en UDP en { $secs } s
eng-http3-quic-setup = impossible de préparer QUIC : { $error }
eng-http3-udp-socket = impossible d'ouvrir un socket UDP : { $error }
eng-http3-quic-start = impossible de lancer la négociation QUIC : { $error }

## src/probe/propagation.rs: DNS asked at every resolver (owner mode)

# Libellés des lignes : « Cet ordinateur », « Cloudflare 1.1.1.1 », « Résolveur public 192.0.2.1 », « Serveur de noms 192.0.2.53 ».
eng-dns-row-no-lookup = Pas de recherche DNS
eng-dns-row-this-computer = Cet ordinateur
eng-dns-row-resolver = Résolveur { $server }
eng-dns-row-public = Résolveur public { $server }
eng-dns-row-name-server = Serveur de noms { $server }
# $name est déjà entre guillemets.
eng-dns-row-not-a-name = hôte : { $name } n'est pas un nom DNS valide ({ $error })
eng-dns-row-not-involved = l'hôte est une adresse IP ou localhost ; le DNS n'intervient pas
eng-dns-ns-unresolved = les adresses des serveurs de noms eux-mêmes n'ont pas pu être résolues
eng-dns-no-ns = aucun enregistrement NS trouvé pour { $name } ni pour les domaines au-dessus
eng-dns-encode = impossible d'encoder la requête : { $error }
eng-dns-udp-socket = impossible d'ouvrir un socket UDP pour { $server } : { $error }
eng-dns-unreachable = impossible de joindre { $server } : { $error }
eng-dns-send = impossible d'envoyer à { $server } : { $error }
eng-dns-no-reply-from = pas de réponse de { $server } : { $error }
eng-dns-malformed = réponse mal formée de { $server } : { $error }
eng-dns-no-reply = pas de réponse en { $secs } s
# $code : le nom du code de réponse DNS (REFUSED, NOTIMP, ...).
eng-dns-rcode = code de réponse inattendu { $code }
eng-dns-truncated = réponse tronquée (trop grande pour UDP) ; des enregistrements peuvent manquer

## src/probe/routes.rs: the ways to reach the site (owner mode)

# $scheme : http ou https.
eng-route-port = port { $port } ({ $scheme })
eng-route-unfinished = non terminé en { $secs } s

## src/probe/steps.rs: what each request of the visitor steps was

eng-step-try = essai { $n }
eng-step-try-http1 = en HTTP/1.1
eng-step-fresh-profile = profil vierge
eng-step-with-cache = avec cache et cookies
eng-step-through-proxy = via le proxy
eng-step-direct = en direct

## src/probe/tls.rs

eng-tls-cert-checks = impossible de préparer la vérification des certificats : { $error }
eng-tls-bad-name = nom invalide pour TLS : { $error }
eng-tls-timeout = la négociation TLS ne s'est pas terminée en { $secs } s
eng-tls-self-signed = certificat auto-signé ({ $error })
eng-tls-never-checked = le certificat du serveur n'a jamais été vérifié

## src/probe/http/mod.rs: how a request failed

eng-http-bad-redirect = la destination de la redirection est inutilisable : { $error }
eng-http-redirect-loop = boucle de redirections : { $url } ramène à une adresse déjà visitée
eng-http-too-many-redirects = plus de { $max ->
        [one] { $max } redirection
       *[other] { $max } redirections
    }
eng-http-no-response = connecté, mais pas de réponse en { $secs } s
# $status et $reason : la réponse du proxy, comme « 407 Proxy Authentication Required ».
eng-http-proxy-credentials = le proxy demande des identifiants ({ $status } { $reason })
eng-http-connect-failed = impossible de se connecter à { $host }:{ $port } : { $error }
eng-http-proxy-connect-failed = impossible de se connecter au proxy { $host }:{ $port } : { $error }
eng-http-no-address = aucune adresse à laquelle se connecter
eng-http-proxy-connect-timeout = le proxy n'a pas répondu à temps à la requête CONNECT

## src/probe/http/wire.rs

eng-http-build-request = impossible de construire la requête : { $error }
eng-http-body-timeout = le corps de la réponse n'a pas fini d'arriver à temps
# $code : le code d'erreur HTTP/2 (INTERNAL_ERROR, ...).
eng-http-body-reset = le corps a été coupé : le serveur a réinitialisé le flux ({ $code })
eng-http-body-cut = le corps a été coupé : { $error }
eng-http2-goaway = le serveur a fermé la connexion HTTP/2 (GOAWAY { $code }) au lieu de répondre
eng-http2-reset = le serveur a réinitialisé le flux HTTP/2 (RST_STREAM { $code }) au lieu de répondre
eng-http-not-http = le serveur a répondu quelque chose qui n'est pas du HTTP ({ $error })
eng-http-closed = le serveur a fermé la connexion sans réponse complète ({ $error })
eng-proxy-closed = le proxy a fermé la connexion : { $error }
eng-proxy-closed-connect = le proxy a fermé la connexion pendant le CONNECT
eng-proxy-answer-too-long = la réponse du proxy au CONNECT est trop longue
# $status : la ligne d'état du proxy, telle qu'envoyée.
eng-proxy-refused-tunnel = le proxy a refusé le tunnel : { $status }

## src/probe/http/decode.rs

eng-decode-zstd = le corps en zstd n'a pas pu être décodé : { $error }
# $coding : le Content-Encoding, entre guillemets.
eng-decode-unknown = le corps est encodé en { $coding }, que Gateway Doctor ne sait pas décoder
eng-decode-partial = le corps en { $coding } n'a pas pu être entièrement décodé : { $error }

## src/evidence/http3.rs: one line on HTTP/3

eng-http3-not-offered = HTTP/3 non proposé (pas de h3 dans Alt-Svc)
eng-http3-works = HTTP/3 proposé et fonctionnel depuis ici (négociation QUIC en { $ms } ms)
eng-http3-works-at = HTTP/3 proposé et fonctionnel depuis ici (négociation QUIC avec { $address } en { $ms } ms)
eng-http3-blocked = HTTP/3 proposé mais bloqué ici (aucune réponse QUIC en UDP en { $secs } s) ; les navigateurs se rabattent sur TCP après un court délai, ce n'est donc pas ce qui casse la page
eng-http3-blocked-at = HTTP/3 proposé mais bloqué ici (aucune réponse QUIC de { $address } en UDP en { $secs } s) ; les navigateurs se rabattent sur TCP après un court délai, ce n'est donc pas ce qui casse la page
eng-http3-failed = HTTP/3 proposé mais la négociation QUIC a échoué ({ $error }) ; les navigateurs se rabattent sur TCP
eng-http3-failed-at = HTTP/3 proposé mais la négociation QUIC avec { $address } a échoué ({ $error }) ; les navigateurs se rabattent sur TCP
eng-http3-no-reason = aucune raison indiquée

## src/evidence/logs.rs: the log reading's line in the probe list

eng-logs-summary = journaux lus : { $read } sur { $files }, { $findings ->
        [one] { $findings } constat
       *[other] { $findings } constats
    }
# $summary : eng-logs-summary.
eng-logs-summary-access = { $summary }, { $count ->
        [one] { $count } réponse 5xx
       *[other] { $count } réponses 5xx
    } dans les journaux d'accès
eng-logs-summary-cancelled = { $summary } (annulé : lecture partielle)

## src/fingerprint/mod.rs and src/fingerprint/cdn/mod.rs: names of software and edges that are not product names alone

# Noms insérés sans article dans d'autres phrases, comme des noms propres.
eng-sw-aws-elb = équilibreur de charge AWS
eng-sw-gcp-lb = équilibreur de charge Google Cloud
eng-sw-azure = passerelle Azure
eng-sw-heroku = routeur Heroku
eng-sw-unknown = un serveur inconnu
eng-edge-google-hosting = hébergement Google

## src/fingerprint/rules.rs and src/fingerprint/wordpress.rs: what matched in a response

# $name : un nom d'en-tête (server, via, ...), $value : sa valeur telle qu'envoyée.
eng-fp-header = en-tête { $name } : { $value }
eng-fp-header-name = en-tête { $name }
eng-fp-status = statut { $status }
# $reason, $title, $text, $pattern : texte de la réponse ou de la signature, affiché tel quel.
eng-fp-reason = phrase de raison « { $reason } »
eng-fp-title = titre « { $title } »
eng-fp-body = corps : « { $text } »
eng-fp-body-empty = corps : vide
eng-fp-body-lacks = pas de « { $pattern } » dans le corps
# $header : set-cookie ou cookie.
eng-wp-session-cookie = { $header } : cookie PHPSESSID
eng-wp-rest-header = en-tête link : API REST de WordPress (wp-json)
eng-wp-generator = balise meta generator : { $content }
eng-wp-rest-page = la page renvoie vers l'API REST de WordPress (wp-json)
# $dir : /wp-content/ ou /wp-includes/.
eng-wp-loads-from = la page charge des fichiers depuis { $dir }

## src/fingerprint/cdn/mod.rs: how the CDN or load balancer in front was recognised

# $provider : le nom du fournisseur (Cloudflare) ; $date : la date de l'instantané (2026-12-01).
eng-edge-in-ranges = l'adresse { $ip } fait partie des plages publiées par { $provider } ({ $range }, instantané du { $date })
eng-edge-cname = le nom DNS { $name } se termine par .{ $suffix } ({ $provider })
# $what : eng-fp-header ou eng-fp-header-name.
eng-edge-header = la réponse ({ $what }) désigne { $provider }

## src/status_client/mod.rs and src/provider_status/mod.rs: asking a status page

eng-status-the-site = Le site
eng-status-client-setup = impossible de préparer le client : { $error }
# $code $reason : « 503 Service Unavailable » ; $retry : « (Retry-After: 120) » précédé d'une espace, ou rien.
eng-status-answered = la page d'état a répondu { $code } { $reason }{ $retry }
eng-status-too-large = la réponse dépasse { $mib } Mio
# $expected : l'un des eng-status-expected-* ; $found : l'un des eng-status-found-* ou le début de la réponse, entre guillemets.
eng-status-not-format = la page d'état a répondu autre chose que { $expected } ({ $found })
eng-status-expected-statuspage = un fichier summary.json de Statuspage
eng-status-expected-google = le fichier incidents.json de Google Cloud
eng-status-expected-feed = un flux RSS ou Atom
eng-status-found-empty = une réponse vide
eng-status-found-markup = du HTML ou du XML
eng-status-found-json = du JSON d'une autre forme, ou tronqué

## src/globalping/client.rs: asking Globalping

# $url est déjà entre guillemets.
eng-gp-bad-url = --globalping-url : une adresse http:// ou https:// est attendue, reçu : { $url }
eng-gp-unreachable = Globalping à l'adresse { $url } est injoignable : { $why }
eng-gp-slow = Globalping à l'adresse { $url } n'a pas répondu en { $secs } s
# $limits : « ; » et les parties eng-gp-limit-* jointes par « , », ou rien ; $message : les mots de Globalping.
eng-gp-rate-limited = La limite de Globalping pour les tests anonymes est atteinte (HTTP 429{ $limits }) : { $message }
eng-gp-limit-limit = limite { $value }
eng-gp-limit-remaining = restant { $value }
eng-gp-limit-resets = réinitialisation dans (s) { $value }
eng-gp-limit-retry-after = réessayer après (s) { $value }
eng-gp-http = Globalping a répondu HTTP { $status } : { $message }
# $what : l'un des eng-gp-malformed-* ; $excerpt : le début de la réponse.
eng-gp-malformed = La réponse de Globalping ne correspond pas à ce que documente son API ({ $what }) : { $excerpt }
eng-gp-malformed-too-large = une réponse de plus de { $mb } Mo
eng-gp-malformed-no-id = aucun identifiant de mesure
eng-gp-malformed-json = JSON invalide : { $error }
# Un lieu pour lequel Globalping n'a donné ni ville ni pays.
eng-gp-somewhere = quelque part

## src/logs/mod.rs and src/logs/parse.rs: reading server logs

eng-logformat-nginx-error = journal d'erreurs nginx
eng-logformat-access = journal d'accès
eng-logformat-apache-error = journal d'erreurs Apache
eng-logformat-php-fpm = journal PHP-FPM
eng-logformat-php-error = journal d'erreurs PHP
eng-logformat-unknown = format inconnu
eng-log-permission-denied = impossible de lire { $path } : permission refusée (lancez la commande avec sudo ou copiez le fichier à un endroit lisible)
eng-log-not-found = impossible de lire { $path } : le fichier n'existe pas
eng-log-is-directory = impossible de lire { $path } : c'est un dossier, pas un fichier journal
eng-log-open = impossible de lire { $path } : { $error }
eng-log-read = erreur de lecture de { $path } après { $lines ->
        [one] { $lines } ligne
       *[other] { $lines } lignes
    } : { $error }
# Les URL en 5xx au-delà des plus fréquentes, comptées ensemble.
eng-logs-other-urls = (autres URL)
eng-logs-since-bad = --since : YYYY-MM-DD ou "YYYY-MM-DD HH:MM[:SS]" attendu, reçu : { $value }

## src/notify.rs and src/watch.rs: why a desktop notification could not be shown

eng-notify-no-bus = pas de bus de session de bureau (D-Bus)
eng-notify-unsupported = cette version a été compilée sans notifications de bureau
