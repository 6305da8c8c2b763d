//! A choice from a short list, shown in the operator's words: one wrapper
//! for every pick list, instead of a `Display` type per list.

use iced::widget::{PickList, pick_list};

/// A value with the words that name it.
#[derive(Debug, Clone)]
pub struct Choice<T> {
    pub value: T,
    label: String,
}

impl<T: PartialEq> PartialEq for Choice<T> {
    fn eq(&self, other: &Self) -> bool {
        self.value == other.value
    }
}

impl<T> std::fmt::Display for Choice<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.label)
    }
}

impl<T> Choice<T> {
    pub fn new(value: T, label: String) -> Self {
        Choice { value, label }
    }
}

/// A pick list of `values`, each named by `label`; picking one sends `on_pick(value)`.
pub fn choice<'a, T, M>(
    values: impl IntoIterator<Item = T>,
    selected: Option<T>,
    label: impl Fn(&T) -> String,
    on_pick: impl Fn(T) -> M + 'a,
) -> PickList<'a, Choice<T>, Vec<Choice<T>>, Choice<T>, M>
where
    T: Clone + PartialEq + 'a,
    M: Clone + 'a,
{
    let options: Vec<Choice<T>> = values
        .into_iter()
        .map(|v| {
            let name = label(&v);
            Choice::new(v, name)
        })
        .collect();
    let selected = selected.map(|v| {
        let name = label(&v);
        Choice::new(v, name)
    });
    pick_list(options, selected, move |c: Choice<T>| on_pick(c.value))
}
