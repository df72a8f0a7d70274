//! The signed command envelope: signing, and verification in a fixed order that rejects early.
//!
//! Order: size cap → envelope parse → key id in the keyring → strict Ed25519 verification of the
//! exact payload bytes → parse those bytes → target equals the record key → the key's role may
//! issue the action → time window with bounded clock skew. Idempotency is the executor's step.

use std::time::Duration;

use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine;
use ed25519_dalek::{Signature, Signer as _};
use sha2::{Digest, Sha256};
use uuid::Uuid;

use super::{Keyring, RoleKey};
use crate::model::command::{Action, Command, Envelope, Target};

/// Largest envelope accepted; anything bigger is rejected before any parsing.
pub const MAX_ENVELOPE_BYTES: usize = 16 * 1024;
/// How long a command stays valid by default.
pub const DEFAULT_TTL: Duration = Duration::from_secs(60);
/// Clock difference tolerated between issuer and verifier.
pub const MAX_CLOCK_SKEW_MS: i64 = 30_000;

/// Why a record was not accepted as a command. `class()` is the stable name used in DLQ headers.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum Rejection {
    /// A record with no value (a tombstone).
    #[error("tombstone: the record has no value")]
    Tombstone,
    /// The record is bigger than the cap.
    #[error("oversized: {0} bytes, the limit is {MAX_ENVELOPE_BYTES}")]
    Oversized(usize),
    /// The bytes are not an envelope, or the payload is not a command.
    #[error("malformed: {0}")]
    Malformed(String),
    /// The key id is not in the trusted keyring.
    #[error("unknown key id {0}")]
    UnknownKey(String),
    /// The signature does not verify.
    #[error("bad signature: {0}")]
    BadSignature(String),
    /// The payload names another key than the envelope.
    #[error("key id mismatch: envelope {envelope}, payload {payload}")]
    KeyMismatch {
        /// Key id in the envelope.
        envelope: String,
        /// Key id in the signed payload.
        payload: String,
    },
    /// The target differs from the record key.
    #[error("wrong target: the command is for `{target}` but the record key is `{key}`")]
    WrongTarget {
        /// Key the target implies.
        target: String,
        /// Record key.
        key: String,
    },
    /// The key's role may not issue this action.
    #[error("unauthorized: a {role} key may not issue {action}")]
    Unauthorized {
        /// Role of the key.
        role: String,
        /// Action attempted.
        action: String,
    },
    /// Past its expiry.
    #[error("expired {0} ms ago")]
    Expired(i64),
    /// Issued in the future beyond the allowed skew.
    #[error("issued {0} ms in the future")]
    NotYetValid(i64),
    /// The command id was executed before.
    #[error("replayed command id {0}")]
    Replayed(Uuid),
    /// The command id was used before for a different payload.
    #[error("command id {0} reused with different content")]
    IdReused(Uuid),
}

impl Rejection {
    /// Stable error class, for DLQ headers, metrics and `--error-class` filters.
    pub fn class(&self) -> &'static str {
        match self {
            Rejection::Tombstone => "tombstone",
            Rejection::Oversized(_) => "oversized",
            Rejection::Malformed(_) => "malformed",
            Rejection::UnknownKey(_) => "unknown_key",
            Rejection::BadSignature(_) => "bad_signature",
            Rejection::KeyMismatch { .. } => "key_mismatch",
            Rejection::WrongTarget { .. } => "wrong_target",
            Rejection::Unauthorized { .. } => "unauthorized",
            Rejection::Expired(_) => "expired",
            Rejection::NotYetValid(_) => "not_yet_valid",
            Rejection::Replayed(_) => "replayed",
            Rejection::IdReused(_) => "id_reused",
        }
    }
}

/// A command with its wire bytes, ready to produce.
#[derive(Debug, Clone)]
pub struct Signed {
    /// The command.
    pub command: Command,
    /// The envelope's JSON bytes.
    pub bytes: Vec<u8>,
}

/// Signs commands with one role key.
#[derive(Debug, Clone)]
pub struct Signer {
    /// The key.
    pub key: RoleKey,
    /// Validity of each command.
    pub ttl: Duration,
}

impl Signer {
    /// A signer with the default validity.
    pub fn new(key: RoleKey) -> Self {
        Signer {
            key,
            ttl: DEFAULT_TTL,
        }
    }

