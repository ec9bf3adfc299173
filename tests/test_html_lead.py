"""The lead between the headline and the region, outside the region's parent (html.header.with_lead)."""
from __future__ import annotations

from html_pages import BARE, page, paragraphs

PROSE = [
    "The city council approved the extension of the tram line on Tuesday, after two years of debate.",
    "Construction will start in spring, and the first trams should run on the new track next autumn.",
    "Residents along the route welcomed the decision, though some shop owners worry about the works.",
    "The council expects the line to carry twelve thousand passengers a day once it is finished.",
]
LEAD = "The new stretch links the harbour with the university, and it will cost less than planned."
SHARE = ('<ul class="share"><li><a href="/s/fb">Share this story on Facebook with your friends</a></li>'
         '<li><a href="/s/x">Share this story on X with your followers</a></li></ul>')
MORE = "".join(f'<li><a href="/n{n}">Other news of the week from the city council and the harbour, part {n}</a></li>'
               for n in range(4))
OG = '<meta property="og:title" content="Tram line extended">'


def test_standfirst_in_the_header_block_above_the_article_is_kept() -> None:
    """<header><h1/><h2 class="subheadline">lead</h2><div>date</div></header><article>body</article>:
    the deck under the headline belongs to the article the region chose beside the header."""
    html = page(f'<div class="content"><header class="article-header"><h1>Tram line extended</h1>'
                f'<h2 class="article-subheadline">{LEAD}</h2><div class="byline">3 May 2022</div>{SHARE}</header>'
                f'<article><div class="article-body">{paragraphs(PROSE)}</div></article><ul>{MORE}</ul></div>', head=OG)
    doc = BARE.run(html, format="html")
    assert doc.body.split("\n\n")[0] == LEAD


def test_intro_in_a_sibling_container_is_kept_but_not_the_image_caption() -> None:
    """The intro sits in a top section beside the column that holds the body; a caption under the
    top image (a line in the element holding the image) and the linked author names stay out."""
    caption = "A tram on the current line near the station, photographed on a grey winter morning."
    people = ('<div class="people"><p><a href="/p/1">Jane Roe, city desk and transport</a></p>'
              '<p><a href="/p/2">John Doe, photography and graphics</a></p></div>')
    html = page(f'<div class="site"><section class="content-top"><h1>Tram line extended</h1>'
                f'<div class="block"><div class="deck"><div class="deck-copy"><p>{LEAD}</p></div></div></div>'
                f'<div class="media"><img src="/t.jpg" alt=""><p>{caption}</p></div>{people}</section>'
                f'<div class="main-content"><article>{paragraphs(PROSE)}</article></div><ul>{MORE}</ul></div>',
                head=OG)
    doc = BARE.run(html, format="html")
    assert doc.body.split("\n\n") == [LEAD, *PROSE]


def test_a_line_far_below_the_headline_is_not_a_lead() -> None:
    """More than twelve lines between the headline and the body: the paragraph above the body is
    another part of the page, not the article's lead."""
    labels = "".join(f"<p>Section {n}</p>" for n in range(12))
    html = page(f'<div><div class="top"><h1>Tram line extended</h1><div class="toc">{labels}</div>'
                f'<p>{LEAD}</p></div><div class="col"><article>{paragraphs(PROSE)}</article></div>'
                f'<ul>{MORE}</ul></div>', head=OG)
    doc = BARE.run(html, format="html")
    assert LEAD not in doc.body


def test_a_line_named_as_a_caption_under_the_headline_is_not_a_lead() -> None:
    """A picture's legend between the headline and the body (its image loaded by a script, so not
    shown) is a caption, however long."""
    legend = "The tram depot seen from the harbour bridge on the morning of the council vote."
    html = page(f'<div class="content"><header><h1>Tram line extended</h1><h2 class="deck">{LEAD}</h2>'
                f'<div class="main__legend">{legend}</div></header><div class="body"><article>'
                f'{paragraphs(PROSE)}</article></div><ul>{MORE}</ul></div>', head=OG)
    doc = BARE.run(html, format="html")
    assert doc.body.split("\n\n")[0] == LEAD
    assert legend not in doc.body



def test_an_author_card_under_the_headline_is_not_a_lead() -> None:
    """A line in an element named as boilerplate (an author's short bio) is no lead, however long."""
    bio = "Jane is a transport reporter and has written about the city's trams and buses since 2007."
    html = page(f'<div class="content"><header><h1>Tram line extended</h1><div class="author-short-bio">{bio}'
                f'</div></header><div class="body"><article>{paragraphs(PROSE)}</article></div>'
                f'<ul>{MORE}</ul></div>', head=OG)
    doc = BARE.run(html, format="html")
    assert doc.body.split("\n\n") == PROSE


DECK = "The harbour line opens in two years"  # under 60 characters: a deck, not a lead


def test_short_deck_in_the_headlines_own_header_element_is_kept() -> None:
    """<main><header><p class="kicker"/><h1/><p class="subtitle">deck</p></header><div class="entry-content">:
    the header holds the headline, so only the deck's own element joins the body beside it."""
    html = page(f'<main><header class="entry-header"><p class="kicker">Transport</p><h1>Tram line extended</h1>'
                f'<p class="subtitle">{DECK}</p></header><div class="entry-content">{paragraphs(PROSE)}</div>'
                f'<ul>{MORE}</ul></main>', head=OG)
    doc = BARE.run(html, format="html")
    assert doc.body.split("\n\n")[0] == DECK
    assert "Transport" not in doc.body


def test_short_deck_as_a_subheading_in_a_header_block_above_the_article_is_kept() -> None:
    html = page(f'<div class="wrap"><header class="article-header"><h1>Tram line extended</h1><h2>{DECK}</h2>'
                f'<div class="byline">3 May 2022</div></header><div class="row"><div class="article-content">'
                f'{paragraphs(PROSE)}</div><ul>{MORE}</ul></div></div>', head=OG)
    assert BARE.run(html, format="html").body.split("\n\n")[0] == DECK


def test_a_short_line_under_the_headline_that_is_no_deck_stays_out() -> None:
    """A short line neither a subheading nor named as a deck (a photo credit) is not taken."""
    credit = "Photo taken by Jane Roe for the city"
    html = page(f'<div class="wrap"><header class="article-header"><h1>Tram line extended</h1>'
                f'<p class="credit-line">{credit}</p></header><div class="row"><div class="article-content">'
                f'{paragraphs(PROSE)}</div><ul>{MORE}</ul></div></div>', head=OG)
    assert credit not in BARE.run(html, format="html").body
