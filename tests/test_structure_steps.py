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
