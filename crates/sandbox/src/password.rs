//! Password hashing (argon2id). The sandbox holds demo data on a desktop, so
//! it uses a lighter cost than a production server would (4 MiB, 1 pass):
//! creating 10,000 users from an upload must stay quick.

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};

fn hasher() -> Argon2<'static> {
    let params = Params::new(4096, 1, 1, None).unwrap_or_default();
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

pub fn hash(password: &str) -> String {
    let mut salt_bytes = [0u8; 16];
    rand::RngCore::fill_bytes(&mut rand::rng(), &mut salt_bytes);
    SaltString::encode_b64(&salt_bytes)
        .and_then(|salt| {
            hasher()
                .hash_password(password.as_bytes(), &salt)
                .map(|h| h.to_string())
        })
        // Hashing only fails for absurd parameters; never store plain text.
        .unwrap_or_else(|_| "!".to_owned())
}

pub fn verify(password: &str, stored: &str) -> bool {
    PasswordHash::new(stored)
        .map(|parsed| {
            hasher()
                .verify_password(password.as_bytes(), &parsed)
                .is_ok()
        })
        .unwrap_or(false)
}

#[cfg(test)]
mod tests {
    #[test]
    fn verifies_only_the_right_password() {
        let h = super::hash("12@14Y$");
        assert!(!h.contains("12@14Y$"));
        assert!(super::verify("12@14Y$", &h));
        assert!(!super::verify("12@14Y", &h));
        assert!(!super::verify("x", "garbage"));
    }
}
