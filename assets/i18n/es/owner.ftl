# Lista de comprobación del modo propietario: los hallazgos y consejos que lee el propietario de un sitio sobre
# el DNS (¿coinciden los resolutores?), la CDN o el balanceador de carga que hay delante del sitio, el servidor
# de origen que hay detrás (consultado directamente con --origin), el certificado del sitio y un sitio en
# mantenimiento.
# Los comandos, las líneas de configuración, los nombres de cabeceras (Retry-After), los códigos DNS (NXDOMAIN,
# SERVFAIL, CNAME, A/AAAA, NS, SOA, indicador AA), las opciones (--origin, --expect-ip) y los nombres de
# productos se dejan tal cual.
# $front, $cdn, $name, $maker: el nombre de una CDN o de un balanceador de carga ("Cloudflare", "AWS load
# balancer"), sin artículo, como nombre propio (own-cdn-the-provider), para que encaje detrás de "de";
# $front_capital es lo mismo con la primera letra en mayúscula, para empezar una frase. En las frases con
# $edge y $origin, $front también puede ser own-cdn-public-address ("la dirección pública").

## src/diagnosis/owner/dns.rs

# Títulos de las columnas de la tabla de respuestas DNS.
own-dns-col-resolver = Resolutor
own-dns-col-answers = Respuestas
own-dns-col-ttl = TTL
own-dns-col-result = Resultado
own-dns-col-time = Tiempo

own-dns-checking = Comprobando…
own-dns-not-checked = No se comprobó en esta ejecución (la comparación de DNS se hace en el modo propietario).
own-dns-ip-address = Se accede al sitio por su IP (o por localhost): no hay ningún nombre DNS que comprobar.
# $results: cada resolutor con lo que pasó ("Google 8.8.8.8: sin respuesta (tiempo de espera agotado)"), como lista.
own-dns-no-answer = Ningún resolutor dio una respuesta para { $name } ({ $results }).
own-dns-no-answer-advice = No se pudo comparar el DNS. Si este equipo puede abrir otros sitios, puede que su red bloquee los servidores DNS externos; ejecuta los comandos de abajo desde otra red o desde el servidor.
# $why: por qué no se encontraron los servidores de nombres del dominio, u own-dns-none-found.
own-dns-ns-not-asked = No se consultó a los propios servidores de nombres del dominio ({ $why }).
own-dns-none-found = no se encontró ninguno
own-dns-nothing-to-do = Nada que hacer: el DNS no es el problema.

# $resolvers: los resolutores que lo dijeron, como lista.
own-dns-nxdomain = { $name } no existe (NXDOMAIN) según { $resolvers }.
own-dns-no-address = { $name } no tiene dirección (ningún registro A ni AAAA) según { $resolvers }.
own-dns-add-record = Añade un registro A (IPv4) o AAAA (IPv6) para { $name } en tu proveedor de DNS. Si el registro ya existe, comprueba que el dominio esté registrado y no haya caducado, y que el registrador tenga configurados los servidores de nombres de tu proveedor de DNS.
# $servers: los servidores de nombres de la zona, separados por comas.
own-dns-add-record-zone = Añade un registro A (IPv4) o AAAA (IPv6) para { $name } en tu proveedor de DNS (la zona la sirven { $servers }). Si el registro ya existe, comprueba que el dominio esté registrado y no haya caducado, y que el registrador tenga configurados los servidores de nombres de tu proveedor de DNS.

