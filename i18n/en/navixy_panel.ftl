## Shell
app-title = Navixy Panel
header-dealer = Dealer { $login }
busy = Working…
logout = Log out
logout-confirm-title = Log out?
logout-confirm-body = The panel session ends. Anything not saved on the server stays only on this screen until you log in again.
cancel = Cancel
settings-reset = Some settings could not be read and were reset to their defaults.
theme-system = System theme
theme-light = Light
theme-dark = Dark

## Login
login-title = Sign in to the Navixy Admin Panel
login-subtitle = Use your dealer login. Your password is never stored.
login-server = Server
server-sandbox = Sandbox (local demo)
server-eu = Navixy cloud, Europe
server-us = Navixy cloud, America
server-custom = On-premise (custom URL)
login-custom-url = API address
login-login = Login
login-password = Password
login-submit = Sign in
login-signing-in = Signing in…
login-sandbox-starting = Starting the local sandbox…
login-sandbox-ready = The sandbox is running on this computer with demo data: dealer demo, password demo1234.
login-sandbox-failed = The sandbox could not start: { $reason }
login-session-ended = Your session has ended. Sign in again to continue where you were.
login-logged-out = You have logged out.
login-bad-url = This is not a valid server address.
login-https-required = The address must start with https:// (plain http is allowed only for this computer).
login-missing-credentials = Enter your login and password.

## Errors
error-code = Navixy code { $code }
error-wrong-credentials = Wrong login or password.
error-dealer-blocked = This dealer account is blocked. Contact Navixy support.
error-dealer-unknown = There is no dealer with this login on this server.
error-too-many-attempts = Too many failed attempts. Wait a few minutes and try again.
error-session-ended = Your session has ended. Sign in again.
error-not-found = Not found: it may have been deleted, or it belongs to another dealer.
error-rate-limited = The server asked us to slow down and kept refusing; nothing was changed. Try again in a moment.
error-not-permitted = Your dealer account is not allowed to do this.
error-server-failed = The server failed to process the request.
error-server = The server refused the request: { $description }
error-unreachable = Cannot reach the server. Check the network connection and the server address.
error-timeout = The server did not answer in time. Try again.
error-not-navixy = The address answers, but not like a Navixy API. Check the server address.
error-bad-url = This server address cannot be used.
error-redirected = The server sent us elsewhere: { $to }. The panel does not follow it: check the server address.
error-too-large = The server's answer is larger than { $megabytes } MB; the panel stopped reading it.
error-inconsistent = The server answered about something else than was asked ({ $detail }): nothing was done with the answer.
error-file-write = The file could not be written: { $reason }
field-hidden-characters = This value holds characters that cannot be shown (control or direction marks). They are kept as stored unless you edit this field.

## Users list
users-filter-placeholder = Filter by name, login, phone, city, TIN…
users-only-active = Only active
users-columns = Columns
users-refresh = Refresh
retry = Try again
details-loading = Loading the user…
users-loading = Loading users…
users-empty = This dealer has no users yet.
users-no-match = No users match “{ $filter }”.
users-inactive = not activated
column-id = ID
column-name = Name
column-login = Login
column-phone = Phone
column-balance = Balance
column-bonus = Bonus
column-city = City
column-trackers = Trackers
column-created = Created
pager-page-size = Rows per page
pager-range = { $first }–{ $last } of { $total }
pager-empty = No users

## User details
details-back = Users
group-account = Account
group-person = Contact person
group-legal = Legal details
group-postal = Postal address
group-registered = Registered address
group-discount = Discount
group-other = Other
field-id = ID
field-login = Login (e-mail)
field-activated = Activated
field-verified = E-mail verified
field-created = Created (UTC)
field-balance = Balance
field-bonus = Bonus
field-trackers = Trackers
field-last-name = Last name
field-first-name = First name
field-middle-name = Middle name
field-phone = Phone
field-legal-type = Legal type
field-legal-name = Legal name
field-tin = TIN
field-iec = IEC
field-okpo = OKPO
field-state-reg-num = State registration number
field-country = Country
field-region = Region
field-city = City
field-street = Street address
field-zip = Postal code
field-discount-value = Discount
field-discount-min-trackers = Minimum trackers
field-discount-end = Ends
field-comment = Comment
field-default-tariff = Default tariff ID
legal-individual = Individual
legal-entity = Legal entity
legal-sole-trader = Sole trader
value-yes = Yes
value-no = No
value-open-ended = Open-ended

