# Las secciones para el propietario de los informes (borde frente a origen, respuestas DNS, rutas hacia el
# sitio, rutas estáticas frente a dinámicas, la prueba de carga suave, los registros del servidor) y los
# resúmenes de una línea que imprime la línea de comandos al terminar cada comprobación del propietario;
# el informe del modo servidor (`gateway-doctor server`) en texto, Markdown y HTML; el panel de registros
# del servidor de la aplicación; los avisos de la aplicación cuando un sitio vigilado vuelve o se exportó
# el historial.
# Las direcciones, puertos, códigos de estado, tipos de registro (NXDOMAIN, CNAME, IPv4), ids de resultado
# ("timeout", "connect refused"), nombres de unidades, rutas y comandos nunca se traducen. $count, $lines,
# $total, $errors, $files, $checks y $skipped son números (para las formas de plural); los demás números
# ya vienen escritos ("3.0", "24").

## src/report/owner.rs

pg-ms = { $ms } ms
pg-ok = correcto
pg-owner-logs-title = Registros del servidor
pg-owner-logs-col-finding = Hallazgo
pg-owner-logs-col-times = Veces
pg-owner-logs-col-last-seen = Última vez
pg-owner-logs-col-involved = Implicados
pg-owner-logs-not-read = Sin leer: { $error }
# $format: el tipo de registro ("registro de errores de nginx").
pg-owner-logs-file = { $path }: { $format }, { $lines ->
       [one] { $lines } línea
       *[other] { $lines } líneas
    }
pg-owner-logs-none = Ninguna causa conocida de 502/504 en estos registros.
# $statuses: "7 × 502, 1 × 504"; $urls: las páginas que más fallan, "/login (7), /cart (2)".
pg-owner-logs-access = Registros de acceso: { $total ->
       [one] { $total } solicitud
       *[other] { $total } solicitudes
    }, { $errors ->
       [one] { $errors } error del servidor
       *[other] { $errors } errores del servidor
    }.
pg-owner-logs-access-statuses = Registros de acceso: { $total ->
       [one] { $total } solicitud
       *[other] { $total } solicitudes
    }, { $errors ->
       [one] { $errors } error del servidor
       *[other] { $errors } errores del servidor
    } ({ $statuses }).
pg-owner-logs-access-top = Registros de acceso: { $total ->
       [one] { $total } solicitud
       *[other] { $total } solicitudes
    }, { $errors ->
       [one] { $errors } error del servidor
       *[other] { $errors } errores del servidor
    }; páginas que más fallaron: { $urls }.
pg-owner-logs-access-statuses-top = Registros de acceso: { $total ->
       [one] { $total } solicitud
       *[other] { $total } solicitudes
    }, { $errors ->
       [one] { $errors } error del servidor
       *[other] { $errors } errores del servidor
    } ({ $statuses }); páginas que más fallaron: { $urls }.
