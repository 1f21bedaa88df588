# La ayuda de la línea de comandos (`gateway-doctor --help`, `gateway-doctor check --help`): la
# descripción de cada comando, la ayuda de cada argumento y los títulos de sección. Las opciones, los
# valores en mayúsculas (FILE, SECONDS), las rutas, las direcciones y los ejemplos no se traducen. Ids:
# cli-about-<command>, cli-arg-<command>-<argument> (el nivel superior es "app"), o cli-arg-<argument>
# cuando el argumento significa lo mismo en todos los comandos. Los mensajes de error propios de clap siguen en inglés.

## Títulos
cli-heading-usage = Uso:
cli-heading-options = Opciones
cli-heading-arguments = Argumentos
cli-heading-commands = Comandos

## Los comandos
cli-about = Averigua por qué un sitio web responde “502 Bad Gateway” (o no carga) y qué hacer al respecto.
cli-about-check = Comprobar una dirección web ahora y mostrar el veredicto y la lista de pasos
cli-about-logs = Leer registros del servidor (nginx, Apache, PHP-FPM, PHP; también .gz y rotados) y explicar las causas de 502/504 que muestran
cli-about-watch = Comprobar una dirección web una y otra vez (con pausas crecientes) hasta que funcione, una línea por comprobación; avisa en el escritorio cuando vuelve
cli-about-history = Mostrar las comprobaciones guardadas por sitio (“falla desde …”) o exportarlas como CSV
cli-about-server = En el propio servidor: leer la configuración del stack web, probar una vez cada backend que nombra e indicar el eslabón roto (archivo, línea) y cómo arreglarlo. No cambia nada
cli-about-har = Leer una grabación del navegador (DevTools -> Red -> “Guardar todo como HAR”), diagnosticar cada solicitud fallida y, si quieres, escribir una copia limpia para el soporte técnico
cli-about-help = Mostrar este mensaje o la ayuda de los subcomandos indicados

## Argumentos de todos los comandos
cli-arg-help = Mostrar la ayuda
cli-arg-version = Mostrar la versión
cli-arg-format = Formato de salida
cli-arg-output = Escribir también el informe (en el --format) en este archivo
cli-arg-timeout = Segundos que puede durar cada paso de la prueba
cli-arg-retries = Cuántas veces repite la solicitud el paso “Recargar”
cli-arg-resolver = Consultar este servidor DNS (IP o IP:PORT) en lugar del resolutor del sistema
cli-arg-references = Un punto de conexión que demuestra que la conexión a internet funciona (repetible; sustituye a los predeterminados 1.1.1.1:443, 8.8.8.8:443, www.wikipedia.org:443)
cli-arg-no_proxy = Ignorar la configuración de proxy del sistema (http_proxy, https_proxy, all_proxy)
cli-arg-browsers = Un navegador cuyas cabeceras envía el paso “Otro navegador” (repetible, 3 como máximo; por defecto: los navegadores instalados aquí o, si no hay, Firefox y Safari)
cli-arg-mode = Solo las comprobaciones de visitante, o también las del servidor para el propietario del sitio
cli-arg-origin = Modo propietario: el servidor de origen detrás de la CDN (IP o IP:PORT), consultado directamente con la cabecera Host y el nombre TLS del sitio para compararlo con el borde
cli-arg-expect_ips = Modo propietario: la dirección que debería devolver el DNS (repetible)
cli-arg-public_resolvers = Modo propietario: un resolutor público con el que comparar (repetible; sustituye a Cloudflare, Google, Quad9)
cli-arg-authoritative = Modo propietario: consultar este servidor de nombres autoritativo en lugar de los de los registros NS (repetible)
cli-arg-no_burst = Modo propietario: omitir la prueba de carga suave (una ráfaga de 20 solicitudes como máximo, 4 a la vez)
cli-arg-logs = Modo propietario: un registro del servidor que leer al terminar las pruebas (repetible): registros de errores y de accesos de nginx/Apache, registros de PHP-FPM y PHP, archivos .gz y rotados. Lo que muestran rellena el elemento server_logs y puede dar certeza al veredicto
cli-arg-no_server_checks = Modo propietario: no hacer las comprobaciones del servidor aunque este equipo sirva el sitio (por defecto se hacen para ese sitio y su eslabón roto se suma al veredicto)
cli-arg-lang = El idioma de la salida y de la aplicación de escritorio: en, de, es, fr, pt-BR, ru (por defecto, el del sistema, según LANGUAGE, LC_ALL, LC_MESSAGES, LANG)

