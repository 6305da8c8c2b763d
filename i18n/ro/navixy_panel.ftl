## Shell
app-title = Panou Navixy
header-dealer = Dealer: { $login }
busy = Se procesează…
logout = Deconectare
logout-confirm-title = Vă deconectați?
logout-confirm-body = Sesiunea panoului se încheie. Ce nu este salvat pe server rămâne doar pe acest ecran până când vă conectați din nou.
cancel = Anulare
settings-reset = Unele setări nu au putut fi citite și au fost readuse la valorile implicite.
theme-system = Tema sistemului
theme-light = Luminoasă
theme-dark = Întunecată

## Login
login-title = Conectare la Panoul de administrare Navixy
login-subtitle = Folosiți contul de dealer. Parola nu este salvată niciodată.
login-server = Server
server-sandbox = Mediu de test (demo local)
server-eu = Navixy, servere în Europa
server-us = Navixy, servere în America
server-custom = Server propriu (URL personalizat)
login-custom-url = Adresa API
login-login = Nume de utilizator
login-password = Parolă
login-submit = Conectare
login-signing-in = Se conectează…
login-sandbox-starting = Se pornește mediul de test local…
login-sandbox-ready = Mediul de test rulează pe acest computer, cu date demonstrative: dealer demo, parola demo1234.
login-sandbox-failed = Mediul de test nu a putut porni: { $reason }
login-session-ended = Sesiunea s-a încheiat. Conectați-vă din nou pentru a continua de unde ați rămas.
login-logged-out = V-ați deconectat.
login-bad-url = Aceasta nu este o adresă de server validă.
login-https-required = Adresa trebuie să înceapă cu https:// (http simplu este permis doar pentru acest computer).
login-missing-credentials = Introduceți numele de utilizator și parola.

## Errors
error-code = Cod Navixy { $code }
error-wrong-credentials = Nume de utilizator sau parolă greșită.
error-dealer-blocked = Acest cont de dealer este blocat. Contactați asistența Navixy.
error-dealer-unknown = Pe acest server nu există niciun dealer cu acest nume de utilizator.
error-too-many-attempts = Prea multe încercări eșuate. Așteptați câteva minute și încercați din nou.
error-session-ended = Sesiunea s-a încheiat. Conectați-vă din nou.
error-not-found = Nu a fost găsit: poate a fost șters sau aparține altui dealer.
error-rate-limited = Serverul a cerut un ritm mai lent al cererilor și a continuat să le refuze; nu s-a modificat nimic. Încercați din nou peste puțin timp.
error-not-permitted = Contul dumneavoastră de dealer nu are permisiunea de a face acest lucru.
error-server-failed = Serverul nu a reușit să proceseze cererea.
error-server = Serverul a refuzat cererea: { $description }
error-unreachable = Serverul nu poate fi contactat. Verificați conexiunea la rețea și adresa serverului.
error-timeout = Serverul nu a răspuns la timp. Încercați din nou.
error-not-navixy = Adresa răspunde, dar nu ca un API Navixy. Verificați adresa serverului.
error-bad-url = Această adresă de server nu poate fi folosită.
error-redirected = Serverul a redirecționat cererea în altă parte: { $to }. Panoul nu urmează redirecționarea: verificați adresa serverului.
error-too-large = Răspunsul serverului depășește { $megabytes } MB; panoul a încetat să-l citească.
error-inconsistent = Serverul a răspuns despre altceva decât s-a cerut ({ $detail }): răspunsul nu a fost folosit.
error-file-write = Fișierul nu a putut fi scris: { $reason }
field-hidden-characters = Această valoare conține caractere care nu pot fi afișate (caractere de control sau de direcție). Ele sunt păstrate așa cum sunt stocate, dacă nu editați acest câmp.

## Users list
users-filter-placeholder = Filtrare după nume, nume de utilizator, telefon, oraș, cod fiscal…
users-only-active = Doar activi
users-columns = Coloane
users-refresh = Reîmprospătare
retry = Reîncercare
details-loading = Se încarcă utilizatorul…
users-loading = Se încarcă utilizatorii…
users-empty = Acest dealer nu are încă utilizatori.
users-no-match = Niciun utilizator nu corespunde filtrului „{ $filter }”.
users-inactive = neactivat
column-id = ID
column-name = Nume
column-login = Nume de utilizator
column-phone = Telefon
column-balance = Balanță
column-bonus = Bonus
column-city = Oraș
column-trackers = Trackeri
column-created = Creat
pager-page-size = Rânduri pe pagină
pager-range = { $first }–{ $last } din { $total }
pager-empty = Niciun utilizator

## User details
details-back = Utilizatori
group-account = Cont
group-person = Persoană de contact
group-legal = Date juridice
group-postal = Adresă poștală
group-registered = Adresă de înregistrare
group-discount = Reducere
group-other = Altele
field-id = ID
field-login = Nume de utilizator (e-mail)
field-activated = Activat
field-verified = E-mail verificat
field-created = Creat (UTC)
field-balance = Balanță
field-bonus = Bonus
field-trackers = Trackeri
field-last-name = Nume de familie
field-first-name = Prenume
field-middle-name = Al doilea prenume
field-phone = Telefon
field-legal-type = Statut juridic
field-legal-name = Denumire juridică
field-tin = Cod fiscal
field-iec = IEC
field-okpo = OKPO
field-state-reg-num = Număr de înregistrare de stat
field-country = Țară
field-region = Regiune
field-city = Oraș
field-street = Stradă și număr
field-zip = Cod poștal
field-discount-value = Reducere
field-discount-min-trackers = Număr minim de trackeri
field-discount-end = Valabilă până la
field-comment = Comentariu
field-default-tariff = ID tarif implicit
legal-individual = Persoană fizică
legal-entity = Persoană juridică
legal-sole-trader = Persoană fizică autorizată
value-yes = Da
value-no = Nu
value-open-ended = Fără termen

