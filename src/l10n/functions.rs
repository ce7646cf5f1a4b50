//! The Fluent functions NUMBER, DATE, WEEKDAY, TIME and DAYPERIOD, backed by ICU4X.
//!
//! Fluent gives a function no way to report an error, so a failing function returns a marked
//! string that [`failure`] finds and [`super::Locale::message`] turns into an error.

use std::borrow::Cow;
use std::sync::Arc;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::types::FluentType;
use fluent_bundle::{FluentArgs, FluentError, FluentResource, FluentValue};

use super::formats::LocaleFormats;
use crate::lang::manifest::DayPeriods;
use crate::notice::{Date, DateTime};

/// A date, or a date and time, passed to Fluent for DATE, TIME and DAYPERIOD.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Moment {
    /// A calendar date.
    Date(Date),
    /// A date and time in IST.
    DateTime(DateTime),
}

impl FluentType for Moment {
    fn duplicate(&self) -> Box<dyn FluentType + Send> {
        Box::new(*self)
    }

    // Printed bare (`{ $start }` without DATE or TIME) it shows as ISO text, which
    // `suchana check` can point out; the functions are the way to print it.
    fn as_string(&self, _: &intl_memoizer::IntlLangMemoizer) -> Cow<'static, str> {
        self.iso().into()
    }

    fn as_string_threadsafe(
        &self,
        _: &intl_memoizer::concurrent::IntlLangMemoizer,
    ) -> Cow<'static, str> {
        self.iso().into()
    }
}

impl Moment {
    fn iso(&self) -> String {
        match self {
            Moment::Date(d) => d.to_string(),
            Moment::DateTime(t) => t.to_string(),
        }
    }
}

const MARK: char = '\u{FFFF}';

fn failed(function: &str, problem: &str) -> FluentValue<'static> {
    FluentValue::String(format!("{MARK}{function}: {problem}{MARK}").into())
}

/// The problem a failed function reported inside `text`, if any.
pub(crate) fn failure(text: &str) -> Option<&str> {
    let start = text.find(MARK)? + MARK.len_utf8();
    let rest = &text[start..];
    Some(rest.find(MARK).map_or(rest, |end| &rest[..end]))
}

fn moment<'a>(args: &'a [FluentValue<'_>]) -> Option<&'a Moment> {
    match args.first() {
        Some(FluentValue::Custom(c)) => c.as_any().downcast_ref::<Moment>(),
        _ => None,
    }
}

fn named<'a>(named: &'a FluentArgs<'_>, key: &'a str) -> Option<&'a str> {
    match named.get(key) {
        Some(FluentValue::String(s)) => Some(s),
        _ => None,
    }
}

/// The date that `function` (DATE or WEEKDAY) prints for its first argument and options, or
/// the failure to print instead. With the option `night: "previous-day"` a moment in the
/// small hours (00:00–03:59) gives the day before, whose night it ends
/// ([`DateTime::day_said`]).
fn date_of(
    function: &str,
    args: &[FluentValue<'_>],
    opts: &FluentArgs<'_>,
) -> Result<Date, FluentValue<'static>> {
    let Some(m) = moment(args) else {
        return Err(failed(function, "expects a date variable such as $start"));
    };
    let day_before = match named(opts, "night") {
        None | Some("same-day") => false,
        Some("previous-day") => true,
        Some(_) => {
            return Err(failed(
                function,
                "night must be \"previous-day\" or \"same-day\"",
            ));
        }
    };
    Ok(match *m {
        Moment::Date(d) => d,
        Moment::DateTime(t) if day_before => t.day_said(),
        Moment::DateTime(t) => t.date,
    })
}

/// Adds NUMBER, DATE, WEEKDAY, TIME and DAYPERIOD to `bundle`, formatting with `formats` and
/// naming the parts of the day by `day_periods`.
pub(crate) fn register(
    bundle: &mut FluentBundle<FluentResource>,
    formats: &Arc<LocaleFormats>,
    day_periods: DayPeriods,
) -> Result<(), FluentError> {
    let f = formats.clone();
    bundle.add_function("NUMBER", move |args, _| match args.first() {
        Some(FluentValue::Number(n))
            if n.value >= 0.0 && n.value.fract() == 0.0 && n.value < 1e15 =>
        {
            FluentValue::String(f.number(n.value as u64).into())
        }
        _ => failed("NUMBER", "expects a whole number of zero or more"),
    })?;

    let f = formats.clone();
    bundle.add_function("DATE", move |args, opts| {
        let d = match date_of("DATE", args, opts) {
            Ok(d) => d,
            Err(failure) => return failure,
        };
        let result = match (named(opts, "weekday"), named(opts, "year")) {
            (None | Some("long"), None | Some("numeric")) => {
                f.date_with_weekday(d.year, d.month, d.day)
            }
            (Some("none"), None | Some("numeric")) => f.date(d.year, d.month, d.day),
            (Some("none"), Some("none")) => f.day_month(d.year, d.month, d.day),
            (None | Some("long"), Some("none")) => {
                return failed("DATE", "year: \"none\" needs weekday: \"none\" too");
            }
            (Some(_), _) => return failed("DATE", "weekday must be \"long\" or \"none\""),
            (_, Some(_)) => return failed("DATE", "year must be \"numeric\" or \"none\""),
        };
        match result {
            Ok(s) => FluentValue::String(s.into()),
            Err(e) => failed("DATE", &e.to_string()),
        }
    })?;

    let f = formats.clone();
    bundle.add_function("WEEKDAY", move |args, opts| {
        let d = match date_of("WEEKDAY", args, opts) {
            Ok(d) => d,
            Err(failure) => return failure,
        };
        match f.weekday(d.year, d.month, d.day) {
            Ok(s) => FluentValue::String(s.into()),
            Err(e) => failed("WEEKDAY", &e.to_string()),
        }
    })?;

    let f = formats.clone();
    bundle.add_function("TIME", move |args, opts| match moment(args) {
        Some(Moment::DateTime(t)) => match match named(opts, "period") {
            None | Some("none") => f.time_12h(t.hour, t.minute),
            Some("am-pm") => f.time_12h_ampm(t.hour, t.minute),
            Some(_) => return failed("TIME", "period must be \"am-pm\" or \"none\""),
        } {
            Ok(s) => FluentValue::String(s.into()),
            Err(e) => failed("TIME", &e.to_string()),
        },
        _ => failed("TIME", "expects a date-and-time variable such as $start"),
    })?;

    bundle.add_function("DAYPERIOD", move |args, _| match moment(args) {
        Some(Moment::DateTime(t)) => FluentValue::String(day_periods.at(t.hour, t.minute).into()),
        _ => failed(
            "DAYPERIOD",
            "expects a date-and-time variable such as $start",
        ),
    })?;
    Ok(())
}
