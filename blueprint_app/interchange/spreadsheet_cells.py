"""One cell to one field value: each function returns the value (None for an empty cell) or
raises CellProblem with a reason a person can act on."""
from __future__ import annotations

import datetime as dt
import json
import math
import re
from typing import Any

from ..model.units import DURATION_UNITS
from . import spreadsheet_headers as H
from .spreadsheet_files import Formula, blank

REFERENCE_SEPARATORS = re.compile(r"[;,、；，\n]")
_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")
_DURATION = re.compile(r"^\s*([+-]?[\d.]+(?:[eE][+-]?\d+)?)\s*([^\d\s].*?)\s*$")
_UNIT_WORDS = {"min": "min", "mins": "min", "minute": "min", "minutes": "min", "分钟": "min",
               "分": "min", "h": "h", "hr": "h", "hour": "h", "hours": "h", "小时": "h",
               "d": "d", "day": "d", "days": "d", "天": "d", "日": "d"}


class CellProblem(ValueError):
    """The cell cannot be read as the field it belongs to."""


def _plain(value: Any, what: str) -> Any:
    """Refuse what no field accepts: formulas, and dates outside date columns."""
    if isinstance(value, Formula):
        raise CellProblem(f"is a formula ({value.text}); type the value itself, or copy the "
                          "column and paste values only")
    if isinstance(value, (dt.date, dt.time, dt.timedelta)) and what != "date":
        shown = value.isoformat() if hasattr(value, "isoformat") else str(value)
        raise CellProblem(f"is a date or time ({shown}), not {what}; format the cells as "
                          "numbers or text")
    return value


def text(value: Any, what: str = "text") -> str | None:
    value = _plain(value, what)
    if blank(value):
        return None
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def identifier(value: Any) -> str | None:
    return text(value, "an id")


def _number_of(value: Any, what: str) -> int | float | None:
    value = _plain(value, what)
    if blank(value):
        return None
    if isinstance(value, bool):
        raise CellProblem(f"is {value}, not {what}")
    if isinstance(value, (int, float)):
        if not math.isfinite(value):
            raise CellProblem(f"must be a finite number, not {value}")
        return value
    raw = str(value).strip().replace("％", "%")
    percent = raw.endswith("%")
    raw = raw.rstrip("%").strip()
    if not _NUMBER.match(raw):
        raise CellProblem(f"{str(value).strip()!r} is not {what}")
    number = float(raw) if any(c in raw for c in ".eE") or percent else int(raw)
    return number / 100 if percent else number


def number(value: Any, what: str = "a number") -> int | float | None:
    """A number kept as given: ``4`` stays an int, ``4.5`` a float (percent text divides)."""
    return _number_of(value, what)


def probability(value: Any) -> float | None:
    p = _number_of(value, "a probability")
    if p is not None and not 0 <= p <= 1:
        raise CellProblem(f"must be a probability from 0 to 1 (or 0 % to 100 %), not {value}")
    return None if p is None else float(p)


def whole(value: Any, what: str = "a whole number") -> int | None:
    n = _number_of(value, what)
    if isinstance(n, float):
        if not n.is_integer():
            raise CellProblem(f"must be a whole number, not {n}")
        n = int(n)
    return n


def requires(value: Any) -> str | int | None:
    value = _plain(value, "'all', 'any' or a number")
    if blank(value):
        return None
    if isinstance(value, str) and H.REQUIRES_WORDS.get(value.strip().casefold()):
        return H.REQUIRES_WORDS[value.strip().casefold()]
    try:
        k = whole(value)
    except CellProblem:
        raise CellProblem(f"must be all, any or a whole number of supports, not "
                          f"{str(value).strip()!r}") from None
    if k is not None and k < 1:
        raise CellProblem(f"must be at least 1, not {k}")
    return k


def flag(value: Any) -> bool | None:
    value = _plain(value, "yes or no")
    if blank(value):
        return None
    if isinstance(value, bool):
        return value
    word = str(value).strip().casefold()
    if word in H.TRUE_WORDS:
        return True
    if word in H.FALSE_WORDS:
        return False
    raise CellProblem(f"must be yes or no (true/false, 是/否), not {str(value).strip()!r}")


def duration(value: Any) -> dict | None:
    value = _plain(value, "a duration")
    if blank(value):
        return None
    match = _DURATION.match(str(value))
    unit = _UNIT_WORDS.get(match.group(2).casefold()) if match else None
    if not match or unit is None or not _NUMBER.match(match.group(1)):
        raise CellProblem(f"must be a number and a unit ({', '.join(DURATION_UNITS)}), "
                          f"e.g. '3 h', not {str(value).strip()!r}")
    raw = match.group(1)
    amount = float(raw) if any(c in raw for c in ".eE") else int(raw)
    if amount < 0:
        raise CellProblem(f"must not be negative, not {raw}")
    return {"value": amount, "unit": unit}


def fmea(value: Any) -> dict | None:
    value = _plain(value, "FMEA scores")
    if blank(value):
        return None
    scores = re.findall(r"\d+", str(value))
    if len(scores) != 3 or not all(1 <= int(s) <= 10 for s in scores):
        raise CellProblem(f"must be three scores 1-10 as severity/occurrence/detection, e.g. "
                          f"'7/4/3', not {str(value).strip()!r}")
    return dict(zip(("severity", "occurrence", "detection"), map(int, scores)))


def date(value: Any) -> str | None:
    value = _plain(value, "date")
    if blank(value):
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    try:
        return dt.date.fromisoformat(str(value).strip()).isoformat()
    except ValueError:
        raise CellProblem(f"must be a date (YYYY-MM-DD), not {str(value).strip()!r}") from None


def lane(value: Any) -> str | None:
    word = text(value, "a lane")
    if word is None:
        return None
    found = H.lane_of(word)
    if found is None:
        raise CellProblem(f"unknown lane {word!r}; write one of: {H.lane_words()}")
    return found.value


def category(value: Any) -> str | None:
    word = text(value, "a category")
    if word is None:
        return None
    found = H.category_of(word)
    if found is None:
        raise CellProblem(f"unknown category {word!r}; write one of: {H.category_words()}")
    return found.value


def json_value(value: Any) -> Any:
    raw = text(value, "JSON")
    if raw is None:
        return None
    try:
        return json.loads(raw)
    except ValueError as error:
        raise CellProblem(f"is not valid JSON: {error}") from None


def json_object(value: Any) -> dict | None:
    data = json_value(value)
    if data is not None and not isinstance(data, dict):
        raise CellProblem("must be a JSON object {...}")
    return data


def references(value: Any) -> list[str]:
    """The names in a supports/next cell: the whole cell if it is one name, else the parts
    between ``;`` ``,`` ``、`` or line breaks."""
    raw = text(value, "step names")
    if raw is None:
        return []
    return [part.strip() for part in REFERENCE_SEPARATORS.split(raw) if part.strip()]
