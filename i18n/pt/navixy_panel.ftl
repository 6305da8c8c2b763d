## Shell
app-title = Painel Navixy
header-dealer = Revendedor { $login }
busy = Processando…
logout = Sair
logout-confirm-title = Sair?
logout-confirm-body = A sessão do painel será encerrada. O que não foi salvo no servidor fica apenas nesta tela até você entrar novamente.
cancel = Cancelar
settings-reset = Algumas configurações não puderam ser lidas e foram redefinidas para o padrão.
theme-system = Tema do sistema
theme-light = Claro
theme-dark = Escuro

## Login
login-title = Entrar no painel de administração Navixy
login-subtitle = Use seu login de revendedor. Sua senha nunca é armazenada.
login-server = Servidor
server-sandbox = Ambiente de testes (demonstração local)
server-eu = Nuvem Navixy, Europa
server-us = Nuvem Navixy, América
server-custom = Servidor próprio (URL personalizada)
login-custom-url = Endereço da API
login-login = Login
login-password = Senha
login-submit = Entrar
login-signing-in = Entrando…
login-sandbox-starting = Iniciando o ambiente de testes local…
login-sandbox-ready = O ambiente de testes está rodando neste computador com dados de demonstração: revendedor demo, senha demo1234.
login-sandbox-failed = Não foi possível iniciar o ambiente de testes: { $reason }
login-session-ended = Sua sessão terminou. Entre novamente para continuar de onde parou.
login-logged-out = Você saiu.
login-bad-url = Este não é um endereço de servidor válido.
login-https-required = O endereço deve começar com https:// (http simples só é permitido para este computador).
login-missing-credentials = Informe seu login e sua senha.

## Errors
error-code = Código Navixy { $code }
error-wrong-credentials = Login ou senha incorretos.
error-dealer-blocked = Esta conta de revendedor está bloqueada. Entre em contato com o suporte da Navixy.
error-dealer-unknown = Não há nenhum revendedor com este login neste servidor.
error-too-many-attempts = Muitas tentativas malsucedidas. Aguarde alguns minutos e tente novamente.
error-session-ended = Sua sessão terminou. Entre novamente.
error-not-found = Não encontrado: pode ter sido excluído ou pertencer a outro revendedor.
error-rate-limited = O servidor pediu para reduzir o ritmo e continuou recusando; nada foi alterado. Tente novamente em instantes.
error-not-permitted = Sua conta de revendedor não tem permissão para fazer isso.
error-server-failed = O servidor não conseguiu processar a solicitação.
error-server = O servidor recusou a solicitação: { $description }
error-unreachable = Não é possível acessar o servidor. Verifique a conexão de rede e o endereço do servidor.
error-timeout = O servidor não respondeu a tempo. Tente novamente.
error-not-navixy = O endereço responde, mas não como uma API Navixy. Verifique o endereço do servidor.
error-bad-url = Este endereço de servidor não pode ser usado.
error-redirected = O servidor nos redirecionou para outro lugar: { $to }. O painel não segue o redirecionamento: verifique o endereço do servidor.
error-too-large = A resposta do servidor é maior que { $megabytes } MB; o painel parou de lê-la.
error-inconsistent = O servidor respondeu sobre algo diferente do que foi perguntado ({ $detail }): nada foi feito com a resposta.
error-file-write = Não foi possível gravar o arquivo: { $reason }
field-hidden-characters = Este valor contém caracteres que não podem ser exibidos (caracteres de controle ou de direção do texto). Eles são mantidos como estão armazenados, a menos que você edite este campo.

## Users list
users-filter-placeholder = Filtrar por nome, login, telefone, cidade, CPF/CNPJ…
users-only-active = Somente ativos
users-columns = Colunas
users-refresh = Atualizar
retry = Tentar novamente
details-loading = Carregando o usuário…
users-loading = Carregando usuários…
users-empty = Este revendedor ainda não tem usuários.
users-no-match = Nenhum usuário corresponde a “{ $filter }”.
users-inactive = não ativado
column-id = ID
column-name = Nome
column-login = Login
column-phone = Telefone
column-balance = Saldo
column-bonus = Bônus
column-city = Cidade
column-trackers = Rastreadores
column-created = Criado em
pager-page-size = Linhas por página
pager-range = { $first }–{ $last } de { $total }
pager-empty = Nenhum usuário

## User details
details-back = Usuários
group-account = Conta
group-person = Pessoa de contato
group-legal = Dados jurídicos
group-postal = Endereço postal
group-registered = Endereço de registro
group-discount = Desconto
group-other = Outros
field-id = ID
field-login = Login (e-mail)
field-activated = Ativado
field-verified = E-mail verificado
field-created = Criado em (UTC)
field-balance = Saldo
field-bonus = Bônus
field-trackers = Rastreadores
field-last-name = Sobrenome
field-first-name = Nome
field-middle-name = Nome do meio
field-phone = Telefone
field-legal-type = Natureza jurídica
field-legal-name = Razão social
field-tin = CPF/CNPJ
field-iec = IEC
field-okpo = OKPO
field-state-reg-num = Número de registro oficial
field-country = País
field-region = Região
field-city = Cidade
field-street = Endereço (rua, número)
field-zip = CEP
field-discount-value = Desconto
field-discount-min-trackers = Mínimo de rastreadores
field-discount-end = Termina em
field-comment = Comentário
field-default-tariff = ID da tarifa padrão
legal-individual = Pessoa física
legal-entity = Pessoa jurídica
legal-sole-trader = Empresário individual
value-yes = Sim
value-no = Não
value-open-ended = Sem prazo

