# Собственные слова проверок и разборщиков: почему проверка пропущена, как не удался запрос или
# запрос DNS, что сделал тест нагрузки, что распознавание увидело в ответе (панель «Подробности»,
# отчёты, доказательства вердикта), ошибки клиентов страниц статуса и Globalping, ошибки чтения
# логов и названия форматов логов, ошибки уведомлений на рабочем столе.
# Не переводятся: названия заголовков, текст статуса HTTP (reason phrase), значения протокола, ID,
# шаблоны, которые сравниваются с данными, текст ошибок операционной системы и библиотек ($error).
# $secs и $ms — уже отформатированные числа («10.0», «250»); адрес ($address, $server) — IP-адрес
# с портом.

## src/probe/mod.rs: почему проверка пропущена

eng-skip-no-name = имя не удалось разрешить в адрес, поэтому подключаться не к чему
eng-skip-proxy-resolves = на этом компьютере имя не разрешается; его разрешает прокси
eng-skip-plain-http = сайт работает по обычному http (сертификат не используется)
eng-skip-no-tcp = нет TCP-соединения, поверх которого можно было бы установить TLS
eng-skip-no-answer-cache = сервер вообще не отвечает, так что страница из кэша не может быть причиной
eng-skip-no-answer-http3 = нет ответа, из которого можно было бы прочитать предложение HTTP/3 (Alt-Svc)
eng-skip-no-answer = сервер вообще не отвечает
eng-skip-no-connections = сервер не принимает соединения

## Общие для нескольких проверок (src/probe/paths.rs, src/probe/tcp.rs, src/status_client/mod.rs)

eng-no-answer-within = нет ответа за { $secs } с
# $error — почему имя не разрешилось (слова резолвера или ID результата, например NxDomain).
eng-cannot-resolve = не удалось разрешить { $host }: { $error }

## src/probe/burst.rs: лёгкий тест нагрузки владельца

eng-burst-off = лёгкий тест нагрузки был отключён
# В английском «requests» при любом числе; здесь — все формы числа.
eng-burst-label = небольшая серия из { $requests ->
        [one] { $requests } запроса
        [few] { $requests } запросов
        [many] { $requests } запросов
       *[other] { $requests } запроса
    }, не больше { $concurrency } одновременно
# В английском «request(s)» при любом числе; здесь — все формы числа.
eng-burst-stopped-slow = остановлено после { $count ->
        [one] { $count } запроса
        [few] { $count } запросов
        [many] { $count } запросов
       *[other] { $count } запроса
    }: сайт медленный, и время, отведённое на тест, истекло
eng-burst-stopped-silent = остановлено после { $count ->
        [one] { $count } запроса
        [few] { $count } запросов
        [many] { $count } запросов
       *[other] { $count } запроса
    }: не ответил никто
eng-burst-no-answer = ответ не пришёл вовремя

## src/probe/dns.rs

eng-dns-no-system-config = нет пригодной системной настройки DNS: { $error }
eng-dns-timeout = резолвер не ответил за { $secs } с
eng-dns-ns-timeout = нет ответа NS для { $zone } за { $secs } с
eng-dns-ns-failed = запрос NS для { $zone } не удался: { $error }

## src/probe/http3.rs

eng-http3-no-address = нет адреса для { $host }
eng-http3-udp-silent = нет ответа по UDP за { $secs } с
eng-http3-quic-setup = не удалось настроить QUIC: { $error }
eng-http3-udp-socket = не удалось открыть UDP-сокет: { $error }
eng-http3-quic-start = не удалось начать QUIC-рукопожатие: { $error }

## src/probe/propagation.rs: запрос DNS к каждому резолверу (режим владельца)

