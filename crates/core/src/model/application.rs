//! External applications shown in a customer's web interface
//! (seed: user-applications-guide.md; spec: openapi/user-applications.json).
//!
//! Two dialects exist: the seed's `name`/`url`/`is_enabled` and the official
//! spec's `label`/`url_template`/`enabled`; which one an installation accepts
//! is not documented (API-NOTES "Two dialects, one live server"). We read
//! either (or both at once) and write in the one the server's own list shows.

use serde::{Deserialize, Deserializer, Serialize};

/// How the customer's web interface opens the application.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DisplayMethod {
    NewTab,
    Embedded,
}

/// How the application authenticates the customer: only the spec's two types
/// (`ApplicationAuthorization`); an application without one has none at all.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum ApplicationAuthorization {
    UserSession,
    ApiKey {
        #[serde(default)]
        hash: Option<String>,
    },
}

/// An application as the server reports it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Application {
    pub id: i64,
    pub name: String,
    pub url: String,
    pub icon: Option<String>,
    pub is_enabled: bool,
    pub description: Option<String>,
    pub display_method: Option<DisplayMethod>,
    pub authorization: Option<ApplicationAuthorization>,
}

/// Both schemes' fields side by side; merged into [`Application`].
#[derive(Deserialize)]
struct BothSchemes {
    id: i64,
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    label: Option<String>,
    #[serde(default)]
    url: Option<String>,
    #[serde(default)]
    url_template: Option<String>,
    #[serde(default)]
    icon: Option<String>,
    #[serde(default)]
    is_enabled: Option<bool>,
    #[serde(default)]
    enabled: Option<bool>,
    #[serde(default)]
    description: Option<String>,
    #[serde(default)]
    display_method: Option<serde_json::Value>,
    #[serde(default)]
    authorization: Option<serde_json::Value>,
}

impl<'de> Deserialize<'de> for Application {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let b = BothSchemes::deserialize(d)?;
        Ok(Application {
            id: b.id,
            name: b.name.or(b.label).unwrap_or_default(),
            url: b.url.or(b.url_template).unwrap_or_default(),
            icon: b.icon,
            // The spec's default is enabled.
            is_enabled: b.is_enabled.or(b.enabled).unwrap_or(true),
            description: b.description,
            display_method: b
                .display_method
                .and_then(|v| serde_json::from_value(v).ok()),
            authorization: b.authorization.and_then(|v| serde_json::from_value(v).ok()),
        })
    }
}

/// The names an installation takes for an application's fields.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Dialect {
    /// `name`, `url`, `is_enabled` (seed: user-applications-guide.md).
    #[default]
    Seed,
    /// `label`, `url_template`, `enabled` (spec: user-applications.json).
    Spec,
}

impl Dialect {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Seed => "seed",
            Self::Spec => "spec",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        [Self::Seed, Self::Spec]
            .into_iter()
            .find(|d| d.as_str() == s)
    }

    pub fn other(self) -> Self {
        match self {
            Self::Seed => Self::Spec,
            Self::Spec => Self::Seed,
        }
    }

    /// The names of (name, url, enabled) in this dialect.
    pub fn names(self) -> [&'static str; 3] {
        match self {
            Self::Seed => ["name", "url", "is_enabled"],
            Self::Spec => ["label", "url_template", "enabled"],
        }
    }

    /// The dialect a listed application is written in, when it shows only one.
    pub fn of_listed(app: &serde_json::Value) -> Option<Self> {
        let has = |d: Self| d.names()[..2].iter().any(|n| app.get(n).is_some());
        match (has(Self::Seed), has(Self::Spec)) {
            (true, false) => Some(Self::Seed),
            (false, true) => Some(Self::Spec),
            _ => None,
        }
    }

    /// True when a refusal's `errors[]` parameter names one of this dialect's fields.
    pub fn names_parameter(self, parameter: &str) -> bool {
        let field = parameter.strip_prefix("application.").unwrap_or(parameter);
        self.names().contains(&field)
    }
}

/// What the panel sends to create (id None) or update an application.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ApplicationDraft {
    pub id: Option<i64>,
    pub name: String,
    pub url: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub icon: Option<String>,
    pub is_enabled: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub display_method: Option<DisplayMethod>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authorization: Option<ApplicationAuthorization>,
}

impl ApplicationDraft {
    /// The `application` object in a dialect. On create (`id` None) the spec's
    /// `CreateApplicationRequest` has no id; the seed's example sends `id: null`.
    pub fn wire(&self, dialect: Dialect) -> serde_json::Value {
        use serde_json::{Value, json};
        let [name, url, enabled] = dialect.names();
        let mut m = serde_json::Map::new();
        match (self.id, dialect) {
            (Some(id), _) => {
                m.insert("id".into(), json!(id));
            }
            (None, Dialect::Seed) => {
                m.insert("id".into(), Value::Null);
            }
            (None, Dialect::Spec) => {}
        }
        m.insert(name.into(), json!(self.name));
        m.insert(url.into(), json!(self.url));
        m.insert(enabled.into(), json!(self.is_enabled));
        if let Some(icon) = &self.icon {
            m.insert("icon".into(), json!(icon));
        }
        if let Some(d) = &self.description {
            m.insert("description".into(), json!(d));
        }
        if let Some(d) = self.display_method {
            m.insert("display_method".into(), json!(d));
        }
        if let Some(a) = &self.authorization {
            m.insert("authorization".into(), json!(a));
        }
        Value::Object(m)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_both_schemes_and_both_at_once() {
        let seed: Application = serde_json::from_str(
            r#"{"id":1,"name":"A","url":"https://a.example","icon":"x","is_enabled":false}"#,
        )
        .unwrap();
        let spec: Application = serde_json::from_str(
            r#"{"id":1,"label":"A","url_template":"https://a.example","icon":"x","enabled":false,
                "authorization":{"type":"user_session"},"display_method":"new_tab","description":"d"}"#,
        )
        .unwrap();
        assert_eq!(seed.name, spec.name);
        assert_eq!(seed.url, spec.url);
        assert!(!seed.is_enabled && !spec.is_enabled);
        assert_eq!(
            spec.authorization,
            Some(ApplicationAuthorization::UserSession)
        );
        let both: Application = serde_json::from_str(
            r#"{"id":2,"name":"B","label":"B","url":"https://b","url_template":"https://b","is_enabled":true,"enabled":true}"#,
        )
        .unwrap();
        assert_eq!(both.name, "B");
    }

    #[test]
    fn writes_each_dialect_and_tells_them_apart() {
        let draft = ApplicationDraft {
            name: "A".into(),
            url: "https://a.example".into(),
            is_enabled: true,
            ..Default::default()
        };
        let seed = draft.wire(Dialect::Seed);
        assert_eq!(seed["name"], "A");
        assert!(seed["id"].is_null() && seed.get("label").is_none());
        let spec = draft.wire(Dialect::Spec);
        assert_eq!(
            (&spec["label"], &spec["url_template"]),
            (&"A".into(), &"https://a.example".into())
        );
        assert!(spec.get("id").is_none() && spec.get("name").is_none());
        assert_eq!(Dialect::of_listed(&seed), Some(Dialect::Seed));
        assert_eq!(Dialect::of_listed(&spec), Some(Dialect::Spec));
        assert!(Dialect::Spec.names_parameter("application.label"));
        assert!(!Dialect::Spec.names_parameter("application.name"));
    }
}
