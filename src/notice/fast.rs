//! A fast path for the plain YAML that notices are usually written in: block mappings and
//! sequences, one-line flow collections, and one-line plain or quoted scalars. It reads such a
//! document into a JSON value in a fraction of the time a full YAML parser takes, and gives up
//! (returns `None`) on anything else — anchors, tags, block or multi-line scalars, duplicate
//! keys, values whose type YAML resolves by schema (`yes`, `0x1F`, `~`) — so that serde-saphyr,
//! the authority, reads those documents (and every document with an error) itself.
//!
//! The fast path must never accept a document differently from serde-saphyr: a property test
//! and the fuzz target compare the two on every document the fast path accepts.

use serde_json::{Map, Number, Value};

/// The deepest nesting the fast path reads: a notice needs four levels; anything deeper is
/// left to serde-saphyr, which refuses beyond [`MAX_YAML_DEPTH`](crate::limits::MAX_YAML_DEPTH)
/// — well below it, so that the two never disagree on where the limit lies.
const MAX_DEPTH: usize = 8;

/// The document as a JSON value, or `None` when it is not in the plain subset.
pub(crate) fn parse(text: &str) -> Option<Value> {
    // Characters YAML does not allow unescaped (and a stray byte-order mark) are for
    // serde-saphyr to report.
    if text.chars().any(|c| {
        (c.is_control() && !matches!(c, '\n' | '\t' | '\r'))
            || matches!(c, '\u{feff}' | '\u{fffe}' | '\u{ffff}')
    }) {
        return None;
    }
    let mut lines = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        if i == 0 && (raw == "---" || raw.starts_with("--- #")) {
            continue;
        }
        let content = raw.trim_start_matches(' ');
        let indent = raw.len() - content.len();
        if content.starts_with('\t') || raw.starts_with('%') || raw.contains('\r') {
            return None;
        }
        let content = content.trim_end_matches([' ', '\t']);
        if content.is_empty() || content.starts_with('#') {
            continue;
        }
        lines.push(Line {
            indent,
            text: content,
        });
    }
    let mut p = Block {
        lines: &lines,
        at: 0,
        depth: 0,
    };
    let first = p.lines.first()?;
    if first.indent != 0 {
        return None;
    }
    let value = p.node(0)?;
    (p.at == lines.len()).then_some(value)
}

struct Line<'a> {
    indent: usize,
    text: &'a str,
}

struct Block<'l, 'a> {
    lines: &'l [Line<'a>],
    at: usize,
    /// Collections open around the current one (at most [`MAX_DEPTH`]).
    depth: usize,
}

impl<'a> Block<'_, 'a> {
    /// A block node whose lines are indented by exactly `indent`.
    fn node(&mut self, indent: usize) -> Option<Value> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return None;
        }
        let value = self.node_at(indent);
        self.depth -= 1;
        value
    }

    fn node_at(&mut self, indent: usize) -> Option<Value> {
        let line = self.lines.get(self.at)?;
        if line.indent != indent {
            return None;
        }
        if is_item(line.text) {
            self.sequence(indent)
        } else {
            self.mapping(indent, None)
        }
    }

    fn sequence(&mut self, indent: usize) -> Option<Value> {
        let mut items = Vec::new();
        while let Some(line) = self.lines.get(self.at) {
            if line.indent < indent || (line.indent == indent && !is_item(line.text)) {
                break;
            }
            if line.indent > indent {
                return None;
            }
            let rest = line.text.get(1..)?.strip_prefix(' ')?;
            let rest_indent = indent + 2 + (rest.len() - rest.trim_start_matches(' ').len());
            let rest = rest.trim_start_matches(' ');
            if rest.is_empty() || is_item(rest) {
                return None;
            }
            if let Some((key, value)) = split_key(rest) {
                // `- key: value` starts a mapping whose further keys line up with `key`.
                self.at += 1;
                self.depth += 1;
                let item = self.mapping(rest_indent, Some((key, value, indent)));
                self.depth -= 1;
                items.push(item?);
            } else {
                self.at += 1;
                items.push(inline_value(rest, self.depth)?);
            }
        }
        Some(Value::Array(items))
    }

    /// A block mapping at `indent`; `first` is an entry already split off a `- ` line.
    fn mapping(
        &mut self,
        indent: usize,
        first: Option<(&'a str, &'a str, usize)>,
    ) -> Option<Value> {
        let mut map = Map::new();
        if let Some((key, value, _)) = first {
            let v = self.entry_value(value, indent)?;
            map.insert(key.to_string(), v);
        }
        while let Some(line) = self.lines.get(self.at) {
            if line.indent < indent {
                break;
            }
            if line.indent > indent || is_item(line.text) {
                return None;
            }
            let (key, value) = split_key(line.text)?;
            self.at += 1;
            let v = self.entry_value(value, indent)?;
            if map.insert(key.to_string(), v).is_some() {
                return None; // a duplicate key: serde-saphyr reports it with its position
            }
        }
        Some(Value::Object(map))
    }

    /// The value after `key:` on a line of a mapping at `indent`: inline, or the block below.
    fn entry_value(&mut self, value: &'a str, indent: usize) -> Option<Value> {
        if !value.is_empty() {
            return inline_value(value, self.depth);
        }
        let next = self.lines.get(self.at)?;
        if next.indent > indent {
            self.node(next.indent)
        } else if next.indent == indent && is_item(next.text) {
            self.depth += 1;
            let value = self.sequence(indent);
            self.depth -= 1;
            value
        } else {
            None // an empty value is null: left to serde-saphyr
        }
    }
}

