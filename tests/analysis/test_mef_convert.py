"""The benchmark's Open-PSA MEF converter: a small fault tree written as a blueprint gives
the probability computed by hand."""
from __future__ import annotations

import pytest

from benchmarks.mef_convert import ConversionError, convert
from blueprint_app.analysis.failure import analyze_touchpoint
from blueprint_app.interchange.reading import blueprint_from_dict

TREE = """<?xml version="1.0"?>
<opsa-mef><define-fault-tree name="small">
<define-gate name="top"><or><gate name="g1"/><basic-event name="d"/></or></define-gate>
<define-gate name="g1"><atleast min="2"><basic-event name="a"/><basic-event name="b"/>
  <and><basic-event name="a"/><basic-event name="c"/></and></atleast></define-gate>
</define-fault-tree>
<model-data>
<define-basic-event name="a"><float value="0.1"/></define-basic-event>
<define-basic-event name="b"><float value="0.2"/></define-basic-event>
<define-basic-event name="c"><float value="0.3"/></define-basic-event>
<define-basic-event name="d"><float value="0.01"/></define-basic-event>
</model-data></opsa-mef>"""


def test_a_small_tree_converts_to_the_same_failure_function(tmp_path):
    path = tmp_path / "small.xml"
    path.write_text(TREE)
    bp = blueprint_from_dict(convert(path), str(path))
    result = analyze_touchpoint(bp, "top")
    # g1 = at least 2 of {a, b, a.c} = a.b + a.c (a.b.c is covered): P = ab + ac - abc
    g1 = 0.1 * 0.2 + 0.1 * 0.3 - 0.1 * 0.2 * 0.3
    assert result.failure_probability == pytest.approx(1 - (1 - g1) * (1 - 0.01), rel=1e-12)
    assert result.cut_sets == (("d",), ("a", "b"), ("a", "c"))


def test_negation_is_refused(tmp_path):
    path = tmp_path / "not.xml"
    path.write_text(TREE.replace('<basic-event name="d"/></or>', '<not><basic-event name="d"/></not></or>'))
    with pytest.raises(ConversionError, match="<not>"):
        convert(path)
