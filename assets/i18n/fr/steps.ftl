# Les constats et conseils des étapes du visiteur (actualiser, vider le cache, autre navigateur,
# votre connexion, patienter), et les petites expressions dont ils sont faits. $result est ce qu'a
# obtenu une requête, déjà en mots (« 502 de nginx », « connexion refusée »).

## Commun
step-pending = Vérification…
step-not-checked = Non vérifié cette fois-ci.
refresh-not-tried = Pas essayé : le site n'a pas pu être joint du tout, donc actualiser ne peut rien changer.
clear-cache-not-tried = Pas essayé : le site n'a pas pu être joint du tout, donc vider le cache ne peut rien changer.
other-browser-not-tried = Pas essayé : le site n'a pas pu être joint du tout, donc un autre navigateur ne peut rien changer.
advice-nothing-to-do = Rien à faire ici.
advice-nothing-to-fix = Rien à corriger de votre côté.
by-chance-pending = En attente des essais d'actualisation, pour distinguer une vraie différence du hasard…
by-chance-differed = Les résultats différaient ({ $result }), mais de simples actualisations échouent de la même façon au hasard : cette différence ne prouve donc rien.
clear-cache-by-chance-advice = Le site est instable en ce moment ; vider le cache a peu de chances de régler le problème.
other-browser-by-chance-advice = Le site est instable en ce moment ; un autre navigateur a peu de chances de régler le problème.

## Ce qu'a obtenu une requête
result-from = { $status } de { $software }
outcome-answer = une réponse
outcome-dns-failed = nom introuvable
outcome-refused = connexion refusée
outcome-connect-timeout = pas de réponse à la connexion
outcome-connect-failed = connexion impossible
outcome-tls-failed = échec de la connexion sécurisée
outcome-timeout = pas de réponse à temps
outcome-closed = connexion fermée sans réponse
outcome-protocol-error = pas une réponse web
outcome-http2-reset = flux HTTP/2 réinitialisé
outcome-proxy-failed = échec du proxy
outcome-redirect-loop = une boucle de redirections
outcome-too-many-redirects = trop de redirections

## Durées
wait-moment = un instant
wait-seconds = { $n ->
    [one] { $n } seconde
   *[other] { $n } secondes
}
wait-minutes = { $n ->
    [one] { $n } minute
   *[other] { $n } minutes
}
wait-hours = { $n ->
    [one] { $n } heure
   *[other] { $n } heures
}
duration-unknown = une durée inconnue
duration-ms = { $n } ms
duration-s = { $n } s
duration-min = { $n } min

## Actualiser
refresh-no-tries = Aucun essai supplémentaire n'a été fait.
refresh-http2-only = { $n ->
    [one] Essayé une fois en HTTP/2, comme le font les navigateurs : échec ({ $result }). Un essai en HTTP/1.1 a fonctionné ({ $http1 }).
   *[other] Essayé { $n } fois en HTTP/2, comme le font les navigateurs : échec à chaque fois ({ $result }). Un essai en HTTP/1.1 a fonctionné ({ $http1 }).
}
refresh-http2-only-advice = Actualiser ne servira à rien, un autre navigateur non plus (ils utilisent tous HTTP/2) : c'est au site de corriger son HTTP/2. Patientez, ou prévenez le site.
refresh-failed = { $n ->
    [one] Essayé une fois : échec ({ $result }).
   *[other] Essayé { $n } fois : échec à chaque fois ({ $result }).
}
refresh-advice-did-not-help = Actualiser n'a rien changé.
refresh-advice-this-computer = Actualiser ne servira à rien tant que le problème de cet ordinateur ne sera pas réglé.
refresh-advice-site-side = Actualiser ne servira à rien : le problème vient du site.
refresh-some = Essais réussis : { $ok } sur { $n } ; en cas d'échec : { $result }.
refresh-some-advice = Actualisez plusieurs fois : cela fonctionne par moments.
refresh-all-worked = { $n ->
    [one] Essayé une fois : cela a fonctionné.
   *[other] Essayé { $n } fois : cela a fonctionné à chaque fois.
}
refresh-works-now = Actualisez la page : cela fonctionne maintenant.

