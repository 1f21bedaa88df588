# Os resultados do modo servidor (os arquivos de configuração do nginx, Apache, HAProxy, Caddy, Varnish e
# PHP-FPM, e a máquina por baixo deles): “este arquivo, esta linha, isto está quebrado, esta é a correção”;
# as linhas de um arquivo de configuração que não puderam ser lidas; os erros de um arquivo de gravação do
# navegador (HAR) inválido; os avisos e erros do arquivo de configurações.
# Nomes de diretivas, linhas de configuração (entre `crases`), comandos, nomes de units e caminhos de
# arquivo nunca são traduzidos. $who é “nginx (sites-enabled/shop, linha 12)” (srv-who); $site é um nome
# de host ou srv-site-on / srv-its-site (vem depois de “para”, que não se contrai com o artigo); $target é
# onde está a aplicação por trás (127.0.0.1:9000, unix:/run/php/php8.2-fpm.sock); $detail é o que a
# tentativa encontrou (“connection refused”), no mesmo idioma (machine.ftl); $seconds e similares são números já escritos
# (“60”, “0.5”). $software, $inner e $outer são nomes de programas (nginx, Apache, Varnish …), todos
# masculinos: “o { $software }”.

## src/serverconf/judge.rs
# O site que uma aplicação por trás atende, dentro de uma frase (depois de “para”), quando ele não tem um
# nome simples: “o site em :8080”.
srv-site-on = o site em { $listen }
srv-its-site = o site correspondente
# Quem repassa as solicitações: o software, o nome curto do arquivo e a linha.
srv-who = { $software } ({ $file }, linha { $line })
# $fix é a linha de configuração a escrever.
srv-socket-mismatch-fix = Escreva `{ $fix }` ali e depois recarregue o { $software }.
srv-down-nothing-listens = { $who } repassa as solicitações para { $site } ao endereço { $target }, onde nada está escutando.
srv-down-no-socket = { $who } repassa as solicitações para { $site } ao endereço { $target }, mas esse socket não existe.
srv-down-fix-pool = Inicie o PHP-FPM: o pool “{ $pool }” dele ({ $file }, linha { $line }) deveria escutar ali.
srv-down-fix-app = Inicie a aplicação que deveria escutar em { $target } (ou faça { $file }, linha { $line }, apontar para onde ela realmente escuta).
srv-not-a-socket-title = { $who } repassa as solicitações para { $site } ao endereço { $target }, que é um arquivo, não um socket.
srv-not-a-socket-fix = Aponte a linha para o socket em que a aplicação escuta, ou apague o arquivo antigo e reinicie a aplicação.
srv-permission-title = { $who } repassa as solicitações para { $site } ao endereço { $target }, mas os workers dele (usuário { $user }) não têm permissão para abrir esse socket: { $detail }.
srv-permission-fix-pool = No pool “{ $pool }”, escreva `listen.owner = { $user }`, `listen.group = { $user }` e `listen.mode = 0660` e depois reinicie o PHP-FPM.
srv-permission-fix-app = Faça a aplicação criar o socket de modo que o usuário { $user } possa escrever nele (dono ou grupo { $user }, modo 0660).
srv-unresolvable-title = { $who } repassa as solicitações para { $site } ao endereço { $target }, um nome que este computador não consegue resolver.
srv-unresolvable-fix = Se for o nome de um contêiner, rode esta verificação dentro da rede desse contêiner (docker compose exec ...); senão, use um endereço ou corrija o nome.
# $setting é a diretiva que define o limite (proxy_read_timeout).
srv-slow-title-limit = { $who } repassa as solicitações para { $site } ao endereço { $target }, que está lento demais: { $detail }; o { $software } desiste depois de { $seconds } s ({ $setting }).
srv-slow-title-no-limit = { $who } repassa as solicitações para { $site } ao endereço { $target }, que está lento demais: { $detail }; o { $software } espera sem limite de tempo.
srv-slow-fix = Descubra o que deixa a aplicação lenta (os logs dela, o banco de dados) ou aumente o tempo limite para mais do que ela precisa.
srv-error-title = { $who } repassa as solicitações para { $site } ao endereço { $target }, que responde de forma errada: { $detail }.
srv-error-fix = Procure o erro no log da própria aplicação; confira se ela fala o protocolo que a diretiva indica (HTTP para proxy_pass, FastCGI para fastcgi_pass).
# $what é uma das mensagens srv-read-* abaixo.
srv-unreadable-line-title = Não foi possível ler a linha { $line } de { $file }: { $what }.
srv-unreadable-line-fix = O resto do arquivo foi lido; confira esta linha com o teste de configuração do próprio servidor.
# $why é o que o sistema disse (“permission denied”, “not found”).
srv-unreadable-file-title = Não foi possível ler { $file }: { $why }.
srv-unreadable-file-fix-permission = Rode a verificação com sudo, ou como um usuário do grupo dono do arquivo.
srv-unreadable-file-fix-path = Confira o caminho; o que ele contém não foi verificado.
# O buffer de cabeçalhos que vale, como expressão nominal para srv-header-* (depois de “mais que” /
# “perto de”): “proxy_buffer_size 4k em sites-enabled/shop, linha 12”, “proxy_buffer_size 4k (valor padrão)”.
srv-buffer-at = { $directive } { $size } em { $file }, linha { $line }
srv-buffer-default = { $directive } { $size } (valor padrão)
# $bytes é um número; “upstream sent too big header” é a mensagem de log do próprio nginx.
srv-header-too-big-title = { $who } repassa as solicitações para { $site } ao endereço { $target }, cuja resposta tem { $bytes ->
        [one] { $bytes } byte
       *[other] { $bytes } bytes
    } de cabeçalhos: mais que { $limit }, então o nginx responde 502 (“upstream sent too big header”).
