# Owner mode's checklist: the findings and advice about the server and the application behind it
# (server logs, restarting, PHP limits, plugins, firewall and proxy, the software stack).
# Commands, config lines, log lines to search for, header names and product names stay in the code
# and reach these messages as variables. Status codes, ports and file names are passed as text.

## src/diagnosis/owner/stack.rs

be-checking = Comprobando…
# The web server's name when it was not recognised; put in place of "nginx" or "Apache".
be-the-web-server = el servidor web
# One path's result when no answer came: $path is "/robots.txt", $outcome a technical outcome
# ("connect refused", "timeout").
be-path-no-answer = { $path } sin respuesta ({ $outcome })
# The end of a list of results: "a, b, 2 more".
be-more = { $count } más

## src/diagnosis/owner/server_logs.rs

be-logs-reading = Leyendo los registros del servidor…
# $server is "nginx" or "Apache"; $code the HTTP status (502).
be-logs-answered = { $server } respondió { $code }; su registro de errores dice por qué.
be-logs-server-is = El servidor web es { $server }.
be-logs-server-unknown = No se reconoció el servidor web; estos son los registros habituales.
# $sources is one or more be-logs-look-in / be-logs-look-in-next joined with ". ".
be-logs-read-advice = Lee las últimas líneas de cada registro: { $sources }.
be-logs-read-advice-php-maybe = Lee las últimas líneas de cada registro (el de PHP-FPM solo si el sitio usa PHP): { $sources }.
# $file is a log file; $lines the log lines to look for, each "quoted text" (its meaning), joined with "; ".
be-logs-look-in = en { $file } busca { $lines }
be-logs-look-in-next = Y en { $file } busca { $lines }
# What a telling log line means (shown after the line, in brackets).
be-log-nginx-refused = la aplicación no está en marcha
be-log-nginx-no-socket = PHP-FPM no funciona
be-log-nginx-timeout = la aplicación es demasiado lenta (60 s por defecto)
be-log-nginx-closed = la aplicación se cayó o cerró la conexión
be-log-nginx-queue-full = la cola de escucha de la aplicación está llena: sobrecarga
be-log-nginx-permission = permisos del socket o SELinux
be-log-nginx-big-header = las cabeceras de la respuesta no caben en los búferes del proxy
be-log-nginx-no-live = todos los backends están marcados como caídos
be-log-apache-connect = Apache no pudo conectar con el backend
be-log-apache-timeout = el backend tardó demasiado (ProxyTimeout)
be-log-apache-reading = el backend cerró la conexión o envió datos inservibles
be-log-apache-disabled = el backend se desactivó durante un tiempo tras varios errores
be-log-apache-fastcgi = fallos de FastCGI (PHP-FPM)
be-log-php-max-children = muy pocos workers para la carga
be-log-php-sigsegv = una extensión de PHP que se cae
be-log-php-timeout = un script superó request_terminate_timeout

## src/diagnosis/owner/log_findings.rs

# $errors: why each log could not be read, joined with "; ".
be-logs-unreadable = No se pudieron leer los registros: { $errors }.
be-logs-unreadable-advice = Dale a Gateway Doctor una copia que pueda leer, o ejecútalo con sudo.
# $title is the finding, $times when it was logged.
be-logs-explain = Los registros explican el error: { $title } ({ $times }).
be-logs-involved = Afectado: { $subject }.
be-logs-recent-unrelated = Los registros muestran problemas cercanos al momento de esta comprobación, pero ninguno explica lo que respondió el sitio.
be-logs-old-problems = Los registros muestran problemas conocidos, pero ninguno cercano al momento de esta comprobación (en la hora anterior).
be-logs-most-telling = Lo más revelador: { $title }. { $fix }
# English says "lines" even for one line.
be-logs-nothing-known = Ninguna causa conocida de 502/504 en los registros ({ $lines ->
        [one] { $lines } línea
       *[other] { $lines } líneas
    } en { $files ->
        [one] { $files } archivo
       *[other] { $files } archivos
    }).
