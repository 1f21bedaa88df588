# Le panneau Détails : les données techniques, à un clic de la réponse (durées, qui a répondu, la
# réponse et ses en-têtes, identifiants de requête, la page d'erreur, le journal des sondes), et les
# vérifications du serveur pour le propriétaire qui s'y affichent. Les noms d'en-têtes, les lignes
# d'état et les commandes restent tels quels.

details-title = Détails
details-for-owner = Pour le propriétaire du site
details-server = Le serveur web de cet ordinateur
details-server-reading = Lecture de la configuration du serveur web de cet ordinateur et essai unique de chaque serveur en amont…
details-routes = Chemins vers le site
details-timings = Durées
details-still-running = La requête est toujours en cours.
details-no-request = Aucune requête n'a été envoyée (la raison figure dans le journal ci-dessous).
details-protocol = Protocole : { $protocol }
details-who = Qui a répondu
details-layers = Couches observées, de l'extérieur vers l'intérieur : { $layers }
details-response = Réponse
details-no-response = Pas de réponse ({ $why })
details-via-proxy = Via le proxy { $proxy }
details-redirect = ↪ { $status } de { $from } vers { $to }
details-headers = En-têtes ({ $count })
details-request-ids = Identifiants de requête
details-no-request-ids = Aucun envoyé par le serveur.
details-copy-id = Copier { $name }
details-error-page = Page d'erreur
details-copy-page = Copier la page
details-probe-log = Journal des sondes
details-copy-log = Copier le journal
details-edge-origin = Edge ou serveur d'origine
details-through-edge = Par l'adresse du site (edge)
details-straight-to-origin = Directement au serveur d'origine { $origin }
details-dns-answers = Réponses DNS pour { $name }
details-phase-dns = Résolution DNS
details-phase-connect = Connexion
details-phase-tls = Négociation TLS
details-phase-wait = Attente de la réponse
details-phase-total = Total
details-no-timings = Aucune durée n'a été enregistrée.
details-server-all-fine = Tous les serveurs en amont de ce site ont répondu ; rien n'est incorrect dans sa configuration.
details-machine-checking = Vérification de la configuration de tous les sites de cet ordinateur…
details-machine-button = 🖥 Vérifier tous les sites de cet ordinateur
details-machine-hover = Lit ici la configuration des serveurs web et essaie une fois chaque serveur en amont ; ne modifie rien
details-upstreams = Serveurs en amont (un essai chacun)
details-at-line = { $config } ligne { $line }
details-copy-place = Copier l'emplacement
details-fix = Correctif : { $fix }
details-copy-command = Copier la commande
details-copy-command-n = Copier la commande { $n }
details-copy-hover = Copier dans le presse-papiers