## Applications
apps-open = Applications
apps-title = Applications of { $user }
apps-loading = Loading applications…
apps-empty = This user has no applications yet. Add one to show it in the customer's web interface.
details-back-user = User
app-new = Add application
app-new-title = New application
app-edit-title = Edit application
app-name = Name ({ $count }/{ $max })
app-url = URL
app-url-hint = https only. Variables in braces are filled in for each customer, e.g. { "{" }user_id{ "}" } or { "{" }language{ "}" }.
app-icon = Icon URL (optional)
app-enabled = Shown in the customer's menu
app-description = Description ({ $count }/{ $max })
app-display = Opens
app-display-new-tab = In a new tab
app-display-embedded = Inside the web interface
app-auth = Authorization
app-auth-none = None
app-auth-user-session = The customer's session
app-auth-api-key = API key
app-api-key = API key
app-on = On
app-off = Off
app-created = Application added.
app-saved = Application saved.
app-deleted = Application deleted.
app-gone = That application no longer exists (it was deleted meanwhile). The list has been refreshed.
app-delete-title = Delete this application?
app-delete-body = “{ $name }” disappears from the customer's menu. This cannot be undone.
edit = Edit
delete = Delete
save = Save
saving = Saving…
editor-stored-value-warning = Stored as is, though: { $rule } Saving other changes still works.
rule-formula-not-saved = A formula without a saved value: open the file in Excel or LibreOffice and save it again.
rule-cell-error = The cell shows an error ({ $shown }).
rule-merged-cell = Merged with the cell on line { $line }: only that line holds the value.
rule-ambiguous-number = Could be read two ways: write it without a thousands separator.
rule-example-row = An example row of the import template: left out.
rule-starts-with-space = Starts with a space (kept as written).
rule-ends-with-space = Ends with a space (kept as written).
rule-maybe-percent = A fraction of one: if the cell shows a percent (0.075 as 7.5 %), type the percent here.
rule-absent = Missing from the request.
rule-required = Required.
rule-too-long = At most { $max } characters.
rule-https-url = Must be a valid https:// address.
rule-not-printable = Only printable characters.
rule-invalid = Not a valid value.

## Customer's view
customer-open = Customer's view
customer-heading = { $user } as the customer sees it
customer-loading = Opening the customer's session…
customer-not-reported = Not reported by the server.
customer-account = Account
customer-title = Shown as
customer-locale = Language and region
customer-time-zone = Time zone
customer-measurement = Measurement system
customer-geocoder = Geocoder
customer-route-provider = Route provider
customer-demo = Demo account
customer-balances = Balances
customer-master = Master account (this is a sub-user)
customer-tariff = Tariff
customer-allowed-maps = Allowed maps
customer-premium-gis = Premium GIS
customer-dealer = Dealer ID
customer-features = Dealer features
customer-features-list = Features
customer-privileges = Sub-user privileges
customer-rights = Rights
activation-needed = This account is not activated or its e-mail is not verified.
activation-resend = Resend activation e-mail
activation-sending = Sending…
activation-wait = Resend possible in { $time }
activation-sent = A new activation link was sent to { $login }.
activation-already-done = This account is already activated and verified.
activation-mail-failed = The server could not send the e-mail. Check the address, or try again later.
activation-unknown-login = The server does not know the login { $login }.

## User editor
users-new = New user
details-edit = Edit
editor-new-title = New user
editor-edit-title = Edit { $login }
editor-unsaved = Unsaved changes
editor-problems = { $count ->
    [one] One field needs attention
   *[other] { $count } fields need attention
}
editor-login-in-use = This login (e-mail) is already used by another account.
editor-legal-type-fixed = { $kind } (cannot be changed)
editor-same-address = Same as the postal address
editor-saved = User saved.
editor-created = User created.
editor-discard-title = Discard your changes?
editor-discard-body = What you typed in this form will be lost.
editor-discard = Discard
field-password = Password
field-password-repeat = Repeat the password
field-time-zone = Time zone
field-time-zone-search = Type to search, e.g. Berlin
field-locale = Locale
field-phone-digits = Phone (10–15 digits, no +)
field-discount-percent = Discount, %
field-discount-end-date = Ends on (yyyy-mm-dd)
field-discount-strategy = Combining with the tariff's discount
field-comment-counted = Comment ({ $count }/{ $max })
strategy-no-summing = No summing
strategy-sum = Sum with progressive
strategy-no-summing-explained = The larger of this discount and the tariff's progressive discount applies.
strategy-sum-explained = This discount is added to the tariff's progressive discount.
rule-email = Must be a valid e-mail address.
rule-phone = 10 to 15 digits, without + or spaces.
rule-password = 6 to 20 printable characters.
rule-passwords-differ = The passwords do not match.
rule-discount = A number from 0 to 100.
rule-not-negative = A whole number, 0 or more.
rule-date = A date as yyyy-mm-dd.