pg-owner-logs-cancelled = Se canceló la lectura: solo se leyó una parte de los registros.
pg-owner-origin-title = Borde frente a origen
pg-owner-origin-col-asked = Consultado
pg-owner-origin-col-answer = Respuesta
pg-owner-origin-edge = Por la dirección del sitio (borde)
# $origin: la dirección y el puerto del origen, "203.0.113.10:443".
pg-owner-origin-direct = Directo al servidor de origen { $origin }
# $name: el nombre de host del sitio.
pg-owner-dns-title = Respuestas DNS para { $name }
# $addresses: las direcciones indicadas con --expect-ip (una opción: no se traduce).
pg-owner-dns-expected = Esperado (--expect-ip): { $addresses }.
pg-owner-dns-no-name-servers = No se encontraron los servidores de nombres del dominio: { $error }.
pg-owner-routes-title = Rutas hacia el sitio
pg-owner-routes-col-way = Ruta
pg-owner-routes-col-result = Resultado
pg-owner-routes-proxy = El proxy del sistema para el sitio: { $proxy }.
pg-owner-paths-title = Rutas estáticas frente a dinámicas
pg-owner-paths-col-path = Ruta
pg-owner-paths-col-kind = Tipo
pg-owner-paths-col-result = Resultado
pg-owner-paths-col-time = Tiempo
# $summary: los resultados de cada tipo, "estática 1/1 correcto, dinámica 0/1 (502)".
pg-owner-paths-summary = Estáticas frente a dinámicas: { $summary }.
# $plugins: los slugs de los plugins, unidos con ", ".
pg-owner-paths-plugins = Plugins de WordPress vistos en la página: { $plugins }.
pg-owner-burst-title = Prueba de carga suave
pg-owner-burst-col-at-once = A la vez
pg-owner-burst-col-requests = Solicitudes
pg-owner-burst-col-failed = Fallidas
pg-owner-burst-col-answers = Respuestas
pg-owner-burst-col-median = Mediana
pg-owner-burst-col-slowest = Más lenta
# $what: cómo se hizo la ráfaga ("una pequeña ráfaga de 13 solicitudes, como máximo 4 a la vez").
pg-owner-burst-sent = Lo que se envió: { $what }.
# $summary: pg-burst-summary.
pg-owner-burst-result = Resultado: { $summary }.
pg-owner-burst-overload = Los fallos aumentan con el número de solicitudes simultáneas: el servidor se queda sin workers (sobrecarga).
# El tipo de una ruta comprobada, en la tabla y en "estática 2/2 correcto".
pg-kind-static = estática
pg-kind-dynamic = dinámica
# Los resúmenes de una línea (en minúscula: también van detrás del nombre de una comprobación en la
# salida en directo de la línea de comandos).
pg-dns-not-queried = no consultado (dirección IP literal)
pg-dns-no-answer = ningún resolutor respondió
# $answer: las direcciones, "CNAME destino" o "NXDOMAIN".
pg-dns-one-answered = 1 resolutor respondió: { $answer }
# $count es 2 o más.
pg-dns-agree = { $count ->
        [one] { $count } resolutor coincide: { $answer }
       *[other] { $count } resolutores coinciden: { $answer }
    }
# $count es 2 o más; $answers: "203.0.113.10 (2), 198.51.100.7 (1)".
pg-dns-disagree = { $count ->
        [one] { $count } resolutor no coincide: { $answers }
       *[other] { $count } resolutores no coinciden: { $answers }
    }
# $summary: pg-dns-agree o pg-dns-disagree; $count resolutores no respondieron.
pg-dns-silent = { $summary }, { $count ->
        [one] { $count } no respondió
       *[other] { $count } no respondieron
    }
pg-dns-no-records = sin registros A/AAAA
pg-dns-no-address = sin dirección
pg-routes-none = no se probó ninguna ruta
# "puerto 80 rechazada".
pg-route-port = puerto { $port }
# $origin: "203.0.113.10:443"; $result y $edge: el estado HTTP ("502") o lo que pasó
# ("conexión rechazada").
pg-origin-answered = { $origin } respondió { $result }
pg-origin-answered-edge = { $origin } respondió { $result } (borde: { $edge })
pg-origin-edge = { $origin } { $result } (borde: { $edge })
pg-paths-none = no se comprobó ninguna ruta
pg-burst-off = desactivada: no se enviaron solicitudes adicionales
pg-burst-none = no se envió ninguna solicitud
# $at: cuántas solicitudes a la vez, "4" o "1-4"; $failures: los fallos de cada ronda, "0, 0, 5".
pg-burst-summary = { $total ->
       [one] { $total } solicitud
       *[other] { $total } solicitudes
    }, { $at } a la vez: { $failures } fallidas
# $why: por qué se detuvo la ráfaga ("no respondió nada").
pg-burst-summary-stopped = { $total ->
       [one] { $total } solicitud
       *[other] { $total } solicitudes
    }, { $at } a la vez: { $failures } fallidas (detenida antes de tiempo: { $why })

