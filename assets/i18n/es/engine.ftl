# Las palabras propias de las pruebas y los analizadores: por qué se omitió una prueba, cómo falló una
# solicitud o una consulta DNS, qué hizo la ráfaga, qué vio la huella en una respuesta (el panel de
# detalles, los informes, las pruebas del veredicto), los errores de los clientes de las páginas de
# estado y de Globalping, los errores del lector de registros y los nombres de los formatos de
# registro, los errores del notificador de escritorio.
# No está aquí (nunca se traduce): nombres de cabeceras, frases de motivo HTTP, valores del protocolo,
# ids, patrones que se comparan con datos, el texto de error del sistema operativo y de las
# bibliotecas ($error).
# $secs y $ms son números ya formateados ("10.0", "250"); una dirección ($address, $server) es una
# dirección IP con su puerto.

## src/probe/mod.rs: why a probe was skipped

eng-skip-no-name = el nombre no se pudo resolver, así que no hay nada a lo que conectarse
eng-skip-proxy-resolves = el nombre no se resuelve en este equipo; lo resuelve el proxy
eng-skip-plain-http = el sitio se sirve por http simple (no interviene ningún certificado)
eng-skip-no-tcp = no hay conexión TCP sobre la que usar TLS
eng-skip-no-answer-cache = el servidor no responde en absoluto, así que una página en caché no puede ser la causa
eng-skip-no-answer-http3 = no hay respuesta de la que leer una oferta de HTTP/3 (Alt-Svc)
eng-skip-no-answer = el servidor no responde en absoluto
eng-skip-no-connections = el servidor no acepta conexiones

## Shared by several probes (src/probe/paths.rs, src/probe/tcp.rs, src/status_client/mod.rs)

eng-no-answer-within = sin respuesta en { $secs } s
# $error: por qué no se resolvió el nombre (las palabras del resolutor o un id de resultado como NxDomain).
eng-cannot-resolve = no se puede resolver { $host }: { $error }

## src/probe/burst.rs: the owner's small burst of requests

eng-burst-off = la pequeña ráfaga de solicitudes estaba desactivada
eng-burst-label = una pequeña ráfaga de { $requests ->
        [one] { $requests } solicitud
       *[other] { $requests } solicitudes
    }, como máximo { $concurrency } a la vez
eng-burst-stopped-slow = se detuvo tras { $count ->
        [one] { $count } solicitud
       *[other] { $count } solicitudes
    }: el sitio va lento y se agotó el tiempo de la ráfaga
eng-burst-stopped-silent = se detuvo tras { $count ->
        [one] { $count } solicitud
       *[other] { $count } solicitudes
    }: no respondió nada en absoluto
eng-burst-no-answer = sin respuesta a tiempo

## src/probe/dns.rs

eng-dns-no-system-config = no hay una configuración DNS del sistema que se pueda usar: { $error }
eng-dns-timeout = el resolutor no respondió en { $secs } s
eng-dns-ns-timeout = sin respuesta NS para { $zone } en { $secs } s
eng-dns-ns-failed = falló la consulta NS de { $zone }: { $error }

## src/probe/http3.rs

eng-http3-no-address = no hay dirección para { $host }
eng-http3-udp-silent = sin respuesta por UDP en { $secs } s
eng-http3-quic-setup = no se puede preparar QUIC: { $error }
eng-http3-udp-socket = no se puede abrir un socket UDP: { $error }
eng-http3-quic-start = no se puede iniciar la negociación QUIC: { $error }

## src/probe/propagation.rs: DNS asked at every resolver (owner mode)

