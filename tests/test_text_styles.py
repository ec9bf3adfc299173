"""Pages in the scraper styles people meet (tests/fixtures/styles): Markdown from html2text, lynx dumps,
forum threads, recipe pages, a page scraped twice, comment threads, how-to pages that quote tags.
Each gives exactly its expected text lines, title, related items and metadata (tests/golden.py), and
the extra fields its expected file names: related links, comments, warnings."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from golden import check, expected_path, pages

import cleantext

PAGES = pages(Path(__file__).parent / "fixtures" / "styles")


def test_there_are_style_fixture_pages() -> None:
    assert len(PAGES) >= 1


@pytest.mark.parametrize("page", PAGES, ids=[p.stem for p in PAGES])
def test_style_page_gives_the_expected_result(page: Path) -> None:
    check(page, "clean")
    expected: dict[str, Any] = json.loads(expected_path(page).read_text(encoding="utf-8"))
    doc = cleantext.extract(page.read_text(encoding="utf-8"), format="text")
    if "related_urls" in expected:
        assert [r.url for r in doc.related] == expected["related_urls"]
    if "comments" in expected:
        assert [c.to_dict() for c in doc.comments] == expected["comments"]
        # With include_comments the comments' text is kept after the article's.
        kept = cleantext.extract(page.read_text(encoding="utf-8"), format="text",
                                 pipeline=cleantext.Pipeline.default().with_options(include_comments=True))
        kept_lines = [line for line in kept.body.split("\n") if line]  # comments may stand apart
        assert kept_lines[-len(expected["comments"]):] == [c["text"] for c in expected["comments"]]
    assert [w.split(":")[0] for w in doc.warnings] == expected.get("warnings", [])
