# Выводы режима сервера (файлы конфигурации nginx, Apache, HAProxy, Caddy, Varnish и PHP-FPM, машина под
# ними): «вот файл, вот строка, вот что сломано, вот исправление»; строки файла конфигурации, которые не
# удалось прочитать; ошибки негодного файла записи браузера (HAR); уведомления и ошибки файла настроек.
# Имена директив, строки конфигурации (в `обратных кавычках`), команды, имена юнитов и пути к файлам
# никогда не переводятся. $who — «nginx (sites-enabled/shop, строка 12)» (srv-who); $site — имя хоста или
# srv-site-on / srv-its-site (в родительном падеже, после «для»); $target — где находится бэкенд
# (127.0.0.1:9000, unix:/run/php/php8.2-fpm.sock); $detail — что дала попытка обратиться к нему
# («connection refused»), на том же языке (machine.ftl); $seconds и подобные — уже записанные числа («60», «0.5»).
# $software, $inner, $outer — названия программ (nginx, Apache, Varnish …), латиницей и без склонения.

## src/serverconf/judge.rs
# Сайт, который обслуживает бэкенд, внутри фразы (родительный падеж, после «для»), когда у него нет
# простого имени: «сайта на :8080».
srv-site-on = сайта на { $listen }
srv-its-site = своего сайта
# Кто передаёт запросы дальше: программа, короткое имя файла и строка.
srv-who = { $software } ({ $file }, строка { $line })
# $fix — строка конфигурации, которую нужно записать.
srv-socket-mismatch-fix = Напишите там `{ $fix }`, затем перезагрузите конфигурацию { $software }.
srv-down-nothing-listens = { $who } передаёт запросы для { $site } на { $target }, но там никто не слушает.
srv-down-no-socket = { $who } передаёт запросы для { $site } на { $target }, но такого сокета нет.
srv-down-fix-pool = Запустите PHP-FPM: его пул «{ $pool }» ({ $file }, строка { $line }) должен слушать этот адрес.
srv-down-fix-app = Запустите приложение, которое должно слушать { $target } (или укажите в { $file }, строка { $line }, адрес, который оно слушает на самом деле).
srv-not-a-socket-title = { $who } передаёт запросы для { $site } на { $target }, но это файл, а не сокет.
srv-not-a-socket-fix = Укажите сокет, который слушает приложение, или удалите устаревший файл и перезапустите приложение.
srv-permission-title = { $who } передаёт запросы для { $site } на { $target }, но его рабочие процессы (пользователь { $user }) не могут открыть этот сокет: { $detail }.
srv-permission-fix-pool = В пуле «{ $pool }» напишите `listen.owner = { $user }`, `listen.group = { $user }` и `listen.mode = 0660`, затем перезапустите PHP-FPM.
srv-permission-fix-app = Пусть приложение создаёт свой сокет так, чтобы пользователь { $user } мог в него писать (владелец или группа { $user }, режим 0660).
srv-unresolvable-title = { $who } передаёт запросы для { $site } на { $target }, но этот компьютер не может разрешить такое имя.
srv-unresolvable-fix = Если это имя контейнера, запустите эту проверку внутри сети этого контейнера (docker compose exec ...); иначе укажите адрес или исправьте имя.
# $setting — директива, которая задаёт лимит (proxy_read_timeout).
srv-slow-title-limit = { $who } передаёт запросы для { $site } на { $target }, но ответ оттуда приходит слишком медленно: { $detail }; { $software } перестаёт ждать через { $seconds } с ({ $setting }).
srv-slow-title-no-limit = { $who } передаёт запросы для { $site } на { $target }, но ответ оттуда приходит слишком медленно: { $detail }; { $software } ждёт без ограничения по времени.
srv-slow-fix = Выясните, что замедляет приложение (его собственные логи, база данных), или увеличьте лимит времени так, чтобы его хватало.
srv-error-title = { $who } передаёт запросы для { $site } на { $target }, но ответ оттуда неправильный: { $detail }.
srv-error-fix = Найдите ошибку в собственном логе приложения; проверьте, что оно работает по протоколу, который указывает директива (HTTP для proxy_pass, FastCGI для fastcgi_pass).
# $what — одно из сообщений srv-read-* ниже.
srv-unreadable-line-title = Не удалось прочитать строку { $line } файла { $file }: { $what }.
srv-unreadable-line-fix = Остальная часть файла прочитана; проверьте эту строку встроенной проверкой конфигурации самого сервера.
# $why — что сообщила система («permission denied», «not found»).
srv-unreadable-file-title = Не удалось прочитать { $file }: { $why }.
srv-unreadable-file-fix-permission = Запустите проверку через sudo или от имени пользователя из группы, которой принадлежит файл.
srv-unreadable-file-fix-path = Проверьте путь; его содержимое не проверялось.
# Действующий буфер заголовков, именная группа для srv-header-* (после «больше, чем» / «близко к»):
# «proxy_buffer_size 4k (sites-enabled/shop, строка 12)», «proxy_buffer_size 4k (значение по умолчанию)».
srv-buffer-at = { $directive } { $size } ({ $file }, строка { $line })
srv-buffer-default = { $directive } { $size } (значение по умолчанию)
# $bytes — число; «upstream sent too big header» — собственное сообщение nginx в логе.
srv-header-too-big-title = { $who } передаёт запросы для { $site } на { $target }, а ответ оттуда содержит { $bytes ->
        [one] { $bytes } байт
        [few] { $bytes } байта
        [many] { $bytes } байт
       *[other] { $bytes } байта
    } заголовков: больше, чем { $limit }, поэтому nginx отвечает 502 («upstream sent too big header»).