## Applications
apps-open = Aplicații
apps-title = Aplicațiile utilizatorului { $user }
apps-loading = Se încarcă aplicațiile…
apps-empty = Acest utilizator nu are încă aplicații. Adăugați una pentru a o afișa în interfața web a clientului.
details-back-user = Utilizator
app-new = Adăugare aplicație
app-new-title = Aplicație nouă
app-edit-title = Editare aplicație
app-name = Nume ({ $count }/{ $max })
app-url = URL
app-url-hint = Doar https. Variabilele dintre acolade se completează pentru fiecare client, de ex. { "{" }user_id{ "}" } sau { "{" }language{ "}" }.
app-icon = URL pictogramă (opțional)
app-enabled = Afișată în meniul clientului
app-description = Descriere ({ $count }/{ $max })
app-display = Se deschide
app-display-new-tab = Într-o filă nouă
app-display-embedded = În interfața web
app-auth = Autorizare
app-auth-none = Fără
app-auth-user-session = Sesiunea clientului
app-auth-api-key = Cheie API
app-api-key = Cheie API
app-on = Activată
app-off = Dezactivată
app-created = Aplicația a fost adăugată.
app-saved = Aplicația a fost salvată.
app-deleted = Aplicația a fost ștearsă.
app-gone = Aplicația nu mai există (a fost ștearsă între timp). Lista a fost reîmprospătată.
app-delete-title = Ștergeți această aplicație?
app-delete-body = „{ $name }” dispare din meniul clientului. Acțiunea nu poate fi anulată.
edit = Editare
delete = Ștergere
save = Salvare
saving = Se salvează…
editor-stored-value-warning = Valoare stocată ca atare, deși: { $rule } Celelalte modificări se pot salva în continuare.
rule-formula-not-saved = Formulă fără valoare salvată: deschideți fișierul în Excel sau LibreOffice și salvați-l din nou.
rule-cell-error = Celula afișează o eroare ({ $shown }).
rule-merged-cell = Îmbinată cu celula de pe rândul { $line }: doar acel rând conține valoarea.
rule-ambiguous-number = Poate fi citit în două feluri: scrieți-l fără separator de mii.
rule-example-row = Rând de exemplu din șablonul de import: omis.
rule-starts-with-space = Începe cu un spațiu (păstrat așa cum a fost scris).
rule-ends-with-space = Se termină cu un spațiu (păstrat așa cum a fost scris).
rule-maybe-percent = O fracție din unu: dacă celula afișează un procent (0,075 ca 7,5 %), introduceți aici procentul.
rule-absent = Lipsește din cerere.
rule-required = Obligatoriu.
rule-too-long = Numărul maxim de caractere: { $max }.
rule-https-url = Trebuie să fie o adresă https:// validă.
rule-not-printable = Doar caractere imprimabile.
rule-invalid = Valoare nevalidă.

## Customer's view
customer-open = Vizualizare client
customer-heading = { $user }, așa cum îl vede clientul
customer-loading = Se deschide sesiunea clientului…
customer-not-reported = Nu este raportat de server.
customer-account = Cont
customer-title = Afișat ca
customer-locale = Limbă și regiune
customer-time-zone = Fus orar
customer-measurement = Sistem de măsură
customer-geocoder = Geocodare
customer-route-provider = Furnizor de rute
customer-demo = Cont demo
customer-balances = Balanțe
customer-master = Cont principal (acesta este un subutilizator)
customer-tariff = Tarif
customer-allowed-maps = Hărți permise
customer-premium-gis = GIS premium
customer-dealer = ID dealer
customer-features = Funcțiile dealerului
customer-features-list = Funcții
customer-privileges = Privilegiile subutilizatorului
customer-rights = Drepturi
activation-needed = Acest cont nu este activat sau adresa de e-mail nu este verificată.
activation-resend = Retrimitere e-mail de activare
activation-sending = Se trimite…
activation-wait = Retrimitere posibilă peste { $time }
activation-sent = Un nou link de activare a fost trimis la { $login }.
activation-already-done = Acest cont este deja activat și verificat.
activation-mail-failed = Serverul nu a putut trimite e-mailul. Verificați adresa sau încercați din nou mai târziu.
activation-unknown-login = Serverul nu cunoaște numele de utilizator { $login }.

## User editor
users-new = Utilizator nou
details-edit = Editare
editor-new-title = Utilizator nou
editor-edit-title = Editare { $login }
editor-unsaved = Modificări nesalvate
editor-problems = { $count ->
    [one] Un câmp necesită atenție
    [few] { $count } câmpuri necesită atenție
   *[other] { $count } de câmpuri necesită atenție
}
editor-login-in-use = Acest nume de utilizator (e-mail) este deja folosit de alt cont.
editor-legal-type-fixed = { $kind } (nu se poate schimba)
editor-same-address = La fel ca adresa poștală
editor-saved = Utilizatorul a fost salvat.
editor-created = Utilizatorul a fost creat.
editor-discard-title = Renunțați la modificări?
editor-discard-body = Ce ați introdus în acest formular se va pierde.
editor-discard = Renunțare
field-password = Parolă
field-password-repeat = Repetați parola
field-time-zone = Fus orar
field-time-zone-search = Tastați pentru a căuta, de ex. Berlin
field-locale = Setări regionale
field-phone-digits = Telefon (10–15 cifre, fără +)
field-discount-percent = Reducere, %
field-discount-end-date = Valabilă până la (aaaa-ll-zz)
field-discount-strategy = Cumulare cu reducerea tarifului
field-comment-counted = Comentariu ({ $count }/{ $max })
strategy-no-summing = Fără cumulare
strategy-sum = Cumulare cu cea progresivă
strategy-no-summing-explained = Se aplică cea mai mare dintre această reducere și reducerea progresivă a tarifului.
strategy-sum-explained = Această reducere se adaugă la reducerea progresivă a tarifului.
rule-email = Trebuie să fie o adresă de e-mail validă.
rule-phone = Între 10 și 15 cifre, fără + sau spații.
rule-password = Între 6 și 20 de caractere imprimabile.
rule-passwords-differ = Parolele nu coincid.
rule-discount = Un număr între 0 și 100.
rule-not-negative = Un număr întreg, 0 sau mai mare.
rule-date = O dată în formatul aaaa-ll-zz.

