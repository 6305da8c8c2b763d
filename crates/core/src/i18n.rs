//! Every string a person reads comes from `i18n/<lang>/navixy_panel.ftl`
//! (Fluent). `fl!` checks message ids at compile time; the language can change
//! at run time without a restart.

use i18n_embed::fluent::{FluentLanguageLoader, fluent_language_loader};
use i18n_embed::{DesktopLanguageRequester, LanguageLoader};
use rust_embed::RustEmbed;
use serde::{Deserialize, Serialize};
use std::sync::LazyLock;

mod format;
pub use format::{Precision, count, date, date_time, money, month, percent, server_date_time};

#[derive(RustEmbed)]
#[folder = "../../i18n/"]
struct Localizations;

/// The loader behind `fl!`. English is always loaded as the fallback.
pub static LOADER: LazyLock<FluentLanguageLoader> = LazyLock::new(|| {
    let loader: FluentLanguageLoader = fluent_language_loader!();
    if let Err(e) = loader.load_fallback_language(&Localizations) {
        tracing::error!(error = %e, "cannot load the English strings");
    }
    configure(&loader);
    loader
});

/// What every bundle needs, set again after each load (a load rebuilds the
/// bundles): no isolation marks around placeables (they render as boxes in
/// many fonts), and whole numbers written as the language writes them
/// ("1 000 пользователей", not "1000"): Fluent alone writes bare digits.
fn configure(loader: &FluentLanguageLoader) {
    loader.set_use_isolating(false);
    loader.with_bundles_mut(|bundle| bundle.set_formatter(Some(whole_number)));
}

fn whole_number(
    value: &fluent::FluentValue,
    _: &intl_memoizer::concurrent::IntlLangMemoizer,
) -> Option<String> {
    match value {
        fluent::FluentValue::Number(n)
            if n.value.fract() == 0.0
                && n.value.abs() < 1e15
                && n.options.minimum_fraction_digits.is_none() =>
        {
            Some(format::integer(n.value as i64))
        }
        _ => None,
    }
}

/// Looks up a message: `fl!("login-title")`, `fl!("pager-range", first = 1, ...)`.
#[macro_export]
macro_rules! fl {
    ($id:literal) => {{
        $crate::i18n_embed_fl::fl!($crate::i18n::LOADER, $id)
    }};
    ($id:literal, $($args:tt)*) => {{
        $crate::i18n_embed_fl::fl!($crate::i18n::LOADER, $id, $($args)*)
    }};
}

/// The languages the panel speaks: the ten of Navixy's own admin panel.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    English,
    Russian,
    Spanish,
    Portuguese,
    German,
    French,
    Turkish,
    Ukrainian,
    Romanian,
    Arabic,
}

impl Language {
    /// In the order the picker lists them (Navixy's panel's order).
    pub const ALL: [Language; 10] = [
        Language::English,
        Language::Russian,
        Language::Spanish,
        Language::Portuguese,
        Language::German,
        Language::French,
        Language::Turkish,
        Language::Ukrainian,
        Language::Romanian,
        Language::Arabic,
    ];

    /// The language's code (BCP 47), as `--lang` and the `i18n/` folders name it.
    pub fn tag(self) -> &'static str {
        match self {
            Language::English => "en",
            Language::Russian => "ru",
            Language::Spanish => "es",
            Language::Portuguese => "pt",
            Language::German => "de",
            Language::French => "fr",
            Language::Turkish => "tr",
            Language::Ukrainian => "uk",
            Language::Romanian => "ro",
            Language::Arabic => "ar",
        }
    }

    /// The language with this code (`de`, `pt-BR` and `pt_BR` alike).
    pub fn from_tag(tag: &str) -> Option<Language> {
        let primary = tag.split(['-', '_']).next().unwrap_or_default();
        Self::ALL
            .into_iter()
            .find(|l| l.tag().eq_ignore_ascii_case(primary))
    }

    /// The language's own name, the same in every interface language.
    pub fn native_name(self) -> &'static str {
        match self {
            Language::English => "English",
            Language::Russian => "Русский",
            Language::Spanish => "Español",
            Language::Portuguese => "Português",
            Language::German => "Deutsch",
            Language::French => "Français",
            Language::Turkish => "Türkçe",
            Language::Ukrainian => "Українська",
            Language::Romanian => "Română",
            Language::Arabic => "العربية",
        }
    }

    /// Written right to left.
    pub fn right_to_left(self) -> bool {
        self == Language::Arabic
    }
}

