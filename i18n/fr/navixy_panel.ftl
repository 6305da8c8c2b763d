## Shell
app-title = Navixy Panel
header-dealer = Revendeur { $login }
busy = Traitement…
logout = Déconnexion
logout-confirm-title = Se déconnecter ?
logout-confirm-body = La session du panneau prend fin. Tout ce qui n'est pas enregistré sur le serveur reste uniquement sur cet écran jusqu'à votre prochaine connexion.
cancel = Annuler
settings-reset = Certains paramètres n'ont pas pu être lus et ont été rétablis à leurs valeurs par défaut.
theme-system = Thème du système
theme-light = Clair
theme-dark = Sombre

## Login
login-title = Connexion au panneau d'administration Navixy
login-subtitle = Utilisez votre identifiant de revendeur. Votre mot de passe n'est jamais conservé.
login-server = Serveur
server-sandbox = Bac à sable (démo locale)
server-eu = Hébergement Navixy, Europe
server-us = Hébergement Navixy, Amérique
server-custom = Sur site (URL personnalisée)
login-custom-url = Adresse de l'API
login-login = Identifiant
login-password = Mot de passe
login-submit = Se connecter
login-signing-in = Connexion…
login-sandbox-starting = Démarrage du bac à sable local…
login-sandbox-ready = Le bac à sable fonctionne sur cet ordinateur avec des données de démonstration : revendeur demo, mot de passe demo1234.
login-sandbox-failed = Le bac à sable n'a pas pu démarrer : { $reason }
login-session-ended = Votre session a expiré. Reconnectez-vous pour reprendre là où vous en étiez.
login-logged-out = Déconnexion effectuée.
login-bad-url = Cette adresse de serveur n'est pas valide.
login-https-required = L'adresse doit commencer par https:// (le http simple n'est autorisé que pour cet ordinateur).
login-missing-credentials = Saisissez votre identifiant et votre mot de passe.

## Errors
error-code = Code Navixy { $code }
error-wrong-credentials = Identifiant ou mot de passe incorrect.
error-dealer-blocked = Ce compte revendeur est bloqué. Contactez le support Navixy.
error-dealer-unknown = Aucun revendeur n'a cet identifiant sur ce serveur.
error-too-many-attempts = Trop de tentatives échouées. Patientez quelques minutes, puis réessayez.
error-session-ended = Votre session a expiré. Reconnectez-vous.
error-not-found = Introuvable : l'élément a peut-être été supprimé, ou il appartient à un autre revendeur.
error-rate-limited = Le serveur a demandé de ralentir et a continué de refuser ; rien n'a été modifié. Réessayez dans un instant.
error-not-permitted = Votre compte revendeur n'est pas autorisé à effectuer cette action.
error-server-failed = Le serveur n'a pas réussi à traiter la requête.
error-server = Le serveur a refusé la requête : { $description }
error-unreachable = Impossible de joindre le serveur. Vérifiez la connexion réseau et l'adresse du serveur.
error-timeout = Le serveur n'a pas répondu à temps. Réessayez.
error-not-navixy = L'adresse répond, mais pas comme une API Navixy. Vérifiez l'adresse du serveur.
error-bad-url = Cette adresse de serveur ne peut pas être utilisée.
error-redirected = Le serveur nous renvoie ailleurs : { $to }. Le panneau ne suit pas cette redirection : vérifiez l'adresse du serveur.
error-too-large = La réponse du serveur dépasse { $megabytes } Mo ; le panneau a cessé de la lire.
error-inconsistent = Le serveur a répondu sur autre chose que ce qui était demandé ({ $detail }) : la réponse n'a pas été utilisée.
error-file-write = Le fichier n'a pas pu être écrit : { $reason }
field-hidden-characters = Cette valeur contient des caractères qui ne peuvent pas être affichés (caractères de contrôle ou marques de direction). Ils sont conservés tels quels, sauf si vous modifiez ce champ.

## Users list
users-filter-placeholder = Filtrer par nom, identifiant, téléphone, ville, numéro fiscal…
users-only-active = Actifs seulement
users-columns = Colonnes
users-refresh = Actualiser
retry = Réessayer
details-loading = Chargement de l'utilisateur…
users-loading = Chargement des utilisateurs…
users-empty = Ce revendeur n'a encore aucun utilisateur.
users-no-match = Aucun utilisateur ne correspond à « { $filter } ».
users-inactive = non activé
column-id = ID
column-name = Nom
column-login = Identifiant
column-phone = Téléphone
column-balance = Solde
column-bonus = Bonus
column-city = Ville
column-trackers = Traqueurs
column-created = Créé le
pager-page-size = Lignes par page
pager-range = { $first }–{ $last } sur { $total }
pager-empty = Aucun utilisateur

## User details
details-back = Utilisateurs
group-account = Compte
group-person = Personne de contact
group-legal = Informations juridiques
group-postal = Adresse postale
group-registered = Adresse d'enregistrement
group-discount = Remise
group-other = Autres
field-id = ID
field-login = Identifiant (e-mail)
field-activated = Activé
field-verified = E-mail vérifié
field-created = Créé le (UTC)
field-balance = Solde
field-bonus = Bonus
field-trackers = Traqueurs
field-last-name = Nom
field-first-name = Prénom
field-middle-name = Deuxième prénom
field-phone = Téléphone
field-legal-type = Statut juridique
field-legal-name = Dénomination sociale
field-tin = Numéro fiscal
field-iec = IEC
field-okpo = OKPO
field-state-reg-num = Numéro d'immatriculation
field-country = Pays
field-region = Région
field-city = Ville
field-street = Numéro et rue
field-zip = Code postal
field-discount-value = Remise
field-discount-min-trackers = Minimum de traqueurs
field-discount-end = Fin
field-comment = Commentaire
field-default-tariff = ID du plan tarifaire par défaut
legal-individual = Personne physique
legal-entity = Personne morale
legal-sole-trader = Entrepreneur individuel
value-yes = Oui
value-no = Non
value-open-ended = Sans date de fin

