//! The digest of a prepared application («бақылау сомасы»): SHA-256 of its
//! canonical bytes, as 64 lowercase hex digits. The preschool application
//! (`kezek.application/1`, [`crate::payload`]) and the catalogue application
//! (`kezek.catalogue-application/1`, [`crate::catalogue::prepare`]) are
//! digested here, so an integrator checks both the same way.

use sha2::{Digest, Sha256};

/// Lowercase hex SHA-256 of `bytes`.
pub fn sha256_hex(bytes: &[u8]) -> String {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let digest = Sha256::digest(bytes);
    let mut s = String::with_capacity(64);
    for b in digest {
        s.push(char::from(HEX[usize::from(b >> 4)]));
        s.push(char::from(HEX[usize::from(b & 0xf)]));
    }
    s
}

#[cfg(test)]
mod tests {
    use super::sha256_hex;

    /// The FIPS 180-2 test vectors: the empty message and "abc".
    #[test]
    fn sha256_hex_matches_the_standard_vectors() {
        assert_eq!(
            sha256_hex(b""),
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
        );
        assert_eq!(
            sha256_hex(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }
}
