//! The user API the panel reaches with a user session: log-in, account info,
//! applications (both naming schemes), and the seeds' JSON examples.

use crate::common::{code, start};
use navixy_panel::api::{UserInfo, UserPage, UserRecord, decode_answer};
use navixy_panel::model::{
    Application, ApplicationAuthorization, ApplicationDraft, DisplayMethod, Transaction,
};

#[tokio::test]
async fn user_login_info_restrictions_and_logout() {
    let h = start().await;
    let user = h
        .client
        .user_auth("abc.logistics@example.com", "user1234", Some(5001))
        .await
        .unwrap();
    assert_eq!(
        code(
            h.client
                .user_auth("abc.logistics@example.com", "user1234", Some(5002))
                .await
        ),
        102,
        "another dealer's user"
    );
    assert_eq!(
        code(
            h.client
                .user_auth("abc.logistics@example.com", "wrong-one", None)
                .await
        ),
        102
    );
    assert_eq!(
        code(
            h.client
                .user_auth("new.customer@example.com", "user1234", None)
                .await
        ),
        103
    );
    let info = h.client.user_get_info(&user).await.unwrap();
    let me = info.user_info.as_ref().unwrap();
    assert_eq!(me.title.as_deref(), Some("ABC Logistics Inc."));
    assert_eq!(
        (me.legal_type.as_deref(), me.verified),
        (Some("legal_entity"), Some(true))
    );
    assert!(info.paas_settings.as_ref().is_some_and(|s| s.is_object()));
    assert!(info.features.as_ref().is_some_and(|f| !f.is_empty()));
    assert!(info.master.is_none(), "not a sub-user");
    let restrictions = h.client.user_get_tariff_restrictions(&user).await.unwrap();
    assert!(
        restrictions
            .allowed_maps
            .unwrap()
            .contains(&"osm".to_owned())
    );
    h.client.user_logout(&user).await.unwrap();
    assert_eq!(code(h.client.user_get_info(&user).await), 4);
}

fn draft(name: &str) -> ApplicationDraft {
    ApplicationDraft {
        id: None,
        name: name.into(),
        url: "https://apps.example.com/{language}/start?u={user_id}".into(),
        icon: Some("https://apps.example.com/icon.png".into()),
        is_enabled: true,
        description: Some("Route planning".into()),
        display_method: Some(DisplayMethod::Embedded),
        authorization: Some(ApplicationAuthorization::UserSession),
    }
}

#[tokio::test]
async fn applications_create_list_update_toggle_delete() {
    let h = start().await;
    let dealer = h.demo().await;
    let john = h.user_by_login(&dealer, "john.smith@example.com").await;
    let session = h
        .client
        .user_session_create(&dealer, john.id)
        .await
        .unwrap();
    let before = h.client.applications_list(&session).await.unwrap();
    assert_eq!(before.len(), 2, "demo applications");

    let id = h
        .client
        .application_create(&session, &draft("Planner"))
        .await
        .unwrap();
    let listed = h.client.applications_list(&session).await.unwrap();
    let app = listed.iter().find(|a| a.id == id).unwrap();
    assert_eq!((app.name.as_str(), app.is_enabled), ("Planner", true));
    assert_eq!(app.display_method, Some(DisplayMethod::Embedded));
    assert_eq!(app.description.as_deref(), Some("Route planning"));

    let mut edited = draft("Planner 2");
    edited.id = Some(id);
    edited.url = "https://planner.example.com".into();
    h.client
        .application_update(&session, &edited)
        .await
        .unwrap();
    h.client
        .application_set_enabled(&session, id, false)
        .await
        .unwrap();
    let app = h
        .client
        .applications_list(&session)
        .await
        .unwrap()
        .into_iter()
        .find(|a| a.id == id)
        .unwrap();
    assert_eq!(
        (app.name.as_str(), app.url.as_str(), app.is_enabled),
        ("Planner 2", "https://planner.example.com", false)
    );

    h.client.application_delete(&session, id).await.unwrap();
    assert_eq!(h.client.applications_list(&session).await.unwrap().len(), 2);
    // 201: it is gone (deleted meanwhile, or never existed).
    assert_eq!(code(h.client.application_delete(&session, id).await), 201);
    assert_eq!(
        code(h.client.application_set_enabled(&session, id, true).await),
        201
    );
    assert_eq!(
        code(h.client.application_update(&session, &edited).await),
        201
    );

    // 7 on the field it names.
    let mut bad = draft(&"N".repeat(25));
    bad.url = "http://insecure.example.com".into();
    bad.description = Some("d".repeat(51));
    let err = h
        .client
        .application_create(&session, &bad)
        .await
        .unwrap_err();
    let api = err.api().unwrap();
    for p in [
        "application.name",
        "application.url",
        "application.description",
    ] {
        assert!(api.error_for(p).is_some(), "{p}: {:?}", api.errors);
    }

    // Applications belong to their user: another user's session sees none of them.
    let abc = h.user_by_login(&dealer, "abc.logistics@example.com").await;
    let other_session = h.client.user_session_create(&dealer, abc.id).await.unwrap();
    let theirs = h.client.applications_list(&other_session).await.unwrap();
    assert!(theirs.iter().all(|a| !before.iter().any(|b| b.id == a.id)));
    assert_eq!(
        code(
            h.client
                .application_delete(&other_session, before[0].id)
                .await
        ),
        201
    );
}