## Applications
apps-open = Applications
apps-title = Applications de { $user }
apps-loading = Chargement des applications…
apps-empty = Cet utilisateur n'a encore aucune application. Ajoutez-en une pour l'afficher dans l'interface web du client.
details-back-user = Utilisateur
app-new = Ajouter une application
app-new-title = Nouvelle application
app-edit-title = Modifier l'application
app-name = Nom ({ $count }/{ $max })
app-url = URL
app-url-hint = https uniquement. Les variables entre accolades sont remplacées pour chaque client, par exemple { "{" }user_id{ "}" } ou { "{" }language{ "}" }.
app-icon = URL de l'icône (facultatif)
app-enabled = Affichée dans le menu du client
app-description = Description ({ $count }/{ $max })
app-display = Ouverture
app-display-new-tab = Dans un nouvel onglet
app-display-embedded = Dans l'interface web
app-auth = Autorisation
app-auth-none = Aucune
app-auth-user-session = Session du client
app-auth-api-key = Clé API
app-api-key = Clé API
app-on = Activée
app-off = Désactivée
app-created = Application ajoutée.
app-saved = Application enregistrée.
app-deleted = Application supprimée.
app-gone = Cette application n'existe plus (elle a été supprimée entre-temps). La liste a été actualisée.
app-delete-title = Supprimer cette application ?
app-delete-body = « { $name } » disparaîtra du menu du client. Cette action est irréversible.
edit = Modifier
delete = Supprimer
save = Enregistrer
saving = Enregistrement…
editor-stored-value-warning = Valeur enregistrée telle quelle malgré tout : { $rule } Les autres modifications peuvent toujours être enregistrées.
rule-formula-not-saved = Formule sans valeur enregistrée : ouvrez le fichier dans Excel ou LibreOffice et enregistrez-le à nouveau.
rule-cell-error = La cellule affiche une erreur ({ $shown }).
rule-merged-cell = Fusionnée avec la cellule de la ligne { $line } : seule cette ligne contient la valeur.
rule-ambiguous-number = Peut se lire de deux façons : écrivez-le sans séparateur de milliers.
rule-example-row = Ligne d'exemple du modèle d'importation : ignorée.
rule-starts-with-space = Commence par un espace (conservé tel quel).
rule-ends-with-space = Se termine par un espace (conservé tel quel).
rule-maybe-percent = Valeur inférieure à 1 : si la cellule affiche un pourcentage (0,075 affiché 7,5 %), saisissez ici le pourcentage.
rule-absent = Absent de la requête.
rule-required = Obligatoire.
rule-too-long = { $max } caractères au maximum.
rule-https-url = Doit être une adresse https:// valide.
rule-not-printable = Caractères imprimables uniquement.
rule-invalid = Valeur non valide.

## Customer's view
customer-open = Vue client
customer-heading = { $user } vu par le client
customer-loading = Ouverture de la session du client…
customer-not-reported = Non communiqué par le serveur.
customer-account = Compte
customer-title = Affiché comme
customer-locale = Langue et région
customer-time-zone = Fuseau horaire
customer-measurement = Système de mesure
customer-geocoder = Géocodeur
customer-route-provider = Fournisseur d'itinéraires
customer-demo = Compte de démonstration
customer-balances = Soldes
customer-master = Compte principal (ceci est un sous-utilisateur)
customer-tariff = Plan tarifaire
customer-allowed-maps = Cartes autorisées
customer-premium-gis = SIG premium
customer-dealer = ID du revendeur
customer-features = Fonctions du revendeur
customer-features-list = Fonctions
customer-privileges = Privilèges du sous-utilisateur
customer-rights = Droits
activation-needed = Ce compte n'est pas activé ou son e-mail n'est pas vérifié.
activation-resend = Renvoyer l'e-mail d'activation
activation-sending = Envoi…
activation-wait = Renvoi possible dans { $time }
activation-sent = Un nouveau lien d'activation a été envoyé à { $login }.
activation-already-done = Ce compte est déjà activé et vérifié.
activation-mail-failed = Le serveur n'a pas pu envoyer l'e-mail. Vérifiez l'adresse ou réessayez plus tard.
activation-unknown-login = Le serveur ne connaît pas l'identifiant { $login }.

## User editor
users-new = Nouvel utilisateur
details-edit = Modifier
editor-new-title = Nouvel utilisateur
editor-edit-title = Modifier { $login }
editor-unsaved = Modifications non enregistrées
editor-problems = { $count ->
    [one] { $count } champ à vérifier
    [many] { $count } champs à vérifier
   *[other] { $count } champs à vérifier
}
editor-login-in-use = Cet identifiant (e-mail) est déjà utilisé par un autre compte.
editor-legal-type-fixed = { $kind } (non modifiable)
editor-same-address = Identique à l'adresse postale
editor-saved = Utilisateur enregistré.
editor-created = Utilisateur créé.
editor-discard-title = Abandonner vos modifications ?
editor-discard-body = Ce que vous avez saisi dans ce formulaire sera perdu.
editor-discard = Abandonner
field-password = Mot de passe
field-password-repeat = Confirmer le mot de passe
field-time-zone = Fuseau horaire
field-time-zone-search = Tapez pour rechercher, par ex. Paris
field-locale = Langue et région
field-phone-digits = Téléphone (10 à 15 chiffres, sans +)
field-discount-percent = Remise (%)
field-discount-end-date = Fin le (aaaa-mm-jj)
field-discount-strategy = Cumul avec la remise du plan tarifaire
field-comment-counted = Commentaire ({ $count }/{ $max })
strategy-no-summing = Sans cumul
strategy-sum = Cumul avec la remise progressive
strategy-no-summing-explained = La plus forte des deux remises s'applique : celle-ci ou la remise progressive du plan tarifaire.
strategy-sum-explained = Cette remise s'ajoute à la remise progressive du plan tarifaire.
rule-email = Doit être une adresse e-mail valide.
rule-phone = 10 à 15 chiffres, sans + ni espaces.
rule-password = 6 à 20 caractères imprimables.
rule-passwords-differ = Les mots de passe ne correspondent pas.
rule-discount = Un nombre de 0 à 100.
rule-not-negative = Un nombre entier, 0 ou plus.
rule-date = Une date au format aaaa-mm-jj.

