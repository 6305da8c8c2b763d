//! The one table of a user's text fields: the API name, the `user.x`
//! parameter that `errors[]` names, the most characters it may hold, which
//! legal types' user object carries it and which must have it filled.
//! Validation, the wire form of create/update, the sandbox's columns and
//! filter, and the journal's diff all read this table instead of their own lists.

use super::user::{LegalType, UserFields};

/// A text field of the user object (everything but the flags and `legal_type`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum UserField {
    Login,
    FirstName,
    MiddleName,
    LastName,
    LegalName,
    Phone,
    PostCountry,
    PostIndex,
    PostRegion,
    PostCity,
    PostStreetAddress,
    RegisteredCountry,
    RegisteredIndex,
    RegisteredRegion,
    RegisteredCity,
    RegisteredStreetAddress,
    StateRegNum,
    Tin,
    OkpoCode,
    Iec,
}

/// Names, countries, regions and cities (spec: `maxLength: 100`).
pub const NAME_MAX: usize = 100;
/// Street addresses (spec: `maxLength: 200`).
pub const STREET_MAX: usize = 200;
/// Legal name, TIN and IEC (spec: `maxLength: 255`).
pub const LEGAL_FIELD_MAX: usize = 255;
/// The seed's state registration number limit.
pub const STATE_REG_NUM_MAX: usize = 15;
/// OKPO codes (spec: `\d{8,10}`).
pub const OKPO_MAX: usize = 10;

/// Which of the spec's three user shapes a field belongs to. The shapes are
/// cumulative (API-NOTES, `UserEditForm`): a sole trader is an individual plus
/// registration details, a legal entity a sole trader plus name and IEC.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Shape {
    Individual,
    SoleTrader,
    LegalEntity,
}

fn shape_of(t: LegalType) -> Shape {
    match t {
        LegalType::Individual => Shape::Individual,
        LegalType::SoleTrader => Shape::SoleTrader,
        LegalType::LegalEntity => Shape::LegalEntity,
    }
}

impl UserField {
    pub const COUNT: usize = 20;

    pub const ALL: [UserField; Self::COUNT] = [
        Self::Login,
        Self::FirstName,
        Self::MiddleName,
        Self::LastName,
        Self::LegalName,
        Self::Phone,
        Self::PostCountry,
        Self::PostIndex,
        Self::PostRegion,
        Self::PostCity,
        Self::PostStreetAddress,
        Self::RegisteredCountry,
        Self::RegisteredIndex,
        Self::RegisteredRegion,
        Self::RegisteredCity,
        Self::RegisteredStreetAddress,
        Self::StateRegNum,
        Self::Tin,
        Self::OkpoCode,
        Self::Iec,
    ];

    /// Where the field is in [`UserField::ALL`] (and in arrays indexed like it).
    pub fn index(self) -> usize {
        self as usize
    }

