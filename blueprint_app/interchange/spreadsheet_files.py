"""Reading the cells of a ``.xlsx`` workbook or a ``.csv`` file, within fixed bounds.

Bounds (refused with a message, never read further): a sheet may have at most
``MAX_ROWS`` rows counting from row 1 and ``MAX_COLUMNS`` columns; a CSV file at most
``MAX_CSV_BYTES``. Rows are numbered as the spreadsheet shows them (a CSV record that spans
several lines is one row). Formula cells come back as ``Formula`` so that the reader can
refuse them; merged ranges are listed per sheet (read-only openpyxl does not expose them, so
they are found in the sheet's XML, streamed).
"""
from __future__ import annotations

import csv
import io
import os
import re
import stat
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import InterchangeError

MAX_ROWS = 100_000
MAX_COLUMNS = 200
MAX_CSV_BYTES = 64 * 1024 * 1024
SPREADSHEET_SUFFIXES = (".xlsx", ".xlsm", ".csv")

_MERGE = re.compile(rb'<(?:\w+:)?mergeCell\s[^>]*ref="([A-Za-z]+[0-9]+(?::[A-Za-z]+[0-9]+)?)"')


@dataclass(frozen=True)
class Formula:
    """A cell holding a formula instead of a value."""

    text: str


@dataclass
class Table:
    """The non-empty rows of one sheet: ``rows`` is [(row number, [cell values])]."""

    source: str
    sheet: str | None          # None for a CSV file
    rows: list[tuple[int, list[Any]]]
    merged: list[str] = field(default_factory=list)
    encoding: str | None = None


def blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _refuse(source: str, reason: str) -> InterchangeError:
    return InterchangeError([f"{source}: {reason}"])


def _check_regular(path: Path, source: str) -> None:
    try:
        info = path.stat()
    except FileNotFoundError:
        raise _refuse(source, "no such file") from None
    except OSError as error:
        raise _refuse(source, f"cannot read: {error.strerror or error}") from None
    if not stat.S_ISREG(info.st_mode):
        raise _refuse(source, "is not a regular file")


class Book:
    """The sheets of one spreadsheet file. Use as a context manager."""

    def __init__(self, path: str | os.PathLike):
        self.path = Path(path)
        self.source = str(path)
        suffix = self.path.suffix.lower()
        if suffix not in SPREADSHEET_SUFFIXES:
            raise _refuse(self.source, f"not a spreadsheet ({suffix or 'no extension'}); "
                                       f"use {', '.join(SPREADSHEET_SUFFIXES)}")
        _check_regular(self.path, self.source)
        self.is_csv = suffix == ".csv"
        self._book = None
        if not self.is_csv:
            self._book = self._open_workbook()

    def _open_workbook(self):
        import openpyxl

        try:
            return openpyxl.load_workbook(self.path, read_only=True, data_only=False)
        except zipfile.BadZipFile:
            raise _refuse(self.source, "not an Excel workbook (.xlsx): the file is not a "
                                       "zip package") from None
        except Exception as error:  # noqa: BLE001 - any parser failure is bad input here
            raise _refuse(self.source, f"not a readable Excel workbook: {error}") from None

    def __enter__(self) -> "Book":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        if self._book is not None:
            self._book.close()
            self._book = None

    @property
    def sheet_names(self) -> list[str]:
        return [self.path.stem] if self.is_csv else list(self._book.sheetnames)

    def table(self, name: str | None = None) -> Table:
        if self.is_csv:
            return _csv_table(self.path, self.source)
        name = name or self._book.sheetnames[0]
        if name not in self._book.sheetnames:
            raise _refuse(self.source, f"no sheet named {name!r} (sheets: "
                                       f"{', '.join(self._book.sheetnames)})")
        try:
            return self._xlsx_table(name)
        except InterchangeError:
            raise
        except Exception as error:  # noqa: BLE001 - a damaged sheet is bad input
            raise _refuse(self.source, f"sheet {name}: cannot be read: {error}") from None

    def _xlsx_table(self, name: str) -> Table:
        sheet = self._book[name]
        where = f"{self.source}: sheet {name}"
        if (sheet.max_column or 0) > MAX_COLUMNS:
            raise InterchangeError([f"{where}: has {sheet.max_column} columns; at most "
                                    f"{MAX_COLUMNS} are read"])
        rows = []
        for number, cells in enumerate(sheet.iter_rows(min_row=1), 1):
            if number > MAX_ROWS:
                raise InterchangeError([f"{where}: has more than {MAX_ROWS:,} rows; split it "
                                        "into several files"])
            values = [Formula(str(c.value)) if c.data_type == "f" else c.value for c in cells]
            while values and blank(values[-1]):
                values.pop()
            if len(values) > MAX_COLUMNS:
                raise InterchangeError([f"{where}, row {number}: more than {MAX_COLUMNS} "
                                        "columns"])
            if values:
                rows.append((number, values))
        return Table(self.source, name, rows, self._merged_ranges(sheet))

    def _merged_ranges(self, sheet) -> list[str]:
        part = getattr(sheet, "_worksheet_path", None)
        if not part:
            return []
        found, tail = [], b""
        with zipfile.ZipFile(self.path) as archive, archive.open(part) as stream:
            while chunk := stream.read(1 << 20):
                data = tail + chunk
                found.extend(m.group(1).decode() for m in _MERGE.finditer(data))
                tail = data[-200:]  # a tag cut by the chunk edge; repeats are dropped below
        return list(dict.fromkeys(found))


def decode_text(raw: bytes, source: str) -> tuple[str, str]:
    """(text, encoding): UTF-8 with or without BOM, else GB18030 (what Chinese Excel writes)."""
    if b"\x00" in raw[:1 << 16]:
        raise _refuse(source, "not a text spreadsheet (it holds binary data); save it as CSV "
                              "or .xlsx")
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return raw.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise _refuse(source, "the text is neither UTF-8 nor GB18030; save it as CSV UTF-8")


def sniff_rows(text: str) -> list[list[str]]:
    """Records of a CSV text, delimiter sniffed (comma, semicolon, tab or bar)."""
    try:
        dialect = csv.Sniffer().sniff(text[:1 << 16], delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel
    return csv.reader(io.StringIO(text, newline=""), dialect)


def _csv_table(path: Path, source: str) -> Table:
    if path.stat().st_size > MAX_CSV_BYTES:
        raise _refuse(source, f"larger than {MAX_CSV_BYTES >> 20} MB; split it into several "
                              "files")
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise _refuse(source, f"cannot read: {error.strerror or error}") from None
    text, encoding = decode_text(raw, source)
    rows, number = [], 1
    try:
        for number, cells in enumerate(sniff_rows(text), 1):
            if number > MAX_ROWS:
                raise _refuse(source, f"has more than {MAX_ROWS:,} rows; split it into "
                                      "several files")
            if len(cells) > MAX_COLUMNS:
                raise _refuse(source, f"row {number}: more than {MAX_COLUMNS} columns")
            if any(not blank(c) for c in cells):
                rows.append((number, cells))
    except csv.Error as error:
        raise _refuse(source, f"row {number}: not valid CSV: {error}") from None
    return Table(source, None, rows, encoding=encoding)
