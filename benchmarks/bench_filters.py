"""Time every step of Pipeline.default() on its own, on a large synthetic page, to find the slow one.

    python benchmarks/bench_filters.py                 # ~2 MB text page and its HTML twin, 3 rounds
    python benchmarks/bench_filters.py --mb 8 --rounds 5 --mode text
    python benchmarks/bench_filters.py --corpus ../shared/corpus --limit 20   # real pages instead

Each step gets its own row (repairs on the raw text, block building, every filter in pipeline order
on one Page), best of N rounds; a second page 4x the size shows which steps grow faster than linearly.
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from html import escape
from pathlib import Path

from cleantext import Pipeline
from cleantext.page import Page

# Invented sites, people and wordings: every part of the synthetic page is made here.
NAV = ["Home | Politics | Business | Science | Culture | Sport | Opinion", "Skip to main content",
       "Menu", "Sign in", "Search", "Share on Facebook  Share on X  Email", "Follow us", "Back to top"]
BYLINES = ["By Marta Quellen, Science Correspondent", "Updated: 14 March 2026, 08:12 CET",
           "Tomas Ferrand | Valmont | 2 hours ago", "Photo: Ilse Kardos / Northgate Images"]
FOOTER = ["© 2026 Northgate Courier Ltd. All rights reserved.", "Terms of use | Privacy Policy | Cookie settings",
          "Contact: desk@northgate-courier.example", "Subscribe to our newsletter", "Advertise with us"]
NOTICES = ["This image was generated with AI and does not show a real event.",
           "The views expressed here are the author's own and not those of the Courier.",
           "This story first appeared on the Valmont Ledger and is republished with permission."]
RELATED_HEADS = ["Related stories", "More from Science", "Trending now", "Read more"]
PROSE_VOCABULARY = ("the council harbour engineers said would a of in to and that it for on was with as tidal station "
         "river budget village report study team years water energy local plan new first after during most "
         "their more than which about project could between people found public school region museum")
WORDS = PROSE_VOCABULARY.split()


def sentence(rng: random.Random) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(9, 24))]
    return " ".join(words).capitalize() + rng.choice([".", ".", ".", "?", "!"])


def headline(rng: random.Random) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(5, 10))).title()


def page_parts(rng: random.Random, sections: int) -> list[tuple[str, str]]:
    """(kind, line) pairs: one article per section, each framed by the boilerplate a scraped page has."""
    parts: list[tuple[str, str]] = []
    for _ in range(sections):
        parts += [("nav", rng.choice(NAV)), ("nav", rng.choice(NAV)), ("h1", headline(rng)),
                  ("meta", rng.choice(BYLINES))]
        for _ in range(rng.randint(5, 10)):
            parts.append(("p", " ".join(sentence(rng) for _ in range(rng.randint(2, 6)))))
        parts.append(("p", rng.choice(NOTICES)))
        parts.append(("h2", rng.choice(RELATED_HEADS)))
        parts += [("li", headline(rng)) for _ in range(rng.randint(3, 6))]
        parts += [("footer", line) for line in rng.sample(FOOTER, 3)]
    return parts


def as_text(parts: list[tuple[str, str]]) -> str:
    return "\n\n".join(line for _, line in parts) + "\n"


def as_html(parts: list[tuple[str, str]]) -> str:
    tags = {"nav": "nav", "h1": "h1", "h2": "h2", "meta": "p", "p": "p", "li": "li", "footer": "footer"}
    body = "".join(f"<{tags[k]}>{escape(line)}</{tags[k]}>" for k, line in parts)
    return f"<html><head><title>Synthetic page</title></head><body><article>{body}</article></body></html>"


def synthetic_page(target_mb: float, seed: int = 7) -> tuple[str, str]:
    """A text page of about ``target_mb`` MB and the same content as HTML."""
    rng = random.Random(seed)
    one = as_text(page_parts(random.Random(seed), 1))
    sections = max(1, int(target_mb * 1e6 / len(one.encode("utf-8"))))
    parts = page_parts(rng, sections)
    return as_text(parts), as_html(parts)


@dataclass
class Timing:
    step: str
    kind: str
    seconds: float


def time_steps(pipeline: Pipeline, source: str, mode: str) -> list[Timing]:
    """One run of the pipeline with every step timed on its own."""
    timings: list[Timing] = []
    text = source
    if mode == "text":
        for step in pipeline.steps:
            if step.kind == "repair":
                start = time.perf_counter()
                text = step.func(text)
                timings.append(Timing(step.name, "repair", time.perf_counter() - start))
        from cleantext.text.blocks import text_blocks

        start = time.perf_counter()
        page = Page(text_blocks(text), format="text", settings=pipeline.settings)
        timings.append(Timing("text_blocks", "blocks", time.perf_counter() - start))
    else:
        from cleantext.html.blocks import html_page

        start = time.perf_counter()
        page = html_page(text, repair=pipeline.repair, settings=pipeline.settings)
        timings.append(Timing("html_page (with repairs)", "blocks", time.perf_counter() - start))
    shared = _shared_features()
    if shared is not None:
        # Features are computed once per page and cached; time them apart so the first filter
        # that asks for them is not blamed.
        start = time.perf_counter()
        shared(page)
        timings.append(Timing("features (shared)", "features", time.perf_counter() - start))
    for step in pipeline.steps:
        if step.kind != "repair" and step.runs_on(mode):  # structure steps, filters, select steps
            page.step = step.name
            start = time.perf_counter()
            step.func(page)
            timings.append(Timing(step.name, "filter", time.perf_counter() - start))
    from cleantext.assemble import assemble

    start = time.perf_counter()
    assemble(page.blocks, page.verdicts, format=mode, extra_metadata=page.page_metadata)
    timings.append(Timing("assemble", "assemble", time.perf_counter() - start))
    return timings


def _shared_features() -> Callable[[Page], object] | None:
    try:
        from cleantext.text.features import features
    except ImportError:
        return None
    return features


def best_of(pipeline: Pipeline, source: str, mode: str, rounds: int) -> list[Timing]:
    runs = [time_steps(pipeline, source, mode) for _ in range(rounds)]
    return [Timing(t.step, t.kind, min(r[k].seconds for r in runs)) for k, t in enumerate(runs[0])]


@dataclass
class Row:
    """One step's figures, ready for either rendering."""

    step: str
    kind: str
    seconds: float
    share: float
    mb_per_s: float
    growth: float
    flags: str


