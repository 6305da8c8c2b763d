//! An import that updates, against a real sandbox: each row classified as
//! new, changed (old → new for the file's columns), unchanged or a conflict,
//! in as few requests as the file needs; a changed row applied with the
//! whole user as the server has it, only the file's columns changed, and the
//! password never.

use crate::common::{new_individual, start, start_configured};
use navixy_panel::import::Preview;
use navixy_panel::model::import_columns::ImportColumn;
use navixy_panel::session::sync::{self, Class, Conflict};

const HEADER: &str = "Email address*;Password*;Status*;Legal status*;Surname*;Name*;Phone number;Discount;\
Country;Region;City;Street, address;Zip code;Tax number;Registration country;Registration region;\
Registration city;Registration address;Registration zip code";

fn preview(rows: &[&str]) -> Preview {
    let text = std::iter::once(HEADER)
        .chain(rows.iter().copied())
        .collect::<Vec<_>>()
        .join("\n");
    Preview::open("sync.csv", text.as_bytes(), &mut |_, _| {}).expect("reads")
}

#[tokio::test]
async fn rows_are_classified_and_a_changed_one_applied_with_only_the_files_columns() {
    let h = start().await;
    let hash = h.demo().await;
    for login in [
        "a.sync@example.com",
        "b.sync@example.com",
        "d.sync@example.com",
    ] {
        h.client
            .user_create(&hash, &new_individual(login))
            .await
            .unwrap();
    }
    // new_individual: Jane Doe, phone 2135550000, discount 7.5, city Zürich.
    let p = preview(&[
        // A: another first name and phone.
        "a.sync@example.com;whatever1;1;1;Doe;Janet;12135550001;7.5;;;;;;;;;;;",
        // B: as the server has it (the phone written otherwise).
        "b.sync@example.com;whatever1;1;1;Doe;Jane;2135550000;7,5;;;;;;;;;;;",
        // C: not on the server.
        "c.sync@example.com;whatever1;1;1;New;Person;;;;;;;;;;;;;",
        // D: a sole trader now: the server cannot change a legal type.
        "d.sync@example.com;whatever1;1;3;Doe;Jane;2135550000;7.5;CH;ZH;Zürich;Main 1;8001;123456789;CH;ZH;Zürich;Main 1;8001",
    ]);
    let rows = p.ready_rows();
    assert_eq!(rows.len(), 4, "every row valid");
    let c = sync::classify(&h.client, &hash, &p, &rows).await.unwrap();
    assert_eq!(c.classes[&0].key(), "changed");
    let Class::Changed { user_id, changes } = &c.classes[&0] else {
        unreachable!()
    };
    let columns: Vec<ImportColumn> = changes.iter().map(|ch| ch.column).collect();
    assert_eq!(columns, vec![ImportColumn::Name, ImportColumn::Phone]);
    assert_eq!(
        (changes[0].old.as_str(), changes[0].new.as_str()),
        ("Jane", "Janet")
    );
    assert_eq!(c.classes[&1].key(), "unchanged");
    assert_eq!(c.classes[&2], Class::New);
    assert!(matches!(
        c.classes[&3],
        Class::Conflict {
            reason: Conflict::LegalType { .. },
            ..
        }
    ));
    // One page of the dealer's users, and a read each for the discount.
    assert_eq!(c.requests, 1 + 3);

    sync::apply_change(&h.client, &hash, &p, 0, *user_id)
        .await
        .unwrap();
    let after = h.client.user_read(&hash, *user_id).await.unwrap();
    let f = &after.user.fields;
    assert_eq!(f.first_name.as_deref(), Some("Janet"));
    assert_eq!(f.phone.as_deref(), Some("12135550001"));
    assert_eq!(
        f.post_city.as_deref(),
        Some("Zürich"),
        "not in the file: kept"
    );
    assert_eq!(
        after.user.comment.as_deref(),
        Some("created by a test"),
        "kept"
    );
    assert_eq!(after.discount.unwrap().min_trackers, Some(2), "kept");
    assert!(
        h.client
            .user_auth("a.sync@example.com", "12@14Y$", None)
            .await
            .is_ok(),
        "the password is the one it had"
    );
    // Classified again: nothing left to change.
    let again = sync::classify(&h.client, &hash, &p, &rows).await.unwrap();
    assert_eq!(again.classes[&0].key(), "unchanged");
}

/// Few rows of a dealer with many users are looked up one by one; a file
/// as big as the dealer reads every page instead.
#[tokio::test]
async fn the_fewest_requests_for_the_file() {
    let h = start_configured(|c| c.demo_users = 2500).await;
    let hash = h.demo().await;
    // A user the first page (by id) does not have.
    let query = navixy_panel::api::ListQuery {
        offset: Some(2400),
        limit: Some(1),
        ..Default::default()
    };
    let late = h
        .client
        .users_list(&hash, &query)
        .await
        .unwrap()
        .list
        .remove(0);
    let row = format!(
        "{};whatever1;1;1;Smith;John;;;;;;;;;;;;;",
        late.fields.login.as_deref().unwrap()
    );
    let one = preview(&[row.as_str()]);
    let header_only = one.columns.clone();
    assert!(header_only.contains(&ImportColumn::Discount));
    let rows = one.ready_rows();
    let c = sync::classify(&h.client, &hash, &one, &rows).await.unwrap();
    // The first page (its count), one lookup, one read for the discount.
    assert_eq!(c.requests, 3);
    assert_ne!(c.classes[&0], Class::New);
}
