"""Golden pages: a scraped page and its expected result (the JSON shape of ../shared/examples/*.expected.json),
checked as it is and after the damage real scrapes carry (mojibake, entities, CRLF+BOM, invisibles, NFD,
hard wrapping, "> " quoting, doubled line breaks)."""
from __future__ import annotations

import difflib
import html
import json
import random
import textwrap
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pagegen.damage import invisible, mojibake

import cleantext
from cleantext.repairs import unwrap_lines


def _seeded(damage: Callable[[random.Random, str], str]) -> Callable[[str], str]:
    return lambda text: damage(random.Random(7), text)


DAMAGES: dict[str, Callable[[str], str]] = {
    "clean": lambda text: text,
    # UTF-8 bytes read as cp1252 (bytes cp1252 leaves undefined read as latin-1).
    "mojibake": _seeded(mojibake),
    "entities": html.escape,
    "crlf_bom": lambda text: "\ufeff" + text.replace("\n", "\r\n"),
    # Zero-width spaces, joiners and soft hyphens inside words.
    "zero_width": _seeded(invisible),
    "nfd": lambda text: unicodedata.normalize("NFD", text),
    # Every line hard-wrapped at 72 columns, as lynx, w3m or e-mail leave scraped text; cleaned with
    # the opt-in unwrap_lines repair (see PIPELINES).
    "wrapped_72": lambda text: "\n".join("\n".join(textwrap.wrap(line, 72)) or line for line in text.split("\n")),
    # Quoted as a whole, as a mail reply quotes it: "> " before every line, blank ones too.
    "quoted": lambda text: "\n".join("> " + line for line in text.split("\n")),
    # A blank line after every line, as some exporters double the line breaks.
    "double_spaced": lambda text: text.replace("\n", "\n\n"),
}
# The pipeline a damage is cleaned with, where it is not the default one.
PIPELINES: dict[str, cleantext.Pipeline] = {
    "wrapped_72": cleantext.Pipeline.default().insert(unwrap_lines, kind="repair"),
}


def pages(directory: Path) -> list[Path]:
    """The pages of a golden directory that have an expected result next to them."""
    if not directory.is_dir():
        return []
    return sorted(p for p in directory.glob("*.txt") if expected_path(p).is_file())


def expected_path(page: Path) -> Path:
    return page.with_name(f"{page.stem}.expected.json")


def lines(text: str) -> list[str]:
    """Non-blank stripped lines."""
    return [line.strip() for line in text.split("\n") if line.strip()]


def check(page: Path, damage: str) -> None:
    """The page, damaged, gives the expected text lines, title, related items and metadata."""
    expected: dict[str, Any] = json.loads(expected_path(page).read_text(encoding="utf-8"))
    source = DAMAGES[damage](page.read_text(encoding="utf-8"))
    doc = cleantext.extract(source, format="text", pipeline=PIPELINES.get(damage))
    got = lines(doc.text)
    assert got == expected["text_lines"], "\n".join(difflib.unified_diff(
        expected["text_lines"], got, "expected", "got", lineterm="", n=0))
    assert doc.title == expected["title"], f"title {doc.title!r}, expected {expected['title']!r}"
    for line in expected["not_in_text"]:
        if line not in expected["text_lines"]:
            assert line not in got, f"boilerplate line kept: {line!r}"
    if not expected.get("related_required", True):
        return
    if "related" in expected:
        want = [(r["title"], r["source"]) for r in expected["related"]]
        assert [(r.title, r.source) for r in doc.related] == want, f"related items: {doc.related}"
        for item, exp in zip(doc.related, expected["related"]):
            assert item.text.startswith(exp["text_startswith"]), (item.title, item.text[:80])
            if "section" in exp:
                assert item.section == exp["section"], f"section of {item.title!r}: {item.section!r}"
    if "related_titles" in expected:
        assert [r.title for r in doc.related] == expected["related_titles"], f"related items: {doc.related}"
    for field, value in expected.get("metadata", {}).items():
        assert doc.metadata.get(field) == value, f"metadata {field}: {doc.metadata.get(field)!r}"
