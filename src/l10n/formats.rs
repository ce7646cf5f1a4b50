//! Locale-correct numbers, dates, times, lists and plural categories for any language ICU4X's
//! compiled CLDR data has.
//!
//! Everything locale-dependent (digits, grouping, month and weekday names, list
//! connectives, plural categories) comes from ICU4X 2.4 compiled CLDR data. The
//! one exception is the day period a time is said in: ICU4X 2.4 carries flexible day-period
//! data only for locales whose CLDR time formats use the `B` field (e.g. `zh-Hant`);
//! for `hi` and `mr` a `B` pattern falls back to AM/PM, and even where the data
//! exists ICU4X exposes only the localized *names* (at whole-hour granularity),
//! never the CLDR period *type* (`morning1`, …). Each language's manifest therefore
//! transcribes its rules from CLDR `common/supplemental/dayPeriods.xml`
//! ([`crate::lang::manifest`]).
//!
//! This module contains no `unsafe` code and never panics on any input.

use icu_calendar::Gregorian;
use icu_datetime::input::{Date, DateTime, Time};
use icu_datetime::pattern::{
    DateTimePattern, FixedCalendarDateTimeNames, FormattedDateTimePatternError, PatternLoadError,
};
use icu_decimal::DecimalFormatter;
use icu_decimal::input::Decimal;
use icu_decimal::options::DecimalFormatterOptions;
use icu_list::ListFormatter;
use icu_list::options::{ListFormatterOptions, ListLength};
use icu_locale_core::Locale;
use icu_plurals::{PluralCategory, PluralRuleType, PluralRules, PluralRulesOptions};
use writeable::{TryWriteable, Writeable};

use crate::lang::Lang;

/// Digits to print in every language instead of each language's own (its manifest's).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Digits {
    /// ASCII digits 0-9 (`-u-nu-latn`).
    Latn,
    /// Devanagari digits ०-९ (`-u-nu-deva`).
    Deva,
}

impl Digits {
    /// The CLDR numbering system: `latn` or `deva`.
    pub fn numbering(self) -> &'static str {
        match self {
            Digits::Latn => "latn",
            Digits::Deva => "deva",
        }
    }
}

/// Error when ICU4X data cannot be loaded (should not happen with compiled data).
#[derive(Debug, thiserror::Error)]
pub enum FormatSetupError {
    /// The locale tag built for the language could not be parsed.
    #[error("invalid locale tag {tag:?}: {source}")]
    Locale {
        /// The tag that failed to parse.
        tag: String,
        /// The parser's error.
        #[source]
        source: icu_locale_core::ParseError,
    },
    /// Compiled data for a formatter (decimal, list, plural rules) is missing.
    #[error("ICU4X data could not be loaded: {0}")]
    Data(#[from] icu_provider::DataError),
    /// A built-in date/time pattern string failed to parse.
    #[error("date/time pattern {pattern:?} is invalid: {message}")]
    Pattern {
        /// The pattern string.
        pattern: &'static str,
        /// The parser's message.
        message: String,
    },
    /// The names (months, weekdays, digits) needed by a pattern could not be loaded.
    #[error("names for date/time pattern {pattern:?} could not be loaded: {source}")]
    PatternLoad {
        /// The pattern string.
        pattern: &'static str,
        /// ICU4X's error.
        #[source]
        source: PatternLoadError,
    },
}

/// Error for an invalid calendar date or time of day passed to a formatting method.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum FormatError {
    /// The year/month/day triple is not a valid Gregorian date (month 13, 30 February,
    /// day 0, year before 1 CE, …).
    #[error("invalid date {year:04}-{month:02}-{day:02}: {field} out of range")]
    InvalidDate {
        /// Year as given.
        year: i32,
        /// Month as given (1-12 expected).
        month: u8,
        /// Day as given.
        day: u8,
        /// Which component was rejected (`"year"`, `"month"` or `"day"`).
        field: &'static str,
    },
    /// The hour/minute pair is not a valid time of day (hour 0-23, minute 0-59).
    #[error("invalid time {hour:02}:{minute:02}")]
    InvalidTime {
        /// Hour as given.
        hour: u8,
        /// Minute as given.
        minute: u8,
    },
    /// ICU4X reported an error while writing the pattern (indicates a data or
    /// programming problem, not bad input).
    #[error("ICU4X could not render the pattern: {0}")]
    Render(FormattedDateTimePatternError),
}