# La respuesta de un resolutor, un elemento de las listas de abajo: "Cloudflare 1.1.1.1 responde 192.0.2.1".
own-dns-answers = { $resolver } responde { $answer }
own-dns-ns-disagree = Tus servidores de nombres no coinciden: { $answers }.
own-dns-ns-disagree-advice = Haz que todos los servidores de nombres sirvan la misma zona (puede que un secundario se perdiera la última actualización: revisa las transferencias de zona y el número de serie del SOA).
own-dns-all-agree-ns = { $count ->
    [one] { $count } resolutor coincide con tus servidores de nombres: { $answer }.
   *[other] Los { $count } resolutores coinciden con tus servidores de nombres: { $answer }.
}
# $resolvers: los resolutores que todavía dan la dirección antigua ($count en total); $old: sus respuestas.
own-dns-stale = Tus servidores de nombres responden { $answer }, pero { $resolvers } todavía { $count ->
    [one] responde
   *[other] responden
} { $old }: un cambio aún se está propagando.
# $longest: el mayor TTL restante ("5 min"); $ttls: cada resolutor con su TTL restante.
own-dns-stale-advice = Los resolutores que guardaron en caché la respuesta antigua la conservan como mucho { $longest } más (su TTL restante: { $ttls }); en general, cuenta con hasta 24-48 h para que llegue a todos. No hay nada que arreglar si tus servidores de nombres ya dan la respuesta nueva; baja el TTL antes del próximo cambio.
own-dns-stale-advice-unknown = Los resolutores que guardaron en caché la respuesta antigua la conservan hasta que caduque su copia (TTL restante desconocido); en general, cuenta con hasta 24-48 h para que llegue a todos. No hay nada que arreglar si tus servidores de nombres ya dan la respuesta nueva; baja el TTL antes del próximo cambio.
own-dns-ttl-unknown = desconocido
own-dns-caches-agree = { $count ->
    [one] { $count } resolutor responde: { $answer }.
   *[other] Los { $count } resolutores coinciden: { $answer }.
}
own-dns-resolvers-disagree = Los resolutores no coinciden: { $answers }.
own-dns-resolvers-disagree-advice = O bien un cambio aún se está propagando (las cachés conservan la respuesta antigua hasta que vence su TTL; cuenta con hasta 24-48 h), o bien el nombre da direcciones distintas según el lugar. Consulta directamente a tus servidores de nombres para ver la respuesta actual.

# $expected: las direcciones indicadas con --expect-ip, como lista.
own-dns-expected-all = Todas las respuestas son la dirección esperada ({ $expected }).
own-dns-not-expected = No es la dirección esperada ({ $expected }): { $answers }.
own-dns-expected-ns-wrong = Ni siquiera tus servidores de nombres dan { $expected }: actualiza el registro A/AAAA en tu proveedor de DNS (o comprueba que --expect-ip sea correcto).
own-dns-expected-check = Revisa el registro A/AAAA en tu proveedor de DNS; si ya dice { $expected }, los resolutores de arriba todavía tienen en caché la respuesta antigua.

# Elementos de own-dns-lame: $server es un servidor de nombres ("ns1.example.com 192.0.2.53").
own-dns-lame-refuses = { $server } rechaza la consulta
own-dns-lame-no-aa = { $server } responde sin autoridad (sin el indicador AA)
own-dns-lame = Delegación defectuosa (lame delegation): { $servers }.
own-dns-lame-advice = Cada registro NS debe apuntar a un servidor que sirva esta zona: arregla ese servidor o quítalo de los registros NS (en el registrador y en la zona). Los resolutores que lo elijan obtendrán consultas lentas o fallidas.
own-dns-ns-silent = Servidores de nombres que no respondieron: { $servers }.
own-dns-ns-silent-advice = Comprueba que todos los servidores de nombres estén en marcha y sean accesibles en el puerto 53 (UDP y TCP).
own-dns-resolvers-silent = Sin respuesta de { $resolvers } (un problema del resolutor, o esta red lo bloquea).

# Lo que respondió un resolutor (hallazgos y columna Respuestas de la tabla).
own-dns-answer-no-address = sin dirección
own-dns-answer-nxdomain = NXDOMAIN (ese nombre no existe)
own-dns-answer-no-records = sin dirección (ningún registro A/AAAA)
# Cómo terminó la consulta a un resolutor (columna Resultado de la tabla y hallazgos).
own-dns-outcome-answered-aa = respondió (autoritativo)
own-dns-outcome-answered-not-aa = respondió, no autoritativo
own-dns-outcome-answered = respondió
own-dns-outcome-refused = rechazó la consulta
own-dns-outcome-no-records = sin registros A/AAAA
own-dns-outcome-timeout = sin respuesta (tiempo de espera agotado)
own-dns-outcome-error = error
own-dns-outcome-not-asked = no consultado
# Se añade a la columna Resultado: $result es uno de los own-dns-outcome-* de arriba.
own-dns-result-lame = { $result } (delegación defectuosa)
own-dns-result-not-expected = { $result }, no es la IP esperada
own-dns-ms = { $ms } ms

# Duraciones (un TTL), redondeadas hacia arriba.
own-dns-seconds = { $n } s
own-dns-minutes = { $n } min
own-dns-hours = { $n } h
own-dns-days = { $count ->
    [one] { $count } día
   *[other] { $count } días
}
# Los dos últimos elementos de una lista ("a, b y c"): $rest son los elementos anteriores, unidos por comas.
own-list-and = { $rest } y { $last }