    /// Builds and signs a new command.
    pub fn command(
        &self,
        target: Target,
        zone: Option<String>,
        action: Action,
        dry_run: bool,
    ) -> Signed {
        let now = crate::model::now_ms();
        let command = Command {
            command_id: Uuid::new_v4(),
            target,
            zone,
            action,
            issuer: self.key.role,
            key_id: self.key.key_id.clone(),
            issued_at_ms: now,
            expires_at_ms: now + self.ttl.as_millis() as i64,
            nonce: format!("{:016x}", rand::random::<u64>()),
            dry_run,
        };
        self.sign(command)
    }

    /// Signs a command as it is (used to re-sign with a new expiry, keeping the id).
    pub fn sign(&self, command: Command) -> Signed {
        let payload = serde_json::to_vec(&command).unwrap_or_default();
        let signature = self.key.key.sign(&payload);
        let env = Envelope {
            v: 1,
            key_id: self.key.key_id.clone(),
            payload: B64.encode(&payload),
            signature: B64.encode(signature.to_bytes()),
        };
        Signed {
            command,
            bytes: serde_json::to_vec(&env).unwrap_or_default(),
        }
    }
}

/// A command that passed verification.
#[derive(Debug, Clone)]
pub struct Verified {
    /// The command.
    pub command: Command,
    /// SHA-256 of the signed payload bytes, hex (the idempotency store keeps it).
    pub payload_hash: String,
}

/// Parses an envelope without checking anything else (for display in `dlq inspect`).
pub fn decode_unverified(bytes: &[u8]) -> Option<Command> {
    let env: Envelope = serde_json::from_slice(bytes).ok()?;
    let payload = B64.decode(env.payload).ok()?;
    serde_json::from_slice(&payload).ok()
}

/// Verifies records against a keyring.
#[derive(Debug, Clone)]
pub struct Verifier {
    /// Trusted keys.
    pub keyring: Keyring,
    /// Tolerated clock skew, ms.
    pub max_skew_ms: i64,
}

impl Verifier {
    /// A verifier with the default skew.
    pub fn new(keyring: Keyring) -> Self {
        Verifier {
            keyring,
            max_skew_ms: MAX_CLOCK_SKEW_MS,
        }
    }

    /// The same keys with no validity window: for records whose signature and authority matter
    /// but not their age (a halt in force until resumed, a record decided before a crash).
    pub fn ignoring_validity_window(&self) -> Verifier {
        Verifier {
            keyring: self.keyring.clone(),
            max_skew_ms: i64::MAX / 4,
        }
    }

