"""drop_site_template keeps article text that recurs across a site and still drops the recurring chrome.

Pages written here for these tests (a harbour-town blog, a regional paper); nothing from ../shared.
"""
from __future__ import annotations

import html

from hypothesis import given
from hypothesis import strategies as st

from cleantext import Pipeline
from cleantext.filters.site_template import REASON, drop_site_template
from cleantext.learn import learn
from cleantext.templates import normalize_block

ONLY = Pipeline([("drop_site_template", drop_site_template, "filter")])
SITE = "https://tidewater.example"

MENU = ["Tidewater Notes", "Home | Boats | Tides | Archive | Contact", "Sign in"]
ABOUT = ["About this blog",
         "Tidewater Notes is kept by a retired pilot who spent forty winters guiding freighters past the sandbars.",
         "Follow: Mastodon | RSS | Email"]
PITCH = "Never miss a tide table: join the mailing list."
FOOTER = ["Newsletter", PITCH, "Sign up", "© 2024 Tidewater Notes"]
# Prose the blog reuses inside its posts: article text every time.
INTRO = ("Every Friday this blog walks one stretch of the estuary at low water and writes down what the "
         "mud shows, from old mooring chains to the bones of a barge that sank before the war.")
QUOTE = ('"The river takes back whatever you leave on it, and it never hurries," the harbour master '
         "told a meeting of the sailing club last spring.")
TOPICS = ["the north channel", "the salt marsh", "the old ferry slip", "the shingle spit", "the oyster beds",
          "the lock gates", "the sea wall", "the boatyard", "the lighthouse steps", "the fish quay",
          "the tidal mill", "the eel weir"]


def post(n: int, *, intro: bool, quote: bool) -> tuple[list[str], list[str]]:
    """(all lines of post ``n``, its article paragraphs)."""
    topic = TOPICS[n % len(TOPICS)]
    article = [
        (f"This week the walk started at {topic}, where the ebb had left a shelf of grey sand about "
        f"{n + 3} metres wide and a line of gulls working along its edge."),
        (f"Further along {topic} the mud turned soft, and the only safe path followed the ribs of "
        f"timber that somebody laid down {n + 20} years ago for the bait diggers."),
        (f"By the time the tide turned at {topic} the light had gone flat, so the photographs from "
        f"walk {n} will have to wait for a brighter Friday."),
    ]
    if quote:
        article.insert(2, QUOTE)
    if intro:
        article.insert(0, INTRO)
    title = f"Low water at {topic}, part {n}"
    lines = [*MENU, title, f"Posted on Friday, {n + 1} March", *article, *ABOUT, *FOOTER]
    return lines, article


def site(pages: int, **kw: bool) -> list[tuple[str, list[str], list[str]]]:
    return [(f"{SITE}/{n}", *post(n, **kw)) for n in range(pages)]


def to_html(lines: list[str], article: list[str]) -> str:
    """The post as HTML: menu in a header, article paragraphs in <article>, the box in an aside."""
    e = html.escape
    body = "".join(f"<p>{e(p)}</p>" for p in article)
    head = "".join(f"<div>{e(x)}</div>" for x in MENU)
    aside = f"<aside><h3>{e(ABOUT[0])}</h3><p>{e(ABOUT[1])}</p><p>{e(ABOUT[2])}</p></aside>"
    foot = "".join(f"<p>{e(x)}</p>" for x in FOOTER)
    title = lines[len(MENU)]
    return (f"<html><head><title>{e(title)}</title></head><body><header>{head}</header><main><article>"
            f"<h1>{e(title)}</h1><p>{e(lines[len(MENU) + 1])}</p>{body}</article>{aside}</main>"
            f"<footer>{foot}</footer></body></html>")


def test_recurring_quote_and_intro_inside_posts_are_kept_on_a_big_site() -> None:
    # On all 12 posts: support passes, and at 100% of 10+ pages the old "anywhere" rule dropped them.
    pages = site(12, intro=True, quote=True)
    model = learn([(url, "\n".join(lines)) for url, lines, _ in pages], format="text")
    pipe = Pipeline.default().with_options(templates=model)
    for url, lines, article in pages:
        doc = pipe.run("\n".join(lines), format="text", url=url)
        assert all(p in doc.body for p in article)
        assert not any(r.filter == "drop_site_template" and r.text in (INTRO, QUOTE) for r in doc.removed)