srv-header-near-title = { $who } передаёт запросы для { $site } на { $target }, а ответ оттуда содержит { $bytes ->
        [one] { $bytes } байт
        [few] { $bytes } байта
        [many] { $bytes } байт
       *[other] { $bytes } байта
    } заголовков: это близко к { $limit }; ещё один файл cookie — и nginx ответит 502.
srv-header-fix = Напишите `{ $lines }` в этом блоке server или location, затем перезагрузите конфигурацию nginx.
# $edge_limit — лимит CDN словами, в именительном падеже («лимит Cloudflare в 100 с на ответ исходного
# сервера»); $edge — её название.
srv-edge-chain-title = { $who } ждёт ответа от { $target } до { $seconds } с ({ $setting }), но { $edge_limit } ({ $edge_seconds } с) срабатывает раньше: страница, которая грузится дольше { $edge_seconds } с, завершится ошибкой тайм-аута на стороне { $edge }, что бы ни было указано в этой настройке.
srv-edge-chain-fix = Сделайте так, чтобы медленные запросы завершались за { $edge_seconds } с (или перенесите работу в фоновую задачу); увеличение { $setting } не поможет, пока перед сервером стоит { $edge }.
# Один прокси перед другим: $outer перестаёт ждать первым, $inner (за ним) всё ещё ждёт.
srv-proxy-chain-title = { $who } перестаёт ждать ответа от { $target } через { $seconds } с ({ $setting }), но { $inner } за ним ждёт ответа своего бэкенда до { $inner_seconds } с ({ $inner_setting }): медленные страницы заканчиваются ошибкой 504 от { $outer }, пока { $inner } ещё ждёт.
srv-proxy-chain-fix = Напишите `{ $line }` (чуть больше { $inner_seconds } с) или уменьшите { $inner_setting } в { $inner } до значения меньше { $seconds } с, затем перезагрузите конфигурацию.
# Лимит PHP больше, чем у веб-сервера: -ini, когда его задаёт max_execution_time в php.ini, -pool, когда
# его задаёт собственная настройка пула.
srv-php-timeout-title-ini = PHP может работать { $php_seconds } с (max_execution_time, { $php_file }, строка { $php_line }), но { $software } перестаёт ждать через { $seconds } с ({ $setting }) -> 504 на медленных страницах.
srv-php-timeout-title-pool = PHP может работать { $php_seconds } с (собственный лимит времени пула, { $php_file }, строка { $php_line }), но { $software } перестаёт ждать через { $seconds } с ({ $setting }) -> 504 на медленных страницах.
srv-php-timeout-fix = Напишите `{ $line }` (или уменьшите лимит PHP до значения меньше { $seconds } с), затем перезагрузите конфигурацию.
srv-verdict-no-config = Конфигурация веб-сервера на этом компьютере не найдена.
srv-verdict-no-upstreams = Конфигурация не передаёт запросы ни одному приложению: проверять нечего.
srv-verdict-nothing-checked = Не удалось проверить ни один бэкенд.
# $checked и $count — числа.
srv-verdict-healthy = Ответили все бэкенды, указанные в конфигурации (проверено: { $checked }).
srv-verdict-warnings = { $count ->
    [one] Ниже { $count } предупреждение.
    [few] Ниже { $count } предупреждения.
    [many] Ниже { $count } предупреждений.
   *[other] Ниже { $count } предупреждения.
}