## Account actions
action-password = Schimbare parolă
action-balance = Balanță sau bonus
action-delete = Ștergere utilizator
password-title = Parolă nouă pentru { $login }
password-change = Schimbare parolă
password-changed = Parola a fost schimbată.
balance-title = Modificarea balanței pentru { $login }
balance-current = Acum: balanță { $balance }, bonus { $bonus }
balance-what = Ce se modifică
balance-amount = Sumă (+ adaugă, − scade)
balance-description = Descrierea tranzacției
balance-preview = După modificare: { $value }
balance-apply = Aplicare
balance-changed = Balanța a fost modificată.
balance-amount-rule = Introduceți o sumă diferită de zero, cu cel mult două zecimale.
balance-text-rule = Descrierea este prea scurtă (număr minim de caractere: { $min }).
balance-insufficient = Fonduri insuficiente: suma curentă este { $current } și nu poate scădea sub zero.
delete-title = Ștergeți acest utilizator?
delete-explained = { $login }, subutilizatorii și trackerii săi sunt marcați ca șterși, iar trackerii nu mai funcționează. Acțiunea nu poate fi anulată din panou.
delete-type-login = Introduceți numele de utilizator pentru confirmare
delete-clones = Se elimină și clonele trackerilor săi de la alți utilizatori
delete-252 = Unul dintre trackerii acestui utilizator este deja șters (corupt), așa că serverul a refuzat. Contactați asistența Navixy pentru a finaliza ștergerea.
delete-253 = Unii dintre trackerii acestui utilizator sunt clonați la alți utilizatori. Bifați „Se elimină și clonele” pentru a le șterge și pe acestea sau eliminați mai întâi clonele.
deleted = Utilizatorul a fost șters.
delete-login-mismatch = Numele de utilizator nu corespunde acestui utilizator.

## Transactions
transactions-open = Tranzacții
transactions-title = Tranzacțiile utilizatorului { $user }
transactions-loading = Se încarcă tranzacțiile… (partea { $done } din { $total })
transactions-empty = Nicio tranzacție în această perioadă.
transactions-chart-empty = Nimic de afișat.
transactions-count = { $count ->
    [one] 1 tranzacție
    [few] { $count } tranzacții
   *[other] { $count } de tranzacții
}
transactions-refills = Alimentări: +{ $amount }
transactions-charges = Debitări: { $amount }
transactions-net = Rezultat net: { $amount }
transactions-bonus = Bonus: { $amount }
transactions-readout = { $date }: balanță { $balance }, bonus { $bonus }
range-7 = Ultimele 7 zile
range-30 = Ultimele 30 de zile
range-90 = Ultimele 90 de zile
range-month = Luna aceasta
range-custom = Interval personalizat
range-apply = Afișare
range-bad = Introduceți două date în formatul aaaa-ll-zz, prima nu după a doua.
tx-date = Dată (UTC)
tx-type = Tip
tx-subtype = Subtip
tx-description = Descriere
tx-amount = Sumă
tx-balance = Balanță
tx-bonus-amount = Sumă bonus
tx-bonus = Bonus
tx-tracker = Tracker
transactions-export = Export în XLSX
tx-old-balance = Balanță înainte
tx-new-balance = Balanță după
tx-old-bonus = Bonus înainte
tx-new-bonus = Bonus după
saved-to = Salvat în { $path }
save-failed = Fișierul nu a putut fi salvat: { $reason }
action-login-as = Conectare ca utilizator
login-as-copied = Cheia de sesiune a utilizatorului a fost copiată în memoria temporară.
login-as-opened = Interfața web a utilizatorului a fost deschisă; cheia de sesiune a fost copiată și în memoria temporară.
login-as-refused = Interfața web a utilizatorului nu a fost deschisă: { $reason } Cheia de sesiune a fost copiată în memoria temporară.
login-as-no-browser = Nu s-a putut deschide niciun navigator web; cheia de sesiune a utilizatorului a fost copiată în memoria temporară.
web-problem-not-a-host = domeniul dealerului primit de la server, „{ $domain }”, nu este un nume de gazdă.
web-problem-not-a-key = cheia de sesiune primită de la server nu este o cheie.
web-problem-not-an-address = „{ $address }” nu este o adresă https.
web-problem-plain-http = „{ $address }” este http simplu către alt computer, așa că cheia ar fi trimisă necriptată.
rule-too-short = Numărul minim de caractere: { $min }.
rule-two-decimals = Cel mult 2 zecimale.
rule-duplicate-in-file = Acest e-mail apare deja pe rândul { $line } al fișierului.

## Import template: the note on each column's header
template-note-email = Obligatoriu. Numele de utilizator al noului utilizator: o adresă de e-mail validă, unică în acest fișier și pe server.
template-note-password = Obligatoriu. Între 6 și 20 de caractere imprimabile. Utilizatorul o poate schimba ulterior.
template-note-status = Obligatoriu. 1 — activ, 0 — blocat.
template-note-legal-status = Obligatoriu. 1 — persoană fizică, 2 — persoană juridică, 3 — persoană fizică autorizată. Pentru 2 și 3 sunt obligatorii coloanele de adresă și de înregistrare, iar pentru 2 și denumirea juridică.
template-note-last-name = Obligatoriu. Numele de familie al utilizatorului sau al persoanei de contact a companiei.
template-note-first-name = Obligatoriu. Prenumele utilizatorului sau al persoanei de contact.
template-note-middle-name = Opțional.
template-note-phone = Opțional. Între 10 și 15 cifre, fără + sau spații.
template-note-comment = Opțional. O notă pentru personalul dumneavoastră, de cel mult 255 de caractere.
template-note-post-country = Adresa poștală: țara. Obligatoriu pentru persoanele juridice și persoanele fizice autorizate.
template-note-post-region = Adresa poștală: regiunea, județul sau statul. Obligatoriu pentru persoanele juridice și persoanele fizice autorizate.
template-note-post-city = Adresa poștală: orașul. Obligatoriu pentru persoanele juridice și persoanele fizice autorizate.
template-note-post-street-address = Adresa poștală: strada, numărul, biroul. Obligatoriu pentru persoanele juridice și persoanele fizice autorizate.
template-note-post-index = Adresa poștală: codul poștal. Obligatoriu pentru persoanele juridice și persoanele fizice autorizate.
template-note-legal-name = Denumirea înregistrată a companiei. Obligatoriu pentru persoanele juridice.
template-note-tin = Opțional. Codul de identificare fiscală.
template-note-iec = Opțional. Codul motivului înregistrării fiscale (KPP în Rusia).
template-note-state-reg-num = Opțional. Numărul de înregistrare de stat (OGRN), de cel mult 15 caractere.
template-note-okpo-code = Opțional. Codul OKPO.
template-note-registered-country = Adresa de înregistrare: țara.
template-note-registered-region = Adresa de înregistrare: regiunea. Obligatoriu pentru persoanele juridice și persoanele fizice autorizate.
template-note-registered-city = Adresa de înregistrare: orașul. Obligatoriu pentru persoanele juridice și persoanele fizice autorizate.
template-note-registered-street-address = Adresa de înregistrare: strada, numărul. Obligatoriu pentru persoanele juridice și persoanele fizice autorizate.
template-note-registered-index = Adresa de înregistrare: codul poștal. Obligatoriu pentru persoanele juridice și persoanele fizice autorizate.
template-note-discount = Opțional. Reducerea în procente, între 0 și 100.
template-note-discount-end-date = Opțional. Ultima zi a reducerii, în formatul aaaa-ll-zz.
template-note-device-limit = Opțional. Numărul minim de dispozitive necesar pentru reducere, un număr întreg.

