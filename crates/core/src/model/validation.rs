//! The one definition of a valid user. The editor shows these rules inline,
//! the importer applies them to every row, and the sandbox enforces them on
//! every request: all three call the functions here.
//!
//! Each problem is a [`FieldError`]: the API parameter it concerns (as Navixy
//! names it in `errors[]`, e.g. `user.login`) and a [`Rule`] the UI translates.

use super::user::{Discount, LegalType, UserFields};
use super::user_fields::UserField;
use chrono::NaiveDate;

pub const PASSWORD_MIN: usize = 6;
pub const PASSWORD_MAX: usize = 20;
pub const COMMENT_MAX: usize = 255;
pub use super::user_fields::{LEGAL_FIELD_MAX, NAME_MAX, STATE_REG_NUM_MAX, STREET_MAX};
pub const PHONE_DIGITS_MIN: usize = 10;
pub const PHONE_DIGITS_MAX: usize = 15;
pub const EMAIL_MAX: usize = 254;
pub const BALANCE_TEXT_MIN: usize = 5;
/// The spec's `change_balance.text` maxLength.
pub const BALANCE_TEXT_MAX: usize = 200;
/// The largest amount one change may move, and the largest balance: the
/// spec's `change_balance.amount` bounds (±9,999,999,999.9999), to the cent.
pub const BALANCE_AMOUNT_MAX: f64 = 9_999_999_999.99;
pub const DISCOUNT_MAX: f64 = 100.0;

/// Which rule a value breaks. The UI turns this into a translated sentence;
/// [`Rule::english`] is the server's wording.
#[derive(Debug, Clone, PartialEq)]
pub enum Rule {
    Required,
    /// A parameter the request must carry, even empty (the spec's "required,
    /// may be empty" user fields, `legal_type` on update).
    Absent,
    InvalidEmail,
    PhoneDigits,
    TooLong {
        max: usize,
    },
    TooShort {
        min: usize,
    },
    NotPrintable,
    PasswordLength,
    OutOfRange {
        min: f64,
        max: f64,
    },
    NotNegative,
    TooManyDecimals,
    InvalidDate,
    UnknownValue,
    HttpsUrl,
    /// A repeated password that differs (a form's own rule).
    PasswordsDiffer,
    /// A login that an earlier line of the same upload file already has (273).
    DuplicateInFile {
        line: usize,
    },
    // What an import file's reader could not take as the person meant it.
    /// A formula whose result the file does not hold.
    FormulaNotSaved,
    /// The cell shows a spreadsheet error such as `#N/A`.
    CellError {
        shown: String,
    },
    /// The cell is inside a merged region whose value is on `line` only.
    MergedCell {
        line: usize,
    },
    /// `1,500`: one and a half or fifteen hundred.
    AmbiguousNumber,
    /// A fraction from a file whose number formats cannot be read (XLS): a
    /// cell showing 7.5 % holds 0.075.
    MaybePercent,
    /// A row equal to an example row of an import template.
    ExampleRow,
    // Warnings: kept as written, but said.
    StartsWithSpace,
    EndsWithSpace,
}

impl Rule {
    pub fn english(&self) -> String {
        match self {
            Rule::Required => "Value is required".into(),
            Rule::Absent => "Parameter is missing (send it empty if there is no value)".into(),
            Rule::InvalidEmail => "E-mail must be valid".into(),
            Rule::PhoneDigits => format!(
                "Phone must contain {PHONE_DIGITS_MIN} to {PHONE_DIGITS_MAX} digits without '+'"
            ),
            Rule::TooLong { max } => format!("Must be at most {max} characters"),
            Rule::TooShort { min } => format!("Must be at least {min} characters"),
            Rule::NotPrintable => "Only printable characters are allowed".into(),
            Rule::PasswordLength => {
                format!("Password must be {PASSWORD_MIN} to {PASSWORD_MAX} printable characters")
            }
            Rule::OutOfRange { min, max } => format!("Must be between {min} and {max}"),
            Rule::NotNegative => "Must not be negative".into(),
            Rule::TooManyDecimals => "At most 2 digits after the decimal point".into(),
            Rule::InvalidDate => "Date must be yyyy-MM-dd".into(),
            Rule::UnknownValue => "Value is not one of the allowed values".into(),
            Rule::HttpsUrl => "Must be a valid https URL".into(),
            Rule::PasswordsDiffer => "Passwords do not match".into(),
            Rule::DuplicateInFile { line } => format!("Duplicate login (also on line {line})"),
            Rule::FormulaNotSaved => "Formula without a saved value: open the file in Excel or LibreOffice and save it again".into(),
            Rule::CellError { shown } => format!("The cell shows an error ({shown})"),
            Rule::MergedCell { line } => format!("Merged with the cell on line {line}, which alone holds the value"),
            Rule::AmbiguousNumber => "Ambiguous number: write it without a thousands separator".into(),
            Rule::MaybePercent => "A fraction: if the cell shows a percent, type the percent".into(),
            Rule::ExampleRow => "An example row of the import template".into(),
            Rule::StartsWithSpace => "Starts with a space".into(),
            Rule::EndsWithSpace => "Ends with a space".into(),
        }
    }
}

