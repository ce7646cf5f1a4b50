//! What a definition gives besides reading notices: the JSON Schema of its notices and a
//! starter notice (`suchana schema KIND`, `suchana example KIND`). The parts every notice has
//! (issuer, contacts, dates, phone numbers) take the schemas of the built-in kinds', so both
//! say the same about them.

use serde_json::{Map, Value as Json, json};

use super::{Condition, ConditionValue, Definition, FieldDef, FieldType};

/// The `$defs` name of a kind's notice schema: `water-supply` → `WaterSupplyDoc`.
pub fn def_name(kind: &str) -> String {
    let mut out = String::new();
    for part in kind.split(['-', '_']) {
        let mut chars = part.chars();
        if let Some(first) = chars.next() {
            out.extend(first.to_uppercase());
            out.push_str(chars.as_str());
        }
    }
    out.push_str("Doc");
    out
}

/// A property of the built-in schema, for reuse.
fn builtin<'a>(root: &'a Json, doc: &str, property: &str) -> Json {
    let found: Option<&'a Json> = root
        .get("$defs")
        .and_then(|d| d.get(doc))
        .and_then(|d| d.get("properties"))
        .and_then(|p| p.get(property));
    found.cloned().unwrap_or_else(|| json!({}))
}

/// The schema of one value of `field` (`root` is the built-in schema, whose `$defs` the result
/// may refer to).
fn value_schema(root: &Json, field: &FieldDef) -> Json {
    let pattern_of =
        |doc: &str, property: &str| builtin(root, doc, property).get("pattern").cloned();
    let text = json!({ "$ref": "#/$defs/Text" });
    match field.ty {
        FieldType::Text => text,
        FieldType::TextList => {
            let mut list = json!({ "type": "array", "items": text });
            if field.min_items > 0 {
                list["minItems"] = json!(field.min_items);
            }
            list["maxItems"] = json!(field.max_items);
            list
        }
        FieldType::String | FieldType::Id => json!({ "type": "string", "minLength": 1 }),
        FieldType::Date => {
            json!({ "type": "string", "pattern": pattern_of("OutageDoc", "issued") })
        }
        FieldType::DateTime | FieldType::Span => {
            json!({ "type": "string", "pattern": pattern_of("OutageDoc", "start") })
        }
        FieldType::YesNo => json!({ "type": "boolean" }),
        FieldType::Count => json!({ "type": "integer", "minimum": 0 }),
        FieldType::Choice => json!({ "enum": field.values }),
        FieldType::Phone => {
            json!({ "type": "string", "pattern": pattern_of("SafetyDoc", "report_phone") })
        }
        FieldType::Contacts => builtin(root, "OutageDoc", "contacts"),
        FieldType::Person => json!({ "$ref": "#/$defs/RawPerson" }),
        FieldType::Issuer => json!({ "$ref": "#/$defs/RawIssuer" }),
    }
}

/// The schema of a field that meets `cond`.
fn meets(cond: &Condition) -> Json {
    let value = match &cond.equals {
        ConditionValue::YesNo(b) => json!({ "const": b }),
        ConditionValue::OneOf(values) => json!({ "enum": values }),
    };
    json!({ "required": [cond.field], "properties": { cond.field.clone(): value } })
}

/// `schema` with its description and, unless `required`, `null` allowed.
fn described(mut schema: Json, field: &FieldDef, required: bool) -> Json {
    if !required {
        schema = json!({ "anyOf": [schema, { "type": "null" }] });
    }
    if let (Some(help), Some(obj)) = (&field.help, schema.as_object_mut()) {
        obj.insert("description".into(), json!(help));
    }
    schema
}

