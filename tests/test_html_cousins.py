"""The text beside a lead that won the scoring, inside a sibling full of links (html.score._body_in_cousins)."""
from __future__ import annotations

from html_pages import page, paragraphs

from cleantext.html.parse import parse
from cleantext.html.score import _body_in_cousins, is_prose
from cleantext.html.walk import walk

PROSE = [
    "Preheat the oven to 180 degrees, grease the muffin tin, and sift the flour with the baking powder.",
    "Beat the butter with the sugar until pale, then add the eggs one by one, stirring well each time.",
    "Fold in the flour and the milk, fill the batter into the tin, and bake for about twenty minutes.",
]


def test_a_lead_row_takes_the_text_column_out_of_the_sibling_row_full_of_links() -> None:
    """A recipe's meta row won the scoring; the next row under the same recipe holds the steps in one
    column and link lists beside them: the text column joins the meta row, the link lists do not."""
    links = "".join(f'<li><a href="/r/{n}">Another recipe with honey and almonds, number {n}</a></li>'
                    for n in range(12))
    meta = "Easy, ready in 45 minutes, makes twelve muffins, a classic for an afternoon coffee."
    w = walk(parse(page(f'<div class="recipe"><div class="row meta"><p>{meta}</p></div>'
                        f'<div class="row"><div class="col"><div class="steps">{paragraphs(PROSE)}</div>'
                        f'<ul class="gallery">{links}</ul></div><ul class="more">{links}</ul></div></div>')))
    prose, junk = [0.0] * len(w.nodes), [0.0] * len(w.nodes)
    for b in w.blocks:
        (prose if is_prose(b) else junk)[b.node] += b.chars
    for i in range(len(w.nodes) - 1, 0, -1):
        p = w.nodes[i].parent
        prose[p] += prose[i]
        junk[p] += junk[i]
    names = {nd.tokens.strip(): i for i, nd in enumerate(w.nodes)}
    assert _body_in_cousins(w.nodes, names["row meta"], prose, junk) == [names["row meta"], names["steps"]]
    # A winner holding a quarter of the prose around it is not a lead: nothing is taken.
    assert _body_in_cousins(w.nodes, names["steps"], prose, junk) == []
