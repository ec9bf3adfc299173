"""Golden fixture pages written for this repo (tests/fixtures/pages): each page, clean and damaged,
gives exactly the expected text lines, title, related items and metadata."""
from __future__ import annotations

from pathlib import Path

import pytest
from golden import DAMAGES, check, pages

PAGES = pages(Path(__file__).parent / "fixtures" / "pages")
# (page, damage) pairs still got wrong, with the reason; the failing lines are listed in the test output.
KNOWN_FAILURES: dict[tuple[str, str], str] = {
    ("riverboat_museum", "wrapped_72"): (
        "a related item's title line followed at once by its body, whose first word would not have fit "
        "after the title, reads as a hard-wrapped line and is joined to the body"),
}


def test_there_are_golden_fixture_pages():
    assert len(PAGES) >= 6


@pytest.mark.parametrize("page, damage", [
    pytest.param(p, d, marks=pytest.mark.xfail(strict=True, reason=KNOWN_FAILURES[p.stem, d]), id=f"{p.stem}-{d}")
    if (p.stem, d) in KNOWN_FAILURES else pytest.param(p, d, id=f"{p.stem}-{d}")
    for p in PAGES for d in DAMAGES])
def test_golden_fixture_page_gives_the_expected_result(page, damage):
    check(page, damage)
