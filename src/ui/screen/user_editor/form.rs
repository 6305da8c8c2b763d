//! What the operator types in the user editor, as text, and how it becomes
//! the API's `NewUser` / `UserUpdate`. Every rule comes from
//! `model::validation` (the sandbox enforces the same); only what a form alone
//! can get wrong (a repeated password that differs, a number that is not one)
//! is checked here.

use crate::api::{NewUser, UserRecord, UserUpdate};
use crate::model::validation::{self, FieldError, Rule};
use crate::model::{Discount, DiscountStrategy, LegalType, UserField, UserFields};
use std::collections::HashMap;

/// Locales offered for new users.
pub const LOCALES: [&str; 14] = [
    "en_US", "en_GB", "ru_RU", "es_ES", "de_DE", "fr_FR", "pt_BR", "pt_PT", "it_IT", "uk_UA",
    "tr_TR", "ro_RO", "ar_AR", "kk_KZ",
];

/// A new user's locale: the interface's language.
pub fn default_locale() -> &'static str {
    use crate::i18n::Language;
    // Navixy's own locale codes (its admin panel's locale/Manager.js).
    match crate::i18n::current_language() {
        Language::English => "en_US",
        Language::Russian => "ru_RU",
        Language::Spanish => "es_ES",
        Language::Portuguese => "pt_BR",
        Language::German => "de_DE",
        Language::French => "fr_FR",
        Language::Turkish => "tr_TR",
        Language::Ukrainian => "uk_UA",
        Language::Romanian => "ro_RO",
        Language::Arabic => "ar_AR",
    }
}

/// The user's text fields as typed, one per [`UserField`] (the model's one
/// table of them), indexed by field.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Texts([String; UserField::COUNT]);

impl std::ops::Index<UserField> for Texts {
    type Output = String;

    fn index(&self, field: UserField) -> &String {
        &self.0[field.index()]
    }
}

