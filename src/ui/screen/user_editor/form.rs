//! What the operator types in the user editor, as text, and how it becomes
//! the API's `NewUser` / `UserUpdate`. Every rule comes from
//! `model::validation` (the sandbox enforces the same); only what a form alone
//! can get wrong (a repeated password that differs, a number that is not one)
//! is checked here.

use crate::api::{NewUser, UserRecord, UserUpdate};
use crate::model::validation::{self, FieldError, Rule};
use crate::model::{Discount, DiscountStrategy, LegalType, UserFields};
use std::collections::HashMap;

/// Locales offered for new users.
pub const LOCALES: [&str; 10] = [
    "en_US", "en_GB", "ru_RU", "es_ES", "de_DE", "fr_FR", "pt_BR", "it_IT", "uk_UA", "kk_KZ",
];

/// A new user's locale: the interface's language.
pub fn default_locale() -> &'static str {
    match crate::i18n::current_language() {
        crate::i18n::Language::Russian => "ru_RU",
        crate::i18n::Language::English => "en_US",
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct UserForm {
    pub login: String,
    pub activated: bool,
    pub verified: bool,
    pub first_name: String,
    pub middle_name: String,
    pub last_name: String,
    pub phone: String,
    pub legal_type: LegalType,
    pub legal_name: String,
    pub tin: String,
    pub iec: String,
    pub okpo_code: String,
    pub state_reg_num: String,
    pub post_country: String,
    pub post_region: String,
    pub post_city: String,
    pub post_street_address: String,
    pub post_index: String,
    /// The registered address is the postal one.
    pub same_address: bool,
    pub registered_country: String,
    pub registered_region: String,
    pub registered_city: String,
    pub registered_street_address: String,
    pub registered_index: String,
    pub comment: String,
    pub default_tariff_id: String,
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
            login: String::new(),
            activated: true,
            verified: true,
            first_name: String::new(),
            middle_name: String::new(),
            last_name: String::new(),
            phone: String::new(),
            legal_type: LegalType::Individual,
            legal_name: String::new(),
            tin: String::new(),
            iec: String::new(),
            okpo_code: String::new(),
            state_reg_num: String::new(),
            post_country: String::new(),
            post_region: String::new(),
            post_city: String::new(),
            post_street_address: String::new(),
            post_index: String::new(),
            same_address: true,
            registered_country: String::new(),
            registered_region: String::new(),
            registered_city: String::new(),
            registered_street_address: String::new(),
            registered_index: String::new(),
            comment: String::new(),
            default_tariff_id: String::new(),
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
    /// The form for an existing user, as the server has it.
    pub fn from_record(r: &UserRecord) -> UserForm {
        let f = &r.user.fields;
        let d = r.discount.clone().unwrap_or_default();
        let registered = [
            &f.registered_country,
            &f.registered_region,
            &f.registered_city,
            &f.registered_street_address,
            &f.registered_index,
        ];
        let postal = [
            &f.post_country,
            &f.post_region,
            &f.post_city,
            &f.post_street_address,
            &f.post_index,
        ];
        let same_address = registered
            .iter()
            .zip(postal.iter())
            .all(|(a, b)| text(a) == text(b));
        let end = d.end_date.clone().filter(|e| !e.trim().is_empty());
        UserForm {
            login: text(&f.login),
            activated: f.activated.unwrap_or(true),
            verified: f.verified.or(f.activated).unwrap_or(true),
            first_name: text(&f.first_name),
            middle_name: text(&f.middle_name),
            last_name: text(&f.last_name),
            phone: text(&f.phone),
            legal_type: f.legal_type.unwrap_or(LegalType::Individual),
            legal_name: text(&f.legal_name),
            tin: text(&f.tin),
            iec: text(&f.iec),
            okpo_code: text(&f.okpo_code),
            state_reg_num: text(&f.state_reg_num),
            post_country: text(&f.post_country),
            post_region: text(&f.post_region),
            post_city: text(&f.post_city),
            post_street_address: text(&f.post_street_address),
            post_index: text(&f.post_index),
            same_address,
            registered_country: text(&f.registered_country),
            registered_region: text(&f.registered_region),
            registered_city: text(&f.registered_city),
            registered_street_address: text(&f.registered_street_address),
            registered_index: text(&f.registered_index),
            comment: text(&r.user.comment),
            default_tariff_id: r
                .default_tariff_id
                .map(|t| t.to_string())
                .unwrap_or_default(),
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
        for (registered, postal) in [
            (&mut self.registered_country, &self.post_country),
            (&mut self.registered_region, &self.post_region),
            (&mut self.registered_city, &self.post_city),
            (
                &mut self.registered_street_address,
                &self.post_street_address,
            ),
            (&mut self.registered_index, &self.post_index),
        ] {
            if registered.trim().is_empty() {
                registered.clone_from(postal);
            }
        }
    }

    /// The editable fields as the API takes them.
    pub fn fields(&self) -> UserFields {
        let business = self.legal_type.needs_addresses();
        let reg = |registered: &str, postal: &str| {
            if self.same_address {
                some(postal)
            } else {
                some(registered)
            }
        };
        UserFields {
            activated: Some(self.activated),
            verified: Some(self.verified),
            login: some(&self.login),
            first_name: some(&self.first_name),
            middle_name: some(&self.middle_name),
            last_name: some(&self.last_name),
            legal_name: if self.legal_type.needs_legal_name() {
                some(&self.legal_name)
            } else {
                None
            },
            legal_type: Some(self.legal_type),
            phone: some(&self.phone),
            post_country: some(&self.post_country),
            post_index: some(&self.post_index),
            post_region: some(&self.post_region),
            post_city: some(&self.post_city),
            post_street_address: some(&self.post_street_address),
            registered_country: reg(&self.registered_country, &self.post_country),
            registered_index: reg(&self.registered_index, &self.post_index),
            registered_region: reg(&self.registered_region, &self.post_region),
            registered_city: reg(&self.registered_city, &self.post_city),
            registered_street_address: reg(
                &self.registered_street_address,
                &self.post_street_address,
            ),
            state_reg_num: if business {
                some(&self.state_reg_num)
            } else {
                None
            },
            tin: if business { some(&self.tin) } else { None },
            okpo_code: if business {
                some(&self.okpo_code)
            } else {
                None
            },
            iec: if self.legal_type == LegalType::LegalEntity {
                some(&self.iec)
            } else {
                None
            },
        }
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
        if !self.default_tariff_id.trim().is_empty()
            && self.default_tariff_id.trim().parse::<i64>().is_err()
        {
            errors.push(FieldError::new("default_tariff_id", Rule::UnknownValue));
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
            default_tariff_id: self.default_tariff_id.trim().parse().ok(),
            comment: some(&self.comment),
        }
    }

    /// The update: the whole user object with its stored `legal_type` (every
    /// shape requires it; the API cannot change it), never read-only fields.
    /// The comment always goes, `""` when cleared.
    pub fn update(&self, user_id: i64) -> UserUpdate {
        let mut update = UserUpdate::new(user_id, self.fields(), self.discount());
        update.default_tariff_id = self.default_tariff_id.trim().parse().ok();
        update.comment = Some(self.comment.trim().to_owned());
        update
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn valid() -> UserForm {
        UserForm {
            login: "jane@example.com".into(),
            first_name: "Jane".into(),
            last_name: "Doe".into(),
            password: "secret12".into(),
            password_repeat: "secret12".into(),
            ..UserForm::default()
        }
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
        f.default_tariff_id = "x".into();
        let p = f.problems(None);
        for key in [
            "password_repeat",
            "discount.value",
            "discount.end_date",
            "time_zone",
            "default_tariff_id",
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
            (&mut f.legal_name, "ABC"),
            (&mut f.post_country, "US"),
            (&mut f.post_region, "CA"),
            (&mut f.post_city, "LA"),
            (&mut f.post_street_address, "Main 1"),
            (&mut f.post_index, "90001"),
        ] {
            *field = v.into();
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
        stored.phone = "212555123".into();
        stored.login = "legacy-fleet-07".into();
        let mut f = stored.clone();
        f.post_city = "Boston".into();
        assert!(
            f.problems(Some(&stored)).is_empty(),
            "{:?}",
            f.problems(Some(&stored))
        );
        let warnings = f.warnings(&stored);
        assert_eq!(warnings.get("user.phone"), Some(&Rule::PhoneDigits));
        assert_eq!(warnings.get("user.login"), Some(&Rule::InvalidEmail));
        f.phone = "21255512".into();
        assert_eq!(
            f.problems(Some(&stored)).get("user.phone"),
            Some(&Rule::PhoneDigits)
        );
        f.phone.clear();
        assert!(f.problems(Some(&stored)).is_empty(), "clearing it is a fix");
    }
}
