//! The rest of Navixy's users section through the client, against the
//! sandbox over loopback HTTP: permissions, the dealer's account, a user's
//! trackers, plans, time zones, 2FA and menu presets. Each with its
//! documented errors and another dealer's ids refused; the bodies both ways
//! checked against the official spec's schemas.

use crate::common::spec::Spec;
use crate::common::{code, new_individual, start, start_configured};
use navixy_panel::api::{DealerHash, ListQuery};
use navixy_panel::model::{Permit, TrackerOrder, TrackerQuery};
use navixy_panel::sandbox::{DEMO_DEALER, VIEWER_DEALER};
use serde_json::json;

async fn viewer(h: &crate::common::Harness) -> DealerHash {
    h.client
        .panel_auth(VIEWER_DEALER.login, VIEWER_DEALER.password)
        .await
        .expect("viewer login")
}

fn trackers_of(user_id: i64) -> TrackerQuery {
    TrackerQuery {
        user_id,
        limit: 50,
        ascending: true,
        ..TrackerQuery::default()
    }
}

#[tokio::test]
async fn a_dealer_that_may_only_look_is_refused_every_change_with_13() {
    let h = start().await;
    let full = h.client.permissions(&h.demo().await).await.unwrap();
    assert!(full.is_known());
    for p in [
        Permit::CreateUsers,
        Permit::EditUsers,
        Permit::ChangeBalance,
        Permit::DeleteUsers,
        Permit::ActAsUser,
    ] {
        assert!(full.allows(p), "{p:?}");
    }
    let hash = viewer(&h).await;
    let limited = h.client.permissions(&hash).await.unwrap();
    for p in [
        Permit::SeeTrackers,
        Permit::SeeTransactions,
        Permit::SeePlans,
    ] {
        assert!(limited.allows(p), "{p:?}");
    }
    for p in [
        Permit::CreateUsers,
        Permit::EditUsers,
        Permit::ChangeBalance,
        Permit::DeleteUsers,
        Permit::ActAsUser,
    ] {
        assert!(!limited.allows(p), "{p:?}");
    }
    // What it may do works; every change is refused before anything changes.
    let page = h
        .client
        .users_list(&hash, &ListQuery::default())
        .await
        .unwrap();
    let user = page.list.first().cloned().expect("the viewer has users");
    let c = &h.client;
    assert!(c.trackers(&hash, &trackers_of(user.id)).await.is_ok());
    assert!(!c.plans(&hash).await.unwrap().is_empty());
    assert_eq!(
        code(
            c.user_create(&hash, &new_individual("no@example.com"))
                .await
        ),
        13
    );
    let rec = c.user_read(&hash, user.id).await.unwrap();
    let update = navixy_panel::api::UserUpdate::new(
        user.id,
        rec.user.fields.clone(),
        rec.discount.clone().unwrap_or_default(),
    );
    assert_eq!(code(c.user_update(&hash, &update).await), 13);
    assert_eq!(
        code(c.user_change_password(&hash, user.id, "secret123").await),
        13
    );
    let balance = c
        .change_balance(
            &hash,
            user.id,
            5.0,
            navixy_panel::model::BalanceKind::Balance,
            "Top up",
        )
        .await;
    assert_eq!(code(balance), 13);
    let login = user.fields.login.clone().unwrap_or_default();
    assert_eq!(code(c.user_corrupt(&hash, user.id, &login, true).await), 13);
    assert_eq!(code(c.user_session_create(&hash, user.id).await), 13);
    assert_eq!(code(c.set_mfa(&hash, &[user.id], true).await), 13);
    assert_eq!(code(c.assign_menu_preset(&hash, 2, &[user.id]).await), 13);
    assert_eq!(
        code(c.users_upload(&hash, "users.csv", b"a;b\n".to_vec()).await),
        13
    );
    let after = c.user_read(&hash, user.id).await.unwrap();
    assert_eq!(after, rec, "nothing changed");
}

