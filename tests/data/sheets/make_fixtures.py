#!/usr/bin/env python3
"""Writes the sheet fixtures of tests/sheets.rs: the same rows as CSV, XLSX (openpyxl) and
ODS (odfpy), dates as real date cells in the workbooks; a zip bomb named .xlsx; an ODS with
a million repeated empty columns; CSV in Windows-1252 and UTF-16. The tests read the files
committed beside this script and never run it: `pip install openpyxl odfpy` to write them
again, then `python3 tests/data/sheets/make_fixtures.py`."""
import datetime as dt
import io
import os
import zipfile

import openpyxl
from odf.opendocument import OpenDocumentSpreadsheet
from odf.table import Table, TableRow, TableCell
from odf.text import P

HERE = os.path.dirname(os.path.abspath(__file__))

HEADERS = ["kind", "issuer.org", "issuer.office.mr-IN", "issuer.office.hi-IN", "planned",
           "reason", "areas", "start", "end", "consumers", "contacts.1.label",
           "contacts.1.phone", "title", "venue", "organizer", "agenda.1", "agenda.2"]

def D(s):
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M")

GOOD = [
    ["outage", "महावितरण", "वाई उपविभाग", "वाई उपखंड", True, "maintenance",
     "वाई; पसरणी; भुईंज", D("2025-11-24 10:00"), D("2025-11-24 14:00"), 218000, "टोल-फ्री",
     "1912", None, None, None, None, None],
    None,  # an empty row, skipped
    ["outage", "महावितरण", "सातारा विभाग", "सातारा विभाग", False, "breakdown", "सातारा",
     D("2025-11-25 18:30"), None, None, None, None, None, None, None, None, None],
    ["meeting", "भिलाई इस्पात संयंत्र", None, None, None, None, None, D("2025-09-19 10:30"),
     D("2025-09-19 13:30"), None, None, None, "ग्राहक संमेलन", "इस्पात भवन",
     "विपणन विभाग", "स्वागत", "प्रश्नोत्तर"],
]

BAD_HEADERS = ["kind", "issuer.org", "planned", "reason", "areas", "start", "end", "aeras"]
BAD = [
    ["outage", "महावितरण", True, "maintenance", "वाई", D("2025-11-24 10:00"),
     D("2025-11-24 14:00"), None],
    ["outage", "महावितरण", True, "maintenance", "वाई", "24/11/2025 10:00",
     D("2025-11-24 14:00"), None],
    ["outage", "महावितरण", True, "maintainance", "वाई", D("2025-11-24 10:00"),
     D("2025-11-24 14:00"), None],
    None,
    ["outage", "महावितरण", True, "maintenance", "वाई", D("2025-11-24 10:00"),
     D("2025-11-24 14:00"), "पसरणी"],
    ["outage", "महावितरण", True, "maintenance", "वाई", D("2025-11-24 14:00"),
     D("2025-11-24 10:00"), None],
]


def csv_text(value):
    if value is None:
        return ""
    if value is True:
        return "TRUE"
    if value is False:
        return "FALSE"
    if isinstance(value, dt.datetime):
        # As `suchana example KIND --sheet FILE.csv` writes them.
        return value.strftime("%Y-%m-%dT%H:%M")
    return str(value)


def write_csv(name, headers, rows):
    import csv
    with open(os.path.join(HERE, name), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(headers)
        for row in rows:
            w.writerow([] if row is None else [csv_text(v) for v in row])


def write_xlsx(name, headers, rows, hidden_first=False):
    book = openpyxl.Workbook()
    sheet = book.active
    if hidden_first:
        sheet.title = "Old"
        sheet.append(["kind", "nonsense"])
        sheet.append(["outage", "this hidden sheet must not be read"])
        sheet.sheet_state = "hidden"
        sheet = book.create_sheet("Sheet1")
    else:
        sheet.title = "Sheet1"
    sheet.append(headers)
    for row in rows:
        sheet.append([] if row is None else row)
    for r in sheet.iter_rows(min_row=2):
        for cell in r:
            if isinstance(cell.value, dt.datetime):
                cell.number_format = "yyyy-mm-dd hh:mm"
            elif isinstance(cell.value, str):
                cell.number_format = "@"
    book.save(os.path.join(HERE, name))


def ods_cell(value):
    if value is None:
        return TableCell()
    if isinstance(value, bool):
        c = TableCell(valuetype="boolean", booleanvalue="true" if value else "false")
        c.addElement(P(text="TRUE" if value else "FALSE"))
        return c
    if isinstance(value, dt.datetime):
        c = TableCell(valuetype="date", datevalue=value.strftime("%Y-%m-%dT%H:%M:%S"))
        c.addElement(P(text=value.strftime("%Y-%m-%d %H:%M")))
        return c
    if isinstance(value, (int, float)):
        c = TableCell(valuetype="float", value=str(value))
        c.addElement(P(text=str(value)))
        return c
    c = TableCell(valuetype="string")
    c.addElement(P(text=str(value)))
    return c


def write_ods(name, headers, rows, repeated_empty_columns=0):
    doc = OpenDocumentSpreadsheet()
    table = Table(name="Sheet1")
    for row in [headers] + rows:
        tr = TableRow()
        for v in (row or []):
            tr.addElement(ods_cell(v))
        if repeated_empty_columns:
            tr.addElement(TableCell(numbercolumnsrepeated=str(repeated_empty_columns)))
        table.addElement(tr)
    doc.spreadsheet.addElement(table)
    doc.save(os.path.join(HERE, name))


def zip_bomb(name):
    """A zip named .xlsx whose sheet declares 640 MiB of zeros (640 KiB compressed)."""
    path = os.path.join(HERE, name)
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as f:
            block = b"\0" * (1 << 20)
            for _ in range(640):
                f.write(block)


write_csv("notices.csv", HEADERS, GOOD)
write_xlsx("notices.xlsx", HEADERS, GOOD)
write_ods("notices.ods", HEADERS, GOOD)
write_csv("bad.csv", BAD_HEADERS, BAD)
write_xlsx("bad.xlsx", BAD_HEADERS, BAD)
write_ods("bad.ods", BAD_HEADERS, BAD)
write_xlsx("hidden.xlsx", HEADERS, GOOD, hidden_first=True)
write_ods("wide.ods", HEADERS, GOOD, repeated_empty_columns=1_000_000)
zip_bomb("bomb.xlsx")
with open(os.path.join(HERE, "notices.csv"), encoding="utf-8") as f:
    text = f.read().replace("महावितरण", "MSEDCL – Wai").replace("टोल-फ्री", "Toll-free")
with open(os.path.join(HERE, "windows-1252.csv"), "wb") as f:
    f.write(text.encode("utf-8").decode("utf-8").encode("cp1252", errors="replace"))
with open(os.path.join(HERE, "utf16.csv"), "wb") as f:
    f.write("\ufeff".encode("utf-16-le") + open(os.path.join(HERE, "notices.csv"), encoding="utf-8").read().replace(",", "\t").encode("utf-16-le"))
