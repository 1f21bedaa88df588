# Las palabras propias de la aplicación de escritorio (botones, etiquetas, indicaciones). El veredicto
# y los hallazgos de los pasos vienen de verdict.ftl y report.ftl.

## La cabecera
app-icon-alt = Icono de Gateway Doctor
app-site = Sitio:
app-site-hint = Dirección web, p. ej. shop.example.com
app-check = ▶ Comprobar
app-check-hover = Comprobar este sitio (Enter)
app-cancel = ⏹ Cancelar
app-cancel-hover = Dejar de comprobar (Esc)
app-mode-owner = Propietario del sitio
app-mode-owner-hover = Comprobaciones para quienes gestionan el sitio
app-mode-visitor = Visitante
app-mode-visitor-hover = Comprobaciones para quien visita el sitio
app-language = Idioma
app-language-hover = El idioma del programa y de sus informes
app-language-system = Sistema ({ $name })
app-origin = Servidor de origen (opcional):
app-origin-hint = IP o IP:puerto de tu servidor detrás de la CDN
app-burst = Prueba de carga suave
app-burst-hover = Envía una pequeña ráfaga a tu sitio: como máximo 20 solicitudes, y como máximo 4 a la vez, para ver si los fallos aumentan con la carga.
app-dismiss = Cerrar
app-dismiss-hover = Ocultar este mensaje

## El aviso del veredicto
banner-so-far = Por ahora: { $confidence }
banner-cancelled = Cancelado: esto es lo que se vio antes de que lo detuvieras.
banner-still-checking = Aún se está comprobando…
banner-answered = { $who } respondió { $status } { $reason }
banner-answered-unknown = El servidor respondió { $status } { $reason }
banner-answered-in = { $answer } en { $ms } ms

## La lista de pasos y el panel
steps-title = Pasos
steps-your-server = Tu servidor
steps-row-name = { $n }. { $title }
steps-row-accessible = { $n }. { $title }: { $state }
pane-what-to-do = ➡ Qué hacer
pane-details = 🔍 Detalles (tiempos, cabeceras, registro)
pane-logs = 📄 Registros del servidor
pane-history = 🕘 Historial
step-not-in-check = Este paso no forma parte de esta comprobación.
step-n-of = Paso { $n } de { $total }
step-next = Siguiente ▶
step-next-hover = Ir al paso siguiente
step-back = ◀ Atrás
step-back-hover = Ir al paso anterior
step-checking = Comprobando…
step-retry = ↻ Reintentar ahora
step-retry-hover = Volver a comprobar el sitio ahora

## El pie
footer-save = 💾 Guardar informe…
footer-save-hover = Guardar el informe en un archivo para enviarlo al soporte técnico
footer-format-hover = Formato del informe
footer-copy = 📋 Copiar informe
footer-copy-hover = Copiar el informe (Markdown) para pegarlo en un mensaje
footer-full-address = Incluir la dirección completa
footer-full-address-hover = Desactivado: las contraseñas, cookies y tokens de la dirección se quitan del informe. Activado: se conservan los parámetros de la dirección (las contraseñas se quitan siempre).
footer-notes = Notas:
footer-notes-hint = Qué estabas haciendo y desde cuándo (se incluye en el informe)

## La pantalla de inicio
start-heading = ¿Qué sitio muestra el error?
start-intro = Escribe o pega su dirección arriba y pulsa Enter. Gateway Doctor la comprueba desde este equipo, paso a paso, y te dice si el problema está de tu lado o del lado del sitio, y qué puedes hacer.
start-guided = Guíame paso a paso
start-guided-hover = Recorre los cinco pasos en orden, con qué hacer en cada uno
start-recent = Sitios recientes
start-recent-hover = Volver a comprobar { $site }
start-visitor-title = Comprobaciones de visitante
start-visitor-steps =
    1. Recargar – ¿el error es constante o va y viene?
    2. Borrar caché – ¿lo causa una copia antigua o una cookie?
    3. Otro navegador – ¿se está filtrando tu navegador?
    4. Tu conexión – ¿funciona tu propia conexión a internet?
    5. Esperar – ¿vale la pena esperar, y cuánto tiempo?
start-owner-title = Modo propietario del sitio
start-owner-intro = Además de los pasos de visitante: archivos estáticos frente a la página dinámica, los registros de tu servidor, los plugins de WordPress, el DNS en resolutores públicos y autoritativos, proxy, puertos y rutas IPv4/IPv6, límites y tiempos de espera de PHP, una prueba de carga suave (se puede desactivar) y, con la dirección de tu servidor de origen, una comparación del origen con el borde de la CDN.

## El botón Acerca de y una comprobación que no terminó
app-about = ℹ Acerca de
app-about-hover = Versión, licencia y la página web del proyecto
run-cancelled-step = Sin comprobar: la comprobación se canceló antes de que terminara este paso.
run-silent-step = Sin comprobar: este paso no dio resultado.
run-press-check = Pulsa Comprobar para intentarlo de nuevo.

## Mensajes bajo la cabecera
notice-no-dialog-logs = Aquí no se pudo abrir una ventana para elegir archivos: arrastra los archivos de registro a esta ventana.
notice-saved-fallback = Aquí no se pudo abrir una ventana para elegir archivos, así que se guardó en { $path }
notice-settings-not-saved = No se pudo guardar tu configuración: { $error }
notice-report-saved = Informe guardado en { $path }
notice-report-not-saved = No se pudo guardar el informe en { $path }: { $error }
notice-report-copied = Informe copiado. Pégalo en tu mensaje al soporte del sitio.
notice-history-off = Las comprobaciones no se guardan en el historial: { $error }

# The titles of the file choosers (the system draws the rest of the dialog).
dialog-pick-recording = Elige una grabación del navegador (HAR)
dialog-pick-logs = Elige los archivos de registro del servidor
