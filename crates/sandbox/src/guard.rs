//! What a web page in the operator's browser must not do to the sandbox:
//! reach it under another name (DNS rebinding: a page of
//! `rebind.attacker.example` resolving to 127.0.0.1 is same-origin with
//! it), or post to it from another origin (a form or a `text/plain` fetch
//! needs no CORS preflight, and would sign in, or count towards a
//! dealer's lockout). The panel sends no `Origin`; Navixy's own web panel,
//! served from the sandbox, sends the sandbox's own.

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use axum::response::{IntoResponse, Response};
use std::net::SocketAddr;

/// Admits a request whose `Host` names the address the sandbox listens on
/// (or `localhost` on a loopback address; any address of this machine's
/// by number when it listens on all of them), with no `Origin` or its own.
pub fn admit(addr: SocketAddr, request: &Request<Body>) -> Result<(), Box<Response>> {
    let host = request
        .headers()
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .map(str::to_owned)
        .or_else(|| request.uri().authority().map(|a| a.as_str().to_owned()));
    let Some(host) = host.filter(|h| serves(addr, h)) else {
        return Err(refuse("this sandbox is not served under that host name"));
    };
    if let Some(origin) = request.headers().get(header::ORIGIN) {
        let own = origin
            .to_str()
            .ok()
            .is_some_and(|o| o.eq_ignore_ascii_case(&format!("http://{host}")));
        if !own {
            return Err(refuse("requests from other origins are refused"));
        }
    }
    Ok(())
}

fn refuse(why: &'static str) -> Box<Response> {
    Box::new((StatusCode::FORBIDDEN, why).into_response())
}

/// Whether `host` (`name:port`) is this sandbox's.
fn serves(addr: SocketAddr, host: &str) -> bool {
    let Ok(authority) = host.parse::<axum::http::uri::Authority>() else {
        return false;
    };
    if authority.port_u16() != Some(addr.port()) {
        return false;
    }
    let name = authority
        .host()
        .trim_start_matches('[')
        .trim_end_matches(']');
    let ip = name.parse::<std::net::IpAddr>().ok();
    if addr.ip().is_unspecified() {
        return ip.is_some() || name.eq_ignore_ascii_case("localhost");
    }
    ip == Some(addr.ip()) || (addr.ip().is_loopback() && name.eq_ignore_ascii_case("localhost"))
}

#[cfg(test)]
mod tests {
    use super::serves;

    #[test]
    fn only_the_sandboxs_own_host_is_served() {
        let at: std::net::SocketAddr = "127.0.0.1:8470".parse().unwrap();
        assert!(serves(at, "127.0.0.1:8470"));
        assert!(serves(at, "localhost:8470"));
        assert!(serves(at, "LocalHost:8470"));
        for other in [
            "rebind.attacker.example:8470",
            "127.0.0.1:8471",
            "127.0.0.1",
            "127.0.0.2:8470",
            "",
            "localhost.attacker.example:8470",
        ] {
            assert!(!serves(at, other), "{other}");
        }
        let v6: std::net::SocketAddr = "[::1]:9000".parse().unwrap();
        assert!(serves(v6, "[::1]:9000"));
        assert!(serves(v6, "localhost:9000"));
        let all: std::net::SocketAddr = "0.0.0.0:9000".parse().unwrap();
        assert!(serves(all, "192.0.2.7:9000"));
        assert!(!serves(all, "rebind.attacker.example:9000"));
    }
}
