# Las preguntas adicionales del paso de espera (¿está caído para todo el mundo?, ¿es un incidente conocido?), la
# ventana Acerca de y la pestaña del historial del sitio. Globalping es el nombre de un servicio y se deja tal cual.

## ¿Está caído para todo el mundo?
world-title = ¿Está caído para todo el mundo?
world-intro = Globalping, un servicio externo, puede cargar este sitio desde unos { $places } lugares del mundo. Al pulsar el botón, se le envían el nombre y la ruta del sitio (nunca los parámetros de la dirección, las contraseñas ni las cookies). No se envía nada si no lo pulsas.
world-ask = 🌍 Preguntar a Globalping
world-ask-hover = Cargar el sitio desde otros países y redes a través de { $url } (servicio externo)
world-budget = Globalping permite unas { $tests } pruebas por hora desde una misma dirección ({ $questions } consultas de { $places } lugares cada una), y este programa ya las ha usado. Puedes volver a preguntar dentro de { $minutes } min.
world-asking = Preguntando a Globalping…
world-failed = Globalping no respondió: { $error }
world-not-sent = no se pudo enviar la consulta
world-not-answered = Sin respuesta: { $error }
world-here = Aquí (este equipo)
world-no-answer = sin respuesta ({ $why })
world-in-ms = en { $ms } ms

## ¿Es un incidente conocido?
status-title = ¿Es un incidente conocido?
status-own-page = la propia página de estado del sitio ({ $url })
status-who = { $provider } respondió en nombre de este sitio. Su página de estado indica si hay algún incidente conocido.
status-who-site = Puede que el sitio tenga su propia página de estado.
status-contacts = Al pulsar el botón solo se contacta con { $whom }; no se envía nada sobre este sitio.
status-and = y
status-ask = 📰 Consultar la página de estado de { $provider }
status-ask-site = 📰 Consultar la página de estado del sitio
status-asking = Consultando la página de estado…

## Acerca de
about-tagline = Averigua por qué un sitio web responde "502 Bad Gateway" y qué puedes hacer.
about-version = Versión { $version }
about-licence = Licencia: { $licence }
about-project = Página del proyecto
about-close = Cerrar

## El historial del sitio
history-title = Historial de este sitio
history-none = No hay comprobaciones guardadas de este sitio (no se pudo abrir el historial).
history-local = Cada comprobación hecha aquí o con los comandos check y watch se guarda solo en este equipo.
history-load-time = Tiempo de carga de la página (ms)
history-export = Exportar como CSV…
history-export-hover = Guardar como hoja de cálculo (CSV) todas las comprobaciones almacenadas de este sitio