be-logs-wrong-logs = Si el sitio falla, puede que estos no sean los registros del servidor que respondió: revisa el registro de errores indicado en su configuración (error_log / ErrorLog).
# $findings: "title (times)", joined with "; ".
be-logs-also = También en los registros: { $findings }.
# $errors of $total answers in the access logs were 5xx; $statuses is "3 × 502, 1 × 504";
# $url the URL with most errors, $count its errors. English says "answers" even for one.
be-logs-access-errors = Registros de acceso: { $errors } de { $total ->
        [one] { $total } respuesta
       *[other] { $total } respuestas
    } { $errors ->
        [one] fue un error
       *[other] fueron errores
    } ({ $statuses }).
be-logs-access-errors-top = Registros de acceso: { $errors } de { $total ->
        [one] { $total } respuesta
       *[other] { $total } respuestas
    } { $errors ->
        [one] fue un error
       *[other] fueron errores
    } ({ $statuses }), la mayoría en { $url } ({ $count }).
# $minute: "2024-01-02 10:00".
be-logs-access-one-minute = Todos en el minuto { $minute }.
be-logs-access-span = Errores desde { $first } hasta { $last }.
be-logs-not-read = Sin leer: { $errors }.
be-logs-cancelled = Se canceló la lectura: solo se leyó una parte de los registros.

## src/diagnosis/owner/restart_server.rs

be-restart-not-checked = No se comprobó en esta ejecución (la comparación de los archivos estáticos con la página solo se hace en modo propietario).
be-restart-page-not-fetched = No se descargó la página en sí.
# $status: the HTTP status (500).
be-restart-app-error = La propia página responde { $status } (un error dentro de la aplicación, no un error de la puerta de enlace).
be-restart-app-error-advice = Reiniciar rara vez arregla un error de la aplicación: lee el registro de errores de la aplicación (consulta Registros del servidor).
# $pages and $files: each path with its result, "/robots.txt 200, / no answer (timeout)".
be-restart-all-answered = La página ({ $pages }) y los archivos estáticos ({ $files }) respondieron.
be-restart-nothing-needed = Ahora mismo no hace falta reiniciar nada.
be-restart-sometimes = La página solo falló algunas veces ({ $pages }): el servidor de aplicaciones responde, pero no siempre.
be-restart-sometimes-advice = Probablemente está sobrecargado o reiniciándose: revisa su estado y las últimas líneas de su registro (y los límites de PHP más abajo) antes de reiniciarlo.
# $server: "nginx", "Apache" or be-the-web-server.
be-restart-app-down = Los archivos estáticos responden ({ $files }), pero la página falla ({ $pages }): { $server } funciona; el servidor de aplicaciones que tiene detrás (PHP-FPM o similar) está caído o sobrecargado.
be-restart-app-down-advice = Reinicia el servidor de aplicaciones, no el servidor web, y luego revisa su estado y las últimas líneas de su registro.
be-restart-nothing-answered = No respondió nada, ni siquiera los archivos estáticos ({ $files }): el propio servidor web está caído o no se puede alcanzar.
be-restart-nothing-answered-advice = Inicia o reinicia el servidor web y comprueba que escucha en el puerto del sitio.
be-restart-backend-down = También fallan los archivos estáticos ({ $files }), igual que la página ({ $pages }): { $server } envía todas las solicitudes a un backend que no responde, o todo el backend está caído.
be-restart-backend-down-advice = Revisa la configuración de upstream del servidor web (la dirección o el socket de proxy_pass / fastcgi_pass) y que el backend esté en marcha; los archivos estáticos pueden servirse desde el disco sin él.

## src/diagnosis/owner/php_limits.rs

