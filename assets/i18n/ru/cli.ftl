# Собственные слова командной строки (gateway-doctor check, logs, watch, history, server, har): ошибки
# использования и ввода, примечания в stderr, что каждая подкоманда выводит вокруг отчёта, живые строки
# `check`. Параметры (--timeout), команды, пути к файлам, имена проверок (dns, tcp, http …), id вердиктов
# (failing, healthy) и JSON не переводятся. Перед каждой ошибкой и примечанием в stderr программа выводит
# "gateway-doctor: ".

## src/cli/mod.rs

cli-value-not-utf8 = значение не является корректным UTF-8
# Обозначает значение, у которого нет собственного параметра, в «значение: почему».
cli-flag-a-value = значение
# $error — что не так с адресом.
cli-expected-host-port = ожидалось HOST:PORT ({ $error })
cli-output-no-folder = --output: папки { $folder } не существует
cli-output-is-folder = --output: { $path } — это папка; ожидалось имя файла
cli-timeout-range = --timeout: ожидалось число секунд от 0 до 600, получено { $value }
cli-retries-range = --retries: ожидалось не больше 20, получено { $value }
cli-owner-only-flags = --origin, --expect-ip, --public-resolver, --authoritative, --no-burst, --no-server-checks и --logs — проверки режима владельца: добавьте --mode owner
cli-no-runtime = не удалось запустить асинхронную среду выполнения
cli-no-runtime-why = не удалось запустить асинхронную среду выполнения: { $error }
cli-looking-for-site-status = Поиск собственной страницы статуса сайта по адресу { $url } ...
cli-no-status-page = Страница статуса не найдена: ни один известный провайдер не ответил, а сам сайт её не публикует.
# Строка о сохранённой истории сайта ($line — одна из фраз истории).
cli-history-line = История: { $line }
cli-cannot-write-report = не удалось записать отчёт в { $path }
cli-report-written = Отчёт записан в { $path }
cli-proxy-unsupported = примечание: прокси { $proxy } не является обычным HTTP-прокси и не поддерживается; проверка идёт без него
cli-no-app = В этой сборке нет настольного приложения; используйте `gateway-doctor check <address>`.

## src/cli/probe_lines.rs
# Живые строки `check`: каждая начинается с имени проверки (dns, tcp, http …), оно не переводится.

# $status и $reason — строка статуса HTTP (502 Bad Gateway); $protocol — HTTP/2, HTTP/1.1 …
cli-probe-http-over = { $status } { $reason } ({ $ms } мс) по { $protocol }
# $clean и $cached — id результатов (ok, 502, timeout …).
cli-probe-cache = без кэша: { $clean }, с кэшем и cookie: { $cached }
# $ok и $total — числа.
cli-probe-network = доступно контрольных адресов: { $ok } из { $total }
# $reason — почему проверка не запускалась.
cli-probe-skipped = пропущено: { $reason }

## src/cli/logs.rs
# $count, $lines, $skipped, $total, $failed и $minutes — числа (для форм множественного числа).

# Индикатор выполнения при чтении логов. $msg, $bar, $bytes, $total, $rate и $eta подставляет сам
# индикатор: оставьте каждый из них ровно один раз.
cli-logs-progress = { $msg } [{ $bar }] { $bytes }/{ $total }, { $rate }, осталось { $eta }
cli-logs-reading =
    { $count ->
        [one] Чтение { $count } файла лога
        [few] Чтение { $count } файлов лога
        [many] Чтение { $count } файлов лога
       *[other] Чтение { $count } файла лога
    }
cli-logs-severity-error = ОШИБКА
cli-logs-severity-warning = ВНИМАНИЕ
cli-logs-severity-info = ИНФО
# Когда замечена находка: $first и $last — время в том виде, в каком его записал лог.
cli-logs-seen-at = в { $first }
cli-logs-seen-span = с { $first } по { $last }
cli-logs-seen-unknown = время неизвестно
cli-logs-not-read = { $path }: НЕ ПРОЧИТАН: { $error }
# $format — вид лога (лог ошибок nginx …).
cli-logs-file =
    { $lines ->
        [one] { $path }: { $format }, { $lines } строка
        [few] { $path }: { $format }, { $lines } строки
        [many] { $path }: { $format }, { $lines } строк
       *[other] { $path }: { $format }, { $lines } строки
    }
