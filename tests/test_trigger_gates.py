"""A trigger's ``gate`` lets through every line its pattern matches: lines_matching runs the costly
pattern only on the lines the gate finds something in, so a gate that missed a match would lose it."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import cleantext  # noqa: F401  (every module that makes triggers is imported)
from cleantext.patterns import REGISTRY
from cleantext.patterns.byline import DATE_LINES

GATED = [t for t in REGISTRY if t.gate is not None]
# Pieces dates are written with, and others, in any order.
PIECES = ["12", "7", "2025", "03", "1999", "-", ".", "/", " ", ", ", "th", "de ", "March", "mars", "Mai",
          "déc.", "августа", "března", "Mart", "年", "月", "日", "년", "월", "일", "9", "Posted", "at", "pm", ":"]


def test_the_date_triggers_are_gated():
    assert all(t.gate is not None for t in DATE_LINES)


@pytest.mark.parametrize("line", ["Posted on 12.07.2025", "2025-07-12 10:00", "March 9, 2025", "9 mars 2025",
                                  "1 de enero de 2024", "2025年7月12日", "12 августа 2024 года",
                                  "2025년 3월 12일", "12. března 2025", "12 Mart 2025"])
def test_gates_let_real_date_lines_through(line):
    for trigger in DATE_LINES:
        if trigger.pattern.search(line):
            assert trigger.gate is not None and trigger.gate.search(line)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=12).map("".join))
def test_no_gate_misses_a_line_its_pattern_matches(line):
    for trigger in GATED:
        if trigger.pattern.search(line):
            assert trigger.gate is not None and trigger.gate.search(line), (trigger.gate, line)
