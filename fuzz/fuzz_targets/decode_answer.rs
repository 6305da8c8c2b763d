//! Any bytes as a server's answer, decoded as each answer the client reads.
//! A broken or hostile server may make a call fail; it must not panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use navixy_core::api::{UploadResult, UserPage, UserRecord, decode_answer};

fuzz_target!(|data: &[u8]| {
    let Some((&status, body)) = data.split_first() else {
        return;
    };
    let status = [200, 400, 401, 403, 404, 413, 429, 500][usize::from(status) % 8];
    let _ = decode_answer::<UserPage>(status, body);
    let _ = decode_answer::<UserRecord>(status, body);
    let _ = decode_answer::<UploadResult>(status, body);
    let _ = decode_answer::<serde_json::Value>(status, body);
});
