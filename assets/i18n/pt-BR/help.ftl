# O que as páginas dos passos oferecem além da constatação: como limpar o cache e salvar uma gravação
# do navegador em cada navegador, abrir o site em outro navegador e "continuar verificando" enquanto
# você espera. Os nomes de menus e botões entre aspas são os dos próprios navegadores: use os nomes que
# os navegadores mostram neste idioma.

## Recarregar e limpar o cache
reload-keys-mac = Cmd+Shift+R (Option+Cmd+R no Safari)
reload-keys-pc = Ctrl+F5 (ou Ctrl+Shift+R)
keys-clear-pc = Ctrl+Shift+Del
keys-clear-mac = Cmd+Shift+Delete
help-hard-reload = Para recarregar esta página sem a cópia em cache, pressione { $keys } no seu navegador.
help-clear-cache-most = Como limpar o cache (na maioria dos navegadores):
help-clear-cache-in = Como limpar o cache no { $browser }
cache-chromium-open = Pressione { $keys } para abrir a janela de limpeza dos dados de navegação.
cache-chromium-range = Defina o intervalo de tempo como 'Todo o período'.
cache-chromium-tick = Marque 'Imagens e arquivos armazenados em cache'. Se o site ainda falhar depois, marque também 'Cookies e outros dados do site' (isso desconecta você dos sites).
cache-chromium-confirm = Confirme com 'Excluir dados' (em alguns navegadores, 'Limpar dados' ou 'Limpar agora') e depois carregue o site de novo.
cache-firefox-open = Pressione { $keys } para abrir 'Limpar dados de navegação e cookies' (nas versões antigas, 'Limpar histórico recente').
cache-firefox-range = Defina o intervalo de tempo como 'Tudo'.
cache-firefox-tick = Marque 'Cache temporário de arquivos e páginas' (nas versões antigas, 'Cache'). Se o site ainda falhar depois, marque também 'Cookies e dados de sites' (isso desconecta você dos sites).
cache-firefox-confirm = Clique em 'Limpar' (ou 'Limpar agora' ou 'OK') e depois carregue o site de novo.
cache-safari-develop = Na barra de menus, escolha Safari > Ajustes (Preferências nas versões antigas do macOS), abra 'Avançado' e ative 'Mostrar recursos para desenvolvedores web' (nas versões antigas: 'Mostrar menu Desenvolvedor na barra de menus').
cache-safari-empty = Escolha Desenvolvedor > Esvaziar Caches ou pressione Option+Cmd+E.
cache-safari-reload = Carregue o site de novo. Se ainda falhar, remova também os dados do site: Safari > Ajustes > Privacidade > 'Gerenciar Dados de Sites', encontre o site e clique em 'Remover'.
cache-epiphany-menu = Abra o menu principal (o botão com três linhas) e escolha 'Preferências' (ou 'Configurações', conforme a versão).
cache-epiphany-privacy = Abra 'Privacidade' e clique em 'Limpar dados do site' (nas versões mais novas, 'Dados do site').
cache-epiphany-tick = Marque 'Cache de disco HTTP' (e 'Cookies', se o site ainda falhar depois; isso desconecta você dos sites) e clique em 'Limpar dados'.
cache-epiphany-reload = Carregue o site de novo.

## Outro navegador
help-no-other-browser = Nenhum outro navegador foi encontrado neste computador.
help-open-in-another = Abra o site em outro navegador:
help-open-in = Abrir no { $browser }
help-open-in-hover = Abrir o site no { $browser }
help-open-failed = Não foi possível abrir o { $browser }: { $error }
help-open-default = Abrir no navegador padrão
help-open-default-hover = Abrir o site no navegador padrão do sistema

## Salvar uma gravação do navegador (HAR) para o suporte
help-har-title = Grave o que o seu navegador vê (arquivo HAR para o suporte)
help-har-line = { $browser }: { $how }.
har-chromium = pressione F12, abra Rede, recarregue a página, clique com o botão direito na lista e escolha "Salvar tudo como HAR com conteúdo" (nas versões mais novas, use o botão "Exportar HAR", acima da lista)
har-firefox = pressione F12, abra Rede, recarregue a página, clique no ícone de engrenagem e escolha "Save All As HAR" (salvar tudo como HAR)
har-safari = ative o menu Desenvolvedor em Ajustes > Avançado, escolha Desenvolvedor > Mostrar Web Inspector (Option+Cmd+I), abra Rede (Network), recarregue a página e clique em Exportar (Export)
har-epiphany = pressione Ctrl+Shift+I, abra Network (rede), recarregue a página e clique em Export (exportar)
help-har-command = `gateway-doctor har FILE --sanitize OUT.har` explica o arquivo e grava uma cópia sem cookies nem tokens, pronta para enviar.

## Esperar: continuar verificando até o site voltar
watch-checked-at = Horário
watch-result = Resultado
watch-answered-by = Respondido por
watch-time-taken = Duração
watch-no-answer = sem resposta
watch-back = ✔ O site voltou: ele respondeu normalmente às { $time }.
watch-checking-again = Nova verificação { $when }
watch-checking-again-count = Nova verificação { $when } (verificações até agora: { $count })
watch-in-minutes = daqui a cerca de { $n } min
watch-in-seconds = daqui a { $n } s
watch-in-a-few-seconds = daqui a alguns segundos
watch-we-will-tell = Vamos avisar você assim que o site voltar a funcionar. Você pode deixar esta janela aberta.
watch-check-now = Verificar agora
watch-check-now-hover = Verificar de novo agora mesmo
watch-stop = Parar de verificar
watch-stop-hover = Parar as verificações automáticas (Esc)
watch-checking-now = Verificando de novo agora…
watch-keep-checking = ⏱ Continuar verificando até voltar
watch-keep-checking-hover = Verificar de novo automaticamente, esperando um pouco mais a cada vez, e me avisar quando funcionar
