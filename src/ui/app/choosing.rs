//! Choosing and writing files on a screen's behalf: the system's dialog
//! where the system has one, the in-app chooser where it has none.

use super::{App, Choosing, Message, Then};
use crate::fl;
use crate::ui::action::OnPick;
use crate::ui::chooser::{self, Chooser};
use crate::ui::files::{self, Pick, Save};
use crate::ui::screen::{self, ScreenId};
use iced::Task;
use iced::widget::operation;
use std::path::PathBuf;

impl App {
    /// Asks for a file: the system's dialog, or the app's own where there is none.
    pub(super) fn pick_file(
        &mut self,
        from: ScreenId,
        pick: Pick,
        chosen: OnPick<screen::Message>,
    ) -> Task<Message> {
        if self.system_dialogs {
            return Task::perform(files::pick(pick), move |path| {
                Message::Screen(from, chosen(path))
            });
        }
        let title = match &pick {
            Pick::Spreadsheet => fl!("chooser-title-import"),
            Pick::ExportTo { .. } => fl!("chooser-title-export"),
        };
        self.choose(
            pick.opens(),
            title,
            pick.extensions(),
            pick.file_name().map(str::to_owned),
            Then::Tell(from, chosen),
        )
    }

    /// Writes a file: where already chosen, or where the operator says.
    pub(super) fn save_file(&mut self, save: Save) -> Task<Message> {
        match save.to {
            Some(path) => Task::perform(files::write(path, save.bytes), |r| {
                Message::Saved(r.map(Some))
            }),
            None if self.system_dialogs => Task::perform(files::save(save), Message::Saved),
            None => self.choose(
                false,
                fl!("chooser-title-save", name = save.file_name.clone()),
                &["xlsx"],
                Some(save.file_name),
                Then::Write(save.bytes),
            ),
        }
    }

    /// Opens the in-app chooser in the folder last used.
    fn choose(
        &mut self,
        opens: bool,
        title: String,
        extensions: &'static [&'static str],
        file_name: Option<String>,
        then: Then,
    ) -> Task<Message> {
        let places = files::places(&self.settings.recent_folders);
        let start = places
            .first()
            .cloned()
            .unwrap_or_else(|| PathBuf::from(std::path::MAIN_SEPARATOR_STR));
        let (dialog, first) = Chooser::new(
            opens,
            title,
            extensions,
            start,
            file_name.as_deref(),
            places,
        );
        // A chooser still open for another screen gives way: it hears "cancelled".
        let earlier = self.close_chooser(None);
        self.choosing = Some(Choosing { dialog, then });
        Task::batch([
            earlier,
            self.chooser_outcome(first),
            operation::focus(chooser::PATH_ID),
        ])
    }

    /// Closes the chooser, with the file chosen or None.
    fn close_chooser(&mut self, chosen: Option<PathBuf>) -> Task<Message> {
        let Some(choosing) = self.choosing.take() else {
            return Task::none();
        };
        let mut tasks = Vec::new();
        if let Some(path) = &chosen {
            self.settings.remember_folder(path);
            tasks.push(self.save_settings());
        }
        tasks.push(match (choosing.then, chosen) {
            (Then::Tell(id, tell), chosen) => self.update_screen(id, tell(chosen)),
            (Then::Write(bytes), Some(path)) => {
                Task::perform(files::write(path, bytes), |r| Message::Saved(r.map(Some)))
            }
            (Then::Write(_), None) => Task::none(),
        });
        Task::batch(tasks)
    }

    /// What the chooser asked for: a folder listed off the UI thread, or the end.
    pub(super) fn chooser_outcome(&mut self, outcome: chooser::Outcome) -> Task<Message> {
        match outcome {
            chooser::Outcome::None => Task::none(),
            chooser::Outcome::List(dir) => {
                let Some(c) = &self.choosing else {
                    return Task::none();
                };
                let extensions = c.dialog.extensions();
                Task::perform(
                    async move {
                        let listed = dir.clone();
                        let result = tokio::task::spawn_blocking(move || {
                            files::list(&listed, extensions).map_err(|e| e.to_string())
                        })
                        .await
                        .unwrap_or_else(|e| Err(e.to_string()));
                        (dir, result)
                    },
                    |(dir, result)| Message::Chooser(chooser::Message::Listed(dir, result)),
                )
            }
            chooser::Outcome::Chosen(path) => self.close_chooser(Some(path)),
            chooser::Outcome::Cancelled => self.close_chooser(None),
        }
    }
}
