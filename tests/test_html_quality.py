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


def test_how_to_steps_beside_the_intro_are_the_body() -> None:
    """The intro paragraph wins the scoring; the steps are siblings of its section with the same
    class, each a short instruction and a photo caption. They are the body, the "More like this"
    box and the featured links beside them are not."""
    intro = ("Potting a cactus takes ten minutes, a pair of thick gloves and a pot only a little wider than "
             "the plant, and it is the best way to keep a cactus healthy, because a pot that is too large, "
             "or soil that stays wet, rots the roots faster than any pest. Repot in spring, when the plant "
             "starts to grow again, and water it only a week after the move, when the roots have healed.")
    steps = ["Fold a sheet of newspaper into a thick strip and wrap it around the cactus like a collar.",
             "Lift the plant out of the old pot.",
             "Shake off the old soil and trim any dark or soft roots with clean scissors, then let them dry.",
             "Fill the new pot a third full with cactus soil.",
             "Set the plant in the middle, fill the pot with soil up to its base and press it down lightly.",
             "Wait a week before watering, and then give it only a little water."]
    step_html = "".join(
        f'<div class="blk step"><div class="step-head">Step {n}</div><div class="step-body"><p>{t}</p></div>'
        f'<figure><img src="/s{n}.jpg"><figcaption>Photo {n} (Jo Brand)</figcaption></figure></div>'
        for n, t in enumerate(steps, 1))
    more = ('<aside class="blk"><h3>More Like This</h3><ul><li><a href="/a">How to Water Succulents</a></li>'
            '<li><a href="/b">How to Grow Aloe From Cuttings</a></li></ul></aside>')
    featured = "".join(f'<section><a href="/f{n}">Read Article</a><div><a href="/f{n}">How to Knit a Scarf '
                       f'for a Dog, a Cat or a Very Patient Rabbit, part {n}</a></div></section>' for n in range(8))
    html = page(f'<section id="main"><div class="col"><h1>How to Repot a Cactus</h1>'
                f'<div class="blk step"><div class="step-body lead"><p>{intro}</p></div></div>{step_html}{more}'
                f'<section class="featured"><h2>Featured</h2>{featured}</section></div></section>',
                head='<meta property="og:title" content="How to Repot a Cactus">')
    doc = BARE.run(html, format="html")
    for text in [intro, *steps]:
        assert text in doc.body
    assert "How to Water Succulents" not in doc.body
    assert "Read Article" not in doc.body


def test_live_ticker_entries_named_comments_are_the_text() -> None:
    """A live match page: the entries sit in elements named "live-...-comment"; a short preview
    above them must not win as the region."""
    entries = ["Full time! The visitors hold on for a draw after a frantic last ten minutes in the rain.",
               "Yellow card for the home captain after a late tackle in midfield.",
               "Corner for the visitors, but the header goes well over the bar.",
               "Kick-off! Both sides start cautiously on a heavy pitch."]
    feed = "".join(f'<div class="live-game-comment"><div class="minute">{m}\'</div>'
                   f'<div class="live-game-comment-text">{t}</div></div>'
                   for m, t in zip((90, 74, 33, 1), entries))
    html = page(f'<div class="page"><main><div class="score">Harbour FC 1 - 1 Rovers</div>'
                f'<div class="preview"><p>Follow the match live with us, minute by minute, here on this page.</p></div>'
                f'<div class="live-game-comments">{feed}</div></main>'
                '<aside><ul><li><a href="/t">Tennis</a></li><li><a href="/r">Rugby</a></li></ul></aside></div>')
    doc = BARE.run(html, format="html")
    for text in entries:
        assert text in doc.body
