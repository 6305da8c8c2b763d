## Shell
app-title = Navixy Panel
header-dealer = Bayi { $login }
busy = İşleniyor…
logout = Oturumu kapat
logout-confirm-title = Oturum kapatılsın mı?
logout-confirm-body = Panel oturumu sona erer. Sunucuya kaydedilmemiş her şey, yeniden oturum açana kadar yalnızca bu ekranda kalır.
cancel = İptal
settings-reset = Bazı ayarlar okunamadı ve varsayılan değerlerine sıfırlandı.
theme-system = Sistem teması
theme-light = Açık
theme-dark = Koyu

## Login
login-title = Navixy Yönetici Paneli'nde oturum açın
login-subtitle = Bayi kullanıcı adınızı kullanın. Şifreniz hiçbir zaman kaydedilmez.
login-server = Sunucu
server-sandbox = Deneme ortamı (yerel demo)
server-eu = Navixy bulutu, Avrupa
server-us = Navixy bulutu, Amerika
server-custom = Kurum içi (özel URL)
login-custom-url = API adresi
login-login = Kullanıcı adı
login-password = Şifre
login-submit = Oturum aç
login-signing-in = Oturum açılıyor…
login-sandbox-starting = Yerel deneme ortamı başlatılıyor…
login-sandbox-ready = Deneme ortamı bu bilgisayarda demo verilerle çalışıyor: bayi demo, şifre demo1234.
login-sandbox-failed = Deneme ortamı başlatılamadı: { $reason }
login-session-ended = Oturumunuz sona erdi. Kaldığınız yerden devam etmek için yeniden oturum açın.
login-logged-out = Oturumunuz kapatıldı.
login-bad-url = Bu geçerli bir sunucu adresi değil.
login-https-required = Adres https:// ile başlamalıdır (şifrelenmemiş http yalnızca bu bilgisayar için kullanılabilir).
login-missing-credentials = Kullanıcı adınızı ve şifrenizi girin.

## Errors
error-code = Navixy kodu { $code }
error-wrong-credentials = Hatalı kullanıcı adı veya şifre.
error-dealer-blocked = Bu bayi hesabı bloke edilmiş. Navixy destek ekibiyle iletişime geçin.
error-dealer-unknown = Bu sunucuda bu kullanıcı adına sahip bir bayi yok.
error-too-many-attempts = Çok fazla başarısız deneme. Birkaç dakika bekleyip yeniden deneyin.
error-session-ended = Oturumunuz sona erdi. Yeniden oturum açın.
error-not-found = Bulunamadı: silinmiş veya başka bir bayiye ait olabilir.
error-rate-limited = Sunucu istekleri yavaşlatmamızı istedi ve reddetmeye devam etti; hiçbir şey değiştirilmedi. Biraz sonra yeniden deneyin.
error-not-permitted = Bayi hesabınızın bu işlem için yetkisi yok.
error-server-failed = Sunucu isteği işleyemedi.
error-server = Sunucu isteği reddetti: { $description }
error-unreachable = Sunucuya ulaşılamıyor. Ağ bağlantısını ve sunucu adresini kontrol edin.
error-timeout = Sunucu zamanında yanıt vermedi. Yeniden deneyin.
error-not-navixy = Adres yanıt veriyor, ancak bir Navixy API'si gibi değil. Sunucu adresini kontrol edin.
error-bad-url = Bu sunucu adresi kullanılamaz.
error-redirected = Sunucu bizi başka bir adrese yönlendirdi: { $to }. Panel bu yönlendirmeyi izlemez: sunucu adresini kontrol edin.
error-too-large = Sunucunun yanıtı { $megabytes } MB sınırını aşıyor; panel okumayı durdurdu.
error-inconsistent = Sunucu, sorulandan farklı bir şey hakkında yanıt verdi ({ $detail }): yanıtla hiçbir işlem yapılmadı.
error-file-write = Dosya yazılamadı: { $reason }
field-hidden-characters = Bu değer gösterilemeyen karakterler (denetim veya yön işaretleri) içeriyor. Bu alanı düzenlemediğiniz sürece kaydedildiği gibi korunur.

## Users list
users-filter-placeholder = Filtre: ad, kullanıcı adı, telefon, şehir, vergi no…
users-only-active = Yalnızca aktifler
users-columns = Sütunlar
users-refresh = Yenile
retry = Yeniden dene
details-loading = Kullanıcı yükleniyor…
users-loading = Kullanıcılar yükleniyor…
users-empty = Bu bayinin henüz kullanıcısı yok.
users-no-match = “{ $filter }” ile eşleşen kullanıcı yok.
users-inactive = etkinleştirilmemiş
column-id = ID
column-name = Ad
column-login = Kullanıcı adı
column-phone = Telefon
column-balance = Bakiye
column-bonus = Bonus
column-city = Şehir
column-trackers = Cihazlar
column-created = Oluşturulma
pager-page-size = Sayfa başına satır
pager-range = { $first }–{ $last } / { $total }
pager-empty = Kullanıcı yok

## User details
details-back = Kullanıcılar
group-account = Hesap
group-person = İrtibat kişisi
group-legal = Şirket bilgileri
group-postal = Posta adresi
group-registered = Kayıt adresi
group-discount = İndirim
group-other = Diğer
field-id = ID
field-login = Kullanıcı adı (e-posta)
field-activated = Etkinleştirildi
field-verified = E-posta doğrulandı
field-created = Oluşturulma (UTC)
field-balance = Bakiye
field-bonus = Bonus
field-trackers = Cihazlar
field-last-name = Soyad
field-first-name = Ad
field-middle-name = İkinci ad
field-phone = Telefon
field-legal-type = Müşteri tipi
field-legal-name = Şirket unvanı
field-tin = Vergi numarası
field-iec = Vergi dairesi
field-okpo = OKPO
field-state-reg-num = Ticaret sicil numarası
field-country = Ülke
field-region = Bölge
field-city = Şehir
field-street = Açık adres
field-zip = Posta kodu
field-discount-value = İndirim
field-discount-min-trackers = En az cihaz sayısı
field-discount-end = Bitiş
field-comment = Yorum
field-default-tariff = Varsayılan tarife ID
legal-individual = Bireysel
legal-entity = Kurumsal
legal-sole-trader = Şahıs işletmesi
value-yes = Evet
value-no = Hayır
value-open-ended = Süresiz

