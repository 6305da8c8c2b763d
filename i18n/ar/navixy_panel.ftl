## Shell
app-title = لوحة Navixy
header-dealer = الوكيل { $login }
busy = جارٍ التنفيذ…
logout = تسجيل الخروج
logout-confirm-title = تسجيل الخروج؟
logout-confirm-body = ستنتهي جلسة اللوحة. أي شيء لم يُحفظ على الخادم يبقى على هذه الشاشة فقط إلى أن تسجّل الدخول مرة أخرى.
cancel = إلغاء
settings-reset = تعذّرت قراءة بعض الإعدادات، فأُعيدت إلى قيمها الافتراضية.
theme-system = مظهر النظام
theme-light = فاتح
theme-dark = داكن

## Login
login-title = تسجيل الدخول إلى لوحة المدير في Navixy
login-subtitle = استخدم اسم دخول الوكيل الخاص بك. لا تُخزَّن كلمة المرور أبدًا.
login-server = الخادم
server-sandbox = بيئة تجريبية (عرض محلي)
server-eu = سحابة Navixy، أوروبا
server-us = سحابة Navixy، أمريكا
server-custom = خادم خاص (عنوان URL مخصص)
login-custom-url = عنوان API
login-login = اسم الدخول
login-password = كلمة المرور
login-submit = دخول
login-signing-in = جارٍ تسجيل الدخول…
login-sandbox-starting = جارٍ تشغيل البيئة التجريبية المحلية…
login-sandbox-ready = البيئة التجريبية تعمل على هذا الحاسوب ببيانات تجريبية: الوكيل demo، وكلمة المرور demo1234.
login-sandbox-failed = تعذّر تشغيل البيئة التجريبية: { $reason }
login-session-ended = انتهت جلستك. سجّل الدخول مرة أخرى لتتابع من حيث توقفت.
login-logged-out = تم تسجيل خروجك.
login-bad-url = هذا ليس عنوان خادم صالحًا.
login-https-required = يجب أن يبدأ العنوان بـ https:// (لا يُسمح بـ http:// غير المشفّر إلا لهذا الحاسوب).
login-missing-credentials = أدخل اسم الدخول وكلمة المرور.

## Errors
error-code = رمز Navixy: { $code }
error-wrong-credentials = اسم الدخول أو كلمة المرور غير صحيحة.
error-dealer-blocked = حساب الوكيل هذا محظور. تواصل مع دعم Navixy.
error-dealer-unknown = لا يوجد وكيل باسم الدخول هذا على هذا الخادم.
error-too-many-attempts = محاولات فاشلة كثيرة جدًا. انتظر بضع دقائق ثم حاول مرة أخرى.
error-session-ended = انتهت جلستك. سجّل الدخول مرة أخرى.
error-not-found = غير موجود: ربما حُذف، أو أنه يتبع وكيلًا آخر.
error-rate-limited = طلب الخادم إبطاء الطلبات واستمر في رفضها؛ لم يتغيّر شيء. حاول مرة أخرى بعد قليل.
error-not-permitted = لا يُسمح لحساب الوكيل الخاص بك بتنفيذ هذا الإجراء.
error-server-failed = أخفق الخادم في معالجة الطلب.
error-server = رفض الخادم الطلب: { $description }
error-unreachable = تعذّر الوصول إلى الخادم. تحقّق من الاتصال بالشبكة ومن عنوان الخادم.
error-timeout = لم يستجب الخادم في الوقت المحدد. حاول مرة أخرى.
error-not-navixy = العنوان يستجيب، لكن ليس كواجهة API من Navixy. تحقّق من عنوان الخادم.
error-bad-url = لا يمكن استخدام عنوان الخادم هذا.
error-redirected = أعاد الخادم توجيهنا إلى مكان آخر: { $to }. لا تتبع اللوحة إعادة التوجيه هذه: تحقّق من عنوان الخادم.
error-too-large = تتجاوز استجابة الخادم { $megabytes } ميغابايت؛ فتوقفت اللوحة عن قراءتها.
error-inconsistent = أجاب الخادم عن شيء غير المطلوب ({ $detail }): لم يُتّخذ أي إجراء بناءً على هذه الإجابة.
error-file-write = تعذّرت كتابة الملف: { $reason }
field-hidden-characters = تحتوي هذه القيمة على أحرف لا يمكن عرضها (أحرف تحكم أو علامات اتجاه). تُحفظ كما هي ما لم تعدّل هذا الحقل.

## Users list
users-filter-placeholder = تصفية حسب الاسم، اسم الدخول، الهاتف، المدينة، رقم الضريبة…
users-only-active = النشطون فقط
users-columns = الأعمدة
users-refresh = تحديث
retry = إعادة المحاولة
details-loading = جارٍ تحميل المستخدم…
users-loading = جارٍ تحميل المستخدمين…
users-empty = لا يوجد مستخدمون لدى هذا الوكيل بعد.
users-no-match = لا يوجد مستخدمون يطابقون «{ $filter }».
users-inactive = غير مفعّل
column-id = المعرّف
column-name = الاسم
column-login = اسم الدخول
column-phone = الهاتف
column-balance = الرصيد
column-bonus = المكافأة
column-city = المدينة
column-trackers = أجهزة التتبع
column-created = تاريخ الإنشاء
pager-page-size = صفوف لكل صفحة
pager-range = { $first }–{ $last } من { $total }
pager-empty = لا يوجد مستخدمون

## User details
details-back = المستخدمون
group-account = الحساب
group-person = جهة الاتصال
group-legal = البيانات القانونية
group-postal = العنوان البريدي
group-registered = العنوان المسجَّل
group-discount = الخصم
group-other = أخرى
field-id = المعرّف
field-login = اسم الدخول (البريد الإلكتروني)
field-activated = مفعّل
field-verified = البريد الإلكتروني مؤكَّد
field-created = تاريخ الإنشاء (بالتوقيت العالمي)
field-balance = الرصيد
field-bonus = المكافأة
field-trackers = أجهزة التتبع
field-last-name = اسم العائلة
field-first-name = الاسم الأول
field-middle-name = الاسم الأوسط
field-phone = الهاتف
field-legal-type = الوضع القانوني
field-legal-name = الاسم القانوني
field-tin = رقم الضريبة
field-iec = IEC
field-okpo = OKPO
field-state-reg-num = رقم التسجيل الحكومي
field-country = الدولة
field-region = المنطقة
field-city = المدينة
field-street = عنوان الشارع
field-zip = الرمز البريدي
field-discount-value = الخصم
field-discount-min-trackers = الحد الأدنى لأجهزة التتبع
field-discount-end = ينتهي في
field-comment = تعليق
field-default-tariff = معرّف الخطة الافتراضية
legal-individual = فرد
legal-entity = كيان قانوني
legal-sole-trader = تاجر فردي
value-yes = نعم
value-no = لا
value-open-ended = غير محدد المدة

