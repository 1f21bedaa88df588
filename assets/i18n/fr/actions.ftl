# Ce que le propriétaire d'un site doit faire face à une erreur produite par un CDN ou un équilibreur de charge placé devant le site :
# un groupe par ligne de assets/owner_actions.toml, identifié par l'id de la ligne (l'id, le fournisseur, les codes d'état,
# le texte de la page d'erreur et les commandes à copier restent dans le TOML ; les commandes ne sont pas traduites).
#   act-<id>-title        nom court de l'erreur
#   act-<id>-explanation  ce qui s'est passé, en termes simples
#   act-<id>-step-<n>     que faire, numéroté à partir de 1 sans trou, la correction la plus probable d'abord
# Les noms de réglages, de produits et de directives (SSL/TLS, Full (strict), first_byte_timeout, CF-RAY,
# Lambda@Edge, ...) sont écrits comme dans le tableau de bord et la documentation du fournisseur.

## src/diagnosis/owner/cdn/actions.rs (assets/owner_actions.toml): Cloudflare

act-cloudflare_520-title = Cloudflare 520 : l'origine a envoyé une réponse vide ou invalide
act-cloudflare_520-explanation = Cloudflare a joint votre serveur d'origine, mais ce qu'il a reçu était vide, tronqué ou n'était pas du HTTP valide (l'application a planté, la connexion a été réinitialisée, ou les en-têtes de la réponse étaient trop gros).
act-cloudflare_520-step-1 = Lisez le journal d'erreurs du serveur web d'origine à l'heure de l'erreur (en citant le Ray ID Cloudflare).
act-cloudflare_520-step-2 = Cherchez des plantages ou des redémarrages de l'application (PHP-FPM, Node, gunicorn) à ce moment-là.
act-cloudflare_520-step-3 = Gardez des en-têtes de réponse et des cookies légers : Cloudflare refuse les en-têtes qui dépassent environ 32 Ko au total.
act-cloudflare_520-step-4 = Vérifiez que l'origine ne réinitialise pas les connexions venant des plages d'IP de Cloudflare (pare-feu, fail2ban, limitation de débit).

act-cloudflare_521-title = Cloudflare 521 : l'origine a refusé la connexion
act-cloudflare_521-explanation = Cloudflare a essayé de se connecter à votre serveur d'origine et la connexion a été refusée : le serveur web ne tourne pas, ou un pare-feu rejette les adresses de Cloudflare.
act-cloudflare_521-step-1 = Démarrez (ou redémarrez) le serveur web sur l'origine et vérifiez qu'il écoute sur le port 80/443.
act-cloudflare_521-step-2 = Autorisez les plages d'IP de Cloudflare (https://www.cloudflare.com/ips/) dans le pare-feu, les groupes de sécurité et fail2ban de l'origine.
act-cloudflare_521-step-3 = Vérifiez que l'IP d'origine dans les enregistrements DNS de Cloudflare est bien l'adresse actuelle du serveur.

act-cloudflare_522-title = Cloudflare 522 : délai dépassé pour la connexion à l'origine
act-cloudflare_522-explanation = Cloudflare n'a pas pu établir à temps (15 s) la connexion avec votre origine. Le plus souvent, un pare-feu abandonne en silence les paquets venant des adresses de Cloudflare, l'origine est surchargée, ou l'IP d'origine dans le DNS est fausse.
act-cloudflare_522-step-1 = Vérifiez que l'IP d'origine dans les enregistrements DNS de Cloudflare est correcte et que le serveur fonctionne.
act-cloudflare_522-step-2 = Autorisez les plages d'IP de Cloudflare dans le pare-feu de l'origine et dans les groupes de sécurité du cloud ; une règle qui abandonne les paquets donne 522 plutôt que 521.
act-cloudflare_522-step-3 = Vérifiez la charge de l'origine : une file d'attente d'écoute (listen backlog) pleine ou trop peu de processus de travail (workers) retardent aussi les nouvelles connexions.

