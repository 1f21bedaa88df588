# What a site owner should do about an error made by a CDN or load balancer in front of the site:
# one group per row of assets/owner_actions.toml, keyed by the row's id (the id, provider, status
# codes, error-page text and the commands to copy stay in the TOML; commands are not translated).
#   act-<id>-title        short name of the error
#   act-<id>-explanation  what happened, in plain words
#   act-<id>-step-<n>     what to do, numbered from 1 without gaps, most likely fix first
# Names of settings, products and directives (SSL/TLS, Full (strict), first_byte_timeout, CF-RAY,
# Lambda@Edge, ...) are as the provider's dashboard and documentation spell them.

## src/diagnosis/owner/cdn/actions.rs (assets/owner_actions.toml): Cloudflare

act-cloudflare_520-title = Cloudflare 520: the origin sent an empty or invalid response
act-cloudflare_520-explanation = Cloudflare reached your origin server, but what came back was empty, cut off or not valid HTTP (the app crashed, the connection was reset, or the response headers were too large).
act-cloudflare_520-step-1 = Read the origin web server's error log at the time of the error (quote the Cloudflare Ray ID).
act-cloudflare_520-step-2 = Look for crashes or restarts of the application (PHP-FPM, Node, gunicorn) at that time.
act-cloudflare_520-step-3 = Keep response headers and cookies small: Cloudflare rejects headers over about 32 KB in total.
act-cloudflare_520-step-4 = Make sure the origin does not reset connections from Cloudflare's IP ranges (firewall, fail2ban, rate limiting).

act-cloudflare_521-title = Cloudflare 521: the origin refused the connection
act-cloudflare_521-explanation = Cloudflare tried to connect to your origin server and the connection was refused: the web server is not running, or a firewall rejects Cloudflare's addresses.
act-cloudflare_521-step-1 = Start (or restart) the web server on the origin and check that it listens on port 80/443.
act-cloudflare_521-step-2 = Allow Cloudflare's IP ranges (https://www.cloudflare.com/ips/) in the origin's firewall, security groups and fail2ban.
act-cloudflare_521-step-3 = Check that the origin IP in Cloudflare's DNS records is the server's current address.

act-cloudflare_522-title = Cloudflare 522: connection to the origin timed out
act-cloudflare_522-explanation = Cloudflare could not finish connecting to your origin in time (15 s). Usually a firewall silently drops Cloudflare's addresses, the origin is overloaded, or the origin IP in DNS is wrong.
act-cloudflare_522-step-1 = Check that the origin IP in Cloudflare's DNS records is right and the server is up.
act-cloudflare_522-step-2 = Allow Cloudflare's IP ranges in the origin's firewall and cloud security groups; a rule that drops packets gives 522 rather than 521.
act-cloudflare_522-step-3 = Check the origin's load: a full listen backlog or too few workers also delays new connections.

act-cloudflare_523-title = Cloudflare 523: origin unreachable
act-cloudflare_523-explanation = Cloudflare cannot find a route to your origin: the origin address in its DNS records is wrong or not reachable on the internet (often after a move to a new server or IP).
act-cloudflare_523-step-1 = Correct the A/AAAA (or CNAME) record of the proxied name in the Cloudflare dashboard to the origin's current public address.
act-cloudflare_523-step-2 = If the origin has an IPv6 (AAAA) record, make sure it actually answers over IPv6, or remove the record.

act-cloudflare_524-title = Cloudflare 524: the origin took longer than 100 seconds
act-cloudflare_524-explanation = Cloudflare connected to your origin, but no response came within Cloudflare's 100 second limit: a request on the origin is too slow.
act-cloudflare_524-step-1 = Find the slow URL in the origin's access log and make it faster (slow database query, external API call).
act-cloudflare_524-step-2 = Move long jobs (exports, imports, reports) to a background worker and poll for the result.
act-cloudflare_524-step-3 = Raising the limit needs an Enterprise plan (proxy read timeout); on other plans serve long jobs from a grey-clouded (DNS only) subdomain.

