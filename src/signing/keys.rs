//! Ed25519 signing keys: generation, key ids, loading from files or the environment, the keyring.

use std::path::{Path, PathBuf};

use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine;
use ed25519_dalek::{SigningKey, VerifyingKey};
use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::error::{Error, Result};

/// Who signs a command; decides which actions a key may issue.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    clap::ValueEnum,
    Serialize,
    serde::Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// The control center: routine fleet commands.
    Control,
    /// The safety monitor: stops and halts.
    Safety,
    /// A human operator: halts, resumes, re-signed replays.
    Operator,
}

impl Role {
    /// Every role.
    pub const ALL: [Role; 3] = [Role::Control, Role::Safety, Role::Operator];

    /// Lowercase name, used in file names.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Control => "control",
            Role::Safety => "safety",
            Role::Operator => "operator",
        }
    }

    /// Name of the environment variable holding the base64 private key seed.
    pub fn private_env(self) -> String {
        format!("{}_PRIVATE_KEY_B64", self.as_str().to_uppercase())
    }

    /// Name of the environment variable holding the base64 public key.
    pub fn public_env(self) -> String {
        format!("{}_PUBLIC_KEY_B64", self.as_str().to_uppercase())
    }

    /// Parses the lowercase name.
    pub fn parse(s: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.as_str() == s)
    }
}

impl std::fmt::Display for Role {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The short id of a public key: the first 8 bytes of its SHA-256, in hex.
pub fn key_id(key: &VerifyingKey) -> String {
    let digest = Sha256::digest(key.as_bytes());
    digest[..8].iter().map(|b| format!("{b:02x}")).collect()
}

/// A private key with its role and id.
#[derive(Clone)]
pub struct RoleKey {
    /// Role this key signs for.
    pub role: Role,
    /// The signing key.
    pub key: SigningKey,
    /// Short id of the public half.
    pub key_id: String,
}

impl std::fmt::Debug for RoleKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Never print key material, even in debug output.
        write!(f, "RoleKey({}, {})", self.role, self.key_id)
    }
}

impl RoleKey {
    /// A fresh random key.
    pub fn generate(role: Role) -> Self {
        let key = SigningKey::generate(&mut rand::rngs::OsRng);
        Self::from_key(role, key)
    }

    /// Wraps an existing key.
    pub fn from_key(role: Role, key: SigningKey) -> Self {
        let key_id = key_id(&key.verifying_key());
        RoleKey { role, key, key_id }
    }

    /// The seed in base64, as written to key files and `.env`.
    pub fn seed_b64(&self) -> String {
        B64.encode(self.key.to_bytes())
    }

    /// The public key in base64.
    pub fn public_b64(&self) -> String {
        B64.encode(self.key.verifying_key().as_bytes())
    }
}

fn decode_seed(text: &str, what: &str) -> Result<SigningKey> {
    let bytes = B64
        .decode(text.trim())
        .map_err(|e| Error::usage(format!("{what} is not valid base64: {e}")))?;
    let seed: [u8; 32] = bytes.try_into().map_err(|b: Vec<u8>| {
        Error::usage(format!(
            "{what} must hold a 32-byte seed, not {} bytes",
            b.len()
        ))
    })?;
    Ok(SigningKey::from_bytes(&seed))
}

/// Decodes a base64 public key.
pub fn decode_public(text: &str, what: &str) -> Result<VerifyingKey> {
    let bytes = B64
        .decode(text.trim())
        .map_err(|e| Error::usage(format!("{what} is not valid base64: {e}")))?;
    let arr: [u8; 32] = bytes.try_into().map_err(|b: Vec<u8>| {
        Error::usage(format!(
            "{what} must hold a 32-byte public key, not {} bytes",
            b.len()
        ))
    })?;
    VerifyingKey::from_bytes(&arr)
        .map_err(|e| Error::usage(format!("{what} is not an Ed25519 public key: {e}")))
}

/// Paths of a role's key files in a directory.
pub fn key_paths(dir: &Path, role: Role) -> (PathBuf, PathBuf) {
    (
        dir.join(format!("{role}.key")),
        dir.join(format!("{role}.pub")),
    )
}

