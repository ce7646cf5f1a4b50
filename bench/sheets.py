#!/usr/bin/env python3
"""Converts the outage notices of ../shared/bench/gen_outages.py to a sheet, one notice a
row, for the sheet benchmark in BENCHMARKS.md:

    python3 bench/sheets.py outages.yaml outages.csv     # CSV, UTF-8
    python3 bench/sheets.py outages.yaml outages.xlsx    # XLSX (openpyxl, write-only)

Needs PyYAML (and openpyxl for XLSX). Texts that differ by language become two columns
(`issuer.office.mr-IN`, `issuer.office.hi-IN`); areas become `areas.mr-IN` and `areas.hi-IN`,
items separated by `;` (or `areas` alone when every item is one text), so that the sheet
renders byte-identically to the YAML."""
import csv
import sys

import yaml

LANGS = ("mr-IN", "hi-IN")
HEADERS = (["kind", "id", "issuer.org", "issuer.office"] + [f"issuer.office.{l}" for l in LANGS]
           + ["planned", "reason", "details", "areas"] + [f"areas.{l}" for l in LANGS]
           + ["start", "end", "consumers"]
           + [f"contacts.{n}.{p}" for n in (1, 2) for p in ("label.mr-IN", "label.hi-IN", "phone")])


def lang(text, l):
    if text is None:
        return None
    return text.get(l) if isinstance(text, dict) else str(text)


def moment(v):
    return None if v is None else str(v).replace(" ", "T")[:16]


def row(doc):
    out = {"kind": doc["kind"], "id": doc.get("id"), "issuer.org": doc["issuer"]["org"],
           "planned": "TRUE" if doc["planned"] else "FALSE", "reason": doc["reason"],
           "details": lang(doc.get("details"), "mr-IN"), "start": moment(doc["start"]),
           "end": moment(doc.get("end")), "consumers": doc.get("consumers")}
    # One column when the YAML has one text, two when it has one per language.
    office = doc["issuer"].get("office")
    if isinstance(office, dict):
        for l in LANGS:
            out[f"issuer.office.{l}"] = lang(office, l)
    else:
        out["issuer.office"] = office
    if any(isinstance(a, dict) for a in doc["areas"]):
        for l in LANGS:
            out[f"areas.{l}"] = "; ".join(lang(a, l).replace(";", "\\;") for a in doc["areas"])
    else:
        out["areas"] = "; ".join(a.replace(";", "\\;") for a in doc["areas"])
    for n, c in enumerate(doc.get("contacts") or [], 1):
        for l in LANGS:
            out[f"contacts.{n}.label.{l}"] = lang(c.get("label"), l)
        out[f"contacts.{n}.phone"] = c["phone"]
    return [out.get(h) for h in HEADERS]


def main():
    src, dst = sys.argv[1], sys.argv[2]
    # Dates stay text: the YAML 1.1 timestamp resolver is left out.
    class Loader(yaml.SafeLoader):
        pass
    Loader.yaml_implicit_resolvers = {
        k: [r for r in v if r[0] != "tag:yaml.org,2002:timestamp"]
        for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()}
    docs = (d for d in yaml.load_all(open(src, encoding="utf-8"), Loader=Loader) if d)
    if dst.endswith(".csv"):
        with open(dst, "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(HEADERS)
            for d in docs:
                w.writerow(["" if v is None else v for v in row(d)])
    else:
        import openpyxl
        book = openpyxl.Workbook(write_only=True)
        sheet = book.create_sheet("Sheet1")
        sheet.append(HEADERS)
        for d in docs:
            sheet.append(row(d))
        book.save(dst)


main()
