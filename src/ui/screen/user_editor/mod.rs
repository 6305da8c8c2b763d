//! Create or edit a user: every field of the seed grouped as an operator
//! thinks of them, the discount form, and the shared rules shown beside each
//! field. Save works only when the form is valid and changed; a refused save
//! keeps every typed value and puts the server's message on its field.

pub mod actions;
pub mod form;

use crate::api;
use crate::fl;
use crate::model::validation::{COMMENT_MAX, Rule};
use crate::model::{DiscountStrategy, ErrorCode, LegalType, UserField};
use crate::session::{Request, Response, UserSession};
use crate::ui::action::{Effect, Happened};
use crate::ui::screen::Page;
use crate::ui::screen::user_groups::{self, Lines};
use crate::ui::widget::modal::{Confirm, modal};
use crate::ui::widget::toast::Toast;
use crate::ui::widget::{self, Note};
use form::{LOCALES, UserForm};
use iced::keyboard::{Key, Modifiers, key::Named};
use iced::widget::{
    button, checkbox, column, combo_box, container, operation, pick_list, row, scrollable, space,
    text, text_editor, text_input,
};
use iced::{Alignment, Element, Length};
use std::collections::{HashMap, HashSet};
use std::sync::Arc;

pub const LOGIN_ID: &str = "editor-login";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Create,
    Update { user_id: i64 },
}

/// The text fields, each with the API parameter its errors are reported under.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TextField {
    /// One of the user object's text fields (the model's table).
    User(UserField),
    Comment,
    DefaultTariff,
    Password,
    PasswordRepeat,
    DiscountValue,
    DiscountMinTrackers,
    DiscountEndDate,
}

impl TextField {
    pub fn parameter(self) -> &'static str {
        match self {
            TextField::User(f) => f.parameter(),
            TextField::Comment => "comment",
            TextField::DefaultTariff => "default_tariff_id",
            TextField::Password => "password",
            TextField::PasswordRepeat => "password_repeat",
            TextField::DiscountValue => "discount.value",
            TextField::DiscountMinTrackers => "discount.min_trackers",
            TextField::DiscountEndDate => "discount.end_date",
        }
    }

    fn slot(self, f: &mut UserForm) -> &mut String {
        match self {
            TextField::User(field) => &mut f.texts[field],
            TextField::Comment => &mut f.comment,
            TextField::DefaultTariff => &mut f.default_tariff_id,
            TextField::Password => &mut f.password,
            TextField::PasswordRepeat => &mut f.password_repeat,
            TextField::DiscountValue => &mut f.discount_value,
            TextField::DiscountMinTrackers => &mut f.discount_min_trackers,
            TextField::DiscountEndDate => &mut f.discount_end_date,
        }
    }

    fn value(self, f: &UserForm) -> &str {
        match self {
            TextField::User(field) => f.text(field),
            TextField::Comment => &f.comment,
            TextField::DefaultTariff => &f.default_tariff_id,
            TextField::Password => &f.password,
            TextField::PasswordRepeat => &f.password_repeat,
            TextField::DiscountValue => &f.discount_value,
            TextField::DiscountMinTrackers => &f.discount_min_trackers,
            TextField::DiscountEndDate => &f.discount_end_date,
        }
    }
}

/// A user field's label in the editor: the phone says what it takes.
fn editor_label(field: UserField) -> String {
    match field {
        UserField::Phone => fl!("field-phone-digits"),
        other => user_groups::label(other),
    }
}

pub fn legal_name(t: LegalType) -> String {
    match t {
        LegalType::Individual => fl!("legal-individual"),
        LegalType::LegalEntity => fl!("legal-entity"),
        LegalType::SoleTrader => fl!("legal-sole-trader"),
    }
}

fn strategy_name(s: &DiscountStrategy) -> String {
    match s {
        DiscountStrategy::NoSumming => fl!("strategy-no-summing"),
        DiscountStrategy::SumWithProgressive => fl!("strategy-sum"),
    }
}

