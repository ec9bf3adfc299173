"""Pages per second of cleantext's HTML mode over a folder of pages, against lxml's parse alone.

    python benchmarks/bench_html.py DIR [--limit N] [--every K] [--repeat R] [--big-mb MB]
    python benchmarks/bench_html.py DIR --every 4 --old ../main --peers trafilatura,readability,resiliparse

The floor is ``lxml.html.document_fromstring`` on the same strings in the same run (CPU time); the aim is a
total time within 3x of it. ``--big-mb`` also times one generated page of that size (robustness:
time must stay linear).

``--old CHECKOUT`` and ``--peers`` add a second table: the whole extraction of an older checkout
(imported under another name, as compare_versions.py does), of this one and of the peers, each
page handed to every system in turn (the order rotates per page), best round per system, so load
on a shared machine falls on all alike: pages/s, time over lxml's parse, and new over old.
"""
from __future__ import annotations

import argparse
import importlib
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import lxml.html

from cleantext import Pipeline
from cleantext.html.parse import parse
from cleantext.html.walk import walk

HERE = Path(__file__).resolve().parent


def load(folder: Path, limit: int | None, every: int = 1) -> list[str]:
    files = sorted(folder.rglob("*.html"))[::every]
    files = files[:limit] if limit else files
    return [f.read_text(encoding="utf-8", errors="replace") for f in files]


def interleaved(systems: dict[str, Callable[[str], object]], pages: list[str], rounds: int) -> dict[str, float]:
    """Best round's CPU seconds per system, each page handed to every system in turn."""
    names = list(systems)
    best = dict.fromkeys(names, float("inf"))
    for _ in range(rounds):
        totals = dict.fromkeys(names, 0.0)
        for i, page in enumerate(pages):
            k = i % len(names)
            for name in names[k:] + names[:k]:
                start = time.process_time()
                systems[name](page)
                totals[name] += time.process_time() - start
        best = {name: min(best[name], totals[name]) for name in names}
    return best


def old_extract(checkout: Path, into: Path) -> Callable[[str], object]:
    """The HTML extraction of the cleantext in ``checkout``, imported as ``cleantext_old``."""
    shutil.copytree(checkout / "src" / "cleantext", into / "cleantext_old",
                    ignore=shutil.ignore_patterns("__pycache__"))
    sys.path.insert(0, str(into))
    pipeline = importlib.import_module("cleantext_old").Pipeline.default()
    return lambda page: pipeline.run(page, format="html")


def compare(pages: list[str], old: Path | None, peers: list[str], rounds: int) -> None:
    """The second table: old and new extraction and the peers, interleaved, against lxml's parse."""
    sys.path.insert(0, str(HERE))
    from systems import make_system

    new = Pipeline.default()
    with tempfile.TemporaryDirectory() as tmp:
        systems: dict[str, Callable[[str], object]] = {"lxml parse": lxml_floor}
        if old is not None:
            systems["cleantext old"] = old_extract(old, Path(tmp))
        systems["cleantext"] = lambda page: new.run(page, format="html")
        for name in peers:
            try:
                systems[name] = make_system(name, "html")
            except ImportError:
                print(f"skipped {name}: not installed")
        for func in systems.values():  # lazy imports and compiled patterns are not page one's
            for page in pages[:5]:
                func(page)
        seconds = interleaved(systems, pages, rounds)
    floor = seconds["lxml parse"]
    print(f"\ninterleaved, best of {rounds}")
    print(f"{'system':38} {'seconds':>8} {'pages/s':>8} {'x floor':>8}")
    for name, secs in seconds.items():
        print(f"{name:38} {secs:8.2f} {len(pages) / secs:8.1f} {secs / floor:8.2f}")
    if old is not None:
        print(f"cleantext over cleantext old: {seconds['cleantext old'] / seconds['cleantext']:.2f}x the pages/s")
    for name in peers:
        if name in seconds:
            print(f"cleantext over {name}: {seconds[name] / seconds['cleantext']:.2f}x the pages/s")


def timed(func: Callable[[str], object], pages: list[str], repeat: int) -> float:
    """Best-of-``repeat`` CPU seconds for ``func`` over every page (CPU time: the machine may be shared)."""
    rounds = []
    for _ in range(repeat):
        start = time.process_time()
        for page in pages:
            func(page)
        rounds.append(time.process_time() - start)
    return min(rounds)


def lxml_floor(page: str) -> object:
    """lxml's own parse; it refuses str with an XML encoding declaration, so those go in as bytes."""
    try:
        return lxml.html.document_fromstring(page)
    except ValueError:
        return lxml.html.document_fromstring(page.encode("utf-8"))


def big_page(mb: int) -> str:
    """A generated article page of about ``mb`` megabytes: paragraphs, lists, nav and tables."""
    para = ("<p>The committee met on Tuesday, and after a long debate, it agreed to the plan "
            "that the <a href='/x'>city council</a> proposed last spring.</p>\n")
    chunk = ("<div class='section'>" + para * 8 + "<ul><li><a href='/a'>Link one</a></li>"
             "<li><a href='/b'>Link two</a></li></ul><table><tr><td>a</td><td>b</td></tr></table></div>\n")
    n = mb * 1024 * 1024 // len(chunk) + 1
    return ("<html><head><title>Big page</title></head><body><nav><a href='/'>Home</a></nav><article>"
            + chunk * n + "</article></body></html>")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--big-mb", type=int, default=0)
    ap.add_argument("--every", type=int, default=1, help="every K-th page (sorted by path)")
    ap.add_argument("--old", type=Path, help="an older checkout to compare with, interleaved")
    ap.add_argument("--peers", default="", help="comma-separated peers beside it (systems.py names)")
    args = ap.parse_args()
    pages = load(args.folder, args.limit, args.every)
    if not pages:
        raise SystemExit(f"no .html files under {args.folder}")
    mb = sum(len(p.encode("utf-8")) for p in pages) / 1e6
    floor = timed(lxml_floor, pages, args.repeat)
    ours_parse = timed(parse, pages, args.repeat)
    walked = timed(lambda p: walk(parse(p)), pages, args.repeat)
    default = Pipeline.default()
    structure = Pipeline([s for s in default.steps if s.kind == "repair"])
    html_only = timed(lambda p: structure.run(p, format="html"), pages, args.repeat)
    total = timed(lambda p: default.run(p, format="html"), pages, args.repeat)
    print(f"{len(pages)} pages, {mb:.1f} MB, best of {args.repeat}")
    print(f"{'stage':38} {'seconds':>8} {'pages/s':>8} {'x floor':>8}")
    for name, secs in (("lxml document_fromstring (floor)", floor), ("cleantext parse", ours_parse),
                       ("cleantext parse + walk", walked),
                       ("cleantext HTML stage + repairs", html_only), ("cleantext extract (total)", total)):
        print(f"{name:38} {secs:8.2f} {len(pages) / secs:8.1f} {secs / floor:8.2f}")
    peers = [p for p in args.peers.split(",") if p]
    if args.old is not None or peers:
        compare(pages, args.old, peers, args.repeat)
    if args.big_mb:
        page = big_page(args.big_mb)
        parse_s = timed(lxml_floor, [page], 1)
        start = time.process_time()
        doc = default.run(page, format="html")
        secs = time.process_time() - start
        print(f"big page {len(page) / 1e6:.0f} MB: parse {parse_s:.1f} s, extract {secs:.1f} s "
              f"({secs / parse_s:.1f}x), {len(doc.body) / 1e6:.1f} MB of text")


if __name__ == "__main__":
    main()
