# The verdict's longer texts for the site owner (`detail`) and the evidence lines added to them:
# what the response, the connection, the certificate, the proxy, HTTP/2, the server logs, the
# server checks and the providers' status pages showed (src/diagnosis/*.rs).
#
# Kept as in the code, not translated: HTTP status lines and header names (429 Too Many Requests,
# Retry-After, cf-mitigated), error codes (NXDOMAIN, SERVFAIL, ERR_HTTP2_*, AH00957), setting and
# file names (proxy_read_timeout, pm.max_children, error.log), commands (`certbot renew`,
# `ss -ltnp`), command-line options (--origin, --timeout) and product names.
#
# Variables: $who is the software that answered, at the start of a sentence ("nginx", "An unknown
# server"); $software, $name, $edge a software's name; $took a duration ("60.4 s"); $limit the
# name of a time limit (the dx-limit-* messages below); $status an HTTP status code; $retry the
# Retry-After value as sent; $host the site's name; $error an error as reported by the system
# (often in English); $result how a request ended ("502 from nginx").

## http_rules.rs
# $who when the software that answered is not known.
dx-who-unknown = Un servidor desconocido
dx-http-511 = La respuesta fue 511 Network Authentication Required: la red a la que está conectado este equipo (hotel, tren, wifi de una cafetería) pide iniciar sesión antes de dejar salir el tráfico. Abre cualquier página web en un navegador para que aparezca su página de acceso.
dx-http-500 = La aplicación respondió 500 Internal Server Error: su registro de errores (el error_log de PHP, wp-content/debug.log en WordPress) indica el código que falla.
dx-http-429 = { $who } respondió 429 Too Many Requests.
dx-http-429-retry = { $who } respondió 429 Too Many Requests con Retry-After: { $retry }.
dx-http-answered = { $who } respondió { $status }.
dx-http-4xx = { $who } respondió { $status }: se rechazó la solicitud; no es un fallo de la puerta de enlace.
dx-cf-origin-504 = La página de error de Cloudflare dice que el servidor web de origen respondió 504 Gateway Timeout: la aplicación que tiene detrás no respondió a tiempo. Busca las solicitudes lentas en los registros del origen (cita el Ray ID de Cloudflare).
dx-cf-origin-502 = La página de error de Cloudflare dice que el servidor web de origen respondió 502 Bad Gateway: el propio proxy del origen no obtuvo respuesta de su aplicación. Lee el registro de errores del servidor web de origen (cita el Ray ID de Cloudflare).
dx-cf-520 = Cloudflare 520: el origen respondió con algo vacío o no válido (la aplicación se cayó, la conexión se restableció o las cabeceras eran demasiado grandes). Lee el registro de errores del origen.
dx-cf-521 = Cloudflare 521: el origen rechazó la conexión. Inicia el servidor web en el origen y asegúrate de que su cortafuegos permite los rangos de IP de Cloudflare.
dx-cf-522 = Cloudflare 522: el origen no aceptó la conexión a tiempo. ¿Está en marcha, y permite el cortafuegos los rangos de IP de Cloudflare?
dx-cf-523 = Cloudflare 523: Cloudflare no puede llegar al origen; comprueba la dirección del origen en los registros DNS de Cloudflare.
dx-cf-524 = Cloudflare 524: el origen aceptó la conexión, pero tardó más de 100 s en responder. Acelera la solicitud lenta o pásala a una tarea en segundo plano.
dx-cf-525 = Cloudflare 525: falló la negociación TLS entre Cloudflare y el origen; lo que está roto es el enlace con tu origen, no Cloudflare. En el origen: sirve HTTPS en el puerto 443 con un certificado para el nombre del sitio y permite TLS 1.2 o superior con cifrados modernos (ECDHE); o ajusta el modo SSL/TLS de Cloudflare a lo que sirve el origen.
dx-cf-526 = Cloudflare 526: el certificado del origen no es válido para el modo SSL Full (strict) (caducado, autofirmado o emitido para otro nombre); lo que está roto es el enlace con tu origen, no Cloudflare. Instala en el origen un certificado válido (o uno de Cloudflare Origin CA).
dx-cf-527 = Cloudflare 527: falló la conexión Railgun con el origen.
dx-cf-own-error = Cloudflare respondió { $status } con su propia página de error: el problema está dentro de Cloudflare o entre sus servidores. Consulta cloudflarestatus.com y da el id cf-ray al soporte técnico de Cloudflare.
dx-cdn-502-dns = { $who } respondió 502 con su propia página de error: no pudo resolver el nombre de dominio del origen. Comprueba el dominio de origen configurado en la CDN y sus registros DNS. Lo que falla es el enlace entre la CDN y tu origen, no la CDN; prueba el origen directamente con --origin.
dx-cdn-502-connect = { $who } respondió 502 con su propia página de error: no pudo conectarse al origen ni completar la negociación TLS con él (rechazo, tiempo de espera agotado, certificado o protocolo que no coinciden). Comprueba el dominio de origen configurado en la CDN y su DNS, que el cortafuegos del origen permite las direcciones de la CDN, y que su certificado corresponde a ese nombre y acepta TLS 1.2 o posterior. Lo que falla es el enlace entre la CDN y tu origen, no la CDN; prueba el origen directamente con --origin.
dx-http-502-limit = { $who } respondió 502 tras { $took }, cerca de este límite: { $limit }. Es decir, la aplicación no respondió a tiempo. Busca las solicitudes lentas (tiempos del registro de acceso, registro de scripts lentos de PHP-FPM) o sube el límite con cuidado.
# $quoted is the start of the page the application sent, as sent.
dx-app-502 = La propia aplicación respondió 502: el contenido es suyo, no la página de error de un proxy (“{ $quoted }”). Así que sí respondió; lo que falló es algo de lo que depende (una base de datos, una API o un servicio al que llama). Lee el registro de la aplicación y comprueba sus dependencias.
dx-app-502-via = La propia aplicación respondió 502 ({ $software } lo transmitió): el contenido es suyo, no la página de error de un proxy (“{ $quoted }”). Así que sí respondió; lo que falló es algo de lo que depende (una base de datos, una API o un servicio al que llama). Lee el registro de la aplicación y comprueba sus dependencias.
dx-nginx-502 = nginx respondió 502: no obtuvo una respuesta utilizable de la aplicación que tiene detrás (la conexión se rechazó o se cerró, o la respuesta no era válida o sus cabeceras eran demasiado grandes). Inicia o reinicia el servidor de la aplicación (p. ej., `systemctl restart php8.2-fpm`) y lee el error.log de nginx, que indica cuál de estos casos es.
dx-nginx-502-timed = nginx respondió 502 tras { $took }: no obtuvo una respuesta utilizable de la aplicación que tiene detrás (la conexión se rechazó o se cerró, o la respuesta no era válida o sus cabeceras eran demasiado grandes). Inicia o reinicia el servidor de la aplicación (p. ej., `systemctl restart php8.2-fpm`) y lee el error.log de nginx, que indica cuál de estos casos es.
dx-apache-502 = El mod_proxy de Apache no obtuvo una respuesta válida de su backend (AH00957, AH01114 o AH00898 en el error_log). Inicia o reinicia el backend y lee el error_log de Apache.
dx-aws-elb-502 = El balanceador de carga de AWS no obtuvo una respuesta válida de su destino: el destino rechazó o cerró la conexión. Comprueba el estado de los destinos y haz que el tiempo de espera keep-alive de la aplicación sea mayor que el tiempo de inactividad del balanceador (60 s), para que no use una conexión que se está cerrando.
dx-lb-502 = El balanceador de carga ({ $name }) no obtuvo una respuesta válida del backend que tiene detrás (rechazo, conexión restablecida o respuesta no válida). Comprueba que los backends están en marcha y en buen estado, y lee sus registros.
dx-unknown-502 = Un servidor no identificado respondió 502: una puerta de enlace no obtuvo una respuesta válida de la aplicación que tiene detrás. Revisa el registro de errores del servidor web.
dx-server-502 = { $software } respondió 502: no pudo obtener respuesta de la aplicación que tiene detrás. Inicia o reinicia el servidor de la aplicación y lee el registro de errores de { $software }.
dx-server-502-timed = { $software } respondió 502 tras { $took }: no pudo obtener respuesta de la aplicación que tiene detrás. Inicia o reinicia el servidor de la aplicación y lee el registro de errores de { $software }.
# Added after the sentence before it; $edge is the CDN or load balancer in front.
dx-passed-error-on = ({ $edge } transmitió el error.)
dx-no-healthy-backend = { $who } no tiene ningún backend en buen estado al que enviar la solicitud: todos están caídos o no pasan la comprobación de estado. Inicia los backends y revisa la ruta de la comprobación de estado.
dx-backend-refused-503 = { $who } respondió 503 porque su backend rechazó o cortó la conexión. Inicia o reinicia el backend y lee el registro de errores del servidor que respondió ({ $who }).
dx-first-byte-503 = { $who } respondió 503 “first byte timeout”: el origen no empezó a responder a tiempo. Busca las solicitudes lentas en los registros del origen o sube el límite con cuidado.
dx-first-byte-503-timed = { $who } respondió 503 “first byte timeout” tras { $took }: el origen no empezó a responder a tiempo. Busca las solicitudes lentas en los registros del origen o sube el límite con cuidado.
dx-http-503-limit = { $who } respondió 503 tras { $took }, cerca de este límite: { $limit }. Es decir, la aplicación que tiene detrás no respondió a tiempo.
dx-guru-meditation-503 = { $who } respondió 503 con su página “Guru Meditation”: no pudo obtener una respuesta utilizable del backend. Comprueba que el backend está en marcha y lee sus registros.
dx-maintenance-503 = El sitio respondió 503 con una página de mantenimiento. Si el mantenimiento ya terminó, desactiva el modo de mantenimiento (p. ej., el archivo .maintenance de WordPress).
dx-maintenance-503-retry = El sitio respondió 503 con una página de mantenimiento y Retry-After: { $retry }. Si el mantenimiento ya terminó, desactiva el modo de mantenimiento (p. ej., el archivo .maintenance de WordPress).
dx-http-503 = { $who } respondió 503 Service Unavailable: la aplicación está sobrecargada, detenida o en mantenimiento. Revisa su gestor de procesos (p. ej., pm.max_children de PHP-FPM) y su registro de errores.
dx-http-503-retry = { $who } respondió 503 Service Unavailable con Retry-After: { $retry } (para entonces espera volver a funcionar): la aplicación está sobrecargada, detenida o en mantenimiento. Revisa su gestor de procesos (p. ej., pm.max_children de PHP-FPM) y su registro de errores.
dx-http-504 = { $who } respondió 504: la aplicación que tiene detrás no respondió a tiempo. Busca las solicitudes lentas (tiempos del registro de acceso, registro de scripts lentos de PHP-FPM) o sube el límite con cuidado.
dx-http-504-timed = { $who } respondió 504 tras { $took }: la aplicación que tiene detrás no respondió a tiempo. Busca las solicitudes lentas (tiempos del registro de acceso, registro de scripts lentos de PHP-FPM) o sube el límite con cuidado.
dx-http-504-limit = { $who } respondió 504 tras { $took }, cerca de este límite: { $limit }. Es decir, la aplicación que tiene detrás no respondió a tiempo. Busca las solicitudes lentas (tiempos del registro de acceso, registro de scripts lentos de PHP-FPM) o sube el límite con cuidado.

