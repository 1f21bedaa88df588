# Qué debe hacer el propietario del sitio ante un error generado por una CDN o un balanceador de carga situado delante del sitio:
# un grupo por cada fila de assets/owner_actions.toml, identificado por el id de la fila (el id, el proveedor, los códigos de
# estado, el texto de la página de error y los comandos para copiar se quedan en el TOML; los comandos no se traducen).
#   act-<id>-title        nombre corto del error
#   act-<id>-explanation  qué pasó, en palabras sencillas
#   act-<id>-step-<n>     qué hacer, numerado desde 1 sin huecos, primero la solución más probable
# Los nombres de ajustes, productos y directivas (SSL/TLS, Full (strict), first_byte_timeout, CF-RAY,
# Lambda@Edge, ...) se escriben como en el panel y la documentación del proveedor.

## src/diagnosis/owner/cdn/actions.rs (assets/owner_actions.toml): Cloudflare

act-cloudflare_520-title = Cloudflare 520: el servidor de origen envió una respuesta vacía o no válida
act-cloudflare_520-explanation = Cloudflare llegó a tu servidor de origen, pero lo que recibió estaba vacío, cortado o no era HTTP válido (la aplicación se cayó, la conexión se restableció o las cabeceras de la respuesta eran demasiado grandes).
act-cloudflare_520-step-1 = Lee el registro de errores del servidor web de origen a la hora del error (cita el Ray ID de Cloudflare).
act-cloudflare_520-step-2 = Busca caídas o reinicios de la aplicación (PHP-FPM, Node, gunicorn) a esa hora.
act-cloudflare_520-step-3 = Mantén pequeñas las cabeceras de respuesta y las cookies: Cloudflare rechaza cabeceras que superen unos 32 KB en total.
act-cloudflare_520-step-4 = Asegúrate de que el origen no restablece las conexiones que llegan desde los rangos de IP de Cloudflare (cortafuegos, fail2ban, limitación de tasa).

