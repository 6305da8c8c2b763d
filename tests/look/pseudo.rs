//! A pseudo-locale for the look tests: every English message with its
//! vowels accented and 40 % more letters, so that a screen that fits English
//! but not a longer language (German and Russian run 30–40 % longer) shows
//! it in a baseline first. Made from `i18n/en` at run time; never shipped.

use fluent_syntax::ast::{Entry, Expression, Pattern, PatternElement};
use std::borrow::Cow;

/// Its language tag: English as written by nobody.
const TAG: &str = "en-XA";
const ENGLISH: &str = "en/navixy_panel.ftl";

struct Assets {
    english: String,
    pseudo: String,
}

impl i18n_embed::I18nAssets for Assets {
    fn get_files(&self, file_path: &str) -> Vec<Cow<'_, [u8]>> {
        if file_path == ENGLISH {
            vec![Cow::Borrowed(self.english.as_bytes())]
        } else if file_path == format!("{TAG}/navixy_panel.ftl") {
            vec![Cow::Borrowed(self.pseudo.as_bytes())]
        } else {
            Vec::new()
        }
    }

    fn filenames_iter(&self) -> Box<dyn Iterator<Item = String> + '_> {
        Box::new([ENGLISH.to_owned(), format!("{TAG}/navixy_panel.ftl")].into_iter())
    }
}

/// `text` with its vowels accented and 40 % more letters at its end.
fn longer(text: &str) -> String {
    let accented: String = text
        .chars()
        .map(|c| match c {
            'a' => 'á',
            'e' => 'é',
            'i' => 'í',
            'o' => 'ó',
            'u' => 'ú',
            'A' => 'Á',
            'E' => 'É',
            'I' => 'Í',
            'O' => 'Ó',
            'U' => 'Ú',
            c => c,
        })
        .collect();
    let letters = text.chars().filter(|c| c.is_alphanumeric()).count();
    let extra = (letters * 2).div_ceil(5);
    if extra == 0 {
        return accented;
    }
    let body = accented.trim_end();
    let tail = &accented[body.len()..];
    format!("{body}~{}{tail}", "é".repeat(extra - 1))
}

fn lengthen(pattern: &mut Pattern<String>) {
    for element in &mut pattern.elements {
        match element {
            PatternElement::TextElement { value } => *value = longer(value),
            // A variable or a reference stays as it is; a choice's words
            // are lengthened.
            PatternElement::Placeable {
                expression: Expression::Select { variants, .. },
            } => {
                for variant in variants {
                    lengthen(&mut variant.value);
                }
            }
            PatternElement::Placeable { .. } => {}
        }
    }
}

/// The pseudo-locale's messages: English's, each longer.
fn pseudo(english: &str) -> String {
    let mut resource =
        fluent_syntax::parser::parse(english.to_owned()).unwrap_or_else(|(resource, _)| resource);
    for entry in &mut resource.body {
        let (value, attributes) = match entry {
            Entry::Message(m) => (m.value.as_mut(), &mut m.attributes),
            Entry::Term(t) => (Some(&mut t.value), &mut t.attributes),
            _ => continue,
        };
        if let Some(value) = value {
            lengthen(value);
        }
        for attribute in attributes {
            lengthen(&mut attribute.value);
        }
    }
    fluent_syntax::serializer::serialize(&resource)
}

/// Every `fl!` speaks the pseudo-locale until another language is set.
pub fn speak() {
    let english = std::fs::read_to_string("i18n/en/navixy_panel.ftl").expect("English");
    let assets = Assets {
        pseudo: pseudo(&english),
        english,
    };
    navixy_panel::i18n::set_test_language(&assets, TAG);
}

#[test]
fn the_pseudo_locale_is_longer_and_keeps_its_placeables() {
    assert_eq!(longer("Save"), "Sávé~é");
    assert_eq!(longer(" "), " ");
    let made = pseudo(
        "a = Users: { $count }\nb = { $n ->\n    [one] one user\n   *[other] { $n } users\n}\n",
    );
    assert!(made.contains("Úsérs:~é"), "{made}");
    assert!(made.contains("{ $count }"), "{made}");
    assert!(made.contains("[one] óné úsér~éé"), "{made}");
}
