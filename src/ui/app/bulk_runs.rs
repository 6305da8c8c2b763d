//! Bulk work the screens start (a run of one action over chosen users), run
//! with this session and the data folder's job files.

use super::{App, Message};
use crate::fl;
use crate::session::bulk;
use crate::ui::action::BulkRun;
use crate::ui::screen::{self, ScreenId};
use crate::ui::widget::toast::Toast;
use iced::Task;

impl App {
    /// Runs bulk work for the screen `from` with this session; its events
    /// go to that screen (or nobody, once it has closed).
    pub(super) fn run_bulk(
        &mut self,
        from: ScreenId,
        run: BulkRun<screen::Message>,
    ) -> Task<Message> {
        let Some(api) = self.session() else {
            return Task::none();
        };
        let ctx = bulk::Context {
            api,
            options: self.client_options.clone(),
            journal: self.journal.clone(),
            jobs: bulk::Jobs::in_dir(&self.paths.data_dir),
        };
        let BulkRun {
            mut job,
            fresh,
            control,
            on_event,
        } = run;
        if fresh {
            job.stamp(&ctx.api);
        }
        let events = if fresh {
            bulk::start(ctx, job, control)
        } else {
            bulk::run(ctx, job, control)
        };
        Task::run(events, move |e| Message::Screen(from, on_event(e)))
    }

    /// The bulk runs this dealer left unfinished on this server (the app
    /// closed, or the session ended, mid-run): offered again at sign-in.
    /// Files that cannot be trusted are set aside, and said.
    pub(super) fn unfinished_runs(&mut self) -> Vec<bulk::Job> {
        let Some(api) = self.session() else {
            return Vec::new();
        };
        let (jobs, set_aside) = bulk::Jobs::in_dir(&self.paths.data_dir)
            .unfinished_and_set_aside(api.client.base_url(), &api.login);
        if !set_aside.is_empty() {
            self.toasts.push(Toast::failed(fl!(
                "bulk-set-aside",
                count = set_aside.len(),
                files = set_aside.join(", ")
            )));
        }
        jobs
    }
}
