"""Kinsoku line breaking (model/linebreak.py): no line starts with closing punctuation, none
ends with opening punctuation, nothing is lost — for any text and any width."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from blueprint_app.model.linebreak import CLOSING, OPENING, wrap

CJK = "订单支付配送客服退款仓库物流系统"
ALPHABET = CJK + "".join(sorted(CLOSING | OPENING)) + "ab Zx1 "


def measure(text: str) -> float:
    """One unit per character (CJK two), like a monospaced font."""
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=ALPHABET, min_size=1, max_size=60), st.integers(2, 30))
def test_no_line_starts_closed_or_ends_open(text, width):
    lines = wrap(text, measure, width)
    for before, after in zip(lines, lines[1:]):
        if before and after:
            assert before[-1] not in OPENING, (text, width, lines)
            assert after[0] not in CLOSING, (text, width, lines)
    # nothing but spaces is lost
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")


def test_closing_punctuation_stays_with_the_character_before_it():
    # five characters wide: without the rule "）" would open the second line
    assert wrap("订单支付系（统）。配送", measure, 10) == ["订单支付系", "（统）。配", "送"]
    assert wrap("订单（支付）", measure, 6) == ["订单", "（支", "付）"]


def test_latin_breaks_between_words():
    assert wrap("Order entry and check", measure, 11) == ["Order entry", "and check"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["Order", "a", "check", "订", "单", "（", "）", "。", " ", "  ",
                                 "\t", "(", ")", ",", "x" * 14]), max_size=14),
       st.integers(min_value=1, max_value=30))
def test_the_one_line_shortcut_gives_what_the_greedy_fill_gives(parts, width):
    from blueprint_app.model.linebreak import wrap_paragraph
    text = "".join(parts)
    assert wrap(text, measure, width) == wrap_paragraph(text, measure, width)
