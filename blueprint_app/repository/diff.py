"""What changed from one journey state to another, per stage, node, edge and field.

``as_json`` gives the command line's shape: for each of ``stages``, ``nodes``, ``edges``:
``added`` and ``removed`` (keys), ``changed`` (``{"id", "fields": {FIELD: [OLD, NEW]}}``, a
field absent on one side shown as null); two optional extensions: ``order`` ([old, new] key
lists when the order of the kept items changed) and ``journey`` (changed top-level fields:
name, resources...). ``apply`` rebuilds the new state from the old one and a ``Diff``.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .state import KINDS, LISTS, State

_ABSENT: Any = object()


@dataclass
class KindDiff:
    added: dict[str, dict] = field(default_factory=dict)      # key -> the new item
    removed: list[str] = field(default_factory=list)
    changed: dict[str, dict[str, tuple[Any, Any]]] = field(default_factory=dict)
    order: tuple[list[str], list[str]] | None = None          # (old, new) full key lists


@dataclass
class Diff:
    journey: dict[str, tuple[Any, Any]] = field(default_factory=dict)
    kinds: dict[str, KindDiff] = field(default_factory=dict)

    @property
    def empty(self) -> bool:
        return not self.journey and not any(
            k.added or k.removed or k.changed or k.order for k in self.kinds.values())


def _fields(old: dict, new: dict) -> dict[str, tuple[Any, Any]]:
    return {name: (old.get(name, _ABSENT), new.get(name, _ABSENT))
            for name in dict.fromkeys([*old, *new]) if old.get(name, _ABSENT) != new.get(name, _ABSENT)}


def diff(old: State, new: State) -> Diff:
    result = Diff(journey=_fields(old.top, new.top))
    for kind in KINDS:
        a, b = old.items(kind), new.items(kind)
        part = KindDiff(added={k: v for k, v in b.items() if k not in a},
                        removed=[k for k in a if k not in b])
        for key in a:
            if key in b and a[key] != b[key]:
                part.changed[key] = _fields(a[key], b[key])
        kept_old = [k for k in a if k in b]
        kept_new = [k for k in b if k in a]
        if kept_old != kept_new or list(b) != [k for k in _placed(a, b)]:
            part.order = (list(a), list(b))
        result.kinds[kind] = part
    return result


def _placed(a: dict, b: dict) -> list[str]:
    """Where ``apply`` would put things without an order hint: kept ones in old order,
    added ones at the end."""
    return [k for k in a if k in b] + [k for k in b if k not in a]


def apply(old: State, change: Diff) -> State:
    top = dict(old.top)
    for name, (_, value) in change.journey.items():
        if value is _ABSENT:
            top.pop(name, None)
        else:
            top[name] = value
    new = State(top={k: top[k] for k in [*old.top, *top] if k in top})
    for kind in KINDS:
        part = change.kinds.get(kind, KindDiff())
        items = {k: dict(v) for k, v in old.items(kind).items() if k not in part.removed}
        for key, fields in part.changed.items():
            for name, (_, value) in fields.items():
                if value is _ABSENT:
                    items[key].pop(name, None)
                else:
                    items[key][name] = value
        items.update(part.added)
        order = part.order[1] if part.order else list(items)
        new.items(kind).update({k: items[k] for k in order})
    return new


def _plain(value: Any) -> Any:
    return None if value is _ABSENT else value


def as_json(change: Diff) -> dict:
    out: dict[str, Any] = {}
    for kind in KINDS:
        part = change.kinds.get(kind, KindDiff())
        entry: dict[str, Any] = {
            "added": list(part.added), "removed": list(part.removed),
            "changed": [{"id": key, "fields": {n: [_plain(o), _plain(v)] for n, (o, v) in f.items()}}
                        for key, f in part.changed.items()]}
        if part.order:
            entry["order"] = [part.order[0], part.order[1]]
        out[LISTS[kind]] = entry
    if change.journey:
        out["journey"] = {n: [_plain(o), _plain(v)] for n, (o, v) in change.journey.items()}
    return out
