# Une capture du navigateur (HAR) : la fenêtre de Gateway Doctor et son entrée sur l'écran d'accueil,
# ce que montre la capture dans son ensemble, et son rapport. $result est ce qu'a obtenu une requête
# (« 502 de nginx », « net::ERR_NAME_NOT_RESOLVED ») ; $summary est la première ligne du verdict, déjà dans cette langue.

## L'écran d'accueil et la fenêtre
har-start-title = Ce qu'a vu votre navigateur
har-start-intro = Les équipes d'assistance demandent souvent un fichier HAR (la capture de la page faite par votre navigateur). Ouvrez-le ici, ou déposez-le sur cette fenêtre : chaque requête en échec est expliquée, et vous pouvez enregistrer une copie sans vos cookies ni vos jetons, prête à envoyer.
har-open = 📂 Ouvrir une capture du navigateur (HAR)…
har-reading = Lecture de la capture…
har-window-title = Capture du navigateur : { $file }
har-checked-again = Nouvelle vérification : { $outcome }
har-confirm = { $count ->
    [one] Vérifier à nouveau { $count } adresse maintenant ? Seule l'adresse est demandée (GET), comme le ferait un visiteur : aucun cookie, jeton ni donnée de formulaire de la capture n'est envoyé.
   *[other] Vérifier à nouveau { $count } adresses maintenant ? Seule l'adresse est demandée (GET), comme le ferait un visiteur : aucun cookie, jeton ni donnée de formulaire de la capture n'est envoyé.
}
har-check-now = Vérifier maintenant
har-cancel = Annuler
har-check-these = 🔄 Les vérifier maintenant ({ $count })
har-checking = Vérification…
har-save-sanitized = 🛡 Enregistrer le HAR nettoyé…
har-save-report = 💾 Enregistrer le rapport de la capture…
har-could-not-read = Impossible de lire { $path } : { $error }
har-never-overwrite = Choisissez un autre nom de fichier : la capture d'origine n'est jamais écrasée.
har-could-not-sanitize = Impossible de nettoyer la capture : { $error }
har-sanitized-saved = Capture nettoyée enregistrée dans { $path } (éléments retirés : { $removed }).
har-could-not-save = Impossible d'enregistrer dans { $path } : { $error }

## Ce que montre la capture
har-place-page = la page
har-place-own = un appel du site lui-même
har-place-third = site tiers
har-no-answer = pas de réponse
har-verdict-empty = La capture ne contient aucune requête : recommencez l'enregistrement avec l'onglet Réseau ouvert, puis actualisez la page.
har-verdict-none-failed = Aucune requête de la capture n'a échoué (nombre de requêtes : { $total }).
har-verdict-page = La page elle-même a échoué ({ $result } pour { $host }) : { $summary }
har-verdict-calls = La page s'est chargée, mais au moins un de ses appels à { $hosts } a échoué (échecs : { $count } ; { $result }) : { $summary }
har-verdict-third = La page et les requêtes du site lui-même ont fonctionné ; seules des requêtes vers d'autres sites ont échoué ({ $hosts } : { $result }). Elles appartiennent à des tiers (scripts, polices, traceurs) : la page peut sembler incomplète, mais le site lui-même répond.
har-when-together = Les échecs ({ $count }) sont survenus ensemble, en l'espace de { $within } à partir de { $time } : un seul moment, comme une panne, un redémarrage ou la mise en ligne d'une nouvelle version.
har-when-spread = Les échecs ({ $count }) s'étalent sur { $seconds } s à partir de { $time }.
har-when-spread-minutes = Les échecs ({ $count }) s'étalent sur { $minutes } minutes à partir de { $time } : cela échoue sans cesse, pas à un seul moment.
har-within-a-second = une seconde
har-within-seconds = { $n } s
har-works-now = fonctionne maintenant ({ $status })
har-still-fails = échoue toujours ({ $status }) : { $summary }

## Le rapport de la capture
har-counts = Requêtes enregistrées ({ $browser }) : { $requests } ; en échec : { $failed }.
har-unknown-browser = navigateur inconnu
har-text-title = Capture du navigateur { $file } ({ $browser }, requêtes : { $requests })
har-text-verdict = Verdict : { $verdict }
har-sanitized-written = Copie nettoyée enregistrée dans { $path } (éléments retirés : { $removed }).
har-sanitized-copy = Copie nettoyée : { $path } (éléments retirés : { $removed }).
har-checked-again-title = Nouvelle vérification
har-failed-requests = Requêtes en échec
har-request-ids = Identifiants de requête (à transmettre à l'assistance) :
har-col-request = requête
har-col-result = résultat
har-col-where = où
har-col-verdict = verdict
har-text-line = { $result } ({ $place }) -> { $culprit } (cause : { $cause }, certitude : { $confidence })
har-text-request-id = identifiant de requête { $name } : { $id }

## Ce que la copie nettoyée a perdu
removed-cookies = { $n ->
    [one] { $n } cookie
   *[other] { $n } cookies
}
removed-set-cookies = { $n ->
    [one] { $n } en-tête Set-Cookie
   *[other] { $n } en-têtes Set-Cookie
}
removed-auth-headers = { $n ->
    [one] { $n } en-tête Authorization
   *[other] { $n } en-têtes Authorization
}
removed-token-headers = { $n ->
    [one] { $n } en-tête de clé d'API ou de jeton
   *[other] { $n } en-têtes de clé d'API ou de jeton
}
removed-query-params = { $n ->
    [one] { $n } paramètre d'adresse ressemblant à un jeton
   *[other] { $n } paramètres d'adresse ressemblant à des jetons
}
removed-form-fields = { $n ->
    [one] { $n } champ de formulaire ressemblant à un jeton
   *[other] { $n } champs de formulaire ressemblant à des jetons
}
removed-tokens-in-bodies = { $n ->
    [one] { $n } jeton bearer ou JWT dans le contenu d'un message
   *[other] { $n } jetons bearer ou JWT dans le contenu de messages
}
removed-bodies = { $n ->
    [one] { $n } contenu de réponse inutile
   *[other] { $n } contenus de réponse inutiles
}
removed-nothing = aucun (rien de secret trouvé)
