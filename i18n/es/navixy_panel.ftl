## Shell
app-title = Panel Navixy
header-dealer = Socio { $login }
busy = Procesando…
logout = Cerrar sesión
logout-confirm-title = ¿Cerrar sesión?
logout-confirm-body = La sesión del panel finaliza. Lo que no se haya guardado en el servidor se conservará solo en esta pantalla hasta que vuelva a iniciar sesión.
cancel = Cancelar
settings-reset = Algunos ajustes no se pudieron leer y se restablecieron a sus valores predeterminados.
theme-system = Tema del sistema
theme-light = Claro
theme-dark = Oscuro

## Login
login-title = Inicie sesión en el Panel de Administración Navixy
login-subtitle = Use el usuario de su cuenta de socio. La contraseña nunca se guarda.
login-server = Servidor
server-sandbox = Entorno de pruebas (demostración local)
server-eu = Nube de Navixy, Europa
server-us = Nube de Navixy, América
server-custom = Servidor propio (URL personalizada)
login-custom-url = Dirección de la API
login-login = Usuario
login-password = Contraseña
login-submit = Iniciar sesión
login-signing-in = Iniciando sesión…
login-sandbox-starting = Iniciando el entorno de pruebas local…
login-sandbox-ready = El entorno de pruebas se ejecuta en este equipo con datos de demostración: socio demo, contraseña demo1234.
login-sandbox-failed = No se pudo iniciar el entorno de pruebas: { $reason }
login-session-ended = Su sesión ha finalizado. Vuelva a iniciar sesión para continuar donde estaba.
login-logged-out = Ha cerrado la sesión.
login-bad-url = Esta no es una dirección de servidor válida.
login-https-required = La dirección debe empezar por https:// (http sin cifrar solo se permite para este equipo).
login-missing-credentials = Introduzca su usuario y su contraseña.

## Errors
error-code = Código de Navixy { $code }
error-wrong-credentials = Usuario o contraseña incorrectos.
error-dealer-blocked = Esta cuenta de socio está bloqueada. Póngase en contacto con el soporte de Navixy.
error-dealer-unknown = En este servidor no hay ningún socio con este usuario.
error-too-many-attempts = Demasiados intentos fallidos. Espere unos minutos y vuelva a intentarlo.
error-session-ended = Su sesión ha finalizado. Vuelva a iniciar sesión.
error-not-found = No se encontró: puede que se haya eliminado o que pertenezca a otro socio.
error-rate-limited = El servidor pidió reducir el ritmo de solicitudes y siguió rechazándolas; no se ha cambiado nada. Vuelva a intentarlo en un momento.
error-not-permitted = Su cuenta de socio no tiene permiso para hacer esto.
error-server-failed = El servidor no pudo procesar la solicitud.
error-server = El servidor rechazó la solicitud: { $description }
error-unreachable = No se puede conectar con el servidor. Compruebe la conexión de red y la dirección del servidor.
error-timeout = El servidor no respondió a tiempo. Vuelva a intentarlo.
error-not-navixy = La dirección responde, pero no como una API de Navixy. Compruebe la dirección del servidor.
error-bad-url = Esta dirección de servidor no se puede usar.
error-redirected = El servidor redirigió a otro sitio: { $to }. El panel no sigue la redirección: compruebe la dirección del servidor.
error-too-large = La respuesta del servidor supera los { $megabytes } MB; el panel dejó de leerla.
error-inconsistent = El servidor respondió sobre algo distinto de lo solicitado ({ $detail }): no se hizo nada con la respuesta.
error-file-write = No se pudo escribir el archivo: { $reason }
field-hidden-characters = Este valor contiene caracteres que no se pueden mostrar (de control o de dirección del texto). Se conservan tal como están guardados, salvo que edite este campo.

## Users list
users-filter-placeholder = Filtrar por nombre, usuario, teléfono, ciudad, NIF…
users-only-active = Solo activos
users-columns = Columnas
users-refresh = Actualizar
retry = Reintentar
details-loading = Cargando el usuario…
users-loading = Cargando usuarios…
users-empty = Este socio aún no tiene usuarios.
users-no-match = Ningún usuario coincide con «{ $filter }».
users-inactive = no activado
column-id = ID
column-name = Nombre
column-login = Usuario
column-phone = Teléfono
column-balance = Saldo
column-bonus = Bono
column-city = Ciudad
column-trackers = Rastreadores
column-created = Creado
pager-page-size = Filas por página
pager-range = { $first }–{ $last } de { $total }
pager-empty = Sin usuarios

## User details
details-back = Usuarios
group-account = Cuenta
group-person = Persona de contacto
group-legal = Datos legales
group-postal = Dirección postal
group-registered = Dirección de registro
group-discount = Descuento
group-other = Otros
field-id = ID
field-login = Usuario (correo electrónico)
field-activated = Activado
field-verified = Correo verificado
field-created = Creado (UTC)
field-balance = Saldo
field-bonus = Bono
field-trackers = Rastreadores
field-last-name = Apellido
field-first-name = Nombre
field-middle-name = Segundo nombre
field-phone = Teléfono
field-legal-type = Tipo de persona
field-legal-name = Razón social
field-tin = NIF
field-iec = IEC
field-okpo = OKPO
field-state-reg-num = Número de registro estatal
field-country = País
field-region = Región
field-city = Ciudad
field-street = Calle y número
field-zip = Código postal
field-discount-value = Descuento
field-discount-min-trackers = Mínimo de rastreadores
field-discount-end = Finaliza
field-comment = Comentario
field-default-tariff = ID de tarifa predeterminada
legal-individual = Persona física
legal-entity = Persona jurídica
legal-sole-trader = Empresario independiente
value-yes = Sí
value-no = No
value-open-ended = Indefinido

