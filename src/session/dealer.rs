//! What the session knows about the dealer, read once after sign-in: what it
//! may do, where its customers' web interface is, its plans, its menu
//! presets and the time zones it offers. Anything but the permissions may be
//! missing (an older server, or a section the dealer may not read): the
//! screens then do without it, never guess.

use crate::api::{self, Client, DealerHash};
use crate::model::{DealerInfo, MenuPreset, Permissions, Permit, Plan, TimeZone};

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Dealer {
    pub permissions: Permissions,
    pub info: Option<DealerInfo>,
    pub plans: Option<Vec<Plan>>,
    pub presets: Option<Vec<MenuPreset>>,
    pub time_zones: Option<Vec<TimeZone>>,
}

/// The placeholders of the web interface's address template.
pub const DOMAIN: &str = "{domain}";
pub const SESSION_KEY: &str = "{session_key}";
/// Navixy's own panel opens `//{company_url}/pro/demo/?session_key={hash}`
/// (its shipped config, `links.monUrlTpl`), with https.
pub const WEB_INTERFACE_TEMPLATE: &str = "https://{domain}/pro/demo/?session_key={session_key}";

impl Dealer {
    /// Nothing known yet: nothing is hidden (the server still refuses what it must).
    pub fn unknown() -> Self {
        Self::default()
    }

    pub fn allows(&self, permit: Permit) -> bool {
        self.permissions.allows(permit)
    }

    pub fn plan(&self, id: i64) -> Option<&Plan> {
        self.plans.as_ref()?.iter().find(|p| p.id == id)
    }

    pub fn preset(&self, id: i64) -> Option<&MenuPreset> {
        self.presets.as_ref()?.iter().find(|p| p.id == id)
    }

    /// The preset users without one of their own get.
    pub fn default_preset(&self) -> Option<&MenuPreset> {
        self.presets.as_ref()?.iter().find(|p| p.is_default)
    }

    /// "#101 Fleet Pro", or "#101" for a plan this session cannot name.
    pub fn plan_label(&self, id: i64) -> String {
        self.plan(id)
            .map(Plan::label)
            .unwrap_or_else(|| format!("#{id}"))
    }

    /// The customers' web interface signed in with `key`: `template` with
    /// the dealer's domain and the key put in. None without a template, or
    /// when the template needs the domain and the server did not say it.
    /// A loopback domain (the sandbox) has no TLS: it is opened over http.
    pub fn web_interface(&self, template: &str, key: &str) -> Option<String> {
        let template = template.trim();
        if template.is_empty() {
            return None;
        }
        let mut url = template.to_owned();
        if url.contains(DOMAIN) {
            let domain = self
                .info
                .as_ref()?
                .domain
                .as_deref()
                .map(|d| d.trim().trim_end_matches('/'))
                .filter(|d| !d.is_empty())?;
            url = url.replace(DOMAIN, domain);
            if is_loopback(domain) {
                url = url.replacen("https://", "http://", 1);
            }
        }
        if url.contains(SESSION_KEY) {
            Some(url.replace(SESSION_KEY, key))
        } else {
            // A plain address (the old `web_interface_url` setting).
            let separator = if url.contains('?') { '&' } else { '?' };
            Some(format!("{url}{separator}session_key={key}"))
        }
    }

    /// Reads what the panel needs to know. Only an ended session fails it:
    /// anything else not answered is left unknown.
    pub async fn load(
        client: &Client,
        hash: &DealerHash,
        locale: &str,
    ) -> Result<Dealer, api::Error> {
        let permissions = known(client.permissions(hash).await, "permissions")?.unwrap_or_default();
        let may_see_plans = permissions.allows(Permit::SeePlans);
        let (info, plans, presets, zones) = tokio::join!(
            client.dealer_info(hash),
            async {
                if may_see_plans {
                    client.plans(hash).await.map(Some)
                } else {
                    Ok(None)
                }
            },
            client.menu_presets(hash),
            client.time_zones(hash, locale),
        );
        Ok(Dealer {
            permissions,
            info: known(info, "dealer info")?,
            plans: known(plans, "plans")?.flatten(),
            presets: known(presets, "menu presets")?,
            time_zones: known(zones, "time zones")?.filter(|z| !z.is_empty()),
        })
    }
}

/// What was read, None when it was not (said in the log); an ended session
/// ends it all.
fn known<T>(read: Result<T, api::Error>, what: &str) -> Result<Option<T>, api::Error> {
    match read {
        Ok(v) => Ok(Some(v)),
        Err(e) if e.is_session_ended() => Err(e),
        Err(e) => {
            tracing::warn!(error = %e, what, "not read from the server");
            Ok(None)
        }
    }
}

fn is_loopback(domain: &str) -> bool {
    let host = domain
        .rsplit_once(':')
        .filter(|(_, port)| port.chars().all(|c| c.is_ascii_digit()))
        .map_or(domain, |(host, _)| host);
    host == "localhost"
        || host
            .trim_matches(['[', ']'])
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(domain: &str) -> Dealer {
        Dealer {
            info: Some(DealerInfo {
                domain: Some(domain.into()),
                ..DealerInfo::default()
            }),
            ..Dealer::default()
        }
    }

    #[test]
    fn the_web_interface_is_the_template_with_domain_and_key() {
        let t = WEB_INTERFACE_TEMPLATE;
        assert_eq!(
            at("gps.example.com").web_interface(t, "abc").as_deref(),
            Some("https://gps.example.com/pro/demo/?session_key=abc")
        );
        assert_eq!(
            at("127.0.0.1:8470").web_interface(t, "abc").as_deref(),
            Some("http://127.0.0.1:8470/pro/demo/?session_key=abc")
        );
        assert_eq!(Dealer::unknown().web_interface(t, "abc"), None, "no domain");
        assert_eq!(
            at("x.example").web_interface("  ", "abc"),
            None,
            "no template"
        );
        assert_eq!(
            Dealer::unknown()
                .web_interface("https://gps.example.com/?lang=en", "k")
                .as_deref(),
            Some("https://gps.example.com/?lang=en&session_key=k"),
            "a plain address gets the key as before"
        );
    }
}