srv-header-near-title = { $who } repassa as solicitações para { $site } ao endereço { $target }, cuja resposta tem { $bytes ->
        [one] { $bytes } byte
       *[other] { $bytes } bytes
    } de cabeçalhos: perto de { $limit }; mais um cookie e o nginx responde 502.
srv-header-fix = Escreva `{ $lines }` nesse bloco server ou location e depois recarregue o nginx.
# $edge_limit é o limite da CDN em palavras, como sujeito (“o limite de 100 s da Cloudflare para a resposta
# da origem”); $edge, o nome dela.
srv-edge-chain-title = { $who } espera até { $seconds } s ({ $setting }) por { $target }, mas { $edge_limit } ({ $edge_seconds } s) vence antes: uma página mais lenta que { $edge_seconds } s termina no erro de tempo limite do serviço { $edge }, não importa o que diga esta configuração.
srv-edge-chain-fix = Faça as solicitações lentas terminarem em até { $edge_seconds } s (ou passe o trabalho para uma tarefa em segundo plano); aumentar { $setting } não ajuda enquanto o serviço { $edge } estiver na frente.
# Um proxy na frente de outro: $outer desiste primeiro, $inner (atrás dele) ainda espera.
srv-proxy-chain-title = { $who } desiste de { $target } depois de { $seconds } s ({ $setting }), mas o { $inner } por trás dele espera até { $inner_seconds } s ({ $inner_setting }) pelo próprio backend: as páginas lentas terminam no 504 do { $outer } enquanto o { $inner } ainda está esperando.
srv-proxy-chain-fix = Escreva `{ $line }` (um pouco mais que { $inner_seconds } s) ou reduza o { $inner_setting } do { $inner } para menos de { $seconds } s e depois recarregue.
# O limite do PHP é maior que o do servidor web: -ini quando o max_execution_time do php.ini o define, -pool
# quando é a configuração do próprio pool.
srv-php-timeout-title-ini = O PHP pode rodar por { $php_seconds } s (max_execution_time, { $php_file }, linha { $php_line }), mas o { $software } desiste em { $seconds } s ({ $setting }) -> 504 nas páginas lentas.
srv-php-timeout-title-pool = O PHP pode rodar por { $php_seconds } s (o limite de tempo do pool, { $php_file }, linha { $php_line }), mas o { $software } desiste em { $seconds } s ({ $setting }) -> 504 nas páginas lentas.
srv-php-timeout-fix = Escreva `{ $line }` (ou reduza o limite do PHP para menos de { $seconds } s) e depois recarregue.
srv-verdict-no-config = Nenhuma configuração de servidor web foi encontrada neste computador.
srv-verdict-no-upstreams = A configuração não repassa solicitações a nenhuma aplicação: não há ligação para verificar.
srv-verdict-nothing-checked = Nenhum backend pôde ser verificado.
# $checked e $count são números.
srv-verdict-healthy = { $checked ->
    [one] Todos os backends citados na configuração responderam ({ $checked } verificado).
   *[other] Todos os backends citados na configuração responderam ({ $checked } verificados).
}
srv-verdict-warnings = { $count ->
    [one] { $count } alerta abaixo.
   *[other] { $count } alertas abaixo.
}