## reach.rs
# What is wrong with the certificate: $problem in dx-also-cert-invalid.
dx-cert-words-expired = caducado
dx-cert-words-wrong-host = emitido para otro nombre
dx-cert-words-untrusted = no emitido por una entidad de confianza
dx-cert-words-invalid = no válido
dx-tls-clock-wrong = Según el reloj del servidor, el certificado es válido hasta { $until } (Date: { $date }), pero según el reloj de este equipo ha caducado: ajusta correctamente la fecha y la hora de este equipo (activa la hora automática).
dx-tls-intercepted = El certificado lo emitió “{ $issuer }”, que es un programa de seguridad o un proxy corporativo que inspecciona el HTTPS en este equipo o en esta red, no el sitio. Si tu navegador también muestra una advertencia, pregunta a quien administre este equipo o esta red.
# $fix in the dx-cert-expired-* and dx-cert-not-valid-now sentences.
dx-cert-fix-cdn = renueva el certificado de borde en el panel de la CDN
dx-cert-fix-server = renuévalo (p. ej., con `certbot renew`) y recarga el servidor web
# $days is a count (Spanish adds the singular for 1).
# $at is a date and time (RFC 3339) as the certificate says.
dx-cert-expired-days-at = El certificado de { $host } caducó hace { $days ->
        [one] { $days } día
       *[other] { $days } días
    } ({ $at }): { $fix }.
