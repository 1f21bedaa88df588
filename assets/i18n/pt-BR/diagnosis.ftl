# Os textos mais longos do veredito para o dono do site (`detail`) e as linhas de evidência
# acrescentadas a eles: o que mostraram a resposta, a conexão, o certificado, o proxy, o HTTP/2, os
# logs do servidor, as verificações do servidor e as páginas de status dos provedores
# (src/diagnosis/*.rs).
#
# Ficam como no código, sem tradução: linhas de status HTTP e nomes de cabeçalhos (429 Too Many
# Requests, Retry-After, cf-mitigated), códigos de erro (NXDOMAIN, SERVFAIL, ERR_HTTP2_*, AH00957),
# nomes de configurações e de arquivos (proxy_read_timeout, pm.max_children, error.log), comandos
# (`certbot renew`, `ss -ltnp`), opções de linha de comando (--origin, --timeout) e nomes de produtos.
#
# Variáveis: $who é o software que respondeu, no início da frase ("nginx", "Um servidor
# desconhecido"); $software, $name, $edge o nome de um software; $took uma duração ("60.4 s");
# $limit o nome de um limite de tempo (as mensagens dx-limit-* abaixo); $status um código de status
# HTTP; $retry o valor de Retry-After como foi enviado; $host o nome do site; $error um erro como o
# sistema o informou (muitas vezes em inglês); $result como terminou uma solicitação ("502 do nginx").

