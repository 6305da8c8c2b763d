//! The `navixy-panel` command: the desktop app by default, or the sandbox
//! server alone (`navixy-panel sandbox`), or the importer's checks for
//! scripts and support (`validate`, `template`), and imports for automation
//! (`import`).

use clap::{Parser, Subcommand};
use navixy_panel::i18n::{self, Language};
use navixy_panel::import::{Preview, report};
use navixy_panel::model::Dialect;
use navixy_panel::model::text::printable_lines;
use navixy_panel::sandbox::{Chaos, DEMO_DEALER, Fault, Policy, Sandbox, SandboxConfig};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
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
    /// Draw the window with the processor, not the graphics card (for
    /// machines whose graphics driver fails; also a setting).
    #[arg(long)]
    cpu: bool,
}

#[derive(Subcommand)]
enum Command {
    /// Whether the graphics card can draw the window: the app runs this in
    /// a child process before its window opens (ui::drawing).
    #[command(name = "probe-drawing", hide = true)]
    ProbeDrawing,
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
        /// Fault mode: milliseconds added to every answer.
        #[arg(long, default_value_t = 0)]
        chaos_latency_ms: u64,
        /// Fault mode: share of calls (0-1) that get one of --chaos-faults.
        #[arg(long, default_value_t = 0.0)]
        chaos_share: f64,
        /// Fault mode: which faults, comma-separated:
        /// 500, drop-before, drop-after, stall, malformed, stall-before.
        #[arg(long, value_delimiter = ',', value_parser = parse_fault,
              default_value = "500,drop-before,drop-after,stall,malformed")]
        chaos_faults: Vec<Fault>,
        /// Requests per second per session and per IP, as Navixy documents
        /// (answered with code 15, HTTP 429); 0 turns the limit off.
        #[arg(long, default_value_t = navixy_panel::sandbox::DOCUMENTED_RATE_LIMIT)]
        rate_limit: u32,
        /// Names `user/application/*` take: `seed` (name/url/is_enabled, and
        /// the spec's too) or `spec` (label/url_template/enabled only).
        #[arg(long, default_value = "seed", value_parser = parse_dialect)]
        applications_dialect: Dialect,
    },
    /// Check a users file (CSV, XLSX, XLS, ODS) as the import screen does.
    /// Exit code: 0 every row is valid, 1 some are not, 2 the file cannot be read.
    Validate {
        file: PathBuf,
        /// Print the report as JSON.
        #[arg(long)]
        json: bool,
        /// Language of the messages: en, ru, es, pt, de, fr, tr, uk, ro or ar
        /// (default: the system's when it is one of them, else English).
        #[arg(long, value_parser = parse_language)]
        lang: Option<Language>,
    },
    /// Create the users of FILE (CSV, XLSX, XLS, ODS) in a dealer account, as
    /// the import screen does: rows already on the server (an interrupted
    /// earlier run) are left alone, never created twice. The password comes
    /// from NAVIXY_PASSWORD, or is asked on a terminal.
    /// Prints `created N, updated N, unchanged N, refused N, different N`
    /// (in English in every language, for scripts).
    /// Exit code: 0 every row is on the server as the file says (so a rerun
    /// of a finished import ends 0), 1 some rows invalid, refused, or
    /// existing and different without --update, 2 the file cannot be read,
    /// sign-in failed or the server cannot be reached.
    Import(ImportArgs),
    /// Reports on the dealer's users (see `report balances --help`).
    #[command(subcommand)]
    Report(ReportKind),
    /// Write the import template (XLSX) to OUT.
    Template {
        out: PathBuf,
        /// Language of the headers, notes and examples: en, ru, es, pt, de,
        /// fr, tr, uk, ro or ar. Navixy's own web panel reads English and
        /// Russian headers; this panel reads all ten.
        #[arg(long, value_parser = parse_language, default_value = "en")]
        lang: Language,
    },
}

#[derive(Subcommand)]
enum ReportKind {
    /// Every user's charges over the last 30 days and the days until, at
    /// that rate, the balance runs out: soonest first, those who spent
    /// nothing last. Columns: login,id,balance,spent_30d,days_left,
    /// runs_out_on (YYYY-MM-DD; empty where none). One request per user at
    /// the rate limit: 10,000 users take about 200 s. The password comes
    /// from NAVIXY_PASSWORD, or is asked on a terminal.
    /// Exit code: 0 every user read, 1 some could not be (each said on
    /// stderr), 2 sign-in failed or the server cannot be reached.
    Balances(BalancesArgs),
}

