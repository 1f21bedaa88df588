# Las breves explicaciones que se añaden entre paréntesis a las líneas de evidencia de la huella, p. ej.
#   cuerpo: “<center>cloudflare</center>” (página de error propia de Cloudflare)
# un mensaje por cada id de `evidence` de una [[rule]] en assets/signatures.toml, agrupados como las
# secciones de la tabla; las reglas con la misma explicación comparten mensaje. Las condiciones de las
# reglas (cabeceras, textos del cuerpo y del título, frases de motivo) se comparan con las respuestas y
# se quedan en el TOML. Los nombres de productos (Cloudflare, CloudFront, Varnish, mod_proxy, OpenResty, ...)
# y las líneas de estado y títulos de página citados (“521 Origin Down”, “502 Proxy Error”,
# “Application Error”) son lo que envían los servidores y se dejan tal cual.

## src/fingerprint/rules.rs (assets/signatures.toml): Cloudflare

sig-cloudflare-error-page = página de error propia de Cloudflare
sig-cloudflare-branded-page = página de error con la marca de Cloudflare
sig-cloudflare-only-status = código de estado exclusivo de Cloudflare
sig-cloudflare-origin-status-line = línea de estado de Cloudflare para un error del servidor de origen (“521 Origin Down”, “522 Origin Connection Time-out”)
sig-cloudflare-521-page = página 521 de Cloudflare
sig-cloudflare-523-page = página 523 de Cloudflare
sig-cloudflare-status-code = código de estado que usa Cloudflare

## src/fingerprint/rules.rs (assets/signatures.toml): CloudFront

sig-cloudfront-error-page = página de error propia de CloudFront
sig-cloudfront-on-path = CloudFront está en el camino; también aparece cuando solo reenvía el error del servidor de origen, así que no prueba que generara la página

## src/fingerprint/rules.rs (assets/signatures.toml): Akamai

sig-akamai-reference-number = número de referencia de una página de error de Akamai
sig-akamai-error-page = página de error de Akamai

## src/fingerprint/rules.rs (assets/signatures.toml): Fastly

sig-fastly-first-byte-timeout = Fastly dejó de esperar al servidor de origen (15 s por defecto)
sig-fastly-error-page = página de error de Fastly
sig-fastly-varnish-page = página de Varnish servida por Fastly

## src/fingerprint/rules.rs (assets/signatures.toml): Vercel

sig-vercel-error-page = página de error de Vercel
sig-vercel-error-header = Vercel informa de un error propio

## src/fingerprint/rules.rs (assets/signatures.toml): Azure

sig-azure-app-gateway-page = página de error de Azure Application Gateway
sig-azure-front-door-page = página de error de Azure Front Door

## src/fingerprint/rules.rs (assets/signatures.toml): AWS load balancers

sig-aws-elb-page = página al estilo de nginx sin la línea del servidor, como las que envían los balanceadores de carga de AWS

## src/fingerprint/rules.rs (assets/signatures.toml): Google Cloud load balancer

sig-gcp-error-title = título de la página de error del front end de Google (“Error 502 (Server Error)!!1”)
sig-gcp-lb-error-page = página de error del balanceador de carga de Google Cloud

## src/fingerprint/rules.rs (assets/signatures.toml): Heroku

sig-heroku-router-page = página de error del enrutador de Heroku
sig-heroku-application-error = parece la página “Application Error” de Heroku

## src/fingerprint/rules.rs (assets/signatures.toml): HAProxy

sig-haproxy-502-page = página 502 de HAProxy
sig-haproxy-503-page = página 503 de HAProxy
sig-haproxy-504-page = página 504 de HAProxy

## src/fingerprint/rules.rs (assets/signatures.toml): Varnish

sig-varnish-fetch-failed-status = línea de estado de Varnish cuando no puede obtener la respuesta del backend
sig-varnish-error-page = página de error de Varnish
sig-varnish-fetch-failed = Varnish no pudo obtener la respuesta del backend

## src/fingerprint/rules.rs (assets/signatures.toml): Squid

sig-squid-error-title = título de la página de error de Squid
sig-squid-error-page = página de error de Squid
sig-squid-error-header = Squid informa de un error propio

## src/fingerprint/rules.rs (assets/signatures.toml): Envoy

sig-envoy-connect-error = Envoy no pudo llegar al servidor que tiene detrás
sig-envoy-no-healthy-upstream = Envoy no tiene detrás ningún servidor en buen estado
sig-envoy-upstream-timeout = Envoy agotó el tiempo de espera del servidor que tiene detrás

## src/fingerprint/rules.rs (assets/signatures.toml): Traefik

sig-traefik-plain-text = página de texto plano, como las que envía Traefik

## src/fingerprint/rules.rs (assets/signatures.toml): Caddy

sig-caddy-empty-body = Caddy responde a los errores de proxy con el cuerpo vacío

## src/fingerprint/rules.rs (assets/signatures.toml): IIS / ARR

sig-iis-arr-error-page = página de error de IIS Application Request Routing
sig-iis-error-page = página de error de IIS

## src/fingerprint/rules.rs (assets/signatures.toml): Apache httpd

sig-apache-proxy-status-line = línea de estado de mod_proxy (“502 Proxy Error”)
sig-apache-proxy-error-title = título de la página de error de mod_proxy
sig-apache-proxy-error-page = página de error de mod_proxy de Apache
sig-apache-503-page = página 503 de Apache
sig-apache-footer = pie de página de Apache

## src/fingerprint/rules.rs (assets/signatures.toml): nginx (last: others reuse its template)

sig-nginx-error-page = página de error de nginx
sig-openresty-error-page = página de error de OpenResty (nginx)
