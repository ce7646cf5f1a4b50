//! Counting SMS parts as a phone does: the encoding a text needs, its length in that
//! encoding, and how many parts (segments) it is sent as.

use serde::Serialize;

/// How an SMS is encoded on the air.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SmsEncoding {
    /// The GSM 03.38 7-bit alphabet: 160 characters in one part, 153 a part when split.
    Gsm7,
    /// UCS-2 (UTF-16 on modern phones): 70 code units in one part, 67 a part when split.
    /// Any character outside GSM-7 — all Devanagari — makes the whole message UCS-2.
    Ucs2,
}

impl SmsEncoding {
    /// The name used in JSON output: `gsm7` or `ucs2`.
    pub fn key(self) -> &'static str {
        match self {
            SmsEncoding::Gsm7 => "gsm7",
            SmsEncoding::Ucs2 => "ucs2",
        }
    }
}

/// The measure of one SMS text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct SmsInfo {
    /// The encoding the text needs.
    pub encoding: SmsEncoding,
    /// Its length in UTF-16 code units (what a UCS-2 part holds 70 or 67 of).
    pub units: usize,
    /// How many parts a phone sends it as (at least 1).
    pub parts: usize,
}

impl SmsInfo {
    /// The warning for notice `id` when its SMS takes more than [`SMS_MAX_PARTS`] parts: what
    /// the command and the server say, and what to do; `None` when it fits.
    ///
    /// [`SMS_MAX_PARTS`]: super::SMS_MAX_PARTS
    pub fn too_many_parts(&self, id: &str) -> Option<(String, String)> {
        let max = super::SMS_MAX_PARTS;
        (self.parts > max).then(|| {
            (
                format!(
                    "notice `{id}`: the SMS takes {} parts ({} UTF-16 units, {}); more than {max} is costly and may arrive out of order",
                    self.parts,
                    self.units,
                    self.encoding.key(),
                ),
                "shorten the longest texts (areas, title, venue)".to_string(),
            )
        })
    }
}

/// The GSM 03.38 basic character set (one septet each).
const GSM7_BASIC: &str = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?\
¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

/// The GSM 03.38 extension table (an escape septet plus one: two septets each).
const GSM7_EXTENSION: &str = "^{}\\[~]|€\u{000C}";

/// Septets `c` takes in GSM-7, or `None` when GSM-7 cannot carry it.
fn gsm7_septets(c: char) -> Option<usize> {
    // Most of GSM-7 is printable ASCII; Devanagari and the rest fail on the first test.
    if c.is_ascii_alphanumeric() || c == ' ' {
        return Some(1);
    }
    // Ω (U+03A9) is the highest code point in the basic table; € is in the extension.
    if u32::from(c) > 0x3A9 && c != '€' {
        return None;
    }
    if GSM7_BASIC.contains(c) {
        Some(1)
    } else if GSM7_EXTENSION.contains(c) {
        Some(2)
    } else {
        None
    }
}

/// Packs characters of the given sizes into parts of `single` units when they all fit in one,
/// else of `multi` units each; a character never straddles two parts (a surrogate pair or a
/// GSM-7 escape sequence moves whole to the next part, as phones do).
fn count_parts(sizes: impl Iterator<Item = usize> + Clone, single: usize, multi: usize) -> usize {
    let total: usize = sizes.clone().sum();
    if total <= single {
        return 1;
    }
    let mut parts = 1;
    let mut used = 0;
    for size in sizes {
        if used + size > multi {
            parts += 1;
            used = 0;
        }
        used += size;
    }
    parts
}

/// Measures `text` as an SMS.
///
/// ```
/// use suchana::render::{sms_info, SmsEncoding};
/// let info = sms_info("वीजपुरवठा बंद राहील.");
/// assert_eq!((info.encoding, info.units, info.parts), (SmsEncoding::Ucs2, 20, 1));
/// assert_eq!(sms_info(&"a".repeat(161)).parts, 2);
/// ```
pub fn sms_info(text: &str) -> SmsInfo {
    // One pass for the common cases: UTF-16 units, and whether a character that cannot be
    // split (a surrogate pair, a GSM-7 escape) needs the packing count.
    let (mut units, mut septets) = (0usize, 0usize);
    let (mut gsm7, mut astral, mut escapes) = (true, false, false);
    for c in text.chars() {
        let u = c.len_utf16();
        units += u;
        astral |= u == 2;
        if gsm7 {
            match gsm7_septets(c) {
                Some(s) => {
                    septets += s;
                    escapes |= s == 2;
                }
                None => gsm7 = false,
            }
        }
    }
    let (encoding, parts) = if gsm7 {
        let parts = match (septets <= 160, escapes) {
            (true, _) => 1,
            (false, false) => septets.div_ceil(153),
            (false, true) => count_parts(text.chars().filter_map(gsm7_septets), 160, 153),
        };
        (SmsEncoding::Gsm7, parts)
    } else {
        let parts = match (units <= 70, astral) {
            (true, _) => 1,
            (false, false) => units.div_ceil(67),
            (false, true) => count_parts(text.chars().map(char::len_utf16), 70, 67),
        };
        (SmsEncoding::Ucs2, parts)
    };
    SmsInfo {
        encoding,
        units,
        parts,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extension_characters_take_two_septets() {
        assert_eq!(sms_info(&"€".repeat(80)).parts, 1);
        assert_eq!(sms_info(&"€".repeat(81)).parts, 2);
        // 76 escapes (152 septets) fill a part; the 77th cannot be split across parts.
        assert_eq!(
            sms_info(&format!("{}a{}", "€".repeat(76), "€".repeat(77))).parts,
            3
        );
    }

    #[test]
    fn every_basic_and_extension_character_is_gsm7() {
        for c in GSM7_BASIC.chars() {
            assert_eq!(gsm7_septets(c), Some(1), "{c:?}");
        }
        for c in GSM7_EXTENSION.chars() {
            assert_eq!(gsm7_septets(c), Some(2), "{c:?}");
        }
        for c in ['ç', 'अ', 'Ж', '😀', '\u{3A2}', '`'] {
            assert_eq!(gsm7_septets(c), None, "{c:?}");
        }
    }

    #[test]
    fn empty_text_is_one_part() {
        assert_eq!(sms_info("").parts, 1);
        assert_eq!(sms_info("").encoding, SmsEncoding::Gsm7);
    }
}
