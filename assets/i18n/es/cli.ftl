# Los textos propios de la línea de comandos (gateway-doctor check, logs, watch, history, server, har):
# errores de uso y de entrada, notas en stderr, lo que cada subcomando imprime alrededor de su informe, las
# líneas en directo de `check`. Las opciones (--timeout), los comandos, las rutas de archivo, los nombres de
# las pruebas (dns, tcp, http …), los ids de veredicto (failing, healthy) y el JSON se quedan como están. El
# programa imprime “gateway-doctor: ” delante de cada error y nota en stderr.

## src/cli/mod.rs

cli-value-not-utf8 = el valor no es UTF-8 válido
# Nombra un valor que no tiene opción propia, en “un valor: por qué”.
cli-flag-a-value = un valor
# $error dice qué falla en la dirección.
cli-expected-host-port = se esperaba HOST:PORT ({ $error })
cli-output-no-folder = --output: la carpeta { $folder } no existe
cli-output-is-folder = --output: { $path } es una carpeta; se esperaba un nombre de archivo
cli-timeout-range = --timeout: se esperaban segundos entre 0 y 600, se recibió { $value }
cli-retries-range = --retries: se esperaba 20 como máximo, se recibió { $value }
cli-owner-only-flags = --origin, --expect-ip, --public-resolver, --authoritative, --no-burst, --no-server-checks y --logs son comprobaciones para propietarios: añade --mode owner
cli-no-runtime = no se puede iniciar el entorno de ejecución asíncrono
cli-no-runtime-why = no se puede iniciar el entorno de ejecución asíncrono: { $error }
cli-looking-for-site-status = Buscando la página de estado propia del sitio en { $url } ...
cli-no-status-page = No se encontró ninguna página de estado: ningún proveedor conocido respondió y el sitio no publica ninguna.
# Una línea sobre el historial guardado del sitio ($line es una de las frases del historial).
cli-history-line = Historial: { $line }
cli-cannot-write-report = no se puede escribir el informe en { $path }
cli-report-written = Informe guardado en { $path }
cli-proxy-unsupported = nota: el proxy { $proxy } no es un proxy HTTP simple y no es compatible; se comprueba sin él
cli-no-app = Esta versión no incluye la aplicación de escritorio; usa `gateway-doctor check <address>`.

## src/cli/probe_lines.rs
# Las líneas en directo de `check`: cada una empieza con el nombre de la prueba (dns, tcp, http …), que se deja tal cual.

# $status y $reason: la línea de estado HTTP (502 Bad Gateway); $protocol: HTTP/2, HTTP/1.1 …
cli-probe-http-over = { $status } { $reason } ({ $ms } ms) por { $protocol }
# $clean y $cached son ids de resultado (ok, 502, timeout …).
cli-probe-cache = sin caché ni cookies: { $clean }, con caché/cookies: { $cached }
# $ok y $total son números.
cli-probe-network = destinos de referencia accesibles: { $ok } de { $total }
# $reason dice por qué no se ejecutó la prueba.
cli-probe-skipped = omitida: { $reason }

## src/cli/logs.rs
# $count, $lines, $skipped, $total, $failed y $minutes son números (para las formas del plural).

# La barra de progreso mientras se leen los registros. $msg, $bar, $bytes, $total, $rate y $eta los rellena
# la propia barra de progreso: conserva cada uno una sola vez.
cli-logs-progress = { $msg } [{ $bar }] { $bytes }/{ $total } a { $rate }, quedan { $eta }
cli-logs-reading =
    { $count ->
        [one] Leyendo { $count } archivo de registro
       *[other] Leyendo { $count } archivos de registro
    }
