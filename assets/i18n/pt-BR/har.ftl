# Uma gravação do navegador (HAR): a janela do aplicativo e a entrada na tela inicial, o que a gravação
# mostra como um todo e o relatório dela. $result é o que uma solicitação recebeu ("502 do nginx",
# "net::ERR_NAME_NOT_RESOLVED"); $summary é a primeira linha do veredito, já neste idioma.

## A tela inicial e a janela
har-start-title = O que o seu navegador viu
har-start-intro = Equipes de suporte costumam pedir um arquivo HAR (a gravação da página feita pelo seu navegador). Abra-o aqui ou arraste-o para esta janela: cada solicitação que falhou é explicada, e você pode salvar uma cópia sem os seus cookies e tokens para enviar.
har-open = 📂 Abrir uma gravação do navegador (HAR)…
har-reading = Lendo a gravação…
har-window-title = Gravação do navegador: { $file }
har-checked-again = Nova verificação: { $outcome }
har-confirm = { $count ->
    [one] Verificar { $count } endereço de novo agora? Só o endereço é consultado (GET), como faria um visitante: nenhum cookie, token ou dado de formulário da gravação é enviado.
   *[other] Verificar { $count } endereços de novo agora? Só os endereços são consultados (GET), como faria um visitante: nenhum cookie, token ou dado de formulário da gravação é enviado.
}
har-check-now = Verificar agora
har-cancel = Cancelar
har-check-these = 🔄 Verificar de novo agora ({ $count })
har-checking = Verificando…
har-save-sanitized = 🛡 Salvar HAR limpo…
har-save-report = 💾 Salvar o relatório da gravação…
har-could-not-read = Não foi possível ler { $path }: { $error }
har-never-overwrite = Escolha outro nome de arquivo: a gravação original nunca é substituída.
har-could-not-sanitize = Não foi possível limpar a gravação: { $error }
har-sanitized-saved = Gravação limpa salva em { $path } (itens removidos: { $removed }).
har-could-not-save = Não foi possível salvar em { $path }: { $error }

## O que a gravação mostra
har-place-page = a página
har-place-own = chamada do próprio site
har-place-third = terceiros
har-no-answer = sem resposta
har-verdict-empty = A gravação não tem nenhuma solicitação: grave de novo com o painel Rede aberto e depois recarregue a página.
har-verdict-none-failed = Nenhuma solicitação da gravação falhou (total de solicitações: { $total }).
har-verdict-page = A própria página falhou ({ $result } em { $host }): { $summary }
har-verdict-calls = A página carregou, mas houve falhas nas chamadas que ela faz para { $hosts } (chamadas com falha: { $count }; { $result }): { $summary }
har-verdict-third = A página e as solicitações do próprio site funcionaram; só falharam solicitações para outros sites ({ $hosts }: { $result }). Elas são de terceiros (scripts, fontes, rastreadores); a página pode parecer incompleta, mas o próprio site responde.
har-when-together = As falhas ({ $count } no total) aconteceram juntas, no espaço de { $within } a partir das { $time }: um único momento, como uma queda, uma reinicialização ou a publicação de uma nova versão.
har-when-spread = As falhas ({ $count } no total) se espalham por { $seconds } s a partir das { $time }.
har-when-spread-minutes = As falhas ({ $count } no total) se espalham por { $minutes } min a partir das { $time }: o problema continua, não foi um momento só.
har-within-a-second = um segundo
har-within-seconds = { $n } s
har-works-now = funciona agora ({ $status })
har-still-fails = ainda falha ({ $status }): { $summary }

## O relatório da gravação
har-counts = Solicitações gravadas: { $requests } ({ $browser }); com falha: { $failed }.
har-unknown-browser = navegador desconhecido
har-text-title = Gravação do navegador { $file } ({ $browser }, solicitações: { $requests })
har-text-verdict = Veredito: { $verdict }
har-sanitized-written = Cópia limpa gravada em { $path } (itens removidos: { $removed }).
har-sanitized-copy = Cópia limpa: { $path } (itens removidos: { $removed }).
har-checked-again-title = Verificado de novo agora
har-failed-requests = Solicitações com falha
har-request-ids = IDs das solicitações (envie ao suporte):
har-col-request = solicitação
har-col-result = resultado
har-col-where = onde
har-col-verdict = veredito
har-text-line = { $result } ({ $place }) -> { $culprit } (causa: { $cause }, confiança: { $confidence })
har-text-request-id = ID da solicitação { $name }: { $id }

## O que a cópia limpa perdeu
removed-cookies = { $n ->
    [one] { $n } cookie
   *[other] { $n } cookies
}
removed-set-cookies = { $n ->
    [one] { $n } cabeçalho Set-Cookie
   *[other] { $n } cabeçalhos Set-Cookie
}
removed-auth-headers = { $n ->
    [one] { $n } cabeçalho Authorization
   *[other] { $n } cabeçalhos Authorization
}
removed-token-headers = { $n ->
    [one] { $n } cabeçalho com chave de API ou token
   *[other] { $n } cabeçalhos com chave de API ou token
}
removed-query-params = { $n ->
    [one] { $n } parâmetro do endereço que parece um token
   *[other] { $n } parâmetros do endereço que parecem tokens
}
removed-form-fields = { $n ->
    [one] { $n } campo de formulário que parece um token
   *[other] { $n } campos de formulário que parecem tokens
}
removed-tokens-in-bodies = { $n ->
    [one] { $n } token bearer ou JWT no conteúdo
   *[other] { $n } tokens bearer ou JWTs no conteúdo
}
removed-bodies = { $n ->
    [one] { $n } conteúdo de resposta desnecessário
   *[other] { $n } conteúdos de resposta desnecessários
}
removed-nothing = nenhum, nada secreto foi encontrado
