//! The config file: named contexts (brokers, security, topic prefix, overrides), in TOML.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};

/// Kafka security protocol.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SecurityProtocol {
    /// No TLS, no SASL.
    Plaintext,
    /// TLS.
    Ssl,
    /// SASL without TLS.
    SaslPlaintext,
    /// SASL over TLS.
    SaslSsl,
}

impl SecurityProtocol {
    /// The librdkafka spelling of the protocol.
    pub fn as_rdkafka(self) -> &'static str {
        match self {
            SecurityProtocol::Plaintext => "plaintext",
            SecurityProtocol::Ssl => "ssl",
            SecurityProtocol::SaslPlaintext => "sasl_plaintext",
            SecurityProtocol::SaslSsl => "sasl_ssl",
        }
    }
}

/// Where fleetctl keeps its files.
#[derive(Debug, Clone)]
pub struct Paths {
    /// Directory holding `config.toml` and `keys/`.
    pub dir: PathBuf,
}

impl Paths {
    /// The directory from `--config-dir`/`FLEETCTL_CONFIG_DIR`, else the platform config directory.
    pub fn resolve(explicit: Option<&Path>) -> Result<Self> {
        if let Some(dir) = explicit {
            return Ok(Paths {
                dir: dir.to_path_buf(),
            });
        }
        let dirs = directories::ProjectDirs::from("", "", "fleetctl").ok_or_else(|| {
            Error::usage(
                "cannot find a home directory for the config file; set FLEETCTL_CONFIG_DIR",
            )
        })?;
        Ok(Paths {
            dir: dirs.config_dir().to_path_buf(),
        })
    }

    /// Path of the config file.
    pub fn config_file(&self) -> PathBuf {
        self.dir.join("config.toml")
    }

    /// Directory of the key files.
    pub fn keys_dir(&self) -> PathBuf {
        self.dir.join("keys")
    }
}

/// The whole config file.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct ConfigFile {
    /// Name of the context used when none is given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub current_context: Option<String>,
    /// Named contexts.
    #[serde(default)]
    pub contexts: BTreeMap<String, Context>,
}

/// One named context.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct Context {
    /// Bootstrap servers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub brokers: Option<String>,
    /// Security protocol.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub security_protocol: Option<SecurityProtocol>,
    /// SASL mechanism.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sasl_mechanism: Option<String>,
    /// SASL username.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sasl_username: Option<String>,
    /// SASL password (a secret: redacted by `config view`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sasl_password: Option<String>,
    /// CA certificate path.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tls_ca: Option<String>,
    /// Client certificate path.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tls_cert: Option<String>,
    /// Client key path.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tls_key: Option<String>,
    /// Topic name prefix.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub topic_prefix: Option<String>,
    /// Replication factor for created topics.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub replication_factor: Option<i32>,
    /// Operator id recorded on alert actions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub operator: Option<String>,
    /// PostgreSQL URL of the archive (its password, if any, is redacted by `config view`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub database_url: Option<String>,
    /// Schema registry URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub schema_registry: Option<String>,
    /// Schema registry basic-auth user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub schema_registry_user: Option<String>,
    /// Schema registry basic-auth password (a secret: redacted by `config view`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub schema_registry_password: Option<String>,
    /// CA certificate path for the schema registry.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub schema_registry_ca: Option<String>,
    /// Extra librdkafka properties.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub properties: BTreeMap<String, String>,
    /// The principal of each role, for `acls plan|apply` (role name to `User:NAME`).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub acl_principals: BTreeMap<String, String>,
    /// Per-topic overrides, keyed by catalog name (without prefix).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub topics: BTreeMap<String, TopicOverride>,
}

/// Overrides of one catalog topic.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct TopicOverride {
    /// Partition count instead of the catalog's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub partitions: Option<i32>,
    /// Topic configs added to or replacing the catalog's.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub configs: BTreeMap<String, String>,
}

/// Keys of librdkafka properties whose values are secrets.
pub fn is_secret_key(key: &str) -> bool {
    let k = key.to_ascii_lowercase();
    k.contains("password") || k.contains("secret") || k.ends_with(".key.pem") || k.contains("token")
}

/// What `config view` shows instead of a secret.
pub const REDACTED: &str = "[redacted]";

/// A URL with its password (if any) replaced, safe to print or log.
pub fn redact_url(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else {
        return url.to_string();
    };
    let Some((userinfo, host)) = rest.rsplit_once('@') else {
        return url.to_string();
    };
    match userinfo.split_once(':') {
        Some((user, _)) => format!("{scheme}://{user}:{REDACTED}@{host}"),
        None => url.to_string(),
    }
}

impl Context {
    /// A copy safe to print: every secret replaced.
    pub fn redacted(&self) -> Context {
        let mut c = self.clone();
        for secret in [&mut c.sasl_password, &mut c.schema_registry_password] {
            if secret.is_some() {
                *secret = Some(REDACTED.into());
            }
        }
        c.schema_registry = c.schema_registry.as_deref().map(redact_url);
        c.database_url = c.database_url.as_deref().map(redact_url);
        for (k, v) in c.properties.iter_mut() {
            if is_secret_key(k) {
                *v = REDACTED.into();
            }
        }
        c
    }
}

impl ConfigFile {
    /// Reads the file; a missing file is an empty config.
    pub fn load(path: &Path) -> Result<Self> {
        let text = match std::fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Self::default()),
            Err(e) => {
                return Err(Error::usage(format!(
                    "cannot read config file {}: {e}",
                    path.display()
                )))
            }
        };
        toml::from_str(&text)
            .map_err(|e| Error::usage(format!("config file {} is invalid: {e}", path.display())))
    }

    /// Writes the file atomically with mode 0600, since it may hold a SASL password.
    pub fn save(&self, path: &Path) -> Result<()> {
        let text = toml::to_string_pretty(self).map_err(anyhow::Error::from)?;
        crate::fsutil::write_private(path, text.as_bytes(), true)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn url_passwords_are_redacted() {
        use super::redact_url;
        assert_eq!(
            redact_url("postgres://arch:s3cret@db:5432/fleet"),
            "postgres://arch:[redacted]@db:5432/fleet"
        );
        assert_eq!(
            redact_url("postgres://arch@db/fleet"),
            "postgres://arch@db/fleet"
        );
        assert_eq!(redact_url("host=db user=x"), "host=db user=x");
    }
}
