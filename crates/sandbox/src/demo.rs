//! Demo data for a new sandbox database: three dealers (one blocked), the demo
//! dealer's users with realistic names, all three legal types, addresses,
//! balances, discounts (some ended), a year of monthly charges and top-ups (a
//! few users run out within a week) and a few applications.
//! Deterministic (fixed seed), so every fresh sandbox looks the same.

use super::password;
use super::store::Store;
use super::users::{self, NewUserRow};

mod history;
use chrono::{Duration, Utc};
use navixy_core::model::{DATE_TIME_FORMAT, Discount, DiscountStrategy, LegalType, UserFields};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

/// A dealer account of the demo data.
#[derive(Debug, Clone, Copy)]
pub struct DemoAccount {
    pub id: i64,
    pub login: &'static str,
    pub password: &'static str,
}

pub const DEMO_DEALER: DemoAccount = DemoAccount {
    id: 5001,
    login: "demo",
    password: "demo1234",
};
pub const OTHER_DEALER: DemoAccount = DemoAccount {
    id: 5002,
    login: "other",
    password: "other1234",
};
pub const BLOCKED_DEALER: DemoAccount = DemoAccount {
    id: 5003,
    login: "blocked",
    password: "blocked1234",
};
/// A dealer account that may only look (`panel/account/get_permissions`):
/// users, their trackers, plans and transactions, and nothing else.
pub const VIEWER_DEALER: DemoAccount = DemoAccount {
    id: 5004,
    login: "viewer",
    password: "viewer1234",
};
/// Every demo user's password (for `user/auth`).
pub const DEMO_USER_PASSWORD: &str = "user1234";

const OTHER_DEALER_USERS: usize = 25;
const VIEWER_DEALER_USERS: usize = 12;

const FIRST_EN: [&str; 16] = [
    "James",
    "Mary",
    "Robert",
    "Patricia",
    "John",
    "Jennifer",
    "Michael",
    "Linda",
    "David",
    "Elizabeth",
    "William",
    "Susan",
    "Richard",
    "Jessica",
    "Thomas",
    "Sarah",
];
const LAST_EN: [&str; 16] = [
    "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Wilson",
    "Anderson", "Taylor", "Thomas", "Moore", "Martin", "Jackson", "White",
];
const FIRST_RU: [&str; 12] = [
    "Александр",
    "Сергей",
    "Дмитрий",
    "Андрей",
    "Алексей",
    "Иван",
    "Елена",
    "Ольга",
    "Наталья",
    "Татьяна",
    "Мария",
    "Анна",
];
const LAST_RU: [&str; 12] = [
    "Иванов",
    "Смирнов",
    "Кузнецов",
    "Попов",
    "Васильев",
    "Петров",
    "Соколов",
    "Михайлов",
    "Новиков",
    "Фёдоров",
    "Морозов",
    "Волков",
];
const MIDDLE_RU: [&str; 6] = [
    "Александрович",
    "Сергеевич",
    "Иванович",
    "Дмитриевич",
    "Андреевич",
    "Петрович",
];
/// (country, region, city, zip prefix, street)
const PLACES_EN: [(&str, &str, &str, &str, &str); 8] = [
    (
        "United States",
        "California",
        "Los Angeles",
        "900",
        "Sunset Blvd",
    ),
    (
        "United States",
        "New York",
        "Brooklyn",
        "112",
        "Westminster Avenue",
    ),
    ("United States", "Texas", "Houston", "770", "Main Street"),
    ("United Kingdom", "England", "London", "EC1", "Baker Street"),
    (
        "United Kingdom",
        "Scotland",
        "Edinburgh",
        "EH1",
        "Princes Street",
    ),
    ("Germany", "Bavaria", "Munich", "803", "Leopoldstraße"),
    (
        "Spain",
        "Catalonia",
        "Barcelona",
        "080",
        "Carrer de Mallorca",
    ),
    (
        "Mexico",
        "Jalisco",
        "Guadalajara",
        "441",
        "Avenida Vallarta",
    ),
];
const PLACES_RU: [(&str, &str, &str, &str, &str); 4] = [
    (
        "Россия",
        "Свердловская область",
        "Екатеринбург",
        "620",
        "ул. Хохрякова",
    ),
    (
        "Россия",
        "Московская область",
        "Москва",
        "101",
        "ул. Тверская",
    ),
    (
        "Россия",
        "Новосибирская область",
        "Новосибирск",
        "630",
        "Красный проспект",
    ),
    (
        "Казахстан",
        "Алматинская область",
        "Алматы",
        "050",
        "пр. Абая",
    ),
];
const COMPANY_WORDS: [&str; 10] = [
    "Logistics",
    "Transport",
    "Fleet",
    "Cargo",
    "Delivery",
    "Freight",
    "Motors",
    "Express",
    "Rental",
    "Taxi",
];
const COMPANY_SUFFIX: [&str; 4] = ["Inc.", "LLC", "Ltd", "GmbH"];

