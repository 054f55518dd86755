"""A corpus of malformed inputs: JSON, CSV, xlsx, .blueprint, side files, links and special
files. Each case is made in a temporary folder and run through ``blueprint_app.cli.main``
in-process; every one must exit with its code (2: bad input), print a message naming the
file and the problem, show no traceback, and write no output file."""
from __future__ import annotations

import io
import json
import os
import sqlite3
import zipfile
from pathlib import Path
from typing import Callable

import pytest

from blueprint_app.cli import main
from blueprint_app.model import Blueprint
from blueprint_app.store import save_blueprint

GOOD = {"format": "touchpoint-blueprint", "version": 1, "name": "Corpus",
        "stages": [{"id": "s", "name": "Stage"}],
        "nodes": [{"id": "c", "lane": "customer", "label": "Customer", "stage": "s"},
                  {"id": "t", "lane": "frontstage", "label": "Touchpoint", "stage": "s"},
                  {"id": "b", "lane": "support", "label": "System", "stage": "s",
                   "failure_probability": 0.1}],
        "edges": [{"source": "c", "target": "t", "kind": "flow"},
                  {"source": "b", "target": "t", "kind": "support"}]}


def _good(**changes) -> dict:
    data = json.loads(json.dumps(GOOD))
    data.update(changes)
    return data


def _node(**fields) -> dict:
    return _good(nodes=GOOD["nodes"] + [{"id": "x", "lane": "support", "label": "X", **fields}])


# ----- JSON cases: (name, text or bytes, message fragment) -----------------------------------
def _deep(n: int) -> str:
    return "[" * n + "]" * n


JSON_CASES = [
    ("empty", b"", "not valid JSON"),
    ("nul", b"\x00\x00", "not valid JSON"),
    ("latin1", "{\"name\": \"caf\xe9\"}".encode("latin-1"), "not UTF-8"),
    ("utf16", json.dumps(GOOD).encode("utf-16"), "not UTF-8"),
    ("truncated", json.dumps(GOOD)[:40], "not valid JSON"),
    ("trailing", json.dumps(GOOD) + "}", "not valid JSON"),
    ("nan", json.dumps(GOOD)[:-1] + ', "x": NaN}', "NaN"),
    ("infinity", json.dumps(GOOD)[:-1] + ', "x": Infinity}', "Infinity"),
    ("1e400 top", json.dumps(GOOD)[:-1] + ', "x": 1e400}', "not a finite number"),
    ("-1e400 node", json.dumps(_node(extra_field=0)).replace('"extra_field": 0', '"extra_field": -1e400'),
     "not a finite number"),
    ("1e400 nested", json.dumps(GOOD)[:-1] + ', "x": {"y": [1, 2e999]}}', "x.y[1]"),
    ("huge int", json.dumps(GOOD)[:-1] + ', "x": ' + "9" * 5000 + "}", "not valid JSON"),
    ("deep 65", json.dumps(GOOD)[:-1] + ', "x": ' + _deep(65) + "}", "nested more than"),
    ("deep 900", _deep(900), "nested"),
    ("deep 2000", _deep(2000), "nested"),
    ("deep 100000", _deep(100_000), "nested"),
    ("deep objects", '{"a":' * 3000 + "1" + "}" * 3000, "nested"),
    ("deep in node", json.dumps(_node(extra=0)).replace('"extra": 0', '"extra": ' + _deep(500)),
     "nested"),
    ("array top", "[]", "must be"),
    ("string top", '"blueprint"', "must be"),
    ("number top", "42", "must be"),
    ("null top", "null", "must be"),
    ("wrong format", json.dumps(_good(format="other")), "format"),
    ("wrong version", json.dumps(_good(version=99)), "version"),
    ("no name", json.dumps({k: v for k, v in GOOD.items() if k != "name"}), "name"),
    ("name number", json.dumps(_good(name=5)), "name"),
    ("stages object", json.dumps(_good(stages={})), "stages"),
    ("nodes string", json.dumps(_good(nodes="x")), "nodes"),
    ("edges null", json.dumps(_good(edges=None)), "edges"),
    ("duplicate key", json.dumps(GOOD)[:-1] + ', "name": "again"}', "appears twice"),
    ("duplicate node", json.dumps(_good(nodes=GOOD["nodes"] + [GOOD["nodes"][0]])), "duplicate"),
    ("unknown lane", json.dumps(_node(lane="basement")), "lane"),
    ("empty label", json.dumps(_node(label="")), "label"),
    ("label number", json.dumps(_node(label=3)), "label"),
    ("probability 2", json.dumps(_node(failure_probability=2)), "failure_probability"),
    ("probability text", json.dumps(_node(failure_probability="high")), "failure_probability"),
    ("probability -1", json.dumps(_node(failure_probability=-1)), "failure_probability"),
    ("requires 0", json.dumps(_node(requires=0)), "requires"),
    ("requires text", json.dumps(_node(requires="most")), "requires"),
    ("unknown stage", json.dumps(_node(stage="nowhere")), "unknown stage"),
    ("unknown category", json.dumps(_node(category="magic")), "category"),
    ("x infinite", json.dumps(_node(x=0)).replace('"x": 0', '"x": 1e999'), "not a finite number"),
    ("reserved field", json.dumps(_node(__interchange__={})), "reserved"),
    ("edge unknown node", json.dumps(_good(edges=[{"source": "c", "target": "zz", "kind": "flow"}])),
     "unknown node"),
    ("self loop", json.dumps(_good(edges=[{"source": "c", "target": "c", "kind": "flow"}])),
     "itself"),
    ("edge kind", json.dumps(_good(edges=[{"source": "c", "target": "t", "kind": "magic"}])),
     "kind"),
    ("incident bad date", json.dumps(_good(incidents=[{"date": "2026-13-45", "touchpoint": "t",
                                                       "cause": "b", "count": 1,
                                                       "customers_affected": None,
                                                       "minutes_lost": None}])), "date"),
    ("incident count 2**64", json.dumps(_good(incidents=[{"date": "2026-01-01", "touchpoint": "t",
                                                          "cause": "b", "count": 2**64,
                                                          "customers_affected": None,
                                                          "minutes_lost": None}])), "count"),
    ("lone surrogate id", json.dumps(_good(stages=[{"id": "s", "name": "S"}, {"id": 3, "name": "x"}])),
     "stages[1]"),
    ("bom then garbage", b"\xef\xbb\xbf{oops", "not valid JSON"),
]


