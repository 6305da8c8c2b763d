//! How a user's fields are grouped and named on screen: one layout, read by
//! the details page and the editor alike. The fields themselves are the
//! model's one table (`model::UserField`).

use crate::fl;
use crate::model::UserField;

/// A group's fields, line by line.
pub type Lines = &'static [&'static [UserField]];

pub const PERSON: Lines = &[
    &[
        UserField::LastName,
        UserField::FirstName,
        UserField::MiddleName,
    ],
    &[UserField::Phone],
];

pub const LEGAL: Lines = &[
    &[UserField::LegalName],
    &[
        UserField::Tin,
        UserField::Iec,
        UserField::OkpoCode,
        UserField::StateRegNum,
    ],
];

pub const POSTAL: Lines = &[
    &[
        UserField::PostCountry,
        UserField::PostRegion,
        UserField::PostCity,
    ],
    &[UserField::PostStreetAddress, UserField::PostIndex],
];

pub const REGISTERED: Lines = &[
    &[
        UserField::RegisteredCountry,
        UserField::RegisteredRegion,
        UserField::RegisteredCity,
    ],
    &[
        UserField::RegisteredStreetAddress,
        UserField::RegisteredIndex,
    ],
];

/// A field's name within its group (an address's "City" is the postal or
/// the registered one by the group it is in).
pub fn label(field: UserField) -> String {
    use UserField as F;
    match field {
        F::Login => fl!("field-login"),
        F::FirstName => fl!("field-first-name"),
        F::MiddleName => fl!("field-middle-name"),
        F::LastName => fl!("field-last-name"),
        F::LegalName => fl!("field-legal-name"),
        F::Phone => fl!("field-phone"),
        F::PostCountry | F::RegisteredCountry => fl!("field-country"),
        F::PostRegion | F::RegisteredRegion => fl!("field-region"),
        F::PostCity | F::RegisteredCity => fl!("field-city"),
        F::PostStreetAddress | F::RegisteredStreetAddress => fl!("field-street"),
        F::PostIndex | F::RegisteredIndex => fl!("field-zip"),
        F::StateRegNum => fl!("field-state-reg-num"),
        F::Tin => fl!("field-tin"),
        F::OkpoCode => fl!("field-okpo"),
        F::Iec => fl!("field-iec"),
    }
}
