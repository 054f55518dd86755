"""One coarse notice per command: EventHub.batch holds `changed` back until the outermost
batch ends (issue 12 item 6); fine-grained events still go out at once, in order."""
import pytest

from blueprint_app.model import Blueprint
from blueprint_app.model import events as ev


def _hub_map() -> Blueprint:
    bp = Blueprint("Hub")
    bp.add_node(id="hub", lane="frontstage", label="Hub")
    for k in range(5):
        bp.add_node(id=f"s{k}", lane="support", label=f"System {k}")
        bp.add_edge(id=f"e{k}", source=f"s{k}", target="hub", kind="support")
    return bp


def _record(bp):
    seen = []
    for name in (ev.EDGE_REMOVED, ev.NODE_REMOVED, ev.CHANGED):
        bp.events.subscribe(name, lambda *args, name=name: seen.append(name))
    return seen


def test_without_a_batch_every_fine_event_is_followed_by_changed():
    bp = _hub_map()
    seen = _record(bp)
    bp.remove_node("hub")
    assert seen.count(ev.CHANGED) == 6 and seen.count(ev.EDGE_REMOVED) == 5


def test_a_batch_sends_changed_once_after_the_fine_events():
    bp = _hub_map()
    seen = _record(bp)
    with bp.events.batch():
        with bp.events.batch():  # nested: still one notice, at the outermost end
            bp.remove_node("hub")
        assert ev.CHANGED not in seen and bp.events.batching
    assert seen == [ev.EDGE_REMOVED] * 5 + [ev.NODE_REMOVED, ev.CHANGED]
    assert not bp.events.batching


def test_an_empty_batch_sends_nothing_and_a_failing_one_still_notifies():
    bp = _hub_map()
    seen = _record(bp)
    with bp.events.batch():
        pass
    assert seen == []
    with pytest.raises(RuntimeError):
        with bp.events.batch():
            bp.remove_edge("e0")
            raise RuntimeError("command failed half-way")
    assert seen == [ev.EDGE_REMOVED, ev.CHANGED]  # what did change is announced
