//! RSS 2.0 and Atom feeds, where that is all a provider publishes (AWS, Azure). A feed does not
//! say whether an event is over, so its newest entries are listed as they are (title, date,
//! link) with the overall indicator `unknown`, except that entries saying they are resolved
//! ("[RESOLVED]", "operating normally") are left out.

use super::{Incident, Indicator, MAX_ITEMS, ProviderStatus, ReadError, clean, looks_like};
use quick_xml::Reader;
use quick_xml::events::Event;

/// Entries kept from a feed (the newest first, as feeds list them).
const FEED_ENTRIES: usize = 5;

#[derive(Default)]
struct Entry {
    title: String,
    date: Option<String>,
    link: Option<String>,
    summary: Option<String>,
}

/// Read an RSS or Atom feed.
pub fn read_feed(body: &[u8]) -> Result<ProviderStatus, ReadError> {
    let not_feed = || ReadError::NotThisFormat {
        expected: super::Format::Feed,
        found: looks_like(body),
    };
    let mut reader = Reader::from_reader(body);
    // No trimming: text around an entity keeps its spaces; `clean` collapses whitespace later.
    reader.config_mut().trim_text(false);
    let mut buf = Vec::new();
    let mut entries: Vec<Entry> = Vec::new();
    let mut current: Option<Entry> = None;
    let mut field: Option<String> = None;
    let mut is_feed = false;
    loop {
        match reader.read_event_into(&mut buf) {
            Err(_) => return Err(not_feed()),
            Ok(Event::Eof) => break,
            Ok(Event::Start(e)) => {
                let name = String::from_utf8_lossy(e.local_name().as_ref()).to_ascii_lowercase();
                match name.as_str() {
                    "rss" | "feed" | "channel" => is_feed = true,
                    "item" | "entry" => current = Some(Entry::default()),
                    "link" => {
                        if let Some(entry) = current.as_mut() {
                            link_attribute(&e, entry);
                        }
                        field = Some(name);
                    }
                    _ => field = Some(name),
                }
            }
            Ok(Event::Empty(e)) => {
                let name = String::from_utf8_lossy(e.local_name().as_ref()).to_ascii_lowercase();
                if name == "link"
                    && let Some(entry) = current.as_mut()
                {
                    link_attribute(&e, entry);
                }
            }
            Ok(Event::Text(t)) => {
                let text = t.decode().map(|s| s.into_owned()).unwrap_or_default();
                add_text(current.as_mut(), field.as_deref(), &text);
            }
            // `&amp;`, `&#8217;` ...: entities come as events of their own.
            Ok(Event::GeneralRef(r)) => {
                let name = r.decode().map(|s| s.into_owned()).unwrap_or_default();
                let text = match r.resolve_char_ref() {
                    Ok(Some(c)) => c.to_string(),
                    _ => quick_xml::escape::resolve_predefined_entity(&name)
                        .unwrap_or_default()
                        .to_string(),
                };
                add_text(current.as_mut(), field.as_deref(), &text);
            }
            Ok(Event::CData(t)) => {
                // HTML kept in CDATA still writes its entities (`&amp;`).
                let raw = String::from_utf8_lossy(&t.into_inner()).into_owned();
                let text = quick_xml::escape::unescape(&raw)
                    .map(|u| u.into_owned())
                    .unwrap_or(raw);
                add_text(current.as_mut(), field.as_deref(), &text);
            }
            Ok(Event::End(e)) => {
                let name = String::from_utf8_lossy(e.local_name().as_ref()).to_ascii_lowercase();
                if matches!(name.as_str(), "item" | "entry")
                    && let Some(entry) = current.take()
                    && entries.len() < MAX_ITEMS * 10
                {
                    entries.push(entry);
                }
                field = None;
            }
            Ok(_) => {}
        }
        buf.clear();
    }
    if !is_feed {
        return Err(not_feed());
    }
    let incidents: Vec<Incident> = entries
        .iter()
        .filter(|e| !resolved(&e.title))
        .take(FEED_ENTRIES)
        .map(|e| Incident {
            title: clean(&e.title),
            started: e.date.as_deref().map(clean),
            url: e.link.as_deref().map(clean),
            latest: e.summary.as_deref().map(clean),
            ..Incident::default()
        })
        .collect();
    Ok(ProviderStatus {
        indicator: if incidents.is_empty() {
            Indicator::None
        } else {
            Indicator::Unknown
        },
        description: None,
        components: Vec::new(),
        incidents,
        maintenances: Vec::new(),
    })
}

fn link_attribute(e: &quick_xml::events::BytesStart<'_>, entry: &mut Entry) {
    for attr in e.attributes().flatten() {
        if attr.key.local_name().as_ref() == b"href" {
            entry.link = Some(String::from_utf8_lossy(&attr.value).into_owned());
        }
    }
}

fn add_text(entry: Option<&mut Entry>, field: Option<&str>, text: &str) {
    let (Some(entry), Some(field)) = (entry, field) else {
        return;
    };
    let append = |slot: &mut String| {
        if slot.len() < 4096 {
            slot.push_str(text);
        }
    };
    match field {
        "title" => append(&mut entry.title),
        "pubdate" | "updated" | "published" => {
            entry.date.get_or_insert_with(String::new);
            if let Some(d) = entry.date.as_mut() {
                append(d);
            }
        }
        "link" => {
            entry.link.get_or_insert_with(String::new);
            if let Some(l) = entry.link.as_mut() {
                append(l);
            }
        }
        "description" | "summary" | "content" => {
            entry.summary.get_or_insert_with(String::new);
            if let Some(s) = entry.summary.as_mut() {
                append(s);
            }
        }
        _ => {}
    }
}

/// An entry that says it is over.
fn resolved(title: &str) -> bool {
    let t = title.to_ascii_lowercase();
    t.contains("[resolved]") || t.contains("operating normally") || t.starts_with("resolved")
}
