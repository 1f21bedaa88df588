# Общий словарь приложения и всех отчётов: состояния, названия шагов, путь запроса и
# рамка текстового отчёта, который выводит командная строка.

## Состояние шага проверки
state-ok = ок
state-failed = ошибка
state-warning = внимание
state-note = заметка
state-skipped = пропущено
state-checking = проверка

## Состояние вердикта
verdict-state-checking = Проверка
verdict-state-working = Работает
verdict-state-failing = Не работает
verdict-state-on-and-off = С перебоями
verdict-state-not-reachable = Недоступен

## Звено на пути запроса
layer-working = работает
layer-failing = сбой
layer-not-present = нет
layer-unknown = неизвестно
layer-checking = проверка

## Насколько уверен вердикт
confidence-high = точно
confidence-medium = скорее всего
confidence-low = возможно

## Шаги
step-refresh = Обновить
step-clear-cache = Очистить кэш
step-other-browser = Другой браузер
step-connection = Ваше подключение
step-wait = Подождать
step-restart-server = Перезапуск сервера
step-server-logs = Логи сервера
step-plugins = Плагины
step-dns = DNS
step-firewall-proxy = Брандмауэр / прокси
step-php-limits = Лимиты PHP
step-cdn = CDN

## Путь запроса
node-this-computer = Этот компьютер
node-dns = Интернет / DNS
node-edge = Сеть CDN
node-web-server = Веб-сервер
node-application = Приложение

## Два режима
mode-visitor = посетитель
mode-owner = владелец

## Текстовый отчёт (командная строка)
text-title = Gateway Doctor { $version } — { $url } (режим: { $mode }) — { $time }
text-verdict = Вывод: { $status } ({ $culprit }, причина: { $cause }, оценка: { $confidence })
text-http = HTTP { $status } { $reason } от { $who }
text-http-in = HTTP { $status } { $reason } от { $who } за { $ms } мс
text-request-ids = ID запросов: { $ids }
text-protocol = Протокол: { $protocol }
text-history = История: { $line }
text-known-incidents = Известные сбои:
text-down-for-everyone = Не работает у всех? { $summary }
cli-checking = Проверка { $url } (режим: { $mode }, тайм-аут { $seconds } с)
cli-updated = { $line } (обновлено)

# Чем закончилась попытка, в нескольких словах (таблицы, пути, маршруты).
result-response = ответ
result-dns-failed = имя не найдено
result-connect-refused = соединение отклонено
result-connect-timeout = тайм-аут соединения
result-connect-failed = не удалось подключиться
result-tls-failed = ошибка TLS
result-timeout = тайм-аут
result-connection-closed = соединение закрыто
result-protocol-error = ошибка протокола
result-http2-error = ошибка HTTP/2
result-proxy-failed = ошибка прокси
result-redirect-loop = цикл перенаправлений
result-too-many-redirects = слишком много перенаправлений
result-connected = подключено
result-refused = отклонено
result-unreachable = недоступен
result-error = ошибка
result-not-tried = не проверялось
result-no-answer = нет ответа
result-closed = закрыто
result-bad-response = некорректный ответ
result-error-status = статус ошибки
result-missing-socket = нет сокета
result-not-a-socket = не сокет
result-permission-denied = доступ запрещён
result-unresolvable = не разрешается