## src/report/server.rs

pg-server-title = Gateway Doctor: comprobación del servidor
# $at: cuándo se hizo el informe (RFC 3339).
pg-server-generated = Generado: { $at }.
# El estado de un servidor de detrás (los demás son ids: refused, timeout…).
pg-server-state-ok = correcto
pg-server-state-not-checked = no comprobado
pg-server-state-too-slow = demasiado lento
# La gravedad de un hallazgo, entre corchetes.
pg-server-severity-error = {"["}FALLO]
pg-server-severity-warning = {"["}aviso]
pg-server-severity-info = {"["}info]
# Dónde está un hallazgo o un servidor de detrás: el archivo de configuración y la línea.
pg-server-place = { $config } línea { $line }
# Los encabezados (la forma de texto añade dos puntos).
pg-server-config-read = Configuración leída
pg-server-none-found = (no se encontró ninguna)
pg-server-this-machine = Esta máquina
pg-server-findings = Hallazgos
pg-server-upstreams = Servidores de detrás
pg-server-upstreams-tried = Servidores de detrás (una prueba cada uno)
# $count: cuántos registros de errores se leyeron.
pg-server-error-logs = Registros de errores ({ $count ->
        [one] { $count } leído
       *[other] { $count } leídos
    }):
pg-server-error-logs-nothing = nada sobre servidores de detrás que fallen
# Una configuración leída: $name es el software y su versión ("nginx 1.24.0"), $config el archivo
# principal, $found_by cómo se encontró, $files cuántos archivos tiene.
pg-server-config = { $name } { $config } ({ $found_by }; { $files ->
        [one] { $files } archivo
       *[other] { $files } archivos
    })
pg-server-config-test-passes = { $name } { $config } ({ $found_by }; { $files ->
        [one] { $files } archivo
       *[other] { $files } archivos
    }; supera su prueba de configuración)
pg-server-config-test-fails = { $name } { $config } ({ $found_by }; { $files ->
        [one] { $files } archivo
       *[other] { $files } archivos
    }; su prueba de configuración FALLA)
# Un servidor de detrás probado: la directiva, adónde apunta, dónde se define, lo que encontró la prueba
# ($detail, de machine.ftl) y cuánto tardó en milisegundos ($ms).
pg-server-upstream = { $directive } -> { $target } ({ $config } línea { $line }): { $detail }
pg-server-upstream-ms = { $directive } -> { $target } ({ $config } línea { $line }): { $detail }, { $ms } ms
# Debajo de un hallazgo: dónde está, y la solución.
pg-server-at = ubicación: { $place }
pg-server-fix = solución: { $fix }
# La tabla de servidores de detrás.
pg-server-col-state = Estado
pg-server-col-directive = Directiva
pg-server-col-target = Destino
pg-server-col-where = Ubicación
pg-server-col-detail = Detalle
# Esta máquina: $source es dónde se leyó el registro del kernel (journalctl -k, /var/log/kern.log).
pg-server-kernel-no-oom = registro del kernel ({ $source }): ningún proceso cerrado por falta de memoria (OOM kill) en las últimas { $hours } h
pg-server-kernel-oom = registro del kernel ({ $source }): { $count ->
        [one] { $count } proceso cerrado por falta de memoria (OOM kill)
       *[other] { $count } procesos cerrados por falta de memoria (OOM kills)
    }
# $path: un punto de montaje; $why: lo que hay en él ("registros de nginx"); $used e $inodes: porcentajes.
pg-server-disk = disco de { $path } ({ $why }): { $used } % usado, inodos: { $inodes } % usados
# Un servicio: su unidad, su estado y subestado (palabras de systemd: active, running), cuántas veces se
# reinició.
pg-server-service-restarts = { $unit }: { $active } ({ $sub }), { $count ->
       [one] { $count } reinicio
       *[other] { $count } reinicios
    }

