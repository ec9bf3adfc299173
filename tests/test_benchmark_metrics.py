"""The benchmark's metrics on hand-worked cases, and compare.py end to end on a tiny corpus of its own."""
import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "benchmarks"
# Loaded by path under its own name: benchmarks/ is scripts, not a package on sys.path.
_spec = importlib.util.spec_from_file_location("bench_metrics", BENCH / "metrics.py")
assert _spec is not None and _spec.loader is not None
metrics = importlib.util.module_from_spec(_spec)
sys.modules["bench_metrics"] = metrics  # dataclasses look their module up there
_spec.loader.exec_module(metrics)


def test_tokens_ignore_punctuation_and_keep_case():
    assert metrics.tokens("Hello, World! It's 2026.") == ["Hello", "World", "It", "s", "2026"]


def test_short_text_is_one_shingle_and_empty_text_none():
    assert metrics.shingles("one two") == {("one", "two"): 1}
    assert metrics.shingles(" ... ") == {}


def test_shingles_count_repeats():
    assert metrics.shingles("a b c d a b c d")[("a", "b", "c", "d")] == 2


def test_shingle_fractions_of_half_right_output():
    # gold: 5 tokens -> 2 shingles; output shares the first one and adds one of its own.
    tp, fp, fn = metrics.shingle_fractions("w1 w2 w3 w4 w5", "w1 w2 w3 w4 x")
    assert (tp, fp, fn) == pytest.approx((1 / 3, 1 / 3, 1 / 3))


def test_empty_output_costs_recall_only():
    scores = metrics.shingle_scores({"a": "one two three four", "b": "five six seven eight"},
                                    {"a": "one two three four", "b": ""})
    assert scores.precision == 1.0
    assert scores.recall == 0.5
    assert scores.f1 == pytest.approx(2 / 3)
    assert scores.accuracy == 0.5


def test_segment_counts_fold_whitespace_and_are_case_sensitive():
    item = {"with": ["quick  brown\nfox", "Lazy dog"], "without": ["Share this"]}
    assert metrics.segment_counts(item, "The quick brown fox jumps over the lazy dog. Share this") == (1, 1, 1, 0)


def test_segment_scores_sum_counts_over_documents():
    truth = {"a": {"with": ["x y"], "without": ["menu"]}, "b": {"with": ["z"], "without": []}}
    scores = metrics.segment_scores(truth, {"a": "x y", "b": None})
    assert scores.counts == {"tp": 1, "fp": 0, "fn": 1, "tn": 1}
    assert scores.f1 == pytest.approx(2 / 3)


def _tiny_corpus(root: Path) -> None:
    prose = "The council approved the new harbour budget after a long debate on Tuesday evening."
    shingled = root / "news"
    for sub in ("html", "text", "gold"):
        (shingled / sub).mkdir(parents=True)
    segmented = root / "blogs"
    for sub in ("html", "text"):
        (segmented / sub).mkdir(parents=True)
    for ds in (shingled, segmented):
        (ds / "meta.json").write_text(json.dumps({"p1": {"url": ""}, "p2": {"url": ""}}))
        for i in ("p1", "p2"):
            (ds / "html" / f"{i}.html").write_text(f"<html><body><nav>Home | About</nav><p>{prose}</p></body></html>")
            (ds / "text" / f"{i}.txt").write_text(f"Home | About\n\n{prose}\n")
    for i in ("p1", "p2"):
        (shingled / "gold" / f"{i}.txt").write_text(prose)
    (segmented / "segments.json").write_text(json.dumps(
        {i: {"url": "", "with": ["harbour budget"], "without": ["Home | About"]} for i in ("p1", "p2")}))


def test_compare_runs_end_to_end_on_a_tiny_corpus(tmp_path):
    _tiny_corpus(tmp_path / "corpus")
    out = tmp_path / "out"
    proc = subprocess.run(
        [sys.executable, str(BENCH / "compare.py"), str(tmp_path / "corpus"), "--mode", "text",
         "--systems", "identity,c4", "--skip", "lxml-parse", "--no-charts", "--bootstrap", "0", "--out", str(out)],
        check=False, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    results = json.loads((out / "results.json").read_text())
    f1 = {(r["system"], r["dataset"]): r["f1"] for r in results["quality"]}
    # c4 drops the menu line (no terminal punctuation), identity keeps it.
    assert f1[("c4", "blogs")] == 1.0
    assert f1[("identity", "blogs")] < 1.0
    assert f1[("c4", "news")] == 1.0
    assert "| c4 (baseline) |" in (out / "results.md").read_text()