cli-logs-severity-error = ERROR
cli-logs-severity-warning = AVISO
cli-logs-severity-info = INFO
# Cuándo se vio un hallazgo: $first y $last son horas tal como las escribió el registro.
cli-logs-seen-at = en { $first }
cli-logs-seen-span = de { $first } a { $last }
cli-logs-seen-unknown = momento desconocido
cli-logs-not-read = { $path }: NO LEÍDO: { $error }
# $format nombra el tipo de registro (registro de errores de nginx …).
cli-logs-file =
    { $lines ->
        [one] { $path }: { $format }, { $lines } línea
       *[other] { $path }: { $format }, { $lines } líneas
    }
cli-logs-file-skipped =
    { $path }: { $format }, { $lines ->
        [one] { $lines } línea
       *[other] { $lines } líneas
    } ({ $skipped ->
        [one] { $skipped } línea binaria, ilegible o demasiado larga omitida
       *[other] { $skipped } líneas binarias, ilegibles o demasiado largas omitidas
    })
cli-logs-cancelled = Cancelado: los resultados de abajo solo cubren lo que se llegó a leer.
cli-logs-no-finding = No se encontró ninguna causa conocida de 502/504 en estos registros.
# $severity es una de las palabras de gravedad de arriba; $cause es un id (upstream_timeout); $seen, una de
# las expresiones de “cuándo” de arriba.
cli-logs-finding =
    { $count ->
        [one] {"["}{ $severity }] { $title } ({ $cause }) — { $count } vez, { $seen }
       *[other] {"["}{ $severity }] { $title } ({ $cause }) — { $count } veces, { $seen }
    }
# $subjects: las aplicaciones de detrás, pools o archivos implicados.
cli-logs-involved = Implicados: { $subjects }
cli-logs-fix = Solución: { $fix }
cli-logs-access =
    { $total ->
        [one] Registros de acceso: { $total } solicitud, { $failed } con respuesta 5xx
       *[other] Registros de acceso: { $total } solicitudes, { $failed } con respuesta 5xx
    }
cli-logs-top-pages = Páginas que más fallaron:
cli-logs-5xx-span =
    { $minutes ->
        [one] 5xx de { $first } a { $last } en { $minutes } minuto
       *[other] 5xx de { $first } a { $last } en { $minutes } minutos
    }
cli-logs-5xx-span-peak =
    { $minutes ->
        [one] 5xx de { $first } a { $last } en { $minutes } minuto; el peor minuto, { $peak } ({ $peak_count })
       *[other] 5xx de { $first } a { $last } en { $minutes } minutos; el peor minuto, { $peak } ({ $peak_count })
    }
# El informe en Markdown (** ** es negrita, ` ` es código).
cli-logs-md-title = Análisis de registros
cli-logs-md-not-read = `{ $path }`: **no leído**: { $error }
cli-logs-md-file =
    { $lines ->
        [one] `{ $path }`: { $format }, { $lines } línea, omitidas: { $skipped }
       *[other] `{ $path }`: { $format }, { $lines } líneas, omitidas: { $skipped }
    }
cli-logs-md-cancelled = Cancelado: resultados parciales.
cli-logs-md-findings = Hallazgos
cli-logs-md-no-finding = No se encontró ninguna causa conocida de 502/504.
cli-logs-md-count =
    { $count ->
        [one] { $count } vez, { $seen }. { $explanation }
       *[other] { $count } veces, { $seen }. { $explanation }
    }
cli-logs-md-involved = Implicados: `{ $subjects }`
cli-logs-md-fix = **Solución:** { $fix }
cli-logs-md-access-title = Registros de acceso
cli-logs-md-access =
    { $total ->
        [one] { $total } solicitud, { $failed } con respuesta 5xx.
       *[other] { $total } solicitudes, { $failed } con respuesta 5xx.
    }
cli-logs-md-col-status = Estado
cli-logs-md-col-count = Cantidad
cli-logs-md-col-page = Página
cli-logs-md-5xx-span = 5xx de { $first } a { $last }.

## src/cli/watch.rs

