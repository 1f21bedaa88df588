# The verdict's longer texts for the site owner (`detail`) and the evidence lines added to them:
# what the response, the connection, the certificate, the proxy, HTTP/2, the server logs, the
# server checks and the providers' status pages showed (src/diagnosis/*.rs).
#
# Kept as in the code, not translated: HTTP status lines and header names (429 Too Many Requests,
# Retry-After, cf-mitigated), error codes (NXDOMAIN, SERVFAIL, ERR_HTTP2_*, AH00957), setting and
# file names (proxy_read_timeout, pm.max_children, error.log), commands (`certbot renew`,
# `ss -ltnp`), command-line options (--origin, --timeout) and product names.
#
# Variables: $who is the software that answered, at the start of a sentence ("nginx", "An unknown
# server"); $software, $name, $edge a software's name; $took a duration ("60.4 s"); $limit the
# name of a time limit (the dx-limit-* messages below); $status an HTTP status code; $retry the
# Retry-After value as sent; $host the site's name; $error an error as reported by the system
# (often in English); $result how a request ended ("502 from nginx").
# French: names are not placed after "de" (no elision possible): "chez", "pour", "par" or a rephrasing instead.

## http_rules.rs
# $who when the software that answered is not known.
dx-who-unknown = Un serveur inconnu
dx-http-511 = La réponse était 511 Network Authentication Required : le réseau auquel cet ordinateur est connecté (hôtel, train, Wi-Fi d'un café) demande de vous identifier avant de laisser passer le trafic. Ouvrez n'importe quelle page web dans un navigateur pour afficher sa page de connexion.
dx-http-500 = L'application a répondu 500 Internal Server Error : son journal d'erreurs (error_log de PHP, wp-content/debug.log pour WordPress) indique le code en cause.
dx-http-429 = { $who } a répondu 429 Too Many Requests.
dx-http-429-retry = { $who } a répondu 429 Too Many Requests avec Retry-After: { $retry }.
dx-http-answered = { $who } a répondu { $status }.
dx-http-4xx = { $who } a répondu { $status } : la requête a été refusée ; ce n'est pas une panne de passerelle.
dx-cf-origin-504 = La page d'erreur de Cloudflare indique que le serveur web d'origine a répondu 504 Gateway Timeout : l'application placée derrière lui n'a pas répondu à temps. Cherchez les requêtes lentes dans les journaux de l'origine (en citant le Ray ID Cloudflare).
dx-cf-origin-502 = La page d'erreur de Cloudflare indique que le serveur web d'origine a répondu 502 Bad Gateway : le proxy de l'origine elle-même n'a pas obtenu de réponse de son application. Lisez le journal d'erreurs du serveur web d'origine (en citant le Ray ID Cloudflare).
dx-cf-520 = Cloudflare 520 : l'origine a répondu par quelque chose de vide ou d'invalide (plantage, connexion réinitialisée, en-têtes trop grands). Lisez le journal d'erreurs de l'origine.
dx-cf-521 = Cloudflare 521 : l'origine a refusé la connexion. Démarrez le serveur web sur l'origine et vérifiez que son pare-feu autorise les plages d'IP de Cloudflare.
dx-cf-522 = Cloudflare 522 : l'origine n'a pas accepté la connexion à temps. Est-elle en marche, et le pare-feu autorise-t-il les plages d'IP de Cloudflare ?
dx-cf-523 = Cloudflare 523 : Cloudflare n'arrive pas à joindre l'origine ; vérifiez l'adresse de l'origine dans les enregistrements DNS chez Cloudflare.
dx-cf-524 = Cloudflare 524 : l'origine a accepté la connexion, mais a mis plus de 100 s à répondre. Accélérez la requête lente ou confiez ce travail à une tâche en arrière-plan.
dx-cf-525 = Cloudflare 525 : la négociation TLS entre Cloudflare et l'origine a échoué ; c'est donc le lien vers votre origine qui est cassé, pas Cloudflare lui-même. Sur l'origine : servez HTTPS sur le port 443 avec un certificat pour le nom du site, et autorisez TLS 1.2 ou plus récent avec des suites de chiffrement modernes (ECDHE) ; ou alignez le mode SSL/TLS de Cloudflare sur ce que sert l'origine.
dx-cf-526 = Cloudflare 526 : le certificat de l'origine n'est pas valide pour le mode SSL Full (strict) (expiré, auto-signé ou émis pour un autre nom) ; c'est donc le lien vers votre origine qui est cassé, pas Cloudflare lui-même. Installez un certificat valide (ou un certificat Cloudflare Origin CA) sur l'origine.
dx-cf-527 = Cloudflare 527 : la connexion Railgun vers l'origine a échoué.
dx-cf-own-error = Cloudflare a répondu { $status } avec sa propre page d'erreur : le problème se situe chez Cloudflare ou entre ses serveurs. Consultez cloudflarestatus.com et communiquez l'identifiant cf-ray au support de Cloudflare.
dx-cdn-502-dns = { $who } a répondu 502 avec sa propre page d'erreur : le nom de domaine de l'origine n'a pas pu être résolu. Vérifiez le domaine d'origine configuré dans le CDN et ses enregistrements DNS. C'est le lien entre le CDN et votre origine qui est en cause, pas une panne du CDN ; testez l'origine directement avec --origin.
dx-cdn-502-connect = { $who } a répondu 502 avec sa propre page d'erreur : la connexion à l'origine ou la négociation TLS avec elle a échoué (refus, délai dépassé, certificat ou protocole incompatible). Vérifiez le domaine d'origine configuré dans le CDN et son DNS, que le pare-feu de l'origine autorise les adresses du CDN, et que son certificat correspond à ce nom et accepte TLS 1.2 ou plus récent. C'est le lien entre le CDN et votre origine qui est en cause, pas une panne du CDN ; testez l'origine directement avec --origin.
dx-http-502-limit = { $who } a répondu 502 après { $took }, près de cette limite : { $limit }. L'application n'a donc pas répondu à temps. Trouvez les requêtes lentes (durées dans le journal d'accès, journal des scripts lents de PHP-FPM) ou augmentez la limite avec prudence.
# $quoted is the start of the page the application sent, as sent.
dx-app-502 = L'application a répondu 502 elle-même : le contenu vient d'elle, pas de la page d'erreur d'un proxy (« { $quoted } »). Elle a donc bien répondu ; c'est quelque chose dont elle dépend qui a échoué (une base de données, une API ou un service qu'elle appelle). Lisez le journal de l'application et vérifiez ses dépendances.
dx-app-502-via = L'application a répondu 502 elle-même ({ $software } a transmis sa réponse) : le contenu vient d'elle, pas de la page d'erreur d'un proxy (« { $quoted } »). Elle a donc bien répondu ; c'est quelque chose dont elle dépend qui a échoué (une base de données, une API ou un service qu'elle appelle). Lisez le journal de l'application et vérifiez ses dépendances.
dx-nginx-502 = nginx a répondu 502 : il n'a obtenu aucune réponse exploitable de l'application placée derrière lui (la connexion a été refusée ou fermée, ou la réponse était invalide ou ses en-têtes trop grands). Démarrez ou redémarrez le serveur d'application (par exemple `systemctl restart php8.2-fpm`) et lisez l'error.log de nginx, qui indique lequel de ces cas s'applique.
dx-nginx-502-timed = nginx a répondu 502 après { $took } : il n'a obtenu aucune réponse exploitable de l'application placée derrière lui (la connexion a été refusée ou fermée, ou la réponse était invalide ou ses en-têtes trop grands). Démarrez ou redémarrez le serveur d'application (par exemple `systemctl restart php8.2-fpm`) et lisez l'error.log de nginx, qui indique lequel de ces cas s'applique.
dx-apache-502 = Le mod_proxy d'Apache n'a obtenu aucune réponse valide de son backend (AH00957, AH01114 ou AH00898 dans l'error_log). Démarrez ou redémarrez le backend et lisez l'error_log d'Apache.
dx-aws-elb-502 = L'équilibreur de charge AWS n'a obtenu aucune réponse valide de sa cible : la cible a refusé ou fermé la connexion. Vérifiez l'état de santé des cibles, et réglez le délai keep-alive de l'application plus long que le délai d'inactivité de l'équilibreur (60 s), pour qu'il n'utilise pas une connexion en train de se fermer.
dx-lb-502 = L'équilibreur de charge ({ $name }) n'a obtenu aucune réponse valide du backend placé derrière lui (refus, réinitialisation ou réponse invalide). Vérifiez que les backends tournent et sont en bonne santé, et lisez leurs journaux.
dx-unknown-502 = Un serveur non identifié a répondu 502 : une passerelle n'a obtenu aucune réponse valide de l'application placée derrière elle. Consultez le journal d'erreurs du serveur web.
dx-server-502 = { $software } a répondu 502 : il n'a pas pu obtenir de réponse de l'application placée derrière lui. Démarrez ou redémarrez le serveur d'application et lisez le journal d'erreurs de ce serveur ({ $software }).
dx-server-502-timed = { $software } a répondu 502 après { $took } : il n'a pas pu obtenir de réponse de l'application placée derrière lui. Démarrez ou redémarrez le serveur d'application et lisez le journal d'erreurs de ce serveur ({ $software }).
# Added after the sentence before it; $edge is the CDN or load balancer in front.
dx-passed-error-on = ({ $edge } a transmis l'erreur.)
dx-no-healthy-backend = { $who } n'a aucun backend en bonne santé à qui envoyer la requête : tous les backends sont arrêtés ou échouent à leur contrôle de santé. Démarrez les backends et vérifiez le chemin du contrôle de santé.
dx-backend-refused-503 = { $who } a répondu 503 parce que son backend a refusé ou coupé la connexion. Démarrez ou redémarrez le backend et lisez le journal d'erreurs du serveur qui a répondu ({ $who }).
dx-first-byte-503 = { $who } a répondu 503 « first byte timeout » : l'origine n'a pas commencé sa réponse à temps. Trouvez les requêtes lentes dans les journaux de l'origine ou augmentez la limite avec prudence.
dx-first-byte-503-timed = { $who } a répondu 503 « first byte timeout » après { $took } : l'origine n'a pas commencé sa réponse à temps. Trouvez les requêtes lentes dans les journaux de l'origine ou augmentez la limite avec prudence.
dx-http-503-limit = { $who } a répondu 503 après { $took }, près de cette limite : { $limit }. L'application placée derrière n'a donc pas répondu à temps.
dx-guru-meditation-503 = { $who } a répondu 503 avec sa page « Guru Meditation » : il n'a pas pu obtenir de réponse exploitable du backend. Vérifiez que le backend tourne et lisez ses journaux.
dx-maintenance-503 = Le site a répondu 503 avec une page de maintenance. Si la maintenance est terminée, désactivez le mode maintenance (par exemple le fichier .maintenance de WordPress).
dx-maintenance-503-retry = Le site a répondu 503 avec une page de maintenance et Retry-After: { $retry }. Si la maintenance est terminée, désactivez le mode maintenance (par exemple le fichier .maintenance de WordPress).
dx-http-503 = { $who } a répondu 503 Service Unavailable : l'application est surchargée, arrêtée ou en maintenance. Vérifiez son gestionnaire de processus (par exemple pm.max_children de PHP-FPM) et son journal d'erreurs.
dx-http-503-retry = { $who } a répondu 503 Service Unavailable avec Retry-After: { $retry } (le service compte être rétabli à ce moment-là) : l'application est surchargée, arrêtée ou en maintenance. Vérifiez son gestionnaire de processus (par exemple pm.max_children de PHP-FPM) et son journal d'erreurs.
dx-http-504 = { $who } a répondu 504 : l'application placée derrière n'a pas répondu à temps. Trouvez les requêtes lentes (durées dans le journal d'accès, journal des scripts lents de PHP-FPM) ou augmentez la limite avec prudence.
dx-http-504-timed = { $who } a répondu 504 après { $took } : l'application placée derrière n'a pas répondu à temps. Trouvez les requêtes lentes (durées dans le journal d'accès, journal des scripts lents de PHP-FPM) ou augmentez la limite avec prudence.
dx-http-504-limit = { $who } a répondu 504 après { $took }, près de cette limite : { $limit }. L'application placée derrière n'a donc pas répondu à temps. Trouvez les requêtes lentes (durées dans le journal d'accès, journal des scripts lents de PHP-FPM) ou augmentez la limite avec prudence.

## reach.rs
# What is wrong with the certificate: $problem in dx-also-cert-invalid.
dx-cert-words-expired = expiré
dx-cert-words-wrong-host = émis pour un autre nom
dx-cert-words-untrusted = pas émis par une autorité de confiance
dx-cert-words-invalid = invalide
dx-tls-clock-wrong = Selon l'horloge du serveur, le certificat est valide jusqu'à { $until } (Date: { $date }), mais selon l'horloge de cet ordinateur, il a expiré : réglez correctement la date et l'heure de cet ordinateur (activez le réglage automatique de l'heure).
dx-tls-intercepted = Le certificat a été émis par « { $issuer } », c'est-à-dire par un logiciel de sécurité ou un proxy d'entreprise qui inspecte le HTTPS sur cet ordinateur ou ce réseau, et non par le site. Si votre navigateur affiche lui aussi un avertissement, adressez-vous à la personne qui gère cet ordinateur ou ce réseau.
# $fix in the dx-cert-expired-* and dx-cert-not-valid-now sentences.
dx-cert-fix-cdn = renouvelez le certificat edge dans le tableau de bord du CDN
dx-cert-fix-server = renouvelez-le (par exemple avec `certbot renew`) et rechargez le serveur web
# $days is a count (French adds the singular for 0 and 1).
# $at is a date and time (RFC 3339) as the certificate says.
dx-cert-expired-days-at = Le certificat pour { $host } a expiré il y a { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    } ({ $at }) : { $fix }.
dx-cert-expired-days = Le certificat pour { $host } a expiré il y a { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    } : { $fix }.
dx-cert-not-valid-now = Le certificat pour { $host } n'est pas valide actuellement (valide jusqu'à { $at }) : { $fix }.
dx-cert-out-of-date = Le certificat pour { $host } n'est plus valide : { $fix }.
dx-cert-wrong-host = Le certificat ne couvre pas { $host } (il indique { $names }) : installez-en un qui inclut ce nom.
# $names in dx-cert-wrong-host when the certificate lists no names.
dx-cert-other-names = d'autres noms
dx-cert-untrusted = La chaîne de certificats ne remonte pas jusqu'à une racine de confiance (certificat auto-signé, autorité privée ou certificat intermédiaire manquant) : servez la chaîne complète d'une autorité de certification publique.
dx-cert-rejected = Le certificat a été refusé.
dx-cert-rejected-error = Le certificat a été refusé : { $error }.
dx-tls-timeout = La négociation TLS ne s'est pas terminée à temps.
dx-tls-timeout-error = La négociation TLS ne s'est pas terminée à temps : { $error }.
dx-tls-failed = La négociation TLS a échoué. Vérifiez que le serveur parle HTTPS sur le port { $port } avec une version actuelle du protocole.
dx-tls-failed-error = La négociation TLS a échoué : { $error }. Vérifiez que le serveur parle HTTPS sur le port { $port } avec une version actuelle du protocole.
dx-no-network = Aucune des adresses de référence ({ $endpoints }) n'a pu être jointe non plus.
# $resolver is "system" (this computer's resolver) or the address of the one asked with --resolver.
dx-dns-nxdomain = { $resolver ->
        [system] Le résolveur DNS du système
       *[other] Le résolveur DNS { $resolver }
    } indique que { $host } n'existe pas (NXDOMAIN). Vérifiez que le domaine est bien enregistré, ainsi que ses enregistrements chez le fournisseur DNS ; après une modification, comptez le temps de propagation (jusqu'à 48 h).
dx-dns-servfail = { $resolver ->
        [system] Le résolveur DNS du système
       *[other] Le résolveur DNS { $resolver }
    } a répondu SERVFAIL pour { $host } : ses serveurs de noms faisant autorité sont en panne, ou la validation DNSSEC échoue.
dx-dns-no-records = { $host } existe, mais n'a aucun enregistrement A/AAAA : ajoutez-en un chez le fournisseur DNS.
dx-dns-timeout = { $resolver ->
        [system] Le résolveur DNS du système
       *[other] Le résolveur DNS { $resolver }
    } n'a pas répondu à temps pour { $host }.
dx-dns-error = La recherche du nom { $host } a échoué.
dx-dns-error-detail = La recherche du nom { $host } a échoué : { $error }.
# $on in the three dx-tcp-* sentences below: where the connection was tried.
dx-tcp-on-port = port { $port }
dx-tcp-on-addresses = { $addresses } sur le port { $port }
dx-tcp-refused = Toutes les adresses ont refusé la connexion ({ $on }) : le serveur web ne tourne pas ou n'écoute pas à cet endroit. Démarrez-le et vérifiez avec `ss -ltnp`.
dx-tcp-timeout = Le délai de connexion a expiré ({ $on }) : le serveur est arrêté ou un pare-feu rejette les paquets.
dx-tcp-unreachable = Aucune route vers le serveur ({ $on }).
dx-response-timeout = Connexion établie, mais aucune réponse n'est arrivée : le serveur web est bloqué ou surchargé, ou simplement plus lent que ce que cette vérification attend. Les passerelles attendent souvent de 30 à 100 s ; relancez avec un --timeout plus long (par exemple 120) pour voir si une page d'erreur arrive.
dx-response-timeout-within = Connexion établie, mais aucune réponse n'est arrivée en { $secs } s : le serveur web est bloqué ou surchargé, ou simplement plus lent que ce que cette vérification attend. Les passerelles attendent souvent de 30 à 100 s ; relancez avec un --timeout plus long (par exemple 120) pour voir si une page d'erreur arrive.
dx-connection-closed = Le serveur a fermé la connexion avant de répondre.
dx-connection-closed-error = Le serveur a fermé la connexion avant de répondre ({ $error }).
dx-not-http = Le serveur a répondu quelque chose qui n'est pas du HTTP : un mauvais port, ou une confusion entre HTTPS et HTTP simple.
dx-not-http-error = Le serveur a répondu quelque chose qui n'est pas du HTTP ({ $error }) : un mauvais port, ou une confusion entre HTTPS et HTTP simple.
dx-redirects-circle = Les redirections tournent en rond. Vérifiez les règles de redirection (souvent de HTTP vers HTTPS ou vers www, derrière un proxy ou un CDN avec le mauvais mode SSL).
dx-redirects-on-and-on = Les redirections s'enchaînent sans jamais aboutir à une page. Vérifiez les règles de redirection (souvent de HTTP vers HTTPS ou vers www, derrière un proxy ou un CDN avec le mauvais mode SSL).
# $hops are the addresses joined with " -> ".
dx-redirects-hops = Chaîne de redirections : { $hops }. Vérifiez les règles de redirection (souvent de HTTP vers HTTPS ou vers www, derrière un proxy ou un CDN avec le mauvais mode SSL).
# Followed by the sentence about the direct request.
dx-proxy-and-direct-failed = Le proxy a échoué, et une requête directe aussi ({ $result }).
dx-proxy-unusable = Le proxy configuré n'a pas pu être utilisé.
dx-proxy-unusable-error = Le proxy configuré n'a pas pu être utilisé ({ $error }).
# The dx-so-far-* parts are listed in $seen of dx-so-far, joined with "; ".
# $count is a count (French adds the singular for 0 and 1).
dx-so-far-resolved = le nom a été résolu en { $count ->
        [one] { $count } adresse
       *[other] { $count } adresses
    }
dx-so-far-connected = une connexion a été établie
dx-so-far-cert-valid = le certificat est valide
dx-so-far = Ce qui a fonctionné jusque-là : { $seen }.

## timeouts.rs
# The names of time limits, used after "close to" in the sentences above ($limit), and the
# settings that can hold a configured limit.

dx-limit-nginx-60 = le proxy_read_timeout de nginx (60 s par défaut)
dx-limit-apache-60 = le ProxyTimeout d'Apache (60 s par défaut)
dx-limit-aws-elb-60 = le délai d'inactivité (idle timeout) de l'équilibreur de charge AWS (60 s par défaut)
dx-limit-any-60 = un délai de proxy de 60 s (la valeur par défaut de nginx, Apache et AWS ALB)
dx-limit-cloudfront-30 = le délai de réponse de l'origine chez CloudFront (origin response timeout, 30 s par défaut)
dx-limit-gcp-30 = le délai du backend de l'équilibreur de charge Google Cloud (30 s par défaut)
dx-limit-heroku-30 = la limite de 30 s du routeur Heroku
dx-limit-any-30 = une limite de 30 s, comme le max_execution_time de PHP (30 s par défaut)
dx-limit-cloudflare-100 = la limite de 100 s de Cloudflare pour une réponse de l'origine
dx-limit-any-100 = une limite de 100 s quelque part sur le chemin
dx-limit-fastly-15 = le délai du premier octet chez Fastly (first byte timeout, 15 s par défaut)
dx-limit-any-15 = une limite de 15 s quelque part sur le chemin
dx-limit-akamai-20 = le délai d'attente de l'origine chez Akamai (environ 20 s)
# $places in dx-limit-configured: one or more of these three, joined by dx-limit-places-or.
dx-limit-places-nginx = le fastcgi_read_timeout ou le proxy_read_timeout de nginx
dx-limit-places-apache = le ProxyTimeout ou le Timeout d'Apache
dx-limit-places-php = le max_execution_time de PHP ou le request_terminate_timeout de PHP-FPM
dx-limit-places-or = { $first }, ou bien { $second }
# $secs is a whole number of seconds.
dx-limit-configured = une limite de { $secs } s, probablement configurée ({ $places })

## verdict.rs
dx-references-blocked = Les adresses de référence étaient injoignables elles aussi (un pare-feu les bloque peut-être).
dx-site-answered = Le site a répondu { $status }.
dx-software-answered = { $software } a répondu { $status }.
dx-cached-data-failed = Mais une requête avec les cookies et les données en cache de ce site a échoué ({ $result }) : effacez-les.
dx-also-cert-invalid = De plus : le certificat du site n'est pas valide ({ $problem }).
dx-browser-blocked = Le site a répondu 403 ici, mais a renvoyé une page à { $browsers } : un pare-feu ou un filtre anti-robot (WAF) filtre selon la signature du navigateur.
dx-bot-challenge = Cloudflare a répondu { $status } avec sa vérification anti-robot (« Just a moment... » / cf-mitigated: challenge). Un vrai navigateur avec JavaScript la passe généralement ; cet outil n'exécute pas JavaScript.

## proxy.rs
# $proxy in the sentences below when the proxy's address is not known (French: it follows the word "proxy").
dx-the-configured-proxy = configuré
dx-proxy-refused = Le proxy { $proxy } a lui-même refusé la requête ({ $code }) : un filtre de ce réseau bloque le site.
# $through and $direct say how the request ended through the proxy and without it ("502 from nginx").
dx-proxy-blamed = Via le proxy { $proxy } : { $through }. Sans lui : { $direct }.
dx-proxy-request-failed = La requête via le proxy { $proxy } a échoué.
dx-proxy-request-failed-error = La requête via le proxy { $proxy } a échoué : { $error }.
dx-proxy-relayed = Le proxy { $proxy } n'a pas pu obtenir la page auprès du site ({ $code }).

## http2.rs
# Ends the dx-http2-only-* and dx-http2-reset sentences.
dx-http2-owner-look = Examinez les réglages HTTP/2 de la couche qui parle HTTP/2 aux navigateurs (le CDN, ou le serveur web placé devant : son option http2, les limites de taille des en-têtes et des champs comme large_client_header_buffers / http2_max_field_size de nginx, une règle WAF qui ne s'applique qu'à HTTP/2), et vérifiez que ce qui se trouve derrière gère bien les requêtes arrivées en HTTP/2 (les en-têtes transmis, la prise en charge de HTTP/2 par l'application placée derrière).
# $code is an HTTP/2 error code (PROTOCOL_ERROR); $browser_error the error Chrome shows (ERR_HTTP2_PROTOCOL_ERROR); $tries a count.
dx-http2-only-reset = En HTTP/2, le protocole des navigateurs, le serveur a réinitialisé la requête ({ $code } ; { $tries ->
        [one] { $tries } essai sur { $tries }
       *[other] { $tries } essais sur { $tries }
    }) ; la même requête en HTTP/1.1 a obtenu la page ({ $result }). Les navigateurs affichent { $browser_error }. { dx-http2-owner-look }
dx-http2-only-status = En HTTP/2, le protocole des navigateurs, la réponse a été { $status } ({ $tries ->
        [one] { $tries } essai sur { $tries }
       *[other] { $tries } essais sur { $tries }
    }) ; la même requête en HTTP/1.1 a obtenu la page ({ $result }). Les navigateurs affichent { $browser_error }. { dx-http2-owner-look }
# $outcome says how the request ended without an answer ("the connection was closed").
dx-http2-only-outcome = En HTTP/2, le protocole des navigateurs, résultat : { $outcome } ({ $tries ->
        [one] { $tries } essai sur { $tries }
       *[other] { $tries } essais sur { $tries }
    }) ; la même requête en HTTP/1.1 a obtenu la page ({ $result }). Les navigateurs affichent { $browser_error }. { dx-http2-owner-look }
# $code when the server gave no HTTP/2 error code.
dx-http2-no-code = aucun code
dx-http2-reset-http1-fails = En HTTP/2, le serveur a réinitialisé la requête ({ $code }) ; en HTTP/1.1, elle échoue aussi ({ $result }).
dx-http2-reset = Le serveur a réinitialisé la requête en HTTP/2 ({ $code }) au lieu de répondre ; les navigateurs affichent { $browser_error }. On ne sait pas encore si HTTP/1.1 fonctionne. { dx-http2-owner-look }

## log_evidence.rs
dx-log-unknown-time = heure inconnue
# $when is a date and time from the log (2026-12-01T23:20:04) or dx-log-unknown-time.
dx-log-times = { $count ->
        [1] une fois ({ $when })
       *[other] { $count } fois, la dernière : { $when }
    }
# $title is a log finding's title, $involved the socket or address it names; the finding's explanation and fix follow.
dx-log-says-why = Le journal du serveur en donne la raison : { $title }, { $times }.
dx-log-says-why-involved = Le journal du serveur en donne la raison : { $title } ({ $involved }), { $times }.
dx-log-agrees = Le journal du serveur le confirme : { $title }, { $times }.
dx-log-agrees-involved = Le journal du serveur le confirme : { $title } ({ $involved }), { $times }.

## server_evidence.rs
# $title and $fix come from the server checks (full sentences).
dx-server-broken-link = Sur cet ordinateur : { $title } Solution : { $fix }

## status_evidence.rs
# The dx-incident-* parts make $incident in dx-status-incident: the title, then (since, last update), then where, then the latest update and link as sent.
dx-incident-since = depuis { $time }
dx-incident-updated = dernière mise à jour { $time }
dx-incident-title = « { $title } »
# Added right after the title and its brackets; $component is the status page's component name.
dx-incident-affecting = , qui touche { $component }, où cette requête a été traitée
dx-status-site-page = Le site a une page d'état : { $page }.
dx-status-unreadable = La page d'état publiée par { $name } n'a pas pu être lue : { $error }.
dx-status-incident = { $name } signale sur sa page d'état un incident non résolu : { $incident }.
# Follows dx-status-incident.
dx-status-incident-follow = Ce genre d'incident se termine généralement sans intervention du côté du site ; suivez-le sur { $page }.
dx-status-maintenance = { $name } signale sur sa page d'état une maintenance en cours : « { $title } ».
dx-status-maintenance-until = { $name } signale sur sa page d'état une maintenance en cours : « { $title } » jusqu'à { $until }.
# Follows dx-status-maintenance.
dx-status-see = Voir { $page }.
# $components are names with their state as sent ("London, GB (partial outage)").
dx-status-components = La page d'état publiée par { $name } montre des composants qui ne fonctionnent pas normalement : { $components }.
dx-status-no-incident = { $name } ne signale aucun incident sur sa page d'état.

## path.rs
# The DNS box of the request path when the address is an IP address.
dx-path-no-lookup = pas de recherche (adresse IP)

## cause.rs
# An error reading a saved report; $id is the id found, in quotes.
dx-unknown-cause = cause inconnue { $id } : un identifiant de cause en snake_case était attendu, par exemple « upstream_refused »
