# Les causes d'un 502/504 qu'une ligne du journal du serveur explique : un groupe par [[cause]] de
# assets/log_patterns.toml, identifié par l'id de la cause (l'id, la gravité, les motifs comparés aux lignes du journal,
# les règles de subject et les commandes restent dans le TOML ; les commandes ne sont pas traduites).
#   logp-<id>-title        nom court de la cause
#   logp-<id>-explanation  ce que signifie la ligne, en termes simples
#   logp-<id>-fix          ce qu'il faut changer
# Les directives, réglages et noms de fichiers (fastcgi_pass, pm.max_children, `listen =`, php.ini, ...) sont écrits
# comme dans les fichiers de configuration et restent tels quels.

## src/logs/patterns.rs (assets/log_patterns.toml): nginx error.log

logp-php_fpm_socket_missing-title = Socket PHP-FPM introuvable
logp-php_fpm_socket_missing-explanation = nginx a essayé de joindre PHP-FPM par un socket unix qui n'existe pas : PHP-FPM ne tourne pas, ou nginx pointe vers un mauvais chemin de socket (par exemple celui d'une ancienne version de PHP).
logp-php_fpm_socket_missing-fix = Démarrez PHP-FPM, et faites pointer le fastcgi_pass du site nginx vers le socket indiqué par `listen =` dans le fichier du pool PHP-FPM.

logp-upstream_refused-title = Le backend a refusé la connexion
logp-upstream_refused-explanation = Rien n'écoute à l'adresse vers laquelle nginx transmet : l'application ou le backend ne tourne pas, a planté, ou écoute sur un autre port.
logp-upstream_refused-fix = Démarrez (ou redémarrez) le backend et vérifiez qu'il écoute à l'adresse indiquée dans proxy_pass / fastcgi_pass.

logp-upstream_permission_denied-title = nginx n'a pas le droit de se connecter au backend
logp-upstream_permission_denied-explanation = Le système d'exploitation a refusé à nginx l'accès au backend : le propriétaire ou les droits du socket unix n'autorisent pas l'utilisateur de nginx, ou SELinux empêche nginx d'ouvrir des connexions réseau.
logp-upstream_permission_denied-fix = Donnez à l'utilisateur de nginx l'accès au socket (listen.owner / listen.group / listen.mode dans le pool PHP-FPM) ou, sous SELinux, autorisez-le : setsebool -P httpd_can_network_connect 1.

logp-upstream_overloaded-title = Backend surchargé (file de connexions pleine)
logp-upstream_overloaded-explanation = La file d'attente d'écoute du backend était pleine, si bien que les nouvelles connexions ont été refusées : trop de trafic pour le nombre de processus.
logp-upstream_overloaded-fix = Augmentez le nombre de processus du backend (pm.max_children pour PHP-FPM) et sa file d'attente d'écoute (listen.backlog, net.core.somaxconn), ou réduisez les requêtes lentes.

logp-upstream_timeout-title = Backend trop lent (délai dépassé)
logp-upstream_timeout-explanation = Le backend a accepté la requête mais n'a pas répondu à temps (nginx attend 60 s par défaut) : le visiteur a donc reçu 504 Gateway Timeout.
logp-upstream_timeout-fix = Trouvez pourquoi le backend est lent (requêtes SQL lentes, appels externes) ; si les requêtes sont longues par nature, augmentez proxy_read_timeout / fastcgi_read_timeout en même temps que les limites propres au backend.

logp-upstream_closed-title = Le backend a fermé la connexion (plantage ?)
logp-upstream_closed-explanation = Le backend a coupé la connexion avant d'envoyer une réponse complète : il a planté, a été tué (manque de mémoire, limite de temps), ou ferme trop tôt les connexions keep-alive inactives.
logp-upstream_closed-fix = Cherchez dans le journal propre au backend, au même moment, un plantage, un arrêt par l'OOM killer ou une limite de temps ; réglez le délai keep-alive du backend plus long que celui de nginx.

logp-upstream_header_too_big-title = En-têtes de réponse du backend trop gros
logp-upstream_header_too_big-explanation = Le backend a envoyé des en-têtes de réponse (souvent de gros cookies ou de nombreuses lignes Set-Cookie) plus grands que les tampons de nginx, et nginx a abandonné avec une erreur 502.
logp-upstream_header_too_big-fix = Augmentez les tampons : proxy_buffer_size 16k; proxy_buffers 8 16k; (fastcgi_buffer_size / fastcgi_buffers pour PHP), ou envoyez des en-têtes plus petits.

logp-no_live_upstreams-title = Tous les backends sont marqués hors service
logp-no_live_upstreams-explanation = nginx avait marqué comme défaillants tous les serveurs du groupe upstream (après max_fails erreurs), et n'a donc même pas essayé : la vraie cause se trouve dans les erreurs précédentes de ces serveurs.
logp-no_live_upstreams-fix = Corrigez les erreurs précédentes des backends ; vérifiez max_fails / fail_timeout dans le bloc upstream.

logp-upstream_tls_failed-title = Échec TLS vers le backend
logp-upstream_tls_failed-explanation = nginx parle HTTPS au backend et la négociation TLS a échoué : le backend ne parle pas TLS sur ce port, exige le SNI, ou son certificat ou ses protocoles ne correspondent pas.
logp-upstream_tls_failed-fix = Utilisez http:// dans proxy_pass si le backend parle HTTP simple ; sinon, définissez proxy_ssl_server_name on; et réglez proxy_ssl_name / proxy_ssl_protocols selon le backend.

