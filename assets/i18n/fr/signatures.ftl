# Les courtes explications ajoutées entre parenthèses aux lignes d'indices de l'empreinte, par ex.
#   corps : « <center>cloudflare</center> » (page d'erreur propre à Cloudflare)
# un message par id `evidence` d'une [[rule]] de assets/signatures.toml, regroupés comme les sections
# de la table ; les règles ayant la même explication partagent un message. Les conditions des règles
# (en-têtes, textes du corps et du titre, phrases de raison) sont comparées aux réponses et restent dans
# le TOML. Les noms de produits (Cloudflare, CloudFront, Varnish, mod_proxy, OpenResty, ...) ainsi que les
# lignes de statut et titres de page cités (« 521 Origin Down », « 502 Proxy Error », « Application Error »)
# sont ce qu'envoient les serveurs et restent tels quels.

## src/fingerprint/rules.rs (assets/signatures.toml): Cloudflare

sig-cloudflare-error-page = page d'erreur propre à Cloudflare
sig-cloudflare-branded-page = page d'erreur aux couleurs de Cloudflare
sig-cloudflare-only-status = code de statut propre à Cloudflare
sig-cloudflare-origin-status-line = ligne de statut Cloudflare pour une erreur du serveur d'origine (« 521 Origin Down », « 522 Origin Connection Time-out »)
sig-cloudflare-521-page = page 521 Cloudflare
sig-cloudflare-523-page = page 523 Cloudflare
sig-cloudflare-status-code = code de statut utilisé par Cloudflare

## src/fingerprint/rules.rs (assets/signatures.toml): CloudFront

sig-cloudfront-error-page = page d'erreur propre à CloudFront
sig-cloudfront-on-path = CloudFront est sur le trajet ; présent aussi quand CloudFront ne fait que transmettre l'erreur du serveur d'origine, ce n'est donc pas la preuve qu'il a produit la page

## src/fingerprint/rules.rs (assets/signatures.toml): Akamai

sig-akamai-reference-number = numéro de référence d'une page d'erreur Akamai
sig-akamai-error-page = page d'erreur Akamai

## src/fingerprint/rules.rs (assets/signatures.toml): Fastly

sig-fastly-first-byte-timeout = Fastly a cessé d'attendre le serveur d'origine (15 s par défaut)
sig-fastly-error-page = page d'erreur Fastly
sig-fastly-varnish-page = page Varnish servie par Fastly

## src/fingerprint/rules.rs (assets/signatures.toml): Vercel

sig-vercel-error-page = page d'erreur Vercel
sig-vercel-error-header = Vercel signale sa propre erreur

## src/fingerprint/rules.rs (assets/signatures.toml): Azure

sig-azure-app-gateway-page = page d'erreur Azure Application Gateway
sig-azure-front-door-page = page d'erreur Azure Front Door

## src/fingerprint/rules.rs (assets/signatures.toml): AWS load balancers

sig-aws-elb-page = page de style nginx sans la ligne du serveur, comme en envoient les équilibreurs de charge AWS

## src/fingerprint/rules.rs (assets/signatures.toml): Google Cloud load balancer

sig-gcp-error-title = titre de la page d'erreur du Google Front End (« Error 502 (Server Error)!!1 »)
sig-gcp-lb-error-page = page d'erreur de l'équilibreur de charge Google Cloud

## src/fingerprint/rules.rs (assets/signatures.toml): Heroku

sig-heroku-router-page = page d'erreur du routeur Heroku
sig-heroku-application-error = ressemble à la page Heroku « Application Error »

## src/fingerprint/rules.rs (assets/signatures.toml): HAProxy

sig-haproxy-502-page = page 502 HAProxy
sig-haproxy-503-page = page 503 HAProxy
sig-haproxy-504-page = page 504 HAProxy

## src/fingerprint/rules.rs (assets/signatures.toml): Varnish

sig-varnish-fetch-failed-status = ligne de statut Varnish quand il ne peut rien obtenir du backend
sig-varnish-error-page = page d'erreur Varnish
sig-varnish-fetch-failed = Varnish n'a rien pu obtenir du backend

## src/fingerprint/rules.rs (assets/signatures.toml): Squid

sig-squid-error-title = titre de la page d'erreur Squid
sig-squid-error-page = page d'erreur Squid
sig-squid-error-header = Squid signale sa propre erreur

## src/fingerprint/rules.rs (assets/signatures.toml): Envoy

sig-envoy-connect-error = Envoy n'a pas pu joindre le serveur placé derrière lui
sig-envoy-no-healthy-upstream = Envoy n'a aucun serveur en bon état derrière lui
sig-envoy-upstream-timeout = Envoy a dépassé le délai d'attente du serveur placé derrière lui

## src/fingerprint/rules.rs (assets/signatures.toml): Traefik

sig-traefik-plain-text = page en texte brut, comme en envoie Traefik

## src/fingerprint/rules.rs (assets/signatures.toml): Caddy

sig-caddy-empty-body = Caddy répond aux erreurs de proxy avec un corps vide

## src/fingerprint/rules.rs (assets/signatures.toml): IIS / ARR

sig-iis-arr-error-page = page d'erreur IIS Application Request Routing
sig-iis-error-page = page d'erreur IIS

## src/fingerprint/rules.rs (assets/signatures.toml): Apache httpd

sig-apache-proxy-status-line = ligne de statut mod_proxy (« 502 Proxy Error »)
sig-apache-proxy-error-title = titre de la page d'erreur mod_proxy
sig-apache-proxy-error-page = page d'erreur Apache mod_proxy
sig-apache-503-page = page 503 Apache
sig-apache-footer = pied de page Apache

## src/fingerprint/rules.rs (assets/signatures.toml): nginx (last: others reuse its template)

sig-nginx-error-page = page d'erreur nginx
sig-openresty-error-page = page d'erreur OpenResty (nginx)
