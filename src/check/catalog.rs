//! What the code requests of a run's `.ftl` files, as a value: the built-in messages of the
//! static [`catalog`](crate::l10n::catalog), plus the messages of each kind a pack defines
//! (every `<kind>-…` message any language has, each given every variable that
//! [`kind::fluent::variables`](crate::kind::fluent::variables) lists for the kind). The checks
//! read only this, so built-in and pack kinds go through one code path.

use std::collections::{BTreeMap, BTreeSet};

use crate::kind::Definition;
use crate::kind::fluent::{is_message_of, sms_variables, variables};
use crate::l10n::catalog as fixed;

/// What a variable can be, as far as selectors care.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Var {
    /// The values it takes, when it is a selector with a known value set.
    pub values: Option<Vec<String>>,
    /// Whether it is a number (a selector on it is a plural selector).
    pub numeric: bool,
}

impl Var {
    /// A variable of the built-in messages, as the static catalog describes it.
    pub fn builtin(name: &str) -> Var {
        Var {
            values: fixed::values(name).map(|v| v.iter().map(|s| s.to_string()).collect()),
            numeric: fixed::NUMERIC_VARS.contains(&name),
        }
    }

    /// `self` widened by `other`: a message reached from two requests may get either.
    pub fn merge(&mut self, other: &Var) {
        self.numeric |= other.numeric;
        self.values = match (self.values.take(), &other.values) {
            (Some(mut mine), Some(theirs)) => {
                for v in theirs {
                    if !mine.contains(v) {
                        mine.push(v.clone());
                    }
                }
                Some(mine)
            }
            _ => None,
        };
    }
}

/// One message the code requests.
#[derive(Clone, Debug, Default)]
pub(crate) struct Request {
    /// Every variable it may get.
    pub vars: BTreeMap<String, Var>,
    /// Whether the notices depend on it: a built-in message the renderer asks for by id, or
    /// a pack kind's message its templates use (or its title; every message, for a kind with
    /// no template). A language that lacks it is an error, and a message none of these
    /// reaches is unused. A pack kind's other messages are helpers the renderer only hands
    /// on, so a language may do without.
    pub required: bool,
}

/// A kind a pack defines, as its templates see it.
#[derive(Clone, Debug)]
pub(crate) struct PackKind {
    /// The kind's name, also its messages' and templates' prefix.
    pub kind: String,
    /// The keys of `data.…` in its templates: each field's name and document keys.
    pub data: BTreeSet<String>,
    /// The names its messages reach templates by (`label_zones` for `<kind>-label-zones`).
    pub msg: BTreeSet<String>,
}

/// What the code requests: messages with their variables, and the kinds packs add.
#[derive(Clone, Debug, Default)]
pub(crate) struct Catalog {
    messages: BTreeMap<String, Request>,
    /// The kinds packs define.
    pub kinds: Vec<PackKind>,
    /// Kinds whose definition could not be read: what their messages get is unknown.
    unread: Vec<String>,
}

impl Catalog {
    /// The built-in messages, from the static catalog.
    pub fn builtin() -> Catalog {
        let messages = fixed::MESSAGES
            .iter()
            .map(|spec| {
                let vars = spec
                    .vars
                    .iter()
                    .map(|v| (v.to_string(), Var::builtin(v)))
                    .collect();
                let request = Request {
                    vars,
                    required: true,
                };
                (spec.id.to_string(), request)
            })
            .collect();
        Catalog {
            messages,
            kinds: Vec::new(),
            unread: Vec::new(),
        }
    }

    /// Adds the kind of `definition`: its messages are those of `ids` (every message any
    /// language defines) named `<kind>-…`; those its templates use as `msg.…` (`used`) are
    /// required, or all of them when it has no template to say. Those its SMS template uses
    /// (`sms`) also get the SMS variables ([`sms_variables`]).
    pub fn add_kind<'a>(
        &mut self,
        definition: &Definition,
        ids: impl IntoIterator<Item = &'a str>,
        used: Option<&BTreeSet<String>>,
        sms: Option<&BTreeSet<String>>,
    ) {
        let kind = definition.kind.as_str();
        let vars = described(variables(definition));
        let sms_vars = described(sms_variables(definition));
        let mut msg = BTreeSet::new();
        for id in ids.into_iter().filter(|id| is_message_of(id, kind)) {
            let short = short_name(id, kind);
            let required = short == "title"
                || crate::kind::fluent::CANCEL_MESSAGES.contains(&short.as_str())
                || used.is_none_or(|u| u.contains(&short));
            let in_sms = sms.is_some_and(|u| u.contains(&short));
            msg.insert(short);
            let request = self.messages.entry(id.to_string()).or_default();
            request.required |= required;
            let given = vars.iter().chain(sms_vars.iter().filter(|_| in_sms));
            for (name, var) in given {
                match request.vars.get_mut(name) {
                    Some(v) => v.merge(var),
                    None => {
                        request.vars.insert(name.clone(), var.clone());
                    }
                }
            }
        }
        let data = definition
            .fields
            .iter()
            .filter(|f| !f.common)
            .flat_map(|f| {
                std::iter::once(f.name.clone())
                    .chain(f.document_keys().into_iter().map(String::from))
            })
            .collect();
        self.kinds.push(PackKind {
            kind: kind.to_string(),
            data,
            msg,
        });
    }

    /// Adds a kind whose definition has mistakes (reported on their own): its messages are
    /// not checked against the code, rather than each reported as unused.
    pub fn add_unread_kind(&mut self, kind: &str) {
        self.unread.push(kind.to_string());
    }

    /// Whether message `id` belongs to a kind whose definition could not be read (and is not
    /// one the code requests: a pack that redefines `outage` leaves the built-in one checked).
    pub fn is_unread(&self, id: &str) -> bool {
        !self.messages.contains_key(id) && self.unread.iter().any(|kind| is_message_of(id, kind))
    }

    /// The request for message `id`, if the code requests it.
    pub fn message(&self, id: &str) -> Option<&Request> {
        self.messages.get(id)
    }

    /// Every message the code requests, by id.
    pub fn messages(&self) -> impl Iterator<Item = (&str, &Request)> {
        self.messages.iter().map(|(id, r)| (id.as_str(), r))
    }
}

/// `vars` as the checks see them, by name.
fn described(vars: Vec<crate::kind::fluent::Variable>) -> BTreeMap<String, Var> {
    vars.into_iter()
        .map(|v| {
            let values = match (v.values, v.choices) {
                (_, Some(choices)) => Some(choices),
                (Some(values), None) => Some(values.iter().map(|s| s.to_string()).collect()),
                (None, None) => None,
            };
            let var = Var {
                values,
                numeric: v.numeric,
            };
            (v.name, var)
        })
        .collect()
}

/// How message `id` of `kind` reaches the templates: `water-supply-label-zones` → `label_zones`
/// (as the renderer names it, `render/defined.rs`).
pub(crate) fn short_name(id: &str, kind: &str) -> String {
    id.get(kind.len() + 1..)
        .unwrap_or_default()
        .replace('-', "_")
}
