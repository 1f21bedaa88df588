# Разделы владельца в отчётах (сеть CDN и исходный сервер, ответы DNS, пути к сайту, статические и
# динамические пути, лёгкий тест нагрузки, логи сервера) и однострочные итоги, которые командная
# строка выводит по завершении каждой проверки владельца; отчёт режима сервера (`gateway-doctor server`)
# в виде текста, Markdown и HTML; панель логов сервера в приложении; уведомления приложения, когда
# отслеживаемый сайт снова работает или история экспортирована.
# Адреса, порты, коды статуса, типы записей (NXDOMAIN, CNAME, IPv4), id результатов («timeout»,
# «connect refused»), имена юнитов, пути и команды не переводятся. Числа $count, $lines, $total,
# $errors, $files, $checks и $skipped — это числа (для форм множественного числа); остальные числа
# приходят уже записанными («3.0», «24»).

## src/report/owner.rs

pg-ms = { $ms } мс
pg-ok = ок
pg-owner-logs-title = Логи сервера
pg-owner-logs-col-finding = Что найдено
pg-owner-logs-col-times = Сколько раз
pg-owner-logs-col-last-seen = Последний раз
pg-owner-logs-col-involved = Затронуто
pg-owner-logs-not-read = Не прочитан: { $error }
# $format — вид лога («лог ошибок nginx»). В английском «lines» даже для одной строки; здесь — все формы числа.
pg-owner-logs-file = { $path }: { $format }, { $lines ->
        [one] { $lines } строка
        [few] { $lines } строки
        [many] { $lines } строк
       *[other] { $lines } строки
    }
pg-owner-logs-none = В этих логах нет известных причин 502/504.
# $statuses — «7 × 502, 1 × 504»; $urls — страницы с наибольшим числом ошибок, «/login (7), /cart (2)».
# В английском «requests» и «server errors» даже для одного; здесь — все формы числа.
pg-owner-logs-access = Логи доступа: { $total ->
        [one] { $total } запрос
        [few] { $total } запроса
        [many] { $total } запросов
       *[other] { $total } запроса
    }, { $errors ->
        [one] { $errors } ошибка сервера
        [few] { $errors } ошибки сервера
        [many] { $errors } ошибок сервера
       *[other] { $errors } ошибки сервера
    }.
pg-owner-logs-access-statuses = Логи доступа: { $total ->
        [one] { $total } запрос
        [few] { $total } запроса
        [many] { $total } запросов
       *[other] { $total } запроса
    }, { $errors ->
        [one] { $errors } ошибка сервера
        [few] { $errors } ошибки сервера
        [many] { $errors } ошибок сервера
       *[other] { $errors } ошибки сервера
    } ({ $statuses }).
pg-owner-logs-access-top = Логи доступа: { $total ->
        [one] { $total } запрос
        [few] { $total } запроса
        [many] { $total } запросов
       *[other] { $total } запроса
    }, { $errors ->
        [one] { $errors } ошибка сервера
        [few] { $errors } ошибки сервера
        [many] { $errors } ошибок сервера
       *[other] { $errors } ошибки сервера
    }; больше всего ошибок: { $urls }.
pg-owner-logs-access-statuses-top = Логи доступа: { $total ->
        [one] { $total } запрос
        [few] { $total } запроса
        [many] { $total } запросов
       *[other] { $total } запроса
    }, { $errors ->
        [one] { $errors } ошибка сервера
        [few] { $errors } ошибки сервера
        [many] { $errors } ошибок сервера
       *[other] { $errors } ошибки сервера
    } ({ $statuses }); больше всего ошибок: { $urls }.
