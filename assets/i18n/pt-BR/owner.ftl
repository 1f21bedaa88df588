# Lista de verificações do modo dono: os resultados e conselhos que o dono do site lê sobre o DNS
# (os resolvedores concordam?), a CDN ou o balanceador de carga na frente do site, a origem por trás
# dele (consultada diretamente com --origin), o certificado do site e um site em manutenção.
# Comandos, linhas de configuração, nomes de cabeçalhos (Retry-After), códigos de DNS (NXDOMAIN,
# SERVFAIL, CNAME, A/AAAA, NS, SOA, flag AA), opções (--origin, --expect-ip) e nomes de produtos
# ficam como estão.
# $front, $cdn, $name, $maker: o nome de uma CDN ou de um balanceador de carga ("Cloudflare",
# "AWS load balancer"), sempre sem artigo; $front_capital é o mesmo com a primeira letra maiúscula,
# para o início de uma frase. $front também pode ser own-cdn-public-address ("o endereço público"):
# nas frases em que isso pode acontecer, $front vem depois de "via", "sem" ou como sujeito, para
# evitar contrações (do/no/pelo).

## src/diagnosis/owner/dns.rs

# Títulos das colunas da tabela de respostas de DNS.
own-dns-col-resolver = Resolvedor
own-dns-col-answers = Respostas
own-dns-col-ttl = TTL
own-dns-col-result = Resultado
own-dns-col-time = Tempo

own-dns-checking = Verificando…
own-dns-not-checked = Não verificado nesta execução (a comparação de DNS roda no modo dono).
own-dns-ip-address = O site é acessado por IP (ou localhost): não há nome DNS para verificar.
# $results: cada resolvedor com o que aconteceu ("Google 8.8.8.8: sem resposta (tempo limite)"), em lista.
own-dns-no-answer = Nenhum resolvedor deu resposta para { $name } ({ $results }).
own-dns-no-answer-advice = Não foi possível comparar o DNS. Se este computador consegue abrir outros sites, a rede dele pode estar bloqueando servidores DNS externos; rode os comandos abaixo a partir de outra rede ou no servidor.
# $why: por que os servidores de nomes do domínio não foram encontrados, ou own-dns-none-found.
own-dns-ns-not-asked = Os servidores de nomes do próprio domínio não foram consultados ({ $why }).
own-dns-none-found = nenhum foi encontrado
own-dns-nothing-to-do = Nada a fazer: o DNS não é o problema.

# $resolvers: os resolvedores que disseram isso, em lista.
own-dns-nxdomain = Segundo { $resolvers }, { $name } não existe (NXDOMAIN).
own-dns-no-address = Segundo { $resolvers }, { $name } não tem endereço (nenhum registro A ou AAAA).
own-dns-add-record = Adicione um registro A (IPv4) ou AAAA (IPv6) para { $name } no seu provedor de DNS. Se o registro já existe, confira se o domínio está registrado e não expirou, e se o registrador indica os servidores de nomes do seu provedor de DNS.
# $servers: os servidores de nomes da zona, separados por vírgulas.
own-dns-add-record-zone = Adicione um registro A (IPv4) ou AAAA (IPv6) para { $name } no seu provedor de DNS (a zona é servida por { $servers }). Se o registro já existe, confira se o domínio está registrado e não expirou, e se o registrador indica os servidores de nomes do seu provedor de DNS.