## http_rules.rs
# $who quando o software que respondeu não é conhecido.
dx-who-unknown = Um servidor desconhecido
dx-http-511 = A resposta foi 511 Network Authentication Required: a rede em que este computador está (Wi-Fi de hotel, de trem, de café) pede um login antes de liberar o acesso. Abra qualquer página no navegador para ver a página de login dela.
dx-http-500 = A aplicação respondeu 500 Internal Server Error: o log de erros dela (error_log do PHP, wp-content/debug.log do WordPress) indica o código que falhou.
dx-http-429 = { $who } respondeu 429 Too Many Requests.
dx-http-429-retry = { $who } respondeu 429 Too Many Requests com Retry-After: { $retry }.
dx-http-answered = { $who } respondeu { $status }.
dx-http-4xx = { $who } respondeu { $status }: a solicitação foi recusada; não é uma falha de gateway.
dx-cf-origin-504 = A página de erro da Cloudflare diz que o servidor web de origem respondeu 504 Gateway Timeout: a aplicação por trás dele não respondeu a tempo. Procure as solicitações lentas nos logs da origem (informe o Ray ID da Cloudflare).
dx-cf-origin-502 = A página de erro da Cloudflare diz que o servidor web de origem respondeu 502 Bad Gateway: o proxy da própria origem não conseguiu obter uma resposta da aplicação dela. Leia o log de erros do servidor web de origem (informe o Ray ID da Cloudflare).
dx-cf-520 = Cloudflare 520: a origem respondeu com algo vazio ou inválido (travamento, conexão interrompida, cabeçalhos grandes demais). Leia o log de erros da origem.
dx-cf-521 = Cloudflare 521: a origem recusou a conexão. Inicie o servidor web na origem e confira se o firewall dela libera as faixas de IP da Cloudflare.
dx-cf-522 = Cloudflare 522: a origem não aceitou a conexão a tempo. Ela está rodando? O firewall dela libera as faixas de IP da Cloudflare?
dx-cf-523 = Cloudflare 523: a Cloudflare não consegue alcançar a origem; confira o endereço da origem nos registros DNS na Cloudflare.
dx-cf-524 = Cloudflare 524: a origem aceitou a conexão, mas levou mais de 100 s para responder. Deixe a solicitação lenta mais rápida ou passe esse trabalho para uma tarefa em segundo plano.
dx-cf-525 = Cloudflare 525: o handshake TLS entre a Cloudflare e a origem falhou; ou seja, o que está quebrado é a ligação com a sua origem, não a Cloudflare em si. Na origem: sirva HTTPS na porta 443 com um certificado para o nome do site e aceite TLS 1.2 ou mais recente com cifras modernas (ECDHE); ou ajuste o modo SSL/TLS na Cloudflare ao que a origem oferece.
dx-cf-526 = Cloudflare 526: o certificado da origem não é válido para o modo SSL “Full (strict)” (expirado, autoassinado ou emitido para outro nome); ou seja, o que está quebrado é a ligação com a sua origem, não a Cloudflare em si. Instale um certificado válido (ou um da Cloudflare Origin CA) na origem.
dx-cf-527 = Cloudflare 527: a conexão Railgun com a origem falhou.
dx-cf-own-error = A Cloudflare respondeu { $status } com uma página de erro própria: o problema está dentro da Cloudflare ou entre os servidores dela. Confira cloudflarestatus.com e informe o id cf-ray ao suporte da Cloudflare.
dx-cdn-502-dns = { $who } respondeu 502 com uma página de erro própria: não conseguiu resolver o nome de domínio da origem. Confira o domínio de origem configurado na CDN e os registros DNS dele. O problema está na ligação entre a CDN e a sua origem, não é uma falha da CDN; teste a origem diretamente com --origin.
dx-cdn-502-connect = { $who } respondeu 502 com uma página de erro própria: não conseguiu se conectar à origem nem concluir o TLS com ela (conexão recusada, tempo esgotado, certificado ou protocolo incompatível). Confira o domínio de origem configurado na CDN e o DNS dele, se o firewall da origem libera os endereços da CDN e se o certificado da origem corresponde a esse nome e aceita TLS 1.2 ou mais recente. O problema está na ligação entre a CDN e a sua origem, não é uma falha da CDN; teste a origem diretamente com --origin.
dx-http-502-limit = { $who } respondeu 502 depois de { $took }, tempo compatível com { $limit }: a aplicação não respondeu a tempo. Encontre as solicitações lentas (tempos no log de acesso, slow log do PHP-FPM) ou aumente o limite com cuidado.
# $quoted é o início da página que a aplicação enviou, como foi enviada.
dx-app-502 = A própria aplicação respondeu 502: o conteúdo é dela, não uma página de erro de proxy (“{ $quoted }”). Ela respondeu, então o que falhou foi algo de que ela depende (um banco de dados, uma API ou um serviço que ela chama). Leia o log da aplicação e confira as dependências dela.
dx-app-502-via = A própria aplicação respondeu 502 ({ $software } repassou a resposta): o conteúdo é dela, não uma página de erro de proxy (“{ $quoted }”). Ela respondeu, então o que falhou foi algo de que ela depende (um banco de dados, uma API ou um serviço que ela chama). Leia o log da aplicação e confira as dependências dela.
dx-nginx-502 = O nginx respondeu 502: não recebeu uma resposta utilizável da aplicação por trás dele (a conexão foi recusada ou encerrada, ou a resposta era inválida ou tinha cabeçalhos grandes demais). Inicie ou reinicie o servidor da aplicação (por exemplo, `systemctl restart php8.2-fpm`) e leia o error.log do nginx, que diz qual desses casos aconteceu.
dx-nginx-502-timed = O nginx respondeu 502 depois de { $took }: não recebeu uma resposta utilizável da aplicação por trás dele (a conexão foi recusada ou encerrada, ou a resposta era inválida ou tinha cabeçalhos grandes demais). Inicie ou reinicie o servidor da aplicação (por exemplo, `systemctl restart php8.2-fpm`) e leia o error.log do nginx, que diz qual desses casos aconteceu.
dx-apache-502 = O mod_proxy do Apache não recebeu uma resposta válida do backend (AH00957, AH01114 ou AH00898 no error_log). Inicie ou reinicie o backend e leia o error_log do Apache.
dx-aws-elb-502 = O balanceador de carga da AWS não recebeu uma resposta válida do destino (target): o destino recusou ou encerrou a conexão. Confira a integridade dos destinos e deixe o tempo limite de keep-alive da aplicação maior que o tempo limite de inatividade do balanceador (60 s), para não usar uma conexão que o outro lado está fechando.
dx-lb-502 = O { $name } não recebeu uma resposta válida do backend por trás dele (recusada, interrompida ou inválida). Confira se os backends estão rodando e saudáveis e leia os logs deles.
dx-unknown-502 = Um servidor não identificado respondeu 502: um gateway não recebeu uma resposta válida da aplicação por trás dele. Confira o log de erros do servidor web.
dx-server-502 = { $software } respondeu 502: não conseguiu obter uma resposta da aplicação por trás dele. Inicie ou reinicie o servidor da aplicação e leia o log de erros de { $software }.
dx-server-502-timed = { $software } respondeu 502 depois de { $took }: não conseguiu obter uma resposta da aplicação por trás dele. Inicie ou reinicie o servidor da aplicação e leia o log de erros de { $software }.
# Acrescentado depois da frase anterior; $edge é a CDN ou o balanceador de carga na frente.
dx-passed-error-on = ({ $edge } repassou o erro.)
dx-no-healthy-backend = { $who } não tem nenhum backend saudável para onde enviar a solicitação: todos estão fora do ar ou falhando na verificação de integridade (health check). Inicie os backends e confira o caminho da verificação de integridade.
dx-backend-refused-503 = { $who } respondeu 503 porque o backend dele recusou ou derrubou a conexão. Inicie ou reinicie o backend e leia o log de erros do servidor que respondeu.
dx-first-byte-503 = { $who } respondeu 503 “first byte timeout”: a origem não começou a responder a tempo. Procure as solicitações lentas nos logs da origem ou aumente o limite com cuidado.
dx-first-byte-503-timed = { $who } respondeu 503 “first byte timeout” depois de { $took }: a origem não começou a responder a tempo. Procure as solicitações lentas nos logs da origem ou aumente o limite com cuidado.
dx-http-503-limit = { $who } respondeu 503 depois de { $took }, tempo compatível com { $limit }: a aplicação por trás dele não respondeu a tempo.
dx-guru-meditation-503 = { $who } respondeu 503 com a página “Guru Meditation”: não conseguiu obter uma resposta utilizável do backend. Confira se o backend está rodando e leia os logs dele.
dx-maintenance-503 = O site respondeu 503 com uma página de manutenção. Se a manutenção já terminou, desligue o modo de manutenção (por exemplo, o arquivo .maintenance do WordPress).
dx-maintenance-503-retry = O site respondeu 503 com uma página de manutenção e Retry-After: { $retry }. Se a manutenção já terminou, desligue o modo de manutenção (por exemplo, o arquivo .maintenance do WordPress).
dx-http-503 = { $who } respondeu 503 Service Unavailable: a aplicação está sobrecarregada, parada ou em manutenção. Confira o gerenciador de processos dela (por exemplo, pm.max_children do PHP-FPM) e o log de erros dela.
dx-http-503-retry = { $who } respondeu 503 Service Unavailable com Retry-After: { $retry } (conta estar de volta até lá): a aplicação está sobrecarregada, parada ou em manutenção. Confira o gerenciador de processos dela (por exemplo, pm.max_children do PHP-FPM) e o log de erros dela.
dx-http-504 = { $who } respondeu 504: a aplicação por trás dele não respondeu a tempo. Encontre as solicitações lentas (tempos no log de acesso, slow log do PHP-FPM) ou aumente o limite com cuidado.
dx-http-504-timed = { $who } respondeu 504 depois de { $took }: a aplicação por trás dele não respondeu a tempo. Encontre as solicitações lentas (tempos no log de acesso, slow log do PHP-FPM) ou aumente o limite com cuidado.
dx-http-504-limit = { $who } respondeu 504 depois de { $took }, tempo compatível com { $limit }: a aplicação por trás dele não respondeu a tempo. Encontre as solicitações lentas (tempos no log de acesso, slow log do PHP-FPM) ou aumente o limite com cuidado.