pg-owner-logs-cancelled = Чтение прервано: прочитана только часть логов.
pg-owner-origin-title = Сеть CDN и исходный сервер
pg-owner-origin-col-asked = Куда обращались
pg-owner-origin-col-answer = Ответ
pg-owner-origin-edge = Через адрес сайта (пограничный сервер CDN)
# $origin — адрес и порт исходного сервера, «203.0.113.10:443».
pg-owner-origin-direct = Напрямую к исходному серверу { $origin }
# $name — имя хоста сайта.
pg-owner-dns-title = Ответы DNS для { $name }
# $addresses — адреса, заданные через --expect-ip (это параметр: не переводится).
pg-owner-dns-expected = Ожидается (--expect-ip): { $addresses }.
pg-owner-dns-no-name-servers = DNS-серверы домена не найдены: { $error }.
pg-owner-routes-title = Пути к сайту
pg-owner-routes-col-way = Способ
pg-owner-routes-col-result = Результат
pg-owner-routes-proxy = Системный прокси для сайта: { $proxy }.
pg-owner-paths-title = Статические и динамические пути
pg-owner-paths-col-path = Путь
pg-owner-paths-col-kind = Тип
pg-owner-paths-col-result = Результат
pg-owner-paths-col-time = Время
# $summary — результаты по каждому типу, «статический 1/1 ок, динамический 0/1 (502)».
pg-owner-paths-summary = Статические и динамические пути: { $summary }.
# $plugins — слаги плагинов через ", ".
pg-owner-paths-plugins = Плагины WordPress, замеченные на странице: { $plugins }.
pg-owner-burst-title = Лёгкий тест нагрузки
pg-owner-burst-col-at-once = Одновременно
pg-owner-burst-col-requests = Запросы
pg-owner-burst-col-failed = С ошибкой
pg-owner-burst-col-answers = Ответы
pg-owner-burst-col-median = Медиана
pg-owner-burst-col-slowest = Самый медленный
# $what — как проводился тест («небольшая серия из 13 запросов, не больше 4 одновременно»).
pg-owner-burst-sent = Что отправлено: { $what }.
# $summary — pg-burst-summary.
pg-owner-burst-result = Результат: { $summary }.
pg-owner-burst-overload = Ошибок становится больше с ростом числа одновременных запросов: серверу не хватает рабочих процессов (перегрузка).
# Тип проверенного пути — в таблице и в «статический 2/2 ок».
pg-kind-static = статический
pg-kind-dynamic = динамический
# Однострочные итоги (со строчной буквы: они также идут после названия проверки в живом выводе командной строки).
pg-dns-not-queried = не запрашивалось (указан IP-адрес)
pg-dns-no-answer = ни один резолвер не ответил
# $answer — адреса, «цель CNAME» или «NXDOMAIN».
pg-dns-one-answered = ответил 1 резолвер: { $answer }
# $count — 2 или больше.
pg-dns-agree = { $count ->
        [one] одинаковый ответ у { $count } резолвера: { $answer }
        [few] одинаковый ответ у { $count } резолверов: { $answer }
        [many] одинаковый ответ у { $count } резолверов: { $answer }
       *[other] одинаковый ответ у { $count } резолвера: { $answer }
    }
# $count — 2 или больше; $answers — «203.0.113.10 (2), 198.51.100.7 (1)».
pg-dns-disagree = { $count ->
        [one] разные ответы у { $count } резолвера: { $answers }
        [few] разные ответы у { $count } резолверов: { $answers }
        [many] разные ответы у { $count } резолверов: { $answers }
       *[other] разные ответы у { $count } резолвера: { $answers }
    }
# $summary — pg-dns-agree или pg-dns-disagree; $count резолверов не ответили.
pg-dns-silent = { $summary }; не ответили: { $count }
pg-dns-no-records = нет записей A/AAAA
pg-dns-no-address = нет адреса
pg-routes-none = ни один способ не проверялся
# «порт 80 отклонено».
pg-route-port = порт { $port }
# $origin — «203.0.113.10:443»; $result и $edge — HTTP-статус («502») или что произошло
# («соединение отклонено»).
pg-origin-answered = { $origin } ответил: { $result }
pg-origin-answered-edge = { $origin } ответил: { $result } (пограничный сервер: { $edge })
pg-origin-edge = { $origin }: { $result } (пограничный сервер: { $edge })
pg-paths-none = пути не проверялись
pg-burst-off = отключён: дополнительные запросы не отправлялись
pg-burst-none = запросы не отправлялись
# $at — сколько запросов одновременно, «4» или «1-4»; $failures — ошибки в каждом раунде, «0, 0, 5».
# В английском «requests» даже для одного; здесь — все формы числа.
pg-burst-summary = { $total ->
        [one] { $total } запрос
        [few] { $total } запроса
        [many] { $total } запросов
       *[other] { $total } запроса
    }, по { $at } одновременно: с ошибкой — { $failures }
# $why — почему тест остановился («ничего не ответило»).
pg-burst-summary-stopped = { $total ->
        [one] { $total } запрос
        [few] { $total } запроса
        [many] { $total } запросов
       *[other] { $total } запроса
    }, по { $at } одновременно: с ошибкой — { $failures } (остановлено досрочно: { $why })

