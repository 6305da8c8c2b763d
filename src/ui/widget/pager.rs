//! Paging a list the server pages (`offset`, `limit`, and a `count` that
//! ignores them): first, previous, a page number to type, next, last, and
//! "41–60 of 2,341". The users list and a user's trackers page this way.

use crate::fl;
use crate::i18n;
use crate::ui::widget::icon;
use iced::widget::{Text, button, container, pick_list, row, space, text, text_input, tooltip};
use iced::{Alignment, Element};

/// Which page of how many.
#[derive(Debug, Clone, PartialEq)]
pub struct Pager {
    page: u32,
    size: u32,
    count: u64,
    /// The page number typed (1-based, as shown), until it is gone to.
    typed: String,
}

/// What the operator did to the pager.
#[derive(Debug, Clone, PartialEq)]
pub enum Step {
    First,
    Previous,
    Next,
    Last,
    Typed(String),
    /// Go to the page typed.
    GoTo,
    Size(u32),
}

impl Pager {
    pub fn new(size: u32) -> Self {
        Pager {
            page: 0,
            size: size.max(1),
            count: 0,
            typed: String::new(),
        }
    }

    /// The page shown, from 0.
    pub fn page(&self) -> u32 {
        self.page
    }

    pub fn size(&self) -> u32 {
        self.size
    }

    /// How many there are on all pages.
    pub fn count(&self) -> u64 {
        self.count
    }

    pub fn offset(&self) -> u32 {
        self.page.saturating_mul(self.size)
    }

    /// The last page there is (0 when there is one page or none).
    pub fn last_page(&self) -> u32 {
        u32::try_from(self.count.saturating_sub(1) / u64::from(self.size)).unwrap_or(u32::MAX)
    }

    /// The server said how many there are.
    pub fn counted(&mut self, count: u64) {
        self.count = count;
    }

    /// Back to the first page (a new filter or sort).
    pub fn restart(&mut self) {
        self.page = 0;
        self.typed.clear();
    }

    /// Takes a step; true when another page (or page size) is to be read.
    pub fn step(&mut self, step: Step) -> bool {
        let to = match step {
            Step::First => 0,
            Step::Previous => self.page.saturating_sub(1),
            Step::Next => self.page.saturating_add(1).min(self.last_page()),
            Step::Last => self.last_page(),
            Step::Typed(typed) => {
                // A page is a number: anything else is not taken.
                self.typed = typed.chars().filter(char::is_ascii_digit).take(9).collect();
                return false;
            }
            Step::GoTo => {
                let typed = std::mem::take(&mut self.typed);
                match typed.parse::<u32>() {
                    Ok(n) if n >= 1 => (n - 1).min(self.last_page()),
                    _ => return false,
                }
            }
            Step::Size(size) => {
                self.size = size.max(1);
                self.restart();
                return true;
            }
        };
        self.typed.clear();
        let moved = to != self.page;
        self.page = to;
        moved
    }

    /// "41–60 of 2,341" for a page of `shown`; `empty` when there are none.
    pub fn range_text(&self, shown: usize, empty: String) -> String {
        if self.count == 0 {
            return empty;
        }
        let first = u64::from(self.offset()) + 1;
        let last = (first + shown as u64).saturating_sub(1).max(first);
        fl!(
            "pager-range",
            first = i18n::count(first),
            last = i18n::count(last),
            total = i18n::count(self.count)
        )
    }

    /// The pager's line: page sizes (when offered), the range, the steps.
    pub fn view<'a, M: Clone + 'static>(
        &'a self,
        range: String,
        sizes: Option<&'static [u32]>,
        wrap: fn(Step) -> M,
    ) -> Element<'a, M> {
        let (back, on) = (self.page > 0, self.page < self.last_page());
        let step = move |i: Text<'a>, hint: String, s: Step, can: bool| {
            tooltip(
                button(i.size(15))
                    .padding([5, 8])
                    .on_press_maybe(can.then(|| wrap(s))),
                container(text(hint).size(13)).padding(6),
                tooltip::Position::Top,
            )
            .style(container::bordered_box)
        };
        let go_to = text_input(&(self.page + 1).to_string(), &self.typed)
            .on_input(move |t| wrap(Step::Typed(t)))
            .on_submit(wrap(Step::GoTo))
            .width(64)
            .padding(5);
        let mut line = row![].spacing(8).align_y(Alignment::Center);
        if let Some(sizes) = sizes {
            line = line.push(text(fl!("pager-page-size"))).push(pick_list(
                sizes,
                Some(self.size),
                move |s| wrap(Step::Size(s)),
            ));
        }
        line.push(space::horizontal())
            .push(text(range))
            .push(step(
                icon::first_page(),
                fl!("pager-first"),
                Step::First,
                back,
            ))
            .push(step(
                icon::previous_page(),
                fl!("pager-previous"),
                Step::Previous,
                back,
            ))
            .push(text(fl!("pager-page")))
            .push(go_to)
            .push(text(fl!(
                "pager-of",
                pages = i18n::count(u64::from(self.last_page()) + 1)
            )))
            .push(step(icon::next_page(), fl!("pager-next"), Step::Next, on))
            .push(step(icon::last_page(), fl!("pager-last"), Step::Last, on))
            .into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_stay_within_the_pages_there_are() {
        let mut p = Pager::new(20);
        p.counted(95); // pages 0..=4
        assert_eq!(p.last_page(), 4);
        assert!(!p.step(Step::Previous), "already first");
        assert!(p.step(Step::Last));
        assert_eq!((p.page(), p.offset()), (4, 80));
        assert!(!p.step(Step::Next), "already last");
        assert!(
            !p.step(Step::Typed("2x".into())),
            "typing reads nothing yet"
        );
        assert!(p.step(Step::GoTo), "page 2 as shown");
        assert_eq!(p.page(), 1);
        p.step(Step::Typed("99".into()));
        assert!(p.step(Step::GoTo), "past the end: the last page");
        assert_eq!(p.page(), 4);
        p.step(Step::Typed("0".into()));
        assert!(!p.step(Step::GoTo), "no page 0");
        assert!(p.step(Step::Size(50)));
        assert_eq!((p.page(), p.last_page()), (0, 1));
        p.counted(0);
        assert_eq!(p.last_page(), 0, "no users: one empty page");
    }
}