## Import
import-column-line = Rând
import-column-problems = Probleme
import-report-sheet = Probleme
import-summary = { $n ->
    [one] { $rows } rând
    [few] { $rows } rânduri
   *[other] { $rows } de rânduri
} — gata: { $ready }, cu erori: { $errors }
import-summary-excluded = , omise: { $excluded }
import-summary-created = , create: { $created }
import-summary-updated = , actualizate: { $updated }
import-missing-columns = Coloane obligatorii care lipsesc din fișier: { $columns }. Completați-le mai jos sau adăugați-le în fișier.
import-unknown-columns = Coloane nerecunoscute și ignorate: { $columns }
import-too-many-rows = Numărul maxim de rânduri acceptat de Navixy la un import este { $max }. Omiteți unele rânduri sau împărțiți fișierul.
import-line = Rândul { $line }
import-file-too-large = Fișierul depășește 10 MB, limita acceptată de Navixy. Împărțiți-l în fișiere mai mici.
import-file-empty = Fișierul nu conține utilizatori: este gol sau are doar rândul de antet.
import-file-no-such-sheet = Fișierul nu are nicio foaie numită „{ $sheet }”.
import-duplicate-column = Coloanele { $first } și { $second } sunt amândouă „{ $header }”: păstrați doar una dintre ele și deschideți din nou fișierul.
import-sheet-read = Citit din foaia „{ $sheet }”.
import-sheet-read-others = Citit din foaia „{ $sheet }”; utilizatori există și în: { $others }.
import-lines-skipped = Rândurile { $first }–{ $last } de deasupra antetului (rândul { $header }) au fost omise.
import-line-skipped = Rândul { $line } de deasupra antetului (rândul { $header }) a fost omis.
import-line-warnings = Rândul { $line }, de verificat: { $warnings }
import-file-no-sheet = Fișierul nu conține nicio foaie.
import-file-unreadable = Fișierul nu este o foaie de calcul pe care acest program o poate citi (CSV, XLSX, XLS sau ODS). Detalii: { $detail }
import-title = Import: { $file }
import-template = Descărcare șablon
import-template-file = sablon-import-utilizatori.xlsx
import-choose-file = Alegere alt fișier…
import-reading = Se citește fișierul…
import-checking-rows = Verificare rânduri: { $done } din { $total }
import-cannot-open = Fișierul nu a putut fi deschis: { $reason }
import-encoding = Codificare:
import-sheet = Foaie:
import-show-passwords = Afișare parole
import-row-ready-but = Gata; de verificat: { $warnings }
import-errors-only = Doar rândurile cu erori
import-exclude-invalid = Omitere rânduri cu erori
import-save-report = Salvare raport de erori…
import-upload = { $n ->
    [one] Încărcare { $count } utilizator
    [few] Încărcare { $count } utilizatori
   *[other] Încărcare { $count } de utilizatori
}
import-nothing-left = Nu a mai rămas nimic de încărcat
import-upload-rest = { $n ->
    [one] Încărcare utilizator rămas
    [few] Încărcare { $count } utilizatori rămași
   *[other] Încărcare { $count } de utilizatori rămași
}
import-uploading = Încărcare: creați { $sent } din { $total }
import-checking-server = Încărcarea a fost întreruptă. Se verifică ce utilizatori a creat serverul…
import-check-failed = Nu s-a putut afla ce utilizatori au fost creați: { $reason } Nu se trimite nimic până când acest lucru nu este clar.
import-check-again = Reverificare
import-done = { $n ->
    [one] { $created } utilizator creat.
    [few] { $created } utilizatori creați.
   *[other] { $created } de utilizatori creați.
}
import-stopped = Încărcarea s-a oprit: { $reason } Utilizatori creați până acum: { $created }. Corectați sau omiteți rândul marcat, apoi încărcați restul — rândurile deja create nu se trimit din nou.
import-stopped-at = rândul { $line } a fost refuzat: { $reason }
import-row-created = Creat
import-row-excluded = Omis
import-row-ready = Gata
import-separator-semicolon = punct și virgulă
import-separator-comma = virgulă
import-separator-tab = tabulator
import-csv-read-as = Citit ca CSV cu separator { $separator }, codificare { $encoding }.
import-leave-title = Părăsiți importul?
import-leave-body = Corecturile dumneavoastră și rândurile neîncărcate încă se vor pierde.
import-leave = Părăsire
users-import = Import…
users-export = Export…
users-export-cancel = Anulare export
export-cancelled = Export anulat: nu a fost scris niciun fișier.
users-template = Șablon
export-done = Utilizatori exportați: { $count }. Fișier: { $path }
export-failed = Exportul a eșuat: { $reason }
export-xlsx-as-built = Fișierul XLSX este salvat așa cum l-a generat serverul: panoul nu i-a verificat celulele pentru formule. Un export CSV este verificat.
export-csv-as-built = Fișierul CSV este salvat așa cum l-a trimis serverul: panoul nu l-a putut citi ca CSV, așa că celulele sale nu sunt verificate pentru formule.
error-login-in-use = Există deja un utilizator cu acest e-mail.
error-duplicate-login = Același e-mail apare de două ori în fișier.
error-invalid-parameters = Unele valori nu sunt valide.
file-filter-spreadsheets = Foi de calcul

## A change whose answer was lost (checked with a read afterwards)
error-not-applied = Conexiunea a eșuat înainte ca serverul să facă modificarea. Nu s-a modificat nimic; datele introduse sunt păstrate, așa că le puteți trimite din nou.
error-unconfirmed = Răspunsul s-a pierdut, iar serverul nu a putut fi întrebat ce s-a întâmplat: modificarea poate să fi fost făcută sau nu. Verificați înainte de a o trimite din nou.