## Account actions
action-password = Changer le mot de passe
action-balance = Solde ou bonus
action-delete = Supprimer l'utilisateur
password-title = Nouveau mot de passe pour { $login }
password-change = Changer le mot de passe
password-changed = Le mot de passe a été changé.
balance-title = Modifier le solde de { $login }
balance-current = Actuellement : solde { $balance }, bonus { $bonus }
balance-what = À modifier
balance-amount = Montant (+ ajoute, − retire)
balance-description = Description de la transaction
balance-preview = Après modification : { $value }
balance-apply = Appliquer
balance-changed = Le solde a été modifié.
balance-amount-rule = Saisissez un montant non nul, avec au plus deux décimales.
balance-text-rule = La description doit comporter au moins { $min } caractères.
balance-insufficient = Fonds insuffisants : le montant actuel est de { $current } et ne peut pas devenir négatif.
delete-title = Supprimer cet utilisateur ?
delete-explained = { $login }, ses sous-utilisateurs et ses traqueurs sont marqués comme supprimés, et ses traqueurs cessent de fonctionner. Cette action ne peut pas être annulée depuis le panneau.
delete-type-login = Saisissez l'identifiant de l'utilisateur pour confirmer
delete-clones = Supprimer aussi les clones de ses traqueurs détenus par d'autres utilisateurs
delete-252 = L'un des traqueurs de cet utilisateur est déjà supprimé (corrompu), le serveur a donc refusé. Contactez le support Navixy pour terminer la suppression.
delete-253 = Certains traqueurs de cet utilisateur sont clonés chez d'autres utilisateurs. Cochez « Supprimer aussi les clones » pour les supprimer également, ou supprimez d'abord les clones.
deleted = L'utilisateur a été supprimé.
delete-login-mismatch = L'identifiant ne correspond pas à cet utilisateur.

## Transactions
transactions-open = Transactions
transactions-title = Transactions de { $user }
transactions-loading = Chargement des transactions… (partie { $done } sur { $total })
transactions-empty = Aucune transaction sur cette période.
transactions-chart-empty = Rien à afficher.
transactions-count = { $count ->
    [one] { $count } transaction
    [many] { $count } transactions
   *[other] { $count } transactions
}
transactions-refills = Recharges : +{ $amount }
transactions-charges = Débits : { $amount }
transactions-net = Net : { $amount }
transactions-bonus = Bonus : { $amount }
transactions-readout = { $date } : solde { $balance }, bonus { $bonus }
range-7 = 7 derniers jours
range-30 = 30 derniers jours
range-90 = 90 derniers jours
range-month = Ce mois-ci
range-custom = Période personnalisée
range-apply = Afficher
range-bad = Saisissez deux dates au format aaaa-mm-jj, la première ne devant pas être postérieure à la seconde.
tx-date = Date (UTC)
tx-type = Type
tx-subtype = Sous-type
tx-description = Description
tx-amount = Montant
tx-balance = Solde
tx-bonus-amount = Montant du bonus
tx-bonus = Bonus
tx-tracker = Traqueur
transactions-export = Exporter en XLSX
tx-old-balance = Solde avant
tx-new-balance = Solde après
tx-old-bonus = Bonus avant
tx-new-bonus = Bonus après
saved-to = Enregistré dans { $path }
save-failed = Impossible d'enregistrer le fichier : { $reason }
action-login-as = Se connecter en tant qu'utilisateur
login-as-copied = La clé de session de l'utilisateur est dans le presse-papiers.
login-as-opened = L'interface web de l'utilisateur a été ouverte ; la clé de session est aussi dans le presse-papiers.
login-as-refused = L'interface web de l'utilisateur n'a pas été ouverte : { $reason } La clé de session est dans le presse-papiers.
login-as-no-browser = Aucun navigateur web n'a pu être ouvert ; la clé de session de l'utilisateur est dans le presse-papiers.
web-problem-not-a-host = le domaine du revendeur fourni par le serveur, « { $domain } », n'est pas un nom d'hôte.
web-problem-not-a-key = la clé de session fournie par le serveur n'est pas une clé valide.
web-problem-not-an-address = « { $address } » n'est pas une adresse https.
web-problem-plain-http = « { $address } » est une adresse http simple vers une autre machine, qui transmettrait la clé en clair.
rule-too-short = Au moins { $min } caractères.
rule-two-decimals = Au plus 2 chiffres après la virgule.
rule-duplicate-in-file = Cet e-mail figure déjà à la ligne { $line } du fichier.

## Import template: the note on each column's header
template-note-email = Obligatoire. Identifiant du nouvel utilisateur : une adresse e-mail valide, unique dans ce fichier et sur le serveur.
template-note-password = Obligatoire. 6 à 20 caractères imprimables. L'utilisateur pourra le changer plus tard.
template-note-status = Obligatoire. 1 — actif, 0 — bloqué.
template-note-legal-status = Obligatoire. 1 — personne physique, 2 — personne morale, 3 — entrepreneur individuel. Pour 2 et 3, les colonnes d'adresse et d'enregistrement sont obligatoires ; pour 2, la dénomination sociale l'est aussi.
template-note-last-name = Obligatoire. Nom de famille de l'utilisateur ou de la personne de contact de la société.
template-note-first-name = Obligatoire. Prénom de l'utilisateur ou de la personne de contact.
template-note-middle-name = Facultatif.
template-note-phone = Facultatif. 10 à 15 chiffres, sans + ni espaces.
template-note-comment = Facultatif. Une note pour votre personnel, 255 caractères au maximum.
template-note-post-country = Adresse postale : pays. Obligatoire pour les personnes morales et les entrepreneurs individuels.
template-note-post-region = Adresse postale : région ou État. Obligatoire pour les personnes morales et les entrepreneurs individuels.
template-note-post-city = Adresse postale : ville. Obligatoire pour les personnes morales et les entrepreneurs individuels.
template-note-post-street-address = Adresse postale : rue, bâtiment, bureau. Obligatoire pour les personnes morales et les entrepreneurs individuels.
template-note-post-index = Adresse postale : code postal. Obligatoire pour les personnes morales et les entrepreneurs individuels.
template-note-legal-name = Dénomination sociale enregistrée de la société. Obligatoire pour les personnes morales.
template-note-tin = Facultatif. Numéro d'identification fiscale.
template-note-iec = Facultatif. Code du motif d'enregistrement fiscal (KPP en Russie).
template-note-state-reg-num = Facultatif. Numéro d'immatriculation officiel (OGRN), 15 caractères au maximum.
template-note-okpo-code = Facultatif. Code OKPO.
template-note-registered-country = Adresse d'enregistrement : pays.
template-note-registered-region = Adresse d'enregistrement : région. Obligatoire pour les personnes morales et les entrepreneurs individuels.
template-note-registered-city = Adresse d'enregistrement : ville. Obligatoire pour les personnes morales et les entrepreneurs individuels.
template-note-registered-street-address = Adresse d'enregistrement : rue, bâtiment. Obligatoire pour les personnes morales et les entrepreneurs individuels.
template-note-registered-index = Adresse d'enregistrement : code postal. Obligatoire pour les personnes morales et les entrepreneurs individuels.
template-note-discount = Facultatif. Remise en pourcentage, de 0 à 100.
template-note-discount-end-date = Facultatif. Dernier jour de la remise, au format aaaa-mm-jj.
template-note-device-limit = Facultatif. Nombre minimal d'appareils requis pour la remise, en nombre entier.