## Applications
apps-open = Uygulamalar
apps-title = { $user } kullanıcısının uygulamaları
apps-loading = Uygulamalar yükleniyor…
apps-empty = Bu kullanıcının henüz uygulaması yok. Müşterinin web arayüzünde göstermek için bir uygulama ekleyin.
details-back-user = Kullanıcı
app-new = Uygulama ekle
app-new-title = Yeni uygulama
app-edit-title = Uygulamayı düzenle
app-name = Ad ({ $count }/{ $max })
app-url = URL
app-url-hint = Yalnızca https. Süslü parantez içindeki değişkenler her müşteri için doldurulur, ör. { "{" }user_id{ "}" } veya { "{" }language{ "}" }.
app-icon = Simge URL'si (isteğe bağlı)
app-enabled = Müşterinin menüsünde gösterilir
app-description = Açıklama ({ $count }/{ $max })
app-display = Açılma yeri
app-display-new-tab = Yeni sekmede
app-display-embedded = Web arayüzünün içinde
app-auth = Yetkilendirme
app-auth-none = Yok
app-auth-user-session = Müşterinin oturumu
app-auth-api-key = API anahtarı
app-api-key = API anahtarı
app-on = Açık
app-off = Kapalı
app-created = Uygulama eklendi.
app-saved = Uygulama kaydedildi.
app-deleted = Uygulama silindi.
app-gone = Bu uygulama artık yok (bu arada silinmiş). Liste yenilendi.
app-delete-title = Bu uygulama silinsin mi?
app-delete-body = “{ $name }” müşterinin menüsünden kaldırılacak. Bu işlem geri alınamaz.
edit = Düzenle
delete = Sil
save = Kaydet
saving = Kaydediliyor…
editor-stored-value-warning = Bu değer olduğu gibi kayıtlı, ancak: { $rule } Diğer değişiklikler yine de kaydedilebilir.
rule-formula-not-saved = Kaydedilmiş değeri olmayan bir formül: dosyayı Excel veya LibreOffice ile açıp yeniden kaydedin.
rule-cell-error = Hücre bir hata gösteriyor ({ $shown }).
rule-merged-cell = { $line }. satırdaki hücreyle birleştirilmiş: değer yalnızca o satırda.
rule-ambiguous-number = İki şekilde okunabilir: binlik ayırıcı kullanmadan yazın.
rule-example-row = İçe aktarma şablonunun örnek satırı: hariç tutuldu.
rule-starts-with-space = Boşlukla başlıyor (yazıldığı gibi korundu).
rule-ends-with-space = Boşlukla bitiyor (yazıldığı gibi korundu).
rule-maybe-percent = 1'den küçük bir kesir: hücre yüzde gösteriyorsa (0,075 değerini %7,5 olarak), yüzdeyi buraya yazın.
rule-absent = İstekte yok.
rule-required = Zorunlu.
rule-too-long = En fazla { $max } karakter.
rule-https-url = Geçerli bir https:// adresi olmalıdır.
rule-not-printable = Yalnızca yazdırılabilir karakterler.
rule-invalid = Geçerli bir değer değil.

## Customer's view
customer-open = Müşteri görünümü
customer-heading = Müşterinin gözünden: { $user }
customer-loading = Müşterinin oturumu açılıyor…
customer-not-reported = Sunucu bildirmedi.
customer-account = Hesap
customer-title = Görünen ad
customer-locale = Dil ve bölge
customer-time-zone = Saat dilimi
customer-measurement = Ölçüm sistemi
customer-geocoder = Coğrafi kodlama
customer-route-provider = Rota sağlayıcı
customer-demo = Demo hesap
customer-balances = Bakiyeler
customer-master = Ana hesap (bu bir alt kullanıcı)
customer-tariff = Tarife
customer-allowed-maps = İzin verilen haritalar
customer-premium-gis = Premium GIS hizmetleri
customer-dealer = Bayi ID
customer-features = Bayi özellikleri
customer-features-list = Özellikler
customer-privileges = Alt kullanıcı yetkileri
customer-rights = Haklar
activation-needed = Bu hesap etkinleştirilmemiş veya e-postası doğrulanmamış.
activation-resend = Aktivasyon e-postasını tekrar gönder
activation-sending = Gönderiliyor…
activation-wait = { $time } sonra yeniden gönderilebilir
activation-sent = { $login } adresine yeni bir aktivasyon bağlantısı gönderildi.
activation-already-done = Bu hesap zaten etkinleştirilmiş ve doğrulanmış.
activation-mail-failed = Sunucu e-postayı gönderemedi. Adresi kontrol edin veya daha sonra yeniden deneyin.
activation-unknown-login = Sunucu { $login } kullanıcı adını tanımıyor.

## User editor
users-new = Yeni kullanıcı
details-edit = Düzenle
editor-new-title = Yeni kullanıcı
editor-edit-title = Düzenle: { $login }
editor-unsaved = Kaydedilmemiş değişiklikler
editor-problems = { $count ->
    [one] Bir alanın kontrol edilmesi gerekiyor
   *[other] { $count } alanın kontrol edilmesi gerekiyor
}
editor-login-in-use = Bu kullanıcı adı (e-posta) başka bir hesap tarafından kullanılıyor.
editor-legal-type-fixed = { $kind } (değiştirilemez)
editor-same-address = Posta adresiyle aynı
editor-saved = Kullanıcı kaydedildi.
editor-created = Kullanıcı oluşturuldu.
editor-discard-title = Değişikliklerden vazgeçilsin mi?
editor-discard-body = Bu forma yazdıklarınız kaybolacak.
editor-discard = Vazgeç
field-password = Şifre
field-password-repeat = Şifreyi tekrarla
field-time-zone = Saat dilimi
field-time-zone-search = Aramak için yazın, ör. Berlin
field-locale = Dil ve bölge
field-phone-digits = Telefon (10–15 rakam, + olmadan)
field-discount-percent = İndirim, %
field-discount-end-date = Bitiş tarihi (yyyy-aa-gg)
field-discount-strategy = Tarife indirimiyle birleştirme
field-comment-counted = Yorum ({ $count }/{ $max })
strategy-no-summing = Toplanmaz
strategy-sum = Kademeli indirimle toplanır
strategy-no-summing-explained = Bu indirim ile tarifenin kademeli indiriminden büyük olanı uygulanır.
strategy-sum-explained = Bu indirim, tarifenin kademeli indirimine eklenir.
rule-email = Geçerli bir e-posta adresi olmalıdır.
rule-phone = + veya boşluk olmadan 10 ila 15 rakam.
rule-password = 6 ila 20 yazdırılabilir karakter.
rule-passwords-differ = Şifreler eşleşmiyor.
rule-discount = 0 ile 100 arasında bir sayı.
rule-not-negative = 0 veya daha büyük bir tam sayı.
rule-date = yyyy-aa-gg biçiminde bir tarih.