## src/report/server.rs

pg-server-title = Gateway Doctor: проверка сервера
# $at — когда составлен отчёт (RFC 3339).
pg-server-generated = Сформирован: { $at }.
# Состояние приложения за веб-сервером (остальные — это id: refused, timeout…).
pg-server-state-ok = ок
pg-server-state-not-checked = не проверено
pg-server-state-too-slow = слишком медленно
# Серьёзность находки, в квадратных скобках.
pg-server-severity-error = {"["}ОШИБКА]
pg-server-severity-warning = {"["}внимание]
pg-server-severity-info = {"["}инфо]
# Где находится находка или приложение за веб-сервером: файл конфигурации и строка.
pg-server-place = { $config }, строка { $line }
# Заголовки (текстовая форма добавляет двоеточие).
pg-server-config-read = Прочитанная конфигурация
pg-server-none-found = (ничего не найдено)
pg-server-this-machine = Эта машина
pg-server-findings = Что найдено
pg-server-upstreams = Приложения за веб-сервером
pg-server-upstreams-tried = Приложения за веб-сервером (по одной попытке)
# $count — сколько логов ошибок прочитано.
pg-server-error-logs = Логи ошибок (прочитано: { $count }):
pg-server-error-logs-nothing = ничего о сбоях приложений за веб-сервером
# Прочитанная конфигурация: $name — программа и её версия («nginx 1.24.0»), $config — главный
# файл, $found_by — как она найдена, $files — сколько в ней файлов.
pg-server-config = { $name } { $config } ({ $found_by }; { $files ->
        [one] { $files } файл
        [few] { $files } файла
        [many] { $files } файлов
       *[other] { $files } файла
    })
pg-server-config-test-passes = { $name } { $config } ({ $found_by }; { $files ->
        [one] { $files } файл
        [few] { $files } файла
        [many] { $files } файлов
       *[other] { $files } файла
    }; встроенная проверка конфигурации проходит)
pg-server-config-test-fails = { $name } { $config } ({ $found_by }; { $files ->
        [one] { $files } файл
        [few] { $files } файла
        [many] { $files } файлов
       *[other] { $files } файла
    }; встроенная проверка конфигурации НЕ ПРОХОДИТ)
# Проверенное приложение за веб-сервером: директива, куда она указывает, где задана, что показала
# попытка ($detail) и сколько она заняла в миллисекундах ($ms).
pg-server-upstream = { $directive } -> { $target } ({ $config }, строка { $line }): { $detail }
pg-server-upstream-ms = { $directive } -> { $target } ({ $config }, строка { $line }): { $detail }, { $ms } мс
# Под находкой: где она и как исправить.
pg-server-at = где: { $place }
pg-server-fix = исправление: { $fix }
# Таблица приложений за веб-сервером.
pg-server-col-state = Состояние
pg-server-col-directive = Директива
pg-server-col-target = Куда
pg-server-col-where = Где
pg-server-col-detail = Подробности
# Эта машина: $source — откуда прочитан лог ядра (journalctl -k, /var/log/kern.log).
pg-server-kernel-no-oom = лог ядра ({ $source }): за последние { $hours } ч завершений по OOM не было
pg-server-kernel-oom = лог ядра ({ $source }): { $count ->
        [one] { $count } завершение по OOM
        [few] { $count } завершения по OOM
        [many] { $count } завершений по OOM
       *[other] { $count } завершения по OOM
    }
# $path — точка монтирования; $why — что на ней («логи nginx»); $used и $inodes — проценты.
pg-server-disk = диск { $path } ({ $why }): занято { $used }%, инодов занято { $inodes }%
# Служба: её юнит, состояние и подсостояние (слова systemd: active, running), сколько раз она
# перезапускалась. В английском «restarts» даже для одного; здесь — все формы числа.
pg-server-service-restarts = { $unit }: { $active } ({ $sub }), { $count ->
        [one] { $count } перезапуск
        [few] { $count } перезапуска
        [many] { $count } перезапусков
       *[other] { $count } перезапуска
    }

## src/gui/panels/logs.rs

