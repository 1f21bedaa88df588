# Los hallazgos del modo servidor (los archivos de configuración de nginx, Apache, HAProxy, Caddy, Varnish y
# PHP-FPM, y la máquina que hay debajo): “este archivo, esta línea, esto está mal, así se arregla”; las
# líneas de un archivo de configuración que no se pudieron leer; los errores de un archivo de grabación del
# navegador (HAR) no válido; los avisos y errores del archivo de configuración del programa.
# Los nombres de directivas, las líneas de configuración (entre `comillas invertidas`), los comandos, los
# nombres de unidades y las rutas de archivo nunca se traducen. $who es “nginx (sites-enabled/shop, línea 12)”
# (srv-who); $site es un nombre de host o srv-site-on / srv-its-site (va detrás de “para”); $target es
# dónde está la aplicación de detrás (127.0.0.1:9000, unix:/run/php/php8.2-fpm.sock); $detail es lo que
# encontró el intento (“connection refused”), en el mismo idioma (machine.ftl); $seconds y similares son números ya escritos
# (“60”, “0.5”).

## src/serverconf/judge.rs
# El sitio que sirve una aplicación de detrás, dentro de una frase (tras “para”), cuando no tiene un nombre
# simple: “el sitio en :8080”.
srv-site-on = el sitio en { $listen }
srv-its-site = su sitio
# Quién reenvía las solicitudes: el software, el nombre corto del archivo y la línea.
srv-who = { $software } ({ $file }, línea { $line })
# $fix es la línea de configuración que hay que escribir.
srv-socket-mismatch-fix = Escribe `{ $fix }` ahí y luego recarga { $software }.
srv-down-nothing-listens = { $who } reenvía las solicitudes para { $site } a { $target }, donde no escucha nada.
srv-down-no-socket = { $who } reenvía las solicitudes para { $site } a { $target }, pero ese socket no existe.
srv-down-fix-pool = Inicia PHP-FPM: su pool “{ $pool }” ({ $file }, línea { $line }) debería escuchar ahí.
srv-down-fix-app = Inicia la aplicación que debería escuchar en { $target } (o haz que { $file }, línea { $line }, apunte a donde sí escucha).
srv-not-a-socket-title = { $who } reenvía las solicitudes para { $site } a { $target }, que es un archivo, no un socket.
srv-not-a-socket-fix = Apúntalo al socket en el que escucha la aplicación, o borra el archivo obsoleto y reinicia la aplicación.
srv-permission-title = { $who } reenvía las solicitudes para { $site } a { $target }, pero sus procesos de trabajo (usuario { $user }) no pueden abrir ese socket: { $detail }.
srv-permission-fix-pool = En el pool “{ $pool }”, escribe `listen.owner = { $user }`, `listen.group = { $user }` y `listen.mode = 0660`, y luego reinicia PHP-FPM.
srv-permission-fix-app = Haz que la aplicación cree su socket de forma que el usuario { $user } pueda escribir en él (propietario o grupo { $user }, modo 0660).
srv-unresolvable-title = { $who } reenvía las solicitudes para { $site } a { $target }, un nombre que este equipo no puede resolver.
srv-unresolvable-fix = Si es el nombre de un contenedor, ejecuta esta comprobación dentro de la red de ese contenedor (docker compose exec ...); si no, usa una dirección o corrige el nombre.
# $setting es la directiva que fija el límite (proxy_read_timeout).
srv-slow-title-limit = { $who } reenvía las solicitudes para { $site } a { $target }, que responde demasiado lento: { $detail }; { $software } se rinde a los { $seconds } s ({ $setting }).
srv-slow-title-no-limit = { $who } reenvía las solicitudes para { $site } a { $target }, que responde demasiado lento: { $detail }; { $software } espera sin límite de tiempo.
srv-slow-fix = Averigua qué hace lenta a la aplicación (sus propios registros, la base de datos) o sube el tiempo de espera por encima de lo que necesita.
srv-error-title = { $who } reenvía las solicitudes para { $site } a { $target }, que responde mal: { $detail }.
srv-error-fix = Busca el error en el registro propio de la aplicación; comprueba que habla el protocolo que indica la directiva (HTTP para proxy_pass, FastCGI para fastcgi_pass).
# $what es uno de los mensajes srv-read-* de abajo.
srv-unreadable-line-title = No se pudo leer la línea { $line } de { $file }: { $what }.
srv-unreadable-line-fix = El resto del archivo sí se leyó; comprueba esta línea con la prueba de configuración del propio servidor.
# $why es lo que dijo el sistema (“permission denied”, “not found”).
srv-unreadable-file-title = No se pudo leer { $file }: { $why }.
srv-unreadable-file-fix-permission = Ejecuta la comprobación con sudo, o como un usuario del grupo propietario del archivo.
srv-unreadable-file-fix-path = Comprueba la ruta; lo que contiene no se ha comprobado.
# El búfer de cabeceras que se aplica, como grupo nominal para srv-header-* (tras “más de” / “cerca de”):
# “proxy_buffer_size 4k en sites-enabled/shop, línea 12”, “proxy_buffer_size 4k (valor por defecto)”.
srv-buffer-at = { $directive } { $size } en { $file }, línea { $line }
srv-buffer-default = { $directive } { $size } (valor por defecto)
# $bytes es un número; “upstream sent too big header” es el propio mensaje de registro de nginx.
srv-header-too-big-title = { $who } reenvía las solicitudes para { $site } a { $target }, cuya respuesta trae { $bytes ->
        [one] { $bytes } byte
       *[other] { $bytes } bytes
    } de cabeceras: más de { $limit }, así que nginx responde 502 (“upstream sent too big header”).
