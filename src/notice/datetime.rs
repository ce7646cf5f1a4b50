//! Dates and times of notices: strict parsing of `YYYY-MM-DD` and `YYYY-MM-DDTHH:MM[:SS][±HH:MM]`
//! (a space may stand for the `T`, as YAML timestamps and RFC 3339 allow), conversion to Indian
//! Standard Time, in which every notice is printed, and a did-you-mean for the forms people
//! type instead (`24/11/2025 10:00`, `2:30 pm`, `24:00`).

use std::fmt;

/// Minutes east of UTC of Indian Standard Time, the default offset and the printed one.
pub const IST_OFFSET_MINUTES: i32 = 5 * 60 + 30;

/// A calendar date (proleptic Gregorian).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// Year, e.g. 2025.
    pub year: i32,
    /// Month, 1–12.
    pub month: u8,
    /// Day of the month, 1–31.
    pub day: u8,
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// A moment, kept as the Indian Standard Time wall clock it is printed in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct DateTime {
    /// The date in IST.
    pub date: Date,
    /// Hour in IST, 0–23.
    pub hour: u8,
    /// Minute, 0–59.
    pub minute: u8,
}

impl fmt::Display for DateTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}T{:02}:{:02}+05:30", self.date, self.hour, self.minute)
    }
}

impl Date {
    /// The day before this one.
    pub fn day_before(self) -> Date {
        civil_from_days(days_from_civil(self) - 1)
    }
}

impl DateTime {
    /// The hour before which a moment belongs to the night that began the evening before.
    /// CLDR's night (`night1`) ends at 04:00 in Hindi and Marathi.
    pub const NIGHT_ENDS: u8 = 4;

    /// Whether this is in the small hours, 00:00–03:59: the end of the night of the day
    /// before.
    pub fn in_small_hours(&self) -> bool {
        self.hour < Self::NIGHT_ENDS
    }

    /// The day a reader ties this moment to: its date, but for the small hours the day
    /// before, whose night they end. "२४ नोव्हेंबर रोजी रात्री १२:००" reads as the end of the
    /// 24th, so 00:00 on the 24th is said "२३ नोव्हेंबरच्या मध्यरात्री १२:००".
    pub fn day_said(&self) -> Date {
        if self.in_small_hours() {
            self.date.day_before()
        } else {
            self.date
        }
    }

