# Os relatórios salvos ou copiados para um chamado de suporte (Markdown e HTML): títulos, rótulos, as
# linhas sobre a resposta do site e as páginas de status dele. Os ids entre crases (`the_site`,
# `upstream_failed`) ficam como estão.

## Título e veredito
export-title = Relatório do Gateway Doctor: { $host }
export-checked = Verificado em { $time } a partir deste computador (modo { $mode }), Gateway Doctor { $version }.
export-address = Endereço:
export-verdict = Veredito:
export-layer = Camada: { $layer }, causa: { $cause }. Confiança: { $confidence }.
export-for-owner = Para o dono do site: { $detail }
export-not-finished = Algumas verificações não tinham terminado; esta resposta ainda pode mudar.
export-path-label = Por onde a solicitação passa

## A lista de verificação
export-what-checked = O que foi verificado
export-col-step = Passo
export-col-result = Resultado
export-col-finding = Constatação
export-col-advice = Recomendação
export-commands-for = Comandos para { $step }:

## A resposta do site
export-what-answered = O que o site respondeu
export-answer = Resposta: { $answer }.
export-answer-line = HTTP { $status } de { $who }
export-protocol = Protocolo: { $protocol }.
export-request-ids = IDs das solicitações para o suporte do site: { $ids }.
export-no-request-ids = nenhum enviado pelo servidor
export-timings = Tempos: { $timings }.
export-timings-title = Tempos
export-error-page = Trecho da página de erro:
export-error-page-start = Trecho da página de erro (o início de { $bytes } bytes):
export-error = Erro: { $error }
export-http-details = Detalhes HTTP e cabeçalhos ({ $count } cabeçalhos)
export-via-proxy = via proxy
export-redirect = redirecionamento
export-identified-by = identificado por
export-probe-log = Log das sondagens ({ $count } sondagens)
export-col-probe = Sondagem
export-col-kind = Tipo
export-col-status = Status
export-col-time = Tempo
export-col-details = Detalhes
timing-dns = DNS
timing-connect = conexão
timing-tls = TLS
timing-first-byte = primeiro byte
timing-total = total

## As outras seções
export-history = Histórico deste site
export-server-side = O servidor web deste computador
export-incidents = Incidentes conhecidos
export-recording = Gravação do navegador
export-recording-file = Gravação do navegador: { $file }
export-world = Fora do ar para todos?
export-notes = Observações de quem fez a verificação
export-redaction = (Senhas, cookies e tokens removidos.)
export-generated = Gateway Doctor { $version }, relatório gerado em { $time }.

## Páginas de status, uma linha cada ($state é a palavra da própria página, ex.: major_outage)
status-page-unreadable = { $name }: página de status em { $page } (abra para ler)
status-page-error = { $name } ({ $page }): não foi possível ler: { $error }
status-page-no-answer = sem resposta
status-page-clear = { $name } ({ $page }): nenhum incidente informado
status-impact = impacto { $impact }
status-started = começou em { $time }
status-updated = atualizado em { $time }
status-maintenance = { $name }: manutenção em andamento, “{ $title }” { $url }
status-maintenance-until = { $name }: manutenção em andamento, “{ $title }” até { $until } { $url }
status-component = { $name }: { $component }, estado: { $state }
