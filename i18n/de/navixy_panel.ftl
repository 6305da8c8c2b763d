## Shell
app-title = Navixy Panel
header-dealer = Händler { $login }
busy = Wird ausgeführt…
logout = Abmelden
logout-confirm-title = Abmelden?
logout-confirm-body = Die Sitzung wird beendet. Was nicht auf dem Server gespeichert ist, bleibt nur auf diesem Bildschirm, bis Sie sich erneut anmelden.
cancel = Abbrechen
settings-reset = Einige Einstellungen konnten nicht gelesen werden und wurden auf die Standardwerte zurückgesetzt.
theme-system = Systemdesign
theme-light = Hell
theme-dark = Dunkel

## Login
login-title = Anmeldung im Navixy-Adminbereich
login-subtitle = Verwenden Sie Ihren Händler-Login. Ihr Passwort wird nie gespeichert.
login-server = Server
server-sandbox = Testumgebung (lokale Demo)
server-eu = Navixy-Cloud, Europa
server-us = Navixy-Cloud, Amerika
server-custom = Eigener Server (eigene URL)
login-custom-url = API-Adresse
login-login = Login
login-password = Passwort
login-submit = Anmelden
login-signing-in = Anmeldung…
login-sandbox-starting = Lokale Testumgebung wird gestartet…
login-sandbox-ready = Die Testumgebung läuft auf diesem Computer mit Demodaten: Händler demo, Passwort demo1234.
login-sandbox-failed = Die Testumgebung konnte nicht gestartet werden: { $reason }
login-session-ended = Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an, um dort weiterzumachen, wo Sie aufgehört haben.
login-logged-out = Sie haben sich abgemeldet.
login-bad-url = Dies ist keine gültige Serveradresse.
login-https-required = Die Adresse muss mit https:// beginnen (unverschlüsseltes http ist nur für diesen Computer erlaubt).
login-missing-credentials = Geben Sie Login und Passwort ein.

## Errors
error-code = Navixy-Code { $code }
error-wrong-credentials = Falscher Login oder falsches Passwort.
error-dealer-blocked = Dieses Händlerkonto ist gesperrt. Wenden Sie sich an den Navixy-Support.
error-dealer-unknown = Auf diesem Server gibt es keinen Händler mit diesem Login.
error-too-many-attempts = Zu viele fehlgeschlagene Versuche. Warten Sie einige Minuten und versuchen Sie es erneut.
error-session-ended = Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an.
error-not-found = Nicht gefunden: Der Eintrag wurde möglicherweise gelöscht oder gehört einem anderen Händler.
error-rate-limited = Der Server hat um weniger Anfragen gebeten und sie weiterhin abgelehnt; es wurde nichts geändert. Versuchen Sie es gleich noch einmal.
error-not-permitted = Ihr Händlerkonto darf diese Aktion nicht ausführen.
error-server-failed = Der Server konnte die Anfrage nicht verarbeiten.
error-server = Der Server hat die Anfrage abgelehnt: { $description }
error-unreachable = Der Server ist nicht erreichbar. Prüfen Sie die Netzwerkverbindung und die Serveradresse.
error-timeout = Der Server hat nicht rechtzeitig geantwortet. Versuchen Sie es erneut.
error-not-navixy = Unter dieser Adresse antwortet ein Dienst, aber nicht wie eine Navixy-API. Prüfen Sie die Serveradresse.
error-bad-url = Diese Serveradresse kann nicht verwendet werden.
error-redirected = Der Server hat an eine andere Adresse weitergeleitet: { $to }. Das Programm folgt der Weiterleitung nicht: Prüfen Sie die Serveradresse.
error-too-large = Die Antwort des Servers ist größer als { $megabytes } MB; das Programm hat das Lesen abgebrochen.
error-inconsistent = Der Server hat auf etwas anderes geantwortet als angefragt ({ $detail }): Die Antwort wurde nicht verwendet.
error-file-write = Die Datei konnte nicht geschrieben werden: { $reason }
field-hidden-characters = Dieser Wert enthält Zeichen, die nicht angezeigt werden können (Steuer- oder Richtungszeichen). Sie bleiben wie gespeichert erhalten, solange Sie dieses Feld nicht bearbeiten.

## Users list
users-filter-placeholder = Nach Name, Login, Telefon, Stadt, Steuernummer filtern…
users-only-active = Nur aktive
users-columns = Spalten
users-refresh = Aktualisieren
retry = Erneut versuchen
details-loading = Benutzer wird geladen…
users-loading = Benutzer werden geladen…
users-empty = Dieser Händler hat noch keine Benutzer.
users-no-match = Keine Benutzer passen zu „{ $filter }“.
users-inactive = nicht aktiviert
column-id = ID
column-name = Name
column-login = Login
column-phone = Telefon
column-balance = Guthaben
column-bonus = Bonus
column-city = Stadt
column-trackers = Tracker
column-created = Erstellt
pager-page-size = Zeilen pro Seite
pager-range = { $first }–{ $last } von { $total }
pager-empty = Keine Benutzer

## User details
details-back = Benutzer
group-account = Konto
group-person = Kontaktperson
group-legal = Rechtliche Angaben
group-postal = Postanschrift
group-registered = Registrierungsanschrift
group-discount = Rabatt
group-other = Sonstiges
field-id = ID
field-login = Login (E-Mail)
field-activated = Aktiviert
field-verified = E-Mail bestätigt
field-created = Erstellt (UTC)
field-balance = Guthaben
field-bonus = Bonus
field-trackers = Tracker
field-last-name = Nachname
field-first-name = Vorname
field-middle-name = Zweiter Vorname
field-phone = Telefon
field-legal-type = Rechtsform
field-legal-name = Firmenname
field-tin = Steuernummer
field-iec = IEC
field-okpo = OKPO
field-state-reg-num = Staatliche Registernummer
field-country = Land
field-region = Region
field-city = Stadt
field-street = Straße und Hausnummer
field-zip = Postleitzahl
field-discount-value = Rabatt
field-discount-min-trackers = Mindestanzahl Tracker
field-discount-end = Endet
field-comment = Kommentar
field-default-tariff = Standardtarif-ID
legal-individual = Privatperson
legal-entity = Juristische Person
legal-sole-trader = Einzelunternehmer
value-yes = Ja
value-no = Nein
value-open-ended = Unbefristet

