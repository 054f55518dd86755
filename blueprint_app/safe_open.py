"""Opening files the user gives us without hanging, exploding or following surprises.

Every reader of user files (documents, JSON, CSV and Excel logs, step lists) opens them here:
- only regular files are read: a FIFO, device or socket is refused before anything blocks
  (the file is opened non-blocking, then checked with ``fstat``, so it cannot be swapped
  between the check and the read);
- text and CSV files have a size bound;
- an ``.xlsx`` is checked before openpyxl parses it: a real zip, no entry larger than the
  bounds allow (declared uncompressed size and compression ratio, which catches zip bombs),
  XML parsed through defusedxml (no DTD entities, so no billion laughs and no external
  entities), at least one sheet, and a bounded number of rows.

Errors are :class:`UnsafeInputError` (a ``ValueError``) whose message says what is wrong
without the file name; callers put the file (and row) in front. Qt-free; imports only the
standard library, openpyxl and defusedxml.
"""
from __future__ import annotations

import csv
import io
import os
import stat
import zipfile
from pathlib import Path
from typing import Any, Callable, Iterator

# Bounds, generous for real work and small enough to answer within seconds.
MAX_TEXT_BYTES = 256 * 1024 * 1024          # a JSON or CSV file
MAX_XLSX_UNCOMPRESSED = 256 * 1024 * 1024   # all entries of a workbook together
MAX_XLSX_RATIO = 100                        # uncompressed / compressed, per large entry
RATIO_CHECK_FROM = 4 * 1024 * 1024          # entries smaller than this are never bombs
MAX_ROWS = 200_000                          # rows of one sheet or CSV file

_KINDS = ((stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISCHR, "a character device"),
          (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"),
          (stat.S_ISDIR, "a folder"))


class UnsafeInputError(ValueError):
    """The input was refused before (or while) reading it; the message names the reason."""


def describe_kind(mode: int) -> str:
    for test, name in _KINDS:
        if test(mode):
            return name
    return "not a regular file"


def check_regular(path: str | os.PathLike) -> os.stat_result:
    """``stat`` of a regular file (following links); UnsafeInputError for anything else.
    FileNotFoundError passes through."""
    info = os.stat(path)
    if not stat.S_ISREG(info.st_mode):
        raise UnsafeInputError(f"is {describe_kind(info.st_mode)}, not a regular file")
    return info


def open_regular(path: str | os.PathLike) -> io.BufferedReader:
    """Open a regular file for binary reading without ever blocking on a FIFO or device."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise UnsafeInputError(f"is {describe_kind(mode)}, not a regular file")
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_bytes(path: str | os.PathLike, limit: int = MAX_TEXT_BYTES) -> bytes:
    """The whole content of a regular file of at most ``limit`` bytes."""
    with open_regular(path) as handle:
        size = os.fstat(handle.fileno()).st_size
        if size > limit:
            raise UnsafeInputError(f"is too large ({size:,} bytes; at most {limit:,} are read)")
        data = handle.read(size + 1)
        if len(data) > size:  # grew while we read: read the rest, up to the limit
            data += handle.read(limit + 1 - len(data))
    if len(data) > limit:
        raise UnsafeInputError(f"is too large (more than {limit:,} bytes)")
    return data


# ----- CSV ------------------------------------------------------------------------------------
def decode_table_text(raw: bytes) -> str:
    """UTF-8 (with or without BOM), else GB18030 (what Chinese Excel writes)."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as utf8_error:
        try:
            return raw.decode("gb18030")
        except UnicodeDecodeError:
            line = raw.count(b"\n", 0, utf8_error.start) + 1
            raise UnsafeInputError(f"line {line}: neither UTF-8 nor GB18030 text "
                                   f"(byte 0x{raw[utf8_error.start]:02x})") from None


def csv_rows(path: str | os.PathLike, *, max_rows: int = MAX_ROWS,
             progress: Callable[[int], None] | None = None) -> list[tuple[int, list[Any]]]:
    """[(line number, cells)] of a CSV file; delimiter sniffed among , ; and tab."""
    text = decode_table_text(read_bytes(path))
    if "\x00" in text:
        raise UnsafeInputError("holds NUL characters: not a CSV text file")
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text), dialect)
    rows = []
    try:
        for row in reader:
            rows.append((reader.line_num, row))
            _count(len(rows), max_rows, progress)
    except csv.Error as exc:
        raise UnsafeInputError(f"line {reader.line_num}: not valid CSV ({exc})") from None
    return rows


def _count(done: int, max_rows: int, progress: Callable[[int], None] | None) -> None:
    if done > max_rows:
        raise UnsafeInputError(f"has more than {max_rows:,} rows; split it into smaller files")
    if progress is not None and done % 200 == 0:
        progress(done)