cli-logs-file-skipped =
    { $path }: { $format }, { $lines ->
        [one] { $lines } строка
        [few] { $lines } строки
        [many] { $lines } строк
       *[other] { $lines } строки
    } ({ $skipped ->
        [one] { $skipped } двоичная, повреждённая или слишком длинная строка пропущена
        [few] { $skipped } двоичные, повреждённые или слишком длинные строки пропущены
        [many] { $skipped } двоичных, повреждённых или слишком длинных строк пропущено
       *[other] { $skipped } двоичной, повреждённой или слишком длинной строки пропущено
    })
cli-logs-cancelled = Отменено: результаты ниже охватывают только прочитанное.
cli-logs-no-finding = В этих логах не найдено известных причин 502/504.
# $severity — одно из слов серьёзности выше; $cause — id (upstream_timeout); $seen — одна из фраз
# «когда» выше.
cli-logs-finding =
    { $count ->
        [one] {"["}{ $severity }] { $title } ({ $cause }) — { $count } раз, { $seen }
        [few] {"["}{ $severity }] { $title } ({ $cause }) — { $count } раза, { $seen }
        [many] {"["}{ $severity }] { $title } ({ $cause }) — { $count } раз, { $seen }
       *[other] {"["}{ $severity }] { $title } ({ $cause }) — { $count } раза, { $seen }
    }
# $subjects — затронутые бэкенды, пулы или файлы.
cli-logs-involved = Затронуто: { $subjects }
cli-logs-fix = Исправление: { $fix }
cli-logs-access =
    { $total ->
        [one] Логи доступа: { $total } запрос, из них с ответом 5xx: { $failed }
        [few] Логи доступа: { $total } запроса, из них с ответом 5xx: { $failed }
        [many] Логи доступа: { $total } запросов, из них с ответом 5xx: { $failed }
       *[other] Логи доступа: { $total } запроса, из них с ответом 5xx: { $failed }
    }
cli-logs-top-pages = Страницы с наибольшим числом ошибок:
cli-logs-5xx-span =
    { $minutes ->
        [one] 5xx с { $first } по { $last }, за { $minutes } минуту
        [few] 5xx с { $first } по { $last }, за { $minutes } минуты
        [many] 5xx с { $first } по { $last }, за { $minutes } минут
       *[other] 5xx с { $first } по { $last }, за { $minutes } минуты
    }
cli-logs-5xx-span-peak =
    { $minutes ->
        [one] 5xx с { $first } по { $last }, за { $minutes } минуту; худшая минута — { $peak } ({ $peak_count })
        [few] 5xx с { $first } по { $last }, за { $minutes } минуты; худшая минута — { $peak } ({ $peak_count })
        [many] 5xx с { $first } по { $last }, за { $minutes } минут; худшая минута — { $peak } ({ $peak_count })
       *[other] 5xx с { $first } по { $last }, за { $minutes } минуты; худшая минута — { $peak } ({ $peak_count })
    }
# Отчёт в Markdown (** ** — полужирный, ` ` — код).
cli-logs-md-title = Анализ логов
cli-logs-md-not-read = `{ $path }`: **не прочитан**: { $error }
cli-logs-md-file =
    { $lines ->
        [one] `{ $path }`: { $format }, { $lines } строка, пропущено: { $skipped }
        [few] `{ $path }`: { $format }, { $lines } строки, пропущено: { $skipped }
        [many] `{ $path }`: { $format }, { $lines } строк, пропущено: { $skipped }
       *[other] `{ $path }`: { $format }, { $lines } строки, пропущено: { $skipped }
    }
cli-logs-md-cancelled = Отменено: результаты неполные.
cli-logs-md-findings = Результаты
cli-logs-md-no-finding = Известных причин 502/504 не найдено.
cli-logs-md-count =
    { $count ->
        [one] { $count } раз, { $seen }. { $explanation }
        [few] { $count } раза, { $seen }. { $explanation }
        [many] { $count } раз, { $seen }. { $explanation }
       *[other] { $count } раза, { $seen }. { $explanation }
    }
cli-logs-md-involved = Затронуто: `{ $subjects }`
cli-logs-md-fix = **Исправление:** { $fix }
cli-logs-md-access-title = Логи доступа
cli-logs-md-access =
    { $total ->
        [one] { $total } запрос, из них с ответом 5xx: { $failed }.
        [few] { $total } запроса, из них с ответом 5xx: { $failed }.
        [many] { $total } запросов, из них с ответом 5xx: { $failed }.
       *[other] { $total } запроса, из них с ответом 5xx: { $failed }.
    }
