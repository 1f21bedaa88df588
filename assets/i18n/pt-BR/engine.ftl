# As palavras das próprias sondagens e dos leitores: por que uma sondagem foi pulada, como falhou
# uma solicitação ou uma consulta DNS, o que o teste de carga fez, o que a identificação viu numa
# resposta (o painel Detalhes, os relatórios, as evidências do veredito), os erros dos clientes das
# páginas de status e do Globalping, os erros do leitor de logs e os nomes dos formatos de log, os
# erros do notificador da área de trabalho.
# Ficam sem tradução: nomes de cabeçalhos, frases de motivo do HTTP, valores do protocolo, ids,
# padrões comparados com os dados, o texto de erro do sistema operacional e das bibliotecas ($error).
# $secs e $ms são números já formatados ("10.0", "250"); um endereço ($address, $server) é um
# endereço IP com a porta.

## src/probe/mod.rs: por que uma sondagem foi pulada

eng-skip-no-name = o nome não foi resolvido, então não há a que se conectar
eng-skip-proxy-resolves = o nome não é resolvido neste computador; quem o resolve é o proxy
eng-skip-plain-http = o site é servido por http simples (não há certificado envolvido)
eng-skip-no-tcp = não há conexão TCP sobre a qual rodar o TLS
eng-skip-no-answer-cache = o servidor não responde nada, então uma página em cache não pode ser a causa
eng-skip-no-answer-http3 = não há resposta de onde ler uma oferta de HTTP/3 (Alt-Svc)
eng-skip-no-answer = o servidor não responde nada
eng-skip-no-connections = o servidor não aceita conexões

## Usadas por várias sondagens (src/probe/paths.rs, src/probe/tcp.rs, src/status_client/mod.rs)

eng-no-answer-within = sem resposta em { $secs } s
# $error: por que o nome não foi resolvido (as palavras do resolvedor, ou um id de resultado como NxDomain).
eng-cannot-resolve = não foi possível resolver { $host }: { $error }

## src/probe/burst.rs: o teste de carga leve do dono

eng-burst-off = o teste de carga leve foi desligado
# Em inglês fica "requests" qualquer que seja o número; aqui, singular e plural.
eng-burst-label = uma pequena leva de { $requests ->
        [one] { $requests } solicitação
       *[other] { $requests } solicitações
    }, no máximo { $concurrency } ao mesmo tempo
# Em inglês fica "request(s)" qualquer que seja o número; aqui, singular e plural.
eng-burst-stopped-slow = interrompido depois de { $count ->
        [one] { $count } solicitação
       *[other] { $count } solicitações
    }: o site está lento e o tempo do teste acabou
eng-burst-stopped-silent = interrompido depois de { $count ->
        [one] { $count } solicitação
       *[other] { $count } solicitações
    }: nada respondeu
eng-burst-no-answer = sem resposta a tempo

## src/probe/dns.rs

eng-dns-no-system-config = nenhuma configuração de DNS do sistema que possa ser usada: { $error }
eng-dns-timeout = o resolvedor não respondeu em { $secs } s
eng-dns-ns-timeout = nenhuma resposta NS para { $zone } em { $secs } s
eng-dns-ns-failed = a consulta NS de { $zone } falhou: { $error }

## src/probe/http3.rs

eng-http3-no-address = nenhum endereço para { $host }
eng-http3-udp-silent = sem resposta via UDP em { $secs } s
eng-http3-quic-setup = não foi possível configurar o QUIC: { $error }
eng-http3-udp-socket = não foi possível abrir um socket UDP: { $error }
eng-http3-quic-start = não foi possível iniciar o handshake QUIC: { $error }

## src/probe/propagation.rs: o DNS consultado em cada resolvedor (modo dono)