# Etiquetas de fila: "Este equipo", "Cloudflare 1.1.1.1", "Resolutor público 192.0.2.1", "Servidor de nombres 192.0.2.53".
eng-dns-row-no-lookup = Sin consulta DNS
eng-dns-row-this-computer = Este equipo
eng-dns-row-resolver = Resolutor { $server }
eng-dns-row-public = Resolutor público { $server }
eng-dns-row-name-server = Servidor de nombres { $server }
# $name ya va entre comillas.
eng-dns-row-not-a-name = host: { $name } no es un nombre DNS válido ({ $error })
eng-dns-row-not-involved = el host es una dirección IP o localhost; DNS no interviene
eng-dns-ns-unresolved = no se pudieron resolver las direcciones de los propios servidores de nombres
eng-dns-no-ns = no se encontraron registros NS para { $name } ni para los dominios superiores
eng-dns-encode = no se pudo codificar la consulta: { $error }
eng-dns-udp-socket = no se pudo abrir un socket UDP para { $server }: { $error }
eng-dns-unreachable = no se pudo contactar con { $server }: { $error }
eng-dns-send = no se pudo enviar a { $server }: { $error }
eng-dns-no-reply-from = sin respuesta de { $server }: { $error }
eng-dns-malformed = respuesta mal formada de { $server }: { $error }
eng-dns-no-reply = sin respuesta en { $secs } s
# $code: el nombre del código de respuesta DNS (REFUSED, NOTIMP, ...).
eng-dns-rcode = código de respuesta inesperado { $code }
eng-dns-truncated = respuesta truncada (demasiado grande para UDP); puede que falten registros

## src/probe/routes.rs: the ways to reach the site (owner mode)

# $scheme: http o https.
eng-route-port = puerto { $port } ({ $scheme })
eng-route-unfinished = no terminó en { $secs } s

## src/probe/steps.rs: what each request of the visitor steps was

eng-step-try = intento { $n }
eng-step-try-http1 = por HTTP/1.1
eng-step-fresh-profile = perfil nuevo
eng-step-with-cache = con caché y cookies
eng-step-through-proxy = a través del proxy
eng-step-direct = directo

## src/probe/tls.rs

eng-tls-cert-checks = no se pueden preparar las comprobaciones del certificado: { $error }
eng-tls-bad-name = nombre no válido para TLS: { $error }
eng-tls-timeout = la negociación TLS no terminó en { $secs } s
eng-tls-self-signed = certificado autofirmado ({ $error })
eng-tls-never-checked = el certificado del servidor no llegó a comprobarse

## src/probe/http/mod.rs: how a request failed

eng-http-bad-redirect = el destino de la redirección no se puede usar: { $error }
eng-http-redirect-loop = bucle de redirecciones: { $url } lleva de vuelta a una dirección ya visitada
eng-http-too-many-redirects = más de { $max ->
        [one] { $max } redirección
       *[other] { $max } redirecciones
    }
eng-http-no-response = conectado, pero sin respuesta en { $secs } s
# $status y $reason: la respuesta del proxy, como en "407 Proxy Authentication Required".
eng-http-proxy-credentials = el proxy pide credenciales ({ $status } { $reason })
eng-http-connect-failed = no se pudo conectar con { $host }:{ $port }: { $error }
eng-http-proxy-connect-failed = no se pudo conectar con el proxy { $host }:{ $port }: { $error }
eng-http-no-address = no hay ninguna dirección a la que conectarse
eng-http-proxy-connect-timeout = el proxy no respondió a tiempo a la solicitud CONNECT

## src/probe/http/wire.rs

eng-http-build-request = no se puede construir la solicitud: { $error }
eng-http-body-timeout = el cuerpo de la respuesta no terminó de llegar a tiempo
# $code: el código de error de HTTP/2 (INTERNAL_ERROR, ...).
eng-http-body-reset = el cuerpo se cortó: el servidor restableció el flujo ({ $code })
eng-http-body-cut = el cuerpo se cortó: { $error }
eng-http2-goaway = el servidor cerró la conexión HTTP/2 (GOAWAY { $code }) en lugar de responder
eng-http2-reset = el servidor restableció el flujo HTTP/2 (RST_STREAM { $code }) en lugar de responder
eng-http-not-http = el servidor respondió algo que no es HTTP ({ $error })
eng-http-closed = el servidor cerró la conexión sin una respuesta completa ({ $error })
eng-proxy-closed = el proxy cerró la conexión: { $error }
eng-proxy-closed-connect = el proxy cerró la conexión durante CONNECT
eng-proxy-answer-too-long = la respuesta del proxy a CONNECT es demasiado larga
# $status: la línea de estado del proxy, tal como llegó.
eng-proxy-refused-tunnel = el proxy rechazó el túnel: { $status }