## Account actions
action-password = Change password
action-balance = Balance or bonus
action-delete = Delete user
password-title = New password for { $login }
password-change = Change password
password-changed = The password was changed.
balance-title = Change the balance of { $login }
balance-current = Now: balance { $balance }, bonus { $bonus }
balance-what = Change
balance-amount = Amount (+ adds, − takes)
balance-description = Description for the transaction
balance-preview = After the change: { $value }
balance-apply = Apply
balance-changed = The balance was changed.
balance-amount-rule = Enter an amount other than zero, with at most two decimals.
balance-text-rule = The description needs at least { $min } characters.
balance-insufficient = Insufficient funds: the current amount is { $current } and may not go below zero.
delete-title = Delete this user?
delete-explained = { $login }, its sub-users and trackers are marked deleted and its trackers stop working. This cannot be undone from the panel.
delete-type-login = Type the user's login to confirm
delete-clones = Also remove clones of its trackers held by other users
delete-252 = One of this user's trackers is already deleted (corrupted), so the server refused. Contact Navixy support to finish the deletion.
delete-253 = Some of this user's trackers are cloned to other users. Tick "Also remove clones" to delete them too, or remove the clones first.
deleted = The user was deleted.
delete-login-mismatch = The login does not match this user.

## Transactions
transactions-open = Transactions
transactions-title = Transactions of { $user }
transactions-loading = Loading transactions… (part { $done } of { $total })
transactions-empty = No transactions in this period.
transactions-chart-empty = Nothing to draw.
transactions-count = { $count ->
    [one] 1 transaction
   *[other] { $count } transactions
}
transactions-refills = Refills: +{ $amount }
transactions-charges = Charges: { $amount }
transactions-net = Net: { $amount }
transactions-bonus = Bonus: { $amount }
transactions-readout = { $date }: balance { $balance }, bonus { $bonus }
range-7 = Last 7 days
range-30 = Last 30 days
range-90 = Last 90 days
range-month = This month
range-custom = Custom range
range-apply = Show
range-bad = Enter two dates as yyyy-mm-dd, the first not after the second.
tx-date = Date (UTC)
tx-type = Type
tx-subtype = Subtype
tx-description = Description
tx-amount = Amount
tx-balance = Balance
tx-bonus-amount = Bonus amount
tx-bonus = Bonus
tx-tracker = Tracker
transactions-export = Export to XLSX
tx-old-balance = Balance before
tx-new-balance = Balance after
tx-old-bonus = Bonus before
tx-new-bonus = Bonus after
saved-to = Saved to { $path }
save-failed = Could not save the file: { $reason }
action-login-as = Log in as user
login-as-copied = The user's session key is on the clipboard.
login-as-opened = The user's web interface was opened; the session key is also on the clipboard.
login-as-refused = The user's web interface was not opened: { $reason } The session key is on the clipboard.
login-as-no-browser = No web browser could be opened; the user's session key is on the clipboard.
web-problem-not-a-host = the dealer's domain from the server, "{ $domain }", is not a host name.
web-problem-not-a-key = the server's session key is not a key.
web-problem-not-an-address = "{ $address }" is not an https address.
web-problem-plain-http = "{ $address }" is plain http to another machine, which would send the key in clear.
rule-too-short = At least { $min } characters.
rule-two-decimals = At most 2 digits after the decimal point.
rule-duplicate-in-file = This e-mail is already on line { $line } of the file.

## Import template: the note on each column's header
template-note-email = Required. The new user's login: a valid e-mail address, unique in this file and on the server.
template-note-password = Required. 6 to 20 printable characters. The user can change it later.
template-note-status = Required. 1 — active, 0 — blocked.
template-note-legal-status = Required. 1 — individual, 2 — legal entity, 3 — sole trader. For 2 and 3 the address and registration columns are required, for 2 also the legal name.
template-note-last-name = Required. The surname of the user or of the company's contact person.
template-note-first-name = Required. The first name of the user or of the contact person.
template-note-middle-name = Optional.
template-note-phone = Optional. 10 to 15 digits, without + or spaces.
template-note-comment = Optional. A note for your staff, at most 255 characters.
template-note-post-country = Postal address: country. Required for legal entities and sole traders.
template-note-post-region = Postal address: region or state. Required for legal entities and sole traders.
template-note-post-city = Postal address: city. Required for legal entities and sole traders.
template-note-post-street-address = Postal address: street, building, office. Required for legal entities and sole traders.
template-note-post-index = Postal address: zip code. Required for legal entities and sole traders.
template-note-legal-name = The company's registered name. Required for legal entities.
template-note-tin = Optional. Taxpayer identification number.
template-note-iec = Optional. Tax registration reason code (KPP in Russia).
template-note-state-reg-num = Optional. State registration number (OGRN), at most 15 characters.
template-note-okpo-code = Optional. OKPO code.
template-note-registered-country = Registered address: country.
template-note-registered-region = Registered address: region. Required for legal entities and sole traders.
template-note-registered-city = Registered address: city. Required for legal entities and sole traders.
template-note-registered-street-address = Registered address: street, building. Required for legal entities and sole traders.
template-note-registered-index = Registered address: zip code. Required for legal entities and sole traders.
template-note-discount = Optional. Discount in percent, 0 to 100.
template-note-discount-end-date = Optional. The last day of the discount, as yyyy-mm-dd.
template-note-device-limit = Optional. The least number of devices the discount needs, a whole number.

