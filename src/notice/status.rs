//! Whether a notice stands on its own, revises an earlier one or cancels it (`status`,
//! `supersedes` and `change`, fields every kind has), and the checks of the three together.

use crate::error::Position;

use super::Field;

/// What a notice does to the notice it follows up (notice-data v1, every kind).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Status {
    /// A notice of its own (`status: actual`, the default).
    #[default]
    Actual,
    /// A revised notice: a full notice of its kind that replaces the one it supersedes
    /// (`status: update`, or `postponed` / `extended`, which say how: [`Supersedes::revision`]).
    Update(Supersedes),
    /// Cancels the notice it supersedes (`status: cancel`); it holds only what a reader of
    /// the cancellation must know ([`crate::kind::Definition::in_cancel`]).
    Cancel(Supersedes),
}

/// The notice an update or cancellation points at, and what changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Supersedes {
    /// The id of the earlier notice.
    pub id: String,
    /// Where `supersedes` is written, when it came from a file.
    pub at: Option<Position>,
    /// What changed, or why the notice is cancelled (`change`), printed.
    pub change: Option<Field>,
    /// For an update that postpones or extends what the earlier notice announced
    /// (`status: postponed` or `status: extended`), which; `None` for any other update and
    /// for a cancellation. It heads the notice and its SMS ("सुधारित सूचना (मुदतवाढ)").
    pub revision: Option<Revision>,
}

/// How an update changes what the notice it replaces announced, when the data says so.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Revision {
    /// Moved later: the work, the meeting, the interruption (`status: postponed`).
    Postponed,
    /// Made longer: the interruption lasts longer, restoration comes later, the advisory
    /// holds longer (`status: extended`).
    Extended,
}

impl Revision {
    /// Every revision, in the order `suchana dlt` lists their cases.
    pub const ALL: [Revision; 2] = [Revision::Postponed, Revision::Extended];

    /// The value as the data writes it in `status`, also the Fluent selector value of
    /// `$revision`: `postponed`, `extended`.
    pub fn key(self) -> &'static str {
        match self {
            Revision::Postponed => "postponed",
            Revision::Extended => "extended",
        }
    }
}

impl Status {
    /// The value as the data writes it, also a Fluent selector value: `actual`, `update`,
    /// `cancel`.
    pub fn key(&self) -> &'static str {
        match self {
            Status::Actual => "actual",
            Status::Update(_) => "update",
            Status::Cancel(_) => "cancel",
        }
    }

    /// The notice this one updates or cancels; `None` for an actual notice.
    pub fn supersedes(&self) -> Option<&Supersedes> {
        match self {
            Status::Actual => None,
            Status::Update(s) | Status::Cancel(s) => Some(s),
        }
    }

    /// Whether this is a cancellation.
    pub fn is_cancel(&self) -> bool {
        matches!(self, Status::Cancel(_))
    }

    /// For an update that postpones or extends, which.
    pub fn revision(&self) -> Option<Revision> {
        match self {
            Status::Update(s) => s.revision,
            _ => None,
        }
    }
}

impl super::Notice {
    /// The cancellation of this notice, when it is an actual notice of a kind defined as
    /// data: the same issuer, `supersedes` its id, and only the fields a cancellation of its
    /// kind keeps ([`crate::kind::Definition::in_cancel`]), no contacts. What `suchana
    /// whatsapp-templates` takes the examples of a cancellation's variables from.
    pub fn cancellation(&self) -> Option<super::Notice> {
        let (super::Body::Defined(defined), Status::Actual) = (&self.body, &self.status) else {
            return None;
        };
        let kept = defined.definition.in_cancel();
        let mut body = defined.clone();
        body.values
            .retain(|v| kept.iter().any(|f| f.name == v.name));
        Some(super::Notice {
            id: format!("{}-cancel", self.id),
            contacts: Vec::new(),
            body: super::Body::Cancelled(body),
            status: Status::Cancel(Supersedes {
                id: self.id.clone(),
                at: None,
                change: None,
                revision: None,
            }),
            ..self.clone()
        })
    }
}

/// The status a document writes, before `supersedes` is checked against it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Written {
    Actual,
    /// An update, saying how when it postpones or extends.
    Update(Option<Revision>),
    Cancel,
}

