# O que o dono do site deve fazer diante de um erro gerado por uma CDN ou um balanceador de carga na frente do site:
# um grupo por linha de assets/owner_actions.toml, identificado pelo id da linha (o id, o provedor, os códigos
# de status, o texto da página de erro e os comandos para copiar ficam no TOML; os comandos não são traduzidos).
#   act-<id>-title        nome curto do erro
#   act-<id>-explanation  o que aconteceu, em palavras simples
#   act-<id>-step-<n>     o que fazer, numerado a partir de 1 sem lacunas, a correção mais provável primeiro
# Nomes de configurações, produtos e diretivas (SSL/TLS, Full (strict), first_byte_timeout, CF-RAY,
# Lambda@Edge, ...) ficam como o painel e a documentação do provedor os escrevem.

## src/diagnosis/owner/cdn/actions.rs (assets/owner_actions.toml): Cloudflare

act-cloudflare_520-title = Cloudflare 520: a origem enviou uma resposta vazia ou inválida
act-cloudflare_520-explanation = A Cloudflare chegou ao seu servidor de origem, mas o que voltou estava vazio, cortado ou não era HTTP válido (a aplicação travou, a conexão foi interrompida ou os cabeçalhos da resposta eram grandes demais).
act-cloudflare_520-step-1 = Leia o log de erros do servidor web de origem no horário do erro (informe o Ray ID da Cloudflare).
act-cloudflare_520-step-2 = Procure travamentos ou reinícios da aplicação (PHP-FPM, Node, gunicorn) nesse horário.
act-cloudflare_520-step-3 = Mantenha pequenos os cabeçalhos de resposta e os cookies: a Cloudflare rejeita cabeçalhos acima de cerca de 32 KB no total.
act-cloudflare_520-step-4 = Confira se a origem não interrompe as conexões vindas das faixas de IP da Cloudflare (firewall, fail2ban, limite de taxa).

