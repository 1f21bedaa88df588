# Les rapports enregistrés ou copiés pour une demande d'assistance (Markdown et HTML) : titres,
# libellés, lignes sur la réponse du site et sur ses pages d'état. Les identifiants entre accents
# graves (`the_site`, `upstream_failed`) restent tels quels.

## Titre et verdict
export-title = Rapport Gateway Doctor : { $host }
export-checked = Vérifié le { $time } depuis cet ordinateur (mode { $mode }), Gateway Doctor { $version }.
export-address = Adresse :
export-verdict = Verdict :
export-layer = Couche : { $layer }, cause : { $cause }. Certitude : { $confidence }.
export-for-owner = Pour le propriétaire du site : { $detail }
export-not-finished = Certaines vérifications n'étaient pas terminées ; ce résultat peut encore changer.
export-path-label = Le chemin de la requête

## La liste des vérifications
export-what-checked = Ce qui a été vérifié
export-col-step = Étape
export-col-result = Résultat
export-col-finding = Constat
export-col-advice = Conseil
export-commands-for = Commandes pour { $step } :

## La réponse du site
export-what-answered = Ce que le site a répondu
export-answer = Réponse : { $answer }.
export-answer-line = HTTP { $status } renvoyé par { $who }
export-protocol = Protocole : { $protocol }.
export-request-ids = Identifiants de requête pour l'équipe d'assistance du site : { $ids }.
export-no-request-ids = aucun envoyé par le serveur
export-timings = Durées : { $timings }.
export-timings-title = Durées
export-error-page = Extrait de la page d'erreur :
export-error-page-start = Extrait de la page d'erreur (le début de { $bytes } octets) :
export-error = Erreur : { $error }
export-http-details = Détails HTTP et en-têtes ({ $count } en-têtes)
export-via-proxy = via proxy
export-redirect = redirection
export-identified-by = identifié par
export-probe-log = Journal des sondes ({ $count } sondes)
export-col-probe = Sonde
export-col-kind = Type
export-col-status = Statut
export-col-time = Durée
export-col-details = Détails
timing-dns = DNS
timing-connect = connexion
timing-tls = TLS
timing-first-byte = premier octet
timing-total = total

## Les autres sections
export-history = Historique de ce site
export-server-side = Le serveur web de cet ordinateur
export-incidents = Incidents connus
export-recording = Capture du navigateur
export-recording-file = Capture du navigateur : { $file }
export-world = En panne pour tout le monde ?
export-notes = Notes de la personne qui a lancé la vérification
export-redaction = (Mots de passe, cookies et jetons retirés.)
export-generated = Gateway Doctor { $version }, rapport généré le { $time }.

## Pages d'état, une ligne chacune ($state est le mot de la page elle-même, par ex. major_outage)
status-page-unreadable = { $name } : page d'état à l'adresse { $page } (ouvrez-la pour la lire)
status-page-error = { $name } ({ $page }) : lecture impossible : { $error }
status-page-no-answer = pas de réponse
status-page-clear = { $name } ({ $page }) : aucun incident signalé
status-impact = impact : { $impact }
status-started = début : { $time }
status-updated = mise à jour : { $time }
status-maintenance = { $name } : maintenance en cours, « { $title } » { $url }
status-maintenance-until = { $name } : maintenance en cours, « { $title } » jusqu'à { $until } { $url }
status-component = { $name } : { $component }, état « { $state } »
