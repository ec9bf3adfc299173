"""Damaged copies of the shared example pages repair to the same text as the undamaged pages.

Reads ../shared/examples (skips when absent); the damage is made here, nothing is copied.
"""
import html
import random
import unicodedata
from pathlib import Path

import pytest
from pagegen.damage import mojibake

from cleantext import Pipeline

EXAMPLES = Path(__file__).resolve().parents[1].parent / "shared" / "examples"
PAGES = sorted(EXAMPLES.glob("*.txt")) if EXAMPLES.is_dir() else []

pytestmark = pytest.mark.skipif(not PAGES, reason="../shared/examples is not available")


repairs = Pipeline.default().repair


def sloppy_cp1252(text: str) -> str:
    """UTF-8 bytes read as windows-1252 the way browsers do (undefined bytes become C1 controls)."""
    return mojibake(random.Random(0), text)


def with_invisibles(text: str) -> str:
    """A zero-width space after every 7th space, soft hyphens inside long words, bidi marks at line ends."""
    words = text.split(" ")
    out = [w[:4] + "\u00ad" + w[4:] if len(w) > 9 and w.isalpha() else w for w in words]
    spaced = "".join(w + (" \u200b" if i % 7 == 6 else " ") for i, w in enumerate(out))[:-1]
    return spaced.replace("\n", "\u200e\n")


DAMAGE = {
    "mojibake": sloppy_cp1252,
    "double_mojibake": lambda t: sloppy_cp1252(sloppy_cp1252(t)),
    "latin1_mojibake": lambda t: t.encode("utf-8").decode("latin-1"),
    "entities": lambda t: html.escape(t.replace("&", "and")),
    "crlf_bom": lambda t: "\ufeff" + t.replace("\n", "\r\n"),
    "invisibles": with_invisibles,
    "nfd": lambda t: unicodedata.normalize("NFD", t),
    "all": lambda t: "\ufeff" + with_invisibles(
        sloppy_cp1252(html.escape(unicodedata.normalize("NFD", t.replace("&", "and"))))).replace("\n", "\r\n"),
}


@pytest.mark.parametrize("damage", sorted(DAMAGE))
@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.stem[:3])
def test_damaged_example_repairs_to_the_undamaged_page(page, damage):
    text = page.read_text(encoding="utf-8")
    if damage in ("entities", "all"):
        text = text.replace("&", "and")  # html.escape of a literal "&lt;" would not round-trip
    assert repairs(DAMAGE[damage](text)) == repairs(text)
