//! Dates and times of notices: strict parsing of `YYYY-MM-DD` and `YYYY-MM-DDTHH:MM[:SS][±HH:MM]`,
//! and conversion to Indian Standard Time, in which every notice is printed.

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
/// the IST wall clock. Seconds are accepted and dropped: notices print minutes.
pub fn parse_datetime(s: &str) -> Option<DateTime> {
    let b = s.as_bytes();
    if b.len() < 16 || b[10] != b'T' || b[13] != b':' {
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
        assert_eq!(dt("2025-11-24T10:00:59"), "2025-11-24T10:00+05:30");
        assert_eq!(dt("2025-11-24T10:00+05:30"), "2025-11-24T10:00+05:30");
        assert_eq!(dt("2025-11-24T04:30+00:00"), "2025-11-24T10:00+05:30");
        assert_eq!(dt("2025-12-31T20:00-01:00"), "2026-01-01T02:30+05:30");
        assert_eq!(dt("2025-03-01T00:10+06:00"), "2025-02-28T23:40+05:30");
        for bad in [
            "2025-11-24",
            "2025-11-24 10:00",
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
}
