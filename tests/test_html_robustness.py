"""Hostile and broken HTML: every input gives a Document (or a CleantextError), in bounded time,
never a raw lxml error or RecursionError."""
from __future__ import annotations

import random
import time

import pytest

from cleantext import CleantextError, Document, Pipeline, extract
from cleantext.html import STRUCTURE_STEPS

# Only the structure steps: no repairs, no text filters.
BARE = Pipeline.default().only(*(f.__name__ for f in STRUCTURE_STEPS))
SENTENCE = "The river rose two metres overnight, and the old bridge was closed to traffic by morning."


def safe(source: str | bytes) -> Document | CleantextError:
    try:
        return extract(source, format="html")
    except CleantextError as e:
        return e


def test_empty_and_blank_input() -> None:
    for source in ("", "   \n\t ", b"", "<html></html>", "<!-- only a comment -->"):
        doc = extract(source, format="html")
        assert doc.body == "" and doc.title is None


def test_unclosed_and_misnested_tags() -> None:
    doc = BARE.run(f"<html><body><div><p>{SENTENCE}<p>Second <b>bold <i>both</b> italic</i> end"
                   "<ul><li>one<li>two</div></span></table>", format="html")
    assert SENTENCE in doc.body
    assert "Second bold both italic end" in [b.text for b, _ in doc.trace]


def test_ten_thousand_deep_nesting_keeps_its_text() -> None:
    html = "<html><body>" + "<div>" * 10_000 + SENTENCE + "</div>" * 10_000 + "<p>after</p></body></html>"
    start = time.perf_counter()
    doc = BARE.run(html, format="html")
    assert time.perf_counter() - start < 10
    assert SENTENCE in doc.body + "".join(r.text for r in doc.removed)


def test_deep_inline_nesting() -> None:
    html = "<p>" + "<span><b>" * 5_000 + SENTENCE + "</b></span>" * 5_000 + "</p>"
    doc = BARE.run(html, format="html")
    assert SENTENCE in doc.body + "".join(r.text for r in doc.removed)


def test_xml_declaration_in_str_input() -> None:
    html = f'<?xml version="1.0" encoding="ISO-8859-1"?><html><body><p>{SENTENCE}</p></body></html>'
    assert SENTENCE in extract(html, format="html").body


def test_nul_and_control_characters() -> None:
    html = f"<html><body><p>\x00{SENTENCE}\x01\x1b</p>\x00<p>next\x0b line</p></body></html>"
    doc = extract(html, format="html")
    assert SENTENCE in doc.body and "\x00" not in doc.body


def test_binary_garbage_gives_a_result() -> None:
    rng = random.Random(7)
    for n in range(5):
        data = bytes(rng.randrange(256) for _ in range(20_000 + n))
        assert isinstance(safe(data), (Document, CleantextError))
        assert isinstance(safe(b"<html><body>" + data + b"</body></html>"), (Document, CleantextError))


def test_wrong_declared_charset() -> None:
    body = "Zürich, Genève und Göteborg: die Flüsse stiegen über Nacht um zwei Meter an."
    html = f'<html><head><meta charset="windows-1251"></head><body><p>{body}</p></body></html>'
    assert body in extract(html.encode("utf-8"), format="html").body


def test_declared_charset_is_used_for_non_utf8_bytes() -> None:
    body = "Привет, мир: река поднялась на два метра за ночь, мост закрыт."
    html = f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=koi8-r"></head><body><p>{body}</p></body></html>'
    assert body in extract(html.encode("koi8-r"), format="html").body


def test_page_that_is_all_navigation() -> None:
    links = "".join(f'<li><a href="/s{n}">Section {n}</a></li>' for n in range(50))
    doc = extract(f"<html><body><nav><ul>{links}</ul></nav><footer><a href='/'>Home</a></footer></body></html>",
                  format="html")
    assert doc.body == ""
    assert len(doc.removed) >= 50


