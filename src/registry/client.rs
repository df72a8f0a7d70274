//! Requests to the registry's Confluent-compatible REST API, and the id caches.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use base64::Engine;
use serde::Deserialize;
use serde_json::json;
use ureq::tls::{Certificate, RootCerts, TlsConfig, TlsProvider};

use super::{RegistrySettings, NO_REGISTRY_HELP};
use crate::error::{Error, Result};
use crate::schemas::Kind;

/// The registry's media type; plain `application/json` works too, this is what clients send.
const CONTENT_TYPE: &str = "application/vnd.schemaregistry.v1+json";

/// A schema as the registry holds it under a subject.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Registered {
    /// Global schema id (what the wire format carries).
    pub id: u32,
    /// Version under the subject.
    pub version: i64,
    /// Schema language.
    pub kind: Kind,
    /// Schema text as the registry returns it.
    pub text: String,
}

#[derive(Deserialize)]
struct Version {
    id: u32,
    #[serde(default)]
    version: i64,
    schema: String,
    #[serde(default, rename = "schemaType")]
    schema_type: Option<String>,
}

impl From<Version> for Registered {
    fn from(v: Version) -> Self {
        Registered {
            id: v.id,
            version: v.version,
            kind: Kind::from_registry_type(v.schema_type.as_deref()),
            text: v.schema,
        }
    }
}

/// A client with its caches; cheap to share behind an `Arc`.
pub struct RegistryClient {
    /// Base URL without a trailing slash.
    base: String,
    /// The HTTP agent (connection pool, TLS, timeout).
    agent: ureq::Agent,
    /// `Basic ...` when a user is configured.
    auth: Option<String>,
    /// Schemas by id, as fetched: ids are immutable, so entries never expire.
    by_id: Mutex<HashMap<u32, Arc<(Kind, String)>>>,
    /// Ids by (subject, schema text), as registered or looked up.
    by_schema: Mutex<HashMap<(String, String), u32>>,
}

impl std::fmt::Debug for RegistryClient {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RegistryClient")
            .field("base", &self.base)
            .finish_non_exhaustive()
    }
}

impl RegistryClient {
    /// A client for the configured registry; a usage error when none is.
    pub fn new(s: &RegistrySettings) -> Result<Self> {
        let base = s
            .url
            .as_deref()
            .ok_or_else(|| Error::usage(NO_REGISTRY_HELP))?
            .trim_end_matches('/')
            .to_string();
        let mut tls = TlsConfig::builder().provider(TlsProvider::NativeTls);
        if let Some(ca) = &s.tls_ca {
            let pem = std::fs::read(ca)
                .map_err(|e| Error::usage(format!("cannot read the registry CA {ca}: {e}")))?;
            let cert = Certificate::from_pem(&pem)
                .map_err(|e| Error::usage(format!("{ca} holds no PEM certificate: {e}")))?;
            tls = tls.root_certs(RootCerts::new_with_certs(&[cert]));
        }
        let agent = ureq::Agent::config_builder()
            .timeout_global(Some(s.timeout))
            .http_status_as_error(false)
            .tls_config(tls.build())
            .build()
            .new_agent();
        let auth = s.username.as_ref().map(|u| {
            let pair = format!("{u}:{}", s.password.as_deref().unwrap_or_default());
            format!(
                "Basic {}",
                base64::engine::general_purpose::STANDARD.encode(pair)
            )
        });
        Ok(RegistryClient {
            base,
            agent,
            auth,
            by_id: Mutex::default(),
            by_schema: Mutex::default(),
        })
    }

    /// The base URL (no credentials are ever part of it in messages: they travel in a header).
    pub fn url(&self) -> &str {
        &self.base
    }

    /// One request; `Ok(None)` for 404, an error naming the registry for anything else.
    fn call(
        &self,
        method: &str,
        path: &str,
        body: Option<serde_json::Value>,
    ) -> Result<Option<serde_json::Value>> {
        let url = format!("{}{path}", self.base);
        let req = ureq::http::Request::builder()
            .method(method)
            .uri(&url)
            .header("Accept", CONTENT_TYPE);
        let req = match &self.auth {
            Some(a) => req.header("Authorization", a),
            None => req,
        };
        let sent = match body {
            Some(b) => self.agent.run(
                req.header("Content-Type", CONTENT_TYPE)
                    .body(b.to_string())
                    .map_err(|e| anyhow::anyhow!("{url}: {e}"))?,
            ),
            None => self
                .agent
                .run(req.body(()).map_err(|e| anyhow::anyhow!("{url}: {e}"))?),
        };
        let mut resp = sent.map_err(|e| {
            let e = e.to_string();
            let hint = if e.contains("certificate") {
                "; --schema-registry-ca (SCHEMA_REGISTRY_CA) names the CA that signed its certificate"
            } else {
                ""
            };
            Error::Broker(format!(
                "the schema registry at {} is unreachable: {e}{hint}",
                self.base
            ))
        })?;
        let status = resp.status().as_u16();
        let text = resp.body_mut().read_to_string().unwrap_or_default();
        let parsed: serde_json::Value = serde_json::from_str(&text).unwrap_or(json!(text));
        match status {
            200..=299 => Ok(Some(parsed)),
            404 => Ok(None),
            401 | 403 => Err(Error::Refused(format!(
                "the schema registry refused {method} {path} ({status}): check the registry user and password"
            ))),
            _ => Err(anyhow::anyhow!(
                "the schema registry answered {method} {path} with {status}: {}",
                parsed.get("message").and_then(|m| m.as_str()).unwrap_or(&text)
            )
            .into()),
        }
    }