cli-watch-interval-range = --interval: se esperaban segundos entre 1 y 3600, se recibió { $value }
cli-watch-max-checks = --max-checks: se esperaba al menos 1
cli-watch-start = Comprobando { $url } cada { $seconds } s
cli-watch-start-until = Comprobando { $url } cada { $seconds } s, hasta que funcione
# El título y el texto de la notificación de escritorio cuando el sitio vuelve a funcionar; $how es
# “HTTP 200” o cli-watch-it-answered.
cli-watch-back-title = { $host } ha vuelto
cli-watch-back-body = { $url } vuelve a funcionar ({ $how }).
cli-watch-it-answered = respondió
cli-watch-back-up = Ha vuelto: { $body }
cli-watch-notified = Notificación de escritorio enviada.
cli-watch-not-notified = La notificación de escritorio no se mostró: { $why }.
cli-watch-stopped =
    { $checks ->
        [one] Detenido tras { $checks } comprobación, { $failed } con fallo.
       *[other] Detenido tras { $checks } comprobaciones, { $failed } de ellas con fallo.
    }
cli-watch-notifier-failed = el sistema de notificaciones falló: { $error }
cli-watch-desktop-silent = el escritorio no respondió en { $seconds } s
# En la línea de una comprobación cuando no llegó ninguna respuesta HTTP.
cli-watch-no-answer = sin respuesta
cli-watch-next = (próxima comprobación en { $seconds } s)

## src/cli/history.rs

cli-history-not-stored = nota: esta comprobación no se guarda en el historial: { $error }
cli-history-limit = --limit: se esperaba al menos 1
cli-history-cannot-open = no se puede abrir el historial de comprobaciones
cli-history-cannot-write-csv = no se puede escribir el CSV en { $path }
# $count es un número.
cli-history-csv-written =
    { $count ->
        [one] { $count } comprobación escrita en { $path }
       *[other] { $count } comprobaciones escritas en { $path }
    }
cli-history-empty = Todavía no hay comprobaciones guardadas en { $path }.
cli-history-site-empty = No hay comprobaciones de { $site } guardadas en { $path }.

## src/cli/server.rs

cli-server-kernel-log = --kernel-log { $path }: { $error } (se esperaba un registro del kernel legible, p. ej. /var/log/kern.log)
cli-server-timeout-range = se esperaban segundos entre 0 y 600

## src/cli/status.rs
# “site” es un valor que se escribe (--status-url site=URL): se deja tal cual.

cli-status-url-form = se esperaba PROVIDER=URL (p. ej. cloudflare=https://...), se recibió { $value }
cli-status-unknown-provider = proveedor desconocido { $provider }: se esperaba uno de { $known }, o site (la página de estado propia del sitio)
cli-status-not-url = { $url } no es una URL: { $error }
cli-status-not-http = { $url }: se esperaba una dirección http:// o https://
# $names: los nombres de los proveedores con sus páginas de estado, unidos con cli-status-and.
cli-status-asking = Consultando la página de estado de { $names } (solo se contacta con el sitio de estado del proveedor) ...
# Une dos nombres en una lista (“Cloudflare y Fastly”).
cli-status-and = y

## src/cli/world.rs

# $count es un número (unos 10).
cli-world-asking =
    { $count ->
        [one] Pidiendo a Globalping ({ $url }), un servicio de terceros, que cargue este sitio desde aproximadamente { $count } lugar del mundo (recibe el nombre de host y la ruta) ...
       *[other] Pidiendo a Globalping ({ $url }), un servicio de terceros, que cargue este sitio desde unos { $count } lugares del mundo (recibe el nombre de host y la ruta) ...
    }

## src/cli/har.rs

cli-har-cannot-read = no se puede leer { $path }: { $error }
cli-har-sanitize-self = --sanitize: { $path } es la propia grabación; indica otro nombre de archivo (el original nunca se sobrescribe)
cli-har-cannot-write-sanitized = no se puede escribir la grabación limpia en { $path }
