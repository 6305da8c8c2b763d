//! Parts several screens share, none of them a screen of its own: a user's
//! account actions and their dialogs (the details page, the editor, the
//! bulk form's amount), a session as the user (the applications and the
//! customer's view), and how a user's fields are grouped on screen.

pub mod account_actions;
pub mod acting_as_user;
pub mod field_groups;
