//! Where the operator is: the users list at the bottom, and the screens opened
//! over it. Opening a screen is a push, Back is a pop; each screen instance
//! has its own [`ScreenId`], never reused, so what comes back late finds the
//! instance it is for, or nothing.

use crate::ui::screen::users::Users;
use crate::ui::screen::{Screen, ScreenId};
use std::sync::atomic::{AtomicU64, Ordering};

/// Ids are unique for the life of the process, across sessions.
fn next_id() -> ScreenId {
    static NEXT: AtomicU64 = AtomicU64::new(1);
    ScreenId(NEXT.fetch_add(1, Ordering::Relaxed))
}

/// A screen on the stack, with its id.
pub struct Opened {
    pub id: ScreenId,
    pub screen: Screen,
}

pub struct Nav {
    /// Never empty: the first is the users list, which is never closed.
    stack: Vec<Opened>,
}

impl Nav {
    pub fn new(users: Users) -> Self {
        Nav {
            stack: vec![Opened {
                id: next_id(),
                screen: users.into(),
            }],
        }
    }

    /// The screen the operator sees.
    pub fn top(&self) -> &Opened {
        // The list is never closed, so the stack is never empty.
        &self.stack[self.stack.len() - 1]
    }

    /// The users list at the bottom.
    pub fn users(&self) -> Option<&Users> {
        match &self.stack[0].screen {
            Screen::Users(u) => Some(u),
            _ => None,
        }
    }

    pub fn users_id(&self) -> ScreenId {
        self.stack[0].id
    }

    pub fn get_mut(&mut self, id: ScreenId) -> Option<&mut Screen> {
        self.stack
            .iter_mut()
            .find(|o| o.id == id)
            .map(|o| &mut o.screen)
    }

    pub fn contains(&self, id: ScreenId) -> bool {
        self.stack.iter().any(|o| o.id == id)
    }

    /// Opens `screen` on top; its id.
    pub fn push(&mut self, screen: Screen) -> ScreenId {
        let id = next_id();
        self.stack.push(Opened { id, screen });
        id
    }

    /// Closes the screen `id` and whatever was opened over it (never the list).
    pub fn close(&mut self, id: ScreenId) {
        if let Some(at) = self.stack.iter().position(|o| o.id == id) {
            self.stack.truncate(at.max(1));
        }
    }

    /// Every screen, from the list up.
    pub fn iter(&self) -> impl Iterator<Item = &Opened> {
        self.stack.iter()
    }

    /// The ids from the top down (screens may close while they are told things).
    pub fn ids_from_top(&self) -> Vec<ScreenId> {
        self.stack.iter().rev().map(|o| o.id).collect()
    }

    /// Text formatted ahead of time follows the new interface language.
    pub fn language_changed(&mut self) {
        for opened in &mut self.stack {
            opened.screen.language_changed();
        }
    }

    pub fn depth(&self) -> usize {
        self.stack.len()
    }
}