## Applications
apps-open = التطبيقات
apps-title = تطبيقات { $user }
apps-loading = جارٍ تحميل التطبيقات…
apps-empty = لا توجد تطبيقات لهذا المستخدم بعد. أضف تطبيقًا ليظهر في واجهة الويب الخاصة بالعميل.
details-back-user = المستخدم
app-new = إضافة تطبيق
app-new-title = تطبيق جديد
app-edit-title = تعديل التطبيق
app-name = الاسم ({ $count }/{ $max })
app-url = عنوان URL
app-url-hint = يُقبل https فقط. تُملأ المتغيرات الموجودة بين الأقواس المعقوصة لكل عميل، مثل { "{" }user_id{ "}" } أو { "{" }language{ "}" }.
app-icon = عنوان URL للأيقونة (اختياري)
app-enabled = يظهر في قائمة العميل
app-description = الوصف ({ $count }/{ $max })
app-display = طريقة الفتح
app-display-new-tab = في علامة تبويب جديدة
app-display-embedded = داخل واجهة الويب
app-auth = المصادقة
app-auth-none = بدون
app-auth-user-session = جلسة العميل
app-auth-api-key = مفتاح API
app-api-key = مفتاح API
app-on = مفعّل
app-off = معطّل
app-created = تمت إضافة التطبيق.
app-saved = تم حفظ التطبيق.
app-deleted = تم حذف التطبيق.
app-gone = لم يعد هذا التطبيق موجودًا (حُذف في أثناء ذلك). تم تحديث القائمة.
app-delete-title = حذف هذا التطبيق؟
app-delete-body = سيختفي «{ $name }» من قائمة العميل. لا يمكن التراجع عن ذلك.
edit = تعديل
delete = حذف
save = حفظ
saving = جارٍ الحفظ…
editor-stored-value-warning = القيمة محفوظة كما هي مع ذلك: { $rule } ولا يزال بإمكانك حفظ التغييرات الأخرى.
rule-formula-not-saved = صيغة بلا قيمة محفوظة: افتح الملف في Excel أو LibreOffice واحفظه مرة أخرى.
rule-cell-error = تعرض الخلية خطأً ({ $shown }).
rule-merged-cell = مدمجة مع الخلية في السطر { $line }: ذلك السطر وحده يحمل القيمة.
rule-ambiguous-number = يمكن قراءتها بطريقتين: اكتبها دون فاصل الآلاف.
rule-example-row = صف مثال من قالب الاستيراد: تم استبعاده.
rule-starts-with-space = تبدأ بمسافة (أُبقيت كما كُتبت).
rule-ends-with-space = تنتهي بمسافة (أُبقيت كما كُتبت).
rule-maybe-percent = كسر من الواحد: إذا كانت الخلية تعرض نسبة مئوية (0.075 على أنها 7.5%)، فاكتب النسبة المئوية هنا.
rule-absent = غير موجود في الطلب.
rule-required = مطلوب.
rule-too-long = الحد الأقصى لعدد الأحرف: { $max }.
rule-https-url = يجب أن يكون عنوان https:// صالحًا.
rule-not-printable = أحرف قابلة للطباعة فقط.
rule-invalid = قيمة غير صالحة.

## Customer's view
customer-open = عرض العميل
customer-heading = { $user } كما يراه العميل
customer-loading = جارٍ فتح جلسة العميل…
customer-not-reported = لم يُرسله الخادم.
customer-account = الحساب
customer-title = يظهر باسم
customer-locale = اللغة والمنطقة
customer-time-zone = المنطقة الزمنية
customer-measurement = نظام القياس
customer-geocoder = خدمة الترميز الجغرافي
customer-route-provider = مزوّد المسارات
customer-demo = حساب تجريبي
customer-balances = الأرصدة
customer-master = الحساب الرئيسي (هذا مستخدم فرعي)
customer-tariff = الخطة
customer-allowed-maps = الخرائط المسموح بها
customer-premium-gis = الخدمات الجغرافية المميزة
customer-dealer = معرّف الوكيل
customer-features = ميزات الوكيل
customer-features-list = الميزات
customer-privileges = صلاحيات المستخدم الفرعي
customer-rights = الحقوق
activation-needed = هذا الحساب غير مفعّل أو لم يُؤكَّد بريده الإلكتروني.
activation-resend = إعادة إرسال رسالة التفعيل
activation-sending = جارٍ الإرسال…
activation-wait = يمكن إعادة الإرسال بعد { $time }
activation-sent = أُرسل رابط تفعيل جديد إلى { $login }.
activation-already-done = هذا الحساب مفعّل ومؤكَّد بالفعل.
activation-mail-failed = تعذّر على الخادم إرسال البريد الإلكتروني. تحقّق من العنوان، أو حاول مرة أخرى لاحقًا.
activation-unknown-login = لا يعرف الخادم اسم الدخول { $login }.

## User editor
users-new = مستخدم جديد
details-edit = تعديل
editor-new-title = مستخدم جديد
editor-edit-title = تعديل { $login }
editor-unsaved = تغييرات غير محفوظة
editor-problems = { $count ->
    [zero] لا توجد حقول تحتاج إلى مراجعة
    [one] حقل واحد يحتاج إلى مراجعة
    [two] حقلان يحتاجان إلى مراجعة
    [few] { $count } حقول تحتاج إلى مراجعة
    [many] { $count } حقلًا تحتاج إلى مراجعة
   *[other] { $count } حقل تحتاج إلى مراجعة
}
editor-login-in-use = اسم الدخول (البريد الإلكتروني) هذا مستخدم بالفعل في حساب آخر.
editor-legal-type-fixed = { $kind } (لا يمكن تغييره)
editor-same-address = مطابق للعنوان البريدي
editor-saved = تم حفظ المستخدم.
editor-created = تم إنشاء المستخدم.
editor-discard-title = تجاهل التغييرات؟
editor-discard-body = سيضيع ما كتبته في هذا النموذج.
editor-discard = تجاهل
field-password = كلمة المرور
field-password-repeat = تكرار كلمة المرور
field-time-zone = المنطقة الزمنية
field-time-zone-search = اكتب للبحث، مثل برلين
field-locale = الإعدادات المحلية
field-phone-digits = الهاتف (10–15 رقمًا، دون +)
field-discount-percent = الخصم، %
field-discount-end-date = ينتهي في (سنة-شهر-يوم)
field-discount-strategy = الجمع مع خصم الخطة
field-comment-counted = تعليق ({ $count }/{ $max })
strategy-no-summing = دون جمع
strategy-sum = الجمع مع الخصم التصاعدي
strategy-no-summing-explained = يُطبَّق الأكبر من هذا الخصم والخصم التصاعدي للخطة.
strategy-sum-explained = يُضاف هذا الخصم إلى الخصم التصاعدي للخطة.
rule-email = يجب أن يكون عنوان بريد إلكتروني صالحًا.
rule-phone = من 10 إلى 15 رقمًا، دون + أو مسافات.
rule-password = من 6 إلى 20 حرفًا قابلًا للطباعة.
rule-passwords-differ = كلمتا المرور غير متطابقتين.
rule-discount = رقم من 0 إلى 100.
rule-not-negative = عدد صحيح، 0 أو أكثر.
rule-date = تاريخ بصيغة سنة-شهر-يوم.

## Account actions
action-password = تغيير كلمة المرور
action-balance = الرصيد أو المكافأة
action-delete = حذف المستخدم
password-title = كلمة مرور جديدة لـ { $login }
password-change = تغيير كلمة المرور
password-changed = تم تغيير كلمة المرور.
balance-title = تغيير رصيد { $login }
balance-current = الحالي: الرصيد { $balance }، المكافأة { $bonus }
balance-what = ما يُغيَّر
balance-amount = المبلغ (+ للإضافة، − للخصم)
balance-description = وصف المعاملة
balance-preview = بعد التغيير: { $value }
balance-apply = تطبيق
balance-changed = تم تغيير الرصيد.
balance-amount-rule = أدخل مبلغًا غير الصفر، بمنزلتين عشريتين على الأكثر.
balance-text-rule = يجب ألا يقل عدد أحرف الوصف عن { $min }.
balance-insufficient = الرصيد غير كافٍ: المبلغ الحالي { $current } ولا يجوز أن ينخفض إلى ما دون الصفر.
delete-title = حذف هذا المستخدم؟
delete-explained = سيُعلَّم { $login } ومستخدموه الفرعيون وأجهزة التتبع الخاصة به كمحذوفة، وستتوقف أجهزة التتبع عن العمل. لا يمكن التراجع عن ذلك من اللوحة.
delete-type-login = اكتب اسم دخول المستخدم للتأكيد
delete-clones = إزالة النسخ أيضًا: نسخ أجهزة تتبعه لدى مستخدمين آخرين
delete-252 = أحد أجهزة التتبع لدى هذا المستخدم محذوف بالفعل (تالف)، لذا رفض الخادم الطلب. تواصل مع دعم Navixy لإكمال الحذف.
delete-253 = بعض أجهزة التتبع لدى هذا المستخدم مستنسخة لدى مستخدمين آخرين. حدّد «إزالة النسخ أيضًا» لحذفها كذلك، أو أزل النسخ أولًا.
deleted = تم حذف المستخدم.
delete-login-mismatch = اسم الدخول لا يطابق هذا المستخدم.