# Подписи строк: «Этот компьютер», «Cloudflare 1.1.1.1», «Публичный резолвер 192.0.2.1», «DNS-сервер 192.0.2.53».
eng-dns-row-no-lookup = Без запроса DNS
eng-dns-row-this-computer = Этот компьютер
eng-dns-row-resolver = Резолвер { $server }
eng-dns-row-public = Публичный резолвер { $server }
eng-dns-row-name-server = DNS-сервер { $server }
# $name уже в кавычках.
eng-dns-row-not-a-name = host: { $name } — недопустимое имя DNS ({ $error })
eng-dns-row-not-involved = хост — это IP-адрес или localhost; DNS здесь не участвует
eng-dns-ns-unresolved = не удалось разрешить адреса самих DNS-серверов
eng-dns-no-ns = не найдено записей NS ни для { $name }, ни для вышестоящих доменов
eng-dns-encode = не удалось закодировать запрос: { $error }
eng-dns-udp-socket = не удалось открыть UDP-сокет для { $server }: { $error }
eng-dns-unreachable = не удалось связаться с { $server }: { $error }
eng-dns-send = не удалось отправить запрос на { $server }: { $error }
eng-dns-no-reply-from = нет ответа от { $server }: { $error }
eng-dns-malformed = некорректный ответ от { $server }: { $error }
eng-dns-no-reply = нет ответа за { $secs } с
# $code — название кода ответа DNS (REFUSED, NOTIMP, ...).
eng-dns-rcode = неожиданный код ответа { $code }
eng-dns-truncated = ответ обрезан (слишком велик для UDP); каких-то записей может не хватать

## src/probe/routes.rs: пути к сайту (режим владельца)

# $scheme — http или https.
eng-route-port = порт { $port } ({ $scheme })
eng-route-unfinished = не завершилось за { $secs } с

## src/probe/steps.rs: что представлял собой каждый запрос шагов для посетителя

eng-step-try = попытка { $n }
eng-step-try-http1 = по HTTP/1.1
eng-step-fresh-profile = чистый профиль
eng-step-with-cache = с кэшем и cookie
eng-step-through-proxy = через прокси
eng-step-direct = напрямую

## src/probe/tls.rs

eng-tls-cert-checks = не удалось настроить проверку сертификатов: { $error }
eng-tls-bad-name = недопустимое имя для TLS: { $error }
eng-tls-timeout = TLS-рукопожатие не завершилось за { $secs } с
eng-tls-self-signed = самоподписанный сертификат ({ $error })
eng-tls-never-checked = сертификат сервера так и не был проверен

## src/probe/http/mod.rs: как не удался запрос

eng-http-bad-redirect = адрес переадресации непригоден: { $error }
eng-http-redirect-loop = бесконечная переадресация: { $url } ведёт обратно на уже посещённый адрес
eng-http-too-many-redirects = больше { $max ->
        [one] { $max } переадресации
        [few] { $max } переадресаций
        [many] { $max } переадресаций
       *[other] { $max } переадресации
    }
eng-http-no-response = соединение установлено, но ответа за { $secs } с не было
# $status и $reason — ответ прокси, например «407 Proxy Authentication Required».
eng-http-proxy-credentials = прокси требует учётные данные ({ $status } { $reason })
eng-http-connect-failed = не удалось подключиться к { $host }:{ $port }: { $error }
eng-http-proxy-connect-failed = не удалось подключиться к прокси { $host }:{ $port }: { $error }
eng-http-no-address = нет адреса для подключения
eng-http-proxy-connect-timeout = прокси не ответил вовремя на запрос CONNECT

## src/probe/http/wire.rs

eng-http-build-request = не удалось составить запрос: { $error }
eng-http-body-timeout = тело ответа не успело прийти целиком
# $code — код ошибки HTTP/2 (INTERNAL_ERROR, ...).
eng-http-body-reset = тело ответа оборвалось: сервер сбросил поток ({ $code })
eng-http-body-cut = тело ответа оборвалось: { $error }
eng-http2-goaway = вместо ответа сервер закрыл соединение HTTP/2 (GOAWAY { $code })
eng-http2-reset = вместо ответа сервер сбросил поток HTTP/2 (RST_STREAM { $code })
eng-http-not-http = сервер ответил чем-то, что не является HTTP ({ $error })
eng-http-closed = сервер закрыл соединение, не дав полного ответа ({ $error })
eng-proxy-closed = прокси закрыл соединение: { $error }
eng-proxy-closed-connect = прокси закрыл соединение во время CONNECT
eng-proxy-answer-too-long = ответ прокси на CONNECT слишком длинный
# $status — строка статуса прокси в том виде, в каком он её прислал.
eng-proxy-refused-tunnel = прокси отказал в туннеле: { $status }

## src/probe/http/decode.rs

