# Los hallazgos y consejos de los pasos de visitante (recargar, borrar caché, otro navegador, tu
# conexión, esperar) y las frases cortas con las que se construyen. $result es lo que obtuvo una
# solicitud, ya dicho con palabras ("502 de nginx", "conexión rechazada").

## Común
step-pending = Comprobando…
step-not-checked = No se comprobó esta vez.
refresh-not-tried = No se probó: no se pudo llegar al sitio en absoluto, así que recargar no puede cambiar nada.
clear-cache-not-tried = No se probó: no se pudo llegar al sitio en absoluto, así que borrar la caché no puede cambiar nada.
other-browser-not-tried = No se probó: no se pudo llegar al sitio en absoluto, así que otro navegador no puede cambiar nada.
advice-nothing-to-do = No hay nada que hacer aquí.
advice-nothing-to-fix = No hay nada que arreglar por tu parte.
by-chance-pending = Esperando los intentos de recarga, para distinguir una diferencia real de una casualidad…
by-chance-differed = Los resultados fueron distintos ({ $result }), pero las recargas normales también fallan así al azar, de modo que la diferencia no demuestra nada.
clear-cache-by-chance-advice = El sitio falla a ratos en este momento; es poco probable que borrar la caché lo arregle.
other-browser-by-chance-advice = El sitio falla a ratos en este momento; es poco probable que otro navegador lo arregle.

## Lo que obtuvo una solicitud
result-from = { $status } de { $software }
outcome-answer = una respuesta
outcome-dns-failed = nombre no encontrado
outcome-refused = conexión rechazada
outcome-connect-timeout = sin respuesta al intentar conectar
outcome-connect-failed = no se pudo conectar
outcome-tls-failed = falló la conexión segura
outcome-timeout = sin respuesta a tiempo
outcome-closed = conexión cerrada sin respuesta
outcome-protocol-error = no es una respuesta web
outcome-http2-reset = flujo HTTP/2 interrumpido
outcome-proxy-failed = falló el proxy
outcome-redirect-loop = un bucle de redirecciones
outcome-too-many-redirects = demasiadas redirecciones

## Tiempos
wait-moment = un momento
wait-seconds = { $n ->
    [one] { $n } segundo
   *[other] { $n } segundos
}
wait-minutes = { $n ->
    [one] { $n } minuto
   *[other] { $n } minutos
}
wait-hours = { $n ->
    [one] { $n } hora
   *[other] { $n } horas
}
duration-unknown = un tiempo desconocido
duration-ms = { $n } ms
duration-s = { $n } s
duration-min = { $n } min

## Recargar
refresh-no-tries = No se hicieron intentos adicionales.
refresh-http2-only = { $n ->
    [one] Se probó una vez por HTTP/2, como hacen los navegadores: falló ({ $result }). Un intento por HTTP/1.1 sí funcionó ({ $http1 }).
   *[other] Se probó { $n } veces por HTTP/2, como hacen los navegadores: falló todas las veces ({ $result }). Un intento por HTTP/1.1 sí funcionó ({ $http1 }).
}
refresh-http2-only-advice = Recargar no ayudará, y otro navegador tampoco (todos usan HTTP/2): el sitio tiene que arreglar su parte de HTTP/2. Espera, o avisa al propietario del sitio.
refresh-failed = { $n ->
    [one] Se probó una vez y falló ({ $result }).
   *[other] Se probó { $n } veces y falló todas las veces ({ $result }).
}
refresh-advice-did-not-help = Recargar no ayudó.
refresh-advice-this-computer = Recargar no ayudará hasta que se solucione el problema de este equipo.
refresh-advice-site-side = Recargar no ayudará; el problema está del lado del sitio.
refresh-some = Intentos que funcionaron: { $ok } de { $n }; el resto obtuvo { $result }.
refresh-some-advice = Recarga unas cuantas veces; a veces funciona.
refresh-all-worked = { $n ->
    [one] Se probó una vez y funcionó.
   *[other] Se probó { $n } veces y funcionó todas las veces.
}
refresh-works-now = Recarga la página: ahora funciona.

## Borrar caché
clear-cache-fails-with = Con las cookies y los datos en caché de este sitio falla ({ $result }); sin ellos funciona.
clear-cache-fails-with-advice = Borra las cookies y la caché de este sitio (o abre una ventana privada).
clear-cache-fails-without = Sin cookies falla ({ $result }); con ellas funciona.
clear-cache-fails-without-advice = Borrar la caché no ayudará; conserva las cookies de este sitio.
clear-cache-works-both = Funciona con y sin cookies y caché.
clear-cache-healthy-advice = Si tu navegador sigue mostrando el error, borra su caché para este sitio.
clear-cache-wont-help = Borrar la caché no ayudará.
clear-cache-same-failure = Falla igual con y sin cookies y caché ({ $result }).

## Otro navegador
other-browser-basis-installed = Sus solicitudes se enviaron tal como las envían los navegadores instalados en este equipo.
other-browser-basis-standard = No se encontró ningún otro navegador en este equipo, así que se enviaron las solicitudes de Firefox y Safari.
other-browser-basis-chosen = Se imitaron los navegadores que se pidieron.
other-browser-none = No se imitó ningún otro navegador.
other-browser-a-browser = un navegador
other-browser-split = La página cargó en { $worked }, pero no en { $failed } ({ $result }): el sitio filtra algunos navegadores (filtrado según el navegador).
other-browser-use = Por ahora, usa { $browser }.
other-browser-all-worked = Todos los navegadores ({ $browsers }) obtuvieron la página.
other-browser-may-work = Puede que otro navegador te funcione ahora.
other-browser-bot-advice = Abre el sitio en tu propio navegador y pasa allí la verificación (necesita JavaScript y las cookies activados).
other-browser-wont-help = Otro navegador no ayudará.
other-browser-same-failure = Todos los navegadores ({ $browsers }) fallaron igual ({ $result }).

