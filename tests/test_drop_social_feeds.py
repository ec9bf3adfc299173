"""drop_social_feeds: a column of short social posts beside the article is dropped by its shape
(items of one shape, short, with handles, hashtags or relative times); pages made of such posts,
tickers with clock times and articles with a single embedded post keep their text."""
from __future__ import annotations

from html_pages import BARE, paragraphs
from html_pages import page as _page
from hypothesis import given, settings
from hypothesis import strategies as st

from cleantext.html.feeds import is_social

ARTIKEL = [
    "Die Stadtwerke wollen bis zum Herbst zwölf neue Ladesäulen am Bahnhof und am Rathausplatz aufstellen.",
    "Der Gemeinderat hatte das Vorhaben im Frühjahr gebilligt, nachdem Anwohner lange darauf gedrängt hatten.",
    "Die Kosten von rund 400.000 Euro trägt zur Hälfte das Land, den Rest zahlen die Stadtwerke selbst.",
    "Wer eine Säule nutzen will, braucht künftig keine Karte mehr, bezahlt wird direkt mit dem Telefon.",
    "Bis Ende des Jahres sollen zudem zwei Schnellladepunkte an der Ausfallstraße nach Süden hinzukommen.",
]


def html(body: str) -> str:
    return _page(body, "Ladesäulen")


def insta_feed(n: int) -> str:
    """Instagram-style captions in a German site's side column: caption, hashtags, "vor N Stunden"."""
    return '<div class="ig-wall"><h4>Folgt uns</h4>' + "".join(
        f'<figure class="ig-card"><figcaption>Sonnenaufgang über dem Stausee, was für ein Start in den '
        f'Tag! Danke an alle, die Fotos geschickt haben #heimat #see{k}</figcaption>'
        f'<small>vor {k} Stunden</small></figure>' for k in range(1, n + 1)) + "</div>"


def test_drop_social_feeds_drops_a_caption_wall_beside_a_german_article() -> None:
    page = html(f'<div class="row"><div class="artikel"><h1>Neue Ladesäulen</h1>{paragraphs(ARTIKEL)}</div>'
                f"{insta_feed(6)}</div>")
    doc = BARE.run(page, format="html")
    assert doc.body.split("\n\n") == ARTIKEL
    assert {r.reason for r in doc.removed if "Stausee" in r.text} == {"html.social_feed"}


def test_drop_social_feeds_keeps_a_page_that_is_a_feed() -> None:
    """A page of short posts (a profile page, a forum thread): without them there is no text, so
    they are the text."""
    posts = "".join(f'<div class="msg"><p>Post {k}: the ferry was late again this morning, third time this '
                    f'week, anyone know why? @harbourferries</p><span>{k}h</span></div>' for k in range(1, 9))
    doc = BARE.run(html(f'<div class="timeline">{posts}</div>'), format="html")
    assert "Post 3: the ferry was late again" in doc.body
    assert not [r for r in doc.removed if r.reason == "html.social_feed"]


def test_drop_social_feeds_keeps_one_embedded_post_in_the_article() -> None:
    embed = ('<blockquote class="embedded-post"><p>Die ersten Säulen stehen schon! #laden</p>'
             '<span>@stadtwerke · 2h</span></blockquote>')
    page = html(f'<article><h1>Neue Ladesäulen</h1>{paragraphs(ARTIKEL[:3])}{embed}{paragraphs(ARTIKEL[3:])}</article>')
    doc = BARE.run(page, format="html")
    assert "Die ersten Säulen stehen schon! #laden" in doc.body


def test_drop_social_feeds_leaves_a_ticker_with_clock_times_to_other_steps() -> None:
    """Clock times ("10:05") are no social marker: a ticker is not a feed (other steps judge it)."""
    ticker = '<div class="ticker">' + "".join(
        f'<div class="t"><span>{h}:05</span> Sturmwarnung für die Küste, Lage um {h} Uhr</div>' for h in range(8, 14)
    ) + "</div>"
    doc = BARE.run(html(f'<article><h1>Neue Ladesäulen</h1>{paragraphs(ARTIKEL)}</article>{ticker}'), format="html")
    assert not [r for r in doc.removed if r.reason == "html.social_feed"]


