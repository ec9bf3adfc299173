"""The corpus metrics (shingle and segment), re-implemented from the corpus README's description.

Standard library only, so the benchmark runner and the tests import it without the `bench` extra.
"""
from __future__ import annotations

import math
import random
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

# Tokens are maximal runs of Unicode word characters; case is kept, punctuation never counts.
TOKEN = re.compile(r"\w+")
# Four-token shingles, as in scrapinghub/article-extraction-benchmark's evaluate.py.
SHINGLE_SIZE = 4
WHITESPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class Scores:
    """Aggregate scores of one system on one dataset."""

    metric: str
    docs: int
    precision: float
    recall: float
    f1: float
    accuracy: float
    # Bootstrap standard deviation of F1 over documents: the noise band for comparisons.
    f1_std: float = 0.0
    counts: dict[str, int] = field(default_factory=dict)


def tokens(text: str) -> list[str]:
    return TOKEN.findall(text)


def shingles(text: str) -> Counter[tuple[str, ...]]:
    """Multiset of 4-token runs; a text of 1-3 tokens is a single short shingle, no tokens none."""
    toks = tokens(text)
    if not toks:
        return Counter()
    if len(toks) < SHINGLE_SIZE:
        return Counter({tuple(toks): 1})
    return Counter(zip(*(toks[k:] for k in range(SHINGLE_SIZE))))


def shingle_fractions(gold: str, output: str) -> tuple[float, float, float]:
    """(TP, FP, FN) of one document divided by their sum, so every document weighs the same."""
    g, o = shingles(gold), shingles(output)
    tp = sum((g & o).values())
    fp = sum((o - g).values())
    fn = sum((g - o).values())
    total = tp + fp + fn
    if not total:
        return 0.0, 0.0, 0.0
    return tp / total, fp / total, fn / total


def _average(values: Sequence[float]) -> float:
    return sum(values) / len(values) if values else 0.0


def _prf(fractions: Sequence[tuple[float, float, float]]) -> tuple[float, float, float]:
    # Precision averages over documents whose output has shingles, recall over those whose gold
    # has some: an empty output costs recall only. A perfect document (no FP, no FN) scores 1.
    precisions = [tp / (tp + fp) for tp, fp, _ in fractions if tp + fp > 0]
    recalls = [tp / (tp + fn) for tp, _, fn in fractions if tp + fn > 0]
    p, r = _average(precisions), _average(recalls)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def bootstrap_f1_std(fractions: Sequence[tuple[float, float, float]], rounds: int, seed: int = 0) -> float:
    """Standard deviation of F1 over resampled document sets (0.0 when ``rounds`` < 2)."""
    if rounds < 2 or not fractions:
        return 0.0
    rng = random.Random(seed)
    n = len(fractions)
    f1s = [_prf([fractions[rng.randrange(n)] for _ in range(n)])[2] for _ in range(rounds)]
    mean = _average(f1s)
    return math.sqrt(sum((f - mean) ** 2 for f in f1s) / (rounds - 1))


def shingle_scores(golds: Mapping[str, str], outputs: Mapping[str, str | None], *,
                   bootstrap: int = 0) -> Scores:
    """Scores over documents ``golds`` ({id: gold text}); a missing or None output counts as empty."""
    ids = sorted(golds)
    fractions = [shingle_fractions(golds[i], outputs.get(i) or "") for i in ids]
    p, r, f1 = _prf(fractions)
    exact = [tokens(golds[i]) == tokens(outputs.get(i) or "") for i in ids]
    return Scores("shingles", len(ids), p, r, f1, _average([float(e) for e in exact]),
                  bootstrap_f1_std(fractions, bootstrap))


def normalize_space(text: str) -> str:
    return WHITESPACE.sub(" ", text).strip()


def segment_counts(segments: Mapping[str, Sequence[str]], output: str | None) -> tuple[int, int, int, int]:
    """(TP, FP, FN, TN) of one document: exact, case-sensitive substring tests after whitespace folding."""
    wanted, unwanted = segments["with"], segments["without"]
    if output is None:
        return 0, 0, len(wanted), len(unwanted)
    out = normalize_space(output)
    tp = sum(1 for s in wanted if normalize_space(s) in out)
    fp = sum(1 for s in unwanted if normalize_space(s) in out)
    return tp, fp, len(wanted) - tp, len(unwanted) - fp


def segment_scores(truth: Mapping[str, Mapping[str, Sequence[str]]], outputs: Mapping[str, str | None]
                   ) -> Scores:
    """Scores with counts summed over all documents (so long documents weigh more)."""
    tp = fp = fn = tn = 0
    for doc_id, segments in truth.items():
        a, b, c, d = segment_counts(segments, outputs.get(doc_id))
        tp, fp, fn, tn = tp + a, fp + b, fn + c, tn + d
    total = tp + fp + fn + tn
    return Scores(
        "segments", len(truth),
        precision=tp / (tp + fp) if tp + fp else 0.0,
        recall=tp / (tp + fn) if tp + fn else 0.0,
        f1=2 * tp / (2 * tp + fp + fn) if 2 * tp + fp + fn else 0.0,
        accuracy=(tp + tn) / total if total else 0.0,
        counts={"tp": tp, "fp": fp, "fn": fn, "tn": tn})


def document_f1(truth: str | Mapping[str, Sequence[str]], output: str) -> float:
    """F1 of a single document under its dataset's metric (for listing the worst pages)."""
    if isinstance(truth, str):
        tp, fp, fn = shingle_fractions(truth, output)
        return 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0
    a, b, c, _ = segment_counts(truth, output)
    return 2 * a / (2 * a + b + c) if 2 * a + b + c else 1.0