## src/probe/http/decode.rs

eng-decode-zstd = no se pudo descodificar el cuerpo en zstd: { $error }
# $coding: el Content-Encoding, entre comillas.
eng-decode-unknown = el cuerpo está codificado como { $coding }, que este programa no sabe descodificar
eng-decode-partial = no se pudo descodificar del todo el cuerpo en { $coding }: { $error }

## src/evidence/http3.rs: one line on HTTP/3

eng-http3-not-offered = HTTP/3 no se ofrece (no hay h3 en Alt-Svc)
eng-http3-works = HTTP/3 se ofrece y funciona desde aquí (negociación QUIC en { $ms } ms)
eng-http3-works-at = HTTP/3 se ofrece y funciona desde aquí (negociación QUIC con { $address } en { $ms } ms)
eng-http3-blocked = HTTP/3 se ofrece, pero aquí está bloqueado (ninguna respuesta QUIC por UDP en { $secs } s); los navegadores vuelven a TCP tras una breve espera, así que no es esto lo que rompe la página
eng-http3-blocked-at = HTTP/3 se ofrece, pero aquí está bloqueado (ninguna respuesta QUIC de { $address } por UDP en { $secs } s); los navegadores vuelven a TCP tras una breve espera, así que no es esto lo que rompe la página
eng-http3-failed = HTTP/3 se ofrece, pero la negociación QUIC falló ({ $error }); los navegadores vuelven a TCP
eng-http3-failed-at = HTTP/3 se ofrece, pero la negociación QUIC con { $address } falló ({ $error }); los navegadores vuelven a TCP
eng-http3-no-reason = no se indicó ningún motivo

## src/evidence/logs.rs: the log reading's line in the probe list

eng-logs-summary = archivos de registro leídos: { $read } de { $files }, { $findings ->
        [one] { $findings } hallazgo
       *[other] { $findings } hallazgos
    }
# $summary: eng-logs-summary.
eng-logs-summary-access = { $summary }, { $count ->
        [one] { $count } respuesta 5xx
       *[other] { $count } respuestas 5xx
    } en los registros de acceso
eng-logs-summary-cancelled = { $summary } (cancelado: leído en parte)

## src/fingerprint/mod.rs and src/fingerprint/cdn/mod.rs: names of software and edges that are not product names alone

# Nombres que se insertan en otras frases sin artículo, como un nombre propio.
eng-sw-aws-elb = balanceador de carga de AWS
eng-sw-gcp-lb = balanceador de carga de Google Cloud
eng-sw-azure = puerta de enlace de Azure
eng-sw-heroku = enrutador de Heroku
eng-sw-unknown = un servidor desconocido
eng-edge-google-hosting = alojamiento de Google

## src/fingerprint/rules.rs and src/fingerprint/wordpress.rs: what matched in a response

# $name: un nombre de cabecera (server, via, ...), $value: su valor tal como llegó.
eng-fp-header = cabecera { $name }: { $value }
eng-fp-header-name = cabecera { $name }
eng-fp-status = estado { $status }
# $reason, $title, $text, $pattern: texto de la respuesta o de la firma, mostrado tal cual.
eng-fp-reason = frase de motivo “{ $reason }”
eng-fp-title = título “{ $title }”
eng-fp-body = cuerpo: “{ $text }”
eng-fp-body-empty = cuerpo: vacío
eng-fp-body-lacks = no hay “{ $pattern }” en el cuerpo
# $header: set-cookie o cookie.
eng-wp-session-cookie = { $header }: cookie PHPSESSID
eng-wp-rest-header = cabecera link: API REST de WordPress (wp-json)
eng-wp-generator = meta generator: { $content }
eng-wp-rest-page = la página enlaza a la API REST de WordPress (wp-json)
# $dir: /wp-content/ o /wp-includes/.
eng-wp-loads-from = la página carga archivos de { $dir }

## src/fingerprint/cdn/mod.rs: how the CDN or load balancer in front was recognised