## Import
import-column-line = Line
import-column-problems = Problems
import-report-sheet = Problems
import-summary = { $n ->
    [one] { $rows } row
   *[other] { $rows } rows
}: { $ready } ready, { $errors } with errors
import-summary-excluded = , { $excluded } left out
import-summary-created = , { $created } created
import-summary-updated = , { $updated } updated
import-missing-columns = Required columns missing from the file: { $columns }. Fill them in below or add them to the file.
import-unknown-columns = Columns not recognised and ignored: { $columns }
import-too-many-rows = Navixy takes at most { $max } rows in one import. Leave some rows out or split the file.
import-line = Line { $line }
import-file-too-large = The file is larger than 10 MB, the most Navixy accepts. Split it into smaller files.
import-file-empty = The file has no users: it is empty or has only a header row.
import-file-no-such-sheet = The spreadsheet has no sheet named “{ $sheet }”.
import-duplicate-column = Columns { $first } and { $second } are both “{ $header }”: keep one of them and open the file again.
import-sheet-read = Read from the sheet “{ $sheet }”.
import-sheet-read-others = Read from the sheet “{ $sheet }”; { $others } also have users.
import-lines-skipped = Lines { $first }–{ $last } above the header (line { $header }) were skipped.
import-line-skipped = Line { $line } above the header (line { $header }) was skipped.
import-line-warnings = Line { $line }, to check: { $warnings }
import-file-no-sheet = The spreadsheet has no sheets.
import-file-unreadable = The file is not a spreadsheet this program can read (CSV, XLSX, XLS or ODS). Details: { $detail }
import-title = Import: { $file }
import-template = Download template
import-template-file = users-import-template.xlsx
import-choose-file = Choose another file…
import-reading = Reading the file…
import-checking-rows = Checking rows: { $done } of { $total }
import-cannot-open = The file could not be opened: { $reason }
import-encoding = Encoding:
import-sheet = Sheet:
import-show-passwords = Show passwords
import-row-ready-but = Ready; check: { $warnings }
import-errors-only = Only rows with errors
import-exclude-invalid = Leave out rows with errors
import-save-report = Save error report…
import-upload = { $n ->
    [one] Upload { $count } user
   *[other] Upload { $count } users
}
import-nothing-left = Nothing left to upload
import-upload-rest = { $n ->
    [one] Upload the remaining user
   *[other] Upload the remaining { $count } users
}
import-uploading = Uploading: { $sent } of { $total } created
import-checking-server = The upload was interrupted. Checking which users the server created…
import-check-failed = Could not find out which users were created: { $reason } Nothing will be sent until this is known.
import-check-again = Check again
import-done = { $n ->
    [one] { $created } user created.
   *[other] { $created } users created.
}
import-stopped = The upload stopped: { $reason } Users created so far: { $created }. Fix or leave out the marked row, then upload the rest — rows already created are not sent again.
import-stopped-at = line { $line } was refused: { $reason }
import-row-created = Created
import-row-excluded = Left out
import-row-ready = Ready
import-separator-semicolon = semicolons
import-separator-comma = commas
import-separator-tab = tabs
import-csv-read-as = Read as CSV separated by { $separator }, { $encoding }.
import-leave-title = Leave the import?
import-leave-body = Your corrections and the rows not uploaded yet will be lost.
import-leave = Leave
users-import = Import…
users-export = Export…
users-export-cancel = Cancel export
export-cancelled = Export cancelled: no file was written.
users-template = Template
export-done = Exported { $count } users to { $path }
export-failed = The export failed: { $reason }
export-xlsx-as-built = The XLSX file is saved as the server built it: the panel has not checked its cells for formulas. A CSV export is checked.
export-csv-as-built = The CSV file is saved as the server sent it: the panel could not read it as CSV, so its cells are not checked for formulas.
error-login-in-use = A user with this e-mail already exists.
error-duplicate-login = The same e-mail appears twice in the file.
error-invalid-parameters = Some values are not valid.
file-filter-spreadsheets = Spreadsheets

## A change whose answer was lost (checked with a read afterwards)
error-not-applied = The connection failed before the server made the change. Nothing was changed; what you entered is kept, so you can send it again.
error-unconfirmed = The answer was lost and the server could not be asked what happened: the change may or may not have been made. Check before sending it again.

