"""Problems found in a spreadsheet, each placed by sheet, row (as the spreadsheet numbers
it) and column (letter and header), all collected before anything is refused."""
from __future__ import annotations

from dataclasses import dataclass, field

from .errors import InterchangeError
from .spreadsheet_files import Table


def column_letter(index: int) -> str:
    from openpyxl.utils import get_column_letter
    return get_column_letter(index + 1)


@dataclass(frozen=True)
class Problem:
    source: str
    sheet: str | None
    row: int | None
    column: str | None
    reason: str

    def __str__(self) -> str:
        where = [f"sheet {self.sheet}"] if self.sheet else []
        if self.row is not None:
            where.append(f"row {self.row}")
        if self.column:
            where.append(f"column {self.column}")
        return f"{self.source}: {', '.join(where) + ': ' if where else ''}{self.reason}"


class SpreadsheetError(InterchangeError):
    """A spreadsheet refused whole; ``located`` keeps each Problem (for the import dialog)."""

    def __init__(self, problems: list[Problem]):
        self.located = list(problems)
        super().__init__([str(p) for p in problems])


@dataclass
class Problems:
    found: list[Problem] = field(default_factory=list)

    def add(self, table: Table, row: int | None, reason: str, column: int | None = None,
            header: str | None = None) -> None:
        where = None
        if column is not None:
            where = column_letter(column) + (f" ({header})" if header else "")
        elif header:
            where = header
        self.found.append(Problem(table.source, table.sheet, row, where, reason))

    def raise_if_any(self) -> None:
        if self.found:
            raise SpreadsheetError(self.found)

    def __bool__(self) -> bool:
        return bool(self.found)