act-cloudflare_525-title = Cloudflare 525: TLS handshake with the origin failed
act-cloudflare_525-explanation = With SSL mode Full or Full (strict), Cloudflare connects to your origin over HTTPS, and that TLS handshake failed: the origin has no certificate on port 443, no shared TLS version/cipher, or does not accept SNI.
act-cloudflare_525-step-1 = Make sure the origin serves HTTPS on port 443 with a certificate for the site's name (a free Cloudflare Origin CA certificate works).
act-cloudflare_525-step-2 = Enable TLS 1.2 or newer on the origin.
act-cloudflare_525-step-3 = If the origin cannot do HTTPS at all, set SSL/TLS encryption mode to Flexible only as a stopgap (traffic to the origin is then unencrypted).

act-cloudflare_526-title = Cloudflare 526: invalid origin certificate
act-cloudflare_526-explanation = With SSL mode Full (strict), Cloudflare checks the origin's certificate, and it is expired, self-signed, for another name, or missing its intermediate chain.
act-cloudflare_526-step-1 = Install a valid certificate on the origin for the site's name (Let's Encrypt or a Cloudflare Origin CA certificate), with the full chain.
act-cloudflare_526-step-2 = Renew it if it has expired and reload the web server.
act-cloudflare_526-step-3 = Switching SSL mode to Full (not strict) hides the problem; prefer fixing the certificate.

act-cloudflare_own_5xx-title = Cloudflare's own 502/504: a failure inside Cloudflare
act-cloudflare_own_5xx-explanation = The error page was made by Cloudflare itself (its plain page ends with "cloudflare"), not by your origin: a problem inside Cloudflare's network, usually short-lived.
act-cloudflare_own_5xx-step-1 = Check https://www.cloudflarestatus.com for an incident in the data centre named in the CF-RAY id (the letters after the dash).
act-cloudflare_own_5xx-step-2 = If it lasts, open a ticket with Cloudflare support and quote the CF-RAY id.

## src/diagnosis/owner/cdn/actions.rs (assets/owner_actions.toml): CloudFront

