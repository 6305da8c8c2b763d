//! The documented rate limit, kept on our side: at most 50 requests per second
//! per session and per IP (API-NOTES "Rate limit"; code 15, HTTP 429). Every
//! request of a [`super::Client`] and of its clones, whatever screen or
//! background job sent it, waits for its turn here.
//!
//! A sliding window rather than a token bucket: a bucket of 50 that refills at
//! 50/s lets 100 requests through in one second (the full bucket, then the
//! refill), which a server counting per second refuses. The window lets a
//! burst of 50 go at once and never more than 50 in any second. It is made a
//! little longer than a second so that answers delayed on the way do not bunch
//! up into the server's window.

use std::collections::VecDeque;
use std::sync::Mutex;
use std::time::Duration;
use tokio::time::Instant;

/// Navixy's documented limit.
pub const DOCUMENTED_PER_SECOND: u32 = 50;
/// One second and the margin for requests that arrive later than they left.
const WINDOW: Duration = Duration::from_millis(1050);

#[derive(Debug)]
pub struct RateLimit {
    per_window: usize,
    sent: Mutex<VecDeque<Instant>>,
}

impl RateLimit {
    /// At most `per_second` requests in any window; 0 turns the limit off.
    pub fn new(per_second: u32) -> Self {
        Self {
            per_window: per_second as usize,
            sent: Mutex::new(VecDeque::new()),
        }
    }

    /// Waits until one more request may go, and counts it as sent.
    pub async fn wait_turn(&self) {
        if self.per_window == 0 {
            return;
        }
        loop {
            let wait = {
                let mut sent = self.sent.lock().unwrap_or_else(|p| p.into_inner());
                let now = Instant::now();
                while sent
                    .front()
                    .is_some_and(|t| now.duration_since(*t) >= WINDOW)
                {
                    sent.pop_front();
                }
                if sent.len() < self.per_window {
                    sent.push_back(now);
                    return;
                }
                // The oldest leaves the window first.
                match sent.front() {
                    Some(oldest) => WINDOW.saturating_sub(now.duration_since(*oldest)),
                    None => Duration::ZERO,
                }
            };
            tokio::time::sleep(wait).await;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Start times of `n` turns taken as fast as the limit allows.
    async fn turns(limit: &RateLimit, n: usize) -> Vec<Duration> {
        let start = Instant::now();
        let mut at = Vec::new();
        for _ in 0..n {
            limit.wait_turn().await;
            at.push(start.elapsed());
        }
        at
    }

    #[tokio::test(start_paused = true)]
    async fn a_burst_goes_at_once_and_no_window_holds_more_than_the_limit() {
        let limit = RateLimit::new(50);
        let at = turns(&limit, 175).await;
        assert!(at[..50].iter().all(|t| t.is_zero()), "the first 50 at once");
        assert!(at[50] >= WINDOW, "the 51st waits for the window");
        for (i, t) in at.iter().enumerate() {
            let in_window = at[i..].iter().take_while(|u| **u - *t < WINDOW).count();
            assert!(in_window <= 50, "{in_window} within a window from turn {i}");
        }
    }

    #[tokio::test(start_paused = true)]
    async fn shared_by_concurrent_callers() {
        let limit = std::sync::Arc::new(RateLimit::new(10));
        let start = Instant::now();
        let mut tasks = tokio::task::JoinSet::new();
        for _ in 0..30 {
            let limit = limit.clone();
            tasks.spawn(async move {
                limit.wait_turn().await;
                start.elapsed()
            });
        }
        let mut at: Vec<Duration> = tasks.join_all().await;
        at.sort();
        assert_eq!(at.iter().filter(|t| t.is_zero()).count(), 10);
        assert!(
            at[29] >= WINDOW * 2,
            "30 turns at 10 a window take 3 windows"
        );
    }

    #[tokio::test(start_paused = true)]
    async fn zero_is_no_limit() {
        let limit = RateLimit::new(0);
        assert!(turns(&limit, 1000).await.iter().all(|t| t.is_zero()));
    }
}