/// Pattern for a long date with weekday. Explicit so that Marathi does not get
/// CLDR's `EEEE, d, MMMM y` (comma after the day).
const PATTERN_DATE_WEEKDAY: &str = "EEEE, d MMMM y";
/// Pattern for a long date without weekday.
const PATTERN_DATE: &str = "d MMMM y";
/// Day and month, for short channels (SMS) where the year is plain from context.
const PATTERN_DAY_MONTH: &str = "d MMMM";
/// 12-hour clock, two-digit minutes, deliberately no day-period field.
const PATTERN_TIME_12H: &str = "h:mm";
/// 12-hour clock with CLDR's am/pm marker ("10:00 am" in en-IN), for languages that say
/// the part of the day that way rather than with a day-period word.
const PATTERN_TIME_12H_AMPM: &str = "h:mm a";
/// The weekday alone, for notices that write it apart from the date ("सोमवार, दि. २४ …").
const PATTERN_WEEKDAY: &str = "EEEE";

/// All locale-aware formatters for one language, built once, Send + Sync.
#[derive(Debug)]
pub struct LocaleFormats {
    lang: Lang,
    decimal: DecimalFormatter,
    list_and: ListFormatter,
    list_or: ListFormatter,
    plurals: PluralRules,
    names: FixedCalendarDateTimeNames<Gregorian>,
    pattern_date_weekday: DateTimePattern,
    pattern_date: DateTimePattern,
    pattern_day_month: DateTimePattern,
    pattern_time_12h: DateTimePattern,
    pattern_time_12h_ampm: DateTimePattern,
    pattern_weekday: DateTimePattern,
}

// Compile-time proof that the formatters can be shared across threads
// (requires `icu_provider/sync`).
const _: () = {
    const fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<LocaleFormats>();
    assert_send_sync::<DecimalFormatter>();
    assert_send_sync::<ListFormatter>();
    assert_send_sync::<PluralRules>();
    assert_send_sync::<FixedCalendarDateTimeNames<Gregorian>>();
};

impl LocaleFormats {
    /// Builds every formatter for `lang`. `numbering` (a CLDR numbering system such as
    /// `deva`) forces the digits via the `-u-nu-` Unicode extension; `None` keeps CLDR's
    /// default for the locale.
    pub fn new(lang: Lang, numbering: Option<&str>) -> Result<Self, FormatSetupError> {
        let tag = match numbering {
            None => lang.tag().to_owned(),
            Some(nu) => format!("{}-u-nu-{nu}", lang.tag()),
        };
        let locale = Locale::try_from_str(&tag)
            .map_err(|source| FormatSetupError::Locale { tag, source })?;

        let decimal =
            DecimalFormatter::try_new((&locale).into(), DecimalFormatterOptions::default())?;
        let list_and = ListFormatter::try_new_and(
            (&locale).into(),
            ListFormatterOptions::default().with_length(ListLength::Wide),
        )?;
        let list_or = ListFormatter::try_new_or(
            (&locale).into(),
            ListFormatterOptions::default().with_length(ListLength::Wide),
        )?;
        let mut plural_options = PluralRulesOptions::default();
        plural_options.rule_type = Some(PluralRuleType::Cardinal);
        let plurals = PluralRules::try_new((&locale).into(), plural_options)?;

        let mut names = FixedCalendarDateTimeNames::<Gregorian>::try_new((&locale).into())?;
        let pattern_date_weekday = load_pattern(&mut names, PATTERN_DATE_WEEKDAY)?;
        let pattern_date = load_pattern(&mut names, PATTERN_DATE)?;
        let pattern_day_month = load_pattern(&mut names, PATTERN_DAY_MONTH)?;
        let pattern_time_12h = load_pattern(&mut names, PATTERN_TIME_12H)?;
        let pattern_time_12h_ampm = load_pattern(&mut names, PATTERN_TIME_12H_AMPM)?;
        let pattern_weekday = load_pattern(&mut names, PATTERN_WEEKDAY)?;

        Ok(Self {
            lang,
            decimal,
            list_and,
            list_or,
            plurals,
            names,
            pattern_date_weekday,
            pattern_date,
            pattern_day_month,
            pattern_time_12h,
            pattern_time_12h_ampm,
            pattern_weekday,
        })
    }

