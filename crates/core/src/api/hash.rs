//! Session hashes. They are credentials: `Debug` hides them and there is no
//! `Display`, so a hash cannot reach a log or an error message by accident.
//! Separate types keep a dealer's hash off the user API and the other way round.

macro_rules! secret_hash {
    ($name:ident, $what:literal) => {
        #[doc = concat!("A ", $what, " session hash.")]
        #[derive(Clone, PartialEq, Eq, Hash)]
        pub struct $name(String);

        impl $name {
            pub fn new(hash: impl Into<String>) -> Self {
                Self(hash.into())
            }

            /// The hash itself, for the one place that needs it
            /// (a header, or the clipboard when the operator asks).
            pub fn expose(&self) -> &str {
                &self.0
            }
        }

        impl std::fmt::Debug for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(concat!(stringify!($name), "(<redacted>)"))
            }
        }
    };
}

secret_hash!(DealerHash, "dealer (panel)");
secret_hash!(UserHash, "user");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_never_shows_the_hash() {
        let h = DealerHash::new("22eac1c27af4be7b9d04da2ce1af111b");
        let shown = format!(
            "{h:?} {:?}",
            UserHash::new("a2caa32267f028bd41b982980467132c")
        );
        assert!(!shown.contains("22eac1"));
        assert!(!shown.contains("a2caa3"));
        assert_eq!(h.expose(), "22eac1c27af4be7b9d04da2ce1af111b");
    }
}