fn pick<'a, T>(rng: &mut StdRng, items: &'a [T]) -> &'a T {
    &items[rng.random_range(0..items.len())]
}

fn money(rng: &mut StdRng, max: f64) -> f64 {
    super::money::cents(rng.random_range(0.0..max))
}

struct DemoUser {
    fields: UserFields,
    discount: Discount,
    comment: Option<String>,
    balance: f64,
    bonus: f64,
    trackers: i64,
    created_days_ago: i64,
    clones: i64,
    corrupted: bool,
}

fn some(s: impl Into<String>) -> Option<String> {
    Some(s.into())
}

/// A user with random but believable details; `n` keeps logins unique.
fn random_user(rng: &mut StdRng, n: usize, domain: &str) -> DemoUser {
    let russian = rng.random_bool(0.3);
    let (first, last, middle) = if russian {
        (
            *pick(rng, &FIRST_RU),
            *pick(rng, &LAST_RU),
            Some(*pick(rng, &MIDDLE_RU)),
        )
    } else {
        (*pick(rng, &FIRST_EN), *pick(rng, &LAST_EN), None)
    };
    let place = if russian {
        *pick(rng, &PLACES_RU)
    } else {
        *pick(rng, &PLACES_EN)
    };
    let legal_type = match rng.random_range(0..10) {
        0..=6 => LegalType::Individual,
        7..=8 => LegalType::LegalEntity,
        _ => LegalType::SoleTrader,
    };
    let translit = if russian {
        format!("client{n}")
    } else {
        format!("{}.{}{n}", first.to_lowercase(), last.to_lowercase())
    };
    let zip = format!("{}{:02}", place.3, rng.random_range(0..100));
    let street = format!("{}, {}", place.4, rng.random_range(1..300));
    let business = legal_type != LegalType::Individual;
    let legal_name = (legal_type == LegalType::LegalEntity).then(|| {
        format!(
            "{} {} {}",
            last,
            pick(rng, &COMPANY_WORDS),
            pick(rng, &COMPANY_SUFFIX)
        )
    });
    let activated = rng.random_bool(0.9);
    let fields = UserFields {
        activated: Some(activated),
        verified: Some(activated && rng.random_bool(0.95)),
        login: some(format!("{translit}@{domain}")),
        first_name: some(first),
        middle_name: middle.map(str::to_owned),
        last_name: some(last),
        legal_name,
        legal_type: Some(legal_type),
        phone: some(format!(
            "{}{:09}",
            if russian { "79" } else { "12" },
            rng.random_range(0..1_000_000_000u64)
        )),
        post_country: some(place.0),
        post_index: some(zip.clone()),
        post_region: some(place.1),
        post_city: some(place.2),
        post_street_address: some(street.clone()),
        registered_country: business.then(|| place.0.to_owned()),
        registered_index: business.then(|| zip.clone()),
        registered_region: business.then(|| place.1.to_owned()),
        registered_city: business.then(|| place.2.to_owned()),
        registered_street_address: business.then(|| street.clone()),
        state_reg_num: business.then(|| {
            format!(
                "{:02}-{:07}",
                rng.random_range(10..99),
                rng.random_range(0..10_000_000)
            )
        }),
        tin: business.then(|| format!("{:010}", rng.random_range(0..10_000_000_000u64))),
        okpo_code: (business && russian)
            .then(|| format!("{:08}", rng.random_range(0..100_000_000))),
        iec: (legal_type == LegalType::LegalEntity && russian)
            .then(|| format!("{:09}", rng.random_range(0..1_000_000_000))),
    };
    let discount = if rng.random_bool(0.2) {
        Discount {
            value: Some(f64::from(rng.random_range(1..=30)) / 2.0),
            min_trackers: Some(rng.random_range(0..20)),
            end_date: rng.random_bool(0.5).then(|| {
                (Utc::now() + Duration::days(rng.random_range(-200..400)))
                    .format("%Y-%m-%d")
                    .to_string()
            }),
            strategy: Some(*pick(rng, &DiscountStrategy::ALL)),
        }
    } else {
        Discount {
            value: Some(0.0),
            min_trackers: Some(0),
            end_date: None,
            strategy: Some(DiscountStrategy::NoSumming),
        }
    };
    DemoUser {
        fields,
        discount,
        comment: rng
            .random_bool(0.1)
            .then(|| "VIP customer, call before blocking".to_owned()),
        balance: money(rng, 5000.0),
        bonus: if rng.random_bool(0.3) {
            money(rng, 200.0)
        } else {
            0.0
        },
        trackers: rng.random_range(0..60),
        created_days_ago: rng.random_range(1..1100),
        clones: 0,
        corrupted: false,
    }
}

