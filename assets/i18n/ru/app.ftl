# Слова самого приложения (кнопки, подписи, подсказки). Вердикт и выводы шагов берутся
# из verdict.ftl и report.ftl.

## Заголовок
app-icon-alt = Значок Gateway Doctor
app-site = Сайт:
app-site-hint = Адрес сайта, например shop.example.com
app-check = ▶ Проверить
app-check-hover = Проверить этот сайт (Enter)
app-cancel = ⏹ Отмена
app-cancel-hover = Остановить проверку (Esc)
app-mode-owner = Владелец сайта
app-mode-owner-hover = Проверки для тех, кто управляет сайтом
app-mode-visitor = Посетитель
app-mode-visitor-hover = Проверки для посетителя сайта
app-language = Язык
app-language-hover = Язык приложения и его отчётов
app-language-system = Системный ({ $name })
app-origin = Исходный сервер (необязательно):
app-origin-hint = IP или IP:порт вашего сервера за CDN
app-burst = Лёгкий тест нагрузки
app-burst-hover = Отправляет на ваш сайт небольшую серию запросов: не больше 20, не больше 4 одновременно, — чтобы увидеть, растёт ли число ошибок с нагрузкой.
app-dismiss = Закрыть
app-dismiss-hover = Скрыть это сообщение

## Плашка с вердиктом
banner-so-far = Пока: { $confidence }
banner-cancelled = Отменено: вот что удалось увидеть до остановки.
banner-still-checking = Проверка продолжается…
banner-answered = Ответ от { $who }: { $status } { $reason }
banner-answered-unknown = Ответ сервера: { $status } { $reason }
banner-answered-in = { $answer } за { $ms } мс

## Список шагов и панель
steps-title = Шаги
steps-your-server = Ваш сервер
steps-row-name = { $n }. { $title }
steps-row-accessible = { $n }. { $title }: { $state }
pane-what-to-do = ➡ Что делать
pane-details = 🔍 Подробности (время, заголовки, лог)
pane-logs = 📄 Логи сервера
pane-history = 🕘 История
step-not-in-check = Этот шаг не входит в текущую проверку.
step-n-of = Шаг { $n } из { $total }
step-next = Далее ▶
step-next-hover = Перейти к следующему шагу
step-back = ◀ Назад
step-back-hover = Вернуться к предыдущему шагу
step-checking = Проверка…
step-retry = ↻ Повторить
step-retry-hover = Проверить сайт ещё раз прямо сейчас

## Нижняя панель
footer-save = 💾 Сохранить отчёт…
footer-save-hover = Сохранить отчёт в файл для обращения в поддержку
footer-format-hover = Формат отчёта
footer-copy = 📋 Копировать отчёт
footer-copy-hover = Скопировать отчёт (Markdown), чтобы вставить его в сообщение
footer-full-address = Полный адрес в отчёте
footer-full-address-hover = Выкл.: пароли, cookie и токены из адреса удаляются из отчёта. Вкл.: параметры запроса в адресе сохраняются (пароли удаляются всегда).
footer-notes = Заметки:
footer-notes-hint = Что вы делали и с какого времени (попадёт в отчёт)

## Стартовый экран
start-heading = На каком сайте ошибка?
start-intro = Введите или вставьте адрес сайта выше и нажмите Enter. Gateway Doctor проверит его с этого компьютера, шаг за шагом, и подскажет, на чьей стороне проблема — у вас или у сайта, — и что с ней делать.
start-guided = Вести меня по шагам
start-guided-hover = Пройти пять шагов по порядку, с подсказкой, что делать на каждом
start-recent = Недавние сайты
start-recent-hover = Проверить { $site } ещё раз
start-visitor-title = Проверки для посетителя
start-visitor-steps =
    1. Обновить — ошибка постоянная или появляется время от времени?
    2. Очистить кэш — не мешает ли старая копия страницы или cookie?
    3. Другой браузер — не блокируют ли именно ваш браузер?
    4. Ваше подключение — работает ли ваш интернет?
    5. Подождать — стоит ли ждать и сколько?
start-owner-title = Режим владельца сайта
start-owner-intro = В дополнение к шагам для посетителя: статические файлы в сравнении с динамической страницей, логи вашего сервера, плагины WordPress, DNS на публичных и авторитетных DNS-серверах, прокси, порты и пути через IPv4/IPv6, лимиты и тайм-ауты PHP, лёгкий тест нагрузки (можно отключить), а если указан адрес исходного сервера — сравнение исходного сервера с пограничными серверами CDN.

## Кнопка «О программе» и проверка, которая не завершилась
app-about = ℹ О программе
app-about-hover = Версия, лицензия и сайт проекта
run-cancelled-step = Не проверено: проверку отменили до того, как этот шаг завершился.
run-silent-step = Не проверено: этот шаг не прислал результат.
run-press-check = Нажмите «Проверить», чтобы попробовать снова.

## Сообщения под заголовком
notice-no-dialog-logs = Здесь не удалось открыть окно выбора файлов: перетащите файлы логов в это окно.
notice-saved-fallback = Здесь не удалось открыть окно выбора файлов, поэтому файл сохранён сюда: { $path }
notice-settings-not-saved = Не удалось сохранить настройки: { $error }
notice-report-saved = Отчёт сохранён: { $path }
notice-report-not-saved = Не удалось сохранить отчёт ({ $path }): { $error }
notice-report-copied = Отчёт скопирован. Вставьте его в своё сообщение в поддержку сайта.
notice-history-off = Проверки не сохраняются в историю: { $error }

# The titles of the file choosers (the system draws the rest of the dialog).
dialog-pick-recording = Выберите запись браузера (HAR)
dialog-pick-logs = Выберите файлы логов сервера