## Applications
apps-open = Anwendungen
apps-title = Anwendungen von { $user }
apps-loading = Anwendungen werden geladen…
apps-empty = Dieser Benutzer hat noch keine Anwendungen. Fügen Sie eine hinzu, damit sie in der Weboberfläche des Kunden erscheint.
details-back-user = Benutzer
app-new = Anwendung hinzufügen
app-new-title = Neue Anwendung
app-edit-title = Anwendung bearbeiten
app-name = Name ({ $count }/{ $max })
app-url = URL
app-url-hint = Nur https. Variablen in geschweiften Klammern werden für jeden Kunden ausgefüllt, z. B. { "{" }user_id{ "}" } oder { "{" }language{ "}" }.
app-icon = Symbol-URL (optional)
app-enabled = Im Menü des Kunden anzeigen
app-description = Beschreibung ({ $count }/{ $max })
app-display = Öffnen
app-display-new-tab = In neuer Registerkarte
app-display-embedded = In der Weboberfläche
app-auth = Autorisierung
app-auth-none = Keine
app-auth-user-session = Sitzung des Kunden
app-auth-api-key = API-Schlüssel
app-api-key = API-Schlüssel
app-on = Ein
app-off = Aus
app-created = Anwendung hinzugefügt.
app-saved = Anwendung gespeichert.
app-deleted = Anwendung gelöscht.
app-gone = Diese Anwendung existiert nicht mehr (sie wurde inzwischen gelöscht). Die Liste wurde aktualisiert.
app-delete-title = Diese Anwendung löschen?
app-delete-body = „{ $name }“ verschwindet aus dem Menü des Kunden. Dies kann nicht rückgängig gemacht werden.
edit = Bearbeiten
delete = Löschen
save = Speichern
saving = Wird gespeichert…
editor-stored-value-warning = Trotzdem so gespeichert: { $rule } Andere Änderungen lassen sich weiterhin speichern.
rule-formula-not-saved = Eine Formel ohne gespeicherten Wert: Öffnen Sie die Datei in Excel oder LibreOffice und speichern Sie sie erneut.
rule-cell-error = Die Zelle zeigt einen Fehler ({ $shown }).
rule-merged-cell = Mit der Zelle in Zeile { $line } verbunden: Nur diese Zeile enthält den Wert.
rule-ambiguous-number = Kann auf zwei Arten gelesen werden: Schreiben Sie die Zahl ohne Tausendertrennzeichen.
rule-example-row = Eine Beispielzeile der Importvorlage: ausgelassen.
rule-starts-with-space = Beginnt mit einem Leerzeichen (wie geschrieben übernommen).
rule-ends-with-space = Endet mit einem Leerzeichen (wie geschrieben übernommen).
rule-maybe-percent = Ein Bruchteil von eins: Wenn die Zelle einen Prozentwert zeigt (0,075 als 7,5 %), geben Sie hier den Prozentwert ein.
rule-absent = Fehlt in der Anfrage.
rule-required = Pflichtfeld.
rule-too-long = Höchstens { $max } Zeichen.
rule-https-url = Muss eine gültige https://-Adresse sein.
rule-not-printable = Nur druckbare Zeichen.
rule-invalid = Kein gültiger Wert.

## Customer's view
customer-open = Kundenansicht
customer-heading = { $user } aus Sicht des Kunden
customer-loading = Sitzung des Kunden wird geöffnet…
customer-not-reported = Vom Server nicht angegeben.
customer-account = Konto
customer-title = Angezeigt als
customer-locale = Sprache und Region
customer-time-zone = Zeitzone
customer-measurement = Maßsystem
customer-geocoder = Geokodierung
customer-route-provider = Routenanbieter
customer-demo = Demokonto
customer-balances = Guthaben
customer-master = Hauptkonto (dies ist ein Unterbenutzer)
customer-tariff = Tarif
customer-allowed-maps = Erlaubte Karten
customer-premium-gis = Premium-GIS
customer-dealer = Händler-ID
customer-features = Händlerfunktionen
customer-features-list = Funktionen
customer-privileges = Berechtigungen des Unterbenutzers
customer-rights = Rechte
activation-needed = Dieses Konto ist nicht aktiviert oder seine E-Mail-Adresse ist nicht bestätigt.
activation-resend = Aktivierungs-E-Mail erneut senden
activation-sending = Wird gesendet…
activation-wait = Erneutes Senden möglich in { $time }
activation-sent = Ein neuer Aktivierungslink wurde an { $login } gesendet.
activation-already-done = Dieses Konto ist bereits aktiviert und bestätigt.
activation-mail-failed = Der Server konnte die E-Mail nicht senden. Prüfen Sie die Adresse oder versuchen Sie es später erneut.
activation-unknown-login = Der Server kennt den Login { $login } nicht.

## User editor
users-new = Neuer Benutzer
details-edit = Bearbeiten
editor-new-title = Neuer Benutzer
editor-edit-title = { $login } bearbeiten
editor-unsaved = Nicht gespeicherte Änderungen
editor-problems = { $count ->
    [one] Ein Feld muss geprüft werden
   *[other] { $count } Felder müssen geprüft werden
}
editor-login-in-use = Dieser Login (E-Mail) wird bereits von einem anderen Konto verwendet.
editor-legal-type-fixed = { $kind } (nicht änderbar)
editor-same-address = Wie die Postanschrift
editor-saved = Benutzer gespeichert.
editor-created = Benutzer erstellt.
editor-discard-title = Änderungen verwerfen?
editor-discard-body = Ihre Eingaben in diesem Formular gehen verloren.
editor-discard = Verwerfen
field-password = Passwort
field-password-repeat = Passwort wiederholen
field-time-zone = Zeitzone
field-time-zone-search = Zum Suchen tippen, z. B. Berlin
field-locale = Gebietsschema
field-phone-digits = Telefon (10–15 Ziffern, ohne +)
field-discount-percent = Rabatt, %
field-discount-end-date = Endet am (JJJJ-MM-TT)
field-discount-strategy = Kombination mit dem Tarifrabatt
field-comment-counted = Kommentar ({ $count }/{ $max })
strategy-no-summing = Nicht addieren
strategy-sum = Zum Staffelrabatt addieren
strategy-no-summing-explained = Es gilt der größere der beiden Rabatte: dieser oder der Staffelrabatt des Tarifs.
strategy-sum-explained = Dieser Rabatt wird zum Staffelrabatt des Tarifs addiert.
rule-email = Muss eine gültige E-Mail-Adresse sein.
rule-phone = 10 bis 15 Ziffern, ohne + und Leerzeichen.
rule-password = 6 bis 20 druckbare Zeichen.
rule-passwords-differ = Die Passwörter stimmen nicht überein.
rule-discount = Eine Zahl von 0 bis 100.
rule-not-negative = Eine ganze Zahl, 0 oder größer.
rule-date = Ein Datum im Format JJJJ-MM-TT.

