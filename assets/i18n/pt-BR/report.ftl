# O vocabulário comum do aplicativo e de todos os relatórios: estados, títulos dos passos, o caminho
# da solicitação e a moldura do relatório em texto que a linha de comando imprime.

## O estado de um passo da lista
state-ok = ok
state-failed = falhou
state-warning = alerta
state-note = nota
state-skipped = pulado
state-checking = verificando

## O estado do veredito
verdict-state-checking = Verificando
verdict-state-working = Funcionando
verdict-state-failing = Com falha
verdict-state-on-and-off = Intermitente
verdict-state-not-reachable = Inacessível

## Uma camada do caminho da solicitação
layer-working = funcionando
layer-failing = com falha
layer-not-present = ausente
layer-unknown = desconhecido
layer-checking = verificando

## Quanta certeza o veredito tem
confidence-high = com certeza
confidence-medium = quase certeza
confidence-low = sem certeza

## Os passos
step-refresh = Recarregar
step-clear-cache = Limpar cache
step-other-browser = Outro navegador
step-connection = Sua conexão
step-wait = Esperar
step-restart-server = Reiniciar servidor
step-server-logs = Logs do servidor
step-plugins = Plugins
step-dns = DNS
step-firewall-proxy = Firewall / proxy
step-php-limits = Limites do PHP
step-cdn = CDN

## O caminho da solicitação
node-this-computer = Este computador
node-dns = Internet / DNS
node-edge = CDN / borda
node-web-server = Servidor web
node-application = Aplicação

## Os dois modos
mode-visitor = visitante
mode-owner = dono

## O relatório em texto (a linha de comando)
text-title = Gateway Doctor { $version } - { $url } (modo { $mode }) - { $time }
text-verdict = Veredito: { $status } ({ $culprit }, causa: { $cause }, confiança: { $confidence })
text-http = HTTP { $status } { $reason } de { $who }
text-http-in = HTTP { $status } { $reason } de { $who } em { $ms } ms
text-request-ids = IDs das solicitações: { $ids }
text-protocol = Protocolo: { $protocol }
text-history = Histórico: { $line }
text-known-incidents = Incidentes conhecidos:
text-down-for-everyone = Fora do ar para todos? { $summary }
cli-checking = Verificando { $url } (modo { $mode }, tempo limite { $seconds } s)
cli-updated = { $line } (atualizado)

# Como uma tentativa terminou, em poucas palavras (tabelas, caminhos, rotas).
result-response = resposta
result-dns-failed = nome não encontrado
result-connect-refused = conexão recusada
result-connect-timeout = tempo de conexão esgotado
result-connect-failed = falha na conexão
result-tls-failed = falha no TLS
result-timeout = tempo esgotado
result-connection-closed = conexão fechada
result-protocol-error = erro de protocolo
result-http2-error = erro HTTP/2
result-proxy-failed = falha no proxy
result-redirect-loop = loop de redirecionamentos
result-too-many-redirects = redirecionamentos demais
result-connected = conectado
result-refused = recusada
result-unreachable = inalcançável
result-error = erro
result-not-tried = não testado
result-no-answer = sem resposta
result-closed = fechada
result-bad-response = resposta inválida
result-error-status = status de erro
result-missing-socket = socket ausente
result-not-a-socket = não é um socket
result-permission-denied = permissão negada
result-unresolvable = não resolvido
