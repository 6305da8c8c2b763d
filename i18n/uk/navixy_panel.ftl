## Shell
app-title = Navixy Panel
header-dealer = Дилер { $login }
busy = Виконується…
logout = Вийти
logout-confirm-title = Вийти?
logout-confirm-body = Сеанс панелі завершиться. Усе, що не збережено на сервері, залишиться лише на цьому екрані до наступного входу.
cancel = Скасувати
settings-reset = Деякі налаштування не вдалося прочитати, тому для них відновлено типові значення.
theme-system = Як у системі
theme-light = Світла
theme-dark = Темна

## Login
login-title = Вхід до адмін-панелі Navixy
login-subtitle = Використовуйте логін дилера. Пароль ніде не зберігається.
login-server = Сервер
server-sandbox = Пісочниця (локальне демо)
server-eu = Хмара Navixy, Європа
server-us = Хмара Navixy, Америка
server-custom = Власний сервер (своя адреса)
login-custom-url = Адреса API
login-login = Логін
login-password = Пароль
login-submit = Увійти
login-signing-in = Вхід…
login-sandbox-starting = Запуск локальної пісочниці…
login-sandbox-ready = Пісочниця працює на цьому комп’ютері з демонстраційними даними: дилер demo, пароль demo1234.
login-sandbox-failed = Не вдалося запустити пісочницю: { $reason }
login-session-ended = Ваш сеанс завершився. Увійдіть знову, щоб продовжити з того самого місця.
login-logged-out = Ви вийшли з панелі.
login-bad-url = Це недійсна адреса сервера.
login-https-required = Адреса має починатися з https:// (звичайний http дозволено лише для цього комп’ютера).
login-missing-credentials = Введіть логін і пароль.

## Errors
error-code = Код Navixy { $code }
error-wrong-credentials = Неправильний логін або пароль.
error-dealer-blocked = Обліковий запис дилера заблоковано. Зверніться до служби підтримки Navixy.
error-dealer-unknown = На цьому сервері немає дилера з таким логіном.
error-too-many-attempts = Забагато невдалих спроб. Зачекайте кілька хвилин і спробуйте знову.
error-session-ended = Ваш сеанс завершився. Увійдіть знову.
error-not-found = Не знайдено: можливо, запис видалено або він належить іншому дилерові.
error-rate-limited = Сервер попросив надсилати запити рідше й далі відмовляв; нічого не змінено. Спробуйте ще раз трохи згодом.
error-not-permitted = Вашому обліковому запису дилера це не дозволено.
error-server-failed = Сервер не зміг обробити запит.
error-server = Сервер відхилив запит: { $description }
error-unreachable = Не вдається зв’язатися з сервером. Перевірте підключення до мережі та адресу сервера.
error-timeout = Сервер не відповів вчасно. Спробуйте ще раз.
error-not-navixy = За цією адресою відповідає не API Navixy. Перевірте адресу сервера.
error-bad-url = Цю адресу сервера не можна використати.
error-redirected = Сервер переспрямував запит на іншу адресу: { $to }. Панель не переходить за нею: перевірте адресу сервера.
error-too-large = Відповідь сервера більша за { $megabytes } МБ; панель припинила її читати.
error-inconsistent = Сервер відповів не на те, про що питали ({ $detail }): з відповіддю нічого не зроблено.
error-file-write = Не вдалося записати файл: { $reason }
field-hidden-characters = Це значення містить символи, які не можна показати (керівні символи або позначки напрямку тексту). Вони зберігаються як є, доки ви не зміните це поле.

## Users list
users-filter-placeholder = Фільтр за ім’ям, логіном, телефоном, містом, ІПН…
users-only-active = Лише активні
users-columns = Стовпці
users-refresh = Оновити
retry = Повторити
details-loading = Завантаження користувача…
users-loading = Завантаження користувачів…
users-empty = У цього дилера ще немає користувачів.
users-no-match = Немає користувачів за запитом «{ $filter }».
users-inactive = не активовано
column-id = ID
column-name = Ім’я
column-login = Логін
column-phone = Телефон
column-balance = Баланс
column-bonus = Бонус
column-city = Місто
column-trackers = Трекери
column-created = Створено
pager-page-size = Рядків на сторінці
pager-range = { $first }–{ $last } з { $total }
pager-empty = Немає користувачів

## User details
details-back = Користувачі
group-account = Обліковий запис
group-person = Контактна особа
group-legal = Юридичні дані
group-postal = Поштова адреса
group-registered = Адреса реєстрації
group-discount = Знижка
group-other = Інше
field-id = ID
field-login = Логін (ел. пошта)
field-activated = Активовано
field-verified = Ел. пошту підтверджено
field-created = Створено (UTC)
field-balance = Баланс
field-bonus = Бонус
field-trackers = Трекери
field-last-name = Прізвище
field-first-name = Ім’я
field-middle-name = По батькові
field-phone = Телефон
field-legal-type = Правовий статус
field-legal-name = Юридична назва
field-tin = ІПН
field-iec = IEC
field-okpo = Код ЄДРПОУ
field-state-reg-num = Державний реєстраційний номер
field-country = Країна
field-region = Регіон
field-city = Місто
field-street = Вулиця, будинок
field-zip = Поштовий індекс
field-discount-value = Знижка
field-discount-min-trackers = Мінімум трекерів
field-discount-end = Діє до
field-comment = Коментар
field-default-tariff = ID тарифу за замовчуванням
legal-individual = Фізична особа
legal-entity = Юридична особа
legal-sole-trader = Індивідуальний підприємець
value-yes = Так
value-no = Ні
value-open-ended = Безстроково

