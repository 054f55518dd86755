"""Numbers as people read them (Qt-free, shared by the GUI, the CLI and the exports).

Probabilities become percentages with two or three significant digits (``5 %``,
``0.12 %``, ``37.5 %``); durations pick the unit that keeps the number small (``20 min``,
``1.5 h``, ``2 d``); signed changes carry their sign and unit. Unit words are parameters so
that a translated interface can pass its own (``分钟``, ``小时``, ``天``).
"""
from __future__ import annotations

import math

ENGLISH_DURATION_UNITS = ("min", "h", "d")


def significant(value: float, digits: int = 3) -> str:
    """``value`` with at most ``digits`` significant digits and no trailing zeros."""
    if value == 0 or not math.isfinite(value):
        return "0" if value == 0 else str(value)
    magnitude = math.floor(math.log10(abs(value)))
    decimals = max(0, digits - 1 - magnitude)
    text = f"{round(value, decimals):.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def percent(probability: float | None, digits: int = 3) -> str:
    """A probability 0..1 as a percentage: 0.05 -> ``5 %``, 0.001234 -> ``0.123 %``."""
    if probability is None:
        return "—"
    return f"{significant(probability * 100, digits)} %"


def percent_points(change: float | None, digits: int = 2) -> str:
    """A change of probability as signed percentage points: -0.699 -> ``−69.9 pp``."""
    if change is None:
        return "—"
    sign = "+" if change > 0 else ("−" if change < 0 else "±")
    return f"{sign}{significant(abs(change) * 100, digits)} pp"


def duration(hours: float | None, units: tuple[str, str, str] = ENGLISH_DURATION_UNITS) -> str:
    """Hours in the unit that reads best: under 1 h in minutes, under 2 days in hours, else
    days; two significant digits past the integer part at most (``1.5 h``, ``20 min``)."""
    if hours is None:
        return "—"
    minute, hour, day = units
    magnitude = abs(hours)
    if magnitude < 1:
        return f"{significant(hours * 60, 2 if magnitude * 60 < 10 else 3)} {minute}"
    if magnitude < 48:
        return f"{significant(hours, 3)} {hour}"
    return f"{significant(hours / 24, 3)} {day}"


def signed_duration(hours: float, units: tuple[str, str, str] = ENGLISH_DURATION_UNITS) -> str:
    """An overrun or slack with its sign: ``+20 min``, ``−1.5 h``."""
    sign = "+" if hours > 0 else ("−" if hours < 0 else "±")
    return sign + duration(abs(hours), units)


def join_names(names, separator: str = ", ") -> str:
    """A list of names for a sentence; Chinese passes ``、``."""
    return separator.join(str(n) for n in names)


def grouped(count: int | float) -> str:
    """A count with thin-space thousands, as printed: 4812 -> ``4 812``."""
    return f"{int(round(count)):,}".replace(",", "\u2009")


def amount(value: float | None) -> str:
    """An expected count (failed visits, incidents): whole numbers grouped, small ones with
    two or three significant digits (``0.054``, ``1.3``, ``4 812``)."""
    if value is None:
        return "—"
    if abs(value) >= 100:
        return grouped(value)
    return significant(value, 2 if abs(value) < 1 else 3)


def one_in(probability: float) -> int | None:
    """``N`` of "about 1 in N" (rounded to a figure people say: 1 in 25, 1 in 140), None
    when the probability is 0 or above a half (then a percentage reads better)."""
    if not 0 < probability <= 0.5:
        return None
    n = 1 / probability
    return int(round(n, 1 - math.floor(math.log10(n))))  # two significant digits


# fractions people say, as (value, key); ``plain_fraction`` picks one within 4 points
FRACTIONS = ((1 / 5, "fifth"), (1 / 4, "quarter"), (1 / 3, "third"), (1 / 2, "half"),
             (2 / 3, "two_thirds"), (3 / 4, "three_quarters"), (1.0, "all"))


def plain_fraction(share: float) -> str | None:
    """The key of a fraction people say ("third") when ``share`` is within 0.04 of it."""
    best = min(FRACTIONS, key=lambda f: abs(f[0] - share))
    return best[1] if abs(best[0] - share) <= 0.04 else None


def duration_of(value: float | None, unit: str | None,
                units: tuple[str, str, str] = ENGLISH_DURATION_UNITS) -> str:
    """A target or actual in its commitment's unit, readable: (48, "h") -> ``2 d``; a value
    in % or a count keeps its unit."""
    if value is None:
        return "—"
    hours = {"min": 1 / 60, "h": 1.0, "d": 24.0}.get(unit or "")
    if hours is not None:
        return duration(value * hours, units)
    if unit == "%":
        return f"{significant(value, 3)} %"
    return f"{significant(value, 3)}" + (f" {unit}" if unit and unit != "count" else "")
