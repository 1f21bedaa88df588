# Les mots propres à l'application de bureau (boutons, libellés, aides). Le verdict et les constats
# des étapes viennent de verdict.ftl et report.ftl.

## L'en-tête
app-icon-alt = Icône de Gateway Doctor
app-site = Site :
app-site-hint = Adresse web, par ex. shop.example.com
app-check = ▶ Vérifier
app-check-hover = Vérifier ce site (Entrée)
app-cancel = ⏹ Annuler
app-cancel-hover = Arrêter la vérification (Échap)
app-mode-owner = Propriétaire du site
app-mode-owner-hover = Vérifications pour les personnes qui gèrent le site
app-mode-visitor = Visiteur
app-mode-visitor-hover = Vérifications pour une personne qui visite le site
app-language = Langue
app-language-hover = La langue de Gateway Doctor et de ses rapports
app-language-system = Système ({ $name })
app-origin = Serveur d'origine (facultatif) :
app-origin-hint = IP ou IP:port de votre serveur derrière le CDN
app-burst = Test de charge léger
app-burst-hover = Envoie une petite rafale de requêtes à votre site : 20 au maximum, 4 à la fois au plus, pour voir si les échecs augmentent avec la charge.
app-dismiss = Fermer
app-dismiss-hover = Masquer ce message

## Le bandeau du verdict
banner-so-far = Pour l'instant : { $confidence }
banner-cancelled = Annulé : voici ce qui a été vu avant l'arrêt.
banner-still-checking = Vérification en cours…
banner-answered = { $who } a répondu { $status } { $reason }
banner-answered-unknown = Le serveur a répondu { $status } { $reason }
banner-answered-in = { $answer } en { $ms } ms

## La liste des étapes et le panneau
steps-title = Étapes
steps-your-server = Votre serveur
steps-row-name = { $n }. { $title }
steps-row-accessible = { $n }. { $title } : { $state }
pane-what-to-do = ➡ Que faire
pane-details = 🔍 Détails (durées, en-têtes, journal)
pane-logs = 📄 Journaux du serveur
pane-history = 🕘 Historique
step-not-in-check = Cette étape ne fait pas partie de cette vérification.
step-n-of = Étape { $n } sur { $total }
step-next = Suivant ▶
step-next-hover = Aller à l'étape suivante
step-back = ◀ Retour
step-back-hover = Revenir à l'étape précédente
step-checking = Vérification…
step-retry = ↻ Réessayer
step-retry-hover = Vérifier à nouveau le site maintenant

## Le pied de page
footer-save = 💾 Enregistrer le rapport…
footer-save-hover = Enregistrer le rapport dans un fichier, pour une demande d'assistance
footer-format-hover = Format du rapport
footer-copy = 📋 Copier le rapport
footer-copy-hover = Copier le rapport (Markdown) pour le coller dans un message
footer-full-address = Inclure l'adresse complète
footer-full-address-hover = Désactivé : les mots de passe, cookies et jetons présents dans l'adresse sont retirés du rapport. Activé : les paramètres de l'adresse sont conservés (les mots de passe sont toujours retirés).
footer-notes = Notes :
footer-notes-hint = Ce que vous faisiez, depuis quand (sera ajouté au rapport)

## L'écran d'accueil
start-heading = Quel site affiche l'erreur ?
start-intro = Tapez ou collez son adresse ci-dessus, puis appuyez sur Entrée. Gateway Doctor vérifie le site depuis cet ordinateur, étape par étape, puis vous dit si le problème vient de chez vous ou du site, et ce qu'il faut faire.
start-guided = Me guider étape par étape
start-guided-hover = Suivre les cinq étapes dans l'ordre, avec ce qu'il faut faire à chacune
start-recent = Sites récents
start-recent-hover = Vérifier à nouveau { $site }
start-visitor-title = Vérifications côté visiteur
start-visitor-steps =
    1. Actualiser – l'erreur est-elle permanente ou intermittente ?
    2. Vider le cache – une ancienne copie ou un cookie est-il en cause ?
    3. Autre navigateur – votre navigateur est-il filtré ?
    4. Votre connexion – votre propre accès à Internet fonctionne-t-il ?
    5. Patienter – vaut-il la peine d'attendre, et combien de temps ?
start-owner-title = Mode propriétaire du site
start-owner-intro = En plus des étapes du visiteur : fichiers statiques comparés à la page dynamique, journaux de votre serveur, extensions WordPress, DNS auprès des résolveurs publics et des serveurs faisant autorité, proxy, ports et chemins IPv4/IPv6, limites et délais d'attente de PHP, un test de charge léger (activable ou non) et, avec l'adresse de votre serveur d'origine, une comparaison entre ce serveur et les serveurs edge du CDN.

## Le bouton À propos et une vérification qui n'a pas abouti
app-about = ℹ À propos
app-about-hover = Version, licence et page web du projet
run-cancelled-step = Non vérifié : la vérification a été annulée avant la fin de cette étape.
run-silent-step = Non vérifié : cette étape n'a rien renvoyé.
run-press-check = Cliquez sur Vérifier pour réessayer.

## Messages sous l'en-tête
notice-no-dialog-logs = Impossible d'ouvrir ici une fenêtre de choix de fichier : déposez plutôt les fichiers journaux sur cette fenêtre.
notice-saved-fallback = Impossible d'ouvrir ici une fenêtre de choix de fichier, le fichier a donc été enregistré dans { $path }
notice-settings-not-saved = Vos réglages n'ont pas pu être enregistrés : { $error }
notice-report-saved = Rapport enregistré dans { $path }
notice-report-not-saved = Impossible d'enregistrer le rapport dans { $path } : { $error }
notice-report-copied = Rapport copié. Collez-le dans votre message au support du site.
notice-history-off = Les vérifications ne sont pas enregistrées dans l'historique : { $error }

# The titles of the file choosers (the system draws the rest of the dialog).
dialog-pick-recording = Choisissez un enregistrement du navigateur (HAR)
dialog-pick-logs = Choisissez les fichiers journaux du serveur