dx-cert-expired-days = El certificado de { $host } caducó hace { $days ->
        [one] { $days } día
       *[other] { $days } días
    }: { $fix }.
dx-cert-not-valid-now = El certificado de { $host } no es válido en este momento (válido hasta { $at }): { $fix }.
dx-cert-out-of-date = El certificado de { $host } ya no es válido: { $fix }.
dx-cert-wrong-host = El certificado no cubre { $host } (indica { $names }): instala uno que incluya este nombre.
# $names in dx-cert-wrong-host when the certificate lists no names.
dx-cert-other-names = otros nombres
dx-cert-untrusted = La cadena del certificado no llega a una raíz de confianza (autofirmado, CA privada o falta un certificado intermedio): sirve la cadena completa de una CA pública.
dx-cert-rejected = Se rechazó el certificado.
dx-cert-rejected-error = Se rechazó el certificado: { $error }.
dx-tls-timeout = La negociación TLS no terminó a tiempo.
dx-tls-timeout-error = La negociación TLS no terminó a tiempo: { $error }.
dx-tls-failed = Falló la negociación TLS. Comprueba que el servidor usa HTTPS en el puerto { $port } con una versión actual del protocolo.
dx-tls-failed-error = Falló la negociación TLS: { $error }. Comprueba que el servidor usa HTTPS en el puerto { $port } con una versión actual del protocolo.
dx-no-network = Tampoco se pudo llegar a ninguna de las direcciones de referencia ({ $endpoints }).
# $resolver is "system" (this computer's resolver) or the address of the one asked with --resolver.
dx-dns-nxdomain = { $resolver ->
        [system] El servidor DNS del sistema
       *[other] El servidor DNS { $resolver }
    } dice que { $host } no existe (NXDOMAIN). Comprueba que el dominio está registrado y revisa sus registros en el proveedor de DNS; tras un cambio, espera a que se propague (hasta 48 h).
