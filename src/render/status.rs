//! The words of an update or a cancellation ([`crate::notice::Status`]) in the template
//! context: the revised notice's heading and the lines naming the notice it replaces and
//! what changed, and a cancellation's heading and sentence. A cancellation says what it
//! cancels with its kind's `<kind>-cancelled` message (`msg.cancelled`), which may use every
//! variable of the fields it keeps; a kind without one gets `notice-cancelled`, given the
//! kept fields by type: the first date, date-time or span as `$date`, the first list of
//! text as `$areas`. No kind is named here.

use fluent_bundle::{FluentArgs, FluentValue};
use tera::Context;

use super::view::Words;
use crate::error::RenderError;
use crate::kind::{FieldValue, Value};
use crate::l10n::Moment;
use crate::notice::Field;
use crate::notice::Status;

pub(super) use crate::kind::fluent::CANCEL_MESSAGES;

impl Words<'_> {
    /// `status`, and for an update or a cancellation `supersedes_line` and `change_line`;
    /// for an update also `revision`, its heading ("सुधारित सूचना", "सुधारित सूचना (मुदतवाढ)").
    pub(super) fn status(&self, ctx: &mut Context) -> Result<(), RenderError> {
        let status = self.notice.status();
        ctx.insert("status", status.key());
        let Some(s) = status.supersedes() else {
            for key in ["revision", "supersedes_line", "change_line"] {
                ctx.insert(key, &None::<String>);
            }
            return Ok(());
        };
        let mut args = FluentArgs::new();
        args.set("status", status.key());
        args.set("supersedes", s.id.as_str());
        ctx.insert("supersedes_line", &self.msg("supersedes-line", &args)?);
        let change = match &s.change {
            Some(c) => {
                let text = super::view::trim_sentence_end(self.text(c)?).to_string();
                let mut args = FluentArgs::new();
                args.set("status", status.key());
                args.set("change", text);
                Some(self.msg("change-line", &args)?)
            }
            None => None,
        };
        ctx.insert("change_line", &change);
        let revision = match status {
            Status::Update(s) => {
                let mut args = FluentArgs::new();
                args.set("revision", revision_key(s.revision));
                Some(self.msg("notice-revised", &args)?)
            }
            _ => None,
        };
        ctx.insert("revision", &revision);
        Ok(())
    }

    /// A cancellation's `title` ("सूचना रद्द") and `cancelled`, the sentence saying what is
    /// cancelled: the kind's `msg.cancelled`, else `notice-cancelled` from the kept `values`.
    pub(super) fn cancellation(
        &self,
        values: &[FieldValue],
        msg: &super::defined::Messages,
        ctx: &mut Context,
    ) -> Result<(), RenderError> {
        ctx.insert(
            "title",
            &self.msg("notice-cancelled-heading", &FluentArgs::new())?,
        );
        let sentence = match msg.get("cancelled").cloned().flatten() {
            Some(s) => s,
            None => self.generic_cancellation(values)?,
        };
        ctx.insert("cancelled", &sentence);
        Ok(())
    }

    /// `notice-cancelled`, for a kind without words of its own for a cancellation.
    fn generic_cancellation(&self, values: &[FieldValue]) -> Result<String, RenderError> {
        let mut args = FluentArgs::new();
        if let Some(s) = self.notice.status().supersedes() {
            args.set("supersedes", s.id.as_str());
        }
        let (date, areas) = kept(values);
        args.set("has-date", if date.is_some() { "yes" } else { "no" });
        if let Some(m) = date {
            args.set("date", FluentValue::Custom(Box::new(m)));
        }
        args.set("has-areas", if areas.is_some() { "yes" } else { "no" });
        if let Some(fs) = areas {
            let texts = self.texts(fs)?;
            args.set("areas", self.locale.formats().list_and(&texts));
        }
        self.msg("notice-cancelled", &args)
    }
}

/// The `$revision` of an update's heading and SMS: `postponed`, `extended`, or `none` for
/// an update that does not say how.
pub(super) fn revision_key(revision: Option<crate::notice::Revision>) -> &'static str {
    revision.map_or("none", crate::notice::Revision::key)
}

/// What a cancellation of a kind without words of its own for one says of the notice it
/// cancels, from the fields it keeps (`values`), by type: when (the first date, date-time or
/// span's start) and where (the first list of text). The text's `notice-cancelled` and the
/// SMS's `sms-notice-cancelled` both say these.
pub(super) fn kept(values: &[FieldValue]) -> (Option<Moment>, Option<&[Field]>) {
    let when = values.iter().find_map(|v| match &v.value {
        Value::Span(s) => Some(Moment::DateTime(s.start)),
        Value::DateTime(t) => Some(Moment::DateTime(*t)),
        Value::Date(d) => Some(Moment::Date(*d)),
        _ => None,
    });
    let areas = values.iter().find_map(|v| match &v.value {
        Value::Texts(fs) => Some(fs.as_slice()),
        _ => None,
    });
    (when, areas)
}