## Applications
apps-open = Додатки
apps-title = Додатки: { $user }
apps-loading = Завантаження додатків…
apps-empty = У цього користувача ще немає додатків. Додайте додаток, щоб він з’явився у вебінтерфейсі клієнта.
details-back-user = Користувач
app-new = Новий додаток
app-new-title = Новий додаток
app-edit-title = Редагування додатка
app-name = Назва ({ $count }/{ $max })
app-url = URL
app-url-hint = Лише https. Змінні у фігурних дужках підставляються для кожного клієнта, наприклад { "{" }user_id{ "}" } або { "{" }language{ "}" }.
app-icon = URL значка (необов’язково)
app-enabled = Показувати в меню клієнта
app-description = Опис ({ $count }/{ $max })
app-display = Відкривати
app-display-new-tab = У новій вкладці
app-display-embedded = Усередині вебінтерфейсу
app-auth = Авторизація
app-auth-none = Без авторизації
app-auth-user-session = Сеанс клієнта
app-auth-api-key = Ключ API
app-api-key = Ключ API
app-on = Увімк.
app-off = Вимк.
app-created = Додаток додано.
app-saved = Додаток збережено.
app-deleted = Додаток видалено.
app-gone = Цього додатка вже немає (його тим часом видалили). Список оновлено.
app-delete-title = Видалити цей додаток?
app-delete-body = «{ $name }» зникне з меню клієнта. Цю дію не можна скасувати.
edit = Редагувати
delete = Видалити
save = Зберегти
saving = Збереження…
editor-stored-value-warning = Так збережено на сервері, хоча: { $rule } Інші зміни зберегти можна.
rule-formula-not-saved = Формула без збереженого значення: відкрийте файл в Excel або LibreOffice і збережіть його знову.
rule-cell-error = У клітинці помилка ({ $shown }).
rule-merged-cell = Об’єднано з клітинкою в рядку { $line }: значення є лише в тому рядку.
rule-ambiguous-number = Можна прочитати двояко: запишіть число без роздільника тисяч.
rule-example-row = Рядок-приклад із шаблону імпорту: пропущено.
rule-starts-with-space = Починається з пробілу (залишено як є).
rule-ends-with-space = Закінчується пробілом (залишено як є).
rule-maybe-percent = Частка одиниці: якщо клітинка показує відсоток (0,075 як 7,5 %), введіть тут відсоток.
rule-absent = Відсутнє в запиті.
rule-required = Обов’язкове поле.
rule-too-long = Не більше { $max } символів.
rule-https-url = Потрібна дійсна адреса https://.
rule-not-printable = Лише друковані символи.
rule-invalid = Недійсне значення.

## Customer's view
customer-open = Очима клієнта
customer-heading = { $user } очима клієнта
customer-loading = Відкривається сеанс клієнта…
customer-not-reported = Сервер не повідомив.
customer-account = Обліковий запис
customer-title = Відображуване ім’я
customer-locale = Мова й регіон
customer-time-zone = Часовий пояс
customer-measurement = Система одиниць
customer-geocoder = Геокодер
customer-route-provider = Постачальник маршрутів
customer-demo = Демонстраційний обліковий запис
customer-balances = Баланси
customer-master = Основний обліковий запис (це субкористувач)
customer-tariff = Тариф
customer-allowed-maps = Дозволені карти
customer-premium-gis = Преміум-ГІС
customer-dealer = ID дилера
customer-features = Можливості дилера
customer-features-list = Можливості
customer-privileges = Права субкористувача
customer-rights = Права
activation-needed = Цей обліковий запис не активовано або його ел. пошту не підтверджено.
activation-resend = Надіслати лист активації ще раз
activation-sending = Надсилання…
activation-wait = Повторне надсилання через { $time }
activation-sent = Нове посилання для активації надіслано на { $login }.
activation-already-done = Цей обліковий запис уже активовано й підтверджено.
activation-mail-failed = Серверу не вдалося надіслати лист. Перевірте адресу або спробуйте пізніше.
activation-unknown-login = Логін { $login } серверу невідомий.

## User editor
users-new = Новий користувач
details-edit = Редагувати
editor-new-title = Новий користувач
editor-edit-title = Редагування: { $login }
editor-unsaved = Незбережені зміни
editor-problems = { $count ->
    [one] { $count } поле потребує уваги
    [few] { $count } поля потребують уваги
    [many] { $count } полів потребують уваги
   *[other] { $count } поля потребують уваги
}
editor-login-in-use = Цей логін (ел. пошта) уже використовує інший обліковий запис.
editor-legal-type-fixed = { $kind } (змінити не можна)
editor-same-address = Збігається з поштовою адресою
editor-saved = Користувача збережено.
editor-created = Користувача створено.
editor-discard-title = Відкинути зміни?
editor-discard-body = Усе, що ви ввели в цій формі, буде втрачено.
editor-discard = Відкинути
field-password = Пароль
field-password-repeat = Повторіть пароль
field-time-zone = Часовий пояс
field-time-zone-search = Почніть вводити, наприклад Berlin
field-locale = Мова й регіон
field-phone-digits = Телефон (10–15 цифр, без +)
field-discount-percent = Знижка, %
field-discount-end-date = Діє до (рррр-мм-дд)
field-discount-strategy = Поєднання зі знижкою тарифу
field-comment-counted = Коментар ({ $count }/{ $max })
strategy-no-summing = Без підсумовування
strategy-sum = Додавати до прогресивної
strategy-no-summing-explained = Діє більша з двох знижок: ця або прогресивна знижка тарифу.
strategy-sum-explained = Ця знижка додається до прогресивної знижки тарифу.
rule-email = Потрібна дійсна адреса ел. пошти.
rule-phone = Від 10 до 15 цифр, без + і пробілів.
rule-password = Від 6 до 20 друкованих символів.
rule-passwords-differ = Паролі не збігаються.
rule-discount = Число від 0 до 100.
rule-not-negative = Ціле число, 0 або більше.
rule-date = Дата у форматі рррр-мм-дд.

## Account actions
action-password = Змінити пароль
action-balance = Баланс або бонус
action-delete = Видалити користувача
password-title = Новий пароль для { $login }
password-change = Змінити пароль
password-changed = Пароль змінено.
balance-title = Зміна балансу: { $login }
balance-current = Зараз: баланс { $balance }, бонус { $bonus }
balance-what = Що змінити
balance-amount = Сума (+ додає, − списує)
balance-description = Опис транзакції
balance-preview = Після зміни: { $value }
balance-apply = Застосувати
balance-changed = Баланс змінено.
balance-amount-rule = Введіть ненульову суму, не більше двох знаків після коми.
balance-text-rule = Опис має містити не менше { $min } символів.
balance-insufficient = Недостатньо коштів: зараз { $current }, а опускатися нижче нуля не можна.
delete-title = Видалити цього користувача?
delete-explained = { $login }, його субкористувачів і трекери буде позначено як видалені, а трекери перестануть працювати. Скасувати це з панелі не можна.
delete-type-login = Введіть логін користувача для підтвердження
delete-clones = Також видалити клони його трекерів в інших користувачів
delete-252 = Один із трекерів цього користувача вже видалено (пошкоджено), тому сервер відмовив. Зверніться до служби підтримки Navixy, щоб завершити видалення.
delete-253 = Деякі трекери цього користувача клоновано іншим користувачам. Позначте «Також видалити клони», щоб видалити і їх, або спершу видаліть клони.
deleted = Користувача видалено.
delete-login-mismatch = Логін не збігається з логіном цього користувача.

