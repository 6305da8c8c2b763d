## Shell
app-title = Панель Navixy
header-dealer = Дилер { $login }
busy = Выполняется…
logout = Выйти
logout-confirm-title = Выйти?
logout-confirm-body = Сессия панели завершится. Всё, что не сохранено на сервере, останется только на этом экране до следующего входа.
cancel = Отмена
settings-reset = Часть настроек не удалось прочитать, для них восстановлены значения по умолчанию.
theme-system = Как в системе
theme-light = Светлая
theme-dark = Тёмная

## Login
login-title = Вход в панель администратора Navixy
login-subtitle = Используйте логин дилера. Пароль нигде не сохраняется.
login-server = Сервер
server-sandbox = Песочница (локальное демо)
server-eu = Облако Navixy, Европа
server-us = Облако Navixy, Америка
server-custom = Собственный сервер (свой адрес)
login-custom-url = Адрес API
login-login = Логин
login-password = Пароль
login-submit = Войти
login-signing-in = Вход…
login-sandbox-starting = Запускается локальная песочница…
login-sandbox-ready = Песочница работает на этом компьютере с демо-данными: дилер demo, пароль demo1234.
login-sandbox-failed = Песочницу не удалось запустить: { $reason }
login-session-ended = Сессия завершилась. Войдите снова, чтобы продолжить с того же места.
login-logged-out = Вы вышли из панели.
login-bad-url = Это не похоже на адрес сервера.
login-https-required = Адрес должен начинаться с https:// (http допустим только для этого компьютера).
login-missing-credentials = Введите логин и пароль.

## Errors
error-code = Код Navixy { $code }
error-wrong-credentials = Неверный логин или пароль.
error-dealer-blocked = Учётная запись дилера заблокирована. Обратитесь в поддержку Navixy.
error-dealer-unknown = На этом сервере нет дилера с таким логином.
error-too-many-attempts = Слишком много неудачных попыток. Подождите несколько минут и попробуйте снова.
error-session-ended = Сессия завершилась. Войдите снова.
error-not-found = Не найдено: запись удалена или принадлежит другому дилеру.
error-rate-limited = Сервер попросил присылать запросы реже и продолжал отказывать; ничего не изменено. Повторите чуть позже.
error-not-permitted = Учётной записи дилера это действие не разрешено.
error-server-failed = Сервер не смог обработать запрос.
error-server = Сервер отклонил запрос: { $description }
error-unreachable = Сервер недоступен. Проверьте подключение к сети и адрес сервера.
error-timeout = Сервер не ответил вовремя. Повторите попытку.
error-not-navixy = По этому адресу отвечает не API Navixy. Проверьте адрес сервера.
error-bad-url = Этот адрес сервера нельзя использовать.
error-redirected = Сервер перенаправил запрос в другое место: { $to }. Панель туда не идёт: проверьте адрес сервера.
error-too-large = Ответ сервера больше { $megabytes } МБ; панель перестала его читать.
error-inconsistent = Сервер ответил не о том, о чём спрашивали ({ $detail }): с ответом ничего не сделано.
error-file-write = Не удалось записать файл: { $reason }
field-hidden-characters = В значении есть символы, которые нельзя показать (управляющие или меняющие направление текста). Они сохраняются как есть, пока вы не измените это поле.

## Users list
users-filter-placeholder = Поиск по имени, логину, телефону, городу, ИНН…
users-only-active = Только активные
users-columns = Столбцы
users-refresh = Обновить
retry = Повторить
details-loading = Загрузка пользователя…
users-loading = Загрузка пользователей…
users-empty = У этого дилера пока нет пользователей.
users-no-match = Нет пользователей по запросу «{ $filter }».
users-inactive = не активирован
column-id = ID
column-name = Имя
column-login = Логин
column-phone = Телефон
column-balance = Баланс
column-bonus = Бонус
column-city = Город
column-trackers = Трекеры
column-created = Создан
pager-page-size = Строк на странице
pager-range = { $first }–{ $last } из { $total }
pager-empty = Нет пользователей

## User details
details-back = Пользователи
group-account = Учётная запись
group-person = Контактное лицо
group-legal = Юридические данные
group-postal = Почтовый адрес
group-registered = Юридический адрес
group-discount = Скидка
group-other = Прочее
field-id = ID
field-login = Логин (e-mail)
field-activated = Активирован
field-verified = E-mail подтверждён
field-created = Создан (UTC)
field-balance = Баланс
field-bonus = Бонус
field-trackers = Трекеры
field-last-name = Фамилия
field-first-name = Имя
field-middle-name = Отчество
field-phone = Телефон
field-legal-type = Юридический статус
field-legal-name = Юридическое название
field-tin = ИНН
field-iec = КПП
field-okpo = ОКПО
field-state-reg-num = ОГРН
field-country = Страна
field-region = Регион
field-city = Город
field-street = Улица, дом
field-zip = Почтовый индекс
field-discount-value = Скидка
field-discount-min-trackers = Минимум трекеров
field-discount-end = Действует до
field-comment = Комментарий
field-default-tariff = ID тарифа по умолчанию
legal-individual = Физическое лицо
legal-entity = Юридическое лицо
legal-sole-trader = Индивидуальный предприниматель
value-yes = Да
value-no = Нет
value-open-ended = Бессрочно