/// Hand-made users that show (and let tests reach) the special cases.
fn showcase_users() -> Vec<DemoUser> {
    let base = |login: &str, first: &str, last: &str, legal_type: LegalType| UserFields {
        activated: Some(true),
        verified: Some(true),
        login: some(login),
        first_name: some(first),
        last_name: some(last),
        legal_type: Some(legal_type),
        phone: some("2135551234"),
        post_country: some("United States"),
        post_index: some("90001"),
        post_region: some("California"),
        post_city: some("Los Angeles"),
        post_street_address: some("1234 Sunset Blvd"),
        ..Default::default()
    };
    let business = |mut f: UserFields, legal_name: Option<&str>| {
        f.legal_name = legal_name.map(str::to_owned);
        f.registered_country = f.post_country.clone();
        f.registered_index = f.post_index.clone();
        f.registered_region = f.post_region.clone();
        f.registered_city = f.post_city.clone();
        f.registered_street_address = f.post_street_address.clone();
        f.state_reg_num = some("12-3456789");
        f.tin = some("1131145180");
        f
    };
    let plain = |fields: UserFields, balance: f64| DemoUser {
        fields,
        discount: Discount {
            value: Some(0.0),
            min_trackers: Some(0),
            end_date: None,
            strategy: Some(DiscountStrategy::NoSumming),
        },
        comment: None,
        balance,
        bonus: 0.0,
        trackers: 3,
        created_days_ago: 400,
        clones: 0,
        corrupted: false,
    };
    let mut john = plain(
        base(
            "john.smith@example.com",
            "John",
            "Smith",
            LegalType::Individual,
        ),
        10.01,
    );
    john.fields.middle_name = some("William");
    john.discount = Discount {
        value: Some(5.5),
        min_trackers: Some(10),
        end_date: None,
        strategy: Some(DiscountStrategy::SumWithProgressive),
    };
    john.comment = some("about user");
    let abc = plain(
        business(
            base(
                "abc.logistics@example.com",
                "Mary",
                "Brown",
                LegalType::LegalEntity,
            ),
            Some("ABC Logistics Inc."),
        ),
        1520.5,
    );
    let mut clones = plain(
        business(
            base(
                "fleet.clones@example.com",
                "Robert",
                "Miller",
                LegalType::LegalEntity,
            ),
            Some("Cloned Fleet LLC"),
        ),
        300.0,
    );
    clones.clones = 2;
    clones.comment = some("Trackers shared with a partner (clones)");
    let mut broken = plain(
        base(
            "broken.tracker@example.com",
            "Linda",
            "Davis",
            LegalType::Individual,
        ),
        5.0,
    );
    broken.corrupted = true;
    broken.comment = some("One tracker already corrupted");
    let mut new = plain(
        base(
            "new.customer@example.com",
            "Thomas",
            "Moore",
            LegalType::Individual,
        ),
        0.0,
    );
    new.fields.activated = Some(false);
    new.fields.verified = Some(false);
    new.created_days_ago = 0;
    let mut ivanov = plain(
        business(
            base(
                "ivanov@example.ru",
                "Сергей",
                "Иванов",
                LegalType::SoleTrader,
            ),
            None,
        ),
        870.0,
    );
    ivanov.fields.middle_name = some("Александрович");
    ivanov.fields.post_country = some("Россия");
    ivanov.fields.post_city = some("Екатеринбург");
    ivanov.fields.post_region = some("Уральский федеральный округ");
    ivanov.fields.post_street_address = some("Хохрякова, 74");
    ivanov.fields.post_index = some("620000");
    ivanov.fields.phone = some("79999999999");
    // Activation e-mails to this address cannot be delivered (resend answers 209).
    let mut lost = plain(
        base(
            "lost.mail@bounce.invalid",
            "Susan",
            "White",
            LegalType::Individual,
        ),
        0.0,
    );
    lost.fields.activated = Some(false);
    lost.fields.verified = Some(false);
    // Moved from an older system that kept other rules: its login is no
    // e-mail and its phone has 9 digits. The server keeps such values; the
    // panel shows them as warnings and still saves the operator's other edits.
    let mut legacy = plain(
        base("legacy-fleet-07", "Peter", "Clark", LegalType::Individual),
        42.0,
    );
    legacy.fields.phone = some("212555123");
    legacy.comment = some("Moved from the old billing system");
    vec![john, abc, clones, broken, new, ivanov, lost, legacy]
}

