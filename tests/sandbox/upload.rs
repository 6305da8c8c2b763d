//! panel/user/upload: the documented formats and every documented error,
//! including the real templates Navixy hands to dealers.

use crate::common::{code, start};
use navixy_panel::api::ListQuery;
use navixy_panel::export::{Cell, write_xlsx};

const HEADER: &str =
    "Email address*;Password*;Status*;Legal status*;Surname*;Name*;Phone number;City";

fn csv(rows: &[&str]) -> Vec<u8> {
    let mut s = String::from(HEADER);
    for r in rows {
        s.push('\n');
        s.push_str(r);
    }
    s.into_bytes()
}

#[tokio::test]
async fn the_real_templates_upload_cleanly() {
    let h = start().await;
    let hash = h.demo().await;
    for (file, logins) in [
        (
            "users_import_template_en.xlsx",
            ["individual@example.com", "legal@example.com"],
        ),
        (
            "users_import_template_ru.xlsx",
            ["fizik@example.com", "urik@example.com"],
        ),
    ] {
        let bytes = std::fs::read(format!("tests/fixtures/{file}")).unwrap();
        let result = h
            .client
            .users_upload(&hash, file, bytes)
            .await
            .unwrap_or_else(|e| panic!("{file}: {e:?}"));
        assert_eq!((result.total, result.errors), (2, 0), "{file}");
        for login in logins {
            h.user_by_login(&hash, login).await;
        }
    }
    let legal = h.user_by_login(&hash, "legal@example.com").await;
    assert_eq!(
        legal.fields.post_index.as_deref(),
        Some("11230"),
        "numeric zip reads as text"
    );
    assert_eq!(
        legal.fields.phone.as_deref(),
        Some("17189164558"),
        "formula by its cached value"
    );
    let rec = h.client.user_read(&hash, legal.id).await.unwrap();
    let d = rec.discount.unwrap();
    assert_eq!(
        (d.value, d.min_trackers, d.end_date.as_deref()),
        (Some(5.0), Some(10), Some("2050-12-31")),
        "date cell"
    );
}

#[tokio::test]
async fn csv_in_any_column_order_english_or_russian_utf8_or_1251() {
    let h = start().await;
    let hash = h.demo().await;
    let en = "Name*;Surname*;Email address*;Password*;Status*;Legal status*;Comment\nAnna;Lee;anna.lee@example.com;secret12;1;1;\"Pays; on time\"\n";
    assert_eq!(
        h.client
            .users_upload(&hash, "en.csv", en.as_bytes().to_vec())
            .await
            .unwrap()
            .total,
        1
    );
    let anna = h.user_by_login(&hash, "anna.lee@example.com").await;
    assert_eq!(anna.comment.as_deref(), Some("Pays; on time"));

    let ru = "Адрес электронной почты*;Пароль*;Статус*;Юридический статус*;Фамилия*;Имя*;Город\npetrov@example.ru;пароль12;0;1;Петров;Иван;Екатеринбург\n";
    let (cp1251, _, _) = encoding_rs::WINDOWS_1251.encode(ru);
    assert_eq!(
        h.client
            .users_upload(&hash, "ru.csv", cp1251.into_owned())
            .await
            .unwrap()
            .total,
        1
    );
    let petrov = h.user_by_login(&hash, "petrov@example.ru").await;
    assert_eq!(petrov.fields.last_name.as_deref(), Some("Петров"));
    assert_eq!(petrov.fields.activated, Some(false), "status 0 is blocked");

    let xlsx = write_xlsx(
        "Users",
        &[
            "Email address",
            "Password",
            "Status",
            "Legal status",
            "Surname",
            "Name",
            "Zip code",
        ],
        &[vec![
            Cell::Text("xl.user@example.com".into()),
            Cell::Text("secret12".into()),
            Cell::Number(1.0),
            Cell::Number(1.0),
            Cell::Text("Xl".into()),
            Cell::Text("User".into()),
            Cell::Number(90001.0),
        ]],
    )
    .unwrap();
    assert_eq!(
        h.client
            .users_upload(&hash, "users.xlsx", xlsx)
            .await
            .unwrap()
            .total,
        1
    );
    assert_eq!(
        h.user_by_login(&hash, "xl.user@example.com")
            .await
            .fields
            .post_index
            .as_deref(),
        Some("90001")
    );
}