act-cloudflare_521-title = Cloudflare 521: a origem recusou a conexão
act-cloudflare_521-explanation = A Cloudflare tentou se conectar ao seu servidor de origem e a conexão foi recusada: o servidor web não está rodando, ou um firewall rejeita os endereços da Cloudflare.
act-cloudflare_521-step-1 = Inicie (ou reinicie) o servidor web na origem e confira se ele escuta na porta 80/443.
act-cloudflare_521-step-2 = Libere as faixas de IP da Cloudflare (https://www.cloudflare.com/ips/) no firewall, nos security groups e no fail2ban da origem.
act-cloudflare_521-step-3 = Confira se o IP de origem nos registros DNS da Cloudflare é o endereço atual do servidor.

act-cloudflare_522-title = Cloudflare 522: a conexão com a origem esgotou o tempo limite
act-cloudflare_522-explanation = A Cloudflare não conseguiu concluir a conexão com a sua origem a tempo (15 s). Em geral, um firewall descarta em silêncio os endereços da Cloudflare, a origem está sobrecarregada ou o IP de origem no DNS está errado.
act-cloudflare_522-step-1 = Confira se o IP de origem nos registros DNS da Cloudflare está certo e se o servidor está no ar.
act-cloudflare_522-step-2 = Libere as faixas de IP da Cloudflare no firewall da origem e nos security groups da nuvem; uma regra que descarta pacotes dá 522, e não 521.
act-cloudflare_522-step-3 = Confira a carga da origem: uma fila de conexões (listen backlog) cheia ou poucos workers também atrasam as conexões novas.

act-cloudflare_523-title = Cloudflare 523: origem inacessível
act-cloudflare_523-explanation = A Cloudflare não encontra uma rota até a sua origem: o endereço de origem nos registros DNS dela está errado ou não é acessível pela internet (muitas vezes depois de uma mudança para um novo servidor ou IP).
act-cloudflare_523-step-1 = No painel da Cloudflare, corrija o registro A/AAAA (ou CNAME) do nome com proxy para o endereço público atual da origem.
act-cloudflare_523-step-2 = Se a origem tem um registro IPv6 (AAAA), confira se ela responde mesmo por IPv6, ou remova o registro.

act-cloudflare_524-title = Cloudflare 524: a origem levou mais de 100 segundos
act-cloudflare_524-explanation = A Cloudflare se conectou à sua origem, mas nenhuma resposta chegou dentro do limite de 100 segundos da Cloudflare: uma solicitação na origem está lenta demais.
act-cloudflare_524-step-1 = Encontre a URL lenta no log de acesso da origem e deixe-a mais rápida (consulta lenta ao banco de dados, chamada a uma API externa).
act-cloudflare_524-step-2 = Passe os trabalhos longos (exportações, importações, relatórios) para um worker em segundo plano e consulte o resultado depois.
act-cloudflare_524-step-3 = Aumentar o limite exige o plano Enterprise (proxy read timeout); nos outros planos, sirva os trabalhos longos por um subdomínio com nuvem cinza (DNS only).

act-cloudflare_525-title = Cloudflare 525: o handshake TLS com a origem falhou
act-cloudflare_525-explanation = Com o modo SSL Full ou Full (strict), a Cloudflare se conecta à sua origem por HTTPS, e esse handshake TLS falhou: a origem não tem certificado na porta 443, não há versão TLS/cifra em comum, ou ela não aceita SNI.
act-cloudflare_525-step-1 = Confira se a origem serve HTTPS na porta 443 com um certificado para o nome do site (um certificado gratuito da Cloudflare Origin CA serve).
act-cloudflare_525-step-2 = Ative TLS 1.2 ou mais recente na origem.
act-cloudflare_525-step-3 = Se a origem não consegue usar HTTPS de jeito nenhum, mude o modo de criptografia SSL/TLS para Flexible apenas como solução provisória (o tráfego até a origem passa então sem criptografia).

act-cloudflare_526-title = Cloudflare 526: certificado da origem inválido
act-cloudflare_526-explanation = Com o modo SSL Full (strict), a Cloudflare verifica o certificado da origem, e ele está expirado, é autoassinado, foi emitido para outro nome ou está sem a cadeia intermediária.
act-cloudflare_526-step-1 = Instale na origem um certificado válido para o nome do site (Let's Encrypt ou um certificado da Cloudflare Origin CA), com a cadeia completa.
act-cloudflare_526-step-2 = Renove-o se tiver expirado e recarregue o servidor web.
act-cloudflare_526-step-3 = Mudar o modo SSL para Full (sem strict) esconde o problema; prefira corrigir o certificado.

act-cloudflare_own_5xx-title = 502/504 da própria Cloudflare: uma falha dentro da Cloudflare
act-cloudflare_own_5xx-explanation = A página de erro foi gerada pela própria Cloudflare (a página simples dela termina com “cloudflare”), não pela sua origem: um problema dentro da rede da Cloudflare, em geral passageiro.
act-cloudflare_own_5xx-step-1 = Procure em https://www.cloudflarestatus.com um incidente no data center indicado no id CF-RAY (as letras depois do hífen).
act-cloudflare_own_5xx-step-2 = Se continuar, abra um chamado com o suporte da Cloudflare e informe o id CF-RAY.

## src/diagnosis/owner/cdn/actions.rs (assets/owner_actions.toml): CloudFront

act-cloudfront_502_lambda-title = CloudFront: a função Lambda@Edge falhou
act-cloudfront_502_lambda-explanation = Uma função Lambda@Edge (ou CloudFront Function) associada à distribuição retornou uma resposta inválida, atingiu os limites dela ou não conseguiu rodar, então o CloudFront respondeu com um erro.
act-cloudfront_502_lambda-step-1 = Abra os logs do CloudWatch da função na região mais próxima do edge location que está falhando e procure erros ou tempos limite esgotados.
act-cloudfront_502_lambda-step-2 = Confira se a função retorna um objeto de resposta válido (status, cabeçalhos no formato do CloudFront) e se fica dentro dos limites de tamanho e de tempo.
act-cloudfront_502_lambda-step-3 = Para 503 “Lambda limit exceeded”, aumente a cota de concorrência da função ou reduza o tempo de execução dela.

act-cloudfront_502-title = CloudFront 502: não foi possível conectar à origem, ou a resposta foi inválida
act-cloudfront_502-explanation = O CloudFront não conseguiu concluir a conexão com a sua origem: em geral o handshake TLS falhou (o certificado da origem não corresponde ao nome de domínio da origem, está expirado ou é autoassinado, ou não há versão TLS em comum), ou a origem respondeu algo que não é HTTP válido.
act-cloudfront_502-step-1 = Confira se o certificado da origem cobre o nome de domínio da origem definido na distribuição (ou o cabeçalho Host repassado a ela) e se a cadeia leva a uma CA pública.
act-cloudfront_502-step-2 = Confira se os protocolos SSL da origem na distribuição (Origin SSL protocols) correspondem ao que a origem aceita (TLSv1.2).
act-cloudfront_502-step-3 = Confira se a política de protocolo da origem (Origin protocol policy) e as portas (HTTP only / HTTPS only / Match viewer) correspondem ao que a origem escuta.

act-cloudfront_503-title = CloudFront 503: a origem ou o CloudFront está sem capacidade
act-cloudfront_503-explanation = O CloudFront não recebeu uma resposta utilizável porque a origem está sobrecarregada ou indisponível (ou, raramente, o edge location está no limite da capacidade).
act-cloudfront_503-step-1 = Confira a integridade e a capacidade da origem (hosts saudáveis no balanceador de carga, CPU das instâncias, erros da aplicação).
act-cloudfront_503-step-2 = Aumente a capacidade da origem ou coloque mais coisas em cache no CloudFront para tirar carga dela.

act-cloudfront_504-title = CloudFront 504: a origem não respondeu a tempo
act-cloudfront_504-explanation = O CloudFront se conectou (ou tentou se conectar) à sua origem, mas ela não respondeu dentro do tempo limite de resposta da origem (Origin response timeout, 30 s por padrão), ou um firewall bloqueou os endereços do CloudFront.
act-cloudfront_504-step-1 = Libere na origem as faixas do CloudFront voltadas para a origem (a prefix list gerenciada pela AWS com.amazonaws.global.cloudfront.origin-facing no security group).
act-cloudfront_504-step-2 = Deixe a solicitação lenta mais rápida, ou aumente o tempo limite de resposta da origem na distribuição (até 60 s pela cota padrão).
act-cloudfront_504-step-3 = Confira se os tempos limite da própria origem (servidor web, aplicação) são maiores que os do CloudFront, para que o CloudFront receba uma resposta.

## src/diagnosis/owner/cdn/actions.rs (assets/owner_actions.toml): AWS load balancers

act-aws_alb_502-title = Balanceador de carga da AWS 502: o destino fechou ou interrompeu a conexão
act-aws_alb_502-explanation = O balanceador de carga repassou a solicitação, mas o destino (target: sua instância ou contêiner) interrompeu ou fechou a conexão, ou enviou uma resposta malformada. Uma causa comum é um tempo limite de keep-alive no destino menor que o tempo limite de inatividade (idle timeout) do balanceador (60 s), de modo que as solicitações disputam com uma conexão que está sendo fechada.
act-aws_alb_502-step-1 = Deixe o tempo limite de keep-alive do destino MAIOR que o tempo limite de inatividade do balanceador (por exemplo, 65 s para o padrão de 60 s).
act-aws_alb_502-step-2 = Procure nos logs do destino travamentos ou reinícios no horário do erro.
act-aws_alb_502-step-3 = Leia os logs de acesso do ALB: elb_status_code 502 com target_status_code '-' significa que o destino não deu nenhuma resposta válida.

act-aws_alb_503-title = Balanceador de carga da AWS 503: nenhum destino saudável
act-aws_alb_503-explanation = O balanceador de carga não tem nenhum destino saudável para onde enviar a solicitação: todos os destinos falharam na verificação de integridade (health check), ou o target group está vazio.
act-aws_alb_503-step-1 = Veja a integridade do target group: quais destinos estão unhealthy e por quê (tempo limite, status errado, porta errada).
act-aws_alb_503-step-2 = Confira se o caminho da verificação de integridade responde 200 rapidamente e se o security group dos destinos libera o balanceador de carga.
act-aws_alb_503-step-3 = Inicie ou registre destinos (confira a capacidade desejada do auto scaling group / o desired count do serviço ECS).

act-aws_alb_504-title = Balanceador de carga da AWS 504: o destino não respondeu antes do tempo limite de inatividade
act-aws_alb_504-explanation = O destino aceitou a solicitação, mas não enviou nada de volta antes do tempo limite de inatividade do balanceador de carga (60 s por padrão), ou o balanceador nem conseguiu se conectar a ele.
act-aws_alb_504-step-1 = Encontre as solicitações lentas no destino e deixe-as mais rápidas, ou passe-as para uma tarefa em segundo plano.
act-aws_alb_504-step-2 = Se solicitações longas são esperadas, aumente o tempo limite de inatividade do balanceador e mantenha o tempo limite de keep-alive do destino maior que ele.
act-aws_alb_504-step-3 = Confira se o security group e as network ACLs dos destinos liberam o tráfego vindo do balanceador de carga.

## src/diagnosis/owner/cdn/actions.rs (assets/owner_actions.toml): Fastly

act-fastly_503_first_byte_timeout-title = Fastly 503 first byte timeout: a origem foi lenta demais
act-fastly_503_first_byte_timeout-explanation = O Fastly se conectou à sua origem, mas o primeiro byte da resposta não chegou dentro do first byte timeout do backend (15 s por padrão).
act-fastly_503_first_byte_timeout-step-1 = Deixe mais rápida a solicitação lenta na origem (encontre-a no log de acesso da origem).
act-fastly_503_first_byte_timeout-step-2 = Se a solicitação deve mesmo ser lenta, aumente o first_byte_timeout do backend no serviço do Fastly e ative a nova versão.

act-fastly_503-title = Fastly 503: não foi possível usar a origem
act-fastly_503-explanation = O Fastly não conseguiu obter uma resposta da sua origem (backend indisponível, conexão recusada ou um problema de TLS com a origem).
act-fastly_503-step-1 = Confira se a origem está no ar e aceita conexões das faixas de IP do Fastly (https://api.fastly.com/public-ip-list).
act-fastly_503-step-2 = Confira o host, a porta e as configurações de TLS do backend (SNI hostname, certificate hostname) no serviço do Fastly.