## Import
import-column-line = Ligne
import-column-problems = Problèmes
import-report-sheet = Problèmes
import-summary = { $n ->
    [one] { $rows } ligne
    [many] { $rows } lignes
   *[other] { $rows } lignes
} — prêtes : { $ready }, avec erreurs : { $errors }
import-summary-excluded = , exclues : { $excluded }
import-summary-created = , créées : { $created }
import-summary-updated = , mises à jour : { $updated }
import-missing-columns = Colonnes obligatoires absentes du fichier : { $columns }. Remplissez-les ci-dessous ou ajoutez-les au fichier.
import-unknown-columns = Colonnes non reconnues et ignorées : { $columns }
import-too-many-rows = Navixy accepte au plus { $max } lignes par importation. Excluez des lignes ou divisez le fichier.
import-line = Ligne { $line }
import-file-too-large = Le fichier dépasse 10 Mo, le maximum accepté par Navixy. Divisez-le en fichiers plus petits.
import-file-empty = Le fichier ne contient aucun utilisateur : il est vide ou ne contient qu'une ligne d'en-tête.
import-file-no-such-sheet = Le classeur n'a pas de feuille nommée « { $sheet } ».
import-duplicate-column = Les colonnes { $first } et { $second } sont toutes deux « { $header } » : gardez-en une seule et rouvrez le fichier.
import-sheet-read = Lu depuis la feuille « { $sheet } ».
import-sheet-read-others = Lu depuis la feuille « { $sheet } » ; d'autres feuilles contiennent aussi des utilisateurs : { $others }.
import-lines-skipped = Les lignes { $first } à { $last }, au-dessus de l'en-tête (ligne { $header }), ont été ignorées.
import-line-skipped = La ligne { $line }, au-dessus de l'en-tête (ligne { $header }), a été ignorée.
import-line-warnings = Ligne { $line }, à vérifier : { $warnings }
import-file-no-sheet = Le classeur ne contient aucune feuille.
import-file-unreadable = Ce fichier n'est pas un classeur que ce programme sait lire (CSV, XLSX, XLS ou ODS). Détails : { $detail }
import-title = Importation : { $file }
import-template = Télécharger le modèle
import-template-file = modele-importation-utilisateurs.xlsx
import-choose-file = Choisir un autre fichier…
import-reading = Lecture du fichier…
import-checking-rows = Vérification des lignes : { $done } sur { $total }
import-cannot-open = Le fichier n'a pas pu être ouvert : { $reason }
import-encoding = Encodage :
import-sheet = Feuille :
import-show-passwords = Afficher les mots de passe
import-row-ready-but = Prête ; à vérifier : { $warnings }
import-errors-only = Lignes en erreur seulement
import-exclude-invalid = Exclure les lignes en erreur
import-save-report = Enregistrer le rapport d'erreurs…
import-upload = { $n ->
    [one] Importer { $count } utilisateur
    [many] Importer { $count } utilisateurs
   *[other] Importer { $count } utilisateurs
}
import-nothing-left = Plus rien à importer
import-upload-rest = { $n ->
    [one] Importer l'utilisateur restant
    [many] Importer les { $count } utilisateurs restants
   *[other] Importer les { $count } utilisateurs restants
}
import-uploading = Création des utilisateurs : { $sent } sur { $total }
import-checking-server = L'importation a été interrompue. Vérification des utilisateurs créés par le serveur…
import-check-failed = Impossible de savoir quels utilisateurs ont été créés : { $reason } Rien ne sera envoyé tant que ce n'est pas établi.
import-check-again = Vérifier à nouveau
import-done = { $n ->
    [one] { $created } utilisateur créé.
    [many] { $created } utilisateurs créés.
   *[other] { $created } utilisateurs créés.
}
import-stopped = L'importation s'est arrêtée : { $reason } Utilisateurs créés jusqu'ici : { $created }. Corrigez ou excluez la ligne signalée, puis importez le reste — les lignes déjà créées ne sont pas renvoyées.
import-stopped-at = la ligne { $line } a été refusée : { $reason }
import-row-created = Créée
import-row-excluded = Exclue
import-row-ready = Prête
import-separator-semicolon = points-virgules
import-separator-comma = virgules
import-separator-tab = tabulations
import-csv-read-as = Lu comme CSV séparé par des { $separator }, { $encoding }.
import-leave-title = Quitter l'importation ?
import-leave-body = Vos corrections et les lignes pas encore importées seront perdues.
import-leave = Quitter
users-import = Importer…
users-export = Exporter…
users-export-cancel = Annuler l'export
export-cancelled = Export annulé : aucun fichier n'a été écrit.
users-template = Modèle
export-done = Utilisateurs exportés vers { $path } : { $count }
export-failed = L'export a échoué : { $reason }
export-xlsx-as-built = Le fichier XLSX est enregistré tel que le serveur l'a produit : le panneau n'a pas vérifié si ses cellules contiennent des formules. Un export CSV, lui, est vérifié.
export-csv-as-built = Le fichier CSV est enregistré tel que le serveur l'a envoyé : le panneau n'a pas pu le lire comme CSV, la présence de formules dans ses cellules n'a donc pas été vérifiée.
error-login-in-use = Un utilisateur avec cet e-mail existe déjà.
error-duplicate-login = Le même e-mail figure deux fois dans le fichier.
error-invalid-parameters = Certaines valeurs ne sont pas valides.
file-filter-spreadsheets = Classeurs

## A change whose answer was lost (checked with a read afterwards)
error-not-applied = La connexion a échoué avant que le serveur n'effectue la modification. Rien n'a été modifié ; votre saisie est conservée, vous pouvez donc l'envoyer à nouveau.
error-unconfirmed = La réponse a été perdue et le serveur n'a pas pu être interrogé sur ce qui s'est passé : la modification a pu être effectuée ou non. Vérifiez avant de l'envoyer à nouveau.

