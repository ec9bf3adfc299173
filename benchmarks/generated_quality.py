"""Quality on generated pages: per-kind boilerplate removal rates and the article-paragraph keep rate.

Pages come from tests/pagegen with fixed seeds, so runs are comparable; the truth is known by
construction. Run: ``python benchmarks/generated_quality.py [--pages 300] [--sample text ...]
[--examples 2]``. "removed" = no line of the part left in the main text; "moved" = removed and
found where a perfect cleaner puts it (metadata for bylines and tags, related items for
trending, related and read-more lists).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from pagegen import KINDS
from pagegen.quality import SAMPLES, report, run_sample


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=300, help="pages per sample (default 300)")
    parser.add_argument("--sample", action="append", choices=sorted(SAMPLES),
                        help="text, text_damaged, html, html_damaged (repeatable; default all)")
    parser.add_argument("--examples", type=int, default=2, help="failing examples shown per kind")
    parser.add_argument("--known-weak", action="store_true",
                        help="print KNOWN_LOST and KNOWN_WEAK for tests/test_generated_quality.py (use --pages 100)")
    args = parser.parse_args(argv)
    if args.known_weak:
        print(known_weak(args.sample or list(SAMPLES), args.pages))
        return 0
    for sample in args.sample or list(SAMPLES):
        tally = run_sample(sample, args.pages, keep_examples=args.examples)
        print(report(tally, f"{sample}: {args.pages} pages", examples=args.examples))
        print()
    return 0


def known_weak(samples: list[str], pages: int) -> str:
    """The xfail tables of the quality tests, as measured now."""
    lost, weak = [], []
    for sample in samples:
        t = run_sample(sample, pages)
        if t.lost:
            lost.append(f'    "{sample}": "{t.long_kept}/{t.long_total} kept",')
        weak += [f'    ("{sample}", "{k}"): "{t.removed[k]}/{t.cases[k]} = {t.rate(k):.0%}",'
                 for k in sorted(KINDS) if t.rate(k) < 0.95]
    return "KNOWN_LOST: dict[str, str] = {\n" + "\n".join(lost) + "\n}\n" + \
        "KNOWN_WEAK: dict[tuple[str, str], str] = {\n" + "\n".join(weak) + "\n}"


if __name__ == "__main__":
    sys.exit(main())
