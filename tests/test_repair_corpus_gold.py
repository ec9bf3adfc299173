"""repair_encoding leaves the hand-cleaned gold texts of the dev corpus alone, except genuine mojibake.

Reads ../shared/corpus/*/gold (skips when absent). Two gold files carry real mojibake (CleanEval
15: "SÃ¸ren" for "Søren"; 59: "PequeÃ±o" for "Pequeño"); those lines must come out fixed.
"""
import json
from pathlib import Path

import pytest

from cleantext.repairs import repair_encoding

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
GOLD = sorted(CORPUS.glob("*/gold/*.txt")) if CORPUS.is_dir() else []
# Every 5th file: ~95 texts from all datasets, well under a second.
SAMPLE = GOLD[::5]

pytestmark = pytest.mark.skipif(not GOLD, reason="../shared/corpus is not available")

MOJIBAKE_MARKS = ("Ã", "Â", "â€")


def changed_lines(before: str, after: str) -> list[tuple[str, str]]:
    return [(a, b) for a, b in zip(before.split("\n"), after.split("\n")) if a != b]


@pytest.mark.parametrize("path", SAMPLE, ids=lambda p: f"{p.parts[-3]}/{p.stem}")
def test_repair_encoding_changes_gold_text_only_where_it_has_mojibake(path):
    text = path.read_text(encoding="utf-8")
    repaired = repair_encoding(text)
    assert repaired.count("\n") == text.count("\n")
    for before, after in changed_lines(text, repaired):
        assert any(m in before for m in MOJIBAKE_MARKS), (before, after)
        assert sum(after.count(m) for m in MOJIBAKE_MARKS) < sum(before.count(m) for m in MOJIBAKE_MARKS)


@pytest.mark.parametrize("name, fixed", [("15", "Søren"), ("59", "Pequeño")])
def test_genuine_mojibake_in_gold_is_fixed(name, fixed):
    path = CORPUS / "cleaneval-dev" / "gold" / f"{name}.txt"
    if not path.exists():
        pytest.skip("CleanEval gold file not available")
    assert fixed in repair_encoding(path.read_text(encoding="utf-8"))


def test_repair_encoding_leaves_trafilatura_segments_alone():
    """The must-have segments of trafilatura-dev (1,410 strings, many languages) are all clean."""
    path = CORPUS / "trafilatura-dev" / "segments.json"
    if not path.exists():
        pytest.skip("trafilatura-dev segments not available")
    segments = json.loads(path.read_text(encoding="utf-8"))
    changed = [s for doc in segments.values() for s in doc["with"] if repair_encoding(s) != s]
    assert changed == []