fn is_item(text: &str) -> bool {
    text == "-" || text.starts_with("- ")
}

/// `key: value` or `key:` with a plain key of letters, digits, `_` and `-`.
fn split_key(text: &str) -> Option<(&str, &str)> {
    let colon = text.find(':')?;
    let key = &text[..colon];
    if key.is_empty()
        || !key
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
    {
        return None;
    }
    let rest = &text[colon + 1..];
    if rest.is_empty() {
        return Some((key, ""));
    }
    let value = rest.strip_prefix(' ')?.trim_start_matches(' ');
    if value.starts_with('#') {
        return Some((key, ""));
    }
    Some((key, value))
}

/// A value written on one line: a flow collection, a quoted or a plain scalar, then at most
/// a comment.
fn inline_value(text: &str, depth: usize) -> Option<Value> {
    let mut s = Scanner { text, at: 0, depth };
    let value = match s.peek()? {
        '{' | '[' | '"' | '\'' => {
            let v = s.flow_value()?;
            s.skip_spaces();
            if !s.rest().is_empty() && !s.rest().starts_with('#') {
                return None;
            }
            if s.rest().starts_with('#') && !text[..s.at].ends_with(' ') {
                return None;
            }
            v
        }
        _ => {
            let comment = text.as_bytes().windows(2).position(|w| w == b" #");
            let plain = match comment {
                Some(i) => text[..i].trim_end_matches(' '),
                None => text,
            };
            plain_scalar(plain, false)?
        }
    };
    Some(value)
}

/// A plain scalar's value: a string, or `true`/`false`/a whole number where YAML's core
/// schema and serde-saphyr agree; `None` for anything that might mean something else.
fn plain_scalar(s: &str, flow: bool) -> Option<Value> {
    let first = s.chars().next()?;
    if matches!(
        first,
        '-' | '?'
            | ':'
            | ','
            | '['
            | ']'
            | '{'
            | '}'
            | '#'
            | '&'
            | '*'
            | '!'
            | '|'
            | '>'
            | '\''
            | '"'
            | '%'
            | '@'
            | '`'
            | '~'
            | '+'
            | '.'
    ) {
        return None;
    }
    let bytes = s.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        let next = bytes.get(i + 1).copied();
        let bad = match b {
            b':' => matches!(next, None | Some(b' ')),
            b' ' => next == Some(b'#'),
            b'\t' => true,
            b'[' | b']' | b'{' | b'}' | b',' => flow,
            _ => false,
        };
        if bad {
            return None;
        }
    }
    match s {
        "true" => return Some(Value::Bool(true)),
        "false" => return Some(Value::Bool(false)),
        _ => {}
    }
    if first.is_ascii_digit() {
        if s.bytes().all(|b| b.is_ascii_digit()) && (s == "0" || !s.starts_with('0')) {
            return s
                .parse::<u64>()
                .ok()
                .map(|n| Value::Number(Number::from(n)));
        }
        // Dates and times are strings; anything else that starts like a number (1.5, 1e3,
        // 0x1F, 1_000, 012) might be read as one, so it goes to the full parser.
        if !looks_like_date_or_time(s) {
            return None;
        }
    }
    let lower = s.to_ascii_lowercase();
    if matches!(
        lower.as_str(),
        "null" | "yes" | "no" | "on" | "off" | "y" | "n" | "true" | "false" | ".inf" | ".nan"
    ) {
        return None;
    }
    Some(Value::String(s.to_string()))
}

