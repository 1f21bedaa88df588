# Por qué no se pudo usar una dirección escrita o recibida: cada mensaje nombra el problema y lo que se
# esperaba. Los ejemplos (example.com, 127.0.0.1:53, [2001:db8::1]) y "http://", "https://", "//",
# "%20" se quedan tal cual.

input-empty = la dirección está vacía: escribe una dirección web, por ejemplo example.com
input-malformed = no se pudo entender la dirección: { $reason }
input-too-long = la dirección tiene { $len } caracteres: se aceptan como máximo { $max }
input-unsupported-scheme = el tipo de dirección "{ $scheme }" no es compatible: solo se pueden comprobar direcciones que empiezan por http:// o https://
input-missing-slashes = falta "//" después de "{ $scheme }:", como en { $scheme }://example.com/
input-empty-host = falta el nombre de host: después de "//" debe ir un host, como en https://example.com/
input-whitespace = la dirección contiene un espacio: las direcciones web no pueden contener espacios (en una ruta, usa %20)
input-control-char = la dirección contiene un carácter de control invisible ({ $code }): vuelve a escribir la dirección
input-port-not-number = el puerto "{ $port }" no es un número: se espera un puerto del 1 al 65535
input-port-out-of-range = el puerto { $port } está fuera del rango válido: se espera un puerto del 1 al 65535
input-port-zero = no es posible conectarse al puerto 0: se espera un puerto del 1 al 65535
input-missing-port = a "{ $input }" le falta el puerto: se espera HOST:PORT, como en 127.0.0.1:53
input-invalid-host-char = el host "{ $host }" contiene el carácter { $char }, que no se permite en los nombres de host: solo se admiten letras, números, guiones y puntos
input-host-too-long = el nombre de host tiene { $len } caracteres: se permiten como máximo 253
input-label-too-long = la parte "{ $label }" del nombre de host tiene { $len } caracteres: cada parte entre dos puntos puede tener como máximo 63
input-empty-label = el host "{ $host }" tiene una parte vacía entre dos puntos: se espera un nombre como www.example.com
input-invalid-idn = el host "{ $host }" no es un nombre de dominio internacional válido
input-invalid-ipv4 = el host "{ $host }" termina en un número, así que se lee como una dirección IPv4, pero no es válida: se espera un nombre como example.com o cuatro números del 0 al 255, como en 192.0.2.1
input-invalid-ipv6 = "{ $host }" no es una dirección IPv6 válida: se espera algo como [2001:db8::1]
input-unbracketed-ipv6 = una dirección IPv6 debe ir entre corchetes dentro de una dirección web: se espera [2001:db8::1] o [2001:db8::1]:8443
input-origin = Servidor de origen: { $error }
address-port-zero = el puerto 0 de "{ $input }" no es un puerto en el que un servidor acepte conexiones
address-host-name = "{ $host }" es un nombre, pero aquí hace falta una dirección IP (no debe depender del DNS): se espera 203.0.113.10, 203.0.113.10:8080 o [2001:db8::1]:443
address-not-ip-port = se esperaba una dirección IP, con o sin puerto (203.0.113.10, 203.0.113.10:8080 o [2001:db8::1]:443), pero se indicó "{ $input }"
address-not-ip = se esperaba una dirección IP (203.0.113.10 o 2001:db8::1), pero se indicó "{ $input }"