act-cloudflare_523-title = Cloudflare 523 : origine injoignable
act-cloudflare_523-explanation = Cloudflare ne trouve pas de route vers votre origine : l'adresse d'origine dans ses enregistrements DNS est fausse ou n'est pas joignable sur Internet (souvent après un passage à un nouveau serveur ou à une nouvelle IP).
act-cloudflare_523-step-1 = Dans le tableau de bord Cloudflare, corrigez l'enregistrement A/AAAA (ou CNAME) du nom proxifié pour qu'il pointe vers l'adresse publique actuelle de l'origine.
act-cloudflare_523-step-2 = Si l'origine a un enregistrement IPv6 (AAAA), vérifiez qu'elle répond réellement en IPv6, ou supprimez l'enregistrement.

act-cloudflare_524-title = Cloudflare 524 : l'origine a mis plus de 100 secondes
act-cloudflare_524-explanation = Cloudflare s'est connecté à votre origine, mais aucune réponse n'est arrivée dans la limite de 100 secondes de Cloudflare : une requête sur l'origine est trop lente.
act-cloudflare_524-step-1 = Trouvez l'URL lente dans le journal d'accès de l'origine et accélérez-la (requête lente à la base de données, appel à une API externe).
act-cloudflare_524-step-2 = Confiez les tâches longues (exports, imports, rapports) à un processus en arrière-plan et interrogez régulièrement son résultat.
act-cloudflare_524-step-3 = Relever la limite nécessite une offre Enterprise (proxy read timeout) ; avec les autres offres, servez les tâches longues depuis un sous-domaine en nuage gris (DNS only).

act-cloudflare_525-title = Cloudflare 525 : échec de la négociation TLS avec l'origine
act-cloudflare_525-explanation = En mode SSL Full ou Full (strict), Cloudflare se connecte à votre origine en HTTPS, et cette négociation TLS (handshake) a échoué : l'origine n'a pas de certificat sur le port 443, n'a aucune version ou suite de chiffrement TLS en commun avec Cloudflare, ou n'accepte pas le SNI.
act-cloudflare_525-step-1 = Vérifiez que l'origine sert du HTTPS sur le port 443 avec un certificat au nom du site (un certificat gratuit Cloudflare Origin CA convient).
act-cloudflare_525-step-2 = Activez TLS 1.2 ou plus récent sur l'origine.
act-cloudflare_525-step-3 = Si l'origine ne peut pas du tout faire de HTTPS, réglez le mode de chiffrement SSL/TLS sur Flexible, seulement comme solution provisoire (le trafic vers l'origine n'est alors pas chiffré).

act-cloudflare_526-title = Cloudflare 526 : certificat de l'origine invalide
act-cloudflare_526-explanation = En mode SSL Full (strict), Cloudflare vérifie le certificat de l'origine, et celui-ci a expiré, est auto-signé, concerne un autre nom ou n'a pas sa chaîne intermédiaire.
act-cloudflare_526-step-1 = Installez sur l'origine un certificat valide au nom du site (Let's Encrypt ou un certificat Cloudflare Origin CA), avec la chaîne complète.
act-cloudflare_526-step-2 = Renouvelez-le s'il a expiré et rechargez le serveur web.
act-cloudflare_526-step-3 = Passer le mode SSL sur Full (sans strict) masque le problème ; corrigez plutôt le certificat.

act-cloudflare_own_5xx-title = 502/504 de Cloudflare lui-même : une panne à l'intérieur de Cloudflare
act-cloudflare_own_5xx-explanation = La page d'erreur a été produite par Cloudflare lui-même (sa page dépouillée se termine par « cloudflare »), pas par votre origine : c'est un problème dans le réseau de Cloudflare, généralement de courte durée.
act-cloudflare_own_5xx-step-1 = Consultez https://www.cloudflarestatus.com pour voir s'il y a un incident dans le centre de données indiqué dans l'identifiant CF-RAY (les lettres après le tiret).
act-cloudflare_own_5xx-step-2 = Si cela dure, ouvrez un ticket auprès de l'assistance Cloudflare en indiquant l'identifiant CF-RAY.

