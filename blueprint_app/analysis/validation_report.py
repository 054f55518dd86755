"""The result types of blueprint validation: frozen findings and the report that holds them.

Kept apart from the checks so every check module can build findings without importing
``validation`` (which imports the checks).
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Any, Iterator


class Severity(str, Enum):
    ERROR = "error"      # the blueprint cannot be analysed as it stands (exit 1 on validate)
    WARNING = "warning"  # analysable, but a blueprint expert would object


@dataclass(frozen=True)
class Finding:
    """One problem. ``ids`` names the nodes concerned (stage ids for stage findings), in
    a meaningful order (cycle order for cycles, source then target for edges)."""

    code: str
    severity: Severity
    ids: tuple[str, ...]
    message: str
    hint: str

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "severity": self.severity.value, "ids": list(self.ids),
                "message": self.message, "hint": self.hint}


@dataclass(frozen=True)
class ValidationReport:
    findings: tuple[Finding, ...] = ()

    @property
    def errors(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity is Severity.ERROR)

    @property
    def warnings(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity is Severity.WARNING)

    @property
    def has_errors(self) -> bool:
        return any(f.severity is Severity.ERROR for f in self.findings)

    def for_node(self, node_id: str) -> tuple[Finding, ...]:
        """Findings naming ``node_id`` (a stage id works too, for stage findings)."""
        return tuple(f for f in self.findings if node_id in f.ids)

    def codes(self) -> list[str]:
        """The finding codes in report order (handy in tests and summaries)."""
        return [f.code for f in self.findings]

    def __iter__(self) -> Iterator[Finding]:
        return iter(self.findings)

    def __len__(self) -> int:
        return len(self.findings)

    def to_dict(self) -> dict[str, Any]:
        errors = len(self.errors)
        return {"findings": [f.to_dict() for f in self.findings],
                "errors": errors, "warnings": len(self.findings) - errors}
