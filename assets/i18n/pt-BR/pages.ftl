# As seções do dono nos relatórios (borda x origem, respostas DNS, caminhos até o site, caminhos
# estáticos x dinâmicos, o teste de carga leve, os logs do servidor) e os resumos de uma linha que a
# linha de comando imprime quando cada sondagem do dono termina; o relatório do modo servidor
# (`gateway-doctor server`) em texto, Markdown e HTML; o painel de logs do servidor do aplicativo;
# os avisos do aplicativo quando um site acompanhado volta ao ar ou quando o histórico foi exportado.
# Endereços, portas, códigos de status, tipos de registro (NXDOMAIN, CNAME, IPv4), ids de resultado
# ("timeout", "connect refused"), nomes de unidades, caminhos e comandos nunca são traduzidos. Os
# números chamados $count, $lines, $total, $errors, $files, $checks e $skipped são números (para as
# formas de plural); os outros números já vêm escritos ("3.0", "24").

## src/report/owner.rs

pg-ms = { $ms } ms
pg-ok = ok
pg-owner-logs-title = Logs do servidor
pg-owner-logs-col-finding = Constatação
pg-owner-logs-col-times = Vezes
pg-owner-logs-col-last-seen = Última vez
pg-owner-logs-col-involved = Envolvidos
pg-owner-logs-not-read = Não lido: { $error }
# $format: o tipo de log ("log de erros do nginx"). Em inglês fica "lines" mesmo para uma linha; aqui, singular e plural.
pg-owner-logs-file = { $path }: { $format }, { $lines ->
        [one] { $lines } linha
       *[other] { $lines } linhas
    }
pg-owner-logs-none = Nenhuma causa conhecida de 502/504 nestes logs.
# $statuses: "7 × 502, 1 × 504"; $urls: as páginas que mais falham, "/login (7), /cart (2)".
# Em inglês fica "requests" e "server errors" mesmo para um; aqui, singular e plural.
pg-owner-logs-access = Logs de acesso: { $total ->
        [one] { $total } solicitação
       *[other] { $total } solicitações
    }, { $errors ->
        [one] { $errors } erro de servidor
       *[other] { $errors } erros de servidor
    }.
pg-owner-logs-access-statuses = Logs de acesso: { $total ->
        [one] { $total } solicitação
       *[other] { $total } solicitações
    }, { $errors ->
        [one] { $errors } erro de servidor
       *[other] { $errors } erros de servidor
    } ({ $statuses }).
pg-owner-logs-access-top = Logs de acesso: { $total ->
        [one] { $total } solicitação
       *[other] { $total } solicitações
    }, { $errors ->
        [one] { $errors } erro de servidor
       *[other] { $errors } erros de servidor
    }; mais falhas em: { $urls }.
pg-owner-logs-access-statuses-top = Logs de acesso: { $total ->
        [one] { $total } solicitação
       *[other] { $total } solicitações
    }, { $errors ->
        [one] { $errors } erro de servidor
       *[other] { $errors } erros de servidor
    } ({ $statuses }); mais falhas em: { $urls }.