## Activity: the journal of changes made from this computer
activity-open = Activity
activity-title = Activity
back = Back
activity-filter-placeholder = Filter by user, operation, change…
activity-export = Export to XLSX…
activity-file-name = activity
activity-count = { $n ->
    [one] { $shown } of { $total } change
   *[other] { $shown } of { $total } changes
}
activity-unreadable = { $count ->
    [one] 1 damaged line skipped
   *[other] { $count } damaged lines skipped
}
activity-cannot-read = The activity journal could not be read: { $reason }
activity-empty = No changes yet. Every change you make (users, balances, applications, imports) is recorded here.
activity-when = When
activity-server = Server
activity-dealer = Dealer
activity-operation = Operation
activity-user-id = User ID
activity-user = User
activity-changes = Changes
activity-outcome = Outcome
activity-code = Error code
activity-op-user-create = User created
activity-op-user-update = User edited
activity-op-user-password = Password changed
activity-op-user-balance = Balance changed
activity-op-user-delete = User deleted
activity-op-app-create = Application created
activity-op-app-update = Application edited
activity-op-app-delete = Application deleted
activity-op-app-enabled = Application enabled/disabled
activity-op-import = Users imported
activity-bulk-run = Bulk: { $operation }
activity-bulk-users = { $count ->
    [one] { $users } user
    *[other] { $users } users
    }
activity-bulk-outcome = { $done } done, { $failed } not done
activity-outcome-done = Done
activity-outcome-refused = Refused by the server
activity-outcome-not-applied = Not made (connection)
activity-outcome-unconfirmed = Unknown: check
activity-outcome-failed = Not sent
import-file-too-big = The spreadsheet is too big to read: more than { $rows } rows, or contents that unpack to more than 512 MB. Navixy takes at most 10,000 rows per file; split it.
import-file-too-many-cells = This file has { $cells } cells; the import takes at most { $max }. Navixy takes at most 10,000 rows per file: copy the rows and columns of the users into a new file.
import-file-too-many-columns = A row of this file has { $columns } columns; the import takes at most { $max }. Check the separator, or copy the users' columns into a new file.
error-server-down = The server is having trouble (HTTP { $status }). Try again in a moment.

quit-confirm-title = Close without saving?
quit-confirm-body = Some work is not on the server yet: a form you changed, import rows you fixed, or a change still waiting for the server's answer. Closing the window loses it.
quit-confirm = Close anyway
activity-field-activated = Activated
activity-field-verified = E-mail verified
activity-field-balance = Balance
activity-field-bonus = Bonus
activity-field-balance-change = Balance change
activity-field-bonus-change = Bonus change
activity-field-text = Description
activity-field-with-clones = With clones
activity-field-app-name = Application name
activity-field-app-url = Application URL
activity-field-enabled = Shown in the menu
activity-field-application = Application ID
activity-field-created = Users created
activity-field-discount-strategy = Discount strategy
activity-yes = yes
activity-no = no
import-cell-too-long = { $chars } characters: too long to edit here
import-cell-clear = Clear

# navixy-panel import
cli-import-progress = created { $done } of { $total }
cli-import-no-progress = The server did not create the rows sent and did not say why: nothing more was sent. Run the import again to send what is left.
cli-import-no-password = No password: set NAVIXY_PASSWORD, or run on a terminal to be asked.
cli-report-progress = Users read: { $done } of { $total }
cli-import-unknown-encoding = { $name } is not an encoding this program knows (try windows-1251, windows-1252, utf-8).

# A change whose screen was closed before its answer came
left-change-done = Done after its screen was closed: { $operation }.
left-change-failed = Not done (its screen was closed meanwhile): { $operation }. { $reason }

# The in-app file chooser (systems without a file dialog)
chooser-why = This system has no file dialog (no desktop portal or zenity), so the panel offers its own: type a path, or pick a place and a file below.
chooser-hint = Tab completes the name · Enter confirms · Esc cancels
chooser-title-import = Choose a spreadsheet to import
chooser-title-export = Export the users to…
chooser-title-save = Save “{ $name }” as…
chooser-open = Open
chooser-save = Save
chooser-type-a-path = Type the path of a file, or pick one below.
chooser-type-a-name = That is a folder: type a file name after it.
chooser-no-such-file = There is no file “{ $path }”.
chooser-not-a-spreadsheet = Only spreadsheets can be imported ({ $extensions }).
chooser-no-such-folder = That folder does not exist.
chooser-replace = “{ $name }” exists already. Press Save again to replace it.
chooser-cannot-list = This folder cannot be read: { $reason }
chooser-nothing-here = Nothing here to choose.
drop-unsupported = “{ $name }” cannot be imported: only spreadsheets can ({ $extensions }).
drop-elsewhere = To import “{ $name }”, drop it on the users list or the import screen.
import-drop-hint = Or drop a spreadsheet onto this window.
users-columns-hint = Tick the columns to show; the arrows move a column. Drag the edge of a column's header to make it wider or narrower.
balance-preview-below-zero = It would leave { $value }: the server refuses a change that takes it below zero.

