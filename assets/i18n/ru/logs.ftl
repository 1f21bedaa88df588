# Причины 502/504, которые объясняет строка лога сервера: одна группа на каждый [[cause]] из
# assets/log_patterns.toml, по id причины (id, серьёзность, шаблоны для строк лога, правила выбора
# объекта и команды остаются в TOML; команды не переводятся).
#   logp-<id>-title        краткое название причины
#   logp-<id>-explanation  что означает строка, простыми словами
#   logp-<id>-fix          что изменить
# Директивы, настройки и имена файлов (fastcgi_pass, pm.max_children, `listen =`, php.ini, ...)
# пишутся как в файлах конфигурации и не переводятся.

## src/logs/patterns.rs (assets/log_patterns.toml): nginx error.log

logp-php_fpm_socket_missing-title = Нет сокета PHP-FPM
logp-php_fpm_socket_missing-explanation = nginx пытался обратиться к PHP-FPM через unix-сокет, которого не существует: PHP-FPM не запущен или nginx указывает неверный путь к сокету (например, от старой версии PHP).
logp-php_fpm_socket_missing-fix = Запустите PHP-FPM и укажите в fastcgi_pass сайта в nginx сокет, заданный в `listen =` в файле пула PHP-FPM.

logp-upstream_refused-title = Бэкенд отклонил соединение
logp-upstream_refused-explanation = По адресу, на который nginx передаёт запросы, никто не слушает: приложение или бэкенд не запущены, упали или слушают другой порт.
logp-upstream_refused-fix = Запустите (или перезапустите) бэкенд и проверьте, что он слушает адрес из proxy_pass / fastcgi_pass.

logp-upstream_permission_denied-title = nginx не может подключиться к бэкенду: нет прав
logp-upstream_permission_denied-explanation = Операционная система не дала nginx доступ к бэкенду: владелец или права unix-сокета не пускают пользователя nginx, или SELinux запрещает nginx открывать сетевые соединения.
logp-upstream_permission_denied-fix = Дайте пользователю nginx доступ к сокету (listen.owner / listen.group / listen.mode в пуле PHP-FPM) или, если стоит SELinux, разрешите подключения: setsebool -P httpd_can_network_connect 1.

logp-upstream_overloaded-title = Бэкенд перегружен (очередь подключений заполнена)
logp-upstream_overloaded-explanation = Очередь подключений (listen) бэкенда была заполнена, поэтому новые соединения отклонялись: трафика больше, чем могут обработать его рабочие процессы.
logp-upstream_overloaded-fix = Увеличьте число рабочих процессов бэкенда (pm.max_children для PHP-FPM) и длину его очереди подключений (listen.backlog, net.core.somaxconn) или сократите число медленных запросов.

logp-upstream_timeout-title = Бэкенд слишком медленный (тайм-аут)
logp-upstream_timeout-explanation = Бэкенд принял запрос, но не ответил вовремя (по умолчанию nginx ждёт 60 с), поэтому посетитель получил 504 Gateway Timeout.
logp-upstream_timeout-fix = Выясните, почему бэкенд медленный (медленные запросы к базе, внешние вызовы); если запросы действительно должны быть долгими, увеличьте proxy_read_timeout / fastcgi_read_timeout вместе с собственными лимитами бэкенда.

logp-upstream_closed-title = Бэкенд закрыл соединение (упал?)
logp-upstream_closed-explanation = Бэкенд оборвал соединение, не отправив полный ответ: он упал, был принудительно завершён (нехватка памяти, лимит времени) или слишком рано закрывает простаивающие keep-alive-соединения.
logp-upstream_closed-fix = Поищите в собственном логе бэкенда за то же время падение, завершение из-за нехватки памяти (OOM kill) или лимит времени; сделайте тайм-аут keep-alive бэкенда больше, чем у nginx.

logp-upstream_header_too_big-title = Слишком большие заголовки ответа бэкенда
logp-upstream_header_too_big-explanation = Бэкенд прислал заголовки ответа (часто большие cookie или много строк Set-Cookie), которые не поместились в буферы nginx, и nginx сдался с ошибкой 502.
logp-upstream_header_too_big-fix = Увеличьте буферы: proxy_buffer_size 16k; proxy_buffers 8 16k; (fastcgi_buffer_size / fastcgi_buffers для PHP) или отправляйте заголовки поменьше.

logp-no_live_upstreams-title = Все бэкенды помечены как неработающие
logp-no_live_upstreams-explanation = nginx пометил все серверы группы upstream как сбойные (после max_fails ошибок) и поэтому даже не пытался к ним обратиться: настоящая причина — в более ранних ошибках этих серверов.
logp-no_live_upstreams-fix = Исправьте более ранние ошибки бэкендов; проверьте max_fails / fail_timeout в блоке upstream.

logp-upstream_tls_failed-title = Сбой TLS при подключении к бэкенду
logp-upstream_tls_failed-explanation = nginx обращается к бэкенду по HTTPS, и TLS-рукопожатие не удалось: бэкенд не поддерживает TLS на этом порту, требует SNI или его сертификат/протоколы не подходят.
logp-upstream_tls_failed-fix = Если бэкенд работает по обычному HTTP, укажите http:// в proxy_pass; иначе задайте proxy_ssl_server_name on; и настройте proxy_ssl_name / proxy_ssl_protocols под бэкенд.