## Account actions
action-password = Passwort ändern
action-balance = Guthaben oder Bonus
action-delete = Benutzer löschen
password-title = Neues Passwort für { $login }
password-change = Passwort ändern
password-changed = Das Passwort wurde geändert.
balance-title = Guthaben von { $login } ändern
balance-current = Aktuell: Guthaben { $balance }, Bonus { $bonus }
balance-what = Ändern
balance-amount = Betrag (+ erhöht, − verringert)
balance-description = Beschreibung der Transaktion
balance-preview = Nach der Änderung: { $value }
balance-apply = Übernehmen
balance-changed = Das Guthaben wurde geändert.
balance-amount-rule = Geben Sie einen Betrag ungleich null mit höchstens zwei Nachkommastellen ein.
balance-text-rule = Die Beschreibung muss mindestens { $min } Zeichen lang sein.
balance-insufficient = Unzureichende Mittel: Der aktuelle Betrag ist { $current } und darf nicht unter null fallen.
delete-title = Diesen Benutzer löschen?
delete-explained = { $login }, seine Unterbenutzer und Tracker werden als gelöscht markiert, und seine Tracker funktionieren nicht mehr. Dies kann im Programm nicht rückgängig gemacht werden.
delete-type-login = Geben Sie zur Bestätigung den Login des Benutzers ein
delete-clones = Auch Klone entfernen, die andere Benutzer von seinen Trackern haben
delete-252 = Einer der Tracker dieses Benutzers ist bereits gelöscht (beschädigt), daher hat der Server abgelehnt. Wenden Sie sich an den Navixy-Support, um das Löschen abzuschließen.
delete-253 = Einige Tracker dieses Benutzers sind an andere Benutzer geklont. Aktivieren Sie „Auch Klone entfernen“, um diese ebenfalls zu löschen, oder entfernen Sie zuerst die Klone.
deleted = Der Benutzer wurde gelöscht.
delete-login-mismatch = Der Login stimmt nicht mit diesem Benutzer überein.

## Transactions
transactions-open = Transaktionen
transactions-title = Transaktionen von { $user }
transactions-loading = Transaktionen werden geladen… (Teil { $done } von { $total })
transactions-empty = Keine Transaktionen in diesem Zeitraum.
transactions-chart-empty = Nichts darzustellen.
transactions-count = { $count ->
    [one] { $count } Transaktion
   *[other] { $count } Transaktionen
}
transactions-refills = Aufladungen: +{ $amount }
transactions-charges = Abbuchungen: { $amount }
transactions-net = Saldo: { $amount }
transactions-bonus = Bonus: { $amount }
transactions-readout = { $date }: Guthaben { $balance }, Bonus { $bonus }
range-7 = Letzte 7 Tage
range-30 = Letzte 30 Tage
range-90 = Letzte 90 Tage
range-month = Dieser Monat
range-custom = Eigener Zeitraum
range-apply = Anzeigen
range-bad = Geben Sie zwei Daten im Format JJJJ-MM-TT ein, das erste nicht nach dem zweiten.
tx-date = Datum (UTC)
tx-type = Typ
tx-subtype = Untertyp
tx-description = Beschreibung
tx-amount = Betrag
tx-balance = Guthaben
tx-bonus-amount = Bonusbetrag
tx-bonus = Bonus
tx-tracker = Tracker
transactions-export = Als XLSX exportieren
tx-old-balance = Guthaben vorher
tx-new-balance = Guthaben nachher
tx-old-bonus = Bonus vorher
tx-new-bonus = Bonus nachher
saved-to = Gespeichert unter { $path }
save-failed = Die Datei konnte nicht gespeichert werden: { $reason }
action-login-as = Als Benutzer anmelden
login-as-copied = Der Sitzungsschlüssel des Benutzers liegt in der Zwischenablage.
login-as-opened = Die Weboberfläche des Benutzers wurde geöffnet; der Sitzungsschlüssel liegt außerdem in der Zwischenablage.
login-as-refused = Die Weboberfläche des Benutzers wurde nicht geöffnet: { $reason } Der Sitzungsschlüssel liegt in der Zwischenablage.
login-as-no-browser = Es konnte kein Webbrowser geöffnet werden; der Sitzungsschlüssel des Benutzers liegt in der Zwischenablage.
web-problem-not-a-host = die vom Server gemeldete Domäne des Händlers, „{ $domain }“, ist kein Hostname.
web-problem-not-a-key = der Sitzungsschlüssel des Servers ist kein gültiger Schlüssel.
web-problem-not-an-address = „{ $address }“ ist keine https-Adresse.
web-problem-plain-http = „{ $address }“ ist unverschlüsseltes http zu einem anderen Rechner, das den Schlüssel im Klartext senden würde.
rule-too-short = Mindestens { $min } Zeichen.
rule-two-decimals = Höchstens 2 Nachkommastellen.
rule-duplicate-in-file = Diese E-Mail steht bereits in Zeile { $line } der Datei.

## Import template: the note on each column's header
template-note-email = Pflichtfeld. Login des neuen Benutzers: eine gültige E-Mail-Adresse, eindeutig in dieser Datei und auf dem Server.
template-note-password = Pflichtfeld. 6 bis 20 druckbare Zeichen. Der Benutzer kann es später ändern.
template-note-status = Pflichtfeld. 1 — aktiv, 0 — gesperrt.
template-note-legal-status = Pflichtfeld. 1 — Privatperson, 2 — juristische Person, 3 — Einzelunternehmer. Bei 2 und 3 sind die Adress- und Registrierungsspalten Pflicht, bei 2 auch der Firmenname.
template-note-last-name = Pflichtfeld. Nachname des Benutzers oder der Kontaktperson des Unternehmens.
template-note-first-name = Pflichtfeld. Vorname des Benutzers oder der Kontaktperson.
template-note-middle-name = Optional.
template-note-phone = Optional. 10 bis 15 Ziffern, ohne + und Leerzeichen.
template-note-comment = Optional. Eine Notiz für Ihre Mitarbeiter, höchstens 255 Zeichen.
template-note-post-country = Postanschrift: Land. Pflicht für juristische Personen und Einzelunternehmer.
template-note-post-region = Postanschrift: Region oder Bundesland. Pflicht für juristische Personen und Einzelunternehmer.
template-note-post-city = Postanschrift: Stadt. Pflicht für juristische Personen und Einzelunternehmer.
template-note-post-street-address = Postanschrift: Straße, Hausnummer, Büro. Pflicht für juristische Personen und Einzelunternehmer.
template-note-post-index = Postanschrift: Postleitzahl. Pflicht für juristische Personen und Einzelunternehmer.
template-note-legal-name = Eingetragener Name des Unternehmens. Pflicht für juristische Personen.
template-note-tin = Optional. Steuer-Identifikationsnummer.
template-note-iec = Optional. Code des Grundes der steuerlichen Registrierung (KPP in Russland).
template-note-state-reg-num = Optional. Staatliche Registernummer (OGRN), höchstens 15 Zeichen.
template-note-okpo-code = Optional. OKPO-Code.
template-note-registered-country = Registrierungsanschrift: Land.
template-note-registered-region = Registrierungsanschrift: Region. Pflicht für juristische Personen und Einzelunternehmer.
template-note-registered-city = Registrierungsanschrift: Stadt. Pflicht für juristische Personen und Einzelunternehmer.
template-note-registered-street-address = Registrierungsanschrift: Straße, Hausnummer. Pflicht für juristische Personen und Einzelunternehmer.
template-note-registered-index = Registrierungsanschrift: Postleitzahl. Pflicht für juristische Personen und Einzelunternehmer.
template-note-discount = Optional. Rabatt in Prozent, 0 bis 100.
template-note-discount-end-date = Optional. Letzter Tag des Rabatts im Format JJJJ-MM-TT.
template-note-device-limit = Optional. Mindestanzahl an Geräten für den Rabatt, eine ganze Zahl.

