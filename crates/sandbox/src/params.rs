//! Request parameters, from wherever the caller put them: the query string, a
//! JSON body, a form body (Navixy's web panel sends nested objects such as
//! `user` as JSON text inside a form), or a multipart body (uploads).

use super::reply::Failure;
use navixy_core::model::{ErrorCode, FieldError, Rule};
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

/// An uploaded file (multipart part `file`).
#[derive(Debug, Clone)]
pub struct UploadedFile {
    pub name: String,
    pub bytes: Vec<u8>,
}

#[derive(Debug, Clone, Default)]
pub struct Params {
    values: Map<String, Value>,
    pub file: Option<UploadedFile>,
    /// From `Authorization: NVX <hash>`, else the `hash` parameter.
    pub hash: Option<String>,
}

impl Params {
    /// Adds form or query pairs; later sources do not override earlier ones.
    pub fn add_pairs(&mut self, pairs: Vec<(String, String)>) {
        for (k, v) in pairs {
            let value = if NESTED.contains(&k.as_str()) {
                nested_value(v)
            } else {
                Value::String(v)
            };
            self.values.entry(k).or_insert(value);
        }
    }

    pub fn add_json(&mut self, object: Map<String, Value>) {
        for (k, v) in object {
            self.values.entry(k).or_insert(v);
        }
    }

    pub fn finish_hash(&mut self, header: Option<&str>) {
        let from_header = header
            .and_then(|h| h.strip_prefix("NVX "))
            .map(|h| h.trim().to_owned());
        let from_param = self
            .values
            .get("hash")
            .and_then(Value::as_str)
            .map(str::to_owned);
        self.hash = from_header.or(from_param);
    }

    /// Every parameter, for a test's record of what arrived.
    pub fn values(&self) -> Value {
        Value::Object(self.values.clone())
    }

    pub fn raw(&self, name: &str) -> Option<&Value> {
        self.values.get(name).filter(|v| !v.is_null())
    }

    /// A text parameter. An object or a list where text belongs is refused
    /// (code 7), never taken for an absent parameter.
    pub fn str(&self, name: &str) -> Result<Option<String>, Failure> {
        match self.raw(name) {
            None => Ok(None),
            Some(Value::String(s)) => Ok(Some(s.clone())),
            Some(Value::Number(n)) => Ok(Some(n.to_string())),
            Some(Value::Bool(b)) => Ok(Some(b.to_string())),
            Some(_) => Err(wrong(name)),
        }
    }

    pub fn required_str(&self, name: &str) -> Result<String, Failure> {
        self.str(name)?.ok_or_else(|| missing(name))
    }

    pub fn i64(&self, name: &str) -> Result<Option<i64>, Failure> {
        match self.raw(name) {
            None => Ok(None),
            Some(Value::Number(n)) => whole(n).map(Some).ok_or_else(|| wrong(name)),
            // Navixy's web panel sends `default_tariff_id=null` on every create
            // and update (API-NOTES): the text `null` is no value, as blank is.
            Some(Value::String(s)) if s.trim().is_empty() || s.trim() == "null" => Ok(None),
            Some(Value::String(s)) => s.trim().parse().map(Some).map_err(|_| wrong(name)),
            Some(_) => Err(wrong(name)),
        }
    }

    /// A count (`limit`, `offset`) the spec bounds to `min..=max`; one out
    /// of bounds is refused, never clamped.
    pub fn count(&self, name: &str, min: i64, max: i64) -> Result<Option<i64>, Failure> {
        match self.i64(name)? {
            Some(n) if !(min..=max).contains(&n) => Err(wrong(name)),
            other => Ok(other),
        }
    }

    pub fn required_i64(&self, name: &str) -> Result<i64, Failure> {
        self.i64(name)?.ok_or_else(|| missing(name))
    }

    pub fn f64(&self, name: &str) -> Result<Option<f64>, Failure> {
        match self.raw(name) {
            None => Ok(None),
            Some(Value::Number(n)) => Ok(n.as_f64()),
            Some(Value::String(s)) => s.trim().parse().map(Some).map_err(|_| wrong(name)),
            Some(_) => Err(wrong(name)),
        }
    }

    pub fn bool(&self, name: &str) -> Result<Option<bool>, Failure> {
        match self.raw(name) {
            None => Ok(None),
            Some(Value::Bool(b)) => Ok(Some(*b)),
            Some(Value::String(s)) => match s.trim() {
                "true" | "1" => Ok(Some(true)),
                "false" | "0" => Ok(Some(false)),
                _ => Err(wrong(name)),
            },
            Some(Value::Number(n)) => Ok(Some(n.as_i64() != Some(0))),
            Some(_) => Err(wrong(name)),
        }
    }

    /// A nested object (`user`, `discount`, `application`), decoded as `T`.
    pub fn object<T: DeserializeOwned>(&self, name: &str) -> Result<Option<T>, Failure> {
        match self.raw(name) {
            None => Ok(None),
            Some(v) => serde_json::from_value(v.clone())
                .map(Some)
                .map_err(|e| Failure::invalid_param(name, &format!("Wrong object: {e}"))),
        }
    }

    pub fn string_list(&self, name: &str) -> Result<Option<Vec<String>>, Failure> {
        self.object(name)
    }
}

/// Adds the parameters of a form or JSON body (anything but multipart).
pub fn add_body(p: &mut Params, content_type: &str, body: &[u8]) -> Result<(), Failure> {
    let blank = body.iter().all(u8::is_ascii_whitespace);
    if content_type.starts_with("application/x-www-form-urlencoded")
        || (!blank && body[0] != b'{' && !content_type.contains("json"))
    {
        let pairs: Vec<(String, String)> =
            serde_urlencoded::from_bytes(body).map_err(|_| bad_format())?;
        p.add_pairs(pairs);
    } else if !blank {
        match serde_json::from_slice::<Value>(body) {
            Ok(Value::Object(m)) => p.add_json(m),
            _ => return Err(bad_format()),
        }
    }
    Ok(())
}

/// The parameters whose documented type is an object or an array. In a form
/// or a query they arrive as JSON text (Navixy's web panel sends `user` and
/// `discount` so); every other form value is text, even one that looks like
/// JSON (a comment `[1,2]`, a password `[123456]`).
const NESTED: [&str; 6] = [
    "user",
    "discount",
    "application",
    "columns",
    "target",
    "settings",
];

fn nested_value(v: String) -> Value {
    let t = v.trim();
    if (t.starts_with('{') || t.starts_with('[') || t == "null")
        && let Ok(parsed) = serde_json::from_str(t)
    {
        return parsed;
    }
    Value::String(v)
}

/// A JSON number that is a whole number: `5` and also `5.0`, which JSON
/// Schema (and so the spec) counts as an integer. Never `5.5` or `1e300`.
pub fn whole(n: &serde_json::Number) -> Option<i64> {
    n.as_i64().or_else(|| {
        n.as_f64()
            .filter(|f| f.fract() == 0.0 && f.abs() < 9.0e15)
            .map(|f| f as i64)
    })
}

pub fn missing(name: &str) -> Failure {
    Failure::invalid([FieldError::new(name, Rule::Required)])
}

pub fn wrong(name: &str) -> Failure {
    Failure::invalid([FieldError::new(name, Rule::UnknownValue)])
}

/// A body we could not make sense of.
pub fn bad_format() -> Failure {
    Failure::new(ErrorCode::WrongRequestFormat)
}