/// Fills an empty database. Runs in one transaction: fast, and all or nothing.
pub fn seed(store: &Store, demo_users: usize) -> rusqlite::Result<()> {
    store.add_dealer(
        DEMO_DEALER.id,
        DEMO_DEALER.login,
        DEMO_DEALER.password,
        "Demo Telematics",
        false,
    )?;
    store.add_dealer(
        OTHER_DEALER.id,
        OTHER_DEALER.login,
        OTHER_DEALER.password,
        "Other Dealer Ltd",
        false,
    )?;
    store.add_dealer(
        BLOCKED_DEALER.id,
        BLOCKED_DEALER.login,
        BLOCKED_DEALER.password,
        "Blocked Dealer",
        true,
    )?;
    store.add_dealer(
        VIEWER_DEALER.id,
        VIEWER_DEALER.login,
        VIEWER_DEALER.password,
        "Viewer Telematics",
        false,
    )?;
    store.set_permissions(
        VIEWER_DEALER.id,
        &serde_json::json!({
            "base": ["get_dealer_info"],
            "users": ["read"],
            "trackers": ["read"],
            "tariffs": ["read"],
            "transactions": ["read"]
        }),
    )?;
    let user_hash = password::hash(DEMO_USER_PASSWORD);
    let mut rng = StdRng::seed_from_u64(5001);
    let mut conn = store.conn();
    let tx = conn.transaction()?;

    let mut demo: Vec<DemoUser> = showcase_users().into_iter().take(demo_users).collect();
    while demo.len() < demo_users {
        let n = demo.len();
        demo.push(random_user(&mut rng, n, "example.com"));
    }
    let other: Vec<DemoUser> = (0..OTHER_DEALER_USERS)
        .map(|n| random_user(&mut rng, n, "other-dealer.example"))
        .collect();
    // Big sandboxes (benchmarks) get a lighter history.
    let months = if demo_users > 10_000 { 1 } else { 12 };
    let showcase = showcase_users().len();
    let viewer: Vec<DemoUser> = (0..VIEWER_DEALER_USERS)
        .map(|n| random_user(&mut rng, n, "viewer-dealer.example"))
        .collect();
    for (dealer, list) in [
        (DEMO_DEALER.id, demo),
        (OTHER_DEALER.id, other),
        (VIEWER_DEALER.id, viewer),
    ] {
        let plans = super::ops::tariffs::plan_ids(dealer);
        for (i, u) in list.into_iter().enumerate() {
            let created = (Utc::now() - Duration::days(u.created_days_ago))
                .format(DATE_TIME_FORMAT)
                .to_string();
            let inserted = users::insert(
                &tx,
                &NewUserRow {
                    dealer_id: dealer,
                    fields: &u.fields,
                    password_hash: &user_hash,
                    discount: &u.discount,
                    comment: u.comment.as_deref(),
                    default_tariff_id: plans.get(i % 3).copied(),
                    time_zone: Some("UTC"),
                    locale: Some(if u.fields.post_country.as_deref() == Some("Россия") {
                        "ru_RU"
                    } else {
                        "en_US"
                    }),
                    balance: u.balance,
                    bonus: u.bonus,
                    trackers_count: u.trackers,
                    creation_date: Some(created),
                },
            );
            // Demo logins are unique by construction: a failure here is a bug.
            let id = inserted.map_err(|f| {
                rusqlite::Error::InvalidParameterName(format!("demo user: {:?}", f.code))
            })?;
            // Every fifth user may use 2FA; every seventh has a menu of its own.
            let preset = (i % 7 == 3).then_some(2 + (i as i64 / 7) % 2);
            tx.execute(
                "UPDATE users SET tracker_clones = ?1, tracker_corrupted = ?2, mfa_allowed = ?3,
                    menu_preset_id = ?4 WHERE id = ?5",
                rusqlite::params![u.clones, u.corrupted, i % 5 == 1, preset, id],
            )?;
            // A few of the demo dealer's customers are about to run out of
            // money, so that the balance watch shows them on a first start.
            let running_low =
                dealer == DEMO_DEALER.id && i >= showcase && i % 40 == 9 && u.trackers > 0;
            let owner = history::Owner {
                dealer,
                user: id,
                trackers: u.trackers,
            };
            let money = (u.balance, u.bonus);
            let balance = history::add(&tx, &mut rng, &owner, money, months, running_low)?;
            if balance != u.balance {
                tx.execute(
                    "UPDATE users SET balance = ?1 WHERE id = ?2",
                    rusqlite::params![balance, id],
                )?;
            }
            if dealer == DEMO_DEALER.id && i < 3 {
                add_applications(&tx, id, i)?;
            }
        }
    }
    add_sub_user(&tx, &user_hash)?;
    tx.commit()
}

