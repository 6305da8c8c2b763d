//! Create or edit a user: every field of the seed grouped as an operator
//! thinks of them, the discount form, and the shared rules shown beside each
//! field. Save works only when the form is valid and changed; a refused save
//! keeps every typed value and puts the server's message on its field.

pub mod form;

use crate::api;
use crate::fl;
use crate::model::validation::{COMMENT_MAX, Rule};
use crate::model::{DiscountStrategy, ErrorCode, LegalType, Permit, UserField};
use crate::session::{Ask, Dealer};
use crate::ui::action::Happened;
use crate::ui::parts::account_actions::{self, AccountActions};
use crate::ui::parts::field_groups::{self, Lines};
use crate::ui::screen::Page;
use crate::ui::theme;
use crate::ui::widget::modal::{self, Confirm};
use crate::ui::widget::toast::Toast;
use crate::ui::widget::{self, Note, icon};
use crate::words;
use form::{LOCALES, UserForm};
use iced::keyboard::{Key, Modifiers, key::Named};
use iced::widget::{
    button, checkbox, column, combo_box, container, operation, row, scrollable, space, text,
    text_editor, text_input,
};
use iced::{Alignment, Element, Length, Task};
use std::collections::{HashMap, HashSet};
use std::sync::Arc;

pub const LOGIN_ID: &str = "editor-user.login";
/// The form's scrollable: the editor opens at its top.
const FORM_ID: &str = "editor-form";

/// The time zones offered: the server's (`panel/timezone/list`) where it
/// answered, the built-in IANA list otherwise.
fn zone_names(dealer: &Dealer) -> Vec<String> {
    match &dealer.time_zones {
        Some(zones) => zones.iter().map(|z| z.zone_id.clone()).collect(),
        None => chrono_tz::TZ_VARIANTS
            .iter()
            .map(|z| z.name().to_owned())
            .collect(),
    }
}

/// A field's input, found by its parameter (to focus or reveal it).
fn input_id(parameter: &str) -> String {
    format!("editor-{parameter}")
}

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
        other => field_groups::label(other),
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
    /// The default plan (None: not set).
    Plan(Option<i64>),
    Mfa(bool),
    Preset(i64),
}

/// What a save sends, in this order: the user itself, then (each with an
/// operation of its own) 2FA and the menu preset. A save that stops part
/// way keeps what was saved; Save again sends only the rest.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SavePart {
    User,
    Mfa,
    Preset,
}

