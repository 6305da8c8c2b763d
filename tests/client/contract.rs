//! The live server's contract (issue: speak the live Navixy server's
//! contract). What the client sends is checked against the official spec's
//! request schemas, what the sandbox answers against its response schemas,
//! and the sandbox is shown to be exactly as strict as the spec where Navixy's
//! web panel agrees, and as lenient as that panel needs.
//!
//! The spec's known mistakes (API-NOTES "Known mistakes in the official spec")
//! need no exception here: `change_balance`'s `type: "main"` is only an
//! example (the schema has no enum), the doubled `post_city` in
//! `UserIndividual.required` checks the same key twice, and the `id` missing
//! from update's `user` is allowed because the shapes do not forbid extra keys.
//! `registered_country` is the one place the spec (minLength 1 for legal
//! entities and sole traders) is stricter than the seed's upload rules, which
//! our validation follows; the bodies here fill it, as the editor's
//! "same as postal address" does.

use crate::common::spec::Spec;
use crate::common::{client_for, code, new_individual, start_configured};
use navixy_panel::api::{
    Client, ClientOptions, ExportFormat, ExportQuery, ListQuery, NewUser, OrderBy, UserUpdate,
};
use navixy_panel::model::{
    ApplicationAuthorization, ApplicationDraft, BalanceKind, Dialect, DisplayMethod, LegalType,
};
use navixy_panel::sandbox::{DEMO_DEALER, Policy};
use serde_json::{Value, json};
use std::collections::BTreeSet;
use std::time::Duration;

fn some(s: &str) -> Option<String> {
    Some(s.to_owned())
}

/// A new user of each legal type, with the fields each needs.
fn new_of(legal_type: LegalType, login: &str) -> NewUser {
    let mut n = new_individual(login);
    n.user.legal_type = Some(legal_type);
    if legal_type.needs_addresses() {
        let f = &mut n.user;
        f.post_country = some("Switzerland");
        f.post_region = some("ZH");
        f.post_street_address = some("Bahnhofstrasse 1");
        f.post_index = some("8001");
        f.registered_country = some("Switzerland");
        f.registered_region = some("ZH");
        f.registered_city = some("Zürich");
        f.registered_street_address = some("Bahnhofstrasse 1");
        f.registered_index = some("8001");
        f.tin = some("123456789");
    }
    if legal_type.needs_legal_name() {
        n.user.legal_name = some("Müller AG");
        n.user.iec = some("770101001");
    }
    n
}

/// Every recorded request the spec documents a body for, checked; the
/// operations seen are returned so a test can say which it covered.
fn check_recorded(spec: &Spec, recorded: &[(String, Value)]) -> BTreeSet<String> {
    let mut seen = BTreeSet::new();
    for (op, body) in recorded {
        if !spec.has_request_body(op) {
            continue;
        }
        let problems = spec.request_problems(op, body);
        assert!(problems.is_empty(), "{op} {body}: {problems:#?}");
        seen.insert(op.clone());
    }
    seen
}