## Account actions
action-password = Şifreyi değiştir
action-balance = Bakiye veya bonus
action-delete = Kullanıcıyı sil
password-title = { $login } için yeni şifre
password-change = Şifreyi değiştir
password-changed = Şifre değiştirildi.
balance-title = { $login } kullanıcısının bakiyesini değiştir
balance-current = Şu an: bakiye { $balance }, bonus { $bonus }
balance-what = Değiştirilecek
balance-amount = Tutar (+ ekler, − düşer)
balance-description = İşlem açıklaması
balance-preview = Değişiklikten sonra: { $value }
balance-apply = Uygula
balance-changed = Bakiye değiştirildi.
balance-amount-rule = Sıfırdan farklı, en fazla iki ondalık basamaklı bir tutar girin.
balance-text-rule = Açıklama en az { $min } karakter olmalıdır.
balance-insufficient = Yetersiz bakiye: mevcut tutar { $current } ve sıfırın altına inemez.
delete-title = Bu kullanıcı silinsin mi?
delete-explained = { $login }, alt kullanıcıları ve cihazları silinmiş olarak işaretlenir; cihazları çalışmayı durdurur. Bu işlem panelden geri alınamaz.
delete-type-login = Onaylamak için kullanıcının kullanıcı adını yazın
delete-clones = Cihazlarının diğer kullanıcılardaki klonlarını da kaldır
delete-252 = Bu kullanıcının cihazlarından biri zaten silinmiş (bozuk), bu yüzden sunucu isteği reddetti. Silme işlemini tamamlamak için Navixy destek ekibiyle iletişime geçin.
delete-253 = Bu kullanıcının bazı cihazları diğer kullanıcılara klonlanmış. Klonları da silmek için "Klonlarını da kaldır" seçeneğini işaretleyin veya önce klonları kaldırın.
deleted = Kullanıcı silindi.
delete-login-mismatch = Kullanıcı adı bu kullanıcıyla eşleşmiyor.

## Transactions
transactions-open = Hesap hareketleri
transactions-title = { $user } kullanıcısının hesap hareketleri
transactions-loading = Hesap hareketleri yükleniyor… (bölüm { $done } / { $total })
transactions-empty = Bu dönemde hesap hareketi yok.
transactions-chart-empty = Çizilecek bir şey yok.
transactions-count = { $count ->
    [one] 1 işlem
   *[other] { $count } işlem
}
transactions-refills = Yüklemeler: +{ $amount }
transactions-charges = Masraflar: { $amount }
transactions-net = Net tutar: { $amount }
transactions-bonus = Bonus: { $amount }
transactions-readout = { $date }: bakiye { $balance }, bonus { $bonus }
range-7 = Son 7 gün
range-30 = Son 30 gün
range-90 = Son 90 gün
range-month = Bu ay
range-custom = Özel aralık
range-apply = Göster
range-bad = yyyy-aa-gg biçiminde iki tarih girin; ilki ikinciden sonra olmamalıdır.
tx-date = Tarih (UTC)
tx-type = Tür
tx-subtype = Alt tür
tx-description = Açıklama
tx-amount = Tutar
tx-balance = Bakiye
tx-bonus-amount = Bonus tutarı
tx-bonus = Bonus
tx-tracker = Cihaz
transactions-export = XLSX olarak dışa aktar
tx-old-balance = Önceki bakiye
tx-new-balance = Sonraki bakiye
tx-old-bonus = Önceki bonus
tx-new-bonus = Sonraki bonus
saved-to = Kaydedildi: { $path }
save-failed = Dosya kaydedilemedi: { $reason }
action-login-as = Kullanıcı olarak oturum aç
login-as-copied = Kullanıcının oturum anahtarı panoya kopyalandı.
login-as-opened = Kullanıcının web arayüzü açıldı; oturum anahtarı ayrıca panoya kopyalandı.
login-as-refused = Kullanıcının web arayüzü açılmadı: { $reason } Oturum anahtarı panoya kopyalandı.
login-as-no-browser = Hiçbir web tarayıcısı açılamadı; kullanıcının oturum anahtarı panoya kopyalandı.
web-problem-not-a-host = sunucudan gelen bayi alan adı "{ $domain }" bir ana bilgisayar adı değil.
web-problem-not-a-key = sunucunun verdiği oturum anahtarı geçerli bir anahtar değil.
web-problem-not-an-address = "{ $address }" bir https adresi değil.
web-problem-plain-http = "{ $address }" başka bir makineye giden şifrelenmemiş bir http adresi; anahtar açık metin olarak gönderilirdi.
rule-too-short = En az { $min } karakter.
rule-two-decimals = Ondalık ayırıcıdan sonra en fazla 2 basamak.
rule-duplicate-in-file = Bu e-posta dosyanın { $line }. satırında zaten var.