## Activity: the journal of changes made from this computer
activity-open = Activité
activity-title = Activité
back = Retour
activity-filter-placeholder = Filtrer par utilisateur, opération, modification…
activity-export = Exporter en XLSX…
activity-file-name = activite
activity-count = { $n ->
    [one] { $shown } sur { $total } modification
    [many] { $shown } sur { $total } modifications
   *[other] { $shown } sur { $total } modifications
}
activity-unreadable = { $count ->
    [one] { $count } ligne endommagée ignorée
    [many] { $count } lignes endommagées ignorées
   *[other] { $count } lignes endommagées ignorées
}
activity-cannot-read = Le journal d'activité n'a pas pu être lu : { $reason }
activity-empty = Aucune modification pour l'instant. Chaque modification que vous effectuez (utilisateurs, soldes, applications, importations) est consignée ici.
activity-when = Date
activity-server = Serveur
activity-dealer = Revendeur
activity-operation = Opération
activity-user-id = ID utilisateur
activity-user = Utilisateur
activity-changes = Modifications
activity-outcome = Résultat
activity-code = Code d'erreur
activity-op-user-create = Utilisateur créé
activity-op-user-update = Utilisateur modifié
activity-op-user-password = Mot de passe changé
activity-op-user-balance = Solde modifié
activity-op-user-delete = Utilisateur supprimé
activity-op-app-create = Application créée
activity-op-app-update = Application modifiée
activity-op-app-delete = Application supprimée
activity-op-app-enabled = Application activée/désactivée
activity-op-import = Utilisateurs importés
activity-bulk-run = Opération groupée : { $operation }
activity-bulk-users = { $count ->
    [one] { $users } utilisateur
    [many] { $users } utilisateurs
    *[other] { $users } utilisateurs
    }
activity-bulk-outcome = Réussites : { $done }, échecs : { $failed }
activity-outcome-done = Effectué
activity-outcome-refused = Refusé par le serveur
activity-outcome-not-applied = Non effectué (connexion)
activity-outcome-unconfirmed = Inconnu : à vérifier
activity-outcome-failed = Non envoyé
import-file-too-big = Le classeur est trop volumineux pour être lu : plus de { $rows } lignes, ou un contenu qui dépasse 512 Mo une fois décompressé. Navixy accepte au plus 10 000 lignes par fichier ; divisez-le.
import-file-too-many-cells = Ce fichier contient { $cells } cellules ; l'importation en accepte au plus { $max }. Navixy accepte au plus 10 000 lignes par fichier : copiez les lignes et les colonnes des utilisateurs dans un nouveau fichier.
import-file-too-many-columns = Une ligne de ce fichier contient { $columns } colonnes ; l'importation en accepte au plus { $max }. Vérifiez le séparateur, ou copiez les colonnes des utilisateurs dans un nouveau fichier.
error-server-down = Le serveur rencontre des difficultés (HTTP { $status }). Réessayez dans un instant.

quit-confirm-title = Fermer sans enregistrer ?
quit-confirm-body = Une partie du travail n'est pas encore sur le serveur : un formulaire modifié, des lignes d'importation corrigées, ou une modification qui attend encore la réponse du serveur. En fermant la fenêtre, vous la perdrez.
quit-confirm = Fermer quand même
activity-field-activated = Activé
activity-field-verified = E-mail vérifié
activity-field-balance = Solde
activity-field-bonus = Bonus
activity-field-balance-change = Variation du solde
activity-field-bonus-change = Variation du bonus
activity-field-text = Description
activity-field-with-clones = Avec les clones
activity-field-app-name = Nom de l'application
activity-field-app-url = URL de l'application
activity-field-enabled = Affichée dans le menu
activity-field-application = ID de l'application
activity-field-created = Utilisateurs créés
activity-field-discount-strategy = Cumul de la remise
activity-yes = oui
activity-no = non
import-cell-too-long = { $chars } caractères : trop long pour être modifié ici
import-cell-clear = Effacer

# navixy-panel import
cli-import-progress = créés : { $done } sur { $total }
cli-import-no-progress = Le serveur n'a pas créé les lignes envoyées et n'a pas indiqué pourquoi : rien d'autre n'a été envoyé. Relancez l'importation pour envoyer le reste.
cli-import-no-password = Aucun mot de passe : définissez NAVIXY_PASSWORD, ou lancez la commande dans un terminal pour qu'il vous soit demandé.
cli-report-progress = Utilisateurs lus : { $done } sur { $total }
cli-import-unknown-encoding = { $name } n'est pas un encodage connu de ce programme (essayez windows-1251, windows-1252, utf-8).

# A change whose screen was closed before its answer came
left-change-done = Effectué après la fermeture de son écran : { $operation }.
left-change-failed = Non effectué (son écran a été fermé entre-temps) : { $operation }. { $reason }

# The in-app file chooser (systems without a file dialog)
chooser-why = Ce système n'a pas de boîte de dialogue de fichiers (ni portail de bureau, ni zenity) ; le panneau propose donc la sienne : saisissez un chemin, ou choisissez un emplacement et un fichier ci-dessous.
chooser-hint = Tabulation complète le nom · Entrée valide · Échap annule
chooser-title-import = Choisir un classeur à importer
chooser-title-export = Exporter les utilisateurs vers…
chooser-title-save = Enregistrer « { $name } » sous…
chooser-open = Ouvrir
chooser-save = Enregistrer
chooser-type-a-path = Saisissez le chemin d'un fichier, ou choisissez-en un ci-dessous.
chooser-type-a-name = C'est un dossier : saisissez un nom de fichier à la suite.
chooser-no-such-file = Le fichier « { $path } » n'existe pas.
chooser-not-a-spreadsheet = Seuls les classeurs peuvent être importés ({ $extensions }).
chooser-no-such-folder = Ce dossier n'existe pas.
chooser-replace = « { $name } » existe déjà. Cliquez de nouveau sur Enregistrer pour le remplacer.
chooser-cannot-list = Ce dossier ne peut pas être lu : { $reason }
chooser-nothing-here = Rien à choisir ici.
drop-unsupported = « { $name } » ne peut pas être importé : seuls les classeurs peuvent l'être ({ $extensions }).
drop-elsewhere = Pour importer « { $name } », déposez-le sur la liste des utilisateurs ou sur l'écran d'importation.
import-drop-hint = Ou déposez un classeur sur cette fenêtre.
users-columns-hint = Cochez les colonnes à afficher ; les flèches déplacent une colonne. Faites glisser le bord de l'en-tête d'une colonne pour l'élargir ou la rétrécir.
balance-preview-below-zero = Il resterait { $value } : le serveur refuse une modification qui ferait passer le montant sous zéro.