#[tokio::test]
async fn the_dealers_domain_is_where_its_users_web_interface_answers() {
    let h = start().await;
    let hash = h.demo().await;
    let info = h.client.dealer_info(&hash).await.unwrap();
    assert_eq!(info.id, Some(DEMO_DEALER.id));
    assert_eq!(
        info.domain.as_deref(),
        Some(h.sandbox.addr().to_string().as_str())
    );
    // The page "log in as user" opens, for a session of that user.
    let john = h.user_by_login(&hash, "john.smith@example.com").await;
    let key = h.client.user_session_create(&hash, john.id).await.unwrap();
    let page = |key: String| {
        let url = format!(
            "http://{}/pro/demo/?session_key={key}",
            info.domain.clone().unwrap()
        );
        async move {
            let r = reqwest::get(url).await.unwrap();
            (r.status().as_u16(), r.text().await.unwrap())
        }
    };
    let (status, body) = page(key.expose().to_owned()).await;
    assert_eq!(status, 200);
    assert!(
        body.contains("Signed in as john.smith@example.com"),
        "{body}"
    );
    let (status, body) = page("0".repeat(32)).await;
    assert_eq!(status, 401);
    assert!(body.contains("not valid"), "{body}");
}

#[tokio::test]
async fn a_users_trackers_agree_with_the_user_page_sort_and_filter() {
    let h = start().await;
    let hash = h.demo().await;
    let c = &h.client;
    // The showcase user with clones and a deleted tracker.
    let page = c
        .users_list(
            &hash,
            &ListQuery {
                limit: Some(100),
                ..ListQuery::default()
            },
        )
        .await
        .unwrap();
    let owner = page
        .list
        .iter()
        .filter(|u| u.trackers_count.unwrap_or(0) >= 5)
        .max_by_key(|u| u.trackers_count)
        .cloned()
        .expect("a user with trackers");
    let n = owner.trackers_count.unwrap() as u64;
    let all = c
        .trackers(
            &hash,
            &TrackerQuery {
                limit: 1000,
                ..trackers_of(owner.id)
            },
        )
        .await
        .unwrap();
    assert_eq!((all.count, all.list.len() as u64), (n, n));
    assert!(all.list.iter().all(|t| t.user_id == Some(owner.id)));
    // Pages: the count ignores them; together they are the whole list.
    let first = c
        .trackers(
            &hash,
            &TrackerQuery {
                limit: 2,
                ..trackers_of(owner.id)
            },
        )
        .await
        .unwrap();
    let second = c
        .trackers(
            &hash,
            &TrackerQuery {
                limit: 2,
                offset: 2,
                ..trackers_of(owner.id)
            },
        )
        .await
        .unwrap();
    assert_eq!(first.count, n);
    let ids: Vec<i64> = first
        .list
        .iter()
        .chain(&second.list)
        .map(|t| t.id)
        .collect();
    let expected: Vec<i64> = all.list.iter().take(4).map(|t| t.id).collect();
    assert_eq!(ids, expected);
    // Sorted by label, both ways.
    let by = |ascending| TrackerQuery {
        order_by: TrackerOrder::Label,
        ascending,
        limit: 1000,
        ..trackers_of(owner.id)
    };
    let up = c.trackers(&hash, &by(true)).await.unwrap();
    let labels: Vec<String> = up.list.iter().map(|t| t.label.to_lowercase()).collect();
    let mut sorted = labels.clone();
    sorted.sort();
    assert_eq!(labels, sorted);
    let down = c.trackers(&hash, &by(false)).await.unwrap();
    assert_eq!(
        down.list.first().map(|t| t.id),
        up.list.last().map(|t| t.id)
    );
    // A filter by a device's IMEI finds that one tracker.
    let imei = all.list[0].source.device_id.clone().unwrap();
    let found = c
        .trackers(
            &hash,
            &TrackerQuery {
                filter: Some(imei),
                ..trackers_of(owner.id)
            },
        )
        .await
        .unwrap();
    assert_eq!(
        found.list.iter().map(|t| t.id).collect::<Vec<_>>(),
        vec![all.list[0].id]
    );
    // Another dealer's user: not found.
    let other = h.other().await;
    assert_eq!(code(c.trackers(&other, &trackers_of(owner.id)).await), 201);
}