## reach.rs
# O que há de errado com o certificado: $problem em dx-also-cert-invalid.
dx-cert-words-expired = expirado
dx-cert-words-wrong-host = emitido para outro nome
dx-cert-words-untrusted = não emitido por uma entidade confiável
dx-cert-words-invalid = danificado ou não aceito
dx-tls-clock-wrong = Pelo relógio do servidor (Date: { $date }), o certificado é válido até { $until }, mas o relógio deste computador diz que ele expirou: acerte a data e a hora deste computador (ative a hora automática).
dx-tls-intercepted = O certificado foi emitido por “{ $issuer }”, que é um programa de segurança ou um proxy corporativo inspecionando o HTTPS neste computador ou nesta rede, e não o site. Se o seu navegador também reclamar, fale com quem administra este computador ou esta rede.
# $fix nas frases dx-cert-expired-* e dx-cert-not-valid-now.
dx-cert-fix-cdn = renove o certificado da borda no painel da CDN
dx-cert-fix-server = renove-o (por exemplo, `certbot renew`) e recarregue o servidor web
# $days é uma contagem (sempre 1 ou mais).
# $at é uma data e hora (RFC 3339) como o certificado informa.
dx-cert-expired-days-at = O certificado de { $host } expirou { $days ->
        [one] há { $days } dia
       *[other] há { $days } dias
    } ({ $at }): { $fix }.