pg-logs-title = Логи сервера
pg-logs-intro = Gateway Doctor читает логи nginx, Apache, PHP-FPM и PHP (в том числе файлы .gz и ротированные) на этом компьютере и выбирает строки, которые объясняют 502 или 504. Никуда ничего не отправляется.
pg-logs-analyse = 📂 Анализировать логи…
pg-logs-analyse-hover = Выберите файлы логов, например /var/log/nginx/error.log
pg-logs-or-drop = или перетащите файлы логов в это окно
# $percent — сколько прочитано, «42».
pg-logs-reading = { $count ->
        [one] Чтение { $count } файла… { $percent } %
        [few] Чтение { $count } файлов… { $percent } %
        [many] Чтение { $count } файлов… { $percent } %
       *[other] Чтение { $count } файла… { $percent } %
    }
pg-logs-cancel = Отмена
pg-logs-cancel-hover = Остановить чтение
# В английском «log file(s)» при любом числе; здесь — все формы числа.
pg-logs-will-read = { $count ->
        [one] { $count } файл логов будет прочитан после следующей проверки.
        [few] { $count } файла логов будут прочитаны после следующей проверки.
        [many] { $count } файлов логов будут прочитаны после следующей проверки.
       *[other] { $count } файла логов будут прочитаны после следующей проверки.
    }
pg-logs-cancelled = Чтение прервано: эти результаты охватывают только прочитанное.
pg-logs-what-they-say = Что говорят логи
pg-logs-none = В этих логах нет известных причин 502/504.
# $subjects — бэкенды, URL или файлы, к которым относится находка, через ", ".
pg-logs-involved = Затронуто: { $subjects }
# $count — сколько под ней строк-примеров.
pg-logs-examples = Примеры строк ({ $count })
# Прочитанный файл: $format — вид лога («лог ошибок nginx»). В английском «lines» даже для одной строки; здесь — все формы числа.
pg-logs-file = { $format }, { $lines ->
        [one] { $lines } строка
        [few] { $lines } строки
        [many] { $lines } строк
       *[other] { $lines } строки
    }
pg-logs-file-skipped = { $format }, { $lines ->
        [one] { $lines } строка
        [few] { $lines } строки
        [many] { $lines } строк
       *[other] { $lines } строки
    }, { $skipped ->
        [one] { $skipped } нечитаемая строка пропущена
        [few] { $skipped } нечитаемые строки пропущены
        [many] { $skipped } нечитаемых строк пропущено
       *[other] { $skipped } нечитаемой строки пропущено
    }
pg-logs-access = Логи доступа
# В английском «requests» даже для одного; здесь — все формы числа.
pg-logs-access-no-errors = { $total ->
        [one] { $total } запрос
        [few] { $total } запроса
        [many] { $total } запросов
       *[other] { $total } запроса
    }, ответов с ошибкой сервера нет.
# $statuses — «7 × 502, 1 × 504».
pg-logs-access-errors = { $total ->
        [one] { $total } запрос
        [few] { $total } запроса
        [many] { $total } запросов
       *[other] { $total } запроса
    }, из них с ошибкой сервера: { $errors } ({ $statuses }).
pg-logs-per-minute = Ошибки сервера по минутам
pg-logs-top-pages = Страницы с наибольшим числом ошибок
# Название столбиков на графике ошибок сервера по минутам.
pg-logs-chart = Ответы 5xx
pg-logs-drop-hint = Отпустите файлы логов сервера, чтобы прочитать их

## src/gui/app/recovery.rs

# $host — имя хоста сайта.
pg-recovery-back = Хорошие новости: { $host } снова работает.
# Заголовок и текст уведомления на рабочем столе; $at — время («14:02:07 UTC»), $checks — сколько
# проверок сделано. В английском «checks» даже для одной; здесь — все формы числа.
pg-recovery-back-title = { $host } снова работает
pg-recovery-back-body = Gateway Doctor: сайт ответил нормально в { $at } после { $checks ->
        [one] { $checks } проверки
        [few] { $checks } проверок
        [many] { $checks } проверок
       *[other] { $checks } проверки
    }.
# $site — «https://shop.example.com»; $path — записанный файл.
pg-recovery-csv-saved = { $count ->
        [one] { $count } проверка сайта { $site } сохранена: { $path }
        [few] { $count } проверки сайта { $site } сохранены: { $path }
        [many] { $count } проверок сайта { $site } сохранено: { $path }
       *[other] { $count } проверки сайта { $site } сохранено: { $path }
    }
pg-recovery-csv-failed = Не удалось сохранить историю ({ $path }): { $error }
