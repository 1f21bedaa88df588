# Ce que proposent les pages des étapes en plus du constat : comment vider le cache et enregistrer
# une capture du navigateur dans chaque navigateur, ouvrir le site dans un autre navigateur, et
# « vérifier jusqu'au retour du site » pendant l'attente. Les noms de menus et de boutons entre
# guillemets sont ceux des navigateurs : utilisez les noms que les navigateurs affichent en français.

## Actualiser et vider le cache
reload-keys-mac = Cmd+Maj+R (Option+Cmd+R dans Safari)
reload-keys-pc = Ctrl+F5 (ou Ctrl+Maj+R)
keys-clear-pc = Ctrl+Maj+Suppr
keys-clear-mac = Cmd+Maj+Supprimer
help-hard-reload = Pour actualiser cette page sans la copie en cache, appuyez sur { $keys } dans votre navigateur.
help-clear-cache-most = Comment vider le cache (dans la plupart des navigateurs) :
help-clear-cache-in = Comment vider le cache dans { $browser }
cache-chromium-open = Appuyez sur { $keys } pour ouvrir la fenêtre d'effacement des données de navigation.
cache-chromium-range = Réglez la période sur « Toutes les données ».
cache-chromium-tick = Cochez « Images et fichiers en cache ». Si le site échoue encore ensuite, cochez aussi « Cookies et autres données des sites » (cela vous déconnecte des sites web).
cache-chromium-confirm = Confirmez avec « Effacer les données » (« Supprimer les données » ou « Effacer maintenant » dans certains navigateurs), puis rouvrez le site.
cache-firefox-open = Appuyez sur { $keys } pour ouvrir « Effacer les données de navigation et les cookies » (« Effacer l'historique récent » dans les anciennes versions).
cache-firefox-range = Dans « Intervalle à effacer », choisissez « tout ».
cache-firefox-tick = Cochez « Fichiers et pages mis en cache temporairement » (« Cache » dans les anciennes versions). Si le site échoue encore ensuite, cochez aussi « Cookies et données de sites » (cela vous déconnecte des sites web).
cache-firefox-confirm = Cliquez sur « Effacer » (ou « Effacer maintenant »), puis rouvrez le site.
cache-safari-develop = Dans la barre des menus, choisissez Safari > Réglages (Préférences dans les anciennes versions de macOS), ouvrez « Avancées » et activez « Afficher les fonctionnalités pour les développeurs web » (anciennes versions : « Afficher le menu Développement dans la barre des menus »).
cache-safari-empty = Choisissez Développement > Vider les caches, ou appuyez sur Option+Cmd+E.
cache-safari-reload = Rouvrez le site. S'il échoue encore, supprimez aussi les données du site : Safari > Réglages > Confidentialité > « Gérer les données de sites web », trouvez le site et cliquez sur « Supprimer ».
cache-epiphany-menu = Ouvrez le menu principal (le bouton à trois traits) et choisissez « Préférences » (« Paramètres » dans les versions récentes).
cache-epiphany-privacy = Ouvrez « Confidentialité » et cliquez sur « Effacer les données de site web ».
cache-epiphany-tick = Cochez « Cache disque HTTP » (et « Cookies » si le site échoue encore ensuite ; cela vous déconnecte des sites web), puis cliquez sur « Effacer ».
cache-epiphany-reload = Rouvrez le site.

## Autre navigateur
help-no-other-browser = Aucun autre navigateur web n'a été trouvé sur cet ordinateur.
help-open-in-another = Ouvrez le site dans un autre navigateur :
help-open-in = Ouvrir dans { $browser }
help-open-in-hover = Ouvrir le site dans { $browser }
help-open-failed = Impossible d'ouvrir { $browser } : { $error }
help-open-default = Ouvrir dans votre navigateur par défaut
help-open-default-hover = Ouvrir le site dans le navigateur par défaut du système

## Enregistrer une capture du navigateur (HAR) pour l'assistance
help-har-title = Enregistrer ce que voit votre navigateur (fichier HAR pour l'assistance)
help-har-line = { $browser } : { $how }.
har-chromium = appuyez sur F12, ouvrez l'onglet Réseau, actualisez la page, puis faites un clic droit dans la liste et choisissez « Enregistrer tout au format HAR avec le contenu » (dans les versions récentes : le bouton « Exporter HAR », la flèche de téléchargement dans la barre de l'onglet Réseau)
har-firefox = appuyez sur F12, ouvrez l'onglet Réseau, actualisez la page, puis cliquez sur l'icône d'engrenage et choisissez « Tout enregistrer en tant que HAR »
har-safari = activez le menu Développement dans Réglages > Avancées, choisissez Développement > Afficher l'inspecteur web, ouvrez l'onglet Réseau, actualisez la page, puis cliquez sur Exporter
har-epiphany = appuyez sur Ctrl+Maj+I, ouvrez l'onglet Réseau, actualisez la page, puis cliquez sur Exporter
help-har-command = `gateway-doctor har FILE --sanitize OUT.har` explique ce fichier et en écrit une copie sans cookies ni jetons, prête à envoyer.

## Patienter : vérifier jusqu'au retour du site
watch-checked-at = Vérifié à
watch-result = Résultat
watch-answered-by = Réponse de
watch-time-taken = Durée
watch-no-answer = pas de réponse
watch-back = ✔ Le site est de retour : il a répondu normalement à { $time }.
watch-checking-again = Nouvelle vérification { $when }
watch-checking-again-count = Nouvelle vérification { $when } (vérifications déjà faites : { $count })
watch-in-minutes = dans environ { $n } min
watch-in-seconds = dans { $n } s
watch-in-a-few-seconds = dans quelques secondes
watch-we-will-tell = Nous vous préviendrons dès que le site fonctionnera de nouveau. Vous pouvez laisser cette fenêtre ouverte.
watch-check-now = Vérifier maintenant
watch-check-now-hover = Vérifier de nouveau tout de suite
watch-stop = Arrêter de vérifier
watch-stop-hover = Arrêter les vérifications automatiques (Échap)
watch-checking-now = Nouvelle vérification en cours…
watch-keep-checking = ⏱ Vérifier jusqu'au retour du site
watch-keep-checking-hover = Vérifier de nouveau automatiquement, en attendant un peu plus à chaque fois, et me prévenir quand cela fonctionne