## Applications
apps-open = Приложения
apps-title = Приложения: { $user }
apps-loading = Загрузка приложений…
apps-empty = У пользователя пока нет приложений. Добавьте приложение, чтобы оно появилось в веб-интерфейсе клиента.
details-back-user = Пользователь
app-new = Добавить приложение
app-new-title = Новое приложение
app-edit-title = Изменение приложения
app-name = Название ({ $count }/{ $max })
app-url = URL
app-url-hint = Только https. Переменные в фигурных скобках подставляются для каждого клиента, например { "{" }user_id{ "}" } или { "{" }language{ "}" }.
app-icon = URL иконки (необязательно)
app-enabled = Показывать в меню клиента
app-description = Описание ({ $count }/{ $max })
app-display = Открывать
app-display-new-tab = В новой вкладке
app-display-embedded = Внутри веб-интерфейса
app-auth = Авторизация
app-auth-none = Без авторизации
app-auth-user-session = Сессия клиента
app-auth-api-key = Ключ API
app-api-key = Ключ API
app-on = Вкл.
app-off = Выкл.
app-created = Приложение добавлено.
app-saved = Приложение сохранено.
app-deleted = Приложение удалено.
app-gone = Этого приложения больше нет (его удалили). Список обновлён.
app-delete-title = Удалить приложение?
app-delete-body = «{ $name }» исчезнет из меню клиента. Отменить это нельзя.
edit = Изменить
delete = Удалить
save = Сохранить
saving = Сохранение…
editor-stored-value-warning = Так сохранено на сервере, хотя: { $rule } Другие изменения сохранятся.
rule-formula-not-saved = Формула без сохранённого значения: откройте файл в Excel или LibreOffice и сохраните заново.
rule-cell-error = В ячейке ошибка ({ $shown }).
rule-merged-cell = Объединена с ячейкой в строке { $line }: значение есть только в той строке.
rule-ambiguous-number = Можно прочесть двояко: запишите без разделителя тысяч.
rule-example-row = Пример из шаблона импорта: не загружается.
rule-starts-with-space = Начинается с пробела (оставлено как есть).
rule-ends-with-space = Заканчивается пробелом (оставлено как есть).
rule-maybe-percent = Доля единицы: если в ячейке процент (0,075 как 7,5 %), впишите сюда процент.
rule-absent = Нет в запросе.
rule-required = Обязательное поле.
rule-too-long = Не более { $max } символов.
rule-https-url = Нужен корректный адрес https://.
rule-not-printable = Только печатные символы.
rule-invalid = Недопустимое значение.

## Customer's view
customer-open = Глазами клиента
customer-heading = { $user } глазами клиента
customer-loading = Открывается сессия клиента…
customer-not-reported = Сервер не сообщил.
customer-account = Учётная запись
customer-title = Отображаемое имя
customer-locale = Язык и регион
customer-time-zone = Часовой пояс
customer-measurement = Система мер
customer-geocoder = Геокодер
customer-route-provider = Сервис маршрутов
customer-demo = Демо-аккаунт
customer-balances = Балансы
customer-master = Основной аккаунт (это субпользователь)
customer-tariff = Тариф
customer-allowed-maps = Доступные карты
customer-premium-gis = Премиум ГИС
customer-dealer = ID дилера
customer-features = Возможности дилера
customer-features-list = Возможности
customer-privileges = Права субпользователя
customer-rights = Права
activation-needed = Учётная запись не активирована или e-mail не подтверждён.
activation-resend = Отправить письмо активации снова
activation-sending = Отправка…
activation-wait = Повторная отправка через { $time }
activation-sent = Новая ссылка активации отправлена на { $login }.
activation-already-done = Учётная запись уже активирована и подтверждена.
activation-mail-failed = Сервер не смог отправить письмо. Проверьте адрес или повторите позже.
activation-unknown-login = Сервер не знает логин { $login }.

## User editor
users-new = Новый пользователь
details-edit = Изменить
editor-new-title = Новый пользователь
editor-edit-title = Изменение { $login }
editor-unsaved = Есть несохранённые изменения
editor-problems = { $count ->
    [one] { $count } поле требует внимания
    [few] { $count } поля требуют внимания
    [many] { $count } полей требуют внимания
   *[other] { $count } полей требуют внимания
}
editor-login-in-use = Этот логин (e-mail) уже занят другой учётной записью.
editor-legal-type-fixed = { $kind } (изменить нельзя)
editor-same-address = Совпадает с почтовым адресом
editor-saved = Пользователь сохранён.
editor-created = Пользователь создан.
editor-discard-title = Отменить изменения?
editor-discard-body = Всё, что вы ввели в эту форму, будет потеряно.
editor-discard = Отменить изменения
field-password = Пароль
field-password-repeat = Повторите пароль
field-time-zone = Часовой пояс
field-time-zone-search = Начните вводить, например Moscow
field-locale = Локаль
field-phone-digits = Телефон (10–15 цифр, без +)
field-discount-percent = Скидка, %
field-discount-end-date = Действует до (гггг-мм-дд)
field-discount-strategy = Сочетание со скидкой тарифа
field-comment-counted = Комментарий ({ $count }/{ $max })
strategy-no-summing = Без суммирования
strategy-sum = Суммировать с прогрессивной
strategy-no-summing-explained = Действует большая из двух: эта скидка или прогрессивная скидка тарифа.
strategy-sum-explained = Эта скидка прибавляется к прогрессивной скидке тарифа.
rule-email = Нужен корректный адрес e-mail.
rule-phone = От 10 до 15 цифр, без + и пробелов.
rule-password = От 6 до 20 печатных символов.
rule-passwords-differ = Пароли не совпадают.
rule-discount = Число от 0 до 100.
rule-not-negative = Целое число, 0 или больше.
rule-date = Дата в формате гггг-мм-дд.

## Account actions
action-password = Сменить пароль
action-balance = Баланс или бонус
action-delete = Удалить пользователя
password-title = Новый пароль для { $login }
password-change = Сменить пароль
password-changed = Пароль изменён.
balance-title = Изменение баланса { $login }
balance-current = Сейчас: баланс { $balance }, бонус { $bonus }
balance-what = Что изменить
balance-amount = Сумма (+ пополняет, − списывает)
balance-description = Описание операции
balance-preview = После изменения: { $value }
balance-apply = Применить
balance-changed = Баланс изменён.
balance-amount-rule = Введите сумму, отличную от нуля, не более двух знаков после запятой.
balance-text-rule = Описание — не короче { $min } символов.
balance-insufficient = Недостаточно средств: сейчас { $current }, уходить в минус нельзя.
delete-title = Удалить пользователя?
delete-explained = { $login }, его субпользователи и трекеры будут помечены удалёнными, трекеры перестанут работать. Отменить это из панели нельзя.
delete-type-login = Введите логин пользователя для подтверждения
delete-clones = Удалить и клоны его трекеров у других пользователей
delete-252 = Один из трекеров пользователя уже удалён (испорчен), поэтому сервер отказал. Обратитесь в поддержку Navixy, чтобы завершить удаление.
delete-253 = Часть трекеров пользователя клонирована другим пользователям. Отметьте «Удалить и клоны» или сначала удалите клоны.
deleted = Пользователь удалён.
delete-login-mismatch = Логин не совпадает с логином пользователя.