pg-owner-logs-cancelled = A leitura foi cancelada: só uma parte dos logs foi lida.
pg-owner-origin-title = Borda x origem
pg-owner-origin-col-asked = Consultado
pg-owner-origin-col-answer = Resposta
pg-owner-origin-edge = Pelo endereço do site (borda)
# $origin: o endereço e a porta da origem, "203.0.113.10:443".
pg-owner-origin-direct = Direto para a origem { $origin }
# $name: o nome de host do site.
pg-owner-dns-title = Respostas DNS para { $name }
# $addresses: os endereços dados com --expect-ip (uma opção: não é traduzida).
pg-owner-dns-expected = Esperado (--expect-ip): { $addresses }.
pg-owner-dns-no-name-servers = Os servidores de nomes do domínio não foram encontrados: { $error }.
pg-owner-routes-title = Caminhos até o site
pg-owner-routes-col-way = Via
pg-owner-routes-col-result = Resultado
pg-owner-routes-proxy = O proxy do sistema para o site: { $proxy }.
pg-owner-paths-title = Caminhos estáticos x dinâmicos
pg-owner-paths-col-path = Caminho
pg-owner-paths-col-kind = Tipo
pg-owner-paths-col-result = Resultado
pg-owner-paths-col-time = Tempo
# $summary: os resultados de cada tipo, "estático 1/1 ok, dinâmico 0/1 (502)".
pg-owner-paths-summary = Estático x dinâmico: { $summary }.
# $plugins: os slugs dos plugins, unidos com ", ".
pg-owner-paths-plugins = Plugins do WordPress vistos na página: { $plugins }.
pg-owner-burst-title = Teste de carga leve
pg-owner-burst-col-at-once = Ao mesmo tempo
pg-owner-burst-col-requests = Solicitações
pg-owner-burst-col-failed = Com falha
pg-owner-burst-col-answers = Respostas
pg-owner-burst-col-median = Mediana
pg-owner-burst-col-slowest = Mais lenta
# $what: como o teste foi feito ("uma pequena leva de 13 solicitações, no máximo 4 ao mesmo tempo").
pg-owner-burst-sent = O que foi enviado: { $what }.
# $summary: pg-burst-summary.
pg-owner-burst-result = Resultado: { $summary }.
pg-owner-burst-overload = As falhas aumentam com o número de solicitações ao mesmo tempo: o servidor fica sem workers (sobrecarga).
# O tipo de um caminho verificado, na tabela e em "estático 2/2 ok".
pg-kind-static = estático
pg-kind-dynamic = dinâmico
# Os resumos de uma linha (em minúsculas: também aparecem depois do nome de uma sondagem na linha de comando ao vivo).
pg-dns-not-queried = não consultado (endereço IP literal)
pg-dns-no-answer = nenhum resolvedor respondeu
# $answer: os endereços, "destino do CNAME" ou "NXDOMAIN".
pg-dns-one-answered = 1 resolvedor respondeu: { $answer }
# $count é 2 ou mais.
pg-dns-agree = { $count ->
        [one] { $count } resolvedor concorda: { $answer }
       *[other] { $count } resolvedores concordam: { $answer }
    }
# $count é 2 ou mais; $answers: "203.0.113.10 (2), 198.51.100.7 (1)".
pg-dns-disagree = { $count ->
        [one] { $count } resolvedor discorda: { $answers }
       *[other] { $count } resolvedores discordam: { $answers }
    }
# $summary: pg-dns-agree ou pg-dns-disagree; $count resolvedores não responderam.
pg-dns-silent = { $summary }; { $count ->
        [one] { $count } não respondeu
       *[other] { $count } não responderam
    }
pg-dns-no-records = nenhum registro A/AAAA
pg-dns-no-address = sem endereço
pg-routes-none = nenhum caminho testado
# "porta 80 recusada".
pg-route-port = porta { $port }
# $origin: "203.0.113.10:443"; $result e $edge: o status HTTP ("502") ou o que aconteceu
# ("conexão recusada").
pg-origin-answered = { $origin } respondeu { $result }
pg-origin-answered-edge = { $origin } respondeu { $result } (borda: { $edge })
pg-origin-edge = { $origin }: { $result } (borda: { $edge })
pg-paths-none = nenhum caminho verificado
pg-burst-off = desligado: nenhuma solicitação extra foi enviada
pg-burst-none = nenhuma solicitação enviada
# $at: quantas solicitações ao mesmo tempo, "4" ou "1-4"; $failures: as falhas de cada rodada, "0, 0, 5".
# Em inglês fica "requests" mesmo para uma; aqui, singular e plural.
pg-burst-summary = { $total ->
        [one] { $total } solicitação
       *[other] { $total } solicitações
    }, { $at } ao mesmo tempo: falhas { $failures }
# $why: por que o teste parou ("nada respondeu").
pg-burst-summary-stopped = { $total ->
        [one] { $total } solicitação
       *[other] { $total } solicitações
    }, { $at } ao mesmo tempo: falhas { $failures } (interrompido antes do fim: { $why })

