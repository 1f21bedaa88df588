# Ядро `gateway-doctor server`, который запускается на самом сервере (src/server/): как была найдена
# каждая конфигурация, почему не удалось прочитать файл, что показала однократная проверка каждого
# приложения за веб-сервером, что не удалось посмотреть на машине (лог ядра, службы), почему проверки
# для сайта не запускались, и ошибки `--config`.
# Команды, строки конфигурации, пути, имена пользователей и байты HTTP/FastCGI остаются в коде.
# $software — название продукта (nginx, Apache, HAProxy, Caddy, Varnish, PHP-FPM); $file и $path —
# пути к файлам; $error — текст ошибки самой системы (часто на английском).

## src/server/mod.rs

mc-config-unreadable = --config { $file }: { $error }
mc-config-unknown = --config { $file }: не распознан как конфигурация nginx, Apache, HAProxy, Caddy, Varnish, PHP-FPM или php.ini
# Как была найдена конфигурация: файл указан через --config, а по содержимому понятно, что это.
mc-found-given = указан через --config; распознан как конфигурация { $software }
# $addresses: IP-адреса сайта через запятую.
mc-site-not-local = Адреса сайта ({ $addresses }) не принадлежат этому компьютеру: запустите gateway-doctor server на сервере, который обслуживает сайт.
mc-site-not-local-none = Адреса сайта (их нет) не принадлежат этому компьютеру: запустите gateway-doctor server на сервере, который обслуживает сайт.
mc-site-nothing-listens = На этом компьютере никто не слушает порт { $port }.
mc-site-not-a-web-server = Процесс, который слушает порт { $port }, — не веб-сервер, конфигурацию которого читает Gateway Doctor, или он принадлежит другому пользователю (запустите через sudo).
mc-site-checked = { $software } (процесс { $pid }) слушает порт { $port }; его конфигурация { $file } прочитана.

## src/server/discover.rs

# Как была найдена конфигурация (показывается рядом с ней).
mc-found-running-process = запущенный процесс { $pid }
mc-found-standard-path = стандартный путь

## src/server/check.rs
# Что показала проверка одного приложения за веб-сервером, в нескольких словах (показывается после его адреса).
# $seconds: лимит времени в секундах; $address: IP:порт; $host: имя хоста.

mc-probe-stopped = проверка прервалась: { $error }
mc-probe-not-tried = не проверялось
# $text: адрес в том виде, как он записан, с переменными ($host, ...).
mc-probe-variables = адрес из переменных ({ $text }): известен только во время каждого запроса
mc-probe-not-an-address = это не адрес: { $text }
mc-probe-no-socket = сокет не существует
mc-probe-socket-hidden = у этого пользователя нет прав его увидеть: запустите через sudo
mc-probe-not-a-socket = это файл, а не сокет
mc-probe-connect-timeout = соединение не установлено за { $seconds } с
mc-probe-unresolvable = здесь не удаётся разрешить имя { $host }
mc-probe-unresolvable-because = здесь не удаётся разрешить имя { $host } ({ $error })
mc-probe-connect-timeout-to = соединение с { $address } не установлено за { $seconds } с
mc-probe-tls-accepts = принимает соединения (TLS: сам запрос не проверялся)
mc-probe-refused = в соединении отказано: там никто не слушает
mc-probe-permission-denied = доступ запрещён
mc-probe-cannot-connect = не удаётся подключиться: { $error }
mc-probe-accepts = принимает соединения (протокол не проверялся)
mc-probe-answer-timeout = нет ответа за { $seconds } с
mc-probe-reset = сбросил соединение, не ответив
mc-probe-failed = ошибка соединения: { $error }
mc-probe-closed = принял соединение, а затем закрыл его, не ответив
# $detail: каким был ответ («HTTP 200», «ответ по FastCGI»); $took: сколько секунд он занял;
# $limit: лимит ожидания чтения в конфигурации веб-сервера, в секундах.
mc-probe-too-slow = { $detail } через { $took } с, а сервер ждёт только { $limit } с
mc-probe-http-incomplete = неполный HTTP-ответ
mc-probe-not-http = это не HTTP-ответ ({ $count ->
        [one] { $count } байт
        [few] { $count } байта
        [many] { $count } байт
       *[other] { $count } байта
    })
mc-probe-fcgi-answered = ответ по FastCGI
# $record: тип записи FastCGI, число.
mc-probe-fcgi-answered-type = ответ по FastCGI (тип записи { $record })
mc-probe-fcgi-got-http = отвечает по HTTP, а не по FastCGI (используйте proxy_pass, а не fastcgi_pass)
mc-probe-not-fcgi = это не ответ FastCGI ({ $count ->
        [one] { $count } байт
        [few] { $count } байта
        [many] { $count } байт
       *[other] { $count } байта
    })

## src/server/users.rs
# Почему пользователь рабочих процессов веб-сервера не может открыть unix-сокет. $mode: восьмеричные права, например 0660.

mc-perm-folder = папка { $path }: владелец { $owner }, группа { $group }, права { $mode }
mc-perm-socket = сокет: владелец { $owner }, группа { $group }, права { $mode }

## src/server/read.rs
# Почему не удалось прочитать файл конфигурации (показывается после пути к файлу).

# $size: в МиБ.
mc-read-too-large = файл больше { $size } МиБ; остальное не прочитано
mc-read-permission-group = доступ запрещён (читать могут root и, возможно, группа { $group }: запустите через sudo)
mc-read-permission = доступ запрещён (запустите через sudo)
mc-read-not-found = не найден
mc-read-folder = это папка, а не файл
mc-read-caddy-json = JSON-конфигурацию Caddy эта версия не читает (Caddyfile читает)

## src/server/host.rs

mc-kernel-log-unreadable = --kernel-log { $file }: { $error }
mc-kernel-log-none = Не удалось прочитать лог ядра (нет /var/log/kern.log; journalctl и dmesg ничего не дали): завершения процессов из-за нехватки памяти (OOM kills) не искались. Запустите через sudo или укажите --kernel-log FILE.
mc-services-no-systemd = systemd здесь не запущен: работают ли службы, не проверялось.
# Почему важна заполненность диска: что туда пишет веб-стек.
mc-disk-error-log = лог ошибок { $software }
mc-disk-nginx-temp = временные файлы nginx
mc-disk-php-sessions = сессии PHP
mc-disk-varnish-work = рабочая папка Varnish
mc-disk-tmp = временные файлы
