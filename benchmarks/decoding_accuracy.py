"""Held-out decoding accuracy: legacy charsets by charset and length, and damaged bytes.

    python benchmarks/decoding_accuracy.py [--old CHECKOUT] [--markdown] [--show N]

The inputs are tests/decoding_cases.py: invented paragraphs in 40 languages (other texts than the
tests/legacy_texts.py corpus that the charset guess was tuned on), encoded without a declaration in
each charset the language was written in and cut to 2-32 words (4-64 characters of Chinese,
Japanese or Thai), whole, and as an HTML page; and damaged inputs: a <meta> naming the wrong
charset, a UTF-8 page with one paragraph pasted in a legacy charset, UTF-8 read once or twice as
windows-1252 or latin-1 and saved as UTF-8. An input is right when `decode_bytes` then
`repair_encoding` (what `extract` runs first) gives the text exactly (NFC on both sides).
Columns: ``this`` (the cleantext on PYTHONPATH), ``old`` (--old CHECKOUT).
"""
from __future__ import annotations

import argparse
import importlib
import sys
import tempfile
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "tests"), str(ROOT / "src")]

from bench_decoding import load_decode_source  # this folder is on sys.path
from charset_guess import print_table
from decoding_cases import CHARSETS, Case, cases, damaged_cases, same_text

Reader = Callable[[bytes], str]


def reader(package: str) -> Reader:
    decoding = importlib.import_module(f"{package}.decoding")
    repair = importlib.import_module(f"{package}.repairs.encoding").repair_encoding

    def read(data: bytes) -> str:
        return str(repair(decoding.decode_bytes(data)))

    return read


def length_bucket(case: Case) -> str:
    if case.length in ("all", "page"):
        return {"all": "whole paragraph", "page": "HTML page"}[case.length]
    n = int(case.length.split()[0])
    # Chinese, Japanese and Thai characters count as half a word (a word is two or three of them).
    return f"{n if 'words' in case.length else n // 2} words"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--old", type=Path, help="a checkout to compare with (a directory holding src/cleantext)")
    ap.add_argument("--markdown", action="store_true")
    ap.add_argument("--show", type=int, default=0, help="print up to N wrong inputs of this version")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        systems: dict[str, Reader] = {"this": reader("cleantext")}
        if args.old:
            sys.path.insert(0, tmp)
            load_decode_source(args.old, "cleantext_old", Path(tmp))
            systems["old"] = reader("cleantext_old")
        wrong: list[tuple[Case, str]] = []
        table: dict[str, Counter[tuple[str, str]]] = {"charset": Counter(), "length": Counter(), "damage": Counter()}
        totals: dict[str, Counter[str]] = {k: Counter() for k in table}
        for case in cases():
            for key, row in (("charset", case.codec), ("length", length_bucket(case))):
                totals[key][row] += 1
                for name, read in systems.items():
                    got = read(case.data)
                    ok = same_text(got, case.text)
                    table[key][(name, row)] += ok
                    if not ok and name == "this" and key == "charset":
                        wrong.append((case, got))
        for kind, case in damaged_cases():
            totals["damage"][kind] += 1
            for name, read in systems.items():
                got = read(case.data)
                ok = same_text(got, case.text)
                table["damage"][(name, kind)] += ok
                if not ok and name == "this":
                    wrong.append((case, got))
        order = {"charset": list(CHARSETS), "length": sorted(totals["length"], key=sort_length),
                 "damage": list(totals["damage"])}
        for key, title in (("charset", "undeclared legacy bytes, by charset"),
                           ("length", "the same inputs by length"), ("damage", "damaged bytes")):
            print_table(title, order[key], totals[key], table[key], list(systems), args.markdown, key, 28)
        for case, got in wrong[: args.show]:
            print(f"\n{case!r}\n  want {case.text[:100]!r}\n  got  {got[:100]!r}")


def sort_length(row: str) -> tuple[int, str]:
    head = row.split()[0]
    return (int(head), row) if head.isdigit() else (1000, row)


if __name__ == "__main__":
    main()