cli-logs-md-col-status = Статус
cli-logs-md-col-count = Количество
cli-logs-md-col-page = Страница
cli-logs-md-5xx-span = 5xx с { $first } по { $last }.

## src/cli/watch.rs

cli-watch-interval-range = --interval: ожидалось число секунд от 1 до 3600, получено { $value }
cli-watch-max-checks = --max-checks: ожидалось не меньше 1
cli-watch-start = Проверка { $url } каждые { $seconds } с
cli-watch-start-until = Проверка { $url } каждые { $seconds } с, пока не заработает
# Заголовок и текст уведомления на рабочем столе, когда сайт снова работает; $how — «HTTP 200» или
# cli-watch-it-answered.
cli-watch-back-title = { $host } снова работает
cli-watch-back-body = { $url } снова работает ({ $how }).
cli-watch-it-answered = сайт ответил
cli-watch-back-up = Снова работает: { $body }
cli-watch-notified = Уведомление на рабочем столе отправлено.
cli-watch-not-notified = Уведомление на рабочем столе не показано: { $why }.
cli-watch-stopped =
    { $checks ->
        [one] Остановлено после { $checks } проверки, из них неудачных: { $failed }.
        [few] Остановлено после { $checks } проверок, из них неудачных: { $failed }.
        [many] Остановлено после { $checks } проверок, из них неудачных: { $failed }.
       *[other] Остановлено после { $checks } проверки, из них неудачных: { $failed }.
    }
cli-watch-notifier-failed = ошибка системы уведомлений: { $error }
cli-watch-desktop-silent = рабочий стол не ответил за { $seconds } с
# В строке проверки, когда HTTP-ответ не пришёл.
cli-watch-no-answer = нет ответа
cli-watch-next = (повторная проверка через { $seconds } с)

## src/cli/history.rs

cli-history-not-stored = примечание: эта проверка не сохранена в истории: { $error }
cli-history-limit = --limit: ожидалось не меньше 1
cli-history-cannot-open = не удалось открыть историю проверок
cli-history-cannot-write-csv = не удалось записать CSV в { $path }
# $count — число.
cli-history-csv-written =
    { $count ->
        [one] { $count } проверка записана в { $path }
        [few] { $count } проверки записаны в { $path }
        [many] { $count } проверок записано в { $path }
       *[other] { $count } проверки записано в { $path }
    }
cli-history-empty = В { $path } пока нет сохранённых проверок.
cli-history-site-empty = В { $path } нет сохранённых проверок сайта { $site }.

## src/cli/server.rs

cli-server-kernel-log = --kernel-log { $path }: { $error } (ожидался доступный для чтения лог ядра, например /var/log/kern.log)
cli-server-timeout-range = ожидалось число секунд от 0 до 600

## src/cli/status.rs
# «site» — значение, которое вводят (--status-url site=URL): не переводится.

cli-status-url-form = ожидалось PROVIDER=URL (например, cloudflare=https://...), получено { $value }
cli-status-unknown-provider = неизвестный провайдер { $provider }: ожидался один из вариантов { $known } или site (собственная страница статуса сайта)
cli-status-not-url = { $url } — не URL: { $error }
cli-status-not-http = { $url }: ожидался адрес http:// или https://
# $names — названия провайдеров с их страницами статуса, соединённые через cli-status-and.
cli-status-asking = Запрос страницы статуса { $names } (обращение идёт только к сайту статуса провайдера) ...
# Соединяет два названия в списке («Cloudflare и Fastly»).
cli-status-and = и

## src/cli/world.rs

# $count — число (около 10).
cli-world-asking =
    { $count ->
        [one] Просим Globalping ({ $url }), сторонний сервис, загрузить этот сайт примерно из { $count } точки мира (он получит имя хоста и путь) ...
        [few] Просим Globalping ({ $url }), сторонний сервис, загрузить этот сайт примерно из { $count } точек мира (он получит имя хоста и путь) ...
        [many] Просим Globalping ({ $url }), сторонний сервис, загрузить этот сайт примерно из { $count } точек мира (он получит имя хоста и путь) ...
       *[other] Просим Globalping ({ $url }), сторонний сервис, загрузить этот сайт примерно из { $count } точки мира (он получит имя хоста и путь) ...
    }

## src/cli/har.rs

cli-har-cannot-read = не удалось прочитать { $path }: { $error }
cli-har-sanitize-self = --sanitize: { $path } — это сама запись; укажите другое имя файла (оригинал никогда не перезаписывается)
cli-har-cannot-write-sanitized = не удалось записать очищенную запись в { $path }