/// `2025-11-24`, `2025-11-24T10:00`, `2025-11-24 10:00`, `2025-11-24T10:00:00+05:30` and the
/// like (one space may stand for the `T`, as in YAML timestamps).
fn looks_like_date_or_time(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() >= 10
        && b[..4].iter().all(u8::is_ascii_digit)
        && b[4] == b'-'
        && b[5..7].iter().all(u8::is_ascii_digit)
        && b[7] == b'-'
        && b[8..10].iter().all(u8::is_ascii_digit)
        && b[10..].iter().enumerate().all(|(i, c)| {
            c.is_ascii_digit()
                || matches!(c, b'T' | b':' | b'+' | b'-' | b'.' | b'Z')
                || (i == 0 && *c == b' ')
        })
}

struct Scanner<'a> {
    text: &'a str,
    at: usize,
    /// Collections open around the current value.
    depth: usize,
}

impl<'a> Scanner<'a> {
    fn rest(&self) -> &'a str {
        &self.text[self.at..]
    }

    fn peek(&self) -> Option<char> {
        self.rest().chars().next()
    }

    fn skip_spaces(&mut self) {
        let rest = self.rest();
        self.at += rest.len() - rest.trim_start_matches(' ').len();
    }

    fn eat(&mut self, c: char) -> bool {
        if self.rest().starts_with(c) {
            self.at += c.len_utf8();
            true
        } else {
            false
        }
    }

    fn flow_value(&mut self) -> Option<Value> {
        match self.peek()? {
            '{' | '[' if self.depth >= MAX_DEPTH => None,
            '{' => {
                self.depth += 1;
                let v = self.flow_mapping();
                self.depth -= 1;
                v
            }
            '[' => {
                self.depth += 1;
                let v = self.flow_sequence();
                self.depth -= 1;
                v
            }
            '"' => self.double_quoted().map(Value::String),
            '\'' => self.single_quoted().map(Value::String),
            _ => {
                let rest = self.rest();
                let end = plain_end(rest);
                let plain = rest[..end].trim_end_matches(' ');
                self.at += end;
                plain_scalar(plain, true)
            }
        }
    }

    fn flow_sequence(&mut self) -> Option<Value> {
        self.eat('[');
        let mut items = Vec::new();
        loop {
            self.skip_spaces();
            if self.eat(']') {
                return Some(Value::Array(items));
            }
            items.push(self.flow_value()?);
            self.skip_spaces();
            if self.eat(',') {
                continue;
            }
            self.skip_spaces();
            if self.eat(']') {
                return Some(Value::Array(items));
            }
            return None;
        }
    }

    fn flow_mapping(&mut self) -> Option<Value> {
        self.eat('{');
        let mut map = Map::new();
        loop {
            self.skip_spaces();
            if self.eat('}') {
                return Some(Value::Object(map));
            }
            let key = match self.peek()? {
                '"' => self.double_quoted()?,
                '\'' => self.single_quoted()?,
                _ => {
                    let rest = self.rest();
                    let colon = rest.as_bytes().windows(2).position(|w| w == b": ")?;
                    let key = &rest[..colon];
                    if key.is_empty()
                        || !key
                            .bytes()
                            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
                    {
                        return None;
                    }
                    self.at += colon;
                    key.to_string()
                }
            };
            if !self.rest().starts_with(": ") {
                return None;
            }
            self.at += 2;
            self.skip_spaces();
            let value = self.flow_value()?;
            if map.insert(key, value).is_some() {
                return None;
            }
            self.skip_spaces();
            if self.eat(',') {
                continue;
            }
            if self.eat('}') {
                return Some(Value::Object(map));
            }
            return None;
        }
    }

    fn double_quoted(&mut self) -> Option<String> {
        self.eat('"');
        let mut out = String::new();
        let mut chars = self.rest().char_indices();
        while let Some((i, c)) = chars.next() {
            match c {
                '"' => {
                    self.at += i + 1;
                    return Some(out);
                }
                '\\' => {
                    let (_, e) = chars.next()?;
                    match e {
                        '"' => out.push('"'),
                        '\\' => out.push('\\'),
                        '/' => out.push('/'),
                        'n' => out.push('\n'),
                        't' => out.push('\t'),
                        _ => return None,
                    }
                }
                c if c.is_control() => return None,
                c => out.push(c),
            }
        }
        None
    }

    fn single_quoted(&mut self) -> Option<String> {
        self.eat('\'');
        let mut out = String::new();
        let rest = self.rest();
        let mut chars = rest.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            if c == '\'' {
                if chars.peek().is_some_and(|(_, n)| *n == '\'') {
                    chars.next();
                    out.push('\'');
                    continue;
                }
                self.at += i + 1;
                return Some(out);
            }
            if c.is_control() {
                return None;
            }
            out.push(c);
        }
        None
    }
}