## Transactions
transactions-open = Транзакції
transactions-title = Транзакції: { $user }
transactions-loading = Завантаження транзакцій… (частина { $done } з { $total })
transactions-empty = За цей період транзакцій немає.
transactions-chart-empty = Немає даних для графіка.
transactions-count = { $count ->
    [one] { $count } транзакція
    [few] { $count } транзакції
    [many] { $count } транзакцій
   *[other] { $count } транзакції
}
transactions-refills = Поповнення: +{ $amount }
transactions-charges = Списання: { $amount }
transactions-net = Підсумок: { $amount }
transactions-bonus = Бонус: { $amount }
transactions-readout = { $date }: баланс { $balance }, бонус { $bonus }
range-7 = Останні 7 днів
range-30 = Останні 30 днів
range-90 = Останні 90 днів
range-month = Цей місяць
range-custom = Свій період
range-apply = Показати
range-bad = Введіть дві дати у форматі рррр-мм-дд; перша не може бути пізнішою за другу.
tx-date = Дата (UTC)
tx-type = Тип
tx-subtype = Підтип
tx-description = Опис
tx-amount = Сума
tx-balance = Баланс
tx-bonus-amount = Сума бонусу
tx-bonus = Бонус
tx-tracker = Трекер
transactions-export = Експорт в XLSX
tx-old-balance = Баланс до
tx-new-balance = Баланс після
tx-old-bonus = Бонус до
tx-new-bonus = Бонус після
saved-to = Збережено: { $path }
save-failed = Не вдалося зберегти файл: { $reason }
action-login-as = Увійти як користувач
login-as-copied = Ключ сеансу користувача скопійовано в буфер обміну.
login-as-opened = Вебінтерфейс користувача відкрито; ключ сеансу також скопійовано в буфер обміну.
login-as-refused = Вебінтерфейс користувача не відкрито: { $reason } Ключ сеансу — у буфері обміну.
login-as-no-browser = Не вдалося відкрити браузер; ключ сеансу користувача — у буфері обміну.
web-problem-not-a-host = домен дилера, отриманий від сервера, «{ $domain }», не є іменем хоста.
web-problem-not-a-key = ключ сеансу, отриманий від сервера, не схожий на ключ.
web-problem-not-an-address = «{ $address }» — не адреса https.
web-problem-plain-http = «{ $address }» — звичайний http до іншого комп’ютера, тож ключ передавався б відкритим текстом.
rule-too-short = Не менше { $min } символів.
rule-two-decimals = Не більше 2 знаків після коми.
rule-duplicate-in-file = Ця адреса ел. пошти вже є в рядку { $line } файлу.

## Import template: the note on each column's header
template-note-email = Обов’язково. Логін нового користувача: дійсна адреса ел. пошти, унікальна в цьому файлі та на сервері.
template-note-password = Обов’язково. Від 6 до 20 друкованих символів. Користувач зможе змінити його пізніше.
template-note-status = Обов’язково. 1 — активний, 0 — заблокований.
template-note-legal-status = Обов’язково. 1 — фізична особа, 2 — юридична особа, 3 — індивідуальний підприємець. Для 2 і 3 обов’язкові стовпці адреси та реєстрації, для 2 — також юридична назва.
template-note-last-name = Обов’язково. Прізвище користувача або контактної особи компанії.
template-note-first-name = Обов’язково. Ім’я користувача або контактної особи.
template-note-middle-name = Необов’язково.
template-note-phone = Необов’язково. Від 10 до 15 цифр, без + і пробілів.
template-note-comment = Необов’язково. Примітка для ваших працівників, не більше 255 символів.
template-note-post-country = Поштова адреса: країна. Обов’язково для юридичних осіб та індивідуальних підприємців.
template-note-post-region = Поштова адреса: регіон або область. Обов’язково для юридичних осіб та індивідуальних підприємців.
template-note-post-city = Поштова адреса: місто. Обов’язково для юридичних осіб та індивідуальних підприємців.
template-note-post-street-address = Поштова адреса: вулиця, будинок, офіс. Обов’язково для юридичних осіб та індивідуальних підприємців.
template-note-post-index = Поштова адреса: поштовий індекс. Обов’язково для юридичних осіб та індивідуальних підприємців.
template-note-legal-name = Зареєстрована назва компанії. Обов’язково для юридичних осіб.
template-note-tin = Необов’язково. Ідентифікаційний номер платника податків.
template-note-iec = Необов’язково. Код причини постановки на облік (КПП у Росії).
template-note-state-reg-num = Необов’язково. Державний реєстраційний номер (ОГРН), не більше 15 символів.
template-note-okpo-code = Необов’язково. Код ЄДРПОУ (ОКПО).
template-note-registered-country = Адреса реєстрації: країна.
template-note-registered-region = Адреса реєстрації: регіон. Обов’язково для юридичних осіб та індивідуальних підприємців.
template-note-registered-city = Адреса реєстрації: місто. Обов’язково для юридичних осіб та індивідуальних підприємців.
template-note-registered-street-address = Адреса реєстрації: вулиця, будинок. Обов’язково для юридичних осіб та індивідуальних підприємців.
template-note-registered-index = Адреса реєстрації: поштовий індекс. Обов’язково для юридичних осіб та індивідуальних підприємців.
template-note-discount = Необов’язково. Знижка у відсотках, від 0 до 100.
template-note-discount-end-date = Необов’язково. Останній день дії знижки у форматі рррр-мм-дд.
template-note-device-limit = Необов’язково. Найменша кількість пристроїв, потрібна для знижки, ціле число.