    /// Every subject.
    pub fn subjects(&self) -> Result<Vec<String>> {
        let v = self.call("GET", "/subjects", None)?.unwrap_or(json!([]));
        Ok(serde_json::from_value(v).unwrap_or_default())
    }

    /// The latest version under a subject, `None` when the subject does not exist.
    pub fn latest(&self, subject: &str) -> Result<Option<Registered>> {
        let v = self.call("GET", &format!("/subjects/{subject}/versions/latest"), None)?;
        v.map(parse_version).transpose()
    }

    /// The id of a schema text under a subject, `None` when that subject lacks it.
    pub fn lookup(&self, subject: &str, kind: Kind, text: &str) -> Result<Option<u32>> {
        let key = (subject.to_string(), text.to_string());
        if let Some(id) = self
            .by_schema
            .lock()
            .ok()
            .and_then(|m| m.get(&key).copied())
        {
            return Ok(Some(id));
        }
        let v = self.call(
            "POST",
            &format!("/subjects/{subject}"),
            Some(body(kind, text)),
        )?;
        let id = v.map(parse_version).transpose()?.map(|r| r.id);
        if let (Some(id), Ok(mut m)) = (id, self.by_schema.lock()) {
            m.insert(key, id);
        }
        Ok(id)
    }

    /// Registers a schema under a subject (the registry returns the existing id if it has it).
    pub fn register(&self, subject: &str, kind: Kind, text: &str) -> Result<u32> {
        let v = self
            .call(
                "POST",
                &format!("/subjects/{subject}/versions"),
                Some(body(kind, text)),
            )?
            .ok_or_else(|| {
                anyhow::anyhow!("the schema registry has no subject API at {}", self.base)
            })?;
        let id = v
            .get("id")
            .and_then(serde_json::Value::as_u64)
            .ok_or_else(|| anyhow::anyhow!("the schema registry returned no id for {subject}"))?
            as u32;
        if let Ok(mut m) = self.by_schema.lock() {
            m.insert((subject.to_string(), text.to_string()), id);
        }
        Ok(id)
    }

    /// The compatibility level set on a subject itself, if any.
    pub fn compatibility(&self, subject: &str) -> Result<Option<String>> {
        let v = self.call("GET", &format!("/config/{subject}"), None)?;
        Ok(v.and_then(|v| {
            v.get("compatibilityLevel")
                .or_else(|| v.get("compatibility"))
                .and_then(|c| c.as_str().map(str::to_string))
        }))
    }

    /// Sets a subject's compatibility level.
    pub fn set_compatibility(&self, subject: &str, level: &str) -> Result<()> {
        self.call(
            "PUT",
            &format!("/config/{subject}"),
            Some(json!({ "compatibility": level })),
        )?;
        Ok(())
    }

    /// The registry's verdict on a schema against a subject's latest version: the reasons it
    /// gives when incompatible, empty when compatible or when the subject does not exist yet.
    pub fn test_compatibility(&self, subject: &str, kind: Kind, text: &str) -> Result<Vec<String>> {
        let path = format!("/compatibility/subjects/{subject}/versions/latest?verbose=true");
        let Some(v) = self.call("POST", &path, Some(body(kind, text)))? else {
            return Ok(Vec::new());
        };
        if v.get("is_compatible").and_then(serde_json::Value::as_bool) != Some(false) {
            return Ok(Vec::new());
        }
        let messages: Vec<String> = v
            .get("messages")
            .and_then(|m| serde_json::from_value(m.clone()).ok())
            .unwrap_or_default();
        Ok(if messages.is_empty() {
            vec!["the registry says it is not BACKWARD compatible".into()]
        } else {
            messages
        })
    }

    /// The schema with a global id, fetched once.
    pub fn schema(&self, id: u32) -> Result<Option<Arc<(Kind, String)>>> {
        if let Some(s) = self.by_id.lock().ok().and_then(|m| m.get(&id).cloned()) {
            return Ok(Some(s));
        }
        let Some(v) = self.call("GET", &format!("/schemas/ids/{id}"), None)? else {
            return Ok(None);
        };
        let text = v
            .get("schema")
            .and_then(|s| s.as_str())
            .unwrap_or_default()
            .to_string();
        let kind = Kind::from_registry_type(v.get("schemaType").and_then(|t| t.as_str()));
        let s = Arc::new((kind, text));
        if let Ok(mut m) = self.by_id.lock() {
            m.insert(id, s.clone());
        }
        Ok(Some(s))
    }
}

fn body(kind: Kind, text: &str) -> serde_json::Value {
    match kind {
        // Confluent's API takes an absent schemaType as Avro; some registries reject "AVRO".
        Kind::Avro => json!({ "schema": text }),
        Kind::Json => json!({ "schema": text, "schemaType": kind.registry_type() }),
    }
}

fn parse_version(v: serde_json::Value) -> Result<Registered> {
    let v: Version = serde_json::from_value(v).map_err(|e| {
        anyhow::anyhow!("the schema registry sent an unexpected version record: {e}")
    })?;
    Ok(v.into())
}