    /// The language these formatters were built for.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// Indian grouping, locale digits: mr 218000 -> "२,१८,०००", hi -> "2,18,000"; 0 -> "०"/"0".
    pub fn number(&self, n: u64) -> String {
        let value = Decimal::from(n);
        self.decimal.format(&value).write_to_string().into_owned()
    }

    /// Long date with weekday: mr "शुक्रवार, १९ सप्टेंबर २०२५", hi "शुक्रवार, 19 सितंबर 2025".
    ///
    /// Uses the explicit pattern `EEEE, d MMMM y` (CLDR's own mr full pattern puts a
    /// comma after the day). Errors on an invalid Gregorian date or a year before 1 CE.
    pub fn date_with_weekday(&self, year: i32, month: u8, day: u8) -> Result<String, FormatError> {
        let date = gregorian_date(year, month, day)?;
        self.render(&self.pattern_date_weekday, date, midnight())
    }

    /// Long date without weekday: mr "२२ नोव्हेंबर २०२५", hi "22 नवंबर 2025".
    ///
    /// Errors on an invalid Gregorian date or a year before 1 CE.
    pub fn date(&self, year: i32, month: u8, day: u8) -> Result<String, FormatError> {
        let date = gregorian_date(year, month, day)?;
        self.render(&self.pattern_date, date, midnight())
    }

    /// Day and month without year: mr "२४ नोव्हेंबर", hi "24 नवंबर".
    ///
    /// Errors on an invalid Gregorian date or a year before 1 CE.
    pub fn day_month(&self, year: i32, month: u8, day: u8) -> Result<String, FormatError> {
        let date = gregorian_date(year, month, day)?;
        self.render(&self.pattern_day_month, date, midnight())
    }

    /// The weekday alone: mr "सोमवार", hi "सोमवार".
    ///
    /// Errors on an invalid Gregorian date or a year before 1 CE.
    pub fn weekday(&self, year: i32, month: u8, day: u8) -> Result<String, FormatError> {
        let date = gregorian_date(year, month, day)?;
        self.render(&self.pattern_weekday, date, midnight())
    }

    /// 12-hour clock time WITHOUT any AM/PM marker, minutes two digits, locale digits:
    /// 10:00 -> "१०:००"/"10:00"; 14:30 -> "२:३०"/"2:30"; 00:00 -> "12:00"; 12:05 -> "12:05".
    ///
    /// Errors if `hour > 23` or `minute > 59`. Pair with the language's day periods
    /// ([`crate::lang::manifest::DayPeriods`]) to say which part of the day is meant.
    pub fn time_12h(&self, hour: u8, minute: u8) -> Result<String, FormatError> {
        self.time(&self.pattern_time_12h, hour, minute)
    }

    /// 12-hour clock time with the locale's am/pm marker from CLDR: en-IN "10:00 AM"
    /// (CLDR's en-IN; its en-001 has "am"). For languages whose notices say the part of the
    /// day that way (English).
    ///
    /// Errors if `hour > 23` or `minute > 59`.
    pub fn time_12h_ampm(&self, hour: u8, minute: u8) -> Result<String, FormatError> {
        self.time(&self.pattern_time_12h_ampm, hour, minute)
    }

    fn time(&self, pattern: &DateTimePattern, hour: u8, minute: u8) -> Result<String, FormatError> {
        let time = Time::try_new(hour, minute, 0, 0)
            .map_err(|_| FormatError::InvalidTime { hour, minute })?;
        // Any valid date works: the pattern has no date fields.
        let date = gregorian_date(2000, 1, 1)?;
        self.render(pattern, date, time)
    }

    /// Join with the locale's "and" list pattern (wide): mr "सातारा, कराड आणि वाई", hi "सातारा, कराड और वाई"; one item -> itself; two -> "a आणि b".
    ///
    /// An empty slice gives an empty string.
    pub fn list_and(&self, items: &[&str]) -> String {
        self.list_and
            .format(items.iter())
            .write_to_string()
            .into_owned()
    }

    /// Join with the locale's "or" list pattern (wide): mr "1912 किंवा 1800-212-3435",
    /// hi "1912 या 1800-212-3435".
    pub fn list_or(&self, items: &[&str]) -> String {
        self.list_or
            .format(items.iter())
            .write_to_string()
            .into_owned()
    }

