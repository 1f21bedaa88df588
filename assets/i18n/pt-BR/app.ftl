# As palavras do próprio aplicativo de desktop (botões, rótulos, dicas). O veredito e as constatações
# dos passos vêm de verdict.ftl e report.ftl.

## O cabeçalho
app-icon-alt = Ícone do Gateway Doctor
app-site = Site:
app-site-hint = Endereço do site, ex.: shop.example.com
app-check = ▶ Verificar
app-check-hover = Verificar este site (Enter)
app-cancel = ⏹ Cancelar
app-cancel-hover = Parar a verificação (Esc)
app-mode-owner = Dono do site
app-mode-owner-hover = Verificações para quem administra o site
app-mode-visitor = Visitante
app-mode-visitor-hover = Verificações para quem está visitando o site
app-language = Idioma
app-language-hover = O idioma do programa e dos relatórios
app-language-system = Sistema ({ $name })
app-origin = Servidor de origem (opcional):
app-origin-hint = IP ou IP:porta do seu servidor por trás da CDN
app-burst = Teste de carga leve
app-burst-hover = Envia uma pequena leva de solicitações ao seu site: no máximo 20, no máximo 4 ao mesmo tempo, para ver se as falhas aumentam com a carga.
app-dismiss = Fechar
app-dismiss-hover = Ocultar esta mensagem

## A faixa do veredito
banner-so-far = Até agora: { $confidence }
banner-cancelled = Cancelado: isto é o que foi visto antes de você parar.
banner-still-checking = Ainda verificando…
banner-answered = { $who } respondeu { $status } { $reason }
banner-answered-unknown = O servidor respondeu { $status } { $reason }
banner-answered-in = { $answer } em { $ms } ms

## A lista de passos e o painel
steps-title = Passos
steps-your-server = Seu servidor
steps-row-name = { $n }. { $title }
steps-row-accessible = { $n }. { $title }: { $state }
pane-what-to-do = ➡ O que fazer
pane-details = 🔍 Detalhes (tempos, cabeçalhos, log)
pane-logs = 📄 Logs do servidor
pane-history = 🕘 Histórico
step-not-in-check = Este passo não faz parte desta verificação.
step-n-of = Passo { $n } de { $total }
step-next = Próximo ▶
step-next-hover = Ir para o próximo passo
step-back = ◀ Voltar
step-back-hover = Voltar para o passo anterior
step-checking = Verificando…
step-retry = ↻ Tentar de novo
step-retry-hover = Verificar o site de novo agora

## O rodapé
footer-save = 💾 Salvar relatório…
footer-save-hover = Salvar o relatório em um arquivo para um chamado de suporte
footer-format-hover = Formato do relatório
footer-copy = 📋 Copiar relatório
footer-copy-hover = Copiar o relatório (Markdown) para colar em uma mensagem
footer-full-address = Incluir o endereço completo
footer-full-address-hover = Desligado: senhas, cookies e tokens no endereço são removidos do relatório. Ligado: os parâmetros do endereço (a parte depois do "?") são mantidos (as senhas são sempre removidas).
footer-notes = Observações:
footer-notes-hint = O que você estava fazendo, desde quando (vai para o relatório)

## A tela inicial
start-heading = Qual site está mostrando o erro?
start-intro = Digite ou cole o endereço dele acima e pressione Enter. O Gateway Doctor verifica o site a partir deste computador, passo a passo, e diz se o problema está do seu lado ou do lado do site, e o que fazer.
start-guided = Me guie um passo de cada vez
start-guided-hover = Siga os cinco passos em ordem, com o que fazer em cada um
start-recent = Sites recentes
start-recent-hover = Verificar { $site } de novo
start-visitor-title = Verificações de visitante
start-visitor-steps =
    1. Recarregar – o erro é constante ou vai e volta?
    2. Limpar cache – uma cópia antiga ou um cookie causa o erro?
    3. Outro navegador – o seu navegador está sendo filtrado?
    4. Sua conexão – a sua internet está funcionando?
    5. Esperar – vale a pena esperar? Por quanto tempo?
start-owner-title = Modo dono do site
start-owner-intro = Além dos passos de visitante: arquivos estáticos comparados com a página dinâmica, os logs do seu servidor, plugins do WordPress, DNS nos resolvedores públicos e autoritativos, proxy, portas e caminhos IPv4/IPv6, limites e tempos limite do PHP, um teste de carga leve (pode ser desligado) e, com o endereço do seu servidor de origem, a origem comparada com a borda da CDN.

## O botão Sobre e uma verificação que não terminou
app-about = ℹ Sobre
app-about-hover = Versão, licença e a página do projeto
run-cancelled-step = Não verificado: a verificação foi cancelada antes de este passo terminar.
run-silent-step = Não verificado: este passo não deu resultado.
run-press-check = Clique em Verificar para tentar de novo.

## Mensagens abaixo do cabeçalho
notice-no-dialog-logs = Não foi possível abrir uma janela para escolher arquivos aqui: arraste os arquivos de log para esta janela.
notice-saved-fallback = Não foi possível abrir uma janela para escolher arquivos aqui, então o arquivo foi salvo em { $path }
notice-settings-not-saved = Não foi possível salvar suas configurações: { $error }
notice-report-saved = Relatório salvo em { $path }
notice-report-not-saved = Não foi possível salvar o relatório em { $path }: { $error }
notice-report-copied = Relatório copiado. Cole-o na sua mensagem para o suporte do site.
notice-history-off = As verificações não são guardadas no histórico: { $error }

# The titles of the file choosers (the system draws the rest of the dialog).
dialog-pick-recording = Escolha uma gravação do navegador (HAR)
dialog-pick-logs = Escolha os arquivos de log do servidor
