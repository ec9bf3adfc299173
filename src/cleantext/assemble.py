"""Turn blocks and their verdicts into a Document.

This is the only place output text is put together, so the trace of verdicts in a Document
replays to the same Document (``replay``), and nothing can appear in the output that is not
the text of some block.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from itertools import chain
from operator import attrgetter
from typing import Any, Final

from .document import STATED_HEADLINE, Block, Comment, Document, Label, Related, Removal, Trace, Verdict
from .errors import PipelineError
from .metadata import parse_metadata

# Block left open by every filter: main text by default.
DEFAULT_VERDICT: Final = Verdict(Label.KEEP, "", "default", "not labelled by any filter")

_new: Final = tuple.__new__
_gap_before: Final = attrgetter("gap_before")
_text: Final = attrgetter("text")
# The break before a block, by whether the input had a blank line there.
BREAKS: Final = ("\n", "\n\n")
# Metadata fields that collect every value as a list; other fields keep a single string.
LIST_FIELDS: Final = frozenset({"tags"})


def join_blocks(blocks: Sequence[Block]) -> str:
    """Lines of kept blocks, with one blank line where the input had a paragraph break."""
    if not blocks:
        return ""
    # Each block's break before it, then its text, joined in one C-level pass; the first break is cut.
    breaks = map(BREAKS.__getitem__, map(bool, map(_gap_before, blocks)))
    joined = "".join(chain.from_iterable(zip(breaks, map(_text, blocks))))
    return joined[len(BREAKS[bool(blocks[0].gap_before)]):]


def assemble(blocks: Sequence[Block], verdicts: Sequence[Verdict | None], *, format: str,
             extra_metadata: Mapping[str, Any] | None = None, warnings: Sequence[str] = ()) -> Document:
    """Build the Document that ``verdicts`` (one per block, None = kept) describe."""
    final = tuple(v or DEFAULT_VERDICT for v in verdicts)
    title: str | None = None
    kept: list[Block] = []
    removed: list[Removal] = []
    metadata: dict[str, Any] = dict(extra_metadata or {})
    groups: dict[int, list[tuple[Block, Verdict]]] = {}
    comments: dict[int, list[tuple[Block, Verdict]]] = {}
    group_section: dict[int, str | None] = {}
    section: str | None = None
    title_gap = False  # a paragraph break between the headline and the text's first line

    # Enum members as locals: each Label.X in the loop would be an attribute lookup per block.
    keep, title_label, drop, meta, related_label = Label.KEEP, Label.TITLE, Label.DROP, Label.METADATA, Label.RELATED
    prev_title = False  # the block before was the headline
    for block, verdict in zip(blocks, final):
        if block.gap_before and title is not None and not kept:
            title_gap = True
        label = verdict.label
        was_title, prev_title = prev_title, label is title_label
        if label is drop:  # the most frequent label on most pages
            # tuple.__new__ skips the Python-level __new__ of a NamedTuple: half the cost, per block.
            removed.append(_new(Removal, (block.text, verdict.step, verdict.reason, verdict.detail, block.index)))
        elif label is keep:
            kept.append(block)
            section = None  # main text between two related lists ends the first list's section
            if verdict.role == "comment_text" and verdict.group is not None:  # a comment kept in the text
                comments.setdefault(verdict.group, []).append((block, verdict))
        elif label is title_label:
            # The headline stands above the text; a "title" below kept lines (a custom filter order
            # can mark one) or a second one stays main text in its place, so output order is input order.
            # A headline the page only states in its metadata follows the visible blocks, and heads them.
            if title is None and (not kept or block.source == STATED_HEADLINE):
                title = block.text
            elif title is not None and not kept and not block.gap_before and not title_gap and was_title:
                title = f"{title} {block.text}"  # a headline hard-wrapped over lines: one line again
            else:
                kept.append(block)
        elif label is meta:
            _add_metadata(metadata, verdict.role or "other", block.text)
        elif label is Label.COMMENT:
            comments.setdefault(_group(verdict, block), []).append((block, verdict))
        elif label is related_label:
            if verdict.role == "section":
                section = block.text
            else:
                group = _group(verdict, block)
                if group not in groups:
                    groups[group] = []
                    group_section[group] = section
                groups[group].append((block, verdict))
        else:  # a custom step's page.set(i, "drop", ...): the block would vanish from the Document
            raise PipelineError(f"step {verdict.step!r} labelled block {block.index} {verdict.label!r}, "
                                "which is not a cleantext.Label (Label.DROP, Label.KEEP, ...)")

    related = tuple(_related_item(members, group_section[g]) for g, members in groups.items())
    body = join_blocks(kept)
    if metadata:
        # Names, an ISO date and clean tags out of the raw strings, which stay (metadata is output, not text).
        metadata = parse_metadata(metadata, text=body)
    return Document(
        title=title,
        body=body,
        related=related,
        removed=tuple(removed),
        metadata=metadata,
        format=format,
        trace=Trace(blocks, final),
        page_metadata=dict(extra_metadata or {}),
        title_gap=title_gap,
        warnings=tuple(warnings),
        comments=tuple(_comment(members) for members in comments.values()),
    )


def replay(document: Document) -> Document:
    """Rebuild a Document from its own trace; equals the original (a property test checks it)."""
    trace = document.trace
    return assemble(trace.blocks, trace.verdicts, format=document.format, extra_metadata=document.page_metadata,
                    warnings=document.warnings)


def _group(verdict: Verdict, block: Block) -> int:
    """The item a related or comment block belongs to. A block a filter gave no group (``page.set``
    without ``group=``) is an item of its own, under a key no group id from ``page.new_group`` has."""
    return verdict.group if verdict.group is not None else -1 - block.index


def _add_metadata(metadata: dict[str, Any], key: str, value: str) -> None:
    if key in LIST_FIELDS:
        metadata.setdefault(key, []).append(value)
    elif key in metadata:
        metadata[key] = f"{metadata[key]}\n{value}"
    else:
        metadata[key] = value


def _comment(members: list[tuple[Block, Verdict]]) -> Comment:
    """One comment from its blocks: the author line (without its "says:"), the time line, the text.
    Every other block (a second author or time line) is text too: no block of a comment is lost."""
    author = time = None
    text: list[str] = []
    for block, verdict in members:
        if verdict.role == "author" and author is None:
            words = block.text.rstrip(":：").rsplit(None, 1)
            # "Jago Trethewey says:": the verb the filter matched is the detail.
            author = words[0] if len(words) == 2 and verdict.detail and words[1].casefold() == verdict.detail else block.text
        elif verdict.role == "time" and time is None:
            time = block.text
        else:
            text.append(block.text)
    return Comment(author=author, time=time, text="\n".join(text), indices=tuple(b.index for b, _ in members))


def _related_item(members: list[tuple[Block, Verdict]], section: str | None) -> Related:
    title: str | None = None
    source: str | None = None
    url: str | None = None
    text_blocks: list[Block] = []
    meta: list[str] = []
    for block, verdict in members:
        role = verdict.role
        if role == "meta":
            meta.append(block.text)
        elif role == "title" and title is None:
            title = block.text
            url = url or block.url or None
        elif role == "inline" and title is None:
            # "Read more: <title>": the detail holds the prefix the filter matched.
            prefix = verdict.detail
            title = block.text[len(prefix):].strip() if block.text.startswith(prefix) else block.text
            section = section or prefix.rstrip(" :：\u2014-|>»").strip() or None
            url = url or block.url or None
        elif role == "title_continued" and title is not None:
            title = f"{title} {block.text}"  # a title hard-wrapped over lines (filters/paragraphs.py)
        elif role == "source" and source is None:
            source = block.text
        else:
            # Text, and any block whose slot is taken (a second title or "source" line: a list of
            # short links read as one item): in the item's text, so no block of it is lost.
            text_blocks.append(block)
    text = "\n".join(b.text for b in text_blocks)
    return Related(title=title, source=source, text=text, section=section, url=url,
                   indices=tuple(b.index for b, _ in members), meta=tuple(meta))
