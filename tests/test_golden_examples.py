"""The shared example pages (../shared/examples, next to the repo): each, clean and damaged, gives
exactly the expected text lines, title and related items. Skips when the directory is absent."""
from __future__ import annotations

from pathlib import Path

import pytest
from golden import DAMAGES, check, pages

EXAMPLES = Path(__file__).resolve().parents[1].parent / "shared" / "examples"
PAGES = pages(EXAMPLES)


@pytest.mark.parametrize("damage", list(DAMAGES))
@pytest.mark.parametrize("page", PAGES or [None], ids=lambda p: p.stem[:3] if p else "absent")
def test_shared_example_gives_the_expected_result(page, damage):
    if page is None:
        pytest.skip(f"{EXAMPLES} is not available")
    check(page, damage)