# Codes the API speaks, in words (ui::words); an unknown code is shown tidied
word-locale-en-us = English (US)
word-locale-en-gb = English (UK)
word-locale-ru-ru = Russian
word-locale-es-es = Spanish
word-locale-de-de = German
word-locale-fr-fr = French
word-locale-pt-br = Portuguese (Brazil)
word-locale-it-it = Italian
word-locale-uk-ua = Ukrainian
word-locale-pt-pt = Portuguese (Portugal)
word-locale-tr-tr = Turkish
word-locale-ro-ro = Romanian
word-locale-ar-ar = Arabic
word-locale-kk-kz = Kazakh
word-tx-type-main-charge = Charge
word-tx-type-payment = Payment
word-tx-type-tariff-charge = Tariff charge
word-tx-type-bonus-charge = Bonus charge
word-tx-subtype-monthly = Monthly
word-tx-subtype-every-year = Yearly
word-tx-subtype-partner = By the dealer
word-tx-subtype-activeday = Per active day
word-tx-subtype-everyday = Daily
word-tx-subtype-sms = SMS
word-tx-subtype-register = Registration
word-measurement-metric = Metric (km, l)
word-measurement-imperial = Imperial (miles, imp. gal)
word-measurement-us = US (miles, US gal)
word-measurement-metric-gal = Metric with gallons
word-measurement-imperial-us = Imperial with US gallons
word-service-google = Google
word-service-roadmap = Google roadmap
word-service-satellite = Google satellite
word-service-hybrid = Google hybrid
word-service-osm = OpenStreetMap
word-service-osrm = OpenStreetMap (OSRM)
word-service-yandex = Yandex
word-service-doublegis = 2GIS
word-service-here = HERE
word-service-mapbox = Mapbox
word-service-locationiq = LocationIQ
word-service-progorod = Progorod
word-feature-branding-web = Own branding (web)
word-feature-branding-mobile = Own branding (mobile apps)
word-feature-custom-maps = Custom maps
word-feature-api = API access
import-status-active = Activated
import-status-blocked = Blocked
error-not-sent = Nothing was sent: { $reason } What you entered is kept; send it again when the server answers.
activity-field-refused = Refused
activity-field-not-sent = Not sent
activity-field-logins = Logins
activity-field-found = Found created
activity-field-rows-sent = Rows sent
activity-field-run-rows = Rows to create
activity-op-import-check = Import checked

## The users section: permissions, trackers, plans, 2FA, presets, paging, settings
column-registered-city = Registration city
column-comment = Comment
column-mfa = 2FA
value-on = On
value-off = Off
users-unconfirmed = e-mail not confirmed
not-permitted = Your dealer account may not do this. Ask your Navixy administrator for the permission.
pager-first = First page
pager-previous = Previous page
pager-next = Next page
pager-last = Last page
pager-page = Page
pager-of = of { $pages }
filter-clear = Clear the filter
trackers-title = Trackers of { $name }
trackers-label = Label
trackers-model = Model
trackers-imei = IMEI
trackers-status = Status
trackers-last-connection = Last connection
trackers-clone = Clone
trackers-never = never
trackers-none = No trackers
trackers-loading = Loading trackers…
trackers-deleted = deleted
trackers-not-found = Tracker #{ $id } is not among this user's trackers (deleted or moved to another user).
trackers-filter-placeholder = Filter by label, IMEI or phone
trackers-open = Trackers
word-status-active = Online
word-status-idle = Idle
word-status-offline = Offline
word-status-signal-lost = Signal lost
word-status-just-registered = Just registered
field-plan = Default plan
field-menu-preset = Menu preset
field-mfa = Two-factor authentication
preset-default-named = { $title } (the default)
plan-not-set = Not set
plan-list-unknown = The dealer's plans could not be read: the plan is shown by its number.
preset-list-unknown = The menu presets could not be read from the server.
field-mfa-allowed = Two-factor authentication allowed
field-mfa-hint = The user may confirm sign-in with a code sent by e-mail.
login-saved-servers = Saved servers…
settings-open = Settings
settings-title = Settings
settings-servers = On-premise servers
settings-servers-about = Addresses offered on the login screen. A server you sign in to is added here.
settings-servers-none = No servers kept yet.
settings-server-add-label = Add an address
settings-server-add = Add
settings-web = The customer's web interface
settings-web-about = "Log in as user" opens this address. { "{" }domain{ "}" } is the dealer's domain, as the server gives it; { "{" }session_key{ "}" } the user's session. Leave it empty to only copy the session key.
settings-template = Address
settings-template-invalid = Not an http(s) address.
settings-template-default = Navixy's own address
settings-timeout-title = Waiting for the server
settings-timeout-about = How long a request may take before it counts as lost. Holds from the next sign-in.
settings-timeout = Seconds (1–600)
settings-timeout-range = A number of seconds from 1 to 600.
settings-folder = Data folder
settings-folder-about = The activity journal and the sandbox's database are kept here.
settings-open-folder = Open the data folder
settings-folder-not-opened = The folder could not be opened: { $reason }
settings-drawing = Drawing
settings-drawing-about = What the window draws with. The processor always works; the graphics card is faster where its driver works. A change takes effect at the next start.
drawing-graphics-card = Graphics card, where it works
drawing-processor = Processor
drawing-now-graphics-card = This start draws with the graphics card.
drawing-now-no-card = This start draws with the processor: no graphics card answered.
drawing-now-processor = This start draws with the processor, as chosen.
drawing-now-failed = This start draws with the processor: the graphics card failed.
drawing-now-by-hand = ICED_BACKEND is set to "{ $value }": it decides what draws.
drawing-failed-probe = The graphics card could not draw the panel ({ $reason }), so the processor draws it from now on. You can change this in Settings.
drawing-failed-start = Last time the panel stopped before the graphics card drew it, so the processor draws it from now on. You can change this in Settings.
activity-op-user-mfa = Two-factor authentication set
activity-op-user-preset = Menu preset assigned
activity-op-user-resend = Activation e-mail sent

