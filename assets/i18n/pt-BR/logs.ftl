# As causas de um 502/504 que uma linha de log do servidor explica: um grupo por [[cause]] de
# assets/log_patterns.toml, identificado pelo id da causa (o id, a gravidade, os padrões comparados com
# as linhas de log, as regras de assunto e os comandos ficam no TOML; os comandos não são traduzidos).
#   logp-<id>-title        nome curto da causa
#   logp-<id>-explanation  o que a linha significa, em palavras simples
#   logp-<id>-fix          o que mudar
# Diretivas, configurações e nomes de arquivo (fastcgi_pass, pm.max_children, `listen =`, php.ini, ...)
# são escritos como nos arquivos de configuração e ficam como estão.

## src/logs/patterns.rs (assets/log_patterns.toml): nginx error.log

logp-php_fpm_socket_missing-title = Socket do PHP-FPM não existe
logp-php_fpm_socket_missing-explanation = O nginx tentou falar com o PHP-FPM por um socket unix que não existe: o PHP-FPM não está rodando, ou o nginx aponta para o caminho de socket errado (por exemplo, de uma versão antiga do PHP).
logp-php_fpm_socket_missing-fix = Inicie o PHP-FPM e faça o fastcgi_pass do site no nginx apontar para o socket indicado em `listen =` no arquivo do pool do PHP-FPM.

logp-upstream_refused-title = O backend recusou a conexão
logp-upstream_refused-explanation = Nada está escutando no endereço para onde o nginx repassa: a aplicação ou o backend não está rodando, travou ou escuta em outra porta.
logp-upstream_refused-fix = Inicie (ou reinicie) o backend e confira se ele escuta no endereço de proxy_pass / fastcgi_pass.

logp-upstream_permission_denied-title = O nginx não tem permissão para se conectar ao backend
logp-upstream_permission_denied-explanation = O sistema operacional negou ao nginx o acesso ao backend: o dono/modo do socket unix não permite o usuário do nginx, ou o SELinux impede o nginx de abrir conexões de rede.
logp-upstream_permission_denied-fix = Dê ao usuário do nginx acesso ao socket (listen.owner / listen.group / listen.mode no pool do PHP-FPM), ou, com SELinux, permita: setsebool -P httpd_can_network_connect 1.

logp-upstream_overloaded-title = Backend sobrecarregado (fila de conexões cheia)
logp-upstream_overloaded-explanation = A fila de conexões (listen) do backend estava cheia, então as conexões novas foram recusadas: tráfego demais para o número de workers.
logp-upstream_overloaded-fix = Aumente o número de workers do backend (pm.max_children no PHP-FPM) e a fila de conexões dele (listen.backlog, net.core.somaxconn), ou reduza as solicitações lentas.

logp-upstream_timeout-title = Backend lento demais (tempo limite esgotado)
logp-upstream_timeout-explanation = O backend aceitou a solicitação, mas não respondeu a tempo (o nginx espera 60 s por padrão), então o visitante recebeu 504 Gateway Timeout.
logp-upstream_timeout-fix = Descubra por que o backend está lento (consultas lentas, chamadas externas); se as solicitações são longas por natureza, aumente proxy_read_timeout / fastcgi_read_timeout junto com os limites do próprio backend.

logp-upstream_closed-title = O backend fechou a conexão (travou?)
logp-upstream_closed-explanation = O backend derrubou a conexão antes de enviar uma resposta completa: ele travou, foi encerrado (falta de memória, um limite de tempo) ou fecha cedo demais as conexões keep-alive ociosas.
logp-upstream_closed-fix = Procure no log do próprio backend, no mesmo horário, um travamento, um encerramento por falta de memória (OOM kill) ou um limite de tempo; deixe o tempo limite de keep-alive do backend maior que o do nginx.

logp-upstream_header_too_big-title = Cabeçalhos de resposta do backend grandes demais
logp-upstream_header_too_big-explanation = O backend enviou cabeçalhos de resposta (muitas vezes cookies grandes ou muitas linhas Set-Cookie) maiores que os buffers do nginx, então o nginx desistiu com 502.
logp-upstream_header_too_big-fix = Aumente os buffers: proxy_buffer_size 16k; proxy_buffers 8 16k; (fastcgi_buffer_size / fastcgi_buffers para PHP), ou envie cabeçalhos menores.

logp-no_live_upstreams-title = Todos os backends marcados como fora do ar
logp-no_live_upstreams-explanation = O nginx tinha marcado todos os servidores do grupo upstream como com falha (depois de max_fails erros), então nem tentou: a causa real está nos erros anteriores desses servidores.
logp-no_live_upstreams-fix = Corrija os erros anteriores dos backends; confira max_fails / fail_timeout no bloco upstream.

logp-upstream_tls_failed-title = O TLS com o backend falhou
logp-upstream_tls_failed-explanation = O nginx fala HTTPS com o backend e o handshake TLS falhou: o backend não fala TLS nessa porta, exige SNI, ou o certificado/os protocolos dele não correspondem.
logp-upstream_tls_failed-fix = Use http:// no proxy_pass se o backend fala HTTP simples; caso contrário, defina proxy_ssl_server_name on; e ajuste proxy_ssl_name / proxy_ssl_protocols ao backend.

