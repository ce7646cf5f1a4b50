//! Spreadsheets in, notices out (filled in below).