dx-dns-servfail = { $resolver ->
        [system] El servidor DNS del sistema
       *[other] El servidor DNS { $resolver }
    } respondió SERVFAIL para { $host }: sus servidores de nombres autoritativos fallan, o falla la validación DNSSEC.
dx-dns-no-records = { $host } existe, pero no tiene ningún registro A/AAAA: añade uno en el proveedor de DNS.
dx-dns-timeout = { $resolver ->
        [system] El servidor DNS del sistema
       *[other] El servidor DNS { $resolver }
    } no respondió a tiempo para { $host }.
dx-dns-error = Falló la consulta de { $host }.
dx-dns-error-detail = Falló la consulta de { $host }: { $error }.
# $on in the three dx-tcp-* sentences below: where the connection was tried.
dx-tcp-on-port = puerto { $port }
dx-tcp-on-addresses = { $addresses } en el puerto { $port }
dx-tcp-refused = Todas las direcciones rechazaron la conexión ({ $on }): el servidor web no está en marcha o no escucha ahí. Inícialo y comprueba `ss -ltnp`.
dx-tcp-timeout = Se agotó el tiempo de espera al conectar ({ $on }): el servidor está caído o un cortafuegos descarta los paquetes.
dx-tcp-unreachable = No hay ruta hasta el servidor ({ $on }).
dx-response-timeout = Se conectó, pero no llegó ninguna respuesta: el servidor web está bloqueado o sobrecargado, o simplemente es más lento de lo que espera esta comprobación. Las puertas de enlace suelen esperar de 30 a 100 s; vuelve a ejecutarla con un --timeout más largo (p. ej., 120) para ver si llega una página de error.
dx-response-timeout-within = Se conectó, pero no llegó ninguna respuesta en { $secs } s: el servidor web está bloqueado o sobrecargado, o simplemente es más lento de lo que espera esta comprobación. Las puertas de enlace suelen esperar de 30 a 100 s; vuelve a ejecutarla con un --timeout más largo (p. ej., 120) para ver si llega una página de error.
dx-connection-closed = El servidor cerró la conexión antes de responder.
dx-connection-closed-error = El servidor cerró la conexión antes de responder ({ $error }).
dx-not-http = El servidor respondió algo que no es HTTP: un puerto equivocado, o se confundieron HTTPS y HTTP sin cifrar.
dx-not-http-error = El servidor respondió algo que no es HTTP ({ $error }): un puerto equivocado, o se confundieron HTTPS y HTTP sin cifrar.
dx-redirects-circle = Las redirecciones dan vueltas en círculo. Revisa las reglas de redirección (a menudo de HTTP a HTTPS o a www detrás de un proxy o una CDN con el modo SSL equivocado).
dx-redirects-on-and-on = Las redirecciones siguen y siguen sin llegar a ninguna página. Revisa las reglas de redirección (a menudo de HTTP a HTTPS o a www detrás de un proxy o una CDN con el modo SSL equivocado).
# $hops are the addresses joined with " -> ".
dx-redirects-hops = Las redirecciones van así: { $hops }. Revisa las reglas de redirección (a menudo de HTTP a HTTPS o a www detrás de un proxy o una CDN con el modo SSL equivocado).
# Followed by the sentence about the direct request.
dx-proxy-and-direct-failed = Falló el proxy, y también una solicitud directa ({ $result }).
dx-proxy-unusable = No se pudo usar el proxy configurado.
dx-proxy-unusable-error = No se pudo usar el proxy configurado ({ $error }).
# The dx-so-far-* parts are listed in $seen of dx-so-far, joined with "; ".
# $count is a count (Spanish adds the singular for 1).
dx-so-far-resolved = el nombre se resolvió en { $count ->
        [one] { $count } dirección
       *[other] { $count } direcciones
    }