    /// Minutes since 1970-01-01T00:00 IST; orders moments and measures spans.
    pub fn minutes(&self) -> i64 {
        days_from_civil(self.date) * 1440 + i64::from(self.hour) * 60 + i64::from(self.minute)
    }
}

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// Days since 1970-01-01 (H. Hinnant's `days_from_civil`).
fn days_from_civil(d: Date) -> i64 {
    let y = i64::from(d.year) - i64::from(d.month <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(d.month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d.day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The date `days` after 1970-01-01 (H. Hinnant's `civil_from_days`).
fn civil_from_days(days: i64) -> Date {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
    Date { year, month, day }
}

fn digits<const N: usize>(s: &[u8]) -> Option<u32> {
    if s.len() != N || !s.iter().all(u8::is_ascii_digit) {
        return None;
    }
    Some(s.iter().fold(0, |n, &b| n * 10 + u32::from(b - b'0')))
}

/// Parses `YYYY-MM-DD`; `None` unless the text has exactly that shape and names a real day
/// in the years 1900–2999.
pub fn parse_date(s: &str) -> Option<Date> {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let year = digits::<4>(&b[..4])? as i32;
    let month = digits::<2>(&b[5..7])? as u8;
    let day = digits::<2>(&b[8..10])? as u8;
    if !(1900..=2999).contains(&year) || !(1..=12).contains(&month) {
        return None;
    }
    (day >= 1 && day <= days_in_month(year, month)).then_some(Date { year, month, day })
}

/// Parses `YYYY-MM-DDTHH:MM[:SS][±HH:MM]` (no offset means IST) and returns the moment on
/// the IST wall clock. One space may stand for the `T` (`2025-11-24 10:00`), as YAML
/// timestamps and RFC 3339 allow. Seconds are accepted and dropped: notices print minutes.
pub fn parse_datetime(s: &str) -> Option<DateTime> {
    let b = s.as_bytes();
    if b.len() < 16 || !matches!(b[10], b'T' | b' ') || b[13] != b':' {
        return None;
    }
    let date = parse_date(s.get(..10)?)?;
    let hour = digits::<2>(&b[11..13])?;
    let minute = digits::<2>(&b[14..16])?;
    let mut rest = &b[16..];
    if rest.first() == Some(&b':') {
        let sec = digits::<2>(rest.get(1..3)?)?;
        if sec > 59 {
            return None;
        }
        rest = &rest[3..];
    }
    let offset = match rest {
        [] => IST_OFFSET_MINUTES,
        [sign @ (b'+' | b'-'), h1, h2, b':', m1, m2] => {
            let oh = digits::<2>(&[*h1, *h2])?;
            let om = digits::<2>(&[*m1, *m2])?;
            if oh > 14 || om > 59 {
                return None;
            }
            let minutes = (oh * 60 + om) as i32;
            if *sign == b'-' { -minutes } else { minutes }
        }
        _ => return None,
    };
    if hour > 23 || minute > 59 {
        return None;
    }
    let local = days_from_civil(date) * 1440 + i64::from(hour * 60 + minute);
    let ist = local - i64::from(offset) + i64::from(IST_OFFSET_MINUTES);
    let day = ist.div_euclid(1440);
    let in_day = ist.rem_euclid(1440);
    Some(DateTime {
        date: civil_from_days(day),
        hour: (in_day / 60) as u8,
        minute: (in_day % 60) as u8,
    })
}

/// A date as people type it instead of `YYYY-MM-DD`, read with what is worth saying about
/// how it was read.
struct LooseDate {
    date: Date,
    /// Said after the suggestion: how an ambiguous or month-first date was read.
    note: Option<String>,
}

/// A time as people type it: `10`, `10:00`, `10.30`, `2:30 pm`, `24:00`, with an offset.
struct LooseTime {
    /// 0–24 (24 only with minute 0: the end of the day).
    hour: u8,
    minute: u8,
    /// The time as written with its `am`/`pm`, when it had one.
    twelve_hour: Option<String>,
    /// `+HH:MM`, when an offset was written (`Z` is `+00:00`).
    offset: Option<String>,
}

/// The value with Devanagari digits as ASCII and letters lower-cased.
fn ascii_lower(s: &str) -> String {
    s.trim()
        .chars()
        .map(|c| match c {
            '०'..='९' => char::from(b'0' + (u32::from(c) - u32::from('०')) as u8),
            c => c.to_ascii_lowercase(),
        })
        .collect()
}

/// A number of one to `max` ASCII digits.
fn small_number(s: &str, max: usize) -> Option<u32> {
    if s.is_empty() || s.len() > max || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

fn real_date(year: u32, month: u32, day: u32) -> Option<Date> {
    parse_date(&format!("{year:04}-{month:02}-{day:02}"))
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn month_name(d: Date) -> &'static str {
    MONTHS
        .get(usize::from(d.month).wrapping_sub(1))
        .copied()
        .unwrap_or("")
}

/// `24/11/2025`, `24-11-2025`, `24.11.2025`, `24/11/25`, `2025/11/24`, `2025-1-5`: day first
/// unless only month first names a real day.
fn loose_date(s: &str) -> Option<LooseDate> {
    let sep = s.chars().find(|c| matches!(c, '/' | '-' | '.'))?;
    let parts: Vec<&str> = s.split(sep).collect();
    let [a, b, c] = parts[..] else {
        return None;
    };
    if a.len() == 4 {
        let date = real_date(
            small_number(a, 4)?,
            small_number(b, 2)?,
            small_number(c, 2)?,
        )?;
        return Some(LooseDate { date, note: None });
    }
    let (first, second) = (small_number(a, 2)?, small_number(b, 2)?);
    let year = match c.len() {
        4 => small_number(c, 4)?,
        2 => 2000 + small_number(c, 2)?,
        _ => return None,
    };
    let day_first = real_date(year, second, first);
    let month_first = real_date(year, first, second);
    match (day_first, month_first) {
        (Some(date), Some(other)) if date != other => Some(LooseDate {
            date,
            note: Some(format!(
                "`{s}` is read day first, as {} {} {} (Indian order, DD/MM/YYYY); for {} {} write `{other}`",
                date.day,
                month_name(date),
                date.year,
                other.day,
                month_name(other)
            )),
        }),
        (Some(date), _) => Some(LooseDate { date, note: None }),
        (None, Some(date)) => Some(LooseDate {
            date,
            note: Some(format!(
                "`{s}` can only be month/day/year: {} {} {}",
                date.day,
                month_name(date),
                date.year
            )),
        }),
        (None, None) => None,
    }
}

/// `10`, `10:00`, `10:00:00`, `10.30`, `2:30pm`, `10:00+0530`, `10:00z` (lower-cased).
fn loose_time(s: &str, meridiem: Option<&str>) -> Option<LooseTime> {
    let (clock, offset) = match s.find(['+', '-', 'z']) {
        Some(i) => (&s[..i], Some(&s[i..])),
        None => (s, None),
    };
    let offset = match offset {
        None => None,
        Some("z") => Some("+00:00".to_string()),
        Some(o) => {
            let (sign, rest) = o.split_at(1);
            let (h, m) = match rest.split_once(':') {
                Some((h, m)) => (h, m),
                None if rest.len() == 4 => rest.split_at(2),
                None => (rest, "00"),
            };
            let (h, m) = (small_number(h, 2)?, small_number(m, 2)?);
            if h > 14 || m > 59 {
                return None;
            }
            Some(format!("{sign}{h:02}:{m:02}"))
        }
    };
    let sep = if meridiem.is_some() || !clock.contains(':') {
        clock.find([':', '.'])
    } else {
        clock.find(':')
    };
    let (hour, minute) = match sep {
        Some(i) => {
            let rest = &clock[i + 1..];
            // Seconds are dropped, as `parse_datetime` drops them.
            let minute = match rest.split_once(':') {
                Some((m, sec)) => {
                    small_number(sec, 2).filter(|&s| s <= 59)?;
                    m
                }
                None => rest,
            };
            if minute.len() != 2 {
                return None;
            }
            (small_number(&clock[..i], 2)?, small_number(minute, 2)?)
        }
        None => (small_number(clock, 2)?, 0),
    };
    if minute > 59 {
        return None;
    }
    let (hour, twelve_hour) = match meridiem {
        Some(m) => {
            if !(1..=12).contains(&hour) {
                return None;
            }
            let pm = m.starts_with('p');
            let h24 = match (hour, pm) {
                (12, false) => 0,
                (12, true) => 12,
                (h, false) => h,
                (h, true) => h + 12,
            };
            let written = format!("{hour}:{minute:02} {}", if pm { "pm" } else { "am" });
            (h24, Some(written))
        }
        None => (hour, None),
    };
    if hour > 24 || (hour == 24 && minute != 0) {
        return None;
    }
    Some(LooseTime {
        hour: hour as u8,
        minute: minute as u8,
        twelve_hour,
        offset,
    })
}

/// Splits a value as typed into its date and its time (either may be missing), or `None`
/// when it does not look like a date or a time at all.
fn loose(s: &str) -> Option<(Option<LooseDate>, Option<LooseTime>)> {
    let s = ascii_lower(s);
    let mut body = s.as_str();
    let mut meridiem = None;
    for m in ["a.m.", "p.m.", "a.m", "p.m", "am", "pm"] {
        if let Some(rest) = body.strip_suffix(m) {
            meridiem = Some(m);
            body = rest.trim_end();
            break;
        }
    }
    let parts: Vec<&str> = body
        .split(|c: char| c == 't' || c == ',' || c.is_whitespace())
        .filter(|p| !p.is_empty())
        .collect();
    match parts[..] {
        [one] => {
            let is_time = meridiem.is_some()
                || one.contains(':')
                || (one.len() <= 2 && one.bytes().all(|b| b.is_ascii_digit()));
            if is_time {
                Some((None, Some(loose_time(one, meridiem)?)))
            } else {
                Some((Some(loose_date(one)?), None))
            }
        }
        [date, time] => Some((Some(loose_date(date)?), Some(loose_time(time, meridiem)?))),
        _ => None,
    }
}

/// Help for a date-time field whose value `s` is not `YYYY-MM-DDTHH:MM`: the exact value to
/// write when it can be told, else `None`.
pub(crate) fn datetime_help(s: &str) -> Option<String> {
    let (date, time) = loose(s)?;
    let Some(time) = time else {
        let date = date?;
        return Some(format!(
            "a time is needed too: write `{}THH:MM` on the 24-hour clock, e.g. `{}T10:00`",
            date.date, date.date
        ));
    };
    let offset = time.offset.as_deref().unwrap_or("");
    let clock = format!("{:02}:{:02}", time.hour, time.minute);
    let Some(date) = date else {
        let how = match (&time.twelve_hour, time.hour) {
            (_, 24) => {
                "24:00 is midnight at the end of the day: write `T00:00` with the next day's date"
                    .to_string()
            }
            (Some(written), _) => format!(
                "times are on the 24-hour clock, without am/pm: {written} is `T{clock}`; write `YYYY-MM-DDT{clock}{offset}`"
            ),
            (None, _) => format!("write `YYYY-MM-DDT{clock}{offset}`"),
        };
        return Some(format!("a date is needed too: {how}"));
    };
    let mut notes = Vec::new();
    let exact = if time.hour == 24 {
        let next = civil_from_days(days_from_civil(date.date) + 1);
        notes.push(format!(
            "24:00 is midnight at the end of {}: `T00:00` of the next day",
            date.date
        ));
        format!("{next}T00:00{offset}")
    } else {
        format!("{}T{clock}{offset}", date.date)
    };
    if let Some(written) = &time.twelve_hour {
        notes.push(format!(
            "times are on the 24-hour clock, without am/pm: {written} is {clock}"
        ));
    }
    notes.extend(date.note);
    if notes.is_empty() {
        notes.push("write YYYY-MM-DDTHH:MM".into());
    }
    Some(format!("did you mean `{exact}`? {}", notes.join("; ")))
}

/// Help for a date field whose value `s` is not `YYYY-MM-DD`: the exact value to write when
/// it can be told, else `None`.
pub(crate) fn date_help(s: &str) -> Option<String> {
    let (date, time) = loose(s)?;
    let date = date?;
    let note = match (time, date.note) {
        (Some(_), _) => "this field is a date, without a time".to_string(),
        (None, Some(note)) => note,
        (None, None) => "write YYYY-MM-DD".to_string(),
    };
    Some(format!("did you mean `{}`? {note}", date.date))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dt(s: &str) -> String {
        parse_datetime(s).map(|d| d.to_string()).unwrap_or_default()
    }

    #[test]
    fn dates_are_strict_and_real() {
        assert_eq!(
            parse_date("2025-11-24"),
            Some(Date {
                year: 2025,
                month: 11,
                day: 24
            })
        );
        assert_eq!(parse_date("2024-02-29").map(|d| d.day), Some(29));
        for bad in [
            "2025-02-29",
            "2025-13-01",
            "2025-11-31",
            "2025-1-01",
            "25-11-24",
            "2025/11/24",
            "२०२५-११-२४",
            "",
        ] {
            assert_eq!(parse_date(bad), None, "{bad}");
        }
    }

    #[test]
    fn times_default_to_ist_and_convert_offsets() {
        assert_eq!(dt("2025-11-24T10:00"), "2025-11-24T10:00+05:30");
        assert_eq!(dt("2025-11-24 10:00"), "2025-11-24T10:00+05:30");
        assert_eq!(dt("2025-11-24 04:30+00:00"), "2025-11-24T10:00+05:30");
        assert_eq!(dt("2025-11-24T10:00:59"), "2025-11-24T10:00+05:30");
        assert_eq!(dt("2025-11-24T10:00+05:30"), "2025-11-24T10:00+05:30");
        assert_eq!(dt("2025-11-24T04:30+00:00"), "2025-11-24T10:00+05:30");
        assert_eq!(dt("2025-12-31T20:00-01:00"), "2026-01-01T02:30+05:30");
        assert_eq!(dt("2025-03-01T00:10+06:00"), "2025-02-28T23:40+05:30");
        for bad in [
            "2025-11-24",
            "2025-11-24  10:00",
            "2025-11-24t10:00",
            "2025-11-24T24:00",
            "2025-11-24T10:60",
            "2025-11-24T10:00Z",
            "2025-11-24T10:00+5:30",
            "2025-11-24T10:00:61",
            "2025-11-24T1000",
        ] {
            assert_eq!(parse_datetime(bad), None, "{bad}");
        }
    }

    #[test]
    fn minutes_order_moments() {
        let a = parse_datetime("2025-11-24T23:30").map(|d| d.minutes());
        let b = parse_datetime("2025-11-25T00:15").map(|d| d.minutes());
        assert_eq!(b.zip(a).map(|(b, a)| b - a), Some(45));
    }

    fn help_dt(s: &str) -> String {
        datetime_help(s).unwrap_or_default()
    }

    #[test]
    fn typed_date_times_get_the_exact_value() {
        let cases = [
            ("24/11/2025 10:00", "`2025-11-24T10:00`"),
            ("24-11-2025 10:00", "`2025-11-24T10:00`"),
            ("24.11.2025 10:00", "`2025-11-24T10:00`"),
            ("२४/११/२०२५ १०:००", "`2025-11-24T10:00`"),
            ("24/11/25 10:00", "`2025-11-24T10:00`"),
            ("2025/11/24 10:00", "`2025-11-24T10:00`"),
            ("2025-11-24T10", "`2025-11-24T10:00`"),
            ("2025-11-24 10:00 AM", "`2025-11-24T10:00`"),
            ("2025-11-24 2:30 pm", "`2025-11-24T14:30`"),
            ("24/11/2025, 2.30 p.m.", "`2025-11-24T14:30`"),
            ("2025-11-24 12:15 am", "`2025-11-24T00:15`"),
            ("2025-11-24T10:00Z", "`2025-11-24T10:00+00:00`"),
            ("2025-11-24T10:00+0530", "`2025-11-24T10:00+05:30`"),
            ("2025-11-24T24:00", "`2025-11-25T00:00`"),
            ("2025-12-31 24:00", "`2026-01-01T00:00`"),
            ("11/24/2025 10:00", "`2025-11-24T10:00`"),
        ];
        for (typed, exact) in cases {
            assert!(
                help_dt(typed).starts_with(&format!("did you mean {exact}?")),
                "{typed}: {}",
                help_dt(typed)
            );
        }
        assert!(help_dt("2025-11-24 2:30 pm").contains("2:30 pm is 14:30"));
        assert!(help_dt("11/24/2025 10:00").contains("month/day/year"));
        let ambiguous = help_dt("05/06/2025 10:00");
        assert!(
            ambiguous.starts_with("did you mean `2025-06-05T10:00`?")
                && ambiguous.contains("day first")
                && ambiguous.contains("`2025-05-06`"),
            "{ambiguous}"
        );
        assert!(help_dt("10:00 AM").starts_with("a date is needed too"));
        assert!(help_dt("2:30 pm").contains("`YYYY-MM-DDT14:30`"));
        assert!(help_dt("24:00").contains("next day"));
        assert!(help_dt("24-11-2025").starts_with("a time is needed too"));
        for hopeless in [
            "soon",
            "31/02/2025 10:00",
            "2025-11-24 13:00 pm",
            "10:75",
            "",
        ] {
            assert_eq!(datetime_help(hopeless), None, "{hopeless}");
        }
    }

    #[test]
    fn typed_dates_get_the_exact_value() {
        assert_eq!(
            date_help("24-11-2025").as_deref(),
            Some("did you mean `2025-11-24`? write YYYY-MM-DD")
        );
        assert!(date_help("24.11.2025").is_some_and(|h| h.contains("`2025-11-24`")));
        assert!(date_help("2025-11-24T10:00").is_some_and(|h| h.contains("without a time")));
        assert!(date_help("05/06/2025").is_some_and(|h| h.contains("day first")));
        assert_eq!(date_help("30/02/2025"), None);
    }
}
