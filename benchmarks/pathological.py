"""Time cleantext on pathological inputs at sizes too large for the test suite.

The cases of tests/pathological.py at 1 MB and 8 MB (the issue's linear-time bound), a 10 MB
line without a newline, a million short lines and 100,000-deep HTML nesting. Each size runs in
a child process with a timeout. Run: ``python benchmarks/pathological.py [--quick] [--case NAME]``.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from pathological import CASES, SENTENCE, Case, time_case

BIG = (
    (Case("10MB_line_without_newline", SENTENCE), [10_000_000]),
    (Case("1M_short_lines", "Home\n"), [5_000_000]),
    (Case("html_100k_deep_nesting", "<div>", prefix="<html><body>", suffix="text", format="html"), [500_000]),
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="128 KB and 1 MB instead of 1 MB and 8 MB")
    parser.add_argument("--case", action="append", default=[], help="only these case names (repeatable)")
    parser.add_argument("--timeout", type=float, default=600.0, help="seconds per case (default 600)")
    args = parser.parse_args(argv)
    small, large = (128_000, 1_000_000) if args.quick else (1_000_000, 8_000_000)
    print(f"| case | {small // 1000} KB s | {large // 1000} KB s | ratio | MB/s at large |")
    print("|---|---:|---:|---:|---:|")
    for case in CASES:
        if args.case and case.name not in args.case:
            continue
        try:
            t1, t8 = time_case(case, [small, large], repeat=1, timeout=args.timeout)
        except subprocess.TimeoutExpired:
            print(f"| {case.name} | | TIMEOUT after {args.timeout:.0f} s | | |")
            continue
        print(f"| {case.name} | {t1:.3f} | {t8:.3f} | {t8 / max(t1, 1e-9):.1f}x | {large / 1e6 / t8:.2f} |",
              flush=True)
    for case, sizes in BIG:
        if args.case and case.name not in args.case:
            continue
        if args.quick:
            sizes = [s // 10 for s in sizes]
        try:
            (t,) = time_case(case, sizes, repeat=1, timeout=args.timeout)
            print(f"| {case.name} | | {t:.3f} ({sizes[0] / 1e6:.1f} MB) | | {sizes[0] / 1e6 / t:.2f} |", flush=True)
        except subprocess.TimeoutExpired:
            print(f"| {case.name} | | TIMEOUT after {args.timeout:.0f} s | | |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