## Applications
apps-open = Aplicativos
apps-title = Aplicativos de { $user }
apps-loading = Carregando aplicativos…
apps-empty = Este usuário ainda não tem aplicativos. Adicione um para exibi-lo na interface web do cliente.
details-back-user = Usuário
app-new = Adicionar aplicativo
app-new-title = Novo aplicativo
app-edit-title = Editar aplicativo
app-name = Nome ({ $count }/{ $max })
app-url = URL
app-url-hint = Somente https. As variáveis entre chaves são preenchidas para cada cliente, por exemplo { "{" }user_id{ "}" } ou { "{" }language{ "}" }.
app-icon = URL do ícone (opcional)
app-enabled = Exibido no menu do cliente
app-description = Descrição ({ $count }/{ $max })
app-display = Abre
app-display-new-tab = Em nova aba
app-display-embedded = Dentro da interface web
app-auth = Autorização
app-auth-none = Nenhuma
app-auth-user-session = Sessão do cliente
app-auth-api-key = Chave de API
app-api-key = Chave de API
app-on = Ativado
app-off = Desativado
app-created = Aplicativo adicionado.
app-saved = Aplicativo salvo.
app-deleted = Aplicativo excluído.
app-gone = Esse aplicativo não existe mais (foi excluído nesse meio-tempo). A lista foi atualizada.
app-delete-title = Excluir este aplicativo?
app-delete-body = “{ $name }” desaparecerá do menu do cliente. Isso não pode ser desfeito.
edit = Editar
delete = Excluir
save = Salvar
saving = Salvando…
editor-stored-value-warning = Armazenado assim mesmo, mas atenção: { $rule } Outras alterações podem ser salvas normalmente.
rule-formula-not-saved = Fórmula sem valor salvo: abra o arquivo no Excel ou no LibreOffice e salve-o novamente.
rule-cell-error = A célula exibe um erro ({ $shown }).
rule-merged-cell = Mesclada com a célula da linha { $line }: só essa linha contém o valor.
rule-ambiguous-number = Pode ser lido de duas formas: escreva sem separador de milhar.
rule-example-row = Linha de exemplo do modelo de importação: ignorada.
rule-starts-with-space = Começa com espaço (mantido como escrito).
rule-ends-with-space = Termina com espaço (mantido como escrito).
rule-maybe-percent = Uma fração de um: se a célula exibe um percentual (0,075 como 7,5%), digite o percentual aqui.
rule-absent = Ausente na solicitação.
rule-required = Obrigatório.
rule-too-long = No máximo { $max } caracteres.
rule-https-url = Deve ser um endereço https:// válido.
rule-not-printable = Somente caracteres imprimíveis.
rule-invalid = Valor inválido.

## Customer's view
customer-open = Visão do cliente
customer-heading = { $user } como o cliente vê
customer-loading = Abrindo a sessão do cliente…
customer-not-reported = Não informado pelo servidor.
customer-account = Conta
customer-title = Exibido como
customer-locale = Idioma e região
customer-time-zone = Fuso horário
customer-measurement = Sistema de medidas
customer-geocoder = Geocodificador
customer-route-provider = Provedor de rotas
customer-demo = Conta de demonstração
customer-balances = Saldos
customer-master = Conta principal (este é um subusuário)
customer-tariff = Tarifa
customer-allowed-maps = Mapas permitidos
customer-premium-gis = SIG premium
customer-dealer = ID do revendedor
customer-features = Recursos do revendedor
customer-features-list = Recursos
customer-privileges = Privilégios do subusuário
customer-rights = Direitos
activation-needed = Esta conta não está ativada ou o e-mail dela não foi verificado.
activation-resend = Reenviar e-mail de ativação
activation-sending = Enviando…
activation-wait = Reenvio possível em { $time }
activation-sent = Um novo link de ativação foi enviado para { $login }.
activation-already-done = Esta conta já está ativada e verificada.
activation-mail-failed = O servidor não conseguiu enviar o e-mail. Verifique o endereço ou tente novamente mais tarde.
activation-unknown-login = O servidor não conhece o login { $login }.

## User editor
users-new = Novo usuário
details-edit = Editar
editor-new-title = Novo usuário
editor-edit-title = Editar { $login }
editor-unsaved = Alterações não salvas
editor-problems = { $count ->
    [one] { $count } campo precisa de atenção
    [many] { $count } campos precisam de atenção
   *[other] { $count } campos precisam de atenção
}
editor-login-in-use = Este login (e-mail) já é usado por outra conta.
editor-legal-type-fixed = { $kind } (não pode ser alterado)
editor-same-address = Igual ao endereço postal
editor-saved = Usuário salvo.
editor-created = Usuário criado.
editor-discard-title = Descartar as alterações?
editor-discard-body = O que você digitou neste formulário será perdido.
editor-discard = Descartar
field-password = Senha
field-password-repeat = Repita a senha
field-time-zone = Fuso horário
field-time-zone-search = Digite para pesquisar, por exemplo Manaus
field-locale = Idioma
field-phone-digits = Telefone (10–15 dígitos, sem +)
field-discount-percent = Desconto, %
field-discount-end-date = Termina em (aaaa-mm-dd)
field-discount-strategy = Combinação com o desconto da tarifa
field-comment-counted = Comentário ({ $count }/{ $max })
strategy-no-summing = Sem somar
strategy-sum = Somar ao progressivo
strategy-no-summing-explained = Vale o maior entre este desconto e o desconto progressivo da tarifa.
strategy-sum-explained = Este desconto é somado ao desconto progressivo da tarifa.
rule-email = Deve ser um endereço de e-mail válido.
rule-phone = De 10 a 15 dígitos, sem + nem espaços.
rule-password = De 6 a 20 caracteres imprimíveis.
rule-passwords-differ = As senhas não coincidem.
rule-discount = Um número de 0 a 100.
rule-not-negative = Um número inteiro, 0 ou maior.
rule-date = Uma data no formato aaaa-mm-dd.