## Transactions
transactions-open = المعاملات
transactions-title = معاملات { $user }
transactions-loading = جارٍ تحميل المعاملات… (الجزء { $done } من { $total })
transactions-empty = لا توجد معاملات في هذه الفترة.
transactions-chart-empty = لا توجد بيانات للرسم.
transactions-count = { $count ->
    [zero] لا توجد معاملات
    [one] معاملة واحدة
    [two] معاملتان
    [few] { $count } معاملات
    [many] { $count } معاملةً
   *[other] { $count } معاملة
}
transactions-refills = عمليات الشحن: +{ $amount }
transactions-charges = الرسوم: { $amount }
transactions-net = الصافي: { $amount }
transactions-bonus = المكافأة: { $amount }
transactions-readout = { $date }: الرصيد { $balance }، المكافأة { $bonus }
range-7 = آخر 7 أيام
range-30 = آخر 30 يومًا
range-90 = آخر 90 يومًا
range-month = هذا الشهر
range-custom = فترة مخصصة
range-apply = عرض
range-bad = أدخل تاريخين بصيغة سنة-شهر-يوم، على ألا يكون الأول بعد الثاني.
tx-date = التاريخ (بالتوقيت العالمي)
tx-type = النوع
tx-subtype = النوع الفرعي
tx-description = الوصف
tx-amount = المبلغ
tx-balance = الرصيد
tx-bonus-amount = مبلغ المكافأة
tx-bonus = المكافأة
tx-tracker = جهاز التتبع
transactions-export = تصدير إلى XLSX
tx-old-balance = الرصيد السابق
tx-new-balance = الرصيد الجديد
tx-old-bonus = المكافأة السابقة
tx-new-bonus = المكافأة الجديدة
saved-to = حُفظ في { $path }
save-failed = تعذّر حفظ الملف: { $reason }
action-login-as = تسجيل الدخول كمستخدم
login-as-copied = نُسخ مفتاح جلسة المستخدم إلى الحافظة.
login-as-opened = فُتحت واجهة الويب الخاصة بالمستخدم؛ ومفتاح الجلسة موجود أيضًا في الحافظة.
login-as-refused = لم تُفتح واجهة الويب الخاصة بالمستخدم: { $reason } مفتاح الجلسة موجود في الحافظة.
login-as-no-browser = تعذّر فتح أي متصفح ويب؛ مفتاح جلسة المستخدم موجود في الحافظة.
web-problem-not-a-host = نطاق الوكيل الوارد من الخادم، «{ $domain }»، ليس اسم مضيف.
web-problem-not-a-key = مفتاح الجلسة الوارد من الخادم ليس مفتاحًا صالحًا.
web-problem-not-an-address = «{ $address }» ليس عنوان https.
web-problem-plain-http = «{ $address }» عنوان http غير مشفّر على جهاز آخر، وسيُرسَل إليه المفتاح دون تشفير.
rule-too-short = الحد الأدنى لعدد الأحرف: { $min }.
rule-two-decimals = منزلتان عشريتان على الأكثر بعد الفاصلة.
rule-duplicate-in-file = هذا البريد الإلكتروني موجود بالفعل في السطر { $line } من الملف.

## Import template: the note on each column's header
template-note-email = مطلوب. اسم دخول المستخدم الجديد: عنوان بريد إلكتروني صالح، غير مكرر في هذا الملف ولا على الخادم.
template-note-password = مطلوب. من 6 إلى 20 حرفًا قابلًا للطباعة. يمكن للمستخدم تغييرها لاحقًا.
template-note-status = مطلوب. 1 — نشط، 0 — محظور.
template-note-legal-status = مطلوب. 1 — فرد، 2 — كيان قانوني، 3 — تاجر فردي. للقيمتين 2 و3 تكون أعمدة العنوان والتسجيل مطلوبة، وللقيمة 2 الاسم القانوني أيضًا.
template-note-last-name = مطلوب. اسم عائلة المستخدم أو الشخص المسؤول عن التواصل في الشركة.
template-note-first-name = مطلوب. الاسم الأول للمستخدم أو للشخص المسؤول عن التواصل.
template-note-middle-name = اختياري.
template-note-phone = اختياري. من 10 إلى 15 رقمًا، دون + أو مسافات.
template-note-comment = اختياري. ملاحظة لموظفيك، بحد أقصى 255 حرفًا.
template-note-post-country = العنوان البريدي: الدولة. مطلوب للكيانات القانونية والتجار الأفراد.
template-note-post-region = العنوان البريدي: المنطقة أو الولاية. مطلوب للكيانات القانونية والتجار الأفراد.
template-note-post-city = العنوان البريدي: المدينة. مطلوب للكيانات القانونية والتجار الأفراد.
template-note-post-street-address = العنوان البريدي: الشارع والمبنى والمكتب. مطلوب للكيانات القانونية والتجار الأفراد.
template-note-post-index = العنوان البريدي: الرمز البريدي. مطلوب للكيانات القانونية والتجار الأفراد.
template-note-legal-name = الاسم المسجَّل للشركة. مطلوب للكيانات القانونية.
template-note-tin = اختياري. رقم التعريف الضريبي.
template-note-iec = اختياري. رمز سبب التسجيل الضريبي (KPP في روسيا).
template-note-state-reg-num = اختياري. رقم التسجيل الحكومي (OGRN)، بحد أقصى 15 حرفًا.
template-note-okpo-code = اختياري. رمز OKPO.
template-note-registered-country = العنوان المسجَّل: الدولة.
template-note-registered-region = العنوان المسجَّل: المنطقة. مطلوب للكيانات القانونية والتجار الأفراد.
template-note-registered-city = العنوان المسجَّل: المدينة. مطلوب للكيانات القانونية والتجار الأفراد.
template-note-registered-street-address = العنوان المسجَّل: الشارع والمبنى. مطلوب للكيانات القانونية والتجار الأفراد.
template-note-registered-index = العنوان المسجَّل: الرمز البريدي. مطلوب للكيانات القانونية والتجار الأفراد.
template-note-discount = اختياري. الخصم بالنسبة المئوية، من 0 إلى 100.
template-note-discount-end-date = اختياري. آخر يوم للخصم، بصيغة سنة-شهر-يوم.
template-note-device-limit = اختياري. أقل عدد من الأجهزة يشترطه الخصم، عدد صحيح.