# A resposta de um resolvedor, um item das listas abaixo: "Cloudflare 1.1.1.1 responde 192.0.2.1".
own-dns-answers = { $resolver } responde { $answer }
own-dns-ns-disagree = Os seus servidores de nomes não concordam entre si: { $answers }.
own-dns-ns-disagree-advice = Faça todos os servidores de nomes servirem a mesma zona (um secundário que perdeu a última atualização: confira as transferências de zona e o serial do SOA).
own-dns-all-agree-ns = { $count ->
    [one] O resolvedor consultado concorda com os seus servidores de nomes: { $answer }.
   *[other] Todos os { $count } resolvedores concordam com os seus servidores de nomes: { $answer }.
}
# $resolvers: os resolvedores que ainda respondem o endereço antigo ($count deles); $old: as respostas deles.
own-dns-stale = Os seus servidores de nomes respondem { $answer }, mas { $resolvers } ainda { $count ->
    [one] responde
   *[other] respondem
} { $old }: uma mudança ainda está se propagando.
# $longest: o maior TTL restante ("5 min"); $ttls: cada resolvedor com o seu TTL restante.
own-dns-stale-advice = Os resolvedores que guardaram a resposta antiga em cache vão mantê-la por até mais { $longest } (TTL restante: { $ttls }); em geral, conte com até 24–48 h para todos. Não há nada a corrigir se a resposta dos servidores de nomes já é a nova; reduza o TTL antes da próxima mudança.
own-dns-stale-advice-unknown = Os resolvedores que guardaram a resposta antiga em cache vão mantê-la até a cópia em cache expirar (TTL restante desconhecido); em geral, conte com até 24–48 h para todos. Não há nada a corrigir se a resposta dos servidores de nomes já é a nova; reduza o TTL antes da próxima mudança.
own-dns-ttl-unknown = desconhecido
own-dns-caches-agree = { $count ->
    [one] O resolvedor consultado responde: { $answer }.
   *[other] Todos os { $count } resolvedores concordam: { $answer }.
}
own-dns-resolvers-disagree = Os resolvedores não concordam: { $answers }.
own-dns-resolvers-disagree-advice = Ou uma mudança ainda está se propagando (os caches guardam a resposta antiga até o fim do TTL; conte com até 24–48 h), ou o nome dá endereços diferentes conforme o lugar. Consulte diretamente os seus servidores de nomes para ver a resposta atual.

# $expected: os endereços dados com --expect-ip, em lista.
own-dns-expected-all = Todas as respostas são o endereço esperado ({ $expected }).
own-dns-not-expected = Diferente do esperado ({ $expected }): { $answers }.
own-dns-expected-ns-wrong = Os seus próprios servidores de nomes não respondem { $expected }: atualize o registro A/AAAA no seu provedor de DNS (ou confira se o --expect-ip está certo).
own-dns-expected-check = Confira o registro A/AAAA no seu provedor de DNS; se ele já diz { $expected }, os resolvedores acima ainda têm a resposta antiga em cache.

# Itens de own-dns-lame: $server é um servidor de nomes ("ns1.example.com 192.0.2.53").
own-dns-lame-refuses = { $server } recusa a consulta
own-dns-lame-no-aa = { $server } responde sem autoridade (sem a flag AA)
own-dns-lame = Delegação defeituosa (lame delegation): { $servers }.
own-dns-lame-advice = Todo registro NS precisa apontar para um servidor que sirva esta zona: corrija esse servidor ou remova-o dos registros NS (no registrador e na zona). Os resolvedores que o escolherem terão consultas lentas ou com falha.
own-dns-ns-silent = Servidores de nomes que não responderam: { $servers }.
own-dns-ns-silent-advice = Confira se todos os servidores de nomes estão no ar e acessíveis na porta 53 (UDP e TCP).
own-dns-resolvers-silent = Sem resposta de { $resolvers } (um problema do resolvedor, ou esta rede o bloqueia).

# O que um resolvedor respondeu (resultados e a coluna Respostas da tabela).
own-dns-answer-no-address = sem endereço
own-dns-answer-nxdomain = NXDOMAIN (nome inexistente)
own-dns-answer-no-records = sem endereço (sem registros A/AAAA)
# Como terminou a consulta de um resolvedor (a coluna Resultado da tabela e os resultados).
own-dns-outcome-answered-aa = respondeu (autoritativo)
own-dns-outcome-answered-not-aa = respondeu, não autoritativo
own-dns-outcome-answered = respondeu
own-dns-outcome-refused = recusou
own-dns-outcome-no-records = sem registros A/AAAA
own-dns-outcome-timeout = sem resposta (tempo limite)
own-dns-outcome-error = erro
own-dns-outcome-not-asked = não consultado
# Acrescentado à coluna Resultado: $result é um dos own-dns-outcome-* acima.
own-dns-result-lame = { $result } (delegação defeituosa)
own-dns-result-not-expected = { $result }, não é o IP esperado
own-dns-ms = { $ms } ms

# Durações (um TTL), arredondadas para cima.
own-dns-seconds = { $n } s
own-dns-minutes = { $n } min
own-dns-hours = { $n } h
own-dns-days = { $count ->
    [one] { $count } dia
   *[other] { $count } dias
}
# Os dois últimos itens de uma lista ("a, b e c"): $rest são os itens anteriores, separados por vírgulas.
own-list-and = { $rest } e { $last }

