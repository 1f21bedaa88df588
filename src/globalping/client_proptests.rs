//! Property tests for reading Globalping's answers: the API is a third party, so any status and
//! any body (not JSON, JSON of any shape, fields of the wrong type) must give a result or an error
//! that says what came back, never a panic; and an answer shaped as the API documents must come
//! out field for field: each place's name, state, status code and timings.
//!
//! 256 cases per property by default (proptest's default); `PROPTEST_CASES=10000 cargo test
//! --no-default-features --lib globalping` runs longer. Pure: answers are built here, no network.

use super::*;
use proptest::prelude::*;
use proptest::sample::select;
use serde_json::Value;
use serde_json::json;

/// One `results` entry read the way the client reads each entry of a poll answer.
fn location_of(entry: &Value) -> LocationResult {
    location(&serde_json::from_value::<ResultEntry>(entry.clone()).unwrap_or_default())
}

/// Object keys: the ones the reader looks for (so that generated values reach it), and any.
fn key() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => select(vec![
            "probe", "result", "city", "country", "asn", "network", "status", "statusCode",
            "timings", "total", "firstByte", "rawOutput", "id", "results", "error", "message",
        ])
        .prop_map(str::to_string),
        1 => any::<String>(),
    ]
}

/// Any JSON value, at most four levels deep.
fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        select(vec!["finished", "failed", "offline", "in-progress", ""]).prop_map(Value::from),
        any::<String>().prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 64, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec((key(), inner), 0..6)
                .prop_map(|fields| Value::Object(fields.into_iter().collect())),
        ]
    })
}

/// A `results` entry: any value, or the documented shape with any values in its fields.
fn result_entry() -> impl Strategy<Value = Value> {
    prop_oneof![
        json_value(),
        (
            json_value(),
            json_value(),
            json_value(),
            json_value(),
            json_value()
        )
            .prop_map(|(probe, status, code, timings, raw)| json!({
                "probe": probe,
                "result": {
                    "status": status,
                    "statusCode": code,
                    "timings": timings,
                    "rawOutput": raw,
                },
            })),
    ]
}

/// A timing as Globalping sends it: whole milliseconds, or with two decimals.
fn timing() -> impl Strategy<Value = Option<f64>> {
    prop::option::of(prop_oneof![
        (0u32..600_000).prop_map(f64::from),
        (0u32..6_000_000).prop_map(|h| f64::from(h) / 100.0),
    ])
}

/// One place's result as the API documents it, and what it must read as.
#[derive(Debug, Clone)]
struct Place {
    city: String,
    country: String,
    asn: Option<u32>,
    network: String,
    state: &'static str,
    code: Option<u16>,
    total: Option<f64>,
    first_byte: Option<f64>,
    raw: String,
}

fn place() -> impl Strategy<Value = Place> {
    (
        (
            any::<String>(),
            "([A-Z]{2})?",
            prop::option::of(any::<u32>()),
            any::<String>(),
        ),
        select(vec!["finished", "failed", "offline", "in-progress"]),
        prop::option::of(100u16..=599),
        timing(),
        timing(),
        any::<String>(),
    )
        .prop_map(
            |((city, country, asn, network), state, code, total, first_byte, raw)| Place {
                city,
                country,
                asn,
                network,
                state,
                code,
                total,
                first_byte,
                raw,
            },
        )
}

impl Place {
    fn to_json(&self) -> Value {
        let mut timings = serde_json::Map::new();
        if let Some(t) = self.total {
            timings.insert("total".into(), json!(t));
        }
        if let Some(t) = self.first_byte {
            timings.insert("firstByte".into(), json!(t));
        }
        json!({
            "probe": {
                "city": self.city,
                "country": self.country,
                "asn": self.asn,
                "network": self.network,
            },
            "result": {
                "status": self.state,
                "statusCode": self.code,
                "timings": timings,
                "rawOutput": self.raw,
            },
        })
    }

    fn expected(&self) -> LocationResult {
        let mut place = match (self.city.is_empty(), self.country.is_empty()) {
            (false, false) => format!("{}, {}", self.city, self.country),
            (true, false) => self.country.clone(),
            (false, true) => self.city.clone(),
            (true, true) => "somewhere".to_string(),
        };
        if let Some(asn) = self.asn {
            let sep = if self.network.is_empty() { "" } else { " " };
            place.push_str(&format!(" (AS{asn}{sep}{})", self.network));
        }
        LocationResult {
            place,
            state: LocationState::from_api(self.state),
            status: self.code,
            total_ms: self.total,
            first_byte_ms: self.first_byte,
            error: (self.code.is_none() && !self.raw.is_empty()).then(|| self.raw.clone()),
        }
    }
}