## src/serverconf/links.rs
srv-socket-mismatch-title = { $software } ({ $file }, linha { $line }) repassa as solicitações PHP para { $path }, mas nenhum pool do PHP-FPM escuta ali: o pool “{ $pool }” escuta em { $pool_path } ({ $pool_file }, linha { $pool_line }).

## src/serverconf/syntax.rs
# $message é a mensagem de erro do próprio programa, em inglês; $command o teste como foi rodado (nginx -t).
srv-config-test-title = O teste de configuração do próprio { $software } falha ({ $command }): { $message }. O servidor em execução talvez ainda use a configuração antiga, mas a próxima recarga ou reinicialização vai falhar e o site vai ficar fora do ar.
srv-config-test-no-message = ele terminou com um erro
srv-config-test-fix = Corrija essa linha, rode o teste de novo até ele passar e depois recarregue.

## src/serverconf/host.rs
# O OOM killer do kernel: $count encerramentos de $name nas últimas $hours horas; $when é
# srv-oom-when-*, $limit é srv-oom-limit-* (depois de “esgotou”).
srv-oom-title = { $count ->
    [one] O kernel encerrou { $name } por falta de memória uma vez nas últimas { $hours } h ({ $when }): o processo esgotou { $limit }, e as solicitações que ele atendia terminaram em 502.
   *[other] O kernel encerrou { $name } por falta de memória { $count } vezes nas últimas { $hours } h ({ $when }): o processo esgotou { $limit }, e as solicitações que ele atendia terminaram em 502.
}
# $at é um horário no formato RFC 3339.
srv-oom-when-at = a última vez em { $at }
srv-oom-when-boot = desde a última inicialização
srv-oom-limit-cgroup = o próprio limite de memória (o de um contêiner ou o MemoryMax do serviço)
srv-oom-limit-machine = a memória da máquina
srv-oom-fix = Reduza os workers de { $name } (PHP-FPM: diminua pm.max_children) ou dê à máquina mais memória ou swap; as linhas em volta desta mostram o que cresceu.
# $why diz por que o caminho importa (“o log de erros do nginx”); $free é srv-size-*.
srv-disk-full-title = O disco onde está { $path } ({ $why }) está { $pct }% cheio (espaço livre: { $free }): o servidor web não consegue guardar respostas em buffer nem gravar arquivos temporários, e o PHP não consegue salvar sessões, o que termina em 500/502.
srv-disk-almost-full-title = O disco onde está { $path } ({ $why }) está { $pct }% cheio (espaço livre: { $free }): quando ele encher, o servidor web e o PHP não vão conseguir gravar e vão responder 500/502.
srv-disk-fix = Libere espaço: logs antigos e arquivos .gz rotacionados, caches, core dumps; faça o logrotate compactar e guardar menos arquivos.
srv-inodes-title = O sistema de arquivos onde está { $path } ({ $why }) já usou { $pct }% dos inodes (livres: { $left }): nenhum arquivo novo pode ser criado, mesmo com espaço livre.
srv-inodes-fix = Apague os muitos arquivos pequenos que o enchem (sessões antigas do PHP, entradas de cache, fila de e-mail).
# Tamanhos: $n já vem escrito (“3.2”, “512”).
srv-size-gb = { $n } GB
srv-size-mb = { $n } MB
# Um serviço do systemd ($unit: php8.2-fpm.service); $result é a palavra do próprio systemd (exit-code, signal).
srv-service-failed-title = O serviço { $unit } falhou: nada do que ele servia responde.
srv-service-failed-oom-title = O serviço { $unit } falhou (encerrado por falta de memória): nada do que ele servia responde.
srv-service-failed-result-title = O serviço { $unit } falhou (resultado: { $result }): nada do que ele servia responde.
srv-service-failed-fix = Veja o motivo no journal dele, corrija e depois rode `systemctl restart { $unit }`.
# $restarts é um número.
srv-service-loop-title = { $restarts ->
    [one] O serviço { $unit } fica reiniciando ({ $restarts } reinício até agora): ele morre logo depois de iniciar, e a cada vez as solicitações terminam em 502.
   *[other] O serviço { $unit } fica reiniciando ({ $restarts } reinícios até agora): ele morre logo depois de iniciar, e a cada vez as solicitações terminam em 502.
}
srv-service-loop-fix = Procure no journal dele o erro antes de cada saída (uma linha de configuração errada, um arquivo faltando, memória).
srv-service-stopped-title = O serviço { $unit } está parado.
srv-service-stopped-fix = Inicie-o: `systemctl start { $unit }` (e `systemctl enable { $unit }` para ele iniciar junto com o sistema).
srv-service-restarted-title = { $restarts ->
    [one] O serviço { $unit } está rodando agora, mas o systemd o reiniciou { $restarts } vez desde que ele foi iniciado: enquanto ele estava fora do ar, as solicitações terminaram em 502.
   *[other] O serviço { $unit } está rodando agora, mas o systemd o reiniciou { $restarts } vezes desde que ele foi iniciado: enquanto ele estava fora do ar, as solicitações terminaram em 502.
}
srv-service-restarted-fix = Veja no journal dele por que ele saiu.