## Transactions
transactions-open = Транзакции
transactions-title = Транзакции: { $user }
transactions-loading = Загрузка транзакций… (часть { $done } из { $total })
transactions-empty = За этот период транзакций нет.
transactions-chart-empty = Нечего показать.
transactions-count = { $count ->
    [one] { $count } транзакция
    [few] { $count } транзакции
    [many] { $count } транзакций
   *[other] { $count } транзакций
}
transactions-refills = Пополнения: +{ $amount }
transactions-charges = Списания: { $amount }
transactions-net = Итого: { $amount }
transactions-bonus = Бонус: { $amount }
transactions-readout = { $date }: баланс { $balance }, бонус { $bonus }
range-7 = Последние 7 дней
range-30 = Последние 30 дней
range-90 = Последние 90 дней
range-month = Этот месяц
range-custom = Свой период
range-apply = Показать
range-bad = Введите две даты в формате гггг-мм-дд, первая не позже второй.
tx-date = Дата (UTC)
tx-type = Тип
tx-subtype = Подтип
tx-description = Описание
tx-amount = Сумма
tx-balance = Баланс
tx-bonus-amount = Бонус, сумма
tx-bonus = Бонус
tx-tracker = Трекер
transactions-export = Экспорт в XLSX
tx-old-balance = Баланс до
tx-new-balance = Баланс после
tx-old-bonus = Бонус до
tx-new-bonus = Бонус после
saved-to = Сохранено: { $path }
save-failed = Не удалось сохранить файл: { $reason }
action-login-as = Войти как пользователь
login-as-copied = Ключ сессии пользователя скопирован в буфер обмена.
login-as-opened = Открыт веб-интерфейс пользователя; ключ сессии также в буфере обмена.
login-as-refused = Веб-интерфейс пользователя не открыт: { $reason } Ключ сессии в буфере обмена.
login-as-no-browser = Не удалось открыть веб-браузер; ключ сессии пользователя в буфере обмена.
web-problem-not-a-host = домен дилера от сервера, «{ $domain }», не является именем хоста.
web-problem-not-a-key = ключ сессии от сервера не похож на ключ.
web-problem-not-an-address = «{ $address }» — не адрес https.
web-problem-plain-http = «{ $address }» — обычный http на другой компьютер: ключ ушёл бы открытым текстом.
rule-too-short = Не меньше { $min } символов.
rule-two-decimals = Не больше 2 знаков после запятой.
rule-duplicate-in-file = Этот e-mail уже есть в строке { $line } файла.

## Шаблон импорта: примечание к заголовку каждого столбца
template-note-email = Обязательно. Логин нового пользователя: действительный адрес e-mail, не повторяющийся ни в этом файле, ни на сервере.
template-note-password = Обязательно. От 6 до 20 печатаемых символов. Пользователь сможет сменить его позже.
template-note-status = Обязательно. 1 — активен, 0 — заблокирован.
template-note-legal-status = Обязательно. 1 — физическое лицо, 2 — юридическое лицо, 3 — ИП. Для 2 и 3 обязательны столбцы адреса и регистрации, для 2 ещё и юридическое название.
template-note-last-name = Обязательно. Фамилия пользователя или контактного лица компании.
template-note-first-name = Обязательно. Имя пользователя или контактного лица.
template-note-middle-name = Необязательно.
template-note-phone = Необязательно. От 10 до 15 цифр, без + и пробелов.
template-note-comment = Необязательно. Заметка для сотрудников, не больше 255 символов.
template-note-post-country = Почтовый адрес: страна. Обязательно для юрлиц и ИП.
template-note-post-region = Почтовый адрес: регион. Обязательно для юрлиц и ИП.
template-note-post-city = Почтовый адрес: город. Обязательно для юрлиц и ИП.
template-note-post-street-address = Почтовый адрес: улица, дом, офис. Обязательно для юрлиц и ИП.
template-note-post-index = Почтовый адрес: индекс. Обязательно для юрлиц и ИП.
template-note-legal-name = Зарегистрированное название компании. Обязательно для юрлиц.
template-note-tin = Необязательно. ИНН.
template-note-iec = Необязательно. КПП.
template-note-state-reg-num = Необязательно. ОГРН, не больше 15 символов.
template-note-okpo-code = Необязательно. Код ОКПО.
template-note-registered-country = Адрес регистрации: страна.
template-note-registered-region = Адрес регистрации: регион. Обязательно для юрлиц и ИП.
template-note-registered-city = Адрес регистрации: город. Обязательно для юрлиц и ИП.
template-note-registered-street-address = Адрес регистрации: улица, дом. Обязательно для юрлиц и ИП.
template-note-registered-index = Адрес регистрации: индекс. Обязательно для юрлиц и ИП.
template-note-discount = Необязательно. Скидка в процентах, от 0 до 100.
template-note-discount-end-date = Необязательно. Последний день скидки, в виде гггг-мм-дд.
template-note-device-limit = Необязательно. Наименьшее число устройств для скидки, целое число.