/// A sub-user of ABC Logistics, so `user/get_info` has a `master` and `privileges` to show.
pub const DEMO_SUB_USER: &str = "dispatcher@abc-logistics.example";

fn add_sub_user(tx: &rusqlite::Transaction, password_hash: &str) -> rusqlite::Result<()> {
    let master: Option<i64> = tx
        .query_row(
            "SELECT id FROM users WHERE login = 'abc.logistics@example.com'",
            [],
            |r| r.get(0),
        )
        .ok();
    let Some(master) = master else { return Ok(()) };
    let fields = UserFields {
        activated: Some(true),
        verified: Some(true),
        login: Some(DEMO_SUB_USER.into()),
        first_name: Some("Daniel".into()),
        last_name: Some("Cooper".into()),
        legal_type: Some(LegalType::Individual),
        ..Default::default()
    };
    let id = users::insert(
        tx,
        &NewUserRow {
            dealer_id: DEMO_DEALER.id,
            fields: &fields,
            password_hash,
            discount: &Discount::default(),
            comment: None,
            default_tariff_id: None,
            time_zone: Some("America/Los_Angeles"),
            locale: Some("en_US"),
            balance: 0.0,
            bonus: 0.0,
            trackers_count: 0,
            creation_date: None,
        },
    )
    .map_err(|f| rusqlite::Error::InvalidParameterName(format!("demo sub-user: {:?}", f.code)))?;
    tx.execute(
        "UPDATE users SET master_id = ?1 WHERE id = ?2",
        [master, id],
    )?;
    Ok(())
}

fn add_applications(tx: &rusqlite::Transaction, user: i64, which: usize) -> rusqlite::Result<()> {
    let apps: &[(&str, &str, &str, bool, &str)] = match which {
        0 => &[
            (
                "Fuel reports",
                "https://fuel.example.com/{language}/report?user={user_id}",
                "local_gas_station",
                true,
                "Daily fuel usage",
            ),
            (
                "Help desk",
                "https://help.example.com",
                "support",
                false,
                "Open a support ticket",
            ),
        ],
        1 => &[(
            "Fleet dashboard",
            "https://dash.example.com/{user_id}",
            "dashboard",
            true,
            "KPIs of the fleet",
        )],
        _ => &[(
            "Maintenance",
            "https://service.example.com/?session={session_key}",
            "build",
            true,
            "",
        )],
    };
    for (name, url, icon, enabled, description) in apps {
        tx.execute(
            "INSERT INTO applications (user_id, name, url, icon, is_enabled, description, display_method, authorization)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'new_tab', '{\"type\":\"user_session\"}')",
            rusqlite::params![user, name, url, icon, enabled, description],
        )?;
    }
    Ok(())
}