# $provider: el nombre del proveedor (Cloudflare); $date: la fecha de la instantánea (2026-12-01).
eng-edge-in-ranges = la dirección { $ip } está en los rangos publicados por { $provider } ({ $range }, instantánea del { $date })
eng-edge-cname = el nombre DNS { $name } termina en .{ $suffix } ({ $provider })
# $what: eng-fp-header o eng-fp-header-name.
eng-edge-header = la respuesta ({ $what }) indica { $provider }

## src/status_client/mod.rs and src/provider_status/mod.rs: asking a status page

eng-status-the-site = El sitio
eng-status-client-setup = no se puede preparar el cliente: { $error }
# $code $reason: "503 Service Unavailable"; $retry: " (Retry-After: 120)" o nada.
eng-status-answered = la página de estado respondió { $code } { $reason }{ $retry }
eng-status-too-large = la respuesta ocupa más de { $mib } MiB
# $expected: uno de eng-status-expected-*; $found: uno de eng-status-found-* o el principio de la respuesta, entre comillas.
eng-status-not-format = la página de estado respondió algo que no es { $expected } ({ $found })
eng-status-expected-statuspage = un summary.json de Statuspage
eng-status-expected-google = el incidents.json de Google Cloud
eng-status-expected-feed = un feed RSS o Atom
eng-status-found-empty = una respuesta vacía
eng-status-found-markup = HTML o XML
eng-status-found-json = JSON con otra forma, o cortado

## src/globalping/client.rs: asking Globalping

# $url ya va entre comillas.
eng-gp-bad-url = --globalping-url: se esperaba una dirección http:// o https://, se recibió { $url }
eng-gp-unreachable = no se pudo contactar con Globalping en { $url }: { $why }
eng-gp-slow = Globalping en { $url } no respondió en { $secs } s
# $limits: "; " y las partes eng-gp-limit-* unidas con ", ", o nada; $message: las palabras de Globalping.
eng-gp-rate-limited = Se agotó el límite de Globalping para pruebas anónimas (HTTP 429{ $limits }): { $message }
eng-gp-limit-limit = límite { $value }
eng-gp-limit-remaining = restantes { $value }
eng-gp-limit-resets = se restablece en (s) { $value }
eng-gp-limit-retry-after = reintentar tras (s) { $value }
eng-gp-http = Globalping respondió HTTP { $status }: { $message }
# $what: uno de eng-gp-malformed-*; $excerpt: el principio de la respuesta.
eng-gp-malformed = La respuesta de Globalping no es la que documenta su API ({ $what }): { $excerpt }
eng-gp-malformed-too-large = una respuesta de más de { $mb } MB
eng-gp-malformed-no-id = sin id de medición
eng-gp-malformed-json = JSON no válido: { $error }
# Un lugar para el que Globalping no dio ciudad ni país.
eng-gp-somewhere = en algún lugar

## src/logs/mod.rs and src/logs/parse.rs: reading server logs

eng-logformat-nginx-error = registro de errores de nginx
eng-logformat-access = registro de acceso
eng-logformat-apache-error = registro de errores de Apache
eng-logformat-php-fpm = registro de PHP-FPM
eng-logformat-php-error = registro de errores de PHP
eng-logformat-unknown = formato desconocido
eng-log-permission-denied = no se puede leer { $path }: permiso denegado (ejecútalo con sudo o copia el archivo a un lugar donde se pueda leer)
eng-log-not-found = no se puede leer { $path }: el archivo no existe
eng-log-is-directory = no se puede leer { $path }: es una carpeta, no un archivo de registro
eng-log-open = no se puede leer { $path }: { $error }
eng-log-read = error al leer { $path } tras { $lines ->
        [one] { $lines } línea
       *[other] { $lines } líneas
    }: { $error }
# Las URL con 5xx más allá de las más contadas, contadas juntas.
eng-logs-other-urls = (otras URL)
eng-logs-since-bad = --since: se esperaba YYYY-MM-DD o "YYYY-MM-DD HH:MM[:SS]", se recibió { $value }

## src/notify.rs and src/watch.rs: why a desktop notification could not be shown

eng-notify-no-bus = no hay bus de sesión del escritorio (D-Bus)
eng-notify-unsupported = esta versión no incluye notificaciones de escritorio