dx-cert-expired-days = O certificado de { $host } expirou { $days ->
        [one] há { $days } dia
       *[other] há { $days } dias
    }: { $fix }.
dx-cert-not-valid-now = O certificado de { $host } não é válido agora (válido até { $at }): { $fix }.
dx-cert-out-of-date = O certificado de { $host } está vencido: { $fix }.
dx-cert-wrong-host = O certificado não cobre { $host } (ele indica { $names }): instale um que inclua este nome.
# $names em dx-cert-wrong-host quando o certificado não lista nenhum nome.
dx-cert-other-names = outros nomes
dx-cert-untrusted = A cadeia do certificado não chega a uma raiz confiável (certificado autoassinado, CA privada ou certificado intermediário faltando): sirva a cadeia completa de uma CA pública.
dx-cert-rejected = O certificado foi recusado.
dx-cert-rejected-error = O certificado foi recusado: { $error }.
dx-tls-timeout = O handshake TLS não terminou a tempo.
dx-tls-timeout-error = O handshake TLS não terminou a tempo: { $error }.
dx-tls-failed = O handshake TLS falhou. Confira se o servidor fala HTTPS na porta { $port } com uma versão atual do protocolo.
dx-tls-failed-error = O handshake TLS falhou: { $error }. Confira se o servidor fala HTTPS na porta { $port } com uma versão atual do protocolo.
dx-no-network = Também não foi possível alcançar nenhum dos sites de referência ({ $endpoints }).
# $resolver é "system" (o resolvedor deste computador) ou o endereço do resolvedor consultado com --resolver.
dx-dns-nxdomain = { $resolver ->
        [system] O resolvedor DNS do sistema
       *[other] O resolvedor DNS { $resolver }
    } diz que { $host } não existe (NXDOMAIN). Confira se o domínio está registrado e os registros dele no provedor de DNS; depois de uma mudança, espere a propagação (até 48 h).
dx-dns-servfail = { $resolver ->
        [system] O resolvedor DNS do sistema
       *[other] O resolvedor DNS { $resolver }
    } respondeu SERVFAIL para { $host }: os servidores de nomes autoritativos do domínio estão falhando, ou a validação DNSSEC falha.
dx-dns-no-records = { $host } existe, mas não tem registro A/AAAA: adicione um no provedor de DNS.
dx-dns-timeout = { $resolver ->
        [system] O resolvedor DNS do sistema
       *[other] O resolvedor DNS { $resolver }
    } não respondeu a tempo sobre { $host }.
