"""Quality on generated pages: long article paragraphs are kept, each boilerplate kind is removed.

A fixed sample of generated pages per mode (text, HTML, each clean and damaged) is cleaned once;
the truth is known by construction (tests/pagegen). The bar is the issue's: every article
paragraph of >= 25 words kept, and each kind of boilerplate removed from the main text in
>= 95% of its cases. `python benchmarks/generated_quality.py` prints the same figures with examples.

Kinds measured below the bar are marked xfail with the measured rate: findings for the filter
owners, not thresholds to lower (strict=False, so a fix shows up as XPASS).
"""
from __future__ import annotations

from functools import cache

import pytest
from pagegen import KINDS
from pagegen.quality import SAMPLES, Tally, run_sample
from strategies import html_supported

PAGES = 100  # per sample: 25-70 cases of each kind, ~5 s per sample on a quiet machine
MIN_REMOVED = 0.95

# Measured at commit time on PAGES pages per sample; regenerate with
# `python benchmarks/generated_quality.py --pages 100 --known-weak` when filters improve.
KNOWN_LOST: dict[str, str] = {}
KNOWN_WEAK: dict[tuple[str, str], str] = {}


@cache
def tally(sample: str) -> Tally:
    return run_sample(sample, PAGES)


def _skip_html(sample: str) -> None:
    if sample.startswith("html") and not html_supported():
        pytest.skip("HTML input is not built yet")


def _cases() -> list:
    params = []
    for sample in SAMPLES:
        for kind in sorted(KINDS):
            marks = []
            if (sample, kind) in KNOWN_WEAK:
                marks.append(pytest.mark.xfail(strict=False, reason=f"measured {KNOWN_WEAK[sample, kind]}"))
            params.append(pytest.param(sample, kind, marks=marks, id=f"{sample}-{kind}"))
    return params


@pytest.mark.parametrize("sample", [
    pytest.param(s, marks=[pytest.mark.xfail(strict=False, reason=f"measured {KNOWN_LOST[s]}")] if s in KNOWN_LOST else [])
    for s in SAMPLES])
def test_long_article_paragraphs_are_kept(sample: str) -> None:
    """Every article paragraph of >= 25 words of prose ends up in the main text."""
    _skip_html(sample)
    t = tally(sample)
    assert not t.lost, f"{len(t.lost)} of {t.long_total} long paragraphs lost, e.g.:\n" + "\n".join(t.lost[:5])


@pytest.mark.parametrize(("sample", "kind"), _cases())
def test_boilerplate_kind_is_removed(sample: str, kind: str) -> None:
    """Each kind of boilerplate is removed from the main text in >= 95% of generated cases."""
    _skip_html(sample)
    t = tally(sample)
    assert t.cases[kind] >= 10, f"too few {kind} cases in the sample to measure"
    assert t.rate(kind) >= MIN_REMOVED, (
        f"{kind} removed in {t.removed[kind]}/{t.cases[kind]} = {t.rate(kind):.1%}; kept e.g.:\n"
        + "\n".join(t.misses[kind]))
