# Les constats du mode serveur (les fichiers de configuration de nginx, Apache, HAProxy, Caddy, Varnish et
# PHP-FPM, la machine en dessous) : « ce fichier, cette ligne, voici ce qui ne va pas, voici la correction » ;
# les lignes d'un fichier de configuration qui n'ont pas pu être lues ; les erreurs d'un fichier de capture du
# navigateur (HAR) invalide ; les avis et erreurs du fichier de réglages.
# Les noms de directives, les lignes de configuration (entre `accents graves`), les commandes, les noms d'unités
# et les chemins de fichiers ne sont jamais traduits. $who vaut « nginx (sites-enabled/shop, ligne 12) »
# (srv-who) ; $site est un nom d'hôte ou srv-site-on / srv-its-site (placé après « pour ») ; $target est
# l'adresse de l'application placée derrière (127.0.0.1:9000, unix:/run/php/php8.2-fpm.sock) ; $detail est ce
# qu'a donné la tentative (« connection refused »), dans la même langue (machine.ftl) ; $seconds et les autres sont des nombres déjà
# écrits (« 60 », « 0.5 »).

## src/serverconf/judge.rs
# Le site que sert une application placée derrière, dans une phrase (après « pour »), quand il n'a pas de nom
# simple : « le site sur :8080 ».
srv-site-on = le site sur { $listen }
srv-its-site = son site
# Qui transmet les requêtes : le logiciel, le nom court du fichier et la ligne.
srv-who = { $software } ({ $file }, ligne { $line })
# $fix est la ligne de configuration à écrire.
srv-socket-mismatch-fix = Écrivez `{ $fix }` à cet endroit, puis rechargez { $software }.
srv-down-nothing-listens = { $who } transmet les requêtes pour { $site } à { $target }, où rien n'écoute.
srv-down-no-socket = { $who } transmet les requêtes pour { $site } à { $target }, mais ce socket n'existe pas.
srv-down-fix-pool = Démarrez PHP-FPM : son pool « { $pool } » ({ $file }, ligne { $line }) devrait écouter à cet endroit.
srv-down-fix-app = Démarrez l'application qui devrait écouter sur { $target } (ou faites pointer { $file }, ligne { $line }, vers l'adresse où elle écoute réellement).
srv-not-a-socket-title = { $who } transmet les requêtes pour { $site } à { $target }, qui est un fichier et non un socket.
srv-not-a-socket-fix = Faites pointer la directive vers le socket sur lequel l'application écoute, ou supprimez le fichier périmé et redémarrez l'application.
srv-permission-title = { $who } transmet les requêtes pour { $site } à { $target }, mais ses processus (utilisateur { $user }) n'ont pas le droit d'ouvrir ce socket : { $detail }.
srv-permission-fix-pool = Dans le pool « { $pool } », écrivez `listen.owner = { $user }`, `listen.group = { $user }` et `listen.mode = 0660`, puis redémarrez PHP-FPM.
srv-permission-fix-app = Faites créer son socket par l'application de façon que l'utilisateur { $user } puisse y écrire (propriétaire ou groupe { $user }, mode 0660).
srv-unresolvable-title = { $who } transmet les requêtes pour { $site } à { $target }, un nom que cet ordinateur ne parvient pas à résoudre.
srv-unresolvable-fix = S'il s'agit du nom d'un conteneur, lancez cette vérification dans le réseau de ce conteneur (docker compose exec ...) ; sinon, utilisez une adresse ou corrigez le nom.
# $setting est la directive qui fixe la limite (proxy_read_timeout).
srv-slow-title-limit = { $who } transmet les requêtes pour { $site } à { $target }, qui est trop lent : { $detail } ; { $software } abandonne au bout de { $seconds } s ({ $setting }).
srv-slow-title-no-limit = { $who } transmet les requêtes pour { $site } à { $target }, qui est trop lent : { $detail } ; { $software } attend sans limite de temps.
srv-slow-fix = Trouvez ce qui ralentit l'application (ses propres journaux, la base de données), ou relevez la limite de temps au-delà de ce dont elle a besoin.
srv-error-title = { $who } transmet les requêtes pour { $site } à { $target }, qui répond incorrectement : { $detail }.
srv-error-fix = Cherchez l'erreur dans le journal propre à l'application ; vérifiez qu'elle parle le protocole qu'indique la directive (HTTP pour proxy_pass, FastCGI pour fastcgi_pass).
# $what est l'un des messages srv-read-* ci-dessous.
srv-unreadable-line-title = Impossible de lire la ligne { $line } de { $file } : { $what }.
srv-unreadable-line-fix = Le reste du fichier a été lu ; vérifiez cette ligne avec le test de configuration du serveur lui-même.
# $why est ce qu'a répondu le système (« permission denied », « not found »).
srv-unreadable-file-title = Impossible de lire { $file } : { $why }.
srv-unreadable-file-fix-permission = Lancez la vérification avec sudo, ou en tant qu'utilisateur du groupe propriétaire du fichier.
srv-unreadable-file-fix-path = Vérifiez le chemin ; son contenu n'a pas été vérifié.
# Le tampon d'en-têtes qui s'applique, comme groupe nominal pour srv-header-* (après « plus que » / « proche
# de ») : « proxy_buffer_size 4k dans sites-enabled/shop, ligne 12 », « proxy_buffer_size 4k (valeur par défaut) ».
srv-buffer-at = { $directive } { $size } dans { $file }, ligne { $line }
srv-buffer-default = { $directive } { $size } (valeur par défaut)
# $bytes est un nombre ; « upstream sent too big header » est le message de journal de nginx lui-même.
srv-header-too-big-title = { $who } transmet les requêtes pour { $site } à { $target }, dont la réponse contient { $bytes ->
        [one] { $bytes } octet
       *[other] { $bytes } octets
    } d'en-têtes : plus que { $limit }, donc nginx répond 502 (« upstream sent too big header »).
