//! BACKWARD compatibility, checked locally: can a reader using the new schema read every record
//! written with the old one? The rules follow Confluent's: for Avro the specification's schema
//! resolution (a field the reader adds needs a default, types may only be promoted, enum symbols
//! and union branches may not disappear; a removed field is fine, the reader skips it); for JSON
//! Schema a newly required field, a removed required field, a changed type or a removed enum
//! value breaks.

use std::collections::BTreeSet;

use serde::Serialize;
use serde_json::Value;

use super::Kind;

/// One reason the new schema cannot read data written with the old one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Incompatibility {
    /// Dotted path of the field (`.` for the record itself).
    pub field: String,
    /// The rule broken, a stable name.
    pub rule: &'static str,
    /// What exactly differs.
    pub detail: String,
}

impl std::fmt::Display for Incompatibility {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "field `{}`: {} ({})", self.field, self.rule, self.detail)
    }
}

/// Every way `new` fails to read data written with `old`; empty when compatible. Texts that do
/// not parse are reported as one incompatibility of rule `unparsable`.
pub fn backward(kind: Kind, old: &str, new: &str) -> Vec<Incompatibility> {
    match kind {
        Kind::Json => match (serde_json::from_str(old), serde_json::from_str(new)) {
            (Ok(o), Ok(n)) => json_backward(&o, &n),
            (Err(e), _) | (_, Err(e)) => vec![unparsable(e.to_string())],
        },
        Kind::Avro => avro_backward(old, new),
    }
}

fn unparsable(detail: String) -> Incompatibility {
    Incompatibility {
        field: ".".into(),
        rule: "unparsable",
        detail,
    }
}

/// JSON Schema: walks both schemas side by side from the root.
pub fn json_backward(old: &Value, new: &Value) -> Vec<Incompatibility> {
    let mut out = Vec::new();
    let roots = (old, new);
    walk(roots, old, new, "", &mut out);
    out
}

/// A local `$ref` (`#/$defs/x`, `#/definitions/x`) resolved against its document.
fn resolve<'a>(root: &'a Value, node: &'a Value) -> &'a Value {
    match node.get("$ref").and_then(Value::as_str) {
        Some(r) => r
            .strip_prefix('#')
            .and_then(|p| root.pointer(p))
            .unwrap_or(node),
        None => node,
    }
}

/// The JSON types a node admits, `None` when it admits any.
fn types(node: &Value) -> Option<BTreeSet<String>> {
    let named = |v: &Value| v.as_str().map(str::to_string);
    if let Some(t) = node.get("type") {
        return Some(match t {
            Value::Array(a) => a.iter().filter_map(named).collect(),
            other => named(other).into_iter().collect(),
        });
    }
    let values = node.get("enum").and_then(Value::as_array)?;
    Some(values.iter().map(json_type).map(str::to_string).collect())
}

