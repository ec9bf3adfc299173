"""Page shapes that cost HTML mode quality against its peers (issue 14), each as a page of our own:
near-empty output from a small wrong region, teaser streams and promos after the article, a blog's
recurring sidebar box, a page crowded with a ticker and feeds, a lead and headline apart from the
body, and declarations lxml refuses."""
from __future__ import annotations

from cleantext import Pipeline

BARE = Pipeline([])

STORY = [
    "The library on Mill Street will stay open until ten at night from March, the city said on Friday.",
    "Librarians had asked for longer hours for years, pointing to queues of students at closing time.",
    "The extra hours, which cost about 300,000 euros a year, are paid for by a grant from the region.",
    "A survey last autumn found that two thirds of visitors came after work or after their lectures.",
    "The reading room on the second floor, closed since the flood in 2021, reopens on the same day.",
]


def page(body: str, head: str = "") -> str:
    return f"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>"


def paragraphs(texts: list[str]) -> str:
    return "".join(f"<p>{t}</p>" for t in texts)


def teaser_stream(n: int) -> str:
    """A stream of teaser cards: image link, linked headline, a snippet of a sentence, the source."""
    items = []
    for k in range(n):
        items.append(
            f'<li class="stream-item"><a href="/story/{k}" class="thumb"><img src="/i/{k}.jpg" alt=""></a>'
            f'<div class="body"><h3><a href="/story/{k}">Harbour crane number {k} to be replaced</a></h3>'
            f"<p>The port authority said crane {k}, which has been in service since the seventies, will be "
            f"taken down in the summer and replaced by a quieter electric model.</p>"
            f'<div class="attribution"><span>Evening Courier</span></div></div>'
            f'<ul class="actions"><li><a href="#">Save</a></li><li><a href="#">Hide</a></li></ul></li>')
    return "".join(items)


def test_teaser_stream_under_a_heading_in_its_own_wrapper_is_related() -> None:
    """The heading sits alone in a header wrapper; the stream is in the wrapper's sibling."""
    html = page(f"<div class='wrap'><div class='story'><h1>Library hours extended</h1>{paragraphs(STORY)}</div>"
                "<div class='app'><div class='app-hd'><div class='hd-inner'><h2>Recommended for You</h2></div></div>"
                f"<div class='app-bd'><ul class='stream'>{teaser_stream(14)}</ul></div></div></div>")
    doc = BARE.run(html, format="html")
    assert doc.body.split("\n\n") == STORY
    assert len(doc.related) == 14
    assert doc.related[0].title == "Harbour crane number 0 to be replaced"
    assert doc.related[0].section == "Recommended for You"


MORE_STORY = [
    "Students welcomed the decision but said the weekend hours, which end at six, were still too short.",
    "The union representing library staff said it had agreed to the new rota after two months of talks.",
    "Six new posts will be created, and the late shift will be paid at a higher rate than the day shift.",
    "The city will review the hours after a year and publish the number of visitors per hour online.",
]


def test_a_byline_box_holding_the_article_is_not_a_teaser_card() -> None:
    """A "More in Features" heading right before the byline box: the box has one link (the
    author's) but holds the whole article, so it is no teaser card of a related list."""
    byline = ('<div class="byline-box"><div class="by">By <a href="/authors/ana">ANA PEREIRA</a></div>'
              f"{paragraphs(STORY + MORE_STORY)}</div>")
    html = page(f"<div class='top'><h1>Library hours extended</h1><div class='more'><h2>More in Features</h2></div>"
                f"<div class='art'>{byline}</div></div>")
    doc = BARE.run(html, format="html")
    assert doc.body.split("\n\n") == STORY + MORE_STORY