## src/report/server.rs

pg-server-title = Gateway Doctor: verificação do servidor
# $at: quando o relatório foi gerado (RFC 3339).
pg-server-generated = Gerado em { $at }.
# O estado de uma aplicação por trás (os outros são ids: refused, timeout…).
pg-server-state-ok = ok
pg-server-state-not-checked = não verificado
pg-server-state-too-slow = lento demais
# A gravidade de uma constatação, entre colchetes.
pg-server-severity-error = {"["}FALHA]
pg-server-severity-warning = {"["}alerta]
pg-server-severity-info = {"["}info]
# Onde está uma constatação ou uma aplicação por trás: o arquivo de configuração e a linha.
pg-server-place = { $config }, linha { $line }
# Os títulos (a forma em texto acrescenta dois-pontos).
pg-server-config-read = Configuração lida
pg-server-none-found = (nenhuma encontrada)
pg-server-this-machine = Esta máquina
pg-server-findings = Constatações
pg-server-upstreams = Aplicações por trás
pg-server-upstreams-tried = Aplicações por trás (uma tentativa cada)
# $count: quantos logs de erros foram lidos.
pg-server-error-logs = { $count ->
        [one] Logs de erros ({ $count } lido):
       *[other] Logs de erros ({ $count } lidos):
    }
pg-server-error-logs-nothing = nada sobre aplicações por trás com falha
# Uma configuração lida: $name é o software e a versão dele ("nginx 1.24.0"), $config o arquivo
# principal, $found_by como ela foi encontrada, $files quantos arquivos ela tem.
pg-server-config = { $name } { $config } ({ $found_by }; { $files ->
        [one] { $files } arquivo
       *[other] { $files } arquivos
    })
pg-server-config-test-passes = { $name } { $config } ({ $found_by }; { $files ->
        [one] { $files } arquivo
       *[other] { $files } arquivos
    }; o teste de configuração dele passa)
pg-server-config-test-fails = { $name } { $config } ({ $found_by }; { $files ->
        [one] { $files } arquivo
       *[other] { $files } arquivos
    }; o teste de configuração dele FALHA)
# Uma aplicação por trás testada: a diretiva, para onde ela aponta, onde está definida, o que a
# tentativa encontrou ($detail) e quanto tempo levou, em milissegundos ($ms).
pg-server-upstream = { $directive } -> { $target } ({ $config }, linha { $line }): { $detail }
pg-server-upstream-ms = { $directive } -> { $target } ({ $config }, linha { $line }): { $detail }, { $ms } ms
# Abaixo de uma constatação: onde ela está e a correção.
pg-server-at = local: { $place }
pg-server-fix = correção: { $fix }
# A tabela das aplicações por trás.
pg-server-col-state = Estado
pg-server-col-directive = Diretiva
pg-server-col-target = Destino
pg-server-col-where = Onde
pg-server-col-detail = Detalhe
# Esta máquina: $source é de onde o log do kernel foi lido (journalctl -k, /var/log/kern.log).
pg-server-kernel-no-oom = log do kernel ({ $source }): nenhum encerramento por OOM nas últimas { $hours } h
pg-server-kernel-oom = log do kernel ({ $source }): { $count ->
        [one] { $count } encerramento por OOM
       *[other] { $count } encerramentos por OOM
    }
# $path: um ponto de montagem; $why: o que está nele ("logs do nginx"); $used e $inodes: porcentagens.
pg-server-disk = disco de { $path } ({ $why }): { $used }% usado, inodes: { $inodes }% usados
# Um serviço: a unidade, o estado e o subestado dele (as palavras do systemd: active, running), quantas
# vezes ele reiniciou. Em inglês fica "restarts" mesmo para um; aqui, singular e plural.
pg-server-service-restarts = { $unit }: { $active } ({ $sub }), { $count ->
        [one] { $count } reinício
       *[other] { $count } reinícios
    }

