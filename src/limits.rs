//! Every limit suchana puts on its input, in one place: bad or hostile input is refused
//! quickly, with an error that names the document (or file) and the field, instead of
//! consuming time or memory. The README's "Limits" section lists the same numbers.
//!
//! No real notice comes near these limits: they are set far above any notice a person writes,
//! and far below what would slow a batch down.

/// The most characters (Unicode scalar values, after trimming) a text value may hold, in each
/// language: a name, an area, an agenda item or a `details` paragraph.
pub const MAX_TEXT_CHARS: usize = 2_000;

/// The most items a list may hold: `areas`, `advice`, `agenda`, `contacts`.
pub const MAX_LIST_ITEMS: usize = 200;

/// The largest `.ftl` file (`--locales`) or template (`--templates`) that is read, in bytes.
pub const MAX_SETUP_FILE_BYTES: u64 = 1024 * 1024;

/// The deepest nesting of YAML collections (mappings and sequences) in one document. A notice
/// needs 4 (document → `issuer` → `signatory` → a text map).
pub const MAX_YAML_DEPTH: usize = 16;

/// The most YAML aliases (`*name`) in one document.
pub const MAX_YAML_ALIASES: usize = 1_000;

/// The most YAML anchors (`&name`) in one document.
pub const MAX_YAML_ANCHORS: usize = 1_000;

/// The most parser events an alias may replay in one document, summed over all aliases
/// (what stops a "billion laughs" alias bomb).
pub const MAX_YAML_REPLAYED_EVENTS: usize = 10_000;

/// The most YAML nodes (scalars, sequences, mappings) in one document.
pub const MAX_YAML_NODES: usize = 20_000;

/// The most parser events in one document.
pub const MAX_YAML_EVENTS: usize = 100_000;

/// The most bytes of scalar text in one document, all values together.
pub const MAX_YAML_SCALAR_BYTES: usize = 1024 * 1024;

/// The longest plain key the YAML scanner looks ahead for, in characters.
pub const MAX_YAML_KEY_CHARS: usize = 1_024;

/// Parser options with the budgets above; every document is parsed with them.
pub(crate) fn yaml_options() -> serde_saphyr::Options {
    let mut budget = serde_saphyr::Budget::default();
    budget.max_depth = MAX_YAML_DEPTH;
    budget.flow_nesting_limit = MAX_YAML_DEPTH;
    budget.max_aliases = MAX_YAML_ALIASES;
    budget.max_anchors = MAX_YAML_ANCHORS;
    budget.max_recorded_anchor_events = MAX_YAML_REPLAYED_EVENTS;
    budget.max_nodes = MAX_YAML_NODES;
    budget.max_events = MAX_YAML_EVENTS;
    budget.max_total_scalar_bytes = MAX_YAML_SCALAR_BYTES;
    budget.max_recorded_anchor_bytes = MAX_YAML_SCALAR_BYTES;
    budget.simple_key_max_lookahead = MAX_YAML_KEY_CHARS;
    budget.max_merge_keys = MAX_YAML_ALIASES;
    // `!include` must never read files named by the data.
    budget.max_inclusion_depth = 0;
    let mut options = serde_saphyr::Options::default();
    options.budget = Some(budget);
    options.alias_limits.max_total_replayed_events = MAX_YAML_REPLAYED_EVENTS;
    options.alias_limits.max_replay_stack_depth = MAX_YAML_DEPTH;
    options.with_snippet = false;
    options
}

/// Reads a locale or template file of at most [`MAX_SETUP_FILE_BYTES`] as UTF-8 text. Reads
/// at most one byte past the limit, so a huge file (or a device such as `/dev/zero` named
/// `x.ftl`) is refused without being read.
pub(crate) fn read_setup_file(path: &std::path::Path) -> Result<String, crate::SetupError> {
    use std::io::Read;
    let shown = || path.display().to_string();
    let io = |source| crate::SetupError::Io {
        path: shown(),
        source,
    };
    let file = std::fs::File::open(path).map_err(io)?;
    let mut bytes = Vec::new();
    file.take(MAX_SETUP_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(io)?;
    if bytes.len() as u64 > MAX_SETUP_FILE_BYTES {
        return Err(crate::SetupError::TooLarge {
            path: shown(),
            limit: MAX_SETUP_FILE_BYTES,
        });
    }
    String::from_utf8(bytes).map_err(|e| {
        let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
        let text = String::from_utf8_lossy(valid);
        let (line, column) = crate::l10n::line_col(&text, text.len());
        crate::SetupError::NotUtf8 {
            path: shown(),
            line,
            column,
        }
    })
}