## Импорт
import-column-line = Строка
import-column-problems = Ошибки
import-report-sheet = Ошибки
import-summary = { $n ->
    [one] { $rows } строка
    [few] { $rows } строки
    [many] { $rows } строк
   *[other] { $rows } строки
}: готовы { $ready }, с ошибками { $errors }
import-summary-excluded = , исключены: { $excluded }
import-summary-created = , созданы: { $created }
import-summary-updated = , обновлены: { $updated }
import-missing-columns = В файле нет обязательных столбцов: { $columns }. Заполните их ниже или добавьте в файл.
import-unknown-columns = Нераспознанные столбцы (пропущены): { $columns }
import-too-many-rows = Navixy принимает не больше { $max } строк за один импорт. Исключите часть строк или разделите файл.
import-line = Строка { $line }
import-file-too-large = Файл больше 10 МБ — это предел Navixy. Разделите его на несколько файлов.
import-file-empty = В файле нет пользователей: он пуст или в нём только строка заголовков.
import-file-no-such-sheet = В таблице нет листа «{ $sheet }».
import-duplicate-column = Столбцы { $first } и { $second } оба называются «{ $header }»: оставьте один и откройте файл снова.
import-sheet-read = Прочитан лист «{ $sheet }».
import-sheet-read-others = Прочитан лист «{ $sheet }»; пользователи есть и на листах: { $others }.
import-lines-skipped = Строки { $first }–{ $last } над заголовком (строка { $header }) пропущены.
import-line-skipped = Строка { $line } над заголовком (строка { $header }) пропущена.
import-line-warnings = Строка { $line }, проверьте: { $warnings }
import-file-no-sheet = В таблице нет ни одного листа.
import-file-unreadable = Этот файл не удаётся прочитать как таблицу (CSV, XLSX, XLS или ODS). Подробности: { $detail }
import-title = Импорт: { $file }
import-template = Скачать шаблон
import-template-file = шаблон-импорта-пользователей.xlsx
import-choose-file = Выбрать другой файл…
import-reading = Чтение файла…
import-checking-rows = Проверка строк: { $done } из { $total }
import-cannot-open = Не удалось открыть файл: { $reason }
import-encoding = Кодировка:
import-sheet = Лист:
import-show-passwords = Показать пароли
import-row-ready-but = Готово; проверьте: { $warnings }
import-errors-only = Только строки с ошибками
import-exclude-invalid = Исключить строки с ошибками
import-save-report = Сохранить отчёт об ошибках…
import-upload = { $n ->
    [one] Загрузить { $count } пользователя
    [few] Загрузить { $count } пользователей
    [many] Загрузить { $count } пользователей
   *[other] Загрузить { $count } пользователя
}
import-nothing-left = Загружать больше нечего
import-upload-rest = { $n ->
    [one] Загрузить оставшегося пользователя
    [few] Загрузить оставшихся пользователей: { $count }
    [many] Загрузить оставшихся пользователей: { $count }
   *[other] Загрузить оставшихся пользователей: { $count }
}
import-uploading = Загрузка: создано { $sent } из { $total }
import-checking-server = Загрузка прервалась. Проверяем, каких пользователей сервер успел создать…
import-check-failed = Не удалось узнать, какие пользователи созданы: { $reason } Пока это неизвестно, ничего не отправляется.
import-check-again = Проверить ещё раз
import-done = { $n ->
    [one] Создан { $created } пользователь.
    [few] Создано { $created } пользователя.
    [many] Создано { $created } пользователей.
   *[other] Создано { $created } пользователя.
}
import-stopped = Загрузка остановилась: { $reason } Уже создано: { $created }. Исправьте или исключите отмеченную строку и загрузите остальных — созданные строки повторно не отправляются.
import-stopped-at = строка { $line } отклонена: { $reason }
import-row-created = Создан
import-row-excluded = Исключена
import-row-ready = Готова
import-separator-semicolon = точка с запятой
import-separator-comma = запятая
import-separator-tab = табуляция
import-csv-read-as = Прочитан как CSV: разделитель — { $separator }, кодировка { $encoding }.
import-leave-title = Уйти из импорта?
import-leave-body = Ваши исправления и ещё не загруженные строки будут потеряны.
import-leave = Уйти
users-import = Импорт…
users-export = Экспорт…
users-export-cancel = Отменить выгрузку
export-cancelled = Выгрузка отменена: файл не записан.
users-template = Шаблон
export-done = Выгружено пользователей: { $count }, файл { $path }
export-failed = Не удалось выгрузить: { $reason }
export-xlsx-as-built = Файл XLSX сохраняется таким, каким его собрал сервер: панель не проверяла его ячейки на формулы. Экспорт в CSV проверяется.
export-csv-as-built = Файл CSV сохранён таким, каким его прислал сервер: панель не смогла прочитать его как CSV, поэтому его ячейки не проверены на формулы.
error-login-in-use = Пользователь с таким e-mail уже существует.
error-duplicate-login = Один и тот же e-mail встречается в файле дважды.
error-invalid-parameters = Некоторые значения недопустимы.
file-filter-spreadsheets = Таблицы

## A change whose answer was lost (checked with a read afterwards)
error-not-applied = Соединение прервалось до того, как сервер внёс изменение. Ничего не изменено; введённые данные сохранены, их можно отправить снова.
error-unconfirmed = Ответ сервера потерян, и узнать, что произошло, не удалось: изменение могло быть внесено, а могло и нет. Проверьте, прежде чем отправлять его снова.

