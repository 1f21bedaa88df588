# Las causas de un 502/504 que explica una línea del registro del servidor: un grupo por cada [[cause]] de
# assets/log_patterns.toml, identificado por el id de la causa (el id, la gravedad, los patrones que se comparan con
# las líneas del registro, las reglas de subject y los comandos se quedan en el TOML; los comandos no se traducen).
#   logp-<id>-title        nombre corto de la causa
#   logp-<id>-explanation  qué significa la línea, en palabras sencillas
#   logp-<id>-fix          qué cambiar
# Las directivas, los ajustes y los nombres de archivo (fastcgi_pass, pm.max_children, `listen =`, php.ini, ...)
# se escriben como en los archivos de configuración y se dejan tal cual.

## src/logs/patterns.rs (assets/log_patterns.toml): nginx error.log

logp-php_fpm_socket_missing-title = Falta el socket de PHP-FPM
logp-php_fpm_socket_missing-explanation = nginx intentó llegar a PHP-FPM a través de un socket unix que no existe: PHP-FPM no está en marcha, o nginx apunta a una ruta de socket equivocada (p. ej., la de una versión antigua de PHP).
logp-php_fpm_socket_missing-fix = Inicia PHP-FPM y haz que fastcgi_pass, en el sitio de nginx, apunte al socket indicado en `listen =` del archivo del pool de PHP-FPM.

logp-upstream_refused-title = El backend rechazó la conexión
logp-upstream_refused-explanation = No hay nada escuchando en la dirección a la que reenvía nginx: la aplicación o el backend no está en marcha, se cayó o escucha en otro puerto.
logp-upstream_refused-fix = Inicia (o reinicia) el backend y comprueba que escucha en la dirección indicada en proxy_pass / fastcgi_pass.

logp-upstream_permission_denied-title = nginx no tiene permiso para conectarse al backend
logp-upstream_permission_denied-explanation = El sistema operativo negó a nginx el acceso al backend: el propietario o los permisos del socket unix no admiten al usuario de nginx, o SELinux impide que nginx abra conexiones de red.
logp-upstream_permission_denied-fix = Da al usuario de nginx acceso al socket (listen.owner / listen.group / listen.mode en el pool de PHP-FPM) o, con SELinux, permítelo: setsebool -P httpd_can_network_connect 1.

logp-upstream_overloaded-title = Backend sobrecargado (cola de conexiones llena)
logp-upstream_overloaded-explanation = La cola de escucha del backend estaba llena, así que se rechazaron las conexiones nuevas: demasiado tráfico para el número de procesos de trabajo.
logp-upstream_overloaded-fix = Aumenta el número de procesos de trabajo del backend (pm.max_children en PHP-FPM) y su cola de escucha (listen.backlog, net.core.somaxconn), o reduce las solicitudes lentas.

logp-upstream_timeout-title = Backend demasiado lento (tiempo de espera agotado)
logp-upstream_timeout-explanation = El backend aceptó la solicitud pero no respondió a tiempo (nginx espera 60 s de forma predeterminada), así que el visitante recibió 504 Gateway Timeout.
logp-upstream_timeout-fix = Averigua por qué el backend es lento (consultas lentas, llamadas externas); si las solicitudes son largas por naturaleza, aumenta proxy_read_timeout / fastcgi_read_timeout junto con los límites propios del backend.

logp-upstream_closed-title = El backend cerró la conexión (¿se cayó?)
logp-upstream_closed-explanation = El backend cortó la conexión antes de enviar una respuesta completa: se cayó, lo terminaron (falta de memoria, un límite de tiempo) o cierra demasiado pronto las conexiones keep-alive inactivas.
logp-upstream_closed-fix = Busca en el registro propio del backend, a la misma hora, una caída, una terminación por falta de memoria (OOM kill) o un límite de tiempo; pon el tiempo de espera de keep-alive del backend más largo que el de nginx.

logp-upstream_header_too_big-title = Cabeceras de respuesta del backend demasiado grandes
logp-upstream_header_too_big-explanation = El backend envió cabeceras de respuesta (a menudo cookies grandes o muchas líneas Set-Cookie) más grandes que los búferes de nginx, así que nginx desistió con un 502.
logp-upstream_header_too_big-fix = Aumenta los búferes: proxy_buffer_size 16k; proxy_buffers 8 16k; (fastcgi_buffer_size / fastcgi_buffers para PHP), o envía cabeceras más pequeñas.

logp-no_live_upstreams-title = Todos los backends marcados como caídos
logp-no_live_upstreams-explanation = nginx había marcado como fallidos todos los servidores del grupo upstream (tras max_fails errores), así que ni siquiera lo intentó: la causa real está en los errores anteriores de esos servidores.
logp-no_live_upstreams-fix = Corrige los errores anteriores de los backends; revisa max_fails / fail_timeout en el bloque upstream.

logp-upstream_tls_failed-title = Falló TLS hacia el backend
logp-upstream_tls_failed-explanation = nginx habla HTTPS con el backend y la negociación TLS falló: el backend no habla TLS en ese puerto, necesita SNI, o su certificado o sus protocolos no coinciden.
logp-upstream_tls_failed-fix = Usa http:// en proxy_pass si el backend habla HTTP sin cifrar; si no, pon proxy_ssl_server_name on; y ajusta proxy_ssl_name / proxy_ssl_protocols al backend.