## src/serverconf/links.rs
srv-socket-mismatch-title = { $software } ({ $file }, строка { $line }) передаёт PHP-запросы на { $path }, но там не слушает ни один пул PHP-FPM: пул «{ $pool }» слушает { $pool_path } ({ $pool_file }, строка { $pool_line }).

## src/serverconf/syntax.rs
# $message — собственное сообщение программы об ошибке, по-английски; $command — проверка, как она была
# запущена (nginx -t).
srv-config-test-title = Встроенная проверка конфигурации { $software } не проходит ({ $command }): { $message }. Работающий сервер, возможно, ещё использует старую конфигурацию, но следующая перезагрузка конфигурации или перезапуск завершится ошибкой, и сайт перестанет работать.
srv-config-test-no-message = программа завершилась с ошибкой
srv-config-test-fix = Исправьте эту строку, повторяйте проверку, пока она не пройдёт, затем перезагрузите конфигурацию.

## src/serverconf/host.rs
# OOM killer ядра: $count завершений $name за последние $hours часов; $when — srv-oom-when-*,
# $limit — srv-oom-limit-* (в винительном падеже, после «исчерпал»).
srv-oom-title = { $count ->
    [1] Ядро один раз завершило { $name } из-за нехватки памяти за последние { $hours } ч ({ $when }): процесс исчерпал { $limit }, и запросы, которые он обрабатывал, завершились ошибкой 502.
    [one] Ядро { $count } раз завершило { $name } из-за нехватки памяти за последние { $hours } ч ({ $when }): процесс исчерпал { $limit }, и запросы, которые он обрабатывал, завершились ошибкой 502.
    [few] Ядро { $count } раза завершило { $name } из-за нехватки памяти за последние { $hours } ч ({ $when }): процесс исчерпал { $limit }, и запросы, которые он обрабатывал, завершились ошибкой 502.
   *[many] Ядро { $count } раз завершило { $name } из-за нехватки памяти за последние { $hours } ч ({ $when }): процесс исчерпал { $limit }, и запросы, которые он обрабатывал, завершились ошибкой 502.
}
# $at — время в формате RFC 3339.
srv-oom-when-at = последний раз — { $at }
srv-oom-when-boot = с момента последней загрузки
srv-oom-limit-cgroup = свой лимит памяти (лимит контейнера или MemoryMax службы)
srv-oom-limit-machine = память машины
srv-oom-fix = Уменьшите число рабочих процессов { $name } (для PHP-FPM — уменьшите pm.max_children) или добавьте машине памяти или swap; что именно выросло, покажут строки вокруг этой.
# $why — почему этот путь важен («лог ошибок nginx»); $free — srv-size-*.
srv-disk-full-title = Диск, на котором находится { $path } ({ $why }), заполнен на { $pct }%, свободно { $free }: веб-сервер не может буферизовать ответы и записывать временные файлы, а PHP — сохранять сессии, и всё это заканчивается ошибками 500/502.
srv-disk-almost-full-title = Диск, на котором находится { $path } ({ $why }), заполнен на { $pct }%, свободно { $free }: когда он заполнится, веб-сервер и PHP не смогут записывать данные и будут отвечать 500/502.
srv-disk-fix = Освободите место: старые логи и ротированные файлы .gz, кэши, дампы памяти (core dumps); настройте logrotate, чтобы он сжимал логи и хранил их меньше.
srv-inodes-title = В файловой системе, где находится { $path } ({ $why }), занято { $pct }% инодов (свободно: { $left }): новый файл создать нельзя, даже если место есть.
srv-inodes-fix = Удалите множество мелких файлов, которые её заполняют (старые сессии PHP, записи кэша, почтовая очередь).
# Размеры: $n уже записано («3.2», «512»).
srv-size-gb = { $n } ГБ
srv-size-mb = { $n } МБ
# Служба systemd ($unit: php8.2-fpm.service); $result — собственное слово systemd (exit-code, signal).
srv-service-failed-title = Служба { $unit } в состоянии сбоя: ничего из того, что она обслуживала, не отвечает.
srv-service-failed-oom-title = Служба { $unit } в состоянии сбоя (завершена из-за нехватки памяти): ничего из того, что она обслуживала, не отвечает.
srv-service-failed-result-title = Служба { $unit } в состоянии сбоя (результат: { $result }): ничего из того, что она обслуживала, не отвечает.
srv-service-failed-fix = Узнайте причину в её журнале, устраните её, затем выполните `systemctl restart { $unit }`.
# $restarts — число.
srv-service-loop-title = { $restarts ->
    [one] Служба { $unit } постоянно перезапускается (уже { $restarts } перезапуск): она падает вскоре после старта, и каждый раз запросы завершаются ошибкой 502.
    [few] Служба { $unit } постоянно перезапускается (уже { $restarts } перезапуска): она падает вскоре после старта, и каждый раз запросы завершаются ошибкой 502.
    [many] Служба { $unit } постоянно перезапускается (уже { $restarts } перезапусков): она падает вскоре после старта, и каждый раз запросы завершаются ошибкой 502.
   *[other] Служба { $unit } постоянно перезапускается (уже { $restarts } перезапуска): она падает вскоре после старта, и каждый раз запросы завершаются ошибкой 502.
}
srv-service-loop-fix = Найдите в её журнале ошибку перед каждым завершением (неверная строка конфигурации, отсутствующий файл, память).
srv-service-stopped-title = Служба { $unit } остановлена.
srv-service-stopped-fix = Запустите её: `systemctl start { $unit }` (и `systemctl enable { $unit }`, чтобы она запускалась при загрузке).
srv-service-restarted-title = { $restarts ->
    [one] Служба { $unit } сейчас работает, но systemd перезапускал её { $restarts } раз с момента запуска: пока она не работала, запросы завершались ошибкой 502.
    [few] Служба { $unit } сейчас работает, но systemd перезапускал её { $restarts } раза с момента запуска: пока она не работала, запросы завершались ошибкой 502.
    [many] Служба { $unit } сейчас работает, но systemd перезапускал её { $restarts } раз с момента запуска: пока она не работала, запросы завершались ошибкой 502.
   *[other] Служба { $unit } сейчас работает, но systemd перезапускал её { $restarts } раза с момента запуска: пока она не работала, запросы завершались ошибкой 502.
}
srv-service-restarted-fix = Посмотрите в её журнале, почему она завершалась.