# Codes the API speaks, in words (ui::words); an unknown code is shown tidied
word-locale-en-us = Anglais (États-Unis)
word-locale-en-gb = Anglais (Royaume-Uni)
word-locale-ru-ru = Russe
word-locale-es-es = Espagnol
word-locale-de-de = Allemand
word-locale-fr-fr = Français
word-locale-pt-br = Portugais (Brésil)
word-locale-it-it = Italien
word-locale-uk-ua = Ukrainien
word-locale-pt-pt = Portugais (Portugal)
word-locale-tr-tr = Turc
word-locale-ro-ro = Roumain
word-locale-ar-ar = Arabe
word-locale-kk-kz = Kazakh
word-tx-type-main-charge = Débit
word-tx-type-payment = Paiement
word-tx-type-tariff-charge = Débit du plan tarifaire
word-tx-type-bonus-charge = Débit du bonus
word-tx-subtype-monthly = Mensuel
word-tx-subtype-every-year = Annuel
word-tx-subtype-partner = Par le revendeur
word-tx-subtype-activeday = Par jour actif
word-tx-subtype-everyday = Quotidien
word-tx-subtype-sms = SMS
word-tx-subtype-register = Inscription
word-measurement-metric = Métrique (km, l)
word-measurement-imperial = Impérial (milles, gal imp.)
word-measurement-us = Américain (milles, gal US)
word-measurement-metric-gal = Métrique avec gallons
word-measurement-imperial-us = Impérial avec gallons US
word-service-google = Google
word-service-roadmap = Carte routière Google
word-service-satellite = Google satellite
word-service-hybrid = Google hybride
word-service-osm = OpenStreetMap
word-service-osrm = OpenStreetMap (OSRM)
word-service-yandex = Yandex
word-service-doublegis = 2GIS
word-service-here = HERE
word-service-mapbox = Mapbox
word-service-locationiq = LocationIQ
word-service-progorod = Progorod
word-feature-branding-web = Image de marque (web)
word-feature-branding-mobile = Image de marque (applications mobiles)
word-feature-custom-maps = Cartes personnalisées
word-feature-api = Accès à l'API
import-status-active = Activé
import-status-blocked = Bloqué
error-not-sent = Rien n'a été envoyé : { $reason } Votre saisie est conservée ; renvoyez-la quand le serveur répondra.
activity-field-refused = Refusés
activity-field-not-sent = Non envoyés
activity-field-logins = Identifiants
activity-field-found = Trouvés déjà créés
activity-field-rows-sent = Lignes envoyées
activity-field-run-rows = Lignes à créer
activity-op-import-check = Importation vérifiée

## The users section: permissions, trackers, plans, 2FA, presets, paging, settings
column-registered-city = Ville d'enregistrement
column-comment = Commentaire
column-mfa = 2FA
value-on = Activé
value-off = Désactivé
users-unconfirmed = e-mail non confirmé
not-permitted = Votre compte revendeur n'a pas ce droit. Demandez cette autorisation à votre administrateur Navixy.
pager-first = Première page
pager-previous = Page précédente
pager-next = Page suivante
pager-last = Dernière page
pager-page = Page
pager-of = sur { $pages }
filter-clear = Effacer le filtre
trackers-title = Traqueurs de { $name }
trackers-label = Libellé
trackers-model = Modèle
trackers-imei = IMEI
trackers-status = Statut
trackers-last-connection = Dernière connexion
trackers-clone = Clone
trackers-never = jamais
trackers-none = Aucun traqueur
trackers-loading = Chargement des traqueurs…
trackers-deleted = supprimé
trackers-not-found = Le traqueur n° { $id } ne fait pas partie des traqueurs de cet utilisateur (supprimé ou transféré à un autre utilisateur).
trackers-filter-placeholder = Filtrer par libellé, IMEI ou téléphone
trackers-open = Traqueurs
word-status-active = En ligne
word-status-idle = Inactif
word-status-offline = Hors ligne
word-status-signal-lost = Signal perdu
word-status-just-registered = Tout juste enregistré
field-plan = Plan par défaut
field-menu-preset = Préréglage du menu
field-mfa = Authentification à deux facteurs
preset-default-named = { $title } (par défaut)
plan-not-set = Non défini
plan-list-unknown = Impossible de lire les plans du revendeur : le plan est affiché par son numéro.
preset-list-unknown = Impossible de lire les préréglages de menu depuis le serveur.
field-mfa-allowed = Authentification à deux facteurs autorisée
field-mfa-hint = L'utilisateur peut confirmer sa connexion avec un code envoyé par e-mail.
login-saved-servers = Serveurs enregistrés…
settings-open = Paramètres
settings-title = Paramètres
settings-servers = Serveurs sur site
settings-servers-about = Adresses proposées sur l'écran de connexion. Tout serveur auquel vous vous connectez est ajouté ici.
settings-servers-none = Aucun serveur enregistré pour l'instant.
settings-server-add-label = Ajouter une adresse
settings-server-add = Ajouter
settings-web = Interface web du client
settings-web-about = « Se connecter en tant qu'utilisateur » ouvre cette adresse. { "{" }domain{ "}" } est le domaine du revendeur, tel que le serveur le fournit ; { "{" }session_key{ "}" }, la session de l'utilisateur. Laissez vide pour seulement copier la clé de session.
settings-template = Adresse
settings-template-invalid = Ce n'est pas une adresse http(s).
settings-template-default = Adresse de Navixy
settings-timeout-title = Attente du serveur
settings-timeout-about = Durée maximale d'une requête avant qu'elle soit considérée comme perdue. S'applique à partir de la prochaine connexion.
settings-timeout = Secondes (1–600)
settings-timeout-range = Un nombre de secondes de 1 à 600.
settings-folder = Dossier de données
settings-folder-about = Le journal d'activité et la base de données du bac à sable sont conservés ici.
settings-open-folder = Ouvrir le dossier de données
settings-folder-not-opened = Le dossier n'a pas pu être ouvert : { $reason }
settings-drawing = Affichage
settings-drawing-about = Ce qui dessine la fenêtre. Le processeur fonctionne toujours ; la carte graphique est plus rapide là où son pilote fonctionne. Un changement prend effet au prochain démarrage.
drawing-graphics-card = Carte graphique, si elle fonctionne
drawing-processor = Processeur
drawing-now-graphics-card = Pour ce démarrage, l'affichage utilise la carte graphique.
drawing-now-no-card = Pour ce démarrage, l'affichage utilise le processeur : aucune carte graphique n'a répondu.
drawing-now-processor = Pour ce démarrage, l'affichage utilise le processeur, comme choisi.
drawing-now-failed = Pour ce démarrage, l'affichage utilise le processeur : la carte graphique a échoué.
drawing-now-by-hand = ICED_BACKEND vaut « { $value } » : c'est cette variable qui décide de l'affichage.
drawing-failed-probe = La carte graphique n'a pas pu afficher le panneau ({ $reason }) ; l'affichage utilise donc désormais le processeur. Vous pouvez changer cela dans les Paramètres.
drawing-failed-start = La dernière fois, le panneau s'est arrêté avant que la carte graphique ne l'affiche ; l'affichage utilise donc désormais le processeur. Vous pouvez changer cela dans les Paramètres.
activity-op-user-mfa = Authentification à deux facteurs définie
activity-op-user-preset = Préréglage du menu attribué
activity-op-user-resend = E-mail d'activation envoyé