## Import
import-column-line = Zeile
import-column-problems = Probleme
import-report-sheet = Probleme
import-summary = { $n ->
    [one] { $rows } Zeile
   *[other] { $rows } Zeilen
}: { $ready } bereit, { $errors } mit Fehlern
import-summary-excluded = , { $excluded } ausgelassen
import-summary-created = , { $created } erstellt
import-summary-updated = , { $updated } aktualisiert
import-missing-columns = In der Datei fehlen Pflichtspalten: { $columns }. Füllen Sie sie unten aus oder ergänzen Sie sie in der Datei.
import-unknown-columns = Nicht erkannte und ignorierte Spalten: { $columns }
import-too-many-rows = Navixy nimmt höchstens { $max } Zeilen pro Import an. Lassen Sie einige Zeilen aus oder teilen Sie die Datei auf.
import-line = Zeile { $line }
import-file-too-large = Die Datei ist größer als 10 MB, das Maximum, das Navixy annimmt. Teilen Sie sie in kleinere Dateien auf.
import-file-empty = Die Datei enthält keine Benutzer: Sie ist leer oder hat nur eine Kopfzeile.
import-file-no-such-sheet = Die Tabelle hat kein Blatt namens „{ $sheet }“.
import-duplicate-column = Die Spalten { $first } und { $second } heißen beide „{ $header }“: Behalten Sie eine davon und öffnen Sie die Datei erneut.
import-sheet-read = Aus dem Blatt „{ $sheet }“ gelesen.
import-sheet-read-others = Aus dem Blatt „{ $sheet }“ gelesen; Benutzer enthalten auch: { $others }.
import-lines-skipped = Die Zeilen { $first }–{ $last } oberhalb der Kopfzeile (Zeile { $header }) wurden übersprungen.
import-line-skipped = Zeile { $line } oberhalb der Kopfzeile (Zeile { $header }) wurde übersprungen.
import-line-warnings = Zeile { $line }, zu prüfen: { $warnings }
import-file-no-sheet = Die Tabelle enthält keine Blätter.
import-file-unreadable = Die Datei ist keine Tabelle, die dieses Programm lesen kann (CSV, XLSX, XLS oder ODS). Details: { $detail }
import-title = Import: { $file }
import-template = Vorlage herunterladen
import-template-file = benutzer-importvorlage.xlsx
import-choose-file = Andere Datei wählen…
import-reading = Datei wird gelesen…
import-checking-rows = Zeilen werden geprüft: { $done } von { $total }
import-cannot-open = Die Datei konnte nicht geöffnet werden: { $reason }
import-encoding = Kodierung:
import-sheet = Blatt:
import-show-passwords = Passwörter anzeigen
import-row-ready-but = Bereit; zu prüfen: { $warnings }
import-errors-only = Nur Zeilen mit Fehlern
import-exclude-invalid = Zeilen mit Fehlern auslassen
import-save-report = Fehlerbericht speichern…
import-upload = { $n ->
    [one] { $count } Benutzer hochladen
   *[other] { $count } Benutzer hochladen
}
import-nothing-left = Nichts mehr hochzuladen
import-upload-rest = { $n ->
    [one] Verbleibenden Benutzer hochladen
   *[other] Verbleibende { $count } Benutzer hochladen
}
import-uploading = Hochladen: { $sent } von { $total } erstellt
import-checking-server = Das Hochladen wurde unterbrochen. Es wird geprüft, welche Benutzer der Server erstellt hat…
import-check-failed = Es konnte nicht ermittelt werden, welche Benutzer erstellt wurden: { $reason } Bis das feststeht, wird nichts gesendet.
import-check-again = Erneut prüfen
import-done = { $n ->
    [one] { $created } Benutzer erstellt.
   *[other] { $created } Benutzer erstellt.
}
import-stopped = Das Hochladen wurde angehalten: { $reason } Bisher erstellte Benutzer: { $created }. Korrigieren Sie die markierte Zeile oder lassen Sie sie aus und laden Sie dann den Rest hoch — bereits erstellte Zeilen werden nicht erneut gesendet.
import-stopped-at = Zeile { $line } wurde abgelehnt: { $reason }
import-row-created = Erstellt
import-row-excluded = Ausgelassen
import-row-ready = Bereit
import-separator-semicolon = Semikolons
import-separator-comma = Kommas
import-separator-tab = Tabulatoren
import-csv-read-as = Als CSV gelesen, getrennt durch { $separator }, { $encoding }.
import-leave-title = Import verlassen?
import-leave-body = Ihre Korrekturen und die noch nicht hochgeladenen Zeilen gehen verloren.
import-leave = Verlassen
users-import = Importieren…
users-export = Exportieren…
users-export-cancel = Export abbrechen
export-cancelled = Export abgebrochen: Es wurde keine Datei geschrieben.
users-template = Vorlage
export-done = { $count } Benutzer nach { $path } exportiert
export-failed = Der Export ist fehlgeschlagen: { $reason }
export-xlsx-as-built = Die XLSX-Datei wird so gespeichert, wie der Server sie erstellt hat: Das Programm hat ihre Zellen nicht auf Formeln geprüft. Ein CSV-Export wird geprüft.
export-csv-as-built = Die CSV-Datei wird so gespeichert, wie der Server sie gesendet hat: Das Programm konnte sie nicht als CSV lesen, daher wurden ihre Zellen nicht auf Formeln geprüft.
error-login-in-use = Ein Benutzer mit dieser E-Mail existiert bereits.
error-duplicate-login = Dieselbe E-Mail kommt in der Datei zweimal vor.
error-invalid-parameters = Einige Werte sind ungültig.
file-filter-spreadsheets = Tabellen

## A change whose answer was lost (checked with a read afterwards)
error-not-applied = Die Verbindung brach ab, bevor der Server die Änderung vorgenommen hat. Es wurde nichts geändert; Ihre Eingaben bleiben erhalten, sodass Sie sie erneut senden können.
error-unconfirmed = Die Antwort ging verloren, und der Server konnte nicht gefragt werden, was passiert ist: Die Änderung wurde möglicherweise ausgeführt, vielleicht aber auch nicht. Prüfen Sie das, bevor Sie sie erneut senden.