## Import
import-column-line = Рядок
import-column-problems = Проблеми
import-report-sheet = Проблеми
import-summary = { $n ->
    [one] { $rows } рядок
    [few] { $rows } рядки
    [many] { $rows } рядків
   *[other] { $rows } рядка
}: готових — { $ready }, з помилками — { $errors }
import-summary-excluded = , пропущено — { $excluded }
import-summary-created = , створено — { $created }
import-summary-updated = , оновлено — { $updated }
import-missing-columns = У файлі немає обов’язкових стовпців: { $columns }. Заповніть їх нижче або додайте у файл.
import-unknown-columns = Нерозпізнані стовпці (пропущено): { $columns }
import-too-many-rows = Navixy приймає не більше { $max } рядків за один імпорт. Пропустіть частину рядків або розділіть файл.
import-line = Рядок { $line }
import-file-too-large = Файл більший за 10 МБ — це максимум, який приймає Navixy. Розділіть його на менші файли.
import-file-empty = У файлі немає користувачів: він порожній або містить лише рядок заголовків.
import-file-no-such-sheet = У таблиці немає аркуша «{ $sheet }».
import-duplicate-column = Стовпці { $first } і { $second } обидва називаються «{ $header }»: залиште один із них і відкрийте файл знову.
import-sheet-read = Прочитано аркуш «{ $sheet }».
import-sheet-read-others = Прочитано аркуш «{ $sheet }»; користувачі є також на аркушах: { $others }.
import-lines-skipped = Рядки { $first }–{ $last } над заголовком (рядок { $header }) пропущено.
import-line-skipped = Рядок { $line } над заголовком (рядок { $header }) пропущено.
import-line-warnings = Рядок { $line }, перевірте: { $warnings }
import-file-no-sheet = У таблиці немає жодного аркуша.
import-file-unreadable = Цей файл не є таблицею, яку може прочитати програма (CSV, XLSX, XLS або ODS). Подробиці: { $detail }
import-title = Імпорт: { $file }
import-template = Завантажити шаблон
import-template-file = шаблон-імпорту-користувачів.xlsx
import-choose-file = Вибрати інший файл…
import-reading = Читання файлу…
import-checking-rows = Перевірка рядків: { $done } з { $total }
import-cannot-open = Не вдалося відкрити файл: { $reason }
import-encoding = Кодування:
import-sheet = Аркуш:
import-show-passwords = Показати паролі
import-row-ready-but = Готово; перевірте: { $warnings }
import-errors-only = Лише рядки з помилками
import-exclude-invalid = Пропустити рядки з помилками
import-save-report = Зберегти звіт про помилки…
import-upload = { $n ->
    [one] Імпортувати { $count } користувача
    [few] Імпортувати { $count } користувачів
    [many] Імпортувати { $count } користувачів
   *[other] Імпортувати { $count } користувача
}
import-nothing-left = Імпортувати більше нічого
import-upload-rest = { $n ->
    [one] Імпортувати ще { $count } користувача
    [few] Імпортувати ще { $count } користувачів
    [many] Імпортувати ще { $count } користувачів
   *[other] Імпортувати ще { $count } користувача
}
import-uploading = Імпорт: створено { $sent } з { $total }
import-checking-server = Імпорт перервано. Перевіряємо, яких користувачів сервер уже створив…
import-check-failed = Не вдалося з’ясувати, яких користувачів створено: { $reason } Доки це невідомо, нічого не надсилатиметься.
import-check-again = Перевірити знову
import-done = { $n ->
    [one] Створено { $created } користувача.
    [few] Створено { $created } користувачів.
    [many] Створено { $created } користувачів.
   *[other] Створено { $created } користувача.
}
import-stopped = Імпорт зупинився: { $reason } Уже створено користувачів: { $created }. Виправте позначений рядок або пропустіть його, а потім імпортуйте решту — уже створені рядки повторно не надсилаються.
import-stopped-at = рядок { $line } відхилено: { $reason }
import-row-created = Створено
import-row-excluded = Пропущено
import-row-ready = Готово
import-separator-semicolon = крапка з комою
import-separator-comma = кома
import-separator-tab = табуляція
import-csv-read-as = Прочитано як CSV: роздільник — { $separator }, кодування — { $encoding }.
import-leave-title = Вийти з імпорту?
import-leave-body = Ваші виправлення та ще не імпортовані рядки буде втрачено.
import-leave = Вийти
users-import = Імпорт…
users-export = Експорт…
users-export-cancel = Скасувати експорт
export-cancelled = Експорт скасовано: файл не записано.
users-template = Шаблон
export-done = Експортовано користувачів: { $count }. Файл: { $path }
export-failed = Не вдалося експортувати: { $reason }
export-xlsx-as-built = Файл XLSX збережено в тому вигляді, у якому його сформував сервер: панель не перевіряла його клітинки на формули. Експорт у CSV перевіряється.
export-csv-as-built = Файл CSV збережено в тому вигляді, у якому його надіслав сервер: панель не змогла прочитати його як CSV, тому його клітинки не перевірено на формули.
error-login-in-use = Користувач із такою адресою ел. пошти вже існує.
error-duplicate-login = Та сама адреса ел. пошти трапляється у файлі двічі.
error-invalid-parameters = Деякі значення недійсні.
file-filter-spreadsheets = Таблиці

## A change whose answer was lost (checked with a read afterwards)
error-not-applied = З’єднання обірвалося до того, як сервер вніс зміну. Нічого не змінено; введені дані збережено, тож їх можна надіслати знову.
error-unconfirmed = Відповідь втрачено, а запитати сервер, що сталося, не вдалося: зміну могло бути внесено, а могло й ні. Перевірте, перш ніж надсилати її знову.