#[tokio::test]
async fn documented_upload_errors_carry_the_row_number() {
    let h = start().await;
    let hash = h.demo().await;
    let api = |r: Result<_, navixy_panel::api::Error>| r.unwrap_err().api().cloned().unwrap();

    // 7 at row 1: required columns missing.
    let e = api(h
        .client
        .users_upload(
            &hash,
            "a.csv",
            b"Email address;Surname;Name\na@b.co;A;B\n".to_vec(),
        )
        .await);
    assert_eq!((e.code, e.row_number), (7, Some(1)));
    assert!(
        e.errors
            .iter()
            .any(|p| p.parameter == "users_import.password"
                && p.error == "required column not found")
    );
    // 7 at the bad row, naming the parameter.
    let e = api(h
        .client
        .users_upload(
            &hash,
            "a.csv",
            csv(&[
                "ok.one@example.com;secret12;1;1;One;Ok;;",
                "broken-email;secret12;1;1;Two;Bad;;",
            ]),
        )
        .await);
    assert_eq!((e.code, e.row_number), (7, Some(3)));
    assert_eq!(e.error_for("user.login"), Some("E-mail must be valid"));
    // Rows before the bad one were created: the panel must check before a retry.
    h.user_by_login(&hash, "ok.one@example.com").await;
    // 206: already registered.
    let e = api(h
        .client
        .users_upload(
            &hash,
            "a.csv",
            csv(&["john.smith@example.com;secret12;1;1;Smith;John;;"]),
        )
        .await);
    assert_eq!((e.code, e.row_number), (206, Some(2)));
    // 273: the same login twice in the file.
    let e = api(h
        .client
        .users_upload(
            &hash,
            "a.csv",
            csv(&[
                "dup@example.com;secret12;1;1;A;B;;",
                "x@example.com;secret12;1;1;A;B;;",
                "DUP@example.com;secret12;1;1;A;B;;",
            ]),
        )
        .await);
    assert_eq!((e.code, e.row_number), (273, Some(4)));
    // 274: nothing to load.
    assert_eq!(
        code(
            h.client
                .users_upload(&hash, "a.csv", csv(&[";;;;;;;", ""]))
                .await
        ),
        274
    );
    assert_eq!(
        code(h.client.users_upload(&hash, "a.csv", Vec::new()).await),
        274
    );
    // 268: over 10,000 rows.
    let many: Vec<String> = (0..10_001)
        .map(|i| format!("bulk{i}@example.com;secret12;1;1;A;B;;"))
        .collect();
    let many: Vec<&str> = many.iter().map(String::as_str).collect();
    let e = api(h.client.users_upload(&hash, "a.csv", csv(&many)).await);
    assert_eq!((e.code, e.http_status), (268, 402));
    // 271: over 10 MB.
    let e = api(h
        .client
        .users_upload(&hash, "a.csv", vec![b'a'; 10 * 1024 * 1024 + 1])
        .await);
    assert_eq!((e.code, e.http_status), (271, 413));
    // 234: junk that claims to be a spreadsheet.
    assert_eq!(
        code(
            h.client
                .users_upload(&hash, "a.xlsx", b"PK\x03\x04 definitely not a zip".to_vec())
                .await
        ),
        234
    );
    let count = h
        .client
        .users_list(
            &hash,
            &ListQuery {
                filter: Some("bulk".into()),
                ..Default::default()
            },
        )
        .await
        .unwrap()
        .count;
    assert_eq!(count, 0, "a refused file creates nobody");
}

#[tokio::test]
async fn no_file_part_is_code_233() {
    let h = start().await;
    let hash = h.demo().await;
    let hex = hash.expose().to_owned();
    let (status, body) = h
        .raw("panel/user/upload", |r| {
            r.header("Authorization", format!("NVX {hex}"))
                .multipart(reqwest::multipart::Form::new().text("redirect_target", "x"))
        })
        .await;
    assert_eq!((status, body["status"]["code"].as_u64()), (400, Some(233)));
}