## Bulk work on a selection
users-chosen = { $count ->
    [one] { $count } utilisateur sélectionné
    [many] { $count } utilisateurs sélectionnés
    *[other] { $count } utilisateurs sélectionnés
    }
users-choose-all-matching = Sélectionner tous les résultats du filtre ({ $count })
users-choice-clear = Effacer la sélection
users-export-chosen = Exporter la sélection…
bulk-balance = Solde ou bonus…
bulk-discount = Remise…
bulk-plan = Plan…
bulk-mfa = 2FA…
bulk-resend = Renvoyer l'activation…
bulk-delete = Supprimer…
bulk-title = { $action } pour { $count ->
    [one] { $shown } utilisateur
    [many] { $shown } utilisateurs
    *[other] { $shown } utilisateurs
    }
bulk-reading = Lecture des utilisateurs : { $read } sur { $of }…
bulk-discount-rule = Saisissez une remise de 0 à 100 %, un nombre d'appareils et une date de fin (AAAA-MM-JJ), sauf si la remise est sans date de fin.
bulk-plan-rule = Choisissez un plan.
bulk-plan-choose = Choisir un plan
bulk-delete-rule = Saisissez le nombre d'utilisateurs, { $count }, pour confirmer.
bulk-delete-warning = { $count ->
    [one] { $count } utilisateur et tout ce qu'il possède seront supprimés. Cette action est irréversible.
    [many] { $count } utilisateurs et tout ce qu'ils possèdent seront supprimés. Cette action est irréversible.
    *[other] { $count } utilisateurs et tout ce qu'ils possèdent seront supprimés. Cette action est irréversible.
    }
bulk-delete-type = Saisissez { $count } pour confirmer
bulk-below-zero = Exclu : passerait sous zéro (le serveur le refuse)
bulk-discount-after = { $value }
bulk-unchanged = Déjà à jour : rien à envoyer
bulk-resend-will = Un e-mail sera envoyé
bulk-activated-already = Exclu : déjà activé
bulk-deleted = Supprimé
bulk-resend-about = Un nouvel e-mail d'activation est envoyé à chaque utilisateur sélectionné qui n'est pas encore activé.
bulk-nobody = Il ne reste personne à traiter.
bulk-preview-count = { $count ->
    [one] { $count } utilisateur sera modifié
    [many] { $count } utilisateurs seront modifiés
    *[other] { $count } utilisateurs seront modifiés
    }
bulk-left-out = Exclus : { $count } (motifs ci-dessous)
bulk-start = Lancer pour { $count }
bulk-done = effectués : { $count }
bulk-failed = échecs : { $count }
bulk-left = restants : { $count }
bulk-rate = { $rate } par seconde
bulk-time-left = reste environ { $seconds } s
bulk-pause = Pause
bulk-cancel = Annuler le reste
bulk-resume = Reprendre (reste : { $count })
bulk-discard = Abandonner l'opération
bulk-retry-failed = Relancer les échecs ({ $count })
bulk-pause-first = Mettez d'abord l'opération en pause : ce qui reste est conservé pour la reprendre.
bulk-finished = Terminé pour { $count }.
bulk-finished-failures = Terminé. Échecs : { $failed } ; les motifs figurent dans la liste.
bulk-paused = En pause : reprenez quand vous le souhaitez, même après avoir fermé l'application.
bulk-cancelled = Annulé : le reste n'a pas été envoyé.
bulk-session-ended = La session a expiré : reconnectez-vous pour reprendre.
bulk-not-kept = Le fichier de l'opération n'a pas pu être écrit, elle s'est donc arrêtée : { $reason }
bulk-interrupted = Cette opération ne s'est pas terminée lors de la dernière utilisation de l'application (traités : { $done }, restants : { $left }). Les modifications qui étaient en cours d'envoi sont vérifiées auprès du serveur avant tout nouvel envoi.
bulk-interrupted-action = Ce qu'elle fait : { $action }
bulk-action-balance = { $kind } modifié de { $amount } (« { $text } »)
bulk-action-discount = une remise de { $value }, fin : { $end }
bulk-action-open-ended = sans date de fin
bulk-action-plan = le plan { $plan }
bulk-action-mfa-on = 2FA autorisée
bulk-action-mfa-off = 2FA non autorisée
bulk-action-resend = un nouvel e-mail d'activation
bulk-action-delete = suppression des utilisateurs
bulk-set-aside = { $count ->
    [one] Fichier d'opération groupée jugé non fiable, mis de côté sans être exécuté : { $files }
    [many] { $count } fichiers d'opérations groupées jugés non fiables, mis de côté sans être exécutés : { $files }
   *[other] { $count } fichiers d'opérations groupées jugés non fiables, mis de côté sans être exécutés : { $files }
}
bulk-before = Avant
bulk-before-none = Aucun
bulk-before-reading = Lecture…
bulk-before-unread = Non lu : { $reason }
bulk-undo-text = Annulation : { $text }
bulk-undo = Annuler cette opération…
bulk-put-back-discount = Rétablir les remises
bulk-put-back-plan = Rétablir les plans
bulk-put-back-about = Chaque utilisateur retrouve la remise ou le plan qu'il avait avant l'opération, quoi qu'il ait maintenant. « Avant » montre ce qu'il a maintenant.
bulk-action-put-back-discount = la remise de chaque utilisateur telle qu'avant une opération
bulk-action-put-back-plan = le plan de chaque utilisateur tel qu'avant une opération
watch-open = Suivi du solde
watch-title = Suivi du solde
watch-explained = Les débits de chaque utilisateur sur les 30 derniers jours et le nombre de jours que dure le solde à ce rythme : d'abord ceux dont le solde s'épuisera le plus tôt.
watch-listing = Lecture de la liste des utilisateurs : { $read }…
watch-progress = Utilisateurs lus : { $read } sur { $total }
watch-stop = Arrêter
watch-resume = Continuer
watch-refresh = Relire
watch-spent = Dépensé, 30 jours
watch-days-left = Jours restants
watch-runs-out = Épuisé le
watch-unread = Non lus ({ $count }) : { $logins }
watch-none-yet = Rien n'a encore été lu.
watch-within = Épuisé d'ici
watch-days = jours
watch-shown = Affichés : { $shown } sur { $read }
watch-top-up = Recharger ceux-ci…
watch-export = Exporter en CSV…
watch-file-name = suivi-du-solde
watch-not-kept = Ce qui a été lu n'a pas pu être gardé pour la prochaine lecture : { $reason }
watch-not-loaded = Ce que les lectures précédentes ont gardé est inutilisable ({ $reason }) : tout est relu.
watch-chart = Recharges et débits par mois
watch-chart-since = lu depuis le { $date } ; chaque lecture ajoute ce qui est nouveau
watch-chart-hide = Retour aux utilisateurs
watch-chart-show = Graphique par mois
watch-chart-refills = Recharges
watch-chart-charges = Débits
watch-chart-month = { $month } : recharges { $refills }, débits { $charges }
bulk-after = Après
bulk-outcome = Résultat
bulk-state-waiting = En attente
bulk-state-sending = En cours d'envoi
bulk-state-done = Effectué
bulk-state-skipped = Exclu : { $reason }
bulk-state-refused = Refusé : { $reason } (code { $code })
bulk-state-failed = Échec : { $reason }
bulk-state-unknown = Inconnu : { $reason }
cli-import-classified = par rapport au serveur : { $summary }
sync-conflict-legal-type = le statut juridique ne peut pas changer ({ $from } → { $to })

