# Запись браузера (HAR): окно приложения и кнопка на стартовом экране, что показывает запись в целом
# и отчёт о ней. $result — то, что получил запрос («502 от nginx», «net::ERR_NAME_NOT_RESOLVED»);
# $summary — первая строка вывода, уже на этом языке.

## Стартовый экран и окно
har-start-title = Что видел ваш браузер
har-start-intro = Служба поддержки часто просит HAR-файл (запись страницы, которую делает ваш браузер). Откройте его здесь или перетащите в это окно: каждый неудачный запрос будет объяснён, а копию без ваших cookie и токенов можно сохранить и отправить.
har-open = 📂 Открыть запись браузера (HAR)…
har-reading = Чтение записи…
har-window-title = Запись браузера: { $file }
har-checked-again = Повторная проверка: { $outcome }
har-confirm = { $count ->
    [one] Проверить { $count } адрес ещё раз прямо сейчас? Запрашивается только сам адрес (GET), как это сделал бы посетитель: cookie, токены и данные форм из записи не отправляются.
    [few] Проверить { $count } адреса ещё раз прямо сейчас? Запрашиваются только сами адреса (GET), как это сделал бы посетитель: cookie, токены и данные форм из записи не отправляются.
    [many] Проверить { $count } адресов ещё раз прямо сейчас? Запрашиваются только сами адреса (GET), как это сделал бы посетитель: cookie, токены и данные форм из записи не отправляются.
   *[other] Проверить { $count } адреса ещё раз прямо сейчас? Запрашиваются только сами адреса (GET), как это сделал бы посетитель: cookie, токены и данные форм из записи не отправляются.
}
har-check-now = Проверить сейчас
har-cancel = Отмена
har-check-these = 🔄 Проверить ещё раз ({ $count })
har-checking = Проверка…
har-save-sanitized = 🛡 Сохранить очищенный HAR…
har-save-report = 💾 Сохранить отчёт о записи…
har-could-not-read = Не удалось прочитать файл { $path }: { $error }
har-never-overwrite = Выберите другое имя файла: исходная запись никогда не перезаписывается.
har-could-not-sanitize = Не удалось очистить запись: { $error }
har-sanitized-saved = Очищенная запись сохранена: { $path } (удалено: { $removed }).
har-could-not-save = Не удалось сохранить файл ({ $path }): { $error }

## Что показывает запись
har-place-page = сама страница
har-place-own = запрос самого сайта
har-place-third = сторонний сайт
har-no-answer = нет ответа
har-verdict-empty = В записи нет ни одного запроса: запишите заново, открыв вкладку «Сеть», затем обновите страницу.
har-verdict-none-failed = Ни один запрос в записи не завершился ошибкой (всего запросов: { $total }).
har-verdict-page = Не загрузилась сама страница ({ $host }: { $result }): { $summary }
har-verdict-calls = Страница загрузилась, но её запросы к { $hosts } завершились ошибкой (неудачных запросов: { $count }; { $result }): { $summary }
har-verdict-third = Страница и собственные запросы сайта прошли успешно; ошибки только в запросах к другим сайтам ({ $hosts }: { $result }). Это сторонние ресурсы (скрипты, шрифты, счётчики); страница может выглядеть неполной, но сам сайт отвечает.
har-when-together = Ошибки (всего: { $count }) случились почти одновременно — в пределах { $within }, начиная с { $time }: это один момент, например сбой, перезапуск или выкладка новой версии.
har-when-spread = Ошибки (всего: { $count }) растянулись на { $seconds } с, начиная с { $time }.
har-when-spread-minutes = Ошибки (всего: { $count }) растянулись на { $minutes } мин, начиная с { $time }: сбой повторяется, это не один момент.
har-within-a-second = секунды
har-within-seconds = { $n } с
har-works-now = сейчас работает ({ $status })
har-still-fails = всё ещё не работает ({ $status }): { $summary }

## Отчёт о записи
har-counts = Запросов записано: { $requests } ({ $browser }); с ошибкой: { $failed }.
har-unknown-browser = неизвестный браузер
har-text-title = Запись браузера { $file } ({ $browser }, запросов: { $requests })
har-text-verdict = Вывод: { $verdict }
har-sanitized-written = Очищенная копия записана: { $path } (удалено: { $removed }).
har-sanitized-copy = Очищенная копия: { $path } (удалено: { $removed }).
har-checked-again-title = Проверено ещё раз сейчас
har-failed-requests = Запросы с ошибкой
har-request-ids = ID запросов (передайте их в поддержку):
har-col-request = запрос
har-col-result = результат
har-col-where = где
har-col-verdict = вывод
har-text-line = { $result } ({ $place }) -> { $culprit } (причина: { $cause }, оценка: { $confidence })
har-text-request-id = ID запроса { $name }: { $id }

## Что удалено из очищенной копии
removed-cookies = { $n ->
    [one] { $n } cookie
    [few] { $n } cookie
    [many] { $n } cookie
   *[other] { $n } cookie
}
removed-set-cookies = { $n ->
    [one] { $n } заголовок Set-Cookie
    [few] { $n } заголовка Set-Cookie
    [many] { $n } заголовков Set-Cookie
   *[other] { $n } заголовка Set-Cookie
}
removed-auth-headers = { $n ->
    [one] { $n } заголовок Authorization
    [few] { $n } заголовка Authorization
    [many] { $n } заголовков Authorization
   *[other] { $n } заголовка Authorization
}
removed-token-headers = { $n ->
    [one] { $n } заголовок с ключом API или токеном
    [few] { $n } заголовка с ключом API или токеном
    [many] { $n } заголовков с ключом API или токеном
   *[other] { $n } заголовка с ключом API или токеном
}
removed-query-params = { $n ->
    [one] { $n } параметр запроса, похожий на токен
    [few] { $n } параметра запроса, похожих на токен
    [many] { $n } параметров запроса, похожих на токен
   *[other] { $n } параметра запроса, похожих на токен
}
removed-form-fields = { $n ->
    [one] { $n } поле формы, похожее на токен
    [few] { $n } поля формы, похожих на токен
    [many] { $n } полей формы, похожих на токен
   *[other] { $n } поля формы, похожих на токен
}
removed-tokens-in-bodies = { $n ->
    [one] { $n } bearer-токен или JWT в содержимом
    [few] { $n } bearer-токена или JWT в содержимом
    [many] { $n } bearer-токенов или JWT в содержимом
   *[other] { $n } bearer-токена или JWT в содержимом
}
removed-bodies = { $n ->
    [one] ненужное содержимое { $n } ответа
    [few] ненужное содержимое { $n } ответов
    [many] ненужное содержимое { $n } ответов
   *[other] ненужное содержимое { $n } ответа
}
removed-nothing = ничего — секретных данных не найдено