## Applications
apps-open = Aplicaciones
apps-title = Aplicaciones de { $user }
apps-loading = Cargando aplicaciones…
apps-empty = Este usuario aún no tiene aplicaciones. Agregue una para mostrarla en la interfaz web del cliente.
details-back-user = Usuario
app-new = Agregar aplicación
app-new-title = Nueva aplicación
app-edit-title = Editar aplicación
app-name = Nombre ({ $count }/{ $max })
app-url = URL
app-url-hint = Solo https. Las variables entre llaves se rellenan para cada cliente, p. ej., { "{" }user_id{ "}" } o { "{" }language{ "}" }.
app-icon = URL del icono (opcional)
app-enabled = Visible en el menú del cliente
app-description = Descripción ({ $count }/{ $max })
app-display = Se abre
app-display-new-tab = En una pestaña nueva
app-display-embedded = Dentro de la interfaz web
app-auth = Autorización
app-auth-none = Ninguna
app-auth-user-session = Sesión del cliente
app-auth-api-key = Clave de API
app-api-key = Clave de API
app-on = Activada
app-off = Desactivada
app-created = Aplicación agregada.
app-saved = Aplicación guardada.
app-deleted = Aplicación eliminada.
app-gone = Esa aplicación ya no existe (se eliminó mientras tanto). Se ha actualizado la lista.
app-delete-title = ¿Eliminar esta aplicación?
app-delete-body = «{ $name }» desaparecerá del menú del cliente. Esta acción no se puede deshacer.
edit = Editar
delete = Eliminar
save = Guardar
saving = Guardando…
editor-stored-value-warning = Sin embargo, está guardado tal cual: { $rule } Los demás cambios se pueden guardar igualmente.
rule-formula-not-saved = Fórmula sin valor guardado: abra el archivo en Excel o LibreOffice y vuelva a guardarlo.
rule-cell-error = La celda muestra un error ({ $shown }).
rule-merged-cell = Combinada con la celda de la fila { $line }: solo esa fila contiene el valor.
rule-ambiguous-number = Se puede interpretar de dos maneras: escríbalo sin separador de miles.
rule-example-row = Fila de ejemplo de la plantilla de importación: se omite.
rule-starts-with-space = Empieza por un espacio (se conserva tal cual).
rule-ends-with-space = Termina en un espacio (se conserva tal cual).
rule-maybe-percent = Es una fracción de la unidad: si la celda muestra un porcentaje (0,075 como 7,5 %), escriba aquí el porcentaje.
rule-absent = Falta en la solicitud.
rule-required = Obligatorio.
rule-too-long = Como máximo { $max } caracteres.
rule-https-url = Debe ser una dirección https:// válida.
rule-not-printable = Solo caracteres imprimibles.
rule-invalid = Valor no válido.

## Customer's view
customer-open = Vista del cliente
customer-heading = { $user } tal como lo ve el cliente
customer-loading = Abriendo la sesión del cliente…
customer-not-reported = El servidor no lo indica.
customer-account = Cuenta
customer-title = Se muestra como
customer-locale = Idioma y región
customer-time-zone = Zona horaria
customer-measurement = Sistema de medición
customer-geocoder = Geocodificador
customer-route-provider = Proveedor de rutas
customer-demo = Cuenta de demostración
customer-balances = Saldos
customer-master = Cuenta principal (es un subusuario)
customer-tariff = Tarifa
customer-allowed-maps = Mapas permitidos
customer-premium-gis = SIG prémium
customer-dealer = ID del socio
customer-features = Funciones del socio
customer-features-list = Funciones
customer-privileges = Privilegios del subusuario
customer-rights = Permisos
activation-needed = Esta cuenta no está activada o su correo electrónico no está verificado.
activation-resend = Reenviar correo de activación
activation-sending = Enviando…
activation-wait = Podrá reenviarlo en { $time }
activation-sent = Se envió un nuevo enlace de activación a { $login }.
activation-already-done = Esta cuenta ya está activada y verificada.
activation-mail-failed = El servidor no pudo enviar el correo. Compruebe la dirección o vuelva a intentarlo más tarde.
activation-unknown-login = El servidor no conoce el usuario { $login }.

## User editor
users-new = Nuevo usuario
details-edit = Editar
editor-new-title = Nuevo usuario
editor-edit-title = Editar { $login }
editor-unsaved = Cambios sin guardar
editor-problems = { $count ->
    [one] Un campo requiere atención
    [many] { $count } campos requieren atención
   *[other] { $count } campos requieren atención
}
editor-login-in-use = Este usuario (correo electrónico) ya lo usa otra cuenta.
editor-legal-type-fixed = { $kind } (no se puede cambiar)
editor-same-address = Igual que la dirección postal
editor-saved = Usuario guardado.
editor-created = Usuario creado.
editor-discard-title = ¿Descartar los cambios?
editor-discard-body = Se perderá lo que haya escrito en este formulario.
editor-discard = Descartar
field-password = Contraseña
field-password-repeat = Repita la contraseña
field-time-zone = Zona horaria
field-time-zone-search = Escriba para buscar, p. ej., Madrid
field-locale = Configuración regional
field-phone-digits = Teléfono (10–15 dígitos, sin +)
field-discount-percent = Descuento, %
field-discount-end-date = Finaliza el (aaaa-mm-dd)
field-discount-strategy = Combinación con el descuento de la tarifa
field-comment-counted = Comentario ({ $count }/{ $max })
strategy-no-summing = Sin sumar
strategy-sum = Sumar al progresivo
strategy-no-summing-explained = Se aplica el mayor entre este descuento y el descuento progresivo de la tarifa.
strategy-sum-explained = Este descuento se suma al descuento progresivo de la tarifa.
rule-email = Debe ser una dirección de correo electrónico válida.
rule-phone = De 10 a 15 dígitos, sin + ni espacios.
rule-password = De 6 a 20 caracteres imprimibles.
rule-passwords-differ = Las contraseñas no coinciden.
rule-discount = Un número del 0 al 100.
rule-not-negative = Un número entero, 0 o mayor.
rule-date = Una fecha con el formato aaaa-mm-dd.

