# Список проверок режима владельца: выводы и советы о сервере и приложении за ним
# (логи сервера, перезапуск, лимиты PHP, плагины, брандмауэр и прокси, используемое ПО).
# Команды, строки конфигурации, искомые строки логов, названия заголовков и продуктов остаются в коде
# и попадают в эти сообщения как переменные. Коды статуса, порты и имена файлов передаются как текст.

## src/diagnosis/owner/stack.rs

be-checking = Проверка…
# Название веб-сервера, если его не удалось распознать; подставляется вместо «nginx» или «Apache».
be-the-web-server = веб-сервер
# Результат для одного пути, если ответа не было: $path — «/robots.txt», $outcome — технический результат
# («connect refused», «timeout»).
be-path-no-answer = { $path } без ответа ({ $outcome })
# Конец списка результатов: «a, b, ещё 2».
be-more = ещё { $count }

## src/diagnosis/owner/server_logs.rs

be-logs-reading = Чтение логов сервера…
# $server — «nginx» или «Apache»; $code — HTTP-статус (502).
be-logs-answered = { $server } ответил кодом { $code }; причина — в его логе ошибок.
be-logs-server-is = Веб-сервер — { $server }.
be-logs-server-unknown = Веб-сервер распознать не удалось; вот обычные логи.
# $sources — один или несколько be-logs-look-in / be-logs-look-in-next, соединённых через ". ".
be-logs-read-advice = Прочитайте последние строки каждого лога: { $sources }.
be-logs-read-advice-php-maybe = Прочитайте последние строки каждого лога (PHP-FPM — только если сайт работает на PHP): { $sources }.
# $file — файл лога; $lines — искомые строки лога, каждая в виде "текст в кавычках" (что она значит), через "; ".
be-logs-look-in = в { $file } ищите { $lines }
be-logs-look-in-next = А в { $file } ищите { $lines }
# Что означает показательная строка лога (выводится после строки, в скобках).
be-log-nginx-refused = приложение не запущено
be-log-nginx-no-socket = PHP-FPM не работает
be-log-nginx-timeout = приложение отвечает слишком медленно (по умолчанию 60 с)
be-log-nginx-closed = приложение дало сбой или закрыло соединение
be-log-nginx-queue-full = очередь входящих соединений (listen) приложения заполнена: перегрузка
be-log-nginx-permission = права доступа к сокету или SELinux
be-log-nginx-big-header = заголовки ответа не помещаются в буферы прокси
be-log-nginx-no-live = все бэкенды помечены как недоступные
be-log-apache-connect = Apache не смог подключиться к бэкенду
be-log-apache-timeout = бэкенд отвечал слишком долго (ProxyTimeout)
be-log-apache-reading = бэкенд закрыл соединение или прислал некорректные данные
be-log-apache-disabled = бэкенд временно отключён после ошибок
be-log-apache-fastcgi = сбои FastCGI (PHP-FPM)
be-log-php-max-children = слишком мало рабочих процессов для такой нагрузки
be-log-php-sigsegv = сбой расширения PHP
be-log-php-timeout = скрипт работал дольше, чем позволяет request_terminate_timeout

## src/diagnosis/owner/log_findings.rs

# $errors — почему не удалось прочитать каждый лог, через "; ".
be-logs-unreadable = Не удалось прочитать логи: { $errors }.
be-logs-unreadable-advice = Дайте Gateway Doctor копию, которую он сможет прочитать, или запустите его через sudo.
# $title — найденная проблема, $times — когда она попала в лог.
be-logs-explain = Логи объясняют ошибку: { $title } ({ $times }).
be-logs-involved = Затронуто: { $subject }.
be-logs-recent-unrelated = В логах есть проблемы примерно того же времени, что и эта проверка, но ни одна из них не объясняет, что ответил сайт.
be-logs-old-problems = В логах есть известные проблемы, но ни одной — примерно со времени этой проверки (за час до неё).
be-logs-most-telling = Самое показательное: { $title }. { $fix }
# В английском «lines» даже для одной строки; здесь — все формы числа.
be-logs-nothing-known = Известных причин 502/504 в логах нет ({ $lines ->
        [one] { $lines } строка
        [few] { $lines } строки
        [many] { $lines } строк
       *[other] { $lines } строки
    } в { $files ->
        [one] { $files } файле
        [few] { $files } файлах
        [many] { $files } файлах
       *[other] { $files } файла
    }).