dx-so-far-connected = se estableció una conexión
dx-so-far-cert-valid = el certificado es válido
dx-so-far = Hasta ese punto, todo bien: { $seen }.

## timeouts.rs
# The names of time limits, used after "close to" in the sentences above ($limit), and the
# settings that can hold a configured limit.

dx-limit-nginx-60 = el proxy_read_timeout de nginx (60 s por defecto)
dx-limit-apache-60 = el ProxyTimeout de Apache (60 s por defecto)
dx-limit-aws-elb-60 = el tiempo de inactividad (idle timeout) del balanceador de carga de AWS (60 s por defecto)
dx-limit-any-60 = un tiempo de espera de proxy de 60 s (el predeterminado de nginx, Apache y AWS ALB)
dx-limit-cloudfront-30 = el tiempo de espera de respuesta del origen de CloudFront (origin response timeout, 30 s por defecto)
dx-limit-gcp-30 = el tiempo de espera del backend del balanceador de carga de Google Cloud (30 s por defecto)
dx-limit-heroku-30 = el límite de 30 s del router de Heroku
dx-limit-any-30 = un límite de 30 s, como el max_execution_time de PHP (30 s por defecto)
dx-limit-cloudflare-100 = el límite de 100 s de Cloudflare para la respuesta del origen
dx-limit-any-100 = un límite de 100 s en algún punto del camino
dx-limit-fastly-15 = el tiempo de espera del primer byte de Fastly (first byte timeout, 15 s por defecto)
dx-limit-any-15 = un límite de 15 s en algún punto del camino
dx-limit-akamai-20 = el tiempo de espera del origen de Akamai (unos 20 s)
# $places in dx-limit-configured: one or more of these three, joined by dx-limit-places-or.
dx-limit-places-nginx = el fastcgi_read_timeout o el proxy_read_timeout de nginx
dx-limit-places-apache = el ProxyTimeout o el Timeout de Apache
dx-limit-places-php = el max_execution_time de PHP o el request_terminate_timeout de PHP-FPM
dx-limit-places-or = { $first }, o bien { $second }
# $secs is a whole number of seconds.
dx-limit-configured = un límite de { $secs } s que probablemente está configurado ({ $places })

