# Liste de vérification du mode propriétaire : les constats et conseils que lit le propriétaire d'un site sur le
# DNS (les résolveurs sont-ils d'accord ?), le CDN ou le répartiteur de charge placé devant le site, le serveur
# d'origine placé derrière (interrogé directement avec --origin), le certificat du site et un site en maintenance.
# Les commandes, lignes de configuration, noms d'en-têtes (Retry-After), codes DNS (NXDOMAIN, SERVFAIL, CNAME,
# A/AAAA, NS, SOA, drapeau AA), options (--origin, --expect-ip) et noms de produits restent tels quels.
# $front, $cdn, $name, $maker : le nom d'un CDN ou d'un répartiteur de charge (« Cloudflare », « AWS load
# balancer »), sans article, comme un nom propre (own-cdn-the-provider) ; $front_capital est le même avec une
# majuscule initiale, pour le début d'une phrase. Ces noms ne suivent jamais « de » ni « que » (pas d'élision à
# faire : « Akamai », « Apache »). Dans les phrases avec $edge et $origin, $front peut aussi être
# own-cdn-public-address (« l'adresse publique »).

## src/diagnosis/owner/dns.rs

# Titres des colonnes du tableau des réponses DNS.
own-dns-col-resolver = Résolveur
own-dns-col-answers = Réponses
own-dns-col-ttl = TTL
own-dns-col-result = Résultat
own-dns-col-time = Durée

own-dns-checking = Vérification en cours…
own-dns-not-checked = Non vérifié lors de cette exécution (la comparaison DNS se fait en mode propriétaire).
own-dns-ip-address = Le site est désigné par une adresse IP (ou localhost) : il n'y a pas de nom DNS à vérifier.
# $results : chaque résolveur avec ce qui s'est passé (« Google 8.8.8.8 : pas de réponse (délai dépassé) »), en liste.
own-dns-no-answer = Aucun résolveur n'a donné de réponse pour { $name } ({ $results }).
own-dns-no-answer-advice = Impossible de comparer le DNS. Si cet ordinateur peut ouvrir d'autres sites, son réseau bloque peut-être les serveurs DNS extérieurs ; lancez les commandes ci-dessous depuis un autre réseau ou depuis le serveur.
# $why : pourquoi les serveurs de noms du domaine n'ont pas été trouvés, ou own-dns-none-found.
own-dns-ns-not-asked = Les serveurs de noms du domaine lui-même n'ont pas été interrogés ({ $why }).
own-dns-none-found = aucun n'a été trouvé
own-dns-nothing-to-do = Rien à faire : le DNS n'est pas en cause.

# $resolvers : les résolveurs qui l'ont indiqué, en liste.
own-dns-nxdomain = { $name } n'existe pas (NXDOMAIN) selon { $resolvers }.
own-dns-no-address = { $name } n'a pas d'adresse (aucun enregistrement A ni AAAA) selon { $resolvers }.
own-dns-add-record = Ajoutez un enregistrement A (IPv4) ou AAAA (IPv6) pour { $name } chez votre fournisseur DNS. Si l'enregistrement existe, vérifiez que le domaine est bien enregistré et n'a pas expiré, et que le bureau d'enregistrement (registrar) indique les serveurs de noms de votre fournisseur DNS.
# $servers : les serveurs de noms de la zone, séparés par des virgules.
own-dns-add-record-zone = Ajoutez un enregistrement A (IPv4) ou AAAA (IPv6) pour { $name } chez votre fournisseur DNS (la zone est servie par { $servers }). Si l'enregistrement existe, vérifiez que le domaine est bien enregistré et n'a pas expiré, et que le bureau d'enregistrement (registrar) indique les serveurs de noms de votre fournisseur DNS.