#[derive(Debug, Clone)]
pub enum Field {
    Text(TextField, String),
    Activated(bool),
    Verified(bool),
    LegalType(LegalType),
    SameAddress(bool),
    OpenEnded(bool),
    Strategy(DiscountStrategy),
    TimeZone(String),
    Locale(String),
}

/// Which account action's dialog to open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AccountAction {
    Password,
    Balance,
    Delete,
}

#[derive(Debug, Clone)]
pub enum Message {
    /// "Log in as user": open a user session to hand over.
    LoginAs,
    LoginAsAnswered(Result<Arc<UserSession>, api::Error>),
    OpenAction(AccountAction),
    ActionInput(actions::Input),
    ActionSubmit,
    ActionClose,
    /// The password changed, or the user deleted (or not).
    ActionDone(Result<(), api::Error>),
    /// The balance (or bonus) before and after the change (or why not).
    BalanceChanged(Result<(f64, f64), api::Error>),
    Edit(Field),
    /// Typing in the multi-line comment.
    CommentEdited(text_editor::Action),
    Save,
    /// The user was saved (the new id when created), or why not.
    Saved(Result<Option<i64>, api::Error>),
    Cancel,
    DiscardConfirmed,
    DiscardCancelled,
}

type Action = crate::ui::action::Action<Message>;

/// The form's problems and warnings, judged once for a whole view.
struct Judged {
    problems: HashMap<String, Rule>,
    warnings: HashMap<String, Rule>,
}

fn stored_value_warning(warnings: &HashMap<String, Rule>, param: &str) -> Option<String> {
    warnings.get(param).map(|rule| {
        fl!(
            "editor-stored-value-warning",
            rule = crate::i18n::rule_text(rule)
        )
    })
}

#[derive(Debug, Clone)]
pub struct UserEditor {
    mode: Mode,
    original: UserForm,
    form: UserForm,
    saving: bool,
    /// The server's messages by parameter, after a refused save.
    server_errors: HashMap<String, String>,
    /// Fields the operator has edited; all after a save attempt.
    touched: HashSet<String>,
    confirm_discard: bool,
    time_zones: combo_box::State<String>,
    /// The comment as the multi-line editor holds it; `form.comment` follows it.
    comment: text_editor::Content,
    /// The edited user's login and balances, for the account actions (update only).
    account: Option<actions::Account>,
    dialog: Option<actions::Open>,
}

impl UserEditor {
    pub fn create() -> Self {
        let form = UserForm {
            locale: form::default_locale().into(),
            ..UserForm::default()
        };
        Self::with(Mode::Create, form)
    }

    pub fn update(user_id: i64, form: UserForm) -> Self {
        Self::with(Mode::Update { user_id }, form)
    }

    fn with(mode: Mode, form: UserForm) -> Self {
        let zones = chrono_tz::TZ_VARIANTS
            .iter()
            .map(|z| z.name().to_owned())
            .collect();
        UserEditor {
            mode,
            comment: text_editor::Content::with_text(&form.comment),
            original: form.clone(),
            form,
            saving: false,
            server_errors: HashMap::new(),
            touched: HashSet::new(),
            confirm_discard: false,
            time_zones: combo_box::State::new(zones),
            account: None,
            dialog: None,
        }
    }

    /// The editor for a user as read from the server, with its account actions.
    pub fn for_record(record: &crate::api::UserRecord) -> Self {
        let mut editor = Self::update(record.user.id, UserForm::from_record(record));
        editor.account = Some(actions::Account {
            user_id: record.user.id,
            login: record.user.fields.login.clone().unwrap_or_default(),
            balance: record.user.balance.unwrap_or_default(),
            bonus: record.user.bonus.unwrap_or_default(),
        });
        editor
    }

