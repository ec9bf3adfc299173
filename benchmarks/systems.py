"""How each compared system is called, per mode: cleantext, the peers, the baselines and the yardstick.

Calling conventions follow ../shared/tools/score.py so numbers agree with it; a peer that is not
installed raises ImportError from `make_system`, and the runner skips it with a note.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

Extract = Callable[[str], str]


@dataclass(frozen=True)
class System:
    """A name, the modes it runs in, and what it is (shown under the tables)."""

    name: str
    modes: tuple[str, ...]
    about: str
    # "extractor" or "baseline" (in the charts), "repair" (a repair step alone: in the tables for its
    # speed, its quality is the input's), "yardstick" (speed only: lxml's parse).
    role: str = "extractor"

    @property
    def scored(self) -> bool:
        return self.role != "yardstick"


SYSTEMS: tuple[System, ...] = (
    System("cleantext", ("html", "text"), "`cleantext.extract(page, format=mode).body`"),
    System("trafilatura", ("html", "text"),
           "`trafilatura.extract(html)`; text mode: each non-blank line wrapped as `<p>`"),
    System("readability", ("html", "text"),
           "readability-lxml `Document(page).summary(html_partial=True)`, rendered with html-text"),
    System("justext", ("html", "text"),
           "`justext.justext(html, union of all stoplists)`; text mode: lines wrapped as `<p>`"),
    System("resiliparse", ("html", "text"), "`extract_plain_text(page, main_content=True)`"),
    System("html-text", ("html",), "`html_text.extract_text(html, guess_layout=True)`: all visible text",
           "baseline"),
    System("identity", ("text",), "the text-mode input unchanged", "baseline"),
    System("c4", ("text",), "the C4 line rule (Raffel et al. 2020, sec. 2.2)", "baseline"),
    System("ftfy", ("text",), "`ftfy.fix_text(text)` alone: the cost of a full repair pass", "repair"),
    System("cleantext-repairs", ("text",), "`Pipeline.default().repair(text)`: cleantext's repair step alone",
           "repair"),
    System("lxml-parse", ("html",), "`lxml.html.document_fromstring(html)`: the speed yardstick", "yardstick"),
)
BY_NAME = {s.name: s for s in SYSTEMS}
YARDSTICK = "lxml-parse"


def wrap_lines(text: str) -> str:
    """Plain text as HTML for HTML-only peers: each non-blank line becomes a ``<p>`` (score.py's convention)."""
    return "".join(f"<p>{line}</p>" for line in text.splitlines() if line.strip())


# Lines C4 keeps end in terminal punctuation; these are the closing marks it accepts.
C4_TERMINAL = (".", "!", "?", '"', "'", "\u201d", "\u2019")
C4_POLICY = ("terms of use", "privacy policy", "cookie policy", "uses cookies", "use of cookies", "use cookies")


def c4_keep(line: str) -> bool:
    """The C4 rule for one stripped line: terminal punctuation, at least 3 words, no code or policy words."""
    low = line.lower()
    return (line.endswith(C4_TERMINAL) and len(line.split()) >= 3 and "javascript" not in low
            and "lorem ipsum" not in low and not any(p in low for p in C4_POLICY))


def c4(text: str) -> str:
    return "\n".join(line for line in (raw.strip() for raw in text.splitlines()) if line and c4_keep(line))


def make_system(name: str, mode: str) -> Extract:
    """The extraction function of system ``name`` in ``mode``; ImportError when it is not installed."""
    if name == "cleantext":
        import cleantext

        return lambda page: cleantext.extract(page, format=mode).body
    if name == "cleantext-repairs":
        from cleantext import Pipeline

        return Pipeline.default().repair
    if name == "identity":
        return lambda page: page
    if name == "c4":
        return c4
    if name == "ftfy":
        import ftfy

        return ftfy.fix_text
    if name == "lxml-parse":
        import lxml.html

        def parse(page: str) -> str:
            lxml.html.document_fromstring(page)
            return ""
        return parse
    if name == "html-text":
        import html_text

        return lambda page: str(html_text.extract_text(page, guess_layout=True))
    return _make_peer(name, mode)


def _make_peer(name: str, mode: str) -> Extract:
    prepare = wrap_lines if mode == "text" else _unchanged
    if name == "trafilatura":
        import trafilatura

        return lambda page: trafilatura.extract(prepare(page)) or ""
    if name == "readability":
        import html_text
        from readability import Document

        # score.py hands readability the text as it is in text mode, so this does too.
        return lambda page: str(html_text.extract_text(Document(page).summary(html_partial=True)))
    if name == "resiliparse":
        from resiliparse.extract.html2text import extract_plain_text

        # Also unwrapped in text mode, as in score.py.
        return lambda page: str(extract_plain_text(page, main_content=True))
    if name == "justext":
        import justext

        # The corpus is multilingual and jusText needs a stoplist: the union of all its languages
        # is what trafilatura's own jusText fallback uses.
        stoplist = frozenset().union(*(justext.get_stoplist(lang) for lang in justext.get_stoplists()))

        def run(page: str) -> str:
            paragraphs = justext.justext(prepare(page), stoplist)
            return "\n".join(p.text for p in paragraphs if not p.is_boilerplate)
        return run
    raise KeyError(f"unknown system {name!r}; known: {', '.join(BY_NAME)}")


def _unchanged(page: str) -> str:
    return page
