//! The published test vector of the signed envelope (docs/test-vectors/envelope.json): a fixed
//! key and command, the exact payload bytes, the signature and the record value, so that another
//! implementation can check its signer and verifier against this one.

use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine;
use ed25519_dalek::SigningKey;
use serde_json::{json, Value};

use super::envelope::{Signer, Verifier};
use super::{Keyring, Role, RoleKey};
use crate::model::command::{Action, Command, Target};

/// The vector as the code builds it today.
fn build() -> Value {
    let seed: [u8; 32] = std::array::from_fn(|i| i as u8);
    let key = RoleKey::from_key(Role::Control, SigningKey::from_bytes(&seed));
    let command = Command {
        command_id: uuid::Uuid::parse_str("0b6c9e7e-2f4a-4c1d-9a57-3e2d1c0b9a88").unwrap(),
        target: Target::Robot("robot-0001".into()),
        zone: Some("zone-1".into()),
        action: Action::MoveTo { x: 12.5, y: -3.0 },
        issuer: Role::Control,
        key_id: key.key_id.clone(),
        issued_at_ms: 1_767_225_600_000,
        expires_at_ms: 1_767_225_660_000,
        nonce: "00000000000000ff".into(),
        dry_run: false,
    };
    let signed = Signer::new(key.clone()).sign(command);
    let envelope: Value = serde_json::from_slice(&signed.bytes).unwrap();
    let payload = B64.decode(envelope["payload"].as_str().unwrap()).unwrap();
    json!({
        "seed_b64": key.seed_b64(),
        "public_key_b64": key.public_b64(),
        "key_id": key.key_id,
        "record_key": "robot-0001",
        "payload": String::from_utf8(payload).unwrap(),
        "payload_b64": envelope["payload"],
        "signature_b64": envelope["signature"],
        "record_value": String::from_utf8(signed.bytes).unwrap(),
    })
}

#[test]
fn the_published_vector_is_what_the_code_signs_and_verifies() {
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/test-vectors/envelope.json");
    let built = build();
    let text = std::fs::read_to_string(&path).unwrap_or_default();
    let published: Value = serde_json::from_str(&text).unwrap_or(Value::Null);
    assert_eq!(
        published,
        built,
        "docs/test-vectors/envelope.json is stale; it should be:\n{}",
        serde_json::to_string_pretty(&built).unwrap()
    );
    // The published record verifies with the published public key (validity window aside).
    let public = B64
        .decode(published["public_key_b64"].as_str().unwrap())
        .unwrap();
    let vk = ed25519_dalek::VerifyingKey::from_bytes(&public.try_into().unwrap()).unwrap();
    let mut ring = Keyring::default();
    ring.add(Role::Control, vk, "vector".into());
    let v = Verifier::new(ring).ignoring_validity_window();
    let value = published["record_value"].as_str().unwrap().as_bytes();
    let ok = v.verify(Some(b"robot-0001"), Some(value), 0).unwrap();
    assert_eq!(ok.command.nonce, "00000000000000ff");
}
