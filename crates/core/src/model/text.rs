//! Text from outside (a server's words, a file's cells) made safe to show:
//! a terminal obeys control characters (escape sequences set its title,
//! clear it, move the cursor and print over what was said), and bidi
//! overrides reorder what a screen shows. Neither is kept; line breaks and
//! tabs, which only lay text out, become spaces.

use std::borrow::Cow;

/// C0 and C1 controls (DEL included), and the Unicode marks that reorder
/// or hide text: bidi embeddings, overrides and isolates.
pub fn is_unsafe(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}'
        )
}

/// `text` without control characters or bidi overrides: a tab or line
/// break becomes a space, anything else unsafe is dropped.
pub fn printable(text: &str) -> String {
    printable_cow(text).into_owned()
}

/// [`printable`], borrowing when there is nothing to take out (the usual case).
pub fn printable_cow(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_unsafe) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.chars()
            .filter_map(|c| match c {
                '\t' | '\n' | '\r' => Some(' '),
                c if is_unsafe(c) => None,
                c => Some(c),
            })
            .collect(),
    )
}

/// Text of many lines for a terminal: each line made [`printable`], the
/// line breaks kept.
pub fn printable_lines(text: &str) -> Cow<'_, str> {
    if !text.chars().any(|c| c != '\n' && is_unsafe(c)) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.split('\n')
            .map(printable_cow)
            .collect::<Vec<_>>()
            .join("\n"),
    )
}

/// `str::trim`, without decoding a character for the usual cell, which
/// starts and ends with a letter or digit: an import trims each of its
/// cells several times. Anything else is left to `str::trim`.
pub fn trim(s: &str) -> &str {
    let bytes = s.as_bytes();
    if no_space_at_start(bytes) && no_space_at_end(bytes) {
        s
    } else {
        s.trim()
    }
}

/// Lead bytes of the characters Unicode calls white space beyond ASCII
/// (U+0085, U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029, U+202F, U+205F,
/// U+3000): no other character can be one.
fn may_lead_a_space(b: u8) -> bool {
    matches!(b, 0xC2 | 0xE1 | 0xE2 | 0xE3)
}

fn no_space_at_start(bytes: &[u8]) -> bool {
    match bytes.first() {
        Some(&b) if b.is_ascii() => b.is_ascii_graphic(),
        Some(&b) => !may_lead_a_space(b),
        None => false,
    }
}

fn no_space_at_end(bytes: &[u8]) -> bool {
    match bytes.last() {
        Some(&b) if b.is_ascii() => b.is_ascii_graphic(),
        // The last character's lead byte: the first byte back that is not a
        // continuation byte (10xxxxxx).
        Some(_) => bytes
            .iter()
            .rev()
            .take(4)
            .find(|&&b| b & 0xC0 != 0x80)
            .is_some_and(|&lead| !may_lead_a_space(lead)),
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trim_is_str_trim() {
        let spaces = [
            ' ', '\t', '\n', '\r', '\u{b}', '\u{c}', '\u{85}', '\u{a0}', '\u{1680}', '\u{2000}',
            '\u{200a}', '\u{2028}', '\u{2029}', '\u{202f}', '\u{205f}', '\u{3000}',
        ];
        let ends = [
            'a', 'Я', '€', '😀', '\u{1f}', '\u{200b}', '\u{feff}', '%', '\u{c2}',
        ];
        for space in spaces {
            assert!(space.is_whitespace());
            for a in ends {
                for b in ends {
                    for s in [
                        format!("{a}{b}"),
                        format!("{space}{a}x{b}"),
                        format!("{a}x{b}{space}"),
                        format!("{space}{a}{b}{space}"),
                        format!("{a}{space}{b}"),
                        format!("{space}"),
                        String::new(),
                    ] {
                        assert_eq!(trim(&s), s.trim(), "{s:?}");
                    }
                }
            }
        }
        // Every character alone and at both ends.
        for c in (0u32..0x3100).filter_map(char::from_u32) {
            for s in [c.to_string(), format!("x{c}"), format!("{c}x")] {
                assert_eq!(trim(&s), s.trim(), "{s:?}");
            }
        }
    }

    #[test]
    fn escapes_and_overrides_go_words_stay() {
        assert_eq!(
            printable("\u{1b}]0;pwned\u{7}\u{1b}[2JAll rows created"),
            "]0;pwned[2JAll rows created"
        );
        assert_eq!(printable("abc\u{202E}fed"), "abcfed");
        assert_eq!(printable("a\tb\r\nc"), "a b  c");
        assert_eq!(printable("\u{9b}31m"), "31m", "C1 CSI");
        assert!(matches!(printable_cow("Иванов"), Cow::Borrowed(_)));
        assert_eq!(printable_lines("a\u{1b}[1m\nb"), "a[1m\nb");
    }
}
