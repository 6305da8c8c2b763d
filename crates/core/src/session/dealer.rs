//! What the session knows about the dealer, read once after sign-in: what it
//! may do, where its customers' web interface is, its plans, its menu
//! presets and the time zones it offers. Anything but the permissions may be
//! missing (an older server, or a section the dealer may not read): the
//! screens then do without it, never guess.

use crate::api::{self, Client, DealerHash};
use crate::model::text::{is_unsafe, printable};
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
    ///
    /// The domain comes from the server, so it must be a host (and port)
    /// only: `evil.example/@x` or `gps.example.com@evil.example` would
    /// otherwise take the user's session elsewhere. The address is https;
    /// a loopback host (the sandbox) has no TLS and is opened over http.
    pub fn web_interface(
        &self,
        template: &str,
        key: &str,
    ) -> Option<Result<url::Url, WebInterfaceProblem>> {
        let template = template.trim();
        if template.is_empty() {
            return None;
        }
        let mut text = template.to_owned();
        let mut host = None;
        if text.contains(DOMAIN) {
            let domain = self
                .info
                .as_ref()?
                .domain
                .as_deref()
                .map(|d| d.trim().trim_end_matches('/'))
                .filter(|d| !d.is_empty())?;
            let (authority, h) = match host_only(domain) {
                Some(found) => found,
                None => {
                    return Some(Err(WebInterfaceProblem::NotAHost(printable(domain))));
                }
            };
            text = text.replace(DOMAIN, &authority);
            if is_loopback(&h) {
                text = text.replacen("https://", "http://", 1);
            }
            host = Some(h);
        }
        // The key is the server's too: letters and digits only (a hash).
        if key.is_empty() || !key.chars().all(|c| c.is_ascii_alphanumeric()) {
            return Some(Err(WebInterfaceProblem::NotAKey));
        }
        if text.contains(SESSION_KEY) {
            text = text.replace(SESSION_KEY, key);
        } else {
            // A plain address (the old `web_interface_url` setting).
            let separator = if text.contains('?') { '&' } else { '?' };
            text = format!("{text}{separator}session_key={key}");
        }
        let bad = || WebInterfaceProblem::NotAnAddress(printable(&text));
        let Ok(url) = url::Url::parse(&text) else {
            return Some(Err(bad()));
        };
        let Some(at) = url.host() else {
            return Some(Err(bad()));
        };
        let at = at.to_owned();
        if !url.username().is_empty() || url.password().is_some() {
            return Some(Err(bad()));
        }
        if host.as_ref().is_some_and(|h| *h != at) {
            return Some(Err(bad()));
        }
        match url.scheme() {
            "https" => Some(Ok(url)),
            "http" if is_loopback(&at) => Some(Ok(url)),
            "http" => Some(Err(WebInterfaceProblem::PlainHttp(printable(&text)))),
            _ => Some(Err(bad())),
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

/// Why the customers' web interface cannot be opened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WebInterfaceProblem {
    /// The dealer's domain, as the server gave it, is not a host name.
    NotAHost(String),
    /// The session key is not a key.
    NotAKey,
    /// The address made from the template is not an address to open.
    NotAnAddress(String),
    /// Plain http to another machine: the key would travel in clear.
    PlainHttp(String),
}

/// `domain` as `host[:port]` and its host, when it is just that: no user
/// name, path, query, fragment, spaces or controls.
fn host_only(domain: &str) -> Option<(String, url::Host<String>)> {
    if domain.chars().any(|c| {
        matches!(c, '/' | '\\' | '@' | '?' | '#' | '%') || c.is_whitespace() || is_unsafe(c)
    }) {
        return None;
    }
    let url = url::Url::parse(&format!("https://{domain}/")).ok()?;
    if !url.username().is_empty()
        || url.password().is_some()
        || url.path() != "/"
        || url.query().is_some()
        || url.fragment().is_some()
    {
        return None;
    }
    let host = url.host()?.to_owned();
    let authority = match url.port() {
        Some(port) => format!("{host}:{port}"),
        None => host.to_string(),
    };
    Some((authority, host))
}

/// This machine: the one place plain http is allowed (the sandbox), for
/// the web interface and `--server` alike.
pub(crate) fn is_loopback<S: AsRef<str>>(host: &url::Host<S>) -> bool {
    match host {
        url::Host::Domain(d) => d.as_ref() == "localhost",
        url::Host::Ipv4(ip) => ip.is_loopback(),
        url::Host::Ipv6(ip) => ip.is_loopback(),
    }
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

    fn opened(
        d: &Dealer,
        template: &str,
        key: &str,
    ) -> Option<Result<String, WebInterfaceProblem>> {
        d.web_interface(template, key).map(|r| r.map(String::from))
    }

    #[test]
    fn the_web_interface_is_the_template_with_domain_and_key() {
        let t = WEB_INTERFACE_TEMPLATE;
        assert_eq!(
            opened(&at("gps.example.com"), t, "abc"),
            Some(Ok(
                "https://gps.example.com/pro/demo/?session_key=abc".into()
            ))
        );
        assert_eq!(
            opened(&at("127.0.0.1:8470"), t, "abc"),
            Some(Ok("http://127.0.0.1:8470/pro/demo/?session_key=abc".into()))
        );
        assert_eq!(opened(&Dealer::unknown(), t, "abc"), None, "no domain");
        assert_eq!(opened(&at("x.example"), "  ", "abc"), None, "no template");
        assert_eq!(
            opened(&Dealer::unknown(), "https://gps.example.com/?lang=en", "k"),
            Some(Ok("https://gps.example.com/?lang=en&session_key=k".into())),
            "a plain address gets the key as before"
        );
    }

    #[test]
    fn a_domain_that_is_not_a_host_opens_nothing() {
        let t = WEB_INTERFACE_TEMPLATE;
        for domain in [
            "evil.com/@x",
            "gps.example.com@evil.com",
            "javascript:alert(1)",
            "gps example.com",
            "gps.example.com/../x",
            "gps.example.com?x=1",
            "gps.example.com#x",
            "user:pw@gps.example.com",
            "gps.example.com\\@evil.com",
            "gps.\u{202E}moc.live",
        ] {
            assert!(
                matches!(
                    opened(&at(domain), t, "abc"),
                    Some(Err(WebInterfaceProblem::NotAHost(_)))
                ),
                "{domain:?}: {:?}",
                opened(&at(domain), t, "abc")
            );
        }
        assert_eq!(
            opened(&at("gps.example.com:8443"), t, "abc"),
            Some(Ok(
                "https://gps.example.com:8443/pro/demo/?session_key=abc".into()
            ))
        );
        assert_eq!(
            opened(&at("gps.example.com"), t, "a&b=c"),
            Some(Err(WebInterfaceProblem::NotAKey))
        );
        assert!(matches!(
            opened(&Dealer::unknown(), "http://gps.example.com/", "abc"),
            Some(Err(WebInterfaceProblem::PlainHttp(_)))
        ));
        assert!(matches!(
            opened(&Dealer::unknown(), "file:///etc/passwd", "abc"),
            Some(Err(WebInterfaceProblem::NotAnAddress(_)))
        ));
    }
}