## src/diagnosis/owner/cdn/mod.rs

# Como terminou uma solicitação, como substantivo ("resposta 200"), igual aos resultados sem
# resposta ("conexão recusada"); aparece entre parênteses ou depois de dois-pontos.
own-cdn-answered = resposta { $status }
own-cdn-waiting = Aguardando a página e as respostas de DNS para ver qual CDN está na frente.
own-cdn-page-not-asked = a página não foi solicitada
own-cdn-not-checked = Não verificado: { $reason }.
own-cdn-run-again = Rode a verificação de novo quando o nome do site voltar a ser resolvido.
own-cdn-comparing = Comparando com a origem…
own-cdn-origin-not-asked = A origem não foi consultada diretamente ({ $reason }).
own-cdn-use-origin = Para separar a CDN do seu servidor, rode a verificação de novo no modo dono com --origin IP (o endereço do seu próprio servidor): ela envia a mesma solicitação direto à origem.
# Por que a borda foi reconhecida: $maker gerou a página de erro, $why é o sinal na página.
own-cdn-evidence-error-page = a página de erro foi gerada por { $maker } ({ $why })
# $why: como a CDN foi reconhecida ("o cabeçalho server diz cloudflare").
own-cdn-in-front = { $front_capital } está na frente do site.
own-cdn-in-front-why = { $front_capital } está na frente do site: { $why }.
own-cdn-in-front-lb = { $cdn_capital } está na frente do site, e { $lb } fica logo atrás.
own-cdn-in-front-lb-why = { $cdn_capital } está na frente do site, e { $lb } fica logo atrás: { $why }.
# $date: a data da lista embutida de faixas de endereços das CDNs.
own-cdn-none-seen = Nenhuma CDN ou balanceador de carga encontrado (cabeçalhos da resposta, nomes DNS e endereços comparados com as faixas publicadas em { $date }).
own-cdn-public-address = o endereço público
# O nome de um provedor dentro de uma frase: em inglês leva artigo ("the AWS load balancer");
# aqui fica sem artigo, para não criar contrações com o nome em inglês.
own-cdn-the-provider = { $name }
own-cdn-page-not-requested = A página em si não foi solicitada, então não há página de erro para avaliar.
# $outcome: como terminou a solicitação ("conexão recusada").
own-cdn-no-response-through = Nenhuma resposta voltou via { $front } ({ $outcome }).
own-cdn-no-response = Nenhuma resposta voltou ({ $outcome }).
own-cdn-page-made-by = Quem gerou a página de erro { $status } foi o próprio serviço { $maker }.
# $software: o servidor que gerou a página ("nginx").
own-cdn-page-from-behind = A página de erro { $status } veio de { $software }, que fica atrás de { $front }; { $front } só a repassou.
own-cdn-page-from = A página de erro { $status } veio de { $software }.
own-cdn-layer-unknown = O site respondeu { $status }; não se sabe qual camada gerou a página de erro.
own-cdn-answered-through = O site respondeu { $status } por esse caminho.
own-cdn-nothing-to-change = Por enquanto, não há nada a mudar na CDN ou no balanceador de carga.
own-cdn-look-up = Procure este erro na documentação e na página de status do serviço { $front } e informe o ID da solicitação que está no relatório.
own-cdn-front-working = { $front_capital } está funcionando; corrija o que roda na origem, o servidor web e a aplicação (veja o item “Logs do servidor”).
own-cdn-compare-origin = Compare diretamente com a origem para saber se o problema está no serviço { $front } ou no seu servidor.
own-cdn-nothing-at-cdn = Não há CDN para verificar; olhe o servidor web e a aplicação.
# $edge, $origin: como terminou cada solicitação (own-cdn-answered, ou "conexão recusada").
own-cdn-both-work = Via { $front }, o site funciona ({ $edge }), e direto na origem também ({ $origin }).
own-cdn-origin-fails-only = Via { $front }, o site funciona ({ $edge }), mas direto na origem, não ({ $origin }).
own-cdn-origin-fails-only-advice = { $front_capital } pode estar servindo páginas em cache enquanto a origem falha, ou o endereço de --origin não é o servidor que { $front } usa: confira qual endereço de origem está configurado para { $front } e os logs da origem.
own-cdn-edge-fails-only = Sem { $front } no caminho, a origem funciona ({ $origin }): a falha está na configuração da CDN/borda, não no seu servidor.
own-cdn-edge-fails-only-advice = Confira como { $front } se comunica com a sua origem: o modo SSL/TLS em relação ao certificado da origem, se o firewall da origem libera as faixas de IP que { $front } usa, e os tempos limite que { $front } aplica.
own-cdn-both-fail = Sem { $front } no caminho, a origem também falha ({ $origin }): o problema está na própria origem (servidor web, aplicação); { $front } não é a causa.
own-cdn-both-fail-advice = Corrija primeiro a origem: o servidor web e a aplicação dela (veja os itens “Logs do servidor” e “Reiniciar servidor”).