## Activity: the journal of changes made from this computer
activity-open = Журнал
activity-title = Журнал действий
back = Назад
activity-filter-placeholder = Пользователь, действие, изменение…
activity-export = Экспорт в XLSX…
activity-file-name = журнал
activity-count = { $n ->
    [one] { $shown } из { $total } изменения
    [few] { $shown } из { $total } изменений
    [many] { $shown } из { $total } изменений
   *[other] { $shown } из { $total } изменения
}
activity-unreadable = { $count ->
    [one] пропущена { $count } повреждённая строка
    [few] пропущено { $count } повреждённые строки
    [many] пропущено { $count } повреждённых строк
   *[other] пропущено { $count } повреждённых строк
}
activity-cannot-read = Не удалось прочитать журнал действий: { $reason }
activity-empty = Изменений пока нет. Здесь записывается каждое ваше изменение (пользователи, балансы, приложения, импорт).
activity-when = Когда
activity-server = Сервер
activity-dealer = Дилер
activity-operation = Действие
activity-user-id = ID пользователя
activity-user = Пользователь
activity-changes = Изменения
activity-outcome = Результат
activity-code = Код ошибки
activity-op-user-create = Пользователь создан
activity-op-user-update = Пользователь изменён
activity-op-user-password = Пароль изменён
activity-op-user-balance = Баланс изменён
activity-op-user-delete = Пользователь удалён
activity-op-app-create = Приложение создано
activity-op-app-update = Приложение изменено
activity-op-app-delete = Приложение удалено
activity-op-app-enabled = Приложение включено/выключено
activity-op-import = Импорт пользователей
activity-bulk-run = Массово: { $operation }
activity-bulk-users = { $count ->
    [one] { $users } пользователь
    [few] { $users } пользователя
     [many] { $users } пользователей
    *[other] { $users } пользователей
    }
activity-bulk-outcome = выполнено: { $done }, не выполнено: { $failed }
activity-outcome-done = Выполнено
activity-outcome-refused = Отклонено сервером
activity-outcome-not-applied = Не выполнено (связь)
activity-outcome-unconfirmed = Неизвестно: проверьте
activity-outcome-failed = Не отправлено
import-file-too-big = Таблица слишком большая: больше { $rows } строк или содержимое, распаковывающееся в более чем 512 МБ. Navixy принимает не более 10 000 строк в файле — разделите его.
import-file-too-many-cells = В этом файле { $cells } ячеек; импорт принимает не больше { $max }. Navixy принимает не больше 10 000 строк в файле: скопируйте строки и столбцы пользователей в новый файл.
import-file-too-many-columns = В строке этого файла { $columns } столбцов; импорт принимает не больше { $max }. Проверьте разделитель или скопируйте столбцы пользователей в новый файл.
error-server-down = У сервера неполадки (HTTP { $status }). Повторите попытку чуть позже.

quit-confirm-title = Закрыть без сохранения?
quit-confirm-body = Часть работы ещё не на сервере: изменённая форма, исправленные строки импорта или изменение, которое ждёт ответа сервера. Если закрыть окно, она пропадёт.
quit-confirm = Всё равно закрыть
activity-field-activated = Активирован
activity-field-verified = E-mail подтверждён
activity-field-balance = Баланс
activity-field-bonus = Бонус
activity-field-balance-change = Изменение баланса
activity-field-bonus-change = Изменение бонуса
activity-field-text = Описание
activity-field-with-clones = С клонами
activity-field-app-name = Название приложения
activity-field-app-url = URL приложения
activity-field-enabled = Показано в меню
activity-field-application = ID приложения
activity-field-created = Создано пользователей
activity-field-discount-strategy = Схема скидки
activity-yes = да
activity-no = нет
import-cell-too-long = { $chars } символов: слишком длинно для правки здесь
import-cell-clear = Очистить

# navixy-panel import
cli-import-progress = создано { $done } из { $total }
cli-import-no-progress = Сервер не создал отправленные строки и не сказал почему: больше ничего не отправлено. Запустите импорт снова, чтобы отправить оставшееся.
cli-import-no-password = Нет пароля: задайте NAVIXY_PASSWORD или запустите в терминале, чтобы ввести его.
cli-report-progress = Прочитано пользователей: { $done } из { $total }
cli-import-unknown-encoding = { $name } — незнакомая кодировка (например, windows-1251, windows-1252, utf-8).

# A change whose screen was closed before its answer came
left-change-done = Выполнено уже после закрытия экрана: { $operation }.
left-change-failed = Не выполнено (экран уже закрыт): { $operation }. { $reason }

# The in-app file chooser (systems without a file dialog)
chooser-why = В этой системе нет окна выбора файлов (нет системной службы выбора файлов и программы zenity), поэтому панель предлагает своё: введите путь или выберите место и файл ниже.
chooser-hint = Tab — дополнить имя · Enter — подтвердить · Esc — отмена
chooser-title-import = Выберите таблицу для импорта
chooser-title-export = Экспорт пользователей в…
chooser-title-save = Сохранить «{ $name }» как…
chooser-open = Открыть
chooser-save = Сохранить
chooser-type-a-path = Введите путь к файлу или выберите его ниже.
chooser-type-a-name = Это папка: допишите после неё имя файла.
chooser-no-such-file = Файла «{ $path }» нет.
chooser-not-a-spreadsheet = Импортировать можно только таблицы ({ $extensions }).
chooser-no-such-folder = Такой папки нет.
chooser-replace = «{ $name }» уже есть. Нажмите «Сохранить» ещё раз, чтобы заменить его.
chooser-cannot-list = Эту папку не удалось прочитать: { $reason }
chooser-nothing-here = Здесь нечего выбрать.
drop-unsupported = «{ $name }» нельзя импортировать: только таблицы ({ $extensions }).
drop-elsewhere = Чтобы импортировать «{ $name }», перетащите его на список пользователей или на экран импорта.
import-drop-hint = Или перетащите таблицу в это окно.
users-columns-hint = Отметьте, какие столбцы показывать; стрелки переставляют столбец. Чтобы изменить ширину, потяните за край заголовка столбца.
balance-preview-below-zero = Останется { $value }: сервер не примет изменение, после которого станет меньше нуля.

