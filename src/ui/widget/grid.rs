//! A table that fits any window: columns keep the widths the operator gave
//! them (dragging the edge of a header resizes one), a table wider than the
//! window scrolls sideways instead of squeezing columns to nothing, text
//! that does not fit ends in "…" with the whole of it on hover, the scrollbar
//! has a lane of its own, and only the rows in view are built. Every table
//! is drawn with it (users, import, journal, trackers, bulk); what a screen
//! keeps of one between frames is a [`Table`].

use super::rows_in_view::Scroll;
use crate::ui::theme;
use iced::widget::{
    column, container, mouse_area, operation, responsive, row, scrollable, space, stack, text,
    tooltip,
};
use iced::{Alignment, Element, Length, Task, mouse};
use std::borrow::Cow;

/// The scrollbar's lane: its width and the gap before it.
const SCROLLBAR: f32 = 10.0;
const SCROLLBAR_GAP: f32 = 4.0;
/// The grab area at a header's right edge, with a thin line in it that
/// shows where to grab.
const HANDLE: f32 = 10.0;
const TEXT_SIZE: f32 = 16.0;
/// A sortable title's mark (⇕, ▲, ▼): its size, about its width, and the
/// gap before it.
const SORT_MARK: f32 = 12.0;
const SORT_GAP: f32 = 4.0;
pub const CELL_PADDING: f32 = 8.0;

/// A column as the grid draws it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Column {
    pub width: f32,
    pub min: f32,
    /// Numbers line up on the right.
    pub end: bool,
}

impl Column {
    pub fn new(width: f32) -> Self {
        Column {
            width,
            min: 48.0,
            end: false,
        }
    }

    pub fn min(self, min: f32) -> Self {
        Column { min, ..self }
    }

    pub fn end(self) -> Self {
        Column { end: true, ..self }
    }

    /// Lined up on the right when it holds numbers.
    pub fn end_if(self, numbers: bool) -> Self {
        Column {
            end: numbers,
            ..self
        }
    }
}

/// Dragging a header's edge.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Drag {
    /// Pressed on the edge of column `.0`, which is `.1` wide.
    Start(usize, f32),
    /// The pointer is at this x.
    Move(f32),
    End,
}

/// A resize in progress: which column, where the drag began, its width then.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Resizing {
    column: Option<(usize, f32)>,
    origin: Option<f32>,
}

impl Resizing {
    pub fn active(&self) -> bool {
        self.column.is_some()
    }

    /// Follows a drag: the column and its new width when one changes, and
    /// whether the drag ended (the screen then remembers the widths).
    pub fn drag(&mut self, drag: Drag, min: impl Fn(usize) -> f32) -> Option<(usize, f32)> {
        match drag {
            Drag::Start(column, width) => {
                *self = Resizing {
                    column: Some((column, width)),
                    origin: None,
                };
                None
            }
            Drag::Move(x) => {
                let (column, from) = self.column?;
                match self.origin {
                    // The first move after the press marks where the drag began.
                    None => {
                        self.origin = Some(x);
                        None
                    }
                    Some(origin) => Some((column, (from + x - origin).max(min(column)).round())),
                }
            }
            Drag::End => {
                *self = Resizing::default();
                None
            }
        }
    }
}

/// What a screen keeps of its grid between frames: where the body is
/// scrolled, a resize in progress, and the ids of the body and of the
/// header (which follows the body sideways).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Table {
    scroll: Scroll,
    resizing: Resizing,
    id: &'static str,
    header_id: &'static str,
}

impl Table {
    pub fn new(id: &'static str, header_id: &'static str) -> Table {
        Table {
            scroll: Scroll::default(),
            resizing: Resizing::default(),
            id,
            header_id,
        }
    }

