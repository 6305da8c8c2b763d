//! The words of an import spreadsheet in each language the panel speaks:
//! its column headers, the sheet's name, the words Excel writes for TRUE and
//! FALSE, and the template's example rows. Navixy's own templates exist in
//! English and Russian (../shared/reference/import-templates); the others
//! are ours, so that an operator's file in their language is read.

use crate::i18n::Language;

/// One language's words, headers in [`super::import_columns::ImportColumn::ALL`] order.
#[derive(Debug)]
pub struct SheetWords {
    /// The template's sheet name.
    pub users: &'static str,
    /// What that language's Excel shows for a boolean cell.
    pub true_word: &'static str,
    pub false_word: &'static str,
    pub headers: [&'static str; 27],
    pub examples: Examples,
}

/// The template's two example rows: a person and a company of a country
/// speaking the language.
#[derive(Debug)]
pub struct Examples {
    pub surname_1: &'static str,
    pub name_1: &'static str,
    /// Empty where people have none.
    pub middle_name_1: &'static str,
    pub surname_2: &'static str,
    pub name_2: &'static str,
    pub legal_name: &'static str,
    pub country: &'static str,
    pub region: &'static str,
    pub city: &'static str,
    pub street: &'static str,
}

/// The words of `language`.
pub fn sheet_words(language: Language) -> &'static SheetWords {
    match language {
        Language::English => &ENGLISH,
        Language::Russian => &RUSSIAN,
        Language::Spanish => &SPANISH,
        Language::Portuguese => &PORTUGUESE,
        Language::German => &GERMAN,
        Language::French => &FRENCH,
        Language::Turkish => &TURKISH,
        Language::Ukrainian => &UKRAINIAN,
        Language::Romanian => &ROMANIAN,
        Language::Arabic => &ARABIC,
    }
}

/// The English headers as Navixy's seed writes them (without `*`). The
/// seed's English list has no OGRN/OKPO columns; they are named as Navixy's
/// fields are named.
const ENGLISH: SheetWords = SheetWords {
    users: "Users",
    true_word: "TRUE",
    false_word: "FALSE",
    headers: [
        "Email address",
        "Password",
        "Status",
        "Legal status",
        "Surname",
        "Name",
        "Middle name",
        "Phone number",
        "Comment",
        "Country",
        "Region",
        "City",
        "Street, address",
        "Zip code",
        "Legal name",
        "Tax number",
        "IEC",
        "State registration number",
        "OKPO",
        "Registration country",
        "Registration region",
        "Registration city",
        "Registration address",
        "Registration zip code",
        "Discount",
        "End date of discount",
        "Device limit",
    ],
    examples: Examples {
        surname_1: "Doe",
        name_1: "Jane",
        middle_name_1: "Ann",
        surname_2: "Brown",
        name_2: "Mark",
        legal_name: "ACME Logistics LLC",
        country: "USA",
        region: "NY",
        city: "New York",
        street: "1 Main St",
    },
};
/// The Russian headers as Navixy's seed writes them (without `*`).
const RUSSIAN: SheetWords = SheetWords {
    users: "Пользователи",
    true_word: "ИСТИНА",
    false_word: "ЛОЖЬ",
    headers: [
        "Адрес электронной почты",
        "Пароль",
        "Статус",
        "Юридический статус",
        "Фамилия",
        "Имя",
        "Отчество",
        "Номер телефона",
        "Комментарий",
        "Страна",
        "Регион",
        "Город",
        "Улица, дом, квартира",
        "Почтовый индекс",
        "Юридическое название",
        "ИНН",
        "КПП",
        "ОГРН",
        "ОКПО",
        "Страна регистрации",
        "Регион регистрации",
        "Город регистрации",
        "Улица, дом регистрации",
        "Почтовый индекс регистрации",
        "Скидка",
        "Дата окончания скидки",
        "Минимальное число устройств для скидки",
    ],
    examples: Examples {
        surname_1: "Петров",
        name_1: "Иван",
        middle_name_1: "Сергеевич",
        surname_2: "Смирнова",
        name_2: "Анна",
        legal_name: "ООО «Вектор»",
        country: "Россия",
        region: "Москва",
        city: "Москва",
        street: "ул. Тверская, 1",
    },
};
const SPANISH: SheetWords = SheetWords {
    users: "Usuarios",
    true_word: "VERDADERO",
    false_word: "FALSO",
    headers: [
        "Correo electrónico",
        "Contraseña",
        "Estado",
        "Tipo de persona",
        "Apellido",
        "Nombre",
        "Segundo nombre",
        "Número de teléfono",
        "Comentario",
        "País",
        "Región",
        "Ciudad",
        "Calle, dirección",
        "Código postal",
        "Razón social",
        "NIF",
        "Código IEC",
        "Número de registro estatal",
        "Código OKPO",
        "País de registro",
        "Región de registro",
        "Ciudad de registro",
        "Dirección de registro",
        "Código postal de registro",
        "Descuento",
        "Fecha de fin del descuento",
        "Mínimo de dispositivos para el descuento",
    ],
    examples: Examples {
        surname_1: "García",
        name_1: "Carlos",
        middle_name_1: "",
        surname_2: "Martínez",
        name_2: "Lucía",
        legal_name: "Transportes Vega, S.L.",
        country: "España",
        region: "Comunidad de Madrid",
        city: "Madrid",
        street: "Calle de Alcalá, 45",
    },
};