/// Writes a key pair: the private seed with mode 0600, the public key beside it.
pub fn write_key_files(dir: &Path, key: &RoleKey, force: bool) -> Result<(PathBuf, PathBuf)> {
    let (private, public) = key_paths(dir, key.role);
    if !force {
        for p in [&private, &public] {
            if p.exists() {
                return Err(Error::Conflict(format!(
                    "{} already exists; pass --force to overwrite it",
                    p.display()
                )));
            }
        }
    }
    crate::fsutil::write_private(&private, format!("{}\n", key.seed_b64()).as_bytes(), force)?;
    crate::fsutil::write_public(&public, format!("{}\n", key.public_b64()).as_bytes(), force)?;
    Ok((private, public))
}

/// Reads a private key file, refusing one that group or others can read (as ssh does).
pub fn read_private_file(path: &Path, role: Role) -> Result<RoleKey> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let meta = std::fs::metadata(path)
            .map_err(|e| Error::NotFound(format!("cannot read {}: {e}", path.display())))?;
        let mode = meta.permissions().mode() & 0o777;
        if mode & 0o077 != 0 {
            return Err(Error::Refused(format!(
                "permissions {mode:04o} for {} are too open: a private key must not be readable by others; run `chmod 600 {}`",
                path.display(),
                path.display()
            )));
        }
    }
    let text = std::fs::read_to_string(path)
        .map_err(|e| Error::NotFound(format!("cannot read {}: {e}", path.display())))?;
    Ok(RoleKey::from_key(
        role,
        decode_seed(&text, &path.display().to_string())?,
    ))
}

/// Loads a role's private key: the environment variable first, then `<dir>/<role>.key`.
pub fn load_private(dir: &Path, role: Role) -> Result<RoleKey> {
    if let Ok(v) = std::env::var(role.private_env()) {
        if !v.trim().is_empty() {
            return Ok(RoleKey::from_key(
                role,
                decode_seed(&v, &role.private_env())?,
            ));
        }
    }
    let (private, _) = key_paths(dir, role);
    if !private.exists() {
        return Err(Error::Refused(format!(
            "no {role} signing key: set {} or run `fleetctl keygen --role {role}` (looked for {})",
            role.private_env(),
            private.display()
        )));
    }
    read_private_file(&private, role)
}

/// A trusted public key.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "type", rename = "key")]
pub struct TrustedKey {
    /// Role the key signs for.
    pub role: Role,
    /// Short key id.
    pub key_id: String,
    /// Public key in base64.
    pub public_key: String,
    /// Where it was found.
    pub source: String,
    #[serde(skip)]
    /// The key itself.
    pub key: VerifyingKey,
}

/// The trusted public keys: from `<ROLE>_PUBLIC_KEY_B64`, `<ROLE>_PRIVATE_KEY_B64` and the key directory.
#[derive(Debug, Clone, Default)]
pub struct Keyring {
    /// Keys, at most one entry per key id.
    pub keys: Vec<TrustedKey>,
}

impl Keyring {
    /// Gathers every key fleetctl can find; a malformed one is an error, not skipped silently.
    pub fn load(dir: &Path) -> Result<Self> {
        let mut ring = Keyring::default();
        for role in Role::ALL {
            if let Ok(v) = std::env::var(role.public_env()) {
                if !v.trim().is_empty() {
                    ring.add(
                        role,
                        decode_public(&v, &role.public_env())?,
                        role.public_env(),
                    );
                }
            }
            if let Ok(v) = std::env::var(role.private_env()) {
                if !v.trim().is_empty() {
                    let k = decode_seed(&v, &role.private_env())?;
                    ring.add(role, k.verifying_key(), role.private_env());
                }
            }
            let (_, public) = key_paths(dir, role);
            if public.exists() {
                let text = std::fs::read_to_string(&public)
                    .map_err(|e| anyhow::anyhow!("cannot read {}: {e}", public.display()))?;
                ring.add(
                    role,
                    decode_public(&text, &public.display().to_string())?,
                    public.display().to_string(),
                );
            }
        }
        Ok(ring)
    }

    /// Adds a key unless its id is already there.
    pub fn add(&mut self, role: Role, key: VerifyingKey, source: String) {
        let key_id = key_id(&key);
        if self.keys.iter().any(|k| k.key_id == key_id) {
            return;
        }
        self.keys.push(TrustedKey {
            role,
            public_key: B64.encode(key.as_bytes()),
            key_id,
            source,
            key,
        });
    }

    /// The key with this id.
    pub fn get(&self, key_id: &str) -> Option<&TrustedKey> {
        self.keys.iter().find(|k| k.key_id == key_id)
    }
}