## Activity: the journal of changes made from this computer
activity-open = Activitate
activity-title = Activitate
back = Înapoi
activity-filter-placeholder = Filtrare după utilizator, operație, modificare…
activity-export = Export în XLSX…
activity-file-name = activitate
activity-count = { $n ->
    [one] { $shown } din { $total } modificare
    [few] { $shown } din { $total } modificări
   *[other] { $shown } din { $total } de modificări
}
activity-unreadable = { $count ->
    [one] A fost omis 1 rând deteriorat
    [few] Au fost omise { $count } rânduri deteriorate
   *[other] Au fost omise { $count } de rânduri deteriorate
}
activity-cannot-read = Jurnalul de activitate nu a putut fi citit: { $reason }
activity-empty = Nicio modificare încă. Fiecare modificare pe care o faceți (utilizatori, balanțe, aplicații, importuri) este înregistrată aici.
activity-when = Când
activity-server = Server
activity-dealer = Dealer
activity-operation = Operație
activity-user-id = ID utilizator
activity-user = Utilizator
activity-changes = Modificări
activity-outcome = Rezultat
activity-code = Cod de eroare
activity-op-user-create = Utilizator creat
activity-op-user-update = Utilizator editat
activity-op-user-password = Parolă schimbată
activity-op-user-balance = Balanță modificată
activity-op-user-delete = Utilizator șters
activity-op-app-create = Aplicație creată
activity-op-app-update = Aplicație editată
activity-op-app-delete = Aplicație ștearsă
activity-op-app-enabled = Aplicație activată/dezactivată
activity-op-import = Utilizatori importați
activity-bulk-run = În masă: { $operation }
activity-bulk-users = { $count ->
    [one] { $users } utilizator
    [few] { $users } utilizatori
    *[other] { $users } de utilizatori
    }
activity-bulk-outcome = efectuate: { $done }, neefectuate: { $failed }
activity-outcome-done = Efectuat
activity-outcome-refused = Refuzat de server
activity-outcome-not-applied = Neefectuat (conexiune)
activity-outcome-unconfirmed = Necunoscut: verificați
activity-outcome-failed = Netrimis
import-file-too-big = Foaia de calcul este prea mare pentru a fi citită: are mai multe rânduri decât limita de { $rows } sau un conținut care, dezarhivat, depășește 512 MB. Navixy acceptă cel mult 10.000 de rânduri per fișier; împărțiți-l.
import-file-too-many-cells = Celule în acest fișier: { $cells }; importul acceptă cel mult { $max }. Navixy acceptă cel mult 10.000 de rânduri per fișier: copiați rândurile și coloanele utilizatorilor într-un fișier nou.
import-file-too-many-columns = Un rând din acest fișier are prea multe coloane ({ $columns }); importul acceptă cel mult { $max }. Verificați separatorul sau copiați coloanele utilizatorilor într-un fișier nou.
error-server-down = Serverul are probleme (HTTP { $status }). Încercați din nou peste puțin timp.

quit-confirm-title = Închideți fără salvare?
quit-confirm-body = O parte din lucru nu este încă pe server: un formular modificat, rânduri de import corectate sau o modificare care încă așteaptă răspunsul serverului. Dacă închideți fereastra, acestea se pierd.
quit-confirm = Închidere oricum
activity-field-activated = Activat
activity-field-verified = E-mail verificat
activity-field-balance = Balanță
activity-field-bonus = Bonus
activity-field-balance-change = Modificare balanță
activity-field-bonus-change = Modificare bonus
activity-field-text = Descriere
activity-field-with-clones = Cu clone
activity-field-app-name = Numele aplicației
activity-field-app-url = URL-ul aplicației
activity-field-enabled = Afișată în meniu
activity-field-application = ID aplicație
activity-field-created = Utilizatori creați
activity-field-discount-strategy = Strategie de reducere
activity-yes = da
activity-no = nu
import-cell-too-long = Prea lungă pentru a fi editată aici (caractere: { $chars })
import-cell-clear = Golire

# navixy-panel import
cli-import-progress = creați { $done } din { $total }
cli-import-no-progress = Serverul nu a creat rândurile trimise și nu a spus de ce: nu s-a mai trimis nimic. Rulați din nou importul pentru a trimite ce a rămas.
cli-import-no-password = Lipsește parola: setați NAVIXY_PASSWORD sau rulați într-un terminal pentru a vi se cere.
cli-report-progress = Utilizatori citiți: { $done } din { $total }
cli-import-unknown-encoding = { $name } nu este o codificare cunoscută de acest program (încercați windows-1251, windows-1252, utf-8).

# A change whose screen was closed before its answer came
left-change-done = Efectuat după închiderea ecranului său: { $operation }.
left-change-failed = Neefectuat (ecranul său a fost închis între timp): { $operation }. { $reason }

# The in-app file chooser (systems without a file dialog)
chooser-why = Acest sistem nu are o fereastră de dialog pentru fișiere (nici portal de desktop, nici zenity), așa că panoul o oferă pe a sa: introduceți o cale sau alegeți mai jos un loc și un fișier.
chooser-hint = Tab completează numele · Enter confirmă · Esc anulează
chooser-title-import = Alegeți o foaie de calcul pentru import
chooser-title-export = Export utilizatori în…
chooser-title-save = Salvare „{ $name }” ca…
chooser-open = Deschidere
chooser-save = Salvare
chooser-type-a-path = Introduceți calea unui fișier sau alegeți unul mai jos.
chooser-type-a-name = Acesta este un dosar: introduceți după el un nume de fișier.
chooser-no-such-file = Fișierul „{ $path }” nu există.
chooser-not-a-spreadsheet = Se pot importa doar foi de calcul ({ $extensions }).
chooser-no-such-folder = Acest dosar nu există.
chooser-replace = „{ $name }” există deja. Apăsați din nou „Salvare” pentru a-l înlocui.
chooser-cannot-list = Acest dosar nu poate fi citit: { $reason }
chooser-nothing-here = Nu există nimic de ales aici.
drop-unsupported = „{ $name }” nu poate fi importat: se pot importa doar foi de calcul ({ $extensions }).
drop-elsewhere = Pentru a importa „{ $name }”, plasați-l pe lista de utilizatori sau pe ecranul de import.
import-drop-hint = Sau trageți o foaie de calcul în această fereastră.
users-columns-hint = Bifați coloanele de afișat; săgețile mută o coloană. Trageți de marginea antetului unei coloane pentru a o lăți sau a o îngusta.
balance-preview-below-zero = Ar rămâne { $value }: serverul refuză o modificare care duce sub zero.