def test_auto_detects_html() -> None:
    doc = extract(f"<!DOCTYPE html><html><body><article><p>{SENTENCE}</p></article></body></html>")
    assert doc.format == "html" and doc.body == SENTENCE


def test_wrong_input_type_is_an_input_error() -> None:
    with pytest.raises(CleantextError):
        extract(12345, format="html")  # type: ignore[arg-type]


def test_large_page_in_bounded_time() -> None:
    """~5 MB here (the benchmark times 50 MB): time grows linearly, nothing is quadratic."""
    para = f"<p>{SENTENCE} <a href='/x'>More</a> on this.</p>\n"
    chunk = "<div class='section'>" + para * 10 + "<ul><li><a href='/a'>A</a></li><li>B</li></ul></div>\n"
    small = "<html><body><article>" + chunk * 200 + "</article></body></html>"
    big = "<html><body><article>" + chunk * 3_000 + "</article></body></html>"
    start = time.perf_counter()
    BARE.run(small, format="html")
    t_small = time.perf_counter() - start
    start = time.perf_counter()
    doc = BARE.run(big, format="html")
    t_big = time.perf_counter() - start
    assert doc.body.count(SENTENCE) == 30_000
    assert t_big < 120 and t_big < 15 * 4 * max(t_small, 0.01)  # 40x the input: allow 4x slack over linear


@pytest.mark.parametrize("codes", [(0xD800,), (0xDCFF,), (0xDBFF, 0xDBFF)])
def test_lone_surrogate_does_not_cut_the_page_short(codes: tuple[int, ...]) -> None:
    """libxml2 stops reading a str at a lone surrogate (a str made with ``surrogateescape``, or a
    JSON "\\ud800" escape): the text after it must still be there."""
    surrogate = "".join(map(chr, codes))
    html = f"<html><body><p>{SENTENCE}</p><p>A{surrogate} stray</p><p>Later {SENTENCE}</p></body></html>"
    doc = extract(html, format="html")
    assert f"Later {SENTENCE}" in doc.body
    assert "A\ufffd" in doc.body + "".join(r.text for r in doc.removed)


def test_surrogate_pair_as_two_code_points_is_one_character() -> None:
    doc = extract(f"<p>{SENTENCE} \ud83d\ude00</p><p>Later {SENTENCE}</p>", format="html")
    assert f"{SENTENCE} \U0001f600" in doc.text and f"Later {SENTENCE}" in doc.text


def test_an_element_with_thousands_of_attributes_keeps_its_text_and_first_attributes() -> None:
    from cleantext.html.parse import MAX_ATTRIBUTES, cap_attributes

    names = " ".join(f'data-x{i}="<b>{i}</b>"' for i in range(20_000))
    page = f'<html><body><p class="lead" {names} id="late">{SENTENCE}</p></body></html>'
    start = time.process_time()
    doc = extract(page, format="html")
    assert time.process_time() - start < 5  # was a minute: libxml2 and lxml compare every pair
    assert doc.body == SENTENCE
    capped = cap_attributes(page)
    assert capped.startswith('<html><body><p class="lead" data-x0=') and capped.endswith(f">{SENTENCE}</p></body></html>")
    assert capped.count("data-x") == MAX_ATTRIBUTES - 1 and 'id="late"' not in capped


def test_tags_with_few_attributes_are_left_as_they_are() -> None:
    from cleantext.html.parse import cap_attributes

    pages = [
        '<img src="data:image/png;base64,' + "QUJD" * 3000 + '" alt="a">',  # long, two attributes
        '<a href="' + "/x" * 2000 + '" title="a = b">link</a>',
        "<script>for (i = 0; i<n; i++) { s = s + 'a = b'; }</script>" * 200,  # "<" in a script
        "<p " + " ".join(f"a{i}" for i in range(127)) + ">text</p>",  # one short of the cap
    ]
    for page in pages:
        assert cap_attributes(page) is page
