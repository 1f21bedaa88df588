# El panel Detalles: los datos técnicos a un clic de la respuesta (tiempos, quién respondió, la
# respuesta y sus cabeceras, IDs de solicitud, la página de error, el registro de sondeos) y las
# comprobaciones del servidor para el propietario que se muestran ahí. Los nombres de cabeceras, las
# líneas de estado y los comandos se dejan tal cual.

details-title = Detalles
details-for-owner = Para el propietario del sitio
details-server = El servidor web de este equipo
details-server-reading = Leyendo la configuración del servidor web de este equipo y probando una vez cada servidor que tiene detrás…
details-routes = Rutas hacia el sitio
details-timings = Tiempos
details-still-running = La solicitud aún está en curso.
details-no-request = No se hizo ninguna solicitud (el motivo está en el registro de abajo).
details-protocol = Protocolo: { $protocol }
details-who = Quién respondió
details-layers = Capas vistas, de fuera hacia dentro: { $layers }
details-response = Respuesta
details-no-response = Sin respuesta ({ $why })
details-via-proxy = A través del proxy { $proxy }
details-redirect = ↪ { $status } de { $from } a { $to }
details-headers = Cabeceras ({ $count })
details-request-ids = IDs de solicitud
details-no-request-ids = El servidor no envió ninguno.
details-copy-id = Copiar { $name }
details-error-page = Página de error
details-copy-page = Copiar página
details-probe-log = Registro de sondeos
details-copy-log = Copiar registro
details-edge-origin = Borde frente a origen
details-through-edge = Por la dirección del sitio (borde)
details-straight-to-origin = Directo al servidor de origen { $origin }
details-dns-answers = Respuestas DNS para { $name }
details-phase-dns = Consulta DNS
details-phase-connect = Conexión
details-phase-tls = Negociación TLS
details-phase-wait = Espera de la respuesta
details-phase-total = Total
details-no-timings = No se registró ningún tiempo.
details-server-all-fine = Todos los servidores que este sitio tiene detrás respondieron; no hay nada mal en su configuración.
details-machine-checking = Comprobando la configuración de todos los sitios de este equipo…
details-machine-button = 🖥 Comprobar todos los sitios de este equipo
details-machine-hover = Lee aquí la configuración de los servidores web y prueba una vez cada servidor que tienen detrás; no cambia nada
details-upstreams = Servidores de detrás (una prueba cada uno)
details-at-line = { $config } línea { $line }
details-copy-place = Copiar ubicación
details-fix = Solución: { $fix }
details-copy-command = Copiar comando
details-copy-command-n = Copiar comando { $n }
details-copy-hover = Copiar al portapapeles
