# Lista de verificação do modo dono: as constatações e os conselhos sobre o servidor e a aplicação por trás dele
# (logs do servidor, reinício, limites do PHP, plugins, firewall e proxy, os programas usados).
# Comandos, linhas de configuração, linhas de log a procurar, nomes de cabeçalhos e de produtos ficam no código
# e chegam a estas mensagens como variáveis. Códigos de status, portas e nomes de arquivos chegam como texto.

## src/diagnosis/owner/stack.rs

be-checking = Verificando…
# O nome do servidor web quando ele não foi reconhecido; entra no lugar de "nginx" ou "Apache".
be-the-web-server = o servidor web
# O resultado de um caminho quando não veio resposta: $path é "/robots.txt", $outcome um resultado técnico
# ("connect refused", "timeout").
be-path-no-answer = { $path } sem resposta ({ $outcome })
# O fim de uma lista de resultados: "a, b, mais 2".
be-more = mais { $count }

## src/diagnosis/owner/server_logs.rs

be-logs-reading = Lendo os logs do servidor…
# $server é "nginx" ou "Apache"; $code o status HTTP (502).
be-logs-answered = { $server } respondeu { $code }; o log de erros dele diz por quê.
be-logs-server-is = O servidor web é { $server }.
be-logs-server-unknown = O servidor web não foi reconhecido; estes são os logs de costume.
# $sources é um ou mais be-logs-look-in / be-logs-look-in-next, unidos com ". ".
be-logs-read-advice = Leia as últimas linhas de cada log: { $sources }.
be-logs-read-advice-php-maybe = Leia as últimas linhas de cada log (o do PHP-FPM só se o site usar PHP): { $sources }.
# $file é um arquivo de log; $lines as linhas de log a procurar, cada uma "texto entre aspas" (o que significa), unidas com "; ".
be-logs-look-in = em { $file }, procure { $lines }
be-logs-look-in-next = E em { $file }, procure { $lines }
# O que uma linha de log reveladora significa (mostrado depois da linha, entre parênteses).
be-log-nginx-refused = a aplicação não está rodando
be-log-nginx-no-socket = o PHP-FPM está parado
be-log-nginx-timeout = a aplicação está lenta demais (padrão: 60 s)
be-log-nginx-closed = a aplicação travou ou encerrou a conexão
be-log-nginx-queue-full = a fila de conexões (listen) da aplicação está cheia: sobrecarga
be-log-nginx-permission = permissões do socket ou SELinux
be-log-nginx-big-header = os cabeçalhos da resposta não cabem nos buffers do proxy
be-log-nginx-no-live = todos os backends estão marcados como fora do ar
be-log-apache-connect = o Apache não conseguiu se conectar ao backend
be-log-apache-timeout = o backend demorou demais (ProxyTimeout)
be-log-apache-reading = o backend encerrou a conexão ou enviou dados inválidos
be-log-apache-disabled = o backend foi desativado por um tempo depois de erros
be-log-apache-fastcgi = falhas do FastCGI (PHP-FPM)
be-log-php-max-children = poucos workers para a carga
be-log-php-sigsegv = uma extensão do PHP que trava
be-log-php-timeout = um script passou do request_terminate_timeout

## src/diagnosis/owner/log_findings.rs

# $errors: por que cada log não pôde ser lido, unidos com "; ".
be-logs-unreadable = Não foi possível ler os logs: { $errors }.
be-logs-unreadable-advice = Dê ao Gateway Doctor uma cópia que ele consiga ler, ou execute-o com sudo.
# $title é a constatação, $times quando ela foi registrada.
be-logs-explain = Os logs explicam o erro: { $title } ({ $times }).
be-logs-involved = Envolvido: { $subject }.
be-logs-recent-unrelated = Os logs mostram problemas de perto do horário desta verificação, mas nenhum explica o que o site respondeu.
be-logs-old-problems = Os logs mostram problemas conhecidos, mas nenhum de perto do horário desta verificação (na hora anterior a ela).
be-logs-most-telling = O mais revelador: { $title }. { $fix }
# Em inglês fica "lines" mesmo para uma linha; aqui, singular e plural.
be-logs-nothing-known = Nenhuma causa conhecida de 502/504 nos logs ({ $lines ->
        [one] { $lines } linha
       *[other] { $lines } linhas
    } em { $files ->
        [one] { $files } arquivo
       *[other] { $files } arquivos
    }).