## Bulk work on a selection
users-chosen = { $count ->
    [one] { $count } user chosen
    *[other] { $count } users chosen
    }
users-choose-all-matching = Choose all { $count } matching the filter
users-choice-clear = Clear the choice
users-export-chosen = Export the chosen…
bulk-balance = Balance or bonus…
bulk-discount = Discount…
bulk-plan = Plan…
bulk-mfa = 2FA…
bulk-resend = Resend activation…
bulk-delete = Delete…
bulk-title = { $action } for { $count ->
    [one] { $shown } user
    *[other] { $shown } users
    }
bulk-reading = Reading the users: { $read } of { $of }…
bulk-discount-rule = Enter a discount from 0 to 100 %, a number of devices, and an end date (YYYY-MM-DD) unless it is open-ended.
bulk-plan-rule = Choose a plan.
bulk-plan-choose = Choose a plan
bulk-delete-rule = Type the number of users, { $count }, to confirm.
bulk-delete-warning = { $count ->
    [one] { $count } user and everything it has will be deleted. This cannot be undone.
    *[other] { $count } users and everything they have will be deleted. This cannot be undone.
    }
bulk-delete-type = Type { $count } to confirm
bulk-below-zero = Left out: would go below zero (the server refuses it)
bulk-discount-after = { $value }
bulk-unchanged = Already so: nothing sent
bulk-resend-will = An e-mail will be sent
bulk-activated-already = Left out: activated already
bulk-deleted = Deleted
bulk-resend-about = A new activation e-mail goes to each chosen user who is not activated yet.
bulk-nobody = Nobody is left to do this for.
bulk-preview-count = { $count ->
    [one] { $count } user will change
    *[other] { $count } users will change
    }
bulk-left-out = { $count } left out (see why below)
bulk-start = Start for { $count }
bulk-done = done { $count }
bulk-failed = failed { $count }
bulk-left = left { $count }
bulk-rate = { $rate } users a second
bulk-time-left = about { $seconds } s left
bulk-pause = Pause
bulk-cancel = Cancel the rest
bulk-resume = Resume ({ $count } left)
bulk-discard = Discard the run
bulk-retry-failed = Retry the failed ({ $count })
bulk-pause-first = Pause the run first: what is left is kept to resume.
bulk-finished = Done for { $count }.
bulk-finished-failures = Finished; { $failed } did not go through: see why in the list.
bulk-paused = Paused: resume when you like, also after the app is closed.
bulk-cancelled = Cancelled: the rest was not sent.
bulk-session-ended = The session ended: sign in again to resume.
bulk-not-kept = The run's file could not be written, so it stopped: { $reason }
bulk-interrupted = This run did not finish when the app was last used: { $done } settled, { $left } left. Changes that were on their way are checked with the server before anything is sent again.
bulk-interrupted-action = What it does: { $action }
bulk-action-balance = { $kind } changed by { $amount } ("{ $text }")
bulk-action-discount = a discount of { $value }, until { $end }
bulk-action-open-ended = no end date
bulk-action-plan = the plan { $plan }
bulk-action-mfa-on = 2FA allowed
bulk-action-mfa-off = 2FA not allowed
bulk-action-resend = a new activation e-mail
bulk-action-delete = the users deleted
bulk-set-aside = { $count ->
    [one] A bulk run's file could not be trusted and was set aside, not run: { $files }
   *[other] { $count } bulk runs' files could not be trusted and were set aside, not run: { $files }
}
bulk-before = Before
bulk-before-none = None
bulk-before-reading = Reading…
bulk-before-unread = Not read: { $reason }
bulk-undo-text = Reversal: { $text }
bulk-undo = Undo this run…
bulk-put-back-discount = Put back discounts
bulk-put-back-plan = Put back plans
bulk-put-back-about = Each user gets back the discount or plan it had before the run, whatever it has now. “Before” shows what it has now.
bulk-action-put-back-discount = each user's discount as it was before a run
bulk-action-put-back-plan = each user's plan as it was before a run
watch-open = Balance watch
watch-title = Balance watch
watch-explained = Each user's charges over the last 30 days, and the days the balance lasts at that rate: soonest to run out first.
watch-listing = Reading the list of users: { $read }…
watch-progress = Users read: { $read } of { $total }
watch-stop = Stop
watch-resume = Go on
watch-refresh = Read again
watch-spent = Spent, 30 days
watch-days-left = Days left
watch-runs-out = Runs out on
watch-unread = Not read ({ $count }): { $logins }
watch-none-yet = Nothing read yet.
watch-within = Runs out within
watch-days = days
watch-shown = Shown: { $shown } of { $read }
watch-top-up = Top up these…
watch-export = Export CSV…
watch-file-name = balance-watch
watch-not-kept = What was read could not be kept for the next reading: { $reason }
watch-not-loaded = What earlier readings kept could not be used ({ $reason }): everyone is read afresh.
watch-chart = Refills and charges by month
watch-chart-since = read since { $date }; each reading adds what is new
watch-chart-hide = Back to the users
watch-chart-show = Chart by month
watch-chart-refills = Refills
watch-chart-charges = Charges
watch-chart-month = { $month }: refills { $refills }, charges { $charges }
bulk-after = After
bulk-outcome = Outcome
bulk-state-waiting = Waiting
bulk-state-sending = On its way
bulk-state-done = Done
bulk-state-skipped = Left out: { $reason }
bulk-state-refused = Refused: { $reason } (code { $code })
bulk-state-failed = Failed: { $reason }
bulk-state-unknown = Unknown: { $reason }
cli-import-classified = against the server: { $summary }
sync-conflict-legal-type = the legal type cannot change ({ $from } → { $to })

