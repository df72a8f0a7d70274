//! `fleetctl keygen` and `fleetctl keys list`.

use serde::Serialize;

use crate::cli::{KeygenArgs, KeysCommand};
use crate::error::Result;
use crate::exit::Exit;
use crate::output::Tone;
use crate::settings::Settings;
use crate::signing::{self, Keyring, Role, RoleKey};

/// What keygen made.
#[derive(Debug, Serialize)]
#[serde(tag = "type", rename = "keygen")]
struct Generated {
    /// Role of the key.
    role: Role,
    /// Short key id.
    key_id: String,
    /// Public key, base64.
    public_key: String,
    /// Private key file (absent with --env).
    private_key_file: Option<String>,
    /// Public key file (absent with --env).
    public_key_file: Option<String>,
}

pub fn keygen(settings: &Settings, a: KeygenArgs) -> Result<Exit> {
    let key = RoleKey::generate(a.role);
    let p = &settings.printer;
    if a.env {
        // Lines for a .env file; the seed is printed only because it was asked for explicitly.
        println!("{}={}", a.role.private_env(), key.seed_b64());
        println!("{}={}", a.role.public_env(), key.public_b64());
        p.status(format!(
            "{} key {} printed as environment variables",
            a.role, key.key_id
        ));
        return Ok(Exit::Ok);
    }
    let dir = a.out.clone().unwrap_or_else(|| settings.paths.keys_dir());
    let (private, public) = signing::write_key_files(&dir, &key, a.force)?;
    let out = Generated {
        role: a.role,
        key_id: key.key_id.clone(),
        public_key: key.public_b64(),
        private_key_file: Some(private.display().to_string()),
        public_key_file: Some(public.display().to_string()),
    };
    p.record(&out, |_| {
        format!(
            "{} key {}\n  private: {} (mode 0600)\n  public:  {}",
            out.role,
            out.key_id,
            private.display(),
            public.display()
        )
    })?;
    Ok(Exit::Ok)
}

pub fn run(settings: &Settings, cmd: KeysCommand) -> Result<Exit> {
    match cmd {
        KeysCommand::List => {
            let ring = Keyring::load(&settings.paths.keys_dir())?;
            let rows = ring.keys;
            settings.printer.records(&rows, |p| {
                let mut t = p.table(&["role", "key id", "public key", "source"]);
                for k in &rows {
                    t.add_row(vec![
                        p.cell(k.role, Tone::Plain),
                        p.cell(&k.key_id, Tone::Good),
                        p.cell(&k.public_key, Tone::Plain),
                        p.cell(&k.source, Tone::Plain),
                    ]);
                }
                t
            })?;
            Ok(Exit::Ok)
        }
    }
}
