//! Any bytes, under any of the names an operator's file may have, through the
//! importer: reading (CSV, XLSX, XLS, ODS), normalising and checking every row.
//! It may refuse the file; it must not panic, hang or exhaust memory.
#![no_main]

use libfuzzer_sys::fuzz_target;
use navixy_core::import::Preview;

const NAMES: [&str; 5] = ["users.csv", "users.xlsx", "users.xls", "users.ods", "users"];

fuzz_target!(|data: &[u8]| {
    // libfuzzer aborts at any panic, even one the importer catches (it turns
    // calamine's panics on damaged files into a "damaged file" problem): the
    // default hook lets those unwind; a panic that escapes still aborts.
    static DEFAULT_HOOK: std::sync::Once = std::sync::Once::new();
    DEFAULT_HOOK.call_once(|| drop(std::panic::take_hook()));
    let Some((&pick, bytes)) = data.split_first() else {
        return;
    };
    let name = NAMES[usize::from(pick) % NAMES.len()];
    if let Ok(mut preview) = Preview::open(name, bytes, &mut |_, _| {}) {
        // The operator's actions on what was read must hold up too.
        let _ = preview.summary();
        if !preview.rows.is_empty() {
            preview.set_included(0, false);
            preview.exclude_invalid();
            let _ = preview.ready_rows();
        }
    }
});
