# O que "O site está fora do ar para todo mundo?" (os lugares do Globalping) acrescenta ao veredito, e as
# linhas que o histórico guardado de um site fornece (desde quando falha, quantas verificações falharam).

## O site está fora do ar para todo mundo?
world-places-all = todos os lugares consultados pelo mundo ({ $reported })
world-places-some = parte dos lugares consultados pelo mundo ({ $n } de { $reported })
world-works-here-fails-elsewhere = Daqui o site funciona, mas não abriu em { $places } (Globalping): o site pode estar fora do ar em outras regiões.
world-down-everywhere = Globalping: o site também não abriu em { $places }, então ele está fora do ar para todos.
world-fine-site-fine = Globalping: o site abriu em { $places }, então o site em si está funcionando.
world-fine-dns = Globalping: o site abriu em { $places }, então o nome dele funciona lá: o servidor DNS que este computador consulta está desatualizado ou filtrando (tente outro, por exemplo 1.1.1.1, ou espere uma mudança recente se propagar).
world-fine-cdn = Globalping: o site abriu em { $places }: o que falha são os servidores da CDN que respondem a você (na sua região), não o site inteiro.
world-fine-server = Globalping: o site abriu em { $places }: a falha pode se limitar às solicitações vindas do seu endereço (bloqueadas ou limitadas por excesso) ou ao servidor específico que responde a você.
world-fine-between = Globalping: o site abriu em { $places }: algo entre você e o site bloqueia ou interrompe a conexão.
world-mixed = Globalping: o site também não abriu em { $places } e abriu nos outros ({ $working }): a falha é regional ou vai e volta.
world-summary-no-answer = Nenhum lugar do Globalping respondeu a tempo, então isso não diz nada sobre outros lugares.
world-summary-down = Fora do ar para todos: o site também falhou em todos os lugares consultados pelo mundo ({ $n }), então o problema é o próprio site, não a sua conexão.
world-summary-just-you = Só com você: o site abriu em todos os lugares consultados pelo mundo ({ $n }), então o que falha está entre você e o site: a sua rede, o seu provedor de internet, o seu DNS ou os servidores do site que respondem à sua região.
world-summary-works = Funciona em todo lugar: o site abriu em todos os lugares consultados pelo mundo ({ $n }).
world-summary-partly = Parcialmente fora do ar: dos lugares consultados pelo mundo ({ $n }), o site abriu em { $working } e falhou em { $failing }, então o problema é regional (uma região da CDN, um nó do balanceador de carga) ou vai e volta.

## O histórico guardado do site
history-failing-since = com falha desde { $time } ({ $span })
history-working-again = funcionando de novo desde { $time }
history-working = funcionou em todas as verificações guardadas
history-no-checks = nenhuma verificação guardada
history-first-failure = { $checks ->
    [one] primeira falha registrada em { $time }, { $failures } de { $checks } verificação falhou
   *[other] primeira falha registrada em { $time }, { $failures } de { $checks } verificações falharam
}
history-no-failures = { $checks ->
    [one] nenhuma falha em { $checks } verificação recente
   *[other] nenhuma falha nas últimas { $checks } verificações
}
span-under-a-minute = menos de um minuto
span-minutes = { $n } min
span-hours = { $h } h
span-hours-minutes = { $h } h { $m } min
span-days = dias: { $n }