logp-upstream_unresolved-title = No se pudo resolver el nombre del backend
logp-upstream_unresolved-explanation = nginx consulta el nombre del backend en tiempo de ejecución (un resolver con una variable en proxy_pass) y la consulta DNS falló.
logp-upstream_unresolved-fix = Comprueba el nombre y la directiva `resolver` de nginx (debe apuntar a un servidor DNS que conozca el nombre, p. ej., 127.0.0.11 en Docker).

logp-script_unknown-title = No se encontró el script PHP
logp-script_unknown-explanation = PHP-FPM no encontró el script que pidió nginx: SCRIPT_FILENAME o root apuntan a un lugar equivocado (normalmente da un 404 «File not found.», a veces forma parte de la historia de un 502).
logp-script_unknown-fix = Pon fastcgi_param SCRIPT_FILENAME $document_root$fastcgi_script_name; y comprueba que root apunta a los archivos del sitio y que PHP-FPM puede leerlos.

## src/logs/patterns.rs (assets/log_patterns.toml): registro de errores de Apache

logp-backend_disabled-title = Apache desactivó el backend durante un tiempo
logp-backend_disabled-explanation = Tras una conexión fallida, Apache marca el backend como caído durante un periodo de reintento (retry) y responde 503/502 sin intentarlo.
logp-backend_disabled-fix = Corrige primero el error de conexión del backend; un retry= más corto en la línea ProxyPass hace que Apache vuelva a intentarlo antes.

logp-backend_connect_failed-title = Apache no pudo conectarse al backend
logp-backend_connect_failed-explanation = El proxy de Apache no pudo abrir una conexión con el backend: no está en marcha o escucha en otro sitio.
logp-backend_connect_failed-fix = Inicia el backend y comprueba la dirección en ProxyPass / SetHandler "proxy:...".

logp-backend_read_timeout-title = Backend demasiado lento para Apache (tiempo de espera agotado)
logp-backend_read_timeout-explanation = Apache esperó la respuesta del backend más tiempo que ProxyTimeout (= Timeout, 60 s de forma predeterminada) y desistió.
logp-backend_read_timeout-fix = Averigua por qué el backend es lento; si tiene que ser lento, aumenta ProxyTimeout (o timeout= en ProxyPass).

logp-backend_read_error-title = Error al leer la respuesta del backend
logp-backend_read_error-explanation = El backend cerró o rompió la conexión mientras Apache leía su respuesta: se cayó o lo terminaron.
logp-backend_read_error-fix = Busca en el registro propio del backend, a la misma hora, una caída, una terminación por falta de memoria (OOM kill) o un límite de tiempo.

logp-fcgi_failed-title = Fallo de FastCGI (PHP-FPM) en Apache
logp-fcgi_failed-explanation = proxy_fcgi de Apache no pudo comunicarse con PHP-FPM: falta el socket o el puerto, o PHP-FPM cerró la conexión sin una respuesta válida.
logp-fcgi_failed-fix = Comprueba que PHP-FPM está en marcha y que SetHandler "proxy:unix:/run/php/...sock|fcgi://localhost" indica su socket; busca caídas en el registro de PHP-FPM.

## src/logs/patterns.rs (assets/log_patterns.toml): registro de PHP-FPM

logp-fpm_max_children-title = PHP-FPM se quedó sin procesos de trabajo
logp-fpm_max_children-explanation = Todos los procesos de trabajo de PHP-FPM estaban ocupados (se alcanzó pm.max_children), así que las solicitudes nuevas se quedaron en cola y agotaron el tiempo de espera o fueron rechazadas.
logp-fpm_max_children-fix = Aumenta pm.max_children en el archivo del pool (si la memoria lo permite: aproximadamente la RAM libre / la memoria por proceso) y busca los scripts lentos con el registro de scripts lentos (slowlog).

logp-fpm_execute_timeout-title = PHP-FPM terminó un script lento
logp-fpm_execute_timeout-explanation = Un script PHP se ejecutó durante más tiempo que request_terminate_timeout y PHP-FPM terminó su proceso, así que el servidor web no recibió respuesta (502).
logp-fpm_execute_timeout-fix = Haz el script más rápido, o aumenta request_terminate_timeout en el archivo del pool junto con el tiempo de espera del servidor web.

logp-fpm_child_segfault-title = Un proceso de PHP-FPM se cayó (segfault)
logp-fpm_child_segfault-explanation = Un proceso de trabajo de PHP-FPM murió con SIGSEGV, normalmente por una extensión de PHP defectuosa (opcache, xdebug, una biblioteca de imágenes); la solicitud que atendía recibió un 502.
logp-fpm_child_segfault-fix = Actualiza PHP y sus extensiones; desactiva una a una las extensiones añadidas hace poco (php -m las muestra) hasta que dejen de producirse las caídas.

## src/logs/patterns.rs (assets/log_patterns.toml): registro de errores de PHP

logp-php_max_execution_time-title = Un script PHP alcanzó max_execution_time
logp-php_max_execution_time-explanation = Un script PHP se ejecutó durante más tiempo que max_execution_time (30 s de forma predeterminada) y se detuvo con un error fatal.
logp-php_max_execution_time-fix = Haz el script más rápido, o aumenta max_execution_time en php.ini (o con php_admin_value en el pool) para los scripts que lo necesiten.

logp-php_memory_limit-title = Un script PHP se quedó sin memoria
logp-php_memory_limit-explanation = Un script PHP necesitó más memoria que memory_limit y se detuvo con un error fatal.
logp-php_memory_limit-fix = Averigua qué consume la memoria (consultas grandes, imágenes); aumenta memory_limit en php.ini si el script de verdad la necesita.