def test_recurring_chrome_is_dropped_by_the_template() -> None:
    pages = site(8, intro=True, quote=True)
    model = learn([(url, "\n".join(lines)) for url, lines, _ in pages], format="text")
    url, lines, article = pages[3]
    doc = ONLY.with_options(templates=model).run("\n".join(lines), format="text", url=url)
    dropped = {r.text for r in doc.removed if r.reason == REASON}
    assert {*MENU, *ABOUT, *FOOTER} <= dropped  # the box's blurb too: it sits between template lines
    assert all(p in doc.body for p in article)


def test_html_posts_keep_the_recurring_quote_and_lose_the_box() -> None:
    pages = site(12, intro=True, quote=True)
    sources = [(url, to_html(lines, article)) for url, lines, article in pages]
    model = learn(sources, format="html")
    pipe = Pipeline.default().with_options(templates=model)
    for (url, source), (_, _, article) in zip(sources, pages):
        doc = pipe.run(source, format="html", url=url)
        assert all(p in doc.body for p in article)
        assert ABOUT[1] not in doc.body and PITCH not in doc.body


def test_a_posts_title_listed_on_the_other_pages_is_kept_over_its_text() -> None:
    # Every page lists the five latest titles at the bottom; post 2's own title heads its text.
    titles = [f"Low water at {t}" for t in TOPICS[:5]]
    pages = []
    for n in range(5):
        _, article = post(n, intro=False, quote=False)
        pages.append((f"{SITE}/{n}", [*MENU, titles[n], *article, "Latest posts", *titles, *FOOTER]))
    model = learn([(u, "\n".join(lines)) for u, lines in pages], format="text")
    url, lines = pages[2]
    doc = ONLY.with_options(templates=model).run("\n".join(lines), format="text", url=url)
    removed = [r for r in doc.removed if r.reason == REASON]
    assert all(r.index != len(MENU) for r in removed)  # the title above the text stays
    assert any(r.text == titles[2] and r.index > len(MENU) for r in removed)  # its listing goes


def test_template_drops_do_not_open_the_region_to_the_comments_below() -> None:
    # Short post, a login box the site repeats, then a reader's comment: the template drops the box,
    # and the region must not now bridge it (as cheap dropped lines) to take in the comment.
    box = ["Log in to comment", "Nickname:", "Password:", "Public terminal", "Forgot your password?", "Close"]
    pages = []
    for n in range(6):
        _, article = post(n, intro=False, quote=False)
        comment = (f"Reader {n} wrote that the timber path at {TOPICS[n]} was laid by her grandfather "
                   "and his brothers.")
        pages.append((f"{SITE}/{n}", [*MENU, *article, *box, comment]))
    model = learn([(u, "\n".join(lines)) for u, lines in pages], format="text")
    pipe = Pipeline.default()
    for url, lines in pages:
        text = "\n".join(lines)
        before = pipe.run(text, format="text", url=url).body
        after = pipe.with_options(templates=model).run(text, format="text", url=url).body
        assert lines[-1] not in before and lines[-1] not in after