impl std::ops::IndexMut<UserField> for Texts {
    fn index_mut(&mut self, field: UserField) -> &mut String {
        &mut self.0[field.index()]
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct UserForm {
    /// Login, names, phone, legal details, both addresses.
    pub texts: Texts,
    pub activated: bool,
    pub verified: bool,
    pub legal_type: LegalType,
    /// The registered address is the postal one.
    pub same_address: bool,
    pub comment: String,
    /// The default plan (`default_tariff_id`); None: not set.
    pub plan: Option<i64>,
    /// Two-factor authentication allowed (saved on its own, after the user).
    pub mfa_allowed: bool,
    /// The menu preset of the user's own (None: the dealer's default; saved
    /// on its own, after the user).
    pub menu_preset: Option<i64>,
    // Create only.
    pub password: String,
    pub password_repeat: String,
    pub time_zone: String,
    pub locale: String,
    // Discount.
    pub discount_value: String,
    pub discount_min_trackers: String,
    pub discount_open_ended: bool,
    pub discount_end_date: String,
    pub discount_strategy: DiscountStrategy,
}

impl Default for UserForm {
    fn default() -> Self {
        UserForm {
            texts: Texts::default(),
            activated: true,
            verified: true,
            legal_type: LegalType::Individual,
            same_address: true,
            comment: String::new(),
            plan: None,
            mfa_allowed: false,
            menu_preset: None,
            password: String::new(),
            password_repeat: String::new(),
            time_zone: "UTC".into(),
            locale: "en_US".into(),
            discount_value: "0".into(),
            discount_min_trackers: "0".into(),
            discount_open_ended: true,
            discount_end_date: String::new(),
            discount_strategy: DiscountStrategy::NoSumming,
        }
    }
}

fn text(v: &Option<String>) -> String {
    v.clone().unwrap_or_default()
}

fn some(s: &str) -> Option<String> {
    Some(s.trim().to_owned()).filter(|s| !s.is_empty())
}

impl UserForm {
    /// The form as `panel/user/create` and `update` send it: without 2FA
    /// and the menu preset, which have operations of their own.
    pub fn user_part(&self) -> UserForm {
        UserForm {
            mfa_allowed: false,
            menu_preset: None,
            ..self.clone()
        }
    }

    /// The text of one user field as typed.
    pub fn text(&self, field: UserField) -> &str {
        &self.texts[field]
    }

    /// The form for an existing user, as the server has it.
    pub fn from_record(r: &UserRecord) -> UserForm {
        let f = &r.user.fields;
        let d = r.discount.clone().unwrap_or_default();
        let mut texts = Texts::default();
        for field in UserField::ALL {
            texts[field] = text(field.value(f));
        }
        let same_address = UserField::ALL
            .into_iter()
            .filter_map(|field| Some((field, field.postal_twin()?)))
            .all(|(registered, postal)| texts[registered] == texts[postal]);
        let end = d.end_date.clone().filter(|e| !e.trim().is_empty());
        UserForm {
            texts,
            activated: f.activated.unwrap_or(true),
            verified: f.verified.or(f.activated).unwrap_or(true),
            legal_type: f.legal_type.unwrap_or(LegalType::Individual),
            same_address,
            comment: text(&r.user.comment),
            plan: r.default_tariff_id,
            mfa_allowed: r.user.mfa_allowed.unwrap_or(false),
            menu_preset: r.user.menu_preset_id,
            discount_value: d.value.map(|v| v.to_string()).unwrap_or_else(|| "0".into()),
            discount_min_trackers: d
                .min_trackers
                .map(|v| v.to_string())
                .unwrap_or_else(|| "0".into()),
            discount_open_ended: end.is_none(),
            discount_end_date: end
                .map(|e| e.get(..10).unwrap_or(&e).to_owned())
                .unwrap_or_default(),
            discount_strategy: d.strategy.unwrap_or(DiscountStrategy::NoSumming),
            ..UserForm::default()
        }
    }

    /// The registered address as a copy of the postal one (fields left blank
    /// are filled; what the operator already typed there stays).
    pub fn copy_postal_to_registered(&mut self) {
        for registered in UserField::ALL {
            if let Some(postal) = registered.postal_twin()
                && self.texts[registered].trim().is_empty()
            {
                self.texts[registered] = self.texts[postal].clone();
            }
        }
    }

    /// The editable fields as the API takes them: those the legal type's
    /// user object carries; the registered address follows the postal one
    /// when they are the same (for every legal type, as the form shows it).
    pub fn fields(&self) -> UserFields {
        let mut fields = UserFields {
            activated: Some(self.activated),
            verified: Some(self.verified),
            legal_type: Some(self.legal_type),
            ..UserFields::default()
        };
        for field in UserField::ALL {
            *field.slot(&mut fields) = match field.postal_twin() {
                Some(postal) if self.same_address => some(&self.texts[postal]),
                Some(_) => some(&self.texts[field]),
                None if field.in_user_object(self.legal_type) => some(&self.texts[field]),
                None => None,
            };
        }
        fields
    }

    fn number(s: &str) -> Option<f64> {
        s.trim()
            .replace(',', ".")
            .parse::<f64>()
            .ok()
            .filter(|v| v.is_finite())
    }

    pub fn discount(&self) -> Discount {
        Discount {
            value: Self::number(&self.discount_value),
            min_trackers: self.discount_min_trackers.trim().parse().ok(),
            end_date: if self.discount_open_ended {
                None
            } else {
                some(&self.discount_end_date)
            },
            strategy: Some(self.discount_strategy),
        }
    }

    /// What blocks saving, by API parameter (`user.login`, `discount.value`,
    /// `password`...). `stored` is the user as the server has it (None when
    /// creating): only what the operator typed or changed blocks.
    pub fn problems(&self, stored: Option<&UserForm>) -> HashMap<String, Rule> {
        self.judge(stored).0
    }

    /// Stored values that break a rule the operator did not touch (a legacy
    /// 9-digit phone, a login that is no e-mail): shown, never blocking.
    pub fn warnings(&self, stored: &UserForm) -> HashMap<String, Rule> {
        self.judge(Some(stored)).1
    }

    fn judge(&self, stored: Option<&UserForm>) -> (HashMap<String, Rule>, HashMap<String, Rule>) {
        let creating = stored.is_none();
        let (mut errors, mut warnings) = match stored {
            None => (validation::validate_user(&self.fields()), Vec::new()),
            Some(s) => validation::validate_user_edit(&self.fields(), &s.fields()),
        };
        errors.extend(validation::validate_discount(&self.discount()));
        if let Some(e) = validation::validate_comment(&self.comment) {
            match stored {
                Some(s) if s.comment == self.comment => warnings.push(e),
                _ => errors.push(e),
            }
        }
        if Self::number(&self.discount_value).is_none() {
            errors.push(FieldError::new(
                "discount.value",
                Rule::OutOfRange {
                    min: 0.0,
                    max: validation::DISCOUNT_MAX,
                },
            ));
        }
        if self.discount_min_trackers.trim().parse::<i64>().is_err() {
            errors.push(FieldError::new("discount.min_trackers", Rule::NotNegative));
        }
        if !self.discount_open_ended && self.discount_end_date.trim().is_empty() {
            errors.push(FieldError::new("discount.end_date", Rule::Required));
        }
        if creating {
            errors.extend(validation::validate_password("password", &self.password));
            if self.password != self.password_repeat {
                errors.push(FieldError::new("password_repeat", Rule::PasswordsDiffer));
            }
            if self.time_zone.trim().parse::<chrono_tz::Tz>().is_err() {
                errors.push(FieldError::new("time_zone", Rule::UnknownValue));
            }
        }
        let by_param = |list: Vec<FieldError>| {
            let mut m = HashMap::new();
            for e in list {
                m.entry(e.parameter).or_insert(e.rule);
            }
            m
        };
        (by_param(errors), by_param(warnings))
    }

    pub fn new_user(&self) -> NewUser {
        NewUser {
            user: self.fields(),
            time_zone: self.time_zone.trim().to_owned(),
            locale: self.locale.clone(),
            password: self.password.clone(),
            discount: self.discount(),
            default_tariff_id: self.plan,
            comment: some(&self.comment),
        }
    }

    /// The update: the whole user object with its stored `legal_type` (every
    /// shape requires it; the API cannot change it), never read-only fields.
    /// The comment always goes, `""` when cleared.
    pub fn update(&self, user_id: i64) -> UserUpdate {
        let mut update = UserUpdate::new(user_id, self.fields(), self.discount());
        update.default_tariff_id = self.plan;
        update.comment = Some(self.comment.trim().to_owned());
        update
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn valid() -> UserForm {
        let mut f = UserForm {
            password: "secret12".into(),
            password_repeat: "secret12".into(),
            ..UserForm::default()
        };
        f.texts[UserField::Login] = "jane@example.com".into();
        f.texts[UserField::FirstName] = "Jane".into();
        f.texts[UserField::LastName] = "Doe".into();
        f
    }

    #[test]
    fn a_plain_individual_is_valid_and_converts() {
        let f = valid();
        assert!(f.problems(None).is_empty(), "{:?}", f.problems(None));
        let n = f.new_user();
        assert_eq!(n.user.login.as_deref(), Some("jane@example.com"));
        assert_eq!(n.discount.value, Some(0.0));
        assert_eq!(n.discount.end_date, None, "open-ended");
        assert_eq!(
            f.update(7).user.fields.legal_type,
            Some(LegalType::Individual),
            "update sends the stored legal_type"
        );
    }

    #[test]
    fn form_only_rules() {
        let mut f = valid();
        f.password_repeat = "secret13".into();
        f.discount_value = "five".into();
        f.discount_open_ended = false;
        f.time_zone = "Mars/Olympus".into();
        let p = f.problems(None);
        for key in [
            "password_repeat",
            "discount.value",
            "discount.end_date",
            "time_zone",
        ] {
            assert!(p.contains_key(key), "{key}: {p:?}");
        }
        assert!(
            !f.problems(Some(&f.clone())).contains_key("password_repeat"),
            "no password when updating"
        );
    }

    #[test]
    fn legal_entities_need_their_fields_and_same_address_copies() {
        let mut f = valid();
        f.legal_type = LegalType::LegalEntity;
        let p = f.problems(None);
        assert!(p.contains_key("user.legal_name") && p.contains_key("user.post_city"));
        for (field, v) in [
            (UserField::LegalName, "ABC"),
            (UserField::PostCountry, "US"),
            (UserField::PostRegion, "CA"),
            (UserField::PostCity, "LA"),
            (UserField::PostStreetAddress, "Main 1"),
            (UserField::PostIndex, "90001"),
        ] {
            f.texts[field] = v.into();
        }
        assert!(f.problems(None).is_empty(), "{:?}", f.problems(None));
        assert_eq!(
            f.fields().registered_city.as_deref(),
            Some("LA"),
            "same as postal"
        );
        f.same_address = false;
        assert!(f.problems(None).contains_key("user.registered_city"));
    }

    #[test]
    fn a_stored_value_breaking_a_rule_warns_until_it_is_changed() {
        let mut stored = valid();
        stored.texts[UserField::Phone] = "212555123".into();
        stored.texts[UserField::Login] = "legacy-fleet-07".into();
        let mut f = stored.clone();
        f.texts[UserField::PostCity] = "Boston".into();
        assert!(
            f.problems(Some(&stored)).is_empty(),
            "{:?}",
            f.problems(Some(&stored))
        );
        let warnings = f.warnings(&stored);
        assert_eq!(warnings.get("user.phone"), Some(&Rule::PhoneDigits));
        assert_eq!(warnings.get("user.login"), Some(&Rule::InvalidEmail));
        f.texts[UserField::Phone] = "21255512".into();
        assert_eq!(
            f.problems(Some(&stored)).get("user.phone"),
            Some(&Rule::PhoneDigits)
        );
        f.texts[UserField::Phone].clear();
        assert!(f.problems(Some(&stored)).is_empty(), "clearing it is a fix");
    }
}
