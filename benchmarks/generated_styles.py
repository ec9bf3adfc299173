"""Quality on generated pages in other scraper styles (tests/pagegen/styles.py): hard-wrapped at
50-130 columns, Markdown, lynx dumps, a page scraped twice, forum threads, recipe pages and articles
with comment threads. Per style: the share of long paragraphs kept, of boilerplate lines removed,
of headlines right, of comments split off, of related items with their link, and of pages right.
Run: ``python benchmarks/generated_styles.py [--pages 100] [--style wrapped ...]``.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from pagegen.styles import HEADER, STYLES, run_style


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=100, help="pages per style (default 100)")
    parser.add_argument("--style", action="append", choices=STYLES, help="styles to run (default all)")
    args = parser.parse_args(argv)
    print(HEADER)
    for style in args.style or STYLES:
        print(run_style(style, args.pages).row(style))
    return 0


if __name__ == "__main__":
    sys.exit(main())