## Activity: the journal of changes made from this computer
activity-open = Protokoll
activity-title = Protokoll
back = Zurück
activity-filter-placeholder = Nach Benutzer, Vorgang, Änderung filtern…
activity-export = Als XLSX exportieren…
activity-file-name = protokoll
activity-count = { $n ->
    [one] { $shown } von { $total } Änderung
   *[other] { $shown } von { $total } Änderungen
}
activity-unreadable = { $count ->
    [one] { $count } beschädigte Zeile übersprungen
   *[other] { $count } beschädigte Zeilen übersprungen
}
activity-cannot-read = Das Aktivitätsprotokoll konnte nicht gelesen werden: { $reason }
activity-empty = Noch keine Änderungen. Jede Änderung, die Sie vornehmen (Benutzer, Guthaben, Anwendungen, Importe), wird hier festgehalten.
activity-when = Zeitpunkt
activity-server = Server
activity-dealer = Händler
activity-operation = Vorgang
activity-user-id = Benutzer-ID
activity-user = Benutzer
activity-changes = Änderungen
activity-outcome = Ergebnis
activity-code = Fehlercode
activity-op-user-create = Benutzer erstellt
activity-op-user-update = Benutzer bearbeitet
activity-op-user-password = Passwort geändert
activity-op-user-balance = Guthaben geändert
activity-op-user-delete = Benutzer gelöscht
activity-op-app-create = Anwendung erstellt
activity-op-app-update = Anwendung bearbeitet
activity-op-app-delete = Anwendung gelöscht
activity-op-app-enabled = Anwendung aktiviert/deaktiviert
activity-op-import = Benutzer importiert
activity-bulk-run = Massenvorgang: { $operation }
activity-bulk-users = { $count ->
    [one] { $users } Benutzer
    *[other] { $users } Benutzer
    }
activity-bulk-outcome = { $done } ausgeführt, { $failed } nicht ausgeführt
activity-outcome-done = Ausgeführt
activity-outcome-refused = Vom Server abgelehnt
activity-outcome-not-applied = Nicht ausgeführt (Verbindung)
activity-outcome-unconfirmed = Unbekannt: prüfen
activity-outcome-failed = Nicht gesendet
import-file-too-big = Die Tabelle ist zu groß zum Lesen: mehr als { $rows } Zeilen oder ein Inhalt, der entpackt mehr als 512 MB umfasst. Navixy nimmt höchstens 10.000 Zeilen pro Datei an; teilen Sie sie auf.
import-file-too-many-cells = Diese Datei hat { $cells } Zellen; der Import nimmt höchstens { $max } an. Navixy nimmt höchstens 10.000 Zeilen pro Datei an: Kopieren Sie die Zeilen und Spalten der Benutzer in eine neue Datei.
import-file-too-many-columns = Eine Zeile dieser Datei hat { $columns } Spalten; der Import nimmt höchstens { $max } an. Prüfen Sie das Trennzeichen oder kopieren Sie die Spalten der Benutzer in eine neue Datei.
error-server-down = Der Server hat Probleme (HTTP { $status }). Versuchen Sie es gleich noch einmal.

quit-confirm-title = Ohne Speichern schließen?
quit-confirm-body = Einige Arbeiten sind noch nicht auf dem Server: ein geändertes Formular, korrigierte Importzeilen oder eine Änderung, die noch auf die Antwort des Servers wartet. Wenn Sie das Fenster schließen, gehen sie verloren.
quit-confirm = Trotzdem schließen
activity-field-activated = Aktiviert
activity-field-verified = E-Mail bestätigt
activity-field-balance = Guthaben
activity-field-bonus = Bonus
activity-field-balance-change = Guthabenänderung
activity-field-bonus-change = Bonusänderung
activity-field-text = Beschreibung
activity-field-with-clones = Mit Klonen
activity-field-app-name = Anwendungsname
activity-field-app-url = Anwendungs-URL
activity-field-enabled = Im Menü angezeigt
activity-field-application = Anwendungs-ID
activity-field-created = Erstellte Benutzer
activity-field-discount-strategy = Rabattstrategie
activity-yes = ja
activity-no = nein
import-cell-too-long = { $chars } Zeichen: zu lang, um hier bearbeitet zu werden
import-cell-clear = Leeren

# navixy-panel import
cli-import-progress = { $done } von { $total } erstellt
cli-import-no-progress = Der Server hat die gesendeten Zeilen nicht erstellt und keinen Grund genannt: Es wurde nichts weiter gesendet. Starten Sie den Import erneut, um den Rest zu senden.
cli-import-no-password = Kein Passwort: Setzen Sie NAVIXY_PASSWORD oder starten Sie das Programm in einem Terminal, um danach gefragt zu werden.
cli-report-progress = Benutzer gelesen: { $done } von { $total }
cli-import-unknown-encoding = { $name } ist keine Kodierung, die dieses Programm kennt (versuchen Sie windows-1251, windows-1252, utf-8).

# A change whose screen was closed before its answer came
left-change-done = Ausgeführt, nachdem die zugehörige Ansicht geschlossen wurde: { $operation }.
left-change-failed = Nicht ausgeführt (die zugehörige Ansicht wurde inzwischen geschlossen): { $operation }. { $reason }

# The in-app file chooser (systems without a file dialog)
chooser-why = Dieses System hat keinen Dateidialog (kein Desktop-Portal und kein zenity), daher bietet das Programm einen eigenen an: Geben Sie einen Pfad ein oder wählen Sie unten einen Ort und eine Datei.
chooser-hint = Tabulator ergänzt den Namen · Eingabe bestätigt · Esc bricht ab
chooser-title-import = Tabelle zum Importieren wählen
chooser-title-export = Benutzer exportieren nach…
chooser-title-save = „{ $name }“ speichern unter…
chooser-open = Öffnen
chooser-save = Speichern
chooser-type-a-path = Geben Sie den Pfad einer Datei ein oder wählen Sie unten eine aus.
chooser-type-a-name = Das ist ein Ordner: Geben Sie dahinter einen Dateinamen ein.
chooser-no-such-file = Die Datei „{ $path }“ existiert nicht.
chooser-not-a-spreadsheet = Nur Tabellen können importiert werden ({ $extensions }).
chooser-no-such-folder = Dieser Ordner existiert nicht.
chooser-replace = „{ $name }“ existiert bereits. Klicken Sie erneut auf „Speichern“, um die Datei zu ersetzen.
chooser-cannot-list = Dieser Ordner kann nicht gelesen werden: { $reason }
chooser-nothing-here = Hier gibt es nichts auszuwählen.
drop-unsupported = „{ $name }“ kann nicht importiert werden: Nur Tabellen sind möglich ({ $extensions }).
drop-elsewhere = Um „{ $name }“ zu importieren, ziehen Sie die Datei auf die Benutzerliste oder die Importansicht.
import-drop-hint = Oder ziehen Sie eine Tabelle in dieses Fenster.
users-columns-hint = Haken Sie die anzuzeigenden Spalten an; die Pfeile verschieben eine Spalte. Ziehen Sie den Rand einer Spaltenüberschrift, um die Spalte breiter oder schmaler zu machen.
balance-preview-below-zero = Es blieben { $value }: Der Server lehnt eine Änderung ab, die den Wert unter null bringt.

