# Die kurzen Erläuterungen, die in Klammern an die Belegzeilen des Fingerabdrucks angehängt werden, z. B.
#   Inhalt: „<center>cloudflare</center>“ (eigene Fehlerseite von Cloudflare)
# eine Nachricht pro `evidence`-ID einer [[rule]] in assets/signatures.toml, gruppiert wie die Abschnitte
# der Tabelle; Regeln mit derselben Erläuterung teilen sich eine Nachricht. Die Bedingungen der Regeln
# (Header, Texte aus Inhalt und Titel, Statustexte) werden mit den Antworten verglichen und bleiben in der TOML.
# Produktnamen (Cloudflare, CloudFront, Varnish, mod_proxy, OpenResty, ...) sowie die zitierten Statuszeilen
# und Seitentitel („521 Origin Down“, „502 Proxy Error“, „Application Error“) senden die Server so und
# bleiben unverändert.

## src/fingerprint/rules.rs (assets/signatures.toml): Cloudflare

sig-cloudflare-error-page = eigene Fehlerseite von Cloudflare
sig-cloudflare-branded-page = Fehlerseite im Cloudflare-Design
sig-cloudflare-only-status = Statuscode, den nur Cloudflare verwendet
sig-cloudflare-origin-status-line = Statuszeile von Cloudflare bei einem Fehler des Ursprungsservers („521 Origin Down“, „522 Origin Connection Time-out“)
sig-cloudflare-521-page = 521-Seite von Cloudflare
sig-cloudflare-523-page = 523-Seite von Cloudflare
sig-cloudflare-status-code = von Cloudflare verwendeter Statuscode

## src/fingerprint/rules.rs (assets/signatures.toml): CloudFront

sig-cloudfront-error-page = eigene Fehlerseite von CloudFront
sig-cloudfront-on-path = CloudFront liegt auf dem Weg; auch gesetzt, wenn CloudFront den Fehler des Ursprungsservers nur weiterreicht, also kein Beweis, dass es die Seite erzeugt hat

## src/fingerprint/rules.rs (assets/signatures.toml): Akamai

sig-akamai-reference-number = Referenznummer einer Akamai-Fehlerseite
sig-akamai-error-page = Akamai-Fehlerseite

## src/fingerprint/rules.rs (assets/signatures.toml): Fastly

sig-fastly-first-byte-timeout = Fastly hat das Warten auf den Ursprungsserver aufgegeben (Vorgabe 15 s)
sig-fastly-error-page = Fehlerseite von Fastly
sig-fastly-varnish-page = von Fastly ausgelieferte Varnish-Seite

## src/fingerprint/rules.rs (assets/signatures.toml): Vercel

sig-vercel-error-page = Fehlerseite von Vercel
sig-vercel-error-header = Vercel meldet einen eigenen Fehler

## src/fingerprint/rules.rs (assets/signatures.toml): Azure

sig-azure-app-gateway-page = Fehlerseite von Azure Application Gateway
sig-azure-front-door-page = Fehlerseite von Azure Front Door

## src/fingerprint/rules.rs (assets/signatures.toml): AWS load balancers

sig-aws-elb-page = Seite im nginx-Stil ohne die Serverzeile, wie AWS Load Balancer sie senden

## src/fingerprint/rules.rs (assets/signatures.toml): Google Cloud load balancer

sig-gcp-error-title = Titel der Fehlerseite des Google Front End („Error 502 (Server Error)!!1“)
sig-gcp-lb-error-page = Fehlerseite des Google Cloud Load Balancers

## src/fingerprint/rules.rs (assets/signatures.toml): Heroku

sig-heroku-router-page = Fehlerseite des Heroku-Routers
sig-heroku-application-error = sieht aus wie die Heroku-Seite „Application Error“

## src/fingerprint/rules.rs (assets/signatures.toml): HAProxy

sig-haproxy-502-page = 502-Seite von HAProxy
sig-haproxy-503-page = 503-Seite von HAProxy
sig-haproxy-504-page = 504-Seite von HAProxy

## src/fingerprint/rules.rs (assets/signatures.toml): Varnish

sig-varnish-fetch-failed-status = Statuszeile von Varnish, wenn es nichts vom Backend abrufen kann
sig-varnish-error-page = Fehlerseite von Varnish
sig-varnish-fetch-failed = Varnish konnte nichts vom Backend abrufen

## src/fingerprint/rules.rs (assets/signatures.toml): Squid

sig-squid-error-title = Titel der Fehlerseite von Squid
sig-squid-error-page = Fehlerseite von Squid
sig-squid-error-header = Squid meldet einen eigenen Fehler

## src/fingerprint/rules.rs (assets/signatures.toml): Envoy

sig-envoy-connect-error = Envoy konnte den Server dahinter nicht erreichen
sig-envoy-no-healthy-upstream = Envoy hat keinen fehlerfreien Server dahinter
sig-envoy-upstream-timeout = Envoy hat beim Warten auf den Server dahinter das Zeitlimit überschritten

## src/fingerprint/rules.rs (assets/signatures.toml): Traefik

sig-traefik-plain-text = Seite in reinem Text, wie Traefik sie sendet

## src/fingerprint/rules.rs (assets/signatures.toml): Caddy

sig-caddy-empty-body = Caddy beantwortet Proxy-Fehler mit leerem Inhalt

## src/fingerprint/rules.rs (assets/signatures.toml): IIS / ARR

sig-iis-arr-error-page = Fehlerseite von IIS Application Request Routing
sig-iis-error-page = IIS-Fehlerseite

## src/fingerprint/rules.rs (assets/signatures.toml): Apache httpd

sig-apache-proxy-status-line = Statuszeile von mod_proxy („502 Proxy Error“)
sig-apache-proxy-error-title = Titel der Fehlerseite von mod_proxy
sig-apache-proxy-error-page = Fehlerseite von Apache mod_proxy
sig-apache-503-page = 503-Seite von Apache
sig-apache-footer = Fußzeile einer Apache-Seite

## src/fingerprint/rules.rs (assets/signatures.toml): nginx (last: others reuse its template)

sig-nginx-error-page = Fehlerseite von nginx
sig-openresty-error-page = Fehlerseite von OpenResty (nginx)