## Account actions
action-password = Cambiar contraseña
action-balance = Saldo o bono
action-delete = Eliminar usuario
password-title = Nueva contraseña para { $login }
password-change = Cambiar contraseña
password-changed = Se cambió la contraseña.
balance-title = Cambiar el saldo de { $login }
balance-current = Ahora: saldo { $balance }, bono { $bonus }
balance-what = Cambiar
balance-amount = Importe (+ suma, − resta)
balance-description = Descripción de la transacción
balance-preview = Tras el cambio: { $value }
balance-apply = Aplicar
balance-changed = Se cambió el saldo.
balance-amount-rule = Introduzca un importe distinto de cero, con dos decimales como máximo.
balance-text-rule = La descripción debe tener al menos { $min } caracteres.
balance-insufficient = Fondos insuficientes: el importe actual es { $current } y no puede quedar por debajo de cero.
delete-title = ¿Eliminar este usuario?
delete-explained = { $login }, sus subusuarios y sus rastreadores se marcan como eliminados, y los rastreadores dejan de funcionar. Esto no se puede deshacer desde el panel.
delete-type-login = Escriba el nombre de usuario para confirmar
delete-clones = Eliminar también los clones de sus rastreadores que tengan otros usuarios
delete-252 = Uno de los rastreadores de este usuario ya está eliminado (dañado), por lo que el servidor rechazó la solicitud. Póngase en contacto con el soporte de Navixy para completar la eliminación.
delete-253 = Algunos rastreadores de este usuario están clonados en otros usuarios. Marque «Eliminar también los clones» para eliminarlos también, o elimine antes los clones.
deleted = Se eliminó el usuario.
delete-login-mismatch = El nombre de usuario no coincide con el de este usuario.

## Transactions
transactions-open = Transacciones
transactions-title = Transacciones de { $user }
transactions-loading = Cargando transacciones… (parte { $done } de { $total })
transactions-empty = No hay transacciones en este periodo.
transactions-chart-empty = No hay nada que representar.
transactions-count = { $count ->
    [one] 1 transacción
    [many] { $count } transacciones
   *[other] { $count } transacciones
}
transactions-refills = Recargas: +{ $amount }
transactions-charges = Cargos: { $amount }
transactions-net = Neto: { $amount }
transactions-bonus = Bono: { $amount }
transactions-readout = { $date }: saldo { $balance }, bono { $bonus }
range-7 = Últimos 7 días
range-30 = Últimos 30 días
range-90 = Últimos 90 días
range-month = Este mes
range-custom = Periodo personalizado
range-apply = Mostrar
range-bad = Introduzca dos fechas con el formato aaaa-mm-dd; la primera no puede ser posterior a la segunda.
tx-date = Fecha (UTC)
tx-type = Tipo
tx-subtype = Subtipo
tx-description = Descripción
tx-amount = Importe
tx-balance = Saldo
tx-bonus-amount = Importe del bono
tx-bonus = Bono
tx-tracker = Rastreador
transactions-export = Exportar a XLSX
tx-old-balance = Saldo anterior
tx-new-balance = Saldo posterior
tx-old-bonus = Bono anterior
tx-new-bonus = Bono posterior
saved-to = Guardado en { $path }
save-failed = No se pudo guardar el archivo: { $reason }
action-login-as = Entrar como usuario
login-as-copied = La clave de sesión del usuario está en el portapapeles.
login-as-opened = Se abrió la interfaz web del usuario; la clave de sesión también está en el portapapeles.
login-as-refused = No se abrió la interfaz web del usuario: { $reason } La clave de sesión está en el portapapeles.
login-as-no-browser = No se pudo abrir ningún navegador web; la clave de sesión del usuario está en el portapapeles.
web-problem-not-a-host = el dominio del socio indicado por el servidor, «{ $domain }», no es un nombre de dominio válido.
web-problem-not-a-key = la clave de sesión indicada por el servidor no es una clave válida.
web-problem-not-an-address = «{ $address }» no es una dirección https.
web-problem-plain-http = «{ $address }» usa http sin cifrar hacia otro equipo, lo que enviaría la clave en texto claro.
rule-too-short = Al menos { $min } caracteres.
rule-two-decimals = Como máximo 2 decimales.
rule-duplicate-in-file = Este correo electrónico ya figura en la fila { $line } del archivo.

## Import template: the note on each column's header
template-note-email = Obligatorio. El usuario con el que iniciará sesión: una dirección de correo electrónico válida, única en este archivo y en el servidor.
template-note-password = Obligatorio. De 6 a 20 caracteres imprimibles. El usuario puede cambiarla más adelante.
template-note-status = Obligatorio. 1 — activo, 0 — bloqueado.
template-note-legal-status = Obligatorio. 1 — persona física, 2 — persona jurídica, 3 — empresario independiente. Para 2 y 3 son obligatorias las columnas de dirección y de registro; para 2, también la razón social.
template-note-last-name = Obligatorio. El apellido del usuario o de la persona de contacto de la empresa.
template-note-first-name = Obligatorio. El nombre del usuario o de la persona de contacto.
template-note-middle-name = Opcional.
template-note-phone = Opcional. De 10 a 15 dígitos, sin + ni espacios.
template-note-comment = Opcional. Una nota para su personal, de 255 caracteres como máximo.
template-note-post-country = Dirección postal: país. Obligatorio para personas jurídicas y empresarios independientes.
template-note-post-region = Dirección postal: región o estado. Obligatorio para personas jurídicas y empresarios independientes.
template-note-post-city = Dirección postal: ciudad. Obligatorio para personas jurídicas y empresarios independientes.
template-note-post-street-address = Dirección postal: calle, número, oficina. Obligatorio para personas jurídicas y empresarios independientes.
template-note-post-index = Dirección postal: código postal. Obligatorio para personas jurídicas y empresarios independientes.
template-note-legal-name = Razón social registrada de la empresa. Obligatorio para personas jurídicas.
template-note-tin = Opcional. Número de identificación fiscal.
template-note-iec = Opcional. Código del motivo de inscripción fiscal (KPP en Rusia).
template-note-state-reg-num = Opcional. Número de registro estatal (OGRN), de 15 caracteres como máximo.
template-note-okpo-code = Opcional. Código OKPO.
template-note-registered-country = Dirección de registro: país.
template-note-registered-region = Dirección de registro: región. Obligatorio para personas jurídicas y empresarios independientes.
template-note-registered-city = Dirección de registro: ciudad. Obligatorio para personas jurídicas y empresarios independientes.
template-note-registered-street-address = Dirección de registro: calle, número. Obligatorio para personas jurídicas y empresarios independientes.
template-note-registered-index = Dirección de registro: código postal. Obligatorio para personas jurídicas y empresarios independientes.
template-note-discount = Opcional. Descuento en porcentaje, de 0 a 100.
template-note-discount-end-date = Opcional. Último día del descuento, con el formato aaaa-mm-dd.
template-note-device-limit = Opcional. Número mínimo de dispositivos que requiere el descuento, un número entero.