#[derive(Debug, Clone)]
pub enum Message {
    /// The user's account actions (log in as, password, balance, delete).
    Account(account_actions::Message),
    Edit(Field),
    /// Typing in the multi-line comment.
    CommentEdited(text_editor::Action),
    Save,
    /// A part of the user was saved (the new id when created), or why not.
    Saved(SavePart, Result<Option<i64>, api::Error>),
    Cancel,
    DiscardConfirmed,
    DiscardCancelled,
    /// Go to the first field that needs attention.
    RevealProblems,
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
    /// The edited user's account actions (update only).
    account: Option<AccountActions>,
    /// What the dealer may do, its plans, presets and time zones.
    dealer: Arc<Dealer>,
    /// The user this editor created, while the rest of the save goes on.
    created: Option<i64>,
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
        UserEditor {
            mode,
            comment: text_editor::Content::with_text(&form.comment),
            original: form.clone(),
            form,
            saving: false,
            server_errors: HashMap::new(),
            touched: HashSet::new(),
            confirm_discard: false,
            time_zones: combo_box::State::new(zone_names(&Dealer::unknown())),
            account: None,
            dealer: Arc::new(Dealer::unknown()),
            created: None,
        }
    }

    /// The editor for a user as read from the server, with its account actions.
    pub fn for_record(record: &crate::api::UserRecord) -> Self {
        let mut editor = Self::update(record.user.id, UserForm::from_record(record));
        editor.account = Some(AccountActions::new(record));
        editor
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

    /// The user's account actions (None when creating).
    pub fn account(&self) -> Option<&AccountActions> {
        self.account.as_ref()
    }

    /// The account action's dialog, when one is open.
    pub fn dialog(&self) -> Option<&account_actions::Open> {
        self.account.as_ref().and_then(AccountActions::dialog)
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

    /// Save is offered only for a valid, changed form, to a dealer that
    /// may save it.
    pub fn can_save(&self) -> bool {
        !self.saving
            && self.permitted()
            && self.problems().is_empty()
            && (self.creating() || self.changed())
    }

    /// Save can be pressed: something to save, by a dealer that may. A
    /// form with problems is not greyed out without a word: pressing Save
    /// says what needs attention and goes to the first of it.
    pub fn save_offered(&self) -> bool {
        !self.saving && self.permitted() && (self.creating() || self.changed())
    }

    /// Whether the dealer may create (or edit) users.
    fn permitted(&self) -> bool {
        self.dealer.allows(if self.creating() {
            Permit::CreateUsers
        } else {
            Permit::EditUsers
        })
    }

    /// The login as the server has it, naming the user in the journal.
    fn stored_login(&self) -> String {
        self.original.text(UserField::Login).trim().to_owned()
    }

    /// A menu preset by its title (the dealer's default when none is set).
    fn preset_title(&self, id: Option<i64>) -> Option<String> {
        match id {
            Some(id) => Some(
                self.dealer
                    .preset(id)
                    .map_or_else(|| format!("#{id}"), |p| p.title.clone()),
            ),
            None => self.dealer.default_preset().map(|p| p.title.clone()),
        }
    }

    /// The next part of the save still to send, if any (see [`SavePart`]).
    fn next_save(&self) -> Option<Action> {
        let user_id = match self.mode {
            Mode::Create => {
                let ask = Ask::create_user(self.form.new_user());
                return Some(Action::ask(ask, |a| {
                    Message::Saved(SavePart::User, a.map(Some))
                }));
            }
            Mode::Update { user_id } => user_id,
        };
        let done = |part| move |a: Result<(), api::Error>| Message::Saved(part, a.map(|()| None));
        if self.form.user_part() != self.original.user_part() {
            let ask = Ask::update_user(self.form.update(user_id), self.original.update(user_id));
            return Some(Action::ask(ask, done(SavePart::User)));
        }
        if self.form.mfa_allowed != self.original.mfa_allowed {
            let ask = Ask::set_mfa(
                user_id,
                self.stored_login(),
                self.form.mfa_allowed,
                self.original.mfa_allowed,
            );
            return Some(Action::ask(ask, done(SavePart::Mfa)));
        }
        match self.form.menu_preset {
            Some(preset_id) if self.form.menu_preset != self.original.menu_preset => {
                let title = self.preset_title(Some(preset_id)).unwrap_or_default();
                let before = self.preset_title(self.original.menu_preset);
                let ask =
                    Ask::assign_preset(user_id, self.stored_login(), (preset_id, title), before);
                Some(Action::ask(ask, done(SavePart::Preset)))
            }
            _ => None,
        }
    }

    /// A part of the save landed: the form as the server now has it moves
    /// on, and the next part goes, or the save is over.
    fn part_saved(&mut self, part: SavePart, created: Option<i64>) -> Action {
        match part {
            SavePart::User => {
                if let Some(id) = created {
                    // From here on the user exists: the rest is an update.
                    self.created = Some(id);
                    self.mode = Mode::Update { user_id: id };
                    // A new user has no 2FA and the dealer's default menu.
                    self.original = self.form.user_part();
                } else {
                    self.original = UserForm {
                        mfa_allowed: self.original.mfa_allowed,
                        menu_preset: self.original.menu_preset,
                        ..self.form.clone()
                    };
                }
            }
            SavePart::Mfa => self.original.mfa_allowed = self.form.mfa_allowed,
            SavePart::Preset => self.original.menu_preset = self.form.menu_preset,
        }
        if let Some(next) = self.next_save() {
            return next;
        }
        self.saving = false;
        let user_id = match self.mode {
            Mode::Update { user_id } => Some(user_id),
            Mode::Create => None,
        };
        let text = if self.created.is_some() {
            fl!("editor-created")
        } else {
            fl!("editor-saved")
        };
        Action::close()
            .and(Action::toast(Toast::success(text)))
            .and(Action::tell(Happened::UserSaved {
                user_id,
                created: self.created.is_some(),
            }))
    }

    fn handle(&mut self, message: Message) -> Action {
        match message {
            Message::Account(m) => match &mut self.account {
                Some(actions) => actions.update(m).map(Message::Account),
                None => Action::none(),
            },
            Message::Edit(field) => {
                let param = match &field {
                    Field::Text(t, _) => t.parameter(),
                    Field::TimeZone(_) => "time_zone",
                    Field::Plan(_) => "default_tariff_id",
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
                    Field::Plan(p) => f.plan = p,
                    Field::Mfa(on) => f.mfa_allowed = on,
                    Field::Preset(p) => f.menu_preset = Some(p),
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
                    return self.reveal_first_problem();
                }
                if !self.permitted() {
                    return Action::toast(Toast::failed(fl!("not-permitted")));
                }
                match self.next_save() {
                    Some(send) => {
                        self.saving = true;
                        send
                    }
                    None => Action::none(),
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
            Message::RevealProblems => self.reveal_first_problem(),
            Message::DiscardCancelled => {
                self.confirm_discard = false;
                Action::none()
            }
            Message::Saved(part, Ok(created)) => self.part_saved(part, created),
            Message::Saved(_, Err(e)) => {
                // Every typed value stays; the message goes beside its field.
                self.saving = false;
                // A user created before the part that failed is in the list.
                let created = match self.created {
                    Some(id) => Action::tell(Happened::UserSaved {
                        user_id: Some(id),
                        created: false,
                    }),
                    None => Action::none(),
                };
                created.and(match e.api() {
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
                })
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
        let value = field.value(&self.form);
        let note = self
            .note(field.parameter(), judged)
            .or_else(|| widget::hidden_characters_note(value));
        let invalid = matches!(note, Some(Note::Error(_)));
        // An open-ended discount's end date stays in its place, greyed out:
        // ticking "Open-ended" never moves the fields around it.
        let editable =
            !(matches!(field, TextField::DiscountEndDate) && self.form.discount_open_ended);
        let mut input = text_input("", &widget::in_field(value))
            .id(input_id(field.parameter()))
            .on_input_maybe(editable.then_some(move |v| Message::Edit(Field::Text(field, v))))
            .on_submit(Message::Save)
            .style(move |t, status| theme::text_input(t, status, invalid));
        if matches!(field, TextField::Password | TextField::PasswordRepeat) {
            input = input.secure(true);
        }
        let label = if self.required(field) {
            format!("{label} *")
        } else {
            label
        };
        widget::field(label, input, note)
    }

    /// Whether the field must be filled for the form to save.
    fn required(&self, field: TextField) -> bool {
        match field {
            TextField::User(f) => f.must_be_filled(self.form.legal_type),
            TextField::Password | TextField::PasswordRepeat => self.creating(),
            TextField::DiscountEndDate => !self.form.discount_open_ended,
            _ => false,
        }
    }

    /// The parameters of the fields on screen, top to bottom.
    fn shown_parameters(&self) -> Vec<&'static str> {
        let f = &self.form;
        let mut shown = vec!["user.login"];
        if self.creating() {
            shown.extend(["password", "password_repeat", "time_zone"]);
        }
        let mut groups = vec![
            field_groups::PERSON,
            field_groups::LEGAL,
            field_groups::POSTAL,
        ];
        if f.legal_type.needs_addresses() && !f.same_address {
            groups.push(field_groups::REGISTERED);
        }
        shown.extend(
            groups
                .into_iter()
                .flat_map(|lines| lines.iter().flat_map(|line| line.iter()))
                .filter(|field| field.in_user_object(f.legal_type))
                .map(|field| field.parameter()),
        );
        shown.extend(["discount.value", "discount.min_trackers"]);
        if !f.discount_open_ended {
            shown.push("discount.end_date");
        }
        shown.extend(["comment", "default_tariff_id"]);
        shown
    }

    /// The fields on screen whose problem shows, top to bottom.
    pub fn attention(&self) -> Vec<&'static str> {
        let problems = self.problems();
        self.shown_parameters()
            .into_iter()
            .filter(|p| self.error_for(p, &problems).is_some())
            .collect()
    }

    /// Scrolls the form to the first field that needs attention, and focuses it.
    fn reveal_first_problem(&self) -> Action {
        match self.attention().first() {
            Some(param) => Action::run(reveal(input_id(param))),
            None => Action::none(),
        }
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

    /// The default plan, chosen from the dealer's plans by name. "Not set"
    /// is offered only while none is: the API keeps a plan once given.
    fn plan_choice(&self) -> Element<'_, Message> {
        let f = &self.form;
        let may_unset = self.original.plan.is_none();
        let mut options: Vec<Option<i64>> = Vec::new();
        if may_unset {
            options.push(None);
        }
        match &self.dealer.plans {
            Some(plans) => options.extend(plans.iter().map(|p| Some(p.id))),
            // Plans not known: the one the user has stays, by its number.
            None => options.extend(self.original.plan.map(Some)),
        }
        if !options.contains(&f.plan) {
            options.push(f.plan);
        }
        let dealer = self.dealer.clone();
        let label = move |p: &Option<i64>| match p {
            Some(id) => dealer.plan_label(*id),
            None => fl!("plan-not-set"),
        };
        // Said once the dealer was read and its plans were not.
        let hint = (self.dealer.plans.is_none() && self.dealer.permissions.is_known())
            .then(|| Note::Warning(fl!("plan-list-unknown")));
        widget::field(
            fl!("field-plan"),
            widget::choice(options, Some(f.plan), label, |p| {
                Message::Edit(Field::Plan(p))
            })
            .width(Length::Fill),
            self.server_errors
                .get("default_tariff_id")
                .cloned()
                .map(Note::Error)
                .or(hint),
        )
    }

    /// The menu preset, from the dealer's presets; none of its own shows
    /// the dealer's default.
    fn preset_choice(&self) -> Element<'_, Message> {
        let Some(presets) = &self.dealer.presets else {
            return widget::labeled(
                fl!("field-menu-preset"),
                text(fl!("preset-list-unknown")).style(text::secondary),
            );
        };
        let selected = self
            .form
            .menu_preset
            .or_else(|| self.dealer.default_preset().map(|p| p.id));
        let label = |id: &i64| {
            presets.iter().find(|p| p.id == *id).map_or_else(
                || format!("#{id}"),
                |p| {
                    if p.is_default {
                        fl!("preset-default-named", title = p.title.clone())
                    } else {
                        p.title.clone()
                    }
                },
            )
        };
        let pick = widget::choice(presets.iter().map(|p| p.id), selected, label, |id| {
            Message::Edit(Field::Preset(id))
        })
        .width(Length::Fill);
        let pick: Element<'_, Message> = if self.dealer.allows(Permit::EditUsers) {
            pick.into()
        } else {
            text(selected.map(|id| label(&id)).unwrap_or_default()).into()
        };
        widget::labeled(fl!("field-menu-preset"), pick)
    }

    /// Two-factor authentication: e-mail codes at sign-in, allowed or not.
    fn mfa_switch(&self) -> Element<'_, Message> {
        let mut switch =
            iced::widget::toggler(self.form.mfa_allowed).label(fl!("field-mfa-allowed"));
        if self.dealer.allows(Permit::EditUsers) {
            switch = switch.on_toggle(|on| Message::Edit(Field::Mfa(on)));
        }
        column![
            switch,
            text(fl!("field-mfa-hint")).size(13).style(text::secondary)
        ]
        .spacing(4)
        .into()
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
            account.push(
                row![
                    zone,
                    widget::labeled(
                        fl!("field-locale"),
                        widget::choice(
                            LOCALES,
                            LOCALES.into_iter().find(|l| *l == f.locale),
                            |l| words::locale(l),
                            |l| Message::Edit(Field::Locale(l.to_owned()))
                        )
                        .width(Length::Fill)
                    )
                ]
                .spacing(12)
                .into(),
            );
        }
        let person = self.lines(field_groups::PERSON, p);
        let legal_type: Element<'_, Message> = if self.creating() {
            widget::labeled(
                fl!("field-legal-type"),
                widget::choice(
                    LegalType::ALL,
                    Some(f.legal_type),
                    |t| words::legal_name(*t),
                    |t| Message::Edit(Field::LegalType(t)),
                ),
            )
        } else {
            widget::labeled(
                fl!("field-legal-type"),
                text(fl!(
                    "editor-legal-type-fixed",
                    kind = words::legal_name(f.legal_type)
                ))
                .style(text::secondary),
            )
        };
        let mut legal = vec![legal_type];
        legal.extend(self.lines(field_groups::LEGAL, p));
        let postal = self.lines(field_groups::POSTAL, p);
        let mut registered: Vec<Element<'_, Message>> = vec![
            checkbox(f.same_address)
                .label(fl!("editor-same-address"))
                .on_toggle(|v| Message::Edit(Field::SameAddress(v)))
                .into(),
        ];
        if !f.same_address {
            registered.extend(self.lines(field_groups::REGISTERED, p));
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
        end.push(self.input(fl!("field-discount-end-date"), T::DiscountEndDate, p));
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
                    words::strategy_name,
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
            self.plan_choice(),
            self.preset_choice(),
            self.mfa_switch(),
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
        let attention = self.attention();
        let status: Element<'_, Message> = if !attention.is_empty() {
            // Only what shows counts; a click goes to the first of them.
            button(text(fl!("editor-problems", count = attention.len())).style(text::danger))
                .style(button::text)
                .padding(0)
                .on_press(Message::RevealProblems)
                .into()
        } else if self.changed() {
            text(fl!("editor-unsaved")).style(text::secondary).into()
        } else {
            text("").into()
        };
        let footer = row![
            status,
            space::horizontal(),
            button(text(fl!("cancel")))
                .style(button::secondary)
                .on_press(Message::Cancel),
            if self.permitted() {
                icon::button_with(
                    icon::save(),
                    if self.saving {
                        fl!("saving")
                    } else {
                        fl!("save")
                    },
                )
                .on_press_maybe(self.save_offered().then_some(Message::Save))
                .into()
            } else {
                widget::permitted(
                    icon::button_with(icon::save(), fl!("save")),
                    Message::Save,
                    false,
                )
            },
        ]
        .spacing(10)
        .align_y(Alignment::Center);
        // The title, then the account's actions on a line that wraps.
        let mut header = column![text(title).size(22)].spacing(10);
        if let Some(actions) = &self.account {
            header = header.push(
                row(actions
                    .buttons()
                    .into_iter()
                    .map(|b| b.map(Message::Account)))
                .spacing(10)
                .wrap()
                .vertical_spacing(8),
            );
        }
        let page: Element<'_, Message> = column![
            header,
            scrollable(groups.padding([0, 12]))
                .id(FORM_ID)
                .height(Length::Fill),
            footer
        ]
        .spacing(12)
        .padding(12)
        .into();
        // The page keeps its place under whatever is over it: its scroll
        // stays where the operator left it.
        let over = self
            .account
            .as_ref()
            .and_then(|a| a.dialog_layer(Message::Account))
            .or_else(|| {
                self.confirm_discard.then(|| {
                    modal::confirm(Confirm {
                        title: fl!("editor-discard-title"),
                        body: fl!("editor-discard-body"),
                        confirm: fl!("editor-discard"),
                        cancel: fl!("cancel"),
                        on_confirm: Message::DiscardConfirmed,
                        on_cancel: Message::DiscardCancelled,
                    })
                })
            });
        modal::layered(page, over)
    }
}