srv-header-near-title = { $who } reenvía las solicitudes para { $site } a { $target }, cuya respuesta trae { $bytes ->
        [one] { $bytes } byte
       *[other] { $bytes } bytes
    } de cabeceras: cerca de { $limit }; una cookie más y nginx responderá 502.
srv-header-fix = Escribe `{ $lines }` en ese bloque server o location y luego recarga nginx.
# $edge_limit es el límite de la CDN en palabras, como sujeto (“el límite de 100 s de Cloudflare para la
# respuesta del origen”); $edge, su nombre.
srv-edge-chain-title = { $who } espera hasta { $seconds } s ({ $setting }) a { $target }, pero { $edge_limit } ({ $edge_seconds } s) se agota antes: una página que tarde más de { $edge_seconds } s acaba en el error de tiempo de espera de { $edge }, diga lo que diga este ajuste.
srv-edge-chain-fix = Haz que las solicitudes lentas terminen en menos de { $edge_seconds } s (o pasa el trabajo a una tarea en segundo plano); subir { $setting } no sirve de nada mientras { $edge } esté delante.
# Un proxy delante de otro: $outer se rinde primero y $inner (detrás de él) sigue esperando.
srv-proxy-chain-title = { $who } deja de esperar a { $target } tras { $seconds } s ({ $setting }), pero { $inner }, que está detrás, espera hasta { $inner_seconds } s ({ $inner_setting }) a la aplicación que tiene detrás: las páginas lentas acaban en el 504 de { $outer } mientras { $inner } sigue esperando.
srv-proxy-chain-fix = Escribe `{ $line }` (algo más que { $inner_seconds } s), o baja { $inner_setting } de { $inner } por debajo de { $seconds } s, y luego recarga.
# El límite de PHP es más largo que el del servidor web: -ini cuando lo fija max_execution_time de php.ini,
# -pool cuando lo fija el ajuste propio del pool.
srv-php-timeout-title-ini = PHP puede ejecutarse { $php_seconds } s (max_execution_time, { $php_file }, línea { $php_line }), pero { $software } se rinde a los { $seconds } s ({ $setting }) -> 504 en las páginas lentas.
srv-php-timeout-title-pool = PHP puede ejecutarse { $php_seconds } s (su límite de tiempo, { $php_file }, línea { $php_line }), pero { $software } se rinde a los { $seconds } s ({ $setting }) -> 504 en las páginas lentas.
srv-php-timeout-fix = Escribe `{ $line }` (o baja el límite de PHP por debajo de { $seconds } s) y luego recarga.
srv-verdict-no-config = No se encontró ninguna configuración de servidor web en este equipo.
srv-verdict-no-upstreams = La configuración no reenvía ninguna solicitud a una aplicación: no hay ningún enlace que comprobar.
srv-verdict-nothing-checked = No se pudo comprobar ninguna de las aplicaciones que tiene detrás.
# $checked y $count son números.
srv-verdict-healthy = { $checked ->
    [one] Respondieron todas las aplicaciones que nombra la configuración ({ $checked } comprobada).
   *[other] Respondieron todas las aplicaciones que nombra la configuración ({ $checked } comprobadas).
}
srv-verdict-warnings = { $count ->
    [one] Abajo hay { $count } aviso.
   *[other] Abajo hay { $count } avisos.
}

