//! The built-in kinds (outage, safety, meeting) and the fields every notice has, embedded
//! from `kinds/*.yaml` at the repository root.

use std::sync::{Arc, OnceLock};

use super::definition::{Definition, FieldDef};
use super::error::DefinitionError;

/// `kinds/common.yaml`: the fields every notice has.
pub const COMMON: &str = include_str!("../../kinds/common.yaml");

/// The built-in definitions, `(file, text)`, in the order of [`Kind::ALL`](crate::Kind::ALL).
pub const BUILTIN: [(&str, &str); 3] = [
    ("kinds/outage.yaml", include_str!("../../kinds/outage.yaml")),
    ("kinds/safety.yaml", include_str!("../../kinds/safety.yaml")),
    (
        "kinds/meeting.yaml",
        include_str!("../../kinds/meeting.yaml"),
    ),
];

/// The fields every notice has, read from `kinds/common.yaml`, marked as common.
pub(crate) fn common() -> Result<Vec<FieldDef>, Vec<DefinitionError>> {
    let def = Definition::parse(COMMON, "kinds/common.yaml", &[])?;
    Ok(def
        .fields
        .into_iter()
        .map(|f| FieldDef { common: true, ..f })
        .collect())
}

/// The built-in definitions, each with the common fields first.
pub(crate) fn definitions() -> Result<Vec<Definition>, Vec<DefinitionError>> {
    let common = common()?;
    BUILTIN
        .iter()
        .map(|(file, src)| Definition::parse(src, file, &common))
        .collect()
}

/// The built-in definition of `kind`, read once and shared: what a cancellation of a
/// built-in kind is read against. `None` only if the embedded definitions were broken, which
/// the tests rule out.
pub(crate) fn shared(kind: &str) -> Option<Arc<Definition>> {
    static SHARED: OnceLock<Vec<Arc<Definition>>> = OnceLock::new();
    SHARED
        .get_or_init(|| {
            definitions()
                .map(|all| all.into_iter().map(Arc::new).collect())
                .unwrap_or_default()
        })
        .iter()
        .find(|d| d.kind == kind)
        .cloned()
}