@pytest.mark.parametrize("name, content, fragment", JSON_CASES, ids=[c[0] for c in JSON_CASES])
def test_malformed_json(tmp_path, capsys, name, content, fragment):
    source = tmp_path / "in.json"
    source.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    for argv in (["import", str(source), str(tmp_path / "out.blueprint")],
                 ["export", str(source), str(tmp_path / "out.graphml")]):
        _refused(tmp_path, capsys, argv, source, fragment)


# ----- CSV incident logs -------------------------------------------------------------------
CSV_CASES = [
    ("empty", b"", "empty"),
    ("header only blank", b"\n\n\n", "empty"),
    ("missing columns", b"when,where\n2026-01-01,t\n", "missing column"),
    ("bad date", b"date,touchpoint,cause,count\nsoon,t,b,1\n", "bad date"),
    ("unknown touchpoint", b"date,touchpoint,cause,count\n2026-01-01,nowhere,b,1\n", "unknown"),
    ("not a touchpoint", b"date,touchpoint,cause,count\n2026-01-01,b,b,1\n", "not a touchpoint"),
    ("count 2**63", b"date,touchpoint,cause,count\n2026-01-01,t,b,9223372036854775808\n", "too large"),
    ("count 1e30", b"date,touchpoint,cause,count\n2026-01-01,t,b,1e30\n", "too large"),
    ("count inf", b"date,touchpoint,cause,count\n2026-01-01,t,b,inf\n", "finite"),
    ("count nan", b"date,touchpoint,cause,count\n2026-01-01,t,b,nan\n", "finite"),
    ("count negative", b"date,touchpoint,cause,count\n2026-01-01,t,b,-1\n", "negative"),
    ("count fraction", b"date,touchpoint,cause,count\n2026-01-01,t,b,1.5\n", "whole"),
    ("minutes text", b"date,touchpoint,cause,count,minutes_lost\n2026-01-01,t,b,1,lots\n", "not a number"),
    ("binary", bytes(range(256)) * 4, "nothing imported"),
    ("nul bytes", b"date,touchpoint\x00,cause\n", "NUL"),
    ("utf16", "date,touchpoint,cause\n".encode("utf-16"), "nothing imported"),
    ("unclosed quote", b'date,touchpoint,cause,count\n"2026-01-01,t,b,1\n', "nothing imported"),
    ("customers huge", b"date,touchpoint,cause,count,customers_affected\n2026-01-01,t,b,1,1e99\n",
     "too large"),
]