## src/diagnosis/owner/cdn/certificate.rs

# $days: dias que faltam para o certificado do site expirar (de 0 a 13).
own-cert-expires = O certificado do site { $days ->
    [0] expira hoje
    [one] expira em { $days } dia
   *[other] expira em { $days } dias
}.
# $until: a data e a hora em que o certificado termina.
own-cert-expires-until = O certificado do site { $days ->
    [0] expira hoje
    [one] expira em { $days } dia
   *[other] expira em { $days } dias
} (válido até { $until }).
own-cert-renew-at-cdn = A CDN { $cdn } apresenta este certificado: veja no painel dela por que ele não foi renovado (pode estar faltando um registro DNS ou de validação de que ela precisa).
own-cert-renew = Renove-o agora e recarregue o servidor web; se o timer do certbot deveria ter feito isso, `certbot renew --dry-run` mostra por que não fez.

## src/diagnosis/owner/edge_link.rs

# Onde a CDN guarda o registro da solicitação que falhou (depois de "Na CDN Cloudflare:"); os nomes de campos ficam.
own-link-log-cloudflare = o painel da Cloudflare (Analytics, ou OriginResponseStatus e EdgeResponseStatus no Logpush), com o Ray ID
own-link-log-cloudfront = os logs padrão do CloudFront (x-edge-detailed-result-type, como OriginConnectError, OriginDnsError, OriginReadTimeout), com o X-Amz-Cf-Id
own-link-log-akamai = a busca de erros do Akamai Control Center, com o Reference # da página
own-link-log-fastly = o streaming de logs em tempo real do Fastly (fastly_info.state), para o nó indicado em X-Served-By
own-link-log-other = o log de solicitações da CDN, com o ID da solicitação que aparece na página
# $origin: o endereço da origem; $result: a resposta dela ("200", "connect refused").
own-link-origin-answered = Direto na origem { $origin }, o resultado foi: { $result }.
# $edge: o nome da CDN. O comando fica como está.
own-link-ask-origin = Consulte a origem diretamente para distinguir as duas: `gateway-doctor check { $url } --mode owner --origin ORIGIN_IP` envia a mesma solicitação a ela, sem passar por { $edge }.
own-link-restart-finding = A própria CDN { $name } gerou esta página de erro: as solicitações que passam pela CDN { $name } testam a ligação dela com o seu servidor de origem (endereço, DNS, firewall, certificado), e não o que roda na própria origem; por isso, não dizem o que reiniciar.
# $origin: own-link-origin-answered, a frase anterior.
own-link-restart-origin-works = { $origin } A sua origem funciona: não reinicie nada nela. Corrija a ligação: o endereço de origem e o nome de host configurados na CDN { $name }, o firewall da origem (libere os endereços da CDN { $name }), o certificado e as configurações de TLS da origem.
own-link-restart-origin-fails = { $origin } A origem também falha quando acessada diretamente: comece por ela (o servidor web e, depois, a aplicação por trás dele).
own-link-logs-finding = A página foi gerada pela CDN { $name }, então os logs que importam são os da ligação dela com a sua origem: as solicitações da CDN { $name } chegaram à origem?
# $access, $error: os arquivos de log do servidor web; $log: um dos own-link-log-*.
own-link-logs-advice = Na origem: o log de acesso do servidor web ({ $access }: se não há nenhuma linha no horário do erro, as solicitações nunca chegaram — firewall, endereço de origem ou DNS na CDN { $name }), o log de erros dele ({ $error }), para erros de handshake TLS, e o log do firewall, para conexões descartadas. Na CDN { $name }: { $log }.

## src/diagnosis/owner/origin.rs

