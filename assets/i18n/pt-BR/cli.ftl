# As palavras da própria linha de comando (gateway-doctor check, logs, watch, history, server, har): erros
# de uso e de entrada, notas no stderr, o que cada subcomando imprime em volta do relatório, as linhas ao vivo
# de `check`. Opções (--timeout), comandos, caminhos de arquivo, nomes das sondas (dns, tcp, http …), ids
# de veredito (failing, healthy) e o JSON ficam como estão. O programa imprime "gateway-doctor: " antes de
# cada erro e de cada nota no stderr.

## src/cli/mod.rs

cli-value-not-utf8 = o valor não é UTF-8 válido
# Nomeia um valor que não tem opção própria, em “um valor: por quê”.
cli-flag-a-value = um valor
# $error diz o que há de errado com o endereço.
cli-expected-host-port = esperado HOST:PORT ({ $error })
cli-output-no-folder = --output: a pasta { $folder } não existe
cli-output-is-folder = --output: { $path } é uma pasta; era esperado um nome de arquivo
cli-timeout-range = --timeout: esperado um número de segundos entre 0 e 600, recebido { $value }
cli-retries-range = --retries: esperado no máximo 20, recebido { $value }
cli-owner-only-flags = --origin, --expect-ip, --public-resolver, --authoritative, --no-burst, --no-server-checks e --logs são verificações do dono do site: adicione --mode owner
cli-no-runtime = não foi possível iniciar o runtime assíncrono
cli-no-runtime-why = não foi possível iniciar o runtime assíncrono: { $error }
cli-looking-for-site-status = Procurando a página de status do próprio site em { $url } ...
cli-no-status-page = Nenhuma página de status encontrada: nenhum provedor conhecido respondeu e o site não publica uma.
# Uma linha sobre o histórico salvo do site ($line é uma das frases do histórico).
cli-history-line = Histórico: { $line }
cli-cannot-write-report = não foi possível gravar o relatório em { $path }
cli-report-written = Relatório gravado em { $path }
cli-proxy-unsupported = nota: o proxy { $proxy } não é um proxy HTTP simples e não é compatível; verificando sem ele
cli-no-app = Esta versão não tem o aplicativo de desktop; use `gateway-doctor check <address>`.

## src/cli/probe_lines.rs
# As linhas ao vivo de `check`: cada uma começa com o nome da sonda (dns, tcp, http …), que fica como está.

# $status e $reason: a linha de status HTTP (502 Bad Gateway); $protocol: HTTP/2, HTTP/1.1 …
cli-probe-http-over = { $status } { $reason } ({ $ms } ms) via { $protocol }
# $clean e $cached são ids de resultado (ok, 502, timeout …).
cli-probe-cache = sem cache: { $clean }, com cache/cookies: { $cached }
# $ok e $total são números.
cli-probe-network = endereços de referência acessíveis: { $ok } de { $total }
# $reason diz por que a sonda não rodou.
cli-probe-skipped = pulado: { $reason }

## src/cli/logs.rs
# $count, $lines, $skipped, $total, $failed e $minutes são números (para as formas de plural).

# A barra de progresso durante a leitura dos logs. $msg, $bar, $bytes, $total, $rate e $eta são preenchidos
# pela própria barra de progresso: mantenha cada um deles uma vez.
cli-logs-progress = { $msg } [{ $bar }] { $bytes }/{ $total } a { $rate }, faltam { $eta }
cli-logs-reading =
    { $count ->
        [one] Lendo { $count } arquivo de log
       *[other] Lendo { $count } arquivos de log
    }
cli-logs-severity-error = ERRO
cli-logs-severity-warning = ALERTA
cli-logs-severity-info = INFO
# Quando um resultado foi visto: $first e $last são horários como o log os escreveu.
cli-logs-seen-at = em { $first }
cli-logs-seen-span = de { $first } a { $last }
cli-logs-seen-unknown = horário desconhecido
cli-logs-not-read = { $path }: NÃO LIDO: { $error }
# $format diz o tipo de log (log de erros do nginx …).
cli-logs-file =
    { $lines ->
        [one] { $path }: { $format }, { $lines } linha
       *[other] { $path }: { $format }, { $lines } linhas
    }
cli-logs-file-skipped =
    { $path }: { $format }, { $lines ->
        [one] { $lines } linha
       *[other] { $lines } linhas
    } ({ $skipped ->
        [one] { $skipped } linha binária, ilegível ou longa demais pulada
       *[other] { $skipped } linhas binárias, ilegíveis ou longas demais puladas
    })
cli-logs-cancelled = Cancelado: os resultados abaixo cobrem só o que foi lido.
cli-logs-no-finding = Nenhuma causa conhecida de 502/504 encontrada nestes logs.
# $severity é uma das palavras de gravidade acima; $cause é um id (upstream_timeout); $seen uma das
# expressões de “quando” acima.
cli-logs-finding =
    { $count ->
        [one] {"["}{ $severity }] { $title } ({ $cause }) — { $count } vez, { $seen }
       *[other] {"["}{ $severity }] { $title } ({ $cause }) — { $count } vezes, { $seen }
    }
# $subjects: os backends, pools ou arquivos envolvidos.
cli-logs-involved = Envolvidos: { $subjects }
cli-logs-fix = Correção: { $fix }
cli-logs-access =
    { $total ->
        [one] Logs de acesso: { $total } solicitação, { $failed } com resposta 5xx
       *[other] Logs de acesso: { $total } solicitações, { $failed } com resposta 5xx
    }
cli-logs-top-pages = Páginas que mais falharam:
cli-logs-5xx-span =
    { $minutes ->
        [one] 5xx de { $first } a { $last } em { $minutes } minuto
       *[other] 5xx de { $first } a { $last } em { $minutes } minutos
    }