fn json_type(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(n) if n.is_i64() || n.is_u64() => "integer",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

fn strings(node: &Value, key: &str) -> BTreeSet<String> {
    node.get(key)
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(|v| v.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

fn walk(
    roots: (&Value, &Value),
    old: &Value,
    new: &Value,
    path: &str,
    out: &mut Vec<Incompatibility>,
) {
    let (old, new) = (resolve(roots.0, old), resolve(roots.1, new));
    let here = if path.is_empty() { "." } else { path };
    let mut push = |field: String, rule: &'static str, detail: String| {
        out.push(Incompatibility {
            field,
            rule,
            detail,
        })
    };
    if let (Some(o), Some(n)) = (types(old), types(new)) {
        // A reader accepting numbers reads integers too.
        let lost: Vec<_> = o
            .iter()
            .filter(|t| !(n.contains(*t) || t.as_str() == "integer" && n.contains("number")))
            .cloned()
            .collect();
        if !lost.is_empty() {
            push(
                here.into(),
                "type changed",
                format!(
                    "old data may be {}; the new schema allows {:?}",
                    lost.join(" or "),
                    n
                ),
            );
            return;
        }
    }
    if let (Some(o), Some(n)) = (
        old.get("enum").and_then(Value::as_array),
        new.get("enum").and_then(Value::as_array),
    ) {
        for v in o.iter().filter(|v| !n.contains(v)) {
            push(
                here.into(),
                "enum value removed",
                format!("{v} is no longer allowed"),
            );
        }
    }
    let field = |name: &str| format!("{path}{}{name}", if path.is_empty() { "" } else { "." });
    let (old_req, new_req) = (strings(old, "required"), strings(new, "required"));
    for name in new_req.difference(&old_req) {
        push(
            field(name),
            "newly required field",
            "old data may lack it".into(),
        );
    }
    let new_props = new.get("properties").and_then(Value::as_object);
    for name in &old_req {
        if new_props.is_some_and(|p| !p.contains_key(name)) {
            push(
                field(name),
                "required field removed",
                "every old record has it; the new schema dropped it".into(),
            );
        }
    }
    if let (Some(op), Some(np)) = (old.get("properties").and_then(Value::as_object), new_props) {
        for (name, o) in op {
            if let Some(n) = np.get(name) {
                walk(roots, o, n, &field(name), out);
            }
        }
    }
    if let (Some(o), Some(n)) = (old.get("items"), new.get("items")) {
        walk(roots, o, n, &format!("{path}[]"), out);
    }
}

/// Avro: the specification's resolution rules as apache-avro implements them (writer = old,
/// reader = new), its error turned into a field path and a rule.
pub fn avro_backward(old: &str, new: &str) -> Vec<Incompatibility> {
    use apache_avro::error::CompatibilityError as E;
    let (writer, reader) = match (
        apache_avro::Schema::parse_str(old),
        apache_avro::Schema::parse_str(new),
    ) {
        (Ok(w), Ok(r)) => (w, r),
        (Err(e), _) | (_, Err(e)) => return vec![unparsable(e.to_string())],
    };
    let Err(mut e) =
        apache_avro::schema_compatibility::SchemaCompatibility::can_read(&writer, &reader)
    else {
        return Vec::new();
    };
    let mut path = Vec::new();
    loop {
        match e {
            E::FieldTypeMismatch(name, inner) => {
                path.push(name);
                e = *inner;
            }
            E::MissingDefaultValue(name) => {
                path.push(name);
                let detail = "old records lack it and the new schema gives no default".to_string();
                return vec![avro_issue(&path, "field added without a default", detail)];
            }
            other => {
                let rule = match &other {
                    E::MissingSymbols => "enum symbol removed",
                    E::MissingUnionElements => "union branch removed",
                    E::NameMismatch { .. } => "name changed",
                    E::FixedMismatch => "fixed size or name changed",
                    _ => "type changed",
                };
                return vec![avro_issue(&path, rule, other.to_string())];
            }
        }
    }
}

fn avro_issue(path: &[String], rule: &'static str, detail: String) -> Incompatibility {
    Incompatibility {
        field: if path.is_empty() {
            ".".into()
        } else {
            path.join(".")
        },
        rule,
        detail,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn rules(v: &[Incompatibility]) -> Vec<(String, &'static str)> {
        v.iter().map(|i| (i.field.clone(), i.rule)).collect()
    }

    #[test]
    fn json_schema_rules_name_the_field() {
        let old = json!({"type": "object", "required": ["a", "b"], "properties": {
            "a": {"type": "string"}, "b": {"type": "integer"}, "c": {"enum": ["X", "Y"]},
            "n": {"type": "object", "properties": {"d": {"type": "number"}}}}});
        let added_optional = json!({"type": "object", "required": ["a", "b"], "properties": {
            "a": {"type": "string"}, "b": {"type": "number"}, "c": {"enum": ["X", "Y", "Z"]},
            "e": {"type": "string"},
            "n": {"type": "object", "properties": {"d": {"type": "number"}}}}});
        assert!(json_backward(&old, &added_optional).is_empty());
        let broken = json!({"type": "object", "required": ["a", "e"], "properties": {
            "a": {"type": "string"}, "c": {"enum": ["X"]}, "e": {"type": "string"},
            "n": {"type": "object", "properties": {"d": {"type": "string"}}}}});
        assert_eq!(
            rules(&json_backward(&old, &broken)),
            [
                ("e".to_string(), "newly required field"),
                ("b".to_string(), "required field removed"),
                ("c".to_string(), "enum value removed"),
                ("n.d".to_string(), "type changed"),
            ]
        );
    }

    #[test]
    fn avro_rules_follow_schema_resolution() {
        let old = r#"{"type":"record","name":"R","fields":[{"name":"a","type":"int"},
            {"name":"n","type":{"type":"record","name":"N","fields":[{"name":"x","type":"int"}]}}]}"#;
        let ok = r#"{"type":"record","name":"R","fields":[{"name":"a","type":"long"},
            {"name":"b","type":["null","string"],"default":null},
            {"name":"n","type":{"type":"record","name":"N","fields":[{"name":"x","type":"double"}]}}]}"#;
        assert!(avro_backward(old, ok).is_empty());
        let removed = r#"{"type":"record","name":"R","fields":[{"name":"a","type":"int"}]}"#;
        assert!(
            avro_backward(old, removed).is_empty(),
            "readers skip removed fields"
        );
        let no_default = r#"{"type":"record","name":"R","fields":[{"name":"a","type":"int"},
            {"name":"b","type":"string"},
            {"name":"n","type":{"type":"record","name":"N","fields":[{"name":"x","type":"int"}]}}]}"#;
        assert_eq!(
            rules(&avro_backward(old, no_default)),
            [("b".to_string(), "field added without a default")]
        );
        let narrowed = r#"{"type":"record","name":"R","fields":[{"name":"a","type":"int"},
            {"name":"n","type":{"type":"record","name":"N","fields":[{"name":"x","type":"string"}]}}]}"#;
        assert_eq!(
            rules(&avro_backward(old, narrowed)),
            [("n.x".to_string(), "type changed")]
        );
    }
}