## Import
import-column-line = السطر
import-column-problems = المشكلات
import-report-sheet = المشكلات
import-summary = { $n ->
    [zero] لا توجد صفوف
    [one] صف واحد
    [two] صفّان
    [few] { $rows } صفوف
    [many] { $rows } صفًا
   *[other] { $rows } صف
}؛ جاهزة: { $ready }، بها أخطاء: { $errors }
import-summary-excluded = ، مستبعدة: { $excluded }
import-summary-created = ، أُنشئت: { $created }
import-summary-updated = ، حُدِّثت: { $updated }
import-missing-columns = أعمدة مطلوبة غير موجودة في الملف: { $columns }. املأها أدناه أو أضفها إلى الملف.
import-unknown-columns = أعمدة غير معروفة تم تجاهلها: { $columns }
import-too-many-rows = الحد الأقصى لعدد الصفوف التي يقبلها Navixy في عملية استيراد واحدة هو { $max }. استبعد بعض الصفوف أو قسّم الملف.
import-line = السطر { $line }
import-file-too-large = حجم الملف أكبر من 10 ميغابايت، وهو الحد الأقصى الذي يقبله Navixy. قسّمه إلى ملفات أصغر.
import-file-empty = لا يحتوي الملف على مستخدمين: إنه فارغ أو لا يحتوي إلا على صف العناوين.
import-file-no-such-sheet = لا يحتوي جدول البيانات على ورقة باسم «{ $sheet }».
import-duplicate-column = العمودان { $first } و{ $second } كلاهما «{ $header }»: أبقِ على أحدهما وافتح الملف مرة أخرى.
import-sheet-read = تمت القراءة من الورقة «{ $sheet }».
import-sheet-read-others = تمت القراءة من الورقة «{ $sheet }»؛ وتوجد بيانات مستخدمين أيضًا في: { $others }.
import-lines-skipped = تم تخطي الأسطر { $first }–{ $last } الواقعة فوق صف العناوين (السطر { $header }).
import-line-skipped = تم تخطي السطر { $line } الواقع فوق صف العناوين (السطر { $header }).
import-line-warnings = السطر { $line }، للتحقق: { $warnings }
import-file-no-sheet = لا يحتوي جدول البيانات على أي ورقة.
import-file-unreadable = الملف ليس جدول بيانات يستطيع هذا البرنامج قراءته (CSV أو XLSX أو XLS أو ODS). التفاصيل: { $detail }
import-title = استيراد: { $file }
import-template = تنزيل القالب
import-template-file = قالب-استيراد-المستخدمين.xlsx
import-choose-file = اختيار ملف آخر…
import-reading = جارٍ قراءة الملف…
import-checking-rows = جارٍ فحص الصفوف: { $done } من { $total }
import-cannot-open = تعذّر فتح الملف: { $reason }
import-encoding = الترميز:
import-sheet = الورقة:
import-show-passwords = إظهار كلمات المرور
import-row-ready-but = جاهز؛ للتحقق: { $warnings }
import-errors-only = الصفوف التي بها أخطاء فقط
import-exclude-invalid = استبعاد الصفوف التي بها أخطاء
import-save-report = حفظ تقرير الأخطاء…
import-upload = { $n ->
    [zero] رفع { $count } مستخدم
    [one] رفع مستخدم واحد
    [two] رفع مستخدمَين
    [few] رفع { $count } مستخدمين
    [many] رفع { $count } مستخدمًا
   *[other] رفع { $count } مستخدم
}
import-nothing-left = لم يتبقَّ شيء للرفع
import-upload-rest = { $n ->
    [zero] رفع المستخدمين المتبقين ({ $count })
    [one] رفع المستخدم المتبقي
    [two] رفع المستخدمَين المتبقيَين
    [few] رفع المستخدمين المتبقين ({ $count })
    [many] رفع المستخدمين المتبقين ({ $count })
   *[other] رفع المستخدمين المتبقين ({ $count })
}
import-uploading = جارٍ الرفع: أُنشئ { $sent } من { $total }
import-checking-server = انقطع الرفع. جارٍ التحقق من المستخدمين الذين أنشأهم الخادم…
import-check-failed = تعذّرت معرفة المستخدمين الذين أُنشئوا: { $reason } لن يُرسَل أي شيء حتى يُعرف ذلك.
import-check-again = التحقق مرة أخرى
import-done = { $n ->
    [zero] لم يُنشأ أي مستخدم.
    [one] أُنشئ مستخدم واحد.
    [two] أُنشئ مستخدمان.
    [few] أُنشئ { $created } مستخدمين.
    [many] أُنشئ { $created } مستخدمًا.
   *[other] أُنشئ { $created } مستخدم.
}
import-stopped = توقف الرفع: { $reason } المستخدمون الذين أُنشئوا حتى الآن: { $created }. صحّح الصف المعلَّم أو استبعده، ثم ارفع الباقي — الصفوف التي أُنشئت بالفعل لا تُرسَل مرة أخرى.
import-stopped-at = رُفض السطر { $line }: { $reason }
import-row-created = أُنشئ
import-row-excluded = مستبعد
import-row-ready = جاهز
import-separator-semicolon = فاصلة منقوطة
import-separator-comma = فاصلة
import-separator-tab = علامة جدولة
import-csv-read-as = قُرئ بصيغة CSV، الفاصل: { $separator }، الترميز: { $encoding }.
import-leave-title = مغادرة الاستيراد؟
import-leave-body = ستضيع تصحيحاتك والصفوف التي لم تُرفع بعد.
import-leave = مغادرة
users-import = استيراد…
users-export = تصدير…
users-export-cancel = إلغاء التصدير
export-cancelled = أُلغي التصدير: لم يُكتب أي ملف.
users-template = القالب
export-done = تم تصدير المستخدمين ({ $count }) إلى { $path }
export-failed = فشل التصدير: { $reason }
export-xlsx-as-built = حُفظ ملف XLSX كما أنشأه الخادم: لم تفحص اللوحة خلاياه بحثًا عن صيغ. أما تصدير CSV فيُفحص.
export-csv-as-built = حُفظ ملف CSV كما أرسله الخادم: تعذّر على اللوحة قراءته بصيغة CSV، لذا لم تُفحص خلاياه بحثًا عن صيغ.
error-login-in-use = يوجد مستخدم بهذا البريد الإلكتروني بالفعل.
error-duplicate-login = البريد الإلكتروني نفسه يظهر مرتين في الملف.
error-invalid-parameters = بعض القيم غير صالحة.
file-filter-spreadsheets = جداول البيانات

## A change whose answer was lost (checked with a read afterwards)
error-not-applied = انقطع الاتصال قبل أن يُجري الخادم التغيير. لم يتغيّر شيء؛ وما أدخلته محفوظ، لذا يمكنك إرساله مرة أخرى.
error-unconfirmed = ضاعت الاستجابة وتعذّر سؤال الخادم عمّا حدث: ربما أُجري التغيير وربما لم يُجرَ. تحقّق قبل إرساله مرة أخرى.