## src/serverconf/mod.rs
# Строка файла конфигурации, которую не удалось прочитать; $what — одно из сообщений srv-read-* ниже.
srv-read-problem = { $file }: не удалось прочитать строку { $line }: { $what }

## Что не так в строке, которую не удалось прочитать (src/serverconf/nginx.rs, apache.rs, caddy.rs,
## haproxy.rs, varnish.rs, php_fpm.rs), в нескольких словах, со строчной буквы: они стоят после двоеточия.
srv-read-binary = двоичные данные
srv-read-binary-text = двоичные данные, а не текст конфигурации
srv-read-quote-not-closed = кавычка не закрыта
srv-read-close-without-block = '{"}"}' без открытого блока
srv-read-block-not-closed = этот блок не закрыт
# $max — число.
srv-read-blocks-too-deep = блоки вложены глубже допустимого (максимум { $max }); этот пропущен
# Секции Apache: $closing и $open — имена секций (VirtualHost), $line — номер строки.
srv-read-apache-wrong-close = </{ $closing }> закрывает <{ $open }> из строки { $line }
srv-read-apache-nothing-to-close = </{ $closing }> без открытой секции
srv-read-apache-no-gt = строка секции без '>'
srv-read-apache-too-deep = секции вложены глубже допустимого (максимум { $max }); эта пропущена
srv-read-apache-not-closed = секция <{ $section }> не закрыта
# HAProxy: $word — первое слово строки.
srv-read-haproxy-before-section = '{ $word }' раньше первой секции
# Адрес сервера HAProxy без порта: «10.0.0.5 (порт, к которому подключился клиент)».
srv-haproxy-client-port = { $address } (порт, к которому подключился клиент)
# nginx: $name — имя директивы.
srv-read-nginx-quote = кавычка, которая так и не закрыта
srv-read-nginx-too-deep = блоки вложены глубже допустимого (максимум { $max }): этот блок не читается
srv-read-nginx-stray-semicolon = ';' без директивы перед ней
srv-read-nginx-stray-open = '{"{"}' без директивы перед ней
srv-read-nginx-no-semicolon = после «{ $name }» нет ';'
srv-read-nginx-stray-close = '{"}"}', которая ничего не закрывает
srv-read-nginx-not-closed = '{"{"}' директивы «{ $name }» так и не закрыта
# Varnish (VCL): комментарии /* */, длинные строки {" "}, "строки".
srv-read-varnish-comment = комментарий /* не закрыт
srv-read-varnish-long-string = строка {"{"}" не закрыта
srv-read-varnish-string = строка не закрыта
srv-read-varnish-backend-not-closed = этот бэкенд не закрыт
# $count — число.
srv-read-varnish-blocks-open = { $count ->
    [one] { $count } блок не закрыт к концу файла
    [few] { $count } блока не закрыты к концу файла
    [many] { $count } блоков не закрыты к концу файла
   *[other] { $count } блока не закрыты к концу файла
}
# Бэкенд VCL без адреса: $name — его имя; .host и .path — поля VCL.
srv-varnish-backend-no-host = бэкенд { $name } без .host и .path
# PHP-FPM и php.ini (INI-файлы).
srv-read-php-section = имя секции без закрывающей ']'
srv-read-php-expected = ожидалась строка вида ключ = значение
srv-read-php-no-key = значение без ключа

## src/har/mod.rs
# Почему файл не удалось прочитать как запись браузера (HAR); со строчной буквы, стоят после имени файла
# и двоеточия. $reason — собственное сообщение модуля чтения JSON, по-английски.
srv-har-not-json = файл не в формате JSON (строка { $line }, столбец { $column }: { $reason })
srv-har-truncated = файл обрывается раньше времени (обрезан на строке { $line }): сохраните запись заново
# $expected — srv-har-expected-*.
srv-har-not-har = файл в формате JSON, но это не запись HAR: ожидалось { $expected }
srv-har-expected-log = объект «log» на верхнем уровне
srv-har-expected-entries = «log.entries» — список запросов

## src/store/mod.rs
# Файл настроек не удалось прочитать: $file — его путь, $problem — одно из srv-store-problem-*,
# $backup — куда он перемещён, $error — что сообщила система.
srv-store-notice-kept = Не удалось прочитать ваш файл настроек { $file } ({ $problem }); он сохранён как { $backup }, а Gateway Doctor запущен с настройками по умолчанию.
srv-store-notice-not-moved = Не удалось прочитать ваш файл настроек { $file } ({ $problem }) и убрать его в сторону ({ $error }); Gateway Doctor запущен с настройками по умолчанию и заменит этот файл, когда настройки будут сохранены.
srv-store-problem-folder = это папка, а не файл
srv-store-problem-open = его не удалось открыть: { $error }
# $byte — число.
srv-store-problem-not-utf8 = это не текст: недопустимый UTF-8 в байте № { $byte }
srv-store-problem-json = недопустимый JSON: { $error }
srv-store-problem-not-object = ожидался объект JSON с настройками
srv-store-problem-value = неожиданное значение: { $error }
srv-store-too-many-backups = слишком много резервных копий с тем же именем
# Настройки не удалось сохранить: $path — папка или файл, $error — что сообщила система.
srv-store-error-create-dir = не удалось создать папку настроек { $path }: { $error }
srv-store-error-write = не удалось записать файл настроек { $path }: { $error }
srv-store-error-encode = не удалось закодировать настройки для { $path }: { $error }
