# Una grabación del navegador (HAR): la ventana del programa y su entrada en la pantalla de inicio,
# lo que muestra la grabación en conjunto, y su informe. $result es lo que obtuvo una solicitud
# ("502 de nginx", "net::ERR_NAME_NOT_RESOLVED"); $summary es la primera línea del veredicto, ya en este idioma.

## La pantalla de inicio y la ventana
har-start-title = Lo que vio tu navegador
har-start-intro = El soporte técnico suele pedir un archivo HAR (la grabación de la página que hace tu navegador). Ábrelo aquí o arrástralo a esta ventana: se explica cada solicitud que falló, y puedes guardar una copia sin tus cookies ni tus tokens para enviarla.
har-open = 📂 Abrir una grabación del navegador (HAR)…
har-reading = Leyendo la grabación…
har-window-title = Grabación del navegador: { $file }
har-checked-again = Nueva comprobación: { $outcome }
har-confirm = { $count ->
    [one] ¿Volver a comprobar { $count } dirección ahora? Solo se pide la dirección (GET), como lo haría un visitante: no se envía ninguna cookie, token ni dato de formulario de la grabación.
   *[other] ¿Volver a comprobar { $count } direcciones ahora? Solo se pide la dirección (GET), como lo haría un visitante: no se envía ninguna cookie, token ni dato de formulario de la grabación.
}
har-check-now = Comprobar ahora
har-cancel = Cancelar
har-check-these = 🔄 Comprobarlas ahora ({ $count })
har-checking = Comprobando…
har-save-sanitized = 🛡 Guardar HAR limpio…
har-save-report = 💾 Guardar el informe de la grabación…
har-could-not-read = No se pudo leer { $path }: { $error }
har-never-overwrite = Elige otro nombre de archivo: la grabación original nunca se sobrescribe.
har-could-not-sanitize = No se pudo limpiar la grabación: { $error }
har-sanitized-saved = Grabación limpia guardada en { $path } (datos quitados: { $removed }).
har-could-not-save = No se pudo guardar en { $path }: { $error }

## Lo que muestra la grabación
har-place-page = la página
har-place-own = una llamada del propio sitio
har-place-third = terceros
har-no-answer = sin respuesta
har-verdict-empty = La grabación no contiene ninguna solicitud: vuelve a grabar con la pestaña Red abierta y luego recarga la página.
har-verdict-none-failed = No falló ninguna solicitud de la grabación (solicitudes en total: { $total }).
har-verdict-page = Falló la propia página ({ $result } en { $host }): { $summary }
har-verdict-calls = La página cargó, pero falló al menos una de sus llamadas a { $hosts } (fallos: { $count }; { $result }): { $summary }
har-verdict-third = La página y las solicitudes del propio sitio funcionaron; solo fallaron solicitudes a otros sitios ({ $hosts }: { $result }). Esas son de terceros (scripts, fuentes, rastreadores): puede que la página se vea incompleta, pero el sitio en sí responde.
har-when-together = Los fallos ({ $count }) ocurrieron a la vez, en un intervalo de { $within } a partir de las { $time }: un único momento, como una caída, un reinicio o la publicación de una nueva versión.
har-when-spread = Los fallos ({ $count }) se reparten a lo largo de { $seconds } s a partir de las { $time }.
har-when-spread-minutes = Los fallos ({ $count }) se reparten a lo largo de { $minutes } minutos a partir de las { $time }: falla una y otra vez, no en un solo momento.
har-within-a-second = un segundo
har-within-seconds = { $n } s
har-works-now = ahora funciona ({ $status })
har-still-fails = sigue fallando ({ $status }): { $summary }

## El informe de la grabación
har-counts = Solicitudes grabadas ({ $browser }): { $requests }; con error: { $failed }.
har-unknown-browser = navegador desconocido
har-text-title = Grabación del navegador { $file } ({ $browser }, solicitudes: { $requests })
har-text-verdict = Veredicto: { $verdict }
har-sanitized-written = Copia limpia guardada en { $path } (datos quitados: { $removed }).
har-sanitized-copy = Copia limpia: { $path } (datos quitados: { $removed }).
har-checked-again-title = Comprobación repetida ahora
har-failed-requests = Solicitudes que fallaron
har-request-ids = IDs de solicitud (dáselos al soporte técnico):
har-col-request = solicitud
har-col-result = resultado
har-col-where = dónde
har-col-verdict = veredicto
har-text-line = { $result } ({ $place }) -> { $culprit } (causa: { $cause }, confianza: { $confidence })
har-text-request-id = ID de solicitud { $name }: { $id }

## Lo que se quitó de la copia limpia
removed-cookies = { $n ->
    [one] { $n } cookie
   *[other] { $n } cookies
}
removed-set-cookies = { $n ->
    [one] { $n } cabecera Set-Cookie
   *[other] { $n } cabeceras Set-Cookie
}
removed-auth-headers = { $n ->
    [one] { $n } cabecera Authorization
   *[other] { $n } cabeceras Authorization
}
removed-token-headers = { $n ->
    [one] { $n } cabecera con una clave de API o un token
   *[other] { $n } cabeceras con claves de API o tokens
}
removed-query-params = { $n ->
    [one] { $n } parámetro de la dirección que parece un token
   *[other] { $n } parámetros de la dirección que parecen tokens
}
removed-form-fields = { $n ->
    [one] { $n } campo de formulario que parece un token
   *[other] { $n } campos de formulario que parecen tokens
}
removed-tokens-in-bodies = { $n ->
    [one] { $n } token bearer o JWT en el contenido de un mensaje
   *[other] { $n } tokens bearer o JWT en el contenido de mensajes
}
removed-bodies = { $n ->
    [one] { $n } contenido de respuesta que no hacía falta
   *[other] { $n } contenidos de respuesta que no hacían falta
}
removed-nothing = ninguno (no se encontró nada secreto)
