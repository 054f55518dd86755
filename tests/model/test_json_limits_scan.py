"""The quick scan that decides whether the walk over every parsed value must run: it may
say "look" for a text that is fine, never "fine" for a text nested too deeply."""
import json

import pytest

from blueprint_app.model.json_limits import MAX_NESTING, json_value_problem, nested_too_deeply


def _deep(levels: int, opener: str = "[") -> str:
    closer = {"[": "]", "{": "}"}[opener]
    inner = "1" if opener == "[" else ""
    if opener == "{":
        return '{"k":' * levels + "1" + "}" * levels
    return opener * levels + inner + closer * levels


@pytest.mark.parametrize("text", [
    _deep(MAX_NESTING + 2),
    _deep(MAX_NESTING + 2, "{"),
    # brackets inside strings, before and after, must not hide the real depth
    '["]]]]]]]]]]]]]]]]", ' + _deep(MAX_NESTING + 2) + ', "[[["]',
    '{"a": "\\"]]]]]]]]", "b": ' + _deep(MAX_NESTING + 2) + "}",
    '{"a": "\\\\", "b": ' + _deep(MAX_NESTING + 2) + "}",
    '["", "", ' + _deep(MAX_NESTING + 2) + "]",
])
def test_too_deep_is_always_seen(text):
    assert json_value_problem(json.loads(text)) is not None  # the walk's own verdict
    assert nested_too_deeply(text)


@pytest.mark.parametrize("text", [
    '{"a": 1}', _deep(MAX_NESTING - 2), '["[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["]',
    '{"a": "\\"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["}',
])
def test_shallow_text_needs_no_walk(text):
    assert json_value_problem(json.loads(text)) is None
    assert not nested_too_deeply(text)