# ----- Excel ----------------------------------------------------------------------------------
def check_xlsx_container(handle: io.BufferedReader) -> None:
    """Refuse what is not a plausible workbook before openpyxl reads any of it."""
    try:
        archive = zipfile.ZipFile(handle)
    except (zipfile.BadZipFile, OSError, ValueError):
        raise UnsafeInputError("is not an Excel .xlsx file (not a zip archive)") from None
    # ZipFile does not own ``handle`` (it was given a file object), so it is left open.
    total = 0
    for entry in archive.infolist():
        total += entry.file_size
        if (entry.file_size > RATIO_CHECK_FROM
                and entry.file_size > MAX_XLSX_RATIO * max(entry.compress_size, 1)):
            raise UnsafeInputError(f"looks like a zip bomb: {entry.filename} unpacks from "
                                   f"{entry.compress_size:,} to {entry.file_size:,} bytes")
    if total > MAX_XLSX_UNCOMPRESSED:
        raise UnsafeInputError(f"is too large: it unpacks to {total:,} bytes (at most "
                               f"{MAX_XLSX_UNCOMPRESSED:,})")
    if "[Content_Types].xml" not in archive.namelist():
        raise UnsafeInputError("is not an Excel .xlsx file (no [Content_Types].xml)")


def open_workbook(path: str | os.PathLike):
    """A read-only openpyxl workbook of a checked file (close it when done)."""
    import openpyxl
    from openpyxl.xml import DEFUSEDXML

    if not DEFUSEDXML:  # pragma: no cover - defusedxml is a dependency
        raise UnsafeInputError("cannot read Excel files safely: defusedxml is missing")
    handle = open_regular(path)
    try:
        check_xlsx_container(handle)
        handle.seek(0)
        return openpyxl.load_workbook(handle, read_only=True, data_only=True)
    except UnsafeInputError:
        handle.close()
        raise
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many kinds on bad files
        handle.close()
        raise UnsafeInputError(f"is not a readable Excel .xlsx file ({_xml_reason(exc)})") from None


_ENTITY_ERRORS = ("EntitiesForbidden", "DTDForbidden", "ExternalReferenceForbidden")


def _xml_reason(exc: BaseException) -> str:
    cause: BaseException | None = exc
    while cause is not None:  # openpyxl wraps the parser's error in its own
        if type(cause).__name__ in _ENTITY_ERRORS:
            return "it declares XML entities, which are refused (entity bombs, external files)"
        if type(cause).__name__ == "ParseError":
            return f"ParseError: {cause}"
        cause = cause.__cause__ or cause.__context__
    name = type(exc).__name__
    return f"{name}: {str(exc).splitlines()[0]}" if str(exc) else name


def sheet_names(book) -> list[str]:
    return list(book.sheetnames)


def xlsx_rows(path: str | os.PathLike, sheet: str | None = None, *, max_rows: int = MAX_ROWS,
              progress: Callable[[int], None] | None = None
              ) -> tuple[str, list[tuple[int, list[Any]]]]:
    """(sheet name, [(row number, cells)]) of one sheet (the first when ``sheet`` is None)."""
    book = open_workbook(path)
    try:
        names = sheet_names(book)
        if not names:
            raise UnsafeInputError("holds no sheet")
        if sheet is None:
            sheet = names[0]
        elif sheet not in names:
            raise UnsafeInputError(f"has no sheet {sheet!r} (sheets: {', '.join(names)})")
        return sheet, list(_sheet_rows(book[sheet], max_rows, progress))
    except UnsafeInputError:
        raise
    except Exception as exc:  # noqa: BLE001 - damaged XML inside a valid zip, etc.
        raise UnsafeInputError(f"sheet {sheet!r} cannot be read ({_xml_reason(exc)})") from None
    finally:
        book.close()


def _sheet_rows(worksheet, max_rows: int, progress) -> Iterator[tuple[int, list[Any]]]:
    for number, row in enumerate(worksheet.iter_rows(values_only=True), start=1):
        _count(number, max_rows, progress)
        yield number, list(row)


def table_rows(path: str | os.PathLike, sheet: str | None = None, *, max_rows: int = MAX_ROWS,
               progress: Callable[[int], None] | None = None) -> list[tuple[int, list[Any]]]:
    """Rows of a ``.csv`` or ``.xlsx`` by extension (the first sheet unless named)."""
    suffix = Path(path).suffix.lower()
    if suffix == ".csv":
        if sheet is not None:
            raise UnsafeInputError("is a CSV file: it has no sheets")
        return csv_rows(path, max_rows=max_rows, progress=progress)
    if suffix == ".xlsx":
        return xlsx_rows(path, sheet, max_rows=max_rows, progress=progress)[1]
    raise UnsafeInputError(f"has an unknown table type {suffix or '(none)'}; expected .csv or .xlsx")
