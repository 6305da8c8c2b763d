//! Any request body (JSON, form, or something else) and query string through
//! the sandbox's parameter parser, as every operation receives them. A
//! hostile client may be refused; the sandbox must not panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use navixy_sandbox::parse_parameters;

fuzz_target!(|data: &[u8]| {
    // First byte: the content type; then a query string up to a NUL; the rest is the body.
    let Some((&kind, rest)) = data.split_first() else {
        return;
    };
    let content_type = ["application/json", "application/x-www-form-urlencoded", "text/plain", ""]
        [usize::from(kind) % 4];
    let (query, body) = match rest.iter().position(|b| *b == 0) {
        Some(i) => (std::str::from_utf8(&rest[..i]).ok(), &rest[i + 1..]),
        None => (None, rest),
    };
    let _ = parse_parameters(query, content_type, body);
});
