"""Pathological inputs finish in time that grows about linearly with their size.

Each case (see `pathological.py`) is timed (CPU time) at 1x and 8x its base size in a child process; 8x the
input may take at most 20x the time (linear would be 8x; the slack absorbs a loaded machine),
plus a quarter second for timer noise on small inputs. A regex that backtracks
catastrophically fails here, or hits the child's timeout.
"""
import pytest
from pathological import CASES, Case, time_case
from strategies import html_supported

GROWTH = 8
MAX_RATIO = 20
NOISE = 0.25  # seconds


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_time_grows_linearly(case: Case) -> None:
    """Cleaning 8x the input takes at most 20x the time (plus noise), never superlinear blow-up."""
    if case.format == "html" and not html_supported():
        pytest.skip("HTML input is not built yet")
    small, large = time_case(case, [case.base, case.base * GROWTH])
    assert large <= MAX_RATIO * small + NOISE, (
        f"{case.name}: {case.base} chars took {small:.3f}s, {case.base * GROWTH} took {large:.3f}s "
        f"({large / max(small, 1e-9):.1f}x for {GROWTH}x input)")
