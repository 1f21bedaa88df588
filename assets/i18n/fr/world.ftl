# Ce que « Le site est-il en panne pour tout le monde ? » (les endroits de Globalping) ajoute au verdict, et les lignes
# que donne l'historique enregistré d'un site (depuis quand il est en panne, combien de vérifications ont échoué).
# $places est world-places-all ou world-places-some (« chacun des 10 endroits du monde ») et suit « depuis ».

## Le site est-il en panne pour tout le monde ?
world-places-all = chacun des { $reported } endroits du monde
world-places-some = { $n } des { $reported } endroits du monde
world-works-here-fails-elsewhere = Le site fonctionne d'ici, mais il ne s'est pas chargé depuis { $places } (Globalping) : il est peut-être en panne dans d'autres régions.
world-down-everywhere = Globalping : depuis { $places }, le site ne s'est pas chargé non plus ; il est donc en panne pour tout le monde.
world-fine-site-fine = Globalping : le site s'est chargé depuis { $places } ; le site lui-même fonctionne donc.
world-fine-dns = Globalping : le site s'est chargé depuis { $places }, donc son nom y fonctionne : le serveur DNS qu'interroge cet ordinateur n'est pas à jour ou filtre (essayez-en un autre, par exemple 1.1.1.1, ou attendez qu'un changement récent se propage).
world-fine-cdn = Globalping : le site s'est chargé depuis { $places } : ce sont les serveurs du CDN qui vous répondent (ceux de votre région) qui sont en panne, pas tout le site.
world-fine-server = Globalping : le site s'est chargé depuis { $places } : la panne ne touche peut-être que les requêtes venant de votre adresse (bloquée ou limitée en nombre de requêtes), ou le seul serveur qui vous répond.
world-fine-between = Globalping : le site s'est chargé depuis { $places } : quelque chose entre vous et le site bloque ou coupe la connexion.
world-mixed = Globalping : depuis { $places }, le site ne s'est pas chargé non plus, mais depuis les autres ({ $working }), si : la panne est régionale ou intermittente.
world-summary-no-answer = Aucun emplacement de Globalping n'a répondu à temps ; cela ne dit donc rien des autres endroits.
world-summary-down = En panne pour tout le monde : aucun des { $n } emplacements dans le monde n'a pu charger le site non plus ; le problème vient donc du site lui-même, pas de votre connexion.
world-summary-just-you = Seulement chez vous : le site s'est chargé depuis chacun des { $n } emplacements dans le monde ; ce qui échoue se situe donc entre vous et le site : votre réseau, votre fournisseur d'accès, votre DNS ou les serveurs du site qui répondent à votre région.
world-summary-works = Fonctionne partout : le site s'est chargé depuis chacun des { $n } emplacements dans le monde.
world-summary-partly = En panne par endroits : le site s'est chargé depuis { $working } sur { $n } emplacements, mais pas depuis les autres ({ $failing }) ; le problème est donc régional (une région du CDN, un nœud d'un répartiteur de charge) ou intermittent.

## L'historique enregistré du site
history-failing-since = en panne depuis { $time } ({ $span })
history-working-again = fonctionne de nouveau depuis { $time }
history-working = fonctionne à chaque vérification enregistrée
history-no-checks = aucune vérification enregistrée
history-first-failure = { $checks ->
    [one] premier échec constaté : { $time }, { $failures } sur { $checks } vérification en échec
   *[other] premier échec constaté : { $time }, { $failures } sur { $checks } vérifications en échec
}
history-no-failures = { $checks ->
    [one] aucun échec sur { $checks } vérification enregistrée
   *[other] aucun échec lors des { $checks } dernières vérifications
}
span-under-a-minute = moins d'une minute
span-minutes = { $n } min
span-hours = { $h } h
span-hours-minutes = { $h } h { $m } min
span-days = { $n } jours