const PORTUGUESE: SheetWords = SheetWords {
    users: "Usuários",
    true_word: "VERDADEIRO",
    false_word: "FALSO",
    headers: [
        "E-mail",
        "Senha",
        "Situação",
        "Natureza jurídica",
        "Sobrenome",
        "Nome",
        "Nome do meio",
        "Telefone",
        "Comentário",
        "País",
        "Região",
        "Cidade",
        "Rua, endereço",
        "CEP",
        "Razão social",
        "CPF/CNPJ",
        "IEC",
        "Nº de registro oficial",
        "OKPO",
        "País de registro",
        "Região de registro",
        "Cidade de registro",
        "Endereço de registro",
        "CEP de registro",
        "Desconto",
        "Data final do desconto",
        "Limite de dispositivos",
    ],
    examples: Examples {
        surname_1: "Silva",
        name_1: "João",
        middle_name_1: "Pereira",
        surname_2: "Oliveira",
        name_2: "Ana",
        legal_name: "Vetor Rastreamento Ltda.",
        country: "Brasil",
        region: "São Paulo",
        city: "São Paulo",
        street: "Rua Augusta, 1500, sala 12",
    },
};

const GERMAN: SheetWords = SheetWords {
    users: "Benutzer",
    true_word: "WAHR",
    false_word: "FALSCH",
    headers: [
        "E-Mail-Adresse",
        "Passwort",
        "Status",
        "Rechtsform",
        "Nachname",
        "Vorname",
        "Zweiter Vorname",
        "Telefonnummer",
        "Kommentar",
        "Land",
        "Region",
        "Stadt",
        "Straße, Hausnummer",
        "Postleitzahl",
        "Firmenname",
        "Steuernummer",
        "IEC",
        "Staatliche Registernummer",
        "OKPO",
        "Land der Registrierung",
        "Region der Registrierung",
        "Stadt der Registrierung",
        "Adresse der Registrierung",
        "Postleitzahl der Registrierung",
        "Rabatt",
        "Enddatum des Rabatts",
        "Mindestanzahl Geräte",
    ],
    examples: Examples {
        surname_1: "Müller",
        name_1: "Thomas",
        middle_name_1: "",
        surname_2: "Schmidt",
        name_2: "Anna",
        legal_name: "Nordlicht Logistik GmbH",
        country: "Deutschland",
        region: "Bayern",
        city: "München",
        street: "Leopoldstraße 12",
    },
};