/// The JSON Schema of a notice of `definition` (a `$defs` entry beside the built-in kinds'
/// in `root`, the schema of the built-in kinds).
pub fn notice_schema(definition: &Definition, root: &Json) -> Json {
    let mut properties = Map::new();
    let mut required = vec![json!("kind"), json!("issuer")];
    properties.insert("kind".into(), json!({ "const": definition.kind }));
    for common in COMMON {
        properties.insert(common.into(), builtin(root, "OutageDoc", common));
    }
    let mut rules = vec![status_rule()];
    rules.extend(postponable_rule(definition));
    for field in definition.fields.iter().filter(|f| !f.common) {
        match &field.span {
            Some(keys) => {
                properties.insert(
                    keys.start.clone(),
                    described(value_schema(root, field), field, field.required),
                );
                properties.insert(
                    keys.end.clone(),
                    described(value_schema(root, field), field, false),
                );
                if field.required {
                    required.push(json!(keys.start));
                }
                if let Some(cond) = &keys.end_required_if {
                    rules.push(json!({
                        "if": meets(cond),
                        "then": { "required": [keys.end], "properties": { keys.end.clone(): { "not": { "type": "null" } } } }
                    }));
                }
            }
            None => {
                properties.insert(
                    field.name.clone(),
                    described(value_schema(root, field), field, field.required),
                );
                if field.required {
                    required.push(json!(field.name));
                }
            }
        }
        if let Some(of) = &field.details_of {
            rules.push(json!({
                "if": { "required": [of], "properties": { of.clone(): { "const": "other" } } },
                "then": { "required": [field.name], "properties": { field.name.clone(): { "not": { "type": "null" } } } },
                "else": { "properties": { field.name.clone(): { "type": "null" } } }
            }));
        }
        if let Some(cond) = &field.required_if {
            rules.push(json!({
                "if": meets(cond),
                "then": { "required": [field.name], "properties": { field.name.clone(): { "not": { "type": "null" } } } }
            }));
        }
    }
    let mut schema = json!({
        "type": "object",
        "description": definition.description.clone().unwrap_or_else(|| format!("`kind: {}`", definition.kind)),
        "properties": properties,
        "required": required,
        "additionalProperties": false
    });
    if !rules.is_empty() {
        schema["allOf"] = Json::Array(rules);
    }
    schema
}

/// The fields every notice has, whose schemas are the built-in kinds'.
const COMMON: [&str; 8] = [
    "id",
    "issued",
    "reference",
    "issuer",
    "contacts",
    "status",
    "supersedes",
    "change",
];

/// The `$defs` name of the schema of a cancellation of a kind: `OutageCancel`.
pub fn cancel_def_name(kind: &str) -> String {
    let doc = def_name(kind);
    format!("{}Cancel", doc.strip_suffix("Doc").unwrap_or(&doc))
}

/// `status: postponed` only where the definition's `postponable-if` holds (`planned: true`).
pub fn postponable_rule(definition: &Definition) -> Option<Json> {
    let cond = definition.postponable_if.as_ref()?;
    Some(json!({
        "if": { "required": ["status"], "properties": { "status": { "const": "postponed" } } },
        "then": meets(cond)
    }))
}

/// `supersedes` is required with `status: update` (`postponed`, `extended`), and neither it
/// nor `change` is given otherwise (a notice of its own); `status: cancel` is refused (a
/// cancellation has a schema of its own, [`cancel_schema`]).
pub fn status_rule() -> Json {
    json!({
        "not": { "required": ["status"], "properties": { "status": { "const": "cancel" } } },
        "if": { "required": ["status"], "properties": { "status": { "enum": ["update", "postponed", "extended"] } } },
        "then": { "required": ["supersedes"], "properties": { "supersedes": { "not": { "type": "null" } } } },
        "else": { "properties": { "supersedes": { "type": "null" }, "change": { "type": "null" } } }
    })
}

/// The JSON Schema of a cancellation (`status: cancel`) of a notice of `definition`: the
/// fields every notice has, `supersedes` required, and the kind's fields a cancellation may
/// give ([`Definition::in_cancel`]), none required.
pub fn cancel_schema(definition: &Definition, root: &Json) -> Json {
    let mut properties = Map::new();
    properties.insert("kind".into(), json!({ "const": definition.kind }));
    for common in COMMON {
        properties.insert(common.into(), builtin(root, "OutageDoc", common));
    }
    properties.insert(
        "status".into(),
        json!({ "const": "cancel", "description": "cancels the notice `supersedes` names" }),
    );
    properties.insert(
        "supersedes".into(),
        json!({ "type": "string", "pattern": "^[a-z0-9._-]{1,100}$", "description": "the id of the notice this one cancels" }),
    );
    for field in definition.in_cancel() {
        for key in field.document_keys() {
            properties.insert(
                key.to_string(),
                described(value_schema(root, field), field, false),
            );
        }
    }
    json!({
        "type": "object",
        "description": format!("A cancellation of a `{}` notice", definition.kind),
        "properties": properties,
        "required": ["kind", "issuer", "status", "supersedes"],
        "additionalProperties": false
    })
}

/// A starter notice of `definition` that validates: each field the definition gives an
/// example for, and the parts every notice has.
pub fn example(definition: &Definition) -> String {
    let mut out = format!("kind: {}\n", definition.kind);
    if let Some(description) = &definition.description {
        out = format!("# {description}\n{out}");
    }
    out.push_str("issuer: { org: your organisation }\n");
    for field in definition.fields.iter().filter(|f| !f.common) {
        let Some(example) = &field.example else {
            continue;
        };
        if let Some(help) = &field.help {
            out.push_str(&format!("# {help}\n"));
        }
        out.push_str(example.trim_end());
        out.push('\n');
    }
    out
}
