"""Parse an HTML string with lxml, robustly: no encoding declarations, NUL or control characters,
empty input or runaway nesting reach lxml; its failures become InputError."""
from __future__ import annotations

import re
import threading

import regex
from lxml import etree

from ..errors import InputError

# <?xml version="1.0" encoding="utf-8"?>: lxml refuses str input that declares an encoding.
# Any run of them at the start, with or without the closing "?" (lxml's own check accepts both).
XML_DECLARATION = regex.compile(r"\A(?:[\s\ufeff]*<\?xml[^>]{0,500}>)+", regex.IGNORECASE)
# C0 controls except tab/newline/CR, and DEL: libxml2 stops or mangles text at these. Found in the
# page's UTF-8 bytes by the C-level pass `clean_source` makes anyway (a regex class over the page
# is slower); replaced, on the rare page that has them, by one stdlib re pass.
CONTROLS = "".join(map(chr, [*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F]))
CONTROL_CHARS = re.compile(f"[{CONTROLS}]")
# libxml2's HTML parser silently drops everything below depth 2048 (with huge_tree), so a page
# deeper than this is re-parsed with its excess start tags removed.
DEPTH_LIMIT = 2000
FLAT_DEPTH = 200
TAG = regex.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]{0,30})\b[^>]{0,4000}?(/?)>")
# libxml2 checks each attribute of an element against all those before it, and lxml looks each
# one up again by name, so an element's attributes cost the square of their number (100,000 on
# one <p>: 40 s; 1,000 cost a few milliseconds). No page needs more than a few dozen; beyond this
# many the rest are dropped before parsing (`cap_attributes`). Not lower: the tags it must read are
# those of 2 * MAX_ATTRIBUTES characters or more, which few pages have.
MAX_ATTRIBUTES = 1000
# One attribute: its name and an optional value, quoted or not (a quoted value may hold "<" and
# ">"). The grammar is unambiguous (a name or an unquoted value, never empty, ends only at a
# space, "=", a quote or ">"; "a = b" can only be one attribute), so a tag that has fewer
# attributes fails in one pass; a tag name stops at "<", so "<a<a<a..." fails at once.
_ATTRIBUTE = r"""(?:\s+[^\s"'>=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)"""
TOO_MANY_ATTRIBUTES = re.compile(rf"(<[A-Za-z][^\s/<>]*{_ATTRIBUTE}{{{MAX_ATTRIBUTES}}}){_ATTRIBUTE}*")
# Reading every tag with that pattern costs a third of parsing, so it runs only where a start tag
# may have that many: one at least 2 * MAX_ATTRIBUTES characters long (" a" each) up to its first
# ">" (a linear scan: each try stops at a ">" or after that many characters)...
LONG_TAG = re.compile(rf"<[A-Za-z][^>]{{{2 * MAX_ATTRIBUTES - 1}}}")
# ... or, on a page with many attribute values that hold a ">" (which cuts that scan short), all
# of it. Real pages have a few (HTML inside a data- attribute), seldom more than 60.
GT_IN_VALUE = re.compile(r"""=\s*(?:"[^">]*>|'[^'>]*>)""")
# The same over the page's bytes without any but the characters it reads (see _values_with_gt).
VALUE_MARKS = b"\"'=>"
NOT_VALUE_MARK = bytes(b for b in range(256) if b not in VALUE_MARKS)
# The bytes `clean_source` keeps of a page: those and the control characters.
NOT_MARK_OR_CONTROL = bytes(b for b in range(256) if b not in VALUE_MARKS and chr(b) not in CONTROLS)
GT_IN_MARKS = re.compile(rb"""=(?:"[^">]*>|'[^'>]*>)""")
VOID = frozenset({"br", "hr", "img", "input", "meta", "link", "area", "base", "col", "embed",
                  "param", "source", "track", "wbr", "keygen"})

_LOCAL = threading.local()


def parser() -> etree.HTMLParser:
    """This thread's parser (lxml parsers must not be shared between threads)."""
    p = getattr(_LOCAL, "parser", None)
    if p is None:
        p = _LOCAL.parser = etree.HTMLParser(remove_comments=True, remove_pis=True, collect_ids=False,
                                             huge_tree=True, default_doctype=False)
    return p


def utf8_parser() -> etree.HTMLParser:
    """This thread's parser for UTF-8 bytes, which ignores the encoding the page declares."""
    p = getattr(_LOCAL, "utf8_parser", None)
    if p is None:
        p = _LOCAL.utf8_parser = etree.HTMLParser(remove_comments=True, remove_pis=True, collect_ids=False,
                                                  huge_tree=True, default_doctype=False, encoding="utf-8")
    return p


def without_declaration(html: str) -> str:
    """The page without the XML declarations it starts with."""
    # Only whitespace may stand before a declaration, so the page's first "<" starts it: a page
    # whose first "<" is not "<?" has none (the regex's match costs a tenth of a millisecond a page).
    first = html.find("<")
    if first < 0 or not html.startswith("<?", first):
        return html
    declaration = XML_DECLARATION.match(html)
    return html[declaration.end():] if declaration else html