## Import
import-column-line = Fila
import-column-problems = Problemas
import-report-sheet = Problemas
import-summary = { $n ->
    [one] { $rows } fila
    [many] { $rows } filas
   *[other] { $rows } filas
} — listas: { $ready }, con errores: { $errors }
import-summary-excluded = , omitidas: { $excluded }
import-summary-created = , creadas: { $created }
import-summary-updated = , actualizadas: { $updated }
import-missing-columns = Faltan columnas obligatorias en el archivo: { $columns }. Rellénelas abajo o agréguelas al archivo.
import-unknown-columns = Columnas no reconocidas (se ignoran): { $columns }
import-too-many-rows = Navixy admite como máximo { $max } filas por importación. Omita algunas filas o divida el archivo.
import-line = Fila { $line }
import-file-too-large = El archivo supera los 10 MB, el máximo que admite Navixy. Divídalo en archivos más pequeños.
import-file-empty = El archivo no contiene usuarios: está vacío o solo tiene una fila de encabezado.
import-file-no-such-sheet = La hoja de cálculo no tiene ninguna hoja llamada «{ $sheet }».
import-duplicate-column = Las columnas { $first } y { $second } se llaman ambas «{ $header }»: conserve solo una y vuelva a abrir el archivo.
import-sheet-read = Leído de la hoja «{ $sheet }».
import-sheet-read-others = Leído de la hoja «{ $sheet }»; también hay usuarios en: { $others }.
import-lines-skipped = Se omitieron las filas { $first }–{ $last }, situadas encima del encabezado (fila { $header }).
import-line-skipped = Se omitió la fila { $line }, situada encima del encabezado (fila { $header }).
import-line-warnings = Fila { $line }, por revisar: { $warnings }
import-file-no-sheet = La hoja de cálculo no tiene hojas.
import-file-unreadable = El archivo no es una hoja de cálculo que este programa pueda leer (CSV, XLSX, XLS u ODS). Detalles: { $detail }
import-title = Importar: { $file }
import-template = Descargar plantilla
import-template-file = plantilla-importacion-usuarios.xlsx
import-choose-file = Elegir otro archivo…
import-reading = Leyendo el archivo…
import-checking-rows = Comprobando filas: { $done } de { $total }
import-cannot-open = No se pudo abrir el archivo: { $reason }
import-encoding = Codificación:
import-sheet = Hoja:
import-show-passwords = Mostrar contraseñas
import-row-ready-but = Lista; revise: { $warnings }
import-errors-only = Solo filas con errores
import-exclude-invalid = Omitir filas con errores
import-save-report = Guardar informe de errores…
import-upload = { $n ->
    [one] Subir { $count } usuario
    [many] Subir { $count } usuarios
   *[other] Subir { $count } usuarios
}
import-nothing-left = No queda nada por subir
import-upload-rest = { $n ->
    [one] Subir el usuario restante
    [many] Subir los { $count } usuarios restantes
   *[other] Subir los { $count } usuarios restantes
}
import-uploading = Subiendo: { $sent } de { $total } creados
import-checking-server = La subida se interrumpió. Comprobando qué usuarios creó el servidor…
import-check-failed = No se pudo averiguar qué usuarios se crearon: { $reason } No se enviará nada hasta saberlo.
import-check-again = Volver a comprobar
import-done = { $n ->
    [one] Se creó { $created } usuario.
    [many] Se crearon { $created } usuarios.
   *[other] Se crearon { $created } usuarios.
}
import-stopped = La subida se detuvo: { $reason } Usuarios creados hasta ahora: { $created }. Corrija u omita la fila marcada y suba el resto; las filas ya creadas no se vuelven a enviar.
import-stopped-at = la fila { $line } fue rechazada: { $reason }
import-row-created = Creada
import-row-excluded = Omitida
import-row-ready = Lista
import-separator-semicolon = punto y coma
import-separator-comma = comas
import-separator-tab = tabulaciones
import-csv-read-as = Leído como CSV separado por { $separator }, { $encoding }.
import-leave-title = ¿Salir de la importación?
import-leave-body = Se perderán sus correcciones y las filas que aún no se hayan subido.
import-leave = Salir
users-import = Importar…
users-export = Exportar…
users-export-cancel = Cancelar exportación
export-cancelled = Exportación cancelada: no se escribió ningún archivo.
users-template = Plantilla
export-done = Usuarios exportados: { $count }, en { $path }
export-failed = La exportación falló: { $reason }
export-xlsx-as-built = El archivo XLSX se guarda tal como lo generó el servidor: el panel no ha comprobado si sus celdas contienen fórmulas. Una exportación a CSV sí se comprueba.
export-csv-as-built = El archivo CSV se guarda tal como lo envió el servidor: el panel no pudo leerlo como CSV, así que no se ha comprobado si sus celdas contienen fórmulas.
error-login-in-use = Ya existe un usuario con este correo electrónico.
error-duplicate-login = El mismo correo electrónico aparece dos veces en el archivo.
error-invalid-parameters = Algunos valores no son válidos.
file-filter-spreadsheets = Hojas de cálculo

## A change whose answer was lost (checked with a read afterwards)
error-not-applied = La conexión falló antes de que el servidor hiciera el cambio. No se ha cambiado nada; lo que introdujo se conserva, así que puede volver a enviarlo.
error-unconfirmed = Se perdió la respuesta y no se pudo consultar al servidor qué ocurrió: puede que el cambio se haya hecho o no. Compruébelo antes de volver a enviarlo.

