"""An <h1> that only names the site is not the headline (html.title.site_h1s, html.site_name)."""
from __future__ import annotations

from html_pages import page, paragraphs

from cleantext import extract
from cleantext.html.title import site_names

POSTS = [
    "My tomato plants have yellow leaves at the bottom and the yellow is spreading upward. Any idea why?",
    "Sounds like early blight or too much water. Remove the lower leaves and water at the base only.",
    "Could also be a lack of nitrogen if they grow in pots. Feed them every two weeks and watch the new growth.",
]
NAV = '<div class="navbar"><a href="/">Board index</a> » <a href="/f/2">Vegetables</a></div>'


def thread(title: str, banner: str, heading: str) -> str:
    posts = "".join(f'<div class="post" id="p{n}"><div class="postbody"><div class="content">{t}</div></div></div>'
                    for n, t in enumerate(POSTS))
    return page(f'<div id="wrap">{banner}{NAV}{heading}{posts}</div><footer>Powered by a forum</footer>',
                title)


def test_site_names_are_the_title_parts_beside_its_headline() -> None:
    assert site_names(["Yellow leaves on tomato plants - Garden Talk Forum"]) == {
        "garden talk forum": "yellow leaves on tomato plants"}
    assert site_names(["Just one title"]) == {}


def test_a_forum_h1_with_the_sites_name_gives_way_to_the_thread_title() -> None:
    """<h1>Garden Talk Forum</h1> in the banner, the thread's title in an <h2> below: the <h2> is
    the headline, and the banner with its tagline is dropped as the site's name."""
    html = thread("Yellow leaves on tomato plants - Garden Talk Forum",
                  '<div class="headerbar"><h1>Garden Talk Forum</h1><p>Discussions for gardeners</p></div>',
                  '<h2 class="topic-title"><a href="/t/55">Yellow leaves on tomato plants</a></h2>')
    doc = extract(html, format="html")
    assert doc.title == "Yellow leaves on tomato plants"
    reasons = {r.text: r.reason for r in doc.removed}
    assert reasons["Garden Talk Forum"] == "html.site_name"
    assert reasons["Discussions for gardeners"] == "html.site_name"
    assert all(p in doc.body for p in POSTS)


def test_an_h1_that_is_the_shorter_part_of_the_title_stays_the_headline() -> None:
    """"Vacations! — Wanda's Blog": the headline is the shorter part, and the blog's name stands
    above it as a logo, not below it, so the <h1> is the headline."""
    html = page('<div class="logo"><a href="/">Wanda\'s Blog</a></div><article><h1 class="entry-title">Vacations!</h1>'
                f'{paragraphs(POSTS)}</article>', "Vacations! — Wanda's Blog")
    assert extract(html, format="html").title == "Vacations!"


def test_an_h1_naming_the_site_with_no_headline_below_is_kept_as_it_was() -> None:
    """Without the title's other part said below it, the <h1> may be the headline ("Mozilla -
    Wikipedia" over an article about Mozilla): it stays the title."""
    html = page(f'<h1>Mozilla</h1><div class="content">{paragraphs(POSTS)}</div>', "Mozilla - Wikipedia")
    assert extract(html, format="html").title == "Mozilla"


def test_the_site_name_far_below_the_h1_does_not_make_it_a_banner() -> None:
    """The site's name repeated in a footer line far down the page says nothing about the <h1>."""
    filler = paragraphs([f"{p} (part {n})" for n in range(12) for p in POSTS])
    html = page(f'<article><h1>What we do</h1>{filler}</article><footer><h2>Harbour Commons</h2></footer>',
                "What we do - Harbour Commons")
    assert extract(html, format="html").title == "What we do"


def test_the_banners_tagline_goes_with_it_though_the_header_holds_a_menu() -> None:
    """The header holds the banner, its tagline and the site's menu: the menu's links are not the
    banner's lines, so the tagline still goes with the site's name, not into the text."""
    menu = '<ul class="nav"><li><a href="/">Forums</a></li><li><a href="/new">New posts</a></li><li><a href="/l">Log in</a></li></ul>'
    html = thread("Yellow leaves on tomato plants - Garden Talk Forum",
                  f'<div id="header"><h1>Garden Talk Forum</h1><p>Growing together since 2004</p>{menu}</div>',
                  '<h2 class="topic-title">Yellow leaves on tomato plants</h2>')
    doc = extract(html, format="html")
    assert doc.title == "Yellow leaves on tomato plants"
    assert {r.text: r.reason for r in doc.removed}["Growing together since 2004"] == "html.site_name"
    assert not doc.body.startswith("Growing together")