## Activity: the journal of changes made from this computer
activity-open = Журнал
activity-title = Журнал дій
back = Назад
activity-filter-placeholder = Фільтр за користувачем, дією, зміною…
activity-export = Експорт в XLSX…
activity-file-name = журнал-дій
activity-count = { $n ->
    [one] { $shown } з { $total } зміни
    [few] { $shown } з { $total } змін
    [many] { $shown } з { $total } змін
   *[other] { $shown } з { $total } зміни
}
activity-unreadable = { $count ->
    [one] { $count } пошкоджений рядок пропущено
    [few] { $count } пошкоджені рядки пропущено
    [many] { $count } пошкоджених рядків пропущено
   *[other] { $count } пошкодженого рядка пропущено
}
activity-cannot-read = Не вдалося прочитати журнал дій: { $reason }
activity-empty = Змін ще немає. Тут записується кожна ваша зміна (користувачі, баланси, додатки, імпорт).
activity-when = Коли
activity-server = Сервер
activity-dealer = Дилер
activity-operation = Дія
activity-user-id = ID користувача
activity-user = Користувач
activity-changes = Зміни
activity-outcome = Результат
activity-code = Код помилки
activity-op-user-create = Користувача створено
activity-op-user-update = Користувача змінено
activity-op-user-password = Пароль змінено
activity-op-user-balance = Баланс змінено
activity-op-user-delete = Користувача видалено
activity-op-app-create = Додаток створено
activity-op-app-update = Додаток змінено
activity-op-app-delete = Додаток видалено
activity-op-app-enabled = Додаток увімкнено/вимкнено
activity-op-import = Імпорт користувачів
activity-bulk-run = Масово: { $operation }
activity-bulk-users = { $count ->
    [one] { $users } користувач
    [few] { $users } користувачі
    [many] { $users } користувачів
   *[other] { $users } користувача
    }
activity-bulk-outcome = виконано: { $done }, не виконано: { $failed }
activity-outcome-done = Виконано
activity-outcome-refused = Відхилено сервером
activity-outcome-not-applied = Не виконано (зв’язок)
activity-outcome-unconfirmed = Невідомо: перевірте
activity-outcome-failed = Не надіслано
import-file-too-big = Таблиця завелика для читання: більше { $rows } рядків або вміст, що розпаковується в понад 512 МБ. Navixy приймає не більше 10 тисяч рядків у файлі; розділіть його.
import-file-too-many-cells = У цьому файлі клітинок: { $cells }; імпорт приймає не більше { $max }. Navixy приймає не більше 10 тисяч рядків у файлі: скопіюйте рядки й стовпці з користувачами в новий файл.
import-file-too-many-columns = У рядку цього файлу стовпців: { $columns }; імпорт приймає не більше { $max }. Перевірте роздільник або скопіюйте стовпці з користувачами в новий файл.
error-server-down = На сервері неполадки (HTTP { $status }). Спробуйте ще раз трохи згодом.

quit-confirm-title = Закрити без збереження?
quit-confirm-body = Частина роботи ще не на сервері: змінена форма, виправлені рядки імпорту або зміна, яка чекає на відповідь сервера. Якщо закрити вікно, її буде втрачено.
quit-confirm = Усе одно закрити
activity-field-activated = Активовано
activity-field-verified = Ел. пошту підтверджено
activity-field-balance = Баланс
activity-field-bonus = Бонус
activity-field-balance-change = Зміна балансу
activity-field-bonus-change = Зміна бонусу
activity-field-text = Опис
activity-field-with-clones = З клонами
activity-field-app-name = Назва додатка
activity-field-app-url = URL додатка
activity-field-enabled = Показано в меню
activity-field-application = ID додатка
activity-field-created = Створено користувачів
activity-field-discount-strategy = Схема знижки
activity-yes = так
activity-no = ні
import-cell-too-long = Символів: { $chars } — задовго, щоб редагувати тут
import-cell-clear = Очистити

# navixy-panel import
cli-import-progress = створено { $done } з { $total }
cli-import-no-progress = Сервер не створив надіслані рядки й не пояснив чому: більше нічого не надіслано. Запустіть імпорт знову, щоб надіслати решту.
cli-import-no-password = Немає пароля: задайте NAVIXY_PASSWORD або запустіть програму в терміналі, щоб ввести його.
cli-report-progress = Прочитано користувачів: { $done } з { $total }
cli-import-unknown-encoding = { $name } — невідоме цій програмі кодування (спробуйте windows-1251, windows-1252, utf-8).

# A change whose screen was closed before its answer came
left-change-done = Виконано вже після закриття екрана: { $operation }.
left-change-failed = Не виконано (екран тим часом закрито): { $operation }. { $reason }

# The in-app file chooser (systems without a file dialog)
chooser-why = У цій системі немає вікна вибору файлів (ні системного порталу, ні zenity), тому панель пропонує власне: введіть шлях або виберіть місце й файл нижче.
chooser-hint = Tab — доповнити ім’я · Enter — підтвердити · Esc — скасувати
chooser-title-import = Виберіть таблицю для імпорту
chooser-title-export = Експортувати користувачів у…
chooser-title-save = Зберегти «{ $name }» як…
chooser-open = Відкрити
chooser-save = Зберегти
chooser-type-a-path = Введіть шлях до файлу або виберіть його нижче.
chooser-type-a-name = Це папка: допишіть після неї ім’я файлу.
chooser-no-such-file = Файлу «{ $path }» не існує.
chooser-not-a-spreadsheet = Імпортувати можна лише таблиці ({ $extensions }).
chooser-no-such-folder = Такої папки не існує.
chooser-replace = «{ $name }» уже існує. Натисніть «Зберегти» ще раз, щоб замінити його.
chooser-cannot-list = Не вдалося прочитати цю папку: { $reason }
chooser-nothing-here = Тут немає чого вибрати.
drop-unsupported = «{ $name }» не можна імпортувати: імпортувати можна лише таблиці ({ $extensions }).
drop-elsewhere = Щоб імпортувати «{ $name }», перетягніть його на список користувачів або на екран імпорту.
import-drop-hint = Або перетягніть таблицю в це вікно.
users-columns-hint = Позначте стовпці, які треба показувати; стрілки переміщують стовпець. Щоб змінити ширину стовпця, перетягніть край його заголовка.
balance-preview-below-zero = Залишиться { $value }: сервер відхиляє зміну, після якої значення стає менше нуля.

