//! The schema registry: a small blocking client of the Confluent Schema Registry REST API (which
//! Apicurio Registry serves under /apis/ccompat/v7), with caches of ids both ways.
//!
//! Blocking on purpose: a role asks the registry once per schema id it has not seen, a command
//! a handful of times in all, so an async client (and reqwest's dependency tree) would buy
//! nothing. TLS goes through native-tls, the OpenSSL librdkafka already links.

pub mod client;

pub use client::{Registered, RegistryClient};

/// How to reach the registry, resolved once in `Settings`.
#[derive(Clone, Default)]
pub struct RegistrySettings {
    /// Base URL of the Confluent-compatible API, if configured anywhere.
    pub url: Option<String>,
    /// Basic-auth user.
    pub username: Option<String>,
    /// Basic-auth password (a secret: never printed, `Debug` hides it).
    pub password: Option<String>,
    /// PEM file of the CA that signed the registry's certificate.
    pub tls_ca: Option<String>,
    /// Wait for one request.
    pub timeout: std::time::Duration,
}

impl std::fmt::Debug for RegistrySettings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RegistrySettings")
            .field("url", &self.url)
            .field("username", &self.username)
            .field("password", &self.password.as_ref().map(|_| "<redacted>"))
            .field("tls_ca", &self.tls_ca)
            .field("timeout", &self.timeout)
            .finish()
    }
}

/// The message given when a command needs the registry and none is configured.
pub const NO_REGISTRY_HELP: &str = "no schema registry configured. Pass --schema-registry URL, \
set SCHEMA_REGISTRY_URL, or store one in a context (`fleetctl config set-context NAME \
--schema-registry URL`); `scripts/registry.sh start --dir DIR` starts a local one";