## Imports that update
sync-compare = Compare with the server
sync-compare-again = Compare again
sync-compare-about = Finds the users that exist already: what the file would change for them, and what it cannot.
sync-comparing = Comparing with the server…
sync-summary = { $new } new, { $changed } changed, { $unchanged } unchanged, { $conflicts ->
    [one] { $conflicts } conflict
    *[other] { $conflicts } conflicts
    }
sync-cost = ({ $requests ->
    [one] { $requests } request
    *[other] { $requests } requests
    }, { $ms } ms)
sync-apply-new = Create the new
sync-apply-changed = Update the changed
sync-apply = Create { $new }, update { $changed }
sync-change = { $column }: { $old } → { $new }
sync-row-changed = Changes: { $changes }
sync-row-unchanged = On the server as the file says
sync-row-conflict = Cannot apply: { $reason }
sync-row-updated = Updated
sync-row-update-failed = Not updated: { $reason }
sync-row-gone = the row is no longer in the file
sync-updating = Updating { $done } of { $total }…
sync-updated = { $count ->
    [one] { $count } user updated.
    *[other] { $count } users updated.
    }
segments-open = Segments
segments-title = Segments
segments-explained = Questions the server's search cannot answer, asked of every user of the dealer: a user is found when every condition holds.
segments-reading = Reading the users: { $read }…
segments-as-of = Users: { $count }, read { $age }
segments-never-read = No users read yet.
segments-age-now = just now
segments-age-minutes = { $n ->
    [one] { $n } minute ago
   *[other] { $n } minutes ago
}
segments-age-hours = { $n ->
    [one] { $n } hour ago
   *[other] { $n } hours ago
}
segments-age-days = { $n ->
    [one] { $n } day ago
   *[other] { $n } days ago
}
segments-refresh = Read again
segments-saved = Saved segments
segments-name = Segment name
segments-save = Save
segments-forget = Delete segment
segments-saved-as = Segment “{ $name }” saved.
segments-too-many = No more segments can be saved: delete one first.
segments-search = Login, name or phone
segments-add = Add a condition…
segments-found = Found: { $found } of { $total }
segments-none-found = No user meets these conditions.
segments-needs-watch = The balance watch has not read this dealer's charges yet: open it once, and this condition finds who runs out.
segments-discount-ends-within = Discount ends within
segments-discount-ended = Discount has ended
segments-terms-needed = Discounts and plans are not in the users list: each user's record is read for them (requests: { $count }).
segments-terms-read = Read discounts and plans
segments-terms-reading = Reading discounts and plans: { $read } of { $total }
segments-terms-as-of = Discounts and plans read { $age }
segments-terms-read-again = Read them again
segments-terms-unread = Not read: { $count }
segments-export = Export…
segments-file-name = segment
segments-index-unreadable = The users kept on this computer could not be read ({ $reason }): they are read from the server again.
segments-balance-below = Balance below
segments-balance-above = Balance above
segments-balance-negative = Balance below zero
segments-not-activated = Not activated
segments-not-activated-for = Not activated for at least
segments-no-trackers = No trackers
segments-trackers-more-than = Trackers, more than
segments-two-factor-on = Two-factor authentication on
segments-two-factor-off = Two-factor authentication off
segments-created-between = Created between
segments-place = City or country
segments-problem-amount = An amount, such as 25 or 12.50
segments-problem-number = A whole number, such as 30
segments-problem-date = A date as YYYY-MM-DD
segments-problem-dates-reversed = The first date is after the second
segments-problem-empty = Type a value to use this condition
