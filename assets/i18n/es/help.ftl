# Lo que ofrecen las páginas de pasos de la aplicación además del hallazgo: cómo borrar la caché y
# guardar una grabación del navegador en cada navegador, abrir el sitio en otro navegador y "seguir
# comprobando" mientras se espera. Los nombres de menús y botones entre comillas son los de los
# propios navegadores: usa los nombres que muestran los navegadores en este idioma.

## Recargar y borrar la caché
reload-keys-mac = Cmd+Mayús+R (Option+Cmd+R en Safari)
reload-keys-pc = Ctrl+F5 (o Ctrl+Mayús+R)
keys-clear-pc = Ctrl+Mayús+Supr
keys-clear-mac = Cmd+Mayús+Supr
help-hard-reload = Para recargar esta página sin la copia guardada en caché, pulsa { $keys } en tu navegador.
help-clear-cache-most = Cómo borrar la caché (en la mayoría de los navegadores):
help-clear-cache-in = Cómo borrar la caché en { $browser }
cache-chromium-open = Pulsa { $keys }: se abre la ventana para borrar los datos de navegación.
cache-chromium-range = En el intervalo de tiempo, elige 'Desde siempre'.
cache-chromium-tick = Marca 'Archivos e imágenes almacenados en caché'. Si después el sitio sigue fallando, marca también 'Cookies y otros datos de sitios' (con esto se cierra tu sesión en los sitios web).
cache-chromium-confirm = Confirma con 'Borrar datos' (en algunos navegadores se llama 'Eliminar' o 'Borrar ahora') y vuelve a cargar el sitio.
cache-firefox-open = Pulsa { $keys } para abrir 'Borrar datos de navegación y cookies' (en versiones anteriores, 'Limpiar el historial reciente').
cache-firefox-range = En el intervalo de tiempo, elige 'Todo'.
cache-firefox-tick = Marca 'Archivos y páginas temporales en caché' (en versiones anteriores, 'Caché'). Si después el sitio sigue fallando, marca también 'Cookies y datos del sitio' (con esto se cierra tu sesión en los sitios web).
cache-firefox-confirm = Haz clic en 'Limpiar' (en versiones anteriores, 'Limpiar ahora' o 'Aceptar') y vuelve a cargar el sitio.
cache-safari-develop = En la barra de menús, elige Safari > Ajustes (Preferencias en versiones anteriores de macOS), abre 'Avanzado' y activa 'Mostrar funciones para desarrolladores web' (en versiones anteriores: 'Mostrar el menú Desarrollo en la barra de menús').
cache-safari-empty = Elige Desarrollo > Vaciar cachés, o pulsa Option+Cmd+E.
cache-safari-reload = Vuelve a cargar el sitio. Si sigue fallando, borra también los datos del sitio: Safari > Ajustes > Privacidad > 'Gestionar datos de sitios web', busca el sitio y haz clic en 'Eliminar'.
cache-epiphany-menu = Abre el menú principal (el botón con tres líneas) y elige 'Preferencias' (en versiones más recientes, 'Configuración').
cache-epiphany-privacy = Abre 'Privacidad' y haz clic en 'Limpiar datos del sitio web' (en versiones más recientes, 'Datos del sitio web').
cache-epiphany-tick = Marca 'Caché HTTP en disco' (y 'Cookies' si después el sitio sigue fallando; con esto se cierra tu sesión en los sitios web) y luego haz clic en 'Limpiar datos' (en versiones anteriores, 'Limpiar').
cache-epiphany-reload = Vuelve a cargar el sitio.

## Otro navegador
help-no-other-browser = No se encontró ningún otro navegador web en este equipo.
help-open-in-another = Abre el sitio en otro navegador:
help-open-in = Abrir en { $browser }
help-open-in-hover = Abrir el sitio en { $browser }
help-open-failed = No se pudo abrir { $browser }: { $error }
help-open-default = Abrir en tu navegador predeterminado
help-open-default-hover = Abrir el sitio en el navegador predeterminado del sistema

## Guardar una grabación del navegador (HAR) para el soporte técnico
help-har-title = Graba lo que ve tu navegador (archivo HAR para el soporte técnico)
help-har-line = { $browser }: { $how }.
har-chromium = pulsa F12, abre la pestaña Red, recarga la página, haz clic con el botón derecho en la lista y elige "Guardar todo como HAR con contenido" (en versiones recientes: el botón «Exportar HAR», la flecha de descarga en la barra de Red)
har-firefox = pulsa F12, abre la pestaña Red, recarga la página, haz clic en el icono del engranaje y elige "Guardar todo como HAR"
har-safari = activa Desarrollo en Ajustes > Avanzado, elige Desarrollo > Mostrar inspector web, abre la pestaña Red, recarga la página y haz clic en Exportar
har-epiphany = pulsa Ctrl+Mayús+I, abre la pestaña Red, recarga la página y haz clic en Exportar
help-har-command = `gateway-doctor har FILE --sanitize OUT.har` explica el archivo y escribe una copia sin cookies ni tokens para que la envíes.

## Esperar: seguir comprobando hasta que el sitio vuelva
watch-checked-at = Comprobado a las
watch-result = Resultado
watch-answered-by = Respondió
watch-time-taken = Duración
watch-no-answer = sin respuesta
watch-back = ✔ El sitio ha vuelto: respondió con normalidad a las { $time }.
watch-checking-again = Próxima comprobación { $when }
watch-checking-again-count = Próxima comprobación { $when } (comprobaciones repetidas hasta ahora: { $count })
watch-in-minutes = en unos { $n } min
watch-in-seconds = en { $n } s
watch-in-a-few-seconds = en unos segundos
watch-we-will-tell = Te avisaremos en cuanto el sitio vuelva a funcionar. Puedes dejar esta ventana abierta.
watch-check-now = Comprobar ahora
watch-check-now-hover = Volver a comprobar ahora mismo
watch-stop = Dejar de comprobar
watch-stop-hover = Detener las comprobaciones automáticas (Esc)
watch-checking-now = Volviendo a comprobar…
watch-keep-checking = ⏱ Seguir comprobando hasta que vuelva
watch-keep-checking-hover = Volver a comprobar automáticamente, esperando un poco más cada vez, y avisarme cuando funcione
