//! The operator's words for what the API speaks: its codes (locales,
//! transaction types, measurement systems, map and geocoding services,
//! account features), its kinds (legal types, discount strategies, balance
//! or bonus, journal operations) and its errors (`errors`). The app, the
//! CLI and the session layer all say these things one way, from here. A
//! code this version does not know is shown tidied ("tag_update" → "Tag
//! update"), never hidden.

pub mod errors;

use crate::fl;
use crate::model::{BalanceKind, DiscountStrategy, LegalType};

/// A code in words: the message `word-{kind}-{code}` when there is one.
fn word(kind: &str, code: &str) -> String {
    let key = format!("word-{kind}-{}", code.to_lowercase().replace('_', "-"));
    crate::i18n::message(&key).unwrap_or_else(|| tidy(code))
}

/// `tag_update` → "Tag update": an unknown code, readable and still itself.
fn tidy(code: &str) -> String {
    let spaced = code.replace(['_', '-'], " ");
    let mut chars = spaced.trim().chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

pub fn locale(code: &str) -> String {
    word("locale", code)
}

pub fn transaction_type(code: &str) -> String {
    word("tx-type", code)
}

pub fn transaction_subtype(code: &str) -> String {
    word("tx-subtype", code)
}

pub fn measurement(code: &str) -> String {
    word("measurement", code)
}

/// Geocoders, route providers and maps share their names.
pub fn service(code: &str) -> String {
    word("service", code)
}

/// A tracker's connection (`active`, `signal_lost`, ...).
pub fn connection_status(code: &str) -> String {
    word("status", code)
}

pub fn feature(code: &str) -> String {
    word("feature", code)
}

/// A list of codes in words, comma-separated.
pub fn list(codes: &[String], one: fn(&str) -> String) -> String {
    codes.iter().map(|c| one(c)).collect::<Vec<_>>().join(", ")
}

/// Yes or no.
pub fn yes_no(b: bool) -> String {
    if b { fl!("value-yes") } else { fl!("value-no") }
}

/// Why the customers' web interface was not opened.
pub fn web_interface_problem(problem: &crate::session::dealer::WebInterfaceProblem) -> String {
    use crate::session::dealer::WebInterfaceProblem as P;
    match problem {
        P::NotAHost(domain) => fl!("web-problem-not-a-host", domain = domain.clone()),
        P::NotAKey => fl!("web-problem-not-a-key"),
        P::NotAnAddress(address) => fl!("web-problem-not-an-address", address = address.clone()),
        P::PlainHttp(address) => fl!("web-problem-plain-http", address = address.clone()),
    }
}

/// A legal type in the operator's words.
pub fn legal_name(t: LegalType) -> String {
    match t {
        LegalType::Individual => fl!("legal-individual"),
        LegalType::LegalEntity => fl!("legal-entity"),
        LegalType::SoleTrader => fl!("legal-sole-trader"),
    }
}

/// How discounts add up, in the operator's words.
pub fn strategy_name(s: &DiscountStrategy) -> String {
    match s {
        DiscountStrategy::NoSumming => fl!("strategy-no-summing"),
        DiscountStrategy::SumWithProgressive => fl!("strategy-sum"),
    }
}

/// Balance or bonus, in the operator's words.
pub fn kind_name(kind: &BalanceKind) -> String {
    match kind {
        BalanceKind::Balance => fl!("field-balance"),
        BalanceKind::Bonus => fl!("field-bonus"),
    }
}

/// A journal entry's operation (`user.create`) in the operator's words.
pub fn operation_label(operation: &str) -> String {
    match operation {
        "user.create" => fl!("activity-op-user-create"),
        "user.update" => fl!("activity-op-user-update"),
        "user.change_password" => fl!("activity-op-user-password"),
        "user.change_balance" => fl!("activity-op-user-balance"),
        "user.delete" => fl!("activity-op-user-delete"),
        "user.mfa" => fl!("activity-op-user-mfa"),
        "user.menu_preset" => fl!("activity-op-user-preset"),
        "user.resend_activation" => fl!("activity-op-user-resend"),
        "application.create" => fl!("activity-op-app-create"),
        "application.update" => fl!("activity-op-app-update"),
        "application.delete" => fl!("activity-op-app-delete"),
        "application.set_enabled" => fl!("activity-op-app-enabled"),
        "users.import" => fl!("activity-op-import"),
        "users.import_check" => fl!("activity-op-import-check"),
        other => other.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_codes_are_words_and_unknown_ones_tidied() {
        crate::i18n::set_language(crate::i18n::Language::English);
        assert_eq!(locale("de_DE"), "German");
        assert_eq!(transaction_type("tariff_charge"), "Tariff charge");
        assert_eq!(transaction_subtype("activeday"), "Per active day");
        assert_eq!(service("osm"), "OpenStreetMap");
        assert_eq!(feature("branding_web"), "Own branding (web)");
        assert_eq!(
            feature("tag_update"),
            "Tag update",
            "unknown: tidied, not hidden"
        );
    }
}