## Activity: the journal of changes made from this computer
activity-open = النشاط
activity-title = النشاط
back = رجوع
activity-filter-placeholder = تصفية حسب المستخدم، العملية، التغيير…
activity-export = تصدير إلى XLSX…
activity-file-name = سجل-النشاط
activity-count = { $n ->
    [zero] { $shown } من { $total } تغيير
    [one] { $shown } من تغيير واحد
    [two] { $shown } من تغييرَين
    [few] { $shown } من { $total } تغييرات
    [many] { $shown } من { $total } تغييرًا
   *[other] { $shown } من { $total } تغيير
}
activity-unreadable = { $count ->
    [zero] لم يُتخطَّ أي سطر تالف
    [one] تم تخطي سطر تالف واحد
    [two] تم تخطي سطرين تالفين
    [few] تم تخطي { $count } أسطر تالفة
    [many] تم تخطي { $count } سطرًا تالفًا
   *[other] تم تخطي { $count } سطر تالف
}
activity-cannot-read = تعذّرت قراءة سجل النشاط: { $reason }
activity-empty = لا توجد تغييرات بعد. يُسجَّل هنا كل تغيير تجريه (المستخدمون، الأرصدة، التطبيقات، عمليات الاستيراد).
activity-when = الوقت
activity-server = الخادم
activity-dealer = الوكيل
activity-operation = العملية
activity-user-id = معرّف المستخدم
activity-user = المستخدم
activity-changes = التغييرات
activity-outcome = النتيجة
activity-code = رمز الخطأ
activity-op-user-create = إنشاء مستخدم
activity-op-user-update = تعديل مستخدم
activity-op-user-password = تغيير كلمة المرور
activity-op-user-balance = تغيير الرصيد
activity-op-user-delete = حذف مستخدم
activity-op-app-create = إنشاء تطبيق
activity-op-app-update = تعديل تطبيق
activity-op-app-delete = حذف تطبيق
activity-op-app-enabled = تفعيل/تعطيل تطبيق
activity-op-import = استيراد مستخدمين
activity-bulk-run = عملية جماعية: { $operation }
activity-bulk-users = { $count ->
    [zero] لا مستخدمين
    [one] مستخدم واحد
    [two] مستخدمان
    [few] { $users } مستخدمين
    [many] { $users } مستخدمًا
    *[other] { $users } مستخدم
    }
activity-bulk-outcome = نُفّذ: { $done }، لم يُنفَّذ: { $failed }
activity-outcome-done = تم
activity-outcome-refused = رفضه الخادم
activity-outcome-not-applied = لم يُنفَّذ (الاتصال)
activity-outcome-unconfirmed = غير معروف: تحقّق
activity-outcome-failed = لم يُرسَل
import-file-too-big = جدول البيانات أكبر من أن يُقرأ: يتجاوز عدد صفوفه { $rows }، أو يتجاوز حجم محتواه بعد فك الضغط 512 ميغابايت. يقبل Navixy بحد أقصى 10 آلاف صف في الملف الواحد؛ قسّمه.
import-file-too-many-cells = عدد خلايا هذا الملف { $cells }؛ والحد الأقصى للاستيراد { $max }. يقبل Navixy بحد أقصى 10 آلاف صف في الملف الواحد: انسخ صفوف المستخدمين وأعمدتهم إلى ملف جديد.
import-file-too-many-columns = عدد الأعمدة في أحد صفوف هذا الملف { $columns }؛ والحد الأقصى للاستيراد { $max }. تحقّق من الفاصل، أو انسخ أعمدة المستخدمين إلى ملف جديد.
error-server-down = يواجه الخادم مشكلة (HTTP { $status }). حاول مرة أخرى بعد قليل.

quit-confirm-title = الإغلاق دون حفظ؟
quit-confirm-body = بعض العمل لم يصل إلى الخادم بعد: نموذج غيّرته، أو صفوف استيراد صحّحتها، أو تغيير لا يزال ينتظر رد الخادم. سيضيع ذلك عند إغلاق النافذة.
quit-confirm = الإغلاق على أي حال
activity-field-activated = مفعّل
activity-field-verified = البريد الإلكتروني مؤكَّد
activity-field-balance = الرصيد
activity-field-bonus = المكافأة
activity-field-balance-change = تغيير الرصيد
activity-field-bonus-change = تغيير المكافأة
activity-field-text = الوصف
activity-field-with-clones = مع النسخ
activity-field-app-name = اسم التطبيق
activity-field-app-url = عنوان URL للتطبيق
activity-field-enabled = يظهر في القائمة
activity-field-application = معرّف التطبيق
activity-field-created = المستخدمون المُنشَؤون
activity-field-discount-strategy = طريقة احتساب الخصم
activity-yes = نعم
activity-no = لا
import-cell-too-long = عدد الأحرف { $chars }: أطول من أن يُعدَّل هنا
import-cell-clear = مسح

# navixy-panel import
cli-import-progress = أُنشئ { $done } من { $total }
cli-import-no-progress = لم يُنشئ الخادم الصفوف المرسلة ولم يذكر السبب: لم يُرسَل شيء آخر. شغّل الاستيراد مرة أخرى لإرسال ما تبقّى.
cli-import-no-password = لا توجد كلمة مرور: عيّن NAVIXY_PASSWORD، أو شغّل البرنامج في طرفية ليطلبها منك.
cli-report-progress = المستخدمون الذين تمت قراءتهم: { $done } من { $total }
cli-import-unknown-encoding = الترميز { $name } غير معروف لهذا البرنامج (جرّب windows-1251 أو windows-1252 أو utf-8).

# A change whose screen was closed before its answer came
left-change-done = تم بعد إغلاق شاشته: { $operation }.
left-change-failed = لم يُنفَّذ (أُغلقت شاشته في أثناء ذلك): { $operation }. { $reason }

# The in-app file chooser (systems without a file dialog)
chooser-why = لا يحتوي هذا النظام على مربع حوار للملفات (لا توجد بوابة سطح مكتب ولا zenity)، لذا تعرض اللوحة مربعها الخاص: اكتب مسارًا، أو اختر مكانًا وملفًا أدناه.
chooser-hint = مفتاح Tab يُكمل الاسم · Enter يؤكد · Esc يلغي
chooser-title-import = اختر جدول بيانات لاستيراده
chooser-title-export = تصدير المستخدمين إلى…
chooser-title-save = حفظ «{ $name }» باسم…
chooser-open = فتح
chooser-save = حفظ
chooser-type-a-path = اكتب مسار ملف، أو اختر ملفًا أدناه.
chooser-type-a-name = هذا مجلد: اكتب اسم ملف بعده.
chooser-no-such-file = لا يوجد ملف باسم «{ $path }».
chooser-not-a-spreadsheet = يمكن استيراد جداول البيانات فقط ({ $extensions }).
chooser-no-such-folder = هذا المجلد غير موجود.
chooser-replace = الملف «{ $name }» موجود بالفعل. اضغط «حفظ» مرة أخرى لاستبداله.
chooser-cannot-list = تتعذّر قراءة هذا المجلد: { $reason }
chooser-nothing-here = لا يوجد هنا ما يمكن اختياره.
drop-unsupported = لا يمكن استيراد «{ $name }»: يمكن استيراد جداول البيانات فقط ({ $extensions }).
drop-elsewhere = لاستيراد «{ $name }»، أفلته على قائمة المستخدمين أو على شاشة الاستيراد.
import-drop-hint = أو أفلت جدول بيانات على هذه النافذة.
users-columns-hint = حدّد الأعمدة المراد عرضها؛ تنقل الأسهم العمود. اسحب حافة رأس العمود لتوسيعه أو تضييقه.
balance-preview-below-zero = سيتبقى { $value }: يرفض الخادم أي تغيير ينزل به إلى ما دون الصفر.