eng-decode-zstd = не удалось декодировать тело в формате zstd: { $error }
# $coding — Content-Encoding, в кавычках.
eng-decode-unknown = тело закодировано как { $coding }, а эта программа не умеет такое декодировать
eng-decode-partial = тело в кодировке { $coding } не удалось декодировать полностью: { $error }

## src/evidence/http3.rs: одна строка о HTTP/3

eng-http3-not-offered = HTTP/3 не предлагается (в Alt-Svc нет h3)
eng-http3-works = HTTP/3 предлагается и работает отсюда (QUIC-рукопожатие за { $ms } мс)
eng-http3-works-at = HTTP/3 предлагается и работает отсюда (QUIC-рукопожатие с { $address } за { $ms } мс)
eng-http3-blocked = HTTP/3 предлагается, но здесь заблокирован (нет ответа QUIC по UDP за { $secs } с); после короткой паузы браузеры переходят на TCP, так что страница ломается не из-за этого
eng-http3-blocked-at = HTTP/3 предлагается, но здесь заблокирован (нет ответа QUIC от { $address } по UDP за { $secs } с); после короткой паузы браузеры переходят на TCP, так что страница ломается не из-за этого
eng-http3-failed = HTTP/3 предлагается, но QUIC-рукопожатие не удалось ({ $error }); браузеры переходят на TCP
eng-http3-failed-at = HTTP/3 предлагается, но QUIC-рукопожатие с { $address } не удалось ({ $error }); браузеры переходят на TCP
eng-http3-no-reason = причина не указана

## src/evidence/logs.rs: строка о чтении логов в списке проверок

eng-logs-summary = прочитано { $read } из { $files ->
        [one] { $files } файла логов
        [few] { $files } файлов логов
        [many] { $files } файлов логов
       *[other] { $files } файла логов
    }, { $findings ->
        [one] найдена { $findings } проблема
        [few] найдены { $findings } проблемы
        [many] найдено { $findings } проблем
       *[other] найдено { $findings } проблемы
    }
# $summary — eng-logs-summary. В английском «answers» при любом числе; здесь — все формы числа.
eng-logs-summary-access = { $summary }, в логах доступа { $count ->
        [one] { $count } ответ 5xx
        [few] { $count } ответа 5xx
        [many] { $count } ответов 5xx
       *[other] { $count } ответа 5xx
    }
eng-logs-summary-cancelled = { $summary } (отменено: прочитано частично)

## src/fingerprint/mod.rs и src/fingerprint/cdn/mod.rs: названия программ и пограничных серверов, которые не сводятся к названию продукта

# Подставляются в другие фразы как названия, в именительном падеже, мужского рода (глаголы после них — в мужском роде).
eng-sw-aws-elb = балансировщик нагрузки AWS
eng-sw-gcp-lb = балансировщик нагрузки Google Cloud
eng-sw-azure = шлюз Azure
eng-sw-heroku = маршрутизатор Heroku
eng-sw-unknown = неизвестный сервер
eng-edge-google-hosting = хостинг Google

## src/fingerprint/rules.rs и src/fingerprint/wordpress.rs: что совпало в ответе

# $name — название заголовка (server, via, ...), $value — его значение как есть.
eng-fp-header = заголовок { $name }: { $value }
eng-fp-header-name = заголовок { $name }
eng-fp-status = статус { $status }
# $reason, $title, $text, $pattern — текст из ответа или из сигнатуры, как есть.
eng-fp-reason = текст статуса «{ $reason }»
eng-fp-title = заголовок страницы «{ $title }»
eng-fp-body = тело: «{ $text }»
eng-fp-body-empty = тело: пустое
eng-fp-body-lacks = в теле нет «{ $pattern }»
# $header — set-cookie или cookie.
eng-wp-session-cookie = { $header }: cookie PHPSESSID
eng-wp-rest-header = заголовок link: REST API WordPress (wp-json)
eng-wp-generator = meta generator: { $content }
eng-wp-rest-page = страница ссылается на REST API WordPress (wp-json)
# $dir — /wp-content/ или /wp-includes/.
eng-wp-loads-from = страница загружает файлы из { $dir }

## src/fingerprint/cdn/mod.rs: как распознана CDN или балансировщик нагрузки перед сайтом

