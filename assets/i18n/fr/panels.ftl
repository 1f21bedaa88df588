# Les questions supplémentaires de l'étape Patienter (le site est-il en panne pour tout le monde ? est-ce un incident
# connu ?), la fenêtre À propos et l'onglet de l'historique du site. Globalping est le nom d'un service et reste tel quel.

## Le site est-il en panne pour tout le monde ?
world-title = Le site est-il en panne pour tout le monde ?
world-intro = Globalping, un service tiers, peut charger ce site depuis environ { $places } endroits dans le monde. Si vous cliquez sur le bouton, Globalping reçoit le nom et le chemin du site (jamais les paramètres de l'adresse, les mots de passe ni les cookies). Rien n'est envoyé sans ce clic.
world-ask = 🌍 Interroger Globalping
world-ask-hover = Charger le site depuis d'autres pays et réseaux via { $url } (service tiers)
world-budget = Globalping autorise environ { $tests } tests par heure depuis une même adresse ({ $questions } questions portant chacune sur { $places } endroits), et Gateway Doctor les a tous utilisés. Vous pourrez l'interroger à nouveau dans { $minutes } min.
world-asking = Interrogation de Globalping…
world-failed = Globalping n'a pas répondu : { $error }
world-not-sent = la question n'a pas pu être envoyée
world-not-answered = Pas de réponse : { $error }
world-here = Ici (cet ordinateur)
world-no-answer = pas de réponse ({ $why })
world-in-ms = en { $ms } ms

## Est-ce un incident connu ?
status-title = Est-ce un incident connu ?
status-own-page = la page d'état propre au site ({ $url })
status-who = { $provider } a répondu pour ce site. Sa page d'état indique s'il y a un incident connu.
status-who-site = Le site publie peut-être sa propre page d'état.
status-contacts = Un clic sur le bouton contacte uniquement { $whom } ; aucune information sur ce site n'est envoyée.
status-and = et
status-ask = 📰 Consulter la page d'état ({ $provider })
status-ask-site = 📰 Consulter la page d'état du site
status-asking = Consultation de la page d'état…

## À propos
about-tagline = Découvre pourquoi un site web répond « 502 Bad Gateway » et ce qu'il faut faire.
about-version = Version { $version }
about-licence = Licence : { $licence }
about-project = Page du projet
about-close = Fermer

## L'historique du site
history-title = Historique de ce site
history-none = Aucune vérification de ce site n'est enregistrée (l'historique n'a pas pu être ouvert).
history-local = Chaque vérification faite ici ou avec les commandes check et watch est enregistrée uniquement sur cet ordinateur.
history-load-time = Temps de chargement de la page (ms)
history-export = Exporter en CSV…
history-export-hover = Enregistrer toutes les vérifications de ce site dans une feuille de calcul (CSV)
