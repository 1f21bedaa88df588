# Панель «Подробности»: технические подробности в одном клике от ответа (время по этапам, кто ответил,
# ответ и его заголовки, ID запросов, страница ошибки, лог запросов) и показанные там проверки
# сервера владельца сайта. Имена заголовков, строки статуса и команды не переводятся.

details-title = Подробности
details-for-owner = Для владельца сайта
details-server = Веб-сервер этого компьютера
details-server-reading = Читаем конфигурацию веб-сервера этого компьютера и по одному разу обращаемся к каждому приложению за ним…
details-routes = Пути к сайту
details-timings = Время по этапам
details-still-running = Запрос ещё выполняется.
details-no-request = Запрос не отправлялся (причина — в логе ниже).
details-protocol = Протокол: { $protocol }
details-who = Кто ответил
details-layers = Замеченные звенья, от внешнего к внутреннему: { $layers }
details-response = Ответ
details-no-response = Нет ответа ({ $why })
details-via-proxy = Через прокси { $proxy }
details-redirect = ↪ { $status } с { $from } на { $to }
details-headers = Заголовки ({ $count })
details-request-ids = ID запросов
details-no-request-ids = Сервер их не прислал.
details-copy-id = Копировать { $name }
details-error-page = Страница ошибки
details-copy-page = Копировать страницу
details-probe-log = Лог запросов
details-copy-log = Копировать лог
details-edge-origin = Сеть CDN и исходный сервер
details-through-edge = Через адрес сайта (пограничный сервер CDN)
details-straight-to-origin = Напрямую к исходному серверу { $origin }
details-dns-answers = Ответы DNS для { $name }
details-phase-dns = Запрос DNS
details-phase-connect = Соединение
details-phase-tls = Рукопожатие TLS
details-phase-wait = Ожидание ответа
details-phase-total = Всего
details-no-timings = Время по этапам не записано.
details-server-all-fine = Все приложения за веб-сервером этого сайта ответили; в его конфигурации всё в порядке.
details-machine-checking = Проверяем конфигурацию всех сайтов на этом компьютере…
details-machine-button = 🖥 Проверить все сайты на этом компьютере
details-machine-hover = Читает конфигурацию веб-серверов на этом компьютере и по одному разу обращается к каждому приложению за ними; ничего не меняет
details-upstreams = Приложения за веб-сервером (по одной попытке)
details-at-line = { $config }, строка { $line }
details-copy-place = Копировать место
details-fix = Как исправить: { $fix }
details-copy-command = Копировать команду
details-copy-command-n = Копировать команду { $n }
details-copy-hover = Скопировать в буфер обмена