## src/gui/panels/logs.rs

pg-logs-title = Logs do servidor
pg-logs-intro = O Gateway Doctor lê os logs do nginx, Apache, PHP-FPM e PHP (inclusive arquivos .gz e rotacionados) neste computador e separa as linhas que explicam um 502 ou 504. Nada é enviado para lugar nenhum.
pg-logs-analyse = 📂 Analisar logs…
pg-logs-analyse-hover = Escolha os arquivos de log, p. ex. /var/log/nginx/error.log
pg-logs-or-drop = ou arraste arquivos de log para esta janela
# $percent: quanto já foi lido, "42".
pg-logs-reading = { $count ->
        [one] Lendo { $count } arquivo… { $percent } %
       *[other] Lendo { $count } arquivos… { $percent } %
    }
pg-logs-cancel = Cancelar
pg-logs-cancel-hover = Parar a leitura
# Em inglês fica "log file(s)" qualquer que seja o número; aqui, singular e plural.
pg-logs-will-read = { $count ->
        [one] { $count } arquivo de log será lido depois da próxima verificação.
       *[other] { $count } arquivos de log serão lidos depois da próxima verificação.
    }
pg-logs-cancelled = A leitura foi cancelada: estes resultados cobrem só o que foi lido.
pg-logs-what-they-say = O que os logs dizem
pg-logs-none = Nenhuma causa conhecida de 502/504 nestes logs.
# $subjects: os backends, URLs ou arquivos de que uma constatação trata, unidos com ", ".
pg-logs-involved = Envolvidos: { $subjects }
# $count: quantas linhas de exemplo há abaixo dela.
pg-logs-examples = Linhas de exemplo ({ $count })
# Um arquivo lido: $format é o tipo de log ("log de erros do nginx"). Em inglês fica "lines" mesmo para uma linha; aqui, singular e plural.
pg-logs-file = { $format }, { $lines ->
        [one] { $lines } linha
       *[other] { $lines } linhas
    }
pg-logs-file-skipped = { $format }, { $lines ->
        [one] { $lines } linha
       *[other] { $lines } linhas
    }, { $skipped ->
        [one] { $skipped } linha ilegível pulada
       *[other] { $skipped } linhas ilegíveis puladas
    }
pg-logs-access = Logs de acesso
# Em inglês fica "requests" mesmo para uma; aqui, singular e plural.
pg-logs-access-no-errors = { $total ->
        [one] { $total } solicitação
       *[other] { $total } solicitações
    }, nenhuma com erro de servidor na resposta.
# $statuses: "7 × 502, 1 × 504".
pg-logs-access-errors = { $total ->
        [one] { $total } solicitação
       *[other] { $total } solicitações
    }, { $errors } com resposta de erro de servidor ({ $statuses }).
pg-logs-per-minute = Erros de servidor por minuto
pg-logs-top-pages = Páginas que mais falharam
# O nome das barras no gráfico de erros de servidor por minuto.
pg-logs-chart = Respostas 5xx
pg-logs-drop-hint = Solte os arquivos de log do servidor para lê-los

## src/gui/app/recovery.rs

# $host: o nome de host do site.
pg-recovery-back = Boa notícia: { $host } voltou a funcionar.
# O título e o texto da notificação da área de trabalho; $at é o horário ("14:02:07 UTC"), $checks
# quantas verificações foram feitas. Em inglês fica "checks" mesmo para uma; aqui, singular e plural.
pg-recovery-back-title = { $host } voltou ao ar
pg-recovery-back-body = Gateway Doctor: o site respondeu normalmente às { $at }, depois de { $checks ->
        [one] { $checks } verificação
       *[other] { $checks } verificações
    }.
# $site: "https://shop.example.com"; $path: o arquivo gravado.
pg-recovery-csv-saved = { $count ->
        [one] { $count } verificação de { $site } salva em { $path }
       *[other] { $count } verificações de { $site } salvas em { $path }
    }
pg-recovery-csv-failed = Não foi possível salvar o histórico em { $path }: { $error }