    /// Verifies one record (key and value) at time `now_ms`.
    pub fn verify(
        &self,
        key: Option<&[u8]>,
        value: Option<&[u8]>,
        now_ms: i64,
    ) -> Result<Verified, Rejection> {
        let bytes = value.ok_or(Rejection::Tombstone)?;
        if bytes.len() > MAX_ENVELOPE_BYTES {
            return Err(Rejection::Oversized(bytes.len()));
        }
        if bytes.is_empty() {
            return Err(Rejection::Malformed("empty record".into()));
        }
        let env: Envelope = serde_json::from_slice(bytes)
            .map_err(|e| Rejection::Malformed(format!("not a command envelope: {e}")))?;
        let trusted = self
            .keyring
            .get(&env.key_id)
            .ok_or_else(|| Rejection::UnknownKey(env.key_id.clone()))?;
        let payload = B64
            .decode(&env.payload)
            .map_err(|e| Rejection::Malformed(format!("payload is not base64: {e}")))?;
        let sig_bytes = B64
            .decode(&env.signature)
            .map_err(|e| Rejection::BadSignature(format!("signature is not base64: {e}")))?;
        let sig = Signature::from_slice(&sig_bytes)
            .map_err(|e| Rejection::BadSignature(e.to_string()))?;
        trusted
            .key
            .verify_strict(&payload, &sig)
            .map_err(|e| Rejection::BadSignature(e.to_string()))?;
        let command: Command = serde_json::from_slice(&payload)
            .map_err(|e| Rejection::Malformed(format!("signed payload: {e}")))?;
        if command.key_id != env.key_id {
            return Err(Rejection::KeyMismatch {
                envelope: env.key_id,
                payload: command.key_id,
            });
        }
        let record_key = key
            .map(|k| String::from_utf8_lossy(k).into_owned())
            .unwrap_or_default();
        if command.target.key() != record_key {
            return Err(Rejection::WrongTarget {
                target: command.target.key(),
                key: record_key,
            });
        }
        // The role is the trusted key's, not what the payload claims.
        if command.issuer != trusted.role || !command.action.allowed_for(trusted.role) {
            return Err(Rejection::Unauthorized {
                role: trusted.role.to_string(),
                action: command.action.name().to_string(),
            });
        }
        if now_ms > command.expires_at_ms + self.max_skew_ms {
            return Err(Rejection::Expired(now_ms - command.expires_at_ms));
        }
        if command.issued_at_ms > now_ms + self.max_skew_ms {
            return Err(Rejection::NotYetValid(command.issued_at_ms - now_ms));
        }
        let payload_hash = Sha256::digest(&payload)
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        Ok(Verified {
            command,
            payload_hash,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::now_ms;
    use crate::signing::Role;

    fn setup() -> (Signer, Signer, Verifier) {
        let control = RoleKey::generate(Role::Control);
        let safety = RoleKey::generate(Role::Safety);
        let mut ring = Keyring::default();
        ring.add(Role::Control, control.key.verifying_key(), "test".into());
        ring.add(Role::Safety, safety.key.verifying_key(), "test".into());
        (
            Signer::new(control),
            Signer::new(safety),
            Verifier::new(ring),
        )
    }

    fn robot(id: &str) -> Target {
        Target::Robot(id.into())
    }

    #[test]
    fn round_trip() {
        let (control, _, v) = setup();
        let s = control.command(robot("r1"), None, Action::MoveTo { x: 1.0, y: 2.0 }, false);
        let ok = v.verify(Some(b"r1"), Some(&s.bytes), now_ms()).unwrap();
        assert_eq!(ok.command, s.command);
        assert_eq!(ok.payload_hash.len(), 64);
    }

    #[test]
    fn rejections_in_order() {
        let (control, safety, v) = setup();
        let now = now_ms();
        let s = control.command(robot("r1"), None, Action::Charge, false);
        assert_eq!(
            v.verify(Some(b"r1"), None, now).unwrap_err().class(),
            "tombstone"
        );
        assert_eq!(
            v.verify(Some(b"r1"), Some(&vec![b'x'; MAX_ENVELOPE_BYTES + 1]), now)
                .unwrap_err()
                .class(),
            "oversized"
        );
        assert_eq!(
            v.verify(Some(b"r1"), Some(b"{nope"), now)
                .unwrap_err()
                .class(),
            "malformed"
        );
        assert_eq!(
            v.verify(Some(b"r2"), Some(&s.bytes), now)
                .unwrap_err()
                .class(),
            "wrong_target"
        );
        assert_eq!(
            v.verify(Some(b"r1"), Some(&s.bytes), now + 200_000)
                .unwrap_err()
                .class(),
            "expired"
        );
        assert_eq!(
            v.verify(Some(b"r1"), Some(&s.bytes), now - 200_000)
                .unwrap_err()
                .class(),
            "not_yet_valid"
        );

        // a tampered payload field
        let mut env: Envelope = serde_json::from_slice(&s.bytes).unwrap();
        let mut cmd = s.command.clone();
        cmd.action = Action::MoveTo { x: 9.0, y: 9.0 };
        env.payload = B64.encode(serde_json::to_vec(&cmd).unwrap());
        let tampered = serde_json::to_vec(&env).unwrap();
        assert_eq!(
            v.verify(Some(b"r1"), Some(&tampered), now)
                .unwrap_err()
                .class(),
            "bad_signature"
        );

        // an unknown key
        let stranger = Signer::new(RoleKey::generate(Role::Control));
        let s2 = stranger.command(robot("r1"), None, Action::Charge, false);
        assert_eq!(
            v.verify(Some(b"r1"), Some(&s2.bytes), now)
                .unwrap_err()
                .class(),
            "unknown_key"
        );

        // a control key may not halt; a safety key may
        let h = control.command(
            Target::All,
            None,
            Action::Halt { reason: "x".into() },
            false,
        );
        assert_eq!(
            v.verify(Some(b"all"), Some(&h.bytes), now)
                .unwrap_err()
                .class(),
            "unauthorized"
        );
        let h = safety.command(
            Target::All,
            None,
            Action::Halt { reason: "x".into() },
            false,
        );
        assert!(v.verify(Some(b"all"), Some(&h.bytes), now).is_ok());
    }
}