    fn action_message(&mut self, message: Message) -> Action {
        use actions::Dialog;
        let Some(account) = self.account.clone() else {
            return Action::none();
        };
        match message {
            Message::OpenAction(which) => {
                self.dialog = Some(actions::Open::new(match which {
                    AccountAction::Password => Dialog::Password {
                        password: String::new(),
                        repeat: String::new(),
                    },
                    AccountAction::Balance => Dialog::Balance {
                        kind: crate::model::BalanceKind::Balance,
                        amount: String::new(),
                        text: String::new(),
                    },
                    // Removing clones held by other users is a choice, never
                    // the default (the API's default is to remove them).
                    AccountAction::Delete => Dialog::Delete {
                        typed_login: String::new(),
                        clones: false,
                    },
                }));
                Action::none()
            }
            Message::ActionInput(input) => {
                if let Some(d) = &mut self.dialog {
                    d.input(input);
                }
                Action::none()
            }
            Message::ActionSubmit => {
                let Some(d) = &mut self.dialog else {
                    return Action::none();
                };
                let Some(request) = d.request(&account) else {
                    return Action::none();
                };
                d.sending = true;
                match d.dialog {
                    Dialog::Balance { .. } => Action::request(request, |a| {
                        Message::BalanceChanged(a.and_then(Response::into_balance_changed))
                    }),
                    Dialog::Password { .. } | Dialog::Delete { .. } => {
                        Action::request(request, |a| {
                            Message::ActionDone(a.and_then(Response::into_done))
                        })
                    }
                }
            }
            Message::ActionClose => {
                if self.dialog.as_ref().is_some_and(|d| !d.sending) {
                    self.dialog = None;
                }
                Action::none()
            }
            Message::ActionDone(Err(e)) | Message::BalanceChanged(Err(e)) => {
                if let Some(d) = &mut self.dialog {
                    d.refused(&e, &account);
                }
                Action::none()
            }
            Message::BalanceChanged(Ok((_, after))) => {
                let Some(done) = self.dialog.take() else {
                    return Action::none();
                };
                if let (Some(acc), Dialog::Balance { kind, .. }) = (&mut self.account, &done.dialog)
                {
                    match kind {
                        crate::model::BalanceKind::Balance => acc.balance = after,
                        crate::model::BalanceKind::Bonus => acc.bonus = after,
                    }
                }
                Action::toast(Toast::success(fl!("balance-changed")))
            }
            Message::ActionDone(Ok(())) => match self.dialog.take().map(|d| d.dialog) {
                Some(Dialog::Delete { .. }) => Action::close()
                    .and(Action::tell(Happened::UserDeleted(account.user_id)))
                    .and(Action::toast(Toast::success(fl!("deleted")))),
                Some(_) => Action::toast(Toast::success(fl!("password-changed"))),
                None => Action::none(),
            },
            _ => Action::none(),
        }
    }

    fn creating(&self) -> bool {
        self.mode == Mode::Create
    }

    pub fn changed(&self) -> bool {
        self.form != self.original
    }

    pub fn mode(&self) -> Mode {
        self.mode
    }

    /// What the form holds now.
    pub fn form(&self) -> &UserForm {
        &self.form
    }

    pub fn is_saving(&self) -> bool {
        self.saving
    }

    /// "Discard changes?" is being asked.
    pub fn confirm_discard(&self) -> bool {
        self.confirm_discard
    }

    pub fn account(&self) -> Option<&actions::Account> {
        self.account.as_ref()
    }

    /// The account action's dialog, when one is open.
    pub fn dialog(&self) -> Option<&actions::Open> {
        self.dialog.as_ref()
    }

    /// What blocks saving: only what the operator typed or changed.
    pub fn problems(&self) -> HashMap<String, Rule> {
        self.form
            .problems((!self.creating()).then_some(&self.original))
    }

    /// Stored values that break a rule, shown beside their fields (update only).
    pub fn warnings(&self) -> HashMap<String, Rule> {
        match self.mode {
            Mode::Create => HashMap::new(),
            Mode::Update { .. } => self.form.warnings(&self.original),
        }
    }

    /// Save is offered only for a valid, changed form.
    pub fn can_save(&self) -> bool {
        !self.saving && self.problems().is_empty() && (self.creating() || self.changed())
    }

