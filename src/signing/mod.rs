//! Ed25519 signing: role keys and the keyring (`keys`), the signed command envelope (`envelope`).

pub mod envelope;
mod keys;
#[cfg(test)]
mod vectors;

pub use keys::*;
