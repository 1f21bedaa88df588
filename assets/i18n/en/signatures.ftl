# The short explanations added in brackets to the fingerprint's evidence lines, e.g.
#   body: "<center>cloudflare</center>" (Cloudflare's own error page)
# one message per `evidence` id of a [[rule]] in assets/signatures.toml, grouped like the table's
# sections; rules with the same explanation share one message. The rules' conditions (headers,
# body and title texts, reason phrases) are matched against responses and stay in the TOML.
# Product names (Cloudflare, CloudFront, Varnish, mod_proxy, OpenResty, ...) and the quoted status
# lines and page titles ("521 Origin Down", "502 Proxy Error", "Application Error") are what the
# servers send and stay as they are.

## src/fingerprint/rules.rs (assets/signatures.toml): Cloudflare

sig-cloudflare-error-page = Cloudflare's own error page
sig-cloudflare-branded-page = Cloudflare branded error page
sig-cloudflare-only-status = Cloudflare-only status code
sig-cloudflare-origin-status-line = Cloudflare's status line for an origin error ("521 Origin Down", "522 Origin Connection Time-out")
sig-cloudflare-521-page = Cloudflare's 521 page
sig-cloudflare-523-page = Cloudflare's 523 page
sig-cloudflare-status-code = status code used by Cloudflare

## src/fingerprint/rules.rs (assets/signatures.toml): CloudFront

sig-cloudfront-error-page = CloudFront's own error page
sig-cloudfront-on-path = CloudFront is on the path; also set when it passes on the origin's error, so not proof it made the page

## src/fingerprint/rules.rs (assets/signatures.toml): Akamai

sig-akamai-reference-number = Akamai error page reference number
sig-akamai-error-page = Akamai error page

## src/fingerprint/rules.rs (assets/signatures.toml): Fastly

sig-fastly-first-byte-timeout = Fastly gave up waiting for the origin (15 s default)
sig-fastly-error-page = Fastly's error page
sig-fastly-varnish-page = Varnish page served by Fastly

## src/fingerprint/rules.rs (assets/signatures.toml): Vercel

sig-vercel-error-page = Vercel's error page
sig-vercel-error-header = Vercel reports its own error

## src/fingerprint/rules.rs (assets/signatures.toml): Azure

sig-azure-app-gateway-page = Azure Application Gateway error page
sig-azure-front-door-page = Azure Front Door error page

## src/fingerprint/rules.rs (assets/signatures.toml): AWS load balancers

sig-aws-elb-page = nginx-style page without the server line, as AWS load balancers send

## src/fingerprint/rules.rs (assets/signatures.toml): Google Cloud load balancer

sig-gcp-error-title = Google front end's error page title ("Error 502 (Server Error)!!1")
sig-gcp-lb-error-page = Google Cloud load balancer error page

## src/fingerprint/rules.rs (assets/signatures.toml): Heroku

sig-heroku-router-page = Heroku router error page
sig-heroku-application-error = looks like Heroku's "Application Error" page

## src/fingerprint/rules.rs (assets/signatures.toml): HAProxy

sig-haproxy-502-page = HAProxy's 502 page
sig-haproxy-503-page = HAProxy's 503 page
sig-haproxy-504-page = HAProxy's 504 page

## src/fingerprint/rules.rs (assets/signatures.toml): Varnish

sig-varnish-fetch-failed-status = Varnish's status line when it cannot fetch from the backend
sig-varnish-error-page = Varnish's error page
sig-varnish-fetch-failed = Varnish could not fetch from the backend

## src/fingerprint/rules.rs (assets/signatures.toml): Squid

sig-squid-error-title = Squid's error page title
sig-squid-error-page = Squid's error page
sig-squid-error-header = Squid reports its own error

## src/fingerprint/rules.rs (assets/signatures.toml): Envoy

sig-envoy-connect-error = Envoy could not reach the upstream
sig-envoy-no-healthy-upstream = Envoy has no healthy upstream
sig-envoy-upstream-timeout = Envoy timed out waiting for the upstream

## src/fingerprint/rules.rs (assets/signatures.toml): Traefik

sig-traefik-plain-text = plain-text page as Traefik sends

## src/fingerprint/rules.rs (assets/signatures.toml): Caddy

sig-caddy-empty-body = Caddy answers proxy errors with an empty body

## src/fingerprint/rules.rs (assets/signatures.toml): IIS / ARR

sig-iis-arr-error-page = IIS Application Request Routing error page
sig-iis-error-page = IIS error page

## src/fingerprint/rules.rs (assets/signatures.toml): Apache httpd

sig-apache-proxy-status-line = mod_proxy's status line ("502 Proxy Error")
sig-apache-proxy-error-title = mod_proxy's error page title
sig-apache-proxy-error-page = Apache mod_proxy error page
sig-apache-503-page = Apache's 503 page
sig-apache-footer = Apache's page footer

## src/fingerprint/rules.rs (assets/signatures.toml): nginx (last: others reuse its template)

sig-nginx-error-page = nginx's error page
sig-openresty-error-page = OpenResty (nginx) error page