    fn handle(&mut self, message: Message) -> Action {
        match message {
            Message::LoginAs => match &self.account {
                Some(a) => Action::request(Request::OpenUserSession(a.user_id), |a| {
                    Message::LoginAsAnswered(a.and_then(Response::into_user_session))
                }),
                None => Action::none(),
            },
            Message::LoginAsAnswered(Ok(s)) => Effect::HandOver(s).into(),
            Message::LoginAsAnswered(Err(e)) => Action::toast(Toast::error(&e)),
            m @ (Message::OpenAction(_)
            | Message::ActionInput(_)
            | Message::ActionSubmit
            | Message::ActionClose
            | Message::ActionDone(_)
            | Message::BalanceChanged(_)) => self.action_message(m),
            Message::Edit(field) => {
                let param = match &field {
                    Field::Text(t, _) => t.parameter(),
                    Field::TimeZone(_) => "time_zone",
                    _ => "",
                };
                self.server_errors.remove(param);
                self.touched.insert(param.to_owned());
                let f = &mut self.form;
                match field {
                    Field::Text(TextField::Comment, v) => {
                        self.comment = text_editor::Content::with_text(&v);
                        f.comment = v;
                    }
                    Field::Text(t, v) => *t.slot(f) = v,
                    Field::Activated(v) => f.activated = v,
                    Field::Verified(v) => f.verified = v,
                    Field::LegalType(t) => {
                        if self.mode == Mode::Create {
                            f.legal_type = t;
                        }
                    }
                    Field::SameAddress(v) => {
                        // Unticked, the registered address starts as a copy of
                        // the postal one, to change what differs.
                        if !v && f.same_address {
                            f.copy_postal_to_registered();
                        }
                        f.same_address = v;
                    }
                    Field::OpenEnded(v) => f.discount_open_ended = v,
                    Field::Strategy(s) => f.discount_strategy = s,
                    Field::TimeZone(z) => f.time_zone = z,
                    Field::Locale(l) => f.locale = l,
                }
                Action::none()
            }
            Message::CommentEdited(action) => {
                if action.is_edit() {
                    self.server_errors.remove("comment");
                    self.touched.insert("comment".to_owned());
                }
                self.comment.perform(action);
                self.form.comment = self.comment.text();
                Action::none()
            }
            Message::Save => {
                if self.saving {
                    return Action::none();
                }
                let problems = self.problems();
                if !problems.is_empty() {
                    self.touched.extend(problems.into_keys());
                    return Action::none();
                }
                if !self.creating() && !self.changed() {
                    return Action::none();
                }
                self.saving = true;
                match self.mode {
                    Mode::Create => {
                        Action::request(Request::CreateUser(Box::new(self.form.new_user())), |a| {
                            Message::Saved(a.and_then(Response::into_user_created).map(Some))
                        })
                    }
                    Mode::Update { user_id } => Action::request(
                        Request::UpdateUser {
                            update: Box::new(self.form.update(user_id)),
                            before: Box::new(self.original.update(user_id)),
                        },
                        |a| Message::Saved(a.and_then(Response::into_done).map(|()| None)),
                    ),
                }
            }
            Message::Cancel => {
                if self.changed() {
                    self.confirm_discard = true;
                    Action::none()
                } else {
                    Action::close()
                }
            }
            Message::DiscardConfirmed => Action::close(),
            Message::DiscardCancelled => {
                self.confirm_discard = false;
                Action::none()
            }
            Message::Saved(Ok(created)) => {
                self.saving = false;
                self.original = self.form.clone();
                let (user_id, text) = match (self.mode, created) {
                    (_, Some(id)) => (Some(id), fl!("editor-created")),
                    (Mode::Update { user_id }, None) => (Some(user_id), fl!("editor-saved")),
                    (Mode::Create, None) => (None, fl!("editor-created")),
                };
                Action::close()
                    .and(Action::toast(Toast::success(text)))
                    .and(Action::tell(Happened::UserSaved {
                        user_id,
                        created: created.is_some(),
                    }))
            }
            Message::Saved(Err(e)) => {
                // Every typed value stays; the message goes beside its field.
                self.saving = false;
                match e.api() {
                    Some(a) if a.is(ErrorCode::LoginInUse) => {
                        self.server_errors
                            .insert("user.login".into(), fl!("editor-login-in-use"));
                        Action::none()
                    }
                    Some(a) if !a.errors.is_empty() => {
                        for p in &a.errors {
                            self.server_errors
                                .insert(p.parameter.clone(), p.error.clone());
                        }
                        Action::none()
                    }
                    _ => Action::toast(Toast::error(&e)),
                }
            }
        }
    }

