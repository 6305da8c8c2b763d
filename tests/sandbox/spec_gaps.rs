//! Where running the official spec against the sandbox found it stricter or
//! more lenient than the spec: each case over loopback, with raw requests a
//! client other than ours could send.

use crate::common::{Harness, new_individual, start};
use serde_json::{Value, json};

async fn post(h: &Harness, op: &str, hash: &str, body: Value) -> (u16, Value) {
    h.raw(op, |r| {
        r.header("Authorization", format!("NVX {hash}")).json(&body)
    })
    .await
}

fn code(answer: &Value) -> Option<u64> {
    answer["status"]["code"].as_u64()
}

/// The parameters an answer's errors name.
fn named(answer: &Value) -> Vec<String> {
    answer["errors"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|e| e["parameter"].as_str().map(str::to_owned))
        .collect()
}

#[tokio::test]
async fn a_sole_trader_or_legal_entity_needs_no_okpo_code_or_state_registration() {
    let h = start().await;
    let hash = h.demo().await;
    let hex = hash.expose().to_owned();
    for (legal_type, login) in [
        ("sole_trader", "trader.no.okpo@example.com"),
        ("legal_entity", "entity.no.okpo@example.com"),
    ] {
        let mut body = serde_json::to_value(new_individual(login)).unwrap();
        let user = body["user"].as_object_mut().unwrap();
        user.insert("legal_type".into(), json!(legal_type));
        for (key, value) in [
            ("legal_name", "Doe Logistics"),
            ("iec", "123456789"),
            ("tin", "7701234567"),
            ("post_country", "Switzerland"),
            ("post_index", "8001"),
            ("post_region", "Zürich"),
            ("post_street_address", "Bahnhofstrasse 1"),
            ("registered_country", "Switzerland"),
            ("registered_index", "8001"),
            ("registered_region", "Zürich"),
            ("registered_city", "Zürich"),
            ("registered_street_address", "Bahnhofstrasse 1"),
        ] {
            user.insert(key.into(), json!(value));
        }
        user.remove("okpo_code");
        user.remove("state_reg_num");
        let (status, answer) = post(&h, "panel/user/create", &hex, body).await;
        assert_eq!(status, 200, "{legal_type}: {answer}");
        // The key the spec does require is still required.
        let mut body = serde_json::to_value(new_individual(&format!("x.{login}"))).unwrap();
        body["user"]["legal_type"] = json!(legal_type);
        body["user"].as_object_mut().unwrap().remove("tin");
        let (_, answer) = post(&h, "panel/user/create", &hex, body).await;
        assert_eq!(code(&answer), Some(7), "{answer}");
        assert!(named(&answer).contains(&"user.tin".to_owned()), "{answer}");
    }
}

async fn user_hash(h: &Harness) -> String {
    let dealer = h.demo().await;
    let user = h.user_by_login(&dealer, "john.smith@example.com").await;
    let session = h
        .client
        .user_session_create(&dealer, user.id)
        .await
        .unwrap();
    session.expose().to_owned()
}

#[tokio::test]
async fn an_application_authorization_is_one_the_spec_knows_or_refused() {
    let h = start().await;
    let hex = user_hash(&h).await;
    let app = |authorization: Value| {
        json!({"application": {
            "name": "Reports", "url": "https://apps.example.com/", "authorization": authorization
        }})
    };
    for (authorization, parameter) in [
        (json!({"type": "api_key"}), "application.authorization.hash"),
        (
            json!({"type": "api_key", "hash": "  "}),
            "application.authorization.hash",
        ),
        (json!({"type": "bogus"}), "application.authorization.type"),
        (json!({}), "application.authorization.type"),
    ] {
        let (status, answer) = post(
            &h,
            "user/application/create",
            &hex,
            app(authorization.clone()),
        )
        .await;
        assert_eq!(
            (status, code(&answer)),
            (400, Some(7)),
            "{authorization}: {answer}"
        );
        assert_eq!(named(&answer), [parameter], "{authorization}");
    }
    let (_, created) = post(
        &h,
        "user/application/create",
        &hex,
        app(json!({"type": "api_key", "hash": "f3a1c2"})),
    )
    .await;
    assert!(created["id"].is_i64(), "{created}");
    let (_, list) = post(&h, "user/application/list", &hex, json!({})).await;
    let listed = list["list"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["id"] == created["id"])
        .cloned()
        .unwrap();
    assert_eq!(
        listed["authorization"],
        json!({"type": "api_key", "hash": "f3a1c2"})
    );
}