const FRENCH: SheetWords = SheetWords {
    users: "Utilisateurs",
    true_word: "VRAI",
    false_word: "FAUX",
    headers: [
        "Adresse e-mail",
        "Mot de passe",
        "Statut",
        "Statut juridique",
        "Nom",
        "Prénom",
        "Deuxième prénom",
        "Téléphone",
        "Commentaire",
        "Pays",
        "Région",
        "Ville",
        "Rue, adresse",
        "Code postal",
        "Dénomination sociale",
        "Numéro fiscal",
        "IEC",
        "Numéro d'immatriculation",
        "OKPO",
        "Pays d'enregistrement",
        "Région d'enregistrement",
        "Ville d'enregistrement",
        "Adresse d'enregistrement",
        "Code postal d'enregistrement",
        "Remise",
        "Date de fin de la remise",
        "Nombre minimal d'appareils",
    ],
    examples: Examples {
        surname_1: "Martin",
        name_1: "Pierre",
        middle_name_1: "",
        surname_2: "Dubois",
        name_2: "Sophie",
        legal_name: "Transports Lefèvre SARL",
        country: "France",
        region: "Île-de-France",
        city: "Paris",
        street: "12 rue de Rivoli",
    },
};

const TURKISH: SheetWords = SheetWords {
    users: "Kullanıcılar",
    true_word: "DOĞRU",
    false_word: "YANLIŞ",
    headers: [
        "E-posta",
        "Şifre",
        "Durum",
        "Müşteri tipi",
        "Soyad",
        "Ad",
        "İkinci ad",
        "Telefon",
        "Yorum",
        "Ülke",
        "Bölge",
        "Şehir",
        "Açık adres",
        "Posta kodu",
        "Şirket unvanı",
        "Vergi numarası",
        "Vergi dairesi",
        "Ticaret sicil numarası",
        "OKPO",
        "Kayıt ülkesi",
        "Kayıt bölgesi",
        "Kayıt şehri",
        "Kayıt adresi",
        "Kayıt posta kodu",
        "İndirim",
        "İndirim bitiş tarihi",
        "Cihaz limiti",
    ],
    examples: Examples {
        surname_1: "Yılmaz",
        name_1: "Mehmet",
        middle_name_1: "",
        surname_2: "Kaya",
        name_2: "Ayşe",
        legal_name: "Anadolu Takip Sistemleri A.Ş.",
        country: "Türkiye",
        region: "Ankara",
        city: "Ankara",
        street: "Atatürk Bulvarı No: 125, Çankaya",
    },
};

const UKRAINIAN: SheetWords = SheetWords {
    users: "Користувачі",
    true_word: "ІСТИНА",
    false_word: "ХИБНІСТЬ",
    headers: [
        "Електронна пошта",
        "Пароль",
        "Статус",
        "Правовий статус",
        "Прізвище",
        "Ім’я",
        "По батькові",
        "Телефон",
        "Коментар",
        "Країна",
        "Регіон",
        "Місто",
        "Вулиця, адреса",
        "Поштовий індекс",
        "Юридична назва",
        "ІПН",
        "IEC",
        "Державний реєстраційний номер",
        "Код ЄДРПОУ",
        "Країна реєстрації",
        "Регіон реєстрації",
        "Місто реєстрації",
        "Адреса реєстрації",
        "Поштовий індекс реєстрації",
        "Знижка",
        "Дата закінчення знижки",
        "Ліміт пристроїв",
    ],
    examples: Examples {
        surname_1: "Шевченко",
        name_1: "Олександр",
        middle_name_1: "Петрович",
        surname_2: "Коваленко",
        name_2: "Олена",
        legal_name: "ТОВ «Вектор»",
        country: "Україна",
        region: "Львівська область",
        city: "Львів",
        street: "вул. Городоцька, 15",
    },
};

