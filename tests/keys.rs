//! keygen file modes, refusals, --env, and the keyring.

use std::os::unix::fs::PermissionsExt;

use serde_json::Value;

use crate::support::World;

fn mode(p: &std::path::Path) -> u32 {
    std::fs::metadata(p).unwrap().permissions().mode() & 0o777
}

#[test]
fn keygen_writes_private_key_0600_and_never_overwrites() {
    let w = World::new("keygen");
    let out = w
        .cmd()
        .args(["--format", "json", "keygen", "--role", "control"])
        .run()
        .expect(0);
    let v: Value = out.json();
    assert_eq!(v["type"], "keygen");
    assert_eq!(v["role"], "control");
    let key_id = v["key_id"].as_str().unwrap().to_string();
    assert_eq!(key_id.len(), 16);
    let private = std::path::PathBuf::from(v["private_key_file"].as_str().unwrap());
    assert!(private.starts_with(w.config_dir()));
    assert_eq!(mode(&private), 0o600);
    let seed = std::fs::read_to_string(&private).unwrap();
    assert!(
        !out.stdout.contains(seed.trim()),
        "the seed is never printed"
    );

    let again = w
        .cmd()
        .args(["keygen", "--role", "control"])
        .run()
        .expect(7);
    assert!(again.stderr.contains("--force"), "{}", again.stderr);
    assert_eq!(
        std::fs::read_to_string(&private).unwrap(),
        seed,
        "not overwritten"
    );

    let forced = w
        .cmd()
        .args(["--format", "json", "keygen", "--role", "control", "--force"])
        .run()
        .expect(0);
    let v2: Value = forced.json();
    assert_ne!(v2["key_id"], key_id.as_str());
    assert_eq!(mode(&private), 0o600);
}

#[test]
fn keygen_out_dir_and_keys_list() {
    let w = World::new("keylist");
    let out_dir = w.config_dir().join("elsewhere");
    w.cmd()
        .args(["keygen", "--role", "safety", "--out"])
        .arg(&out_dir)
        .run()
        .expect(0);
    assert_eq!(mode(&out_dir.join("safety.key")), 0o600);
    w.cmd()
        .args(["keygen", "--role", "operator"])
        .run()
        .expect(0);
    let out = w
        .cmd()
        .args(["--format", "json", "keys", "list"])
        .run()
        .expect(0);
    let rows: Vec<Value> = out.json();
    assert_eq!(
        rows.len(),
        1,
        "only keys in the config dir are trusted: {rows:?}"
    );
    assert_eq!(rows[0]["role"], "operator");
    assert_eq!(rows[0]["can_sign"], true);
}

#[test]
fn readable_private_key_is_refused() {
    let w = World::new("keyperm");
    w.cmd().args(["keygen", "--role", "safety"]).run().expect(0);
    let private = w.config_dir().join("keys/safety.key");
    std::fs::set_permissions(&private, std::fs::Permissions::from_mode(0o644)).unwrap();
    let out = w.cmd().args(["keys", "list"]).run().expect(9);
    assert!(out.stderr.contains("too open"), "{}", out.stderr);
}

#[test]
fn env_keys_round_trip() {
    let w = World::new("keyenv");
    let out = w
        .cmd()
        .args(["keygen", "--role", "operator", "--env"])
        .run()
        .expect(0);
    let vars: Vec<(String, String)> = out
        .stdout
        .lines()
        .map(|l| {
            let (k, v) = l.split_once('=').unwrap();
            (k.to_string(), v.to_string())
        })
        .collect();
    assert_eq!(vars[0].0, "OPERATOR_PRIVATE_KEY_B64");
    assert_eq!(vars[1].0, "OPERATOR_PUBLIC_KEY_B64");
    assert!(
        !w.config_dir().join("keys").exists(),
        "--env writes no files"
    );

    // Loaded from the environment, and from a .env file in the working directory.
    let mut cmd = w.cmd();
    cmd.args(["--format", "json", "keys", "list"])
        .env(&vars[0].0, &vars[0].1);
    let rows: Vec<Value> = cmd.run().expect(0).json();
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0]["can_sign"], true);
    std::fs::write(
        w.config_dir().join(".env"),
        format!("{}={}\n", vars[1].0, vars[1].1),
    )
    .unwrap();
    let rows: Vec<Value> = w
        .cmd()
        .args(["--format", "json", "keys", "list"])
        .run()
        .expect(0)
        .json();
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0]["source"], "OPERATOR_PUBLIC_KEY_B64");
    assert_eq!(rows[0]["can_sign"], false);

    let bad = w
        .cmd()
        .args(["keys", "list"])
        .env("SAFETY_PUBLIC_KEY_B64", "not-base64!")
        .run()
        .expect(2);
    assert!(
        bad.stderr.contains("SAFETY_PUBLIC_KEY_B64"),
        "{}",
        bad.stderr
    );
}