be-logs-wrong-logs = Если сайт не работает, возможно, это логи не того сервера, который ответил: проверьте лог ошибок, указанный в его конфигурации (error_log / ErrorLog).
# $findings — «название (время)», через "; ".
be-logs-also = Ещё в логах: { $findings }.
# В логах доступа $errors из $total ответов были 5xx; $statuses — «3 × 502, 1 × 504»;
# $url — URL с наибольшим числом ошибок, $count — число его ошибок. В английском «answers» даже для одного.
be-logs-access-errors = Логи доступа: с ошибкой — { $errors } из { $total ->
        [one] { $total } ответа
        [few] { $total } ответов
        [many] { $total } ответов
       *[other] { $total } ответа
    } ({ $statuses }).
be-logs-access-errors-top = Логи доступа: с ошибкой — { $errors } из { $total ->
        [one] { $total } ответа
        [few] { $total } ответов
        [many] { $total } ответов
       *[other] { $total } ответа
    } ({ $statuses }), больше всего — на { $url } ({ $count }).
# $minute: «2024-01-02 10:00».
be-logs-access-one-minute = Все — в течение минуты { $minute }.
be-logs-access-span = Ошибки с { $first } по { $last }.
be-logs-not-read = Не прочитано: { $errors }.
be-logs-cancelled = Чтение прервано: прочитана только часть логов.

## src/diagnosis/owner/restart_server.rs

be-restart-not-checked = В этом запуске не проверялось (сравнение статических файлов со страницей выполняется только в режиме владельца).
be-restart-page-not-fetched = Сама страница не была загружена.
# $status — HTTP-статус (500).
be-restart-app-error = Сама страница отвечает кодом { $status } (ошибка внутри приложения, а не ошибка шлюза).
be-restart-app-error-advice = Перезапуск редко исправляет ошибку приложения: прочитайте лог ошибок приложения (см. «Логи сервера»).
# $pages и $files — каждый путь с результатом: «/robots.txt 200, / без ответа (timeout)».
be-restart-all-answered = Страница ({ $pages }) и статические файлы ({ $files }) ответили.
be-restart-nothing-needed = Сейчас ничего перезапускать не нужно.
be-restart-sometimes = Страница не работала лишь иногда ({ $pages }): сервер приложения отвечает, но не всегда.
be-restart-sometimes-advice = Вероятно, он перегружен или перезапускается: прежде чем перезапускать его, посмотрите его статус и последние строки лога (и лимиты PHP ниже).
# $server — «nginx», «Apache» или be-the-web-server.
be-restart-app-down = Статические файлы отвечают ({ $files }), а страница — нет ({ $pages }): { $server } работает; сервер приложения за ним (PHP-FPM или аналог) не работает или перегружен.
be-restart-app-down-advice = Перезапустите сервер приложения, а не веб-сервер, затем проверьте его статус и последние строки лога.
be-restart-nothing-answered = Ничего не ответило, даже статические файлы ({ $files }): сам веб-сервер не работает или недоступен.
be-restart-nothing-answered-advice = Запустите или перезапустите веб-сервер и проверьте, что он слушает порт сайта.
be-restart-backend-down = Статические файлы тоже не отдаются ({ $files }), как и страница ({ $pages }): { $server } передаёт все запросы бэкенду, который не отвечает, или не работает весь бэкенд.
be-restart-backend-down-advice = Проверьте, куда веб-сервер передаёт запросы (адрес или сокет в proxy_pass / fastcgi_pass), и что бэкенд запущен; статические файлы можно отдавать с диска и без него.

## src/diagnosis/owner/php_limits.rs