    /// The body scrolled (its `on_scroll`): remembered, and the header
    /// follows sideways.
    pub fn scrolled<M: Send + 'static>(&mut self, viewport: &scrollable::Viewport) -> Task<M> {
        self.scroll.scrolled(viewport);
        header_follows(self.header_id, viewport)
    }

    /// Follows a drag of a header's edge (see [`Resizing::drag`]).
    pub fn resize(&mut self, drag: Drag, min: impl Fn(usize) -> f32) -> Option<(usize, f32)> {
        self.resizing.drag(drag, min)
    }

    pub fn resizing(&self) -> bool {
        self.resizing.active()
    }

    /// Scrolls so that `row` is wholly in view, when it is not.
    pub fn reveal<M: Send + 'static>(&self, row: usize, pitch: f32) -> Option<Task<M>> {
        let y = self.scroll.reveal(row, pitch)?;
        Some(operation::scroll_to(
            self.id,
            operation::AbsoluteOffset {
                x: None,
                y: Some(y),
            },
        ))
    }

    /// Back to the first row (the rows were replaced).
    pub fn to_top<M: Send + 'static>(&mut self) -> Task<M> {
        self.scroll.reset();
        operation::snap_to(self.id, operation::RelativeOffset::START)
    }

    /// The grid to draw with this state.
    pub fn grid<M>(
        &self,
        columns: Vec<Column>,
        rows: usize,
        row_height: f32,
        on_scroll: fn(scrollable::Viewport) -> M,
        on_drag: fn(Drag) -> M,
    ) -> Grid<M> {
        Grid {
            columns,
            rows,
            row_height,
            table: *self,
            on_scroll,
            on_drag,
        }
    }
}

/// What a grid shows (made by [`Table::grid`]).
pub struct Grid<M> {
    columns: Vec<Column>,
    rows: usize,
    row_height: f32,
    table: Table,
    on_scroll: fn(scrollable::Viewport) -> M,
    on_drag: fn(Drag) -> M,
}

/// About how wide `s` is at the text size, in pixels, from the widths of
/// the sans-serif letters by kind (iced 0.14 cannot end text with "…"
/// itself). Errs on the wide side: a cell may cut a letter early, never
/// overflow into the next.
/// One cell's content in its column: as wide as the column, padded, and
/// clipped so that nothing spills into the next one.
pub fn in_column<'a, M: 'a>(content: impl Into<Element<'a, M>>, width: f32) -> Element<'a, M> {
    container(content)
        .width(width)
        .padding([0.0, CELL_PADDING])
        .clip(true)
        .into()
}

/// Row `i` of a table whose rows are not chosen: its cells, striped.
pub fn plain_row<'a, M: 'a>(
    cells: impl IntoIterator<Item = Element<'a, M>>,
    height: f32,
    i: usize,
) -> Element<'a, M> {
    container(row(cells).height(height).align_y(Alignment::Center))
        .width(Length::Fill)
        .style(move |t| theme::table_row(t, false, i % 2 == 1))
        .into()
}

/// How wide `s` is drawn at `size` in the regular font.
pub fn text_width(s: &str, size: f32) -> f32 {
    super::measure::width(s, size, false)
}

/// The width a column needs to show `value` in a cell whole (with room for
/// the resize handle): for columns sized to what the language writes.
pub fn fitting(value: &str) -> f32 {
    text_width(value, TEXT_SIZE) + 2.0 * CELL_PADDING + HANDLE + 6.0
}

/// The width a column needs to show its bold `title` whole, with the sort
/// mark when it is `sortable`: the least a column's default width should
/// be in the language shown.
pub fn title_fitting(title: &str, sortable: bool) -> f32 {
    let mark = if sortable { SORT_GAP + SORT_MARK } else { 0.0 };
    super::measure::width(title, TEXT_SIZE, true) + mark + 2.0 * CELL_PADDING + HANDLE + 1.0
}

/// Text in a cell `width` wide: cut with "…" when it cannot fit, the whole
/// text then shown on hover.
pub fn cell<'a, M: 'a>(value: impl Into<Cow<'a, str>>, width: f32, end: bool) -> Element<'a, M> {
    styled_cell(value, width, end, text::default)
}

/// A column's title: bold, cut with "…" when the column is narrower than
/// it (Russian titles often are), the whole title on hover.
pub fn title<'a, M: 'a>(value: String, width: f32) -> Element<'a, M> {
    titled(value, width - 2.0 * CELL_PADDING - HANDLE, text::default)
}

/// A title in `room`, in `style`: whole, or cut with the whole on hover.
fn titled<'a, M: 'a>(
    value: String,
    room: f32,
    style: fn(&iced::Theme) -> text::Style,
) -> Element<'a, M> {
    let line = |s: String| {
        text(s)
            .font(crate::ui::theme::BOLD)
            .style(style)
            .wrapping(text::Wrapping::None)
    };
    let shown = match super::measure::cut(&value, TEXT_SIZE, true, room) {
        Cow::Borrowed(_) => return line(value).into(),
        Cow::Owned(cut) => cut,
    };
    tooltip(
        line(shown),
        container(text(value)).padding(6),
        tooltip::Position::Bottom,
    )
    .style(container::bordered_box)
    .into()
}

