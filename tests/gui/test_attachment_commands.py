"""Undo/redo round trips of the commitment, perception and execution commands."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from blueprint_app.commands.attachment_commands import (
    AddCommitmentCommand, AddExecutionsCommand, AddPerceptionCommand, RemoveCommitmentCommand,
    RemovePerceptionCommand, UpdateCommitmentCommand, UpdatePerceptionCommand)
from blueprint_app.interchange.json_format import read_json
from blueprint_app.model import ModelError
from blueprint_app.model.commitments import make_commitment, make_execution, make_perception

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "online-order-delivery.json"


@pytest.fixture
def bp():
    return read_json(EXAMPLE)


def round_trip(bp, command):
    before = bp.snapshot()
    command.redo()
    after = bp.snapshot()
    assert not after.same_content(before)
    command.undo()
    assert bp.same_content(before)
    command.redo()
    assert bp.same_content(after)


def test_add_update_remove_commitment(bp):
    tp = next(c for c in bp.commitments() if c.level == 1)
    new = make_commitment(id="c-new", node="b-entry", level=2, name="Checked", metric="duration",
                          target=1, unit="h", direction="at_most", parent=tp.id)
    round_trip(bp, AddCommitmentCommand(bp, new))
    round_trip(bp, UpdateCommitmentCommand(bp, "c-new", {"target": 3.0, "owner": "Ops"}))
    round_trip(bp, RemoveCommitmentCommand(bp, "c-new"))


def test_removing_a_commitment_with_children_is_refused(bp):
    parent = next(c for c in bp.commitments() if bp.children_of(c.id))
    with pytest.raises(ModelError):
        RemoveCommitmentCommand(bp, parent.id).redo()


def test_add_update_remove_perception(bp):
    point = make_perception(id="p-new", node="t-parcel", name="Arrives when promised",
                            importance=5, current=3, expected=5, competitor=4)
    round_trip(bp, AddPerceptionCommand(bp, point))
    round_trip(bp, UpdatePerceptionCommand(bp, "p-new", {"current": 4.5}))
    round_trip(bp, RemovePerceptionCommand(bp, "p-new"))


def test_unchanged_update_is_obsolete(bp):
    c = next(bp.commitments())
    assert UpdateCommitmentCommand(bp, c.id, {"target": c.target}).isObsolete()


def test_add_executions(bp):
    c = next(c for c in bp.commitments() if c.target is not None)
    records = [make_execution(date=dt.date(2026, 11, d), commitment=c.id, actual=1.0) for d in (1, 2)]
    round_trip(bp, AddExecutionsCommand(bp, records))