# Rótulos das linhas: "Este computador", "Cloudflare 1.1.1.1", "Resolvedor público 192.0.2.1", "Servidor de nomes 192.0.2.53".
eng-dns-row-no-lookup = Sem consulta DNS
eng-dns-row-this-computer = Este computador
eng-dns-row-resolver = Resolvedor { $server }
eng-dns-row-public = Resolvedor público { $server }
eng-dns-row-name-server = Servidor de nomes { $server }
# $name já vem entre aspas.
eng-dns-row-not-a-name = host: { $name } não é um nome DNS válido ({ $error })
eng-dns-row-not-involved = o host é um endereço IP ou localhost; o DNS não entra em jogo
eng-dns-ns-unresolved = os endereços dos próprios servidores de nomes não foram resolvidos
eng-dns-no-ns = nenhum registro NS encontrado para { $name } nem para os domínios acima dele
eng-dns-encode = não foi possível codificar a consulta: { $error }
eng-dns-udp-socket = não foi possível abrir um socket UDP para { $server }: { $error }
eng-dns-unreachable = não foi possível alcançar { $server }: { $error }
eng-dns-send = não foi possível enviar para { $server }: { $error }
eng-dns-no-reply-from = nenhuma resposta de { $server }: { $error }
eng-dns-malformed = resposta malformada de { $server }: { $error }
eng-dns-no-reply = nenhuma resposta em { $secs } s
# $code: o nome do código de resposta DNS (REFUSED, NOTIMP, ...).
eng-dns-rcode = código de resposta inesperado { $code }
eng-dns-truncated = resposta truncada (grande demais para UDP); alguns registros podem estar faltando

## src/probe/routes.rs: os caminhos até o site (modo dono)

# $scheme: http ou https.
eng-route-port = porta { $port } ({ $scheme })
eng-route-unfinished = não terminou em { $secs } s

## src/probe/steps.rs: o que foi cada solicitação dos passos do visitante

eng-step-try = tentativa { $n }
eng-step-try-http1 = via HTTP/1.1
eng-step-fresh-profile = perfil limpo
eng-step-with-cache = com cache e cookies
eng-step-through-proxy = pelo proxy
eng-step-direct = direto

## src/probe/tls.rs

eng-tls-cert-checks = não foi possível configurar a verificação de certificados: { $error }
eng-tls-bad-name = nome inválido para TLS: { $error }
eng-tls-timeout = o handshake TLS não terminou em { $secs } s
eng-tls-self-signed = certificado autoassinado ({ $error })
eng-tls-never-checked = o certificado do servidor nunca foi verificado

## src/probe/http/mod.rs: como uma solicitação falhou

eng-http-bad-redirect = o destino do redirecionamento não pode ser usado: { $error }
eng-http-redirect-loop = loop de redirecionamento: { $url } leva de volta a um endereço já visitado
eng-http-too-many-redirects = mais de { $max ->
        [one] { $max } redirecionamento
       *[other] { $max } redirecionamentos
    }
eng-http-no-response = conectou, mas não veio resposta em { $secs } s
# $status e $reason: a resposta do proxy, como em "407 Proxy Authentication Required".
eng-http-proxy-credentials = o proxy pede credenciais ({ $status } { $reason })
eng-http-connect-failed = não foi possível conectar a { $host }:{ $port }: { $error }
eng-http-proxy-connect-failed = não foi possível conectar ao proxy { $host }:{ $port }: { $error }
eng-http-no-address = nenhum endereço para conectar
eng-http-proxy-connect-timeout = o proxy não respondeu a tempo à solicitação CONNECT

## src/probe/http/wire.rs

eng-http-build-request = não foi possível montar a solicitação: { $error }
eng-http-body-timeout = o corpo da resposta não terminou de chegar a tempo
# $code: o código de erro do HTTP/2 (INTERNAL_ERROR, ...).
eng-http-body-reset = o corpo foi cortado: o servidor abortou o stream ({ $code })
eng-http-body-cut = o corpo foi cortado: { $error }
eng-http2-goaway = o servidor fechou a conexão HTTP/2 (GOAWAY { $code }) em vez de responder
eng-http2-reset = o servidor abortou o stream HTTP/2 (RST_STREAM { $code }) em vez de responder
eng-http-not-http = o servidor respondeu algo que não é HTTP ({ $error })
eng-http-closed = o servidor fechou a conexão sem uma resposta completa ({ $error })
eng-proxy-closed = o proxy fechou a conexão: { $error }
eng-proxy-closed-connect = o proxy fechou a conexão durante o CONNECT
eng-proxy-answer-too-long = a resposta do proxy ao CONNECT é longa demais
# $status: a linha de status do proxy, como foi enviada.
eng-proxy-refused-tunnel = o proxy recusou o túnel: { $status }