logp-upstream_unresolved-title = Le nom du backend n'a pas pu être résolu
logp-upstream_unresolved-explanation = nginx résout le nom du backend à l'exécution (un resolver avec une variable dans proxy_pass) et la requête DNS a échoué.
logp-upstream_unresolved-fix = Vérifiez le nom et la directive `resolver` de nginx (elle doit pointer vers un serveur DNS qui connaît le nom, par exemple 127.0.0.11 dans Docker).

logp-script_unknown-title = Script PHP introuvable
logp-script_unknown-explanation = PHP-FPM n'a pas trouvé le script demandé par nginx : SCRIPT_FILENAME ou root pointe au mauvais endroit (en général une erreur 404 « File not found. », parfois un élément d'une panne 502).
logp-script_unknown-fix = Définissez fastcgi_param SCRIPT_FILENAME $document_root$fastcgi_script_name; et vérifiez que root pointe vers les fichiers du site et que PHP-FPM a le droit de les lire.

## src/logs/patterns.rs (assets/log_patterns.toml): journal d'erreurs Apache

logp-backend_disabled-title = Apache a désactivé le backend pour un temps
logp-backend_disabled-explanation = Après un échec de connexion, Apache marque le backend comme hors service pendant un délai de nouvelle tentative (retry) et répond 503/502 sans l'essayer.
logp-backend_disabled-fix = Corrigez d'abord l'erreur de connexion du backend ; un retry= plus court sur la ligne ProxyPass fait réessayer Apache plus tôt.

logp-backend_connect_failed-title = Apache n'a pas pu se connecter au backend
logp-backend_connect_failed-explanation = Le proxy d'Apache n'a pas pu ouvrir de connexion vers le backend : il ne tourne pas ou écoute ailleurs.
logp-backend_connect_failed-fix = Démarrez le backend et vérifiez l'adresse dans ProxyPass / SetHandler "proxy:...".

logp-backend_read_timeout-title = Backend trop lent pour Apache (délai dépassé)
logp-backend_read_timeout-explanation = Apache a attendu la réponse du backend plus longtemps que ProxyTimeout (= Timeout, 60 s par défaut) et a abandonné.
logp-backend_read_timeout-fix = Trouvez pourquoi le backend est lent ; s'il doit être lent, augmentez ProxyTimeout (ou timeout= sur ProxyPass).

logp-backend_read_error-title = Erreur à la lecture de la réponse du backend
logp-backend_read_error-explanation = Le backend a fermé ou rompu la connexion pendant qu'Apache lisait sa réponse : il a planté ou a été tué.
logp-backend_read_error-fix = Cherchez dans le journal propre au backend, au même moment, un plantage, un arrêt pour manque de mémoire (OOM kill) ou une limite de temps.

logp-fcgi_failed-title = Échec FastCGI (PHP-FPM) dans Apache
logp-fcgi_failed-explanation = Le module proxy_fcgi d'Apache n'a pas pu dialoguer avec PHP-FPM : le socket ou le port est absent, ou PHP-FPM a fermé la connexion sans réponse valide.
logp-fcgi_failed-fix = Vérifiez que PHP-FPM tourne et que SetHandler "proxy:unix:/run/php/...sock|fcgi://localhost" désigne son socket ; cherchez des plantages dans le journal de PHP-FPM.

## src/logs/patterns.rs (assets/log_patterns.toml): journal PHP-FPM

logp-fpm_max_children-title = PHP-FPM n'a plus de processus libres
logp-fpm_max_children-explanation = Tous les processus PHP-FPM étaient occupés (pm.max_children atteint) : les nouvelles requêtes ont attendu dans la file, puis ont dépassé leur délai ou ont été refusées.
logp-fpm_max_children-fix = Augmentez pm.max_children dans le fichier du pool (si la mémoire le permet : environ RAM libre / mémoire par processus), et trouvez les scripts lents avec le journal des scripts lents (slowlog).

logp-fpm_execute_timeout-title = PHP-FPM a tué un script lent
logp-fpm_execute_timeout-explanation = Un script PHP a tourné plus longtemps que request_terminate_timeout et PHP-FPM a tué son processus : le serveur web n'a donc reçu aucune réponse (502).
logp-fpm_execute_timeout-fix = Accélérez le script, ou augmentez request_terminate_timeout dans le fichier du pool en même temps que le délai du serveur web.

logp-fpm_child_segfault-title = Un processus PHP-FPM a planté (segfault)
logp-fpm_child_segfault-explanation = Un processus PHP-FPM est mort sur un SIGSEGV, généralement à cause d'une extension PHP boguée (opcache, xdebug, une bibliothèque d'images) ; la requête qu'il traitait a reçu une erreur 502.
logp-fpm_child_segfault-fix = Mettez à jour PHP et ses extensions ; désactivez une à une les extensions ajoutées récemment (php -m les liste) jusqu'à ce que les plantages cessent.

## src/logs/patterns.rs (assets/log_patterns.toml): journal d'erreurs PHP

logp-php_max_execution_time-title = Un script PHP a atteint max_execution_time
logp-php_max_execution_time-explanation = Un script PHP a tourné plus longtemps que max_execution_time (30 s par défaut) et a été arrêté par une erreur fatale.
logp-php_max_execution_time-fix = Accélérez le script, ou augmentez max_execution_time dans php.ini (ou avec php_admin_value dans le pool) pour les scripts qui en ont besoin.

logp-php_memory_limit-title = Un script PHP a manqué de mémoire
logp-php_memory_limit-explanation = Un script PHP a eu besoin de plus de mémoire que memory_limit et a été arrêté par une erreur fatale.
logp-php_memory_limit-fix = Trouvez ce qui consomme la mémoire (grosses requêtes SQL, images) ; augmentez memory_limit dans php.ini si le script en a vraiment besoin.