# $status — HTTP-статус (504); $elapsed — секунды («60.1»); $limit — название лимита
# («proxy_read_timeout в nginx (по умолчанию 60 с)»).
be-php-near-default = Ответ { $status } пришёл через { $elapsed } с — это близко к известному лимиту: { $limit }.
# $secs — лимит в целых секундах; $places — настройки, в которых он может быть задан, словами.
be-php-configured = Ответ { $status } пришёл примерно через { $secs } с ({ $elapsed } с): вероятно, настроен лимит в { $secs } с ({ $places }).
be-php-near-default-advice = Увеличьте этот лимит (и те, что стоят перед ним, — каждый чуть больше того, что за ним) или ускорьте медленный запрос; затем перезагрузите конфигурацию сервиса.
be-php-configured-advice = Найдите, где задан этот лимит (строки grep ниже), увеличьте его (каждый лимит чуть больше того, что за ним: PHP, затем веб-сервер, затем прокси или CDN перед ним) или ускорьте медленный запрос; затем перезагрузите конфигурацию сервиса.
# $rounds — be-php-round для каждого раунда, через ", ".
be-php-grows-with-load = Ошибок становится больше с ростом нагрузки: { $rounds }.
be-php-round = { $failures } из { $requests } с ошибкой (по { $concurrency } одновременно)
be-php-grows-with-load-advice = Серверу не хватает рабочих процессов: увеличьте pm.max_children (проверьте, хватит ли памяти: примерно 40–80 МБ на рабочий процесс PHP), добавьте процессов или серверов и кэшируйте страницы, которые не меняются.
be-php-flat-failures = С ошибкой — { $failures } из { $total ->
        [one] { $total } запроса
        [few] { $total } запросов
        [many] { $total } запросов
       *[other] { $total } запроса
    } теста нагрузки, причём при любом уровне нагрузки ({ $rounds }).
be-php-flat-failures-advice = Ошибки не зависят от нагрузки, поэтому лимит рабочих процессов — не очевидная причина; что именно сбоит, покажут логи сервера.
be-php-no-limit = Ни одна ошибка не совпала по времени с известным лимитом.
be-php-burst-off = Лёгкий тест нагрузки был отключён.
# $burst — как был устроен тест нагрузки, с заглавной буквы («Небольшая серия из 20 запросов, не больше 4 одновременно»).
be-php-burst-all-answered = { $burst }: ответ получен на все запросы.
be-php-no-limit-advice = Увеличение лимитов PHP здесь вряд ли поможет.

## src/diagnosis/owner/plugins.rs

be-plugins-page-failed = Страница не загрузилась, поэтому не удалось понять, работает ли сайт на WordPress.
be-plugins-php-not-wordpress = Сайт работает на PHP, но на странице нет признаков WordPress (ни тега generator, ни ссылки wp-json, ни путей /wp-content/).
be-plugins-not-wordpress = На странице нет признаков WordPress (ни тега generator, ни ссылки wp-json, ни путей /wp-content/).
be-plugins-not-wordpress-advice = Если сайт всё же работает на WordPress или другой CMS с плагинами, совет отключать их по одному остаётся в силе.
# $version — «WordPress 6.4.2» или «WordPress»; $plugins — be-plugins-none или be-plugins-seen(-more).
be-plugins-runs = Сайт работает на { $version }; { $plugins }.
be-plugins-none = файлов плагинов на странице нет
# $names — slug'и плагинов, через ", ".
# В английском «plugin(s)» при любом числе; здесь — все формы числа.
be-plugins-seen = { $count ->
        [one] найден { $count } плагин
        [few] найдено { $count } плагина
        [many] найдено { $count } плагинов
       *[other] найдено { $count } плагина
    }: { $names }
be-plugins-seen-more = { $count ->
        [one] найден { $count } плагин
        [few] найдено { $count } плагина
        [many] найдено { $count } плагинов
       *[other] найдено { $count } плагина
    }: { $names } и ещё { $more }
