//! The in-app file chooser, for systems without a file dialog (no desktop
//! portal, no zenity): a path to type, completed from the folder it names
//! (Tab, or a click on an entry), the places the operator used last, and a
//! plain word about why this is not the system's dialog. It owns no I/O: the
//! root lists folders off the UI thread and hands the listing back.

use crate::fl;
use crate::ui::files::{self, Entry};
use iced::widget::{button, column, container, row, scrollable, space, text, text_input, tooltip};
use iced::{Alignment, Element, Length};
use std::path::{MAIN_SEPARATOR, Path, PathBuf};

pub const PATH_ID: &str = "chooser-path";
/// A fixed size: nothing moves as the listing or a message changes.
const WIDTH: f32 = 640.0;
const LIST_HEIGHT: f32 = 240.0;

#[derive(Debug, Clone)]
pub enum Message {
    Path(String),
    /// An entry of the listing clicked: a folder opens, a file is taken.
    Entry(Entry),
    Place(PathBuf),
    Up,
    /// Tab: the path completed as far as the listing allows.
    Complete,
    Listed(PathBuf, Result<Vec<Entry>, String>),
    Confirm,
    Cancel,
}

/// What the root does next.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    None,
    /// List this folder (off the UI thread) and send `Listed`.
    List(PathBuf),
    Chosen(PathBuf),
    Cancelled,
}

#[derive(Debug, Clone)]
pub struct Chooser {
    /// Choosing a file to read (or a place to write one).
    opens: bool,
    title: String,
    extensions: &'static [&'static str],
    path: String,
    /// The folder listed, and what is in it.
    dir: PathBuf,
    entries: Vec<Entry>,
    listing_problem: Option<String>,
    places: Vec<PathBuf>,
    problem: Option<String>,
    /// The file exists: saving again replaces it.
    replace_asked: bool,
}