## Vider le cache
clear-cache-fails-with = Avec les cookies et les données en cache de ce site, cela échoue ({ $result }) ; sans eux, cela fonctionne.
clear-cache-fails-with-advice = Effacez les cookies et le cache de ce site (ou ouvrez une fenêtre de navigation privée).
clear-cache-fails-without = Sans cookies, cela échoue ({ $result }) ; avec, cela fonctionne.
clear-cache-fails-without-advice = Vider le cache ne servira à rien ; gardez les cookies de ce site.
clear-cache-works-both = Cela fonctionne avec ou sans cookies et cache.
clear-cache-healthy-advice = Si votre navigateur affiche encore l'erreur, videz son cache pour ce site.
clear-cache-wont-help = Vider le cache ne servira à rien.
clear-cache-same-failure = Même échec avec ou sans cookies et cache ({ $result }).

## Autre navigateur
other-browser-basis-installed = Leurs requêtes ont été envoyées telles que les envoient les navigateurs installés sur cet ordinateur.
other-browser-basis-standard = Aucun autre navigateur n'a été trouvé ici : ce sont donc les requêtes de Firefox et de Safari qui ont été envoyées.
other-browser-basis-chosen = Les navigateurs demandés ont été imités.
other-browser-none = Aucun autre navigateur n'a été imité.
other-browser-a-browser = un navigateur
other-browser-split = Page obtenue avec { $worked }, mais pas avec { $failed } ({ $result }) : le site filtre certains navigateurs (filtrage selon le navigateur).
other-browser-use = Utilisez { $browser } pour l'instant.
other-browser-all-worked = Tous ont obtenu la page : { $browsers }.
other-browser-may-work = Un autre navigateur fonctionnera peut-être pour vous maintenant.
other-browser-bot-advice = Ouvrez le site dans votre propre navigateur et passez-y la vérification (JavaScript et les cookies doivent être activés).
other-browser-wont-help = Un autre navigateur ne servira à rien.
other-browser-same-failure = Même échec pour tous ({ $result }) : { $browsers }.

