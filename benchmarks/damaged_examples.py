"""Damaged copies of the shared example pages: which kinds of damage keep every expected line.

Each example (``../shared/examples/*.txt`` with its ``.expected.json``) is damaged some 55 ways
(line endings, blank lines, wrapping at 60/72/80 columns, bytes in cp1252, latin-1 and UTF-16 with
and without a BOM, HTML escaping and markup, case, invisible and control characters, "> " quoting,
Markdown marks, dropped and doubled lines, the title or menu line removed, ...) and cleaned with the
default pipeline. A row says how many expected lines were lost, how many ``not_in_text`` lines
leaked, whether the title and the number of related items are those of the clean copy, and any
extra lines. Lines are compared without whitespace, quotes and dashes, and without the marks a
damage adds ("> ", "# ", "* "), so a wrapped or quoted line that is all there counts as kept.

Run: ``python benchmarks/damaged_examples.py [--examples DIR] [--only KIND ...] [--bad]``. Exits
cleanly when the examples are absent.
"""
from __future__ import annotations

import argparse
import glob
import html
import json
import random
import re
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import cleantext

EXAMPLES = Path(__file__).resolve().parents[1].parent / "shared" / "examples"
# What a comparison ignores: typographic quotes and dashes (a damage may turn them into "?"), and
# the marks a damage puts before a line.
IGNORED = re.compile("[\u2019\u2018\u201c\u201d\u2014?'\"-]")
ADDED_MARKS = re.compile(r"^(?:> ?|#+ |\* )+")


def norm(text: str) -> str:
    """A line as compared: no marks, quotes, dashes or whitespace, lowercased."""
    return "".join(ADDED_MARKS.sub("", " ".join(IGNORED.sub("", text).split())).split()).lower()


def wrap(text: str, width: int) -> str:
    return "\n".join(("\n".join(textwrap.wrap(line, width)) if line.strip() else "") for line in text.split("\n"))