impl Page for UserEditor {
    type Message = Message;

    /// Opens with the login field focused.
    fn start(&mut self) -> Action {
        Action::run(Task::batch([
            operation::snap_to(FORM_ID, operation::RelativeOffset::START),
            operation::focus(LOGIN_ID),
        ]))
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
            Key::Named(Named::Escape) => Some(if self.dialog().is_some() {
                Message::Account(account_actions::Message::Close)
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
        self.changed() || self.saving || self.account.as_ref().is_some_and(AccountActions::unsaved)
    }

    /// The form is kept exactly as typed. The save that met the ended
    /// session is not resent on its own (it changes data): Save again.
    fn resumed(&mut self) -> Action {
        self.saving = false;
        Action::none()
    }

    fn dialog_open(&self) -> bool {
        self.confirm_discard || self.dialog().is_some()
    }

    fn heard(&mut self, what: &Happened) -> Action {
        if let Happened::Dealer(dealer) = what {
            // A new list of zones; what was typed in the box stays in the form.
            self.time_zones = combo_box::State::new(zone_names(dealer));
            if let Some(account) = &mut self.account {
                account.dealer_known(dealer.clone());
            }
            self.dealer = dealer.clone();
        }
        Action::none()
    }
}

/// Scrolls the form so the input `id` shows (a little below the top), and
/// focuses it: the form's layout says where it is.
fn reveal(id: String) -> Task<Message> {
    use iced::widget::selector::{self, Target};
    selector::find(selector::id(id.clone())).then(move |found| {
        let Some(field) = found else {
            return Task::none();
        };
        let id = id.clone();
        selector::find(selector::id(FORM_ID)).then(move |form| {
            let focus = operation::focus(id.clone());
            match form {
                Some(Target::Scrollable { bounds, .. }) => {
                    let y = (field.bounds().y - bounds.y - 48.0).max(0.0);
                    Task::batch([
                        operation::scroll_to(
                            FORM_ID,
                            operation::AbsoluteOffset {
                                x: None,
                                y: Some(y),
                            },
                        ),
                        focus,
                    ])
                }
                _ => focus,
            }
        })
    })
}
