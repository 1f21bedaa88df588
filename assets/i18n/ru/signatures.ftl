# Короткие пояснения, которые добавляются в скобках к строкам признаков отпечатка, например
#   тело: «<center>cloudflare</center>» (собственная страница ошибки Cloudflare)
# по одному сообщению на каждый id `evidence` правила [[rule]] в assets/signatures.toml, сгруппированы
# по разделам таблицы; правила с одинаковым пояснением используют одно сообщение. Условия правил
# (заголовки, тексты тела и заголовка страницы, текст статуса) сравниваются с ответами и остаются в TOML.
# Названия продуктов (Cloudflare, CloudFront, Varnish, mod_proxy, OpenResty, ...) и цитируемые строки
# статуса и заголовки страниц («521 Origin Down», «502 Proxy Error», «Application Error») — это то,
# что присылают серверы, они не переводятся.

## src/fingerprint/rules.rs (assets/signatures.toml): Cloudflare

sig-cloudflare-error-page = собственная страница ошибки Cloudflare
sig-cloudflare-branded-page = страница ошибки в фирменном оформлении Cloudflare
sig-cloudflare-only-status = код статуса, который использует только Cloudflare
sig-cloudflare-origin-status-line = строка статуса Cloudflare при ошибке исходного сервера («521 Origin Down», «522 Origin Connection Time-out»)
sig-cloudflare-521-page = страница Cloudflare с кодом 521
sig-cloudflare-523-page = страница Cloudflare с кодом 523
sig-cloudflare-status-code = код статуса, который использует Cloudflare

## src/fingerprint/rules.rs (assets/signatures.toml): CloudFront

sig-cloudfront-error-page = собственная страница ошибки CloudFront
sig-cloudfront-on-path = CloudFront есть на пути запроса; ставится и тогда, когда CloudFront только передаёт ошибку исходного сервера, так что это не доказывает, что страницу создал он

## src/fingerprint/rules.rs (assets/signatures.toml): Akamai

sig-akamai-reference-number = номер Reference # на странице ошибки Akamai
sig-akamai-error-page = страница ошибки Akamai

## src/fingerprint/rules.rs (assets/signatures.toml): Fastly

sig-fastly-first-byte-timeout = Fastly перестал ждать ответа исходного сервера (по умолчанию 15 с)
sig-fastly-error-page = страница ошибки Fastly
sig-fastly-varnish-page = страница Varnish, отданная через Fastly

## src/fingerprint/rules.rs (assets/signatures.toml): Vercel

sig-vercel-error-page = страница ошибки Vercel
sig-vercel-error-header = Vercel сообщает о собственной ошибке

## src/fingerprint/rules.rs (assets/signatures.toml): Azure

sig-azure-app-gateway-page = страница ошибки Azure Application Gateway
sig-azure-front-door-page = страница ошибки Azure Front Door

## src/fingerprint/rules.rs (assets/signatures.toml): AWS load balancers

sig-aws-elb-page = страница в стиле nginx без строки с именем сервера, как у балансировщиков нагрузки AWS

## src/fingerprint/rules.rs (assets/signatures.toml): Google Cloud load balancer

sig-gcp-error-title = заголовок страницы ошибки Google Front End («Error 502 (Server Error)!!1»)
sig-gcp-lb-error-page = страница ошибки балансировщика нагрузки Google Cloud

## src/fingerprint/rules.rs (assets/signatures.toml): Heroku

sig-heroku-router-page = страница ошибки маршрутизатора Heroku
sig-heroku-application-error = похоже на страницу Heroku «Application Error»

## src/fingerprint/rules.rs (assets/signatures.toml): HAProxy

sig-haproxy-502-page = страница HAProxy с кодом 502
sig-haproxy-503-page = страница HAProxy с кодом 503
sig-haproxy-504-page = страница HAProxy с кодом 504

## src/fingerprint/rules.rs (assets/signatures.toml): Varnish

sig-varnish-fetch-failed-status = строка статуса Varnish, когда он не может получить ответ от бэкенда
sig-varnish-error-page = страница ошибки Varnish
sig-varnish-fetch-failed = Varnish не смог получить ответ от бэкенда

## src/fingerprint/rules.rs (assets/signatures.toml): Squid

sig-squid-error-title = заголовок страницы ошибки Squid
sig-squid-error-page = страница ошибки Squid
sig-squid-error-header = Squid сообщает о собственной ошибке

## src/fingerprint/rules.rs (assets/signatures.toml): Envoy

sig-envoy-connect-error = Envoy не смог подключиться к серверу за ним
sig-envoy-no-healthy-upstream = у Envoy нет ни одного исправного сервера за ним
sig-envoy-upstream-timeout = Envoy не дождался ответа сервера за ним (истекло время ожидания)

## src/fingerprint/rules.rs (assets/signatures.toml): Traefik

sig-traefik-plain-text = страница простым текстом, как у Traefik

## src/fingerprint/rules.rs (assets/signatures.toml): Caddy

sig-caddy-empty-body = Caddy отвечает на ошибки прокси пустым телом

## src/fingerprint/rules.rs (assets/signatures.toml): IIS / ARR

sig-iis-arr-error-page = страница ошибки IIS Application Request Routing
sig-iis-error-page = страница ошибки IIS

## src/fingerprint/rules.rs (assets/signatures.toml): Apache httpd

sig-apache-proxy-status-line = строка статуса mod_proxy («502 Proxy Error»)
sig-apache-proxy-error-title = заголовок страницы ошибки mod_proxy
sig-apache-proxy-error-page = страница ошибки Apache mod_proxy
sig-apache-503-page = страница Apache с кодом 503
sig-apache-footer = подпись Apache внизу страницы

## src/fingerprint/rules.rs (assets/signatures.toml): nginx (last: others reuse its template)

sig-nginx-error-page = страница ошибки nginx
sig-openresty-error-page = страница ошибки OpenResty (nginx)
