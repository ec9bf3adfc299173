"""Speed of the default repairs against ftfy.fix_text, and whether they agree on damaged text.

    python benchmarks/bench_repairs.py [--corpus ../shared/corpus] [--limit N] [--repeat N]

Texts: the corpus's text/ files when present (else generated multilingual text). Speeds are MB of
UTF-8 per second of CPU time (process_time), best of --repeat rounds, single core:
- on clean text (the texts after one pass of the default repairs, so nothing is left to fix),
- on the texts as scraped,
- on damaged text (UTF-8 read as cp1252, then HTML-escaped).
On damaged text it then compares repair_encoding with ftfy.fix_text under the same pinned options
and with ftfy's defaults, and prints the first differing lines.
"""
from __future__ import annotations

import argparse
import html
import random
from collections.abc import Callable
from pathlib import Path

import ftfy
from bench_clean import rate  # MB/s of CPU time, best of N rounds (this folder is on sys.path)

from cleantext import Pipeline
from cleantext.repairs import normalize_whitespace, repair_encoding, strip_invisible
from cleantext.repairs.encoding import FTFY_CONFIG

ROOT = Path(__file__).resolve().parents[1]
chain = Pipeline.default().repair  # the default repairs, in order

WORDS = [
    "the", "minister", "said", "on", "Monday", "that", "prices", "rose", "5%", "in", "2024", "Fernández",
    "Müller", "façade", "naïve", "Łódź", "Привет", "мир", "Україна", "Αθήνα", "北京", "市政府", "東京都",
    "서울시", "القاهرة", "सरकार", "“quoted”", "‘single’", "—", "–", "…", "€", "©",
]


def load_texts(corpus: Path, limit: int) -> tuple[list[str], str]:
    files = sorted(corpus.glob("*/text/*.txt")) if corpus.is_dir() else []
    if files:
        if limit:
            files = files[:: max(1, len(files) // limit)][:limit]
        return [f.read_text(encoding="utf-8") for f in files], f"{len(files)} corpus text files"
    rng = random.Random(1)
    texts = ["\n".join(" ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 40))) for _ in range(200))
             for _ in range(limit or 50)]
    return texts, f"{len(texts)} generated texts (no corpus at {corpus})"


def sloppy_cp1252(text: str) -> str:
    """UTF-8 bytes read as windows-1252 the way browsers do (undefined bytes become C1 controls)."""
    return "".join(bytes([b]).decode("cp1252") if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D) else chr(b)
                   for b in text.encode("utf-8"))


def ftfy_pinned(text: str) -> str:
    return ftfy.fix_text(text, FTFY_CONFIG)


def report_speeds(title: str, texts: list[str], repeat: int, with_ftfy: bool = True) -> dict[str, float]:
    size = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    print(f"\n{title} ({size:.2f} MB)")
    rows: dict[str, float] = {}
    funcs: list[tuple[str, Callable[[str], str]]] = [
        ("repair_encoding", repair_encoding), ("strip_invisible", strip_invisible),
        ("normalize_whitespace", normalize_whitespace), ("default repairs together", chain)]
    if with_ftfy:
        funcs += [("ftfy.fix_text (defaults)", ftfy.fix_text), ("ftfy.fix_text (pinned options)", ftfy_pinned)]
    for name, func in funcs:
        rows[name] = rate(func, texts, 1 if name.startswith("ftfy") else repeat)
        print(f"  {name:32s} {rows[name]:8.1f} MB/s")
    if with_ftfy:
        print(f"  repair_encoding vs ftfy.fix_text: {rows['repair_encoding'] / rows['ftfy.fix_text (defaults)']:.0f}x;"
              f" all repairs vs ftfy.fix_text: {rows['default repairs together'] / rows['ftfy.fix_text (defaults)']:.0f}x")
    return rows


def compare_outputs(clean: list[str], damaged: list[str], show: int) -> None:
    """repair_encoding against ftfy on damaged text, line by line."""
    same_pinned = same_default = back = ftfy_back = 0
    shown = 0
    for original, text in zip(clean, damaged):
        ours = repair_encoding(text)
        pinned = ftfy_pinned(text)
        default = ftfy.fix_text(text)
        back += normalize_whitespace(strip_invisible(ours)) == original
        ftfy_back += normalize_whitespace(strip_invisible(pinned)) == original
        same_pinned += ours == pinned
        # ftfy's defaults also uncurl quotes, NFC, fix line breaks...: compare after ours does the same.
        same_default += ftfy.fix_text(ours) == default
        for a, b in zip(ours.split("\n"), pinned.split("\n")):
            if a != b and shown < show:
                shown += 1
                print(f"    ours: {a[:110]!r}\n    ftfy: {b[:110]!r}")
    n = len(damaged)
    print(f"  documents repaired back to the original: {back}/{n} (ftfy.fix_text, pinned options: {ftfy_back}/{n})")
    print(f"  documents equal to ftfy.fix_text with the pinned options: {same_pinned}/{n}")
    print(f"  documents where ftfy's defaults agree after uncurling etc.: {same_default}/{n}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    ap.add_argument("--limit", type=int, default=0, help="use about N texts (spread over the corpus)")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--show", type=int, default=8, help="differing lines to print")
    args = ap.parse_args()
    raw, what = load_texts(args.corpus, args.limit)
    print(f"{what}; ftfy {ftfy.__version__}")
    clean = [chain(t) for t in raw]
    report_speeds("Clean text (already repaired)", clean, args.repeat)
    report_speeds("Text as scraped", raw, args.repeat, with_ftfy=False)
    # html.escape first, so the mojibake also covers the entities' neighbours, as in a real page.
    sample = clean[:: max(1, len(clean) // 60)]
    damaged = [sloppy_cp1252(html.escape(t.replace("&", "and"))) for t in sample]
    originals = [t.replace("&", "and") for t in sample]
    report_speeds("Damaged text (mojibake + entities)", damaged, 1)
    compare_outputs(originals, damaged, args.show)


if __name__ == "__main__":
    main()