## verdict.rs
dx-references-blocked = Tampoco se pudo llegar a las direcciones de referencia (puede que un cortafuegos las bloquee).
dx-site-answered = El sitio respondió { $status }.
dx-software-answered = { $software } respondió { $status }.
dx-cached-data-failed = Pero una solicitud con las cookies y los datos en caché de este sitio falló ({ $result }): bórralos.
dx-also-cert-invalid = Además: el certificado del sitio no es válido ({ $problem }).
dx-browser-blocked = El sitio respondió 403 aquí, pero a { $browsers } le devolvió una página: un cortafuegos o un filtro de bots (WAF) filtra según la firma del navegador.
dx-bot-challenge = Cloudflare respondió { $status } con su verificación contra bots (“Just a moment...” / cf-mitigated: challenge). Un navegador real con JavaScript suele pasarla; esta herramienta no ejecuta JavaScript.

## proxy.rs
# $proxy in the sentences below when the proxy's address is not known (Spanish: it follows the word "proxy").
dx-the-configured-proxy = configurado
dx-proxy-refused = El proxy { $proxy } rechazó él mismo la solicitud ({ $code }): un filtro de esta red bloquea el sitio.
# $through and $direct say how the request ended through the proxy and without it ("502 from nginx").
dx-proxy-blamed = A través del proxy { $proxy }: { $through }. Sin él: { $direct }.
dx-proxy-request-failed = Falló la solicitud a través del proxy { $proxy }.
dx-proxy-request-failed-error = Falló la solicitud a través del proxy { $proxy }: { $error }.
dx-proxy-relayed = El proxy { $proxy } no pudo obtener la página del sitio ({ $code }).

## http2.rs
# Ends the dx-http2-only-* and dx-http2-reset sentences.
dx-http2-owner-look = Revisa la configuración de HTTP/2 de la capa que habla HTTP/2 con los navegadores (la CDN, o el servidor web que está delante: su opción http2, los límites de tamaño de cabeceras y campos como large_client_header_buffers / http2_max_field_size de nginx, una regla del WAF que solo se aplica a HTTP/2) y si lo que hay detrás admite solicitudes que llegan por HTTP/2 (las cabeceras que reenvía, el soporte de HTTP/2 de la aplicación que tiene detrás).
# $code is an HTTP/2 error code (PROTOCOL_ERROR); $browser_error the error Chrome shows (ERR_HTTP2_PROTOCOL_ERROR); $tries a count.
dx-http2-only-reset = Por HTTP/2, que es lo que usan los navegadores, el servidor interrumpió la solicitud ({ $code }; { $tries ->
        [one] { $tries } de { $tries } intento
       *[other] { $tries } de { $tries } intentos
    }); la misma solicitud por HTTP/1.1 obtuvo la página ({ $result }). Los navegadores muestran { $browser_error }. { dx-http2-owner-look }
