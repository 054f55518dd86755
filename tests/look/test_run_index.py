"""The run indexes of the router (look/run_index.py) answer exactly what a scan of every run
answers: checked against that scan on random runs, and the order labels against list.insert."""
import random

import pytest

from blueprint_app.look.run_index import Ordering, SpanIndex, TrackRuns

GAP = 8.0


def _random_runs(rng, count):
    runs = []
    for _ in range(count):
        lo = rng.choice((rng.uniform(0, 2000), round(rng.uniform(0, 2000))))
        runs.append((lo, lo + rng.choice((0.0, rng.uniform(0, 40), rng.uniform(0, 600)))))
    return runs


@pytest.mark.parametrize("seed", range(5))
def test_track_runs_match_a_full_scan(seed):
    rng = random.Random(seed)
    track = TrackRuns()
    runs = _random_runs(rng, 300)
    for a, b in runs:
        track.add(a, b)
    for lo, hi in _random_runs(rng, 400) + runs[:50]:   # also runs' own ends exactly
        blocked = any(lo - GAP < b and a < hi + GAP for a, b in runs)
        shared = sum(max(0.0, min(hi, b) - max(lo, a)) for a, b in runs)
        assert track.blocks(lo, hi, GAP) == blocked
        assert track.shared(lo, hi) == shared   # equal to the last bit, not approximately


def test_span_index_near_keeps_every_span_that_meets():
    rng = random.Random(7)
    index, spans = SpanIndex(), _random_runs(rng, 200)
    for k, (lo, hi) in enumerate(spans):
        index.add(lo, hi, k)
    for lo, hi in _random_runs(rng, 200):
        meeting = {k for k, (a, b) in enumerate(spans) if a < hi and lo < b}
        assert meeting <= set(index.near(lo, hi))


def test_ordering_matches_list_insert_and_survives_relabelling():
    rng = random.Random(3)
    ordering, expected = Ordering(), []
    for new in range(600):
        # many inserts at one place exhaust the label gap (2**64) and force relabelling
        member = None if not expected or rng.random() < 0.1 else \
            (expected[0] if rng.random() < 0.5 else rng.choice(expected))
        ordering.insert_after(member, new)
        expected.insert(0 if member is None else expected.index(member) + 1, new)
    assert list(ordering) == expected
    labels = [ordering.label[m] for m in expected]
    assert labels == sorted(labels) and len(set(labels)) == len(labels)


def test_ordering_relabels_when_one_place_takes_many_inserts():
    """Each insert right after the same member halves the room there (2**64 at first): 298
    distinct growing labels in that room are only possible if the labels were renumbered."""
    ordering, expected = Ordering(), [0, 1]
    ordering.insert_after(None, 0)
    ordering.insert_after(0, 1)
    for new in range(2, 300):
        ordering.insert_after(0, new)
        expected.insert(1, new)
    assert list(ordering) == expected
    labels = [ordering.label[m] for m in expected]
    assert labels == sorted(labels) and len(set(labels)) == len(labels)