srv-header-near-title = { $who } transmet les requêtes pour { $site } à { $target }, dont la réponse contient { $bytes ->
        [one] { $bytes } octet
       *[other] { $bytes } octets
    } d'en-têtes : proche de { $limit } ; un cookie de plus et nginx répondra 502.
srv-header-fix = Écrivez `{ $lines }` dans ce bloc server ou location, puis rechargez nginx.
# $edge_limit est la limite du CDN en toutes lettres, en sujet (« la limite de 100 s de Cloudflare pour une
# réponse de l'origine ») ; $edge son nom.
srv-edge-chain-title = { $who } attend jusqu'à { $seconds } s ({ $setting }) la réponse de { $target }, mais { $edge_limit } ({ $edge_seconds } s) intervient avant : une page plus lente que { $edge_seconds } s finit sur l'erreur de délai dépassé de { $edge }, quel que soit ce réglage.
srv-edge-chain-fix = Faites en sorte que les requêtes lentes se terminent en moins de { $edge_seconds } s (ou confiez le travail à une tâche de fond) ; augmenter { $setting } ne sert à rien tant que { $edge } est placé devant.
# Un proxy devant un autre : $outer abandonne le premier, $inner (derrière lui) attend encore.
srv-proxy-chain-title = { $who } cesse d'attendre { $target } au bout de { $seconds } s ({ $setting }), mais { $inner }, placé derrière, attend jusqu'à { $inner_seconds } s ({ $inner_setting }) l'application placée derrière lui : les pages lentes finissent sur le 504 de { $outer } alors que { $inner } attend encore.
srv-proxy-chain-fix = Écrivez `{ $line }` (un peu plus que { $inner_seconds } s), ou réduisez { $inner_setting } de { $inner } sous { $seconds } s, puis rechargez.
# La limite de PHP est plus longue que celle du serveur web : -ini quand max_execution_time de php.ini la fixe,
# -pool quand c'est le réglage propre au pool.
srv-php-timeout-title-ini = PHP peut s'exécuter { $php_seconds } s (max_execution_time, { $php_file }, ligne { $php_line }) mais { $software } abandonne au bout de { $seconds } s ({ $setting }) -> 504 pour les pages lentes.
srv-php-timeout-title-pool = PHP peut s'exécuter { $php_seconds } s (sa limite de temps, { $php_file }, ligne { $php_line }) mais { $software } abandonne au bout de { $seconds } s ({ $setting }) -> 504 pour les pages lentes.
srv-php-timeout-fix = Écrivez `{ $line }` (ou abaissez la limite de PHP sous { $seconds } s), puis rechargez.
srv-verdict-no-config = Aucune configuration de serveur web n'a été trouvée sur cet ordinateur.
srv-verdict-no-upstreams = La configuration ne transmet aucune requête à une application : il n'y a aucun lien à vérifier.
srv-verdict-nothing-checked = Aucune des applications placées derrière le serveur web n'a pu être vérifiée.
# $checked et $count sont des nombres.
srv-verdict-healthy = { $checked ->
    [one] Toutes les applications que nomme la configuration ont répondu ({ $checked } vérifiée).
   *[other] Toutes les applications que nomme la configuration ont répondu ({ $checked } vérifiées).
}
srv-verdict-warnings = { $count ->
    [one] { $count } avertissement ci-dessous.
   *[other] { $count } avertissements ci-dessous.
}

