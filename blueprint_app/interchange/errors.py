"""The one exception the interchange layer raises, and how problems are worded."""
from __future__ import annotations

from typing import Iterable

_MAX_LINES = 50  # str() of a huge problem list stays readable; .problems keeps them all


def format_path(path: Iterable[str | int]) -> str:
    """``("nodes", 3, "label")`` -> ``nodes[3].label``; the empty path is the top level."""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or "(top level)"


def problem(source: str, path: Iterable[str | int], reason: str) -> str:
    return f"{source}: {format_path(path)}: {reason}"


class InterchangeError(Exception):
    """A file or dict that cannot be imported (or a blueprint that cannot be exported).

    ``problems`` lists every problem found, each a line naming the file, the JSON path and
    the reason, e.g. ``plan.json: nodes[3].failure_probability: must be at most 1, not 1.5``.
    """

    def __init__(self, problems: list[str]):
        self.problems = list(problems)
        shown = self.problems[:_MAX_LINES]
        if len(self.problems) > _MAX_LINES:
            shown.append(f"... and {len(self.problems) - _MAX_LINES} more problem(s)")
        super().__init__("\n".join(shown))