# Codes the API speaks, in words (ui::words); an unknown code is shown tidied
word-locale-en-us = الإنجليزية (الولايات المتحدة)
word-locale-en-gb = الإنجليزية (المملكة المتحدة)
word-locale-ru-ru = الروسية
word-locale-es-es = الإسبانية
word-locale-de-de = الألمانية
word-locale-fr-fr = الفرنسية
word-locale-pt-br = البرتغالية (البرازيل)
word-locale-it-it = الإيطالية
word-locale-uk-ua = الأوكرانية
word-locale-pt-pt = البرتغالية (البرتغال)
word-locale-tr-tr = التركية
word-locale-ro-ro = الرومانية
word-locale-ar-ar = العربية
word-locale-kk-kz = الكازاخية
word-tx-type-main-charge = رسوم
word-tx-type-payment = دفعة
word-tx-type-tariff-charge = رسوم الخطة
word-tx-type-bonus-charge = رسوم من المكافأة
word-tx-subtype-monthly = شهري
word-tx-subtype-every-year = سنوي
word-tx-subtype-partner = من الوكيل
word-tx-subtype-activeday = لكل يوم نشط
word-tx-subtype-everyday = يومي
word-tx-subtype-sms = رسائل نصية
word-tx-subtype-register = التسجيل
word-measurement-metric = متري (كم، لتر)
word-measurement-imperial = إمبراطوري (ميل، غالون إمبراطوري)
word-measurement-us = أمريكي (ميل، غالون أمريكي)
word-measurement-metric-gal = متري مع الغالون
word-measurement-imperial-us = إمبراطوري مع الغالون الأمريكي
word-service-google = Google
word-service-roadmap = خرائط Google (طرق)
word-service-satellite = Google (قمر صناعي)
word-service-hybrid = Google (هجين)
word-service-osm = OpenStreetMap
word-service-osrm = OpenStreetMap (OSRM)
word-service-yandex = ياندكس
word-service-doublegis = 2GIS
word-service-here = HERE
word-service-mapbox = Mapbox
word-service-locationiq = LocationIQ
word-service-progorod = بروجورود
word-feature-branding-web = علامة تجارية خاصة (الويب)
word-feature-branding-mobile = علامة تجارية خاصة (تطبيقات الجوال)
word-feature-custom-maps = خرائط مخصصة
word-feature-api = الوصول إلى API
import-status-active = مفعّل
import-status-blocked = محظور
error-not-sent = لم يُرسَل شيء: { $reason } ما أدخلته محفوظ؛ أرسله مرة أخرى عندما يستجيب الخادم.
activity-field-refused = مرفوض
activity-field-not-sent = لم يُرسَل
activity-field-logins = أسماء الدخول
activity-field-found = تبيّن إنشاؤها
activity-field-rows-sent = الصفوف المرسلة
activity-field-run-rows = الصفوف المراد إنشاؤها
activity-op-import-check = فحص الاستيراد

## The users section: permissions, trackers, plans, 2FA, presets, paging, settings
column-registered-city = مدينة التسجيل
column-comment = تعليق
column-mfa = المصادقة الثنائية
value-on = مفعّلة
value-off = معطّلة
users-unconfirmed = البريد الإلكتروني غير مؤكَّد
not-permitted = لا يُسمح لحساب الوكيل الخاص بك بتنفيذ هذا. اطلب الإذن من مسؤول Navixy لديك.
pager-first = الصفحة الأولى
pager-previous = الصفحة السابقة
pager-next = الصفحة التالية
pager-last = الصفحة الأخيرة
pager-page = الصفحة
pager-of = من { $pages }
filter-clear = مسح عامل التصفية
trackers-title = أجهزة تتبع { $name }
trackers-label = التسمية
trackers-model = الطراز
trackers-imei = IMEI
trackers-status = الحالة
trackers-last-connection = آخر اتصال
trackers-clone = نسخة
trackers-never = أبدًا
trackers-none = لا توجد أجهزة تتبع
trackers-loading = جارٍ تحميل أجهزة التتبع…
trackers-deleted = محذوف
trackers-not-found = جهاز التتبع رقم { $id } ليس ضمن أجهزة تتبع هذا المستخدم (حُذف أو نُقل إلى مستخدم آخر).
trackers-filter-placeholder = تصفية حسب التسمية أو IMEI أو الهاتف
trackers-open = أجهزة التتبع
word-status-active = متصل
word-status-idle = خامل
word-status-offline = غير متصل
word-status-signal-lost = فُقدت الإشارة
word-status-just-registered = مسجَّل حديثًا
field-plan = الخطة الافتراضية
field-menu-preset = قالب القائمة
field-mfa = المصادقة الثنائية
preset-default-named = { $title } (الافتراضي)
plan-not-set = غير محددة
plan-list-unknown = تعذّرت قراءة خطط الوكيل: تُعرض الخطة برقمها.
preset-list-unknown = تعذّرت قراءة قوالب القائمة من الخادم.
field-mfa-allowed = السماح بالمصادقة الثنائية
field-mfa-hint = يمكن للمستخدم تأكيد تسجيل الدخول برمز يُرسَل عبر البريد الإلكتروني.
login-saved-servers = الخوادم المحفوظة…
settings-open = الإعدادات
settings-title = الإعدادات
settings-servers = الخوادم الخاصة
settings-servers-about = العناوين المعروضة في شاشة تسجيل الدخول. يُضاف هنا كل خادم تسجّل الدخول إليه.
settings-servers-none = لا توجد خوادم محفوظة بعد.
settings-server-add-label = إضافة عنوان
settings-server-add = إضافة
settings-web = واجهة الويب الخاصة بالعميل
settings-web-about = يفتح «تسجيل الدخول كمستخدم» هذا العنوان. { "{" }domain{ "}" } هو نطاق الوكيل كما يرسله الخادم؛ و{ "{" }session_key{ "}" } هو جلسة المستخدم. اتركه فارغًا لنسخ مفتاح الجلسة فقط.
settings-template = العنوان
settings-template-invalid = ليس عنوان http(s).
settings-template-default = عنوان Navixy الافتراضي
settings-timeout-title = انتظار الخادم
settings-timeout-about = المدة التي يمكن أن يستغرقها الطلب قبل أن يُعدّ مفقودًا. يسري ذلك من تسجيل الدخول التالي.
settings-timeout = الثواني (1–600)
settings-timeout-range = عدد ثوانٍ من 1 إلى 600.
settings-folder = مجلد البيانات
settings-folder-about = يُحفظ هنا سجل النشاط وقاعدة بيانات البيئة التجريبية.
settings-open-folder = فتح مجلد البيانات
settings-folder-not-opened = تعذّر فتح المجلد: { $reason }
settings-drawing = الرسم
settings-drawing-about = ما تستخدمه النافذة للرسم. يعمل المعالج دائمًا؛ أما بطاقة الرسوميات فأسرع حيث يعمل برنامج تشغيلها. يسري التغيير عند التشغيل التالي.
drawing-graphics-card = بطاقة الرسوميات، حيث تعمل
drawing-processor = المعالج
drawing-now-graphics-card = يرسم هذا التشغيل باستخدام بطاقة الرسوميات.
drawing-now-no-card = يرسم هذا التشغيل باستخدام المعالج: لم تستجب أي بطاقة رسوميات.
drawing-now-processor = يرسم هذا التشغيل باستخدام المعالج، كما اخترت.
drawing-now-failed = يرسم هذا التشغيل باستخدام المعالج: أخفقت بطاقة الرسوميات.
drawing-now-by-hand = قيمة ICED_BACKEND هي «{ $value }»: وهي التي تحدد أداة الرسم.
drawing-failed-probe = تعذّر على بطاقة الرسوميات رسم اللوحة ({ $reason })، لذا سيتولى المعالج الرسم من الآن فصاعدًا. يمكنك تغيير ذلك في الإعدادات.
drawing-failed-start = في المرة السابقة توقفت اللوحة قبل أن ترسمها بطاقة الرسوميات، لذا سيتولى المعالج الرسم من الآن فصاعدًا. يمكنك تغيير ذلك في الإعدادات.
activity-op-user-mfa = ضبط المصادقة الثنائية
activity-op-user-preset = تعيين قالب القائمة
activity-op-user-resend = إرسال رسالة التفعيل