## src/probe/http/decode.rs

eng-decode-zstd = não foi possível decodificar o corpo em zstd: { $error }
# $coding: o Content-Encoding, entre aspas.
eng-decode-unknown = o corpo está codificado como { $coding }, que este programa não sabe decodificar
eng-decode-partial = não foi possível decodificar o corpo { $coding } por completo: { $error }

## src/evidence/http3.rs: uma linha sobre o HTTP/3

eng-http3-not-offered = HTTP/3 não é oferecido (sem h3 no Alt-Svc)
eng-http3-works = HTTP/3 oferecido e funcionando daqui (handshake QUIC em { $ms } ms)
eng-http3-works-at = HTTP/3 oferecido e funcionando daqui (handshake QUIC com { $address } em { $ms } ms)
eng-http3-blocked = HTTP/3 oferecido, mas bloqueado aqui (nenhuma resposta QUIC via UDP em { $secs } s); os navegadores voltam para o TCP depois de uma breve espera, então não é isso que quebra a página
eng-http3-blocked-at = HTTP/3 oferecido, mas bloqueado aqui (nenhuma resposta QUIC de { $address } via UDP em { $secs } s); os navegadores voltam para o TCP depois de uma breve espera, então não é isso que quebra a página
eng-http3-failed = HTTP/3 oferecido, mas o handshake QUIC falhou ({ $error }); os navegadores voltam para o TCP
eng-http3-failed-at = HTTP/3 oferecido, mas o handshake QUIC com { $address } falhou ({ $error }); os navegadores voltam para o TCP
eng-http3-no-reason = nenhum motivo informado

## src/evidence/logs.rs: a linha da leitura de logs na lista de sondagens

eng-logs-summary = { $read } de { $files ->
        [one] { $files } arquivo de log lido
       *[other] { $files } arquivos de log lidos
    }, { $findings ->
        [one] { $findings } resultado
       *[other] { $findings } resultados
    }
# $summary: eng-logs-summary. Em inglês fica "answers" qualquer que seja o número; aqui, singular e plural.
eng-logs-summary-access = { $summary }, { $count ->
        [one] { $count } resposta 5xx
       *[other] { $count } respostas 5xx
    } nos logs de acesso
eng-logs-summary-cancelled = { $summary } (cancelado: leitura parcial)

## src/fingerprint/mod.rs e src/fingerprint/cdn/mod.rs: nomes de softwares e de bordas que não são só o nome de um produto

# Entram em outras frases como nomes, sem artigo ("via balanceador de carga da AWS").
eng-sw-aws-elb = balanceador de carga da AWS
eng-sw-gcp-lb = balanceador de carga do Google Cloud
eng-sw-azure = gateway do Azure
eng-sw-heroku = roteador do Heroku
eng-sw-unknown = um servidor desconhecido
eng-edge-google-hosting = hospedagem do Google

## src/fingerprint/rules.rs e src/fingerprint/wordpress.rs: o que bateu numa resposta

# $name: um nome de cabeçalho (server, via, ...), $value: o valor dele como foi enviado.
eng-fp-header = cabeçalho { $name }: { $value }
eng-fp-header-name = cabeçalho { $name }
eng-fp-status = status { $status }
# $reason, $title, $text, $pattern: texto da resposta ou da assinatura, mostrado como está.
eng-fp-reason = frase de motivo “{ $reason }”
eng-fp-title = título “{ $title }”
eng-fp-body = corpo: “{ $text }”
eng-fp-body-empty = corpo: vazio
eng-fp-body-lacks = nenhum “{ $pattern }” no corpo
# $header: set-cookie ou cookie.
eng-wp-session-cookie = { $header }: cookie PHPSESSID
eng-wp-rest-header = cabeçalho link: API REST do WordPress (wp-json)
eng-wp-generator = meta generator: { $content }
eng-wp-rest-page = a página aponta para a API REST do WordPress (wp-json)
# $dir: /wp-content/ ou /wp-includes/.
eng-wp-loads-from = a página carrega arquivos de { $dir }

## src/fingerprint/cdn/mod.rs: como a CDN ou o balanceador de carga na frente foi reconhecido