# $provider — название провайдера (Cloudflare); $date — дата списка (2026-12-01).
eng-edge-in-ranges = адрес { $ip } входит в опубликованные диапазоны { $provider } ({ $range }, список от { $date })
eng-edge-cname = DNS-имя { $name } оканчивается на .{ $suffix } ({ $provider })
# $what — eng-fp-header или eng-fp-header-name.
eng-edge-header = в ответе { $what } указывает на { $provider }

## src/status_client/mod.rs и src/provider_status/mod.rs: запрос к странице статуса

eng-status-the-site = Сайт
eng-status-client-setup = не удалось настроить клиент: { $error }
# $code $reason — «503 Service Unavailable»; $retry — « (Retry-After: 120)» или ничего.
eng-status-answered = страница статуса ответила { $code } { $reason }{ $retry }
eng-status-too-large = ответ больше { $mib } МиБ
# $expected — одно из eng-status-expected-* (в винительном падеже); $found — одно из eng-status-found-* или начало ответа в кавычках.
eng-status-not-format = страница статуса вернула не { $expected } ({ $found })
eng-status-expected-statuspage = summary.json от Statuspage
eng-status-expected-google = incidents.json от Google Cloud
eng-status-expected-feed = RSS- или Atom-фид
eng-status-found-empty = пустой ответ
eng-status-found-markup = HTML или XML
eng-status-found-json = JSON другой структуры или обрезанный

## src/globalping/client.rs: запрос к Globalping

# $url уже в кавычках.
eng-gp-bad-url = --globalping-url: ожидался адрес http:// или https://, а получено { $url }
eng-gp-unreachable = Не удалось связаться с Globalping по адресу { $url }: { $why }
eng-gp-slow = Globalping по адресу { $url } не ответил за { $secs } с
# $limits — "; " и части eng-gp-limit-* через ", " или ничего; $message — слова Globalping.
eng-gp-rate-limited = Лимит Globalping для анонимных тестов исчерпан (HTTP 429{ $limits }): { $message }
eng-gp-limit-limit = лимит { $value }
eng-gp-limit-remaining = осталось { $value }
eng-gp-limit-resets = сброс через (с) { $value }
eng-gp-limit-retry-after = повторить через (с) { $value }
eng-gp-http = Globalping ответил HTTP { $status }: { $message }
# $what — одно из eng-gp-malformed-*; $excerpt — начало ответа.
eng-gp-malformed = Ответ Globalping не соответствует документации его API ({ $what }): { $excerpt }
eng-gp-malformed-too-large = ответ больше { $mb } МБ
eng-gp-malformed-no-id = нет ID измерения
eng-gp-malformed-json = некорректный JSON: { $error }
# Место, для которого Globalping не указал ни города, ни страны.
eng-gp-somewhere = место неизвестно

## src/logs/mod.rs и src/logs/parse.rs: чтение логов сервера

eng-logformat-nginx-error = лог ошибок nginx
eng-logformat-access = лог доступа
eng-logformat-apache-error = лог ошибок Apache
eng-logformat-php-fpm = лог PHP-FPM
eng-logformat-php-error = лог ошибок PHP
eng-logformat-unknown = неизвестный формат
eng-log-permission-denied = не удалось прочитать { $path }: нет прав доступа (запустите через sudo или скопируйте файл туда, где его можно прочитать)
eng-log-not-found = не удалось прочитать { $path }: такого файла нет
eng-log-is-directory = не удалось прочитать { $path }: это каталог, а не файл лога
eng-log-open = не удалось прочитать { $path }: { $error }
# В английском «lines» при любом числе; здесь — все формы числа.
eng-log-read = ошибка при чтении { $path } после { $lines ->
        [one] { $lines } строки
        [few] { $lines } строк
        [many] { $lines } строк
       *[other] { $lines } строки
    }: { $error }
# URL с ответами 5xx сверх самых частых, подсчитанные вместе.
eng-logs-other-urls = (другие URL)
eng-logs-since-bad = --since: ожидалось YYYY-MM-DD или "YYYY-MM-DD HH:MM[:SS]", а получено { $value }

## src/notify.rs и src/watch.rs: почему не удалось показать уведомление на рабочем столе

eng-notify-no-bus = нет сеансовой шины рабочего стола (D-Bus)
eng-notify-unsupported = в этой сборке нет уведомлений на рабочем столе
