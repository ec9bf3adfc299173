"""Throughput of cleantext.clean() on plain scraped text, single core.

    python benchmarks/bench_clean.py [FILE_OR_DIR ...] [--repeat N]

Without arguments it uses examples/*.txt of this repository (seed-like scraped pages). Reports
MB/s of CPU time (process_time, so other load on the machine matters less) for the whole
pipeline, for the repairs alone, and for ftfy.fix_text on the same text as a reference.
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path

import ftfy

import cleantext
from cleantext.api import default_pipeline

HERE = Path(__file__).resolve().parent


def load(paths: list[str]) -> list[str]:
    files: list[Path] = []
    for p in paths or [str(HERE.parent / "examples")]:
        path = Path(p)
        files += sorted(path.rglob("*.txt")) if path.is_dir() else [path]
    return [f.read_text(encoding="utf-8", errors="replace") for f in files]


def rate(func, texts: list[str], repeat: int) -> float:
    """MB/s of CPU time for func over all texts, best of ``repeat`` rounds."""
    size = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    best = float("inf")
    for _ in range(repeat):
        t0 = time.process_time()
        for t in texts:
            func(t)
        best = min(best, time.process_time() - t0)
    return size / best if best > 0 else float("inf")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("paths", nargs="*", help="text files or folders of .txt files (default: examples/)")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--limit", type=int, default=0, help="use the first N files only")
    args = ap.parse_args()
    texts = load(args.paths)
    if args.limit:
        texts = texts[: args.limit]
    size = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    pipeline = default_pipeline()
    print(f"{len(texts)} documents, {size:.2f} MB")
    print(f"clean():            {rate(cleantext.clean, texts, args.repeat):8.1f} MB/s")
    print(f"repairs only:       {rate(pipeline.repair, texts, args.repeat):8.1f} MB/s")
    print(f"ftfy.fix_text:      {rate(ftfy.fix_text, texts, max(1, args.repeat // 2)):8.1f} MB/s")


if __name__ == "__main__":
    main()