/// One problem with one parameter.
#[derive(Debug, Clone, PartialEq)]
pub struct FieldError {
    /// The API parameter, e.g. `user.login`, `discount.value`, `password`.
    pub parameter: String,
    pub rule: Rule,
}

impl FieldError {
    pub fn new(parameter: impl Into<String>, rule: Rule) -> Self {
        Self {
            parameter: parameter.into(),
            rule,
        }
    }
}

/// No control character (Unicode's Cc: U+0000–U+001F, U+007F–U+009F),
/// read from the bytes eight at a time: every cell of an import passes here.
fn printable(s: &str) -> bool {
    let bytes = s.as_bytes();
    let mut words = bytes.chunks_exact(8);
    let clean = words
        .by_ref()
        .all(|w| !may_hold_a_control(u64::from_le_bytes(w.try_into().unwrap_or([0; 8]))));
    let mut tail = [b'a'; 8];
    tail[..words.remainder().len()].copy_from_slice(words.remainder());
    if clean && !may_hold_a_control(u64::from_le_bytes(tail)) {
        return true;
    }
    // Something looked like one: the exact test, character by character.
    !s.chars().any(char::is_control)
}

/// True when a byte of `w` is below 0x20, is 0x7F (DEL), or is 0xC2 (which
/// leads U+0080–U+00BF, C1 among them). Never false when one is; sometimes
/// true when none is (then the caller looks closer).
fn may_hold_a_control(w: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // A byte below n (n ≤ 0x80) sets its high bit in (w - n·ONES) & !w.
    let below = |n: u64| w.wrapping_sub(n * ONES) & !w & HIGH != 0;
    let zero_byte = |x: u64| x.wrapping_sub(ONES) & !x & HIGH != 0;
    below(0x20) || zero_byte(w ^ (0x7F * ONES)) || zero_byte(w ^ (0xC2 * ONES))
}

/// A login is an e-mail address: one `@`, a local part, and a dotted domain.
pub fn is_valid_email(s: &str) -> bool {
    if s.len() > EMAIL_MAX || s.trim() != s || s.chars().any(invisible) {
        return false;
    }
    // Look-alike forms (fullwidth letters, ligatures) are not an address
    // anyone types: only the compatibility-normal form is one.
    if !unicode_normalization::is_nfkc(s) {
        return false;
    }
    let Some((local, domain)) = s.split_once('@') else {
        return false;
    };
    let local_ok = !local.is_empty()
        && local.len() <= 64
        && !local.starts_with('.')
        && !local.ends_with('.')
        && !local.contains("..")
        && local
            .chars()
            .all(|c| !c.is_whitespace() && !c.is_control() && !"@,;<>()[]\\\"".contains(c));
    let labels: Vec<&str> = domain.split('.').collect();
    let domain_ok = labels.len() >= 2
        && labels.iter().all(|l| {
            !l.is_empty()
                && !l.starts_with('-')
                && !l.ends_with('-')
                && l.chars().all(|c| c.is_alphanumeric() || c == '-')
        })
        && labels.last().is_some_and(|tld| tld.chars().count() >= 2);
    local_ok && domain_ok
}