## src/diagnosis/owner/cdn/actions.rs (assets/owner_actions.toml): CloudFront

act-cloudfront_502_lambda-title = CloudFront : la fonction Lambda@Edge a échoué
act-cloudfront_502_lambda-explanation = Une fonction Lambda@Edge (ou une fonction CloudFront) associée à la distribution a renvoyé une réponse invalide, a atteint ses limites ou n'a pas pu s'exécuter ; CloudFront a donc répondu par une erreur.
act-cloudfront_502_lambda-step-1 = Ouvrez les journaux CloudWatch de la fonction dans la région la plus proche de l'emplacement edge en échec, et cherchez des erreurs ou des dépassements de délai.
act-cloudfront_502_lambda-step-2 = Vérifiez que la fonction renvoie un objet de réponse valide (statut, en-têtes au format de CloudFront) et reste dans les limites de taille et de durée.
act-cloudfront_502_lambda-step-3 = Pour un 503 « Lambda limit exceeded », augmentez le quota de simultanéité de la fonction ou réduisez sa durée d'exécution.

act-cloudfront_502-title = CloudFront 502 : connexion à l'origine impossible ou réponse invalide
act-cloudfront_502-explanation = CloudFront n'a pas pu établir complètement la connexion avec votre origine : le plus souvent, la négociation TLS a échoué (le certificat de l'origine ne correspond pas au nom de domaine de l'origine, a expiré ou est auto-signé, ou il n'y a aucune version TLS en commun), ou l'origine a répondu quelque chose qui n'est pas du HTTP valide.
act-cloudfront_502-step-1 = Vérifiez que le certificat de l'origine couvre le nom de domaine de l'origine défini dans la distribution (ou l'en-tête Host qui lui est transmis) et remonte à une autorité de certification publique.
act-cloudfront_502-step-2 = Vérifiez que les protocoles SSL de l'origine dans la distribution (Origin SSL protocols) correspondent à ceux que l'origine prend en charge (TLSv1.2).
act-cloudfront_502-step-3 = Vérifiez que la politique de protocole de l'origine et les ports (HTTP only / HTTPS only / Match viewer) correspondent à ce sur quoi l'origine écoute.

act-cloudfront_503-title = CloudFront 503 : l'origine ou CloudFront est saturé
act-cloudfront_503-explanation = CloudFront n'a obtenu aucune réponse exploitable parce que l'origine est surchargée ou indisponible (ou, plus rarement, parce que l'emplacement edge est à pleine capacité).
act-cloudfront_503-step-1 = Vérifiez l'état et la capacité de l'origine (hôtes sains de l'équilibreur de charge, CPU des instances, erreurs de l'application).
act-cloudfront_503-step-2 = Augmentez la capacité de l'origine ou mettez davantage en cache chez CloudFront pour la décharger.

act-cloudfront_504-title = CloudFront 504 : l'origine n'a pas répondu à temps
act-cloudfront_504-explanation = CloudFront s'est connecté (ou a essayé de se connecter) à votre origine, mais celle-ci n'a pas répondu dans le délai de réponse de l'origine (30 s par défaut), ou un pare-feu a bloqué les adresses de CloudFront.
act-cloudfront_504-step-1 = Autorisez sur l'origine les plages de CloudFront côté origine (liste de préfixes gérée par AWS com.amazonaws.global.cloudfront.origin-facing dans le groupe de sécurité).
act-cloudfront_504-step-2 = Accélérez la requête lente, ou augmentez le délai de réponse de l'origine dans la distribution (jusqu'à 60 s avec le quota par défaut).
act-cloudfront_504-step-3 = Vérifiez que les délais propres à l'origine (serveur web, application) sont plus longs que ceux de CloudFront, pour que CloudFront obtienne une réponse.

## src/diagnosis/owner/cdn/actions.rs (assets/owner_actions.toml): équilibreurs de charge AWS

act-aws_alb_502-title = Équilibreur de charge AWS 502 : la cible a fermé ou réinitialisé la connexion
act-aws_alb_502-explanation = L'équilibreur de charge a transmis la requête, mais la cible (votre instance ou votre conteneur) a réinitialisé ou fermé la connexion, ou a envoyé une réponse mal formée. Une cause fréquente : un délai keep-alive sur la cible plus court que le délai d'inactivité de l'équilibreur de charge (60 s), si bien que des requêtes tombent sur une connexion en train de se fermer.
act-aws_alb_502-step-1 = Réglez le délai keep-alive de la cible PLUS LONG que le délai d'inactivité de l'équilibreur de charge (par exemple 65 s pour les 60 s par défaut).
act-aws_alb_502-step-2 = Cherchez dans les journaux de la cible des plantages ou des redémarrages à l'heure de l'erreur.
act-aws_alb_502-step-3 = Lisez les journaux d'accès de l'ALB : elb_status_code 502 avec target_status_code '-' signifie que la cible n'a pas donné de réponse valide.

act-aws_alb_503-title = Équilibreur de charge AWS 503 : aucune cible saine
act-aws_alb_503-explanation = L'équilibreur de charge n'a aucune cible saine à laquelle envoyer la requête : toutes les cibles ont échoué à la vérification de l'état, ou le groupe cible est vide.
act-aws_alb_503-step-1 = Regardez l'état du groupe cible : quelles cibles sont défectueuses (unhealthy), et pourquoi (délai dépassé, mauvais statut, mauvais port).
act-aws_alb_503-step-2 = Vérifiez que le chemin de vérification de l'état répond 200 rapidement, et que le groupe de sécurité des cibles autorise l'équilibreur de charge.
act-aws_alb_503-step-3 = Démarrez ou enregistrez des cibles (vérifiez la capacité souhaitée du groupe Auto Scaling ou du service ECS).

act-aws_alb_504-title = Équilibreur de charge AWS 504 : la cible n'a pas répondu avant le délai d'inactivité
act-aws_alb_504-explanation = La cible a accepté la requête mais n'a rien renvoyé avant le délai d'inactivité de l'équilibreur de charge (60 s par défaut), ou l'équilibreur de charge n'a pas pu s'y connecter du tout.
act-aws_alb_504-step-1 = Trouvez les requêtes lentes sur la cible et accélérez-les, ou confiez-les à une tâche en arrière-plan.
act-aws_alb_504-step-2 = Si des requêtes longues sont normales, augmentez le délai d'inactivité de l'équilibreur de charge, et gardez le délai keep-alive de la cible plus long que lui.
act-aws_alb_504-step-3 = Vérifiez que le groupe de sécurité et les ACL réseau des cibles autorisent le trafic venant de l'équilibreur de charge.

## src/diagnosis/owner/cdn/actions.rs (assets/owner_actions.toml): Fastly

act-fastly_503_first_byte_timeout-title = Fastly 503 first byte timeout : l'origine a été trop lente
act-fastly_503_first_byte_timeout-explanation = Fastly s'est connecté à votre origine, mais le premier octet de la réponse n'est pas arrivé dans le délai du premier octet (first byte timeout) du backend (15 s par défaut).
act-fastly_503_first_byte_timeout-step-1 = Accélérez la requête lente sur l'origine (trouvez-la dans le journal d'accès de l'origine).
act-fastly_503_first_byte_timeout-step-2 = Si la requête est lente par nature, augmentez le first_byte_timeout du backend dans le service Fastly et activez la nouvelle version.

act-fastly_503-title = Fastly 503 : l'origine n'a pas pu être utilisée
act-fastly_503-explanation = Fastly n'a pas pu obtenir de réponse de votre origine (backend indisponible, connexion refusée, ou problème TLS avec l'origine).
act-fastly_503-step-1 = Vérifiez que l'origine fonctionne et accepte les connexions venant des plages d'IP de Fastly (https://api.fastly.com/public-ip-list).
act-fastly_503-step-2 = Vérifiez l'hôte, le port et les réglages TLS du backend (SNI hostname, Certificate hostname) dans le service Fastly.