dx-dns-error = A consulta de { $host } falhou.
dx-dns-error-detail = A consulta de { $host } falhou: { $error }.
# $on nas três frases dx-tcp-* abaixo: onde a conexão foi tentada.
dx-tcp-on-port = porta { $port }
dx-tcp-on-addresses = { $addresses } na porta { $port }
dx-tcp-refused = Todos os endereços recusaram a conexão ({ $on }): o servidor web não está rodando ou não está escutando ali. Inicie-o e confira com `ss -ltnp`.
dx-tcp-timeout = A conexão esgotou o tempo limite ({ $on }): o servidor está fora do ar ou um firewall descarta os pacotes.
dx-tcp-unreachable = Não há rota até o servidor ({ $on }).
dx-response-timeout = A conexão foi feita, mas nenhuma resposta chegou: o servidor web está travado ou sobrecarregado, ou simplesmente é mais lento do que esta verificação espera. Gateways costumam esperar de 30 a 100 s; rode de novo com um --timeout maior (por exemplo, 120) para ver se chega uma página de erro.
dx-response-timeout-within = A conexão foi feita, mas nenhuma resposta chegou em { $secs } s: o servidor web está travado ou sobrecarregado, ou simplesmente é mais lento do que esta verificação espera. Gateways costumam esperar de 30 a 100 s; rode de novo com um --timeout maior (por exemplo, 120) para ver se chega uma página de erro.
dx-connection-closed = O servidor encerrou a conexão antes de responder.
dx-connection-closed-error = O servidor encerrou a conexão antes de responder ({ $error }).
dx-not-http = O servidor respondeu algo que não é HTTP: uma porta errada, ou HTTPS e HTTP simples trocados.
dx-not-http-error = O servidor respondeu algo que não é HTTP ({ $error }): uma porta errada, ou HTTPS e HTTP simples trocados.
dx-redirects-circle = Os redirecionamentos andam em círculos. Confira as regras de redirecionamento (muitas vezes de HTTP para HTTPS ou para www, atrás de um proxy ou CDN com o modo SSL errado).
dx-redirects-on-and-on = Os redirecionamentos continuam sem parar e nunca chegam a uma página. Confira as regras de redirecionamento (muitas vezes de HTTP para HTTPS ou para www, atrás de um proxy ou CDN com o modo SSL errado).
# $hops são os endereços unidos por " -> ".
dx-redirects-hops = Os redirecionamentos seguem este caminho: { $hops }. Confira as regras de redirecionamento (muitas vezes de HTTP para HTTPS ou para www, atrás de um proxy ou CDN com o modo SSL errado).
# Seguida pela frase sobre a solicitação direta.
dx-proxy-and-direct-failed = O proxy falhou, e uma solicitação direta também ({ $result }).
dx-proxy-unusable = Não foi possível usar o proxy configurado.
dx-proxy-unusable-error = Não foi possível usar o proxy configurado ({ $error }).
# As partes dx-so-far-* entram em $seen de dx-so-far, separadas por "; ".
# $count é uma contagem de endereços.
dx-so-far-resolved = o nome foi resolvido para { $count ->
        [one] { $count } endereço
       *[other] { $count } endereços
    }
dx-so-far-connected = uma conexão foi estabelecida
dx-so-far-cert-valid = o certificado é válido
dx-so-far = Até aqui: { $seen }.

## timeouts.rs
# Os nomes dos limites de tempo ($limit nas frases acima, depois de "tempo compatível com"; em
# backend.ftl depois de dois-pontos; em server.ftl como sujeito: por isso com artigo), e as
# configurações que podem conter um limite configurado.

dx-limit-nginx-60 = o proxy_read_timeout do nginx (60 s por padrão)
dx-limit-apache-60 = o ProxyTimeout do Apache (60 s por padrão)
dx-limit-aws-elb-60 = o tempo limite de inatividade do balanceador de carga da AWS (60 s por padrão)
dx-limit-any-60 = um tempo limite de proxy de 60 s (o padrão do nginx, do Apache e do AWS ALB)
dx-limit-cloudfront-30 = o tempo limite de resposta da origem do CloudFront (30 s por padrão)
dx-limit-gcp-30 = o tempo limite de backend do balanceador de carga do Google Cloud (30 s por padrão)
dx-limit-heroku-30 = o limite de 30 s do roteador do Heroku
dx-limit-any-30 = um limite de 30 s, como o max_execution_time do PHP (30 s por padrão)
dx-limit-cloudflare-100 = o limite de 100 s da Cloudflare para a resposta da origem
dx-limit-any-100 = um limite de 100 s em algum ponto do caminho
dx-limit-fastly-15 = o first byte timeout do Fastly (15 s por padrão)
dx-limit-any-15 = um limite de 15 s em algum ponto do caminho
dx-limit-akamai-20 = o tempo limite de origem da Akamai (cerca de 20 s)
# $places em dx-limit-configured: um ou mais destes três, unidos por dx-limit-places-or.
dx-limit-places-nginx = o fastcgi_read_timeout ou o proxy_read_timeout do nginx
dx-limit-places-apache = o ProxyTimeout ou o Timeout do Apache
dx-limit-places-php = o max_execution_time do PHP ou o request_terminate_timeout do PHP-FPM
dx-limit-places-or = { $first }, ou { $second }
# $secs é um número inteiro de segundos.
dx-limit-configured = um limite de { $secs } s que provavelmente foi configurado ({ $places })

