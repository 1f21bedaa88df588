# El vocabulario común de la aplicación y de todos los informes: estados, títulos de los pasos, el
# recorrido de la solicitud y el marco del informe de texto que imprime la línea de comandos.

## El estado de un paso de la lista
state-ok = correcto
state-failed = fallido
state-warning = aviso
state-note = nota
state-skipped = omitido
state-checking = comprobando

## El estado del veredicto
verdict-state-checking = Comprobando
verdict-state-working = Funciona
verdict-state-failing = Falla
verdict-state-on-and-off = Intermitente
verdict-state-not-reachable = Inaccesible

## Una capa del recorrido de la solicitud
layer-working = funciona
layer-failing = falla
layer-not-present = ausente
layer-unknown = desconocido
layer-checking = comprobando

## Qué tan seguro es el veredicto
confidence-high = con certeza
confidence-medium = bastante seguro
confidence-low = sin certeza

## Los pasos
step-refresh = Recargar
step-clear-cache = Borrar caché
step-other-browser = Otro navegador
step-connection = Tu conexión
step-wait = Esperar
step-restart-server = Reiniciar servidor
step-server-logs = Registros del servidor
step-plugins = Plugins
step-dns = DNS
step-firewall-proxy = Cortafuegos / proxy
step-php-limits = Límites de PHP
step-cdn = CDN

## El recorrido de la solicitud
node-this-computer = Este equipo
node-dns = Internet / DNS
node-edge = CDN / borde
node-web-server = Servidor web
node-application = Aplicación

## Los dos modos
mode-visitor = visitante
mode-owner = propietario

## El informe de texto (la línea de comandos)
text-title = Gateway Doctor { $version } - { $url } (modo { $mode }) - { $time }
text-verdict = Veredicto: { $status } ({ $culprit }, causa: { $cause }, confianza: { $confidence })
text-http = HTTP { $status } { $reason } de { $who }
text-http-in = HTTP { $status } { $reason } de { $who } en { $ms } ms
text-request-ids = IDs de solicitud: { $ids }
text-protocol = Protocolo: { $protocol }
text-history = Historial: { $line }
text-known-incidents = Incidentes conocidos:
text-down-for-everyone = ¿Caído para todos? { $summary }
cli-checking = Comprobando { $url } (modo { $mode }, tiempo de espera { $seconds } s)
cli-updated = { $line } (actualizado)

# Cómo terminó un intento, en pocas palabras (tablas, comprobaciones de rutas).
result-response = respuesta
result-dns-failed = nombre no encontrado
result-connect-refused = conexión rechazada
result-connect-timeout = tiempo de conexión agotado
result-connect-failed = conexión fallida
result-tls-failed = TLS fallido
result-timeout = tiempo agotado
result-connection-closed = conexión cerrada
result-protocol-error = error de protocolo
result-http2-error = error HTTP/2
result-proxy-failed = fallo del proxy
result-redirect-loop = bucle de redirecciones
result-too-many-redirects = demasiadas redirecciones
result-connected = conectado
result-refused = rechazada
result-unreachable = inalcanzable
result-error = error
result-not-tried = no probado
result-no-answer = sin respuesta
result-closed = cerrada
result-bad-response = respuesta no válida
result-error-status = estado de error
result-missing-socket = falta el socket
result-not-a-socket = no es un socket
result-permission-denied = permiso denegado
result-unresolvable = no se resuelve