def test_social_posts_carry_handles_hashtags_or_relative_times() -> None:
    for text in ("@citynews · 4h", "Great day #harbour #sun", "posted 3 hours ago", "vor 2 Stunden", "il y a 5 min",
                 "hace 3 horas", "2 ore fa", "há 4 horas", "3 uur geleden", "5 минут назад"):
        assert is_social(text), text
    for text in ("Mail desk@example.org", "Issue #3 of the zine", "10:05 Storm warning", "Route 66 reopens",
                 "The memorial lit up for the #NeverAgain campaign © City Archive"):
        assert not is_social(text), text


def test_drop_social_feeds_keeps_a_gallery_whose_captions_share_one_campaign_hashtag() -> None:
    """One hashtag under every photo is a campaign, not a feed of posts."""
    gallery = '<div class="gallery">' + "".join(
        f'<div class="slide"><p>Die Ladesäule Nummer {k} am Rathausplatz, aufgenommen am Eröffnungstag #StromFürAlle'
        f"</p></div>" for k in range(1, 7)) + "</div>"
    page = html(f'<article><h1>Neue Ladesäulen</h1>{paragraphs(ARTIKEL)}{gallery}</article>')
    doc = BARE.run(page, format="html")
    assert not [r for r in doc.removed if r.reason == "html.social_feed"]


def test_drop_social_feeds_keeps_quoted_posts_listed_in_the_article() -> None:
    """A roundup quoting posts, one line each ("@handle : what they said"), is the article's text."""
    quotes = "<ul>" + "".join(f"<li>@engineer{k} : Caching the product pages cut our database load by half, "
                              f"and the p99 latency dropped below {k}0 ms #scaling #perf</li>" for k in range(1, 6)) + "</ul>"
    page = html(f'<article><h1>Neue Ladesäulen</h1>{paragraphs(ARTIKEL[:3])}<p>Zitate der Woche:</p>{quotes}'
                f"{paragraphs(ARTIKEL[3:])}</article>")
    doc = BARE.run(page, format="html")
    assert "@engineer3 : Caching the product pages" in doc.body


# Properties: whatever the feed looks like and wherever it stands, the article's paragraphs are
# never the feed's, and a column of items without any social marker is never dropped as one.
_CAPTION = st.text(alphabet=st.sampled_from("abcdefghij klmno"), min_size=20, max_size=120).map(str.strip).filter(bool)
_MARKER = st.sampled_from(["#heimat", "@stadtwerke", "vor 3 Stunden", "2h", "#see #laden", ""])


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(_CAPTION, _MARKER), min_size=3, max_size=8), st.booleans())
def test_drop_social_feeds_never_drops_the_articles_paragraphs(items, feed_first) -> None:
    feed = '<div class="wall">' + "".join(f'<div class="card"><p>{c}</p><span>{m}</span></div>'
                                           for c, m in items) + "</div>"
    article = f'<div class="artikel"><h1>Neue Ladesäulen</h1>{paragraphs(ARTIKEL)}</div>'
    doc = BARE.run(html(f'<div class="row">{feed + article if feed_first else article + feed}</div>'), format="html")
    assert all(r.reason != "html.social_feed" for r in doc.removed if r.text in ARTIKEL)
    assert all(p in doc.body for p in ARTIKEL)


@settings(max_examples=40, deadline=None)
@given(st.lists(_CAPTION, min_size=3, max_size=8))
def test_drop_social_feeds_needs_social_markers(captions) -> None:
    column = '<div class="wall">' + "".join(f'<div class="card"><p>{c}</p></div>' for c in captions) + "</div>"
    page = html(f'<div class="row"><div class="artikel">{paragraphs(ARTIKEL)}</div>{column}</div>')
    doc = BARE.run(page, format="html")
    assert not [r for r in doc.removed if r.reason == "html.social_feed"]