## Activity: the journal of changes made from this computer
activity-open = Actividad
activity-title = Actividad
back = Volver
activity-filter-placeholder = Filtrar por usuario, operación, cambio…
activity-export = Exportar a XLSX…
activity-file-name = actividad
activity-count = { $n ->
    [one] { $shown } de { $total } cambio
    [many] { $shown } de { $total } cambios
   *[other] { $shown } de { $total } cambios
}
activity-unreadable = { $count ->
    [one] 1 línea dañada omitida
    [many] { $count } líneas dañadas omitidas
   *[other] { $count } líneas dañadas omitidas
}
activity-cannot-read = No se pudo leer el registro de actividad: { $reason }
activity-empty = Aún no hay cambios. Aquí se registra cada cambio que haga (usuarios, saldos, aplicaciones, importaciones).
activity-when = Cuándo
activity-server = Servidor
activity-dealer = Socio
activity-operation = Operación
activity-user-id = ID de usuario
activity-user = Usuario
activity-changes = Cambios
activity-outcome = Resultado
activity-code = Código de error
activity-op-user-create = Usuario creado
activity-op-user-update = Usuario editado
activity-op-user-password = Contraseña cambiada
activity-op-user-balance = Saldo cambiado
activity-op-user-delete = Usuario eliminado
activity-op-app-create = Aplicación creada
activity-op-app-update = Aplicación editada
activity-op-app-delete = Aplicación eliminada
activity-op-app-enabled = Aplicación activada/desactivada
activity-op-import = Usuarios importados
activity-bulk-run = En lote: { $operation }
activity-bulk-users = { $count ->
    [one] { $users } usuario
    [many] { $users } usuarios
    *[other] { $users } usuarios
    }
activity-bulk-outcome = completados: { $done }, sin completar: { $failed }
activity-outcome-done = Hecho
activity-outcome-refused = Rechazado por el servidor
activity-outcome-not-applied = No realizado (conexión)
activity-outcome-unconfirmed = Desconocido: compruébelo
activity-outcome-failed = No enviado
import-file-too-big = La hoja de cálculo es demasiado grande para leerla: más de { $rows } filas, o un contenido que al descomprimirse supera los 512 MB. Navixy admite como máximo 10 000 filas por archivo; divídalo.
import-file-too-many-cells = Este archivo tiene { $cells } celdas; la importación admite como máximo { $max }. Navixy admite como máximo 10 000 filas por archivo: copie las filas y columnas de los usuarios en un archivo nuevo.
import-file-too-many-columns = Una fila de este archivo tiene { $columns } columnas; la importación admite como máximo { $max }. Compruebe el separador o copie las columnas de los usuarios en un archivo nuevo.
error-server-down = El servidor tiene problemas (HTTP { $status }). Vuelva a intentarlo en un momento.

quit-confirm-title = ¿Cerrar sin guardar?
quit-confirm-body = Hay trabajo que aún no está en el servidor: un formulario modificado, filas de importación corregidas o un cambio que espera la respuesta del servidor. Si cierra la ventana, se perderá.
quit-confirm = Cerrar igualmente
activity-field-activated = Activado
activity-field-verified = Correo verificado
activity-field-balance = Saldo
activity-field-bonus = Bono
activity-field-balance-change = Cambio de saldo
activity-field-bonus-change = Cambio de bono
activity-field-text = Descripción
activity-field-with-clones = Con clones
activity-field-app-name = Nombre de la aplicación
activity-field-app-url = URL de la aplicación
activity-field-enabled = Visible en el menú
activity-field-application = ID de la aplicación
activity-field-created = Usuarios creados
activity-field-discount-strategy = Estrategia de descuento
activity-yes = sí
activity-no = no
import-cell-too-long = { $chars } caracteres: demasiado largo para editarlo aquí
import-cell-clear = Borrar

# navixy-panel import
cli-import-progress = creados { $done } de { $total }
cli-import-no-progress = El servidor no creó las filas enviadas y no indicó el motivo: no se envió nada más. Vuelva a ejecutar la importación para enviar lo que falta.
cli-import-no-password = Falta la contraseña: defina NAVIXY_PASSWORD o ejecute el programa en un terminal para que se la pida.
cli-report-progress = Usuarios leídos: { $done } de { $total }
cli-import-unknown-encoding = { $name } no es una codificación que este programa conozca (pruebe windows-1251, windows-1252, utf-8).

# A change whose screen was closed before its answer came
left-change-done = Realizado después de cerrarse su pantalla: { $operation }.
left-change-failed = No realizado (su pantalla se cerró entretanto): { $operation }. { $reason }

# The in-app file chooser (systems without a file dialog)
chooser-why = Este sistema no tiene diálogo de archivos (ni portal de escritorio ni zenity), así que el panel ofrece el suyo: escriba una ruta o elija una ubicación y un archivo abajo.
chooser-hint = Tabulador completa el nombre · Intro confirma · Esc cancela
chooser-title-import = Elija una hoja de cálculo para importar
chooser-title-export = Exportar los usuarios a…
chooser-title-save = Guardar «{ $name }» como…
chooser-open = Abrir
chooser-save = Guardar
chooser-type-a-path = Escriba la ruta de un archivo o elija uno abajo.
chooser-type-a-name = Eso es una carpeta: escriba a continuación un nombre de archivo.
chooser-no-such-file = No existe el archivo «{ $path }».
chooser-not-a-spreadsheet = Solo se pueden importar hojas de cálculo ({ $extensions }).
chooser-no-such-folder = Esa carpeta no existe.
chooser-replace = «{ $name }» ya existe. Pulse Guardar de nuevo para reemplazarlo.
chooser-cannot-list = No se puede leer esta carpeta: { $reason }
chooser-nothing-here = Aquí no hay nada que elegir.
drop-unsupported = «{ $name }» no se puede importar: solo se pueden importar hojas de cálculo ({ $extensions }).
drop-elsewhere = Para importar «{ $name }», suéltelo en la lista de usuarios o en la pantalla de importación.
import-drop-hint = O arrastre una hoja de cálculo a esta ventana.
users-columns-hint = Marque las columnas que quiere mostrar; las flechas mueven una columna. Arrastre el borde del encabezado de una columna para ensancharla o estrecharla.
balance-preview-below-zero = Quedaría en { $value }: el servidor rechaza los cambios que dejan el importe por debajo de cero.