## src/serverconf/mod.rs
# Uma linha de um arquivo de configuração que não pôde ser lida; $what é uma das srv-read-* abaixo.
srv-read-problem = { $file }: não foi possível ler a linha { $line }: { $what }

## O que havia de errado numa linha que não pôde ser lida (src/serverconf/nginx.rs, apache.rs, caddy.rs,
## haproxy.rs, varnish.rs, php_fpm.rs), em poucas palavras, em minúsculas: elas vêm depois de dois-pontos.
srv-read-binary = dados binários
srv-read-binary-text = dados binários, não texto de configuração
srv-read-quote-not-closed = uma aspa não foi fechada
srv-read-close-without-block = '{"}"}' sem um bloco para fechar
srv-read-block-not-closed = este bloco não foi fechado
# $max é um número.
srv-read-blocks-too-deep = blocos aninhados além do nível { $max }; este foi pulado
# Seções do Apache: $closing e $open são nomes de seção (VirtualHost), $line um número de linha.
srv-read-apache-wrong-close = </{ $closing }> fecha o <{ $open }> da linha { $line }
srv-read-apache-nothing-to-close = </{ $closing }> sem uma seção para fechar
srv-read-apache-no-gt = uma linha de seção sem o '>'
srv-read-apache-too-deep = seções aninhadas além do nível { $max }; esta foi pulada
srv-read-apache-not-closed = a seção <{ $section }> não foi fechada
# HAProxy: $word é a primeira palavra da linha.
srv-read-haproxy-before-section = '{ $word }' antes de qualquer seção
# O endereço de um servidor do HAProxy sem porta: “10.0.0.5 (a porta em que o cliente se conectou)”.
srv-haproxy-client-port = { $address } (a porta em que o cliente se conectou)
# nginx: $name é o nome de uma diretiva.
srv-read-nginx-quote = uma aspa que nunca é fechada
srv-read-nginx-too-deep = blocos aninhados além do nível { $max }: este bloco não é lido
srv-read-nginx-stray-semicolon = um ';' sem diretiva antes
srv-read-nginx-stray-open = um '{"{"}' sem diretiva antes
srv-read-nginx-no-semicolon = “{ $name }” não tem ';' depois
srv-read-nginx-stray-close = um '{"}"}' que não fecha nada
srv-read-nginx-not-closed = o '{"{"}' de “{ $name }” nunca é fechado
# Varnish (VCL): comentários /* */, strings longas {" "}, "strings".
srv-read-varnish-comment = um comentário /* não foi fechado
srv-read-varnish-long-string = uma string {"{"}" não foi fechada
srv-read-varnish-string = uma string não foi fechada
srv-read-varnish-backend-not-closed = este backend não foi fechado
# $count é um número.
srv-read-varnish-blocks-open = { $count ->
    [one] { $count } bloco não fechado no fim
   *[other] { $count } blocos não fechados no fim
}
# Um backend VCL sem endereço: $name é o nome dele; .host e .path são campos do VCL.
srv-varnish-backend-no-host = backend { $name } sem .host nem .path
# PHP-FPM e php.ini (arquivos INI).
srv-read-php-section = um nome de seção sem o ']' de fechamento
srv-read-php-expected = esperado: chave = valor
srv-read-php-no-key = um valor sem chave

## src/har/mod.rs
# Por que um arquivo não pôde ser lido como gravação do navegador (HAR); em minúsculas, vêm depois do nome
# do arquivo e de dois-pontos. $reason é a mensagem do próprio leitor de JSON, em inglês.
srv-har-not-json = o arquivo não é JSON (na linha { $line }, coluna { $column }: { $reason })
srv-har-truncated = o arquivo termina cedo demais (cortado na linha { $line }): salve a gravação de novo
# $expected é srv-har-expected-*.
srv-har-not-har = o arquivo é JSON, mas não é uma gravação HAR: esperava-se { $expected }
srv-har-expected-log = um objeto “log” no nível superior
srv-har-expected-entries = “log.entries”, uma lista de solicitações

## src/store/mod.rs
# Não foi possível ler o arquivo de configurações: $file é o caminho dele, $problem uma das
# srv-store-problem-*, $backup para onde ele foi movido, $error o que o sistema disse.
srv-store-notice-kept = Não foi possível ler o seu arquivo de configurações { $file } ({ $problem }); ele foi guardado como { $backup } e o Gateway Doctor começou com as configurações padrão.
srv-store-notice-not-moved = Não foi possível ler o seu arquivo de configurações { $file } ({ $problem }) nem movê-lo para outro lugar ({ $error }); o Gateway Doctor começou com as configurações padrão e vai substituir o arquivo quando as configurações forem salvas.
srv-store-problem-folder = é uma pasta, não um arquivo
srv-store-problem-open = não foi possível abri-lo: { $error }
# $byte é um número.
srv-store-problem-not-utf8 = não é texto: UTF-8 inválido no byte { $byte }
srv-store-problem-json = JSON inválido: { $error }
srv-store-problem-not-object = esperava-se um objeto JSON com as configurações
srv-store-problem-value = valor inesperado: { $error }
srv-store-too-many-backups = cópias de segurança demais com o mesmo nome
# Não foi possível salvar as configurações: $path é uma pasta ou um arquivo, $error o que o sistema disse.
srv-store-error-create-dir = não foi possível criar a pasta de configurações { $path }: { $error }
srv-store-error-write = não foi possível gravar o arquivo de configurações { $path }: { $error }
srv-store-error-encode = não foi possível codificar as configurações para { $path }: { $error }