## src/diagnosis/owner/cdn/mod.rs

# Cómo terminó una solicitud, como sustantivo tras "A través de …:" / "directo al servidor de origen:": "respuesta 200".
own-cdn-answered = respuesta { $status }
own-cdn-waiting = Esperando la página y las respuestas DNS para ver qué CDN hay delante.
own-cdn-page-not-asked = no se solicitó la página
own-cdn-not-checked = No comprobado: { $reason }.
own-cdn-run-again = Vuelve a ejecutar la comprobación cuando el nombre del sitio se resuelva.
own-cdn-comparing = Comparando con el servidor de origen…
own-cdn-origin-not-asked = No se consultó directamente al servidor de origen ({ $reason }).
own-cdn-use-origin = Para distinguir la CDN de tu servidor, vuelve a ejecutar la comprobación en modo propietario con --origin IP (la dirección propia de tu servidor): así se envía la misma solicitud directamente al servidor de origen.
# Por qué se reconoció el borde: $maker hizo la página de error, $why es la señal de la página.
own-cdn-evidence-error-page = la página de error es de { $maker } ({ $why })
# $why: cómo se reconoció la CDN ("la cabecera server dice cloudflare").
own-cdn-in-front = { $front_capital } está delante del sitio.
own-cdn-in-front-why = { $front_capital } está delante del sitio: { $why }.
own-cdn-in-front-lb = { $cdn_capital } está delante del sitio, con { $lb } detrás.
own-cdn-in-front-lb-why = { $cdn_capital } está delante del sitio, con { $lb } detrás: { $why }.
# $date: la fecha de la lista incluida de rangos de direcciones de CDN.
own-cdn-none-seen = No se detectó ninguna CDN ni ningún balanceador de carga (cabeceras de respuesta, nombres DNS y direcciones comparadas con los rangos publicados a fecha de { $date }).
own-cdn-public-address = la dirección pública
# El nombre de un proveedor dentro de una frase: en español sin artículo, como nombre propio ("AWS load balancer").
own-cdn-the-provider = { $name }
own-cdn-page-not-requested = No se solicitó la propia página, así que no hay página de error que valorar.
# $outcome: cómo terminó la solicitud ("conexión rechazada").
own-cdn-no-response-through = No llegó ninguna respuesta a través de { $front } ({ $outcome }).
own-cdn-no-response = No llegó ninguna respuesta ({ $outcome }).
own-cdn-page-made-by = La página de error { $status } la generó directamente { $maker }.
# $software: el servidor que generó la página ("nginx").
own-cdn-page-from-behind = La página de error { $status } vino de { $software }, detrás de { $front }, que se limitó a reenviarla.
own-cdn-page-from = La página de error { $status } vino de { $software }.
own-cdn-layer-unknown = El sitio respondió { $status }; no se sabe qué capa generó la página de error.
own-cdn-answered-through = El sitio respondió { $status } por esa vía.
own-cdn-nothing-to-change = Por ahora no hay nada que cambiar en la CDN ni en el balanceador de carga.
own-cdn-look-up = Busca este error en la documentación y en la página de estado de { $front }, y cita el ID de solicitud del informe.
own-cdn-front-working = { $front_capital } funciona; arregla la pila del servidor de origen (consulta el apartado “Registros del servidor”).
own-cdn-compare-origin = Compara directamente con el servidor de origen para distinguir { $front } de tu servidor.
own-cdn-nothing-at-cdn = No hay nada que comprobar en una CDN; revisa el servidor web y la aplicación.
# $edge, $origin: cómo terminó cada solicitud (own-cdn-answered, o "conexión rechazada").
own-cdn-both-work = A través de { $front }: { $edge }; directo al servidor de origen: { $origin }.
own-cdn-origin-fails-only = A través de { $front }: { $edge }; pero directo al servidor de origen: { $origin }.
own-cdn-origin-fails-only-advice = { $front_capital } puede estar sirviendo páginas de su caché mientras el origen falla, o la dirección de --origin no es el servidor que usa { $front }: revisa la dirección del origen en la configuración de { $front } y los registros del servidor de origen.
own-cdn-edge-fails-only = Sin pasar por { $front }, directo al servidor de origen: { $origin }. El fallo está en la configuración de la CDN o del borde, no en tu servidor.
own-cdn-edge-fails-only-advice = Revisa cómo se comunica { $front } con tu servidor de origen: el modo SSL/TLS frente al certificado del origen, que el cortafuegos del origen permita los rangos de IP de { $front }, y también los tiempos de espera de { $front }.
own-cdn-both-fail = Sin pasar por { $front }, el servidor de origen también falla ({ $origin }): el problema está en la pila del propio origen, no en { $front }.
own-cdn-both-fail-advice = Arregla primero el servidor de origen: su servidor web y su aplicación (consulta los apartados “Registros del servidor” y “Reiniciar servidor”).