## Bulk work on a selection
users-chosen = { $count ->
    [zero] لم يُحدَّد أي مستخدم
    [one] مستخدم واحد محدَّد
    [two] مستخدمان محدَّدان
    [few] { $count } مستخدمين محدَّدين
    [many] { $count } مستخدمًا محدَّدًا
    *[other] { $count } مستخدم محدَّد
    }
users-choose-all-matching = تحديد كل المطابقين للتصفية ({ $count })
users-choice-clear = إلغاء التحديد
users-export-chosen = تصدير المحدَّدين…
bulk-balance = الرصيد أو المكافأة…
bulk-discount = الخصم…
bulk-plan = الخطة…
bulk-mfa = المصادقة الثنائية…
bulk-resend = إعادة إرسال التفعيل…
bulk-delete = حذف…
bulk-title = { $action }: { $count ->
    [zero] لا مستخدمين
    [one] مستخدم واحد
    [two] مستخدمان
    [few] { $shown } مستخدمين
    [many] { $shown } مستخدمًا
    *[other] { $shown } مستخدم
    }
bulk-reading = جارٍ قراءة المستخدمين: { $read } من { $of }…
bulk-discount-rule = أدخل خصمًا من 0 إلى 100%، وعدد الأجهزة، وتاريخ الانتهاء (سنة-شهر-يوم) ما لم يكن الخصم غير محدد المدة.
bulk-plan-rule = اختر خطة.
bulk-plan-choose = اختيار خطة
bulk-delete-rule = اكتب عدد المستخدمين، { $count }، للتأكيد.
bulk-delete-warning = { $count ->
    [zero] لن يُحذف أي مستخدم.
    [one] سيُحذف مستخدم واحد وكل ما لديه. لا يمكن التراجع عن ذلك.
    [two] سيُحذف مستخدمان وكل ما لديهما. لا يمكن التراجع عن ذلك.
    [few] سيُحذف { $count } مستخدمين وكل ما لديهم. لا يمكن التراجع عن ذلك.
    [many] سيُحذف { $count } مستخدمًا وكل ما لديهم. لا يمكن التراجع عن ذلك.
    *[other] سيُحذف { $count } مستخدم وكل ما لديهم. لا يمكن التراجع عن ذلك.
    }
bulk-delete-type = اكتب { $count } للتأكيد
bulk-below-zero = مستبعد: سينخفض إلى ما دون الصفر (يرفض الخادم ذلك)
bulk-discount-after = { $value }
bulk-unchanged = كما هو بالفعل: لم يُرسَل شيء
bulk-resend-will = ستُرسَل رسالة بريد إلكتروني
bulk-activated-already = مستبعد: مفعّل بالفعل
bulk-deleted = محذوف
bulk-resend-about = تُرسَل رسالة تفعيل جديدة إلى كل مستخدم محدَّد لم يُفعَّل بعد.
bulk-nobody = لم يتبقَّ أحد لتنفيذ ذلك له.
bulk-preview-count = { $count ->
    [zero] لن يتغيّر أي مستخدم
    [one] سيتغيّر مستخدم واحد
    [two] سيتغيّر مستخدمان
    [few] سيتغيّر { $count } مستخدمين
    [many] سيتغيّر { $count } مستخدمًا
    *[other] سيتغيّر { $count } مستخدم
    }
bulk-left-out = المستبعدون: { $count } (انظر السبب أدناه)
bulk-start = بدء التنفيذ ({ $count })
bulk-done = تم: { $count }
bulk-failed = فشل: { $count }
bulk-left = متبقٍ: { $count }
bulk-rate = { $rate } مستخدم في الثانية
bulk-time-left = الوقت المتبقي نحو { $seconds } ث
bulk-pause = إيقاف مؤقت
bulk-cancel = إلغاء الباقي
bulk-resume = استئناف (متبقٍ { $count })
bulk-discard = تجاهل العملية
bulk-retry-failed = إعادة محاولة الفاشلة ({ $count })
bulk-pause-first = أوقف العملية مؤقتًا أولًا: يُحتفظ بما تبقّى لاستئنافه.
bulk-finished = اكتمل التنفيذ: { $count }.
bulk-finished-failures = انتهت العملية؛ لم ينجح منها { $failed }: انظر الأسباب في القائمة.
bulk-paused = متوقفة مؤقتًا: استأنفها متى شئت، حتى بعد إغلاق التطبيق.
bulk-cancelled = أُلغيت: لم يُرسَل الباقي.
bulk-session-ended = انتهت الجلسة: سجّل الدخول مرة أخرى للاستئناف.
bulk-not-kept = تعذّرت كتابة ملف العملية، لذا توقفت: { $reason }
bulk-interrupted = لم تكتمل هذه العملية في آخر استخدام للتطبيق: تمت تسوية { $done }، ومتبقٍ { $left }. يُتحقَّق مع الخادم من التغييرات التي كانت قيد الإرسال قبل إعادة إرسال أي شيء.
bulk-interrupted-action = ما تفعله: { $action }
bulk-action-balance = تغيير { $kind } بمقدار { $amount } («{ $text }»)
bulk-action-discount = خصم بنسبة { $value }، حتى { $end }
bulk-action-open-ended = أجل غير مسمى
bulk-action-plan = الخطة { $plan }
bulk-action-mfa-on = السماح بالمصادقة الثنائية
bulk-action-mfa-off = منع المصادقة الثنائية
bulk-action-resend = رسالة تفعيل جديدة
bulk-action-delete = حذف المستخدمين
bulk-set-aside = { $count ->
    [zero] ملفات عمليات جماعية تعذّر الوثوق بها، فنُحّيت جانبًا ولم تُنفَّذ: { $files }
    [one] تعذّر الوثوق بملف عملية جماعية، فنُحّي جانبًا ولم يُنفَّذ: { $files }
    [two] تعذّر الوثوق بملفَّي عمليتين جماعيتين، فنُحّيا جانبًا ولم يُنفَّذا: { $files }
    [few] تعذّر الوثوق بملفات { $count } عمليات جماعية، فنُحّيت جانبًا ولم تُنفَّذ: { $files }
    [many] تعذّر الوثوق بملفات { $count } عمليةً جماعية، فنُحّيت جانبًا ولم تُنفَّذ: { $files }
   *[other] تعذّر الوثوق بملفات { $count } عملية جماعية، فنُحّيت جانبًا ولم تُنفَّذ: { $files }
}
bulk-before = قبل
bulk-before-none = لا شيء
bulk-before-reading = جارٍ القراءة…
bulk-before-unread = لم تتم القراءة: { $reason }
bulk-undo-text = عكس: { $text }
bulk-undo = التراجع عن هذه العملية…
bulk-put-back-discount = استعادة الخصومات
bulk-put-back-plan = استعادة الخطط
bulk-put-back-about = يستعيد كل مستخدم الخصم أو الخطة التي كانت لديه قبل العملية، أيًّا كان ما لديه الآن. يعرض «قبل» ما لديه الآن.
bulk-action-put-back-discount = خصم كل مستخدم كما كان قبل العملية
bulk-action-put-back-plan = خطة كل مستخدم كما كانت قبل العملية
watch-open = مراقبة الرصيد
watch-title = مراقبة الرصيد
watch-explained = رسوم كل مستخدم خلال آخر 30 يومًا وعدد الأيام التي يكفيها الرصيد بهذا المعدل: الأقرب نفادًا أولًا.
watch-listing = جارٍ قراءة قائمة المستخدمين: { $read }…
watch-progress = المستخدمون المقروءون: { $read } من { $total }
watch-stop = إيقاف
watch-resume = متابعة
watch-refresh = إعادة القراءة
watch-spent = المصروف، 30 يومًا
watch-days-left = الأيام المتبقية
watch-runs-out = ينفد في
watch-unread = لم تتم قراءتهم ({ $count }): { $logins }
watch-none-yet = لم تتم قراءة أي شيء بعد.
watch-within = ينفد خلال
watch-days = يوم
watch-shown = المعروض: { $shown } من { $read }
watch-top-up = شحن رصيد هؤلاء…
watch-export = تصدير CSV…
watch-file-name = مراقبة-الرصيد
watch-not-kept = تعذّر حفظ ما قُرئ للقراءة التالية: { $reason }
watch-not-loaded = تعذّر استخدام ما حفظته القراءات السابقة ({ $reason }): يُقرأ الجميع من جديد.
watch-chart = عمليات الشحن والرسوم حسب الشهر
watch-chart-since = مقروء منذ { $date }؛ كل قراءة تضيف الجديد
watch-chart-hide = العودة إلى المستخدمين
watch-chart-show = رسم بياني حسب الشهر
watch-chart-refills = عمليات الشحن
watch-chart-charges = الرسوم
watch-chart-month = { $month }: الشحن { $refills }، الرسوم { $charges }
bulk-after = بعد
bulk-outcome = النتيجة
bulk-state-waiting = في الانتظار
bulk-state-sending = قيد الإرسال
bulk-state-done = تم
bulk-state-skipped = مستبعد: { $reason }
bulk-state-refused = مرفوض: { $reason } (الرمز { $code })
bulk-state-failed = فشل: { $reason }
bulk-state-unknown = غير معروف: { $reason }
cli-import-classified = مقارنةً بالخادم: { $summary }
sync-conflict-legal-type = لا يمكن تغيير الوضع القانوني ({ $from } ← { $to })