def test_a_sites_tagline_above_a_short_post_is_kept_in_the_region() -> None:
    # The tagline is prose on every page, beside the post's date line. Dropped, it would leave the
    # short post lighter than the reader's comment below the login box, and the region would move
    # to the comment.
    tagline = ("Notes from a harbour town on the tides, the boats and the people who mend them, written "
               "every week since the winter of the big storm.")
    box = ["Log in", "Nickname:", "Password:", "Public terminal", "Forgot your password?", "Close", "Register",
           "Rules", "Help", "Report"]
    pages = []
    for n in range(5):
        article = (f"The ferry ran again at {TOPICS[n]} today after a month away, and the first crossing "
                   "carried eleven passengers, two bicycles and a crate of crabs for the market in town.")
        comment = (f"Reader {n} remembered {TOPICS[n]} before the sea wall was raised, when the water came "
                   "up to the chapel steps twice a year and the children sailed tin boats along the lane.")
        day = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"][n]  # digits alone count as one
        pages.append((f"{SITE}/{n}", article, [*MENU, tagline, f"{day}, {n + 1} March", article, *box, comment]))
    model = learn([(u, "\n".join(lines)) for u, _, lines in pages], format="text")
    pipe = Pipeline.default().with_options(templates=model)
    for url, article, lines in pages:
        doc = pipe.run("\n".join(lines), format="text", url=url)
        assert article in doc.body and lines[-1] not in doc.body
        assert not any(r.text == tagline and r.filter == "drop_site_template" for r in doc.removed)


# -- properties ------------------------------------------------------------------------------------
WORDS = st.sampled_from(["tide", "boat", "harbour", "mud", "gull", "chain", "ferry", "marsh", "rope", "sand",
                         "the", "a", "of", "and", "was", "on", "at", "with", "winter", "light", "quay", "wall"])
SENTENCE = st.lists(WORDS, min_size=16, max_size=30).map(lambda ws: " ".join(ws).capitalize() + ".")
CHROME = st.lists(st.sampled_from(["Home | Boats | Tides", "Sign in", "Search", "About this blog", "Contact",
                                   "Share: Mastodon | RSS", "Newsletter", "© 2024 Tidewater", "Privacy",
                                   "Join the mailing list today."]), min_size=1, max_size=5, unique=True)


NAMES = ["alder", "birch", "cedar", "damson", "elder", "fir", "gorse", "hazel", "ivy", "juniper"]


@st.composite
def sites(draw: st.DrawFn) -> tuple[list[list[str]], list[list[str]]]:
    """(pages as lines, each page's article paragraphs): shared chrome around per-page paragraphs,
    with a shared sentence inside the articles of some pages."""
    n = draw(st.integers(min_value=3, max_value=9))
    top, bottom, shared = draw(CHROME), draw(CHROME), draw(SENTENCE)
    pages, articles = [], []
    for k in range(n):
        # Digits count as one ("0") in the model's keys: pages differ here by a word.
        own = [f"{s[:-1]} {NAMES[k]} {NAMES[j]}." for j, s in enumerate(draw(st.lists(SENTENCE, min_size=1, max_size=4)))]
        if draw(st.booleans()):
            own.insert(draw(st.integers(min_value=0, max_value=len(own))), shared)
        articles.append(own)
        pages.append([*top, f"Walk {k} at {draw(WORDS)}", *own, *bottom])
    return pages, articles


@given(sites())
def test_property_a_block_on_a_single_page_is_never_a_template_block(site_pages: tuple[list[list[str]], list[list[str]]]
                                                                    ) -> None:
    pages, _ = site_pages
    sources = [(f"{SITE}/{k}", "\n".join(lines)) for k, lines in enumerate(pages)]
    model = learn(sources, format="text")
    keys = [{normalize_block(line) for line in lines} for lines in pages]
    once = {line for lines in pages for line in lines if sum(normalize_block(line) in k for k in keys) == 1}
    for url, text in sources:
        doc = Pipeline.default().with_options(templates=model).run(text, format="text", url=url)
        assert not any(r.filter == "drop_site_template" and r.text in once for r in doc.removed)


@given(sites())
def test_property_article_prose_kept_without_templates_is_kept_with_them(
        site_pages: tuple[list[list[str]], list[list[str]]]) -> None:
    pages, articles = site_pages
    sources = [(f"{SITE}/{k}", "\n".join(lines)) for k, lines in enumerate(pages)]
    model = learn(sources, format="text")
    plain, templated = Pipeline.default(), Pipeline.default().with_options(templates=model)
    for (url, text), article in zip(sources, articles):
        before = plain.run(text, format="text", url=url).body
        after = templated.run(text, format="text", url=url).body
        assert [p for p in article if p in before] == [p for p in article if p in after]