## src/diagnosis/owner/cdn/certificate.rs

# $days: días que faltan para que caduque el certificado del sitio (de 0 a 13).
own-cert-expires = El certificado del sitio { $days ->
    [0] caduca hoy
    [one] caduca en 1 día
   *[other] caduca en { $days } días
}.
# $until: la fecha y hora de fin del certificado.
own-cert-expires-until = El certificado del sitio { $days ->
    [0] caduca hoy
    [one] caduca en 1 día
   *[other] caduca en { $days } días
} (válido hasta { $until }).
own-cert-renew-at-cdn = { $cdn } presenta este certificado: revisa en su panel por qué no se ha renovado (puede que falte un registro DNS o de validación que necesita).
own-cert-renew = Renuévalo ahora y recarga el servidor web; si el temporizador de certbot debería haberlo hecho, `certbot renew --dry-run` muestra por qué no lo hizo.

## src/diagnosis/owner/edge_link.rs

# Dónde guarda la CDN el registro de la solicitud fallida (tras "En Cloudflare:"); los nombres de campos se dejan tal cual.
own-link-log-cloudflare = el panel de Cloudflare (Analytics, o OriginResponseStatus y EdgeResponseStatus de Logpush) con el Ray ID
own-link-log-cloudfront = los registros estándar de CloudFront (x-edge-detailed-result-type, como OriginConnectError, OriginDnsError u OriginReadTimeout) con el X-Amz-Cf-Id
own-link-log-akamai = la búsqueda de errores (error lookup) de Akamai Control Center con el Reference # de la página
own-link-log-fastly = el envío de registros en tiempo real de Fastly (fastly_info.state) para el nodo indicado en X-Served-By
own-link-log-other = el registro de solicitudes de la CDN con el ID de solicitud de la página
# $origin: la dirección del servidor de origen; $result: su respuesta ("200", "connect refused").
own-link-origin-answered = Directo al servidor de origen { $origin }: { $result }.
# $edge: el nombre de la CDN. El comando se deja tal cual.
own-link-ask-origin = Consulta directamente al servidor de origen para distinguir los dos: `gateway-doctor check { $url } --mode owner --origin ORIGIN_IP` le envía la misma solicitud sin pasar por { $edge }.
own-link-restart-finding = Esta página de error la generó { $name }: las solicitudes a través de { $name } ponen a prueba la conexión entre { $name } y tu servidor de origen (dirección, DNS, cortafuegos, certificado), no la pila de tu servidor de origen, así que no pueden decir qué hay que reiniciar.
# $origin: own-link-origin-answered, la frase anterior.
own-link-restart-origin-works = { $origin } Tu servidor de origen funciona: no reinicies nada allí. Arregla la conexión: la dirección del origen y el nombre de host configurados en { $name }, el cortafuegos del origen (permite las direcciones de { $name }), su certificado y su configuración TLS.
own-link-restart-origin-fails = { $origin } El servidor de origen también falla directamente: empieza por ahí (su servidor web y luego la aplicación que tiene detrás).
own-link-logs-finding = La página la generó { $name }, así que los registros que importan son los de la conexión entre { $name } y tu servidor de origen: ¿llegaron siquiera al origen las solicitudes de { $name }?
# $access, $error: los archivos de registro del servidor web; $log: uno de los own-link-log-*.
own-link-logs-advice = En el servidor de origen: el registro de acceso del servidor web ({ $access }; si no hay ninguna línea a la hora del error, las solicitudes nunca llegaron: cortafuegos, dirección del origen o DNS en { $name }), su registro de errores ({ $error }) por si hay errores de negociación TLS, y el registro del cortafuegos por si hay conexiones descartadas. En { $name }: { $log }.

## src/diagnosis/owner/origin.rs