## Account actions
action-password = Alterar senha
action-balance = Saldo ou bônus
action-delete = Excluir usuário
password-title = Nova senha para { $login }
password-change = Alterar senha
password-changed = A senha foi alterada.
balance-title = Alterar o saldo de { $login }
balance-current = Agora: saldo { $balance }, bônus { $bonus }
balance-what = Alterar
balance-amount = Valor (+ adiciona, − retira)
balance-description = Descrição da transação
balance-preview = Após a alteração: { $value }
balance-apply = Aplicar
balance-changed = O saldo foi alterado.
balance-amount-rule = Informe um valor diferente de zero, com no máximo duas casas decimais.
balance-text-rule = A descrição precisa ter pelo menos { $min } caracteres.
balance-insufficient = Fundos insuficientes: o valor atual é { $current } e não pode ficar abaixo de zero.
delete-title = Excluir este usuário?
delete-explained = { $login }, seus subusuários e rastreadores são marcados como excluídos, e os rastreadores param de funcionar. Isso não pode ser desfeito pelo painel.
delete-type-login = Digite o login do usuário para confirmar
delete-clones = Remover também os clones dos rastreadores que estão com outros usuários
delete-252 = Um dos rastreadores deste usuário já está excluído (corrompido), por isso o servidor recusou. Entre em contato com o suporte da Navixy para concluir a exclusão.
delete-253 = Alguns rastreadores deste usuário estão clonados para outros usuários. Marque “Remover também os clones” para excluí-los também, ou remova os clones antes.
deleted = O usuário foi excluído.
delete-login-mismatch = O login não corresponde a este usuário.

## Transactions
transactions-open = Transações
transactions-title = Transações de { $user }
transactions-loading = Carregando transações… (parte { $done } de { $total })
transactions-empty = Nenhuma transação neste período.
transactions-chart-empty = Nada para exibir.
transactions-count = { $count ->
    [one] { $count } transação
    [many] { $count } transações
   *[other] { $count } transações
}
transactions-refills = Recargas: +{ $amount }
transactions-charges = Cobranças: { $amount }
transactions-net = Líquido: { $amount }
transactions-bonus = Bônus: { $amount }
transactions-readout = { $date }: saldo { $balance }, bônus { $bonus }
range-7 = Últimos 7 dias
range-30 = Últimos 30 dias
range-90 = Últimos 90 dias
range-month = Este mês
range-custom = Período personalizado
range-apply = Mostrar
range-bad = Informe duas datas no formato aaaa-mm-dd, sendo a primeira igual ou anterior à segunda.
tx-date = Data (UTC)
tx-type = Tipo
tx-subtype = Subtipo
tx-description = Descrição
tx-amount = Valor
tx-balance = Saldo
tx-bonus-amount = Valor do bônus
tx-bonus = Bônus
tx-tracker = Rastreador
transactions-export = Exportar para XLSX
tx-old-balance = Saldo anterior
tx-new-balance = Saldo posterior
tx-old-bonus = Bônus anterior
tx-new-bonus = Bônus posterior
saved-to = Salvo em { $path }
save-failed = Não foi possível salvar o arquivo: { $reason }
action-login-as = Entrar como usuário
login-as-copied = A chave de sessão do usuário está na área de transferência.
login-as-opened = A interface web do usuário foi aberta; a chave de sessão também está na área de transferência.
login-as-refused = A interface web do usuário não foi aberta: { $reason } A chave de sessão está na área de transferência.
login-as-no-browser = Não foi possível abrir nenhum navegador; a chave de sessão do usuário está na área de transferência.
web-problem-not-a-host = o domínio do revendedor informado pelo servidor, “{ $domain }”, não é um nome de domínio válido.
web-problem-not-a-key = a chave de sessão enviada pelo servidor não é uma chave válida.
web-problem-not-an-address = “{ $address }” não é um endereço https.
web-problem-plain-http = “{ $address }” usa http simples para outra máquina, o que enviaria a chave sem criptografia.
rule-too-short = No mínimo { $min } caracteres.
rule-two-decimals = No máximo 2 casas decimais.
rule-duplicate-in-file = Este e-mail já está na linha { $line } do arquivo.

## Import template: the note on each column's header
template-note-email = Obrigatório. O login do novo usuário: um endereço de e-mail válido, único neste arquivo e no servidor.
template-note-password = Obrigatório. De 6 a 20 caracteres imprimíveis. O usuário pode alterá-la depois.
template-note-status = Obrigatório. 1 — ativo, 0 — bloqueado.
template-note-legal-status = Obrigatório. 1 — pessoa física, 2 — pessoa jurídica, 3 — empresário individual. Para 2 e 3, as colunas de endereço e de registro são obrigatórias; para 2, também a razão social.
template-note-last-name = Obrigatório. O sobrenome do usuário ou da pessoa de contato da empresa.
template-note-first-name = Obrigatório. O nome do usuário ou da pessoa de contato.
template-note-middle-name = Opcional.
template-note-phone = Opcional. De 10 a 15 dígitos, sem + nem espaços.
template-note-comment = Opcional. Uma observação para sua equipe, com no máximo 255 caracteres.
template-note-post-country = Endereço postal: país. Obrigatório para pessoas jurídicas e empresários individuais.
template-note-post-region = Endereço postal: região ou estado. Obrigatório para pessoas jurídicas e empresários individuais.
template-note-post-city = Endereço postal: cidade. Obrigatório para pessoas jurídicas e empresários individuais.
template-note-post-street-address = Endereço postal: rua, número, sala. Obrigatório para pessoas jurídicas e empresários individuais.
template-note-post-index = Endereço postal: CEP. Obrigatório para pessoas jurídicas e empresários individuais.
template-note-legal-name = O nome registrado da empresa (razão social). Obrigatório para pessoas jurídicas.
template-note-tin = Opcional. Número de identificação fiscal (CPF ou CNPJ).
template-note-iec = Opcional. Código do motivo do registro fiscal (KPP na Rússia).
template-note-state-reg-num = Opcional. Número de registro oficial (OGRN), com no máximo 15 caracteres.
template-note-okpo-code = Opcional. Código OKPO.
template-note-registered-country = Endereço de registro: país.
template-note-registered-region = Endereço de registro: região. Obrigatório para pessoas jurídicas e empresários individuais.
template-note-registered-city = Endereço de registro: cidade. Obrigatório para pessoas jurídicas e empresários individuais.
template-note-registered-street-address = Endereço de registro: rua, número. Obrigatório para pessoas jurídicas e empresários individuais.
template-note-registered-index = Endereço de registro: CEP. Obrigatório para pessoas jurídicas e empresários individuais.
template-note-discount = Opcional. Desconto em percentual, de 0 a 100.
template-note-discount-end-date = Opcional. O último dia do desconto, no formato aaaa-mm-dd.
template-note-device-limit = Opcional. O número mínimo de dispositivos exigido pelo desconto, um número inteiro.