logp-upstream_unresolved-title = Не удалось разрешить имя бэкенда
logp-upstream_unresolved-explanation = nginx ищет имя бэкенда во время работы (resolver и переменная в proxy_pass), и DNS-запрос не удался.
logp-upstream_unresolved-fix = Проверьте имя и директиву `resolver` в nginx (она должна указывать на DNS-сервер, который знает это имя, например 127.0.0.11 в Docker).

logp-script_unknown-title = PHP-скрипт не найден
logp-script_unknown-explanation = PHP-FPM не нашёл скрипт, который запросил nginx: SCRIPT_FILENAME или root указывает не туда (обычно это 404 «File not found.», иногда — часть истории с 502).
logp-script_unknown-fix = Задайте fastcgi_param SCRIPT_FILENAME $document_root$fastcgi_script_name; и проверьте, что root указывает на файлы сайта и PHP-FPM может их читать.

## src/logs/patterns.rs (assets/log_patterns.toml): Apache error log

logp-backend_disabled-title = Apache временно отключил бэкенд
logp-backend_disabled-explanation = После неудачного подключения Apache помечает бэкенд как неработающий на время повторной попытки (retry) и отвечает 503/502, даже не пробуя к нему обратиться.
logp-backend_disabled-fix = Сначала исправьте ошибку подключения к бэкенду; меньшее значение retry= в строке ProxyPass заставит Apache пробовать снова раньше.

logp-backend_connect_failed-title = Apache не смог подключиться к бэкенду
logp-backend_connect_failed-explanation = Прокси Apache не смог открыть соединение с бэкендом: тот не запущен или слушает другой адрес.
logp-backend_connect_failed-fix = Запустите бэкенд и проверьте адрес в ProxyPass / SetHandler "proxy:...".

logp-backend_read_timeout-title = Бэкенд слишком медленный для Apache (тайм-аут)
logp-backend_read_timeout-explanation = Apache ждал ответа бэкенда дольше ProxyTimeout (= Timeout, по умолчанию 60 с) и перестал ждать.
logp-backend_read_timeout-fix = Выясните, почему бэкенд медленный; если медленная работа неизбежна, увеличьте ProxyTimeout (или timeout= в ProxyPass).

logp-backend_read_error-title = Ошибка чтения ответа бэкенда
logp-backend_read_error-explanation = Бэкенд закрыл или оборвал соединение, пока Apache читал его ответ: он упал или был принудительно завершён.
logp-backend_read_error-fix = Поищите в собственном логе бэкенда за то же время падение, завершение из-за нехватки памяти или лимит времени.

logp-fcgi_failed-title = Сбой FastCGI (PHP-FPM) в Apache
logp-fcgi_failed-explanation = proxy_fcgi в Apache не смог связаться с PHP-FPM: нет сокета/порта, или PHP-FPM закрыл соединение, не дав корректного ответа.
logp-fcgi_failed-fix = Проверьте, что PHP-FPM запущен и что SetHandler "proxy:unix:/run/php/...sock|fcgi://localhost" указывает его сокет; поищите падения в логе PHP-FPM.

## src/logs/patterns.rs (assets/log_patterns.toml): PHP-FPM log

logp-fpm_max_children-title = У PHP-FPM кончились рабочие процессы
logp-fpm_max_children-explanation = Все рабочие процессы PHP-FPM были заняты (достигнут pm.max_children), поэтому новые запросы вставали в очередь и завершались по тайм-ауту или отклонялись.
logp-fpm_max_children-fix = Увеличьте pm.max_children в файле пула (если хватает памяти: примерно свободная RAM / память на один рабочий процесс) и найдите медленные скрипты с помощью slow log.

logp-fpm_execute_timeout-title = PHP-FPM принудительно завершил медленный скрипт
logp-fpm_execute_timeout-explanation = PHP-скрипт работал дольше request_terminate_timeout, и PHP-FPM завершил его рабочий процесс, поэтому веб-сервер не получил ответа (502).
logp-fpm_execute_timeout-fix = Ускорьте скрипт или увеличьте request_terminate_timeout в файле пула вместе с тайм-аутом веб-сервера.

logp-fpm_child_segfault-title = Рабочий процесс PHP-FPM упал (segfault)
logp-fpm_child_segfault-explanation = Рабочий процесс PHP-FPM завершился с SIGSEGV, обычно из-за ошибки в расширении PHP (opcache, xdebug, библиотека работы с изображениями); запрос, который он обрабатывал, получил 502.
logp-fpm_child_segfault-fix = Обновите PHP и его расширения; отключайте недавно добавленные расширения по одному (их список выводит php -m), пока падения не прекратятся.

## src/logs/patterns.rs (assets/log_patterns.toml): PHP error log

logp-php_max_execution_time-title = PHP-скрипт упёрся в max_execution_time
logp-php_max_execution_time-explanation = PHP-скрипт работал дольше max_execution_time (по умолчанию 30 с) и был остановлен с фатальной ошибкой.
logp-php_max_execution_time-fix = Ускорьте скрипт или увеличьте max_execution_time в php.ini (или в php_admin_value пула) для скриптов, которым это нужно.

logp-php_memory_limit-title = PHP-скрипту не хватило памяти
logp-php_memory_limit-explanation = PHP-скрипту понадобилось больше памяти, чем memory_limit, и он был остановлен с фатальной ошибкой.
logp-php_memory_limit-fix = Выясните, что расходует память (большие запросы к базе, изображения); увеличьте memory_limit в php.ini, если скрипту это действительно нужно.