## Imports that update
sync-compare = Comparer avec le serveur
sync-compare-again = Comparer à nouveau
sync-compare-about = Trouve les utilisateurs qui existent déjà : ce que le fichier modifierait pour eux, et ce qu'il ne peut pas modifier.
sync-comparing = Comparaison avec le serveur…
sync-summary = Nouveaux : { $new }, modifiés : { $changed }, inchangés : { $unchanged }, { $conflicts ->
    [one] { $conflicts } conflit
    [many] { $conflicts } conflits
    *[other] { $conflicts } conflits
    }
sync-cost = ({ $requests ->
    [one] { $requests } requête
    [many] { $requests } requêtes
    *[other] { $requests } requêtes
    }, { $ms } ms)
sync-apply-new = Créer les nouveaux
sync-apply-changed = Mettre à jour les modifiés
sync-apply = Créer { $new }, mettre à jour { $changed }
sync-change = { $column } : { $old } → { $new }
sync-row-changed = Modifications : { $changes }
sync-row-unchanged = Identique sur le serveur et dans le fichier
sync-row-conflict = Impossible d'appliquer : { $reason }
sync-row-updated = Mis à jour
sync-row-update-failed = Non mis à jour : { $reason }
sync-row-gone = la ligne ne figure plus dans le fichier
sync-updating = Mise à jour : { $done } sur { $total }…
sync-updated = { $count ->
    [one] { $count } utilisateur mis à jour.
    [many] { $count } utilisateurs mis à jour.
    *[other] { $count } utilisateurs mis à jour.
    }
segments-open = Segments
segments-title = Segments
segments-explained = Des questions auxquelles la recherche du serveur ne répond pas, posées à tous les utilisateurs du revendeur : un utilisateur est trouvé quand toutes les conditions sont remplies.
segments-reading = Lecture des utilisateurs : { $read }…
segments-as-of = Utilisateurs : { $count }, lus { $age }
segments-never-read = Aucun utilisateur lu pour l’instant.
segments-age-now = à l’instant
segments-age-minutes = { $n ->
    [one] il y a { $n } minute
   *[other] il y a { $n } minutes
}
segments-age-hours = { $n ->
    [one] il y a { $n } heure
   *[other] il y a { $n } heures
}
segments-age-days = { $n ->
    [one] il y a { $n } jour
   *[other] il y a { $n } jours
}
segments-refresh = Relire
segments-saved = Segments enregistrés
segments-name = Nom du segment
segments-save = Enregistrer
segments-forget = Supprimer le segment
segments-saved-as = Segment « { $name } » enregistré.
segments-too-many = Impossible d’enregistrer d’autres segments : supprimez-en un d’abord.
segments-search = Identifiant, nom ou téléphone
segments-add = Ajouter une condition…
segments-found = Trouvés : { $found } sur { $total }
segments-none-found = Aucun utilisateur ne remplit ces conditions.
segments-needs-watch = Le suivi du solde n'a pas encore lu les débits de ce revendeur : ouvrez-le une fois, et cette condition trouvera qui arrive à court.
segments-discount-ends-within = La remise se termine d’ici
segments-discount-ended = La remise est terminée
segments-terms-needed = Les remises et les plans ne sont pas dans la liste des utilisateurs : la fiche de chaque utilisateur est lue (requêtes : { $count }).
segments-terms-read = Lire les remises et les plans
segments-terms-reading = Lecture des remises et des plans : { $read } sur { $total }
segments-terms-as-of = Remises et plans lus { $age }
segments-terms-read-again = Relire
segments-terms-unread = Non lus : { $count }
segments-export = Exporter…
segments-file-name = segment
segments-index-unreadable = Les utilisateurs conservés sur cet ordinateur n’ont pas pu être lus ({ $reason }) : ils sont relus depuis le serveur.
segments-balance-below = Solde inférieur à
segments-balance-above = Solde supérieur à
segments-balance-negative = Solde négatif
segments-not-activated = Non activé
segments-not-activated-for = Non activé depuis au moins
segments-no-trackers = Aucun traceur
segments-trackers-more-than = Traceurs, plus de
segments-two-factor-on = Authentification à deux facteurs activée
segments-two-factor-off = Authentification à deux facteurs désactivée
segments-created-between = Créé entre
segments-place = Ville ou pays
segments-problem-amount = Un montant, par exemple 25 ou 12,50
segments-problem-number = Un nombre entier, par exemple 30
segments-problem-date = Une date au format AAAA-MM-JJ
segments-problem-dates-reversed = La première date est après la seconde
segments-problem-empty = Saisissez une valeur pour utiliser cette condition
