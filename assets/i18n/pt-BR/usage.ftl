# A ajuda da linha de comando (`gateway-doctor --help`, `gateway-doctor check --help`): a linha de
# descrição de cada comando, a ajuda de cada argumento e os títulos das seções. Opções, valores em
# maiúsculas (FILE, SECONDS), caminhos, endereços e exemplos ficam como estão. Ids:
# cli-about-<command>, cli-arg-<command>-<argument> (o nível superior é "app"), ou cli-arg-<argument>
# quando o argumento significa o mesmo em todos os comandos. As mensagens de erro do próprio clap ficam em inglês.

## Títulos
cli-heading-usage = Uso:
cli-heading-options = Opções
cli-heading-arguments = Argumentos
cli-heading-commands = Comandos

## Os comandos
cli-about = Descobre por que um site responde “502 Bad Gateway” (ou não carrega) e o que fazer.
cli-about-check = Verificar um endereço web agora e mostrar o veredito e a lista de verificação
cli-about-logs = Ler logs do servidor (nginx, Apache, PHP-FPM, PHP; também .gz e arquivos rotacionados) e explicar as causas de 502/504 que eles mostram
cli-about-watch = Verificar um endereço web repetidamente (com pausas crescentes) até funcionar, uma linha por verificação; uma notificação na área de trabalho quando ele voltar
cli-about-history = Mostrar as verificações salvas por site (“com falha desde …”) ou exportá-las como CSV
cli-about-server = No próprio servidor: ler a configuração do stack web, testar uma vez cada backend que ela cita e apontar o elo quebrado (arquivo, linha) e a correção. Não altera nada
cli-about-har = Ler uma gravação do navegador (DevTools -> Rede -> “Salvar tudo como HAR”), diagnosticar cada solicitação com falha e, se quiser, gravar uma cópia limpa para um chamado de suporte
cli-about-help = Mostrar esta mensagem ou a ajuda dos subcomandos indicados

## Argumentos de todos os comandos
cli-arg-help = Mostrar a ajuda
cli-arg-version = Mostrar a versão
cli-arg-format = Formato da saída
cli-arg-output = Gravar também o relatório (no --format) neste arquivo
cli-arg-timeout = Segundos que cada passo do teste pode levar
cli-arg-retries = Quantas vezes o passo “Recarregar” repete a solicitação
cli-arg-resolver = Consultar este servidor DNS (IP ou IP:PORT) em vez do resolvedor do sistema
cli-arg-references = Um endereço que prova que a conexão com a internet funciona (repetível; substitui os padrões 1.1.1.1:443, 8.8.8.8:443, www.wikipedia.org:443)
cli-arg-no_proxy = Ignorar as configurações de proxy do sistema (http_proxy, https_proxy, all_proxy)
cli-arg-browsers = Um navegador cujos cabeçalhos o passo “Outro navegador” envia (repetível, no máximo 3; padrão: os navegadores instalados aqui, senão Firefox e Safari)
cli-arg-mode = Só as verificações de visitante, ou também as verificações do dono do site no servidor
cli-arg-origin = Modo dono: o servidor de origem por trás da CDN (IP ou IP:PORT), consultado diretamente com o cabeçalho Host e o nome TLS do site para comparar com a borda
cli-arg-expect_ips = Modo dono: o endereço que o DNS deve responder (repetível)
cli-arg-public_resolvers = Modo dono: um resolvedor público para comparar (repetível; substitui Cloudflare, Google, Quad9)
cli-arg-authoritative = Modo dono: consultar este servidor de nomes autoritativo em vez dos que estão nos registros NS (repetível)
cli-arg-no_burst = Modo dono: pular o teste de carga leve (no máximo 20 solicitações, 4 ao mesmo tempo)
cli-arg-logs = Modo dono: um log do servidor para ler depois dos testes (repetível): logs de erro e de acesso do nginx/Apache, logs do PHP-FPM e do PHP, arquivos .gz e rotacionados. O que eles mostram preenche o item server_logs e pode tornar o veredito certo
cli-arg-no_server_checks = Modo dono: não rodar as verificações do servidor mesmo quando este computador serve o site (por padrão elas rodam para esse site e o elo quebrado que acharem entra no veredito)
cli-arg-lang = O idioma da saída e do aplicativo: en, de, es, fr, pt-BR, ru (padrão: o do sistema, de LANGUAGE, LC_ALL, LC_MESSAGES, LANG)

