# Le moteur de `gateway-doctor server`, lancé sur le serveur lui-même (src/server/) : comment chaque
# configuration a été trouvée, pourquoi un fichier n'a pas pu être lu, ce qu'a montré un essai unique
# de chaque application placée derrière, ce qui n'a pas pu être consulté sur la machine (journal du
# noyau, services), pourquoi les vérifications n'ont pas été lancées pour un site, et les erreurs de `--config`.
# Les commandes, les lignes de configuration, les chemins, les noms d'utilisateur et les octets HTTP/FastCGI
# restent dans le code. $software est un nom de produit (nginx, Apache, HAProxy, Caddy, Varnish, PHP-FPM) ;
# $file et $path sont des chemins de fichier ; $error est le texte d'erreur du système (souvent en anglais).

## src/server/mod.rs

mc-config-unreadable = --config { $file } : { $error }
mc-config-unknown = --config { $file } : pas reconnu comme une configuration de nginx, Apache, HAProxy, Caddy, Varnish, PHP-FPM ou php.ini
# Comment une configuration a été trouvée : le fichier a été indiqué avec --config, et son contenu a montré son type.
mc-found-given = indiqué avec --config ; reconnu comme { $software }
# $addresses : les adresses IP du site, séparées par des virgules.
mc-site-not-local = Les adresses du site ({ $addresses }) ne sont pas celles de cet ordinateur : lancez gateway-doctor server sur le serveur qui sert le site.
mc-site-not-local-none = Les adresses du site (aucune) ne sont pas celles de cet ordinateur : lancez gateway-doctor server sur le serveur qui sert le site.
mc-site-nothing-listens = Rien n'écoute sur le port { $port } de cet ordinateur.
mc-site-not-a-web-server = Le processus qui écoute sur le port { $port } n'est pas un serveur web dont Gateway Doctor lit la configuration, ou il appartient à un autre utilisateur (lancez la vérification avec sudo).
mc-site-checked = { $software } (processus { $pid }) écoute sur le port { $port } ; sa configuration { $file } a été lue.

## src/server/discover.rs

# Comment une configuration a été trouvée (affiché à côté d'elle).
mc-found-running-process = processus { $pid } en cours d'exécution
mc-found-standard-path = chemin standard

## src/server/check.rs
# Ce qu'a montré l'essai d'une application placée derrière, en quelques mots (affiché après son adresse).
# $seconds : un délai en secondes ; $address : IP:port ; $host : un nom d'hôte.

mc-probe-stopped = la vérification s'est arrêtée : { $error }
mc-probe-not-tried = pas essayé
# $text : l'adresse telle qu'elle est écrite, avec ses variables ($host, ...).
mc-probe-variables = composée de variables ({ $text }) : connue seulement requête par requête
mc-probe-not-an-address = pas une adresse : { $text }
mc-probe-no-socket = le socket n'existe pas
mc-probe-socket-hidden = cet utilisateur n'a pas le droit de le voir : lancez la vérification avec sudo
mc-probe-not-a-socket = un fichier, pas un socket
mc-probe-connect-timeout = pas de connexion en { $seconds } s
mc-probe-unresolvable = le nom { $host } ne peut pas être résolu ici
mc-probe-unresolvable-because = le nom { $host } ne peut pas être résolu ici ({ $error })
mc-probe-connect-timeout-to = pas de connexion à { $address } en { $seconds } s
mc-probe-tls-accepts = accepte les connexions (TLS : la requête elle-même n'est pas vérifiée)
mc-probe-refused = connexion refusée : rien n'écoute à cette adresse
mc-probe-permission-denied = permission refusée
mc-probe-cannot-connect = connexion impossible : { $error }
mc-probe-accepts = accepte les connexions (le protocole n'est pas vérifié)
mc-probe-answer-timeout = pas de réponse en { $seconds } s
mc-probe-reset = a réinitialisé la connexion sans répondre
mc-probe-failed = la connexion a échoué : { $error }
mc-probe-closed = a accepté la connexion, puis l'a fermée sans répondre
# $detail : ce qu'a été la réponse (« HTTP 200 », « réponse FastCGI ») ; $took : les secondes qu'elle a prises ;
# $limit : le délai de lecture, en secondes, de la configuration du serveur web.
mc-probe-too-slow = { $detail } au bout de { $took } s, alors que le serveur n'attend que { $limit } s
mc-probe-http-incomplete = une réponse HTTP incomplète
mc-probe-not-http = pas une réponse HTTP ({ $count ->
        [one] { $count } octet
       *[other] { $count } octets
    })
mc-probe-fcgi-answered = réponse FastCGI
# $record : le type d'enregistrement FastCGI, un nombre.
mc-probe-fcgi-answered-type = réponse FastCGI (type d'enregistrement { $record })
mc-probe-fcgi-got-http = il parle HTTP, pas FastCGI (utilisez proxy_pass, pas fastcgi_pass)
mc-probe-not-fcgi = pas une réponse FastCGI ({ $count ->
        [one] { $count } octet
       *[other] { $count } octets
    })

## src/server/users.rs
# Pourquoi l'utilisateur des processus du serveur web n'a pas le droit d'ouvrir un socket unix. $mode : en octal, comme 0660.

mc-perm-folder = le dossier { $path } : propriétaire { $owner }, groupe { $group }, mode { $mode }
mc-perm-socket = le socket : propriétaire { $owner }, groupe { $group }, mode { $mode }

## src/server/read.rs
# Pourquoi un fichier de configuration n'a pas pu être lu (affiché après le chemin du fichier).

# $size : en Mio.
mc-read-too-large = le fichier dépasse { $size } Mio ; la suite n'a pas été lue
mc-read-permission-group = permission refusée (lisible par root et peut-être par le groupe { $group } : lancez la vérification avec sudo)
mc-read-permission = permission refusée (lancez la vérification avec sudo)
mc-read-not-found = introuvable
mc-read-folder = un dossier, pas un fichier
mc-read-caddy-json = cette version ne lit pas la configuration JSON de Caddy (elle lit un Caddyfile)

## src/server/host.rs

mc-kernel-log-unreadable = --kernel-log { $file } : { $error }
mc-kernel-log-none = Impossible de lire le journal du noyau (pas de /var/log/kern.log ; journalctl et dmesg n'ont rien donné) : les arrêts forcés par manque de mémoire (OOM kills) n'ont pas été recherchés. Lancez la vérification avec sudo, ou indiquez --kernel-log FILE.
mc-services-no-systemd = systemd ne tourne pas ici : l'état des services n'a pas été lu.
# Pourquoi le remplissage d'un disque compte : ce que la pile web y écrit.
mc-disk-error-log = le journal d'erreurs de { $software }
mc-disk-nginx-temp = les fichiers temporaires de nginx
mc-disk-php-sessions = les sessions PHP
mc-disk-varnish-work = le dossier de travail de Varnish
mc-disk-tmp = les fichiers temporaires