# $edge_result, $result: un código de estado ("502") o cómo terminó la solicitud ("connect refused").
own-origin-seen = A través del borde: { $edge_result }. Directo al servidor de origen { $origin }: { $result }.
own-origin-edge-config = El servidor de origen funciona; falla el borde que tiene delante (CDN o balanceador de carga): revisa su configuración del origen (dirección, puerto, modo SSL), sus tiempos de espera y que el cortafuegos del origen permita las direcciones del borde.
own-origin-stack = El servidor de origen también falla: el problema está en la pila del propio origen (servidor web, aplicación), y el borde solo lo transmite.
own-origin-both-work = Los dos funcionan.
own-origin-cached = El borde responde (quizá desde su caché), pero el propio servidor de origen falla: los visitantes pueden ver errores en cuanto caduquen las copias en caché.
own-origin-same-server = Nota: el nombre del sitio ya apunta a esta dirección, así que no hay ningún borde de por medio y las dos solicitudes llegaron al mismo servidor.
# $error: el error de la biblioteca TLS, u own-origin-no-details.
own-origin-tls-failed = Falló la negociación TLS con el servidor de origen ({ $error }): el origen no tiene un certificado que funcione para este nombre en ese puerto (detrás de Cloudflare, es el error 525).
own-origin-refused = Nada acepta conexiones en { $origin }: el servidor web de allí está detenido o escucha en otro puerto, o { $origin } no es la dirección del servidor de origen.
own-origin-no-connection = { $origin } no aceptó la conexión: un cortafuegos la descarta, el servidor está caído o { $origin } no es la dirección del servidor de origen.
own-origin-no-details = sin detalles
# Los modos SSL "Full" y "Full (strict)" de Cloudflare se nombran como en el panel de Cloudflare.
own-origin-cert-expired = El certificado del servidor de origen ha caducado: una CDN que lo compruebe de forma estricta (Cloudflare “Full (strict)”) lo rechaza (error 526 de Cloudflare).
own-origin-cert-expired-until = El certificado del servidor de origen ha caducado (era válido hasta { $until }): una CDN que lo compruebe de forma estricta (Cloudflare “Full (strict)”) lo rechaza (error 526 de Cloudflare).
own-origin-cert-wrong-host = El certificado del servidor de origen no es para { $host }: una CDN que lo compruebe de forma estricta lo rechaza (error 526 de Cloudflare).
# $names: los nombres para los que es el certificado, separados por comas.
own-origin-cert-wrong-host-names = El certificado del servidor de origen no es para { $host } (indica { $names }): una CDN que lo compruebe de forma estricta lo rechaza (error 526 de Cloudflare).
own-origin-cert-self-signed = El certificado del servidor de origen es autofirmado: Cloudflare “Full” lo acepta, pero “Full (strict)” lo rechaza (error 526), igual que los navegadores que visitan el origen directamente.
own-origin-cert-untrusted = El certificado del servidor de origen lo emitió { $issuer }, en quien los navegadores no confían (así es un certificado de Cloudflare Origin CA: válido solo detrás de Cloudflare).
own-origin-unknown-authority = una autoridad desconocida
own-origin-cert-invalid = El certificado del servidor de origen no es válido: { $error }.
own-origin-cert-handshake = Falló la negociación TLS con el servidor de origen: { $error } (error 525 de Cloudflare).
own-origin-cert-expires-soon = El certificado del servidor de origen caduca en { $days ->
    [one] { $days } día
   *[other] { $days } días
}: renuévalo ya.
# Titulares y emisores de ambos certificados ("?" si se desconocen).
own-origin-cert-differs = El servidor de origen presenta un certificado distinto del del borde (origen: { $origin_subject }, emitido por { $origin_issuer }; borde: { $edge_subject }, emitido por { $edge_issuer }). Es normal detrás de una CDN; el del origen debe ser compatible con el modo SSL de la CDN.

## src/diagnosis/owner/maintenance.rs

# $secs: lo que decía la cabecera Retry-After del sitio; $wait: lo mismo en palabras ("2 minutos").
own-maint-finding-retry = El sitio está en modo de mantenimiento: responde 503 con una página de mantenimiento y Retry-After: { $secs } (volverá dentro de { $wait }, aproximadamente). No hay nada caído, así que no hace falta reiniciar nada.
own-maint-finding-no-retry = El sitio está en modo de mantenimiento: responde 503 con una página de mantenimiento sin decir cuánto durará (no hay Retry-After). No hay nada caído, así que no hace falta reiniciar nada.
own-maint-advice = Cuando termine el trabajo, desactiva el modo de mantenimiento; si ya debería haber terminado, averigua qué lo activó (una actualización que se quedó a medias deja atrás el archivo .maintenance de WordPress).