logp-upstream_unresolved-title = Não foi possível resolver o nome do backend
logp-upstream_unresolved-explanation = O nginx consulta o nome do backend durante a execução (um resolver com uma variável no proxy_pass) e a consulta DNS falhou.
logp-upstream_unresolved-fix = Confira o nome e a diretiva `resolver` do nginx (ela precisa apontar para um servidor DNS que conheça o nome, por exemplo 127.0.0.11 no Docker).

logp-script_unknown-title = Script PHP não encontrado
logp-script_unknown-explanation = O PHP-FPM não encontrou o script que o nginx pediu: SCRIPT_FILENAME ou root aponta para o lugar errado (em geral um 404 “File not found.”, às vezes parte de uma história de 502).
logp-script_unknown-fix = Defina fastcgi_param SCRIPT_FILENAME $document_root$fastcgi_script_name; e confira se root aponta para os arquivos do site e se o PHP-FPM tem permissão para lê-los.

## src/logs/patterns.rs (assets/log_patterns.toml): Apache error log

logp-backend_disabled-title = O Apache desativou o backend por um tempo
logp-backend_disabled-explanation = Depois de uma conexão com falha, o Apache marca o backend como fora do ar durante um período de nova tentativa (retry) e responde 503/502 sem tentar usá-lo.
logp-backend_disabled-fix = Corrija primeiro o erro de conexão do backend; um retry= menor na linha ProxyPass faz o Apache tentar de novo mais cedo.

logp-backend_connect_failed-title = O Apache não conseguiu se conectar ao backend
logp-backend_connect_failed-explanation = O proxy do Apache não conseguiu abrir uma conexão com o backend: ele não está rodando ou escuta em outro lugar.
logp-backend_connect_failed-fix = Inicie o backend e confira o endereço em ProxyPass / SetHandler "proxy:...".

logp-backend_read_timeout-title = Backend lento demais para o Apache (tempo limite esgotado)
logp-backend_read_timeout-explanation = O Apache esperou a resposta do backend por mais tempo que o ProxyTimeout (= Timeout, 60 s por padrão) e desistiu.
logp-backend_read_timeout-fix = Descubra por que o backend está lento; se ele precisa mesmo ser lento, aumente o ProxyTimeout (ou timeout= no ProxyPass).

logp-backend_read_error-title = Erro ao ler a resposta do backend
logp-backend_read_error-explanation = O backend fechou ou quebrou a conexão enquanto o Apache lia a resposta dele: ele travou ou foi encerrado.
logp-backend_read_error-fix = Procure no log do próprio backend, no mesmo horário, um travamento, um encerramento por falta de memória ou um limite de tempo.

logp-fcgi_failed-title = Falha de FastCGI (PHP-FPM) no Apache
logp-fcgi_failed-explanation = O proxy_fcgi do Apache não conseguiu falar com o PHP-FPM: o socket/a porta não existe, ou o PHP-FPM fechou a conexão sem uma resposta válida.
logp-fcgi_failed-fix = Confira se o PHP-FPM está rodando e se SetHandler "proxy:unix:/run/php/...sock|fcgi://localhost" indica o socket dele; procure travamentos no log do PHP-FPM.

## src/logs/patterns.rs (assets/log_patterns.toml): PHP-FPM log

logp-fpm_max_children-title = O PHP-FPM ficou sem workers
logp-fpm_max_children-explanation = Todos os workers do PHP-FPM estavam ocupados (pm.max_children atingido), então as solicitações novas entraram na fila e esgotaram o tempo limite ou foram recusadas.
logp-fpm_max_children-fix = Aumente pm.max_children no arquivo do pool (se a memória permitir: cerca de RAM livre / memória por worker) e encontre os scripts lentos com o slow log.

logp-fpm_execute_timeout-title = O PHP-FPM encerrou um script lento
logp-fpm_execute_timeout-explanation = Um script PHP rodou por mais tempo que request_terminate_timeout e o PHP-FPM encerrou o worker dele, então o servidor web não recebeu resposta (502).
logp-fpm_execute_timeout-fix = Deixe o script mais rápido, ou aumente request_terminate_timeout no arquivo do pool junto com o tempo limite do servidor web.

logp-fpm_child_segfault-title = Um worker do PHP-FPM travou (segfault)
logp-fpm_child_segfault-explanation = Um worker do PHP-FPM morreu com SIGSEGV, em geral por causa de uma extensão do PHP com bug (opcache, xdebug, uma biblioteca de imagens); a solicitação que ele atendia recebeu um 502.
logp-fpm_child_segfault-fix = Atualize o PHP e as extensões dele; desative uma a uma as extensões adicionadas recentemente (php -m lista todas) até os travamentos pararem.

## src/logs/patterns.rs (assets/log_patterns.toml): PHP error log

logp-php_max_execution_time-title = Script PHP atingiu max_execution_time
logp-php_max_execution_time-explanation = Um script PHP rodou por mais tempo que max_execution_time (30 s por padrão) e foi interrompido com um erro fatal.
logp-php_max_execution_time-fix = Deixe o script mais rápido, ou aumente max_execution_time no php.ini (ou no php_admin_value do pool) para os scripts que precisam.

logp-php_memory_limit-title = Script PHP ficou sem memória
logp-php_memory_limit-explanation = Um script PHP precisou de mais memória que memory_limit e foi interrompido com um erro fatal.
logp-php_memory_limit-fix = Descubra o que usa a memória (consultas grandes, imagens); aumente memory_limit no php.ini se o script realmente precisar.