/// A [`cell`] whose text is in `style` (warnings, problems).
pub fn styled_cell<'a, M: 'a>(
    value: impl Into<Cow<'a, str>>,
    width: f32,
    end: bool,
    style: fn(&iced::Theme) -> text::Style,
) -> Element<'a, M> {
    let value = super::shown(value.into());
    let room = width - 2.0 * CELL_PADDING;
    let line = |s: Cow<'a, str>| {
        let t = text(s).style(style).wrapping(text::Wrapping::None);
        if end {
            t.width(Length::Fill).align_x(Alignment::End)
        } else {
            t
        }
    };
    // Whole when it fits (a megabyte is measured no further than a cell
    // could show: `measure` bounds it).
    let shown = match super::measure::cut(&value, TEXT_SIZE, false, room) {
        Cow::Borrowed(_) => return line(value).into(),
        Cow::Owned(cut) => cut,
    };
    let whole = super::shortened(&value, 2000).into_owned();
    tooltip(
        line(shown.into()),
        container(text(whole)).max_width(560.0).padding(6),
        tooltip::Position::Bottom,
    )
    .style(container::bordered_box)
    .into()
}

impl<M: Clone + 'static> Grid<M> {
    /// The grid: `title(c)` is column c's header, `line(k, widths)` the k-th
    /// row built with the columns' widths (each cell sized with [`cell`]).
    pub fn view<'a>(
        self,
        title: impl Fn(usize) -> Element<'a, M> + 'a,
        line: impl Fn(usize, &[f32]) -> Element<'a, M> + 'a,
    ) -> Element<'a, M>
    where
        M: 'a,
    {
        let widths: Vec<f32> = self.columns.iter().map(|c| c.width).collect();
        let total: f32 = widths.iter().sum();
        let Grid {
            rows,
            row_height,
            table:
                Table {
                    scroll,
                    resizing,
                    id,
                    header_id,
                },
            on_scroll,
            on_drag,
            ..
        } = self;
        let table = responsive(move |size| {
            let lane = SCROLLBAR + SCROLLBAR_GAP;
            let sideways = total + lane > size.width;
            let body_height =
                (size.height - row_height - if sideways { lane } else { 0.0 }).max(row_height);
            let overflows = rows as f32 * row_height > body_height;
            // Each title with a grab handle on its right edge; the header
            // keeps the scrollbar's lane too, so columns line up.
            let titles = widths.iter().enumerate().map(|(i, &w)| {
                row![
                    container(title(i))
                        .width(Length::Fill)
                        .padding([0.0, CELL_PADDING])
                        .clip(true),
                    mouse_area(
                        container(iced::widget::rule::vertical(1))
                            .center_x(HANDLE)
                            .height(Length::Fill)
                            .padding([6.0, 0.0])
                    )
                    .on_press(on_drag(Drag::Start(i, w)))
                    .interaction(mouse::Interaction::ResizingHorizontally),
                ]
                .width(w)
                .height(row_height)
                .align_y(Alignment::Center)
                .into()
            });
            let header_row =
                row(titles).push(space().width(if sideways || overflows { lane } else { 0.0 }));
            let in_view = scroll.in_view(rows, row_height, body_height);
            let mut lines = column![space().height(in_view.above)];
            for k in in_view.rows {
                lines = lines.push(line(k, &widths));
            }
            let lines = lines.push(space().height(in_view.below));
            let bar = scrollable::Scrollbar::new()
                .width(SCROLLBAR)
                .scroller_width(SCROLLBAR);
            if !sideways {
                // The scrollbar has a lane of its own (embedded).
                let body = scrollable(lines.width(total))
                    .id(id)
                    .on_scroll(on_scroll)
                    .direction(scrollable::Direction::Vertical(bar.spacing(SCROLLBAR_GAP)))
                    .height(Length::Fill);
                let header = container(header_row)
                    .width(Length::Fill)
                    .style(theme::table_header);
                return column![header, body].height(Length::Fill).into();
            }
            // Wider than the window: the body scrolls both ways, its
            // scrollbars in lanes of their own at the right and the bottom
            // (embedded: no row shows through beside or under them); the
            // header follows sideways.
            let body = scrollable(lines.width(total))
                .id(id)
                .on_scroll(on_scroll)
                .direction(scrollable::Direction::Both {
                    vertical: bar.spacing(SCROLLBAR_GAP),
                    horizontal: bar.spacing(SCROLLBAR_GAP),
                })
                .height(Length::Fill);
            let header = scrollable(container(header_row).style(theme::table_header))
                .id(header_id)
                .direction(scrollable::Direction::Horizontal(
                    scrollable::Scrollbar::hidden(),
                ))
                .width(Length::Fill);
            // The square where the two scrollbars meet is covered: rows
            // scrolled under it showed through there.
            let corner = overflows.then(|| {
                let square = space().width(SCROLLBAR).height(SCROLLBAR);
                container(container(square).style(theme::page))
                    .align_right(Length::Fill)
                    .align_bottom(Length::Fill)
            });
            let body =
                stack![body].push(corner.map_or_else(|| Element::from(space()), Element::from));
            column![
                container(header)
                    .width(Length::Fill)
                    .style(theme::table_header),
                body
            ]
            .height(Length::Fill)
            .into()
        });
        let area = mouse_area(table);
        if resizing.active() {
            area.on_move(move |p| on_drag(Drag::Move(p.x)))
                .on_release(on_drag(Drag::End))
                .on_exit(on_drag(Drag::End))
                .interaction(mouse::Interaction::ResizingHorizontally)
                .into()
        } else {
            area.into()
        }
    }
}