# Codes the API speaks, in words (ui::words); an unknown code is shown tidied
word-locale-en-us = Engleză (SUA)
word-locale-en-gb = Engleză (Regatul Unit)
word-locale-ru-ru = Rusă
word-locale-es-es = Spaniolă
word-locale-de-de = Germană
word-locale-fr-fr = Franceză
word-locale-pt-br = Portugheză (Brazilia)
word-locale-it-it = Italiană
word-locale-uk-ua = Ucraineană
word-locale-pt-pt = Portugheză (Portugalia)
word-locale-tr-tr = Turcă
word-locale-ro-ro = Română
word-locale-ar-ar = Arabă
word-locale-kk-kz = Kazahă
word-tx-type-main-charge = Debitare
word-tx-type-payment = Plată
word-tx-type-tariff-charge = Debitare conform tarifului
word-tx-type-bonus-charge = Debitare din bonus
word-tx-subtype-monthly = Lunar
word-tx-subtype-every-year = Anual
word-tx-subtype-partner = De către dealer
word-tx-subtype-activeday = Pe zi activă
word-tx-subtype-everyday = Zilnic
word-tx-subtype-sms = SMS
word-tx-subtype-register = Înregistrare
word-measurement-metric = Sistem metric (km, l)
word-measurement-imperial = Sistem imperial (mile, gal. imp.)
word-measurement-us = Sistem american (mile, gal. SUA)
word-measurement-metric-gal = Sistem metric cu galoane
word-measurement-imperial-us = Sistem imperial cu galoane SUA
word-service-google = Google
word-service-roadmap = Google (hartă rutieră)
word-service-satellite = Google (satelit)
word-service-hybrid = Google (hibrid)
word-service-osm = OpenStreetMap
word-service-osrm = OpenStreetMap (OSRM)
word-service-yandex = Yandex
word-service-doublegis = 2GIS
word-service-here = HERE
word-service-mapbox = Mapbox
word-service-locationiq = LocationIQ
word-service-progorod = Progorod
word-feature-branding-web = Identitate vizuală proprie (web)
word-feature-branding-mobile = Identitate vizuală proprie (aplicații mobile)
word-feature-custom-maps = Hărți personalizate
word-feature-api = Acces la API
import-status-active = Activat
import-status-blocked = Blocat
error-not-sent = Nu s-a trimis nimic: { $reason } Datele introduse sunt păstrate; trimiteți-le din nou când serverul răspunde.
activity-field-refused = Refuzate
activity-field-not-sent = Netrimise
activity-field-logins = Nume de utilizator
activity-field-found = Găsiți deja creați
activity-field-rows-sent = Rânduri trimise
activity-field-run-rows = Rânduri de creat
activity-op-import-check = Import verificat

## The users section: permissions, trackers, plans, 2FA, presets, paging, settings
column-registered-city = Oraș de înregistrare
column-comment = Comentariu
column-mfa = 2FA
value-on = Activat
value-off = Dezactivat
users-unconfirmed = e-mail neconfirmat
not-permitted = Contul dumneavoastră de dealer nu are voie să facă acest lucru. Cereți permisiunea administratorului Navixy.
pager-first = Prima pagină
pager-previous = Pagina anterioară
pager-next = Pagina următoare
pager-last = Ultima pagină
pager-page = Pagina
pager-of = din { $pages }
filter-clear = Golire filtru
trackers-title = Trackerii utilizatorului { $name }
trackers-label = Etichetă
trackers-model = Model
trackers-imei = IMEI
trackers-status = Stare
trackers-last-connection = Ultima conexiune
trackers-clone = Clonă
trackers-never = niciodată
trackers-none = Niciun tracker
trackers-loading = Se încarcă trackerii…
trackers-deleted = șters
trackers-not-found = Trackerul #{ $id } nu se află printre trackerii acestui utilizator (a fost șters sau mutat la alt utilizator).
trackers-filter-placeholder = Filtrare după etichetă, IMEI sau telefon
trackers-open = Trackeri
word-status-active = Conectat
word-status-idle = Inactiv
word-status-offline = Deconectat
word-status-signal-lost = Semnal pierdut
word-status-just-registered = Înregistrat recent
field-plan = Tarif implicit
field-menu-preset = Configurație de meniu
field-mfa = Autentificare cu doi factori
preset-default-named = { $title } (implicită)
plan-not-set = Nesetat
plan-list-unknown = Tarifele dealerului nu au putut fi citite: tariful este afișat prin numărul său.
preset-list-unknown = Configurațiile de meniu nu au putut fi citite de pe server.
field-mfa-allowed = Autentificare cu doi factori permisă
field-mfa-hint = Utilizatorul poate confirma conectarea cu un cod trimis prin e-mail.
login-saved-servers = Servere salvate…
settings-open = Setări
settings-title = Setări
settings-servers = Servere proprii
settings-servers-about = Adresele oferite pe ecranul de conectare. Un server la care vă conectați este adăugat aici.
settings-servers-none = Niciun server salvat încă.
settings-server-add-label = Adăugare adresă
settings-server-add = Adăugare
settings-web = Interfața web a clientului
settings-web-about = „Conectare ca utilizator” deschide această adresă. { "{" }domain{ "}" } este domeniul dealerului, așa cum îl transmite serverul; { "{" }session_key{ "}" } este sesiunea utilizatorului. Lăsați câmpul gol pentru a copia doar cheia de sesiune.
settings-template = Adresă
settings-template-invalid = Nu este o adresă http(s).
settings-template-default = Adresa proprie Navixy
settings-timeout-title = Așteptarea serverului
settings-timeout-about = Cât poate dura o cerere înainte de a fi considerată pierdută. Se aplică de la următoarea conectare.
settings-timeout = Secunde (1–600)
settings-timeout-range = Un număr de secunde între 1 și 600.
settings-folder = Dosar de date
settings-folder-about = Aici se păstrează jurnalul de activitate și baza de date a mediului de test.
settings-open-folder = Deschidere dosar de date
settings-folder-not-opened = Dosarul nu a putut fi deschis: { $reason }
settings-drawing = Randare
settings-drawing-about = Cu ce desenează fereastra. Procesorul funcționează întotdeauna; placa grafică este mai rapidă acolo unde driverul ei funcționează. O modificare intră în vigoare la următoarea pornire.
drawing-graphics-card = Placa grafică, dacă funcționează
drawing-processor = Procesorul
drawing-now-graphics-card = La această pornire desenează placa grafică.
drawing-now-no-card = La această pornire desenează procesorul: nicio placă grafică nu a răspuns.
drawing-now-processor = La această pornire desenează procesorul, așa cum s-a ales.
drawing-now-failed = La această pornire desenează procesorul: placa grafică a eșuat.
drawing-now-by-hand = ICED_BACKEND este setat la „{ $value }”: acesta decide cu ce se desenează.
drawing-failed-probe = Placa grafică nu a putut desena panoul ({ $reason }), așa că de acum îl desenează procesorul. Puteți schimba acest lucru în Setări.
drawing-failed-start = Data trecută panoul s-a oprit înainte ca placa grafică să-l deseneze, așa că de acum îl desenează procesorul. Puteți schimba acest lucru în Setări.
activity-op-user-mfa = Autentificare cu doi factori setată
activity-op-user-preset = Configurație de meniu atribuită
activity-op-user-resend = E-mail de activare trimis