    /// The name in the API's user object (and the sandbox's column).
    pub fn name(self) -> &'static str {
        self.row().0
    }

    /// The parameter `errors[]` names, e.g. `user.login`.
    pub fn parameter(self) -> &'static str {
        self.row().1
    }

    pub fn parse(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|f| f.name() == name)
    }

    /// The most characters the field may hold: the seed's for the state
    /// registration number, the official spec's (`UserLegalEntity`) for the rest.
    pub fn max_chars(self) -> Option<usize> {
        self.row().2
    }

    /// True when the user object of this legal type carries the field. The spec
    /// marks each of them "required, may be empty": it is always sent, `""` when blank.
    pub fn in_user_object(self, legal_type: LegalType) -> bool {
        shape_of(legal_type) >= self.row().3
    }

    /// True when the spec's user object of this legal type lists the key as
    /// required (`UserSoleTrader`, `UserLegalEntity`): every field it carries
    /// but the state registration number and the OKPO code, which it may omit.
    pub fn key_required(self, legal_type: LegalType) -> bool {
        self.in_user_object(legal_type) && !matches!(self, Self::StateRegNum | Self::OkpoCode)
    }

    /// True when the field must hold something for this legal type. Everyone
    /// needs a login and a name; legal entities and sole traders also their
    /// addresses, except the registration country (the seed's upload rules).
    pub fn must_be_filled(self, legal_type: LegalType) -> bool {
        use UserField as F;
        match self {
            F::Login | F::FirstName | F::LastName => true,
            F::LegalName => legal_type.needs_legal_name(),
            F::PostCountry
            | F::PostRegion
            | F::PostCity
            | F::PostStreetAddress
            | F::PostIndex
            | F::RegisteredRegion
            | F::RegisteredCity
            | F::RegisteredStreetAddress
            | F::RegisteredIndex => legal_type.needs_addresses(),
            _ => false,
        }
    }

    /// The postal field a registered-address field mirrors when the operator
    /// says the two addresses are the same.
    pub fn postal_twin(self) -> Option<UserField> {
        use UserField as F;
        match self {
            F::RegisteredCountry => Some(F::PostCountry),
            F::RegisteredRegion => Some(F::PostRegion),
            F::RegisteredCity => Some(F::PostCity),
            F::RegisteredStreetAddress => Some(F::PostStreetAddress),
            F::RegisteredIndex => Some(F::PostIndex),
            _ => None,
        }
    }

    /// True when `panel/user/list`'s `filter` searches this field (the seed's list).
    pub fn filtered(self) -> bool {
        !matches!(self, Self::StateRegNum | Self::OkpoCode)
    }

    pub fn get(self, u: &UserFields) -> Option<&str> {
        self.value(u).as_deref()
    }

    pub fn value(self, u: &UserFields) -> &Option<String> {
        use UserField as F;
        match self {
            F::Login => &u.login,
            F::FirstName => &u.first_name,
            F::MiddleName => &u.middle_name,
            F::LastName => &u.last_name,
            F::LegalName => &u.legal_name,
            F::Phone => &u.phone,
            F::PostCountry => &u.post_country,
            F::PostIndex => &u.post_index,
            F::PostRegion => &u.post_region,
            F::PostCity => &u.post_city,
            F::PostStreetAddress => &u.post_street_address,
            F::RegisteredCountry => &u.registered_country,
            F::RegisteredIndex => &u.registered_index,
            F::RegisteredRegion => &u.registered_region,
            F::RegisteredCity => &u.registered_city,
            F::RegisteredStreetAddress => &u.registered_street_address,
            F::StateRegNum => &u.state_reg_num,
            F::Tin => &u.tin,
            F::OkpoCode => &u.okpo_code,
            F::Iec => &u.iec,
        }
    }

    pub fn slot(self, u: &mut UserFields) -> &mut Option<String> {
        use UserField as F;
        match self {
            F::Login => &mut u.login,
            F::FirstName => &mut u.first_name,
            F::MiddleName => &mut u.middle_name,
            F::LastName => &mut u.last_name,
            F::LegalName => &mut u.legal_name,
            F::Phone => &mut u.phone,
            F::PostCountry => &mut u.post_country,
            F::PostIndex => &mut u.post_index,
            F::PostRegion => &mut u.post_region,
            F::PostCity => &mut u.post_city,
            F::PostStreetAddress => &mut u.post_street_address,
            F::RegisteredCountry => &mut u.registered_country,
            F::RegisteredIndex => &mut u.registered_index,
            F::RegisteredRegion => &mut u.registered_region,
            F::RegisteredCity => &mut u.registered_city,
            F::RegisteredStreetAddress => &mut u.registered_street_address,
            F::StateRegNum => &mut u.state_reg_num,
            F::Tin => &mut u.tin,
            F::OkpoCode => &mut u.okpo_code,
            F::Iec => &mut u.iec,
        }
    }

    /// (name, parameter, max characters, first shape that carries it)
    fn row(self) -> (&'static str, &'static str, Option<usize>, Shape) {
        use Shape::{Individual as I, LegalEntity as L, SoleTrader as S};
        use UserField as F;
        match self {
            F::Login => ("login", "user.login", None, I),
            F::FirstName => ("first_name", "user.first_name", Some(NAME_MAX), I),
            F::MiddleName => ("middle_name", "user.middle_name", Some(NAME_MAX), I),
            F::LastName => ("last_name", "user.last_name", Some(NAME_MAX), I),
            F::LegalName => ("legal_name", "user.legal_name", Some(LEGAL_FIELD_MAX), L),
            F::Phone => ("phone", "user.phone", None, I),
            F::PostCountry => ("post_country", "user.post_country", Some(NAME_MAX), I),
            F::PostIndex => ("post_index", "user.post_index", None, I),
            F::PostRegion => ("post_region", "user.post_region", Some(NAME_MAX), I),
            F::PostCity => ("post_city", "user.post_city", Some(NAME_MAX), I),
            F::PostStreetAddress => (
                "post_street_address",
                "user.post_street_address",
                Some(STREET_MAX),
                I,
            ),
            F::RegisteredCountry => (
                "registered_country",
                "user.registered_country",
                Some(NAME_MAX),
                S,
            ),
            F::RegisteredIndex => ("registered_index", "user.registered_index", None, S),
            F::RegisteredRegion => (
                "registered_region",
                "user.registered_region",
                Some(NAME_MAX),
                S,
            ),
            F::RegisteredCity => ("registered_city", "user.registered_city", Some(NAME_MAX), S),
            F::RegisteredStreetAddress => (
                "registered_street_address",
                "user.registered_street_address",
                Some(STREET_MAX),
                S,
            ),
            F::StateRegNum => (
                "state_reg_num",
                "user.state_reg_num",
                Some(STATE_REG_NUM_MAX),
                S,
            ),
            F::Tin => ("tin", "user.tin", Some(LEGAL_FIELD_MAX), S),
            // The spec's pattern is 8 to 10 digits.
            F::OkpoCode => ("okpo_code", "user.okpo_code", Some(OKPO_MAX), S),
            F::Iec => ("iec", "user.iec", Some(LEGAL_FIELD_MAX), L),
        }
    }
}