/// The one rule for "the same login", used by the sandbox (uniqueness,
/// sign-in, lockout), the importer (duplicates in a file) and the client
/// (which logins exist): Unicode compatibility normalisation (NFKC: a
/// fullwidth `ａ` is `a`), then full case folding (`Äpfel` is `äpfel`, `ß`
/// is `ss`), outer spaces ignored.
pub fn login_key(login: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    let login = login.trim();
    // Most logins are ASCII e-mails: NFKC leaves ASCII as it is and folding
    // its case is lower-casing it. The same key without the Unicode tables,
    // which were a fifth of an import's time.
    if login.is_ascii() {
        return login.to_ascii_lowercase();
    }
    let normal: String = login.nfkc().collect();
    caseless::default_case_fold_str(&normal)
}

/// Characters that show nothing: two logins differing only by one look the
/// same to every person reading them.
fn invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}' | '\u{200B}'..='\u{200F}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}'
    )
}

/// 10–15 digits, nothing else (Navixy stores phones without `+`).
pub fn is_valid_phone(s: &str) -> bool {
    (PHONE_DIGITS_MIN..=PHONE_DIGITS_MAX).contains(&s.len())
        && s.bytes().all(|b| b.is_ascii_digit())
}

/// Checks the fields of a user to be created or updated. `legal_type` must be
/// set (on update, the stored one: the API cannot change it).
pub fn validate_user(u: &UserFields) -> Vec<FieldError> {
    validate_user_with(u.legal_type, |f| f.get(u))
}

/// [`validate_user`] of fields read where they are (an import's cells),
/// without copying them into a [`UserFields`].
pub fn validate_user_with<'a>(
    legal_type: Option<LegalType>,
    value: impl Fn(UserField) -> Option<&'a str>,
) -> Vec<FieldError> {
    let mut errors = Vec::new();
    // Without a legal type the fields are still checked, as an individual's.
    let as_type = legal_type.unwrap_or(LegalType::Individual);
    for f in UserField::ALL {
        errors.extend(check_field(f, as_type, value(f)));
    }
    if legal_type.is_none() {
        errors.push(FieldError::new("user.legal_type", Rule::Required));
    }
    errors
}

/// The first rule one field of a user breaks, if any.
pub fn check_field(f: UserField, legal_type: LegalType, v: Option<&str>) -> Option<FieldError> {
    let problem = |rule| Some(FieldError::new(f.parameter(), rule));
    let Some(s) = v.map(super::text::trim).filter(|s| !s.is_empty()) else {
        return if f.must_be_filled(legal_type) {
            problem(Rule::Required)
        } else {
            None
        };
    };
    let raw = v.unwrap_or_default();
    if !printable(raw) {
        return problem(Rule::NotPrintable);
    }
    match f {
        // The login as sent, not trimmed: " ann@x.example.com " is not the
        // address it looks like (stored, it could never sign in).
        UserField::Login if !is_valid_email(raw) => return problem(Rule::InvalidEmail),
        UserField::Phone if !is_valid_phone(s) => return problem(Rule::PhoneDigits),
        _ => {}
    }
    // Bytes first: never fewer than characters, and no counting.
    if let Some(max) = f.max_chars()
        && raw.len() > max
        && raw.chars().nth(max).is_some()
    {
        return problem(Rule::TooLong { max });
    }
    None
}

/// [`validate_user`] for an edit: a rule blocks only a field the operator
/// changed. A stored value that breaks a rule (a 9-digit phone from an older
/// system, a login that is not an e-mail) came from the server itself; it is
/// returned apart, as a warning, so saving other changes still works.
pub fn validate_user_edit(
    u: &UserFields,
    stored: &UserFields,
) -> (Vec<FieldError>, Vec<FieldError>) {
    let trimmed = |v: &Option<String>| v.as_deref().map(str::trim).unwrap_or_default().to_owned();
    let mut blocking = Vec::new();
    let mut warnings = Vec::new();
    for e in validate_user(u) {
        let unchanged = UserField::ALL
            .into_iter()
            .find(|f| f.parameter() == e.parameter)
            .is_some_and(|f| trimmed(f.value(u)) == trimmed(f.value(stored)));
        if unchanged {
            warnings.push(e);
        } else {
            blocking.push(e);
        }
    }
    (blocking, warnings)
}

