//! The documented rate limit (API-NOTES "Rate limit"): at most N requests in
//! any second per session and per IP, answered with code 15 and HTTP 429. A
//! refused request is not carried out and does not count.

use std::collections::{HashMap, VecDeque};
use std::net::IpAddr;
use std::sync::Mutex;
use std::time::{Duration, Instant};

const WINDOW: Duration = Duration::from_secs(1);
/// Past this many tracked keys, the ones idle for a whole window are dropped,
/// so a stream of one-off sessions or addresses cannot grow the table forever.
const PRUNE_AT: usize = 4096;

#[derive(Debug, PartialEq, Eq, Hash, Clone)]
enum Key {
    Session(String),
    Ip(IpAddr),
}

pub struct RateLimiter {
    per_second: usize,
    seen: Mutex<HashMap<Key, VecDeque<Instant>>>,
}

impl RateLimiter {
    /// 0 turns the limit off (benches).
    pub fn new(per_second: u32) -> Self {
        Self {
            per_second: per_second as usize,
            seen: Mutex::new(HashMap::new()),
        }
    }

    /// True when the request may run (and it is counted); false when its
    /// session or its address already made the limit's worth this second.
    pub fn admit(&self, session: Option<&str>, ip: Option<IpAddr>) -> bool {
        if self.per_second == 0 {
            return true;
        }
        let now = Instant::now();
        let keys: Vec<Key> = session
            .filter(|s| !s.is_empty())
            .map(|s| Key::Session(s.to_owned()))
            .into_iter()
            .chain(ip.map(Key::Ip))
            .collect();
        let mut seen = self.seen.lock().unwrap_or_else(|p| p.into_inner());
        if seen.len() > PRUNE_AT {
            seen.retain(|_, times| times.back().is_some_and(|t| now - *t < WINDOW));
        }
        let full = keys.iter().any(|k| {
            seen.get_mut(k).is_some_and(|times| {
                while times.front().is_some_and(|t| now - *t >= WINDOW) {
                    times.pop_front();
                }
                times.len() >= self.per_second
            })
        });
        if full {
            return false;
        }
        for k in keys {
            seen.entry(k).or_default().push_back(now);
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_per_session_and_per_address() {
        let limit = RateLimiter::new(3);
        let a: IpAddr = "127.0.0.1".parse().unwrap();
        let b: IpAddr = "127.0.0.2".parse().unwrap();
        assert!((0..3).all(|_| limit.admit(Some("s1"), Some(a))));
        assert!(!limit.admit(Some("s1"), Some(b)), "the session is full");
        assert!(!limit.admit(Some("s2"), Some(a)), "the address is full");
        assert!(limit.admit(Some("s2"), Some(b)), "refusals did not count");
        assert!(RateLimiter::new(0).admit(None, None));
    }
}