# Codes the API speaks, in words (ui::words); an unknown code is shown tidied
word-locale-en-us = Englisch (Vereinigte Staaten)
word-locale-en-gb = Englisch (Vereinigtes Königreich)
word-locale-ru-ru = Russisch
word-locale-es-es = Spanisch
word-locale-de-de = Deutsch
word-locale-fr-fr = Französisch
word-locale-pt-br = Portugiesisch (Brasilien)
word-locale-it-it = Italienisch
word-locale-uk-ua = Ukrainisch
word-locale-pt-pt = Portugiesisch (Portugal)
word-locale-tr-tr = Türkisch
word-locale-ro-ro = Rumänisch
word-locale-ar-ar = Arabisch
word-locale-kk-kz = Kasachisch
word-tx-type-main-charge = Abbuchung
word-tx-type-payment = Zahlung
word-tx-type-tariff-charge = Tarifgebühr
word-tx-type-bonus-charge = Bonusabbuchung
word-tx-subtype-monthly = Monatlich
word-tx-subtype-every-year = Jährlich
word-tx-subtype-partner = Durch den Händler
word-tx-subtype-activeday = Pro aktivem Tag
word-tx-subtype-everyday = Täglich
word-tx-subtype-sms = SMS
word-tx-subtype-register = Registrierung
word-measurement-metric = Metrisch (km, l)
word-measurement-imperial = Imperiales System (Meilen, brit. Gallonen)
word-measurement-us = US-amerikanisch (Meilen, US-Gallonen)
word-measurement-metric-gal = Metrisch mit Gallonen
word-measurement-imperial-us = Imperiales System mit US-Gallonen
word-service-google = Google
word-service-roadmap = Google Straßenkarte
word-service-satellite = Google Satellit
word-service-hybrid = Google Hybridkarte
word-service-osm = OpenStreetMap
word-service-osrm = OpenStreetMap (OSRM)
word-service-yandex = Yandex
word-service-doublegis = 2GIS
word-service-here = HERE
word-service-mapbox = Mapbox
word-service-locationiq = LocationIQ
word-service-progorod = Progorod
word-feature-branding-web = Eigene Marke (Web)
word-feature-branding-mobile = Eigene Marke (mobile Apps)
word-feature-custom-maps = Eigene Karten
word-feature-api = API-Zugriff
import-status-active = Aktiviert
import-status-blocked = Gesperrt
error-not-sent = Es wurde nichts gesendet: { $reason } Ihre Eingaben bleiben erhalten; senden Sie sie erneut, sobald der Server antwortet.
activity-field-refused = Abgelehnt
activity-field-not-sent = Nicht gesendet
activity-field-logins = Logins
activity-field-found = Als erstellt gefunden
activity-field-rows-sent = Gesendete Zeilen
activity-field-run-rows = Zu erstellende Zeilen
activity-op-import-check = Import geprüft

## The users section: permissions, trackers, plans, 2FA, presets, paging, settings
column-registered-city = Stadt der Registrierung
column-comment = Kommentar
column-mfa = 2FA
value-on = Ein
value-off = Aus
users-unconfirmed = E-Mail nicht bestätigt
not-permitted = Ihr Händlerkonto darf dies nicht. Bitten Sie Ihren Navixy-Administrator um die Berechtigung.
pager-first = Erste Seite
pager-previous = Vorherige Seite
pager-next = Nächste Seite
pager-last = Letzte Seite
pager-page = Seite
pager-of = von { $pages }
filter-clear = Filter zurücksetzen
trackers-title = Tracker von { $name }
trackers-label = Bezeichnung
trackers-model = Modell
trackers-imei = IMEI
trackers-status = Status
trackers-last-connection = Letzte Verbindung
trackers-clone = Klon
trackers-never = nie
trackers-none = Keine Tracker
trackers-loading = Tracker werden geladen…
trackers-deleted = gelöscht
trackers-not-found = Tracker #{ $id } gehört nicht zu den Trackern dieses Benutzers (gelöscht oder zu einem anderen Benutzer verschoben).
trackers-filter-placeholder = Nach Bezeichnung, IMEI oder Telefon filtern
trackers-open = Tracker
word-status-active = Online
word-status-idle = GPS nicht aktualisiert
word-status-offline = Offline
word-status-signal-lost = Verbindung verloren
word-status-just-registered = Gerade registriert
field-plan = Standardtarif
field-menu-preset = Menüvorlage
field-mfa = Zwei-Faktor-Authentifizierung
preset-default-named = { $title } (Standard)
plan-not-set = Nicht festgelegt
plan-list-unknown = Die Tarife des Händlers konnten nicht gelesen werden: Der Tarif wird mit seiner Nummer angezeigt.
preset-list-unknown = Die Menüvorlagen konnten nicht vom Server gelesen werden.
field-mfa-allowed = Zwei-Faktor-Authentifizierung erlaubt
field-mfa-hint = Der Benutzer kann die Anmeldung mit einem per E-Mail gesendeten Code bestätigen.
login-saved-servers = Gespeicherte Server…
settings-open = Einstellungen
settings-title = Einstellungen
settings-servers = Eigene Server
settings-servers-about = Adressen, die auf dem Anmeldebildschirm angeboten werden. Ein Server, bei dem Sie sich anmelden, wird hier hinzugefügt.
settings-servers-none = Noch keine Server gespeichert.
settings-server-add-label = Adresse hinzufügen
settings-server-add = Hinzufügen
settings-web = Weboberfläche des Kunden
settings-web-about = „Als Benutzer anmelden“ öffnet diese Adresse. { "{" }domain{ "}" } ist die Domäne des Händlers, wie der Server sie liefert; { "{" }session_key{ "}" } die Sitzung des Benutzers. Lassen Sie das Feld leer, um nur den Sitzungsschlüssel zu kopieren.
settings-template = Adresse
settings-template-invalid = Keine http(s)-Adresse.
settings-template-default = Standardadresse von Navixy
settings-timeout-title = Warten auf den Server
settings-timeout-about = Wie lange eine Anfrage dauern darf, bevor sie als verloren gilt. Gilt ab der nächsten Anmeldung.
settings-timeout = Sekunden (1–600)
settings-timeout-range = Eine Anzahl von Sekunden zwischen 1 und 600.
settings-folder = Datenordner
settings-folder-about = Hier werden das Aktivitätsprotokoll und die Datenbank der Testumgebung gespeichert.
settings-open-folder = Datenordner öffnen
settings-folder-not-opened = Der Ordner konnte nicht geöffnet werden: { $reason }
settings-drawing = Darstellung
settings-drawing-about = Womit das Fenster gezeichnet wird. Der Prozessor funktioniert immer; die Grafikkarte ist schneller, sofern ihr Treiber funktioniert. Eine Änderung wirkt ab dem nächsten Start.
drawing-graphics-card = Grafikkarte, sofern sie funktioniert
drawing-processor = Prozessor
drawing-now-graphics-card = Bei diesem Start zeichnet die Grafikkarte.
drawing-now-no-card = Bei diesem Start zeichnet der Prozessor: Keine Grafikkarte hat geantwortet.
drawing-now-processor = Bei diesem Start zeichnet wie gewählt der Prozessor.
drawing-now-failed = Bei diesem Start zeichnet der Prozessor: Die Grafikkarte hat versagt.
drawing-now-by-hand = ICED_BACKEND ist auf „{ $value }“ gesetzt: Diese Variable bestimmt, womit gezeichnet wird.
drawing-failed-probe = Die Grafikkarte konnte das Programm nicht zeichnen ({ $reason }), daher zeichnet ab jetzt der Prozessor. Sie können dies in den Einstellungen ändern.
drawing-failed-start = Beim letzten Mal wurde das Programm beendet, bevor die Grafikkarte es gezeichnet hatte, daher zeichnet ab jetzt der Prozessor. Sie können dies in den Einstellungen ändern.
activity-op-user-mfa = Zwei-Faktor-Authentifizierung festgelegt
activity-op-user-preset = Menüvorlage zugewiesen
activity-op-user-resend = Aktivierungs-E-Mail gesendet