/// 6–20 printable characters.
pub fn validate_password(param: &str, password: &str) -> Option<FieldError> {
    let n = password.chars().count();
    if !(PASSWORD_MIN..=PASSWORD_MAX).contains(&n) {
        Some(FieldError::new(param, Rule::PasswordLength))
    } else if !printable(password) {
        Some(FieldError::new(param, Rule::NotPrintable))
    } else {
        None
    }
}

/// At most 255 printable characters; line breaks are allowed (API-NOTES:
/// Navixy's own web panel edits the comment in a multi-line text area).
pub fn validate_comment(comment: &str) -> Option<FieldError> {
    if comment.chars().count() > COMMENT_MAX {
        Some(FieldError::new(
            "comment",
            Rule::TooLong { max: COMMENT_MAX },
        ))
    } else if comment
        .chars()
        .any(|c| c.is_control() && c != '\n' && c != '\r')
    {
        Some(FieldError::new("comment", Rule::NotPrintable))
    } else {
        None
    }
}

/// Parses a Navixy date: the whole text `yyyy-MM-dd`, or a date-time
/// `yyyy-MM-dd HH:mm:ss` (a real time of day) whose date part counts.
/// Never a prefix: `2030-01-31xyz` is no date.
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    canonical_date(s).or_else(|| {
        chrono::NaiveDateTime::parse_from_str(s, super::DATE_TIME_FORMAT)
            .ok()
            .map(|dt| dt.date())
    })
}

/// `yyyy-MM-dd` exactly, read without chrono's format parser: an import checks
/// one per row, and the general parser was a tenth of the time of a CSV import.
pub fn canonical_date(s: &str) -> Option<NaiveDate> {
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| -> Option<u32> {
        b.get(r)?.iter().try_fold(0u32, |n, d| {
            d.is_ascii_digit().then(|| n * 10 + u32::from(d - b'0'))
        })
    };
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    NaiveDate::from_ymd_opt(digits(0..4)? as i32, digits(5..7)?, digits(8..10)?)
}

/// Value 0–100 %, minimum trackers ≥ 0, a real end date when given.
/// (The strategy is an enum: an unknown one never gets this far.)
pub fn validate_discount(d: &Discount) -> Vec<FieldError> {
    let mut errors = Vec::new();
    if let Some(v) = d.value
        && !(0.0..=DISCOUNT_MAX).contains(&v)
    {
        errors.push(FieldError::new(
            "discount.value",
            Rule::OutOfRange {
                min: 0.0,
                max: DISCOUNT_MAX,
            },
        ));
    }
    if d.min_trackers.is_some_and(|n| n < 0) {
        errors.push(FieldError::new("discount.min_trackers", Rule::NotNegative));
    }
    if let Some(end) = d.end_date.as_deref().filter(|s| !s.trim().is_empty())
        && parse_date(end).is_none()
    {
        errors.push(FieldError::new("discount.end_date", Rule::InvalidDate));
    }
    errors
}

/// True when `amount` has at most two digits after the decimal point, as
/// written: its shortest decimal form (what JSON carried) is looked at, so
/// 1.0000000001 and 4.9e-09 are not "about" two decimals, they have more.
pub fn has_at_most_two_decimals(amount: f64) -> bool {
    if !amount.is_finite() {
        return false;
    }
    let written = format!("{amount}");
    written
        .split_once('.')
        .is_none_or(|(_, decimals)| decimals.len() <= 2)
}