    /// The message to show beside a parameter: the server's, or a broken rule
    /// once the field has been touched.
    pub fn error_for(&self, param: &str, problems: &HashMap<String, Rule>) -> Option<String> {
        self.server_errors.get(param).cloned().or_else(|| {
            problems
                .get(param)
                .filter(|_| self.touched.contains(param))
                .map(crate::i18n::rule_text)
        })
    }

    fn input<'a>(
        &'a self,
        label: String,
        field: TextField,
        judged: &Judged,
    ) -> Element<'a, Message> {
        let mut input = text_input("", field.value(&self.form))
            .on_input(move |v| Message::Edit(Field::Text(field, v)))
            .on_submit(Message::Save);
        if matches!(field, TextField::Password | TextField::PasswordRepeat) {
            input = input.secure(true);
        }
        if field == TextField::User(UserField::Login) {
            input = input.id(LOGIN_ID);
        }
        widget::field(label, input, self.note(field.parameter(), judged))
    }

    fn user_input<'a>(&'a self, field: UserField, judged: &Judged) -> Element<'a, Message> {
        self.input(editor_label(field), TextField::User(field), judged)
    }

    /// A group's lines of fields, those the legal type's user object carries.
    fn lines<'a>(&'a self, lines: Lines, judged: &Judged) -> Vec<Element<'a, Message>> {
        let legal_type = self.form.legal_type;
        lines
            .iter()
            .map(|line| {
                line.iter()
                    .filter(|f| f.in_user_object(legal_type))
                    .map(|&f| self.user_input(f, judged))
                    .collect::<Vec<_>>()
            })
            .filter(|line| !line.is_empty())
            .map(|line| row(line).spacing(12).into())
            .collect()
    }

    /// What is said under a field: the error, or else a warning about a
    /// stored value.
    fn note(&self, param: &str, judged: &Judged) -> Option<Note> {
        self.error_for(param, &judged.problems)
            .map(Note::Error)
            .or_else(|| stored_value_warning(&judged.warnings, param).map(Note::Warning))
    }

    /// A stored value that breaks a rule: "Stored as is, though: …", until it is changed.
    pub fn warning_for(&self, param: &str) -> Option<String> {
        stored_value_warning(&self.warnings(), param)
    }

    fn group<'a>(title: String, rows: Vec<Element<'a, Message>>) -> Element<'a, Message> {
        container(column![text(title).size(17)].extend(rows).spacing(10))
            .padding(14)
            .width(Length::Fill)
            .style(container::bordered_box)
            .into()
    }

    fn page(&self) -> Element<'_, Message> {
        use TextField as T;
        // Judged once per view: every field's message reads from these.
        let judged = Judged {
            problems: self.problems(),
            warnings: self.warnings(),
        };
        let p = &judged;
        let f = &self.form;
        let mut account: Vec<Element<'_, Message>> = vec![
            self.user_input(UserField::Login, p),
            row![
                checkbox(f.activated)
                    .label(fl!("field-activated"))
                    .on_toggle(|v| Message::Edit(Field::Activated(v))),
                checkbox(f.verified)
                    .label(fl!("field-verified"))
                    .on_toggle(|v| Message::Edit(Field::Verified(v))),
            ]
            .spacing(24)
            .into(),
        ];
        if self.creating() {
            account.push(
                row![
                    self.input(fl!("field-password"), T::Password, p),
                    self.input(fl!("field-password-repeat"), T::PasswordRepeat, p)
                ]
                .spacing(12)
                .into(),
            );
            let zone = widget::field(
                fl!("field-time-zone"),
                combo_box(
                    &self.time_zones,
                    &fl!("field-time-zone-search"),
                    Some(&f.time_zone),
                    |z| Message::Edit(Field::TimeZone(z)),
                ),
                self.note("time_zone", p),
            );
            let locales: Vec<String> = LOCALES.iter().map(|s| s.to_string()).collect();
            account.push(
                row![
                    zone,
                    widget::labeled(
                        fl!("field-locale"),
                        pick_list(locales, Some(f.locale.clone()), |l| Message::Edit(
                            Field::Locale(l)
                        ))
                        .width(Length::Fill)
                    )
                ]
                .spacing(12)
                .into(),
            );
        }
        let person = self.lines(user_groups::PERSON, p);
        let legal_type: Element<'_, Message> = if self.creating() {
            widget::labeled(
                fl!("field-legal-type"),
                widget::choice(
                    LegalType::ALL,
                    Some(f.legal_type),
                    |t| legal_name(*t),
                    |t| Message::Edit(Field::LegalType(t)),
                ),
            )
        } else {
            widget::labeled(
                fl!("field-legal-type"),
                text(fl!(
                    "editor-legal-type-fixed",
                    kind = legal_name(f.legal_type)
                ))
                .style(text::secondary),
            )
        };
        let mut legal = vec![legal_type];
        legal.extend(self.lines(user_groups::LEGAL, p));
        let postal = self.lines(user_groups::POSTAL, p);
        let mut registered: Vec<Element<'_, Message>> = vec![
            checkbox(f.same_address)
                .label(fl!("editor-same-address"))
                .on_toggle(|v| Message::Edit(Field::SameAddress(v)))
                .into(),
        ];
        if !f.same_address {
            registered.extend(self.lines(user_groups::REGISTERED, p));
        }
        let explain = match f.discount_strategy {
            DiscountStrategy::NoSumming => fl!("strategy-no-summing-explained"),
            DiscountStrategy::SumWithProgressive => fl!("strategy-sum-explained"),
        };
        let mut end: Vec<Element<'_, Message>> = vec![
            checkbox(f.discount_open_ended)
                .label(fl!("value-open-ended"))
                .on_toggle(|v| Message::Edit(Field::OpenEnded(v)))
                .into(),
        ];
        if !f.discount_open_ended {
            end.push(self.input(fl!("field-discount-end-date"), T::DiscountEndDate, p));
        }
        let discount = vec![
            row![
                self.input(fl!("field-discount-percent"), T::DiscountValue, p),
                self.input(
                    fl!("field-discount-min-trackers"),
                    T::DiscountMinTrackers,
                    p
                )
            ]
            .spacing(12)
            .into(),
            row(end).spacing(12).align_y(Alignment::End).into(),
            widget::labeled(
                fl!("field-discount-strategy"),
                widget::choice(
                    DiscountStrategy::ALL,
                    Some(f.discount_strategy),
                    strategy_name,
                    |s| Message::Edit(Field::Strategy(s)),
                ),
            ),
            text(explain).size(13).style(text::secondary).into(),
        ];
        // Multi-line, as in Navixy's panel; a fixed height, so lines typed
        // never move the fields below.
        let comment = text_editor(&self.comment)
            .on_action(Message::CommentEdited)
            .height(Length::Fixed(88.0));
        let other = vec![
            widget::field(
                fl!(
                    "field-comment-counted",
                    count = f.comment.chars().count(),
                    max = COMMENT_MAX
                ),
                comment,
                self.note(TextField::Comment.parameter(), p),
            ),
            self.input(fl!("field-default-tariff"), T::DefaultTariff, p),
        ];
        let mut groups = column![
            Self::group(fl!("group-account"), account),
            Self::group(fl!("group-person"), person),
            Self::group(fl!("group-legal"), legal),
            Self::group(fl!("group-postal"), postal),
        ]
        .spacing(12);
        if f.legal_type.needs_addresses() {
            groups = groups.push(Self::group(fl!("group-registered"), registered));
        }
        groups = groups
            .push(Self::group(fl!("group-discount"), discount))
            .push(Self::group(fl!("group-other"), other));

        let title = match self.mode {
            Mode::Create => fl!("editor-new-title"),
            Mode::Update { .. } => fl!(
                "editor-edit-title",
                login = self.original.text(UserField::Login).to_owned()
            ),
        };
        let status = if !p.problems.is_empty() && !self.touched.is_empty() {
            text(fl!("editor-problems", count = p.problems.len())).style(text::danger)
        } else if self.changed() {
            text(fl!("editor-unsaved")).style(text::secondary)
        } else {
            text("")
        };
        let footer = row![
            status,
            space::horizontal(),
            button(text(fl!("cancel")))
                .style(button::secondary)
                .on_press(Message::Cancel),
            button(text(if self.saving {
                fl!("saving")
            } else {
                fl!("save")
            }))
            .on_press_maybe(self.can_save().then_some(Message::Save)),
        ]
        .spacing(10)
        .align_y(Alignment::Center);
        let mut header = row![text(title).size(22), space::horizontal()]
            .spacing(10)
            .align_y(Alignment::Center);
        if self.account.is_some() {
            header = header
                .push(
                    button(text(fl!("action-login-as")))
                        .style(button::secondary)
                        .on_press(Message::LoginAs),
                )
                .push(
                    button(text(fl!("action-password")))
                        .style(button::secondary)
                        .on_press(Message::OpenAction(AccountAction::Password)),
                )
                .push(
                    button(text(fl!("action-balance")))
                        .style(button::secondary)
                        .on_press(Message::OpenAction(AccountAction::Balance)),
                )
                .push(
                    button(text(fl!("action-delete")))
                        .style(button::danger)
                        .on_press(Message::OpenAction(AccountAction::Delete)),
                );
        }
        let page: Element<'_, Message> = column![
            header,
            scrollable(groups.padding([0, 12])).height(Length::Fill),
            footer
        ]
        .spacing(12)
        .padding(12)
        .into();
        match (&self.dialog, &self.account) {
            (Some(dialog), Some(account)) => crate::ui::widget::modal::overlay(
                page,
                dialog.view(
                    account,
                    Message::ActionInput,
                    Message::ActionSubmit,
                    Message::ActionClose,
                ),
                Message::ActionClose,
            ),
            _ if self.confirm_discard => modal(
                page,
                Confirm {
                    title: fl!("editor-discard-title"),
                    body: fl!("editor-discard-body"),
                    confirm: fl!("editor-discard"),
                    cancel: fl!("cancel"),
                    on_confirm: Message::DiscardConfirmed,
                    on_cancel: Message::DiscardCancelled,
                },
            ),
            _ => page,
        }
    }
}

impl Page for UserEditor {
    type Message = Message;

    /// Opens with the login field focused.
    fn start(&mut self) -> Action {
        Action::run(operation::focus(LOGIN_ID))
    }

    fn update(&mut self, message: Message) -> Action {
        self.handle(message)
    }

    fn view(&self) -> Element<'_, Message> {
        self.page()
    }

    fn on_key(&self, key: &Key, modifiers: Modifiers) -> Option<Message> {
        match key.as_ref() {
            Key::Character("s") if modifiers.command() => Some(Message::Save),
            Key::Named(Named::Escape) => Some(if self.dialog.is_some() {
                Message::ActionClose
            } else if self.confirm_discard {
                Message::DiscardCancelled
            } else {
                Message::Cancel
            }),
            _ => None,
        }
    }

    /// Work closing the window would lose: an edited form, a balance or
    /// password change typed, or a change whose answer has not come yet.
    fn unsaved(&self) -> bool {
        self.changed() || self.saving || self.dialog.as_ref().is_some_and(|d| d.edited || d.sending)
    }

    /// The form is kept exactly as typed. The save that met the ended
    /// session is not resent on its own (it changes data): Save again.
    fn resumed(&mut self) -> Action {
        self.saving = false;
        Action::none()
    }
}