# Codes the API speaks, in words (ui::words); an unknown code is shown tidied
word-locale-en-us = Английский (США)
word-locale-en-gb = Английский (Великобритания)
word-locale-ru-ru = Русский
word-locale-es-es = Испанский
word-locale-de-de = Немецкий
word-locale-fr-fr = Французский
word-locale-pt-br = Португальский (Бразилия)
word-locale-it-it = Итальянский
word-locale-uk-ua = Украинский
word-locale-pt-pt = Португальский (Португалия)
word-locale-tr-tr = Турецкий
word-locale-ro-ro = Румынский
word-locale-ar-ar = Арабский
word-locale-kk-kz = Казахский
word-tx-type-main-charge = Списание
word-tx-type-payment = Платёж
word-tx-type-tariff-charge = Списание по тарифу
word-tx-type-bonus-charge = Списание бонусов
word-tx-subtype-monthly = Ежемесячно
word-tx-subtype-every-year = Ежегодно
word-tx-subtype-partner = Дилером
word-tx-subtype-activeday = За активный день
word-tx-subtype-everyday = Ежедневно
word-tx-subtype-sms = SMS
word-tx-subtype-register = Регистрация
word-measurement-metric = Метрическая (км, л)
word-measurement-imperial = Имперская (мили, имп. галлоны)
word-measurement-us = США (мили, галлоны США)
word-measurement-metric-gal = Метрическая с галлонами
word-measurement-imperial-us = Имперская с галлонами США
word-service-google = Google
word-service-roadmap = Google дорожная карта
word-service-satellite = Google спутник
word-service-hybrid = Google гибрид
word-service-osm = OpenStreetMap
word-service-osrm = OpenStreetMap (OSRM)
word-service-yandex = Яндекс
word-service-doublegis = 2ГИС
word-service-here = HERE
word-service-mapbox = Mapbox
word-service-locationiq = LocationIQ
word-service-progorod = Прогород
word-feature-branding-web = Свой брендинг (веб)
word-feature-branding-mobile = Свой брендинг (мобильные приложения)
word-feature-custom-maps = Свои карты
word-feature-api = Доступ к API
import-status-active = Активирован
import-status-blocked = Заблокирован
error-not-sent = Ничего не отправлено: { $reason } Введённое сохранено; отправьте снова, когда сервер ответит.
activity-field-refused = Отклонено
activity-field-not-sent = Не отправлено
activity-field-logins = Логины
activity-field-found = Найдено созданных
activity-field-rows-sent = Отправлено строк
activity-field-run-rows = Строк к созданию
activity-op-import-check = Проверка импорта

## The users section: permissions, trackers, plans, 2FA, presets, paging, settings
column-registered-city = Город регистрации
column-comment = Комментарий
column-mfa = 2FA
value-on = Вкл.
value-off = Выкл.
users-unconfirmed = e-mail не подтверждён
not-permitted = Вашей учётной записи дилера это не разрешено. Попросите права у администратора Navixy.
pager-first = Первая страница
pager-previous = Предыдущая страница
pager-next = Следующая страница
pager-last = Последняя страница
pager-page = Страница
pager-of = из { $pages }
filter-clear = Очистить фильтр
trackers-title = Трекеры: { $name }
trackers-label = Название
trackers-model = Модель
trackers-imei = IMEI
trackers-status = Статус
trackers-last-connection = Последняя связь
trackers-clone = Клон
trackers-never = никогда
trackers-none = Нет трекеров
trackers-loading = Загрузка трекеров…
trackers-deleted = удалён
trackers-not-found = Трекера #{ $id } нет среди трекеров пользователя (удалён или передан другому).
trackers-filter-placeholder = Фильтр по названию, IMEI или телефону
trackers-open = Трекеры
word-status-active = На связи
word-status-idle = Простаивает
word-status-offline = Не в сети
word-status-signal-lost = Сигнал потерян
word-status-just-registered = Только что зарегистрирован
field-plan = Тариф по умолчанию
field-menu-preset = Пресет меню
field-mfa = Двухфакторная аутентификация
preset-default-named = { $title } (по умолчанию)
plan-not-set = Не задан
plan-list-unknown = Тарифы дилера не удалось получить: тариф показан номером.
preset-list-unknown = Пресеты меню не удалось получить с сервера.
field-mfa-allowed = Двухфакторная аутентификация разрешена
field-mfa-hint = Пользователь сможет подтверждать вход кодом из письма.
login-saved-servers = Сохранённые серверы…
settings-open = Настройки
settings-title = Настройки
settings-servers = Собственные серверы Navixy
settings-servers-about = Адреса, которые предлагает экран входа. Сервер, на который вы вошли, добавляется сюда.
settings-servers-none = Пока нет сохранённых серверов.
settings-server-add-label = Добавить адрес
settings-server-add = Добавить
settings-web = Веб-интерфейс клиента
settings-web-about = «Войти как пользователь» открывает этот адрес. { "{" }domain{ "}" } — домен дилера, как его сообщает сервер; { "{" }session_key{ "}" } — сессия пользователя. Оставьте пустым, чтобы только копировать ключ сессии.
settings-template = Адрес
settings-template-invalid = Это не адрес http(s).
settings-template-default = Адрес Navixy по умолчанию
settings-timeout-title = Ожидание сервера
settings-timeout-about = Сколько может длиться запрос, прежде чем он считается потерянным. Действует со следующего входа.
settings-timeout = Секунды (1–600)
settings-timeout-range = Число секунд от 1 до 600.
settings-folder = Папка данных
settings-folder-about = Здесь хранятся журнал действий и база песочницы.
settings-open-folder = Открыть папку данных
settings-folder-not-opened = Не удалось открыть папку: { $reason }
settings-drawing = Отрисовка
settings-drawing-about = Чем окно рисует интерфейс. Процессор работает всегда; видеокарта быстрее, если работает её драйвер. Изменение действует со следующего запуска.
drawing-graphics-card = Видеокарта, если работает
drawing-processor = Процессор
drawing-now-graphics-card = Сейчас окно рисует видеокарта.
drawing-now-no-card = Сейчас окно рисует процессор: видеокарта не ответила.
drawing-now-processor = Сейчас окно рисует процессор, как выбрано.
drawing-now-failed = Сейчас окно рисует процессор: видеокарта не справилась.
drawing-now-by-hand = Задано ICED_BACKEND = «{ $value }»: отрисовку выбирает оно.
drawing-failed-probe = Видеокарта не смогла отрисовать панель ({ $reason }), поэтому теперь её рисует процессор. Это можно изменить в настройках.
drawing-failed-start = В прошлый раз панель закрылась, не успев отрисоваться видеокартой, поэтому теперь её рисует процессор. Это можно изменить в настройках.
activity-op-user-mfa = Изменена двухфакторная аутентификация
activity-op-user-preset = Назначен пресет меню
activity-op-user-resend = Отправлено письмо активации

