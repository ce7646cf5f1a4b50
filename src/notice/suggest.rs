//! "Did you mean": the closest allowed name to a misspelt one.

/// Edit distance (insertions, deletions, substitutions) between two strings, by characters.
fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diag = row[0];
        row[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let up = row[j + 1];
            row[j + 1] = (diag + usize::from(ca != cb)).min(up + 1).min(row[j] + 1);
            diag = up;
        }
    }
    row[b.len()]
}

/// The candidate closest to `word`, if it is close enough to be what was meant
/// (at most a third of the word's length apart, and at least one edit allowed).
pub(crate) fn closest<'a>(word: &str, candidates: &[&'a str]) -> Option<&'a str> {
    let lower = word.to_lowercase().replace('_', "-");
    let limit = (word.chars().count() / 3).max(1);
    candidates
        .iter()
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
    }
}
