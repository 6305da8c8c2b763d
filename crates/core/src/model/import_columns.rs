//! The columns of Navixy's bulk-upload file (seed: panel-user-api.txt, and the
//! real templates in shared/reference/import-templates), and how a header cell
//! written by a person is matched to one of them.
//!
//! Matching trims, ignores case and the `*` that marks required columns,
//! collapses inner white space and folds Cyrillic letters that look like Latin
//! ones (the English template's "Сomment" starts with a Cyrillic С).

use super::sheet_words::sheet_words;
use super::user_fields::UserField;
use crate::i18n::Language;

/// One column of the upload file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ImportColumn {
    Email,
    Password,
    Status,
    LegalStatus,
    Surname,
    Name,
    MiddleName,
    Phone,
    Comment,
    Country,
    Region,
    City,
    Street,
    Zip,
    LegalName,
    TaxNumber,
    Iec,
    StateRegNum,
    Okpo,
    RegCountry,
    RegRegion,
    RegCity,
    RegAddress,
    RegZip,
    Discount,
    DiscountEndDate,
    DeviceLimit,
}

impl ImportColumn {
    /// In the order of the Russian template, which has every column.
    pub const ALL: [ImportColumn; 27] = [
        Self::Email,
        Self::Password,
        Self::Status,
        Self::LegalStatus,
        Self::Surname,
        Self::Name,
        Self::MiddleName,
        Self::Phone,
        Self::Comment,
        Self::Country,
        Self::Region,
        Self::City,
        Self::Street,
        Self::Zip,
        Self::LegalName,
        Self::TaxNumber,
        Self::Iec,
        Self::StateRegNum,
        Self::Okpo,
        Self::RegCountry,
        Self::RegRegion,
        Self::RegCity,
        Self::RegAddress,
        Self::RegZip,
        Self::Discount,
        Self::DiscountEndDate,
        Self::DeviceLimit,
    ];

    /// The header in `language` (without `*`): Navixy's own in English and
    /// Russian ([`super::sheet_words`]).
    pub fn header(self, language: Language) -> &'static str {
        sheet_words(language).headers[self.index()]
    }

    /// The English header, as the seed writes it (without `*`).
    pub fn english(self) -> &'static str {
        self.header(Language::English)
    }

    /// The Russian header, as the seed writes it (without `*`).
    pub fn russian(self) -> &'static str {
        self.header(Language::Russian)
    }

    /// Position in [`ImportColumn::ALL`]: rows of the import preview keep
    /// their cells in this order.
    pub fn index(self) -> usize {
        self as usize
    }

    /// The header as Navixy's documentation writes it, `*` included for
    /// required columns: what the normalised upload file and the template use.
    pub fn seed_header(self, russian: bool) -> String {
        self.titled(if russian {
            Language::Russian
        } else {
            Language::English
        })
    }

    /// The header in `language`, `*` included for required columns.
    pub fn titled(self, language: Language) -> String {
        let name = self.header(language);
        if self.always_required() {
            format!("{name}*")
        } else {
            name.to_owned()
        }
    }

    /// Navixy's English header list has no OGRN and OKPO columns (only the
    /// Russian one does): a file that fills them must use Russian headers.
    pub fn in_english_seed(self) -> bool {
        !matches!(self, Self::StateRegNum | Self::Okpo)
    }

    /// The column a validation problem belongs to: `user.login` → Email,
    /// `discount.value` → Discount, `users_import.status` → Status.
    pub fn for_parameter(parameter: &str) -> Option<Self> {
        let fixed = match parameter {
            "user.login" | "login" => Some(Self::Email),
            "user.legal_type" => Some(Self::LegalStatus),
            "password" => Some(Self::Password),
            "discount.value" => Some(Self::Discount),
            "discount.min_trackers" => Some(Self::DeviceLimit),
            "discount.end_date" => Some(Self::DiscountEndDate),
            "comment" => Some(Self::Comment),
            _ => None,
        };
        fixed.or_else(|| {
            let key = parameter
                .strip_prefix("user.")
                .or_else(|| parameter.strip_prefix("users_import."))?;
            Self::ALL
                .into_iter()
                .find(|c| c.parameter().strip_prefix("users_import.") == Some(key))
        })
    }

    /// The column that holds a user's text field.
    pub fn of_field(field: UserField) -> Self {
        use UserField as F;
        match field {
            F::Login => Self::Email,
            F::FirstName => Self::Name,
            F::MiddleName => Self::MiddleName,
            F::LastName => Self::Surname,
            F::LegalName => Self::LegalName,
            F::Phone => Self::Phone,
            F::PostCountry => Self::Country,
            F::PostIndex => Self::Zip,
            F::PostRegion => Self::Region,
            F::PostCity => Self::City,
            F::PostStreetAddress => Self::Street,
            F::RegisteredCountry => Self::RegCountry,
            F::RegisteredIndex => Self::RegZip,
            F::RegisteredRegion => Self::RegRegion,
            F::RegisteredCity => Self::RegCity,
            F::RegisteredStreetAddress => Self::RegAddress,
            F::StateRegNum => Self::StateRegNum,
            F::Tin => Self::TaxNumber,
            F::OkpoCode => Self::Okpo,
            F::Iec => Self::Iec,
        }
    }

    /// Required in every file (marked `*` in the templates).
    pub fn always_required(self) -> bool {
        matches!(
            self,
            Self::Email
                | Self::Password
                | Self::Status
                | Self::LegalStatus
                | Self::Surname
                | Self::Name
        )
    }

    /// The name Navixy's upload errors use for a missing column, e.g. `users_import.email`.
    pub fn parameter(self) -> String {
        let key = match self {
            Self::Email => "email",
            Self::Password => "password",
            Self::Status => "status",
            Self::LegalStatus => "legal_status",
            Self::Surname => "last_name",
            Self::Name => "first_name",
            Self::MiddleName => "middle_name",
            Self::Phone => "phone",
            Self::Comment => "comment",
            Self::Country => "post_country",
            Self::Region => "post_region",
            Self::City => "post_city",
            Self::Street => "post_street_address",
            Self::Zip => "post_index",
            Self::LegalName => "legal_name",
            Self::TaxNumber => "tin",
            Self::Iec => "iec",
            Self::StateRegNum => "state_reg_num",
            Self::Okpo => "okpo_code",
            Self::RegCountry => "registered_country",
            Self::RegRegion => "registered_region",
            Self::RegCity => "registered_city",
            Self::RegAddress => "registered_street_address",
            Self::RegZip => "registered_index",
            Self::Discount => "discount",
            Self::DiscountEndDate => "discount_end_date",
            Self::DeviceLimit => "device_limit",
        };
        format!("users_import.{key}")
    }

    /// Which column a header cell names, if any: its header in any language
    /// the panel speaks, or the API field name a users export writes
    /// (`login`, `last_name`).
    pub fn from_header(header: &str) -> Option<Self> {
        let key = header_key(header);
        if key.is_empty() {
            return None;
        }
        Self::ALL
            .into_iter()
            .find(|c| {
                Language::ALL
                    .into_iter()
                    .any(|l| header_key(c.header(l)) == key)
            })
            .or_else(|| Self::for_parameter(&format!("user.{key}")))
    }
}

