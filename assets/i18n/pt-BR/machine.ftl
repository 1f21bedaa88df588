# O motor do `gateway-doctor server`, executado no próprio servidor (src/server/): como cada
# configuração foi encontrada, por que um arquivo não pôde ser lido, o que mostrou testar uma vez cada
# aplicação por trás, o que não pôde ser consultado na máquina (log do kernel, serviços), por que as
# verificações não rodaram para um site, e os erros de `--config`.
# Comandos, linhas de configuração, caminhos, nomes de usuário e bytes HTTP/FastCGI ficam no código.
# $software é um nome de produto (nginx, Apache, HAProxy, Caddy, Varnish, PHP-FPM); $file e $path
# são caminhos de arquivo; $error é o texto de erro do próprio sistema (muitas vezes em inglês).

## src/server/mod.rs

mc-config-unreadable = --config { $file }: { $error }
mc-config-unknown = --config { $file }: não reconhecido como configuração de nginx, Apache, HAProxy, Caddy, Varnish, PHP-FPM ou php.ini
# Como uma configuração foi encontrada: o arquivo foi indicado com --config, e o conteúdo mostrou o tipo dele.
mc-found-given = indicado com --config; reconhecido como { $software }
# $addresses: os endereços IP do site, separados por vírgula.
mc-site-not-local = Os endereços do site ({ $addresses }) não são deste computador: rode gateway-doctor server no servidor que hospeda o site.
mc-site-not-local-none = Os endereços do site (nenhum) não são deste computador: rode gateway-doctor server no servidor que hospeda o site.
mc-site-nothing-listens = Nada neste computador está escutando na porta { $port }.
mc-site-not-a-web-server = O processo que escuta na porta { $port } não é um servidor web cuja configuração o Gateway Doctor lê, ou pertence a outro usuário (rode com sudo).
mc-site-checked = O { $software } (processo { $pid }) escuta na porta { $port }; a configuração dele, { $file }, foi lida.

## src/server/discover.rs

# Como uma configuração foi encontrada (mostrado ao lado dela).
mc-found-running-process = processo { $pid } em execução
mc-found-standard-path = caminho padrão

## src/server/check.rs
# O que mostrou testar uma aplicação por trás, em poucas palavras (mostrado depois do endereço dela).
# $seconds: um tempo limite em segundos; $address: IP:porta; $host: um nome de host.

mc-probe-stopped = a verificação parou: { $error }
mc-probe-not-tried = não testado
# $text: o endereço como está escrito, com as variáveis dele ($host, ...).
mc-probe-variables = formado por variáveis ({ $text }): só é conhecido a cada solicitação
mc-probe-not-an-address = não é um endereço: { $text }
mc-probe-no-socket = o socket não existe
mc-probe-socket-hidden = este usuário não tem permissão para vê-lo: rode com sudo
mc-probe-not-a-socket = um arquivo, não um socket
mc-probe-connect-timeout = sem conexão em { $seconds } s
mc-probe-unresolvable = o nome { $host } não pode ser resolvido aqui
mc-probe-unresolvable-because = o nome { $host } não pode ser resolvido aqui ({ $error })
mc-probe-connect-timeout-to = sem conexão com { $address } em { $seconds } s
mc-probe-tls-accepts = aceita conexões (TLS: a solicitação em si não é verificada)
mc-probe-refused = conexão recusada: nada está escutando ali
mc-probe-permission-denied = permissão negada
mc-probe-cannot-connect = não foi possível conectar: { $error }
mc-probe-accepts = aceita conexões (o protocolo não é verificado)
mc-probe-answer-timeout = sem resposta em { $seconds } s
mc-probe-reset = redefiniu a conexão sem responder
mc-probe-failed = a conexão falhou: { $error }
mc-probe-closed = aceitou a conexão e depois a fechou sem responder
# $detail: como foi a resposta ("HTTP 200", "resposta FastCGI"); $took: os segundos que levou;
# $limit: o tempo limite de leitura, em segundos, da configuração do servidor web.
mc-probe-too-slow = { $detail } depois de { $took } s, mais tarde que os { $limit } s que o servidor espera
mc-probe-http-incomplete = uma resposta HTTP incompleta
mc-probe-not-http = não é uma resposta HTTP ({ $count ->
        [one] { $count } byte
       *[other] { $count } bytes
    })
mc-probe-fcgi-answered = resposta FastCGI
# $record: o tipo de registro FastCGI, um número.
mc-probe-fcgi-answered-type = resposta FastCGI (tipo de registro { $record })
mc-probe-fcgi-got-http = fala HTTP, não FastCGI (use proxy_pass, não fastcgi_pass)
mc-probe-not-fcgi = não é uma resposta FastCGI ({ $count ->
        [one] { $count } byte
       *[other] { $count } bytes
    })

## src/server/users.rs
# Por que o usuário dos workers do servidor web não pode abrir um socket unix. $mode: octal, como 0660.

mc-perm-folder = a pasta { $path }: dono { $owner }, grupo { $group }, modo { $mode }
mc-perm-socket = o socket: dono { $owner }, grupo { $group }, modo { $mode }

## src/server/read.rs
# Por que um arquivo de configuração não pôde ser lido (mostrado depois do caminho do arquivo).

# $size: em MiB.
mc-read-too-large = o arquivo tem mais de { $size } MiB; o resto não foi lido
mc-read-permission-group = permissão negada (legível pelo root e talvez pelo grupo { $group }: rode com sudo)
mc-read-permission = permissão negada (rode com sudo)
mc-read-not-found = não encontrado
mc-read-folder = uma pasta, não um arquivo
mc-read-caddy-json = esta versão não lê a configuração JSON do Caddy (lê um Caddyfile)

## src/server/host.rs

mc-kernel-log-unreadable = --kernel-log { $file }: { $error }
mc-kernel-log-none = Não foi possível ler o log do kernel (não há /var/log/kern.log; journalctl e dmesg não retornaram nada): os encerramentos por falta de memória (OOM kills) não foram procurados. Rode com sudo ou passe --kernel-log FILE.
mc-services-no-systemd = O systemd não está rodando aqui: não foi verificado se os serviços estão em execução.
# Por que importa o quanto um disco está cheio: o que a pilha web grava ali.
mc-disk-error-log = o log de erros do { $software }
mc-disk-nginx-temp = os arquivos temporários do nginx
mc-disk-php-sessions = as sessões do PHP
mc-disk-varnish-work = a pasta de trabalho do Varnish
mc-disk-tmp = os arquivos temporários