def damages(text: str, expected: dict[str, Any]) -> Iterator[tuple[str, str | bytes]]:
    """(name, damaged copy) pairs; bytes are passed to extract() as bytes."""
    lines = text.split("\n")
    yield "none", text
    yield "crlf", text.replace("\n", "\r\n")
    yield "cr", text.replace("\n", "\r")
    yield "noblank", "\n".join(line for line in lines if line.strip())
    yield "doubleblank", text.replace("\n", "\n\n")
    yield "tripleblank", text.replace("\n", "\n\n\n")
    yield "indent", "\n".join("   " + line + "  " for line in lines)
    yield "tabs", "\n".join("\t" + line for line in lines)
    yield "nbsp", text.replace(" ", "\u00a0")
    yield "nbsp-tab-mix", "".join(("\u00a0", "\t", " ")[i % 3] if c == " " else c for i, c in enumerate(text))
    yield "mojibake", text.encode("utf-8").decode("cp1252", errors="replace")
    yield "mojibake-latin1", text.encode("utf-8").decode("latin-1")
    for width in (60, 72, 80):
        yield f"wrap{width}", wrap(text, width)
    yield "wrap60-crlf", wrap(text, 60).replace("\n", "\r\n")
    yield "bytes-utf8", text.encode("utf-8")
    yield "bytes-cp1252", text.encode("cp1252", errors="replace")
    yield "bytes-latin1", text.encode("latin-1", errors="replace")
    yield "bytes-utf16", text.encode("utf-16")
    yield "bytes-utf16le-nobom", text.encode("utf-16-le")
    yield "bytes-utf16be-nobom", text.encode("utf-16-be")
    yield "bytes-utf8-bom", text.encode("utf-8-sig")
    yield "bom", "\ufeff" + text
    yield "html-escaped", html.escape(text)
    yield "html-escaped-noquote", html.escape(text, quote=False)
    yield "html-p", "<html><body>" + "".join(f"<p>{html.escape(line)}</p>" for line in lines if line.strip()) + "</body></html>"
    yield "html-pre", "<html><body><pre>" + html.escape(text) + "</pre></body></html>"
    yield "html-br", "<html><body><div>" + "<br>".join(html.escape(line) for line in lines) + "</div></body></html>"
    yield "lower", text.lower()
    yield "upper", text.upper()
    yield "zwsp", text.replace(" ", " \u200b")
    yield "quote>", "\n".join("> " + line for line in lines)
    yield "md-title", "\n".join(("# " + line if i == 0 else line) for i, line in enumerate(lines))
    yield "md-headings", "\n".join(("## " + line if 0 < len(line.strip()) < 90 and not line.rstrip().endswith(".")
                                    and line.strip()[:2] not in ("- ", "• ") else line) for line in lines)
    yield "md-bullets", "\n".join(("* " + line if 0 < len(line.strip()) < 60 else line) for line in lines)
    yield "drop-first-line", "\n".join(lines[1:])
    yield "no-first-10pct", text[len(text) // 10:]
    rng = random.Random(7)
    yield "rand-drop-10pct", "\n".join(line for line in lines if rng.random() > 0.1)
    rng = random.Random(11)
    yield "rand-dup-lines", "\n".join(x for line in lines for x in ([line, line] if rng.random() < 0.1 else [line]))
    yield "nul", text.replace("\n", "\n\x00", 3)
    yield "ctrl", "".join(c + ("\x07" if i % 500 == 0 else "") for i, c in enumerate(text))
    yield "ff-pages", text.replace("\n\n", "\n\x0c\n")
    yield "vt-newline", text.replace("\n", "\x0b")
    yield "ls-ps", text.replace("\n", "\u2028")
    yield "nel", text.replace("\n", "\u0085")
    yield "trailing-ws", "\n".join(line + " \t " for line in lines)
    yield "smart-to-ascii", text.replace("\u2019", "'").replace("\u201c", '"').replace("\u201d", '"').replace("\u2014", "--")
    yield "double-copy", text + "\n\n" + text
    yield "fullwidth-space", text.replace(" ", "\u3000")
    yield "soft-hyphen", text.replace("tion", "ti\u00adon")
    yield "no-trailing-nl", text.rstrip("\n")
    yield "leading-junk-nl", "\n\n\n\n\n" + text
    if expected.get("title"):
        title = " ".join(expected["title"].split())
        yield "md-h1-title", "\n".join(("# " + line if " ".join(line.split()) == title else line) for line in lines)
        yield "no-title-line", "\n".join(line for line in lines if " ".join(line.split()) != title)
    menu = [line for line in lines[:5] if "menu" in line.lower()]
    if menu:
        yield "no-menu-line", "\n".join(line for line in lines if line not in menu)


def check(page: Path, only: list[str]) -> Iterator[tuple[str, bool, str]]:
    """(damage, all well, row) for each damage of one example page."""
    expected = json.loads(page.with_name(page.stem + ".expected.json").read_text(encoding="utf-8"))
    text = page.read_text(encoding="utf-8")
    clean_related = -1
    for name, damaged in damages(text, expected):
        if only and name not in only and name != "none":
            continue
        started = time.perf_counter()
        doc = cleantext.extract(damaged)
        ms = (time.perf_counter() - started) * 1000
        lines = [norm(line) for line in doc.body.split("\n") if line.strip()]
        body = "".join([norm(doc.title or ""), *lines])
        want = [line for line in expected["text_lines"]
                if name != "no-title-line" or " ".join(line.split()) != " ".join((expected["title"] or "").split())]
        source = norm(damaged) if isinstance(damaged, str) else ""
        # A line the damage itself removed is not lost by cleaning.
        lost = [line for line in want if norm(line) not in body
                and not (name in ("rand-drop-10pct", "no-first-10pct", "drop-first-line") and norm(line) not in source)]
        leaks = [line for line in expected["not_in_text"] if norm(line) in lines]
        extra = [line for line in lines if not any(line in norm(e) for e in expected["text_lines"])]
        title_ok = norm(doc.title or "") == norm(expected["title"] or "") or name == "no-title-line"
        if name == "none":
            clean_related = len(doc.related)
        ok = not lost and not leaks and not extra and title_ok and len(doc.related) == clean_related
        row = (f"{page.name[:3]} {name:20} {'OK ' if ok else 'BAD'} lost {len(lost)}/{len(want)} leaks {len(leaks)} "
               f"{'title' if title_ok else 'NOTITLE'} related {len(doc.related)}/{clean_related} extra {len(extra)} "
               f"{ms:.0f} ms {[line[:40] for line in lost[:2]]} {leaks[:2]} {[line[:40] for line in extra[:2]]}")
        yield name, ok, row


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=Path, default=EXAMPLES, help="folder of *.txt + *.expected.json")
    parser.add_argument("--only", nargs="*", default=[], help="only these damage names")
    parser.add_argument("--bad", action="store_true", help="print only the rows that are not all well")
    args = parser.parse_args(argv)
    pages = sorted(Path(p) for p in glob.glob(str(args.examples / "*.txt"))
                   if Path(p).with_name(Path(p).stem + ".expected.json").is_file())
    if not pages:
        print(f"no examples in {args.examples}: nothing to do")
        return 0
    good = total = 0
    for page in pages:
        for _, ok, row in check(page, args.only):
            good, total = good + ok, total + 1
            if not (args.bad and ok):
                print(row)
    print(f"{good} of {total} damaged copies keep every expected line, leak nothing, and give the title and related items")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
