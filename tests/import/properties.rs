//! Property tests (proptest, stable Rust, part of `cargo test`): whatever a
//! file or a request holds, the CSV reader and the sandbox's parameter parser
//! give an answer or an error, never a panic, and keep their promises.

use navixy_panel::import::read_table;
use navixy_panel::sandbox::parse_parameters;
use proptest::prelude::*;
use serde_json::Value;

/// Text made mostly of what CSV files are made of, so the cases reach the
/// interesting paths (quotes, separators, every kind of line break).
fn csvish() -> impl Strategy<Value = String> {
    proptest::collection::vec(
        prop_oneof![
            Just(";".to_owned()),
            Just(",".to_owned()),
            Just("\t".to_owned()),
            Just("\"".to_owned()),
            Just("\r\n".to_owned()),
            Just("\r".to_owned()),
            Just("\n".to_owned()),
            Just("sep=;".to_owned()),
            Just("Email address*".to_owned()),
            "[a-zA-Zа-яё0-9@. ]{0,8}",
            any::<char>().prop_map(|c| c.to_string()),
        ],
        0..60,
    )
    .prop_map(|parts| parts.concat())
}

proptest! {
    #[test]
    fn the_csv_reader_answers_anything_and_counts_lines_upwards(text in csvish()) {
        if let Ok(table) = read_table("any.csv", text.as_bytes()) {
            let lines: Vec<usize> = table.rows.iter().map(|r| r.line).collect();
            prop_assert!(lines.iter().all(|l| *l >= 1));
            prop_assert!(lines.windows(2).all(|w| w[0] < w[1]), "{lines:?}");
        }
    }

    #[test]
    fn the_reader_answers_any_bytes_under_any_name(
        bytes in proptest::collection::vec(any::<u8>(), 0..400),
        name in prop_oneof![Just("a.csv"), Just("a.xlsx"), Just("a.xls"), Just("a.ods"), Just("a")],
    ) {
        let _ = read_table(name, &bytes);
    }

    #[test]
    fn the_parameter_parser_answers_any_request(
        query in proptest::option::of("[a-z_=&%0-9\\[\\]{}\"]{0,40}"),
        content_type in prop_oneof![
            Just("application/json"),
            Just("application/x-www-form-urlencoded"),
            Just("text/plain"),
            Just(""),
        ],
        body in proptest::collection::vec(any::<u8>(), 0..200),
    ) {
        let _ = parse_parameters(query.as_deref(), content_type, &body);
    }

    #[test]
    fn a_form_value_of_a_text_parameter_stays_its_text(
        key in prop_oneof![Just("comment"), Just("password"), Just("filter"), Just("login")],
        value in any::<String>(),
    ) {
        let body = serde_urlencoded::to_string([(key, value.as_str())]).unwrap();
        let parsed = parse_parameters(None, "application/x-www-form-urlencoded", body.as_bytes());
        prop_assert_eq!(parsed.map(|p| p[key].clone()), Ok(Value::String(value)));
    }
}