## Bulk work on a selection
users-chosen = { $count ->
    [one] Выбран { $count } пользователь
    [few] Выбрано { $count } пользователя
     [many] Выбрано { $count } пользователей
    *[other] Выбрано { $count } пользователей
    }
users-choose-all-matching = Выбрать всех подходящих под фильтр: { $count }
users-choice-clear = Снять выбор
users-export-chosen = Экспорт выбранных…
bulk-balance = Баланс или бонус…
bulk-discount = Скидка…
bulk-plan = Тариф…
bulk-mfa = 2FA…
bulk-resend = Повторить активацию…
bulk-delete = Удалить…
bulk-title = { $action }: { $count ->
    [one] { $shown } пользователь
    [few] { $shown } пользователя
     [many] { $shown } пользователей
    *[other] { $shown } пользователей
    }
bulk-reading = Чтение пользователей: { $read } из { $of }…
bulk-discount-rule = Укажите скидку от 0 до 100 %, число устройств и дату окончания (ГГГГ-ММ-ДД), если скидка не бессрочная.
bulk-plan-rule = Выберите тариф.
bulk-plan-choose = Выберите тариф
bulk-delete-rule = Введите число пользователей ({ $count }) для подтверждения.
bulk-delete-warning = { $count ->
    [one] Будет удалён { $count } пользователь со всеми данными. Это нельзя отменить.
    [few] Будут удалены { $count } пользователя со всеми данными. Это нельзя отменить.
     [many] Будут удалены { $count } пользователей со всеми данными. Это нельзя отменить.
    *[other] Будут удалены { $count } пользователей со всеми данными. Это нельзя отменить.
    }
bulk-delete-type = Введите { $count } для подтверждения
bulk-below-zero = Пропущен: ушёл бы в минус (сервер откажет)
bulk-discount-after = { $value }
bulk-unchanged = Уже так: ничего не отправлено
bulk-resend-will = Будет отправлено письмо
bulk-activated-already = Пропущен: уже активирован
bulk-deleted = Удалён
bulk-resend-about = Новое письмо активации уйдёт каждому выбранному пользователю, который ещё не активирован.
bulk-nobody = Не осталось пользователей, для кого это сделать.
bulk-preview-count = { $count ->
    [one] Изменится { $count } пользователь
    [few] Изменятся { $count } пользователя
     [many] Изменятся { $count } пользователей
    *[other] Изменятся { $count } пользователей
    }
bulk-left-out = Пропущено: { $count } (причина ниже)
bulk-start = Запустить для { $count }
bulk-done = готово { $count }
bulk-failed = не удалось { $count }
bulk-left = осталось { $count }
bulk-rate = { $rate } польз. в секунду
bulk-time-left = осталось около { $seconds } с
bulk-pause = Пауза
bulk-cancel = Отменить остальное
bulk-resume = Продолжить (осталось { $count })
bulk-discard = Отказаться от запуска
bulk-retry-failed = Повторить неудавшиеся ({ $count })
bulk-pause-first = Сначала поставьте запуск на паузу: оставшееся сохранится для продолжения.
bulk-finished = Готово для { $count }.
bulk-finished-failures = Завершено; не прошло: { $failed }. Причины — в списке.
bulk-paused = Пауза: продолжите когда угодно, в том числе после перезапуска.
bulk-cancelled = Отменено: остальное не отправлено.
bulk-session-ended = Сессия закончилась: войдите снова, чтобы продолжить.
bulk-not-kept = Файл запуска не удалось записать, поэтому он остановлен: { $reason }
bulk-interrupted = Этот запуск не завершился в прошлый раз: обработано { $done }, осталось { $left }. Изменения, которые были в пути, будут сверены с сервером, прежде чем что-либо отправится снова.
bulk-interrupted-action = Что делает: { $action }
bulk-action-balance = { $kind } изменяется на { $amount } («{ $text }»)
bulk-action-discount = скидка { $value } до { $end }
bulk-action-open-ended = бессрочно
bulk-action-plan = тариф { $plan }
bulk-action-mfa-on = 2FA разрешена
bulk-action-mfa-off = 2FA запрещена
bulk-action-resend = новое письмо активации
bulk-action-delete = пользователи удаляются
bulk-set-aside = { $count ->
    [one] Файлу массовой операции нельзя доверять: он отложен и не выполнен: { $files }
    [few] { $count } файлам массовых операций нельзя доверять: они отложены и не выполнены: { $files }
    [many] { $count } файлам массовых операций нельзя доверять: они отложены и не выполнены: { $files }
   *[other] { $count } файла массовой операции нельзя доверять: они отложены и не выполнены: { $files }
}
bulk-before = Было
bulk-before-none = Нет
bulk-before-reading = Чтение…
bulk-before-unread = Не прочитано: { $reason }
bulk-undo-text = Отмена: { $text }
bulk-undo = Отменить эту операцию…
bulk-put-back-discount = Возврат скидок
bulk-put-back-plan = Возврат тарифов
bulk-put-back-about = Каждому пользователю вернётся скидка или тариф, которые были у него до операции, что бы у него ни было сейчас. «Было» показывает, что у него сейчас.
bulk-action-put-back-discount = скидка каждого пользователя, как до операции
bulk-action-put-back-plan = тариф каждого пользователя, как до операции
watch-open = Контроль баланса
watch-title = Контроль баланса
watch-explained = Списания каждого пользователя за последние 30 дней и на сколько дней хватит баланса при таком расходе: сначала те, у кого он кончится раньше.
watch-listing = Чтение списка пользователей: { $read }…
watch-progress = Прочитано пользователей: { $read } из { $total }
watch-stop = Остановить
watch-resume = Продолжить
watch-refresh = Прочитать заново
watch-spent = Списано за 30 дней
watch-days-left = Осталось дней
watch-runs-out = Закончится
watch-unread = Не прочитаны ({ $count }): { $logins }
watch-none-yet = Пока ничего не прочитано.
watch-within = Закончится в течение
watch-days = дн.
watch-shown = Показано: { $shown } из { $read }
watch-top-up = Пополнить их…
watch-export = Экспорт в CSV…
watch-file-name = контроль-баланса
watch-not-kept = Прочитанное не удалось сохранить для следующего чтения: { $reason }
watch-not-loaded = Сохранённое прежними чтениями не удалось использовать ({ $reason }): все пользователи читаются заново.
watch-chart = Пополнения и списания по месяцам
watch-chart-since = прочитано с { $date }; каждое чтение добавляет новое
watch-chart-hide = К списку пользователей
watch-chart-show = График по месяцам
watch-chart-refills = Пополнения
watch-chart-charges = Списания
watch-chart-month = { $month }: пополнения { $refills }, списания { $charges }
bulk-after = Станет
bulk-outcome = Итог
bulk-state-waiting = Ожидает
bulk-state-sending = Отправляется
bulk-state-done = Готово
bulk-state-skipped = Пропущен: { $reason }
bulk-state-refused = Отказ: { $reason } (код { $code })
bulk-state-failed = Не удалось: { $reason }
bulk-state-unknown = Неизвестно: { $reason }
cli-import-classified = на сервере: { $summary }
sync-conflict-legal-type = правовую форму нельзя изменить ({ $from } → { $to })