const ROMANIAN: SheetWords = SheetWords {
    users: "Utilizatori",
    true_word: "ADEVĂRAT",
    false_word: "FALS",
    headers: [
        "Adresă de e-mail",
        "Parolă",
        "Stare",
        "Statut juridic",
        "Nume de familie",
        "Prenume",
        "Al doilea prenume",
        "Număr de telefon",
        "Comentariu",
        "Țară",
        "Regiune",
        "Oraș",
        "Stradă, număr",
        "Cod poștal",
        "Denumire juridică",
        "Cod fiscal",
        "IEC",
        "Număr de înregistrare de stat",
        "OKPO",
        "Țară de înregistrare",
        "Regiune de înregistrare",
        "Oraș de înregistrare",
        "Adresă de înregistrare",
        "Cod poștal de înregistrare",
        "Reducere",
        "Data încheierii reducerii",
        "Număr minim de dispozitive",
    ],
    examples: Examples {
        surname_1: "Popescu",
        name_1: "Andrei",
        middle_name_1: "",
        surname_2: "Ionescu",
        name_2: "Maria",
        legal_name: "Vector Logistic SRL",
        country: "România",
        region: "Cluj",
        city: "Cluj-Napoca",
        street: "Str. Memorandumului nr. 28",
    },
};

const ARABIC: SheetWords = SheetWords {
    users: "المستخدمون",
    true_word: "TRUE",
    false_word: "FALSE",
    headers: [
        "البريد الإلكتروني",
        "كلمة المرور",
        "الحالة",
        "الوضع القانوني",
        "اسم العائلة",
        "الاسم الأول",
        "الاسم الأوسط",
        "الهاتف",
        "تعليق",
        "الدولة",
        "المنطقة",
        "المدينة",
        "الشارع، العنوان",
        "الرمز البريدي",
        "الاسم القانوني",
        "الرقم الضريبي",
        "IEC",
        "رقم التسجيل الحكومي",
        "OKPO",
        "دولة التسجيل",
        "منطقة التسجيل",
        "مدينة التسجيل",
        "عنوان التسجيل",
        "الرمز البريدي للتسجيل",
        "الخصم",
        "تاريخ انتهاء الخصم",
        "حد الأجهزة",
    ],
    examples: Examples {
        surname_1: "العتيبي",
        name_1: "محمد",
        middle_name_1: "عبدالله",
        surname_2: "القحطاني",
        name_2: "نورة",
        legal_name: "شركة الأفق للتقنية ذ.م.م",
        country: "المملكة العربية السعودية",
        region: "منطقة الرياض",
        city: "الرياض",
        street: "7235 طريق الملك فهد، حي العليا",
    },
};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::import_columns::{ImportColumn, header_key};
    use std::collections::HashMap;

    #[test]
    fn a_header_names_one_column_in_every_language() {
        let mut named: HashMap<String, (ImportColumn, Language)> = HashMap::new();
        for language in Language::ALL {
            for column in ImportColumn::ALL {
                let key = header_key(column.header(language));
                assert!(!key.is_empty(), "{language:?} {column:?}");
                if let Some((other, in_language)) = named.insert(key.clone(), (column, language)) {
                    assert_eq!(
                        other, column,
                        "{key:?} names {other:?} in {in_language:?} and {column:?} in {language:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn each_language_reads_its_own_headers_and_booleans() {
        use crate::import::rows::parse_status;
        for language in Language::ALL {
            let words = sheet_words(language);
            for column in ImportColumn::ALL {
                assert_eq!(
                    ImportColumn::from_header(&column.titled(language)),
                    Some(column),
                    "{language:?}"
                );
            }
            assert_eq!(parse_status(words.true_word), Some(true), "{language:?}");
            assert_eq!(parse_status(&words.false_word.to_lowercase()), Some(false));
        }
    }
}