## src/serverconf/links.rs
srv-socket-mismatch-title = { $software } ({ $file }, ligne { $line }) transmet les requêtes PHP à { $path }, mais aucun pool PHP-FPM n'y écoute : le pool « { $pool } » écoute sur { $pool_path } ({ $pool_file }, ligne { $pool_line }).

## src/serverconf/syntax.rs
# $message est le message d'erreur du programme lui-même, en anglais ; $command le test tel qu'il a été lancé (nginx -t).
srv-config-test-title = Le test de configuration de { $software } lui-même échoue ({ $command }) : { $message }. Le serveur en cours d'exécution utilise peut-être encore son ancienne configuration, mais le prochain rechargement ou redémarrage échouera et le site sera en panne.
srv-config-test-no-message = il s'est terminé sur une erreur
srv-config-test-fix = Corrigez cette ligne, relancez le test jusqu'à ce qu'il réussisse, puis rechargez.

## src/serverconf/host.rs
# L'OOM killer du noyau : $count arrêts forcés de $name au cours des $hours dernières heures ; $when est
# srv-oom-when-*, $limit est srv-oom-limit-* (après « il avait épuisé »).
srv-oom-title = { $count ->
    [one] Le noyau a tué { $name } faute de mémoire une fois au cours des dernières { $hours } h ({ $when }) : il avait épuisé { $limit }, et les requêtes qu'il traitait ont fini en 502.
   *[other] Le noyau a tué { $name } faute de mémoire { $count } fois au cours des dernières { $hours } h ({ $when }) : il avait épuisé { $limit }, et les requêtes qu'il traitait ont fini en 502.
}
# $at est une heure au format RFC 3339.
srv-oom-when-at = dernière fois : { $at }
srv-oom-when-boot = depuis le dernier démarrage
srv-oom-limit-cgroup = sa limite de mémoire (celle d'un conteneur ou le MemoryMax du service)
srv-oom-limit-machine = la mémoire de la machine
srv-oom-fix = Donnez moins de processus à { $name } (PHP-FPM : baissez pm.max_children) ou plus de mémoire ou de swap à la machine ; les lignes autour de celle-ci montrent ce qui a grossi.
# $why dit pourquoi le chemin compte (« le journal d'erreurs de nginx ») ; $free est srv-size-*.
srv-disk-full-title = Le disque qui contient { $path } ({ $why }) est plein à { $pct } % (espace libre : { $free }) : le serveur web ne peut plus mettre les réponses en tampon ni écrire de fichiers temporaires, et PHP ne peut plus enregistrer les sessions, ce qui finit en 500/502.
srv-disk-almost-full-title = Le disque qui contient { $path } ({ $why }) est plein à { $pct } % (espace libre : { $free }) : quand il sera plein, le serveur web et PHP ne pourront plus écrire et répondront 500/502.
srv-disk-fix = Libérez de l'espace : anciens journaux et fichiers .gz issus de la rotation, caches, core dumps ; faites compresser logrotate et conserver moins de fichiers.
srv-inodes-title = Le système de fichiers qui contient { $path } ({ $why }) a utilisé { $pct } % de ses inodes (restants : { $left }) : aucun nouveau fichier ne peut être créé, même s'il reste de la place.
srv-inodes-fix = Supprimez les nombreux petits fichiers qui le remplissent (anciennes sessions PHP, entrées de cache, file d'attente du courrier).
# Tailles : $n est déjà écrit (« 3.2 », « 512 »).
srv-size-gb = { $n } Go
srv-size-mb = { $n } Mo
# Un service systemd ($unit : php8.2-fpm.service) ; $result est le mot de systemd lui-même (exit-code, signal).
srv-service-failed-title = Le service { $unit } a échoué : plus rien de ce qu'il servait ne répond.
srv-service-failed-oom-title = Le service { $unit } a échoué (tué faute de mémoire) : plus rien de ce qu'il servait ne répond.
srv-service-failed-result-title = Le service { $unit } a échoué (résultat : { $result }) : plus rien de ce qu'il servait ne répond.
srv-service-failed-fix = Lisez la raison dans son journal, corrigez-la, puis lancez `systemctl restart { $unit }`.
# $restarts est un nombre.
srv-service-loop-title = { $restarts ->
    [one] Le service { $unit } redémarre sans cesse ({ $restarts } redémarrage jusqu'ici) : il meurt peu après son démarrage, et à chaque fois des requêtes finissent en 502.
   *[other] Le service { $unit } redémarre sans cesse ({ $restarts } redémarrages jusqu'ici) : il meurt peu après son démarrage, et à chaque fois des requêtes finissent en 502.
}
srv-service-loop-fix = Cherchez dans son journal l'erreur qui précède chaque arrêt (une ligne de configuration incorrecte, un fichier manquant, la mémoire).
srv-service-stopped-title = Le service { $unit } est arrêté.
srv-service-stopped-fix = Démarrez-le : `systemctl start { $unit }` (et `systemctl enable { $unit }` pour qu'il démarre avec la machine).
srv-service-restarted-title = Le service { $unit } tourne maintenant, mais systemd l'a redémarré { $restarts } fois depuis son lancement : pendant qu'il était arrêté, des requêtes ont fini en 502.
srv-service-restarted-fix = Lisez dans son journal pourquoi il s'est arrêté.

## src/serverconf/mod.rs
# Une ligne d'un fichier de configuration qui n'a pas pu être lue ; $what est l'un des srv-read-* ci-dessous.
srv-read-problem = { $file } : impossible de lire la ligne { $line } : { $what }

## Ce qui n'allait pas dans une ligne qui n'a pas pu être lue (src/serverconf/nginx.rs, apache.rs, caddy.rs,
## haproxy.rs, varnish.rs, php_fpm.rs), en quelques mots, en minuscules : ils suivent un deux-points.
srv-read-binary = données binaires
srv-read-binary-text = données binaires, pas du texte de configuration
srv-read-quote-not-closed = un guillemet n'est pas fermé
srv-read-close-without-block = un '{"}"}' sans bloc à fermer
srv-read-block-not-closed = ce bloc n'est pas fermé
# $max est un nombre.
srv-read-blocks-too-deep = blocs imbriqués sur plus de { $max } niveaux ; celui-ci est ignoré
# Sections Apache : $closing et $open sont des noms de section (VirtualHost), $line un numéro de ligne.
srv-read-apache-wrong-close = </{ $closing }> ferme <{ $open }> de la ligne { $line }
srv-read-apache-nothing-to-close = </{ $closing }> sans section à fermer
srv-read-apache-no-gt = une ligne de section sans son '>'
srv-read-apache-too-deep = sections imbriquées sur plus de { $max } niveaux ; celle-ci est ignorée
srv-read-apache-not-closed = <{ $section }> n'est pas fermée
# HAProxy : $word est le premier mot de la ligne.
srv-read-haproxy-before-section = '{ $word }' avant toute section
# L'adresse d'un serveur HAProxy sans port : « 10.0.0.5 (le port auquel le client s'est connecté) ».
srv-haproxy-client-port = { $address } (le port auquel le client s'est connecté)
# nginx : $name est le nom d'une directive.
srv-read-nginx-quote = un guillemet qui n'est jamais fermé
srv-read-nginx-too-deep = blocs imbriqués sur plus de { $max } niveaux : ce bloc n'est pas lu
srv-read-nginx-stray-semicolon = un ';' sans directive avant lui
srv-read-nginx-stray-open = un '{"{"}' sans directive avant lui
srv-read-nginx-no-semicolon = « { $name } » n'est pas suivi d'un ';'
srv-read-nginx-stray-close = un '{"}"}' qui ne ferme rien
srv-read-nginx-not-closed = le '{"{"}' de « { $name } » n'est jamais fermé
# Varnish (VCL) : commentaires /* */, chaînes longues {" "}, "chaînes".
srv-read-varnish-comment = un commentaire /* n'est pas fermé
srv-read-varnish-long-string = une chaîne {"{"}" n'est pas fermée
srv-read-varnish-string = une chaîne n'est pas fermée
srv-read-varnish-backend-not-closed = ce backend n'est pas fermé
# $count est un nombre.
srv-read-varnish-blocks-open = { $count ->
    [one] { $count } bloc non fermé à la fin
   *[other] { $count } blocs non fermés à la fin
}
# Un backend VCL sans adresse : $name est son nom ; .host et .path sont des champs VCL.
srv-varnish-backend-no-host = backend { $name } sans .host ni .path
# PHP-FPM et php.ini (fichiers INI).
srv-read-php-section = un nom de section sans son ']' fermant
srv-read-php-expected = clé = valeur attendu
srv-read-php-no-key = une valeur sans clé

## src/har/mod.rs
# Pourquoi un fichier n'a pas pu être lu comme capture du navigateur (HAR) ; en minuscules, ils suivent le nom
# du fichier et un deux-points. $reason est le message du lecteur JSON lui-même, en anglais.
srv-har-not-json = le fichier n'est pas du JSON (ligne { $line }, colonne { $column } : { $reason })
srv-har-truncated = le fichier s'arrête trop tôt (coupé à la ligne { $line }) : enregistrez de nouveau la capture
# $expected est srv-har-expected-*.
srv-har-not-har = le fichier est du JSON mais pas une capture HAR : il manque { $expected }
srv-har-expected-log = un objet « log » au premier niveau
srv-har-expected-entries = « log.entries », une liste de requêtes

## src/store/mod.rs
# Le fichier de réglages n'a pas pu être lu : $file est son chemin, $problem l'un des srv-store-problem-*,
# $backup l'endroit où il a été déplacé, $error ce qu'a répondu le système.
srv-store-notice-kept = Votre fichier de réglages { $file } n'a pas pu être lu ({ $problem }) ; il a été conservé sous le nom { $backup } et Gateway Doctor a démarré avec les réglages par défaut.
srv-store-notice-not-moved = Votre fichier de réglages { $file } n'a pas pu être lu ({ $problem }) ni mis de côté ({ $error }) ; Gateway Doctor a démarré avec les réglages par défaut et remplacera le fichier au prochain enregistrement des réglages.
srv-store-problem-folder = c'est un dossier, pas un fichier
srv-store-problem-open = impossible de l'ouvrir : { $error }
# $byte est un nombre.
srv-store-problem-not-utf8 = ce n'est pas du texte : UTF-8 invalide à l'octet { $byte }
srv-store-problem-json = JSON invalide : { $error }
srv-store-problem-not-object = un objet JSON contenant les réglages était attendu
srv-store-problem-value = valeur inattendue : { $error }
srv-store-too-many-backups = trop de sauvegardes portant le même nom
# Les réglages n'ont pas pu être enregistrés : $path est un dossier ou un fichier, $error ce qu'a répondu le système.
srv-store-error-create-dir = impossible de créer le dossier de réglages { $path } : { $error }
srv-store-error-write = impossible d'écrire le fichier de réglages { $path } : { $error }
srv-store-error-encode = impossible d'encoder les réglages pour { $path } : { $error }