/// A balance change: a finite amount other than zero, with at most 2
/// decimals, within the spec's bounds, and a description of 5 to 200
/// printable characters.
pub fn validate_balance_change(amount: f64, text: &str) -> Vec<FieldError> {
    let mut errors = Vec::new();
    if !has_at_most_two_decimals(amount) {
        errors.push(FieldError::new("amount", Rule::TooManyDecimals));
    } else if amount == 0.0 {
        // Also -0: a change that changes nothing is no transaction.
        errors.push(FieldError::new("amount", Rule::Required));
    } else if amount.abs() > BALANCE_AMOUNT_MAX {
        errors.push(FieldError::new(
            "amount",
            Rule::OutOfRange {
                min: -BALANCE_AMOUNT_MAX,
                max: BALANCE_AMOUNT_MAX,
            },
        ));
    }
    let n = text.trim().chars().count();
    if n < BALANCE_TEXT_MIN {
        errors.push(FieldError::new(
            "text",
            Rule::TooShort {
                min: BALANCE_TEXT_MIN,
            },
        ));
    } else if n > BALANCE_TEXT_MAX {
        errors.push(FieldError::new(
            "text",
            Rule::TooLong {
                max: BALANCE_TEXT_MAX,
            },
        ));
    } else if !printable(text) {
        errors.push(FieldError::new("text", Rule::NotPrintable));
    }
    errors
}