## verdict.rs
dx-references-blocked = Os sites de referência também estavam inacessíveis (talvez um firewall os bloqueie).
dx-site-answered = O site respondeu { $status }.
dx-software-answered = { $software } respondeu { $status }.
dx-cached-data-failed = Mas uma solicitação com os cookies e os dados em cache deste site falhou ({ $result }): limpe-os.
dx-also-cert-invalid = Além disso: o certificado do site não é válido ({ $problem }).
dx-browser-blocked = Aqui o site respondeu 403, mas entregou uma página para { $browsers }: um firewall ou filtro de bots (WAF) filtra pela assinatura do navegador.
dx-bot-challenge = A Cloudflare respondeu { $status } com a verificação contra robôs dela (“Just a moment...” / cf-mitigated: challenge). Um navegador de verdade, com JavaScript, normalmente passa por ela; esta ferramenta não executa JavaScript.

## proxy.rs
# $proxy nas frases abaixo quando o endereço do proxy não é conhecido; sempre vem depois da
# palavra "proxy" ("O proxy configurado recusou…").
dx-the-configured-proxy = configurado
dx-proxy-refused = O proxy { $proxy } recusou a solicitação por conta própria ({ $code }): um filtro nesta rede bloqueia o site.
# $through e $direct dizem como terminou a solicitação pelo proxy e sem ele ("502 do nginx").
dx-proxy-blamed = Pelo proxy { $proxy }: { $through }. Sem ele: { $direct }.
dx-proxy-request-failed = A solicitação pelo proxy { $proxy } falhou.
dx-proxy-request-failed-error = A solicitação pelo proxy { $proxy } falhou: { $error }.
dx-proxy-relayed = O proxy { $proxy } não conseguiu obter a página do site ({ $code }).

## http2.rs
# Termina as frases dx-http2-only-* e dx-http2-reset.
dx-http2-owner-look = Confira as configurações de HTTP/2 da camada que fala HTTP/2 com os navegadores (a CDN, ou o servidor web na frente: a opção http2, os limites de tamanho de cabeçalhos e de campos, como large_client_header_buffers / http2_max_field_size do nginx, uma regra de WAF que só vale para HTTP/2) e se o que fica por trás dela lida bem com solicitações que chegam por HTTP/2 (os cabeçalhos que ela repassa, o suporte a HTTP/2 da própria aplicação por trás).
# $code é um código de erro do HTTP/2 (PROTOCOL_ERROR); $browser_error o erro que o Chrome mostra (ERR_HTTP2_PROTOCOL_ERROR); $tries uma contagem.
dx-http2-only-reset = Pelo HTTP/2, que é o que os navegadores usam, o servidor interrompeu a solicitação ({ $code }) ({ $tries ->
        [one] na única tentativa
       *[other] em { $tries } de { $tries } tentativas
    }); a mesma solicitação pelo HTTP/1.1 obteve a página ({ $result }). Os navegadores mostram { $browser_error }. { dx-http2-owner-look }
