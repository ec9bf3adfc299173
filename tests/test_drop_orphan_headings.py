"""drop_orphan_headings: headings left without text, and short lead-in lines ("Schon gelesen?",
"More from our columnists:") whose links the steps before dropped; a heading whose section goes on
after its "edit" link, a line followed by prose in its element, a sentence and a value stay."""
from __future__ import annotations

from html_pages import BARE, paragraphs
from html_pages import page as _page

TEXT = [
    "The council voted on Tuesday to extend the tram line to the harbour, after a debate that ran late into the night.",
    "Construction starts next spring along the river road, and the first trams could run by the summer of 2027.",
    "Shop owners asked for more loading bays, and the council agreed to widen the delivery hours in the old town.",
    "The whole project costs about forty million euros, most of it paid from the regional transport fund.",
    "Residents along the river road will be able to comment on the plans at three meetings in January.",
]
LINKS = "".join(f'<p><a href="/story-{n}">Other story number {w} about the city</a></p>'
                for n, w in enumerate(["one", "two", "three"]))


def page(body: str) -> str:
    return _page(f"<article><h1>Tram line extended</h1>{body}</article>", "Tram line extended")


def reasons(html: str) -> dict[str, str]:
    return {r.text: r.reason for r in BARE.run(html, format="html").removed}


def test_drop_orphan_headings_drops_a_lead_in_whose_links_went() -> None:
    for lead in ("Schon gelesen?", "Our columnists this week:", "Auch spannend", "Noch mehr Lesestoff"):
        html = page(f"{paragraphs(TEXT)}<p>{lead}</p>{LINKS}")
        assert reasons(html)[lead] == "html.orphan_lead_in", lead


def test_drop_orphan_headings_drops_a_lead_in_between_parts_of_the_text() -> None:
    html = page(f"{paragraphs(TEXT[:2])}<div><p>Elsewhere on the site:</p>{LINKS}</div><div>{paragraphs(TEXT[2:])}</div>")
    assert reasons(html)["Elsewhere on the site:"] == "html.orphan_lead_in"
    assert TEXT[2] in BARE.run(html, format="html").body


def test_drop_orphan_headings_keeps_a_heading_whose_section_goes_on_after_its_edit_link() -> None:
    html = page(f'{paragraphs(TEXT[:1])}<div><h2>Early years</h2></div><div><a href="/edit/2">edit</a></div>'
                f"<div>{paragraphs(TEXT[1:])}</div>")
    assert "Early years" in BARE.run(html, format="html").body


def test_drop_orphan_headings_keeps_a_line_whose_prose_follows_the_links_in_its_element() -> None:
    html = page(f"{paragraphs(TEXT[:1])}<p>What the plan means:</p>{LINKS}{paragraphs(TEXT[1:])}")
    assert "What the plan means:" in BARE.run(html, format="html").body


def test_drop_orphan_headings_keeps_sentences_and_values_before_links() -> None:
    for line in ("The full plan is online.", "Registered: July 03, 2001", "Price list 2027:"):
        html = page(f"{paragraphs(TEXT)}<p>{line}</p>{LINKS}")
        assert reasons(html).get(line) != "html.orphan_lead_in", line


def test_drop_orphan_headings_keeps_a_long_label() -> None:
    line = "These are the stories our readers liked most in the whole of this long year:"
    html = page(f"{paragraphs(TEXT)}<p>{line}</p>{LINKS}")
    assert reasons(html).get(line) != "html.orphan_lead_in"
