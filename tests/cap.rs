//! CAP alerts: see below.
