"""Readable numbers: percentages with 2-3 significant digits, durations in the best unit."""
import pytest

from blueprint_app.model.readable import duration, join_names, percent, percent_points, significant, signed_duration


@pytest.mark.parametrize("value, text", [
    (0.05, "5 %"), (0.25, "25 %"), (0.001234, "0.123 %"), (0.375, "37.5 %"), (1.0, "100 %"),
    (0.0, "0 %"), (0.333333, "33.3 %"), (0.00001, "0.001 %")])
def test_percent(value, text):
    assert percent(value) == text


@pytest.mark.parametrize("hours, text", [
    (1 / 3, "20 min"), (1.5, "1.5 h"), (48, "2 d"), (0.166667, "10 min"), (0.333333, "20 min"),
    (24, "24 h"), (2.0, "2 h"), (72, "3 d"), (0.01, "0.6 min")])
def test_duration(hours, text):
    assert duration(hours) == text


def test_duration_takes_translated_units():
    assert duration(0.5, ("分钟", "小时", "天")) == "30 分钟"


def test_signed_and_points():
    assert percent_points(-0.699) == "−70 pp"
    assert percent_points(0.0123) == "+1.2 pp"
    assert signed_duration(1.37) == "+1.37 h"
    assert signed_duration(-0.25) == "−15 min"


def test_significant_never_shows_float_noise():
    assert significant(52.39, 3) == "52.4"
    assert significant(48.0, 3) == "48"
    assert join_names(["a", "b"], "、") == "a、b"