/// Every check a new user must pass: fields, password, discount and comment.
pub fn validate_new_user(
    u: &UserFields,
    password: &str,
    discount: Option<&Discount>,
    comment: Option<&str>,
) -> Vec<FieldError> {
    let mut errors = validate_user(u);
    errors.extend(validate_password("password", password));
    errors.extend(discount.map(validate_discount).unwrap_or_default());
    errors.extend(comment.and_then(validate_comment));
    errors
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn printable_means_no_control_character() {
        for c in (0u32..0x3000).filter_map(char::from_u32) {
            // At every place of the eight-byte words and of the tail.
            for before in 0..18 {
                let s = format!("{}{c}é", "a".repeat(before));
                assert_eq!(printable(&s), !c.is_control(), "{s:?}");
            }
        }
        assert!(printable("Иванов-1 ООО «Флот» №5 ½"));
        assert!(!printable("Иванов\u{85}"));
    }

    #[test]
    fn dates_are_real_calendar_days() {
        assert_eq!(
            parse_date("2028-02-29"),
            NaiveDate::from_ymd_opt(2028, 2, 29)
        );
        assert_eq!(
            parse_date(" 2025-10-01 09:30:00"),
            NaiveDate::from_ymd_opt(2025, 10, 1)
        );
        for bad in ["2027-02-29", "2025-13-01", "2025-1O-01", "2025/10/01", ""] {
            assert_eq!(parse_date(bad), None, "{bad:?}");
        }
    }

    fn individual() -> UserFields {
        UserFields {
            login: Some("john@example.com".into()),
            first_name: Some("John".into()),
            last_name: Some("Smith".into()),
            legal_type: Some(LegalType::Individual),
            ..Default::default()
        }
    }

    fn params(errors: &[FieldError]) -> Vec<&str> {
        errors.iter().map(|e| e.parameter.as_str()).collect()
    }

    #[test]
    fn emails() {
        for ok in ["a@b.co", "user.name+tag@sub.example.com", "иван@пример.рф"] {
            assert!(is_valid_email(ok), "{ok}");
        }
        for bad in [
            "",
            "a",
            "a@b",
            "a@b.c",
            "@b.co",
            "a@@b.co",
            "a b@c.co",
            " a@b.co",
            "a@b..co",
            "a@-b.co",
            ".a@b.co",
            "a@b.co\u{a0}",
            "a\u{200b}@b.co",
        ] {
            assert!(!is_valid_email(bad), "{bad}");
        }
    }

    #[test]
    fn one_login_whatever_its_case_or_form() {
        assert_eq!(login_key("Äpfel@x.de"), login_key("äpfel@x.de"));
        assert_eq!(login_key("STRASSE@x.de"), login_key("straße@x.de"));
        assert_eq!(login_key("ａnn@b.co"), login_key("ann@b.co"));
        assert_eq!(login_key(" Ann@B.co "), "ann@b.co");
    }

    #[test]
    fn the_ascii_shortcut_gives_the_unicode_rules_key() {
        use unicode_normalization::UnicodeNormalization;
        let full = |s: &str| caseless::default_case_fold_str(&s.trim().nfkc().collect::<String>());
        let every_ascii: String = (0u8..128).map(char::from).collect();
        for s in [
            every_ascii.as_str(),
            " John.Smith+Fleet@Example.COM\t",
            "A_Z-0.9",
        ] {
            assert_eq!(login_key(s), full(s), "{s:?}");
        }
    }

    #[test]
    fn phones() {
        assert!(is_valid_phone("2135551234"));
        assert!(is_valid_phone("123456789012345"));
        assert!(!is_valid_phone("123456789"));
        assert!(!is_valid_phone("1234567890123456"));
        assert!(!is_valid_phone("+12135551234"));
        assert!(!is_valid_phone("213-555-1234"));
    }

    #[test]
    fn a_plain_individual_is_valid() {
        assert!(validate_user(&individual()).is_empty());
    }

    #[test]
    fn legal_entity_needs_name_and_addresses_sole_trader_no_legal_name() {
        let mut u = individual();
        u.legal_type = Some(LegalType::LegalEntity);
        let e = validate_user(&u);
        assert!(params(&e).contains(&"user.legal_name"));
        assert!(params(&e).contains(&"user.registered_index"));
        assert!(!params(&e).contains(&"user.registered_country"));
        u.legal_type = Some(LegalType::SoleTrader);
        let e = validate_user(&u);
        assert!(!params(&e).contains(&"user.legal_name"));
        assert!(params(&e).contains(&"user.post_city"));
    }

    #[test]
    fn field_rules() {
        let mut u = individual();
        u.login = Some("not-an-email".into());
        u.phone = Some("+7 999".into());
        u.state_reg_num = Some("1234567890123456".into());
        u.legal_type = None;
        u.first_name = Some("  ".into());
        u.middle_name = Some("bad\u{7}bell".into());
        let e = validate_user(&u);
        assert!(e.contains(&FieldError::new("user.login", Rule::InvalidEmail)));
        assert!(e.contains(&FieldError::new("user.phone", Rule::PhoneDigits)));
        assert!(e.contains(&FieldError::new(
            "user.state_reg_num",
            Rule::TooLong { max: 15 }
        )));
        assert!(e.contains(&FieldError::new("user.legal_type", Rule::Required)));
        assert!(e.contains(&FieldError::new("user.first_name", Rule::Required)));
        assert!(e.contains(&FieldError::new("user.middle_name", Rule::NotPrintable)));
    }

    #[test]
    fn text_fields_have_the_specs_lengths_in_characters() {
        let mut u = individual();
        u.last_name = Some("Щ".repeat(NAME_MAX));
        u.post_street_address = Some("x".repeat(STREET_MAX));
        u.tin = Some("1".repeat(LEGAL_FIELD_MAX));
        assert!(validate_user(&u).is_empty(), "at the limit, in characters");
        u.last_name = Some("Щ".repeat(NAME_MAX + 1));
        u.post_street_address = Some("x".repeat(1_000_000));
        u.tin = Some("1".repeat(LEGAL_FIELD_MAX + 1));
        assert_eq!(
            validate_user(&u),
            [
                FieldError::new("user.last_name", Rule::TooLong { max: NAME_MAX }),
                FieldError::new(
                    "user.post_street_address",
                    Rule::TooLong { max: STREET_MAX }
                ),
                FieldError::new(
                    "user.tin",
                    Rule::TooLong {
                        max: LEGAL_FIELD_MAX
                    }
                ),
            ]
        );
    }

    #[test]
    fn passwords_comments_discounts_amounts() {
        assert!(validate_password("password", "12@14Y$").is_none());
        assert!(validate_password("password", "12345").is_some());
        assert!(validate_password("password", &"x".repeat(21)).is_some());
        assert!(validate_password("password", "abc\tdef").is_some());
        assert!(validate_comment(&"я".repeat(255)).is_none());
        assert!(validate_comment(&"я".repeat(256)).is_some());
        assert!(validate_comment("first line\r\nsecond\nthird").is_none());
        assert!(validate_comment("a\u{0}b").is_some());
        let d = Discount {
            value: Some(100.5),
            min_trackers: Some(-1),
            end_date: Some("2021-13-01".into()),
            strategy: None,
        };
        assert_eq!(
            params(&validate_discount(&d)),
            [
                "discount.value",
                "discount.min_trackers",
                "discount.end_date"
            ]
        );
        assert!(
            validate_discount(&Discount {
                value: Some(5.5),
                end_date: Some("2021-03-01 00:00:00".into()),
                ..Default::default()
            })
            .is_empty()
        );
        assert!(validate_balance_change(-2.05, "refund").is_empty());
        for bad in [
            1.0000000001,
            4.9e-9,
            0.0,
            -0.0,
            1e306,
            f64::INFINITY,
            f64::NAN,
        ] {
            assert!(!validate_balance_change(bad, "refund").is_empty(), "{bad}");
        }
        assert!(validate_balance_change(BALANCE_AMOUNT_MAX, "refund").is_empty());
        assert!(!validate_balance_change(5.0, &"x".repeat(201)).is_empty());
        assert!(!validate_balance_change(5.0, "nul \u{0} inside").is_empty());
        assert_eq!(
            params(&validate_balance_change(1.005, "abc")),
            ["amount", "text"]
        );
    }
}

