"""Appendix sections (placeholder until the analysis layer lands)."""
from __future__ import annotations


def build_appendix(bp, options, fonts):
    return [], []