fn answer(status: u16, body: Vec<u8>) -> Answer {
    Answer {
        status,
        headers: reqwest::header::HeaderMap::new(),
        body,
    }
}

/// Bodies: any bytes, any JSON, and answers close to the documented ones.
fn body() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        prop::collection::vec(any::<u8>(), 0..64),
        json_value().prop_map(|v| v.to_string().into_bytes()),
        (json_value(), prop::collection::vec(result_entry(), 0..4)).prop_map(
            |(status, results)| {
                json!({"id": "abc123", "status": status, "results": results})
                    .to_string()
                    .into_bytes()
            }
        ),
        any::<String>().prop_map(|id| json!({"id": id}).to_string().into_bytes()),
        any::<String>().prop_map(|m| json!({"error": {"message": m}}).to_string().into_bytes()),
    ]
}

proptest! {
    /// Any `results` entry reads without a panic into a place with a name; an error text is only
    /// kept when there is no status code, and is never empty.
    #[test]
    fn any_result_entry_reads_as_a_place(entry in result_entry()) {
        let l = location_of(&entry);
        prop_assert!(!l.place.is_empty());
        if let Some(e) = &l.error {
            prop_assert!(l.status.is_none() && !e.is_empty(), "{:?}", l);
        }
        if let Some(code) = l.status {
            prop_assert_eq!(entry["result"]["statusCode"].as_u64(), Some(u64::from(code)));
        }
    }

    /// A documented entry, sent over the wire as text, reads back field for field.
    #[test]
    fn documented_entry_reads_back(place in place()) {
        let wire = place.to_json().to_string();
        let value: Result<Value, _> = serde_json::from_str(&wire);
        prop_assert!(value.is_ok());
        if let Ok(value) = value {
            prop_assert_eq!(location_of(&value), place.expected());
        }
    }

    /// A documented poll answer gives each place in order, and says whether it is still running.
    #[test]
    fn documented_poll_answer_reads_back(
        places in prop::collection::vec(place(), 0..6),
        status in select(vec!["in-progress", "finished"]),
    ) {
        let results: Vec<Value> = places.iter().map(Place::to_json).collect();
        let body = json!({"id": "k3Yx", "type": "http", "status": status, "results": results});
        let got = poll_results(&answer(200, body.to_string().into_bytes()));
        let want: Vec<LocationResult> = places.iter().map(Place::expected).collect();
        let running = status == "in-progress";
        prop_assert!(matches!(&got, Ok((r, l)) if *r == running && *l == want), "{:?}", got);
    }

    /// Any status and body: an id (letters and digits only, as it goes into a URL) or an error
    /// that matches the status and says something; a 429 is the rate limit, another unexpected
    /// status names itself, and a quoted body is cut to about 200 bytes.
    #[test]
    fn any_answer_gives_an_id_a_result_or_a_plain_error(
        status in prop_oneof![select(vec![200u16, 201, 202, 400, 429, 500, 503]), any::<u16>()],
        body in body(),
    ) {
        let a = answer(status, body);
        let created = measurement_id(&a);
        let polled = poll_results(&a);
        if let Ok(id) = &created {
            prop_assert!(!id.is_empty() && id.chars().all(|c| c.is_ascii_alphanumeric()), "{id:?}");
            prop_assert!([200, 201, 202].contains(&status));
        }
        if polled.is_ok() {
            prop_assert_eq!(status, 200);
        }
        for e in [created.err(), polled.err()].into_iter().flatten() {
            prop_assert!(!e.to_string().trim().is_empty());
            match &e {
                GlobalpingError::RateLimited { .. } => prop_assert_eq!(status, 429),
                GlobalpingError::Http { status: s, .. } => {
                    prop_assert!(*s == status && status != 429);
                }
                GlobalpingError::Malformed { excerpt, .. } => {
                    let bytes = excerpt.len();
                    prop_assert!(bytes <= 200 + '…'.len_utf8(), "{bytes} bytes");
                }
                other => return Err(TestCaseError::fail(format!("unexpected error {other:?}"))),
            }
        }
    }

    /// The message in `{"error": {"message": ...}}` is what an error answer reports, as sent.
    #[test]
    fn api_error_message_is_reported_as_sent(status in 400u16..=599, message in any::<String>()) {
        let body = json!({"error": {"message": message, "type": "validation_error"}});
        let e = measurement_id(&answer(status, body.to_string().into_bytes()));
        let got = match e {
            Err(GlobalpingError::RateLimited { message, .. }) => Some(message),
            Err(GlobalpingError::Http { message, .. }) => Some(message),
            _ => None,
        };
        prop_assert_eq!(got, Some(message));
    }
}