impl Written {
    /// The status named `s`, as the data writes it.
    pub(crate) fn from_key(s: &str) -> Option<Written> {
        match s {
            "actual" => Some(Written::Actual),
            "update" => Some(Written::Update(None)),
            "postponed" => Some(Written::Update(Some(Revision::Postponed))),
            "extended" => Some(Written::Update(Some(Revision::Extended))),
            "cancel" => Some(Written::Cancel),
            _ => None,
        }
    }

    fn is_update(self) -> bool {
        matches!(self, Written::Update(_))
    }

    /// The value as written.
    fn key(self) -> &'static str {
        match self {
            Written::Actual => "actual",
            Written::Update(None) => "update",
            Written::Update(Some(r)) => r.key(),
            Written::Cancel => "cancel",
        }
    }
}

/// `status: postponed` on a notice of `kind` for which `condition` (its definition's
/// `postponable-if`) does not hold: said at `status`, the same from both readers.
pub(crate) fn not_postponable(
    kind: &str,
    condition: &crate::kind::Condition,
    at: Position,
) -> Problem {
    Problem {
        at: Some(at),
        path: "status",
        kind: crate::error::DataErrorKind::NotPostponable,
        message: format!(
            "`status: postponed` needs `{}: {}` in a notice of `{kind}`",
            condition.field,
            condition.equals.describe()
        ),
        help: "write `status: extended` if it now lasts longer, or `status: update`".into(),
    }
}

/// A problem with `status`, `supersedes` or `change`: where, the field path, the message and
/// what to write.
pub(crate) struct Problem {
    pub at: Option<Position>,
    pub path: &'static str,
    pub kind: crate::error::DataErrorKind,
    pub message: String,
    pub help: String,
}

/// Checks the three fields together and makes the status. `status_at`: where `status` is
/// written; `supersedes`: the id as written (already checked as an id) and where; `id`: the
/// notice's own id.
pub(crate) fn resolve(
    written: Option<(Written, Position)>,
    supersedes: Option<(String, Position)>,
    change: Option<Field>,
    id: &str,
) -> Result<Status, Problem> {
    use crate::error::DataErrorKind as K;
    let status = written.map(|(w, _)| w).unwrap_or(Written::Actual);
    match (status, supersedes) {
        (Written::Actual, None) => match change {
            None => Ok(Status::Actual),
            Some(c) => Err(Problem {
                at: c.at,
                path: "change",
                kind: K::UnusedChange,
                message: "`change` is printed only on an update or a cancellation".into(),
                help: "remove `change`, or add `status: update` or `status: cancel` and `supersedes: <id>`".into(),
            }),
        },
        (Written::Actual, Some((_, at))) => Err(Problem {
            at: Some(at),
            path: "supersedes",
            kind: K::SupersedesWithoutStatus,
            message: "`supersedes` is given, but the notice is not an update or a cancellation"
                .into(),
            help: "add `status: update` or `status: cancel`".into(),
        }),
        (w, None) => Err(Problem {
            at: written.map(|(_, at)| at),
            path: "supersedes",
            kind: K::MissingField,
            message: format!(
                "`status: {}` needs `supersedes`, the id of the notice it {}",
                w.key(),
                if w.is_update() { "revises" } else { "cancels" },
            ),
            help: "add `supersedes: <id>`, e.g. supersedes: wai-2025-11-24".into(),
        }),
        (w, Some((target, at))) if target == id => Err(Problem {
            at: Some(at),
            path: "supersedes",
            kind: K::SupersedesItself,
            message: format!("the notice `{id}` supersedes itself"),
            help: format!(
                "`supersedes` names the earlier notice; give this {} an id of its own: `id: {id}-{}`",
                if w.is_update() { "update" } else { "cancellation" },
                if w.is_update() { "r1" } else { "cancel" },
            ),
        }),
        (w, Some((target, at))) => {
            let revision = match w {
                Written::Update(r) => r,
                _ => None,
            };
            let s = Supersedes {
                id: target,
                at: Some(at),
                change,
                revision,
            };
            Ok(if w.is_update() {
                Status::Update(s)
            } else {
                Status::Cancel(s)
            })
        }
    }
}