## Import template: the note on each column's header
template-note-email = Zorunlu. Yeni kullanıcının kullanıcı adı: bu dosyada ve sunucuda benzersiz, geçerli bir e-posta adresi.
template-note-password = Zorunlu. 6 ila 20 yazdırılabilir karakter. Kullanıcı daha sonra değiştirebilir.
template-note-status = Zorunlu. 1 — aktif, 0 — bloke.
template-note-legal-status = Zorunlu. 1 — bireysel, 2 — kurumsal, 3 — şahıs işletmesi. 2 ve 3 için adres ve kayıt sütunları, 2 için ayrıca şirket unvanı zorunludur.
template-note-last-name = Zorunlu. Kullanıcının veya şirketin irtibat kişisinin soyadı.
template-note-first-name = Zorunlu. Kullanıcının veya irtibat kişisinin adı.
template-note-middle-name = İsteğe bağlı.
template-note-phone = İsteğe bağlı. + veya boşluk olmadan 10 ila 15 rakam.
template-note-comment = İsteğe bağlı. Personeliniz için bir not, en fazla 255 karakter.
template-note-post-country = Posta adresi: ülke. Tüzel kişiler ve şahıs işletmeleri için zorunlu.
template-note-post-region = Posta adresi: bölge veya eyalet. Tüzel kişiler ve şahıs işletmeleri için zorunlu.
template-note-post-city = Posta adresi: şehir. Tüzel kişiler ve şahıs işletmeleri için zorunlu.
template-note-post-street-address = Posta adresi: cadde/sokak, bina, ofis. Tüzel kişiler ve şahıs işletmeleri için zorunlu.
template-note-post-index = Posta adresi: posta kodu. Tüzel kişiler ve şahıs işletmeleri için zorunlu.
template-note-legal-name = Şirketin tescilli unvanı. Tüzel kişiler için zorunlu.
template-note-tin = İsteğe bağlı. Vergi kimlik numarası.
template-note-iec = İsteğe bağlı. Vergi dairesi (Rusya'da bu alan vergi kayıt nedeni kodunu, KPP'yi tutar).
template-note-state-reg-num = İsteğe bağlı. Ticaret sicil numarası (Rusya'da OGRN), en fazla 15 karakter.
template-note-okpo-code = İsteğe bağlı. OKPO kodu.
template-note-registered-country = Kayıt adresi: ülke.
template-note-registered-region = Kayıt adresi: bölge. Tüzel kişiler ve şahıs işletmeleri için zorunlu.
template-note-registered-city = Kayıt adresi: şehir. Tüzel kişiler ve şahıs işletmeleri için zorunlu.
template-note-registered-street-address = Kayıt adresi: cadde/sokak, bina. Tüzel kişiler ve şahıs işletmeleri için zorunlu.
template-note-registered-index = Kayıt adresi: posta kodu. Tüzel kişiler ve şahıs işletmeleri için zorunlu.
template-note-discount = İsteğe bağlı. Yüzde olarak indirim, 0 ila 100.
template-note-discount-end-date = İsteğe bağlı. İndirimin son günü, yyyy-aa-gg biçiminde.
template-note-device-limit = İsteğe bağlı. İndirim için gereken en az cihaz sayısı, tam sayı olarak.

## Import
import-column-line = Satır
import-column-problems = Sorunlar
import-report-sheet = Sorunlar
import-summary = { $n ->
    [one] { $rows } satır
   *[other] { $rows } satır
}: { $ready } hazır, { $errors } hatalı
import-summary-excluded = , { $excluded } hariç tutuldu
import-summary-created = , { $created } oluşturuldu
import-summary-updated = , { $updated } güncellendi
import-missing-columns = Dosyada eksik zorunlu sütunlar: { $columns }. Bunları aşağıda doldurun veya dosyaya ekleyin.
import-unknown-columns = Tanınmayan ve yok sayılan sütunlar: { $columns }
import-too-many-rows = Navixy tek bir içe aktarmada en fazla { $max } satır kabul eder. Bazı satırları hariç tutun veya dosyayı bölün.
import-line = Satır { $line }
import-file-too-large = Dosya, Navixy'nin kabul ettiği en büyük boyut olan 10 MB'ı aşıyor. Dosyayı daha küçük dosyalara bölün.
import-file-empty = Dosyada kullanıcı yok: boş veya yalnızca başlık satırı içeriyor.
import-file-no-such-sheet = Çalışma kitabında “{ $sheet }” adlı bir sayfa yok.
import-duplicate-column = { $first } ve { $second } sütunlarının ikisi de “{ $header }”: birini bırakıp dosyayı yeniden açın.
import-sheet-read = “{ $sheet }” sayfasından okundu.
import-sheet-read-others = “{ $sheet }” sayfasından okundu; şu sayfalarda da kullanıcı var: { $others }.
import-lines-skipped = Başlığın (satır { $header }) üstündeki { $first }–{ $last } arası satırlar atlandı.
import-line-skipped = Başlığın (satır { $header }) üstündeki { $line }. satır atlandı.
import-line-warnings = Satır { $line }, kontrol edilecekler: { $warnings }
import-file-no-sheet = Çalışma kitabında hiç sayfa yok.
import-file-unreadable = Dosya, bu programın okuyabildiği bir tablo (CSV, XLSX, XLS veya ODS) değil. Ayrıntılar: { $detail }
import-title = İçe aktarma: { $file }
import-template = Şablonu indir
import-template-file = kullanici-aktarma-sablonu.xlsx
import-choose-file = Başka dosya seç…
import-reading = Dosya okunuyor…
import-checking-rows = Satırlar kontrol ediliyor: { $done } / { $total }
import-cannot-open = Dosya açılamadı: { $reason }
import-encoding = Kodlama:
import-sheet = Sayfa:
import-show-passwords = Şifreleri göster
import-row-ready-but = Hazır; kontrol edin: { $warnings }
import-errors-only = Yalnızca hatalı satırlar
import-exclude-invalid = Hatalı satırları hariç tut
import-save-report = Hata raporunu kaydet…
import-upload = { $n ->
    [one] { $count } kullanıcıyı yükle
   *[other] { $count } kullanıcıyı yükle
}
import-nothing-left = Yüklenecek bir şey kalmadı
import-upload-rest = { $n ->
    [one] Kalan kullanıcıyı yükle
   *[other] Kalan { $count } kullanıcıyı yükle
}
import-uploading = Yükleniyor: { $sent } / { $total } oluşturuldu
import-checking-server = Yükleme kesildi. Sunucunun hangi kullanıcıları oluşturduğu kontrol ediliyor…
import-check-failed = Hangi kullanıcıların oluşturulduğu öğrenilemedi: { $reason } Bu öğrenilene kadar hiçbir şey gönderilmeyecek.
import-check-again = Yeniden kontrol et
import-done = { $n ->
    [one] { $created } kullanıcı oluşturuldu.
   *[other] { $created } kullanıcı oluşturuldu.
}
import-stopped = Yükleme durdu: { $reason } Şu ana kadar oluşturulan kullanıcılar: { $created }. İşaretli satırı düzeltin veya hariç tutun, ardından kalanları yükleyin — oluşturulmuş satırlar yeniden gönderilmez.
import-stopped-at = { $line }. satır reddedildi: { $reason }
import-row-created = Oluşturuldu
import-row-excluded = Hariç tutuldu
import-row-ready = Hazır
import-separator-semicolon = noktalı virgül
import-separator-comma = virgül
import-separator-tab = sekme
import-csv-read-as = { $separator } ile ayrılmış CSV olarak okundu, { $encoding }.
import-leave-title = İçe aktarmadan çıkılsın mı?
import-leave-body = Düzeltmeleriniz ve henüz yüklenmemiş satırlar kaybolacak.
import-leave = Çık
users-import = İçe aktar…
users-export = Dışa aktar…
users-export-cancel = Dışa aktarmayı iptal et
export-cancelled = Dışa aktarma iptal edildi: hiçbir dosya yazılmadı.
users-template = Şablon
export-done = { $count } kullanıcı dışa aktarıldı: { $path }
export-failed = Dışa aktarma başarısız oldu: { $reason }
export-xlsx-as-built = XLSX dosyası sunucunun oluşturduğu haliyle kaydedildi: panel hücrelerinde formül olup olmadığını kontrol etmedi. CSV dışa aktarma ise kontrol edilir.
export-csv-as-built = CSV dosyası sunucunun gönderdiği haliyle kaydedildi: panel dosyayı CSV olarak okuyamadığı için hücrelerinde formül olup olmadığı kontrol edilmedi.
error-login-in-use = Bu e-postaya sahip bir kullanıcı zaten var.
error-duplicate-login = Aynı e-posta dosyada iki kez geçiyor.
error-invalid-parameters = Bazı değerler geçerli değil.
file-filter-spreadsheets = Elektronik tablolar

## A change whose answer was lost (checked with a read afterwards)
error-not-applied = Bağlantı, sunucu değişikliği yapmadan önce kesildi. Hiçbir şey değişmedi; girdikleriniz korunuyor, yeniden gönderebilirsiniz.
error-unconfirmed = Yanıt kayboldu ve sunucuya ne olduğu sorulamadı: değişiklik yapılmış da olabilir, yapılmamış da. Yeniden göndermeden önce kontrol edin.

## Activity: the journal of changes made from this computer
activity-open = Geçmiş
activity-title = İşlem geçmişi
back = Geri
activity-filter-placeholder = Filtre: kullanıcı, işlem, değişiklik…
activity-export = XLSX olarak dışa aktar…
activity-file-name = islem-gecmisi
activity-count = { $n ->
    [one] { $shown } / { $total } değişiklik
   *[other] { $shown } / { $total } değişiklik
}
activity-unreadable = { $count ->
    [one] 1 bozuk satır atlandı
   *[other] { $count } bozuk satır atlandı
}
activity-cannot-read = İşlem geçmişi okunamadı: { $reason }
activity-empty = Henüz değişiklik yok. Yaptığınız her değişiklik (kullanıcılar, bakiyeler, uygulamalar, içe aktarmalar) buraya kaydedilir.
activity-when = Zaman
activity-server = Sunucu
activity-dealer = Bayi
activity-operation = İşlem
activity-user-id = Kullanıcı ID
activity-user = Kullanıcı
activity-changes = Değişiklikler
activity-outcome = Sonuç
activity-code = Hata kodu
activity-op-user-create = Kullanıcı oluşturuldu
activity-op-user-update = Kullanıcı düzenlendi
activity-op-user-password = Şifre değiştirildi
activity-op-user-balance = Bakiye değiştirildi
activity-op-user-delete = Kullanıcı silindi
activity-op-app-create = Uygulama oluşturuldu
activity-op-app-update = Uygulama düzenlendi
activity-op-app-delete = Uygulama silindi
activity-op-app-enabled = Uygulama açıldı/kapatıldı
activity-op-import = Kullanıcılar içe aktarıldı
activity-bulk-run = Toplu: { $operation }
activity-bulk-users = { $count ->
    [one] { $users } kullanıcı
    *[other] { $users } kullanıcı
    }
activity-bulk-outcome = { $done } tamamlandı, { $failed } tamamlanmadı
activity-outcome-done = Tamamlandı
activity-outcome-refused = Sunucu reddetti
activity-outcome-not-applied = Yapılmadı (bağlantı)
activity-outcome-unconfirmed = Bilinmiyor: kontrol edin
activity-outcome-failed = Gönderilmedi
import-file-too-big = Tablo okunamayacak kadar büyük: { $rows } satırdan fazla veya açıldığında 512 MB'ı aşan içerik. Navixy dosya başına en fazla 10.000 satır kabul eder; dosyayı bölün.
import-file-too-many-cells = Bu dosyada { $cells } hücre var; içe aktarma en fazla { $max } hücre kabul eder. Navixy dosya başına en fazla 10.000 satır kabul eder: kullanıcıların satır ve sütunlarını yeni bir dosyaya kopyalayın.
import-file-too-many-columns = Bu dosyanın bir satırında { $columns } sütun var; içe aktarma en fazla { $max } sütun kabul eder. Ayırıcıyı kontrol edin veya kullanıcı sütunlarını yeni bir dosyaya kopyalayın.
error-server-down = Sunucuda bir sorun var (HTTP { $status }). Biraz sonra yeniden deneyin.

quit-confirm-title = Kaydetmeden kapatılsın mı?
quit-confirm-body = Bazı işler henüz sunucuya ulaşmadı: değiştirdiğiniz bir form, düzelttiğiniz içe aktarma satırları veya hâlâ sunucunun yanıtını bekleyen bir değişiklik. Pencereyi kapatırsanız bunlar kaybolur.
quit-confirm = Yine de kapat
activity-field-activated = Etkinleştirildi
activity-field-verified = E-posta doğrulandı
activity-field-balance = Bakiye
activity-field-bonus = Bonus
activity-field-balance-change = Bakiye değişikliği
activity-field-bonus-change = Bonus değişikliği
activity-field-text = Açıklama
activity-field-with-clones = Klonlarla birlikte
activity-field-app-name = Uygulama adı
activity-field-app-url = Uygulama URL'si
activity-field-enabled = Menüde gösterilir
activity-field-application = Uygulama ID
activity-field-created = Oluşturulan kullanıcılar
activity-field-discount-strategy = İndirim birleştirme
activity-yes = evet
activity-no = hayır
import-cell-too-long = { $chars } karakter: burada düzenlenemeyecek kadar uzun
import-cell-clear = Temizle

# navixy-panel import
cli-import-progress = { $done } / { $total } oluşturuldu
cli-import-no-progress = Sunucu gönderilen satırları oluşturmadı ve nedenini belirtmedi: başka bir şey gönderilmedi. Kalanları göndermek için içe aktarmayı yeniden çalıştırın.
cli-import-no-password = Şifre yok: NAVIXY_PASSWORD değişkenini ayarlayın veya şifrenin sorulması için programı bir terminalde çalıştırın.
cli-report-progress = Okunan kullanıcılar: { $done } / { $total }
cli-import-unknown-encoding = { $name }, bu programın tanıdığı bir kodlama değil (windows-1251, windows-1252, utf-8 deneyin).

# A change whose screen was closed before its answer came
left-change-done = Ekranı kapatıldıktan sonra tamamlandı: { $operation }.
left-change-failed = Yapılmadı (bu arada ekranı kapatıldı): { $operation }. { $reason }

# The in-app file chooser (systems without a file dialog)
chooser-why = Bu sistemde dosya iletişim kutusu yok (masaüstü portalı veya zenity yok), bu yüzden panel kendi seçicisini sunuyor: bir yol yazın veya aşağıdan bir konum ve dosya seçin.
chooser-hint = Tab adı tamamlar · Enter onaylar · Esc iptal eder
chooser-title-import = İçe aktarılacak tabloyu seçin
chooser-title-export = Kullanıcıları dışa aktar…
chooser-title-save = “{ $name }” dosyasını farklı kaydet…
chooser-open = Aç
chooser-save = Kaydet
chooser-type-a-path = Bir dosya yolu yazın veya aşağıdan bir dosya seçin.
chooser-type-a-name = Bu bir klasör: arkasına bir dosya adı yazın.
chooser-no-such-file = “{ $path }” diye bir dosya yok.
chooser-not-a-spreadsheet = Yalnızca elektronik tablolar içe aktarılabilir ({ $extensions }).
chooser-no-such-folder = Bu klasör mevcut değil.
chooser-replace = “{ $name }” zaten var. Değiştirmek için Kaydet düğmesine yeniden basın.
chooser-cannot-list = Bu klasör okunamıyor: { $reason }
chooser-nothing-here = Burada seçilecek bir şey yok.
drop-unsupported = “{ $name }” içe aktarılamaz: yalnızca elektronik tablolar içe aktarılabilir ({ $extensions }).
drop-elsewhere = “{ $name }” dosyasını içe aktarmak için kullanıcı listesine veya içe aktarma ekranına bırakın.
import-drop-hint = Veya bir tabloyu bu pencereye bırakın.
users-columns-hint = Gösterilecek sütunları işaretleyin; oklar sütunu taşır. Bir sütunu genişletmek veya daraltmak için başlığının kenarını sürükleyin.
balance-preview-below-zero = Sonuç { $value } olurdu: sunucu sıfırın altına düşüren bir değişikliği reddeder.

# Codes the API speaks, in words (ui::words); an unknown code is shown tidied
word-locale-en-us = İngilizce (ABD)
word-locale-en-gb = İngilizce (Birleşik Krallık)
word-locale-ru-ru = Rusça
word-locale-es-es = İspanyolca
word-locale-de-de = Almanca
word-locale-fr-fr = Fransızca
word-locale-pt-br = Portekizce (Brezilya)
word-locale-it-it = İtalyanca
word-locale-uk-ua = Ukraynaca
word-locale-pt-pt = Portekizce (Portekiz)
word-locale-tr-tr = Türkçe
word-locale-ro-ro = Rumence
word-locale-ar-ar = Arapça
word-locale-kk-kz = Kazakça
word-tx-type-main-charge = Abonelik ücreti
word-tx-type-payment = Ödeme
word-tx-type-tariff-charge = Telekom hizmetleri
word-tx-type-bonus-charge = Bonus yükleme
word-tx-subtype-monthly = Aylık
word-tx-subtype-every-year = Yıllık
word-tx-subtype-partner = Bayi tarafından
word-tx-subtype-activeday = Aktif gün başına
word-tx-subtype-everyday = Günlük
word-tx-subtype-sms = SMS
word-tx-subtype-register = Kayıt
word-measurement-metric = Metrik (km, l)
word-measurement-imperial = Emperyal (mil, İngiliz galonu)
word-measurement-us = ABD (mil, ABD galonu)
word-measurement-metric-gal = Galonlu metrik
word-measurement-imperial-us = ABD galonlu emperyal
word-service-google = Google
word-service-roadmap = Google yol haritası
word-service-satellite = Google uydu
word-service-hybrid = Google hibrit
word-service-osm = OpenStreetMap
word-service-osrm = OpenStreetMap (OSRM)
word-service-yandex = Yandex
word-service-doublegis = 2GIS
word-service-here = HERE
word-service-mapbox = Mapbox
word-service-locationiq = LocationIQ
word-service-progorod = Progorod
word-feature-branding-web = Kendi markanız (web)
word-feature-branding-mobile = Kendi markanız (mobil uygulamalar)
word-feature-custom-maps = Özel haritalar
word-feature-api = API erişimi
import-status-active = Aktif
import-status-blocked = Bloke
error-not-sent = Hiçbir şey gönderilmedi: { $reason } Girdikleriniz korunuyor; sunucu yanıt verdiğinde yeniden gönderin.
activity-field-refused = Reddedilen
activity-field-not-sent = Gönderilmeyen
activity-field-logins = Kullanıcı adları
activity-field-found = Oluşturulmuş bulunan
activity-field-rows-sent = Gönderilen satırlar
activity-field-run-rows = Oluşturulacak satırlar
activity-op-import-check = İçe aktarma kontrol edildi

## The users section: permissions, trackers, plans, 2FA, presets, paging, settings
column-registered-city = Kayıt şehri
column-comment = Yorum
column-mfa = 2FA
value-on = Açık
value-off = Kapalı
users-unconfirmed = e-posta doğrulanmadı
not-permitted = Bayi hesabınızın bu işlem için yetkisi yok. Navixy yöneticinizden bu izni isteyin.
pager-first = İlk sayfa
pager-previous = Önceki sayfa
pager-next = Sonraki sayfa
pager-last = Son sayfa
pager-page = Sayfa
pager-of = / { $pages }
filter-clear = Filtreyi temizle
trackers-title = { $name } kullanıcısının cihazları
trackers-label = Başlık
trackers-model = Model
trackers-imei = IMEI
trackers-status = Durum
trackers-last-connection = Son bağlantı
trackers-clone = Klon
trackers-never = hiçbir zaman
trackers-none = Cihaz yok
trackers-loading = Cihazlar yükleniyor…
trackers-deleted = silindi
trackers-not-found = #{ $id } numaralı cihaz bu kullanıcının cihazları arasında yok (silinmiş veya başka bir kullanıcıya taşınmış).
trackers-filter-placeholder = Filtre: başlık, IMEI veya telefon
trackers-open = Cihazlar
word-status-active = Çevrimiçi
word-status-idle = GPS güncellenmedi
word-status-offline = Çevrimdışı
word-status-signal-lost = Bağlantı kesildi
word-status-just-registered = Yeni kaydoldu
field-plan = Varsayılan tarife planı
field-menu-preset = Menü ön ayarı
field-mfa = İki faktörlü kimlik doğrulama
preset-default-named = { $title } (varsayılan)
plan-not-set = Belirlenmedi
plan-list-unknown = Bayinin tarife planları okunamadı: plan, numarasıyla gösteriliyor.
preset-list-unknown = Menü ön ayarları sunucudan okunamadı.
field-mfa-allowed = İki faktörlü kimlik doğrulamaya izin verildi
field-mfa-hint = Kullanıcı, oturum açmayı e-postayla gönderilen bir kodla onaylayabilir.
login-saved-servers = Kayıtlı sunucular…
settings-open = Ayarlar
settings-title = Ayarlar
settings-servers = Kurum içi sunucular
settings-servers-about = Giriş ekranında sunulan adresler. Oturum açtığınız her sunucu buraya eklenir.
settings-servers-none = Henüz kayıtlı sunucu yok.
settings-server-add-label = Adres ekle
settings-server-add = Ekle
settings-web = Müşterinin web arayüzü
settings-web-about = "Kullanıcı olarak oturum aç" bu adresi açar. { "{" }domain{ "}" }, sunucunun bildirdiği bayi alan adıdır; { "{" }session_key{ "}" } ise kullanıcının oturumudur. Yalnızca oturum anahtarını kopyalamak için boş bırakın.
settings-template = Adres
settings-template-invalid = Bir http(s) adresi değil.
settings-template-default = Navixy'nin kendi adresi
settings-timeout-title = Sunucuyu bekleme süresi
settings-timeout-about = Bir isteğin kayıp sayılmadan önce ne kadar sürebileceği. Bir sonraki oturum açışta geçerli olur.
settings-timeout = Saniye (1–600)
settings-timeout-range = 1 ile 600 arasında bir saniye değeri.
settings-folder = Veri klasörü
settings-folder-about = İşlem geçmişi ve deneme ortamının veritabanı burada tutulur.
settings-open-folder = Veri klasörünü aç
settings-folder-not-opened = Klasör açılamadı: { $reason }
settings-drawing = Çizim
settings-drawing-about = Pencerenin çizimde ne kullandığı. İşlemci her zaman çalışır; ekran kartı, sürücüsünün çalıştığı yerde daha hızlıdır. Değişiklik bir sonraki başlatmada geçerli olur.
drawing-graphics-card = Ekran kartı (çalıştığı yerde)
drawing-processor = İşlemci
drawing-now-graphics-card = Bu çalıştırmada çizim ekran kartıyla yapılıyor.
drawing-now-no-card = Bu çalıştırmada çizim işlemciyle yapılıyor: hiçbir ekran kartı yanıt vermedi.
drawing-now-processor = Bu çalıştırmada çizim, seçildiği gibi işlemciyle yapılıyor.
drawing-now-failed = Bu çalıştırmada çizim işlemciyle yapılıyor: ekran kartı başarısız oldu.
drawing-now-by-hand = ICED_BACKEND "{ $value }" olarak ayarlanmış: çizimde neyin kullanılacağına o karar veriyor.
drawing-failed-probe = Ekran kartı paneli çizemedi ({ $reason }), bu yüzden bundan sonra çizimi işlemci yapacak. Bunu Ayarlar'dan değiştirebilirsiniz.
drawing-failed-start = Geçen sefer panel, ekran kartı onu çizemeden durdu; bu yüzden bundan sonra çizimi işlemci yapacak. Bunu Ayarlar'dan değiştirebilirsiniz.
activity-op-user-mfa = İki faktörlü kimlik doğrulama ayarlandı
activity-op-user-preset = Menü ön ayarı atandı
activity-op-user-resend = Aktivasyon e-postası gönderildi

## Bulk work on a selection
users-chosen = { $count ->
    [one] { $count } kullanıcı seçildi
    *[other] { $count } kullanıcı seçildi
    }
users-choose-all-matching = Filtreyle eşleşen { $count } kullanıcının tümünü seç
users-choice-clear = Seçimi temizle
users-export-chosen = Seçilenleri dışa aktar…
bulk-balance = Bakiye veya bonus…
bulk-discount = İndirim…
bulk-plan = Tarife planı…
bulk-mfa = 2FA…
bulk-resend = Aktivasyonu yeniden gönder…
bulk-delete = Sil…
bulk-title = { $action }: { $count ->
    [one] { $shown } kullanıcı
    *[other] { $shown } kullanıcı
    }
bulk-reading = Kullanıcılar okunuyor: { $read } / { $of }…
bulk-discount-rule = %0 ile %100 arasında bir indirim, bir cihaz sayısı ve süresiz değilse bir bitiş tarihi (YYYY-AA-GG) girin.
bulk-plan-rule = Bir tarife planı seçin.
bulk-plan-choose = Tarife planı seçin
bulk-delete-rule = Onaylamak için kullanıcı sayısını ({ $count }) yazın.
bulk-delete-warning = { $count ->
    [one] { $count } kullanıcı ve ona ait her şey silinecek. Bu işlem geri alınamaz.
    *[other] { $count } kullanıcı ve onlara ait her şey silinecek. Bu işlem geri alınamaz.
    }
bulk-delete-type = Onaylamak için { $count } yazın
bulk-below-zero = Hariç tutuldu: sıfırın altına düşerdi (sunucu reddeder)
bulk-discount-after = { $value }
bulk-unchanged = Zaten böyle: hiçbir şey gönderilmedi
bulk-resend-will = Bir e-posta gönderilecek
bulk-activated-already = Hariç tutuldu: zaten etkinleştirilmiş
bulk-deleted = Silindi
bulk-resend-about = Henüz etkinleştirilmemiş her seçili kullanıcıya yeni bir aktivasyon e-postası gönderilir.
bulk-nobody = Bu işlemin yapılacağı kimse kalmadı.
bulk-preview-count = { $count ->
    [one] { $count } kullanıcı değişecek
    *[other] { $count } kullanıcı değişecek
    }
bulk-left-out = { $count } hariç tutuldu (nedenleri aşağıda)
bulk-start = { $count } için başlat
bulk-done = tamamlanan { $count }
bulk-failed = başarısız { $count }
bulk-left = kalan { $count }
bulk-rate = saniyede { $rate } kullanıcı
bulk-time-left = yaklaşık { $seconds } sn kaldı
bulk-pause = Duraklat
bulk-cancel = Kalanı iptal et
bulk-resume = Devam et ({ $count } kaldı)
bulk-discard = Toplu işlemi sil
bulk-retry-failed = Başarısızları yeniden dene ({ $count })
bulk-pause-first = Önce toplu işlemi duraklatın: kalan kısım devam ettirmek için saklanır.
bulk-finished = { $count } kullanıcı için tamamlandı.
bulk-finished-failures = Bitti; { $failed } tanesi gerçekleşmedi: nedenini listede görebilirsiniz.
bulk-paused = Duraklatıldı: istediğiniz zaman, uygulama kapatıldıktan sonra bile devam ettirebilirsiniz.
bulk-cancelled = İptal edildi: kalanı gönderilmedi.
bulk-session-ended = Oturum sona erdi: devam etmek için yeniden oturum açın.
bulk-not-kept = Toplu işlem dosyası yazılamadığı için işlem durdu: { $reason }
bulk-interrupted = Bu toplu işlem, uygulama son kullanıldığında tamamlanmadı: { $done } sonuçlandı, { $left } kaldı. Yoldaki değişiklikler, herhangi bir şey yeniden gönderilmeden önce sunucuyla kontrol edilir.
bulk-interrupted-action = Yaptığı işlem: { $action }
bulk-action-balance = { $kind } değişikliği: { $amount } ("{ $text }")
bulk-action-discount = { $value } indirim, bitiş: { $end }
bulk-action-open-ended = süresiz
bulk-action-plan = tarife planı: { $plan }
bulk-action-mfa-on = 2FA izinli
bulk-action-mfa-off = 2FA izinli değil
bulk-action-resend = yeni bir aktivasyon e-postası
bulk-action-delete = kullanıcıların silinmesi
bulk-set-aside = { $count ->
    [one] Bir toplu işlem dosyasına güvenilemediği için çalıştırılmadı ve kenara ayrıldı: { $files }
   *[other] { $count } toplu işlem dosyasına güvenilemediği için çalıştırılmadı ve kenara ayrıldı: { $files }
}
bulk-before = Önce
bulk-before-none = Yok
bulk-before-reading = Okunuyor…
bulk-before-unread = Okunamadı: { $reason }
bulk-undo-text = İptal: { $text }
bulk-undo = Bu işlemi geri al…
bulk-put-back-discount = İndirimleri geri yükle
bulk-put-back-plan = Tarife planlarını geri yükle
bulk-put-back-about = Her kullanıcı, şu an ne olursa olsun, işlemden önceki indirimini veya tarife planını geri alır. “Önce” şu an ne olduğunu gösterir.
bulk-action-put-back-discount = her kullanıcının işlemden önceki indirimi
bulk-action-put-back-plan = her kullanıcının işlemden önceki tarife planı
watch-open = Bakiye takibi
watch-title = Bakiye takibi
watch-explained = Her kullanıcının son 30 gündeki harcamaları ve bu hızla bakiyenin kaç gün yeteceği: bakiyesi en önce bitecek olanlar önce.
watch-listing = Kullanıcı listesi okunuyor: { $read }…
watch-progress = Okunan kullanıcılar: { $read } / { $total }
watch-stop = Durdur
watch-resume = Devam et
watch-refresh = Yeniden oku
watch-spent = Harcanan, 30 gün
watch-days-left = Kalan gün
watch-runs-out = Biteceği tarih
watch-unread = Okunamadı ({ $count }): { $logins }
watch-none-yet = Henüz hiçbir şey okunmadı.
watch-within = Şu süre içinde bitecek:
watch-days = gün
watch-shown = Gösterilen: { $shown } / { $read }
watch-top-up = Bunlara yükleme yap…
watch-export = CSV olarak dışa aktar…
watch-file-name = bakiye-takibi
watch-not-kept = Okunanlar bir sonraki okuma için saklanamadı: { $reason }
watch-not-loaded = Önceki okumaların sakladıkları kullanılamadı ({ $reason }): herkes yeniden okunuyor.
watch-chart = Aylara göre yüklemeler ve masraflar
watch-chart-since = { $date } tarihinden beri okundu; her okuma yenilerini ekler
watch-chart-hide = Kullanıcılara dön
watch-chart-show = Aylık grafik
watch-chart-refills = Yüklemeler
watch-chart-charges = Masraflar
watch-chart-month = { $month }: yüklemeler { $refills }, masraflar { $charges }
bulk-after = Sonra
bulk-outcome = Sonuç
bulk-state-waiting = Bekliyor
bulk-state-sending = Gönderiliyor
bulk-state-done = Tamamlandı
bulk-state-skipped = Hariç tutuldu: { $reason }
bulk-state-refused = Reddedildi: { $reason } (kod { $code })
bulk-state-failed = Başarısız: { $reason }
bulk-state-unknown = Bilinmiyor: { $reason }
cli-import-classified = sunucuyla karşılaştırma: { $summary }
sync-conflict-legal-type = müşteri tipi değiştirilemez ({ $from } → { $to })

## Imports that update
sync-compare = Sunucuyla karşılaştır
sync-compare-again = Yeniden karşılaştır
sync-compare-about = Zaten var olan kullanıcıları bulur: dosyanın onlarda neyi değiştireceğini ve neyi değiştiremeyeceğini gösterir.
sync-comparing = Sunucuyla karşılaştırılıyor…
sync-summary = { $new } yeni, { $changed } değişmiş, { $unchanged } değişmemiş, { $conflicts ->
    [one] { $conflicts } çakışma
    *[other] { $conflicts } çakışma
    }
sync-cost = ({ $requests ->
    [one] { $requests } istek
    *[other] { $requests } istek
    }, { $ms } ms)
sync-apply-new = Yenileri oluştur
sync-apply-changed = Değişenleri güncelle
sync-apply = { $new } oluştur, { $changed } güncelle
sync-change = { $column }: { $old } → { $new }
sync-row-changed = Değişiklikler: { $changes }
sync-row-unchanged = Sunucuda dosyadaki gibi
sync-row-conflict = Uygulanamaz: { $reason }
sync-row-updated = Güncellendi
sync-row-update-failed = Güncellenmedi: { $reason }
sync-row-gone = satır artık dosyada yok
sync-updating = Güncelleniyor: { $done } / { $total }…
sync-updated = { $count ->
    [one] { $count } kullanıcı güncellendi.
    *[other] { $count } kullanıcı güncellendi.
    }
segments-open = Segmentler
segments-title = Segmentler
segments-explained = Sunucunun aramasının yanıtlayamadığı sorular, bayinin tüm kullanıcılarına sorulur: her koşulu karşılayan kullanıcı bulunur.
segments-reading = Kullanıcılar okunuyor: { $read }…
segments-as-of = Kullanıcılar: { $count }, { $age } okundu
segments-never-read = Henüz kullanıcı okunmadı.
segments-age-now = az önce
segments-age-minutes = { $n ->
    [one] { $n } dakika önce
   *[other] { $n } dakika önce
}
segments-age-hours = { $n ->
    [one] { $n } saat önce
   *[other] { $n } saat önce
}
segments-age-days = { $n ->
    [one] { $n } gün önce
   *[other] { $n } gün önce
}
segments-refresh = Yeniden oku
segments-saved = Kayıtlı segmentler
segments-name = Segment adı
segments-save = Kaydet
segments-forget = Segmenti sil
segments-saved-as = “{ $name }” segmenti kaydedildi.
segments-too-many = Daha fazla segment kaydedilemez: önce birini silin.
segments-search = Kullanıcı adı, ad veya telefon
segments-add = Koşul ekle…
segments-found = Bulunan: { $found } / { $total }
segments-none-found = Bu koşulları karşılayan kullanıcı yok.
segments-needs-watch = Bakiye takibi bu bayinin masraflarını henüz okumadı: bir kez açın, bu koşul kimin bakiyesinin biteceğini bulur.
segments-discount-ends-within = İndirimin bitmesine kalan
segments-discount-ended = İndirim sona erdi
segments-terms-needed = İndirimler ve tarife planları kullanıcı listesinde yok: bunlar için her kullanıcının kaydı okunur (istek: { $count }).
segments-terms-read = İndirimleri ve planları oku
segments-terms-reading = İndirimler ve planlar okunuyor: { $read } / { $total }
segments-terms-as-of = İndirimler ve planlar { $age } okundu
segments-terms-read-again = Yeniden oku
segments-terms-unread = Okunamayan: { $count }
segments-export = Dışa aktar…
segments-file-name = segment
segments-index-unreadable = Bu bilgisayarda tutulan kullanıcılar okunamadı ({ $reason }): sunucudan yeniden okunuyorlar.
segments-balance-below = Bakiye şundan az
segments-balance-above = Bakiye şundan fazla
segments-balance-negative = Bakiye sıfırın altında
segments-not-activated = Etkinleştirilmemiş
segments-not-activated-for = En az şu süredir etkinleştirilmemiş
segments-no-trackers = Takip cihazı yok
segments-trackers-more-than = Takip cihazı, şundan fazla
segments-two-factor-on = İki adımlı doğrulama açık
segments-two-factor-off = İki adımlı doğrulama kapalı
segments-created-between = Oluşturulma aralığı
segments-place = Şehir veya ülke
segments-problem-amount = Bir tutar, örneğin 25 veya 12,50
segments-problem-number = Bir tam sayı, örneğin 30
segments-problem-date = YYYY-AA-GG biçiminde bir tarih
segments-problem-dates-reversed = İlk tarih ikinciden sonra
segments-problem-empty = Bu koşulu kullanmak için bir değer girin