## Votre connexion
connection-captive = Ce réseau a répondu 511 : il vous demande de vous identifier (page de connexion du Wi-Fi) avant de laisser passer le trafic.
connection-captive-advice = Ouvrez n'importe quelle page web dans votre navigateur, identifiez-vous sur le réseau, puis réessayez.
connection-proxy-turn-off = Désactivez le proxy dans les réglages de votre système ou de votre navigateur, ou demandez à la personne qui l'a configuré de le réparer.
connection-proxy-fails = Le proxy configuré sur cet ordinateur ({ $proxy }) échoue ({ $via }) ; sans lui, le site répond ({ $direct }).
connection-proxy-blocks = Le proxy configuré sur cet ordinateur bloque ce site ({ $code }).
connection-proxy-blocks-advice = Demandez à la personne qui gère le proxy (souvent votre service informatique) d'autoriser le site, ou essayez un autre réseau.
connection-proxy-passes-on = Avec le proxy configuré sur cet ordinateur, cela échoue ({ $via }), et sans lui aussi ({ $direct }) : le proxy ne fait que transmettre l'échec du site.
connection-proxy-unusable = Le proxy configuré sur cet ordinateur n'a pas pu être utilisé.
connection-works = Votre connexion à Internet fonctionne.
connection-answered-references-down = Le site a répondu, donc votre connexion vers lui fonctionne (les sites de référence, eux, n'ont pas répondu).
connection-down = Aucun site connu n'a pu être joint ({ $list }).
connection-down-advice = Vérifiez votre Wi-Fi ou votre câble et redémarrez votre box (ou routeur), puis réessayez.
connection-answered = Le site a répondu, donc votre connexion vers lui fonctionne.
connection-no-references = Aucun site de référence n'a été vérifié.

## Patienter
wait-status-incident = La page d'état du site indique : « { $title } » ({ $page }).
wait-status-clear = La page d'état du site ne signale aucun incident ({ $page }).
wait-status-maintenance = La page d'état du site signale une maintenance : « { $title } » ({ $page }).
wait-status-exists = Le site a une page d'état : { $page }.
wait-only-from-here = Le site fonctionne depuis d'autres endroits : attendre n'aidera que si votre réseau ou votre fournisseur d'accès à Internet règle le problème.
wait-only-from-here-advice = Essayez dès maintenant un autre réseau (les données mobiles de votre téléphone), ou réessayez plus tard.
wait-the-provider = le fournisseur
wait-provider-incident = C'est un incident connu chez { $name } ; il se termine généralement sans que vous (ni le site) ayez rien à faire.
wait-provider-maintenance = C'est une maintenance chez { $name } ; elle se termine généralement sans que vous (ni le site) ayez rien à faire.
wait-provider-advice = Patientez et réessayez plus tard ; suivez l'évolution sur { $page }.
wait-provider-advice-no-page = Patientez et réessayez plus tard.
wait-dns-only-here = Votre serveur DNS se mettra peut-être à jour tout seul (un changement récent peut mettre jusqu'à 48 heures pour atteindre tous les serveurs DNS).
wait-dns-only-here-advice = Configurez dès maintenant cet ordinateur pour utiliser un autre serveur DNS (1.1.1.1 ou 8.8.8.8), ou réessayez plus tard.
wait-this-computer = Attendre ne servira à rien : le problème vient de cet ordinateur.
wait-this-computer-advice = Réglez le problème de connexion ci-dessus, puis réessayez.
wait-healthy = Inutile d'attendre : le site fonctionne maintenant.
wait-retry-after = Le site demande aux visiteurs de revenir dans { $wait }.
wait-retry-after-maintenance = Le site est en maintenance et demande aux visiteurs de revenir dans { $wait }.
wait-retry-after-advice = Patientez { $wait }, puis réessayez.
wait-bot = Attendre ne changera rien à la vérification anti-robot.
wait-bot-advice = Ouvrez le site dans votre propre navigateur et passez-y la vérification.
wait-maintenance = Le site est en maintenance et n'a pas indiqué pour combien de temps.
wait-try-again-in = Réessayez dans { $wait }.
wait-dns = Les problèmes de nom peuvent mettre un moment à disparaître (jusqu'à 48 heures après un changement d'hébergement).
wait-needs-fix = Attendre a peu de chances d'aider : le propriétaire du site doit corriger le problème.
wait-needs-fix-advice = Prévenez le propriétaire du site ; enregistrez un rapport à lui envoyer.
wait-intermittent = Cela échoue par moments.
wait-intermittent-advice = Patientez une minute et réessayez ; cela fonctionne par moments.
wait-unknown = Nous n'avons pas pu déterminer si attendre sera utile.
wait-unknown-advice = Réessayez dans une minute.
wait-default = Ce type d'erreur disparaît souvent en quelques minutes.
wait-default-advice = Patientez une minute et réessayez. Si cela échoue encore, prévenez le propriétaire du site (enregistrez un rapport à lui envoyer).

## L'étape « Redémarrer le serveur » du propriétaire, quand l'application a elle-même renvoyé l'erreur
owner-app-answered = L'application a elle-même renvoyé l'erreur : elle est en marche, donc la redémarrer, ou redémarrer le serveur web, aide rarement.
owner-app-answered-advice = Lisez le journal de l'application pour la requête en échec et vérifiez ce dont elle dépend (sa base de données, les API et services qu'elle appelle) ; ne redémarrez qu'une dépendance en panne.
