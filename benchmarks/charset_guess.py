"""Undeclared legacy charsets: how many inputs decode to the text they encode, per charset.

    python benchmarks/charset_guess.py [--old CHECKOUT] [--snippets] [--markdown]

The inputs are the test corpus of tests/legacy_texts.py: invented paragraphs per language, encoded
without a declaration in each charset the language used before UTF-8, as one sentence, one
paragraph, a scraped page (among ASCII menu and footer lines) and an HTML page, over CODECS:
every legacy charset each language was written in, not only those the guess claims. Columns:
- ``this``: `decode_bytes` of the cleantext on PYTHONPATH (or this checkout);
- ``old``: the checkout given with --old (e.g. a main worktree), its `decode_source`;
- ``c-n``: charset-normalizer alone, ``from_bytes(data).best()`` with its defaults.
An input is right when the decoded text equals the text, character for character.
--snippets adds runs of 1-13 words (or 3-39 CJK characters) cut at random from the paragraphs:
shorter than anything a page is made of, where every detector starts guessing.
"""
from __future__ import annotations

import argparse
import random
import sys
import tempfile
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "tests"), str(ROOT / "src")]

from bench_decoding import load_decode_source  # this folder is on sys.path
from legacy_texts import CODECS, encodable, paragraphs, samples

Decoder = Callable[[bytes], str]


def charset_normalizer_alone(data: bytes) -> str:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    return str(best) if best is not None else ""


def snippets(rng: random.Random) -> list[tuple[str, str, str]]:
    """(codec, size, text): word runs of 1-13 words, or 3-39 characters of CJK text."""
    out = []
    for codec, langs in CODECS.items():
        for lang in langs:
            if not encodable(lang, codec):
                continue
            paras = paragraphs(lang, codec)
            words = " ".join(paras).split()
            cjk = lang in ("zh", "zh_tw", "ja", "ko")
            for k in (1, 3, 5, 8, 13):
                for _ in range(40):
                    if cjk and lang != "ko":
                        text = "".join(paras)
                        i = rng.randrange(len(text))
                        text = text[i:i + 3 * k]
                    else:
                        i = rng.randrange(len(words))
                        text = " ".join(words[i:i + k])
                    if text and not text.isascii():
                        out.append((codec, f"{k} words" if not (cjk and lang != "ko") else f"{3 * k} chars", text))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--old", type=Path, help="a checkout to compare with (a directory holding src/cleantext)")
    ap.add_argument("--snippets", action="store_true", help="also cut short runs of words from the paragraphs")
    ap.add_argument("--markdown", action="store_true", help="print the tables as Markdown")
    args = ap.parse_args()
    from cleantext.decoding import decode_bytes

    with tempfile.TemporaryDirectory() as tmp:
        systems: dict[str, Decoder] = {"this": decode_bytes}
        if args.old:
            sys.path.insert(0, tmp)
            systems["old"] = load_decode_source(args.old, "cleantext_old", Path(tmp))
        systems["c-n"] = charset_normalizer_alone
        right: Counter[tuple[str, str]] = Counter()
        total: Counter[str] = Counter()
        kinds: Counter[str] = Counter()
        kind_right: Counter[tuple[str, str]] = Counter()
        for s in samples(CODECS):
            kinds[s.kind] += 1
            total[s.codec] += 1
            for name, decode in systems.items():
                ok = decode(s.data) == s.text
                right[(name, s.codec)] += ok
                kind_right[(name, s.kind)] += ok
        print_table("inputs (headlines, sentences, paragraphs, pages, HTML pages)", list(CODECS), total, right,
                    list(systems), args.markdown)
        print_table("the same inputs by kind", list(kinds), kinds, kind_right, list(systems), args.markdown)
        if args.snippets:
            cut = snippets(random.Random(1))
            s_total: Counter[str] = Counter()
            s_right: Counter[tuple[str, str]] = Counter()
            for codec, _, text in cut:
                s_total[codec] += 1
                for name, decode in systems.items():
                    s_right[(name, codec)] += decode(text.encode(codec)) == text
            print_table("short snippets (1-13 words, 3-39 CJK characters)", list(CODECS), s_total, s_right,
                        list(systems), args.markdown)


def print_table(title: str, rows: list[str], total: Counter[str], right: Counter[tuple[str, str]],
                names: list[str], markdown: bool, first: str = "charset", width: int = 12) -> None:
    """right / inputs per row and system, and a last row "all" (also used by decoding_accuracy.py)."""
    print(f"\n{title}: right / inputs")
    if markdown:
        print(f"| {first} | " + " | ".join(names) + " |")
        print("|---|" + "---:|" * len(names))
    else:
        print(f"{first:{width}}" + "".join(f"{n:>12}" for n in names))
    for row in [*rows, "all"]:
        n = sum(total.values()) if row == "all" else total[row]
        cells = [f"{sum(right[(name, r)] for r in rows) if row == 'all' else right[(name, row)]}/{n}"
                 for name in names]
        if markdown:
            print(f"| {row} | " + " | ".join(cells) + " |")
        else:
            print(f"{row:{width}}" + "".join(f"{c:>12}" for c in cells))


if __name__ == "__main__":
    main()