dx-http2-only-status = Por HTTP/2, que es lo que usan los navegadores, respondió { $status } ({ $tries ->
        [one] { $tries } de { $tries } intento
       *[other] { $tries } de { $tries } intentos
    }); la misma solicitud por HTTP/1.1 obtuvo la página ({ $result }). Los navegadores muestran { $browser_error }. { dx-http2-owner-look }
# $outcome says how the request ended without an answer ("the connection was closed").
dx-http2-only-outcome = Por HTTP/2, que es lo que usan los navegadores, el resultado fue: { $outcome } ({ $tries ->
        [one] { $tries } de { $tries } intento
       *[other] { $tries } de { $tries } intentos
    }); la misma solicitud por HTTP/1.1 obtuvo la página ({ $result }). Los navegadores muestran { $browser_error }. { dx-http2-owner-look }
# $code when the server gave no HTTP/2 error code.
dx-http2-no-code = sin código
dx-http2-reset-http1-fails = Por HTTP/2, el servidor interrumpió la solicitud ({ $code }); por HTTP/1.1 también falla ({ $result }).
dx-http2-reset = El servidor interrumpió la solicitud por HTTP/2 ({ $code }) en lugar de responder; los navegadores muestran { $browser_error }. Aún no se sabe si HTTP/1.1 funciona. { dx-http2-owner-look }

## log_evidence.rs
dx-log-unknown-time = hora desconocida
# $when is a date and time from the log (2026-12-01T23:20:04) or dx-log-unknown-time.
dx-log-times = { $count ->
        [1] una vez ({ $when })
       *[other] { $count } veces, la última: { $when }
    }
# $title is a log finding's title, $involved the socket or address it names; the finding's explanation and fix follow.
dx-log-says-why = El registro del servidor dice por qué: { $title }, { $times }.
dx-log-says-why-involved = El registro del servidor dice por qué: { $title } ({ $involved }), { $times }.
dx-log-agrees = El registro del servidor lo confirma: { $title }, { $times }.
dx-log-agrees-involved = El registro del servidor lo confirma: { $title } ({ $involved }), { $times }.

## server_evidence.rs
# $title and $fix come from the server checks (full sentences).
dx-server-broken-link = En este equipo: { $title } Solución: { $fix }

## status_evidence.rs
# The dx-incident-* parts make $incident in dx-status-incident: the title, then (since, last update), then where, then the latest update and link as sent.
dx-incident-since = desde { $time }
dx-incident-updated = última actualización { $time }
dx-incident-title = “{ $title }”
# Added right after the title and its brackets; $component is the status page's component name.
dx-incident-affecting = , que afecta a { $component }, donde se atendió esta solicitud
dx-status-site-page = El sitio tiene una página de estado: { $page }.
dx-status-unreadable = No se pudo leer la página de estado de { $name }: { $error }.
dx-status-incident = La página de estado de { $name } indica un incidente sin resolver: { $incident }.
# Follows dx-status-incident.
dx-status-incident-follow = Estos incidentes suelen terminar sin que el sitio tenga que hacer nada; sigue su evolución en { $page }.
dx-status-maintenance = La página de estado de { $name } indica un mantenimiento en curso: “{ $title }”.
dx-status-maintenance-until = La página de estado de { $name } indica un mantenimiento en curso: “{ $title }” hasta { $until }.
# Follows dx-status-maintenance.
dx-status-see = Consulta { $page }.
# $components are names with their state as sent ("London, GB (partial outage)").
dx-status-components = La página de estado de { $name } muestra componentes que no funcionan con normalidad: { $components }.
dx-status-no-incident = La página de estado de { $name } no indica ningún incidente.

## path.rs
# The DNS box of the request path when the address is an IP address.
dx-path-no-lookup = sin consulta (dirección IP)

## cause.rs
# An error reading a saved report; $id is the id found, in quotes.
dx-unknown-cause = causa desconocida { $id }: se esperaba un id de causa en snake_case, como “upstream_refused”
