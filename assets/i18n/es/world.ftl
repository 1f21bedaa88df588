# Lo que "¿Está caído para todo el mundo?" (los lugares de Globalping) añade al veredicto, y las líneas que da
# el historial guardado de un sitio (desde cuándo falla, cuántas comprobaciones fallaron).
# $places es world-places-all o world-places-some ("todos los 10 lugares del mundo") y va detrás de "desde".

## ¿Está caído para todo el mundo?
world-places-all = todos los { $reported } lugares del mundo
world-places-some = { $n } de los { $reported } lugares del mundo
world-works-here-fails-elsewhere = Desde aquí el sitio funciona, pero desde { $places } no se pudo cargar (Globalping): puede que el sitio esté caído en otras regiones.
world-down-everywhere = Globalping: desde { $places } tampoco se pudo cargar el sitio, así que está caído para todos.
world-fine-site-fine = Globalping: el sitio se cargó desde { $places }, así que el propio sitio funciona bien.
world-fine-dns = Globalping: el sitio se cargó desde { $places }, así que allí su nombre funciona: el servidor DNS al que consulta este equipo está desactualizado o filtra (prueba con otro, p. ej. 1.1.1.1, o espera a que se propague un cambio reciente).
world-fine-cdn = Globalping: el sitio se cargó desde { $places }: fallan los servidores de la CDN que te responden a ti (los de tu región), no todo el sitio.
world-fine-server = Globalping: el sitio se cargó desde { $places }: puede que el fallo afecte solo a las solicitudes que salen de tu dirección (bloqueada o con un límite de solicitudes) o al único servidor que te responde.
world-fine-between = Globalping: el sitio se cargó desde { $places }: algo entre tú y el sitio bloquea o corta la conexión.
world-mixed = Globalping: desde { $places } tampoco se pudo cargar el sitio, y desde los demás ({ $working }) sí: el fallo es regional o aparece a ratos.
world-summary-no-answer = Ninguna ubicación de Globalping respondió a tiempo, así que esto no dice nada sobre otros lugares.
world-summary-down = Caído para todos: desde ninguna de las { $n } ubicaciones del mundo se pudo cargar el sitio, así que el problema es el propio sitio, no tu conexión.
world-summary-just-you = Solo te pasa a ti: el sitio se cargó desde todas las { $n } ubicaciones del mundo, así que lo que falla está entre tú y el sitio: tu red, tu proveedor de internet, tu DNS o los servidores del sitio que responden a tu región.
world-summary-works = Funciona en todas partes: el sitio se cargó desde todas las { $n } ubicaciones del mundo.
world-summary-partly = Caído en parte: el sitio se cargó desde { $working } de { $n } ubicaciones y falló desde { $failing }, así que el problema es regional (una región de la CDN, un nodo del balanceador de carga) o aparece a ratos.

## El historial guardado del sitio
history-failing-since = falla desde { $time } ({ $span })
history-working-again = funciona de nuevo desde { $time }
history-working = funciona en todas las comprobaciones guardadas
history-no-checks = no hay comprobaciones guardadas
history-first-failure = { $checks ->
    [one] primer fallo: { $time }, { $failures } de { $checks } comprobación fallida
   *[other] primer fallo: { $time }, { $failures } de { $checks } comprobaciones fallidas
}
history-no-failures = { $checks ->
    [one] sin fallos en { $checks } comprobación guardada
   *[other] sin fallos en las últimas { $checks } comprobaciones
}
span-under-a-minute = menos de un minuto
span-minutes = { $n } min
span-hours = { $h } h
span-hours-minutes = { $h } h { $m } min
span-days = { $n } días
