"""Run cleantext over a fixed sample of generated pages and count, per boilerplate kind, how often
it was removed, and how many long article paragraphs were kept. Shared by the quality tests and
`benchmarks/generated_quality.py`.
"""
from __future__ import annotations

import random
import time
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field

import cleantext

from .boilerplate import KINDS
from .damage import DAMAGES, damage
from .page import GeneratedPage, generate_page
from .render_html import render_html
from .truth import measure

# Sample names: the format, and whether pages carry one or two kinds of damage.
SAMPLES = {"text": ("text", False), "text_damaged": ("text", True), "html": ("html", False),
           "html_damaged": ("html", True)}


@dataclass
class Tally:
    """Counts over a sample: per kind (cases, removed, moved), paragraphs kept, failing examples."""

    cases: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    removed: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    moved: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    long_total: int = 0
    long_kept: int = 0
    short_total: int = 0
    short_kept: int = 0
    misses: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    lost: list[str] = field(default_factory=list)  # long paragraphs not kept, "seed N [lang]: text"
    seconds: float = 0.0

    def rate(self, kind: str) -> float:
        return self.removed[kind] / self.cases[kind] if self.cases[kind] else float("nan")


def sources(pages: int, fmt: str, damaged: bool, seed0: int = 0) -> Iterator[tuple[int, GeneratedPage, str]]:
    """(seed, page, input) for ``pages`` pages; damaged inputs carry one or two damage kinds."""
    names = sorted(DAMAGES)
    for seed in range(seed0, seed0 + pages):
        rng = random.Random(seed)
        page = generate_page(rng)
        kinds = tuple(rng.sample(names, k=rng.randint(1, 2))) if damaged else ()
        if fmt == "text":
            yield seed, page, damage(random.Random(seed + 1), page.text(), kinds)
        else:
            yield seed, page, render_html(page, random.Random(seed + 1), damages=kinds, malformed=seed % 3 == 0)


def run_sample(sample: str, pages: int, *, keep_examples: int = 3) -> Tally:
    """Clean ``pages`` pages of ``sample`` (a key of SAMPLES) and count what happened."""
    fmt, damaged = SAMPLES[sample]
    tally = Tally()
    for seed, page, source in sources(pages, fmt, damaged):
        start = time.perf_counter()
        doc = cleantext.extract(source, format=fmt)
        tally.seconds += time.perf_counter() - start
        outcome = measure(page, doc)
        tally.long_total += len(outcome.long_kept)
        tally.long_kept += sum(kept for _, kept in outcome.long_kept)
        tally.short_total += len(outcome.short_kept)
        tally.short_kept += sum(kept for _, kept in outcome.short_kept)
        tally.lost += [f"seed {seed} [{page.lang}]: {line[:160]}" for line, kept in outcome.long_kept if not kept]
        for kind, removed, moved, lines in outcome.parts:
            tally.cases[kind] += 1
            tally.removed[kind] += removed
            tally.moved[kind] += moved
            if not removed and len(tally.misses[kind]) < keep_examples:
                tally.misses[kind].append(f"seed {seed} [{page.lang}]: " + " ⏎ ".join(lines)[:200])
    return tally


def report(tally: Tally, title: str, *, examples: int = 2) -> str:
    """A Markdown table of per-kind rates, the paragraph keep rate and failing examples."""
    out = [f"## {title}", "", "| kind | cases | removed | moved to its place |", "|---|---:|---:|---:|"]
    for kind in sorted(KINDS, key=lambda k: tally.rate(k)):
        n = tally.cases[kind]
        if n:
            out.append(f"| {kind} ({KINDS[kind].destination}) | {n} | {tally.removed[kind] / n:.1%} | "
                       f"{tally.moved[kind] / n:.1%} |")
    out.append("")
    out.append(f"article paragraphs of >= 25 words kept: {tally.long_kept}/{tally.long_total} "
               f"({tally.long_kept / max(1, tally.long_total):.2%}); short article lines kept: "
               f"{tally.short_kept}/{tally.short_total} ({tally.short_kept / max(1, tally.short_total):.1%}); "
               f"cleaning time {tally.seconds:.1f} s")
    if examples:
        out += ["", "examples not removed / lost:"]
        out += [f"  article (long paragraph lost): {line}" for line in tally.lost[:examples]]
        for kind, lines in sorted(tally.misses.items()):
            out += [f"  {kind}: {line}" for line in lines[:examples]]
    return "\n".join(out)