## Imports that update
sync-compare = المقارنة مع الخادم
sync-compare-again = المقارنة مرة أخرى
sync-compare-about = يعثر على المستخدمين الموجودين بالفعل: ما الذي سيغيّره الملف لديهم، وما الذي لا يمكنه تغييره.
sync-comparing = جارٍ المقارنة مع الخادم…
sync-summary = جديد: { $new }، متغيّر: { $changed }، دون تغيير: { $unchanged }، { $conflicts ->
    [zero] لا تعارضات
    [one] تعارض واحد
    [two] تعارضان
    [few] { $conflicts } تعارضات
    [many] { $conflicts } تعارضًا
    *[other] { $conflicts } تعارض
    }
sync-cost = ({ $requests ->
    [zero] لا طلبات
    [one] طلب واحد
    [two] طلبان
    [few] { $requests } طلبات
    [many] { $requests } طلبًا
    *[other] { $requests } طلب
    }، { $ms } مللي ثانية)
sync-apply-new = إنشاء الجدد
sync-apply-changed = تحديث المتغيّرين
sync-apply = إنشاء { $new }، تحديث { $changed }
sync-change = { $column }: { $old } ← { $new }
sync-row-changed = التغييرات: { $changes }
sync-row-unchanged = على الخادم كما في الملف
sync-row-conflict = لا يمكن التطبيق: { $reason }
sync-row-updated = تم التحديث
sync-row-update-failed = لم يُحدَّث: { $reason }
sync-row-gone = لم يعد الصف موجودًا في الملف
sync-updating = جارٍ تحديث { $done } من { $total }…
sync-updated = { $count ->
    [zero] لم يُحدَّث أي مستخدم.
    [one] حُدِّث مستخدم واحد.
    [two] حُدِّث مستخدمان.
    [few] حُدِّث { $count } مستخدمين.
    [many] حُدِّث { $count } مستخدمًا.
    *[other] حُدِّث { $count } مستخدم.
    }
segments-open = الشرائح
segments-title = الشرائح
segments-explained = أسئلة لا يجيب عنها بحث الخادم، تُطرح على جميع مستخدمي الموزّع: يظهر المستخدم عندما تتحقق كل الشروط.
segments-reading = جارٍ قراءة المستخدمين: { $read }…
segments-as-of = المستخدمون: { $count }، قُرئوا { $age }
segments-never-read = لم تتم قراءة أي مستخدم بعد.
segments-age-now = للتو
segments-age-minutes = { $n ->
    [zero] قبل { $n } دقيقة
    [one] قبل دقيقة واحدة
    [two] قبل دقيقتين
    [few] قبل { $n } دقائق
    [many] قبل { $n } دقيقةً
   *[other] قبل { $n } دقيقة
}
segments-age-hours = { $n ->
    [zero] قبل { $n } ساعة
    [one] قبل ساعة واحدة
    [two] قبل ساعتين
    [few] قبل { $n } ساعات
    [many] قبل { $n } ساعةً
   *[other] قبل { $n } ساعة
}
segments-age-days = { $n ->
    [zero] قبل { $n } يوم
    [one] قبل يوم واحد
    [two] قبل يومين
    [few] قبل { $n } أيام
    [many] قبل { $n } يومًا
   *[other] قبل { $n } يوم
}
segments-refresh = إعادة القراءة
segments-saved = الشرائح المحفوظة
segments-name = اسم الشريحة
segments-save = حفظ
segments-forget = حذف الشريحة
segments-saved-as = تم حفظ الشريحة «{ $name }».
segments-too-many = لا يمكن حفظ مزيد من الشرائح: احذف واحدة أولًا.
segments-search = اسم الدخول أو الاسم أو الهاتف
segments-add = إضافة شرط…
segments-found = تم العثور على: { $found } من { $total }
segments-none-found = لا يوجد مستخدم يحقق هذه الشروط.
segments-needs-watch = لم تقرأ مراقبة الرصيد رسوم هذا الموزّع بعد: افتحها مرة واحدة، وسيجد هذا الشرط من سينفد رصيده.
segments-discount-ends-within = ينتهي الخصم خلال
segments-discount-ended = انتهى الخصم
segments-terms-needed = الخصومات والخطط ليست في قائمة المستخدمين: يُقرأ سجل كل مستخدم لأجلها (الطلبات: { $count }).
segments-terms-read = قراءة الخصومات والخطط
segments-terms-reading = جارٍ قراءة الخصومات والخطط: { $read } من { $total }
segments-terms-as-of = الخصومات والخطط قُرئت { $age }
segments-terms-read-again = القراءة من جديد
segments-terms-unread = لم تُقرأ: { $count }
segments-export = تصدير…
segments-file-name = شريحة
segments-index-unreadable = تعذّرت قراءة المستخدمين المحفوظين على هذا الحاسوب ({ $reason }): تتم قراءتهم من الخادم من جديد.
segments-balance-below = الرصيد أقل من
segments-balance-above = الرصيد أكثر من
segments-balance-negative = الرصيد أقل من الصفر
segments-not-activated = غير مفعّل
segments-not-activated-for = غير مفعّل منذ ما لا يقل عن
segments-no-trackers = بلا أجهزة تتبع
segments-trackers-more-than = أجهزة التتبع أكثر من
segments-two-factor-on = المصادقة الثنائية مفعّلة
segments-two-factor-off = المصادقة الثنائية معطّلة
segments-created-between = أُنشئ بين
segments-place = المدينة أو الدولة
segments-problem-amount = مبلغ، مثل 25 أو 12.50
segments-problem-number = عدد صحيح، مثل 30
segments-problem-date = تاريخ بالشكل YYYY-MM-DD
segments-problem-dates-reversed = التاريخ الأول بعد الثاني
segments-problem-empty = أدخل قيمة لاستخدام هذا الشرط
