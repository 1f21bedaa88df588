# As constatações e os conselhos dos passos de visitante (recarregar, limpar cache, outro navegador,
# sua conexão, esperar) e as pequenas frases com que eles são montados. $result é o que uma
# solicitação recebeu, já em palavras ("502 do nginx", "conexão recusada").

## Comum
step-pending = Verificando…
step-not-checked = Não verificado nesta execução.
refresh-not-tried = Não testado: não foi possível acessar o site, então recarregar não muda nada.
clear-cache-not-tried = Não testado: não foi possível acessar o site, então limpar o cache não muda nada.
other-browser-not-tried = Não testado: não foi possível acessar o site, então outro navegador não muda nada.
advice-nothing-to-do = Nada a fazer aqui.
advice-nothing-to-fix = Nada a corrigir do seu lado.
by-chance-pending = Aguardando as tentativas de recarregar, para separar uma diferença real do acaso…
by-chance-differed = Os resultados foram diferentes ({ $result }), mas só recarregar também falha assim, ao acaso; então a diferença não prova nada.
clear-cache-by-chance-advice = O site está instável agora; limpar o cache dificilmente vai resolver.
other-browser-by-chance-advice = O site está instável agora; outro navegador dificilmente vai resolver.

## O que uma solicitação recebeu
result-from = { $status } do { $software }
outcome-answer = uma resposta
outcome-dns-failed = nome não encontrado
outcome-refused = conexão recusada
outcome-connect-timeout = sem resposta à conexão
outcome-connect-failed = não foi possível conectar
outcome-tls-failed = falha na conexão segura
outcome-timeout = sem resposta a tempo
outcome-closed = conexão encerrada sem resposta
outcome-protocol-error = uma resposta que não é da web
outcome-http2-reset = fluxo HTTP/2 interrompido
outcome-proxy-failed = falha do proxy
outcome-redirect-loop = um loop de redirecionamento
outcome-too-many-redirects = redirecionamentos demais

## Tempos
wait-moment = um instante
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
duration-unknown = um tempo desconhecido
duration-ms = { $n } ms
duration-s = { $n } s
duration-min = { $n } min

## Recarregar
refresh-no-tries = Nenhuma tentativa extra foi feita.
refresh-http2-only = { $n ->
    [one] Tentamos uma vez por HTTP/2, como os navegadores fazem: falhou ({ $result }). Uma vez por HTTP/1.1, funcionou ({ $http1 }).
   *[other] Tentamos { $n } vezes por HTTP/2, como os navegadores fazem: falhou todas as vezes ({ $result }). Uma vez por HTTP/1.1, funcionou ({ $http1 }).
}
refresh-http2-only-advice = Recarregar não vai ajudar, nem outro navegador (todos usam HTTP/2): o site precisa corrigir a parte HTTP/2 dele. Espere ou avise o dono do site.
refresh-failed = { $n ->
    [one] Tentamos uma vez, e falhou ({ $result }).
   *[other] Tentamos { $n } vezes, e falhou todas as vezes ({ $result }).
}
refresh-advice-did-not-help = Recarregar não ajudou.
refresh-advice-this-computer = Recarregar não vai ajudar até que o problema neste computador seja resolvido.
refresh-advice-site-side = Recarregar não vai ajudar; o problema está do lado do site.
refresh-some = Funcionou em { $ok } de { $n } tentativas; nas outras, o resultado foi { $result }.
refresh-some-advice = Recarregue algumas vezes; às vezes funciona.
refresh-all-worked = { $n ->
    [one] Tentamos uma vez, e funcionou.
   *[other] Tentamos { $n } vezes, e funcionou todas as vezes.
}
refresh-works-now = Recarregue a página: agora ela funciona.

## Limpar cache
clear-cache-fails-with = Com os cookies e os dados em cache deste site, falha ({ $result }); sem eles, funciona.
clear-cache-fails-with-advice = Limpe os cookies e o cache deste site (ou abra uma janela anônima).
clear-cache-fails-without = Sem cookies, falha ({ $result }); com eles, funciona.
clear-cache-fails-without-advice = Limpar o cache não vai ajudar; mantenha os cookies deste site.
clear-cache-works-both = Funciona com e sem cookies e cache.
clear-cache-healthy-advice = Se o seu navegador ainda mostra o erro, limpe o cache dele para este site.
clear-cache-wont-help = Limpar o cache não vai ajudar.
clear-cache-same-failure = A mesma falha com e sem cookies e cache ({ $result }).

## Outro navegador
other-browser-basis-installed = As solicitações foram enviadas do jeito que os navegadores instalados aqui as enviam.
other-browser-basis-standard = Nenhum outro navegador foi encontrado aqui, então foram enviadas solicitações como as do Firefox e do Safari.
other-browser-basis-chosen = Foram imitados os navegadores pedidos.
other-browser-none = Nenhum outro navegador foi imitado.
other-browser-a-browser = um navegador
other-browser-split = A página abriu com { $worked }, mas não com { $failed } ({ $result }): o site filtra alguns navegadores (filtragem por navegador).
other-browser-use = Por enquanto, use { $browser }.
other-browser-all-worked = A página abriu em todos: { $browsers }.
other-browser-may-work = Outro navegador pode funcionar para você agora.
other-browser-bot-advice = Abra o site no seu próprio navegador e passe pela verificação lá (ela precisa de JavaScript e cookies ativados).
other-browser-wont-help = Outro navegador não vai ajudar.
other-browser-same-failure = Todos tiveram a mesma falha ({ $result }): { $browsers }.