/// Keeps a grid's header over its columns when the body scrolls sideways.
fn header_follows<M: Send + 'static>(
    header_id: &'static str,
    viewport: &scrollable::Viewport,
) -> iced::Task<M> {
    iced::widget::operation::scroll_to(
        header_id,
        iced::widget::operation::AbsoluteOffset {
            x: Some(viewport.absolute_offset().x),
            y: Some(0.0),
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_drag_resizes_from_where_it_began_and_never_below_the_minimum() {
        let mut r = Resizing::default();
        assert_eq!(r.drag(Drag::Start(2, 120.0), |_| 60.0), None);
        assert!(r.active());
        assert_eq!(r.drag(Drag::Move(500.0), |_| 60.0), None, "the origin");
        assert_eq!(r.drag(Drag::Move(530.0), |_| 60.0), Some((2, 150.0)));
        assert_eq!(r.drag(Drag::Move(300.0), |_| 60.0), Some((2, 60.0)));
        assert_eq!(r.drag(Drag::End, |_| 60.0), None);
        assert!(!r.active());
        assert_eq!(
            r.drag(Drag::Move(900.0), |_| 60.0),
            None,
            "no drag, no change"
        );
    }
}

/// How a column stands to the sort.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sorted {
    /// The server cannot sort by it: plain words.
    Never,
    /// It can, and does not now: ⇕.
    Not,
    Ascending,
    Descending,
}

/// A column's title that says how it sorts before it is used: ⇕ until it is
/// the sort, then ▲ or ▼; pressing it sends `sort`. One that cannot sort is
/// plain, quieter words.
///
/// `width` is the column's: the title is cut to leave the mark its room.
pub fn sort_title<'a, M: Clone + 'a>(
    title: String,
    width: f32,
    sorted: Sorted,
    sort: M,
) -> Element<'a, M> {
    let room = width - 2.0 * CELL_PADDING - HANDLE;
    let mark: Element<'a, M> = match sorted {
        Sorted::Never => return titled(title, room, text::secondary),
        Sorted::Not => super::icon::sortable()
            .size(SORT_MARK)
            .style(text::secondary)
            .into(),
        Sorted::Ascending => text("▲").size(SORT_MARK).into(),
        Sorted::Descending => text("▼").size(SORT_MARK).into(),
    };
    iced::widget::button(
        row![
            titled(title, room - SORT_MARK - SORT_GAP, text::default),
            mark
        ]
        .spacing(SORT_GAP)
        .align_y(Alignment::Center),
    )
    .padding(0)
    .style(iced::widget::button::text)
    .on_press(sort)
    .into()
}

impl Sorted {
    /// A column that sorts by `by`, when the list is sorted by `now`.
    pub fn of<T: PartialEq>(by: Option<T>, now: T, ascending: bool) -> Sorted {
        match by {
            None => Sorted::Never,
            Some(by) if by != now => Sorted::Not,
            Some(_) if ascending => Sorted::Ascending,
            Some(_) => Sorted::Descending,
        }
    }
}
