//! Every language speaks every message: the same ids, attributes and
//! variables as English, every plural select covering the categories Fluent
//! selects with in that language, and no English left behind.

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement, Variant};
use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
use navixy_core::i18n::Language;
use std::collections::{BTreeMap, BTreeSet};
use unic_langid::LanguageIdentifier;

/// Words that stay as they are in every language: names, codes, formats
/// and the keys printed on a keyboard.
const KEPT: &[&str] = &[
    "navixy",
    "api",
    "csv",
    "xlsx",
    "xls",
    "ods",
    "json",
    "url",
    "http",
    "https",
    "pdf",
    "2fa",
    "windows",
    "linux",
    "macos",
    "google",
    "openstreetmap",
    "wine",
    "utf",
    "excel",
    "libreoffice",
    "okpo",
    "iec",
    "tin",
    "kpp",
    "ogrn",
    "demo",
    "utc",
    "imei",
    "sms",
    "gis",
    "2gis",
    "locationiq",
    "mapbox",
    "osrm",
    "progorod",
    "here",
    "yandex",
    "gal",
    "imp",
    "zenity",
    "portal",
    "e-mail",
    "tab",
    "enter",
    "esc",
    "berlin",
    "portugal",
    // The date format a field takes as typed.
    "yyyy-mm-dd",
];

/// Words a language writes as English does, looked at one by one: its own
/// words (French "application", Romanian "server") or the loanword Navixy's
/// panel uses in that language (German "Tracker", "Login").
const SAME_IN: &[(&str, &[&str])] = &[
    (
        "de",
        &[
            "apps", "bonus", "code", "computer", "details", "export", "filter", "import", "login",
            "logins", "minute", "mobile", "name", "offline", "online", "optional", "region",
            "rest", "segment", "server", "start", "status", "system", "terminal", "tracker", "was",
            "web",
        ],
    ),
    (
        "es",
        &[
            "clones",
            "control",
            "error",
            "imperial",
            "local",
            "panel",
            "pause",
            "postal",
            "terminal",
            "use",
            "variables",
            "web",
        ],
    ),
    (
        "fr",
        &[
            "activation",
            "application",
            "applications",
            "bonus",
            "clone",
            "clones",
            "code",
            "condition",
            "conditions",
            "contact",
            "corrections",
            "date",
            "dates",
            "description",
            "direction",
            "europe",
            "export",
            "gallons",
            "identification",
            "interface",
            "journal",
            "kazakh",
            "local",
            "long",
            "machine",
            "menu",
            "minimum",
            "minute",
            "minutes",
            "net",
            "note",
            "page",
            "pause",
            "plan",
            "plans",
            "possible",
            "postal",
            "premium",
            "progressive",
            "questions",
            "satellite",
            "segment",
            "segments",
            "session",
            "signal",
            "support",
            "terminal",
            "transaction",
            "transactions",
            "type",
            "unique",
            "variables",
            "web",
        ],
    ),
    (
        "pt",
        &[
            "clone",
            "clones",
            "imperial",
            "individual",
            "interface",
            "link",
            "local",
            "login",
            "logins",
            "menu",
            "pause",
            "postal",
            "premium",
            "status",
            "terminal",
            "use",
            "web",
            "zero",
        ],
    ),
    (
        "ro",
        &[
            "america",
            "bonus",
            "computer",
            "conflict",
            "contact",
            "control",
            "dealer",
            "desktop",
            "dialog",
            "export",
            "imperial",
            "import",
            "link",
            "local",
            "metric",
            "minute",
            "mobile",
            "model",
            "net",
            "per",
            "premium",
            "program",
            "rest",
            "segment",
            "separator",
            "server",
            "terminal",
            "tracker",
            "web",
            "zero",
        ],
    ),
    (
        "tr",
        &[
            "bonus", "form", "model", "net", "panel", "plan", "premium", "segment", "web",
        ],
    ),
];

fn same_in(language: Language, word: &str) -> bool {
    KEPT.contains(&word)
        || SAME_IN
            .iter()
            .any(|(tag, words)| *tag == language.tag() && words.contains(&word))
}

#[derive(Default, Debug, PartialEq)]
struct Message {
    attributes: BTreeSet<String>,
    variables: BTreeSet<String>,
    /// The categories of each select on a variable: (selector, keys).
    selects: Vec<(String, BTreeSet<String>)>,
    text: String,
}

fn walk_pattern(pattern: &Pattern<&str>, m: &mut Message) {
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => {
                m.text.push_str(value);
                m.text.push(' ');
            }
            PatternElement::Placeable { expression } => walk_expression(expression, m),
        }
    }
}

fn walk_inline(e: &InlineExpression<&str>, m: &mut Message) {
    match e {
        InlineExpression::VariableReference { id } => {
            m.variables.insert(id.name.to_owned());
        }
        InlineExpression::Placeable { expression } => walk_expression(expression, m),
        InlineExpression::StringLiteral { value } => m.text.push_str(value),
        _ => {}
    }
}

fn walk_expression(e: &Expression<&str>, m: &mut Message) {
    match e {
        Expression::Inline(inline) => walk_inline(inline, m),
        Expression::Select { selector, variants } => {
            walk_inline(selector, m);
            if let InlineExpression::VariableReference { id } = selector {
                let keys = variants.iter().map(variant_key).collect();
                m.selects.push((id.name.to_owned(), keys));
            }
            for v in variants {
                walk_pattern(&v.value, m);
            }
        }
    }
}