act-cloudfront_502_lambda-title = CloudFront: the Lambda@Edge function failed
act-cloudfront_502_lambda-explanation = A Lambda@Edge (or CloudFront) function attached to the distribution returned an invalid response, hit its limits, or failed to run, so CloudFront answered with an error.
act-cloudfront_502_lambda-step-1 = Open the function's CloudWatch logs in the region nearest to the failing edge location and look for errors or timeouts.
act-cloudfront_502_lambda-step-2 = Check that the function returns a valid response object (status, headers in CloudFront's format) and stays within the size and time limits.
act-cloudfront_502_lambda-step-3 = For 503 "Lambda limit exceeded", raise the function's concurrency quota or reduce its run time.

act-cloudfront_502-title = CloudFront 502: could not connect to the origin or got an invalid answer
act-cloudfront_502-explanation = CloudFront could not complete the connection to your origin: usually the TLS handshake failed (the origin's certificate does not match the origin domain name, is expired or self-signed, or no shared TLS version), or the origin answered something that is not valid HTTP.
act-cloudfront_502-step-1 = Make sure the origin's certificate covers the origin domain name set in the distribution (or the Host header forwarded to it) and chains to a public CA.
act-cloudfront_502-step-2 = Check the origin's SSL protocols in the distribution (Origin SSL protocols) match what the origin supports (TLSv1.2).
act-cloudfront_502-step-3 = Check the origin protocol policy and ports (HTTP only / HTTPS only / match viewer) match what the origin listens on.

act-cloudfront_503-title = CloudFront 503: the origin or CloudFront is over capacity
act-cloudfront_503-explanation = CloudFront got no usable answer because the origin is overloaded or unavailable (or, rarely, the edge location is at capacity).
act-cloudfront_503-step-1 = Check the origin's health and capacity (load balancer healthy hosts, instance CPU, app errors).
act-cloudfront_503-step-2 = Scale the origin or cache more at CloudFront to take load off it.

act-cloudfront_504-title = CloudFront 504: the origin did not answer in time
act-cloudfront_504-explanation = CloudFront connected (or tried to connect) to your origin, but it did not answer within the origin response timeout (30 s by default), or a firewall blocked CloudFront's addresses.
act-cloudfront_504-step-1 = Allow CloudFront's origin-facing ranges on the origin (AWS managed prefix list com.amazonaws.global.cloudfront.origin-facing in the security group).
act-cloudfront_504-step-2 = Make the slow request faster, or raise the distribution's origin response timeout (up to 60 s by default quota).
act-cloudfront_504-step-3 = Check that the origin's own timeouts (web server, app) are longer than CloudFront's, so CloudFront gets an answer.

## src/diagnosis/owner/cdn/actions.rs (assets/owner_actions.toml): AWS load balancers

act-aws_alb_502-title = AWS load balancer 502: the target closed or reset the connection
act-aws_alb_502-explanation = The load balancer forwarded the request, but the target (your instance or container) reset or closed the connection, or sent a malformed response. A common cause is a keep-alive timeout on the target that is shorter than the load balancer's idle timeout (60 s), so requests race a closing connection.
act-aws_alb_502-step-1 = Set the target's keep-alive timeout LONGER than the load balancer's idle timeout (e.g. 65 s for the default 60 s).
act-aws_alb_502-step-2 = Check the target's logs for crashes or restarts at the time of the error.
act-aws_alb_502-step-3 = Read the ALB access logs: elb_status_code 502 with target_status_code '-' means the target gave no valid response.

act-aws_alb_503-title = AWS load balancer 503: no healthy targets
act-aws_alb_503-explanation = The load balancer has no healthy target to send the request to: every target failed its health check, or the target group is empty.
act-aws_alb_503-step-1 = Look at the target group's health: which targets are unhealthy and why (timeout, wrong status, wrong port).
act-aws_alb_503-step-2 = Make sure the health check path answers 200 quickly, and that the targets' security group allows the load balancer.
act-aws_alb_503-step-3 = Start or register targets (check the auto scaling group / ECS service desired count).

act-aws_alb_504-title = AWS load balancer 504: the target did not answer before the idle timeout
act-aws_alb_504-explanation = The target accepted the request but sent nothing back before the load balancer's idle timeout (60 s by default), or the load balancer could not connect to it at all.
act-aws_alb_504-step-1 = Find the slow requests on the target and make them faster, or move them to a background job.
act-aws_alb_504-step-2 = If long requests are expected, raise the load balancer's idle timeout, and keep the target's keep-alive timeout longer than it.
act-aws_alb_504-step-3 = Check that the targets' security group and network ACLs allow traffic from the load balancer.

## src/diagnosis/owner/cdn/actions.rs (assets/owner_actions.toml): Fastly

act-fastly_503_first_byte_timeout-title = Fastly 503 first byte timeout: the origin was too slow
act-fastly_503_first_byte_timeout-explanation = Fastly connected to your origin, but the first byte of the response did not arrive within the backend's first byte timeout (15 s by default).
act-fastly_503_first_byte_timeout-step-1 = Make the slow request on the origin faster (find it in the origin's access log).
act-fastly_503_first_byte_timeout-step-2 = If the request is expected to be slow, raise the backend's first_byte_timeout in the Fastly service and activate the new version.

act-fastly_503-title = Fastly 503: the origin could not be used
act-fastly_503-explanation = Fastly could not get a response from your origin (backend unavailable, connection refused, or a TLS problem with the origin).
act-fastly_503-step-1 = Check that the origin is up and accepts connections from Fastly's IP ranges (https://api.fastly.com/public-ip-list).
act-fastly_503-step-2 = Check the backend's host, port, TLS settings (SNI hostname, certificate hostname) in the Fastly service.