## Import
import-column-line = Linha
import-column-problems = Problemas
import-report-sheet = Problemas
import-summary = { $n ->
    [one] { $rows } linha
    [many] { $rows } linhas
   *[other] { $rows } linhas
}: prontas: { $ready }, com erros: { $errors }
import-summary-excluded = , ignoradas: { $excluded }
import-summary-created = , criadas: { $created }
import-summary-updated = , atualizadas: { $updated }
import-missing-columns = Colunas obrigatórias ausentes no arquivo: { $columns }. Preencha-as abaixo ou adicione-as ao arquivo.
import-unknown-columns = Colunas não reconhecidas e ignoradas: { $columns }
import-too-many-rows = A Navixy aceita no máximo { $max } linhas por importação. Deixe algumas linhas de fora ou divida o arquivo.
import-line = Linha { $line }
import-file-too-large = O arquivo é maior que 10 MB, o máximo que a Navixy aceita. Divida-o em arquivos menores.
import-file-empty = O arquivo não tem usuários: está vazio ou tem apenas a linha de cabeçalho.
import-file-no-such-sheet = A planilha não tem nenhuma aba chamada “{ $sheet }”.
import-duplicate-column = As colunas { $first } e { $second } são ambas “{ $header }”: mantenha apenas uma delas e abra o arquivo novamente.
import-sheet-read = Lido da aba “{ $sheet }”.
import-sheet-read-others = Lido da aba “{ $sheet }”; também há usuários em: { $others }.
import-lines-skipped = As linhas { $first }–{ $last } acima do cabeçalho (linha { $header }) foram ignoradas.
import-line-skipped = A linha { $line } acima do cabeçalho (linha { $header }) foi ignorada.
import-line-warnings = Linha { $line }, verificar: { $warnings }
import-file-no-sheet = A planilha não tem abas.
import-file-unreadable = O arquivo não é uma planilha que este programa consiga ler (CSV, XLSX, XLS ou ODS). Detalhes: { $detail }
import-title = Importação: { $file }
import-template = Baixar modelo
import-template-file = modelo-importacao-usuarios.xlsx
import-choose-file = Escolher outro arquivo…
import-reading = Lendo o arquivo…
import-checking-rows = Verificando linhas: { $done } de { $total }
import-cannot-open = Não foi possível abrir o arquivo: { $reason }
import-encoding = Codificação:
import-sheet = Aba:
import-show-passwords = Mostrar senhas
import-row-ready-but = Pronta; verificar: { $warnings }
import-errors-only = Só linhas com erros
import-exclude-invalid = Ignorar linhas com erros
import-save-report = Salvar relatório de erros…
import-upload = { $n ->
    [one] Enviar { $count } usuário
    [many] Enviar { $count } usuários
   *[other] Enviar { $count } usuários
}
import-nothing-left = Nada mais a enviar
import-upload-rest = { $n ->
    [one] Enviar o usuário restante
    [many] Enviar os { $count } usuários restantes
   *[other] Enviar os { $count } usuários restantes
}
import-uploading = Enviando: { $sent } de { $total } criados
import-checking-server = O envio foi interrompido. Verificando quais usuários o servidor criou…
import-check-failed = Não foi possível descobrir quais usuários foram criados: { $reason } Nada será enviado até que isso seja esclarecido.
import-check-again = Verificar novamente
import-done = { $n ->
    [one] { $created } usuário criado.
    [many] { $created } usuários criados.
   *[other] { $created } usuários criados.
}
import-stopped = O envio parou: { $reason } Usuários criados até agora: { $created }. Corrija ou deixe de fora a linha marcada e envie o restante — as linhas já criadas não são enviadas novamente.
import-stopped-at = a linha { $line } foi recusada: { $reason }
import-row-created = Criada
import-row-excluded = Ignorada
import-row-ready = Pronta
import-separator-semicolon = ponto e vírgula
import-separator-comma = vírgulas
import-separator-tab = tabulações
import-csv-read-as = Lido como CSV separado por { $separator }, { $encoding }.
import-leave-title = Sair da importação?
import-leave-body = Suas correções e as linhas ainda não enviadas serão perdidas.
import-leave = Sair
users-import = Importar…
users-export = Exportar…
users-export-cancel = Cancelar exportação
export-cancelled = Exportação cancelada: nenhum arquivo foi gravado.
users-template = Modelo
export-done = Usuários exportados para { $path }: { $count }
export-failed = A exportação falhou: { $reason }
export-xlsx-as-built = O arquivo XLSX é salvo como o servidor o gerou: o painel não verificou se as células contêm fórmulas. Uma exportação em CSV é verificada.
export-csv-as-built = O arquivo CSV é salvo como o servidor o enviou: o painel não conseguiu lê-lo como CSV, então as células não são verificadas quanto a fórmulas.
error-login-in-use = Já existe um usuário com este e-mail.
error-duplicate-login = O mesmo e-mail aparece duas vezes no arquivo.
error-invalid-parameters = Alguns valores não são válidos.
file-filter-spreadsheets = Planilhas

## A change whose answer was lost (checked with a read afterwards)
error-not-applied = A conexão falhou antes de o servidor fazer a alteração. Nada foi alterado; o que você informou foi mantido, então você pode enviar novamente.
error-unconfirmed = A resposta se perdeu e não foi possível perguntar ao servidor o que aconteceu: a alteração pode ou não ter sido feita. Verifique antes de enviar novamente.