## Sem comando (o aplicativo)
cli-arg-app-url = Sem comando: abrir o aplicativo com este endereço e verificá-lo na hora

## gateway-doctor check
cli-arg-check-url = O endereço a verificar, p. ex. shop.example.com ou https://example.com:8443/cart
cli-arg-check-format = Formato da saída (html: uma página autossuficiente, estilo embutido, sem scripts; melhor gravada com --output)
cli-arg-check-no_history = Não salvar esta verificação no histórico
cli-arg-check-from_world = Pedir também à rede Globalping (um serviço de terceiros: recebe o nome do host e o caminho) que carregue o site de cerca de 10 lugares do mundo: fora do ar para todos ou só para você?
cli-arg-check-provider_status = Consultar também a página de status do provedor que respondeu (Cloudflare, AWS, Fastly, Google Cloud …): só o site de status do provedor é contatado, nada sobre o site verificado é enviado
cli-arg-check-status_urls = Apontar a verificação de status de um provedor para outro endereço (repetível), p. ex. cloudflare=https://www.cloudflarestatus.com/api/v2/summary.json
cli-arg-check-globalping_url = A API do Globalping consultada com --from-world

## gateway-doctor logs
cli-arg-logs-files = Arquivos de log: logs de erro e de acesso do nginx/Apache, logs do PHP-FPM e do PHP; .gz e conjuntos rotacionados (error.log error.log.1 error.log.2.gz) são aceitos
cli-arg-logs-since = Só as linhas a partir deste momento, no relógio dos próprios logs: YYYY-MM-DD ou "YYYY-MM-DD HH:MM[:SS]"

## gateway-doctor watch
cli-arg-watch-url = O endereço a acompanhar
cli-arg-watch-format = Formato da saída: text (uma linha por verificação) ou json (um objeto JSON por linha, JSON Lines)
cli-arg-watch-interval = Segundos entre verificações enquanto o site funciona, e a primeira pausa depois de uma falha (cada falha a dobra, até 600 s; um Retry-After do servidor é sempre respeitado)
cli-arg-watch-until_healthy = Parar assim que uma verificação encontrar o site funcionando
cli-arg-watch-max_checks = Parar depois deste número de verificações
cli-arg-watch-no_history = Não salvar as verificações no histórico

## gateway-doctor history
cli-arg-history-site = Mostrar as verificações deste site (um nome de host ou um endereço); sem ele, o resumo de todos os sites
cli-arg-history-csv = Gravar as verificações (de SITE ou de todos os sites) como CSV neste arquivo ("-" para a saída padrão)
cli-arg-history-limit = Quantas das verificações mais recentes de cada site mostrar e resumir

## gateway-doctor server
cli-arg-server-configs = Ler só este arquivo de configuração (repetível; nginx, Apache, HAProxy, Caddy, Varnish, PHP-FPM ou php.ini, reconhecido pelo conteúdo). Sem ele, é lida a configuração dos servidores web em execução e dos caminhos padrão
cli-arg-server-timeout = Segundos que cada backend pode levar para responder
cli-arg-server-resolver = Consultar os nomes dos backends neste servidor DNS (IP ou IP:PORT) em vez do servidor do sistema
cli-arg-server-no_logs = Não ler os logs de erro que a configuração cita
cli-arg-server-kernel_log = Procurar encerramentos por falta de memória (OOM kills) neste log do kernel (padrão: /var/log/kern.log, journalctl -k, dmesg)

## gateway-doctor har
cli-arg-har-file = A gravação (um arquivo .har salvo pelas ferramentas de desenvolvedor do navegador)
cli-arg-har-sanitize = Gravar também uma cópia limpa aqui (sem cookies, tokens, chaves e corpos desnecessários)
cli-arg-har-recheck = Verificar de novo agora os endereços com falha (só GET, no máximo 5, sem os cookies e tokens da gravação), com as opções de teste de sempre
