"""Speed of turning page bytes into str: clean UTF-8 (the common case, which must not slow down)
and undeclared legacy bytes (where the charset is guessed).

    python benchmarks/bench_decoding.py [--old CHECKOUT] [--corpus ../shared/corpus] [--rounds N]

UTF-8: every corpus text and HTML file as bytes (else examples/ and tests/fixtures/), through
`decode_source` of this checkout and of --old, interleaved round by round in one process (CPU
time, best round kept), so load on a shared machine moves both alike. Legacy: the pages of
tests/legacy_texts.py repeated to 10 KB, 1 MB and 10 MB, per charset family, through both:
milliseconds per page (the old checkout read them all as windows-1252).
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

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "tests"), str(ROOT / "src")]

from legacy_texts import paragraphs

Decoder = Callable[[bytes], str]


def load_decode_source(checkout: Path, name: str, into: Path) -> Decoder:
    source = checkout / "src" / "cleantext"
    if not (source / "__init__.py").is_file():
        sys.exit(f"no src/cleantext in {checkout}")
    shutil.copytree(source, into / name, ignore=shutil.ignore_patterns("__pycache__"))
    decode: Decoder = importlib.import_module(f"{name}.decoding").decode_source
    return decode


def utf8_inputs(corpus: Path) -> tuple[list[bytes], str]:
    files = sorted(corpus.glob("*/text/*.txt")) + sorted(corpus.glob("*/html/*.html")) if corpus.is_dir() else []
    where = f"{len(files)} corpus files"
    if not files:
        files = sorted((ROOT / "examples").glob("*.txt")) + sorted((ROOT / "tests" / "fixtures").rglob("*.*"))
        where = f"{len(files)} example and fixture files (no corpus at {corpus})"
    return [f.read_bytes() for f in files if f.is_file()], where


def best_of(func: Decoder, inputs: list[bytes], rounds: int) -> float:
    best = float("inf")
    for _ in range(rounds):
        t0 = time.process_time()
        for data in inputs:
            func(data)
        best = min(best, time.process_time() - t0)
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--old", type=Path, help="a checkout to compare with on clean UTF-8")
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    ap.add_argument("--rounds", type=int, default=15)
    args = ap.parse_args()
    from cleantext.decoding import decode_source

    inputs, where = utf8_inputs(args.corpus)
    size = sum(map(len, inputs)) / 1e6
    with tempfile.TemporaryDirectory() as tmp:
        sys.path.insert(0, tmp)
        systems: dict[str, Decoder] = {"this": decode_source}
        if args.old:
            systems["old"] = load_decode_source(args.old, "cleantext_old", Path(tmp))
        for func in systems.values():  # warm up
            for data in inputs:
                func(data)
        best = dict.fromkeys(systems, float("inf"))
        gc.disable()
        for _ in range(args.rounds):
            for name, func in systems.items():
                best[name] = min(best[name], best_of(func, inputs, 1))
        gc.enable()
        print(f"clean UTF-8: {where}, {size:.1f} MB, best of {args.rounds} interleaved rounds")
        for name, seconds in best.items():
            print(f"  {name:5} {size / seconds:8.0f} MB/s  ({seconds * 1000 / len(inputs):.3f} ms per file)")

        print("\nundeclared legacy bytes: ms per page (best of 3)")
        sizes = (10_000, 1_000_000, 10_000_000)
        print(f"  {'charset':10} " + " ".join(f"{f'{n:,} B {name}':>20}" for n in sizes for name in systems))
        for codec, lang in [("cp1252", "fr"), ("cp1250", "pl"), ("cp1251", "ru"), ("gb18030", "zh"),
                            ("shift_jis", "ja"), ("cp1256", "ar")]:
            page = "\n\n".join(paragraphs(lang, codec)).encode(codec)
            cells = []
            for target in sizes:
                data = (page + b"\n\n") * (target // (len(page) + 2) + 1)
                for func in systems.values():
                    cells.append(f"{best_of(func, [data], 3) * 1000:.1f}")
            print(f"  {codec:10} " + " ".join(f"{c:>20}" for c in cells))

if __name__ == "__main__":
    main()