## Activity: the journal of changes made from this computer
activity-open = Atividade
activity-title = Atividade
back = Voltar
activity-filter-placeholder = Filtrar por usuário, operação, alteração…
activity-export = Exportar para XLSX…
activity-file-name = atividade
activity-count = { $n ->
    [one] { $shown } de { $total } alteração
    [many] { $shown } de { $total } alterações
   *[other] { $shown } de { $total } alterações
}
activity-unreadable = { $count ->
    [one] { $count } linha danificada ignorada
    [many] { $count } linhas danificadas ignoradas
   *[other] { $count } linhas danificadas ignoradas
}
activity-cannot-read = Não foi possível ler o registro de atividades: { $reason }
activity-empty = Nenhuma alteração ainda. Toda alteração que você fizer (usuários, saldos, aplicativos, importações) é registrada aqui.
activity-when = Quando
activity-server = Servidor
activity-dealer = Revendedor
activity-operation = Operação
activity-user-id = ID do usuário
activity-user = Usuário
activity-changes = Alterações
activity-outcome = Resultado
activity-code = Código de erro
activity-op-user-create = Usuário criado
activity-op-user-update = Usuário editado
activity-op-user-password = Senha alterada
activity-op-user-balance = Saldo alterado
activity-op-user-delete = Usuário excluído
activity-op-app-create = Aplicativo criado
activity-op-app-update = Aplicativo editado
activity-op-app-delete = Aplicativo excluído
activity-op-app-enabled = Aplicativo ativado/desativado
activity-op-import = Usuários importados
activity-bulk-run = Em massa: { $operation }
activity-bulk-users = { $count ->
    [one] { $users } usuário
    [many] { $users } usuários
    *[other] { $users } usuários
    }
activity-bulk-outcome = concluídas: { $done }, não concluídas: { $failed }
activity-outcome-done = Concluído
activity-outcome-refused = Recusado pelo servidor
activity-outcome-not-applied = Não feito (conexão)
activity-outcome-unconfirmed = Desconhecido: verifique
activity-outcome-failed = Não enviado
import-file-too-big = A planilha é grande demais para ser lida: mais de { $rows } linhas, ou conteúdo que descompactado passa de 512 MB. A Navixy aceita no máximo 10 mil linhas por arquivo; divida-o.
import-file-too-many-cells = Este arquivo tem { $cells } células; a importação aceita no máximo { $max }. A Navixy aceita no máximo 10 mil linhas por arquivo: copie as linhas e colunas dos usuários para um novo arquivo.
import-file-too-many-columns = Uma linha deste arquivo tem { $columns } colunas; a importação aceita no máximo { $max }. Verifique o separador ou copie as colunas dos usuários para um novo arquivo.
error-server-down = O servidor está com problemas (HTTP { $status }). Tente novamente em instantes.

quit-confirm-title = Fechar sem salvar?
quit-confirm-body = Parte do trabalho ainda não está no servidor: um formulário que você alterou, linhas de importação que você corrigiu ou uma alteração que ainda aguarda a resposta do servidor. Ao fechar a janela, isso será perdido.
quit-confirm = Fechar mesmo assim
activity-field-activated = Ativado
activity-field-verified = E-mail verificado
activity-field-balance = Saldo
activity-field-bonus = Bônus
activity-field-balance-change = Alteração de saldo
activity-field-bonus-change = Alteração de bônus
activity-field-text = Descrição
activity-field-with-clones = Com clones
activity-field-app-name = Nome do aplicativo
activity-field-app-url = URL do aplicativo
activity-field-enabled = Exibido no menu
activity-field-application = ID do aplicativo
activity-field-created = Usuários criados
activity-field-discount-strategy = Estratégia de desconto
activity-yes = sim
activity-no = não
import-cell-too-long = { $chars } caracteres: longo demais para editar aqui
import-cell-clear = Limpar

# navixy-panel import
cli-import-progress = criados { $done } de { $total }
cli-import-no-progress = O servidor não criou as linhas enviadas e não informou o motivo: nada mais foi enviado. Execute a importação novamente para enviar o que falta.
cli-import-no-password = Sem senha: defina NAVIXY_PASSWORD ou execute em um terminal para que ela seja solicitada.
cli-report-progress = Usuários lidos: { $done } de { $total }
cli-import-unknown-encoding = { $name } não é uma codificação que este programa conheça (tente windows-1251, windows-1252, utf-8).

# A change whose screen was closed before its answer came
left-change-done = Concluído depois que a tela foi fechada: { $operation }.
left-change-failed = Não concluído (a tela foi fechada nesse meio-tempo): { $operation }. { $reason }

# The in-app file chooser (systems without a file dialog)
chooser-why = Este sistema não tem caixa de diálogo de arquivos (nem portal da área de trabalho nem zenity), então o painel oferece a sua própria: digite um caminho ou escolha um local e um arquivo abaixo.
chooser-hint = Tab completa o nome · Enter confirma · Esc cancela
chooser-title-import = Escolha uma planilha para importar
chooser-title-export = Exportar os usuários para…
chooser-title-save = Salvar “{ $name }” como…
chooser-open = Abrir
chooser-save = Salvar
chooser-type-a-path = Digite o caminho de um arquivo ou escolha um abaixo.
chooser-type-a-name = Isso é uma pasta: digite um nome de arquivo depois dela.
chooser-no-such-file = O arquivo “{ $path }” não existe.
chooser-not-a-spreadsheet = Só é possível importar planilhas ({ $extensions }).
chooser-no-such-folder = Essa pasta não existe.
chooser-replace = “{ $name }” já existe. Clique em Salvar novamente para substituí-lo.
chooser-cannot-list = Não é possível ler esta pasta: { $reason }
chooser-nothing-here = Nada para escolher aqui.
drop-unsupported = “{ $name }” não pode ser importado: só é possível importar planilhas ({ $extensions }).
drop-elsewhere = Para importar “{ $name }”, solte-o na lista de usuários ou na tela de importação.
import-drop-hint = Ou solte uma planilha nesta janela.
users-columns-hint = Marque as colunas a exibir; as setas movem uma coluna. Arraste a borda do cabeçalho de uma coluna para alargá-la ou estreitá-la.
balance-preview-below-zero = Ficaria { $value }: o servidor recusa uma alteração que deixe o valor abaixo de zero.

