# O painel Detalhes: os detalhes técnicos a um clique da resposta (tempos, quem respondeu,
# a resposta e os cabeçalhos dela, IDs das solicitações, a página de erro, o log das sondagens) e as
# verificações do servidor do dono do site mostradas ali. Nomes de cabeçalhos, linhas de status e comandos ficam como estão.

details-title = Detalhes
details-for-owner = Para o dono do site
details-server = O servidor web deste computador
details-server-reading = Lendo a configuração do servidor web deste computador e testando uma vez cada aplicação por trás dele…
details-routes = Caminhos até o site
details-timings = Tempos
details-still-running = A solicitação ainda está em andamento.
details-no-request = Nenhuma solicitação foi feita (veja o motivo no log abaixo).
details-protocol = Protocolo: { $protocol }
details-who = Quem respondeu
details-layers = Camadas vistas, da mais externa para a mais interna: { $layers }
details-response = Resposta
details-no-response = Sem resposta ({ $why })
details-via-proxy = Pelo proxy { $proxy }
details-redirect = ↪ { $status } de { $from } para { $to }
details-headers = Cabeçalhos ({ $count })
details-request-ids = IDs das solicitações
details-no-request-ids = O servidor não enviou nenhum.
details-copy-id = Copiar { $name }
details-error-page = Página de erro
details-copy-page = Copiar página
details-probe-log = Log das sondagens
details-copy-log = Copiar log
details-edge-origin = Borda x origem
details-through-edge = Pelo endereço do site (borda)
details-straight-to-origin = Direto para a origem { $origin }
details-dns-answers = Respostas DNS para { $name }
details-phase-dns = Consulta DNS
details-phase-connect = Conexão
details-phase-tls = Handshake TLS
details-phase-wait = Esperando a resposta
details-phase-total = Total
details-no-timings = Nenhum tempo foi registrado.
details-server-all-fine = Todas as aplicações por trás deste site responderam; não há nada de errado na configuração dele.
details-machine-checking = Verificando a configuração de todos os sites deste computador…
details-machine-button = 🖥 Verificar todos os sites deste computador
details-machine-hover = Lê a configuração dos servidores web daqui e testa uma vez cada aplicação por trás deles; não altera nada
details-upstreams = Aplicações por trás (uma tentativa cada)
details-at-line = { $config }, linha { $line }
details-copy-place = Copiar local
details-fix = Como corrigir: { $fix }
details-copy-command = Copiar comando
details-copy-command-n = Copiar comando { $n }
details-copy-hover = Copiar para a área de transferência