/// Cyrillic letters that people (and templates) type in place of Latin ones.
fn fold_lookalike(c: char) -> char {
    match c {
        'а' => 'a',
        'в' => 'b',
        'с' => 'c',
        'е' => 'e',
        'н' => 'h',
        'к' => 'k',
        'м' => 'm',
        'о' => 'o',
        'р' => 'p',
        'т' => 't',
        'х' => 'x',
        'у' => 'y',
        'і' => 'i',
        'ё' => 'е',
        other => other,
    }
}

/// The comparable form of a header: lower case, no `*`, single spaces, and
/// look-alike letters folded — applied to both sides, so a Russian header still
/// matches itself.
pub fn header_key(header: &str) -> String {
    let lowered: String = header
        .chars()
        .filter(|c| *c != '*')
        .flat_map(char::to_lowercase)
        .map(fold_lookalike)
        .collect();
    lowered.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fields_column_is_the_one_its_errors_name() {
        for f in UserField::ALL {
            assert_eq!(
                ImportColumn::for_parameter(f.parameter()),
                Some(ImportColumn::of_field(f)),
                "{f:?}"
            );
        }
    }

    #[test]
    fn matches_template_quirks() {
        assert_eq!(
            ImportColumn::from_header("Email address*"),
            Some(ImportColumn::Email)
        );
        assert_eq!(
            ImportColumn::from_header("Сomment"),
            Some(ImportColumn::Comment)
        ); // Cyrillic С
        assert_eq!(
            ImportColumn::from_header("Registration city        "),
            Some(ImportColumn::RegCity)
        );
        assert_eq!(
            ImportColumn::from_header("  ЮРИДИЧЕСКИЙ   статус* "),
            Some(ImportColumn::LegalStatus)
        );
        assert_eq!(
            ImportColumn::from_header("Минимальное число устройств для скидки"),
            Some(ImportColumn::DeviceLimit)
        );
        assert_eq!(ImportColumn::from_header("Favourite colour"), None);
        assert_eq!(ImportColumn::from_header(""), None);
    }

    #[test]
    fn index_is_the_position_in_all() {
        for (i, c) in ImportColumn::ALL.iter().enumerate() {
            assert_eq!(c.index(), i, "{c:?}");
        }
    }

    #[test]
    fn headers_are_distinct_after_folding() {
        let mut keys: Vec<String> = ImportColumn::ALL
            .iter()
            .flat_map(|c| [header_key(c.english()), header_key(c.russian())])
            .collect();
        let n = keys.len();
        keys.sort();
        keys.dedup();
        assert_eq!(keys.len(), n);
    }
}
