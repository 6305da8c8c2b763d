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

#[cfg(test)]
mod tests {
    use super::*;

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