#[tokio::test]
async fn a_plan_is_one_of_the_dealers_own() {
    let h = start().await;
    let hash = h.demo().await;
    let c = &h.client;
    let plans = c.plans(&hash).await.unwrap();
    let pro = plans
        .iter()
        .find(|p| p.name == "Fleet Pro")
        .expect("demo plans")
        .clone();
    let mut new = new_individual("plan@example.com");
    new.default_tariff_id = Some(pro.id);
    let id = c.user_create(&hash, &new).await.unwrap();
    assert_eq!(
        c.user_read(&hash, id).await.unwrap().default_tariff_id,
        Some(pro.id)
    );
    // Another dealer's plan is unknown here, on create and on update.
    let theirs = c.plans(&h.other().await).await.unwrap();
    assert!(theirs.iter().all(|t| plans.iter().all(|p| p.id != t.id)));
    new.default_tariff_id = Some(theirs[0].id);
    new.user.login = Some("plan2@example.com".into());
    assert_eq!(code(c.user_create(&hash, &new).await), 201);
    let rec = c.user_read(&hash, id).await.unwrap();
    let mut update =
        navixy_panel::api::UserUpdate::new(id, rec.user.fields, rec.discount.unwrap_or_default());
    update.default_tariff_id = Some(theirs[0].id);
    assert_eq!(code(c.user_update(&hash, &update).await), 201);
    assert_eq!(
        c.user_read(&hash, id).await.unwrap().default_tariff_id,
        Some(pro.id)
    );
}

#[tokio::test]
async fn time_zones_carry_their_offsets() {
    let h = start().await;
    let hash = h.demo().await;
    let zones = h.client.time_zones(&hash, "en").await.unwrap();
    let berlin = zones
        .iter()
        .find(|z| z.zone_id == "Europe/Berlin")
        .expect("Berlin");
    assert_eq!(berlin.base_offset, 1.0);
    let kolkata = zones
        .iter()
        .find(|z| z.zone_id == "Asia/Kolkata")
        .expect("Kolkata");
    assert_eq!(kolkata.base_offset, 5.5);
    // `locale` is required.
    let (status, answer) = h
        .raw("panel/timezone/list", |r| {
            r.header("Authorization", format!("NVX {}", hash.expose()))
                .json(&json!({}))
        })
        .await;
    assert_eq!((status, answer["status"]["code"].clone()), (400, json!(7)));
}

#[tokio::test]
async fn two_factor_authentication_is_set_per_user_and_read_back() {
    let h = start().await;
    let hash = h.demo().await;
    let c = &h.client;
    let john = h.user_by_login(&hash, "john.smith@example.com").await;
    for allowed in [true, false, true] {
        c.set_mfa(&hash, &[john.id], allowed).await.unwrap();
        let read = c.user_read(&hash, john.id).await.unwrap();
        assert_eq!(read.user.mfa_allowed, Some(allowed));
        let listed = h.user_by_login(&hash, "john.smith@example.com").await;
        assert_eq!(listed.mfa_allowed, Some(allowed));
    }
    // 1 to 100 users; only the dealer's own.
    assert_eq!(code(c.set_mfa(&hash, &[], true).await), 7);
    let many: Vec<i64> = (1..=101).collect();
    assert_eq!(code(c.set_mfa(&hash, &many, true).await), 7);
    let other = h.other().await;
    assert_eq!(code(c.set_mfa(&other, &[john.id], false).await), 201);
    assert_eq!(
        c.user_read(&hash, john.id).await.unwrap().user.mfa_allowed,
        Some(true)
    );
    // Only e-mail is a factor.
    let (status, answer) = h
        .raw("panel/user/mfa/settings/update", |r| {
            r.header("Authorization", format!("NVX {}", hash.expose()))
                .json(&json!({
                    "target": {"type": "selected", "ids": [john.id]},
                    "settings": {"type": "allowed", "factor_types": ["sms"]}
                }))
        })
        .await;
    assert_eq!((status, answer["status"]["code"].clone()), (400, json!(7)));
}