## Bulk work on a selection
users-chosen = { $count ->
    [one] { $count } utilizator selectat
    [few] { $count } utilizatori selectați
    *[other] { $count } de utilizatori selectați
    }
users-choose-all-matching = Selectare toți cei din filtru ({ $count })
users-choice-clear = Anulare selecție
users-export-chosen = Export selecție…
bulk-balance = Balanță sau bonus…
bulk-discount = Reducere…
bulk-plan = Tarif…
bulk-mfa = 2FA…
bulk-resend = Retrimitere activare…
bulk-delete = Ștergere…
bulk-title = { $action } pentru { $count ->
    [one] { $shown } utilizator
    [few] { $shown } utilizatori
    *[other] { $shown } de utilizatori
    }
bulk-reading = Se citesc utilizatorii: { $read } din { $of }…
bulk-discount-rule = Introduceți o reducere între 0 și 100 %, un număr de dispozitive și o dată de încheiere (AAAA-LL-ZZ), dacă reducerea nu este fără termen.
bulk-plan-rule = Alegeți un tarif.
bulk-plan-choose = Alegeți un tarif
bulk-delete-rule = Introduceți numărul de utilizatori, { $count }, pentru confirmare.
bulk-delete-warning = { $count ->
    [one] Va fi șters { $count } utilizator cu tot ce îi aparține. Acțiunea nu poate fi anulată.
    [few] Vor fi șterși { $count } utilizatori cu tot ce le aparține. Acțiunea nu poate fi anulată.
    *[other] Vor fi șterși { $count } de utilizatori cu tot ce le aparține. Acțiunea nu poate fi anulată.
    }
bulk-delete-type = Introduceți { $count } pentru confirmare
bulk-below-zero = Omis: ar scădea sub zero (serverul refuză)
bulk-discount-after = { $value }
bulk-unchanged = Deja așa: nu s-a trimis nimic
bulk-resend-will = Se va trimite un e-mail
bulk-activated-already = Omis: deja activat
bulk-deleted = Șters
bulk-resend-about = Fiecare utilizator selectat care nu este încă activat primește un nou e-mail de activare.
bulk-nobody = Nu a mai rămas nimeni pentru care să se facă acest lucru.
bulk-preview-count = { $count ->
    [one] Se va modifica { $count } utilizator
    [few] Se vor modifica { $count } utilizatori
    *[other] Se vor modifica { $count } de utilizatori
    }
bulk-left-out = Omiși: { $count } (motivele mai jos)
bulk-start = Pornire pentru { $count }
bulk-done = efectuate: { $count }
bulk-failed = eșuate: { $count }
bulk-left = rămase: { $count }
bulk-rate = utilizatori pe secundă: { $rate }
bulk-time-left = încă aproximativ { $seconds } s
bulk-pause = Pauză
bulk-cancel = Anulare rest
bulk-resume = Reluare (rămase: { $count })
bulk-discard = Renunțare la rulare
bulk-retry-failed = Reîncercare eșuate ({ $count })
bulk-pause-first = Mai întâi puneți rularea pe pauză: ce a rămas se păstrează pentru reluare.
bulk-finished = Efectuat pentru { $count }.
bulk-finished-failures = Încheiat; nereușite: { $failed }. Vedeți motivele în listă.
bulk-paused = Pus pe pauză: reluați când doriți, chiar și după închiderea aplicației.
bulk-cancelled = Anulat: restul nu a fost trimis.
bulk-session-ended = Sesiunea s-a încheiat: conectați-vă din nou pentru a relua.
bulk-not-kept = Fișierul rulării nu a putut fi scris, așa că rularea s-a oprit: { $reason }
bulk-interrupted = Această rulare nu s-a încheiat la ultima utilizare a aplicației: rezolvate { $done }, rămase { $left }. Modificările care erau în curs sunt verificate cu serverul înainte de a se retrimite ceva.
bulk-interrupted-action = Ce face: { $action }
bulk-action-balance = { $kind }: modificare cu { $amount } („{ $text }”)
bulk-action-discount = o reducere de { $value }, până la { $end }
bulk-action-open-ended = fără dată de încheiere
bulk-action-plan = tariful { $plan }
bulk-action-mfa-on = 2FA permisă
bulk-action-mfa-off = 2FA nepermisă
bulk-action-resend = un nou e-mail de activare
bulk-action-delete = ștergerea utilizatorilor
bulk-set-aside = { $count ->
    [one] Fișierul unei rulări în masă nu a fost de încredere și a fost pus deoparte, fără a fi rulat: { $files }
    [few] Fișierele a { $count } rulări în masă nu au fost de încredere și au fost puse deoparte, fără a fi rulate: { $files }
   *[other] Fișierele a { $count } de rulări în masă nu au fost de încredere și au fost puse deoparte, fără a fi rulate: { $files }
}
bulk-before = Înainte
bulk-before-none = Niciuna
bulk-before-reading = Se citește…
bulk-before-unread = Necitit: { $reason }
bulk-undo-text = Anulare: { $text }
bulk-undo = Anulează această operațiune…
bulk-put-back-discount = Restabilește reducerile
bulk-put-back-plan = Restabilește tarifele
bulk-put-back-about = Fiecare utilizator primește înapoi reducerea sau tariful pe care le avea înainte de operațiune, indiferent ce are acum. „Înainte” arată ce are acum.
bulk-action-put-back-discount = reducerea fiecărui utilizator așa cum era înainte de o operațiune
bulk-action-put-back-plan = tariful fiecărui utilizator așa cum era înainte de o operațiune
watch-open = Urmărirea balanței
watch-title = Urmărirea balanței
watch-explained = Debitările fiecărui utilizator în ultimele 30 de zile și câte zile ajunge balanța în acest ritm: întâi cei a căror balanță se termină cel mai curând.
watch-listing = Se citește lista de utilizatori: { $read }…
watch-progress = Utilizatori citiți: { $read } din { $total }
watch-stop = Oprește
watch-resume = Continuă
watch-refresh = Citește din nou
watch-spent = Cheltuit, 30 de zile
watch-days-left = Zile rămase
watch-runs-out = Se termină pe
watch-unread = Necitiți ({ $count }): { $logins }
watch-none-yet = Nimic citit încă.
watch-within = Se termină în
watch-days = zile
watch-shown = Afișați: { $shown } din { $read }
watch-top-up = Alimentează-i…
watch-export = Exportă CSV…
watch-file-name = urmarirea-balantei
watch-not-kept = Ce s-a citit nu a putut fi păstrat pentru următoarea citire: { $reason }
watch-not-loaded = Ce au păstrat citirile anterioare nu poate fi folosit ({ $reason }): toți sunt citiți din nou.
watch-chart = Alimentări și debitări pe luni
watch-chart-since = citit din { $date }; fiecare citire adaugă ce e nou
watch-chart-hide = Înapoi la utilizatori
watch-chart-show = Grafic pe luni
watch-chart-refills = Alimentări
watch-chart-charges = Debitări
watch-chart-month = { $month }: alimentări { $refills }, debitări { $charges }
bulk-after = După
bulk-outcome = Rezultat
bulk-state-waiting = În așteptare
bulk-state-sending = Se trimite
bulk-state-done = Efectuat
bulk-state-skipped = Omis: { $reason }
bulk-state-refused = Refuzat: { $reason } (cod { $code })
bulk-state-failed = Eșuat: { $reason }
bulk-state-unknown = Necunoscut: { $reason }
cli-import-classified = față de server: { $summary }
sync-conflict-legal-type = statutul juridic nu se poate schimba ({ $from } → { $to })