## Sin comando (la aplicación de escritorio)
cli-arg-app-url = Sin comando: abrir la aplicación de escritorio con esta dirección y comprobarla enseguida

## gateway-doctor check
cli-arg-check-url = La dirección que comprobar, p. ej. shop.example.com o https://example.com:8443/cart
cli-arg-check-format = Formato de salida (html: una página autónoma, estilos integrados, sin scripts; mejor con --output)
cli-arg-check-no_history = No guardar esta comprobación en el historial
cli-arg-check-from_world = Pedir también a la red Globalping (un servicio de terceros: recibe el nombre de host y la ruta) que cargue el sitio desde unos 10 lugares del mundo: ¿caído para todos o solo para ti?
cli-arg-check-provider_status = Consultar también la página de estado del proveedor que respondió (Cloudflare, AWS, Fastly, Google Cloud …): solo se contacta con el sitio de estado del proveedor, no se envía nada sobre el sitio comprobado
cli-arg-check-status_urls = Dirigir la comprobación de estado de un proveedor a otro punto de conexión (repetible), p. ej. cloudflare=https://www.cloudflarestatus.com/api/v2/summary.json
cli-arg-check-globalping_url = La API de Globalping a la que consulta --from-world

## gateway-doctor logs
cli-arg-logs-files = Archivos de registro: registros de errores y de accesos de nginx/Apache, registros de PHP-FPM y PHP; se admiten .gz y series rotadas (error.log error.log.1 error.log.2.gz)
cli-arg-logs-since = Solo las líneas desde este momento, según el reloj de los propios registros: YYYY-MM-DD o "YYYY-MM-DD HH:MM[:SS]"

## gateway-doctor watch
cli-arg-watch-url = La dirección que vigilar
cli-arg-watch-format = Formato de salida: text (una línea por comprobación) o json (un objeto JSON por línea, JSON Lines)
cli-arg-watch-interval = Segundos entre comprobaciones mientras el sitio funciona, y la primera pausa tras un fallo (cada fallo la duplica, hasta 600 s; siempre se respeta un Retry-After del servidor)
cli-arg-watch-until_healthy = Parar en cuanto una comprobación vea que el sitio funciona
cli-arg-watch-max_checks = Parar tras este número de comprobaciones
cli-arg-watch-no_history = No guardar las comprobaciones en el historial

## gateway-doctor history
cli-arg-history-site = Mostrar las comprobaciones de este sitio (un nombre de host o una dirección); sin él, el resumen de todos los sitios
cli-arg-history-csv = Escribir las comprobaciones (de SITE o de todos los sitios) como CSV en este archivo ("-" para la salida estándar)
cli-arg-history-limit = Cuántas de las comprobaciones más recientes de cada sitio mostrar y resumir

## gateway-doctor server
cli-arg-server-configs = Leer solo este archivo de configuración (repetible; nginx, Apache, HAProxy, Caddy, Varnish, PHP-FPM o php.ini, reconocido por su contenido). Sin él, se lee la configuración de los servidores web en marcha y de las rutas estándar
cli-arg-server-timeout = Segundos que puede tardar cada backend en responder
cli-arg-server-resolver = Resolver los nombres de los backends con este servidor DNS (IP o IP:PORT) en lugar del que usa el sistema
cli-arg-server-no_logs = No leer los registros de errores que nombra la configuración
cli-arg-server-kernel_log = Buscar procesos cerrados por falta de memoria (OOM kills) en este registro del kernel (por defecto: /var/log/kern.log, journalctl -k, dmesg)

## gateway-doctor har
cli-arg-har-file = La grabación (un archivo .har guardado desde las herramientas para desarrolladores del navegador)
cli-arg-har-sanitize = Escribir también aquí una copia limpia (sin cookies, tokens, claves ni cuerpos innecesarios)
cli-arg-har-recheck = Volver a comprobar ahora las direcciones que fallan (solo GET, 5 como máximo, sin las cookies ni los tokens de la grabación), con las opciones de prueba habituales