/// The user object as `panel/user/create` and `panel/user/update` send it:
/// `legal_type`, the flags, and every text field, blank ones as `""`.
/// API-NOTES "What the live server is sent": the spec requires each field of
/// the legal type's shape ("required, may be empty"), a field left out is not
/// cleared, and Navixy's own web panel sends the same set of keys for every
/// legal type, the fields a type does not use as `""`.
pub fn user_object(u: &UserFields) -> serde_json::Map<String, serde_json::Value> {
    use serde_json::Value;
    let mut m = serde_json::Map::new();
    if let Some(t) = u.legal_type {
        m.insert("legal_type".into(), Value::from(t.as_str()));
    }
    if let Some(a) = u.activated {
        m.insert("activated".into(), Value::from(a));
    }
    if let Some(v) = u.verified {
        m.insert("verified".into(), Value::from(v));
    }
    for f in UserField::ALL {
        m.insert(f.name().into(), Value::from(f.get(u).unwrap_or_default()));
    }
    m
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes_are_cumulative_and_match_the_spec() {
        let count = |t| {
            UserField::ALL
                .iter()
                .filter(|f| f.in_user_object(t))
                .count()
        };
        // Individual: login, three names, phone, five postal fields.
        assert_eq!(count(LegalType::Individual), 10);
        // Sole trader: + five registered fields, tin, state_reg_num, okpo_code.
        assert_eq!(count(LegalType::SoleTrader), 18);
        assert_eq!(count(LegalType::LegalEntity), 20);
        assert!(!UserField::Iec.in_user_object(LegalType::SoleTrader));
        for (i, f) in UserField::ALL.into_iter().enumerate() {
            assert_eq!(f.index(), i);
            assert_eq!(UserField::parse(f.name()), Some(f));
            assert_eq!(f.parameter(), format!("user.{}", f.name()));
        }
    }

    #[test]
    fn the_user_object_is_whole_with_blanks_as_empty_text() {
        let u = UserFields {
            legal_type: Some(LegalType::Individual),
            activated: Some(true),
            login: Some("a@b.co".into()),
            phone: None,
            ..Default::default()
        };
        let m = user_object(&u);
        assert_eq!(m["legal_type"], "individual");
        assert_eq!(m["phone"], "");
        assert_eq!(m["middle_name"], "");
        assert_eq!(m["iec"], "", "every key, as Navixy's panel sends");
        assert_eq!(m.len(), 22);
    }
}