    /// CLDR cardinal plural category name for n: "zero"|"one"|"two"|"few"|"many"|"other" (hi: 0 and 1 are "one"; mr: 1 is "one", 0 is "other").
    pub fn plural_category(&self, n: u64) -> &'static str {
        category_key(self.plurals.category_for(n))
    }

    /// Formats `date` + `time` with one of the preloaded patterns.
    fn render(
        &self,
        pattern: &DateTimePattern,
        date: Date<Gregorian>,
        time: Time,
    ) -> Result<String, FormatError> {
        let input = DateTime { date, time };
        self.names
            .with_pattern_unchecked(pattern)
            .format(&input)
            .try_write_to_string()
            .map(|s| s.into_owned())
            .map_err(|(err, _partial)| FormatError::Render(err))
    }
}

/// The keyword Fluent variants use for a CLDR plural category: "zero", "one", "two", "few",
/// "many" or "other".
pub fn category_key(category: PluralCategory) -> &'static str {
    match category {
        PluralCategory::Zero => "zero",
        PluralCategory::One => "one",
        PluralCategory::Two => "two",
        PluralCategory::Few => "few",
        PluralCategory::Many => "many",
        PluralCategory::Other => "other",
    }
}

/// Parses `pattern` and loads the names and digits it needs into `names`.
fn load_pattern(
    names: &mut FixedCalendarDateTimeNames<Gregorian>,
    pattern: &'static str,
) -> Result<DateTimePattern, FormatSetupError> {
    let parsed: DateTimePattern = pattern.parse().map_err(|e| FormatSetupError::Pattern {
        pattern,
        message: format!("{e}"),
    })?;
    names
        .include_for_pattern(&parsed)
        .map_err(|source| FormatSetupError::PatternLoad { pattern, source })?;
    Ok(parsed)
}

/// Validates and builds a proleptic Gregorian date (years before 1 CE are rejected:
/// the patterns have no era field, so they would print misleadingly).
fn gregorian_date(year: i32, month: u8, day: u8) -> Result<Date<Gregorian>, FormatError> {
    if year < 1 {
        return Err(FormatError::InvalidDate {
            year,
            month,
            day,
            field: "year",
        });
    }
    Date::try_new_gregorian(year, month, day).map_err(|e| FormatError::InvalidDate {
        year,
        month,
        day,
        field: e.field,
    })
}

