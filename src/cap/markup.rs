//! The CAP markup a kind's `templates/<kind>.cap.tera` renders: the words of one language's
//! `<info>`, one element a line.
//!
//! ```text
//! @category Infra   <category>, <urgency>, <severity>, <certainty>: CAP's values, all four
//! @urgency Future   or none; none takes the classification of suchana::cap::mapping's
//! @severity Minor   table (outage and safety), and a kind the table does not know must
//! @certainty Likely give them
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

use super::mapping::{Category, Certainty, Classification, Severity, Urgency};
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
    /// The classification the template gives, if it gives one.
    pub class: Option<Classification>,
}

const ELEMENTS: [&str; 11] = [
    "category",
    "urgency",
    "severity",
    "certainty",
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
    // (element, text, line), in order.
    let mut elements: Vec<(&str, String, usize)> = Vec::new();
    for (i, line) in markup.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let Some(rest) = line.strip_prefix('@') else {
            let Some((_, text, _)) = elements.last_mut() else {
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
        if name != "area" && elements.iter().any(|(n, _, _)| *n == name) {
            return Err(error(i + 1, format!("`@{name}` is given twice")));
        }
        elements.push((name, text.trim().to_string(), i + 1));
    }
    let mut info = InfoText::default();
    let mut class = (None, None, None, None);
    for (name, text, line) in elements {
        let text = text.trim().to_string();
        if text.is_empty() {
            continue;
        }
        // A value of one of CAP's lists, or an error naming the list.
        fn value<T>(
            text: &str,
            from: fn(&str) -> Option<T>,
            names: fn() -> Vec<&'static str>,
        ) -> Result<T, String> {
            from(text).ok_or_else(|| {
                format!(
                    "`{text}` is not a CAP value here: write one of {}",
                    names().join(", ")
                )
            })
        }
        let at = |message| error(line, message);
        match name {
            "category" => {
                class.0 = Some(value(&text, Category::from_name, Category::names).map_err(at)?)
            }
            "urgency" => {
                class.1 = Some(value(&text, Urgency::from_name, Urgency::names).map_err(at)?)
            }
            "severity" => {
                class.2 = Some(value(&text, Severity::from_name, Severity::names).map_err(at)?)
            }
            "certainty" => {
                class.3 = Some(value(&text, Certainty::from_name, Certainty::names).map_err(at)?)
            }
            "event" => info.event = text,
            "sender-name" => info.sender_name = Some(text),
            "headline" => info.headline = Some(text),
            "description" => info.description = Some(text),
            "instruction" => info.instruction = Some(text),
            "contact" => info.contact = Some(text),
            _ => info.areas.push(text),
        }
    }
    info.class = match class {
        (None, None, None, None) => None,
        (Some(category), Some(urgency), Some(severity), Some(certainty)) => Some(Classification {
            category,
            urgency,
            severity,
            certainty,
        }),
        _ => {
            return Err(error(
                1,
                "give all four of @category, @urgency, @severity and @certainty, or none".into(),
            ));
        }
    };
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
            "template x.cap.tera: line 2 of its output: unknown element `@headlin`: write one of @category, @urgency, @severity, @certainty, @event, @sender-name, @headline, @description, @instruction, @contact, @area"
        );
        assert_eq!(
            message("@event a\n@event b\n"),
            "template x.cap.tera: line 2 of its output: `@event` is given twice"
        );
        assert_eq!(
            message("@event a\n@urgency Soon\n"),
            "template x.cap.tera: line 2 of its output: `Soon` is not a CAP value here: write one of Immediate, Expected, Future, Past, Unknown"
        );
        assert_eq!(
            message("@event a\n@urgency Future\n"),
            "template x.cap.tera: line 1 of its output: give all four of @category, @urgency, @severity and @certainty, or none"
        );
        assert_eq!(
            message("@headline a\n"),
            "template x.cap.tera: line 1 of its output: no `@event`: CAP requires one in every <info>"
        );
    }
}
