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

/// A trusted key as listed, with whether this machine can sign with it.
#[derive(Debug, Serialize)]
#[serde(tag = "type", rename = "key")]
struct KeyRow {
    /// Role of the key.
    role: Role,
    /// Short key id.
    key_id: String,
    /// Public key, base64.
    public_key: String,
    /// Where the public key was found.
    source: String,
    /// Whether the private half is available here to sign with.
    can_sign: bool,
}

pub fn run(settings: &Settings, cmd: KeysCommand) -> Result<Exit> {
    match cmd {
        KeysCommand::List => {
            let dir = settings.paths.keys_dir();
            let ring = Keyring::load(&dir)?;
            // Load each private key as a signer would, so an insecure key file is reported here too.
            let mut signers = Vec::new();
            let mut refused = Vec::new();
            for role in Role::ALL {
                match signing::load_private(&dir, role) {
                    Ok(k) => signers.push(k.key_id),
                    Err(crate::error::Error::Refused(msg))
                        if signing::key_paths(&dir, role).0.exists() =>
                    {
                        refused.push(msg)
                    }
                    Err(_) => {}
                }
            }
            let rows: Vec<KeyRow> = ring
                .keys
                .into_iter()
                .map(|k| KeyRow {
                    can_sign: signers.contains(&k.key_id),
                    role: k.role,
                    key_id: k.key_id,
                    public_key: k.public_key,
                    source: k.source,
                })
                .collect();
            settings.printer.records(&rows, |p| {
                let mut t = p.table(&["role", "key id", "signs here", "public key", "source"]);
                for k in &rows {
                    t.add_row(vec![
                        p.cell(k.role, Tone::Plain),
                        p.cell(&k.key_id, Tone::Good),
                        p.cell(if k.can_sign { "yes" } else { "no" }, Tone::Plain),
                        p.cell(&k.public_key, Tone::Plain),
                        p.cell(&k.source, Tone::Plain),
                    ]);
                }
                t
            })?;
            if refused.is_empty() {
                return Ok(Exit::Ok);
            }
            for msg in &refused {
                settings.printer.error(msg);
            }
            Ok(Exit::Refused)
        }
    }
}