be-logs-wrong-logs = Se o site falha, talvez estes não sejam os logs do servidor que respondeu: confira o log de erros indicado na configuração dele (error_log / ErrorLog).
# $findings: "título (horários)", unidos com "; ".
be-logs-also = Também nos logs: { $findings }.
# $errors de $total respostas nos logs de acesso foram 5xx; $statuses é "3 × 502, 1 × 504";
# $url a URL com mais erros, $count os erros dela. Em inglês fica "answers" mesmo para uma.
be-logs-access-errors = Logs de acesso: erro em { $errors } de { $total ->
        [one] { $total } resposta
       *[other] { $total } respostas
    } ({ $statuses }).
be-logs-access-errors-top = Logs de acesso: erro em { $errors } de { $total ->
        [one] { $total } resposta
       *[other] { $total } respostas
    } ({ $statuses }), a maioria em { $url } ({ $count }).
# $minute: "2024-01-02 10:00".
be-logs-access-one-minute = Todos no minuto { $minute }.
be-logs-access-span = Erros de { $first } a { $last }.
be-logs-not-read = Não lidos: { $errors }.
be-logs-cancelled = A leitura foi cancelada: só uma parte dos logs foi lida.

## src/diagnosis/owner/restart_server.rs

be-restart-not-checked = Não verificado nesta execução (a comparação dos arquivos estáticos com a página só é feita no modo dono).
be-restart-page-not-fetched = A página em si não foi baixada.
# $status: o status HTTP (500).
be-restart-app-error = A própria página responde { $status } (um erro dentro da aplicação, não um erro de gateway).
be-restart-app-error-advice = Reiniciar raramente resolve um erro da aplicação: leia o log de erros da aplicação (veja “Logs do servidor”).
# $pages e $files: cada caminho com o seu resultado, "/robots.txt 200, / sem resposta (timeout)".
be-restart-all-answered = A página ({ $pages }) e os arquivos estáticos ({ $files }) responderam.
be-restart-nothing-needed = Nada precisa ser reiniciado agora.
be-restart-sometimes = A página falhou só algumas vezes ({ $pages }): o servidor da aplicação responde, mas nem sempre.
be-restart-sometimes-advice = Provavelmente ele está sobrecarregado ou reiniciando: veja o status dele e as linhas recentes do log (e os limites do PHP, abaixo) antes de reiniciá-lo.
# $server: "nginx", "Apache" ou be-the-web-server.
be-restart-app-down = Os arquivos estáticos respondem ({ $files }), mas a página falha ({ $pages }): { $server } funciona; o servidor da aplicação por trás dele (PHP-FPM ou similar) está fora do ar ou sobrecarregado.
be-restart-app-down-advice = Reinicie o servidor da aplicação, não o servidor web; depois confira o status dele e as últimas linhas do log.
be-restart-nothing-answered = Nada respondeu, nem os arquivos estáticos ({ $files }): o próprio servidor web está fora do ar ou inacessível.
be-restart-nothing-answered-advice = Inicie ou reinicie o servidor web e confira se ele está escutando na porta do site.
be-restart-backend-down = Os arquivos estáticos também falham ({ $files }), como a página ({ $pages }): { $server } envia todas as solicitações para um backend que não responde, ou o backend inteiro está fora do ar.
be-restart-backend-down-advice = Confira para onde o servidor web encaminha as solicitações (o endereço ou o socket em proxy_pass / fastcgi_pass) e se o backend está rodando; os arquivos estáticos podem ser servidos do disco sem ele.