## Imports that update
sync-compare = Сравнить с сервером
sync-compare-again = Сравнить снова
sync-compare-about = Находит уже существующих пользователей: что файл изменил бы у них и чего изменить нельзя.
sync-comparing = Сравнение с сервером…
sync-summary = новых { $new }, изменённых { $changed }, без изменений { $unchanged }, конфликтов { $conflicts }
sync-cost = ({ $requests ->
    [one] { $requests } запрос
    [few] { $requests } запроса
     [many] { $requests } запросов
    *[other] { $requests } запросов
    }, { $ms } мс)
sync-apply-new = Создать новых
sync-apply-changed = Обновить изменённых
sync-apply = Создать { $new }, обновить { $changed }
sync-change = { $column }: { $old } → { $new }
sync-row-changed = Изменения: { $changes }
sync-row-unchanged = На сервере как в файле
sync-row-conflict = Нельзя применить: { $reason }
sync-row-updated = Обновлён
sync-row-update-failed = Не обновлён: { $reason }
sync-row-gone = строки больше нет в файле
sync-updating = Обновление { $done } из { $total }…
sync-updated = { $count ->
    [one] Обновлён { $count } пользователь.
    [few] Обновлены { $count } пользователя.
     [many] Обновлены { $count } пользователей.
    *[other] Обновлены { $count } пользователей.
    }
segments-open = Сегменты
segments-title = Сегменты
segments-explained = Вопросы, на которые не отвечает поиск сервера, по всем пользователям дилера: пользователь найден, если выполнены все условия.
segments-reading = Чтение пользователей: { $read }…
segments-as-of = Пользователей: { $count }, прочитано { $age }
segments-never-read = Пользователи ещё не прочитаны.
segments-age-now = только что
segments-age-minutes = { $n ->
    [one] { $n } минуту назад
    [few] { $n } минуты назад
    [many] { $n } минут назад
   *[other] { $n } минуты назад
}
segments-age-hours = { $n ->
    [one] { $n } час назад
    [few] { $n } часа назад
    [many] { $n } часов назад
   *[other] { $n } часа назад
}
segments-age-days = { $n ->
    [one] { $n } день назад
    [few] { $n } дня назад
    [many] { $n } дней назад
   *[other] { $n } дня назад
}
segments-refresh = Прочитать заново
segments-saved = Сохранённые сегменты
segments-name = Название сегмента
segments-save = Сохранить
segments-forget = Удалить сегмент
segments-saved-as = Сегмент «{ $name }» сохранён.
segments-too-many = Больше сегментов сохранить нельзя: сначала удалите какой-нибудь.
segments-search = Логин, имя или телефон
segments-add = Добавить условие…
segments-found = Найдено: { $found } из { $total }
segments-none-found = Нет пользователей, отвечающих этим условиям.
segments-needs-watch = Контроль баланса ещё не читал списания этого дилера: откройте его один раз, и условие найдёт, у кого кончаются деньги.
segments-discount-ends-within = Скидка кончается в течение
segments-discount-ended = Скидка закончилась
segments-terms-needed = Скидок и тарифов нет в списке пользователей: для них читается запись каждого пользователя (запросов: { $count }).
segments-terms-read = Прочитать скидки и тарифы
segments-terms-reading = Чтение скидок и тарифов: { $read } из { $total }
segments-terms-as-of = Скидки и тарифы прочитаны { $age }
segments-terms-read-again = Прочитать заново
segments-terms-unread = Не прочитано: { $count }
segments-export = Экспорт…
segments-file-name = сегмент
segments-index-unreadable = Пользователей, сохранённых на этом компьютере, прочитать не удалось ({ $reason }): они читаются с сервера заново.
segments-balance-below = Баланс меньше
segments-balance-above = Баланс больше
segments-balance-negative = Баланс меньше нуля
segments-not-activated = Не активирован
segments-not-activated-for = Не активирован не меньше
segments-no-trackers = Нет трекеров
segments-trackers-more-than = Трекеров больше
segments-two-factor-on = Двухфакторная аутентификация включена
segments-two-factor-off = Двухфакторная аутентификация выключена
segments-created-between = Создан в период
segments-place = Город или страна
segments-problem-amount = Сумма, например 25 или 12,50
segments-problem-number = Целое число, например 30
segments-problem-date = Дата в виде ГГГГ-ММ-ДД
segments-problem-dates-reversed = Первая дата позже второй
segments-problem-empty = Введите значение, чтобы условие учитывалось