act-cloudflare_521-title = Cloudflare 521: el servidor de origen rechazó la conexión
act-cloudflare_521-explanation = Cloudflare intentó conectarse a tu servidor de origen y la conexión fue rechazada: el servidor web no está en marcha o un cortafuegos rechaza las direcciones de Cloudflare.
act-cloudflare_521-step-1 = Inicia (o reinicia) el servidor web en el origen y comprueba que escucha en el puerto 80/443.
act-cloudflare_521-step-2 = Permite los rangos de IP de Cloudflare (https://www.cloudflare.com/ips/) en el cortafuegos, los grupos de seguridad y fail2ban del origen.
act-cloudflare_521-step-3 = Comprueba que la IP de origen de los registros DNS de Cloudflare es la dirección actual del servidor.

act-cloudflare_522-title = Cloudflare 522: se agotó el tiempo de espera de la conexión con el origen
act-cloudflare_522-explanation = Cloudflare no pudo completar a tiempo (15 s) la conexión con tu origen. Normalmente un cortafuegos descarta en silencio los paquetes de las direcciones de Cloudflare, el origen está sobrecargado o la IP de origen en el DNS es incorrecta.
act-cloudflare_522-step-1 = Comprueba que la IP de origen de los registros DNS de Cloudflare es correcta y que el servidor está en marcha.
act-cloudflare_522-step-2 = Permite los rangos de IP de Cloudflare en el cortafuegos del origen y en los grupos de seguridad de la nube; una regla que descarta paquetes provoca un 522 en lugar de un 521.
act-cloudflare_522-step-3 = Revisa la carga del origen: una cola de escucha (listen backlog) llena o muy pocos procesos de trabajo (workers) también retrasan las conexiones nuevas.

act-cloudflare_523-title = Cloudflare 523: origen inalcanzable
act-cloudflare_523-explanation = Cloudflare no encuentra una ruta hasta tu origen: la dirección de origen de sus registros DNS es incorrecta o no es accesible desde internet (a menudo tras mudarse a un servidor o una IP nuevos).
act-cloudflare_523-step-1 = En el panel de Cloudflare, corrige el registro A/AAAA (o CNAME) del nombre con proxy para que apunte a la dirección pública actual del origen.
act-cloudflare_523-step-2 = Si el origen tiene un registro IPv6 (AAAA), asegúrate de que de verdad responde por IPv6, o elimina el registro.

act-cloudflare_524-title = Cloudflare 524: el origen tardó más de 100 segundos
act-cloudflare_524-explanation = Cloudflare se conectó a tu origen, pero no llegó ninguna respuesta dentro del límite de 100 segundos de Cloudflare: una solicitud en el origen es demasiado lenta.
act-cloudflare_524-step-1 = Busca la URL lenta en el registro de acceso del origen y hazla más rápida (consulta lenta a la base de datos, llamada a una API externa).
act-cloudflare_524-step-2 = Pasa las tareas largas (exportaciones, importaciones, informes) a un proceso en segundo plano y consulta el resultado periódicamente.
act-cloudflare_524-step-3 = Subir el límite requiere un plan Enterprise (proxy read timeout); en otros planes, sirve las tareas largas desde un subdominio con la nube gris (DNS only).

act-cloudflare_525-title = Cloudflare 525: falló la negociación TLS con el origen
act-cloudflare_525-explanation = Con el modo SSL Full o Full (strict), Cloudflare se conecta a tu origen por HTTPS, y esa negociación TLS (handshake) falló: el origen no tiene certificado en el puerto 443, no hay una versión o un cifrado TLS en común, o no acepta SNI.
act-cloudflare_525-step-1 = Asegúrate de que el origen sirve HTTPS en el puerto 443 con un certificado para el nombre del sitio (vale un certificado gratuito de Cloudflare Origin CA).
act-cloudflare_525-step-2 = Activa TLS 1.2 o posterior en el origen.
act-cloudflare_525-step-3 = Si el origen no puede usar HTTPS en absoluto, pon el modo de cifrado SSL/TLS en Flexible solo como solución provisional (el tráfico hacia el origen queda entonces sin cifrar).

act-cloudflare_526-title = Cloudflare 526: certificado del origen no válido
act-cloudflare_526-explanation = Con el modo SSL Full (strict), Cloudflare comprueba el certificado del origen, y está caducado, es autofirmado, es para otro nombre o le falta la cadena intermedia.
act-cloudflare_526-step-1 = Instala en el origen un certificado válido para el nombre del sitio (Let's Encrypt o un certificado de Cloudflare Origin CA), con la cadena completa.
act-cloudflare_526-step-2 = Renuévalo si ha caducado y recarga el servidor web.
act-cloudflare_526-step-3 = Cambiar el modo SSL a Full (sin strict) oculta el problema; es mejor corregir el certificado.

act-cloudflare_own_5xx-title = 502/504 propio de Cloudflare: un fallo dentro de Cloudflare
act-cloudflare_own_5xx-explanation = La página de error la generó el propio Cloudflare (su página sencilla termina con «cloudflare»), no tu origen: es un problema dentro de la red de Cloudflare, normalmente pasajero.
act-cloudflare_own_5xx-step-1 = Consulta en https://www.cloudflarestatus.com si hay un incidente en el centro de datos indicado en el id CF-RAY (las letras que van después del guion).
act-cloudflare_own_5xx-step-2 = Si continúa, abre un ticket con el soporte técnico de Cloudflare e indica el id CF-RAY.

## src/diagnosis/owner/cdn/actions.rs (assets/owner_actions.toml): CloudFront

act-cloudfront_502_lambda-title = CloudFront: falló la función Lambda@Edge
act-cloudfront_502_lambda-explanation = Una función de Lambda@Edge (o de CloudFront) asociada a la distribución devolvió una respuesta no válida, alcanzó sus límites o no se pudo ejecutar, así que CloudFront respondió con un error.
act-cloudfront_502_lambda-step-1 = Abre los registros de CloudWatch de la función en la región más cercana a la ubicación de borde que falla y busca errores o tiempos de espera agotados.
act-cloudfront_502_lambda-step-2 = Comprueba que la función devuelve un objeto de respuesta válido (estado, cabeceras en el formato de CloudFront) y que no supera los límites de tamaño y de tiempo.
act-cloudfront_502_lambda-step-3 = Ante un 503 «Lambda limit exceeded», aumenta la cuota de simultaneidad de la función o reduce su tiempo de ejecución.

act-cloudfront_502-title = CloudFront 502: no pudo conectarse al origen o recibió una respuesta no válida
act-cloudfront_502-explanation = CloudFront no pudo completar la conexión con tu origen: normalmente falló la negociación TLS (el certificado del origen no coincide con el nombre de dominio del origen, está caducado o es autofirmado, o no hay una versión de TLS en común), o el origen respondió algo que no es HTTP válido.
act-cloudfront_502-step-1 = Asegúrate de que el certificado del origen cubre el nombre de dominio del origen configurado en la distribución (o la cabecera Host que se le reenvía) y se encadena a una CA pública.
act-cloudfront_502-step-2 = Comprueba que los protocolos SSL del origen en la distribución (Origin SSL protocols) coinciden con los que admite el origen (TLSv1.2).
act-cloudfront_502-step-3 = Comprueba que la política de protocolo del origen y los puertos (HTTP only / HTTPS only / Match viewer) coinciden con aquello en lo que escucha el origen.

act-cloudfront_503-title = CloudFront 503: el origen o CloudFront no tiene capacidad suficiente
act-cloudfront_503-explanation = CloudFront no recibió una respuesta utilizable porque el origen está sobrecargado o no disponible (o, rara vez, porque la ubicación de borde está al límite de su capacidad).
act-cloudfront_503-step-1 = Revisa el estado y la capacidad del origen (hosts en buen estado del balanceador de carga, CPU de las instancias, errores de la aplicación).
act-cloudfront_503-step-2 = Escala el origen o almacena más en la caché de CloudFront para quitarle carga.

act-cloudfront_504-title = CloudFront 504: el origen no respondió a tiempo
act-cloudfront_504-explanation = CloudFront se conectó (o intentó conectarse) a tu origen, pero este no respondió dentro del tiempo de espera de respuesta del origen (30 s de forma predeterminada), o un cortafuegos bloqueó las direcciones de CloudFront.
act-cloudfront_504-step-1 = Permite en el origen los rangos de CloudFront orientados al origen (lista de prefijos administrada por AWS com.amazonaws.global.cloudfront.origin-facing en el grupo de seguridad).
act-cloudfront_504-step-2 = Haz más rápida la solicitud lenta, o aumenta el tiempo de espera de respuesta del origen en la distribución (hasta 60 s con la cuota predeterminada).
act-cloudfront_504-step-3 = Comprueba que los tiempos de espera propios del origen (servidor web, aplicación) son más largos que los de CloudFront, para que CloudFront reciba una respuesta.

## src/diagnosis/owner/cdn/actions.rs (assets/owner_actions.toml): balanceadores de carga de AWS

act-aws_alb_502-title = Balanceador de carga de AWS 502: el destino cerró o restableció la conexión
act-aws_alb_502-explanation = El balanceador de carga reenvió la solicitud, pero el destino (tu instancia o contenedor) restableció o cerró la conexión, o envió una respuesta mal formada. Una causa frecuente es un tiempo de espera de keep-alive en el destino más corto que el tiempo de espera de inactividad del balanceador de carga (60 s), de modo que las solicitudes se topan con una conexión que se está cerrando.
act-aws_alb_502-step-1 = Pon el tiempo de espera de keep-alive del destino MÁS LARGO que el tiempo de espera de inactividad del balanceador de carga (p. ej., 65 s para los 60 s predeterminados).
act-aws_alb_502-step-2 = Revisa los registros del destino en busca de caídas o reinicios a la hora del error.
act-aws_alb_502-step-3 = Lee los registros de acceso del ALB: elb_status_code 502 con target_status_code '-' significa que el destino no dio una respuesta válida.

act-aws_alb_503-title = Balanceador de carga de AWS 503: no hay destinos en buen estado
act-aws_alb_503-explanation = El balanceador de carga no tiene ningún destino en buen estado al que enviar la solicitud: todos los destinos fallaron la comprobación de estado o el grupo de destino está vacío.
act-aws_alb_503-step-1 = Mira el estado del grupo de destino: qué destinos están en mal estado (unhealthy) y por qué (tiempo de espera, estado incorrecto, puerto incorrecto).
act-aws_alb_503-step-2 = Asegúrate de que la ruta de la comprobación de estado responde 200 rápidamente y de que el grupo de seguridad de los destinos permite el balanceador de carga.
act-aws_alb_503-step-3 = Inicia o registra destinos (revisa la capacidad deseada del grupo de Auto Scaling o del servicio de ECS).

act-aws_alb_504-title = Balanceador de carga de AWS 504: el destino no respondió antes del tiempo de espera de inactividad
act-aws_alb_504-explanation = El destino aceptó la solicitud pero no devolvió nada antes del tiempo de espera de inactividad del balanceador de carga (60 s de forma predeterminada), o el balanceador de carga no pudo conectarse a él en absoluto.
act-aws_alb_504-step-1 = Encuentra las solicitudes lentas en el destino y hazlas más rápidas, o pásalas a un trabajo en segundo plano.
act-aws_alb_504-step-2 = Si se esperan solicitudes largas, aumenta el tiempo de espera de inactividad del balanceador de carga y mantén el tiempo de espera de keep-alive del destino más largo que este.
act-aws_alb_504-step-3 = Comprueba que el grupo de seguridad y las ACL de red de los destinos permiten el tráfico desde el balanceador de carga.

## src/diagnosis/owner/cdn/actions.rs (assets/owner_actions.toml): Fastly

act-fastly_503_first_byte_timeout-title = Fastly 503 first byte timeout: el origen fue demasiado lento
act-fastly_503_first_byte_timeout-explanation = Fastly se conectó a tu origen, pero el primer byte de la respuesta no llegó dentro del tiempo de espera del primer byte (first byte timeout) del backend (15 s de forma predeterminada).
act-fastly_503_first_byte_timeout-step-1 = Haz más rápida la solicitud lenta en el origen (búscala en el registro de acceso del origen).
act-fastly_503_first_byte_timeout-step-2 = Si se espera que la solicitud sea lenta, aumenta el first_byte_timeout del backend en el servicio de Fastly y activa la nueva versión.

act-fastly_503-title = Fastly 503: no se pudo usar el origen
act-fastly_503-explanation = Fastly no pudo obtener una respuesta de tu origen (backend no disponible, conexión rechazada o un problema de TLS con el origen).
act-fastly_503-step-1 = Comprueba que el origen está en marcha y acepta conexiones desde los rangos de IP de Fastly (https://api.fastly.com/public-ip-list).
act-fastly_503-step-2 = Revisa el host, el puerto y los ajustes de TLS del backend (SNI hostname, Certificate hostname) en el servicio de Fastly.
