"""drop_captions: figure captions, caption-named blocks and the short text of a box around a picture
go; a paragraph beside a picture, a short post with its thumbnail, a smiley in a sentence, a list of
cards and a byline beside the author's photo stay (or are left to their own steps)."""
from __future__ import annotations

from html_pages import BARE, paragraphs
from html_pages import page as _page
from hypothesis import given, settings
from hypothesis import strategies as st

from cleantext import Pipeline, extract

TEXT = [
    "The council voted on Tuesday to extend the tram line to the harbour, after a debate that ran late into the night.",
    "Construction starts next spring along the river road, and the first trams could run by the summer of 2027.",
    "Shop owners asked for more loading bays, and the council agreed to widen the delivery hours in the old town.",
    "The whole project costs about forty million euros, most of it paid from the regional transport fund.",
]
PIC = '<img src="/photos/depot.jpg" width="640" height="400">'


def page(body: str) -> str:
    return _page(body, "Tram line extended")


def article(middle: str) -> str:
    return page(f"<article><h1>Tram line extended</h1>{paragraphs(TEXT[:2])}{middle}{paragraphs(TEXT[2:])}</article>")


def reasons(html: str) -> dict[str, str]:
    return {r.text: r.reason for r in BARE.run(html, format="html").removed}


def test_drop_captions_drops_the_text_beside_a_picture_in_its_box() -> None:
    html = article(f'<div class="imginline">{PIC}<span>Figure: the new depot at dawn, seen from the river</span></div>')
    assert reasons(html)["Figure: the new depot at dawn, seen from the river"] == "html.image_box"


def test_drop_captions_takes_the_parent_box_when_the_picture_stands_alone_in_its_element() -> None:
    html = article(f'<div class="pic-right"><div class="frame"><a href="/big.jpg">{PIC}</a></div>'
                   '<div class="note"><div>The depot in 1931. Photo © City Archive</div></div></div>')
    assert reasons(html)["The depot in 1931. Photo © City Archive"] == "html.image_box"


def test_drop_captions_drops_a_figcaption() -> None:
    html = article(f"<figure>{PIC}<figcaption>The tram depot at dawn</figcaption></figure>")
    assert reasons(html)["The tram depot at dawn"] == "html.caption"


def test_drop_captions_keeps_a_paragraph_above_a_picture_in_the_same_box() -> None:
    """A paragraph before the picture's branch is the article's, whatever follows it."""
    short = "The mayor opened the depot herself."
    html = article(f'<div class="step"><div><p>{short}</p></div><div class="pic">{PIC}</div>'
                   '<span>Photo: K. Berg</span></div>')
    doc = BARE.run(html, format="html")
    assert short in doc.body


def test_drop_captions_keeps_a_paragraph_long_caption_in_a_p() -> None:
    """A <p> of a full sentence or two beside a news photo reads as the story's; a short one is a label."""
    long = ("The mayor cuts the ribbon at the new depot on Tuesday morning, watched by drivers, engineers and "
            "the families who live along the river road.")
    html = article(f'<div class="embed"><div class="pic">{PIC}</div><p>{long}</p></div>')
    assert long in BARE.run(html, format="html").body
    assert reasons(article(f'<div class="embed"><div class="pic">{PIC}</div><p>The depot at dawn.</p></div>'))[
        "The depot at dawn."] == "html.image_box"


def test_drop_captions_keeps_a_short_post_beside_its_thumbnail() -> None:
    post = "Here is a fine review of the new timetable. Read it over at the transport blog."
    html = page(f'<div class="blog"><h2>Timetable reviewed</h2><div class="entry-body">{PIC}<br>{post}</div>'
                f'<div class="more">{paragraphs(TEXT)}</div></div>')
    assert post in BARE.run(html, format="html").body


def test_drop_captions_keeps_a_sentence_with_a_picture_inside_it() -> None:
    """An image inside running text (a smiley, an inline icon) makes no box."""
    line = "We finally got the tickets"
    html = article(f'<div class="note">{line} <img src="/smile.gif" alt=":)"> for the first ride.</div>')
    assert f"{line} for the first ride." in BARE.run(html, format="html").body


def test_drop_captions_leaves_a_row_of_cards_to_the_list_steps() -> None:
    cards = "".join(f'<div class="card">{PIC}<div>Rider {n} on the first tram</div></div>' for n in range(3))
    html = article(f"<div class='cards'>{cards}</div>")
    assert not any(r == "html.image_box" for r in reasons(html).values())


def test_drop_captions_keeps_a_box_with_a_heading_or_many_lines() -> None:
    boxed = f'<div class="teaser">{PIC}<h3>Depot open day</h3><div>Tours every hour on Saturday</div></div>'
    html = article(boxed)
    assert "Tours every hour on Saturday" not in reasons(html)
    lines = "".join(f"<div>Line {n} of the box</div>" for n in range(4))
    assert "Line 0 of the box" not in reasons(article(f'<div class="facts">{PIC}{lines}</div>'))


def test_drop_captions_leaves_a_byline_beside_the_authors_photo_to_extract_byline() -> None:
    html = page(f'<article><h1>Tram line extended</h1><div class="writer">{PIC}<div>By Mara Treloar</div>'
                f'<div>Transport reporter</div></div>{paragraphs(TEXT)}</article>')
    removed = {r.text: r.reason for r in BARE.run(html, format="html").removed}
    assert removed["Transport reporter"] == "html.image_box" and "By Mara Treloar" not in removed
    assert "Mara Treloar" in extract(html, format="html").metadata.get("author", "")


def test_drop_captions_keeps_everything_with_keep_captions() -> None:
    html = article(f'<div class="imginline">{PIC}<span>Figure: the depot at dawn</span></div>')
    doc = Pipeline.default().with_options(keep_captions=True).run(html, format="html")
    assert "Figure: the depot at dawn" in doc.body


def test_drop_captions_keeps_a_story_told_in_pictures() -> None:
    """When the boxes' text is a large part of the page, it is the story, not captions on it."""
    slides = "".join(f'<div class="slide">{PIC}<p>{t}</p></div><p>{t}</p>' for t in TEXT[:1])
    html = page(f"<article><h1>Depot</h1>{slides}</article>")
    assert TEXT[0] in BARE.run(html, format="html").body


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(TEXT), min_size=1, max_size=4), st.sampled_from(["div", "section", "p", "li"]))
def test_drop_captions_never_drops_a_paragraph_of_prose(texts: list[str], tag: str) -> None:
    """Paragraphs outside any picture's box survive, whatever boxes stand between them."""
    middle = f'<{tag} class="x">{PIC}<span>Photo: K. Berg</span></{tag}>'
    html = page(f"<article><h1>Tram</h1>{paragraphs(texts)}{middle}{paragraphs(TEXT)}</article>")
    body = BARE.run(html, format="html").body
    assert all(t in body for t in texts + TEXT)
