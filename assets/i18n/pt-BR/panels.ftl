# As perguntas extras do passo Esperar (o site está fora do ar para todo mundo? é um incidente
# conhecido?), a caixa Sobre e a aba de histórico do site. Globalping é o nome de um serviço e fica como está.

## O site está fora do ar para todo mundo?
world-title = O site está fora do ar para todo mundo?
world-intro = O Globalping, um serviço de terceiros, pode abrir este site a partir de vários lugares do mundo (cerca de { $places }). Clicar no botão envia a ele o nome e o caminho do site (nunca os parâmetros do endereço, senhas ou cookies). Nada é enviado se você não clicar.
world-ask = 🌍 Perguntar ao Globalping
world-ask-hover = Abrir o site a partir de outros países e redes através de { $url } (serviço de terceiros)
world-budget = O Globalping limita os testes por hora feitos a partir de um mesmo endereço: cerca de { $tests } (perguntas: { $questions }; lugares em cada uma: { $places }), e este aplicativo já usou esse limite. Você pode perguntar de novo daqui a { $minutes } min.
world-asking = Perguntando ao Globalping…
world-failed = O Globalping não respondeu: { $error }
world-not-sent = não foi possível enviar a pergunta
world-not-answered = Sem resposta: { $error }
world-here = Aqui (este computador)
world-no-answer = sem resposta ({ $why })
world-in-ms = em { $ms } ms

## É um incidente conhecido?
status-title = É um incidente conhecido?
status-own-page = a página de status do próprio site ({ $url })
status-who = O provedor { $provider } respondeu por este site. A página de status do provedor informa se há um incidente conhecido.
status-who-site = O site pode ter a própria página de status.
status-contacts = Ao clicar no botão, o programa consulta apenas { $whom }; nada sobre este site é enviado.
status-and = e
status-ask = 📰 Consultar a página de status ({ $provider })
status-ask-site = 📰 Consultar a página de status do site
status-asking = Consultando a página de status…

## Sobre
about-tagline = Descobre por que um site responde "502 Bad Gateway" e o que fazer a respeito.
about-version = Versão { $version }
about-licence = Licença: { $licence }
about-project = Página do projeto
about-close = Fechar

## O histórico do site
history-title = Histórico deste site
history-none = Nenhuma verificação deste site está guardada (não foi possível abrir o histórico).
history-local = Cada verificação feita aqui ou com os comandos check e watch fica guardada somente neste computador.
history-load-time = Tempo para carregar a página (ms)
history-export = Exportar como CSV…
history-export-hover = Salvar todas as verificações guardadas deste site como uma planilha (CSV)
