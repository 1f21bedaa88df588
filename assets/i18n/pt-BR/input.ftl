# Por que um endereço digitado ou informado não pôde ser usado: cada mensagem diz qual é o problema e o que
# era esperado. Os exemplos (example.com, 127.0.0.1:53, [2001:db8::1]) e "http://", "https://", "//",
# "%20" ficam como estão.

input-empty = o endereço está vazio: digite um endereço da web, como example.com
input-malformed = não foi possível entender o endereço: { $reason }
input-too-long = o endereço tem { $len } caracteres: são aceitos no máximo { $max }
input-unsupported-scheme = o protocolo "{ $scheme }" não é aceito: só é possível verificar endereços http:// e https://
input-missing-slashes = falta "//" depois de "{ $scheme }:", como em { $scheme }://example.com/
input-empty-host = falta o nome do host: depois de "//" deve vir um nome, como em https://example.com/
input-whitespace = o endereço contém um espaço: endereços da web não podem ter espaços (use %20 em um caminho)
input-control-char = o endereço contém um caractere de controle invisível ({ $code }): digite o endereço de novo
input-port-not-number = a porta "{ $port }" não é um número: informe uma porta de 1 a 65535
input-port-out-of-range = a porta { $port } está fora do intervalo permitido: informe uma porta de 1 a 65535
input-port-zero = não é possível se conectar à porta 0: informe uma porta de 1 a 65535
input-missing-port = "{ $input }" não tem porta: o formato esperado é HOST:PORT, como em 127.0.0.1:53
input-invalid-host-char = o host "{ $host }" contém { $char }, que não é permitido em nomes de host: use apenas letras, números, hífens e pontos
input-host-too-long = o nome do host tem { $len } caracteres: são permitidos no máximo 253
input-label-too-long = a parte "{ $label }" do nome do host tem { $len } caracteres: cada parte entre pontos pode ter no máximo 63
input-empty-label = o host "{ $host }" tem uma parte vazia entre pontos: o esperado é um nome como www.example.com
input-invalid-idn = o host "{ $host }" não é um nome de domínio internacional válido
input-invalid-ipv4 = o host "{ $host }" termina em um número, por isso é lido como um endereço IPv4, mas não é um endereço válido: o esperado é um nome como example.com ou quatro números de 0 a 255, como em 192.0.2.1
input-invalid-ipv6 = "{ $host }" não é um endereço IPv6 válido: o esperado é algo como [2001:db8::1]
input-unbracketed-ipv6 = um endereço IPv6 precisa ficar entre colchetes dentro de um endereço da web: use, por exemplo, [2001:db8::1] ou [2001:db8::1]:8443
input-origin = Servidor de origem: { $error }
address-port-zero = a porta 0 em "{ $input }" não pode ser usada: nenhum servidor recebe conexões na porta 0
address-host-name = "{ $host }" é um nome, mas aqui é preciso um endereço IP (ele não pode depender do DNS): por exemplo 203.0.113.10, 203.0.113.10:8080 ou [2001:db8::1]:443
address-not-ip-port = era esperado um endereço IP, com ou sem porta (203.0.113.10, 203.0.113.10:8080 ou [2001:db8::1]:443), mas foi informado "{ $input }"
address-not-ip = era esperado um endereço IP (203.0.113.10 ou 2001:db8::1), mas foi informado "{ $input }"
