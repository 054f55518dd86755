"""Three-way merge of journey states, per item and per field.

For every item (the journey's top-level fields count as one item, kind ``journey``):
- changed on one side only: that side's version;
- changed on both sides the same way: that version;
- changed on both sides differently: merged field by field; a field with two different new
  values is a conflict;
- edited on one side and deleted on the other: a conflict (the whole item).
Order (of stages, nodes, edges) never conflicts: the side that reordered the items both
sides kept wins, and items added on the other side go after their predecessor there.
"""
from __future__ import annotations

from typing import Any

from .errors import DELETED, Conflict
from .state import KINDS, State

_MISSING: Any = {"__missing__": True}  # a field absent on one side


def _merge_fields(kind: str, key: str, label: str, base: dict, ours: dict, theirs: dict,
                  conflicts: list[Conflict]) -> dict:
    merged: dict[str, Any] = {}
    names = list(dict.fromkeys([*theirs, *ours, *base]))
    for name in names:
        b, o, t = base.get(name, _MISSING), ours.get(name, _MISSING), theirs.get(name, _MISSING)
        if o == t or o == b:
            value = t
        elif t == b:
            value = o
        else:
            conflicts.append(Conflict(kind, key, label, name, o, t))
            value = t
        if value is not _MISSING:
            merged[name] = value
    # keep the field order of the side whose layout we started from
    return {k: merged[k] for k in names if k in merged}


def _merge_item(kind: str, key: str, label: str, base: dict | None, ours: dict | None,
                theirs: dict | None, conflicts: list[Conflict]) -> dict | None:
    if ours == theirs or ours == base:
        return theirs
    if theirs == base:
        return ours
    if ours is None or theirs is None:  # edited on one side, deleted on the other
        conflicts.append(Conflict(kind, key, label, None,
                                  DELETED if ours is None else ours,
                                  DELETED if theirs is None else theirs))
        return theirs
    return _merge_fields(kind, key, label, base or {}, ours, theirs, conflicts)


def merge_order(base: list[str], ours: list[str], theirs: list[str], keep: set[str]) -> list[str]:
    def reordered(side: list[str]) -> bool:
        in_side = set(side)
        in_base = set(base)
        return [k for k in base if k in in_side] != [k for k in side if k in in_base]

    primary, secondary = (ours, theirs) if reordered(ours) and not reordered(theirs) \
        else (theirs, ours)
    result = [k for k in primary if k in keep]
    placed = set(result)
    for i, key in enumerate(secondary):
        if key in keep and key not in placed:
            before = next((k for k in reversed(secondary[:i]) if k in placed), None)
            result.insert(0 if before is None else result.index(before) + 1, key)
            placed.add(key)
    result += [k for k in ours if k in keep and k not in placed]
    return result


def merge3(base: State, ours: State, theirs: State) -> tuple[State, list[Conflict]]:
    """The merged state and the conflicts (if any, the state is not to be used)."""
    conflicts: list[Conflict] = []
    name = str(theirs.top.get("name") or ours.top.get("name") or "")
    top = _merge_item("journey", "", name, base.top, ours.top, theirs.top, conflicts) or {}
    merged = State(top=dict(top))
    for kind in KINDS:
        b, o, t = base.items(kind), ours.items(kind), theirs.items(kind)
        values: dict[str, dict] = {}
        for key in dict.fromkeys([*t, *o, *b]):
            label = next(s.label(kind, key) for s in (base, theirs, ours) if key in s.items(kind))
            value = _merge_item(kind, key, label, b.get(key), o.get(key), t.get(key), conflicts)
            if value is not None:
                values[key] = value
        for key in merge_order(list(b), list(o), list(t), set(values)):
            merged.items(kind)[key] = values[key]
    return merged, conflicts


def resolve(merged: State, conflicts: list[Conflict], choices: dict[int, str]) -> State:
    """Apply a person's choice per conflict (index -> "ours" | "theirs") to a merged state
    (which holds the head's side for every conflict)."""
    for index, conflict in enumerate(conflicts):
        if choices.get(index, "theirs") != "ours":
            continue
        value = conflict.ours
        if conflict.kind == "journey":
            target = merged.top
            if value is _MISSING:
                target.pop(conflict.field, None)
            else:
                target[conflict.field] = value
            continue
        items = merged.items(conflict.kind)
        if conflict.field is None:
            if value is DELETED:
                items.pop(conflict.key, None)
            else:
                items[conflict.key] = value
        elif conflict.key in items:
            if value is _MISSING:
                items[conflict.key].pop(conflict.field, None)
            else:
                items[conflict.key][conflict.field] = value
    return merged