## Imports that update
sync-compare = Comparare cu serverul
sync-compare-again = Recomparare
sync-compare-about = Găsește utilizatorii care există deja: ce ar modifica fișierul la ei și ce nu poate modifica.
sync-comparing = Se compară cu serverul…
sync-summary = noi: { $new }, modificați: { $changed }, nemodificați: { $unchanged }, { $conflicts ->
    [one] { $conflicts } conflict
    [few] { $conflicts } conflicte
    *[other] { $conflicts } de conflicte
    }
sync-cost = ({ $requests ->
    [one] { $requests } cerere
    [few] { $requests } cereri
    *[other] { $requests } de cereri
    }, { $ms } ms)
sync-apply-new = Creare utilizatori noi
sync-apply-changed = Actualizare utilizatori modificați
sync-apply = Creare: { $new }, actualizare: { $changed }
sync-change = { $column }: { $old } → { $new }
sync-row-changed = Modificări: { $changes }
sync-row-unchanged = Pe server este ca în fișier
sync-row-conflict = Nu se poate aplica: { $reason }
sync-row-updated = Actualizat
sync-row-update-failed = Neactualizat: { $reason }
sync-row-gone = rândul nu mai este în fișier
sync-updating = Se actualizează { $done } din { $total }…
sync-updated = { $count ->
    [one] { $count } utilizator actualizat.
    [few] { $count } utilizatori actualizați.
    *[other] { $count } de utilizatori actualizați.
    }
segments-open = Segmente
segments-title = Segmente
segments-explained = Întrebări la care căutarea serverului nu răspunde, puse tuturor utilizatorilor dealerului: un utilizator este găsit când sunt îndeplinite toate condițiile.
segments-reading = Se citesc utilizatorii: { $read }…
segments-as-of = Utilizatori: { $count }, citiți { $age }
segments-never-read = Încă nu a fost citit niciun utilizator.
segments-age-now = chiar acum
segments-age-minutes = { $n ->
    [one] acum { $n } minut
    [few] acum { $n } minute
   *[other] acum { $n } de minute
}
segments-age-hours = { $n ->
    [one] acum { $n } oră
    [few] acum { $n } ore
   *[other] acum { $n } de ore
}
segments-age-days = { $n ->
    [one] acum { $n } zi
    [few] acum { $n } zile
   *[other] acum { $n } de zile
}
segments-refresh = Citește din nou
segments-saved = Segmente salvate
segments-name = Numele segmentului
segments-save = Salvează
segments-forget = Șterge segmentul
segments-saved-as = Segmentul „{ $name }” a fost salvat.
segments-too-many = Nu se mai pot salva segmente: ștergeți mai întâi unul.
segments-search = Nume de utilizator, nume sau telefon
segments-add = Adaugă o condiție…
segments-found = Găsiți: { $found } din { $total }
segments-none-found = Niciun utilizator nu îndeplinește aceste condiții.
segments-needs-watch = Urmărirea balanței nu a citit încă debitările acestui dealer: deschideți-o o dată și condiția va găsi cui i se termină banii.
segments-discount-ends-within = Reducerea se termină în
segments-discount-ended = Reducerea s-a încheiat
segments-terms-needed = Reducerile și tarifele nu sunt în lista de utilizatori: se citește fișa fiecărui utilizator (cereri: { $count }).
segments-terms-read = Citește reducerile și tarifele
segments-terms-reading = Se citesc reducerile și tarifele: { $read } din { $total }
segments-terms-as-of = Reduceri și tarife citite { $age }
segments-terms-read-again = Citește din nou
segments-terms-unread = Necitite: { $count }
segments-export = Exportă…
segments-file-name = segment
segments-index-unreadable = Utilizatorii păstrați pe acest computer nu au putut fi citiți ({ $reason }): sunt citiți din nou de pe server.
segments-balance-below = Sold sub
segments-balance-above = Sold peste
segments-balance-negative = Sold negativ
segments-not-activated = Neactivat
segments-not-activated-for = Neactivat de cel puțin
segments-no-trackers = Fără trackere
segments-trackers-more-than = Trackere, mai mult de
segments-two-factor-on = Autentificare în doi pași activată
segments-two-factor-off = Autentificare în doi pași dezactivată
segments-created-between = Creat între
segments-place = Oraș sau țară
segments-problem-amount = O sumă, de exemplu 25 sau 12,50
segments-problem-number = Un număr întreg, de exemplu 30
segments-problem-date = O dată în forma AAAA-LL-ZZ
segments-problem-dates-reversed = Prima dată este după a doua
segments-problem-empty = Introduceți o valoare pentru a folosi această condiție