## Tu conexión
connection-captive = Esta red respondió 511: te pide que inicies sesión (una página de acceso al Wi-Fi) antes de dejarte salir a internet.
connection-captive-advice = Abre cualquier página web en tu navegador, inicia sesión en la red y vuelve a intentarlo.
connection-proxy-turn-off = Desactiva el proxy en la configuración del sistema o del navegador, o pide a quien lo configuró que lo arregle.
connection-proxy-fails = El proxy configurado en este equipo ({ $proxy }) falla ({ $via }); sin él, el sitio responde ({ $direct }).
connection-proxy-blocks = El proxy configurado en este equipo bloquea este sitio ({ $code }).
connection-proxy-blocks-advice = Pide a quien gestiona el proxy (a menudo tu departamento de informática) que permita el sitio, o prueba con otra red.
connection-proxy-passes-on = A través del proxy configurado en este equipo falla ({ $via }), y sin él también ({ $direct }): el proxy solo transmite el fallo del sitio.
connection-proxy-unusable = No se pudo usar el proxy configurado en este equipo.
connection-works = Tu conexión a internet funciona.
connection-answered-references-down = El sitio respondió, así que tu conexión con él funciona (los sitios de referencia no respondieron).
connection-down = No se pudo llegar a ningún sitio conocido ({ $list }).
connection-down-advice = Revisa tu Wi-Fi o el cable y reinicia el router; luego vuelve a intentarlo.
connection-answered = El sitio respondió, así que tu conexión con él funciona.
connection-no-references = No se comprobó ningún sitio de referencia.

## Esperar
wait-status-incident = La página de estado del sitio dice: "{ $title }" ({ $page }).
wait-status-clear = La página de estado del sitio no indica ningún incidente ({ $page }).
wait-status-maintenance = La página de estado del sitio indica un mantenimiento: "{ $title }" ({ $page }).
wait-status-exists = El sitio tiene una página de estado: { $page }.
wait-only-from-here = El sitio funciona desde otros lugares: esperar solo sirve si tu red o tu proveedor de internet soluciona el problema.
wait-only-from-here-advice = Prueba ahora con otra red (los datos móviles de tu teléfono), o vuelve a intentarlo más tarde.
wait-the-provider = el proveedor
wait-provider-incident = Se trata de un incidente conocido en { $name }; suele resolverse solo, sin que haga falta hacer nada por tu parte (ni por la del sitio).
wait-provider-maintenance = Se trata de un mantenimiento en { $name }; suele terminar solo, sin que haga falta hacer nada por tu parte (ni por la del sitio).
wait-provider-advice = Espera y vuelve a intentarlo más tarde; puedes seguirlo en { $page }.
wait-provider-advice-no-page = Espera y vuelve a intentarlo más tarde.
wait-dns-only-here = Puede que tu servidor DNS se ponga al día por sí solo (un cambio reciente puede tardar hasta 48 horas en llegar a todos los servidores DNS).
wait-dns-only-here-advice = Cambia ahora este equipo a otro servidor DNS (1.1.1.1 o 8.8.8.8), o vuelve a intentarlo más tarde.
wait-this-computer = Esperar no ayudará: el problema está en este equipo.
wait-this-computer-advice = Soluciona el problema de conexión indicado arriba y luego vuelve a intentarlo.
wait-healthy = No hace falta esperar: el sitio funciona ahora.
wait-retry-after = El sitio pide a los visitantes que vuelvan dentro de { $wait }.
wait-retry-after-maintenance = El sitio está en mantenimiento y pide a los visitantes que vuelvan dentro de { $wait }.
wait-retry-after-advice = Espera { $wait } y vuelve a intentarlo.
wait-bot = Esperar no cambiará la verificación contra bots.
wait-bot-advice = Abre el sitio en tu propio navegador y pasa allí la verificación.
wait-maintenance = El sitio está en mantenimiento y no ha dicho cuánto durará.
wait-try-again-in = Vuelve a intentarlo dentro de { $wait }.
wait-dns = Los problemas con el nombre del sitio pueden tardar en resolverse (tras un cambio de servidor, hasta 48 horas).
wait-needs-fix = Es poco probable que esperar ayude: el propietario del sitio tiene que arreglarlo.
wait-needs-fix-advice = Avisa al propietario del sitio; guarda un informe para enviárselo.
wait-intermittent = Falla a veces.
wait-intermittent-advice = Espera un minuto y vuelve a intentarlo; a veces funciona.
wait-unknown = No pudimos determinar si esperar ayudará.
wait-unknown-advice = Vuelve a intentarlo dentro de un minuto.
wait-default = Los errores como este suelen desaparecer en pocos minutos.
wait-default-advice = Espera un minuto y vuelve a intentarlo. Si sigue fallando, avisa al propietario del sitio (guarda un informe para enviárselo).

## El paso de reinicio del propietario cuando la propia aplicación respondió con el error
owner-app-answered = La propia aplicación respondió con el error: está funcionando, así que reiniciarla, o reiniciar el servidor web, rara vez ayuda.
owner-app-answered-advice = Busca en el registro de la aplicación la solicitud que falla y revisa de qué depende (su base de datos, las API y los servicios a los que llama); reinicia solo una dependencia que esté caída.