# Codes the API speaks, in words (ui::words); an unknown code is shown tidied
word-locale-en-us = Inglés (EE. UU.)
word-locale-en-gb = Inglés (Reino Unido)
word-locale-ru-ru = Ruso
word-locale-es-es = Español
word-locale-de-de = Alemán
word-locale-fr-fr = Francés
word-locale-pt-br = Portugués (Brasil)
word-locale-it-it = Italiano
word-locale-uk-ua = Ucraniano
word-locale-pt-pt = Portugués (Portugal)
word-locale-tr-tr = Turco
word-locale-ro-ro = Rumano
word-locale-ar-ar = Árabe
word-locale-kk-kz = Kazajo
word-tx-type-main-charge = Cargo
word-tx-type-payment = Pago
word-tx-type-tariff-charge = Cargo de tarifa
word-tx-type-bonus-charge = Cargo al bono
word-tx-subtype-monthly = Mensual
word-tx-subtype-every-year = Anual
word-tx-subtype-partner = Por el socio
word-tx-subtype-activeday = Por día activo
word-tx-subtype-everyday = Diario
word-tx-subtype-sms = SMS
word-tx-subtype-register = Registro
word-measurement-metric = Métrico (km, l)
word-measurement-imperial = Imperial (millas, gal. imp.)
word-measurement-us = EE. UU. (millas, gal. EE. UU.)
word-measurement-metric-gal = Métrico con galones
word-measurement-imperial-us = Imperial con galones de EE. UU.
word-service-google = Google
word-service-roadmap = Google (mapa de carreteras)
word-service-satellite = Google (satélite)
word-service-hybrid = Google (híbrido)
word-service-osm = OpenStreetMap
word-service-osrm = OpenStreetMap (OSRM)
word-service-yandex = Yandex
word-service-doublegis = 2GIS
word-service-here = HERE
word-service-mapbox = Mapbox
word-service-locationiq = LocationIQ
word-service-progorod = Progorod
word-feature-branding-web = Marca propia (web)
word-feature-branding-mobile = Marca propia (aplicaciones móviles)
word-feature-custom-maps = Mapas personalizados
word-feature-api = Acceso a la API
import-status-active = Activado
import-status-blocked = Bloqueado
error-not-sent = No se envió nada: { $reason } Lo que introdujo se conserva; vuelva a enviarlo cuando el servidor responda.
activity-field-refused = Rechazados
activity-field-not-sent = No enviados
activity-field-logins = Nombres de usuario
activity-field-found = Encontrados ya creados
activity-field-rows-sent = Filas enviadas
activity-field-run-rows = Filas por crear
activity-op-import-check = Importación comprobada

## The users section: permissions, trackers, plans, 2FA, presets, paging, settings
column-registered-city = Ciudad de registro
column-comment = Comentario
column-mfa = 2FA
value-on = Activado
value-off = Desactivado
users-unconfirmed = correo no confirmado
not-permitted = Su cuenta de socio no puede hacer esto. Pida el permiso a su administrador de Navixy.
pager-first = Primera página
pager-previous = Página anterior
pager-next = Página siguiente
pager-last = Última página
pager-page = Página
pager-of = de { $pages }
filter-clear = Borrar el filtro
trackers-title = Rastreadores de { $name }
trackers-label = Etiqueta
trackers-model = Modelo
trackers-imei = IMEI
trackers-status = Estado
trackers-last-connection = Última conexión
trackers-clone = Clon
trackers-never = nunca
trackers-none = Sin rastreadores
trackers-loading = Cargando rastreadores…
trackers-deleted = eliminado
trackers-not-found = El rastreador #{ $id } no está entre los rastreadores de este usuario (se eliminó o se transfirió a otro usuario).
trackers-filter-placeholder = Filtrar por etiqueta, IMEI o teléfono
trackers-open = Rastreadores
word-status-active = En línea
word-status-idle = GPS no actualizado
word-status-offline = Sin conexión
word-status-signal-lost = Señal perdida
word-status-just-registered = Recién registrado
field-plan = Tarifa predeterminada
field-menu-preset = Preajuste de menú
field-mfa = Autenticación de dos factores
preset-default-named = { $title } (predeterminado)
plan-not-set = Sin definir
plan-list-unknown = No se pudieron leer las tarifas del socio: la tarifa se muestra por su número.
preset-list-unknown = No se pudieron leer del servidor los preajustes de menú.
field-mfa-allowed = Autenticación de dos factores permitida
field-mfa-hint = El usuario puede confirmar el inicio de sesión con un código enviado por correo electrónico.
login-saved-servers = Servidores guardados…
settings-open = Ajustes
settings-title = Ajustes
settings-servers = Servidores propios
settings-servers-about = Direcciones que se ofrecen en la pantalla de inicio de sesión. Cada servidor en el que inicie sesión se agrega aquí.
settings-servers-none = Aún no hay servidores guardados.
settings-server-add-label = Agregar una dirección
settings-server-add = Agregar
settings-web = Interfaz web del cliente
settings-web-about = «Entrar como usuario» abre esta dirección. { "{" }domain{ "}" } es el dominio del socio, tal como lo indica el servidor; { "{" }session_key{ "}" }, la sesión del usuario. Déjela vacía para copiar solo la clave de sesión.
settings-template = Dirección
settings-template-invalid = No es una dirección http(s).
settings-template-default = Dirección propia de Navixy
settings-timeout-title = Espera del servidor
settings-timeout-about = Cuánto puede tardar una solicitud antes de darla por perdida. Se aplica a partir del próximo inicio de sesión.
settings-timeout = Segundos (1–600)
settings-timeout-range = Un número de segundos entre 1 y 600.
settings-folder = Carpeta de datos
settings-folder-about = Aquí se guardan el registro de actividad y la base de datos del entorno de pruebas.
settings-open-folder = Abrir la carpeta de datos
settings-folder-not-opened = No se pudo abrir la carpeta: { $reason }
settings-drawing = Renderizado
settings-drawing-about = Con qué dibuja la ventana. El procesador siempre funciona; la tarjeta gráfica es más rápida si su controlador funciona. El cambio se aplica en el próximo inicio.
drawing-graphics-card = Tarjeta gráfica, si funciona
drawing-processor = Procesador
drawing-now-graphics-card = En esta ejecución dibuja la tarjeta gráfica.
drawing-now-no-card = En esta ejecución dibuja el procesador: no respondió ninguna tarjeta gráfica.
drawing-now-processor = En esta ejecución dibuja el procesador, según lo elegido.
drawing-now-failed = En esta ejecución dibuja el procesador: la tarjeta gráfica falló.
drawing-now-by-hand = ICED_BACKEND tiene el valor «{ $value }»: es lo que decide con qué se dibuja.
drawing-failed-probe = La tarjeta gráfica no pudo dibujar el panel ({ $reason }), así que a partir de ahora lo dibuja el procesador. Puede cambiarlo en Ajustes.
drawing-failed-start = La última vez el panel se detuvo antes de que la tarjeta gráfica lo dibujara, así que a partir de ahora lo dibuja el procesador. Puede cambiarlo en Ajustes.
activity-op-user-mfa = Autenticación de dos factores configurada
activity-op-user-preset = Preajuste de menú asignado
activity-op-user-resend = Correo de activación enviado