# La réponse d'un résolveur, un élément des listes ci-dessous : « Cloudflare 1.1.1.1 répond 192.0.2.1 ».
own-dns-answers = { $resolver } répond { $answer }
own-dns-ns-disagree = Vos serveurs de noms ne sont pas d'accord : { $answers }.
own-dns-ns-disagree-advice = Faites en sorte que tous les serveurs de noms servent la même zone (un serveur secondaire a peut-être manqué la dernière mise à jour : vérifiez les transferts de zone et le numéro de série du SOA).
own-dns-all-agree-ns = { $count ->
    [one] { $count } résolveur est d'accord avec vos serveurs de noms : { $answer }.
   *[other] Les { $count } résolveurs sont tous d'accord avec vos serveurs de noms : { $answer }.
}
# $resolvers : les résolveurs qui donnent encore l'ancienne adresse ($count au total) ; $old : leurs réponses.
own-dns-stale = Vos serveurs de noms répondent { $answer }, mais { $resolvers } { $count ->
    [one] répond
   *[other] répondent
} encore { $old } : un changement est toujours en cours de propagation.
# $longest : le plus long TTL restant (« 5 min ») ; $ttls : chaque résolveur avec son TTL restant.
own-dns-stale-advice = Les résolveurs qui ont mis l'ancienne réponse en cache la conservent encore { $longest } au maximum (leur TTL restant : { $ttls }) ; en général, comptez jusqu'à 24-48 h pour que tout le monde l'ait. Rien à corriger si vos serveurs de noms donnent déjà la nouvelle réponse ; baissez le TTL avant le prochain changement.
own-dns-stale-advice-unknown = Les résolveurs qui ont mis l'ancienne réponse en cache la conservent jusqu'à l'expiration de leur copie (TTL restant inconnu) ; en général, comptez jusqu'à 24-48 h pour que tout le monde l'ait. Rien à corriger si vos serveurs de noms donnent déjà la nouvelle réponse ; baissez le TTL avant le prochain changement.
own-dns-ttl-unknown = inconnu
own-dns-caches-agree = { $count ->
    [one] { $count } résolveur répond : { $answer }.
   *[other] Les { $count } résolveurs sont tous d'accord : { $answer }.
}
own-dns-resolvers-disagree = Les résolveurs ne sont pas d'accord : { $answers }.
own-dns-resolvers-disagree-advice = Soit un changement est encore en cours de propagation (les caches gardent l'ancienne réponse jusqu'à la fin de leur TTL ; comptez jusqu'à 24-48 h), soit le nom donne des adresses différentes selon l'endroit. Interrogez directement vos serveurs de noms pour voir la réponse actuelle.

# $expected : les adresses données avec --expect-ip, en liste.
own-dns-expected-all = Chaque réponse est l'adresse attendue ({ $expected }).
own-dns-not-expected = Pas l'adresse attendue ({ $expected }) : { $answers }.
own-dns-expected-ns-wrong = Vos serveurs de noms eux-mêmes ne donnent pas { $expected } : mettez à jour l'enregistrement A/AAAA chez votre fournisseur DNS (ou vérifiez que --expect-ip est correct).
own-dns-expected-check = Vérifiez l'enregistrement A/AAAA chez votre fournisseur DNS ; s'il indique déjà { $expected }, les résolveurs ci-dessus ont encore l'ancienne réponse en cache.

# Éléments de own-dns-lame : $server est un serveur de noms (« ns1.example.com 192.0.2.53 »).
own-dns-lame-refuses = { $server } refuse la requête
own-dns-lame-no-aa = { $server } répond sans faire autorité (pas de drapeau AA)
own-dns-lame = Délégation défaillante (lame delegation) : { $servers }.
own-dns-lame-advice = Chaque enregistrement NS doit pointer vers un serveur qui sert cette zone : corrigez ce serveur ou retirez-le des enregistrements NS (chez le bureau d'enregistrement et dans la zone). Les résolveurs qui le choisissent obtiennent des résolutions lentes ou en échec.
own-dns-ns-silent = Serveurs de noms qui n'ont pas répondu : { $servers }.
own-dns-ns-silent-advice = Vérifiez que chaque serveur de noms fonctionne et est joignable sur le port 53 (UDP et TCP).
own-dns-resolvers-silent = Sans réponse : { $resolvers } (un problème du résolveur, ou ce réseau le bloque).

# Ce qu'un résolveur a répondu (constats et colonne Réponses du tableau).
own-dns-answer-no-address = pas d'adresse
own-dns-answer-nxdomain = NXDOMAIN (ce nom n'existe pas)
own-dns-answer-no-records = pas d'adresse (aucun enregistrement A/AAAA)
# Comment s'est terminée la requête à un résolveur (colonne Résultat du tableau et constats).
own-dns-outcome-answered-aa = a répondu (fait autorité)
own-dns-outcome-answered-not-aa = a répondu, sans faire autorité
own-dns-outcome-answered = a répondu
own-dns-outcome-refused = a refusé
own-dns-outcome-no-records = aucun enregistrement A/AAAA
own-dns-outcome-timeout = pas de réponse (délai dépassé)
own-dns-outcome-error = erreur
own-dns-outcome-not-asked = non interrogé
# Ajouté à la colonne Résultat : $result est l'un des own-dns-outcome-* ci-dessus.
own-dns-result-lame = { $result } (délégation défaillante)
own-dns-result-not-expected = { $result }, pas l'IP attendue
own-dns-ms = { $ms } ms

# Durées (un TTL), arrondies à l'unité supérieure.
own-dns-seconds = { $n } s
own-dns-minutes = { $n } min
own-dns-hours = { $n } h
own-dns-days = { $count ->
    [one] { $count } jour
   *[other] { $count } jours
}
# Les deux derniers éléments d'une liste (« a, b et c ») : $rest est la suite des éléments précédents, séparés par des virgules.
own-list-and = { $rest } et { $last }

## src/diagnosis/owner/cdn/mod.rs

# Comment une requête s'est terminée, en groupe nominal après « Via … : » / « directement au serveur d'origine : » : « réponse 200 ».
own-cdn-answered = réponse { $status }
own-cdn-waiting = En attente de la page et des réponses DNS pour voir quel CDN se trouve devant le site.
own-cdn-page-not-asked = la page n'a pas été demandée
own-cdn-not-checked = Non vérifié : { $reason }.
own-cdn-run-again = Relancez la vérification une fois que le nom du site se résout.
own-cdn-comparing = Comparaison avec le serveur d'origine…
own-cdn-origin-not-asked = Le serveur d'origine n'a pas été interrogé directement ({ $reason }).
own-cdn-use-origin = Pour distinguer le CDN de votre serveur, relancez la vérification en mode propriétaire avec --origin IP (l'adresse propre de votre serveur) : la même requête est alors envoyée directement au serveur d'origine.
# Pourquoi le serveur edge a été reconnu : $maker a produit la page d'erreur, $why est l'indice relevé sur la page.
own-cdn-evidence-error-page = c'est une page d'erreur { $maker } ({ $why })
# $why : comment le CDN a été reconnu (« l'en-tête server indique cloudflare »).
own-cdn-in-front = { $front_capital } se trouve devant le site.
own-cdn-in-front-why = { $front_capital } se trouve devant le site : { $why }.
own-cdn-in-front-lb = { $cdn_capital } se trouve devant le site, avec { $lb } derrière.
own-cdn-in-front-lb-why = { $cdn_capital } se trouve devant le site, avec { $lb } derrière : { $why }.
# $date : la date de la liste fournie des plages d'adresses des CDN.
own-cdn-none-seen = Aucun CDN ni répartiteur de charge détecté (en-têtes de réponse, noms DNS, et adresses comparées aux plages publiées, état au { $date }).
own-cdn-public-address = l'adresse publique
# Le nom d'un fournisseur dans une phrase : en français sans article, comme un nom propre (« AWS load balancer »).
own-cdn-the-provider = { $name }
own-cdn-page-not-requested = La page elle-même n'a pas été demandée : il n'y a donc pas de page d'erreur à examiner.
# $outcome : comment la requête s'est terminée (« connexion refusée »).
own-cdn-no-response-through = Aucune réponse n'est revenue via { $front } ({ $outcome }).
own-cdn-no-response = Aucune réponse n'est revenue ({ $outcome }).
own-cdn-page-made-by = La page d'erreur { $status } a été produite directement par { $maker }.
# $software : le serveur qui a produit la page (« nginx »).
own-cdn-page-from-behind = La page d'erreur { $status } a été produite par { $software }, derrière { $front }, qui l'a simplement transmise.
own-cdn-page-from = La page d'erreur { $status } a été produite par { $software }.
own-cdn-layer-unknown = Le site a répondu { $status } ; on ne sait pas quelle couche a produit la page d'erreur.
own-cdn-answered-through = Le site a répondu { $status } par cet intermédiaire.
own-cdn-nothing-to-change = Rien à changer pour l'instant sur le CDN ou le répartiteur de charge.
own-cdn-look-up = Cherchez cette erreur dans la documentation et sur la page d'état du fournisseur ({ $front }), en citant l'identifiant de requête du rapport.
own-cdn-front-working = { $front_capital } fonctionne ; corrigez la pile logicielle du serveur d'origine (voir l'élément « Journaux du serveur »).
own-cdn-compare-origin = Comparez directement avec le serveur d'origine pour distinguer { $front } de votre serveur.
own-cdn-nothing-at-cdn = Rien à vérifier côté CDN ; examinez le serveur web et l'application.
# $edge, $origin : comment chaque requête s'est terminée (own-cdn-answered, ou « connexion refusée »).
own-cdn-both-work = Via { $front } : { $edge } ; directement au serveur d'origine : { $origin }.
own-cdn-origin-fails-only = Via { $front } : { $edge } ; mais directement au serveur d'origine : { $origin }.
own-cdn-origin-fails-only-advice = { $front_capital } sert peut-être des pages en cache pendant que le serveur d'origine est en panne, ou l'adresse donnée à --origin n'est pas le serveur qu'utilise { $front } : vérifiez l'adresse d'origine dans les réglages correspondants ({ $front }) et les journaux du serveur d'origine.
own-cdn-edge-fails-only = En contournant { $front }, directement au serveur d'origine : { $origin }. C'est la configuration du CDN ou du serveur edge qui est en cause, pas votre serveur.
own-cdn-edge-fails-only-advice = Vérifiez comment { $front } communique avec votre serveur d'origine : le mode SSL/TLS par rapport au certificat de l'origine, que le pare-feu de l'origine autorise les plages d'adresses IP utilisées par { $front }, et les délais d'attente configurés pour { $front }.
own-cdn-both-fail = En contournant { $front }, le serveur d'origine échoue aussi ({ $origin }) : le problème vient de la pile du serveur d'origine lui-même ; { $front } n'est pas en cause.
own-cdn-both-fail-advice = Corrigez d'abord le serveur d'origine : son serveur web et son application (voir les éléments « Journaux du serveur » et « Redémarrer le serveur »).

## src/diagnosis/owner/cdn/certificate.rs

# $days : nombre de jours avant l'expiration du certificat du site (de 0 à 13).
own-cert-expires = Le certificat du site { $days ->
    [0] expire aujourd'hui
    [one] expire dans 1 jour
   *[other] expire dans { $days } jours
}.
# $until : la date et l'heure de fin de validité du certificat.
own-cert-expires-until = Le certificat du site { $days ->
    [0] expire aujourd'hui
    [one] expire dans 1 jour
   *[other] expire dans { $days } jours
} (valide jusqu'au { $until }).
own-cert-renew-at-cdn = { $cdn } présente ce certificat : vérifiez dans son tableau de bord pourquoi il n'a pas été renouvelé (il manque peut-être un enregistrement DNS ou de validation dont il a besoin).
own-cert-renew = Renouvelez-le maintenant et rechargez le serveur web ; si le minuteur (timer) de certbot aurait dû s'en charger, `certbot renew --dry-run` indique pourquoi il ne l'a pas fait.

## src/diagnosis/owner/edge_link.rs

# Où le CDN garde la trace de la requête en échec (après « Chez Cloudflare : ») ; les noms de champs restent tels quels.
own-link-log-cloudflare = le tableau de bord Cloudflare (Analytics, ou OriginResponseStatus et EdgeResponseStatus dans Logpush) avec le Ray ID
own-link-log-cloudfront = les journaux standard de CloudFront (x-edge-detailed-result-type, par exemple OriginConnectError, OriginDnsError, OriginReadTimeout) avec le X-Amz-Cf-Id
own-link-log-akamai = la recherche d'erreurs (error lookup) d'Akamai Control Center avec le « Reference # » de la page
own-link-log-fastly = la diffusion des journaux en temps réel de Fastly (fastly_info.state) pour le nœud indiqué dans X-Served-By
own-link-log-other = le journal des requêtes du CDN, avec l'identifiant de requête de la page
# $origin : l'adresse du serveur d'origine ; $result : sa réponse (« 200 », « connect refused »).
own-link-origin-answered = Directement au serveur d'origine { $origin } : { $result }.
# $edge : le nom du CDN. La commande reste telle quelle.
own-link-ask-origin = Interrogez directement le serveur d'origine pour distinguer les deux : `gateway-doctor check { $url } --mode owner --origin ORIGIN_IP` lui envoie la même requête en contournant { $edge }.
own-link-restart-finding = C'est { $name } qui a produit cette page d'erreur : les requêtes passant par { $name } testent la liaison entre { $name } et votre serveur d'origine (adresse, DNS, pare-feu, certificat), pas la pile de votre serveur d'origine ; elles ne peuvent donc pas dire quoi redémarrer.
# $origin : own-link-origin-answered, la phrase précédente.
own-link-restart-origin-works = { $origin } Votre serveur d'origine fonctionne : ne redémarrez rien de ce côté. Corrigez la liaison : l'adresse et le nom d'hôte de l'origine configurés chez { $name }, le pare-feu de l'origine (autorisez les adresses utilisées par { $name }), son certificat et ses réglages TLS.
own-link-restart-origin-fails = { $origin } Le serveur d'origine échoue aussi en direct : commencez par lui (son serveur web, puis l'application placée derrière).
own-link-logs-finding = C'est { $name } qui a produit la page : les journaux utiles sont donc ceux de la liaison entre { $name } et votre serveur d'origine. Les requêtes envoyées par { $name } sont-elles seulement arrivées jusqu'à l'origine ?
# $access, $error : les fichiers journaux du serveur web ; $log : l'un des own-link-log-*.
own-link-logs-advice = Sur le serveur d'origine : le journal d'accès du serveur web ({ $access } ; aucune ligne à l'heure de l'erreur signifie que les requêtes ne sont jamais arrivées : pare-feu, adresse d'origine ou DNS chez { $name }), son journal d'erreurs ({ $error }) pour les erreurs de négociation TLS, et le journal du pare-feu pour les connexions rejetées. Chez { $name } : { $log }.

## src/diagnosis/owner/origin.rs

# $edge_result, $result : un code d'état (« 502 ») ou la façon dont la requête s'est terminée (« connect refused »).
own-origin-seen = Via le serveur edge : { $edge_result }. Directement au serveur d'origine { $origin } : { $result }.
own-origin-edge-config = Le serveur d'origine fonctionne ; c'est le serveur edge placé devant (CDN ou répartiteur de charge) qui échoue : vérifiez ses réglages d'origine (adresse, port, mode SSL), ses délais d'attente, et que le pare-feu de l'origine autorise les adresses du serveur edge.
own-origin-stack = Le serveur d'origine échoue aussi : le problème vient de sa propre pile (serveur web, application), et le serveur edge ne fait que le transmettre.
own-origin-both-work = Les deux fonctionnent.
own-origin-cached = Le serveur edge répond (peut-être depuis son cache), mais le serveur d'origine lui-même échoue : les visiteurs risquent de voir des erreurs dès que les copies en cache expireront.
own-origin-same-server = Remarque : le nom du site pointe déjà vers cette adresse ; il n'y a donc pas de serveur edge entre les deux, et les deux requêtes ont atteint le même serveur.
# $error : l'erreur de la bibliothèque TLS, ou own-origin-no-details.
own-origin-tls-failed = La négociation TLS avec le serveur d'origine a échoué ({ $error }) : le serveur d'origine n'a pas de certificat valide pour ce nom sur ce port (derrière Cloudflare, c'est l'erreur 525).
own-origin-refused = Rien n'accepte de connexions sur { $origin } : le serveur web y est arrêté ou écoute sur un autre port, ou { $origin } n'est pas l'adresse du serveur d'origine.
own-origin-no-connection = { $origin } n'a pas accepté la connexion : un pare-feu la rejette, le serveur est arrêté, ou { $origin } n'est pas l'adresse du serveur d'origine.
own-origin-no-details = pas de détails
# Les modes SSL « Full » et « Full (strict) » de Cloudflare sont nommés comme dans le tableau de bord de Cloudflare.
own-origin-cert-expired = Le certificat du serveur d'origine a expiré : un CDN qui le vérifie strictement (Cloudflare « Full (strict) ») le refuse (erreur Cloudflare 526).
own-origin-cert-expired-until = Le certificat du serveur d'origine a expiré (valide jusqu'au { $until }) : un CDN qui le vérifie strictement (Cloudflare « Full (strict) ») le refuse (erreur Cloudflare 526).
own-origin-cert-wrong-host = Le certificat du serveur d'origine n'est pas émis pour { $host } : un CDN qui le vérifie strictement le refuse (erreur Cloudflare 526).
# $names : les noms pour lesquels le certificat est émis, séparés par des virgules.
own-origin-cert-wrong-host-names = Le certificat du serveur d'origine n'est pas émis pour { $host } (il indique { $names }) : un CDN qui le vérifie strictement le refuse (erreur Cloudflare 526).
own-origin-cert-self-signed = Le certificat du serveur d'origine est auto-signé : accepté par Cloudflare « Full », refusé par « Full (strict) » (erreur 526) et par les navigateurs qui visitent directement le serveur d'origine.
# $issuer : l'émetteur, ou own-origin-unknown-authority.
own-origin-cert-untrusted = Le certificat du serveur d'origine est émis par { $issuer } : les navigateurs ne font pas confiance à cet émetteur (c'est le cas d'un certificat Cloudflare Origin CA : valable uniquement derrière Cloudflare).
own-origin-unknown-authority = une autorité inconnue
own-origin-cert-invalid = Le certificat du serveur d'origine n'est pas valide : { $error }.
own-origin-cert-handshake = La négociation TLS avec le serveur d'origine a échoué : { $error } (erreur Cloudflare 525).
own-origin-cert-expires-soon = Le certificat du serveur d'origine expire dans { $days ->
    [one] { $days } jour
   *[other] { $days } jours
} : renouvelez-le maintenant.
# Sujets et émetteurs des deux certificats (« ? » s'ils sont inconnus).
own-origin-cert-differs = Le serveur d'origine présente un autre certificat que le serveur edge (origine : { $origin_subject }, émis par { $origin_issuer } ; edge : { $edge_subject }, émis par { $edge_issuer }). C'est normal derrière un CDN ; celui de l'origine doit convenir au mode SSL du CDN.

## src/diagnosis/owner/maintenance.rs

# $secs : ce qu'indiquait l'en-tête Retry-After du site ; $wait : la même durée en toutes lettres (« 2 minutes »).
own-maint-finding-retry = Le site est en mode maintenance : il répond 503 avec une page de maintenance et Retry-After: { $secs } (retour dans { $wait } environ). Rien n'est en panne, donc rien ne doit être redémarré.
own-maint-finding-no-retry = Le site est en mode maintenance : il répond 503 avec une page de maintenance sans dire pour combien de temps (pas de Retry-After). Rien n'est en panne, donc rien ne doit être redémarré.
own-maint-advice = Une fois les travaux terminés, désactivez le mode maintenance ; s'ils devraient déjà être finis, cherchez ce qui l'a activé (une mise à jour interrompue à mi-chemin laisse derrière elle le fichier .maintenance de WordPress).
