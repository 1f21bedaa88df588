# Los informes que se guardan o copian para el soporte técnico (Markdown y HTML): títulos, etiquetas,
# las líneas sobre la respuesta del sitio y sus páginas de estado. Los ids entre comillas invertidas
# (`the_site`, `upstream_failed`) se dejan tal cual.

## Título y veredicto
export-title = Informe de Gateway Doctor: { $host }
export-checked = Comprobado el { $time } desde este equipo (modo { $mode }), Gateway Doctor { $version }.
export-address = Dirección:
export-verdict = Veredicto:
export-layer = Capa: { $layer }, causa: { $cause }. Confianza: { $confidence }.
export-for-owner = Para el propietario del sitio: { $detail }
export-not-finished = Algunas comprobaciones no habían terminado; este resultado aún puede cambiar.
export-path-label = Por dónde pasa la solicitud

## La lista de pasos
export-what-checked = Qué se comprobó
export-col-step = Paso
export-col-result = Resultado
export-col-finding = Hallazgo
export-col-advice = Consejo
export-commands-for = Comandos para { $step }:

## La respuesta del sitio
export-what-answered = Qué respondió el sitio
export-answer = Respuesta: { $answer }.
export-answer-line = HTTP { $status } de { $who }
export-protocol = Protocolo: { $protocol }.
export-request-ids = IDs de solicitud para el soporte técnico del sitio: { $ids }.
export-no-request-ids = el servidor no envió ninguno
export-timings = Tiempos: { $timings }.
export-timings-title = Tiempos
export-error-page = Extracto de la página de error:
export-error-page-start = Extracto de la página de error (el inicio de { $bytes } bytes):
export-error = Error: { $error }
export-http-details = Detalles HTTP y cabeceras ({ $count } cabeceras)
export-via-proxy = vía proxy
export-redirect = redirección
export-identified-by = identificado por
export-probe-log = Registro de sondeos ({ $count } sondeos)
export-col-probe = Sondeo
export-col-kind = Tipo
export-col-status = Estado
export-col-time = Tiempo
export-col-details = Detalles
timing-dns = DNS
timing-connect = conexión
timing-tls = TLS
timing-first-byte = primer byte
timing-total = total

## Las demás secciones
export-history = Historial de este sitio
export-server-side = El servidor web de este equipo
export-incidents = Incidentes conocidos
export-recording = Grabación del navegador
export-recording-file = Grabación del navegador: { $file }
export-world = ¿Caído para todos?
export-notes = Notas de la persona que hizo la comprobación
export-redaction = (Se quitaron las credenciales, las cookies y los tokens.)
export-generated = Gateway Doctor { $version }, informe generado el { $time }.

## Páginas de estado, una línea cada una ($state es la palabra propia de la página, p. ej. major_outage)
status-page-unreadable = { $name }: página de estado en { $page } (ábrela para leerla)
status-page-error = { $name } ({ $page }): no se pudo leer: { $error }
status-page-no-answer = sin respuesta
status-page-clear = { $name } ({ $page }): no se indica ningún incidente
status-impact = impacto: { $impact }
status-started = inicio: { $time }
status-updated = actualización: { $time }
status-maintenance = { $name }: mantenimiento en curso, "{ $title }" { $url }
status-maintenance-until = { $name }: mantenimiento en curso, "{ $title }" hasta { $until } { $url }
status-component = { $name }: { $component } está en estado { $state }