#[tokio::test]
async fn every_panel_request_the_client_builds_matches_the_official_spec() {
    let h = start_configured(|c| c.record_requests = true).await;
    let c = &h.client;
    let hash = h.demo().await;
    c.users_list(
        &hash,
        &ListQuery {
            filter: some("smith"),
            order_by: Some(OrderBy::PostCity),
            ascending: Some(false),
            limit: Some(10),
            offset: Some(0),
            hide_inactive: Some(true),
        },
    )
    .await
    .unwrap();
    for (i, t) in LegalType::ALL.into_iter().enumerate() {
        let new = new_of(t, &format!("contract{i}@example.com"));
        let id = c.user_create(&hash, &new).await.unwrap();
        let read = c.user_read(&hash, id).await.unwrap();
        // An edit that clears the phone and the middle name.
        let mut fields = read.user.fields.clone();
        fields.phone = None;
        fields.middle_name = some("");
        fields.post_city = some("Basel");
        let mut update = UserUpdate::new(id, fields, read.discount.clone().unwrap_or_default());
        update.comment = some("line one\nline two");
        c.user_update(&hash, &update).await.unwrap();
        let after = c.user_read(&hash, id).await.unwrap();
        assert_eq!(
            after.user.fields.phone.as_deref(),
            Some(""),
            "{t:?}: cleared"
        );
        assert_eq!(after.user.fields.post_city.as_deref(), Some("Basel"));
        assert_eq!(after.user.comment.as_deref(), Some("line one\nline two"));
        assert_eq!(
            after.user.fields.legal_type,
            Some(t),
            "the stored type stays"
        );
    }
    let john = h.user_by_login(&hash, "john.smith@example.com").await;
    c.change_balance(
        &hash,
        john.id,
        12.5,
        BalanceKind::Balance,
        "Top-up by contract test",
    )
    .await
    .unwrap();
    c.user_change_password(&hash, john.id, "new-pass-12")
        .await
        .unwrap();
    let now = chrono::Utc::now().naive_utc();
    c.transactions_list(
        &hash,
        john.id,
        now - chrono::Duration::days(30),
        now,
        Some(100),
    )
    .await
    .unwrap();
    c.user_session_create(&hash, john.id).await.unwrap();
    c.users_export(
        &hash,
        &ExportQuery {
            format: Some(ExportFormat::Csv),
            columns: Some(vec!["id".into(), "login".into(), "balance".into()]),
            ..Default::default()
        },
    )
    .await
    .unwrap();
    let doomed = h.user_by_login(&hash, "contract0@example.com").await;
    c.user_corrupt(&hash, doomed.id, "contract0@example.com", false)
        .await
        .unwrap();

    let seen = check_recorded(&Spec::panel(), &h.sandbox.recorded());
    let expected: BTreeSet<String> = [
        "panel/account/auth",
        "panel/user/list",
        "panel/user/create",
        "panel/user/read",
        "panel/user/update",
        "panel/user/transaction/change_balance",
        "panel/user/change_password",
        "panel/user/transaction/list",
        "panel/user/session/create",
        "panel/user/export",
        "panel/user/corrupt",
    ]
    .into_iter()
    .map(String::from)
    .collect();
    assert_eq!(seen, expected);
}

#[test]
fn a_partial_user_would_not_pass_the_spec_so_the_test_can_fail() {
    let spec = Spec::panel();
    let mut body = serde_json::to_value(new_of(LegalType::LegalEntity, "x@example.com")).unwrap();
    assert!(spec.request_problems("panel/user/create", &body).is_empty());
    body["user"].as_object_mut().unwrap().remove("middle_name");
    assert!(!spec.request_problems("panel/user/create", &body).is_empty());
    body["user"]["middle_name"] = json!("");
    body["user"]["legal_name"] = json!("");
    assert!(
        !spec.request_problems("panel/user/create", &body).is_empty(),
        "a legal entity's name may not be blank"
    );
}

