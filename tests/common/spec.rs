//! The official OpenAPI specs (copies of ../shared/reference/openapi/ in
//! tests/fixtures/openapi/) as JSON-schema validators for request and answer
//! bodies. OpenAPI 3.1 schemas are JSON Schema 2020-12, so a validator whose
//! root is the whole spec and whose `$ref` points at one body's schema checks
//! that body with every `$ref` inside the spec resolved.

use serde_json::{Value, json};

pub struct Spec {
    doc: Value,
}

/// `/panel/user/create` → `~1panel~1user~1create` (a JSON pointer token).
fn token(path: &str) -> String {
    path.replace('~', "~0").replace('/', "~1")
}

impl Spec {
    pub fn panel() -> Self {
        Self::load("panel-api.json")
    }

    pub fn applications() -> Self {
        Self::load("user-applications.json")
    }

    fn load(name: &str) -> Self {
        let path = format!(
            "{}/tests/fixtures/openapi/{name}",
            env!("CARGO_MANIFEST_DIR")
        );
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        Self {
            doc: serde_json::from_str(&text).expect("the spec is JSON"),
        }
    }

    /// True when the spec documents a JSON request body for `operation`.
    pub fn has_request_body(&self, operation: &str) -> bool {
        self.doc
            .pointer(&format!(
                "/paths/{}/post/requestBody",
                token(&format!("/{operation}"))
            ))
            .is_some()
    }

    /// The problems of `body` as the request of `operation` (empty: valid).
    pub fn request_problems(&self, operation: &str, body: &Value) -> Vec<String> {
        let pointer = format!(
            "#/paths/{}/post/requestBody/content/application~1json/schema",
            token(&format!("/{operation}"))
        );
        self.problems(&pointer, body)
    }

    /// The problems of `body` as the HTTP 200 answer of `operation`.
    pub fn answer_problems(&self, operation: &str, body: &Value) -> Vec<String> {
        let at = format!(
            "/paths/{}/post/responses/200",
            token(&format!("/{operation}"))
        );
        let mut response = self
            .doc
            .pointer(&at)
            .unwrap_or_else(|| panic!("no 200 answer for {operation}"));
        let mut pointer = format!("#{at}");
        // A response may be a `$ref` to components/responses (not a schema).
        while let Some(r) = response.get("$ref").and_then(Value::as_str) {
            pointer = r.to_owned();
            response = self
                .doc
                .pointer(r.trim_start_matches('#'))
                .unwrap_or_else(|| panic!("{r} not in the spec"));
        }
        self.problems(&format!("{pointer}/content/application~1json/schema"), body)
    }

    /// The problems of `body` against the schema at `pointer` in this spec.
    pub fn problems(&self, pointer: &str, body: &Value) -> Vec<String> {
        let mut root = self.doc.clone();
        root["$ref"] = json!(pointer);
        let validator = jsonschema::draft202012::options()
            .build(&root)
            .unwrap_or_else(|e| panic!("schema {pointer}: {e}"));
        validator
            .iter_errors(body)
            .map(|e| format!("{} at {}", e, e.instance_path))
            .collect()
    }
}