## src/diagnosis/owner/php_limits.rs

# $status: o status HTTP (504); $elapsed segundos ("60.1"); $limit dá o nome do limite
# ("o proxy_read_timeout do nginx (60 s por padrão)").
be-php-near-default = A resposta { $status } chegou depois de { $elapsed } s, perto de um limite conhecido: { $limit }.
# $secs: o limite em segundos inteiros; $places: as configurações que podem definir esse limite, por extenso.
be-php-configured = A resposta { $status } chegou depois de cerca de { $secs } s ({ $elapsed } s): provavelmente há um limite de { $secs } s configurado ({ $places }).
be-php-near-default-advice = Aumente esse limite (e os que ficam na frente dele, cada um um pouco maior que o de trás), ou deixe a solicitação lenta mais rápida; depois recarregue o serviço.
be-php-configured-advice = Descubra onde esse limite está definido (as linhas de grep abaixo), aumente-o (cada limite um pouco maior que o de trás: PHP, depois o servidor web, depois qualquer proxy ou CDN na frente) ou deixe a solicitação lenta mais rápida; depois recarregue o serviço.
# $rounds: be-php-round para cada rodada, unidos com ", ".
be-php-grows-with-load = As falhas aumentam com a carga: { $rounds }.
be-php-round = { $failures } de { $requests } com falha ({ $concurrency } por vez)
be-php-grows-with-load-advice = O servidor fica sem workers: aumente pm.max_children (confira se a memória permite: cerca de 40-80 MB por worker do PHP), adicione workers ou mais servidores, e coloque em cache as páginas que não mudam.
be-php-flat-failures = { $failures } de { $total ->
        [one] { $total } solicitação do teste de carga
       *[other] { $total } solicitações do teste de carga
    } falharam, em todos os níveis de carga ({ $rounds }).
be-php-flat-failures-advice = As falhas não acompanham a carga, então os limites de workers não são a causa óbvia; os logs do servidor mostram o que falha.
be-php-no-limit = Nenhum erro chegou perto de um limite de tempo conhecido.
be-php-burst-off = O teste de carga leve estava desligado.
# $burst: como o teste de carga foi feito, com inicial maiúscula ("Uma pequena leva de 20 solicitações, no máximo 4 ao mesmo tempo").
be-php-burst-all-answered = { $burst }: todas tiveram resposta.
be-php-no-limit-advice = Aumentar os limites do PHP dificilmente vai ajudar aqui.

## src/diagnosis/owner/plugins.rs

be-plugins-page-failed = A página não carregou, então não foi possível ver se o site é WordPress.
be-plugins-php-not-wordpress = O site usa PHP, mas nada na página parece WordPress (nenhuma tag generator, link wp-json ou caminho /wp-content/).
be-plugins-not-wordpress = Nada na página parece WordPress (nenhuma tag generator, link wp-json ou caminho /wp-content/).
be-plugins-not-wordpress-advice = Se o site usa, sim, WordPress ou outro CMS com plugins, desativá-los um por um continua valendo.
# $version: "WordPress 6.4.2" ou "WordPress"; $plugins: be-plugins-none ou be-plugins-seen(-more).
be-plugins-runs = O site usa { $version }; { $plugins }.
be-plugins-none = nenhum arquivo de plugin na página
# $names: os slugs dos plugins, unidos com ", ".
# Em inglês fica "plugin(s)" qualquer que seja o número; aqui, singular e plural.
be-plugins-seen = { $count ->
        [one] { $count } plugin visto
       *[other] { $count } plugins vistos
    }: { $names }
be-plugins-seen-more = { $count ->
        [one] { $count } plugin visto
       *[other] { $count } plugins vistos
    }: { $names } e mais { $more }
be-plugins-failing-advice = Um plugin com defeito ou recém-atualizado é uma causa comum de 502. Desative todos os plugins (renomeie a pasta de plugins por SFTP, ou use o WP-CLI); se o site voltar, reative-os um por vez para achar o culpado.
be-plugins-advice = Se os erros voltarem, desative todos os plugins (renomeie a pasta de plugins, ou use o WP-CLI) e depois reative-os um por vez para achar o culpado.

