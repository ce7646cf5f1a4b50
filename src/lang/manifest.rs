//! A language's manifest, `locales/<tag>/language.yaml`: what CLDR through ICU4X does not give
//! (the language's name and script, the digits its notices print, the parts of the day its
//! times are said in). Everything else about a language comes from CLDR.
//!
//! ```yaml
//! tag: mr-IN
//! name: Marathi
//! script: Deva
//! digits: deva
//! day-periods-source: CLDR common/supplemental/dayPeriods.xml, <dayPeriodRules locales="mr">
//! day-periods:
//!   morning1: { from: "04:00", before: "06:00" }
//!   morning2: { from: "06:00", before: "12:00" }
//!   afternoon1: { from: "12:00", before: "16:00" }
//!   evening1: { from: "16:00", before: "21:00" }
//!   night1: { from: "21:00", before: "04:00" }
//! ```

use std::collections::BTreeMap;

use serde::Deserialize;
use unic_langid::LanguageIdentifier;

use crate::error::{Position, SetupError};
use crate::notice::located::Located;

/// The name of a language's manifest inside its locale folder.
pub const MANIFEST_FILE: &str = "language.yaml";

/// The CLDR flexible day-period types a manifest may name (CLDR `dayPeriods.xml`). `midnight`
/// is not among them: 00:00–00:59 is always `midnight`.
pub const DAY_PERIODS: [&str; 8] = [
    "morning1",
    "morning2",
    "afternoon1",
    "afternoon2",
    "evening1",
    "evening2",
    "night1",
    "night2",
];

/// A parsed and checked language manifest.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Manifest {
    /// The full tag, e.g. `mr-IN`: language and region, and a script where it is not the
    /// language's usual one.
    pub tag: String,
    /// The language's English name, e.g. `Marathi`, used in messages to data writers.
    pub name: String,
    /// The ISO 15924 script the language is written in, e.g. `Deva`.
    pub script: String,
    /// The CLDR numbering system its notices print digits in (`deva`, `latn`, `gujr`, …);
    /// `None` keeps CLDR's default for the language.
    pub digits: Option<String>,
    /// The part of the day each hour is said in.
    pub day_periods: DayPeriods,
    /// Where the day-period table comes from, e.g. the CLDR file and rule set.
    pub day_periods_source: String,
}

/// The part of the day each hour of the clock is said in: CLDR flexible day-period types,
/// `midnight` for 00:00–00:59.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DayPeriods {
    by_hour: [&'static str; 24],
}

impl DayPeriods {
    /// The CLDR day-period type of `hour:minute`. Every boundary falls on a whole hour, so
    /// `minute` never changes the result; an hour past 23 is taken modulo 24 (24:00 is
    /// midnight) instead of panicking.
    pub fn at(&self, hour: u8, minute: u8) -> &'static str {
        let _ = minute;
        self.by_hour[usize::from(hour % 24)]
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawManifest {
    tag: Located<String>,
    name: Located<String>,
    script: Located<String>,
    digits: Option<Located<String>>,
    day_periods_source: String,
    day_periods: Located<BTreeMap<String, Located<RawRange>>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRange {
    from: Located<String>,
    before: Located<String>,
}

/// The error of a manifest at `file` `at`.
fn error(file: &str, at: Position, message: impl Into<String>) -> SetupError {
    SetupError::Manifest {
        file: file.to_string(),
        line: at.line,
        column: at.column,
        message: message.into(),
    }
}

/// Parses and checks the manifest `text` read from `file`.
pub fn parse(text: &str, file: &str) -> Result<Manifest, SetupError> {
    let raw: RawManifest = serde_saphyr::from_str_with_options(text, crate::limits::yaml_options())
        .map_err(|e| {
            let at = e.location().map_or(Position { line: 1, column: 1 }, |l| {
                crate::notice::located::position(l)
            });
            let message = e.to_string();
            let message = message.lines().next().unwrap_or_default().to_string();
            error(file, at, message)
        })?;
    let tag = raw.tag.value.trim();
    let id: LanguageIdentifier = tag.parse().map_err(|_| {
        error(
            file,
            raw.tag.at,
            format!("`{tag}` is not a language tag; write one such as mr-IN or gu-IN"),
        )
    })?;
    if id.region.is_none() || id.variants().len() != 0 {
        return Err(error(
            file,
            raw.tag.at,
            format!("`{tag}` names no region; write the language and its region, e.g. gu-IN"),
        ));
    }
    let script = raw.script.value.trim();
    let script_ok = script.len() == 4
        && script
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_uppercase())
        && script.chars().skip(1).all(|c| c.is_ascii_lowercase());
    if !script_ok {
        return Err(error(
            file,
            raw.script.at,
            format!(
                "`{script}` is not an ISO 15924 script code; write one such as Deva, Gujr or Latn"
            ),
        ));
    }
    let name = raw.name.value.trim();
    if name.is_empty() {
        return Err(error(
            file,
            raw.name.at,
            "the language has no name; write its English name, e.g. Gujarati",
        ));
    }
    let digits = match raw.digits {
        None => None,
        Some(d) => {
            let v = d.value.trim();
            let ok = (3..=8).contains(&v.len())
                && v.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit());
            if !ok {
                return Err(error(
                    file,
                    d.at,
                    format!(
                        "`{v}` is not a CLDR numbering system; write one such as deva, gujr or latn"
                    ),
                ));
            }
            Some(v.to_string())
        }
    };
    let day_periods = day_periods(&raw.day_periods, file)?;
    Ok(Manifest {
        tag: id.to_string(),
        name: name.to_string(),
        script: script.to_string(),
        digits,
        day_periods,
        day_periods_source: raw.day_periods_source.trim().to_string(),
    })
}

