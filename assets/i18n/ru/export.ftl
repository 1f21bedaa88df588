# Отчёты, которые сохраняют или копируют для обращения в поддержку (Markdown и HTML): заголовки,
# подписи, строки об ответе сайта и его страницах статуса. Id в обратных кавычках (`the_site`,
# `upstream_failed`) не переводятся.

## Заголовок и вывод
export-title = Отчёт Gateway Doctor: { $host }
export-checked = Проверено { $time } с этого компьютера (режим: { $mode }), Gateway Doctor { $version }.
export-address = Адрес:
export-verdict = Вывод:
export-layer = Звено: { $layer }, причина: { $cause }. Оценка: { $confidence }.
export-for-owner = Для владельца сайта: { $detail }
export-not-finished = Некоторые проверки не завершились; этот вывод ещё может измениться.
export-path-label = Путь запроса

## Список проверок
export-what-checked = Что проверено
export-col-step = Шаг
export-col-result = Результат
export-col-finding = Что найдено
export-col-advice = Совет
export-commands-for = Команды для шага «{ $step }»:

## Ответ сайта
export-what-answered = Что ответил сайт
export-answer = Ответ: { $answer }.
export-answer-line = HTTP { $status } от { $who }
export-protocol = Протокол: { $protocol }.
export-request-ids = ID запросов для службы поддержки сайта: { $ids }.
export-no-request-ids = сервер их не прислал
export-timings = Время по этапам: { $timings }.
export-timings-title = Время по этапам
export-error-page = Фрагмент страницы ошибки:
export-error-page-start = Фрагмент страницы ошибки (начало; всего байт: { $bytes }):
export-error = Ошибка: { $error }
export-http-details = Подробности HTTP и заголовки (заголовков: { $count })
export-via-proxy = через прокси
export-redirect = переадресация
export-identified-by = признак
export-probe-log = Лог запросов (запросов: { $count })
export-col-probe = Запрос
export-col-kind = Тип
export-col-status = Статус
export-col-time = Время
export-col-details = Подробности
timing-dns = DNS
timing-connect = соединение
timing-tls = TLS
timing-first-byte = первый байт
timing-total = всего

## Остальные разделы
export-history = История этого сайта
export-server-side = Веб-сервер этого компьютера
export-incidents = Известные сбои
export-recording = Запись браузера
export-recording-file = Запись браузера: { $file }
export-world = Не работает у всех?
export-notes = Заметки того, кто запускал проверку
export-redaction = (Учётные данные, cookie и токены удалены.)
export-generated = Gateway Doctor { $version }, отчёт создан { $time }.

## Страницы статуса, по строке на каждую ($state — слово самой страницы, например major_outage)
status-page-unreadable = { $name }: страница статуса { $page } (откройте её, чтобы прочитать)
status-page-error = { $name } ({ $page }): не удалось прочитать: { $error }
status-page-no-answer = нет ответа
status-page-clear = { $name } ({ $page }): сбоев не отмечено
status-impact = влияние: { $impact }
status-started = начало: { $time }
status-updated = обновлено: { $time }
status-maintenance = { $name }: идут технические работы, «{ $title }» { $url }
status-maintenance-until = { $name }: идут технические работы, «{ $title }» до { $until } { $url }
status-component = { $name }: { $component } — состояние: { $state }