#[tokio::test]
async fn the_seed_sandbox_takes_the_specs_names_and_lists_in_the_seeds() {
    let h = start().await;
    let dealer = h.demo().await;
    let john = h.user_by_login(&dealer, "john.smith@example.com").await;
    let session = h
        .client
        .user_session_create(&dealer, john.id)
        .await
        .unwrap();
    let hex = session.expose().to_owned();
    let spec_app = serde_json::json!({"application": {"label": "Spec app", "url_template": "https://spec.example.com/{user_id}", "enabled": false,
        "authorization": {"type": "api_key", "hash": "k"}, "display_method": "new_tab", "icon": "extension", "description": ""}});
    let (status, body) = h
        .raw("user/application/create", |r| {
            r.header("Authorization", format!("NVX {hex}"))
                .json(&spec_app)
        })
        .await;
    assert_eq!(status, 200, "{body}");
    let id = body["id"].as_i64().unwrap();
    let (_, body) = h
        .raw("user/application/list", |r| {
            r.header("Authorization", format!("NVX {hex}"))
        })
        .await;
    let raw = body["list"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["id"] == id)
        .unwrap()
        .clone();
    // Listed in one dialect only, so a client can tell which one it speaks.
    assert_eq!(
        (raw["label"].as_str(), raw["name"].as_str()),
        (None, Some("Spec app"))
    );
    assert_eq!(
        (raw["enabled"].as_bool(), raw["is_enabled"].as_bool()),
        (None, Some(false))
    );
    let typed = h
        .client
        .applications_list(&session)
        .await
        .unwrap()
        .into_iter()
        .find(|a| a.id == id)
        .unwrap();
    assert_eq!(
        typed.authorization,
        Some(ApplicationAuthorization::ApiKey {
            hash: Some("k".into())
        })
    );
    let (status, _) = h
        .raw("user/application/enabled/set", |r| {
            r.query(&[
                ("hash", hex.as_str()),
                ("application_id", &id.to_string()),
                ("enabled", "true"),
            ])
        })
        .await;
    assert_eq!(
        status, 200,
        "parameters in the query string, as the spec shows"
    );
}