/// Where a plain scalar inside a flow collection ends: at `,`, `]`, `}` or `: `.
fn plain_end(s: &str) -> usize {
    let bytes = s.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        match b {
            b',' | b']' | b'}' => return i,
            b':' if matches!(bytes.get(i + 1), None | Some(b' ')) => return i,
            _ => {}
        }
    }
    s.len()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn reads_the_plain_subset() {
        let doc = "---\nkind: outage\nissuer:\n  org: महावितरण\n  office: { mr-IN: वाई उपविभाग, hi-IN: 'वाई उपखंड' }\nplanned: true\nareas: [वाई, { mr-IN: भुईंज, hi-IN: भुइंज }]\nstart: 2025-11-24T10:00 # IST\nend: 2025-11-24 14:00\nconsumers: 218000\ncontacts:\n  - { phone: \"1912\" }\n  - label: टोल-फ्री\n    phone: \"1800-212-3435\"\n";
        assert_eq!(
            parse(doc),
            Some(json!({
                "kind": "outage",
                "issuer": {"org": "महावितरण", "office": {"mr-IN": "वाई उपविभाग", "hi-IN": "वाई उपखंड"}},
                "planned": true,
                "areas": ["वाई", {"mr-IN": "भुईंज", "hi-IN": "भुइंज"}],
                "start": "2025-11-24T10:00",
                "end": "2025-11-24 14:00",
                "consumers": 218000,
                "contacts": [{"phone": "1912"}, {"label": "टोल-फ्री", "phone": "1800-212-3435"}],
            }))
        );
    }

    #[test]
    fn gives_up_on_deep_nesting_without_recursing_into_it() {
        let deep = format!("a: {}{}\n", "[".repeat(100_000), "]".repeat(100_000));
        assert_eq!(parse(&deep), None);
        let deep = format!("a: {}x{}\n", "{a: ".repeat(50_000), "}".repeat(50_000));
        assert_eq!(parse(&deep), None);
        let mut block = String::new();
        for i in 0..2_000 {
            block.push_str(&" ".repeat(i));
            block.push_str("a:\n");
        }
        assert_eq!(parse(&block), None);
        let ok = format!("a: {}1{}\n", "[".repeat(6), "]".repeat(6));
        assert!(parse(&ok).is_some());
    }

    #[test]
    fn gives_up_on_anything_a_schema_or_a_feature_could_change() {
        for doc in [
            "a: yes\n",
            "a: ~\n",
            "a:\n",
            "a: 0x1F\n",
            "a: 012\n",
            "a: 1.5\n",
            "a: &x b\n",
            "a: *x\n",
            "a: !tag b\n",
            "a: |\n  b\n",
            "a: b\n  c\n",
            "a: b\na: c\n",
            "a: [b,\n  c]\n",
            "a: \"b\\x41\"\n",
            "a: b: c\n",
            "? a\n: b\n",
            "a:\tb\n",
        ] {
            assert_eq!(parse(doc), None, "{doc:?}");
        }
    }
}