## src/serverconf/links.rs
srv-socket-mismatch-title = { $software } ({ $file }, línea { $line }) reenvía las solicitudes PHP a { $path }, pero ahí no escucha ningún pool de PHP-FPM: el pool “{ $pool }” escucha en { $pool_path } ({ $pool_file }, línea { $pool_line }).

## src/serverconf/syntax.rs
# $message es el propio mensaje de error del programa, en inglés; $command, la prueba tal como se ejecutó (nginx -t).
srv-config-test-title = La prueba de configuración propia de { $software } falla ({ $command }): { $message }. Puede que el servidor en marcha siga usando su configuración anterior, pero la próxima recarga o el próximo reinicio fallarán y el sitio se caerá.
srv-config-test-no-message = terminó con un error
srv-config-test-fix = Corrige esa línea, repite la prueba hasta que pase y luego recarga.

## src/serverconf/host.rs
# El OOM killer del kernel: $count veces que mató $name en las últimas $hours horas; $when es
# srv-oom-when-*, $limit es srv-oom-limit-* (tras “agotó”).
srv-oom-title = { $count ->
    [one] El kernel mató el proceso { $name } por falta de memoria una vez en las últimas { $hours } h ({ $when }): agotó { $limit }, y las solicitudes que atendía acabaron en 502.
   *[other] El kernel mató el proceso { $name } por falta de memoria { $count } veces en las últimas { $hours } h ({ $when }): agotó { $limit }, y las solicitudes que atendía acabaron en 502.
}
# $at es una hora en formato RFC 3339.
srv-oom-when-at = la última, { $at }
srv-oom-when-boot = desde el último arranque
srv-oom-limit-cgroup = su límite de memoria (el de un contenedor o el MemoryMax del servicio)
srv-oom-limit-machine = la memoria de la máquina
srv-oom-fix = Dale a { $name } menos procesos de trabajo (PHP-FPM: baja pm.max_children) o a la máquina más memoria o swap; averigua qué creció con las líneas que rodean a esta.
# $why dice por qué importa la ruta (“el registro de errores de nginx”); $free es srv-size-*.
srv-disk-full-title = El disco que contiene { $path } ({ $why }) está lleno al { $pct } % (espacio libre: { $free }): el servidor web no puede guardar respuestas en búfer ni escribir archivos temporales, y PHP no puede guardar sesiones, lo que acaba en 500/502.
srv-disk-almost-full-title = El disco que contiene { $path } ({ $why }) está lleno al { $pct } % (espacio libre: { $free }): cuando se llene, el servidor web y PHP no podrán escribir y responderán 500/502.
srv-disk-fix = Libera espacio: registros antiguos y archivos .gz rotados, cachés, volcados de memoria (core dumps); haz que logrotate comprima y conserve menos.
srv-inodes-title = El sistema de archivos que contiene { $path } ({ $why }) ha usado el { $pct } % de sus inodos (libres: { $left }): no se puede crear ningún archivo nuevo aunque quede espacio.
srv-inodes-fix = Borra los muchos archivos pequeños que lo llenan (sesiones antiguas de PHP, entradas de caché, cola de correo).
# Tamaños: $n ya está escrito (“3.2”, “512”).
srv-size-gb = { $n } GB
srv-size-mb = { $n } MB
# Un servicio de systemd ($unit: php8.2-fpm.service); $result es la palabra propia de systemd (exit-code, signal).
srv-service-failed-title = El servicio { $unit } ha fallado: nada de lo que servía responde.
srv-service-failed-oom-title = El servicio { $unit } ha fallado (terminado por falta de memoria): nada de lo que servía responde.
srv-service-failed-result-title = El servicio { $unit } ha fallado (resultado: { $result }): nada de lo que servía responde.
srv-service-failed-fix = Lee el motivo en su journal, corrígelo y luego ejecuta `systemctl restart { $unit }`.
# $restarts es un número.
srv-service-loop-title = { $restarts ->
    [one] El servicio { $unit } se reinicia una y otra vez ({ $restarts } reinicio hasta ahora): muere poco después de arrancar, y cada vez las solicitudes acaban en 502.
   *[other] El servicio { $unit } se reinicia una y otra vez ({ $restarts } reinicios hasta ahora): muere poco después de arrancar, y cada vez las solicitudes acaban en 502.
}
srv-service-loop-fix = Busca en su journal el error antes de cada salida (una línea de configuración errónea, un archivo que falta, la memoria).
srv-service-stopped-title = El servicio { $unit } está detenido.
srv-service-stopped-fix = Inícialo: `systemctl start { $unit }` (y `systemctl enable { $unit }` para que arranque con el sistema).
srv-service-restarted-title = { $restarts ->
    [one] El servicio { $unit } funciona ahora, pero systemd lo ha reiniciado { $restarts } vez desde que se inició: mientras estaba caído, las solicitudes acabaron en 502.
   *[other] El servicio { $unit } funciona ahora, pero systemd lo ha reiniciado { $restarts } veces desde que se inició: mientras estaba caído, las solicitudes acabaron en 502.
}
srv-service-restarted-fix = Lee en su journal por qué terminó.

