"""HTML to blocks: kinds, levels, line breaks, table rows, links, paths, what is never text."""
from __future__ import annotations

from cleantext import Kind, Label, Pipeline
from cleantext.document import Document
from cleantext.html import STRUCTURE_STEPS

# Only the structure steps: no repairs, no text filters.
BARE = Pipeline.default().only(*(f.__name__ for f in STRUCTURE_STEPS))


def run(html: str) -> Document:
    return BARE.run(html, format="html")


def blocks(html: str) -> list[tuple[str, Kind]]:
    return [(b.text, b.kind) for b, _ in run(html).trace]


def test_headings_paragraphs_and_list_items_become_blocks_in_order() -> None:
    got = blocks("<body><h2>Part one</h2><p>First <b>bold</b> words.</p><ul><li>apple</li><li>pear</li></ul></body>")
    assert got == [("Part one", Kind.HEADING), ("First bold words.", Kind.PARAGRAPH),
                   ("apple", Kind.LIST_ITEM), ("pear", Kind.LIST_ITEM)]


def test_heading_level_is_kept() -> None:
    doc = run("<h3>Small heading</h3><p>text</p>")
    assert doc.trace[0][0].level == 3


def test_br_starts_a_line_of_the_same_paragraph() -> None:
    doc = run("<p>line one<br>line two</p><p>next paragraph</p>")
    got = [(b.text, b.gap_before) for b, _ in doc.trace]
    assert got == [("line one", False), ("line two", False), ("next paragraph", True)]


def test_inline_whitespace_collapses() -> None:
    assert blocks("<p>  many\n\n   spaces\there  </p>") == [("many spaces here", Kind.PARAGRAPH)]


def test_data_table_rows_join_their_cells() -> None:
    got = blocks("<table><tr><th>City</th><th>Pop.</th></tr><tr><td>Oslo</td><td>709,000</td></tr></table>")
    assert got == [("City | Pop.", Kind.TABLE_ROW), ("Oslo | 709,000", Kind.TABLE_ROW)]


def test_layout_table_cell_with_paragraphs_stays_paragraphs() -> None:
    got = blocks("<table><tr><td><p>First paragraph.</p><p>Second paragraph.</p></td></tr></table>")
    assert got == [("First paragraph.", Kind.PARAGRAPH), ("Second paragraph.", Kind.PARAGRAPH)]


def test_quotes_captions_and_preformatted_lines() -> None:
    got = blocks("<blockquote><p>Quoted words</p></blockquote><figure><img src=x>"
                 "<figcaption>A caption</figcaption></figure><pre>a = 1\n  b = 2</pre>")
    assert got == [("Quoted words", Kind.QUOTE), ("A caption", Kind.CAPTION),
                   ("a = 1", Kind.PREFORMATTED), ("  b = 2", Kind.PREFORMATTED)]


def test_script_style_and_template_content_is_not_text() -> None:
    doc = run("<head><style>p{color:red}</style></head><body><script>var x = 1;</script>"
              "<template><p>later</p></template><p>visible</p></body>")
    assert [b.text for b, _ in doc.trace] == ["visible"]


def test_noscript_text_is_dropped_with_its_rule() -> None:
    doc = run("<article><p>The article text, long enough to be the main text of this page.</p></article>"
              "<noscript>Please enable JavaScript</noscript>")
    assert doc.body == "The article text, long enough to be the main text of this page."
    assert [(r.text, r.reason) for r in doc.removed] == [("Please enable JavaScript", "html.noscript")]


def test_link_only_block_carries_its_url_and_density() -> None:
    doc = BARE.run('<html><head><link rel="canonical" href="https://example.org/news/a"></head><body>'
                   '<p><a href="/news/b">Another story</a></p><p>Plain <a href="/x">link</a> text here</p>'
                   '</body></html>', format="html")
    link, mixed = (b for b, _ in doc.trace)
    assert link.url == "https://example.org/news/b" and link.link_density == 1.0
    assert mixed.url == "" and 0 < mixed.link_density < 0.5


def test_source_is_a_short_element_path() -> None:
    doc = run("<body><div><div><nav><ul><li>Home</li></ul></nav></div><div><p>x</p><p>y</p></div></div></body>")
    sources = [b.source for b, _ in doc.trace]
    assert sources[0].endswith("nav/ul/li")
    assert sources[2].endswith("div[2]/p[2]")
    assert all(s.count("/") <= 4 for s in sources)


