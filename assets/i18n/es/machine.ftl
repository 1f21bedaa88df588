# El motor de `gateway-doctor server`, que se ejecuta en el propio servidor (src/server/): cómo se
# encontró cada configuración, por qué no se pudo leer un archivo, qué mostró probar una vez cada
# aplicación que hay detrás, qué no se pudo consultar en la máquina (registro del kernel, servicios),
# por qué no se hicieron las comprobaciones para un sitio, y los errores de `--config`.
# Los comandos, las líneas de configuración, las rutas, los nombres de usuario y los bytes HTTP/FastCGI
# están en el código. $software es un nombre de producto (nginx, Apache, HAProxy, Caddy, Varnish,
# PHP-FPM); $file y $path son rutas de archivo; $error es el texto de error del propio sistema (a menudo en inglés).

## src/server/mod.rs

mc-config-unreadable = --config { $file }: { $error }
mc-config-unknown = --config { $file }: no se reconoce como configuración de nginx, Apache, HAProxy, Caddy, Varnish, PHP-FPM ni php.ini
# Cómo se encontró una configuración: el archivo se indicó con --config y su contenido mostró de qué tipo es.
mc-found-given = indicado con --config; reconocido como { $software }
# $addresses: las direcciones IP del sitio, separadas por comas.
mc-site-not-local = Las direcciones del sitio ({ $addresses }) no son de este equipo: ejecuta gateway-doctor server en el servidor que sirve el sitio.
mc-site-not-local-none = Las direcciones del sitio (ninguna) no son de este equipo: ejecuta gateway-doctor server en el servidor que sirve el sitio.
mc-site-nothing-listens = Nada en este equipo escucha en el puerto { $port }.
mc-site-not-a-web-server = El proceso que escucha en el puerto { $port } no es un servidor web cuya configuración lea Gateway Doctor, o pertenece a otro usuario (ejecútalo con sudo).
mc-site-checked = { $software } (proceso { $pid }) escucha en el puerto { $port }; se leyó su configuración, { $file }.

## src/server/discover.rs

# Cómo se encontró una configuración (se muestra junto a ella).
mc-found-running-process = proceso { $pid } en ejecución
mc-found-standard-path = ruta estándar

## src/server/check.rs
# Qué mostró probar una aplicación de detrás, en pocas palabras (se muestra tras su dirección).
# $seconds: un tiempo límite en segundos; $address: IP:puerto; $host: un nombre de host.

mc-probe-stopped = la comprobación se detuvo: { $error }
mc-probe-not-tried = no se probó
# $text: la dirección tal como está escrita, con sus variables ($host, ...).
mc-probe-variables = formada por variables ({ $text }): solo se conoce en cada solicitud
mc-probe-not-an-address = no es una dirección: { $text }
mc-probe-no-socket = el socket no existe
mc-probe-socket-hidden = este usuario no tiene permiso para verlo: ejecútalo con sudo
mc-probe-not-a-socket = un archivo, no un socket
mc-probe-connect-timeout = sin conexión en { $seconds } s
mc-probe-unresolvable = el nombre { $host } no se puede resolver aquí
mc-probe-unresolvable-because = el nombre { $host } no se puede resolver aquí ({ $error })
mc-probe-connect-timeout-to = sin conexión con { $address } en { $seconds } s
mc-probe-tls-accepts = acepta conexiones (TLS: la solicitud en sí no se comprueba)
mc-probe-refused = conexión rechazada: ahí no escucha nada
mc-probe-permission-denied = permiso denegado
mc-probe-cannot-connect = no se puede conectar: { $error }
mc-probe-accepts = acepta conexiones (el protocolo no se comprueba)
mc-probe-answer-timeout = sin respuesta en { $seconds } s
mc-probe-reset = restableció la conexión sin responder
mc-probe-failed = la conexión falló: { $error }
mc-probe-closed = aceptó la conexión y luego la cerró sin responder
# $detail: cómo fue la respuesta ("HTTP 200", "respuesta FastCGI"); $took: los segundos que tardó;
# $limit: el tiempo de espera de lectura, en segundos, de la configuración del servidor web.
mc-probe-too-slow = { $detail } al cabo de { $took } s, más tarde que los { $limit } s que espera el servidor
mc-probe-http-incomplete = una respuesta HTTP incompleta
mc-probe-not-http = no es una respuesta HTTP ({ $count ->
        [one] { $count } byte
       *[other] { $count } bytes
    })
mc-probe-fcgi-answered = respuesta FastCGI
# $record: el tipo de registro FastCGI, un número.
mc-probe-fcgi-answered-type = respuesta FastCGI (tipo de registro { $record })
mc-probe-fcgi-got-http = habla HTTP, no FastCGI (usa proxy_pass, no fastcgi_pass)
mc-probe-not-fcgi = no es una respuesta FastCGI ({ $count ->
        [one] { $count } byte
       *[other] { $count } bytes
    })

## src/server/users.rs
# Por qué el usuario de los procesos de trabajo del servidor web no puede abrir un socket unix. $mode: octal, como 0660.

mc-perm-folder = la carpeta { $path }: propietario { $owner }, grupo { $group }, modo { $mode }
mc-perm-socket = el socket: propietario { $owner }, grupo { $group }, modo { $mode }

## src/server/read.rs
# Por qué no se pudo leer un archivo de configuración (se muestra tras la ruta del archivo).

# $size: en MiB.
mc-read-too-large = el archivo supera los { $size } MiB; el resto no se leyó
mc-read-permission-group = permiso denegado (pueden leerlo root y quizá el grupo { $group }: ejecútalo con sudo)
mc-read-permission = permiso denegado (ejecútalo con sudo)
mc-read-not-found = no se encontró
mc-read-folder = una carpeta, no un archivo
mc-read-caddy-json = esta versión no lee la configuración JSON de Caddy (sí lee un Caddyfile)

## src/server/host.rs

mc-kernel-log-unreadable = --kernel-log { $file }: { $error }
mc-kernel-log-none = No se pudo leer el registro del kernel (no hay /var/log/kern.log; journalctl y dmesg no dieron nada): no se buscaron procesos cerrados por falta de memoria (OOM kills). Ejecútalo con sudo o indica --kernel-log FILE.
mc-services-no-systemd = systemd no se está ejecutando aquí: no se comprobó si los servicios funcionan.
# Por qué importa lo lleno que está un disco: lo que la pila web escribe allí.
mc-disk-error-log = el registro de errores de { $software }
mc-disk-nginx-temp = los archivos temporales de nginx
mc-disk-php-sessions = las sesiones de PHP
mc-disk-varnish-work = la carpeta de trabajo de Varnish
mc-disk-tmp = los archivos temporales
