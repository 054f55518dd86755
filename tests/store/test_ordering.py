"""Sequence numbers: strictly increasing along the order, few rows changed per edit."""
from hypothesis import given, strategies as st

from blueprint_app.store.ordering import resequence


def _check(ids, old):
    new, changed = resequence(ids, old)
    values = [new[i] for i in ids]
    assert all(a < b for a, b in zip(values, values[1:]))
    assert set(new) == set(ids)
    assert changed == {i for i in ids if old.get(i) != new[i]}
    return new, changed


def test_append_changes_only_the_new_rows():
    old = {f"n{i}": float(i) for i in range(1000)}
    new, changed = _check([f"n{i}" for i in range(1002)], old)
    assert changed == {"n1000", "n1001"}


def test_removal_changes_nothing():
    old = {f"n{i}": float(i) for i in range(1000)}
    _, changed = _check([f"n{i}" for i in range(1000) if i != 500], old)
    assert changed == set()


def test_insert_in_the_middle_and_front_changes_only_the_new_rows():
    old = {f"n{i}": float(i) for i in range(1000)}
    ids = ["a", "b"] + [f"n{i}" for i in range(500)] + ["x"] + [f"n{i}" for i in range(500, 1000)]
    _, changed = _check(ids, old)
    assert changed == {"a", "b", "x"}


def test_exhausted_gap_renumbers():
    ids = ["a", "b"]
    old = {"a": 0.0, "b": 1.0}
    for k in range(80):  # halve the same gap until floats run out
        ids.insert(1, f"k{k}")
        old, _ = _check(ids, old)


def test_disagreeing_old_order_is_repaired():
    _check(["c", "b", "a"], {"a": 0.0, "b": 1.0, "c": 2.0})


@given(st.lists(st.integers(0, 40), unique=True), st.dictionaries(
    st.integers(0, 40), st.floats(-1e6, 1e6, allow_nan=False)))
def test_any_order_and_old_map(order, old_values):
    ids = [f"i{k}" for k in order]
    _check(ids, {f"i{k}": v for k, v in old_values.items()})