# Codes the API speaks, in words (ui::words); an unknown code is shown tidied
word-locale-en-us = Англійська (США)
word-locale-en-gb = Англійська (Велика Британія)
word-locale-ru-ru = Російська
word-locale-es-es = Іспанська
word-locale-de-de = Німецька
word-locale-fr-fr = Французька
word-locale-pt-br = Португальська (Бразилія)
word-locale-it-it = Італійська
word-locale-uk-ua = Українська
word-locale-pt-pt = Португальська (Португалія)
word-locale-tr-tr = Турецька
word-locale-ro-ro = Румунська
word-locale-ar-ar = Арабська
word-locale-kk-kz = Казахська
word-tx-type-main-charge = Списання
word-tx-type-payment = Платіж
word-tx-type-tariff-charge = Списання за тарифом
word-tx-type-bonus-charge = Списання бонусів
word-tx-subtype-monthly = Щомісячно
word-tx-subtype-every-year = Щороку
word-tx-subtype-partner = Дилером
word-tx-subtype-activeday = За активний день
word-tx-subtype-everyday = Щодня
word-tx-subtype-sms = SMS
word-tx-subtype-register = Реєстрація
word-measurement-metric = Метрична (км, л)
word-measurement-imperial = Англійська (милі, брит. гал.)
word-measurement-us = Американська (милі, гал. США)
word-measurement-metric-gal = Метрична з галонами
word-measurement-imperial-us = Англійська з галонами США
word-service-google = Google
word-service-roadmap = Google (схема)
word-service-satellite = Google (супутник)
word-service-hybrid = Google (гібрид)
word-service-osm = OpenStreetMap
word-service-osrm = OpenStreetMap (OSRM)
word-service-yandex = Яндекс
word-service-doublegis = 2ГІС
word-service-here = HERE
word-service-mapbox = Mapbox
word-service-locationiq = LocationIQ
word-service-progorod = Прогород
word-feature-branding-web = Власний брендинг (веб)
word-feature-branding-mobile = Власний брендинг (мобільні додатки)
word-feature-custom-maps = Власні карти
word-feature-api = Доступ до API
import-status-active = Активовано
import-status-blocked = Заблоковано
error-not-sent = Нічого не надіслано: { $reason } Введені дані збережено; надішліть їх знову, коли сервер відповідатиме.
activity-field-refused = Відхилено
activity-field-not-sent = Не надіслано
activity-field-logins = Логіни
activity-field-found = Знайдено створених
activity-field-rows-sent = Надіслано рядків
activity-field-run-rows = Рядків до створення
activity-op-import-check = Перевірка імпорту

## The users section: permissions, trackers, plans, 2FA, presets, paging, settings
column-registered-city = Місто реєстрації
column-comment = Коментар
column-mfa = 2FA
value-on = Увімк.
value-off = Вимк.
users-unconfirmed = ел. пошту не підтверджено
not-permitted = Вашому обліковому запису дилера це не дозволено. Попросіть дозвіл в адміністратора Navixy.
pager-first = Перша сторінка
pager-previous = Попередня сторінка
pager-next = Наступна сторінка
pager-last = Остання сторінка
pager-page = Сторінка
pager-of = з { $pages }
filter-clear = Очистити фільтр
trackers-title = Трекери: { $name }
trackers-label = Назва
trackers-model = Модель
trackers-imei = IMEI
trackers-status = Статус
trackers-last-connection = Останній зв’язок
trackers-clone = Клон
trackers-never = ніколи
trackers-none = Немає трекерів
trackers-loading = Завантаження трекерів…
trackers-deleted = видалено
trackers-not-found = Трекера #{ $id } немає серед трекерів цього користувача (його видалено або передано іншому користувачеві).
trackers-filter-placeholder = Фільтр за назвою, IMEI або телефоном
trackers-open = Трекери
word-status-active = Онлайн
word-status-idle = Простій
word-status-offline = Офлайн
word-status-signal-lost = Обрив зв’язку
word-status-just-registered = Щойно зареєстровано
field-plan = Тариф за замовчуванням
field-menu-preset = Шаблон меню
field-mfa = Двофакторна автентифікація
preset-default-named = { $title } (за замовчуванням)
plan-not-set = Не задано
plan-list-unknown = Не вдалося отримати тарифи дилера: тариф показано за номером.
preset-list-unknown = Не вдалося отримати шаблони меню із сервера.
field-mfa-allowed = Двофакторну автентифікацію дозволено
field-mfa-hint = Користувач може підтверджувати вхід кодом, надісланим на ел. пошту.
login-saved-servers = Збережені сервери…
settings-open = Налаштування
settings-title = Налаштування
settings-servers = Власні сервери
settings-servers-about = Адреси, які пропонує екран входу. Сервер, на який ви входите, додається сюди.
settings-servers-none = Збережених серверів ще немає.
settings-server-add-label = Додати адресу
settings-server-add = Додати
settings-web = Вебінтерфейс клієнта
settings-web-about = «Увійти як користувач» відкриває цю адресу. { "{" }domain{ "}" } — домен дилера, як його повідомляє сервер; { "{" }session_key{ "}" } — сеанс користувача. Залиште поле порожнім, щоб лише копіювати ключ сеансу.
settings-template = Адреса
settings-template-invalid = Це не адреса http(s).
settings-template-default = Стандартна адреса Navixy
settings-timeout-title = Очікування сервера
settings-timeout-about = Скільки може тривати запит, перш ніж його вважатимуть втраченим. Діє з наступного входу.
settings-timeout = Секунди (1–600)
settings-timeout-range = Кількість секунд від 1 до 600.
settings-folder = Папка даних
settings-folder-about = Тут зберігаються журнал дій і база даних пісочниці.
settings-open-folder = Відкрити папку даних
settings-folder-not-opened = Не вдалося відкрити папку: { $reason }
settings-drawing = Відмальовування
settings-drawing-about = Чим вікно відмальовує інтерфейс. Процесор працює завжди; відеокарта швидша, якщо працює її драйвер. Зміна діє з наступного запуску.
drawing-graphics-card = Відеокарта, якщо працює
drawing-processor = Процесор
drawing-now-graphics-card = Зараз вікно відмальовує відеокарта.
drawing-now-no-card = Зараз вікно відмальовує процесор: відеокарта не відповіла.
drawing-now-processor = Зараз вікно відмальовує процесор, як вибрано.
drawing-now-failed = Зараз вікно відмальовує процесор: відеокарта дала збій.
drawing-now-by-hand = ICED_BACKEND має значення «{ $value }»: саме воно визначає, чим відмальовувати.
drawing-failed-probe = Відеокарта не змогла відмалювати панель ({ $reason }), тому відтепер її відмальовує процесор. Це можна змінити в налаштуваннях.
drawing-failed-start = Минулого разу панель зупинилася, перш ніж відеокарта її відмалювала, тому відтепер її відмальовує процесор. Це можна змінити в налаштуваннях.
activity-op-user-mfa = Змінено двофакторну автентифікацію
activity-op-user-preset = Призначено шаблон меню
activity-op-user-resend = Надіслано лист активації