## Bulk work on a selection
users-chosen = { $count ->
    [one] { $count } Benutzer ausgewählt
    *[other] { $count } Benutzer ausgewählt
    }
users-choose-all-matching = Alle { $count } Filtertreffer auswählen
users-choice-clear = Auswahl aufheben
users-export-chosen = Auswahl exportieren…
bulk-balance = Guthaben oder Bonus…
bulk-discount = Rabatt…
bulk-plan = Tarif…
bulk-mfa = 2FA…
bulk-resend = Aktivierung erneut senden…
bulk-delete = Löschen…
bulk-title = { $action } für { $count ->
    [one] { $shown } Benutzer
    *[other] { $shown } Benutzer
    }
bulk-reading = Benutzer werden gelesen: { $read } von { $of }…
bulk-discount-rule = Geben Sie einen Rabatt von 0 bis 100 %, eine Anzahl von Geräten und ein Enddatum (JJJJ-MM-TT) ein, sofern der Rabatt nicht unbefristet ist.
bulk-plan-rule = Wählen Sie einen Tarif.
bulk-plan-choose = Tarif wählen
bulk-delete-rule = Geben Sie zur Bestätigung die Anzahl der Benutzer ein: { $count }.
bulk-delete-warning = { $count ->
    [one] { $count } Benutzer und alle seine Daten werden gelöscht. Dies kann nicht rückgängig gemacht werden.
    *[other] { $count } Benutzer und alle ihre Daten werden gelöscht. Dies kann nicht rückgängig gemacht werden.
    }
bulk-delete-type = Zur Bestätigung { $count } eingeben
bulk-below-zero = Ausgelassen: würde unter null fallen (der Server lehnt das ab)
bulk-discount-after = { $value }
bulk-unchanged = Bereits so: nichts gesendet
bulk-resend-will = Eine E-Mail wird gesendet
bulk-activated-already = Ausgelassen: bereits aktiviert
bulk-deleted = Gelöscht
bulk-resend-about = Jeder ausgewählte, noch nicht aktivierte Benutzer erhält eine neue Aktivierungs-E-Mail.
bulk-nobody = Es bleibt niemand übrig, für den dies ausgeführt werden kann.
bulk-preview-count = { $count ->
    [one] { $count } Benutzer wird geändert
    *[other] { $count } Benutzer werden geändert
    }
bulk-left-out = { $count } ausgelassen (Gründe siehe unten)
bulk-start = Für { $count } starten
bulk-done = { $count } erledigt
bulk-failed = { $count } fehlgeschlagen
bulk-left = { $count } verbleibend
bulk-rate = { $rate } Benutzer pro Sekunde
bulk-time-left = noch etwa { $seconds } s
bulk-pause = Anhalten
bulk-cancel = Rest abbrechen
bulk-resume = Fortsetzen ({ $count } übrig)
bulk-discard = Vorgang verwerfen
bulk-retry-failed = Fehlgeschlagene wiederholen ({ $count })
bulk-pause-first = Halten Sie den Vorgang zuerst an: Der Rest bleibt zum Fortsetzen erhalten.
bulk-finished = Erledigt für { $count }.
bulk-finished-failures = Abgeschlossen; { $failed } nicht durchgeführt: Die Gründe stehen in der Liste.
bulk-paused = Angehalten: Setzen Sie den Vorgang fort, wann Sie möchten, auch nach dem Schließen des Programms.
bulk-cancelled = Abgebrochen: Der Rest wurde nicht gesendet.
bulk-session-ended = Die Sitzung ist abgelaufen: Melden Sie sich erneut an, um fortzufahren.
bulk-not-kept = Die Datei des Vorgangs konnte nicht geschrieben werden, daher wurde er angehalten: { $reason }
bulk-interrupted = Dieser Vorgang wurde bei der letzten Nutzung des Programms nicht abgeschlossen: { $done } erledigt, { $left } verbleibend. Änderungen, die bereits unterwegs waren, werden mit dem Server abgeglichen, bevor erneut etwas gesendet wird.
bulk-interrupted-action = Aktion: { $action }
bulk-action-balance = { $kind } um { $amount } geändert („{ $text }“)
bulk-action-discount = ein Rabatt von { $value } bis { $end }
bulk-action-open-ended = kein Enddatum
bulk-action-plan = der Tarif { $plan }
bulk-action-mfa-on = 2FA erlaubt
bulk-action-mfa-off = 2FA nicht erlaubt
bulk-action-resend = eine neue Aktivierungs-E-Mail
bulk-action-delete = die Benutzer werden gelöscht
bulk-set-aside = { $count ->
    [one] Der Datei eines Massenvorgangs war nicht zu trauen; sie wurde beiseitegelegt und nicht ausgeführt: { $files }
   *[other] Den Dateien von { $count } Massenvorgängen war nicht zu trauen; sie wurden beiseitegelegt und nicht ausgeführt: { $files }
}
bulk-before = Vorher
bulk-before-none = Keiner
bulk-before-reading = Wird gelesen…
bulk-before-unread = Nicht gelesen: { $reason }
bulk-undo-text = Storno: { $text }
bulk-undo = Diesen Vorgang rückgängig machen…
bulk-put-back-discount = Rabatte zurücksetzen
bulk-put-back-plan = Tarife zurücksetzen
bulk-put-back-about = Jeder Benutzer erhält den Rabatt oder Tarif zurück, den er vor dem Vorgang hatte, egal was er jetzt hat. „Vorher“ zeigt, was er jetzt hat.
bulk-action-put-back-discount = der Rabatt jedes Benutzers wie vor einem Vorgang
bulk-action-put-back-plan = der Tarif jedes Benutzers wie vor einem Vorgang
watch-open = Guthabenprognose
watch-title = Guthabenprognose
watch-explained = Die Abbuchungen jedes Benutzers in den letzten 30 Tagen und wie viele Tage das Guthaben bei diesem Verbrauch reicht: zuerst, wessen Guthaben am frühesten aufgebraucht ist.
watch-listing = Benutzerliste wird gelesen: { $read }…
watch-progress = Benutzer gelesen: { $read } von { $total }
watch-stop = Anhalten
watch-resume = Fortsetzen
watch-refresh = Neu lesen
watch-spent = Verbraucht, 30 Tage
watch-days-left = Tage übrig
watch-runs-out = Aufgebraucht am
watch-unread = Nicht gelesen ({ $count }): { $logins }
watch-none-yet = Noch nichts gelesen.
watch-within = Aufgebraucht innerhalb von
watch-days = Tagen
watch-shown = Angezeigt: { $shown } von { $read }
watch-top-up = Diese aufladen…
watch-export = Als CSV exportieren…
watch-file-name = guthabenprognose
watch-not-kept = Das Gelesene konnte nicht für das nächste Lesen gespeichert werden: { $reason }
watch-not-loaded = Was frühere Lesevorgänge gespeichert haben, ist nicht verwendbar ({ $reason }): alle werden neu gelesen.
watch-chart = Aufladungen und Abbuchungen nach Monat
watch-chart-since = gelesen seit { $date }; jedes Lesen fügt Neues hinzu
watch-chart-hide = Zurück zu den Benutzern
watch-chart-show = Diagramm nach Monat
watch-chart-refills = Aufladungen
watch-chart-charges = Abbuchungen
watch-chart-month = { $month }: Aufladungen { $refills }, Abbuchungen { $charges }
bulk-after = Nachher
bulk-outcome = Ergebnis
bulk-state-waiting = Wartend
bulk-state-sending = Unterwegs
bulk-state-done = Erledigt
bulk-state-skipped = Ausgelassen: { $reason }
bulk-state-refused = Abgelehnt: { $reason } (Code { $code })
bulk-state-failed = Fehlgeschlagen: { $reason }
bulk-state-unknown = Unbekannt: { $reason }
cli-import-classified = Abgleich mit dem Server: { $summary }
sync-conflict-legal-type = die Rechtsform kann nicht geändert werden ({ $from } → { $to })

