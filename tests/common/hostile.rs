//! A server written to attack the client: it answers each request as the
//! test says (a redirect, an endless body, another user's record, escape
//! codes), over real HTTP on loopback, and keeps what it was sent.

use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// One request as it arrived.
#[derive(Debug, Clone)]
pub struct Received {
    pub path: String,
    pub headers: String,
    pub body: String,
}

/// How to answer a request.
pub enum Reply {
    /// Status, extra header lines, body (Content-Length set from it).
    Plain(u16, Vec<(String, String)>, Vec<u8>),
    /// 200 with this Content-Length declared, then `fill` bytes repeated until
    /// the client stops reading (or `at_most` bytes were written).
    Endless { declared: Option<u64>, at_most: u64 },
}

impl Reply {
    pub fn json(body: serde_json::Value) -> Reply {
        Reply::Plain(200, Vec::new(), body.to_string().into_bytes())
    }
}

type Answer = Arc<dyn Fn(&Received) -> Reply + Send + Sync>;

pub struct Hostile {
    pub addr: SocketAddr,
    pub received: Arc<Mutex<Vec<Received>>>,
    /// Bytes of bodies written by `Reply::Endless` before the client left.
    pub written: Arc<Mutex<u64>>,
}

impl Hostile {
    pub async fn start(answer: impl Fn(&Received) -> Reply + Send + Sync + 'static) -> Hostile {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let addr = listener.local_addr().expect("addr");
        let received = Arc::new(Mutex::new(Vec::new()));
        let written = Arc::new(Mutex::new(0));
        let answer: Answer = Arc::new(answer);
        let (r, w) = (received.clone(), written.clone());
        tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                let (r, w, answer) = (r.clone(), w.clone(), answer.clone());
                tokio::spawn(async move {
                    let _ = serve(stream, &r, &w, &answer).await;
                });
            }
        });
        Hostile {
            addr,
            received,
            written,
        }
    }

    /// The API root of this server.
    pub fn base(&self) -> String {
        format!("http://{}/v2/", self.addr)
    }

    pub fn paths(&self) -> Vec<String> {
        self.received
            .lock()
            .unwrap()
            .iter()
            .map(|r| r.path.clone())
            .collect()
    }

    pub fn written(&self) -> u64 {
        *self.written.lock().unwrap()
    }
}

async fn serve(
    mut stream: TcpStream,
    received: &Mutex<Vec<Received>>,
    written: &Mutex<u64>,
    answer: &Answer,
) -> std::io::Result<()> {
    loop {
        let mut head = Vec::new();
        let mut byte = [0u8; 1];
        while !head.ends_with(b"\r\n\r\n") {
            if stream.read(&mut byte).await? == 0 {
                return Ok(());
            }
            head.push(byte[0]);
        }
        let head = String::from_utf8_lossy(&head).into_owned();
        let path = head
            .split_whitespace()
            .nth(1)
            .unwrap_or_default()
            .to_owned();
        let length: usize = head
            .lines()
            .find_map(|l| {
                let (k, v) = l.split_once(':')?;
                k.eq_ignore_ascii_case("content-length")
                    .then(|| v.trim().parse().ok())?
            })
            .unwrap_or(0);
        let mut body = vec![0u8; length];
        stream.read_exact(&mut body).await?;
        let request = Received {
            path,
            headers: head,
            body: String::from_utf8_lossy(&body).into_owned(),
        };
        received.lock().unwrap().push(request.clone());
        match answer(&request) {
            Reply::Plain(status, headers, body) => {
                let mut out = format!("HTTP/1.1 {status} X\r\nContent-Length: {}\r\n", body.len());
                for (k, v) in headers {
                    out.push_str(&format!("{k}: {v}\r\n"));
                }
                out.push_str("Content-Type: application/json\r\n\r\n");
                stream.write_all(out.as_bytes()).await?;
                stream.write_all(&body).await?;
            }
            Reply::Endless { declared, at_most } => {
                let mut out = String::from("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n");
                match declared {
                    Some(n) => out.push_str(&format!("Content-Length: {n}\r\n\r\n")),
                    None => out.push_str("Connection: close\r\n\r\n"),
                }
                stream.write_all(out.as_bytes()).await?;
                let chunk = vec![b' '; 64 * 1024];
                let mut sent = 0u64;
                while sent < at_most {
                    if stream.write_all(&chunk).await.is_err() {
                        break;
                    }
                    sent += chunk.len() as u64;
                    *written.lock().unwrap() = sent;
                }
                return Ok(());
            }
        }
    }
}
