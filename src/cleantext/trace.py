"""Render a Document's trace for people: kept lines, removed lines with [filter.reason], related items."""
from __future__ import annotations

from .document import Document, Label
from .errors import InputError

MARKS = {Label.KEEP: " ", Label.TITLE: "T", Label.DROP: "-", Label.RELATED: "R", Label.METADATA: "M", Label.COMMENT: "C"}


def explain(document: Document, *, width: int = 100) -> str:
    """One line per block: a mark (space kept, T title, - removed, R related, M metadata),
    the text (cut to ``width``), and for everything not kept the step and reason id."""
    if not isinstance(document, Document):
        raise InputError(f"explain() takes a Document (from cleantext.extract), not {type(document).__name__}")
    out: list[str] = []
    for block, verdict in document.trace:
        text = block.text if len(block.text) <= width else block.text[: width - 1] + "…"
        mark = MARKS[verdict.label]
        if verdict.label is Label.KEEP:
            out.append(f"{mark} {text}")
        else:
            role = f" {verdict.role}" if verdict.role else ""
            why = f"[{verdict.reason}{role}]"
            out.append(f"{mark} {text}   {why}")
    if document.related:
        out.append("")
        out.append(f"related items: {len(document.related)}")
        for item in document.related:
            section = f"{item.section}: " if item.section else ""
            source = f" ({item.source})" if item.source else ""
            out.append(f"  * {section}{item.title}{source}")
    return "\n".join(out)
