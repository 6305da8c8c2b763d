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

fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info")),
        )
        .init();
    let cli = Cli::parse();
    let Some(Command::Sandbox {
        listen,
        db,
        demo_users,
        prefix,
    }) = cli.command
    else {
        return match navixy_panel::ui::run(navixy_panel::config::Paths::system()) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("the window could not open: {e}");
                ExitCode::FAILURE
            }
        };
    };
    let runtime = match tokio::runtime::Runtime::new() {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("cannot start: {e}");
            return ExitCode::FAILURE;
        }
    };
    let db = db.unwrap_or_else(|| navixy_panel::config::Paths::system().sandbox_db());
    if let Some(parent) = db.parent()
        && let Err(e) = std::fs::create_dir_all(parent)
    {
        eprintln!("cannot create {}: {e}", parent.display());
        return ExitCode::FAILURE;
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