#[test]
fn the_seeds_json_examples_decode_into_the_typed_structs() {
    let list: UserPage =
        decode_answer(200, include_bytes!("../fixtures/seed_user_list.json")).unwrap();
    assert_eq!(
        (list.count, list.list[0].id, list.list[0].balance),
        (1, 38935, Some(10.01))
    );
    assert_eq!(
        list.list[0].fields.legal_type,
        Some(navixy_panel::model::LegalType::LegalEntity)
    );
    let read: UserRecord =
        decode_answer(200, include_bytes!("../fixtures/seed_user_read.json")).unwrap();
    assert_eq!(
        (read.default_tariff_id, read.discount.unwrap().value),
        (Some(123), Some(5.5))
    );
    let tx: serde_json::Value =
        serde_json::from_slice(include_bytes!("../fixtures/seed_transaction_list.json")).unwrap();
    let tx: Vec<Transaction> = serde_json::from_value(tx["list"].clone()).unwrap();
    assert_eq!(
        (tx[0].kind.as_deref(), tx[0].amount, tx[0].new_bonus),
        (Some("bonus_charge"), Some(-10.0), Some(10.0))
    );
    let info: UserInfo =
        decode_answer(200, include_bytes!("../fixtures/seed_user_get_info.json")).unwrap();
    assert_eq!(info.master.unwrap().title.as_deref(), Some("David Blane"));
    assert_eq!(
        info.privileges.unwrap().rights,
        Some(vec!["tag_update".to_owned()])
    );
    let apps: serde_json::Value =
        serde_json::from_slice(include_bytes!("../fixtures/spec_application_list.json")).unwrap();
    let apps: Vec<Application> = serde_json::from_value(apps["list"].clone()).unwrap();
    assert_eq!(
        (apps[0].name.as_str(), apps[0].url.as_str()),
        ("An application", "https://domain.example/{language}")
    );
    let upload_error = decode_answer::<serde_json::Value>(400, br#"{ "row_number" : 4, "status" : { "code" : 273, "description" : "Duplicate login" }, "success" : false }"#).unwrap_err();
    assert_eq!(upload_error.api().unwrap().row_number, Some(4));
}

#[tokio::test]
async fn a_sub_user_sees_its_master_and_privileges() {
    let h = start().await;
    let sub = h
        .client
        .user_auth(navixy_panel::sandbox::DEMO_SUB_USER, "user1234", None)
        .await
        .unwrap();
    let info = h.client.user_get_info(&sub).await.unwrap();
    let master = info.master.expect("a sub-user has a master");
    assert_eq!(master.title.as_deref(), Some("ABC Logistics Inc."));
    assert!(
        info.privileges
            .and_then(|p| p.rights)
            .is_some_and(|r| !r.is_empty())
    );
    // Sub-users are not in the dealer's own list.
    let dealer = h.demo().await;
    let page = h
        .client
        .users_list(
            &dealer,
            &navixy_panel::api::ListQuery {
                filter: Some("dispatcher".into()),
                ..Default::default()
            },
        )
        .await
        .unwrap();
    assert_eq!(page.count, 0);
}

#[tokio::test]
async fn resend_activation_and_activate_with_every_documented_answer() {
    let h = start().await;
    // 201: unknown login; 265: already active and verified; 209: mail cannot be sent.
    assert_eq!(
        code(h.client.user_resend_activation("nobody@example.com").await),
        201
    );
    assert_eq!(
        code(
            h.client
                .user_resend_activation("john.smith@example.com")
                .await
        ),
        265
    );
    assert_eq!(
        code(
            h.client
                .user_resend_activation("lost.mail@bounce.invalid")
                .await
        ),
        209
    );
    // Sent once; a second try within 5 minutes is 264 with the wait.
    h.client
        .user_resend_activation("new.customer@example.com")
        .await
        .unwrap();
    let err = h
        .client
        .user_resend_activation("new.customer@example.com")
        .await
        .unwrap_err();
    let api = err.api().unwrap();
    assert_eq!((api.code, api.http_status), (264, 403));
    assert_eq!(api.extra["timeout"], "PT5M");
    let left = api.remainder().expect("remainder");
    assert!(
        left > std::time::Duration::from_secs(240) && left <= std::time::Duration::from_secs(300),
        "{left:?}"
    );

    // user/activate takes only the session from the e-mail.
    assert_eq!(
        code(
            h.client
                .user_auth("new.customer@example.com", "user1234", None)
                .await
        ),
        103
    );
    let dealer = h.demo().await;
    let john = h.user_by_login(&dealer, "john.smith@example.com").await;
    let ordinary = h
        .client
        .user_session_create(&dealer, john.id)
        .await
        .unwrap();
    assert_eq!(
        code(h.client.user_activate(&ordinary).await),
        4,
        "any other hash is code 4"
    );
    let link = navixy_panel::api::UserHash::new(
        h.sandbox
            .activation_link("new.customer@example.com")
            .expect("an e-mail was 'sent'"),
    );
    h.client.user_activate(&link).await.unwrap();
    h.client
        .user_auth("new.customer@example.com", "user1234", None)
        .await
        .expect("activated");
    assert_eq!(
        code(h.client.user_activate(&link).await),
        4,
        "the link works once"
    );
    assert_eq!(
        code(
            h.client
                .user_resend_activation("new.customer@example.com")
                .await
        ),
        265
    );
}
