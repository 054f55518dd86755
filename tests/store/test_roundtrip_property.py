"""Property: any blueprint survives document save -> load unchanged, and interchange JSON
survives JSON -> document -> JSON as the identical dict."""
import datetime as dt

from hypothesis import HealthCheck, given, settings, strategies as st

from blueprint_app.interchange.json_format import blueprint_from_dict, blueprint_to_dict
from blueprint_app.model import Blueprint, Category, EdgeKind, Lane, make_incident
from blueprint_app.store import Document, load_blueprint

# Any character, lone surrogates included (JSON can carry them as escapes), CJK likely.
TEXT = st.text(st.one_of(st.characters(),
                         st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF)),
               max_size=12)
LABEL = TEXT.filter(lambda s: s.strip())
OPT_TEXT = st.none() | TEXT
JSON_SCALAR = (st.none() | st.booleans() | st.integers(-2**53, 2**53)
               | st.floats(allow_nan=False, allow_infinity=False) | TEXT)
JSON_VALUE = st.recursive(JSON_SCALAR, lambda inner: st.lists(inner, max_size=3)
                          | st.dictionaries(TEXT, inner, max_size=3), max_leaves=6)
EXTRA = st.dictionaries(TEXT.map(lambda s: "x_" + s), JSON_VALUE, max_size=3)
COORD = st.none() | st.floats(-1e6, 1e6, allow_nan=False)
SIZE = st.none() | st.floats(1e-3, 1e4, allow_nan=False)


@st.composite
def blueprints(draw) -> Blueprint:
    bp = Blueprint(draw(LABEL))
    stage_ids = [f"s{k}" for k in range(draw(st.integers(0, 4)))]
    for stage_id in draw(st.permutations(stage_ids)):
        bp.add_stage(id=stage_id, name=draw(LABEL), extra=draw(EXTRA))
    node_ids = [f"节点{k}" for k in range(draw(st.integers(0, 12)))]
    for node_id in draw(st.permutations(node_ids)):
        bp.add_node(
            id=node_id, lane=draw(st.sampled_from(list(Lane))), label=draw(LABEL),
            stage=draw(st.sampled_from([None] + stage_ids)), description=draw(OPT_TEXT),
            owner=draw(OPT_TEXT), channel=draw(OPT_TEXT),
            category=draw(st.none() | st.sampled_from(list(Category))),
            failure_probability=draw(st.floats(0, 1)),
            requires=draw(st.sampled_from(["all", "any"]) | st.integers(1, 5)),
            x=draw(COORD), y=draw(COORD), width=draw(SIZE), height=draw(SIZE),
            extra=draw(EXTRA))
    if len(node_ids) >= 2:
        pairs = st.tuples(st.sampled_from(node_ids), st.sampled_from(node_ids)).filter(
            lambda p: p[0] != p[1])
        for k, (source, target) in enumerate(draw(st.lists(pairs, max_size=20))):
            bp.add_edge(id=f"e{k}", source=source, target=target,
                        kind=draw(st.sampled_from(list(EdgeKind))), label=draw(OPT_TEXT),
                        extra=draw(EXTRA))
    if node_ids:
        bp.set_incidents(draw(st.lists(st.builds(
            make_incident, date=st.dates(dt.date(1990, 1, 1), dt.date(2100, 1, 1)),
            touchpoint=st.sampled_from(node_ids), cause=st.none() | st.sampled_from(node_ids),
            count=st.integers(0, 10**6), customers_affected=st.none() | st.integers(0, 10**6),
            minutes_lost=st.none() | st.floats(0, 1e6)), max_size=3)))
    bp.properties.update(draw(EXTRA))
    return bp


SETTINGS = settings(max_examples=60, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture,
                                           HealthCheck.too_slow])


@SETTINGS
@given(blueprints())
def test_document_round_trip(tmp_path, bp):
    path = tmp_path / "p.blueprint"
    with Document(bp) as doc:
        doc.save(path)
    loaded = load_blueprint(path)
    assert loaded.same_content(bp)
    assert loaded.node_ids() == bp.node_ids()
    assert [e.id for e in loaded.edges()] == [e.id for e in bp.edges()]


@SETTINGS
@given(blueprints())
def test_json_document_json_is_identical(tmp_path, bp):
    data = blueprint_to_dict(bp)
    from_json = blueprint_from_dict(data, source="generated.json")
    path = tmp_path / "j.blueprint"
    with Document(from_json) as doc:
        doc.save(path)
    assert blueprint_to_dict(load_blueprint(path)) == data