#[tokio::test]
async fn the_sandbox_answers_as_the_specs_response_schemas_say() {
    let h = start_configured(|_| {}).await;
    let spec = &Spec::panel();
    let hash = h.demo().await;
    let hex = hash.expose().to_owned();
    let call = |op: &'static str, body: Value| {
        let hex = hex.clone();
        let h = &h;
        async move {
            let (status, answer) = h
                .raw(op, |r| {
                    r.header("Authorization", format!("NVX {hex}")).json(&body)
                })
                .await;
            assert_eq!(status, 200, "{op}: {answer}");
            let problems = spec.answer_problems(op, &answer);
            assert!(problems.is_empty(), "{op}: {problems:#?}\n{answer}");
            answer
        }
    };
    let list = call("panel/user/list", json!({"limit": 100})).await;
    // Empty text is "", never null: the individuals have no legal name.
    let john = list["list"]
        .as_array()
        .unwrap()
        .iter()
        .find(|u| u["login"] == "john.smith@example.com")
        .unwrap()
        .clone();
    assert_eq!(john["legal_name"], "");
    let id = john["id"].as_i64().unwrap();
    call("panel/user/read", json!({"user_id": id})).await;
    let created = call(
        "panel/user/create",
        serde_json::to_value(new_individual("answers@example.com")).unwrap(),
    )
    .await;
    assert!(created["id"].is_i64());
    let now = chrono::Utc::now().naive_utc();
    let fmt = |t: chrono::NaiveDateTime| t.format("%Y-%m-%d %H:%M:%S").to_string();
    call(
        "panel/user/transaction/list",
        json!({"user_id": id, "from": fmt(now - chrono::Duration::days(20)), "to": fmt(now)}),
    )
    .await;
    call("panel/user/session/create", json!({"user_id": id})).await;
    call(
        "panel/user/transaction/change_balance",
        json!({"user_id": id, "amount": 1.5, "type": "bonus", "text": "Schema check"}),
    )
    .await;
}

#[tokio::test]
async fn a_user_object_without_a_field_of_its_type_is_refused_naming_it() {
    let h = start_configured(|_| {}).await;
    let hash = h.demo().await;
    let hex = hash.expose().to_owned();
    let send = |op: &'static str, body: Value| {
        let hex = hex.clone();
        let h = &h;
        async move {
            h.raw(op, |r| {
                r.header("Authorization", format!("NVX {hex}")).json(&body)
            })
            .await
        }
    };
    let mut body = serde_json::to_value(new_individual("partial@example.com")).unwrap();
    let user = body["user"].as_object_mut().unwrap();
    user.remove("middle_name");
    user.remove("phone");
    let (status, answer) = send("panel/user/create", body.clone()).await;
    assert_eq!((status, answer["status"]["code"].as_u64()), (400, Some(7)));
    let named: BTreeSet<&str> = answer["errors"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|e| e["parameter"].as_str())
        .collect();
    assert_eq!(named, BTreeSet::from(["user.middle_name", "user.phone"]));
    // A field of another type's shape is not needed: an individual has no TIN.
    body["user"]["middle_name"] = json!("");
    body["user"]["phone"] = json!("");
    body["user"].as_object_mut().unwrap().remove("tin");
    let (status, answer) = send("panel/user/create", body).await;
    assert_eq!(status, 200, "{answer}");
    let id = answer["id"].as_i64().unwrap();

    // An update without legal_type (or activated) changes nothing.
    let read = h.client.user_read(&hash, id).await.unwrap();
    let mut update = serde_json::to_value(UserUpdate::new(
        id,
        read.user.fields.clone(),
        Default::default(),
    ))
    .unwrap();
    update["user"]["post_city"] = json!("Bern");
    for missing in ["legal_type", "activated"] {
        let mut partial = update.clone();
        partial["user"].as_object_mut().unwrap().remove(missing);
        let (status, answer) = send("panel/user/update", partial).await;
        assert_eq!(
            (status, answer["status"]["code"].as_u64()),
            (400, Some(7)),
            "{missing}"
        );
        assert_eq!(answer["errors"][0]["parameter"], format!("user.{missing}"));
    }
    let unchanged = h.client.user_read(&hash, id).await.unwrap();
    assert_eq!(unchanged.user.fields.post_city.as_deref(), Some("Zürich"));
    // Whole, it is taken; a legal type sent differently is ignored (kept).
    update["user"]["legal_type"] = json!("legal_entity");
    let (status, answer) = send("panel/user/update", update).await;
    assert_eq!(status, 200, "{answer}");
    let after = h.client.user_read(&hash, id).await.unwrap();
    assert_eq!(after.user.fields.post_city.as_deref(), Some("Bern"));
    assert_eq!(after.user.fields.legal_type, Some(LegalType::Individual));
}