# Codes the API speaks, in words (ui::words); an unknown code is shown tidied
word-locale-en-us = Inglês (EUA)
word-locale-en-gb = Inglês (Reino Unido)
word-locale-ru-ru = Russo
word-locale-es-es = Espanhol
word-locale-de-de = Alemão
word-locale-fr-fr = Francês
word-locale-pt-br = Português (Brasil)
word-locale-it-it = Italiano
word-locale-uk-ua = Ucraniano
word-locale-pt-pt = Português (Portugal)
word-locale-tr-tr = Turco
word-locale-ro-ro = Romeno
word-locale-ar-ar = Árabe
word-locale-kk-kz = Cazaque
word-tx-type-main-charge = Cobrança
word-tx-type-payment = Pagamento
word-tx-type-tariff-charge = Cobrança da tarifa
word-tx-type-bonus-charge = Cobrança de bônus
word-tx-subtype-monthly = Mensal
word-tx-subtype-every-year = Anual
word-tx-subtype-partner = Pelo revendedor
word-tx-subtype-activeday = Por dia ativo
word-tx-subtype-everyday = Diária
word-tx-subtype-sms = SMS
word-tx-subtype-register = Registro
word-measurement-metric = Métrico (km, l)
word-measurement-imperial = Imperial (milhas, gal imp.)
word-measurement-us = Americano (milhas, gal EUA)
word-measurement-metric-gal = Métrico com galões
word-measurement-imperial-us = Imperial com galões americanos
word-service-google = Google
word-service-roadmap = Google mapa
word-service-satellite = Google satélite
word-service-hybrid = Google híbrido
word-service-osm = OpenStreetMap
word-service-osrm = OpenStreetMap (OSRM)
word-service-yandex = Yandex
word-service-doublegis = 2GIS
word-service-here = HERE
word-service-mapbox = Mapbox
word-service-locationiq = LocationIQ
word-service-progorod = Progorod
word-feature-branding-web = Marca própria (web)
word-feature-branding-mobile = Marca própria (aplicativos móveis)
word-feature-custom-maps = Mapas personalizados
word-feature-api = Acesso à API
import-status-active = Ativado
import-status-blocked = Bloqueado
error-not-sent = Nada foi enviado: { $reason } O que você informou foi mantido; envie novamente quando o servidor responder.
activity-field-refused = Recusados
activity-field-not-sent = Não enviados
activity-field-logins = Logins
activity-field-found = Já criados encontrados
activity-field-rows-sent = Linhas enviadas
activity-field-run-rows = Linhas a criar
activity-op-import-check = Importação verificada

## The users section: permissions, trackers, plans, 2FA, presets, paging, settings
column-registered-city = Cidade de registro
column-comment = Comentário
column-mfa = 2FA
value-on = Ativado
value-off = Desativado
users-unconfirmed = e-mail não confirmado
not-permitted = Sua conta de revendedor não pode fazer isso. Peça a permissão ao seu administrador Navixy.
pager-first = Primeira página
pager-previous = Página anterior
pager-next = Próxima página
pager-last = Última página
pager-page = Página
pager-of = de { $pages }
filter-clear = Limpar o filtro
trackers-title = Rastreadores de { $name }
trackers-label = Rótulo
trackers-model = Modelo
trackers-imei = IMEI
trackers-status = Status
trackers-last-connection = Última conexão
trackers-clone = Clone
trackers-never = nunca
trackers-none = Nenhum rastreador
trackers-loading = Carregando rastreadores…
trackers-deleted = excluído
trackers-not-found = O rastreador nº { $id } não está entre os rastreadores deste usuário (foi excluído ou transferido para outro usuário).
trackers-filter-placeholder = Filtrar por rótulo, IMEI ou telefone
trackers-open = Rastreadores
word-status-active = On-line
word-status-idle = Ocioso
word-status-offline = Off-line
word-status-signal-lost = Sinal perdido
word-status-just-registered = Recém-registrado
field-plan = Plano padrão
field-menu-preset = Predefinição de menu
field-mfa = Autenticação de dois fatores
preset-default-named = { $title } (padrão)
plan-not-set = Não definido
plan-list-unknown = Não foi possível ler os planos do revendedor: o plano é exibido pelo número.
preset-list-unknown = Não foi possível ler as predefinições de menu do servidor.
field-mfa-allowed = Autenticação de dois fatores permitida
field-mfa-hint = O usuário pode confirmar o login com um código enviado por e-mail.
login-saved-servers = Servidores salvos…
settings-open = Configurações
settings-title = Configurações
settings-servers = Servidores próprios
settings-servers-about = Endereços oferecidos na tela de login. Todo servidor em que você entrar é adicionado aqui.
settings-servers-none = Nenhum servidor salvo ainda.
settings-server-add-label = Adicionar um endereço
settings-server-add = Adicionar
settings-web = Interface web do cliente
settings-web-about = “Entrar como usuário” abre este endereço. { "{" }domain{ "}" } é o domínio do revendedor, como informado pelo servidor; { "{" }session_key{ "}" } é a sessão do usuário. Deixe vazio para apenas copiar a chave de sessão.
settings-template = Endereço
settings-template-invalid = Não é um endereço http(s).
settings-template-default = Endereço da própria Navixy
settings-timeout-title = Espera pelo servidor
settings-timeout-about = Quanto tempo uma solicitação pode levar antes de ser considerada perdida. Vale a partir do próximo login.
settings-timeout = Segundos (1–600)
settings-timeout-range = Um número de segundos de 1 a 600.
settings-folder = Pasta de dados
settings-folder-about = O registro de atividades e o banco de dados do ambiente de testes ficam aqui.
settings-open-folder = Abrir a pasta de dados
settings-folder-not-opened = Não foi possível abrir a pasta: { $reason }
settings-drawing = Renderização
settings-drawing-about = Com o que a janela é desenhada. O processador sempre funciona; a placa de vídeo é mais rápida quando funciona bem neste sistema. A alteração vale a partir da próxima inicialização.
drawing-graphics-card = Placa de vídeo, quando funciona
drawing-processor = Processador
drawing-now-graphics-card = Nesta inicialização, a placa de vídeo desenha a janela.
drawing-now-no-card = Nesta inicialização, o processador desenha a janela: nenhuma placa de vídeo respondeu.
drawing-now-processor = Nesta inicialização, o processador desenha a janela, conforme escolhido.
drawing-now-failed = Nesta inicialização, o processador desenha a janela: a placa de vídeo falhou.
drawing-now-by-hand = ICED_BACKEND está definido como “{ $value }”: é ele que decide o que desenha.
drawing-failed-probe = A placa de vídeo não conseguiu desenhar o painel ({ $reason }), então o processador passa a desenhá-lo. Você pode mudar isso em Configurações.
drawing-failed-start = Da última vez, o painel parou antes que a placa de vídeo o desenhasse, então o processador passa a desenhá-lo. Você pode mudar isso em Configurações.
activity-op-user-mfa = Autenticação de dois fatores definida
activity-op-user-preset = Predefinição de menu atribuída
activity-op-user-resend = E-mail de ativação enviado

