//! "Did you mean": the closest allowed name to a misspelt one.

// Edit distance between two strings by characters, counting an insertion, a deletion, a
// substitution or a swap of two neighbours (`aeras` → `areas`) as one edit: the optimal
// string alignment distance.
use strsim::osa_distance as distance;

/// Words longer than this get no suggestion.
const MAX_WORD_CHARS: usize = 64;

/// The candidate closest to `word`, if it is close enough to be what was meant
/// (at most a third of the word's length apart, and at least one edit allowed).
pub(crate) fn closest<'a>(word: &str, candidates: &[&'a str]) -> Option<&'a str> {
    let len = word.chars().count();
    // Names are short: a long word is no misspelling of one, and its distance table would
    // cost memory in proportion to its length.
    if len > MAX_WORD_CHARS {
        return None;
    }
    let lower = word.to_lowercase().replace('_', "-");
    let limit = (len / 3).max(1);
    candidates
        .iter()
        .filter(|c| c.chars().count().abs_diff(len) <= limit)
        .map(|&c| (distance(&lower, &c.replace('_', "-")), c))
        .filter(|&(d, _)| d <= limit)
        .min_by_key(|&(d, _)| d)
        .map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_close_names_only() {
        let fields = ["kind", "areas", "start", "end", "consumers", "valid_until"];
        assert_eq!(closest("aeras", &fields), Some("areas"));
        assert_eq!(closest("Start", &fields), Some("start"));
        assert_eq!(closest("consumer", &fields), Some("consumers"));
        assert_eq!(closest("valid-until", &fields), Some("valid_until"));
        assert_eq!(closest("venue", &fields), None);
        assert_eq!(
            closest("maintainance", &["maintenance", "breakdown"]),
            Some("maintenance")
        );
        assert_eq!(closest(&"a".repeat(1_000_000), &fields), None);
    }
}