cli-logs-5xx-span-peak =
    { $minutes ->
        [one] 5xx de { $first } a { $last } em { $minutes } minuto; pior minuto: { $peak } ({ $peak_count })
       *[other] 5xx de { $first } a { $last } em { $minutes } minutos; pior minuto: { $peak } ({ $peak_count })
    }
# O relatório em Markdown (** ** é negrito, ` ` é código).
cli-logs-md-title = Análise de logs
cli-logs-md-not-read = `{ $path }`: **não lido**: { $error }
cli-logs-md-file =
    `{ $path }`: { $format }, { $lines ->
        [one] { $lines } linha
       *[other] { $lines } linhas
    }, { $skipped ->
        [one] { $skipped } pulada
       *[other] { $skipped } puladas
    }
cli-logs-md-cancelled = Cancelado: resultados parciais.
cli-logs-md-findings = Resultados
cli-logs-md-no-finding = Nenhuma causa conhecida de 502/504 encontrada.
cli-logs-md-count =
    { $count ->
        [one] { $count } vez, { $seen }. { $explanation }
       *[other] { $count } vezes, { $seen }. { $explanation }
    }
cli-logs-md-involved = Envolvidos: `{ $subjects }`
cli-logs-md-fix = **Correção:** { $fix }
cli-logs-md-access-title = Logs de acesso
cli-logs-md-access =
    { $total ->
        [one] { $total } solicitação, { $failed } com resposta 5xx.
       *[other] { $total } solicitações, { $failed } com resposta 5xx.
    }
cli-logs-md-col-status = Status
cli-logs-md-col-count = Quantidade
cli-logs-md-col-page = Página
cli-logs-md-5xx-span = 5xx de { $first } a { $last }.

## src/cli/watch.rs

cli-watch-interval-range = --interval: esperado um número de segundos entre 1 e 3600, recebido { $value }
cli-watch-max-checks = --max-checks: esperado pelo menos 1
cli-watch-start = Verificando { $url } a cada { $seconds } s
cli-watch-start-until = Verificando { $url } a cada { $seconds } s, até funcionar
# O título e o texto da notificação na área de trabalho quando o site volta a funcionar; $how é "HTTP 200" ou
# cli-watch-it-answered.
cli-watch-back-title = { $host } voltou
cli-watch-back-body = { $url } voltou a funcionar ({ $how }).
cli-watch-it-answered = ele respondeu
cli-watch-back-up = No ar de novo: { $body }
cli-watch-notified = Notificação enviada à área de trabalho.
cli-watch-not-notified = A notificação na área de trabalho não foi exibida: { $why }.
cli-watch-stopped =
    { $checks ->
        [one] Parado depois de { $checks } verificação (com falha: { $failed }).
       *[other] Parado depois de { $checks } verificações (com falha: { $failed }).
    }
cli-watch-notifier-failed = o notificador falhou: { $error }
cli-watch-desktop-silent = a área de trabalho não respondeu em { $seconds } s
# Na linha de uma verificação quando nenhuma resposta HTTP chegou.
cli-watch-no-answer = sem resposta
cli-watch-next = (nova verificação daqui a { $seconds } s)

## src/cli/history.rs

cli-history-not-stored = nota: esta verificação não foi salva no histórico: { $error }
cli-history-limit = --limit: esperado pelo menos 1
cli-history-cannot-open = não foi possível abrir o histórico de verificações
cli-history-cannot-write-csv = não foi possível gravar o CSV em { $path }
# $count é um número.
cli-history-csv-written =
    { $count ->
        [one] { $count } verificação gravada em { $path }
       *[other] { $count } verificações gravadas em { $path }
    }
cli-history-empty = Nenhuma verificação salva ainda em { $path }.
cli-history-site-empty = Nenhuma verificação de { $site } salva em { $path }.

## src/cli/server.rs

cli-server-kernel-log = --kernel-log { $path }: { $error } (esperado um log do kernel legível, p. ex. /var/log/kern.log)
cli-server-timeout-range = esperado um número de segundos entre 0 e 600

## src/cli/status.rs
# "site" é um valor a digitar (--status-url site=URL): fica como está.

cli-status-url-form = esperado PROVIDER=URL (p. ex. cloudflare=https://...), recebido { $value }
cli-status-unknown-provider = provedor desconhecido { $provider }: esperado um destes: { $known }, ou site (a página de status do próprio site)
cli-status-not-url = { $url } não é uma URL: { $error }
cli-status-not-http = { $url }: esperado um endereço http:// ou https://
# $names: os nomes dos provedores com suas páginas de status, unidos por cli-status-and.
cli-status-asking = Consultando a página de status de { $names } (só o site de status do provedor é contatado) ...
# Une dois nomes numa lista (“Cloudflare e Fastly”).
cli-status-and = e

## src/cli/world.rs

# $count é um número (cerca de 10).
cli-world-asking =
    { $count ->
        [one] Pedindo ao Globalping ({ $url }), um serviço de terceiros, que carregue este site a partir de cerca de { $count } lugar do mundo (ele recebe o nome do host e o caminho) ...
       *[other] Pedindo ao Globalping ({ $url }), um serviço de terceiros, que carregue este site a partir de cerca de { $count } lugares do mundo (ele recebe o nome do host e o caminho) ...
    }

## src/cli/har.rs

cli-har-cannot-read = não foi possível ler { $path }: { $error }
cli-har-sanitize-self = --sanitize: { $path } é a própria gravação; indique outro nome de arquivo (o original nunca é sobrescrito)
cli-har-cannot-write-sanitized = não foi possível salvar a gravação limpa em { $path }