## Bulk work on a selection
users-chosen = { $count ->
    [one] { $count } usuario seleccionado
    [many] { $count } usuarios seleccionados
    *[other] { $count } usuarios seleccionados
    }
users-choose-all-matching = Seleccionar todos los que coinciden con el filtro ({ $count })
users-choice-clear = Borrar la selección
users-export-chosen = Exportar la selección…
bulk-balance = Saldo o bono…
bulk-discount = Descuento…
bulk-plan = Tarifa…
bulk-mfa = 2FA…
bulk-resend = Reenviar activación…
bulk-delete = Eliminar…
bulk-title = { $action } para { $count ->
    [one] { $shown } usuario
    [many] { $shown } usuarios
    *[other] { $shown } usuarios
    }
bulk-reading = Leyendo los usuarios: { $read } de { $of }…
bulk-discount-rule = Introduzca un descuento de 0 a 100 %, un número de dispositivos y una fecha de fin (AAAA-MM-DD), salvo que sea indefinido.
bulk-plan-rule = Elija una tarifa.
bulk-plan-choose = Elija una tarifa
bulk-delete-rule = Escriba el número de usuarios, { $count }, para confirmar.
bulk-delete-warning = { $count ->
    [one] Se eliminará { $count } usuario con todo lo que tiene. Esta acción no se puede deshacer.
    [many] Se eliminarán { $count } usuarios con todo lo que tienen. Esta acción no se puede deshacer.
    *[other] Se eliminarán { $count } usuarios con todo lo que tienen. Esta acción no se puede deshacer.
    }
bulk-delete-type = Escriba { $count } para confirmar
bulk-below-zero = Omitido: quedaría por debajo de cero (el servidor lo rechaza)
bulk-discount-after = { $value }
bulk-unchanged = Ya está así: no se envía nada
bulk-resend-will = Se enviará un correo
bulk-activated-already = Omitido: ya está activado
bulk-deleted = Eliminado
bulk-resend-about = Cada usuario seleccionado que aún no esté activado recibirá un nuevo correo de activación.
bulk-nobody = No queda nadie para quien hacerlo.
bulk-preview-count = { $count ->
    [one] Cambiará { $count } usuario
    [many] Cambiarán { $count } usuarios
    *[other] Cambiarán { $count } usuarios
    }
bulk-left-out = Omitidos: { $count } (vea el motivo abajo)
bulk-start = Iniciar para { $count }
bulk-done = hechos: { $count }
bulk-failed = fallidos: { $count }
bulk-left = pendientes: { $count }
bulk-rate = { $rate } usuarios/s
bulk-time-left = quedan unos { $seconds } s
bulk-pause = Pausar
bulk-cancel = Cancelar el resto
bulk-resume = Reanudar (pendientes: { $count })
bulk-discard = Descartar la ejecución
bulk-retry-failed = Reintentar los fallidos ({ $count })
bulk-pause-first = Pause primero la ejecución: lo pendiente se conserva para reanudarlo.
bulk-finished = Completado para { $count }.
bulk-finished-failures = Finalizado; sin completar: { $failed }. Vea el motivo en la lista.
bulk-paused = En pausa: reanúdelo cuando quiera, incluso después de cerrar la aplicación.
bulk-cancelled = Cancelado: el resto no se envió.
bulk-session-ended = La sesión finalizó: vuelva a iniciar sesión para reanudar.
bulk-not-kept = No se pudo escribir el archivo de la ejecución, así que se detuvo: { $reason }
bulk-interrupted = Esta ejecución no terminó la última vez que se usó la aplicación: resueltos { $done }, pendientes { $left }. Los cambios que estaban en curso se comprueban con el servidor antes de volver a enviar nada.
bulk-interrupted-action = Qué hace: { $action }
bulk-action-balance = { $kind } cambiado en { $amount } («{ $text }»)
bulk-action-discount = un descuento de { $value }, hasta { $end }
bulk-action-open-ended = sin fecha de fin
bulk-action-plan = la tarifa { $plan }
bulk-action-mfa-on = 2FA permitida
bulk-action-mfa-off = 2FA no permitida
bulk-action-resend = un nuevo correo de activación
bulk-action-delete = la eliminación de los usuarios
bulk-set-aside = { $count ->
    [one] El archivo de una operación en lote no era fiable y se apartó sin ejecutarse: { $files }
    [many] Los archivos de { $count } operaciones en lote no eran fiables y se apartaron sin ejecutarse: { $files }
   *[other] Los archivos de { $count } operaciones en lote no eran fiables y se apartaron sin ejecutarse: { $files }
}
bulk-before = Antes
bulk-before-none = Ninguno
bulk-before-reading = Leyendo…
bulk-before-unread = No leído: { $reason }
bulk-undo-text = Reversión: { $text }
bulk-undo = Deshacer esta operación…
bulk-put-back-discount = Restaurar descuentos
bulk-put-back-plan = Restaurar tarifas
bulk-put-back-about = Cada usuario recupera el descuento o la tarifa que tenía antes de la operación, tenga lo que tenga ahora. «Antes» muestra lo que tiene ahora.
bulk-action-put-back-discount = el descuento de cada usuario tal como era antes de una operación
bulk-action-put-back-plan = la tarifa de cada usuario tal como era antes de una operación
watch-open = Control de saldo
watch-title = Control de saldo
watch-explained = Los cargos de cada usuario en los últimos 30 días y los días que le dura el saldo a ese ritmo: primero los que se quedarán sin saldo antes.
watch-listing = Leyendo la lista de usuarios: { $read }…
watch-progress = Usuarios leídos: { $read } de { $total }
watch-stop = Detener
watch-resume = Continuar
watch-refresh = Volver a leer
watch-spent = Gastado, 30 días
watch-days-left = Días restantes
watch-runs-out = Se agota el
watch-unread = No leídos ({ $count }): { $logins }
watch-none-yet = Aún no se ha leído nada.
watch-within = Se agota en
watch-days = días
watch-shown = Mostrados: { $shown } de { $read }
watch-top-up = Recargar a estos…
watch-export = Exportar CSV…
watch-file-name = control-de-saldo
watch-not-kept = Lo leído no se pudo guardar para la próxima lectura: { $reason }
watch-not-loaded = Lo guardado por lecturas anteriores no se pudo usar ({ $reason }): se lee todo de nuevo.
watch-chart = Recargas y cargos por mes
watch-chart-since = leído desde { $date }; cada lectura añade lo nuevo
watch-chart-hide = Volver a los usuarios
watch-chart-show = Gráfico por mes
watch-chart-refills = Recargas
watch-chart-charges = Cargos
watch-chart-month = { $month }: recargas { $refills }, cargos { $charges }
bulk-after = Después
bulk-outcome = Resultado
bulk-state-waiting = En espera
bulk-state-sending = En curso
bulk-state-done = Hecho
bulk-state-skipped = Omitido: { $reason }
bulk-state-refused = Rechazado: { $reason } (código { $code })
bulk-state-failed = Fallido: { $reason }
bulk-state-unknown = Desconocido: { $reason }
cli-import-classified = comparado con el servidor: { $summary }
sync-conflict-legal-type = el tipo de persona no se puede cambiar ({ $from } → { $to })