impl std::fmt::Display for Language {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.native_name())
    }
}

/// The operating system's preferred language among ours (English otherwise).
pub fn system_language() -> Language {
    DesktopLanguageRequester::requested_languages()
        .iter()
        .find_map(|l| match l.language.as_str() {
            // Where Russian is the usual second language of business software.
            "be" | "kk" => Some(Language::Russian),
            other => Language::from_tag(other),
        })
        .unwrap_or(Language::English)
}

/// Switches every `fl!` to `language`.
pub fn set_language(language: Language) {
    let Ok(id) = language.tag().parse::<unic_langid::LanguageIdentifier>() else {
        return;
    };
    // Loading rebuilds the bundles, with isolation marks on until the line
    // below: a message looked up meanwhile (on another thread) would carry
    // them. The language in use is not loaded again.
    if LOADER.current_languages().first() == Some(&id) {
        return;
    }
    if let Err(e) = LOADER.load_languages(&Localizations, &[id]) {
        tracing::error!(error = %e, "cannot switch language");
    }
    configure(&LOADER);
}

/// Speaks a language a test made (the look tests' pseudo-locale of longer
/// words): `assets` holds `<tag>/navixy_panel.ftl`, and English as the
/// fallback. Numbers and dates stay English. Not for the app.
#[doc(hidden)]
pub fn set_test_language(assets: &dyn i18n_embed::I18nAssets, tag: &str) {
    let Ok(id) = tag.parse::<unic_langid::LanguageIdentifier>() else {
        return;
    };
    if let Err(e) = LOADER.load_languages(assets, &[id]) {
        tracing::error!(error = %e, "cannot switch to a test language");
    }
    configure(&LOADER);
}

/// The message `key` in the current language, when there is one: for words
/// looked up by a code (`word-locale-de-de`), where `fl!`'s compile-time
/// check cannot reach.
pub fn message(key: &str) -> Option<String> {
    LOADER.has(key).then(|| LOADER.get(key))
}

/// The language `fl!` speaks now.
pub fn current_language() -> Language {
    Language::from_tag(LOADER.current_language().language.as_str()).unwrap_or(Language::English)
}

/// A broken validation rule as a sentence in the current language; the one
/// wording the editor, the applications form and the importer all show.
pub fn rule_text(rule: &crate::model::validation::Rule) -> String {
    use crate::model::validation::Rule;
    match rule {
        Rule::Required => fl!("rule-required"),
        Rule::Absent => fl!("rule-absent"),
        Rule::TooLong { max } => fl!("rule-too-long", max = max.to_string()),
        Rule::TooShort { min } => fl!("rule-too-short", min = min.to_string()),
        Rule::NotPrintable => fl!("rule-not-printable"),
        Rule::InvalidEmail => fl!("rule-email"),
        Rule::PhoneDigits => fl!("rule-phone"),
        Rule::PasswordLength => fl!("rule-password"),
        Rule::PasswordsDiffer => fl!("rule-passwords-differ"),
        Rule::OutOfRange { .. } => fl!("rule-discount"),
        Rule::NotNegative => fl!("rule-not-negative"),
        Rule::TooManyDecimals => fl!("rule-two-decimals"),
        Rule::InvalidDate => fl!("rule-date"),
        Rule::UnknownValue => fl!("rule-invalid"),
        Rule::HttpsUrl => fl!("rule-https-url"),
        Rule::DuplicateInFile { line } => fl!("rule-duplicate-in-file", line = line.to_string()),
        Rule::FormulaNotSaved => fl!("rule-formula-not-saved"),
        Rule::CellError { shown } => fl!("rule-cell-error", shown = shown.clone()),
        Rule::MergedCell { line } => fl!("rule-merged-cell", line = line.to_string()),
        Rule::AmbiguousNumber => fl!("rule-ambiguous-number"),
        Rule::MaybePercent => fl!("rule-maybe-percent"),
        Rule::ExampleRow => fl!("rule-example-row"),
        Rule::StartsWithSpace => fl!("rule-starts-with-space"),
        Rule::EndsWithSpace => fl!("rule-ends-with-space"),
    }
}