impl Chooser {
    /// A chooser starting in `start` (with `file_name` typed when writing);
    /// the root lists `start` next.
    pub fn new(
        opens: bool,
        title: String,
        extensions: &'static [&'static str],
        start: PathBuf,
        file_name: Option<&str>,
        places: Vec<PathBuf>,
    ) -> (Chooser, Outcome) {
        let mut path = with_separator(&start);
        if let Some(name) = file_name {
            path.push_str(name);
        }
        let chooser = Chooser {
            opens,
            title,
            extensions,
            path,
            dir: start.clone(),
            entries: Vec::new(),
            listing_problem: None,
            places,
            problem: None,
            replace_asked: false,
        };
        (chooser, Outcome::List(start))
    }

    pub fn extensions(&self) -> &'static [&'static str] {
        self.extensions
    }

    pub fn path(&self) -> &str {
        &self.path
    }

    pub fn problem(&self) -> Option<&str> {
        self.problem.as_deref()
    }

    /// The folder the typed path is in, and the start of the name typed after it.
    fn split(&self) -> (PathBuf, String) {
        let expanded = expand_home(&self.path);
        if self.path.ends_with(['/', MAIN_SEPARATOR]) || self.path.is_empty() {
            return (PathBuf::from(expanded), String::new());
        }
        let p = PathBuf::from(&expanded);
        let dir = p.parent().map(Path::to_path_buf).unwrap_or_default();
        (dir, files::file_name(&p))
    }

    /// The entries of the listed folder that match what is typed.
    pub fn shown(&self) -> Vec<&Entry> {
        let (_, start) = self.split();
        let start = start.to_lowercase();
        self.entries
            .iter()
            .filter(|e| e.name.to_lowercase().starts_with(&start))
            .collect()
    }

    /// Follows the typed path: a new folder is listed.
    fn follow(&mut self) -> Outcome {
        self.problem = None;
        self.replace_asked = false;
        let (dir, _) = self.split();
        if dir != self.dir && !dir.as_os_str().is_empty() {
            self.dir = dir.clone();
            self.entries.clear();
            return Outcome::List(dir);
        }
        Outcome::None
    }

    fn go_to(&mut self, dir: &Path) -> Outcome {
        let name = if self.opens {
            String::new()
        } else {
            self.split().1
        };
        self.path = with_separator(dir) + &name;
        self.follow()
    }

    pub fn update(&mut self, message: Message) -> Outcome {
        match message {
            Message::Path(p) => {
                self.path = p;
                self.follow()
            }
            Message::Entry(entry) => {
                let target = self.dir.join(&entry.name);
                if entry.folder {
                    self.go_to(&target)
                } else {
                    self.path = target.to_string_lossy().into_owned();
                    self.problem = None;
                    self.replace_asked = false;
                    Outcome::None
                }
            }
            Message::Place(dir) => self.go_to(&dir),
            Message::Up => match self.dir.parent().map(Path::to_path_buf) {
                Some(up) => self.go_to(&up),
                None => Outcome::None,
            },
            Message::Complete => self.complete(),
            Message::Listed(dir, result) => {
                if dir == self.dir {
                    match result {
                        Ok(entries) => {
                            self.entries = entries;
                            self.listing_problem = None;
                        }
                        Err(why) => {
                            self.entries.clear();
                            self.listing_problem = Some(why);
                        }
                    }
                }
                Outcome::None
            }
            Message::Confirm => self.confirm(),
            Message::Cancel => Outcome::Cancelled,
        }
    }

    /// Completes the name typed as far as the matching entries agree; one
    /// matching folder is opened.
    fn complete(&mut self) -> Outcome {
        let shown = self.shown();
        let Some(first) = shown.first() else {
            return Outcome::None;
        };
        if let [only] = shown.as_slice()
            && only.folder
        {
            let dir = self.dir.join(&only.name);
            return self.go_to(&dir);
        }
        let mut common: String = first.name.clone();
        for e in &shown[1..] {
            let same = common
                .chars()
                .zip(e.name.chars())
                .take_while(|(a, b)| a.to_lowercase().eq(b.to_lowercase()))
                .count();
            common = common.chars().take(same).collect();
        }
        self.path = with_separator(&self.dir) + &common;
        Outcome::None
    }

    fn confirm(&mut self) -> Outcome {
        let typed = expand_home(self.path.trim());
        if typed.is_empty() {
            self.problem = Some(fl!("chooser-type-a-path"));
            return Outcome::None;
        }
        let mut path = PathBuf::from(&typed);
        if path.is_dir() {
            if self.opens {
                return self.go_to(&path);
            }
            self.problem = Some(fl!("chooser-type-a-name"));
            return Outcome::None;
        }
        if self.opens {
            if !path.is_file() {
                self.problem = Some(fl!("chooser-no-such-file", path = typed));
                return Outcome::None;
            }
            if !files::has_extension(&typed, self.extensions) {
                self.problem = Some(fl!(
                    "chooser-not-a-spreadsheet",
                    extensions = self.extensions.join(", ")
                ));
                return Outcome::None;
            }
            return Outcome::Chosen(path);
        }
        // Writing: the extension says the format; none typed takes the first.
        if !files::has_extension(&typed, self.extensions)
            && let Some(first) = self.extensions.first()
        {
            path = PathBuf::from(format!("{typed}.{first}"));
            self.path = path.to_string_lossy().into_owned();
        }
        if !path.parent().is_some_and(Path::is_dir) {
            self.problem = Some(fl!("chooser-no-such-folder"));
            return Outcome::None;
        }
        if path.exists() && !self.replace_asked {
            self.replace_asked = true;
            self.problem = Some(fl!("chooser-replace", name = files::file_name(&path)));
            return Outcome::None;
        }
        Outcome::Chosen(path)
    }

    pub fn view(&self) -> Element<'_, Message> {
        let places = row(self.places.iter().map(|p| {
            let name = match files::file_name(p) {
                n if n.is_empty() => p.to_string_lossy().into_owned(),
                n => n,
            };
            tooltip(
                button(text(name).size(13))
                    .style(button::secondary)
                    .padding([4, 8])
                    .on_press(Message::Place(p.clone())),
                container(text(p.to_string_lossy().into_owned()).size(13)).padding(6),
                tooltip::Position::Bottom,
            )
            .style(container::bordered_box)
            .into()
        }))
        .spacing(6)
        .wrap();
        let field = text_input("", &self.path)
            .id(PATH_ID)
            .on_input(Message::Path)
            .on_submit(Message::Confirm)
            .padding(8);
        let path_row = row![
            button(text("↑"))
                .style(button::secondary)
                .on_press(Message::Up),
            field,
        ]
        .spacing(8)
        .align_y(Alignment::Center);
        let listing: Element<'_, Message> = match &self.listing_problem {
            Some(why) => container(
                text(fl!("chooser-cannot-list", reason = why.clone())).style(text::danger),
            )
            .padding(8)
            .into(),
            None => {
                let shown = self.shown();
                if shown.is_empty() {
                    container(text(fl!("chooser-nothing-here")).style(text::secondary))
                        .padding(8)
                        .into()
                } else {
                    scrollable(column(shown.into_iter().map(|e| {
                        let label = if e.folder {
                            format!("{}{MAIN_SEPARATOR}", e.name)
                        } else {
                            e.name.clone()
                        };
                        button(text(label).wrapping(text::Wrapping::None))
                            .style(button::text)
                            .width(Length::Fill)
                            .padding([3, 8])
                            .on_press(Message::Entry(e.clone()))
                            .into()
                    })))
                    .height(Length::Fill)
                    .into()
                }
            }
        };
        let confirm = if self.opens {
            fl!("chooser-open")
        } else {
            fl!("chooser-save")
        };
        // The message line keeps its height empty or not: nothing jumps.
        let problem = container(
            text(self.problem.clone().unwrap_or_default())
                .size(13)
                .style(text::danger),
        )
        .height(20);
        container(
            column![
                text(self.title.clone()).size(20),
                text(fl!("chooser-why")).size(13).style(text::secondary),
                places,
                path_row,
                container(listing)
                    .height(LIST_HEIGHT)
                    .width(Length::Fill)
                    .style(container::bordered_box),
                problem,
                row![
                    text(fl!("chooser-hint")).size(12).style(text::secondary),
                    space::horizontal(),
                    button(text(fl!("cancel")))
                        .style(button::secondary)
                        .on_press(Message::Cancel),
                    button(text(confirm)).on_press(Message::Confirm),
                ]
                .spacing(10)
                .align_y(Alignment::Center),
            ]
            .spacing(10),
        )
        .padding(20)
        .width(WIDTH)
        .style(container::bordered_box)
        .into()
    }
}