def test_hidden_elements_are_dropped_with_their_rule() -> None:
    doc = run('<article><p>Shown text of the article.</p><div style="display: none">Hidden text</div>'
              '<div hidden>Also hidden</div><div aria-hidden="true">Decor</div></article>')
    assert doc.body == "Shown text of the article."
    assert {r.reason for r in doc.removed} == {"html.hidden"}
    assert all(r.filter == "drop_hidden_elements" for r in doc.removed)


def test_hidden_inline_text_is_left_out_of_its_line_and_kept_in_removed() -> None:
    doc = run('<p>Share<span class="sr-only"> on <b>Facebook</b></span> now</p>'
              '<p>The pier opened <span style="display:none">DRAFT: check date</span>on Monday.</p>')
    assert doc.body == "Share now\n\nThe pier opened on Monday."
    hidden = [(r.text, r.reason, r.filter) for r in doc.removed]
    assert hidden == [("on Facebook", "html.hidden", "drop_hidden_elements"),
                      ("DRAFT: check date", "html.hidden", "drop_hidden_elements")]
    # Nothing lost: each hidden text is a block of its own, after the page's other blocks.
    assert [b.text for b, _ in doc.trace][-2:] == ["on Facebook", "DRAFT: check date"]


def test_cookie_banner_is_dropped_by_vendor_id_not_by_the_word_cookie() -> None:
    doc = run('<body><div id="onetrust-banner-sdk"><p>We use cookies to improve your experience.</p></div>'
              '<article><p>The cookie jar was empty, and the children blamed the dog for it.</p></article>'
              '<div class="cookie-note"><p>Grandma kept a cookie note in the kitchen drawer.</p></div></body>')
    reasons = {r.text: r.reason for r in doc.removed}
    assert reasons["We use cookies to improve your experience."] == "html.cookie_banner"
    assert "The cookie jar was empty" in doc.body


def test_every_block_has_exactly_one_verdict() -> None:
    doc = run("<nav>Menu</nav><article><h1>Title</h1><p>Body text.</p></article><footer>Foot</footer>")
    assert len(doc.trace) == 4
    labels = [v.label for _, v in doc.trace]
    assert labels.count(Label.TITLE) == 1


def test_data_table_row_is_not_a_navigation_row() -> None:
    """drop_navigation reads "a | b | c" as a row of links; a data-table row of numbers is not one."""
    from cleantext import extract

    prose = "".join(f"<p>The benchmark compares parsers on the same files, sentence {n}, with care.</p>"
                    for n in range(4))
    table = ("<table><tr><th>parser</th><th>speed</th><th>memory</th></tr>"
             "<tr><td>gsoc-2018</td><td>3.3 GB/s</td><td>0.091 GB/s</td></tr></table>")
    doc = extract(f"<html><body><article>{prose}{table}</article></body></html>", format="html")
    assert "gsoc-2018 | 3.3 GB/s | 0.091 GB/s" in doc.body


def test_adjacent_links_are_separated_by_a_space() -> None:
    """Share buttons written without spaces read "Facebook Twitter", as on screen, not "FacebookTwitter"."""
    assert blocks('<div><a href="/f">Facebook</a><a href="/t"><span>Twitter</span></a>'
                  '<a href="/m">E-Mail</a></div><p>a<b>b</b></p>') == [
        ("Facebook Twitter E-Mail", Kind.PARAGRAPH), ("ab", Kind.PARAGRAPH)]


def test_every_block_field_holds_its_own_value() -> None:
    # html_page builds Blocks field by field in Block's order (tuple.__new__, for speed): each
    # field, read by name, must hold what it says.
    doc = BARE.run('<body><div><h2>Title here</h2><p>Read <a href="/a">the <em>story</em></a> now.</p></div></body>',
                   format="html", url="https://example.org/x")
    (head, _), (para, _) = doc.trace
    assert (head.index, head.text, head.kind, head.level, head.start) == (0, "Title here", Kind.HEADING, 2, -1)
    assert (para.index, para.text, para.kind, para.level, para.start) == (1, "Read the story now.", Kind.PARAGRAPH, 0, -1)
    assert para.gap_before and para.source.endswith("div/p") and para.url == ""
    assert 0 < para.link_density < 1
    assert para.marks == (("em", "story", ""), ("link", "the story", "https://example.org/a"))