def _document(tmp_path: Path) -> Path:
    from blueprint_app.interchange.json_format import blueprint_from_dict
    doc = tmp_path / "doc.blueprint"
    save_blueprint(blueprint_from_dict(GOOD), doc)
    return doc


@pytest.mark.parametrize("name, content, fragment", CSV_CASES, ids=[c[0] for c in CSV_CASES])
def test_malformed_incident_csv(tmp_path, capsys, name, content, fragment):
    doc = _document(tmp_path)
    log = tmp_path / "log.csv"
    log.write_bytes(content)
    before = doc.read_bytes()
    _refused(tmp_path, capsys, ["incidents", "import", str(doc), str(log)], log, fragment,
             keep={doc.name, log.name})
    assert doc.read_bytes() == before


# ----- xlsx ------------------------------------------------------------------------------------
_CONTENT_TYPES = ('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/'
                  '2006/content-types"></Types>')


def _zip(entries: dict[str, bytes | str], compression=zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _workbook() -> dict[str, bytes]:
    import openpyxl
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["date", "touchpoint", "cause", "count"])
    sheet.append(["2026-01-01", "t", "b", 1])
    buffer = io.BytesIO()
    book.save(buffer)
    with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as archive:
        return {n: archive.read(n) for n in archive.namelist()}


def _with(name: str, data: bytes | str) -> bytes:
    entries = _workbook()
    entries[name] = data
    return _zip(entries)


def _without(prefix: str) -> bytes:
    return _zip({n: d for n, d in _workbook().items() if not n.startswith(prefix)})


_LAUGHS = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
           '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
           '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
           '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
           '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol3;</t></is></c></row>'
           '</sheetData></worksheet>')
_EXTERNAL = ('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY ext SYSTEM "file:///etc/passwd">]>'
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
             '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&ext;</t></is></c></row>'
             '</sheetData></worksheet>')
_MANY_ROWS = ('<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/'
              'spreadsheetml/2006/main"><sheetData>'
              + "".join(f'<row r="{i}"><c r="A{i}"><v>1</v></c></row>' for i in range(1, 200_003))
              + "</sheetData></worksheet>")

XLSX_CASES = [
    ("not a zip", lambda: b"PK\x03\x04 this is not really a zip", "not a zip"),
    ("text file", lambda: b"date,touchpoint\n", "not a zip"),
    ("empty", lambda: b"", "not a zip"),
    ("empty zip", lambda: _zip({}), "Content_Types"),
    ("no content types", lambda: _without("[Content_Types]"), "Content_Types"),
    ("no workbook", lambda: _without("xl/workbook.xml"), "Excel"),
    ("no sheets", lambda: _with("xl/workbook.xml",
                                '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/'
                                'spreadsheetml/2006/main"><sheets/></workbook>'), "no sheet"),
    ("malformed sheet xml", lambda: _with("xl/worksheets/sheet1.xml", "<worksheet><sheetData><row>"),
     "ParseError"),
    ("malformed workbook xml", lambda: _with("xl/workbook.xml", "<workbook><<"), "Excel"),
    ("billion laughs", lambda: _with("xl/worksheets/sheet1.xml", _LAUGHS), "entities"),
    ("external entity", lambda: _with("xl/worksheets/sheet1.xml", _EXTERNAL), "entities"),
    ("zip bomb", lambda: _with("xl/worksheets/sheet1.xml", b" " * (40 * 1024 * 1024)), "zip bomb"),
    ("too many rows", lambda: _with("xl/worksheets/sheet1.xml", _MANY_ROWS), "more than"),
]


@pytest.mark.parametrize("name, make, fragment", [c for c in XLSX_CASES if c[2]],
                         ids=[c[0] for c in XLSX_CASES if c[2]])
def test_malformed_xlsx(tmp_path, capsys, name, make, fragment):
    doc = _document(tmp_path)
    log = tmp_path / "log.xlsx"
    log.write_bytes(make())
    _refused(tmp_path, capsys, ["incidents", "import", str(doc), str(log)], log, fragment,
             keep={doc.name, log.name})