/// `dir` as text ending with a separator, ready for a name to be typed.
fn with_separator(dir: &Path) -> String {
    let mut s = dir.to_string_lossy().into_owned();
    if !s.ends_with(['/', MAIN_SEPARATOR]) {
        s.push(MAIN_SEPARATOR);
    }
    s
}

/// `~` at the start means the home folder, as in a terminal.
fn expand_home(path: &str) -> String {
    let home = || directories::UserDirs::new().map(|u| u.home_dir().to_string_lossy().into_owned());
    match path.strip_prefix('~') {
        Some(rest) if rest.is_empty() || rest.starts_with(['/', MAIN_SEPARATOR]) => match home() {
            Some(h) => format!("{h}{rest}"),
            None => path.to_owned(),
        },
        _ => path.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn listed(c: &mut Chooser, dir: &Path) {
        let entries = files::list(dir, c.extensions).unwrap();
        let _ = c.update(Message::Listed(dir.to_path_buf(), Ok(entries)));
    }

    #[test]
    fn typing_completing_and_opening_a_spreadsheet() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("Clients")).unwrap();
        std::fs::write(dir.path().join("Clients/new-users.csv"), "x").unwrap();
        std::fs::write(dir.path().join("Clients/notes.pdf"), "x").unwrap();
        let (mut c, first) = Chooser::new(
            true,
            "Import".into(),
            files::SPREADSHEETS,
            dir.path().to_path_buf(),
            None,
            vec![],
        );
        assert_eq!(first, Outcome::List(dir.path().to_path_buf()));
        listed(&mut c, dir.path());
        let _ = c.update(Message::Path(format!("{}/cl", dir.path().display())));
        // Tab opens the one folder that matches.
        let clients = dir.path().join("Clients");
        assert_eq!(c.update(Message::Complete), Outcome::List(clients.clone()));
        listed(&mut c, &clients);
        assert_eq!(c.shown().len(), 1, "the PDF is not offered");
        let _ = c.update(Message::Complete);
        assert!(c.path().ends_with("new-users.csv"), "{}", c.path());
        assert_eq!(
            c.update(Message::Confirm),
            Outcome::Chosen(clients.join("new-users.csv"))
        );
        // What cannot be opened says why, and keeps what was typed.
        let _ = c.update(Message::Path(format!("{}/notes.pdf", clients.display())));
        assert_eq!(c.update(Message::Confirm), Outcome::None);
        assert!(c.problem().is_some_and(|p| p.contains("csv")));
        assert!(c.path().ends_with("notes.pdf"));
    }

    #[test]
    fn saving_adds_the_extension_and_asks_before_replacing() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("users.xlsx"), "old").unwrap();
        let (mut c, _) = Chooser::new(
            false,
            "Export".into(),
            &["xlsx", "csv"],
            dir.path().to_path_buf(),
            Some("users"),
            vec![],
        );
        assert_eq!(c.update(Message::Confirm), Outcome::None, "asks first");
        assert!(c.problem().is_some());
        assert_eq!(
            c.update(Message::Confirm),
            Outcome::Chosen(dir.path().join("users.xlsx")),
            "the second press replaces"
        );
        let _ = c.update(Message::Path(format!(
            "{}/nowhere/x.csv",
            dir.path().display()
        )));
        assert_eq!(c.update(Message::Confirm), Outcome::None);
        assert!(c.problem().is_some(), "no such folder");
    }
}