#[tokio::test]
async fn a_stored_value_that_breaks_a_rule_does_not_stop_other_edits() {
    let h = start_configured(|_| {}).await;
    let hash = h.demo().await;
    let legacy = h.user_by_login(&hash, "legacy-fleet-07").await;
    assert_eq!(legacy.fields.phone.as_deref(), Some("212555123"));
    let mut fields = legacy.fields.clone();
    fields.post_city = some("Boston");
    h.client
        .user_update(
            &hash,
            &UserUpdate::new(legacy.id, fields.clone(), Default::default()),
        )
        .await
        .unwrap();
    // Changing the phone to another bad one is refused.
    fields.phone = some("21255512");
    let refused = h
        .client
        .user_update(
            &hash,
            &UserUpdate::new(legacy.id, fields, Default::default()),
        )
        .await;
    let e = refused.unwrap_err();
    assert_eq!(e.api().unwrap().errors[0].parameter, "user.phone");
    let now = h.client.user_read(&hash, legacy.id).await.unwrap();
    assert_eq!(now.user.fields.post_city.as_deref(), Some("Boston"));
    assert_eq!(now.user.fields.phone.as_deref(), Some("212555123"));
}

/// Form bodies exactly as Navixy's web panel sends them (read from its
/// source: app/api/ApiConnector.js and app/controller/Users.js): `hash` as the
/// first form parameter, nested objects as JSON text, empties as `k=`,
/// `default_tariff_id=null`, extra keys in `user`, and export as a GET.
#[tokio::test]
async fn navixy_web_panels_own_requests_succeed() {
    let h = start_configured(|_| {}).await;
    let base = h.sandbox.base_url();
    let http = reqwest::Client::new();
    let post = |op: &str, form: Vec<(&'static str, String)>| {
        let url = format!("{base}{op}");
        let http = http.clone();
        async move {
            let r = http.post(url).form(&form).send().await.unwrap();
            let status = r.status().as_u16();
            let body: Value = r.json().await.unwrap_or(Value::Null);
            assert_eq!((status, &body["success"]), (200, &json!(true)), "{body}");
            body
        }
    };
    let auth = post(
        "panel/account/auth",
        vec![
            ("hash", String::new()),
            ("login", DEMO_DEALER.login.into()),
            ("password", DEMO_DEALER.password.into()),
        ],
    )
    .await;
    let hash = auth["hash"].as_str().unwrap().to_owned();
    let with = |pairs: &[(&'static str, &str)]| {
        std::iter::once(("hash", hash.clone()))
            .chain(pairs.iter().map(|(k, v)| (*k, v.to_string())))
            .collect::<Vec<_>>()
    };
    let list = post(
        "panel/user/list",
        with(&[
            ("page", "1"),
            ("offset", "0"),
            ("limit", "20"),
            ("order_by", "id"),
            ("ascending", "true"),
        ]),
    )
    .await;
    assert_eq!(list["list"].as_array().unwrap().len(), 20);
    let john = list["list"][0].clone();
    let john_id = john["id"].as_i64().unwrap().to_string();
    post("panel/user/read", with(&[("user_id", &john_id)])).await;

    // Create: the user model's every field, `verified`, `id`, `comment` and
    // `default_tariff_id` taken out, the unset ones "", 0 or false.
    let user = json!({"balance":0,"bonus":0,"login":"web.panel@example.com","first_name":"Web",
        "middle_name":"","last_name":"Panel","activated":true,"legal_type":"individual","tin":"",
        "legal_name":"","iec":"","state_reg_num":"","okpo_code":"","phone":"15551234567",
        "post_country":"USA","post_index":"10001","post_region":"NY","post_city":"New York",
        "post_street_address":"5th Ave 1","registered_country":"","registered_index":"",
        "registered_region":"","registered_city":"","registered_street_address":"",
        "creation_date":"","trackers_count":0,"discount":0,"discount_min_trackers":0,
        "discount_end_date":"","discount_strategy":"","block":"","menu":"","menu_preset_id":"",
        "mfa_allowed":false});
    let discount = json!({"value":0,"end_date":null,"strategy":"no_summing","min_trackers":0});
    let created = post(
        "panel/user/create",
        with(&[
            ("user", &user.to_string()),
            ("locale", "en"),
            ("time_zone", "America/New_York"),
            ("password", "secret123"),
            ("comment", ""),
            ("discount", &discount.to_string()),
            ("default_tariff_id", "null"),
        ]),
    )
    .await;
    let id = created["id"].as_i64().unwrap();

    // Update: the stored record with the form laid over it, `id` and
    // `legal_type` included, discount fields as typed text, `menu` an object.
    let read = post("panel/user/read", with(&[("user_id", &id.to_string())])).await;
    let mut record = read["value"].clone();
    for (k, v) in [
        ("post_city", json!("Brooklyn")),
        ("discount", json!("10")),
        ("discount_min_trackers", json!("0")),
        ("discount_end_date", json!("")),
        ("discount_strategy", json!("no_summing")),
        ("comment", json!("VIP")),
        ("block", json!(false)),
        ("menu", json!({"items": []})),
        ("menu_preset_id", json!("")),
        ("mfa_allowed", json!(false)),
    ] {
        record[k] = v;
    }
    let discount = json!({"value":10,"end_date":null,"strategy":"no_summing","min_trackers":0});
    post(
        "panel/user/update",
        with(&[
            ("user", &record.to_string()),
            ("discount", &discount.to_string()),
            ("default_tariff_id", "null"),
            ("comment", "VIP"),
        ]),
    )
    .await;
    let read = post("panel/user/read", with(&[("user_id", &id.to_string())])).await;
    assert_eq!(read["value"]["post_city"], "Brooklyn");
    assert_eq!(read["value"]["comment"], "VIP");
    assert_eq!(read["discount"]["value"], 10.0);

    post(
        "panel/user/transaction/change_balance",
        with(&[
            ("user_id", &id.to_string()),
            ("amount", "100"),
            ("type", "balance"),
            ("text", "Payment"),
        ]),
    )
    .await;
    post("panel/user/session/create", with(&[("user_id", &john_id)])).await;

    // Export is a GET of the grid's columns, "edit-tool" among them.
    let columns = r#"["edit-tool","id","first_name","middle_name","last_name","balance","bonus","trackers_count","login","mfa_allowed","phone","creation_date","post_city","comment"]"#;
    let r = http
        .get(format!("{base}panel/user/export/"))
        .query(&[
            ("hash", hash.as_str()),
            ("format", "csv"),
            ("columns", columns),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 200);
    let csv = r.text().await.unwrap();
    let header = csv
        .trim_start_matches('\u{feff}')
        .lines()
        .next()
        .unwrap_or_default();
    assert!(header.starts_with("id;first_name;"), "{header}");
    // The grid's "edit-tool" is no field of the user; 2FA is (`mfa_allowed`).
    assert!(
        !header.contains("edit-tool") && header.contains("mfa_allowed"),
        "{header}"
    );
    assert!(csv.contains("web.panel@example.com"));

    post(
        "panel/user/corrupt",
        with(&[
            ("user_id", &id.to_string()),
            ("login", "web.panel@example.com"),
        ]),
    )
    .await;
}

/// A client that ignores the limit on its side, to provoke the server's.
fn careless_client(base: &str, attempts: u32) -> Client {
    Client::with_options(
        base,
        ClientOptions {
            rate_limit: 0,
            slowed_down_attempts: attempts,
            slowed_down_pause: Duration::from_millis(200),
            ..ClientOptions::default()
        },
    )
    .unwrap()
}

#[tokio::test]
async fn past_the_documented_rate_the_sandbox_answers_15_with_http_429() {
    let h = start_configured(|_| {}).await;
    let hash = h.demo().await;
    let hex = hash.expose().to_owned();
    let mut calls = tokio::task::JoinSet::new();
    for _ in 0..70 {
        let url = format!("{}panel/user/list", h.sandbox.base_url());
        let hex = hex.clone();
        calls.spawn(async move {
            let r = reqwest::Client::new()
                .post(url)
                .header("Authorization", format!("NVX {hex}"))
                .json(&json!({"limit": 1}))
                .send()
                .await
                .unwrap();
            let status = r.status().as_u16();
            let retry_after = r.headers().get("retry-after").is_some();
            let body: Value = r.json().await.unwrap();
            (status, body["status"]["code"].as_u64(), retry_after)
        });
    }
    let answers = calls.join_all().await;
    let refused: Vec<_> = answers.iter().filter(|a| a.0 == 429).collect();
    assert!(!refused.is_empty(), "70 at once is over 50 a second");
    assert!(refused.iter().all(|a| a.1 == Some(15) && a.2));
    assert!(answers.iter().all(|a| a.0 == 200 || a.0 == 429));
    assert!(answers.iter().filter(|a| a.0 == 200).count() <= 50);
}

#[tokio::test]
async fn a_request_refused_for_the_rate_is_sent_again_and_lands_once() {
    let h = start_configured(|_| {}).await;
    let careless = careless_client(&h.sandbox.base_url(), 8);
    let hash = careless
        .panel_auth(DEMO_DEALER.login, DEMO_DEALER.password)
        .await
        .unwrap();
    let john = h.user_by_login(&hash, "john.smith@example.com").await;
    let before = john.balance.unwrap();
    // 80 top-ups of 0.01 at once: changes too are resent, since a 15 was not carried out.
    let mut calls = tokio::task::JoinSet::new();
    for _ in 0..80 {
        let (c, hash) = (careless.clone(), hash.clone());
        calls.spawn(async move {
            c.change_balance(&hash, john.id, 0.01, BalanceKind::Balance, "Rate test")
                .await
        });
    }
    let results = calls.join_all().await;
    assert!(results.iter().all(Result::is_ok), "{results:?}");
    assert!(h.sandbox.rate_refusals() > 0, "the server did refuse some");
    let after = h.user_by_login(&hash, "john.smith@example.com").await;
    assert!(
        (after.balance.unwrap() - (before + 0.80)).abs() < 1e-6,
        "each landed exactly once"
    );
}

#[tokio::test]
async fn the_client_keeps_the_rate_so_the_server_never_has_to_refuse() {
    let h = start_configured(|_| {}).await;
    let hash = h.demo().await;
    let mut calls = tokio::task::JoinSet::new();
    for i in 0..120u32 {
        let (c, hash) = (h.client.clone(), hash.clone());
        calls.spawn(async move {
            let q = ListQuery {
                limit: Some(1),
                offset: Some(i % 50),
                ..Default::default()
            };
            c.users_list(&hash, &q).await
        });
    }
    assert!(calls.join_all().await.iter().all(Result::is_ok));
    assert_eq!(h.sandbox.rate_refusals(), 0);
}

#[tokio::test]
async fn a_server_that_keeps_refusing_is_reported_as_slow_down() {
    let h = start_configured(|c| c.rate_limit = 1).await;
    let careless = careless_client(&h.sandbox.base_url(), 2);
    let hash = careless
        .panel_auth(DEMO_DEALER.login, DEMO_DEALER.password)
        .await
        .unwrap();
    let mut calls = tokio::task::JoinSet::new();
    for _ in 0..6 {
        let (c, hash) = (careless.clone(), hash.clone());
        calls.spawn(async move { c.users_list(&hash, &ListQuery::default()).await });
    }
    let results = calls.join_all().await;
    let codes: Vec<u32> = results
        .into_iter()
        .filter(Result::is_err)
        .map(code)
        .collect();
    assert!(
        !codes.is_empty() && codes.iter().all(|c| *c == 15),
        "{codes:?}"
    );
}

#[tokio::test]
async fn export_is_sent_once_with_the_file_timeout() {
    let h = start_configured(|c| c.record_requests = true).await;
    let hash = h.demo().await;
    h.sandbox.inject_fault(
        "panel/user/export",
        navixy_panel::sandbox::Fault::ServerError,
    );
    let r = h.client.users_export(&hash, &ExportQuery::default()).await;
    assert!(r.is_err());
    let exports = h
        .sandbox
        .recorded()
        .iter()
        .filter(|(op, _)| op == "panel/user/export")
        .count();
    assert_eq!(exports, 0, "the fault answered before the operation ran");
    assert_eq!(
        h.sandbox.faults_pending(),
        0,
        "and it was asked once, not retried"
    );
    let again = h.client.users_export(&hash, &ExportQuery::default()).await;
    assert!(again.is_ok(), "{again:?}");
}

async fn user_session(h: &crate::common::Harness, login: &str) -> navixy_panel::api::UserHash {
    let dealer = h.demo().await;
    let user = h.user_by_login(&dealer, login).await;
    h.client
        .user_session_create(&dealer, user.id)
        .await
        .unwrap()
}

fn draft(name: &str) -> ApplicationDraft {
    ApplicationDraft {
        id: None,
        name: name.into(),
        url: "https://apps.example.com/{user_id}".into(),
        icon: some("extension"),
        is_enabled: true,
        description: some("Fleet reports"),
        display_method: Some(DisplayMethod::NewTab),
        authorization: Some(ApplicationAuthorization::UserSession),
    }
}

fn creates(recorded: &[(String, Value)]) -> Vec<Value> {
    recorded
        .iter()
        .filter(|(op, _)| op == "user/application/create")
        .map(|(_, p)| p["application"].clone())
        .collect()
}

#[tokio::test]
async fn applications_switch_to_the_servers_dialect_once_and_remember_it() {
    let h = start_configured(|c| {
        c.record_requests = true;
        c.policy = Policy {
            applications_dialect: Dialect::Spec,
            ..Policy::default()
        };
    })
    .await;
    // A customer without applications: nothing listed shows the dialect.
    let dealer = h.demo().await;
    let id = h
        .client
        .user_create(&dealer, &new_individual("apps.dialect@example.com"))
        .await
        .unwrap();
    let session = h.client.user_session_create(&dealer, id).await.unwrap();
    let client = client_for(&h.sandbox.base_url());
    assert!(client.applications_list(&session).await.unwrap().is_empty());
    assert_eq!(client.applications_dialect(), Dialect::Seed);
    let first = client
        .application_create(&session, &draft("Reports"))
        .await
        .unwrap();
    let sent = creates(&h.sandbox.recorded());
    assert_eq!(
        sent.len(),
        2,
        "refused in the seed's names, then sent in the spec's"
    );
    assert!(sent[0].get("name").is_some() && sent[1].get("label").is_some());
    assert_eq!(client.applications_dialect(), Dialect::Spec);
    client
        .application_create(&session, &draft("Second"))
        .await
        .unwrap();
    assert_eq!(
        creates(&h.sandbox.recorded()).len(),
        3,
        "straight in the spec's"
    );
    let mut app = draft("Reports v2");
    app.id = Some(first);
    client.application_update(&session, &app).await.unwrap();
    let listed = client.applications_list(&session).await.unwrap();
    assert_eq!(
        listed.iter().find(|a| a.id == first).unwrap().name,
        "Reports v2"
    );

    // The spec-dialect bodies are what the spec describes.
    let spec = Spec::applications();
    for (op, body) in h.sandbox.recorded() {
        let schema = match op.as_str() {
            "user/application/create" => "CreateApplicationRequest",
            "user/application/update" => "Application",
            _ => continue,
        };
        if body["application"].get("label").is_none() {
            continue; // the first, seed-dialect try
        }
        let problems = spec.problems(
            &format!("#/components/schemas/{schema}"),
            &body["application"],
        );
        assert!(problems.is_empty(), "{op}: {problems:?}");
    }

    // A server whose list shows the spec's names is written to in them at once.
    let fresh = client_for(&h.sandbox.base_url());
    fresh.applications_list(&session).await.unwrap();
    assert_eq!(fresh.applications_dialect(), Dialect::Spec);

    // What was learnt is what the settings keep; a client started with it
    // (the next sign-in) writes in the spec's names from its first request.
    assert_eq!(client.learnt_dialect(), Some(Dialect::Spec));
    let next = Client::with_options(
        &h.sandbox.base_url(),
        ClientOptions {
            applications_dialect: client.learnt_dialect(),
            ..ClientOptions::default()
        },
    )
    .unwrap();
    let before = creates(&h.sandbox.recorded()).len();
    next.application_create(&session, &draft("Third"))
        .await
        .unwrap();
    let sent = creates(&h.sandbox.recorded());
    assert_eq!(sent.len(), before + 1, "once, in the spec's names");
    assert!(sent[before].get("label").is_some());
}

#[tokio::test]
async fn application_ids_to_delete_or_switch_go_in_the_query_as_the_spec_says() {
    use crate::common::hostile::{Hostile, Reply};
    let server = Hostile::start(|_| Reply::json(json!({"success": true}))).await;
    let client = client_for(&server.base());
    let hash = navixy_panel::api::UserHash::new("0123456789abcdef0123456789abcdef");
    client.application_delete(&hash, 7).await.unwrap();
    client
        .application_set_enabled(&hash, 8, false)
        .await
        .unwrap();
    assert_eq!(
        server.paths(),
        [
            "/v2/user/application/delete?application_id=7",
            "/v2/user/application/enabled/set?application_id=8&enabled=false",
        ]
    );
    let bodies = server
        .received
        .lock()
        .unwrap()
        .iter()
        .map(|r| r.body.clone())
        .collect::<Vec<_>>();
    assert_eq!(bodies, ["", ""], "no body beside the query");
}

#[tokio::test]
async fn a_refusal_in_the_spec_dialect_names_the_operators_field() {
    let h = start_configured(|c| {
        c.policy = Policy {
            applications_dialect: Dialect::Spec,
            ..Policy::default()
        };
    })
    .await;
    let session = user_session(&h, "john.smith@example.com").await;
    h.client.applications_list(&session).await.unwrap();
    let mut app = draft("A name far longer than twenty-four");
    app.url = "http://not-https.example.com".into();
    let e = h
        .client
        .application_create(&session, &app)
        .await
        .unwrap_err();
    let api = e.api().unwrap();
    assert!(api.error_for("application.name").is_some(), "{api:?}");
    assert!(api.error_for("application.url").is_some(), "{api:?}");
}

#[tokio::test]
async fn seed_dialect_bodies_carry_the_seeds_fields() {
    let h = start_configured(|c| c.record_requests = true).await;
    let session = user_session(&h, "john.smith@example.com").await;
    h.client.applications_list(&session).await.unwrap();
    assert_eq!(h.client.applications_dialect(), Dialect::Seed);
    h.client
        .application_create(&session, &draft("Seed app"))
        .await
        .unwrap();
    let sent = creates(&h.sandbox.recorded());
    assert_eq!(sent.len(), 1);
    // user-applications-guide.md: `id` null, `name`, `url`, `is_enabled` required.
    assert!(sent[0]["id"].is_null());
    assert_eq!(sent[0]["name"], "Seed app");
    assert!(sent[0]["url"].is_string() && sent[0]["is_enabled"].is_boolean());
}
