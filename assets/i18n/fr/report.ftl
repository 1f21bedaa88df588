# Le vocabulaire commun à l'application et à tous les rapports : états, titres des étapes, chemin
# de la requête, et cadre du rapport texte qu'affiche la ligne de commande.

## L'état d'une étape de la liste
state-ok = ok
state-failed = échec
state-warning = alerte
state-note = note
state-skipped = ignorée
state-checking = en cours

## L'état du verdict
verdict-state-checking = Vérification
verdict-state-working = Fonctionne
verdict-state-failing = En panne
verdict-state-on-and-off = Intermittent
verdict-state-not-reachable = Injoignable

## Une couche du chemin de la requête
layer-working = fonctionne
layer-failing = en panne
layer-not-present = absent
layer-unknown = inconnu
layer-checking = en cours

## Le degré de certitude du verdict
confidence-high = sûr
confidence-medium = assez sûr
confidence-low = pas sûr

## Les étapes
step-refresh = Actualiser
step-clear-cache = Vider le cache
step-other-browser = Autre navigateur
step-connection = Votre connexion
step-wait = Patienter
step-restart-server = Redémarrer le serveur
step-server-logs = Journaux du serveur
step-plugins = Extensions
step-dns = DNS
step-firewall-proxy = Pare-feu / proxy
step-php-limits = Limites PHP
step-cdn = CDN

## Le chemin de la requête
node-this-computer = Cet ordinateur
node-dns = Internet / DNS
node-edge = CDN / edge
node-web-server = Serveur web
node-application = Application

## Les deux modes
mode-visitor = visiteur
mode-owner = propriétaire

## Le rapport texte (la ligne de commande)
text-title = Gateway Doctor { $version } - { $url } (mode { $mode }) - { $time }
text-verdict = Verdict : { $status } ({ $culprit }, cause : { $cause }, certitude : { $confidence })
text-http = HTTP { $status } { $reason } renvoyé par { $who }
text-http-in = HTTP { $status } { $reason } renvoyé par { $who } en { $ms } ms
text-request-ids = Identifiants de requête : { $ids }
text-protocol = Protocole : { $protocol }
text-history = Historique : { $line }
text-known-incidents = Incidents connus :
text-down-for-everyone = En panne pour tout le monde ? { $summary }
cli-checking = Vérification de { $url } (mode { $mode }, délai { $seconds } s)
cli-updated = { $line } (mis à jour)

# Comment un essai s'est terminé, en quelques mots (tableaux, chemins, routes).
result-response = réponse
result-dns-failed = nom introuvable
result-connect-refused = connexion refusée
result-connect-timeout = délai de connexion dépassé
result-connect-failed = connexion impossible
result-tls-failed = échec TLS
result-timeout = délai dépassé
result-connection-closed = connexion fermée
result-protocol-error = erreur de protocole
result-http2-error = erreur HTTP/2
result-proxy-failed = échec du proxy
result-redirect-loop = boucle de redirections
result-too-many-redirects = trop de redirections
result-connected = connecté
result-refused = refusée
result-unreachable = injoignable
result-error = erreur
result-not-tried = non essayé
result-no-answer = pas de réponse
result-closed = fermée
result-bad-response = réponse invalide
result-error-status = statut d'erreur
result-missing-socket = socket absent
result-not-a-socket = pas un socket
result-permission-denied = permission refusée
result-unresolvable = introuvable
