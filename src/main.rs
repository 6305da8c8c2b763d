//! The `navixy-panel` command: the desktop app by default, or the sandbox
//! server alone (`navixy-panel sandbox`).

use clap::{Parser, Subcommand};
use navixy_panel::sandbox::{DEMO_DEALER, Sandbox, SandboxConfig};
use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "navixy-panel",
    version,
    about = "Admin panel for Navixy dealers"
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Run the local sandbox server: the Navixy API over HTTP, data in SQLite.
    Sandbox {
        /// Address to listen on (loopback keeps it private to this machine).
        #[arg(long, default_value = "127.0.0.1:8470")]
        listen: SocketAddr,
        /// SQLite database file; created with demo data when new.
        #[arg(long)]
        db: Option<PathBuf>,
        /// Number of demo users for the demo dealer in a new database.
        #[arg(long, default_value_t = 1000)]
        demo_users: usize,
        /// Path prefix of the API root.
        #[arg(long, default_value = "/v2")]
        prefix: String,
    },
}

/// Where the app keeps its data (the sandbox database among it).
fn data_dir() -> PathBuf {
    directories::ProjectDirs::from("com", "Navixy Panel", "navixy-panel")
        .map(|d| d.data_dir().to_path_buf())
        .unwrap_or_else(|| PathBuf::from("."))
}

fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info")),
        )
        .init();
    let cli = Cli::parse();
    let runtime = match tokio::runtime::Runtime::new() {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("cannot start: {e}");
            return ExitCode::FAILURE;
        }
    };
    let (listen, db, demo_users, prefix) = match cli.command {
        Some(Command::Sandbox {
            listen,
            db,
            demo_users,
            prefix,
        }) => (listen, db, demo_users, prefix),
        // The desktop UI is not built yet: until it is, the app runs the sandbox.
        None => (
            "127.0.0.1:8470"
                .parse()
                .unwrap_or_else(|_| SocketAddr::from(([127, 0, 0, 1], 8470))),
            None,
            1000,
            "/v2".into(),
        ),
    };
    let db = db.unwrap_or_else(|| data_dir().join("sandbox.sqlite3"));
    if let Some(parent) = db.parent() {
        if let Err(e) = std::fs::create_dir_all(parent) {
            eprintln!("cannot create {}: {e}", parent.display());
            return ExitCode::FAILURE;
        }
    }
    runtime.block_on(async move {
        let config = SandboxConfig {
            demo_users,
            prefix,
            ..SandboxConfig::new(&db)
        };
        match Sandbox::start(listen, config).await {
            Ok(sandbox) => {
                println!("Navixy sandbox at {}", sandbox.base_url());
                println!("Database: {}", db.display());
                println!(
                    "Dealer login: {} / password: {}",
                    DEMO_DEALER.login, DEMO_DEALER.password
                );
                println!("Press Ctrl+C to stop.");
                sandbox.run_until_ctrl_c().await;
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("{e}");
                ExitCode::FAILURE
            }
        }
    })
}
