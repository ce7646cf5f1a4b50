//! Writing a CAP 1.2 `<alert>` with quick-xml: the elements in the order the schema fixes,
//! every value escaped by the writer, indented two spaces.

use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesText, Event};

use super::mapping::{Classification, MsgType};
use super::markup::InfoText;
use crate::error::RenderError;

/// CAP 1.2's XML namespace.
pub const CAP_NAMESPACE: &str = "urn:oasis:names:tc:emergency:cap:1.2";

/// One alert, ready to write.
pub(super) struct Alert {
    pub identifier: String,
    pub sender: String,
    pub sent: String,
    pub msg_type: MsgType,
    pub references: Option<String>,
    pub infos: Vec<Info>,
}

/// One language's `<info>`.
pub(super) struct Info {
    pub language: String,
    pub class: Classification,
    pub onset: Option<String>,
    pub expires: Option<String>,
    pub text: InfoText,
}

type Xml = Writer<Vec<u8>>;

/// `<name>text</name>`; an error for a character XML 1.0 cannot hold (U+FFFE, U+FFFF; the
/// notice data refuses control characters already).
fn element(w: &mut Xml, name: &str, text: &str) -> Result<(), RenderError> {
    if let Some(c) = text
        .chars()
        .find(|&c| matches!(c, '\u{0}'..='\u{8}' | '\u{b}' | '\u{c}' | '\u{e}'..='\u{1f}' | '\u{fffe}' | '\u{ffff}'))
    {
        return Err(RenderError::Template {
            name: "cap".into(),
            message: format!(
                "<{name}> would hold U+{:04X}, which XML cannot carry",
                u32::from(c)
            ),
        });
    }
    w.create_element(name)
        .write_text_content(BytesText::new(text))?;
    Ok(())
}

fn optional(w: &mut Xml, name: &str, text: Option<&str>) -> Result<(), RenderError> {
    match text {
        Some(text) => element(w, name, text),
        None => Ok(()),
    }
}

fn info(w: &mut Xml, info: &Info) -> Result<(), RenderError> {
    let t = &info.text;
    element(w, "language", &info.language)?;
    element(w, "category", info.class.category.as_str())?;
    element(w, "event", &t.event)?;
    element(w, "urgency", info.class.urgency.as_str())?;
    element(w, "severity", info.class.severity.as_str())?;
    element(w, "certainty", info.class.certainty.as_str())?;
    optional(w, "onset", info.onset.as_deref())?;
    optional(w, "expires", info.expires.as_deref())?;
    optional(w, "senderName", t.sender_name.as_deref())?;
    optional(w, "headline", t.headline.as_deref())?;
    optional(w, "description", t.description.as_deref())?;
    optional(w, "instruction", t.instruction.as_deref())?;
    optional(w, "contact", t.contact.as_deref())?;
    for area in &t.areas {
        let mut result = Ok(());
        w.create_element("area").write_inner_content(|w| {
            result = element(w, "areaDesc", area);
            Ok(())
        })?;
        result?;
    }
    Ok(())
}

/// The alert as an XML document, ending with a line break.
pub(super) fn write(alert: &Alert) -> Result<String, RenderError> {
    let mut w = Writer::new_with_indent(Vec::new(), b' ', 2);
    w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    let mut result = Ok(());
    w.create_element("alert")
        .with_attribute(("xmlns", CAP_NAMESPACE))
        .write_inner_content(|w| {
            result = (|| {
                element(w, "identifier", &alert.identifier)?;
                element(w, "sender", &alert.sender)?;
                element(w, "sent", &alert.sent)?;
                element(w, "status", "Actual")?;
                element(w, "msgType", alert.msg_type.as_str())?;
                element(w, "scope", "Public")?;
                optional(w, "references", alert.references.as_deref())?;
                for one in &alert.infos {
                    let mut inner = Ok(());
                    w.create_element("info").write_inner_content(|w| {
                        inner = info(w, one);
                        Ok(())
                    })?;
                    inner?;
                }
                Ok::<(), RenderError>(())
            })();
            Ok(())
        })?;
    result?;
    let mut xml = String::from_utf8(w.into_inner()).map_err(|e| RenderError::Template {
        name: "cap".into(),
        message: e.to_string(),
    })?;
    xml.push('\n');
    Ok(xml)
}