## src/diagnosis/owner/firewall_proxy.rs

be-fw-not-checked = Não verificado nesta execução (o modo dono compara as rotas).
be-fw-nothing-to-compare = Nada a comparar: o nome não retornou nenhum endereço e nenhum proxy se aplica.
# $routes: cada caminho testado com o seu resultado, "IPv4 127.0.0.1:80: 200; IPv6 [::1]:80: refused".
be-fw-nothing-worked = Nenhum caminho até o site funcionou daqui: { $routes }.
be-fw-nothing-worked-advice = O servidor está fora do ar, ou um firewall na frente dele bloqueia este computador. Confira se o servidor web está escutando e se o firewall libera as portas dele.
be-fw-same-everywhere = O site respondeu igual por todos os caminhos testados: { $routes }. Nenhuma diferença causada por firewall ou proxy.
be-fw-nothing-to-change = Nada a mudar aqui.
# $proxy: o endereço do proxy; $via e $direct: os resultados passando por ele e sem ele.
be-fw-proxy-blocks = Pelo proxy configurado ({ $proxy }), o site falha ({ $via }); sem ele, o site responde ({ $direct }): o proxy bloqueia o site ou está com defeito.
be-fw-proxy-blocks-advice = O site está bem; corrija o proxy, ou deixe este site passar por fora dele (adicione-o ao no_proxy / às exceções de proxy do navegador).
be-fw-only-proxy = Só o proxy ({ $proxy }) alcança o site; as conexões diretas daqui falham ({ $direct }). É normal em redes que obrigam o uso de proxy: as linhas diretas dizem pouco sobre o site.
# $family e $other: "IPv4" / "IPv6"; $record: o tipo de registro DNS, "A" ou "AAAA".
be-fw-family-down = { $family } falha, { $other } funciona ({ $routes }): o registro { $record } aponta para um endereço que não aceita conexões.
be-fw-family-down-advice = Corrija o registro { $record } (ou remova-o), ou faça o servidor escutar em { $family } e libere o { $family } no firewall: os visitantes em { $family } recebem erros ou esperam até o navegador tentar o outro endereço.
be-fw-families-differ = IPv4 e IPv6 respondem de formas diferentes ({ $v4 }; { $v6 }): eles levam a servidores ou configurações diferentes.
be-fw-families-differ-advice = Faça os dois endereços servirem o mesmo site (o mesmo server block / virtual host nos dois, ou o mesmo backend).
be-fw-some-addresses = Alguns endereços falham enquanto outros funcionam ({ $bad }; { $good }): um dos servidores por trás do nome está fora do ar ou bloqueado por firewall.
be-fw-some-addresses-advice = Corrija esse servidor ou remova o endereço dele do DNS.
# $port e $other_port: números de porta; $scheme: "http" ou "https"; $result e $other_result: o que cada porta deu.
be-fw-own-port-closed = A porta { $port } ({ $scheme }) não funciona ({ $result }), mas a porta { $other_port } funciona ({ $other_result }): o servidor web não escuta nela, ou um firewall a bloqueia.
be-fw-own-port-closed-advice = Faça o servidor web escutar na porta { $port } e libere-a no firewall (e no security group do provedor de hospedagem).
be-fw-no-https = A porta { $port } (https) está fechada ({ $result }), mas a porta { $other_port } funciona: o site não tem HTTPS.
be-fw-no-https-advice = Os navegadores marcam o http simples como não seguro; adicione um certificado (por exemplo, do Let's Encrypt) e sirva https na porta 443.
be-fw-no-http = A porta { $port } (http) está fechada ({ $result }), mas a porta { $other_port } funciona: os visitantes que digitam o endereço sem https:// podem ficar sem resposta.
be-fw-no-http-advice = Abra a porta 80 e redirecione-a para https.
