"""Throughput of clean() in two versions of cleantext, interleaved in one process.

    python benchmarks/compare_versions.py OLD_CHECKOUT [NEW_CHECKOUT] [--texts DIR ...] [--rounds N]

Each checkout is a directory holding src/cleantext (a git worktree, a clone); NEW defaults to this
repository. Both packages are copied under other names and imported side by side, and every round
times old, new and ftfy.fix_text one after another on the same texts (CPU time, best round kept), so
load on a shared machine moves all three alike. Without --texts it uses examples/.
"""
from __future__ import annotations

import argparse
import gc
import importlib
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import ftfy

HERE = Path(__file__).resolve().parent


def load_package(checkout: Path, name: str, into: Path) -> Callable[[str], str]:
    """clean() of the package in ``checkout``, imported as ``name`` (its imports are relative)."""
    source = checkout / "src" / "cleantext"
    if not (source / "__init__.py").is_file():
        sys.exit(f"no src/cleantext in {checkout}")
    shutil.copytree(source, into / name, ignore=shutil.ignore_patterns("__pycache__"))
    clean: Callable[[str], str] = importlib.import_module(name).clean
    return clean


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("old", type=Path, help="checkout of the version to compare against")
    ap.add_argument("new", type=Path, nargs="?", default=HERE.parent, help="checkout (default: this one)")
    ap.add_argument("--texts", nargs="*", default=[str(HERE.parent / "examples")],
                    help="folders of .txt files (default: examples/)")
    ap.add_argument("--rounds", type=int, default=15)
    args = ap.parse_args()
    texts = [p.read_text(encoding="utf-8", errors="replace")
             for folder in args.texts for p in sorted(Path(folder).glob("*.txt"))]
    if not texts:
        sys.exit("no .txt files found")
    size = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    with tempfile.TemporaryDirectory() as tmp:
        sys.path.insert(0, tmp)
        systems = {"old": load_package(args.old, "cleantext_old", Path(tmp)),
                   "new": load_package(args.new, "cleantext_new", Path(tmp)),
                   "ftfy.fix_text": ftfy.fix_text}
        for func in systems.values():  # warm up: compiled patterns, caches
            for t in texts:
                func(t)
        best = dict.fromkeys(systems, float("inf"))
        gc.disable()
        for _ in range(args.rounds):
            for name, func in systems.items():
                t0 = time.process_time()
                for t in texts:
                    func(t)
                best[name] = min(best[name], time.process_time() - t0)
        gc.enable()
    print(f"{len(texts)} documents, {size:.2f} MB, best of {args.rounds} interleaved rounds")
    for name, seconds in best.items():
        print(f"{name:14s} {size / seconds:7.2f} MB/s")


if __name__ == "__main__":
    main()