pub const APP_NAME_MAX: usize = 24;
pub const APP_URL_MAX: usize = 1000;
pub const APP_DESCRIPTION_MAX: usize = 50;

/// An application URL: https, at most 1000 characters, a real URL once its
/// `{variables}` are filled in.
pub fn validate_application_url(url: &str) -> Option<Rule> {
    let url = url.trim();
    if url.is_empty() {
        return Some(Rule::Required);
    }
    if url.chars().count() > APP_URL_MAX {
        return Some(Rule::TooLong { max: APP_URL_MAX });
    }
    let mut filled = String::with_capacity(url.len());
    let mut in_var = false;
    for c in url.chars() {
        match c {
            '{' if !in_var => in_var = true,
            '}' if in_var => {
                in_var = false;
                filled.push('x');
            }
            _ if !in_var => filled.push(c),
            _ => {}
        }
    }
    match url::Url::parse(&filled) {
        Ok(u) if u.scheme() == "https" && u.host().is_some() && !in_var => None,
        _ => Some(Rule::HttpsUrl),
    }
}

/// The parameter an application's API key is sent in.
pub const APP_API_KEY: &str = "application.authorization.hash";

/// Name (≤ 24), URL (https, ≤ 1000), description (≤ 50) and, with API-key
/// authorization, the key of an application.
pub fn validate_application(app: &super::ApplicationDraft) -> Vec<FieldError> {
    let mut errors = Vec::new();
    let name = app.name.trim();
    if name.is_empty() {
        errors.push(FieldError::new("application.name", Rule::Required));
    } else if name.chars().count() > APP_NAME_MAX {
        errors.push(FieldError::new(
            "application.name",
            Rule::TooLong { max: APP_NAME_MAX },
        ));
    } else if !printable(name) {
        errors.push(FieldError::new("application.name", Rule::NotPrintable));
    }
    if let Some(rule) = validate_application_url(&app.url) {
        errors.push(FieldError::new("application.url", rule));
    }
    // The spec's API-key authorization carries its key (`hash`, required).
    if let Some(super::ApplicationAuthorization::ApiKey { hash }) = &app.authorization
        && hash.as_deref().is_none_or(|h| h.trim().is_empty())
    {
        errors.push(FieldError::new(APP_API_KEY, Rule::Required));
    }
    if let Some(d) = &app.description
        && d.chars().count() > APP_DESCRIPTION_MAX
    {
        errors.push(FieldError::new(
            "application.description",
            Rule::TooLong {
                max: APP_DESCRIPTION_MAX,
            },
        ));
    }
    errors
}

#[cfg(test)]
mod application_tests {
    use super::*;

    #[test]
    fn application_urls() {
        assert_eq!(
            validate_application_url("https://example.com/{language}?u={user_id}"),
            None
        );
        assert_eq!(
            validate_application_url("http://example.com"),
            Some(Rule::HttpsUrl)
        );
        assert_eq!(validate_application_url("https://"), Some(Rule::HttpsUrl));
        assert_eq!(
            validate_application_url("https://example.com/{open"),
            Some(Rule::HttpsUrl)
        );
        assert_eq!(validate_application_url(""), Some(Rule::Required));
        let long = format!("https://example.com/{}", "a".repeat(1000));
        assert_eq!(
            validate_application_url(&long),
            Some(Rule::TooLong { max: 1000 })
        );
    }
}