## Bulk work on a selection
users-chosen = { $count ->
    [one] { $count } usuário selecionado
    [many] { $count } usuários selecionados
    *[other] { $count } usuários selecionados
    }
users-choose-all-matching = Selecionar todos os que correspondem ao filtro ({ $count })
users-choice-clear = Limpar seleção
users-export-chosen = Exportar selecionados…
bulk-balance = Saldo ou bônus…
bulk-discount = Desconto…
bulk-plan = Plano…
bulk-mfa = 2FA…
bulk-resend = Reenviar ativação…
bulk-delete = Excluir…
bulk-title = { $action } para { $count ->
    [one] { $shown } usuário
    [many] { $shown } usuários
    *[other] { $shown } usuários
    }
bulk-reading = Lendo os usuários: { $read } de { $of }…
bulk-discount-rule = Informe um desconto de 0 a 100%, um número de dispositivos e uma data final (AAAA-MM-DD), a menos que o desconto seja sem prazo.
bulk-plan-rule = Escolha um plano.
bulk-plan-choose = Escolha um plano
bulk-delete-rule = Digite o número de usuários, { $count }, para confirmar.
bulk-delete-warning = { $count ->
    [one] { $count } usuário e tudo o que ele tem serão excluídos. Isso não pode ser desfeito.
    [many] { $count } usuários e tudo o que eles têm serão excluídos. Isso não pode ser desfeito.
    *[other] { $count } usuários e tudo o que eles têm serão excluídos. Isso não pode ser desfeito.
    }
bulk-delete-type = Digite { $count } para confirmar
bulk-below-zero = Ignorado: ficaria abaixo de zero (o servidor recusa)
bulk-discount-after = { $value }
bulk-unchanged = Já está assim: nada enviado
bulk-resend-will = Um e-mail será enviado
bulk-activated-already = Ignorado: já ativado
bulk-deleted = Excluído
bulk-resend-about = Um novo e-mail de ativação é enviado a cada usuário selecionado que ainda não foi ativado.
bulk-nobody = Não resta ninguém para quem fazer isso.
bulk-preview-count = { $count ->
    [one] { $count } usuário será alterado
    [many] { $count } usuários serão alterados
    *[other] { $count } usuários serão alterados
    }
bulk-left-out = Ignorados: { $count } (veja o motivo abaixo)
bulk-start = Iniciar para { $count }
bulk-done = concluídos: { $count }
bulk-failed = com falha: { $count }
bulk-left = restantes: { $count }
bulk-rate = { $rate } usuários por segundo
bulk-time-left = faltam cerca de { $seconds } s
bulk-pause = Pausar
bulk-cancel = Cancelar o restante
bulk-resume = Retomar (restam { $count })
bulk-discard = Descartar a execução
bulk-retry-failed = Repetir os com falha ({ $count })
bulk-pause-first = Pause a execução primeiro: o que falta fica guardado para ser retomado.
bulk-finished = Concluído para { $count }.
bulk-finished-failures = Finalizado; sem sucesso: { $failed }. Veja o motivo na lista.
bulk-paused = Pausado: retome quando quiser, inclusive depois de fechar o aplicativo.
bulk-cancelled = Cancelado: o restante não foi enviado.
bulk-session-ended = A sessão terminou: entre novamente para retomar.
bulk-not-kept = Não foi possível gravar o arquivo da execução, por isso ela parou: { $reason }
bulk-interrupted = Esta execução não terminou da última vez que o aplicativo foi usado: resolvidos: { $done }, restantes: { $left }. As alterações que estavam a caminho são verificadas com o servidor antes de qualquer novo envio.
bulk-interrupted-action = O que ela faz: { $action }
bulk-action-balance = { $kind } alterado em { $amount } (“{ $text }”)
bulk-action-discount = desconto de { $value }, até { $end }
bulk-action-open-ended = sem data final
bulk-action-plan = o plano { $plan }
bulk-action-mfa-on = 2FA permitida
bulk-action-mfa-off = 2FA não permitida
bulk-action-resend = um novo e-mail de ativação
bulk-action-delete = exclusão dos usuários
bulk-set-aside = { $count ->
    [one] O arquivo de uma execução em massa não era confiável e foi deixado de lado, sem ser executado: { $files }
    [many] { $count } arquivos de execuções em massa não eram confiáveis e foram deixados de lado, sem ser executados: { $files }
   *[other] { $count } arquivos de execuções em massa não eram confiáveis e foram deixados de lado, sem ser executados: { $files }
}
bulk-before = Antes
bulk-before-none = Nenhum
bulk-before-reading = Lendo…
bulk-before-unread = Não lido: { $reason }
bulk-undo-text = Estorno: { $text }
bulk-undo = Desfazer esta operação…
bulk-put-back-discount = Restaurar descontos
bulk-put-back-plan = Restaurar planos
bulk-put-back-about = Cada usuário recebe de volta o desconto ou plano que tinha antes da operação, seja o que for que tenha agora. “Antes” mostra o que tem agora.
bulk-action-put-back-discount = o desconto de cada usuário como era antes de uma operação
bulk-action-put-back-plan = o plano de cada usuário como era antes de uma operação
watch-open = Controle de saldo
watch-title = Controle de saldo
watch-explained = As cobranças de cada usuário nos últimos 30 dias e quantos dias o saldo dura nesse ritmo: primeiro os que ficarão sem saldo antes.
watch-listing = Lendo a lista de usuários: { $read }…
watch-progress = Usuários lidos: { $read } de { $total }
watch-stop = Parar
watch-resume = Continuar
watch-refresh = Ler novamente
watch-spent = Gasto, 30 dias
watch-days-left = Dias restantes
watch-runs-out = Acaba em
watch-unread = Não lidos ({ $count }): { $logins }
watch-none-yet = Nada lido ainda.
watch-within = Acaba em até
watch-days = dias
watch-shown = Exibidos: { $shown } de { $read }
watch-top-up = Recarregar estes…
watch-export = Exportar CSV…
watch-file-name = controle-de-saldo
watch-not-kept = O que foi lido não pôde ser guardado para a próxima leitura: { $reason }
watch-not-loaded = O que leituras anteriores guardaram não pôde ser usado ({ $reason }): tudo é lido de novo.
watch-chart = Recargas e cobranças por mês
watch-chart-since = lido desde { $date }; cada leitura acrescenta o que é novo
watch-chart-hide = Voltar aos usuários
watch-chart-show = Gráfico por mês
watch-chart-refills = Recargas
watch-chart-charges = Cobranças
watch-chart-month = { $month }: recargas { $refills }, cobranças { $charges }
bulk-after = Depois
bulk-outcome = Resultado
bulk-state-waiting = Aguardando
bulk-state-sending = A caminho
bulk-state-done = Concluído
bulk-state-skipped = Ignorado: { $reason }
bulk-state-refused = Recusado: { $reason } (código { $code })
bulk-state-failed = Falhou: { $reason }
bulk-state-unknown = Desconhecido: { $reason }
cli-import-classified = em relação ao servidor: { $summary }
sync-conflict-legal-type = a natureza jurídica não pode mudar ({ $from } → { $to })