fn variant_key(v: &Variant<&str>) -> String {
    match &v.key {
        fluent_syntax::ast::VariantKey::Identifier { name } => (*name).to_owned(),
        fluent_syntax::ast::VariantKey::NumberLiteral { value } => (*value).to_owned(),
    }
}

fn messages(language: Language) -> BTreeMap<String, Message> {
    let path = format!(
        "{}/../../i18n/{}/navixy_panel.ftl",
        env!("CARGO_MANIFEST_DIR"),
        language.tag()
    );
    let source = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let resource = fluent_syntax::parser::parse(source.as_str())
        .unwrap_or_else(|(_, errors)| panic!("{path} does not parse: {errors:?}"));
    let mut out = BTreeMap::new();
    for entry in &resource.body {
        let Entry::Message(message) = entry else {
            continue;
        };
        let mut m = Message::default();
        if let Some(value) = &message.value {
            walk_pattern(value, &mut m);
        }
        for attribute in &message.attributes {
            m.attributes.insert(attribute.id.name.to_owned());
            walk_pattern(&attribute.value, &mut m);
        }
        out.insert(message.id.name.to_owned(), m);
    }
    out
}

fn categories(language: Language) -> BTreeSet<String> {
    let id: LanguageIdentifier = language.tag().parse().expect("a language tag");
    let rules = PluralRules::create(id, PluralRuleType::CARDINAL).expect("plural rules");
    // Which categories occur: probe the numbers that tell them apart.
    let mut seen = BTreeSet::new();
    for n in (0..=1_000_001u64).filter(|n| *n < 300 || n % 100_000 < 3) {
        seen.insert(name(rules.select(n).expect("a category")));
    }
    for n in ["0.5", "1.5", "2.5", "0.1"] {
        seen.insert(name(rules.select(n).expect("a category")));
    }
    seen
}

fn name(c: PluralCategory) -> String {
    match c {
        PluralCategory::ZERO => "zero",
        PluralCategory::ONE => "one",
        PluralCategory::TWO => "two",
        PluralCategory::FEW => "few",
        PluralCategory::MANY => "many",
        PluralCategory::OTHER => "other",
    }
    .to_owned()
}

#[test]
fn every_language_has_every_message_with_the_same_variables() {
    let english = messages(Language::English);
    assert!(english.len() > 500, "{}", english.len());
    let mut problems = Vec::new();
    for language in Language::ALL {
        let theirs = messages(language);
        for (id, m) in &english {
            match theirs.get(id) {
                None => problems.push(format!("{}: {id} missing", language.tag())),
                Some(t) => {
                    if t.attributes != m.attributes {
                        problems.push(format!("{}: {id} attributes differ", language.tag()));
                    }
                    if t.variables != m.variables {
                        problems.push(format!(
                            "{}: {id} has {:?}, English {:?}",
                            language.tag(),
                            t.variables,
                            m.variables
                        ));
                    }
                }
            }
        }
        for id in theirs.keys().filter(|id| !english.contains_key(*id)) {
            problems.push(format!("{}: {id} is not in English", language.tag()));
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn every_plural_select_covers_its_languages_categories() {
    let plural = ["zero", "one", "two", "few", "many", "other"];
    let mut problems = Vec::new();
    for language in Language::ALL {
        let needed = categories(language);
        assert!(needed.contains("other"));
        for (id, m) in messages(language) {
            for (selector, keys) in &m.selects {
                if !keys.iter().any(|k| plural.contains(&k.as_str())) {
                    continue; // a select on a word, not a number
                }
                let missing: Vec<_> = needed.difference(keys).collect();
                if !missing.is_empty() {
                    problems.push(format!(
                        "{}: {id} (on ${selector}) lacks {missing:?}",
                        language.tag()
                    ));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn the_plural_rules_are_the_languages_own() {
    // Arabic has six forms, Russian and Ukrainian four (one, few, many,
    // and other for fractions), Romanian three, German two.
    assert_eq!(categories(Language::Arabic).len(), 6);
    assert_eq!(categories(Language::Ukrainian).len(), 4);
    assert_eq!(categories(Language::Romanian).len(), 3);
    assert_eq!(categories(Language::German).len(), 2);
}

/// The words of a text in lower case (letters only, hyphens kept inside).
/// Codes (`user_id`, `NAVIXY_PASSWORD`, `windows-1251`) are not words.
fn words(text: &str) -> BTreeSet<String> {
    // A placeholder the server fills, written `{language}`.
    let mut plain = String::with_capacity(text.len());
    let mut in_braces = false;
    for c in text.chars() {
        match c {
            '{' => in_braces = true,
            '}' => in_braces = false,
            c if !in_braces => plain.push(c),
            _ => {}
        }
    }
    plain
        .split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '_'))
        .map(|w| w.trim_matches('-'))
        .filter(|w| !w.contains('_') && !w.chars().any(|c| c.is_ascii_digit()))
        .map(str::to_lowercase)
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 3)
        .collect()
}

#[test]
fn no_english_is_left_in_another_language() {
    let english = messages(Language::English);
    let mut problems = Vec::new();
    for language in Language::ALL
        .into_iter()
        .filter(|l| *l != Language::English)
    {
        for (id, t) in messages(language) {
            // The product's name, which some languages keep.
            let Some(m) = english.get(&id).filter(|_| id != "app-title") else {
                continue;
            };
            let theirs = words(&t.text);
            let left: Vec<_> = words(&m.text)
                .intersection(&theirs)
                .filter(|w| !same_in(language, w))
                .cloned()
                .collect();
            if !left.is_empty() {
                problems.push(format!("{}: {id} keeps {left:?}", language.tag()));
            }
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
}