def rows(size: int, small: list[Timing], large: list[Timing], factor: int) -> list[Row]:
    total = sum(t.seconds for t in small)
    slowest = max((t for t in small if t.kind == "filter"), key=lambda t: t.seconds, default=None)
    out = []
    for t, big in zip(small, large):
        growth = big.seconds / t.seconds if t.seconds > 1e-6 else float("nan")
        # Linear steps grow by about `factor`; on a shared machine timings wobble, so flag only twice that.
        flags = ["grows faster than the page"] if growth > factor * 2 and big.seconds > 0.05 else []
        flags += ["slowest filter"] if t is slowest else []
        rate = size / 1e6 / t.seconds if t.seconds > 1e-9 else float("inf")
        out.append(Row(t.step, t.kind, t.seconds, t.seconds / total, rate, growth, ", ".join(flags)))
    return out


def heading(mode: str, size: int, small: list[Timing]) -> str:
    total = sum(t.seconds for t in small)
    return f"{mode} mode: {size / 1e6:.1f} MB page, {total:.3f} s in all ({size / 1e6 / total:.1f} MB/s)"


def as_plain(title: str, table: list[Row], factor: int) -> str:
    lines = ["", title, f"{'step':32} {'kind':9} {'seconds':>9} {'share':>7} {'MB/s':>8} {f'x{factor} size':>9}"]
    lines += [f"{r.step:32} {r.kind:9} {r.seconds:9.4f} {r.share:7.1%} {r.mb_per_s:8.1f} {r.growth:8.1f}x"
              + (f"  <- {r.flags}" if r.flags else "") for r in table]
    return "\n".join(lines)


def as_markdown(title: str, table: list[Row], factor: int) -> str:
    lines = [f"**{title}**", "", f"| step | kind | seconds | share | MB/s | time on a {factor}x page | note |",
             "|---|---|---:|---:|---:|---:|---|"]
    lines += [f"| `{r.step}` | {r.kind} | {r.seconds:.4f} | {r.share:.1%} | {r.mb_per_s:.1f} | {r.growth:.1f}x | "
              f"{r.flags} |" for r in table]
    return "\n".join(lines) + "\n"