## src/serverconf/mod.rs
# Una línea de un archivo de configuración que no se pudo leer; $what es uno de los srv-read-* de abajo.
srv-read-problem = { $file }: no se pudo leer la línea { $line }: { $what }

## Qué estaba mal en una línea que no se pudo leer (src/serverconf/nginx.rs, apache.rs, caddy.rs,
## haproxy.rs, varnish.rs, php_fpm.rs), en pocas palabras y en minúscula: van tras dos puntos.
srv-read-binary = datos binarios
srv-read-binary-text = datos binarios, no texto de configuración
srv-read-quote-not-closed = unas comillas sin cerrar
srv-read-close-without-block = '{"}"}' sin ningún bloque que cerrar
srv-read-block-not-closed = este bloque no está cerrado
# $max es un número.
srv-read-blocks-too-deep = bloques anidados a más de { $max } niveles; este se omite
# Secciones de Apache: $closing y $open son nombres de sección (VirtualHost); $line, un número de línea.
srv-read-apache-wrong-close = </{ $closing }> cierra <{ $open }> de la línea { $line }
srv-read-apache-nothing-to-close = </{ $closing }> sin ninguna sección que cerrar
srv-read-apache-no-gt = una línea de sección sin su '>'
srv-read-apache-too-deep = secciones anidadas a más de { $max } niveles; esta se omite
srv-read-apache-not-closed = <{ $section }> no está cerrada
# HAProxy: $word es la primera palabra de la línea.
srv-read-haproxy-before-section = '{ $word }' antes de cualquier sección
# La dirección de un servidor de HAProxy sin puerto: “10.0.0.5 (el puerto al que se conectó el cliente)”.
srv-haproxy-client-port = { $address } (el puerto al que se conectó el cliente)
# nginx: $name es el nombre de una directiva.
srv-read-nginx-quote = unas comillas que nunca se cierran
srv-read-nginx-too-deep = bloques anidados a más de { $max } niveles: este bloque no se lee
srv-read-nginx-stray-semicolon = un ';' sin ninguna directiva delante
srv-read-nginx-stray-open = una '{"{"}' sin ninguna directiva delante
srv-read-nginx-no-semicolon = “{ $name }” no tiene ';' detrás
srv-read-nginx-stray-close = una '{"}"}' que no cierra nada
srv-read-nginx-not-closed = la '{"{"}' de “{ $name }” nunca se cierra
# Varnish (VCL): comentarios /* */, cadenas largas {" "}, "cadenas".
srv-read-varnish-comment = un comentario /* sin cerrar
srv-read-varnish-long-string = una cadena {"{"}" sin cerrar
srv-read-varnish-string = una cadena sin cerrar
srv-read-varnish-backend-not-closed = este backend no está cerrado
# $count es un número.
srv-read-varnish-blocks-open = { $count ->
    [one] { $count } bloque sin cerrar al final
   *[other] { $count } bloques sin cerrar al final
}
# Un backend de VCL sin dirección: $name es su nombre; .host y .path son campos de VCL.
srv-varnish-backend-no-host = backend { $name } sin .host ni .path
# PHP-FPM y php.ini (archivos INI).
srv-read-php-section = un nombre de sección sin su ']' de cierre
srv-read-php-expected = se esperaba clave = valor
srv-read-php-no-key = un valor sin clave

## src/har/mod.rs
# Por qué un archivo no se pudo leer como grabación del navegador (HAR); en minúscula, van tras el nombre
# del archivo y dos puntos. $reason es el propio mensaje del lector de JSON, en inglés.
srv-har-not-json = el archivo no es JSON (en la línea { $line }, columna { $column }: { $reason })
srv-har-truncated = el archivo termina antes de tiempo (cortado en la línea { $line }): vuelve a guardar la grabación
# $expected es srv-har-expected-*.
srv-har-not-har = el archivo es JSON, pero no una grabación HAR: se esperaba { $expected }
srv-har-expected-log = un objeto “log” en el nivel superior
srv-har-expected-entries = “log.entries”, una lista de solicitudes

## src/store/mod.rs
# No se pudo leer el archivo de configuración del programa: $file es su ruta, $problem uno de los
# srv-store-problem-*, $backup adónde se movió, $error lo que dijo el sistema.
srv-store-notice-kept = No se pudo leer tu archivo de configuración { $file } ({ $problem }); se ha conservado como { $backup } y Gateway Doctor se ha iniciado con la configuración predeterminada.
srv-store-notice-not-moved = No se pudo leer tu archivo de configuración { $file } ({ $problem }) ni apartarlo ({ $error }); Gateway Doctor se ha iniciado con la configuración predeterminada y reemplazará el archivo cuando se guarde la configuración.
srv-store-problem-folder = es una carpeta, no un archivo
srv-store-problem-open = no se pudo abrir: { $error }
# $byte es un número.
srv-store-problem-not-utf8 = no es texto: UTF-8 no válido en el byte { $byte }
srv-store-problem-json = JSON no válido: { $error }
srv-store-problem-not-object = se esperaba un objeto JSON con la configuración
srv-store-problem-value = valor inesperado: { $error }
srv-store-too-many-backups = demasiadas copias de seguridad con el mismo nombre
# No se pudo guardar la configuración: $path es una carpeta o un archivo; $error, lo que dijo el sistema.
srv-store-error-create-dir = no se puede crear la carpeta de configuración { $path }: { $error }
srv-store-error-write = no se puede escribir el archivo de configuración { $path }: { $error }
srv-store-error-encode = no se puede codificar la configuración para { $path }: { $error }