## src/gui/panels/logs.rs

pg-logs-title = Registros del servidor
pg-logs-intro = Gateway Doctor lee en este equipo los registros de nginx, Apache, PHP-FPM y PHP (también archivos .gz y rotados) y selecciona las líneas que explican un 502 o un 504. No se envía nada a ningún sitio.
pg-logs-analyse = 📂 Analizar registros…
pg-logs-analyse-hover = Elige archivos de registro, p. ej. /var/log/nginx/error.log
pg-logs-or-drop = o arrastra archivos de registro a esta ventana
# $percent: cuánto se ha leído, "42".
pg-logs-reading = { $count ->
        [one] Leyendo { $count } archivo… { $percent } %
       *[other] Leyendo { $count } archivos… { $percent } %
    }
pg-logs-cancel = Cancelar
pg-logs-cancel-hover = Dejar de leer
pg-logs-will-read = { $count ->
       [one] { $count } archivo de registro se leerá
       *[other] { $count } archivos de registro se leerán
    } tras la próxima comprobación.
pg-logs-cancelled = Se canceló la lectura: estos resultados solo cubren lo que se llegó a leer.
pg-logs-what-they-say = Lo que dicen los registros
pg-logs-none = Ninguna causa conocida de 502/504 en estos registros.
# $subjects: los backends, URLs o archivos de los que trata un hallazgo, unidos con ", ".
pg-logs-involved = Implicados: { $subjects }
# $count: cuántas líneas de ejemplo hay debajo.
pg-logs-examples = Líneas de ejemplo ({ $count })
# Un archivo leído: $format es el tipo de registro ("registro de errores de nginx").
pg-logs-file = { $format }, { $lines ->
       [one] { $lines } línea
       *[other] { $lines } líneas
    }
pg-logs-file-skipped = { $format }, { $lines ->
       [one] { $lines } línea
       *[other] { $lines } líneas
    }, { $skipped ->
       [one] { $skipped } línea ilegible omitida
       *[other] { $skipped } líneas ilegibles omitidas
    }
pg-logs-access = Registros de acceso
pg-logs-access-no-errors = { $total ->
       [one] { $total } solicitud; no recibió como respuesta un error del servidor.
       *[other] { $total } solicitudes; ninguna recibió como respuesta un error del servidor.
    }
# $statuses: "7 × 502, 1 × 504".
pg-logs-access-errors = { $total ->
       [one] { $total } solicitud
       *[other] { $total } solicitudes
    }; { $errors ->
       [one] { $errors } recibió como respuesta un error del servidor
       *[other] { $errors } recibieron como respuesta un error del servidor
    } ({ $statuses }).
pg-logs-per-minute = Errores del servidor por minuto
pg-logs-top-pages = Páginas que más fallaron
# El nombre de las barras en el gráfico de errores del servidor por minuto.
pg-logs-chart = Respuestas 5xx
pg-logs-drop-hint = Suelta aquí archivos de registro del servidor para leerlos

## src/gui/app/recovery.rs

# $host: el nombre de host del sitio.
pg-recovery-back = Buenas noticias: { $host } vuelve a funcionar.
# El título y el texto de la notificación de escritorio; $at es la hora ("14:02:07 UTC"), $checks cuántas
# comprobaciones se hicieron.
pg-recovery-back-title = { $host } ha vuelto
pg-recovery-back-body = Gateway Doctor: el sitio respondió con normalidad a las { $at }, tras { $checks ->
       [one] { $checks } comprobación
       *[other] { $checks } comprobaciones
    }.
# $site: "https://shop.example.com"; $path: el archivo escrito.
pg-recovery-csv-saved = { $count ->
       [one] { $count } comprobación de { $site } guardada
       *[other] { $count } comprobaciones de { $site } guardadas
    } en { $path }
pg-recovery-csv-failed = No se pudo guardar el historial en { $path }: { $error }