/// The hour `HH:00` of `time`, 0 to 24.
fn whole_hour(time: &Located<String>, file: &str) -> Result<u8, SetupError> {
    let v = time.value.trim();
    let hour = v
        .strip_suffix(":00")
        .filter(|h| h.len() == 2)
        .and_then(|h| h.parse::<u8>().ok())
        .filter(|&h| h <= 24);
    hour.ok_or_else(|| {
        error(
            file,
            time.at,
            format!(
                "`{v}` is not a whole hour; write one from \"00:00\" to \"24:00\", e.g. \"06:00\""
            ),
        )
    })
}

fn day_periods(
    raw: &Located<BTreeMap<String, Located<RawRange>>>,
    file: &str,
) -> Result<DayPeriods, SetupError> {
    let mut by_hour: [Option<&'static str>; 24] = [None; 24];
    by_hour[0] = Some("midnight");
    for (name, range) in &raw.value {
        let Some(&period) = DAY_PERIODS.iter().find(|p| **p == name.as_str()) else {
            return Err(error(
                file,
                range.at,
                format!(
                    "`{name}` is not a CLDR day period; write one of {}",
                    DAY_PERIODS.join(", ")
                ),
            ));
        };
        let from = whole_hour(&range.value.from, file)? % 24;
        let before = whole_hour(&range.value.before, file)? % 24;
        let mut hour = from;
        loop {
            if hour != 0 {
                if let Some(other) = by_hour[usize::from(hour)] {
                    return Err(error(
                        file,
                        range.at,
                        format!(
                            "{name} and {other} both hold {hour:02}:00; each hour belongs to one part of the day"
                        ),
                    ));
                }
                by_hour[usize::from(hour)] = Some(period);
            }
            hour = (hour + 1) % 24;
            if hour == before {
                break;
            }
        }
    }
    let mut table = ["midnight"; 24];
    for (hour, period) in by_hour.iter().enumerate() {
        let Some(period) = period else {
            return Err(error(
                file,
                raw.at,
                format!(
                    "no part of the day holds {hour:02}:00; give every hour from 01:00 to 23:00 to one"
                ),
            ));
        };
        table[hour] = period;
    }
    Ok(DayPeriods { by_hour: table })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[allow(clippy::panic)]
    fn manifest(text: &str) -> Manifest {
        parse(text, "m.yaml").unwrap_or_else(|e| panic!("{e}"))
    }

    fn err(text: &str) -> String {
        match parse(text, "m.yaml") {
            Ok(m) => format!("parsed: {m:?}"),
            Err(e) => e.to_string(),
        }
    }

    const GU: &str = "tag: gu-IN\nname: Gujarati\nscript: Gujr\nday-periods-source: CLDR dayPeriods.xml gu\nday-periods:\n  morning1: { from: \"04:00\", before: \"12:00\" }\n  afternoon1: { from: \"12:00\", before: \"16:00\" }\n  evening1: { from: \"16:00\", before: \"20:00\" }\n  night1: { from: \"20:00\", before: \"04:00\" }\n";

    #[test]
    fn a_manifest_gives_each_hour_its_part_of_the_day() {
        let m = manifest(GU);
        assert_eq!(m.tag, "gu-IN");
        assert_eq!(m.digits, None);
        let p = &m.day_periods;
        assert_eq!(p.at(0, 30), "midnight");
        assert_eq!(p.at(1, 0), "night1");
        assert_eq!(p.at(4, 0), "morning1");
        assert_eq!(p.at(11, 59), "morning1");
        assert_eq!(p.at(12, 0), "afternoon1");
        assert_eq!(p.at(19, 59), "evening1");
        assert_eq!(p.at(23, 0), "night1");
        assert_eq!(p.at(24, 0), "midnight");
    }

    #[test]
    fn mistakes_are_named_with_their_place() {
        assert_eq!(
            err(&GU.replace("gu-IN", "gu")),
            "m.yaml:1:6: `gu` names no region; write the language and its region, e.g. gu-IN"
        );
        assert_eq!(
            err(&GU.replace("Gujr", "gujarati")),
            "m.yaml:3:9: `gujarati` is not an ISO 15924 script code; write one such as Deva, Gujr or Latn"
        );
        assert_eq!(
            err(&GU.replace("\"16:00\", before: \"20", "\"15:00\", before: \"20")),
            "m.yaml:8:13: evening1 and afternoon1 both hold 15:00; each hour belongs to one part of the day"
        );
        assert_eq!(
            err(&GU.replace("before: \"04:00\"", "before: \"03:00\"")),
            "m.yaml:6:3: no part of the day holds 03:00; give every hour from 01:00 to 23:00 to one"
        );
        assert_eq!(
            err(&GU.replace("\"20:00\", before", "\"8 pm\", before")),
            "m.yaml:9:19: `8 pm` is not a whole hour; write one from \"00:00\" to \"24:00\", e.g. \"06:00\""
        );
        assert_eq!(
            err(&GU.replace("night1", "nite")),
            "m.yaml:9:9: `nite` is not a CLDR day period; write one of morning1, morning2, afternoon1, afternoon2, evening1, evening2, night1, night2"
        );
        assert!(
            err("tag: gu-IN\n").starts_with("m.yaml:"),
            "{}",
            err("tag: gu-IN\n")
        );
    }
}
