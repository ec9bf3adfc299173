"""``--stats``: count what each filter did over a whole run, per ``step.reason``, like a drop report."""
from __future__ import annotations

from collections import Counter

from .document import Document, Label

# Report order and the words used for each label.
LABEL_WORDS = {Label.DROP: "removed", Label.RELATED: "related", Label.METADATA: "metadata",
               Label.COMMENT: "comment",
               Label.TITLE: "title", Label.KEEP: "kept"}


def count_verdicts(doc: Document, counts: Counter[str]) -> None:
    """Add one to ``counts["<label> <step>.<reason>"]`` for every block not kept by default."""
    counts["documents"] += 1
    for _block, verdict in doc.trace:
        counts["blocks"] += 1
        if not verdict.step:  # kept because no filter labelled it: the common case, not a decision
            continue
        counts[f"{LABEL_WORDS[verdict.label]} {verdict.step}.{verdict.reason}"] += 1


def format_stats(counts: Counter[str]) -> str:
    """The report: totals, then one line per label and reason, most frequent first.

    >>> c = Counter({"documents": 2, "blocks": 10, "removed drop_footer.footer.copyright": 2})
    >>> print(format_stats(c))
    2 documents, 10 blocks
      removed   drop_footer.footer.copyright         2  (20.0% of blocks)
    """
    docs, blocks = counts.get("documents", 0), counts.get("blocks", 0)
    lines = [f"{docs:,} documents, {blocks:,} blocks"]
    order = {word: n for n, word in enumerate(LABEL_WORDS.values())}
    rows = [(key.split(" ", 1), n) for key, n in counts.items() if " " in key]
    rows.sort(key=lambda r: (order[r[0][0]], -r[1], r[0][1]))
    width = max((len(name) for (_, name), _ in rows), default=0)
    for (word, name), n in rows:
        share = f"  ({100 * n / blocks:.1f}% of blocks)" if blocks else ""
        lines.append(f"  {word:9} {name:{width}} {n:>9,}{share}")
    return "\n".join(lines)
