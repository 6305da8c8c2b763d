//! External applications shown in a customer's web interface
//! (seed: user-applications-guide.md; spec: openapi/user-applications.json).
//!
//! Two naming schemes exist: the seed's `name`/`url`/`is_enabled` and the newer
//! spec's `label`/`url_template`/`enabled`. We send the seed's names and read
//! either (or both at once: the sandbox answers with both).

use serde::{Deserialize, Deserializer, Serialize};

/// How the customer's web interface opens the application.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DisplayMethod {
    NewTab,
    Embedded,
}

/// How the application authenticates the customer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum ApplicationAuthorization {
    None,
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
}