#[derive(clap::Args)]
struct BalancesArgs {
    /// eu, us, or the API root: https://HOST/... (http only to this machine).
    #[arg(long)]
    server: String,
    #[arg(long)]
    login: String,
    /// Only the users whose balance runs out within N days (0: out already).
    #[arg(long)]
    days: Option<u32>,
    #[arg(long, value_enum, default_value = "csv")]
    format: ReportFormat,
    /// Write the report to FILE instead of standard output.
    #[arg(long)]
    out: Option<PathBuf>,
    /// Language of the progress and problems on stderr (the report's columns
    /// stay as above): en, ru, es, pt, de, fr, tr, uk, ro or ar.
    #[arg(long, value_parser = parse_language)]
    lang: Option<Language>,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum ReportFormat {
    Csv,
    Json,
}

fn parse_fault(s: &str) -> Result<Fault, String> {
    Fault::from_name(s.trim()).ok_or_else(|| {
        let names: Vec<&str> = Fault::ALL.iter().map(|f| f.name()).collect();
        format!("{s}: expected one of {}", names.join(", "))
    })
}

fn parse_dialect(s: &str) -> Result<Dialect, String> {
    Dialect::parse(s.trim()).ok_or_else(|| format!("{s}: expected seed or spec"))
}

fn parse_language(s: &str) -> Result<Language, String> {
    Language::from_tag(s.trim()).ok_or_else(|| {
        let tags: Vec<&str> = Language::ALL.iter().map(|l| l.tag()).collect();
        format!("{s}: expected one of {}", tags.join(", "))
    })
}

/// Standard output that a reader may leave (`| head`): a failed write ends
/// the output quietly instead of a panic, and the command keeps its exit code.
/// Nothing printed keeps a control character from a file or a server.
fn say(text: &str) {
    use std::io::Write;
    let text = printable_lines(text);
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(text.as_bytes()).and_then(|()| out.flush());
}

/// The same for standard error.
fn complain(text: &str) {
    use std::io::Write;
    let text = printable_lines(text);
    let _ = writeln!(std::io::stderr().lock(), "{text}");
}

/// NAVIXY_PASSWORD, or asked on a terminal; none is said and is exit 2.
fn password() -> Result<String, ExitCode> {
    match std::env::var("NAVIXY_PASSWORD") {
        Ok(p) => Ok(p),
        Err(_) if std::io::IsTerminal::is_terminal(&std::io::stdin()) => {
            rpassword::prompt_password(format!("{} ", navixy_panel::fl!("login-password")))
                .map_err(|_| ExitCode::from(2))
        }
        Err(_) => {
            complain(&navixy_panel::fl!("cli-import-no-password"));
            Err(ExitCode::from(2))
        }
    }
}

fn runtime() -> Result<tokio::runtime::Runtime, ExitCode> {
    tokio::runtime::Runtime::new().map_err(|e| {
        complain(&format!("cannot start: {e}"));
        ExitCode::from(2)
    })
}

/// `report balances`: see the subcommand's help.
fn report_balances(args: BalancesArgs) -> ExitCode {
    use navixy_panel::session::balance_watch;
    use navixy_panel::session::watch_history::WatchHistory;
    i18n::set_language(args.lang.unwrap_or_else(i18n::system_language));
    let password = match password() {
        Ok(p) => p,
        Err(code) => return code,
    };
    let runtime = match runtime() {
        Ok(rt) => rt,
        Err(code) => return code,
    };
    let read = runtime.block_on(async {
        let base = navixy_panel::session::import_file::server_url(&args.server)?;
        let describe = |e: navixy_panel::api::Error| navixy_panel::words::errors::describe(&e);
        let client = navixy_panel::api::Client::new(&base).map_err(describe)?;
        let hash = client
            .panel_auth(&args.login, &password)
            .await
            .map_err(describe)?;
        let now = chrono::Local::now().naive_local();
        let mut progress = |done: usize, total: usize| {
            if done.is_multiple_of(100) || done == total {
                complain(&navixy_panel::fl!(
                    "cli-report-progress",
                    done = i18n::count(done as u64),
                    total = i18n::count(total as u64)
                ));
            }
        };
        // Every run reads the whole window: a script's answer does not
        // depend on what an earlier run left in a data folder.
        let mut history = WatchHistory::new(&base, &args.login);
        balance_watch::read(&client, &hash, now, &mut history, &mut progress)
            .await
            .map_err(describe)
    });
    let mut report = match read {
        Ok(r) => r,
        Err(why) => {
            complain(&why);
            return ExitCode::from(2);
        }
    };
    for (user, why) in &report.unread {
        let login = user.fields.login.as_deref().unwrap_or_default();
        let why = navixy_panel::words::errors::describe(why);
        complain(&format!("{login} (#{}): {why}", user.id));
    }
    if let Some(within) = args.days {
        let within = i64::from(within);
        report
            .watch
            .retain(|w| w.days_left.is_some_and(|d| d <= within));
    }
    let bytes = match args.format {
        ReportFormat::Csv => match balance_watch::to_csv(&report.watch) {
            Ok(b) => b,
            Err(e) => {
                complain(&e.to_string());
                return ExitCode::from(2);
            }
        },
        ReportFormat::Json => format!("{:#}\n", balance_watch::to_json(&report.watch)).into_bytes(),
    };
    let written = match &args.out {
        Some(path) => std::fs::write(path, &bytes).map_err(|e| format!("{}: {e}", path.display())),
        // A server's logins reach the terminal without their control
        // characters; a reader that went away (`| head`) is no failure.
        None => {
            say(&String::from_utf8_lossy(&bytes));
            Ok(())
        }
    };
    if let Err(why) = written {
        complain(&why);
        return ExitCode::from(2);
    }
    if report.unread.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

/// `import`: see the subcommand's help.
fn import(args: ImportArgs) -> ExitCode {
    use navixy_panel::session::import_file::{self, ImportJob, Output};
    i18n::set_language(args.lang.unwrap_or_else(i18n::system_language));
    let encoding = match args.encoding.as_deref() {
        None => None,
        Some(name) => match encoding_rs::Encoding::for_label(name.trim().as_bytes()) {
            Some(e) => Some(e),
            None => {
                complain(&navixy_panel::fl!(
                    "cli-import-unknown-encoding",
                    name = name.to_owned()
                ));
                return ExitCode::from(2);
            }
        },
    };
    let password = match password() {
        Ok(p) => p,
        Err(code) => return code,
    };
    let job = ImportJob {
        file: args.file,
        server: args.server,
        login: args.login,
        password,
        options: navixy_panel::import::read::ReadOptions {
            encoding,
            sheet: args.sheet,
        },
        update: args.update,
    };
    let runtime = match runtime() {
        Ok(rt) => rt,
        Err(code) => return code,
    };
    let (mut out, mut err) = (std::io::stdout(), std::io::stderr());
    let mut io = Output {
        out: &mut out,
        err: &mut err,
    };
    let (ending, _) = runtime.block_on(import_file::run(&job, &mut io));
    ExitCode::from(ending as u8)
}

#[derive(clap::Args)]
struct ImportArgs {
    file: PathBuf,
    /// eu, us, or the API root: https://HOST/... (http only to this machine).
    #[arg(long)]
    server: String,
    #[arg(long)]
    login: String,
    /// The sheet of a workbook to read (default: the active one with users).
    #[arg(long)]
    sheet: Option<String>,
    /// The text encoding of a CSV file, e.g. windows-1251 (default: detected).
    #[arg(long)]
    encoding: Option<String>,
    /// Also update the users that exist already: the file's columns that
    /// differ (never the password); without it they are left alone.
    #[arg(long)]
    update: bool,
    /// Language of the messages: en, ru, es, pt, de, fr, tr, uk, ro or ar
    /// (default: the system's when it is one of them, else English).
    #[arg(long, value_parser = parse_language)]
    lang: Option<Language>,
}

/// `validate`: the same report the import screen shows.
fn validate(file: &Path, json: bool, lang: Option<Language>) -> ExitCode {
    i18n::set_language(lang.unwrap_or_else(i18n::system_language));
    let name = file
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let opened = navixy_panel::import::read_file(file)
        .map_err(|e| e.to_string())
        .and_then(|bytes| {
            Preview::open(&name, &bytes, &mut |_, _| {}).map_err(|e| report::file_problem_text(&e))
        });
    let preview = match opened {
        Ok(p) => p,
        Err(why) => {
            if json {
                say(&format!(
                    "{}\n",
                    serde_json::json!({ "file": name, "unreadable": why })
                ));
            } else {
                complain(&format!("{}: {why}", file.display()));
            }
            return ExitCode::from(2);
        }
    };
    if json {
        say(&format!("{:#}\n", report::json_report(&preview)));
    } else {
        say(&report::text_report(&preview));
    }
    let s = preview.summary();
    if s.with_errors == 0 && preview.missing.is_empty() && !preview.too_many_rows() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

/// `template`: the import template in the chosen language.
fn template(out: &Path, lang: Language) -> ExitCode {
    i18n::set_language(lang);
    let written = navixy_panel::import::template::write_template()
        .map_err(|e| e.to_string())
        .and_then(|bytes| std::fs::write(out, bytes).map_err(|e| e.to_string()));
    match written {
        Ok(()) => ExitCode::SUCCESS,
        Err(why) => {
            complain(&format!("{}: {why}", out.display()));
            ExitCode::FAILURE
        }
    }
}

/// Reading an import allocates a string per cell (270,000 for a full
/// 10,000-row file); mimalloc makes that and freeing it about a quarter
/// faster than the system allocator (see BENCHMARKS.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// The Windows executable is a console program, so that `navixy-panel
/// import` prints, and the shell that ran it waits for its exit code. Started
/// from Explorer or the Start menu it gets a console window of its own: the
/// app lets go of it, so no black window stands behind the panel. Started
/// from a shell, the console is the shell's too, and stays.
#[cfg(windows)]
#[allow(unsafe_code)] // the Win32 console calls below; nothing else is unsafe
fn let_go_of_own_console() {
    use windows_sys::Win32::System::Console::{FreeConsole, GetConsoleProcessList};
    let mut attached = [0u32; 2];
    // SAFETY: the buffer is valid for the length given; the call writes at
    // most that many process ids.
    let count = unsafe { GetConsoleProcessList(attached.as_mut_ptr(), attached.len() as u32) };
    if count == 1 {
        // SAFETY: detaching from a console has no preconditions; writes to
        // the standard streams afterwards are dropped, not errors.
        unsafe { FreeConsole() };
    }
}

fn main() -> ExitCode {
    navixy_panel::ui::mark_process_start();
    // Colours only on a terminal, and never with NO_COLOR set: a log piped
    // to a file or another program is plain text.
    let colour = std::io::IsTerminal::is_terminal(&std::io::stderr())
        && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
    tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_ansi(colour)
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                // i18n_embed logs an error for every unparsable system locale (LANG=C).
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info,i18n_embed=off")),
        )
        .init();
    let cli = Cli::parse();
    let (listen, db, demo_users, prefix, chaos, rate_limit, policy) = match cli.command {
        None => {
            #[cfg(windows)]
            let_go_of_own_console();
            let paths = navixy_panel::config::Paths::system();
            // Read once: the drawing choice may change them, the window uses them.
            let (mut settings, problems) =
                navixy_panel::config::Settings::load(&paths.settings_file);
            let drawing = navixy_panel::ui::drawing::choose(&paths, &mut settings, cli.cpu);
            return match navixy_panel::ui::run(paths, (settings, problems), drawing) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    complain(&format!("the window could not open: {e}"));
                    ExitCode::FAILURE
                }
            };
        }
        Some(Command::ProbeDrawing) => {
            return match navixy_panel::ui::drawing::probe_here() {
                Some(renderer) => {
                    say(&format!("{renderer}\n"));
                    ExitCode::SUCCESS
                }
                None => {
                    complain("no graphics card answered");
                    ExitCode::from(navixy_panel::ui::drawing::NO_CARD_EXIT)
                }
            };
        }
        Some(Command::Validate { file, json, lang }) => return validate(&file, json, lang),
        Some(Command::Template { out, lang }) => return template(&out, lang),
        Some(Command::Import(args)) => return import(args),
        Some(Command::Report(ReportKind::Balances(args))) => return report_balances(args),
        Some(Command::Sandbox {
            listen,
            db,
            demo_users,
            prefix,
            chaos_latency_ms,
            chaos_share,
            chaos_faults,
            rate_limit,
            applications_dialect,
        }) => {
            let chaos = Chaos {
                latency: std::time::Duration::from_millis(chaos_latency_ms),
                share: chaos_share.clamp(0.0, 1.0),
                faults: chaos_faults,
            };
            let policy = Policy {
                applications_dialect,
                ..Policy::default()
            };
            (listen, db, demo_users, prefix, chaos, rate_limit, policy)
        }
    };
    let runtime = match tokio::runtime::Runtime::new() {
        Ok(rt) => rt,
        Err(e) => {
            complain(&format!("cannot start: {e}"));
            return ExitCode::FAILURE;
        }
    };
    let db = db.unwrap_or_else(|| navixy_panel::config::Paths::system().sandbox_db());
    if let Some(parent) = db.parent()
        && let Err(e) = navixy_panel::config::private_dir(parent)
    {
        complain(&format!("cannot create {}: {e}", parent.display()));
        return ExitCode::FAILURE;
    }
    runtime.block_on(async move {
        let config = SandboxConfig {
            demo_users,
            prefix,
            chaos,
            rate_limit,
            policy,
            ..SandboxConfig::new(&db)
        };
        match Sandbox::start(listen, config).await {
            Ok(sandbox) => {
                say(&format!(
                    "Navixy sandbox at {}\nDatabase: {}\nDealer login: {} / password: {}\nPress Ctrl+C to stop.\n",
                    sandbox.base_url(),
                    db.display(),
                    DEMO_DEALER.login,
                    DEMO_DEALER.password
                ));
                sandbox.run_until_ctrl_c().await;
                ExitCode::SUCCESS
            }
            Err(e) => {
                complain(&e.to_string());
                ExitCode::FAILURE
            }
        }
    })
}
