"""Whatever a page declares before its markup (XML declarations, byte-order marks, odd doctypes,
comments, processing instructions), as `str` or as `bytes`, it is cleaned and its text kept:
lxml refuses a `str` that starts with an encoding declaration, and cleantext must not."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleantext import extract

SENTENCE = "The ferry to the island now leaves every hour, the harbour office said on Monday."
BODY = f"<html><head><title>Ferry</title></head><body><article><p>{SENTENCE}</p></article></body></html>"

PARTS = [
    '<?xml version="1.0" encoding="utf-8"?>',
    "<?xml version='1.0' encoding='ISO-8859-1'?>",
    '<?xml version="1.0" encoding="windows-1252">',  # no closing "?": lxml's check still matches it
    '<?XML VERSION="1.0" ENCODING="UTF-8"?>',
    '<?xml version="1.0"?>',
    '<?xml-stylesheet type="text/xsl" href="/style.xsl"?>',
    '<?xml version="1.0" encoding="utf-8" standalone="yes" ' + "x" * 600 + '?>',  # longer than the pattern reads
    "\ufeff",
    "<!DOCTYPE html>",
    '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">',
    '<!DOCTYPE html SYSTEM "about:legacy-compat" [ <!ENTITY nbsp "&#160;"> ]>',
    "<!DOCTYPE>",
    "<!doctype HTML5 weird>",
    "<!-- saved from url=(0014)about:internet -->",
    "<?php echo 1; ?>",
    " ", "\n", "\r\n", "\t",
]


@pytest.mark.parametrize("prefix", PARTS)
@pytest.mark.parametrize("as_bytes", [False, True])
def test_page_after_a_declaration_is_cleaned(prefix: str, as_bytes: bool) -> None:
    page = prefix + BODY
    doc = extract(page.encode("utf-8") if as_bytes else page, format="html")
    assert SENTENCE in doc.body


def test_two_encoding_declarations_in_a_row() -> None:
    page = '<?xml version="1.0"?><?xml version="1.0" encoding="utf-8"?>' + BODY
    assert SENTENCE in extract(page, format="html").body


def test_utf16_bytes_with_a_declaration() -> None:
    page = '<?xml version="1.0" encoding="UTF-16"?>' + BODY
    assert SENTENCE in extract(page.encode("utf-16"), format="html").body


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(PARTS), max_size=5), st.booleans(), st.sampled_from(["", "auto"]))
def test_any_run_of_declarations_gives_the_text(parts: list[str], as_bytes: bool, fmt: str) -> None:
    """Any sequence of declarations, marks, doctypes and comments before the page: never an
    error, and the article's sentence is in the body."""
    page = "".join(parts) + BODY
    source: str | bytes = page.encode("utf-8") if as_bytes else page
    doc = extract(source, format=fmt or "html")
    assert SENTENCE in doc.body