/// 00:00, used as the (unused) time of day when formatting dates.
fn midnight() -> Time {
    Time::start_of_day()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[allow(clippy::panic)] // test helper: setup failure should fail the test loudly
    fn l(tag: &str) -> Lang {
        Lang::from_tag(tag).unwrap_or_else(|| panic!("{tag} is not registered"))
    }

    #[allow(clippy::panic)] // test helper: setup failure should fail the test loudly
    fn fmt(lang: Lang, digits: Option<Digits>) -> LocaleFormats {
        let default = if lang.code() == "mr" { "deva" } else { "latn" };
        match LocaleFormats::new(lang, Some(digits.map_or(default, Digits::numbering))) {
            Ok(f) => f,
            Err(e) => panic!("setup failed for {lang:?}/{digits:?}: {e}"),
        }
    }

    #[test]
    fn numbers_default_digits() {
        let mr = fmt(l("mr"), None);
        let hi = fmt(l("hi"), None);
        let cases: [(u64, &str, &str); 6] = [
            (0, "०", "0"),
            (1, "१", "1"),
            (999, "९९९", "999"),
            (1000, "१,०००", "1,000"),
            (218000, "२,१८,०००", "2,18,000"),
            (10000000, "१,००,००,०००", "1,00,00,000"),
        ];
        for (n, m, h) in cases {
            assert_eq!(mr.number(n), m, "mr {n}");
            assert_eq!(hi.number(n), h, "hi {n}");
        }
    }

    #[test]
    fn numbers_digit_overrides() {
        let latn = ["0", "1", "999", "1,000", "2,18,000", "1,00,00,000"];
        let deva = ["०", "१", "९९९", "१,०००", "२,१८,०००", "१,००,००,०००"];
        let ns = [0u64, 1, 999, 1000, 218000, 10000000];
        for lang in [l("hi"), l("mr")] {
            let l = fmt(lang, Some(Digits::Latn));
            let d = fmt(lang, Some(Digits::Deva));
            for ((n, want_latn), want_deva) in ns.iter().zip(latn).zip(deva) {
                assert_eq!(l.number(*n), want_latn, "{lang:?} latn {n}");
                assert_eq!(d.number(*n), want_deva, "{lang:?} deva {n}");
            }
        }
    }

    #[test]
    fn dates_with_weekday() {
        let mr = fmt(l("mr"), None);
        let hi = fmt(l("hi"), None);
        assert_eq!(
            mr.date_with_weekday(2025, 9, 19).as_deref(),
            Ok("शुक्रवार, १९ सप्टेंबर २०२५")
        );
        assert_eq!(
            hi.date_with_weekday(2025, 9, 19).as_deref(),
            Ok("शुक्रवार, 19 सितंबर 2025")
        );
        assert_eq!(
            mr.date_with_weekday(2025, 11, 25).as_deref(),
            Ok("मंगळवार, २५ नोव्हेंबर २०२५")
        );
        assert_eq!(
            hi.date_with_weekday(2025, 11, 25).as_deref(),
            Ok("मंगलवार, 25 नवंबर 2025")
        );
    }

    #[test]
    fn dates_without_weekday() {
        assert_eq!(
            fmt(l("mr"), None).date(2025, 11, 22).as_deref(),
            Ok("२२ नोव्हेंबर २०२५")
        );
        assert_eq!(
            fmt(l("hi"), None).date(2025, 11, 22).as_deref(),
            Ok("22 नवंबर 2025")
        );
    }

    #[test]
    fn dates_honour_digit_override() {
        let mr_latn = fmt(l("mr"), Some(Digits::Latn));
        let hi_deva = fmt(l("hi"), Some(Digits::Deva));
        assert_eq!(
            mr_latn.date_with_weekday(2025, 9, 19).as_deref(),
            Ok("शुक्रवार, 19 सप्टेंबर 2025")
        );
        assert_eq!(mr_latn.date(2025, 11, 22).as_deref(), Ok("22 नोव्हेंबर 2025"));
        assert_eq!(
            hi_deva.date_with_weekday(2025, 9, 19).as_deref(),
            Ok("शुक्रवार, १९ सितंबर २०२५")
        );
        assert_eq!(hi_deva.date(2025, 11, 22).as_deref(), Ok("२२ नवंबर २०२५"));
        assert_eq!(
            fmt(l("mr"), Some(Digits::Deva))
                .date(2025, 11, 22)
                .as_deref(),
            Ok("२२ नोव्हेंबर २०२५")
        );
        assert_eq!(
            fmt(l("hi"), Some(Digits::Latn))
                .date(2025, 11, 22)
                .as_deref(),
            Ok("22 नवंबर 2025")
        );
    }

    #[test]
    fn times_12h() {
        let mr = fmt(l("mr"), None);
        let hi = fmt(l("hi"), None);
        let cases: [((u8, u8), &str, &str); 9] = [
            ((0, 0), "१२:००", "12:00"),
            ((0, 30), "१२:३०", "12:30"),
            ((9, 5), "९:०५", "9:05"),
            ((10, 0), "१०:००", "10:00"),
            ((12, 0), "१२:००", "12:00"),
            ((12, 45), "१२:४५", "12:45"),
            ((13, 0), "१:००", "1:00"),
            ((14, 30), "२:३०", "2:30"),
            ((23, 59), "११:५९", "11:59"),
        ];
        for ((h, m), mr_s, hi_s) in cases {
            assert_eq!(mr.time_12h(h, m).as_deref(), Ok(mr_s), "mr {h}:{m}");
            assert_eq!(hi.time_12h(h, m).as_deref(), Ok(hi_s), "hi {h}:{m}");
        }
    }

    #[test]
    fn times_honour_digit_override() {
        assert_eq!(
            fmt(l("mr"), Some(Digits::Latn)).time_12h(14, 30).as_deref(),
            Ok("2:30")
        );
        assert_eq!(
            fmt(l("hi"), Some(Digits::Deva)).time_12h(14, 30).as_deref(),
            Ok("२:३०")
        );
        assert_eq!(
            fmt(l("mr"), Some(Digits::Deva)).time_12h(0, 5).as_deref(),
            Ok("१२:०५")
        );
        assert_eq!(
            fmt(l("hi"), Some(Digits::Latn)).time_12h(12, 5).as_deref(),
            Ok("12:05")
        );
    }

    #[test]
    fn lists() {
        let mr = fmt(l("mr"), None);
        let hi = fmt(l("hi"), None);
        assert_eq!(mr.list_and(&["सातारा"]), "सातारा");
        assert_eq!(hi.list_and(&["सातारा"]), "सातारा");
        assert_eq!(mr.list_and(&["सातारा", "कराड"]), "सातारा आणि कराड");
        assert_eq!(hi.list_and(&["सातारा", "कराड"]), "सातारा और कराड");
        assert_eq!(
            mr.list_and(&["सातारा", "कराड", "वाई"]),
            "सातारा, कराड आणि वाई"
        );
        assert_eq!(
            hi.list_and(&["सातारा", "कराड", "वाई"]),
            "सातारा, कराड और वाई"
        );
        assert_eq!(
            mr.list_and(&["सातारा", "कराड", "वाई", "फलटण"]),
            "सातारा, कराड, वाई आणि फलटण"
        );
        assert_eq!(
            hi.list_and(&["सातारा", "कराड", "वाई", "फलटण"]),
            "सातारा, कराड, वाई और फलटण"
        );
        assert_eq!(mr.list_and(&[]), "");
    }

    #[test]
    fn plurals() {
        let mr = fmt(l("mr"), None);
        let hi = fmt(l("hi"), None);
        assert_eq!(
            [
                hi.plural_category(0),
                hi.plural_category(1),
                hi.plural_category(2)
            ],
            ["one", "one", "other"]
        );
        assert_eq!(
            [
                mr.plural_category(0),
                mr.plural_category(1),
                mr.plural_category(2)
            ],
            ["other", "one", "other"]
        );
    }

    #[test]
    fn invalid_dates_and_times() {
        for lang in [l("hi"), l("mr")] {
            let f = fmt(lang, None);
            assert!(matches!(
                f.date(2025, 13, 1),
                Err(FormatError::InvalidDate {
                    month: 13,
                    field: "month",
                    ..
                })
            ));
            assert!(matches!(
                f.date(2025, 0, 1),
                Err(FormatError::InvalidDate { month: 0, .. })
            ));
            assert!(matches!(
                f.date(2025, 2, 30),
                Err(FormatError::InvalidDate {
                    day: 30,
                    field: "day",
                    ..
                })
            ));
            assert!(matches!(
                f.date(2025, 2, 29),
                Err(FormatError::InvalidDate { .. })
            ));
            assert!(f.date(2024, 2, 29).is_ok());
            assert!(matches!(
                f.date(2025, 4, 0),
                Err(FormatError::InvalidDate { day: 0, .. })
            ));
            assert!(matches!(
                f.date(0, 1, 1),
                Err(FormatError::InvalidDate {
                    year: 0,
                    field: "year",
                    ..
                })
            ));
            assert!(matches!(
                f.date_with_weekday(2025, 2, 30),
                Err(FormatError::InvalidDate { day: 30, .. })
            ));
            assert!(matches!(
                f.date_with_weekday(i32::MAX, 1, 1),
                Err(FormatError::InvalidDate { .. })
            ));
            assert_eq!(
                f.time_12h(24, 0),
                Err(FormatError::InvalidTime {
                    hour: 24,
                    minute: 0
                })
            );
            assert_eq!(
                f.time_12h(10, 60),
                Err(FormatError::InvalidTime {
                    hour: 10,
                    minute: 60
                })
            );
            assert_eq!(
                f.time_12h(255, 255),
                Err(FormatError::InvalidTime {
                    hour: 255,
                    minute: 255
                })
            );
        }
        let msg = format!(
            "{}",
            FormatError::InvalidTime {
                hour: 24,
                minute: 0
            }
        );
        assert_eq!(msg, "invalid time 24:00");
    }

    #[test]
    fn formats_are_shareable_across_threads() {
        let f = std::sync::Arc::new(fmt(l("mr"), None));
        let g = std::sync::Arc::clone(&f);
        let out = std::thread::spawn(move || g.number(218000)).join();
        assert_eq!(out.ok().as_deref(), Some("२,१८,०००"));
        assert_eq!(f.lang(), l("mr"));
    }
}
