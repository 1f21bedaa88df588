# As explicações curtas acrescentadas entre parênteses às linhas de evidência da impressão digital, p. ex.
#   corpo: “<center>cloudflare</center>” (página de erro da própria Cloudflare)
# uma mensagem por id de `evidence` de uma [[rule]] em assets/signatures.toml, agrupadas como as seções
# da tabela; regras com a mesma explicação compartilham uma mensagem. As condições das regras
# (cabeçalhos, textos do corpo e do título, frases de motivo) são comparadas com as respostas e ficam no
# TOML. Nomes de produtos (Cloudflare, CloudFront, Varnish, mod_proxy, OpenResty, ...) e as linhas de
# status e títulos de página citados (“521 Origin Down”, “502 Proxy Error”, “Application Error”) são o
# que os servidores enviam e ficam como estão.

## src/fingerprint/rules.rs (assets/signatures.toml): Cloudflare

sig-cloudflare-error-page = página de erro da própria Cloudflare
sig-cloudflare-branded-page = página de erro com a marca da Cloudflare
sig-cloudflare-only-status = código de status exclusivo da Cloudflare
sig-cloudflare-origin-status-line = linha de status da Cloudflare para um erro da origem (“521 Origin Down”, “522 Origin Connection Time-out”)
sig-cloudflare-521-page = página 521 da Cloudflare
sig-cloudflare-523-page = página 523 da Cloudflare
sig-cloudflare-status-code = código de status usado pela Cloudflare

## src/fingerprint/rules.rs (assets/signatures.toml): CloudFront

sig-cloudfront-error-page = página de erro do próprio CloudFront
sig-cloudfront-on-path = o CloudFront está no caminho; também aparece quando ele só repassa o erro da origem, então não prova que foi ele que gerou a página

## src/fingerprint/rules.rs (assets/signatures.toml): Akamai

sig-akamai-reference-number = número de referência de uma página de erro da Akamai
sig-akamai-error-page = página de erro da Akamai

## src/fingerprint/rules.rs (assets/signatures.toml): Fastly

sig-fastly-first-byte-timeout = o Fastly desistiu de esperar pela origem (padrão de 15 s)
sig-fastly-error-page = página de erro do Fastly
sig-fastly-varnish-page = página do Varnish servida pelo Fastly

## src/fingerprint/rules.rs (assets/signatures.toml): Vercel

sig-vercel-error-page = página de erro da Vercel
sig-vercel-error-header = a Vercel informa um erro próprio

## src/fingerprint/rules.rs (assets/signatures.toml): Azure

sig-azure-app-gateway-page = página de erro do Azure Application Gateway
sig-azure-front-door-page = página de erro do Azure Front Door

## src/fingerprint/rules.rs (assets/signatures.toml): AWS load balancers

sig-aws-elb-page = página no estilo do nginx sem a linha do servidor, como a que os balanceadores de carga da AWS enviam

## src/fingerprint/rules.rs (assets/signatures.toml): Google Cloud load balancer

sig-gcp-error-title = título da página de erro do Google Front End (“Error 502 (Server Error)!!1”)
sig-gcp-lb-error-page = página de erro do balanceador de carga do Google Cloud

## src/fingerprint/rules.rs (assets/signatures.toml): Heroku

sig-heroku-router-page = página de erro do roteador do Heroku
sig-heroku-application-error = parece a página “Application Error” do Heroku

## src/fingerprint/rules.rs (assets/signatures.toml): HAProxy

sig-haproxy-502-page = página 502 do HAProxy
sig-haproxy-503-page = página 503 do HAProxy
sig-haproxy-504-page = página 504 do HAProxy

## src/fingerprint/rules.rs (assets/signatures.toml): Varnish

sig-varnish-fetch-failed-status = linha de status do Varnish quando ele não consegue buscar a resposta no backend
sig-varnish-error-page = página de erro do Varnish
sig-varnish-fetch-failed = o Varnish não conseguiu buscar a resposta no backend

## src/fingerprint/rules.rs (assets/signatures.toml): Squid

sig-squid-error-title = título da página de erro do Squid
sig-squid-error-page = página de erro do Squid
sig-squid-error-header = o Squid informa um erro próprio

## src/fingerprint/rules.rs (assets/signatures.toml): Envoy

sig-envoy-connect-error = o Envoy não conseguiu chegar ao servidor por trás dele
sig-envoy-no-healthy-upstream = o Envoy não tem nenhum servidor saudável por trás dele
sig-envoy-upstream-timeout = o Envoy atingiu o tempo limite esperando o servidor por trás dele

## src/fingerprint/rules.rs (assets/signatures.toml): Traefik

sig-traefik-plain-text = página em texto simples, como a que o Traefik envia

## src/fingerprint/rules.rs (assets/signatures.toml): Caddy

sig-caddy-empty-body = o Caddy responde a erros de proxy com o corpo vazio

## src/fingerprint/rules.rs (assets/signatures.toml): IIS / ARR

sig-iis-arr-error-page = página de erro do IIS Application Request Routing
sig-iis-error-page = página de erro do IIS

## src/fingerprint/rules.rs (assets/signatures.toml): Apache httpd

sig-apache-proxy-status-line = linha de status do mod_proxy (“502 Proxy Error”)
sig-apache-proxy-error-title = título da página de erro do mod_proxy
sig-apache-proxy-error-page = página de erro do mod_proxy do Apache
sig-apache-503-page = página 503 do Apache
sig-apache-footer = rodapé da página do Apache

## src/fingerprint/rules.rs (assets/signatures.toml): nginx (last: others reuse its template)

sig-nginx-error-page = página de erro do nginx
sig-openresty-error-page = página de erro do OpenResty (nginx)