# $provider: o nome do provedor (Cloudflare); $date: a data da lista (2026-12-01).
eng-edge-in-ranges = o endereço { $ip } está nas faixas que { $provider } publica ({ $range }, lista de { $date })
eng-edge-cname = o nome DNS { $name } termina em .{ $suffix } ({ $provider })
# $what: eng-fp-header ou eng-fp-header-name.
eng-edge-header = na resposta, { $what } indica { $provider }

## src/status_client/mod.rs e src/provider_status/mod.rs: consultando uma página de status

eng-status-the-site = O site
eng-status-client-setup = não foi possível configurar o cliente: { $error }
# $code $reason: "503 Service Unavailable"; $retry: " (Retry-After: 120)" ou nada.
eng-status-answered = a página de status respondeu { $code } { $reason }{ $retry }
eng-status-too-large = a resposta tem mais de { $mib } MiB
# $expected: um dos eng-status-expected-*; $found: um dos eng-status-found-* ou o começo da resposta, entre aspas.
eng-status-not-format = a página de status respondeu algo que não é { $expected } ({ $found })
eng-status-expected-statuspage = um summary.json do Statuspage
eng-status-expected-google = o incidents.json do Google Cloud
eng-status-expected-feed = um feed RSS ou Atom
eng-status-found-empty = uma resposta vazia
eng-status-found-markup = HTML ou XML
eng-status-found-json = JSON de outro formato, ou cortado

## src/globalping/client.rs: consultando o Globalping

# $url vem entre aspas.
eng-gp-bad-url = --globalping-url: era esperado um endereço http:// ou https://, mas veio { $url }
eng-gp-unreachable = Não foi possível alcançar o Globalping em { $url }: { $why }
eng-gp-slow = O Globalping em { $url } não respondeu em { $secs } s
# $limits: "; " e as partes eng-gp-limit-* unidas com ", ", ou nada; $message: as palavras do Globalping.
eng-gp-rate-limited = O limite do Globalping para testes anônimos se esgotou (HTTP 429{ $limits }): { $message }
eng-gp-limit-limit = limite { $value }
eng-gp-limit-remaining = restantes { $value }
eng-gp-limit-resets = reinicia em (s) { $value }
eng-gp-limit-retry-after = tente de novo após (s) { $value }
eng-gp-http = O Globalping respondeu HTTP { $status }: { $message }
# $what: um dos eng-gp-malformed-*; $excerpt: o começo da resposta.
eng-gp-malformed = A resposta do Globalping não é o que a API dele documenta ({ $what }): { $excerpt }
eng-gp-malformed-too-large = uma resposta de mais de { $mb } MB
eng-gp-malformed-no-id = sem id de medição
eng-gp-malformed-json = JSON inválido: { $error }
# Um lugar para o qual o Globalping não deu cidade nem país.
eng-gp-somewhere = lugar desconhecido

## src/logs/mod.rs e src/logs/parse.rs: lendo os logs do servidor

eng-logformat-nginx-error = log de erros do nginx
eng-logformat-access = log de acesso
eng-logformat-apache-error = log de erros do Apache
eng-logformat-php-fpm = log do PHP-FPM
eng-logformat-php-error = log de erros do PHP
eng-logformat-unknown = formato desconhecido
eng-log-permission-denied = não foi possível ler { $path }: permissão negada (rode com sudo ou copie o arquivo para um lugar onde ele possa ser lido)
eng-log-not-found = não foi possível ler { $path }: o arquivo não existe
eng-log-is-directory = não foi possível ler { $path }: é um diretório, não um arquivo de log
eng-log-open = não foi possível ler { $path }: { $error }
# Em inglês fica "lines" qualquer que seja o número; aqui, singular e plural.
eng-log-read = erro ao ler { $path } depois de { $lines ->
        [one] { $lines } linha
       *[other] { $lines } linhas
    }: { $error }
# As URLs com 5xx além das mais contadas, contadas juntas.
eng-logs-other-urls = (outras URLs)
eng-logs-since-bad = --since: era esperado YYYY-MM-DD ou "YYYY-MM-DD HH:MM[:SS]", mas veio { $value }

## src/notify.rs e src/watch.rs: por que uma notificação da área de trabalho não pôde ser mostrada

eng-notify-no-bus = nenhum barramento de sessão da área de trabalho
eng-notify-unsupported = esta versão não tem notificações da área de trabalho