# $edge_result, $result: um código de status ("502") ou como terminou a solicitação ("connect refused").
own-origin-seen = Via borda: { $edge_result }. Direto na origem { $origin }: { $result }.
own-origin-edge-config = A origem funciona; a borda (CDN ou balanceador de carga) falha na frente dela: confira as configurações de origem da borda (endereço, porta, modo SSL), os tempos limite dela e se o firewall da origem libera os endereços da borda.
own-origin-stack = A origem também falha: o problema está no que roda na própria origem (servidor web, aplicação), e a borda só o repassa.
own-origin-both-work = As duas funcionam.
own-origin-cached = A borda responde (talvez a partir do cache), mas a própria origem falha: os visitantes podem ver erros assim que as cópias em cache expirarem.
own-origin-same-server = Observação: o nome do site já aponta para este endereço, então não há borda no meio, e as duas solicitações chegaram ao mesmo servidor.
# $error: o erro da biblioteca TLS, ou own-origin-no-details.
own-origin-tls-failed = O handshake TLS com a origem falhou ({ $error }): a origem não tem um certificado que funcione para este nome nessa porta (atrás da Cloudflare, isso é o erro 525).
own-origin-refused = Nada aceita conexões em { $origin }: o servidor web ali está parado ou escuta em outra porta, ou { $origin } não é o endereço da origem.
own-origin-no-connection = { $origin } não aceitou a conexão: um firewall a descarta, o servidor está fora do ar ou { $origin } não é o endereço da origem.
own-origin-no-details = sem detalhes
# Os modos SSL "Full" e "Full (strict)" da Cloudflare ficam com os nomes do painel da Cloudflare.
own-origin-cert-expired = O certificado da origem expirou: uma CDN que o verifica de forma estrita (Cloudflare “Full (strict)”) o recusa (erro 526 da Cloudflare).
own-origin-cert-expired-until = O certificado da origem expirou (válido até { $until }): uma CDN que o verifica de forma estrita (Cloudflare “Full (strict)”) o recusa (erro 526 da Cloudflare).
own-origin-cert-wrong-host = O certificado da origem não é para { $host }: uma CDN que o verifica de forma estrita o recusa (erro 526 da Cloudflare).
# $names: os nomes para os quais o certificado vale, separados por vírgulas.
own-origin-cert-wrong-host-names = O certificado da origem não é para { $host } (ele vale para { $names }): uma CDN que o verifica de forma estrita o recusa (erro 526 da Cloudflare).
own-origin-cert-self-signed = O certificado da origem é autoassinado: a Cloudflare o aceita no modo “Full”, mas o recusa no “Full (strict)” (erro 526), e os navegadores que acessam a origem diretamente também o recusam.
own-origin-cert-untrusted = O certificado da origem foi emitido por { $issuer }, em que os navegadores não confiam (um certificado da Cloudflare Origin CA é assim: serve apenas atrás da Cloudflare).
own-origin-unknown-authority = uma autoridade desconhecida
own-origin-cert-invalid = O certificado da origem não é válido: { $error }.
own-origin-cert-handshake = O handshake TLS com a origem falhou: { $error } (erro 525 da Cloudflare).
own-origin-cert-expires-soon = O certificado da origem { $days ->
    [0] expira hoje
    [one] expira em { $days } dia
   *[other] expira em { $days } dias
}: renove-o agora.
# Titulares (subject) e emissores dos dois certificados ("?" quando desconhecido).
own-origin-cert-differs = A origem apresenta um certificado diferente do da borda (origem: { $origin_subject }, emitido por { $origin_issuer }; borda: { $edge_subject }, emitido por { $edge_issuer }). Isso é normal atrás de uma CDN; o da origem precisa combinar com o modo SSL da CDN.

## src/diagnosis/owner/maintenance.rs

# $secs: o que dizia o cabeçalho Retry-After do site; $wait: o mesmo por extenso ("2 minutos").
own-maint-finding-retry = O site está em modo de manutenção: ele responde 503 com uma página de manutenção e Retry-After: { $secs } (volta daqui a cerca de { $wait }). Nada está fora do ar, então nada precisa ser reiniciado.
own-maint-finding-no-retry = O site está em modo de manutenção: ele responde 503 com uma página de manutenção, sem dizer por quanto tempo (sem Retry-After). Nada está fora do ar, então nada precisa ser reiniciado.
own-maint-advice = Quando o trabalho terminar, desligue o modo de manutenção; se ele já deveria ter acabado, descubra o que o ligou (uma atualização que parou no meio deixa para trás o arquivo .maintenance do WordPress).