# ----- .blueprint files ----------------------------------------------------------------------
def _sql(statement: str) -> Callable[[Path], None]:
    def damage(path: Path) -> None:
        conn = sqlite3.connect(path)
        conn.execute(statement)
        conn.commit()
        conn.close()
    return damage


def _bytes(edit: Callable[[bytearray], None]) -> Callable[[Path], None]:
    def damage(path: Path) -> None:
        data = bytearray(path.read_bytes())
        edit(data)
        path.write_bytes(bytes(data))
    return damage


def _set(offset: int, value: bytes):
    def edit(data: bytearray) -> None:
        data[offset:offset + len(value)] = value
    return edit


def _side(suffix: str, content: bytes) -> Callable[[Path], None]:
    def damage(path: Path) -> None:
        Path(f"{path}{suffix}").write_bytes(content)
    return damage


def _deep_json(n: int) -> str:
    return '{"a":' + "[" * n + "]" * n + "}"


BLUEPRINT_CASES = [
    ("empty", lambda p: p.write_bytes(b""), "empty"),
    ("json inside", lambda p: p.write_text(json.dumps(GOOD)), "looks like JSON"),
    ("png inside", lambda p: p.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 200), "PNG"),
    ("truncated header", lambda p: p.write_bytes(p.read_bytes()[:50]), "truncated"),
    ("truncated half", lambda p: p.write_bytes(p.read_bytes()[: len(p.read_bytes()) // 2]), "truncated"),
    ("other app id", _bytes(_set(68, b"\x00\x00\x00\x07")), "another application"),
    ("no app id", _bytes(_set(68, b"\x00\x00\x00\x00")), "without an application id"),
    ("newer schema", _bytes(_set(60, b"\x00\x00\x00\x63")), "newer version"),
    ("negative schema", _bytes(_set(60, b"\xff\xff\xff\xff")), "unknown schema version"),
    ("bit flip page type", _bytes(lambda d: d.__setitem__(100, d[100] ^ 0x01)), "damaged"),
    ("zeroed page 2", _bytes(lambda d: d.__setitem__(slice(4096, 8192), bytes(4096))), "damaged"),
    ("text in seq", _sql("UPDATE nodes SET seq='first'"), "'seq'"),
    ("blob in edge seq", _sql("UPDATE edges SET seq=x'01'"), "'seq'"),
    ("text in fail_point", _sql("UPDATE nodes SET fail_point='yes'"), "'fail_point'"),
    ("text in incidents.count", _sql("INSERT INTO incidents (seq, date, touchpoint, count) VALUES "
                                     "(0, '2026-01-01', 't', 'many')"), "'count'"),
    ("undecodable label", _sql("UPDATE nodes SET label=CAST(x'ff41' AS TEXT) WHERE id='c'"), "not UTF-8"),
    ("undecodable name", _sql("UPDATE blueprint SET name=CAST(x'c3' AS TEXT)"), "not UTF-8"),
    ("undecodable stage", _sql("UPDATE stages SET name=CAST(x'80' AS TEXT)"), "not UTF-8"),
    ("deep extra", _sql(f"UPDATE nodes SET extra='{_deep_json(3000)}' WHERE id='c'"), "nested"),
    ("deep properties", _sql(f"UPDATE blueprint SET properties='{_deep_json(900)}'"), "nested"),
    ("inf in extra", _sql("UPDATE nodes SET extra='{\"a\": 1e999}' WHERE id='c'"), "finite"),
    ("extra not object", _sql("UPDATE nodes SET extra='[1]' WHERE id='c'"), "JSON object"),
    ("extra not json", _sql("UPDATE nodes SET extra='{oops' WHERE id='c'"), "not valid JSON"),
    ("missing table", _sql("DROP TABLE edges"), "missing"),
    ("no header row", _sql("DELETE FROM blueprint"), "exactly one row"),
    ("bad lane", _sql("UPDATE nodes SET lane='cellar' WHERE id='c'"), "lane"),
    ("probability 7", _sql("UPDATE nodes SET failure_probability=7 WHERE id='b'"), "failure_probability"),
    ("edge to nowhere", _sql("UPDATE edges SET target='ghost'"), "unknown node"),
    ("garbage wal", _side("-wal", b"\x37\x7f\x06\x82" + b"\xaa" * 5000), None),
    ("garbage journal", _side("-journal", b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7" + b"\x55" * 3000), None),
]


@pytest.mark.parametrize("name, damage, fragment", BLUEPRINT_CASES, ids=[c[0] for c in BLUEPRINT_CASES])
def test_malformed_blueprint(tmp_path, capsys, name, damage, fragment):
    doc = _document(tmp_path)
    damage(doc)
    if fragment is None:
        # junk beside a good document: read as the document alone (SQLite ignores it) or
        # refused; never a crash, and never a new file beside it
        before = sorted(p.name for p in tmp_path.iterdir())
        code = main(["export", str(doc), str(tmp_path / "out.json")])
        err = capsys.readouterr().err
        assert code in (0, 2) and "Traceback" not in err
        assert sorted(p.name for p in tmp_path.iterdir() if p.name != "out.json") == before
        return
    before = doc.read_bytes()
    _refused(tmp_path, capsys, ["export", str(doc), str(tmp_path / "out.json")], doc, fragment,
             keep={p.name for p in tmp_path.iterdir()})
    assert doc.read_bytes() == before


# ----- links and special files ---------------------------------------------------------------
def test_fifo_input_is_refused_without_hanging(tmp_path, capsys):
    for suffix, argv in ((".json", ["import", "{}", str(tmp_path / "o.blueprint")]),
                         (".blueprint", ["export", "{}", str(tmp_path / "o.json")]),
                         (".csv", None), (".xlsx", None)):
        fifo = tmp_path / f"pipe{suffix}"
        os.mkfifo(fifo)
        if argv is None:
            doc = _document(tmp_path)
            argv = ["incidents", "import", str(doc), str(fifo)]
        else:
            argv = [a.replace("{}", str(fifo)) for a in argv]
        _refused(tmp_path, capsys, argv, fifo, "named pipe",
                 keep={p.name for p in tmp_path.iterdir()})


def test_device_and_folder_inputs_are_refused(tmp_path, capsys):
    _refused(tmp_path, capsys, ["validate", "/dev/null"], Path("/dev/null"), "unknown input type")
    folder = tmp_path / "dir.json"
    folder.mkdir()
    _refused(tmp_path, capsys, ["validate", str(folder)], folder, "folder", keep={"dir.json"})
    link = tmp_path / "zero.json"
    link.symlink_to("/dev/zero")
    _refused(tmp_path, capsys, ["validate", str(link)], link, "character device",
             keep={"dir.json", "zero.json"})
    dangling = tmp_path / "gone.blueprint"
    dangling.symlink_to(tmp_path / "nothing-here.blueprint")
    _refused(tmp_path, capsys, ["validate", str(dangling)], dangling, "no such file",
             keep={"dir.json", "zero.json", "gone.blueprint"})


def test_read_only_target_is_refused_by_import(tmp_path, capsys):
    source = tmp_path / "in.json"
    source.write_text(json.dumps(GOOD), encoding="utf-8")
    doc = _document(tmp_path)
    doc.chmod(0o444)
    before = doc.read_bytes()
    _refused(tmp_path, capsys, ["import", str(source), str(doc)], doc, "read-only",
             keep={"in.json", doc.name})
    assert doc.read_bytes() == before


def test_export_with_a_lone_surrogate_and_control_characters(tmp_path, capsys):
    """Every output parses as XML and the PDF is written (these used to be ill-formed or
    a UnicodeEncodeError)."""
    import xml.etree.ElementTree as ET
    data = _good(name="Bad \ud800 name\x01")
    data["nodes"][1]["label"] = "tp \udfff\x0b\x1f <img src=/etc/passwd>"
    source = tmp_path / "in.json"
    source.write_text(json.dumps(data), encoding="utf-8")
    for suffix in (".graphml", ".svg", ".pdf"):
        out = tmp_path / f"out{suffix}"
        assert main(["export", str(source), str(out)]) == 0, capsys.readouterr().err
        if suffix != ".pdf":
            ET.parse(out)
        else:
            assert out.read_bytes().startswith(b"%PDF")


def _refused(tmp_path: Path, capsys, argv: list[str], named: Path, fragment: str,
             keep: set[str] | None = None) -> None:
    code = main(argv)
    err = capsys.readouterr().err
    assert code == 2, (code, err)
    assert "Traceback" not in err
    assert str(named) in err or named.name in err, err
    assert fragment.lower() in err.lower(), err
    leftovers = {p.name for p in tmp_path.iterdir()} - (keep or {named.name})
    assert not leftovers, leftovers