## Imports that update
sync-compare = Comparar com o servidor
sync-compare-again = Comparar novamente
sync-compare-about = Encontra os usuários que já existem: o que o arquivo mudaria neles e o que não pode mudar.
sync-comparing = Comparando com o servidor…
sync-summary = novos: { $new }, alterados: { $changed }, sem alteração: { $unchanged }, { $conflicts ->
    [one] { $conflicts } conflito
    [many] { $conflicts } conflitos
    *[other] { $conflicts } conflitos
    }
sync-cost = ({ $requests ->
    [one] { $requests } solicitação
    [many] { $requests } solicitações
    *[other] { $requests } solicitações
    }, { $ms } ms)
sync-apply-new = Criar os novos
sync-apply-changed = Atualizar os alterados
sync-apply = Criar { $new }, atualizar { $changed }
sync-change = { $column }: { $old } → { $new }
sync-row-changed = Alterações: { $changes }
sync-row-unchanged = No servidor, igual ao arquivo
sync-row-conflict = Não é possível aplicar: { $reason }
sync-row-updated = Atualizado
sync-row-update-failed = Não atualizado: { $reason }
sync-row-gone = a linha não está mais no arquivo
sync-updating = Atualizando { $done } de { $total }…
sync-updated = { $count ->
    [one] { $count } usuário atualizado.
    [many] { $count } usuários atualizados.
    *[other] { $count } usuários atualizados.
    }
segments-open = Segmentos
segments-title = Segmentos
segments-explained = Perguntas que a pesquisa do servidor não responde, feitas a todos os usuários do revendedor: um usuário é encontrado quando todas as condições são atendidas.
segments-reading = Lendo os usuários: { $read }…
segments-as-of = Usuários: { $count }, lidos { $age }
segments-never-read = Nenhum usuário lido ainda.
segments-age-now = agora mesmo
segments-age-minutes = { $n ->
    [one] há { $n } minuto
   *[other] há { $n } minutos
}
segments-age-hours = { $n ->
    [one] há { $n } hora
   *[other] há { $n } horas
}
segments-age-days = { $n ->
    [one] há { $n } dia
   *[other] há { $n } dias
}
segments-refresh = Ler novamente
segments-saved = Segmentos salvos
segments-name = Nome do segmento
segments-save = Salvar
segments-forget = Excluir segmento
segments-saved-as = Segmento “{ $name }” salvo.
segments-too-many = Não é possível salvar mais segmentos: exclua um primeiro.
segments-search = Login, nome ou telefone
segments-add = Adicionar uma condição…
segments-found = Encontrados: { $found } de { $total }
segments-none-found = Nenhum usuário atende a estas condições.
segments-needs-watch = O controle de saldo ainda não leu as cobranças deste revendedor: abra-o uma vez e esta condição encontrará quem fica sem saldo.
segments-discount-ends-within = O desconto termina em até
segments-discount-ended = O desconto terminou
segments-terms-needed = Descontos e planos não estão na lista de usuários: o registro de cada usuário é lido (solicitações: { $count }).
segments-terms-read = Ler descontos e planos
segments-terms-reading = Lendo descontos e planos: { $read } de { $total }
segments-terms-as-of = Descontos e planos lidos { $age }
segments-terms-read-again = Ler de novo
segments-terms-unread = Não lidos: { $count }
segments-export = Exportar…
segments-file-name = segmento
segments-index-unreadable = Não foi possível ler os usuários guardados neste computador ({ $reason }): eles são lidos do servidor novamente.
segments-balance-below = Saldo abaixo de
segments-balance-above = Saldo acima de
segments-balance-negative = Saldo negativo
segments-not-activated = Não ativado
segments-not-activated-for = Não ativado há pelo menos
segments-no-trackers = Sem rastreadores
segments-trackers-more-than = Rastreadores, mais de
segments-two-factor-on = Autenticação de dois fatores ativada
segments-two-factor-off = Autenticação de dois fatores desativada
segments-created-between = Criado entre
segments-place = Cidade ou país
segments-problem-amount = Um valor, como 25 ou 12,50
segments-problem-number = Um número inteiro, como 30
segments-problem-date = Uma data como AAAA-MM-DD
segments-problem-dates-reversed = A primeira data é posterior à segunda
segments-problem-empty = Digite um valor para usar esta condição