## Bulk work on a selection
users-chosen = { $count ->
    [one] Вибрано { $count } користувача
    [few] Вибрано { $count } користувачів
    [many] Вибрано { $count } користувачів
   *[other] Вибрано { $count } користувача
    }
users-choose-all-matching = Вибрати всіх, хто відповідає фільтру: { $count }
users-choice-clear = Зняти вибір
users-export-chosen = Експорт вибраних…
bulk-balance = Баланс або бонус…
bulk-discount = Знижка…
bulk-plan = Тариф…
bulk-mfa = 2FA…
bulk-resend = Повторна активація…
bulk-delete = Видалити…
bulk-title = { $action } для { $count ->
    [one] { $shown } користувача
    [few] { $shown } користувачів
    [many] { $shown } користувачів
   *[other] { $shown } користувача
    }
bulk-reading = Читання користувачів: { $read } з { $of }…
bulk-discount-rule = Введіть знижку від 0 до 100 %, кількість пристроїв і дату закінчення (РРРР-ММ-ДД), якщо знижка не безстрокова.
bulk-plan-rule = Виберіть тариф.
bulk-plan-choose = Виберіть тариф
bulk-delete-rule = Для підтвердження введіть кількість користувачів — { $count }.
bulk-delete-warning = { $count ->
    [one] Буде видалено { $count } користувача з усіма його даними. Цю дію не можна скасувати.
    [few] Буде видалено { $count } користувачів з усіма їхніми даними. Цю дію не можна скасувати.
    [many] Буде видалено { $count } користувачів з усіма їхніми даними. Цю дію не можна скасувати.
   *[other] Буде видалено { $count } користувача з усіма їхніми даними. Цю дію не можна скасувати.
    }
bulk-delete-type = Введіть { $count } для підтвердження
bulk-below-zero = Пропущено: значення стало б від’ємним (сервер таке відхиляє)
bulk-discount-after = { $value }
bulk-unchanged = Уже так: нічого не надіслано
bulk-resend-will = Буде надіслано лист
bulk-activated-already = Пропущено: уже активовано
bulk-deleted = Видалено
bulk-resend-about = Новий лист активації отримає кожен вибраний користувач, якого ще не активовано.
bulk-nobody = Не залишилося нікого, для кого це можна зробити.
bulk-preview-count = { $count ->
    [one] Зміниться { $count } користувач
    [few] Зміняться { $count } користувачі
    [many] Зміниться { $count } користувачів
   *[other] Зміниться { $count } користувача
    }
bulk-left-out = Пропущено: { $count } (причини нижче)
bulk-start = Запустити для { $count }
bulk-done = виконано: { $count }
bulk-failed = не вдалося: { $count }
bulk-left = залишилося: { $count }
bulk-rate = { $rate } корист. за секунду
bulk-time-left = залишилося близько { $seconds } с
bulk-pause = Пауза
bulk-cancel = Скасувати решту
bulk-resume = Продовжити (залишилося { $count })
bulk-discard = Відкинути операцію
bulk-retry-failed = Повторити невдалі ({ $count })
bulk-pause-first = Спершу призупиніть операцію: решту буде збережено, щоб продовжити пізніше.
bulk-finished = Виконано для { $count }.
bulk-finished-failures = Завершено; не вдалося: { $failed }. Причини — у списку.
bulk-paused = Призупинено: продовжте, коли зручно, навіть після закриття програми.
bulk-cancelled = Скасовано: решту не надіслано.
bulk-session-ended = Сеанс завершився: увійдіть знову, щоб продовжити.
bulk-not-kept = Не вдалося записати файл операції, тому її зупинено: { $reason }
bulk-interrupted = Ця операція не завершилася, коли програмою користувалися востаннє: опрацьовано { $done }, залишилося { $left }. Зміни, що були в дорозі, буде звірено із сервером, перш ніж щось надсилатиметься знову.
bulk-interrupted-action = Що вона робить: { $action }
bulk-action-balance = { $kind } змінюється на { $amount } («{ $text }»)
bulk-action-discount = знижка { $value } до { $end }
bulk-action-open-ended = без дати закінчення
bulk-action-plan = тариф { $plan }
bulk-action-mfa-on = 2FA дозволено
bulk-action-mfa-off = 2FA заборонено
bulk-action-resend = новий лист активації
bulk-action-delete = видалення користувачів
bulk-set-aside = { $count ->
    [one] { $count } файл масової операції не викликає довіри, тому його відкладено без виконання: { $files }
    [few] { $count } файли масових операцій не викликають довіри, тому їх відкладено без виконання: { $files }
    [many] { $count } файлів масових операцій не викликають довіри, тому їх відкладено без виконання: { $files }
   *[other] { $count } файлу масових операцій не викликають довіри, тому їх відкладено без виконання: { $files }
}
bulk-before = Було
bulk-before-none = Немає
bulk-before-reading = Читання…
bulk-before-unread = Не прочитано: { $reason }
bulk-undo-text = Скасування: { $text }
bulk-undo = Скасувати цю операцію…
bulk-put-back-discount = Повернення знижок
bulk-put-back-plan = Повернення тарифів
bulk-put-back-about = Кожному користувачеві повернеться знижка або тариф, які були в нього до операції, хоч би що в нього було зараз. «Було» показує, що в нього зараз.
bulk-action-put-back-discount = знижка кожного користувача, як до операції
bulk-action-put-back-plan = тариф кожного користувача, як до операції
watch-open = Контроль балансу
watch-title = Контроль балансу
watch-explained = Списання кожного користувача за останні 30 днів і на скільки днів вистачить балансу за таких витрат: спочатку ті, у кого він закінчиться раніше.
watch-listing = Читання списку користувачів: { $read }…
watch-progress = Прочитано користувачів: { $read } з { $total }
watch-stop = Зупинити
watch-resume = Продовжити
watch-refresh = Прочитати знову
watch-spent = Списано за 30 днів
watch-days-left = Залишилось днів
watch-runs-out = Закінчиться
watch-unread = Не прочитано ({ $count }): { $logins }
watch-none-yet = Поки нічого не прочитано.
watch-within = Закінчиться протягом
watch-days = дн.
watch-shown = Показано: { $shown } з { $read }
watch-top-up = Поповнити їх…
watch-export = Експорт у CSV…
watch-file-name = контроль-балансу
watch-not-kept = Прочитане не вдалося зберегти для наступного читання: { $reason }
watch-not-loaded = Збережене попередніми читаннями не вдалося використати ({ $reason }): усіх користувачів читаємо заново.
watch-chart = Поповнення та списання за місяцями
watch-chart-since = прочитано з { $date }; кожне читання додає нове
watch-chart-hide = До списку користувачів
watch-chart-show = Графік за місяцями
watch-chart-refills = Поповнення
watch-chart-charges = Списання
watch-chart-month = { $month }: поповнення { $refills }, списання { $charges }
bulk-after = Стане
bulk-outcome = Результат
bulk-state-waiting = Очікує
bulk-state-sending = Надсилається
bulk-state-done = Виконано
bulk-state-skipped = Пропущено: { $reason }
bulk-state-refused = Відхилено: { $reason } (код { $code })
bulk-state-failed = Не вдалося: { $reason }
bulk-state-unknown = Невідомо: { $reason }
cli-import-classified = порівняно із сервером: { $summary }
sync-conflict-legal-type = правовий статус не можна змінити ({ $from } → { $to })

