"""Side columns (html/columns.py): a blog's sidebar beside the post does not pull the region up to
the row that holds both; the article's own header above its body is never a side column."""
from __future__ import annotations

from html_pages import BARE, paragraphs
from html_pages import page as _page

from cleantext.html.columns import ABOUT_HEADING

POST = [
    "Am Samstag haben wir endlich die Hochbeete im Hinterhof fertig gebaut, aus alten Gerüstbrettern.",
    "Die Erde kam vom Kompostwerk am Stadtrand, zwei Kubikmeter, und hat gerade so für drei Beete gereicht.",
    "Als Erstes kommen Salat und Radieschen hinein, im Mai dann Tomaten, Zucchini und ein paar Kräuter.",
    "Das Holz haben wir innen mit Teichfolie ausgeschlagen, damit es nicht so schnell fault wie beim letzten Mal.",
]
BIO = ("Ich bin Karla, Grundschullehrerin in Kassel, und schreibe hier über Gärtnern auf kleinem Raum, "
       "Kochen mit Kindern und meine Radtouren an der Fulda.")


def page(body: str) -> str:
    return _page(body, "Hochbeete")


def blog(sidebar: str) -> str:
    post = f'<div class="main-col"><div class="entry"><h2>Hochbeete fertig</h2>{paragraphs(POST)}</div></div>'
    return page(f'<div class="layout"><div class="grid">{post}<div class="side-col">{sidebar}</div></div></div>')


def test_an_about_me_box_alone_in_a_sidebar_is_left_out() -> None:
    doc = BARE.run(blog(f'<div class="w"><h3>Über mich</h3><p>{BIO}</p></div>'), format="html")
    assert doc.body.split("\n\n")[-len(POST):] == POST
    assert BIO not in doc.body


def test_a_stack_of_widget_boxes_with_a_bio_is_left_out() -> None:
    tags = "".join(f'<li><a href="/t/{t}">{t}</a></li>' for t in ("Beete", "Kompost", "Radtouren", "Kochen"))
    boxes = (f'<div class="w"><h3>Hallo!</h3><p>{BIO}</p></div>'
             f'<div class="w"><h3>Schlagwörter</h3><ul>{tags}</ul></div>')
    doc = BARE.run(blog(boxes), format="html")
    assert BIO not in doc.body
    assert doc.body.split("\n\n")[-len(POST):] == POST


def test_the_articles_header_above_its_body_is_no_side_column() -> None:
    """Kicker, headline and deck in a <header>, the body beside it: the deck stays with the text."""
    deck = "Drei Beete, zwei Kubikmeter Erde und ein Wochenende: wie aus einem Hinterhof ein Garten wird."
    html = page('<div class="story"><header class="story-head"><h2><a href="/garten">Garten</a></h2>'
                f'<h1>Hochbeete fertig</h1><p>{deck}</p></header>'
                f'<div class="story-body">{paragraphs(POST)}</div></div>')
    doc = BARE.run(html, format="html")
    assert deck in doc.body
    assert doc.body.split("\n\n")[-len(POST):] == POST


def test_about_headings_in_several_languages() -> None:
    for heading in ("About this blog", "About me", "Über mich", "À propos", "Sobre mí", "Chi sono", "Over mij",
                    "O mnie", "Обо мне", "Qui suis-je ?"):
        assert ABOUT_HEADING.match(heading), heading
    for heading in ("About the new harbour wall", "Über die Brücke", "Sobre la reforma"):
        assert not ABOUT_HEADING.match(heading), heading