def corpus_pages(corpus: Path, mode: str, per_dataset: int) -> list[Path]:
    """The first ``per_dataset`` pages (sorted ids) of every dataset of a corpus folder, in ``mode``."""
    sub, ext = ("html", "html") if mode == "html" else ("text", "txt")
    pages: list[Path] = []
    for dataset in sorted(p.parent for p in corpus.glob("*/meta.json")):
        pages += sorted((dataset / sub).glob(f"*.{ext}"))[:per_dataset]
    return pages


def corpus_profile(pipeline: Pipeline, pages: list[Path], mode: str) -> str:
    """Seconds per step summed over real pages, with the page each step spent longest on."""
    totals: dict[str, float] = {}
    worst: dict[str, tuple[float, str]] = {}
    size = 0
    for path in pages:
        source = path.read_text(encoding="utf-8")
        size += len(source.encode("utf-8"))
        for t in time_steps(pipeline, source, mode):
            totals[t.step] = totals.get(t.step, 0.0) + t.seconds
            if t.seconds > worst.get(t.step, (0.0, ""))[0]:
                worst[t.step] = (t.seconds, f"{path.parent.parent.name}/{path.stem}")
    total = sum(totals.values())
    lines = ["", (f"{mode} mode: {len(pages)} corpus pages, {size / 1e6:.1f} MB, {total:.2f} s in all "
                  f"({len(pages) / total:.1f} pages/s, {size / 1e6 / total:.2f} MB/s)"),
             f"{'step':32} {'seconds':>9} {'share':>7} {'MB/s':>8}  slowest page"]
    for step, seconds in sorted(totals.items(), key=lambda kv: -kv[1]):
        rate = size / 1e6 / seconds if seconds > 1e-9 else float("inf")
        lines.append(f"{step:32} {seconds:9.3f} {seconds / total:7.1%} {rate:8.2f}  "
                     f"{worst[step][1]} ({worst[step][0]:.3f} s)")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=float, default=2.0, help="size of the text page in MB (default 2)")
    ap.add_argument("--rounds", type=int, default=3, help="best of N runs per step (default 3)")
    ap.add_argument("--mode", choices=["text", "html", "both"], default="both")
    ap.add_argument("--factor", type=int, default=4, help="size of the growth check page, x the first")
    ap.add_argument("--markdown", type=Path, help="also write the tables as Markdown here (e.g. docs/bench/filters.md)")
    ap.add_argument("--corpus", type=Path, help="instead: time the steps over real pages of this corpus folder")
    ap.add_argument("--limit", type=int, default=20, help="with --corpus: pages per dataset (default 20)")
    args = ap.parse_args(argv)
    sections = []
    pipeline = Pipeline.default()
    if args.corpus:
        for mode in (["text", "html"] if args.mode == "both" else [args.mode]):
            print(corpus_profile(pipeline, corpus_pages(args.corpus, mode, args.limit), mode))
        return 0
    text, html = synthetic_page(args.mb)
    big_text, big_html = synthetic_page(args.mb * args.factor)
    print(f"steps: {', '.join(pipeline.names)}")
    for mode in (["text", "html"] if args.mode == "both" else [args.mode]):
        page, big = (text, big_text) if mode == "text" else (html, big_html)
        try:
            small = best_of(pipeline, page, mode, args.rounds)
        except NotImplementedError as e:
            print(f"\n{mode} mode: skipped ({e})")
            continue
        large = best_of(pipeline, big, mode, args.rounds)
        size = len(page.encode("utf-8"))
        table = rows(size, small, large, args.factor)
        print(as_plain(heading(mode, size, small), table, args.factor))
        sections.append(as_markdown(heading(mode, size, small), table, args.factor))
    if args.markdown:
        when = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
        intro = (f"Run of {when}, `python benchmarks/bench_filters.py --mb {args.mb:g}`, best of {args.rounds}; "
                 "the synthetic page is framed by every kind of boilerplate the filters remove.\n\n")
        args.markdown.write_text(intro + "\n".join(sections), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