## Sua conexão
connection-captive = Esta rede respondeu 511: ela pede que você faça login (uma página de login do Wi-Fi) antes de liberar o acesso.
connection-captive-advice = Abra qualquer página da web no seu navegador, faça login na rede e tente de novo.
connection-proxy-turn-off = Desligue o proxy nas configurações do sistema ou do navegador, ou peça a quem o configurou para corrigi-lo.
connection-proxy-fails = O proxy configurado neste computador ({ $proxy }) está falhando ({ $via }); sem ele, o site responde ({ $direct }).
connection-proxy-blocks = O proxy configurado neste computador bloqueia este site ({ $code }).
connection-proxy-blocks-advice = Peça a quem administra o proxy (muitas vezes o departamento de TI) para liberar o site, ou tente outra rede.
connection-proxy-passes-on = Pelo proxy configurado neste computador, o site falha ({ $via }), e sem ele também ({ $direct }): o proxy só repassa a falha do site.
connection-proxy-unusable = Não foi possível usar o proxy configurado neste computador.
connection-works = Sua conexão com a internet está funcionando.
connection-answered-references-down = O site respondeu, então sua conexão com ele funciona (os sites de referência não responderam).
connection-down = Não foi possível acessar nenhum site conhecido ({ $list }).
connection-down-advice = Verifique o Wi-Fi ou o cabo e reinicie o roteador; depois tente de novo.
connection-answered = O site respondeu, então sua conexão com ele funciona.
connection-no-references = Nenhum site de referência foi verificado.

## Esperar
wait-status-incident = A página de status do site diz: “{ $title }” ({ $page }).
wait-status-clear = A página de status do site não informa nenhum incidente ({ $page }).
wait-status-maintenance = A página de status do site informa uma manutenção: “{ $title }” ({ $page }).
wait-status-exists = O site tem uma página de status: { $page }.
wait-only-from-here = O site funciona a partir de outros lugares: esperar só ajuda se a sua rede ou o seu provedor de internet resolver o problema.
wait-only-from-here-advice = Tente outra rede agora (os dados móveis do seu celular) ou tente de novo mais tarde.
wait-the-provider = o provedor
wait-provider-incident = Segundo { $name }, é um incidente conhecido; normalmente ele termina sem que você (nem o site) precise fazer nada.
wait-provider-maintenance = Segundo { $name }, é uma manutenção; normalmente ela termina sem que você (nem o site) precise fazer nada.
wait-provider-advice = Espere e tente de novo mais tarde; acompanhe em { $page }.
wait-provider-advice-no-page = Espere e tente de novo mais tarde.
wait-dns-only-here = O servidor DNS que você usa pode se atualizar sozinho (uma mudança recente pode levar até 48 horas para chegar a todos os servidores DNS).
wait-dns-only-here-advice = Mude este computador para outro servidor DNS (1.1.1.1 ou 8.8.8.8) agora, ou tente de novo mais tarde.
wait-this-computer = Esperar não vai ajudar: o problema está neste computador.
wait-this-computer-advice = Resolva o problema de conexão acima e tente de novo.
wait-healthy = Não precisa esperar: o site está funcionando agora.
wait-retry-after = O site pede que os visitantes voltem daqui a { $wait }.
wait-retry-after-maintenance = O site está fora do ar para manutenção e pede que os visitantes voltem daqui a { $wait }.
wait-retry-after-advice = Espere { $wait } e tente de novo.
wait-bot = Esperar não muda a verificação contra robôs.
wait-bot-advice = Abra o site no seu próprio navegador e passe pela verificação lá.
wait-maintenance = O site está fora do ar para manutenção e não disse por quanto tempo.
wait-try-again-in = Tente de novo daqui a { $wait }.
wait-dns = Problemas com o nome do site podem levar um tempo para se resolver (depois de uma mudança, até 48 horas).
wait-needs-fix = Esperar dificilmente vai ajudar: o dono do site precisa corrigir o problema.
wait-needs-fix-advice = Avise o dono do site; salve um relatório para enviar a ele.
wait-intermittent = O site falha algumas vezes.
wait-intermittent-advice = Espere um minuto e tente de novo; às vezes funciona.
wait-unknown = Não conseguimos saber se esperar ajuda.
wait-unknown-advice = Tente de novo daqui a um minuto.
wait-default = Erros como este costumam passar em poucos minutos.
wait-default-advice = Espere um minuto e tente de novo. Se continuar falhando, avise o dono do site (salve um relatório para enviar a ele).

## O passo de reiniciar do dono, quando a própria aplicação respondeu com o erro
owner-app-answered = A própria aplicação respondeu com o erro: ela está rodando, então reiniciá-la ou reiniciar o servidor web raramente ajuda.
owner-app-answered-advice = Leia o log da aplicação para a solicitação que falhou e verifique aquilo de que ela depende (o banco de dados, as APIs e os serviços que ela chama); reinicie só uma dependência que estiver fora do ar.