#[tokio::test]
async fn an_applications_error_names_the_field_as_it_was_sent() {
    let h = start().await;
    let hex = user_hash(&h).await;
    for (app, parameter) in [
        (
            json!({"label": "", "url_template": "https://a.example.com/"}),
            "application.label",
        ),
        (
            json!({"name": "", "url": "https://a.example.com/"}),
            "application.name",
        ),
        (
            json!({"label": "Maps", "url_template": "http://plain.example.com/"}),
            "application.url_template",
        ),
    ] {
        let (_, answer) = post(
            &h,
            "user/application/create",
            &hex,
            json!({"application": app}),
        )
        .await;
        assert_eq!(code(&answer), Some(7), "{answer}");
        assert_eq!(named(&answer), [parameter], "{app}");
    }
}

#[tokio::test]
async fn money_is_answered_in_whole_cents() {
    let h = start().await;
    let hash = h.demo().await;
    let hex = hash.expose().to_owned();
    let (_, page) = post(&h, "panel/user/list", &hex, json!({"limit": 100})).await;
    let in_cents = |v: &Value| {
        let text = v.to_string();
        text.split('.')
            .nth(1)
            .is_none_or(|decimals| decimals.len() <= 2)
    };
    let mut amounts = 0;
    for user in page["list"].as_array().unwrap().iter().take(20) {
        assert!(in_cents(&user["balance"]), "{}", user["balance"]);
        // The last 30 days: the longest span the sandbox answers.
        let now = chrono::Utc::now();
        let at = |t: chrono::DateTime<chrono::Utc>| t.format("%Y-%m-%d %H:%M:%S").to_string();
        let from = at(now - chrono::Duration::days(30));
        let body = json!({"user_id": user["id"], "from": from, "to": at(now)});
        let (_, list) = post(&h, "panel/user/transaction/list", &hex, body).await;
        for t in list["list"].as_array().unwrap() {
            for key in ["amount", "old_balance", "new_balance", "bonus_amount"] {
                assert!(in_cents(&t[key]), "{key}: {t}");
                amounts += 1;
            }
        }
    }
    assert!(amounts > 40, "the demo users have histories ({amounts})");
}

#[tokio::test]
async fn parameters_are_read_as_json_schema_reads_them() {
    let h = start().await;
    let hash = h.demo().await;
    let hex = hash.expose().to_owned();
    // 5.0 is an integer to JSON Schema, so to the spec.
    let (status, page) = post(&h, "panel/user/list", &hex, json!({"limit": 5.0})).await;
    assert_eq!(status, 200, "{page}");
    assert_eq!(page["list"].as_array().map(Vec::len), Some(5));
    let (_, answer) = post(&h, "panel/user/list", &hex, json!({"limit": 5.5})).await;
    assert_eq!(code(&answer), Some(7), "{answer}");
    // An object where text belongs is wrong, not absent.
    for body in [
        json!({"order_by": {}}),
        json!({"filter": {}}),
        json!({"filter": ["a"]}),
    ] {
        let (status, answer) = post(&h, "panel/user/list", &hex, body.clone()).await;
        assert_eq!((status, code(&answer)), (400, Some(7)), "{body}: {answer}");
    }
    // Counts below the spec's minimum are refused, not clamped.
    for (op, body) in [
        ("panel/tariff/list", json!({"limit": -1})),
        ("panel/tariff/list", json!({"offset": -1})),
        ("panel/tracker/list", json!({"limit": -1})),
        (
            "panel/user/transaction/list",
            json!({"user_id": 1, "from": "2026-01-01 00:00:00", "to": "2026-02-01 00:00:00", "limit": 0}),
        ),
    ] {
        let (_, answer) = post(&h, op, &hex, body.clone()).await;
        assert_eq!(code(&answer), Some(7), "{op} {body}: {answer}");
    }
    let (status, _) = post(&h, "panel/tariff/list", &hex, json!({"limit": 0})).await;
    assert_eq!(status, 200);
}

#[tokio::test]
async fn only_get_and_post_reach_the_api() {
    let h = start().await;
    let hash = h.demo().await;
    let url = format!("{}panel/user/list", h.sandbox.base_url());
    let http = reqwest::Client::new();
    for method in [
        reqwest::Method::DELETE,
        reqwest::Method::PUT,
        reqwest::Method::PATCH,
    ] {
        let response = http
            .request(method.clone(), &url)
            .header("Authorization", format!("NVX {}", hash.expose()))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status().as_u16(), 405, "{method}");
        assert_eq!(
            response
                .headers()
                .get("allow")
                .and_then(|v| v.to_str().ok()),
            Some("GET, POST")
        );
    }
    let response = http
        .get(&url)
        .header("Authorization", format!("NVX {}", hash.expose()))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 200);
}
