"""Every decision about an HTML page's structure is a named step: --disable switches it off, and
--explain / removed name it."""
from __future__ import annotations

import pytest

from cleantext import Pipeline
from cleantext.html import STRUCTURE_STEPS

PROSE = ("The council voted on Tuesday to extend the tram line, after a debate that ran late into the "
         "night and ended with a narrow majority for the plan.")
PAGE = f"""<html><head><title>Tram line extended</title></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<div style="display:none">Hidden text of the page</div>
<div class="sidebar-promo"><p>Win a weekend in the mountains with our partner hotels, enter today.</p></div>
<article><h1>Tram line extended</h1><p>{PROSE}</p>
<figure><figcaption>The new tram stop at the station</figcaption></figure>
<p>{PROSE} Construction starts next spring.</p>
<ul><li><a href="/a">Politics</a></li><li><a href="/b">Business</a></li><li><a href="/c">Culture</a></li></ul>
<p>{PROSE} The first trams could run by 2027.</p>
<h3>More from us</h3><ul><li><a href="/x">Story X</a></li><li><a href="/y">Story Y</a></li><li><a href="/z">Story Z</a></li></ul>
</article>
<aside><h3>Related stories</h3><ul><li><a href="/r1">Bus lanes for the city centre</a></li>
<li><a href="/r2">Cycle paths to be widened next year</a></li></ul></aside>
<footer><p>Contact the newsroom at the city office</p></footer>
</body></html>"""

NAMES = [f.__name__ for f in STRUCTURE_STEPS]


def steps_used(pipeline: Pipeline) -> set[str]:
    doc = pipeline.run(PAGE, format="html")
    return {v.step for _, v in doc.trace if v.step}


def test_every_structure_decision_names_a_listed_step() -> None:
    used = steps_used(Pipeline.default())
    assert used <= set(Pipeline.default().names)
    assert {"drop_hidden_elements", "mark_html_title", "drop_boilerplate_elements", "drop_captions"} <= used


@pytest.mark.parametrize("name", NAMES)
def test_disabling_a_structure_step_removes_its_verdicts(name: str) -> None:
    assert name not in steps_used(Pipeline.default().without(name))


def test_disabling_the_html_region_keeps_text_outside_it() -> None:
    body = Pipeline.default().without("select_html_region", "drop_boilerplate_elements").run(PAGE, format="html").body
    assert "Win a weekend in the mountains" in body


def test_structure_steps_never_run_on_text_pages() -> None:
    doc = Pipeline.default().run(PROSE + "\n" + PROSE, format="text")
    assert not {v.step for _, v in doc.trace} & set(NAMES)


def test_no_step_checks_the_page_format_itself() -> None:
    """Format is declared (Step.formats), never tested inside a step: no `page.format` in a step module."""
    import pathlib

    import cleantext

    root = pathlib.Path(cleantext.__file__).parent
    offenders = [str(p.relative_to(root)) for folder in ("filters", "html", "text", "repairs")
                 for p in (root / folder).rglob("*.py") if "page.format" in p.read_text(encoding="utf-8")]
    assert offenders == []


ARTICLE = f"<p>{PROSE}</p><p>{PROSE} It passed.</p><p>{PROSE} Work starts soon.</p>"


def wrap(inner: str, head: str = "") -> str:
    return f"<html><head>{head}</head><body>{inner}</body></html>"


# One row per structure step: a page that makes it decide, and the (reason, text) it must give.
CASES = [
    ("drop_hidden_elements", wrap(f'<article>{ARTICLE}<div hidden>Secret draft note</div></article>'),
     "html.hidden", "Secret draft note"),
    ("mark_html_title", wrap(f"<article><h1>Trams return to the old town</h1>{ARTICLE}</article>",
                             "<title>Trams return to the old town | City Times</title>"),
     "html.title", "Trams return to the old town"),
    ("use_article_body", wrap("<div id='app'><h1>Tram line extended</h1><p>Loading the story</p></div>",
                              '<script type="application/ld+json">{"@type": "NewsArticle", "articleBody": "'
                              + "\\n".join([PROSE, f"{PROSE} It passed.", f"{PROSE} Work starts soon."]) + '"}</script>'),
     "html.article_body", f"{PROSE} It passed."),
    ("split_related_lists", wrap(f'<article>{ARTICLE}</article><div class="related-posts">'
                                 '<ul><li><a href="/a">Bus lanes widened in the north</a></li>'
                                 '<li><a href="/b">Cycle paths get new lights</a></li></ul></div>'),
     "html.related_class", "Bus lanes widened in the north"),
    ("drop_social_feeds", wrap(f'<article>{ARTICLE}<div class="channel">' + "".join(
        f'<div class="p"><p>Tram {k} spotted on the new bridge this morning #trams</p><span>@citytimes · {k}h</span>'
        '</div>' for k in range(1, 5)) + "</div></article>"),
     "html.social_feed", "Tram 2 spotted on the new bridge this morning #trams"),
    ("drop_boilerplate_elements", wrap(f'<nav><a href="/">Start page</a></nav><article>{ARTICLE}</article>'),
     "html.nav", "Start page"),
    ("select_html_region", wrap(f'<div class="box"><p>Win a trip to the lakes this summer!</p></div>'
                                f'<div class="content">{ARTICLE}</div>'),
     "html.outside_main", "Win a trip to the lakes this summer!"),
    ("drop_media_widgets", wrap(f'<article>{ARTICLE}<div class="clip"><div class="vid-title">Tram test run at night'
                                '</div><div class="vid-countdown">Your video will play in 0:10</div></div>'
                                f"<p>{PROSE} The end.</p></article>"),
     "html.media_widget", "Your video will play in 0:10"),
    ("drop_link_lists", wrap(f'<article>{ARTICLE}<ul><li><a href="/p">Politics</a></li><li><a href="/b">Business'
                             f'</a></li><li><a href="/c">Culture</a></li></ul><p>{PROSE} The end.</p></article>'),
     "html.link_list", "Politics"),
    ("drop_captions", wrap(f"<article>{ARTICLE}<figure><figcaption>The tram depot at dawn</figcaption></figure>"
                           "</article>"),
     "html.caption", "The tram depot at dawn"),
    ("drop_link_lines", wrap(f'<article>{ARTICLE}<p><a href="/all">Back to all news</a></p>'
                             f'<div><p>{PROSE} More.</p></div></article>'),
     "html.link_line", "Back to all news"),
    ("drop_after_text", wrap(f"<article>{ARTICLE}<div><span>Photo: K. Berg</span></div></article>"),
     "html.after_text", "Photo: K. Berg"),
    ("drop_orphan_headings", wrap(f"<article><h2>Gallery</h2><h2>Background</h2>{ARTICLE}</article>"),
     "html.orphan_heading", "Gallery"),
]


@pytest.mark.parametrize(("name", "html", "reason", "text"), CASES, ids=[c[0] for c in CASES])
def test_each_structure_step_gives_its_reason(name: str, html: str, reason: str, text: str) -> None:
    doc = Pipeline.default().run(html, format="html")
    given = {b.text: v for b, v in doc.trace}
    assert given[text].step == name and given[text].reason == reason
    # Switched off, the block is left to later steps (kept, or judged by a text filter).
    off = {b.text: v for b, v in Pipeline.default().without(name).run(html, format="html").trace}
    assert off[text].step != name


def test_every_structure_step_has_a_case() -> None:
    assert sorted(c[0] for c in CASES) == sorted(NAMES)