#[tokio::test]
async fn a_menu_preset_is_assigned_and_read_back() {
    let h = start().await;
    let hash = h.demo().await;
    let c = &h.client;
    let presets = c.menu_presets(&hash).await.unwrap();
    assert_eq!(presets.iter().filter(|p| p.is_default).count(), 1);
    let fleet = presets
        .iter()
        .find(|p| !p.is_default)
        .expect("a preset of the dealer's own");
    let john = h.user_by_login(&hash, "john.smith@example.com").await;
    c.assign_menu_preset(&hash, fleet.id, &[john.id])
        .await
        .unwrap();
    assert_eq!(
        c.user_read(&hash, john.id)
            .await
            .unwrap()
            .user
            .menu_preset_id,
        Some(fleet.id)
    );
    assert_eq!(
        code(c.assign_menu_preset(&hash, 9999, &[john.id]).await),
        201
    );
    let other = h.other().await;
    assert_eq!(
        code(c.assign_menu_preset(&other, fleet.id, &[john.id]).await),
        201
    );
}

/// Every new operation's request, as the client builds it, and the sandbox's
/// answer, against the spec.
#[tokio::test]
async fn the_new_operations_match_the_official_spec_both_ways() {
    let h = start_configured(|c| c.record_requests = true).await;
    let spec = Spec::panel();
    let hash = h.demo().await;
    let c = &h.client;
    let john = h.user_by_login(&hash, "john.smith@example.com").await;
    c.permissions(&hash).await.unwrap();
    c.dealer_info(&hash).await.unwrap();
    c.plans(&hash).await.unwrap();
    c.time_zones(&hash, "ru").await.unwrap();
    c.menu_presets(&hash).await.unwrap();
    c.assign_menu_preset(&hash, 2, &[john.id]).await.unwrap();
    c.set_mfa(&hash, &[john.id], true).await.unwrap();
    c.set_mfa(&hash, &[john.id], false).await.unwrap();
    let q = TrackerQuery {
        order_by: TrackerOrder::LastConnection,
        filter: Some("van".into()),
        ..trackers_of(john.id)
    };
    c.trackers(&hash, &q).await.unwrap();
    let mut answered = Vec::new();
    for (op, body) in h.sandbox.recorded() {
        if spec.has_request_body(&op) {
            let problems = spec.request_problems(&op, &body);
            assert!(problems.is_empty(), "{op} {body}: {problems:#?}");
        }
        // The same request again, raw, for the answer's body.
        let (status, answer) = h
            .raw(&op, |r| {
                r.header("Authorization", format!("NVX {}", hash.expose()))
                    .json(&body)
            })
            .await;
        if op == "panel/account/auth" {
            continue;
        }
        assert_eq!(status, 200, "{op}: {answer}");
        let problems = spec.answer_problems(&op, &answer);
        assert!(problems.is_empty(), "{op}: {problems:#?}\n{answer}");
        answered.push(op);
    }
    for op in [
        "panel/account/get_permissions",
        "panel/dealer/get_info",
        "panel/tariff/list",
        "panel/timezone/list",
        "panel/user/menu/preset/list",
        "panel/user/menu/preset/assign",
        "panel/user/mfa/settings/update",
        "panel/tracker/list",
    ] {
        assert!(answered.iter().any(|a| a == op), "{op} not covered");
    }
}