## Imports that update
sync-compare = Порівняти із сервером
sync-compare-again = Порівняти знову
sync-compare-about = Знаходить уже наявних користувачів: що файл змінив би для них і чого змінити не може.
sync-comparing = Порівняння із сервером…
sync-summary = нові — { $new }, змінені — { $changed }, без змін — { $unchanged }, { $conflicts ->
    [one] { $conflicts } конфлікт
    [few] { $conflicts } конфлікти
    [many] { $conflicts } конфліктів
   *[other] { $conflicts } конфлікту
    }
sync-cost = ({ $requests ->
    [one] { $requests } запит
    [few] { $requests } запити
    [many] { $requests } запитів
   *[other] { $requests } запиту
    }, { $ms } мс)
sync-apply-new = Створити нових
sync-apply-changed = Оновити змінених
sync-apply = Створити { $new }, оновити { $changed }
sync-change = { $column }: { $old } → { $new }
sync-row-changed = Зміни: { $changes }
sync-row-unchanged = На сервері так само, як у файлі
sync-row-conflict = Не можна застосувати: { $reason }
sync-row-updated = Оновлено
sync-row-update-failed = Не оновлено: { $reason }
sync-row-gone = цього рядка вже немає у файлі
sync-updating = Оновлення: { $done } з { $total }…
sync-updated = { $count ->
    [one] Оновлено { $count } користувача.
    [few] Оновлено { $count } користувачів.
    [many] Оновлено { $count } користувачів.
   *[other] Оновлено { $count } користувача.
    }
segments-open = Сегменти
segments-title = Сегменти
segments-explained = Питання, на які не відповідає пошук сервера, щодо всіх користувачів дилера: користувача знайдено, якщо виконано всі умови.
segments-reading = Читання користувачів: { $read }…
segments-as-of = Користувачів: { $count }, прочитано { $age }
segments-never-read = Користувачів ще не прочитано.
segments-age-now = щойно
segments-age-minutes = { $n ->
    [one] { $n } хвилину тому
    [few] { $n } хвилини тому
    [many] { $n } хвилин тому
   *[other] { $n } хвилини тому
}
segments-age-hours = { $n ->
    [one] { $n } годину тому
    [few] { $n } години тому
    [many] { $n } годин тому
   *[other] { $n } години тому
}
segments-age-days = { $n ->
    [one] { $n } день тому
    [few] { $n } дні тому
    [many] { $n } днів тому
   *[other] { $n } дня тому
}
segments-refresh = Прочитати знову
segments-saved = Збережені сегменти
segments-name = Назва сегмента
segments-save = Зберегти
segments-forget = Видалити сегмент
segments-saved-as = Сегмент «{ $name }» збережено.
segments-too-many = Більше сегментів зберегти не можна: спершу видаліть якийсь.
segments-search = Логін, ім'я або телефон
segments-add = Додати умову…
segments-found = Знайдено: { $found } з { $total }
segments-none-found = Немає користувачів, що відповідають цим умовам.
segments-needs-watch = Контроль балансу ще не читав списання цього дилера: відкрийте його один раз, і умова знайде, у кого закінчуються гроші.
segments-discount-ends-within = Знижка закінчується протягом
segments-discount-ended = Знижка закінчилася
segments-terms-needed = Знижок і тарифів немає у списку користувачів: для них читається запис кожного користувача (запитів: { $count }).
segments-terms-read = Прочитати знижки й тарифи
segments-terms-reading = Читання знижок і тарифів: { $read } з { $total }
segments-terms-as-of = Знижки й тарифи прочитано { $age }
segments-terms-read-again = Прочитати знову
segments-terms-unread = Не прочитано: { $count }
segments-export = Експорт…
segments-file-name = сегмент
segments-index-unreadable = Користувачів, збережених на цьому комп'ютері, прочитати не вдалося ({ $reason }): їх читають із сервера знову.
segments-balance-below = Баланс менший за
segments-balance-above = Баланс більший за
segments-balance-negative = Баланс менший за нуль
segments-not-activated = Не активований
segments-not-activated-for = Не активований щонайменше
segments-no-trackers = Немає трекерів
segments-trackers-more-than = Трекерів більше ніж
segments-two-factor-on = Двофакторну автентифікацію ввімкнено
segments-two-factor-off = Двофакторну автентифікацію вимкнено
segments-created-between = Створений у період
segments-place = Місто або країна
segments-problem-amount = Сума, наприклад 25 або 12,50
segments-problem-number = Ціле число, наприклад 30
segments-problem-date = Дата у вигляді РРРР-ММ-ДД
segments-problem-dates-reversed = Перша дата пізніша за другу
segments-problem-empty = Введіть значення, щоб умова враховувалася