## Imports that update
sync-compare = Comparar con el servidor
sync-compare-again = Volver a comparar
sync-compare-about = Busca los usuarios que ya existen: qué cambiaría el archivo en ellos y qué no puede cambiar.
sync-comparing = Comparando con el servidor…
sync-summary = nuevos: { $new }, modificados: { $changed }, sin cambios: { $unchanged }, { $conflicts ->
    [one] { $conflicts } conflicto
    [many] { $conflicts } conflictos
    *[other] { $conflicts } conflictos
    }
sync-cost = ({ $requests ->
    [one] { $requests } solicitud
    [many] { $requests } solicitudes
    *[other] { $requests } solicitudes
    }, { $ms } ms)
sync-apply-new = Crear los nuevos
sync-apply-changed = Actualizar los modificados
sync-apply = Crear { $new }, actualizar { $changed }
sync-change = { $column }: { $old } → { $new }
sync-row-changed = Cambios: { $changes }
sync-row-unchanged = En el servidor, igual que en el archivo
sync-row-conflict = No se puede aplicar: { $reason }
sync-row-updated = Actualizada
sync-row-update-failed = No actualizada: { $reason }
sync-row-gone = la fila ya no está en el archivo
sync-updating = Actualizando { $done } de { $total }…
sync-updated = { $count ->
    [one] Se actualizó { $count } usuario.
    [many] Se actualizaron { $count } usuarios.
    *[other] Se actualizaron { $count } usuarios.
    }
segments-open = Segmentos
segments-title = Segmentos
segments-explained = Preguntas que la búsqueda del servidor no responde, sobre todos los usuarios del distribuidor: un usuario aparece cuando se cumplen todas las condiciones.
segments-reading = Leyendo los usuarios: { $read }…
segments-as-of = Usuarios: { $count }, leídos { $age }
segments-never-read = Todavía no se ha leído ningún usuario.
segments-age-now = ahora mismo
segments-age-minutes = { $n ->
    [one] hace { $n } minuto
   *[other] hace { $n } minutos
}
segments-age-hours = { $n ->
    [one] hace { $n } hora
   *[other] hace { $n } horas
}
segments-age-days = { $n ->
    [one] hace { $n } día
   *[other] hace { $n } días
}
segments-refresh = Volver a leer
segments-saved = Segmentos guardados
segments-name = Nombre del segmento
segments-save = Guardar
segments-forget = Eliminar segmento
segments-saved-as = Segmento «{ $name }» guardado.
segments-too-many = No se pueden guardar más segmentos: elimine uno primero.
segments-search = Inicio de sesión, nombre o teléfono
segments-add = Añadir una condición…
segments-found = Encontrados: { $found } de { $total }
segments-none-found = Ningún usuario cumple estas condiciones.
segments-needs-watch = El control de saldo aún no ha leído los cargos de este distribuidor: ábralo una vez y esta condición encontrará a quién se le acaba el saldo.
segments-discount-ends-within = El descuento termina en
segments-discount-ended = El descuento ha terminado
segments-terms-needed = Los descuentos y tarifas no están en la lista de usuarios: se lee el registro de cada usuario (solicitudes: { $count }).
segments-terms-read = Leer descuentos y tarifas
segments-terms-reading = Leyendo descuentos y tarifas: { $read } de { $total }
segments-terms-as-of = Descuentos y tarifas leídos { $age }
segments-terms-read-again = Leer de nuevo
segments-terms-unread = No leídos: { $count }
segments-export = Exportar…
segments-file-name = segmento
segments-index-unreadable = No se pudieron leer los usuarios guardados en este equipo ({ $reason }): se vuelven a leer del servidor.
segments-balance-below = Saldo inferior a
segments-balance-above = Saldo superior a
segments-balance-negative = Saldo negativo
segments-not-activated = No activado
segments-not-activated-for = No activado desde hace al menos
segments-no-trackers = Sin rastreadores
segments-trackers-more-than = Rastreadores, más de
segments-two-factor-on = Autenticación de dos factores activada
segments-two-factor-off = Autenticación de dos factores desactivada
segments-created-between = Creado entre
segments-place = Ciudad o país
segments-problem-amount = Un importe, como 25 o 12,50
segments-problem-number = Un número entero, como 30
segments-problem-date = Una fecha como AAAA-MM-DD
segments-problem-dates-reversed = La primera fecha es posterior a la segunda
segments-problem-empty = Escriba un valor para usar esta condición
