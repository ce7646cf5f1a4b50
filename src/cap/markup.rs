//! The CAP markup a kind's `templates/<kind>.cap.tera` renders: the words of one language's
//! `<info>`, one element a line.
//!
//! ```text
//! @event …          <event>: the type of event, a short noun phrase (required)
//! @sender-name …    <senderName>: the issuer as people know it
//! @headline …       <headline>
//! @description …    <description>
//! @instruction …    <instruction>: what to do
//! @contact …        <contact>: the helplines
//! @area …           one <area> whose <areaDesc> is the text; as many as there are areas
//! ```
//! A line without `@` continues the element above (a value holding a line break); blank
//! lines are ignored. Each element but `@area` may be given once; an element with no text
//! is left out.

use crate::error::RenderError;

/// The words of one `<info>`, in one language.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct InfoText {
    /// `<event>`.
    pub event: String,
    /// `<senderName>`.
    pub sender_name: Option<String>,
    /// `<headline>`.
    pub headline: Option<String>,
    /// `<description>`.
    pub description: Option<String>,
    /// `<instruction>`.
    pub instruction: Option<String>,
    /// `<contact>`.
    pub contact: Option<String>,
    /// One `<areaDesc>` each.
    pub areas: Vec<String>,
}

const ELEMENTS: [&str; 7] = [
    "event",
    "sender-name",
    "headline",
    "description",
    "instruction",
    "contact",
    "area",
];

/// The words of `markup`, rendered from the template `template` (named in errors).
pub fn parse(markup: &str, template: &str) -> Result<InfoText, RenderError> {
    let error = |line: usize, message: String| RenderError::Template {
        name: template.to_string(),
        message: format!("line {line} of its output: {message}"),
    };
    // (element, text), in order.
    let mut elements: Vec<(&str, String)> = Vec::new();
    for (i, line) in markup.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let Some(rest) = line.strip_prefix('@') else {
            let Some((_, text)) = elements.last_mut() else {
                return Err(error(
                    i + 1,
                    format!("`{line}` comes before any `@element`"),
                ));
            };
            text.push('\n');
            text.push_str(line.trim());
            continue;
        };
        let (name, text) = rest.split_once(' ').unwrap_or((rest, ""));
        let Some(name) = ELEMENTS.iter().copied().find(|e| *e == name) else {
            return Err(error(
                i + 1,
                format!(
                    "unknown element `@{name}`: write one of @{}",
                    ELEMENTS.join(", @")
                ),
            ));
        };
        if name != "area" && elements.iter().any(|(n, _)| *n == name) {
            return Err(error(i + 1, format!("`@{name}` is given twice")));
        }
        elements.push((name, text.trim().to_string()));
    }
    let mut info = InfoText::default();
    for (name, text) in elements {
        let text = text.trim().to_string();
        if text.is_empty() {
            continue;
        }
        match name {
            "event" => info.event = text,
            "sender-name" => info.sender_name = Some(text),
            "headline" => info.headline = Some(text),
            "description" => info.description = Some(text),
            "instruction" => info.instruction = Some(text),
            "contact" => info.contact = Some(text),
            _ => info.areas.push(text),
        }
    }
    if info.event.is_empty() {
        return Err(error(
            1,
            "no `@event`: CAP requires one in every <info>".into(),
        ));
    }
    Ok(info)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn elements_and_continuation_lines() {
        let info = parse(
            "@event Broken lines\n@headline Beware\n@instruction Do not touch.\nReport it.\n\n@contact \n@area Wai\n@area Pasarni\n",
            "t",
        )
        .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(info.event, "Broken lines");
        assert_eq!(
            info.instruction.as_deref(),
            Some("Do not touch.\nReport it.")
        );
        assert_eq!(info.contact, None);
        assert_eq!(info.areas, ["Wai", "Pasarni"]);
    }

    #[test]
    fn mistakes_name_the_line() {
        let message = |markup: &str| match parse(markup, "x.cap.tera") {
            Err(e) => e.to_string(),
            Ok(info) => panic!("{info:?}"),
        };
        assert_eq!(
            message("@event a\n@headlin b\n"),
            "template x.cap.tera: line 2 of its output: unknown element `@headlin`: write one of @event, @sender-name, @headline, @description, @instruction, @contact, @area"
        );
        assert_eq!(
            message("@event a\n@event b\n"),
            "template x.cap.tera: line 2 of its output: `@event` is given twice"
        );
        assert_eq!(
            message("@headline a\n"),
            "template x.cap.tera: line 1 of its output: no `@event`: CAP requires one in every <info>"
        );
    }
}