# $status: the HTTP status (504); $elapsed seconds ("60.1"); $limit names the limit
# ("nginx's proxy_read_timeout (60 s by default)").
be-php-near-default = La respuesta { $status } llegó tras { $elapsed } s, cerca de este límite: { $limit }.
# $secs: the limit in whole seconds; $places: the settings that can hold it, in words.
be-php-configured = La respuesta { $status } llegó tras unos { $secs } s ({ $elapsed } s): probablemente hay configurado un límite de { $secs } s ({ $places }).
be-php-near-default-advice = Sube ese límite (y los que estén delante, cada uno un poco mayor que el de detrás), o haz que la solicitud lenta sea más rápida; luego recarga el servicio.
be-php-configured-advice = Busca dónde está configurado ese límite (las líneas de grep de abajo) y súbelo (cada límite un poco mayor que el de detrás: PHP, luego el servidor web, luego cualquier proxy o CDN delante), o haz que la solicitud lenta sea más rápida; luego recarga el servicio.
# $rounds: be-php-round for each round, joined with ", ".
be-php-grows-with-load = Los fallos aumentan con la carga: { $rounds }.
be-php-round = { $failures } de { $requests } fallidas con { $concurrency } a la vez
be-php-grows-with-load-advice = El servidor se queda sin workers: sube pm.max_children (comprueba que la memoria alcanza: unos 40-80 MB por worker de PHP), añade workers o escala horizontalmente, y guarda en caché las páginas que no cambian.
be-php-flat-failures = { $failures } de { $total ->
        [one] { $total } solicitud de la ráfaga
       *[other] { $total } solicitudes de la ráfaga
    } { $failures ->
        [one] falló
       *[other] fallaron
    }, con cualquier nivel de carga ({ $rounds }).
be-php-flat-failures-advice = Los fallos no siguen a la carga, así que los límites de workers no son la causa evidente; los registros del servidor muestran qué falla.
be-php-no-limit = Ningún error se acercó a un límite de tiempo conocido.
be-php-burst-off = La ráfaga de carga estaba desactivada.
# $burst: how the load burst was made, capitalised ("A small burst of 20 requests, at most 4 at once").
be-php-burst-all-answered = { $burst }: respondieron todas.
be-php-no-limit-advice = Es poco probable que subir los límites de PHP ayude aquí.

## src/diagnosis/owner/plugins.rs

be-plugins-page-failed = La página no cargó, así que no pudimos ver si es WordPress.
be-plugins-php-not-wordpress = El sitio usa PHP, pero nada en la página parece WordPress (ni etiqueta generator, ni enlace wp-json, ni rutas /wp-content/).
be-plugins-not-wordpress = Nada en la página parece WordPress (ni etiqueta generator, ni enlace wp-json, ni rutas /wp-content/).
be-plugins-not-wordpress-advice = Si el sitio sí usa WordPress u otro CMS con plugins, sigue valiendo desactivarlos uno a uno.
# $version: "WordPress 6.4.2" or "WordPress"; $plugins: be-plugins-none or be-plugins-seen(-more).
be-plugins-runs = El sitio usa { $version }; { $plugins }.
be-plugins-none = no hay archivos de plugins en la página
# $names: the plugins' slugs, joined with ", ".
# English says "plugin(s)" whatever the number.
be-plugins-seen = { $count ->
        [one] { $count } plugin detectado
       *[other] { $count } plugins detectados
    }: { $names }
be-plugins-seen-more = { $count ->
        [one] { $count } plugin detectado
       *[other] { $count } plugins detectados
    }: { $names } y { $more } más
be-plugins-failing-advice = Un plugin defectuoso o recién actualizado es una causa habitual de los errores 502. Desactiva todos los plugins (renombra la carpeta plugins por SFTP, o con WP-CLI); si el sitio vuelve, reactívalos uno a uno para encontrar al culpable.
be-plugins-advice = Si vuelven los errores, desactiva todos los plugins (renombra la carpeta plugins, o con WP-CLI) y luego reactívalos uno a uno para encontrar al culpable.