def clean_source(html: str) -> tuple[str, bytes | None]:
    """The page without an XML declaration, NUL and other control characters; and, for a page that
    is not all ASCII, the same as UTF-8 bytes, which `parse` hands to lxml instead of the str.

    lxml passes a str to libxml2 in the str's own width, so a page with one curly quote reaches it
    as UTF-16 (one with an emoji as UCS-4) to be converted to UTF-8 there: encoding it here and
    parsing the bytes with `utf8_parser` gives the same tree (the encoding the page declares is
    ignored either way) in less time (7.5% fewer instructions for `parse` over the corpus pages).
    An all-ASCII page (lxml reads that as UTF-8 already) stays str; surrogate code points, which
    have no UTF-8, are repaired first.

    The page is encoded once: its bytes are what lxml reads, and one C-level pass over them leaves
    the few characters that `cap_attributes` counts (quotes, "=" and ">") and the control
    characters, each a single byte of its own in UTF-8 (every byte of a longer sequence is >= 0x80).
    """
    html = without_declaration(html)
    try:
        data: bytes | None = html.encode("utf-8")
    except UnicodeEncodeError:
        data = None  # surrogate code points: repaired below, once the attributes are capped
    marks = (data if data is not None else html.encode("utf-8", "surrogatepass")).translate(None, NOT_MARK_OR_CONTROL)
    controls = marks.translate(None, VALUE_MARKS)
    capped = cap_attributes(html, marks.translate(None, controls) if controls else marks)
    if capped is not html:  # a tag with too many attributes (rare): its page is encoded anew
        html, data = capped, None
        try:
            data = html.encode("utf-8")
        except UnicodeEncodeError:
            pass
    if html.isascii():
        return (CONTROL_CHARS.sub(" ", html) if controls else html), None
    if data is None:
        # Surrogate code points (a str read with "surrogateescape", a JSON "\ud800" escape):
        # libxml2 silently stops reading a str at a lone one, losing the rest of the page. A
        # pair becomes the character it encodes and a lone one U+FFFD, as repair_encoding does.
        html = html.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
        data = html.encode("utf-8")
    if controls:  # (found before capping: on a capped page with none left, the sub changes nothing)
        html = CONTROL_CHARS.sub(" ", html)
        data = html.encode("utf-8")
    return html, data


def _values_with_gt(html: str, marks: bytes | None = None) -> int:
    """How many attribute values of ``html`` hold a ">" (`GT_IN_VALUE`), when that may be
    MAX_ATTRIBUTES or more; a smaller count otherwise. Counted first over the page's quotes, "=" and
    ">" alone (a C-level pass leaves a tenth of the page), where every such value still matches, so
    that count is never smaller: only on the few pages where it reaches MAX_ATTRIBUTES (unquoted
    values and apostrophes in the text add false ones) is the page itself searched."""
    if marks is None:
        marks = html.encode("utf-8", "surrogatepass").translate(None, NOT_VALUE_MARK)
    if len(GT_IN_MARKS.findall(marks)) < MAX_ATTRIBUTES:
        return 0
    return len(GT_IN_VALUE.findall(html))


def cap_attributes(html: str, marks: bytes | None = None) -> str:
    """``html`` with the attributes of a start tag beyond the first `MAX_ATTRIBUTES` removed (the
    tag itself and its text stay); a page without such a tag is returned as it is. ``marks``: the
    page's quotes, "=" and ">" alone, if the caller has them (see `_values_with_gt`)."""
    everywhere = _values_with_gt(html, marks) >= MAX_ATTRIBUTES
    out: list[str] = []
    last = 0
    while True:
        if everywhere:
            many = TOO_MANY_ATTRIBUTES.search(html, last)
        else:
            many = None
            for tag in LONG_TAG.finditer(html, last):
                many = TOO_MANY_ATTRIBUTES.match(html, tag.start())
                if many:
                    break
        if many is None:
            break
        out.append(html[last:many.end(1)])
        last = many.end()  # searched on from the capped tag's end, never inside it again
    if not out:
        return html
    out.append(html[last:])
    return "".join(out)


def parse(html: str) -> etree._Element:
    """The root <html> element of ``html``; an empty page gives an empty <html><body>."""
    html, data = clean_source(html)
    if not html or html.isspace():  # not html.strip(), which copies the page
        return etree.fromstring("<html><body></body></html>", parser())
    try:
        try:
            root = etree.fromstring(html, parser()) if data is None else etree.fromstring(data, utf8_parser())
        except ValueError as e:
            if "encoding declaration" not in str(e):
                raise
            # A declaration the pattern above did not take (one longer than it reads): as UTF-8
            # bytes, with the encoding fixed, lxml reads the page whatever it declares.
            root = etree.fromstring(html.encode("utf-8", "surrogatepass"), utf8_parser())
    except (etree.ParserError, etree.XMLSyntaxError, ValueError) as e:
        raise InputError(f"cannot parse the page as HTML ({e}); pass format='text' if it is plain text") from e
    if root is None:  # lxml returns None for input with no element at all (e.g. only a comment)
        return etree.fromstring("<html><body></body></html>", parser())
    return root


def flatten(html: str, limit: int = FLAT_DEPTH) -> str:
    """``html`` with start tags beyond nesting depth ``limit`` (and their end tags) removed.

    Approximate (it does not know HTML's implied end tags), linear, and only used when a page
    is deeper than libxml2 keeps, so its text survives instead of being dropped silently.
    """
    out: list[str] = []
    depth = 0
    skipped: dict[str, int] = {}
    last = 0
    for m in TAG.finditer(html):
        closing, name, selfclose = m.group(1), m.group(2).lower(), m.group(3)
        drop = False
        if closing:
            if skipped.get(name):
                skipped[name] -= 1
                drop = True
            else:
                depth = max(0, depth - 1)
        elif name not in VOID and not selfclose:
            if depth >= limit:
                skipped[name] = skipped.get(name, 0) + 1
                drop = True
            else:
                depth += 1
        if drop:
            out.append(html[last:m.start()])
            out.append(" ")
            last = m.end()
    out.append(html[last:])
    return "".join(out)