## Imports that update
sync-compare = Mit Server vergleichen
sync-compare-again = Erneut vergleichen
sync-compare-about = Findet die bereits vorhandenen Benutzer: was die Datei bei ihnen ändern würde und was nicht möglich ist.
sync-comparing = Vergleich mit dem Server…
sync-summary = { $new } neu, { $changed } geändert, { $unchanged } unverändert, { $conflicts ->
    [one] { $conflicts } Konflikt
    *[other] { $conflicts } Konflikte
    }
sync-cost = ({ $requests ->
    [one] { $requests } Anfrage
    *[other] { $requests } Anfragen
    }, { $ms } ms)
sync-apply-new = Neue erstellen
sync-apply-changed = Geänderte aktualisieren
sync-apply = { $new } erstellen, { $changed } aktualisieren
sync-change = { $column }: { $old } → { $new }
sync-row-changed = Änderungen: { $changes }
sync-row-unchanged = Auf dem Server wie in der Datei
sync-row-conflict = Nicht anwendbar: { $reason }
sync-row-updated = Aktualisiert
sync-row-update-failed = Nicht aktualisiert: { $reason }
sync-row-gone = die Zeile ist nicht mehr in der Datei
sync-updating = { $done } von { $total } werden aktualisiert…
sync-updated = { $count ->
    [one] { $count } Benutzer aktualisiert.
    *[other] { $count } Benutzer aktualisiert.
    }
segments-open = Segmente
segments-title = Segmente
segments-explained = Fragen, die die Suche des Servers nicht beantwortet, an alle Benutzer des Händlers: Ein Benutzer wird gefunden, wenn jede Bedingung zutrifft.
segments-reading = Benutzer werden gelesen: { $read }…
segments-as-of = Benutzer: { $count }, gelesen { $age }
segments-never-read = Noch keine Benutzer gelesen.
segments-age-now = gerade eben
segments-age-minutes = { $n ->
    [one] vor { $n } Minute
   *[other] vor { $n } Minuten
}
segments-age-hours = { $n ->
    [one] vor { $n } Stunde
   *[other] vor { $n } Stunden
}
segments-age-days = { $n ->
    [one] vor { $n } Tag
   *[other] vor { $n } Tagen
}
segments-refresh = Neu lesen
segments-saved = Gespeicherte Segmente
segments-name = Name des Segments
segments-save = Speichern
segments-forget = Segment löschen
segments-saved-as = Segment „{ $name }“ gespeichert.
segments-too-many = Es können keine weiteren Segmente gespeichert werden: Löschen Sie zuerst eines.
segments-search = Login, Name oder Telefon
segments-add = Bedingung hinzufügen…
segments-found = Gefunden: { $found } von { $total }
segments-none-found = Kein Benutzer erfüllt diese Bedingungen.
segments-needs-watch = Die Guthabenprognose hat die Abbuchungen dieses Händlers noch nicht gelesen: öffnen Sie sie einmal, dann findet diese Bedingung, wessen Guthaben aufgebraucht ist.
segments-discount-ends-within = Rabatt endet innerhalb von
segments-discount-ended = Rabatt ist abgelaufen
segments-terms-needed = Rabatte und Tarife stehen nicht in der Benutzerliste: dafür wird jeder Benutzer einzeln gelesen (Anfragen: { $count }).
segments-terms-read = Rabatte und Tarife lesen
segments-terms-reading = Rabatte und Tarife werden gelesen: { $read } von { $total }
segments-terms-as-of = Rabatte und Tarife gelesen { $age }
segments-terms-read-again = Neu lesen
segments-terms-unread = Nicht gelesen: { $count }
segments-export = Exportieren…
segments-file-name = segment
segments-index-unreadable = Die auf diesem Computer gespeicherten Benutzer konnten nicht gelesen werden ({ $reason }): Sie werden erneut vom Server gelesen.
segments-balance-below = Guthaben unter
segments-balance-above = Guthaben über
segments-balance-negative = Guthaben unter null
segments-not-activated = Nicht aktiviert
segments-not-activated-for = Nicht aktiviert seit mindestens
segments-no-trackers = Keine Tracker
segments-trackers-more-than = Tracker, mehr als
segments-two-factor-on = Zwei-Faktor-Authentifizierung an
segments-two-factor-off = Zwei-Faktor-Authentifizierung aus
segments-created-between = Erstellt zwischen
segments-place = Stadt oder Land
segments-problem-amount = Ein Betrag, z. B. 25 oder 12,50
segments-problem-number = Eine ganze Zahl, z. B. 30
segments-problem-date = Ein Datum als JJJJ-MM-TT
segments-problem-dates-reversed = Das erste Datum liegt nach dem zweiten
segments-problem-empty = Geben Sie einen Wert ein, um diese Bedingung zu verwenden