## src/diagnosis/owner/firewall_proxy.rs

be-fw-not-checked = No se comprobó en esta ejecución (el modo propietario compara las rutas).
be-fw-nothing-to-compare = Nada que comparar: el nombre no dio ninguna dirección y no se aplica ningún proxy.
# $routes: each way tried with its result, "IPv4 127.0.0.1:80: 200; IPv6 [::1]:80: refused".
be-fw-nothing-worked = Desde aquí no funcionó ninguna forma de llegar al sitio: { $routes }.
be-fw-nothing-worked-advice = El servidor está caído, o un cortafuegos delante de él bloquea este equipo. Comprueba que el servidor web escucha y que el cortafuegos permite sus puertos.
be-fw-same-everywhere = Se llegó igual por todas las rutas probadas: { $routes }. No hay diferencias por cortafuegos ni proxy.
be-fw-nothing-to-change = Aquí no hay nada que cambiar.
# $proxy: the proxy's address; $via and $direct: the results through it and without it.
be-fw-proxy-blocks = A través del proxy configurado ({ $proxy }) el sitio falla ({ $via }); sin él, responde ({ $direct }): el proxy lo bloquea o está estropeado.
be-fw-proxy-blocks-advice = El sitio está bien; arregla el proxy, o deja que este sitio no pase por él (añádelo a no_proxy / a las excepciones de proxy del navegador).
be-fw-only-proxy = Solo el proxy ({ $proxy }) llega al sitio; las conexiones directas desde aquí fallan ({ $direct }). Es normal en redes que obligan a usar un proxy: las filas directas dicen poco del sitio.
# $family and $other: "IPv4" / "IPv6"; $record: the DNS record type, "A" or "AAAA".
be-fw-family-down = { $family } falla y { $other } funciona ({ $routes }): el registro { $record } apunta a una dirección que no acepta conexiones.
be-fw-family-down-advice = Corrige el registro { $record } (o elimínalo), o haz que el servidor escuche en { $family } y abre el cortafuegos para { $family }: los visitantes con { $family } reciben errores o alternativas lentas.
be-fw-families-differ = IPv4 e IPv6 responden distinto ({ $v4 }; { $v6 }): llevan a servidores o configuraciones diferentes.
be-fw-families-differ-advice = Haz que ambas direcciones sirvan el mismo sitio (el mismo bloque server / host virtual en las dos, o el mismo backend).
be-fw-some-addresses = Algunas direcciones fallan y otras funcionan ({ $bad }; { $good }): uno de los servidores que hay tras el nombre está caído o bloqueado por un cortafuegos.
be-fw-some-addresses-advice = Arregla ese servidor o quita su dirección del DNS.
# $port and $other_port: port numbers; $scheme: "http" or "https"; $result and $other_result: what each port gave.
be-fw-own-port-closed = El puerto { $port } ({ $scheme }) no funciona ({ $result }), pero el puerto { $other_port } sí ({ $other_result }): el servidor web no escucha en él, o un cortafuegos lo bloquea.
be-fw-own-port-closed-advice = Haz que el servidor web escuche en el puerto { $port } y ábrelo en el cortafuegos (y en el grupo de seguridad del proveedor de hosting).
be-fw-no-https = El puerto { $port } (https) está cerrado ({ $result }), pero el puerto { $other_port } funciona: el sitio no tiene HTTPS.
be-fw-no-https-advice = Los navegadores marcan el http sin cifrar como no seguro; añade un certificado (por ejemplo, de Let's Encrypt) y sirve https en el puerto 443.
be-fw-no-http = El puerto { $port } (http) está cerrado ({ $result }), pero el puerto { $other_port } funciona: los visitantes que escriban la dirección sin https:// pueden quedarse sin respuesta.
be-fw-no-http-advice = Abre el puerto 80 y redirígelo a https.