dx-http2-only-status = Pelo HTTP/2, que é o que os navegadores usam, o site respondeu { $status } ({ $tries ->
        [one] na única tentativa
       *[other] em { $tries } de { $tries } tentativas
    }); a mesma solicitação pelo HTTP/1.1 obteve a página ({ $result }). Os navegadores mostram { $browser_error }. { dx-http2-owner-look }
# $outcome diz como a solicitação terminou sem resposta ("conexão encerrada sem resposta").
dx-http2-only-outcome = Pelo HTTP/2, que é o que os navegadores usam, o resultado foi: { $outcome } ({ $tries ->
        [one] na única tentativa
       *[other] em { $tries } de { $tries } tentativas
    }); a mesma solicitação pelo HTTP/1.1 obteve a página ({ $result }). Os navegadores mostram { $browser_error }. { dx-http2-owner-look }
# $code quando o servidor não informou nenhum código de erro do HTTP/2.
dx-http2-no-code = sem código
dx-http2-reset-http1-fails = Pelo HTTP/2, o servidor interrompeu a solicitação ({ $code }); pelo HTTP/1.1, ela também falha ({ $result }).
dx-http2-reset = O servidor interrompeu a solicitação pelo HTTP/2 ({ $code }) em vez de responder; os navegadores mostram { $browser_error }. Ainda não se sabe se o HTTP/1.1 funciona. { dx-http2-owner-look }

## log_evidence.rs
# Vem depois de "em" em dx-log-times.
dx-log-unknown-time = horário desconhecido
# $when é uma data e hora do log (2026-12-01T23:20:04) ou dx-log-unknown-time.
dx-log-times = { $count ->
        [1] uma vez, em { $when }
       *[other] { $count } vezes, a última em { $when }
    }
# $title é o título de uma constatação do log, $involved o socket ou endereço que ela cita; a explicação e a solução da constatação vêm em seguida.
dx-log-says-why = O log do servidor diz por quê: { $title }, { $times }.
dx-log-says-why-involved = O log do servidor diz por quê: { $title } ({ $involved }), { $times }.
dx-log-agrees = O log do servidor confirma: { $title }, { $times }.
dx-log-agrees-involved = O log do servidor confirma: { $title } ({ $involved }), { $times }.

## server_evidence.rs
# $title e $fix vêm das verificações do servidor (frases completas).
dx-server-broken-link = Neste computador: { $title } Solução: { $fix }

## status_evidence.rs
# As partes dx-incident-* formam $incident em dx-status-incident: o título, depois (desde, última atualização), depois onde, depois a atualização mais recente e o link, como foram enviados.
dx-incident-since = desde { $time }
dx-incident-updated = última atualização: { $time }
dx-incident-title = “{ $title }”
# Acrescentado logo depois do título e dos parênteses dele; $component é o nome do componente na página de status.
dx-incident-affecting = , afetando { $component }, onde esta solicitação foi atendida
dx-status-site-page = O site tem uma página de status: { $page }.
dx-status-unreadable = Não foi possível ler a página de status de { $name }: { $error }.
dx-status-incident = A página de status de { $name } informa um incidente não resolvido: { $incident }.
# Vem depois de dx-status-incident.
dx-status-incident-follow = Normalmente isso se resolve sem que o site precise fazer nada; acompanhe em { $page }.
dx-status-maintenance = A página de status de { $name } informa uma manutenção em andamento: “{ $title }”.
dx-status-maintenance-until = A página de status de { $name } informa uma manutenção em andamento: “{ $title }”, até { $until }.
# Vem depois de dx-status-maintenance.
dx-status-see = Veja { $page }.
# $components são nomes com o estado deles, como foram enviados ("London, GB (partial outage)").
dx-status-components = A página de status de { $name } mostra componentes que não estão operacionais: { $components }.
dx-status-no-incident = A página de status de { $name } não informa nenhum incidente.

## path.rs
# A caixa de DNS do caminho da solicitação quando o endereço é um endereço IP.
dx-path-no-lookup = sem consulta (endereço IP)

## cause.rs
# Um erro ao ler um relatório salvo; $id é o id encontrado, entre aspas.
dx-unknown-cause = causa desconhecida { $id }: era esperado um id de causa em snake_case, como “upstream_refused”