be-plugins-failing-advice = Неисправный или только что обновлённый плагин — частая причина ошибок 502. Отключите все плагины (переименуйте папку plugins через SFTP или используйте WP-CLI); если сайт заработает, включайте их по одному, чтобы найти виновника.
be-plugins-advice = Если ошибки вернутся, отключите все плагины (переименуйте папку plugins или используйте WP-CLI), затем включайте их по одному, чтобы найти виновника.

## src/diagnosis/owner/firewall_proxy.rs

be-fw-not-checked = В этом запуске не проверялось (маршруты сравниваются в режиме владельца).
be-fw-nothing-to-compare = Сравнивать нечего: имя не дало ни одного адреса, и прокси не используется.
# $routes — каждый проверенный путь с результатом: «IPv4 127.0.0.1:80: 200; IPv6 [::1]:80: refused».
be-fw-nothing-worked = Отсюда не сработал ни один путь к сайту: { $routes }.
be-fw-nothing-worked-advice = Сервер не работает, или брандмауэр перед ним блокирует этот компьютер. Проверьте, что веб-сервер слушает свои порты и брандмауэр их пропускает.
be-fw-same-everywhere = По всем проверенным путям сайт отвечает одинаково: { $routes }. Разницы из-за брандмауэра или прокси нет.
be-fw-nothing-to-change = Здесь ничего менять не нужно.
# $proxy — адрес прокси; $via и $direct — результаты через него и без него.
be-fw-proxy-blocks = Через настроенный прокси ({ $proxy }) сайт не работает ({ $via }), а без него отвечает ({ $direct }): прокси блокирует сайт или неисправен.
be-fw-proxy-blocks-advice = С сайтом всё в порядке; исправьте прокси или пустите этот сайт в обход него (добавьте его в no_proxy / в исключения прокси в браузере).
be-fw-only-proxy = До сайта доходит только прокси ({ $proxy }); прямые соединения отсюда не проходят ({ $direct }). Это нормально для сетей, где прокси обязателен: строки с прямым соединением мало говорят о сайте.
# $family и $other — «IPv4» / «IPv6»; $record — тип DNS-записи, «A» или «AAAA».
be-fw-family-down = { $family } не работает, { $other } работает ({ $routes }): запись { $record } указывает на адрес, который не принимает соединения.
be-fw-family-down-advice = Исправьте запись { $record } (или удалите её) либо настройте сервер на приём соединений по { $family } и откройте { $family } в брандмауэре: посетители с { $family } получают ошибки или долго ждут переключения на другой адрес.
be-fw-families-differ = IPv4 и IPv6 отвечают по-разному ({ $v4 }; { $v6 }): они ведут на разные серверы или конфигурации.
be-fw-families-differ-advice = Сделайте так, чтобы оба адреса обслуживали один и тот же сайт (один и тот же server block / virtual host на обоих или один и тот же бэкенд).
be-fw-some-addresses = Одни адреса не работают, а другие работают ({ $bad }; { $good }): один из серверов за этим именем не работает или закрыт брандмауэром.
be-fw-some-addresses-advice = Почините этот сервер или удалите его адрес из DNS.
# $port и $other_port — номера портов; $scheme — «http» или «https»; $result и $other_result — что дал каждый порт.
be-fw-own-port-closed = Порт { $port } ({ $scheme }) не работает ({ $result }), а порт { $other_port } работает ({ $other_result }): веб-сервер его не слушает или его блокирует брандмауэр.
be-fw-own-port-closed-advice = Настройте веб-сервер на порт { $port } и откройте этот порт в брандмауэре (и в группе безопасности у хостинг-провайдера).
be-fw-no-https = Порт { $port } (https) закрыт ({ $result }), а порт { $other_port } работает: у сайта нет HTTPS.
be-fw-no-https-advice = Браузеры помечают обычный http как небезопасный; установите сертификат (например, Let's Encrypt) и включите https на порту 443.
be-fw-no-http = Порт { $port } (http) закрыт ({ $result }), а порт { $other_port } работает: посетители, которые вводят адрес без https://, могут не получить ответа.
be-fw-no-http-advice = Откройте порт 80 и настройте с него переадресацию на https.
