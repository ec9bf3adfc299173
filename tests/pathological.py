"""Inputs built to hurt: catastrophic-backtracking bait, huge lines, many lines, deep nesting.

Each case is a unit repeated n times between a prefix and a suffix, so one case makes inputs of
any size; `time_case` times `extract` on growing sizes in a child process that can be killed,
because a regex stuck in backtracking cannot be interrupted from Python.
"""
from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass


@dataclass(frozen=True)
class Case:
    """``prefix + unit * n + suffix``, cleaned with ``format``."""

    name: str
    unit: str
    prefix: str = ""
    suffix: str = ""
    format: str = "text"
    base: int = 16_000  # characters at 1x; the scaling test also runs 8x
    numbered: bool = False  # each copy of ``unit`` has its "#" replaced by its number (distinct names)


SENTENCE = "The council approved the budget for the new bridge after a long debate on Tuesday. "
CASES = (
    Case("spaces_in_a_line", " ", prefix="Read more:", suffix="x"),
    Case("spaces_between_words", "a     "),
    Case("dots", "."),
    Case("dot_space", ". "),
    Case("dashes", "-"),
    Case("dash_space", "- "),
    Case("em_dashes", "—"),
    Case("words_a_a_a", "a "),
    Case("pipes", "|"),
    Case("pipe_words", "Home | "),
    Case("nested_parens", "(", suffix=")" * 1000),
    Case("brackets_and_quotes", "[\"'«"),
    Case("copyright_runs", "© "),
    Case("read_more_runs", "Read more: "),
    Case("byline_runs", "By John Smith | "),
    Case("date_runs", "Updated: 12-07-2025 15:58 IST "),
    Case("digits", "1"),
    Case("url_path", "a/", prefix="https://example.org/"),
    Case("email_like", "a.", suffix="@example.org"),
    Case("entity_like", "&amp"),
    Case("mojibake_like", "Ã©â€™"),
    Case("tabs_and_nbsp", "\t\u00a0 "),
    Case("invisible_runs", "\u200b\u00ad"),
    Case("long_prose_line", SENTENCE, base=256_000),  # 2 MB without a newline at 8x
    Case("short_lines", "Home\n", base=62_500),  # 100,000 lines at 8x (200,000+: benchmarks/pathological.py)
    Case("blank_lines", "\n \n"),
    # Lines of one paragraph hard-wrapped at a fixed width (the opt-in unwrap_lines: test_repair_unwrap.py).
    Case("hard_wrapped_lines", "the harbour town opened its first tidal plant on a monday\n", base=128_000),
    Case("numbered_lines", "1\nTitle of a trending story here\n Global\n"),
    # Tables of contents: every heading line opens a scan (drop_contents reads each line once).
    Case("contents_headings", "Contents\n"),
    Case("contents_entries", "Contents\n1 History\n2 Harbour\nHistory\n"),
    # Q&A chrome: number-only lines and meta lines (drop_post_chrome's score and name passes).
    # A page quoted as a whole (text.quoted) and one of ">" only; Markdown headings without links.
    Case("quoted_lines", "> The harbour town opened its first tidal plant on a monday.\n>\n", base=64_000),
    Case("quote_marks", ">"),
    Case("markdown_subheadings", "## Harbour\n\n"),
    Case("qa_chrome", "asked Sep 14, 2018 at 17:40\nharbourdev\n1,204\n2\nAdd a comment\n"),
    Case("html_deep_nesting", "<div>", prefix="<html><body>", suffix="text" + "</div>" * 100, format="html",
         base=10_000),  # 16,000 levels at 8x
    Case("html_many_paragraphs", "<p>word</p>", prefix="<html><body>", format="html"),
    Case("html_unclosed_tags", "<b><i><span>", prefix="<html><body><p>", format="html"),
    Case("html_long_text_node", SENTENCE, prefix="<html><body><p>", format="html"),
    Case("html_link_list", '<li><a href="/x">Home</a></li>', prefix="<html><body><ul>", format="html"),
    # Attributes of one element, all named differently (libxml2 and lxml compare each with those
    # before it): with values, without, and with values holding "<" and ">" (html/parse.py).
    Case("html_many_attributes", ' a#="v"', prefix="<html><body><p", suffix=">text</p>", format="html",
         base=32_000, numbered=True),
    Case("html_bare_attributes", " a#", prefix="<html><body><p", suffix=">text</p>", format="html",
         base=32_000, numbered=True),
    Case("html_attributes_with_brackets", ' a#="<b>"', prefix="<html><body><p", suffix=">text</p>",
         format="html", base=32_000, numbered=True),
)

WORKER = """
import json, sys, time
import cleantext
spec = json.loads(sys.stdin.read())
text = spec["text"]
# Lazy imports and compiled patterns are paid once, not by the first size.
cleantext.extract(spec["prefix"] + text * 50 + spec["suffix"], format=spec["format"])
out = []
for size in spec["sizes"]:
    copies = max(1, size // len(text))
    body = "".join(text.replace("#", str(i)) for i in range(copies)) if spec["numbered"] else text * copies
    data = spec["prefix"] + body + spec["suffix"]
    best = float("inf")
    for _ in range(spec["repeat"]):
        # CPU time of this process: other work on a loaded machine does not inflate it.
        start = time.process_time()
        cleantext.extract(data, format=spec["format"])
        best = min(best, time.process_time() - start)
    out.append(best)
print(json.dumps(out))
"""


def time_case(case: Case, sizes: list[int], *, repeat: int = 2, timeout: float = 180.0) -> list[float]:
    """Best-of-``repeat`` CPU seconds of ``extract`` per size, measured in a child process."""
    spec = {"text": case.unit, "prefix": case.prefix, "suffix": case.suffix, "format": case.format,
            "numbered": case.numbered, "sizes": sizes, "repeat": repeat}
    done = subprocess.run([sys.executable, "-c", WORKER], input=json.dumps(spec), capture_output=True,
                          text=True, timeout=timeout, check=True)
    return list(json.loads(done.stdout))
