"""Page state: facts computed once, facts that read verdicts forgotten on a relabel, owned state by
type, per-page context (url) apart from settings, and warnings."""
from __future__ import annotations

from cleantext import Label, Pipeline, extract
from cleantext.page import Page
from cleantext.text.blocks import text_blocks
from cleantext.text.region import add_wall, main_region

PROSE = ("The harbour office said on Monday that the ferry to the northern islands will run again "
         "from Sunday, after a month of repairs to the landing stage and its old crane.")
LINES = ["Home | News | Sport | Weather", PROSE, PROSE + " Again.", "Related stories", PROSE + " More."]


def page() -> Page:
    return Page(text_blocks("\n".join(LINES)))


def test_memo_computes_once() -> None:
    p = page()
    calls: list[int] = []

    def facts(pg: Page) -> int:
        calls.append(1)
        return len(pg)

    assert p.memo(facts) == p.memo(facts) == 5
    assert calls == [1]


def test_a_forced_relabel_moves_the_main_region() -> None:
    """docs/faq.md recommends page.set(..., force=True) to undo a verdict: the region must follow."""
    p = page()
    for i in (1, 2):
        p.set(i, Label.DROP, "test.drop")
    assert main_region(p) == (4, 4)
    for i in (1, 2):  # the same number of verdicts, other labels
        p.set(i, Label.KEEP, "test.keep", force=True)
    fresh = page()
    fresh.verdicts[:] = p.verdicts
    assert main_region(p) == main_region(fresh) != (4, 4)


def test_memo_labels_is_forgotten_on_any_verdict_change() -> None:
    p = page()
    calls: list[int] = []

    def labelled(pg: Page) -> int:
        calls.append(1)
        return sum(v is not None for v in pg.verdicts)

    assert p.memo_labels(labelled) == 0
    p.set(0, Label.DROP, "test.drop")
    assert p.memo_labels(labelled) == 1
    p.set(0, Label.KEEP, "test.keep", force=True)
    assert p.memo_labels(labelled) == 1 and len(calls) == 3


def test_drop_open_drops_only_open_blocks_in_its_range_as_drop_would() -> None:
    p, q = page(), page()
    calls: list[int] = []

    def labelled(pg: Page) -> int:
        calls.append(1)
        return sum(v is not None for v in pg.verdicts)

    for pg in (p, q):
        pg.set(2, Label.KEEP, "test.keep")
    assert p.memo_labels(labelled) == 1
    p.drop_open(1, 4, "test.drop", "a detail")
    for i in range(1, 4):
        q.drop(i, "test.drop", "a detail")
    assert p.verdicts == q.verdicts
    assert [p.label_of(i) for i in range(5)] == [Label.KEEP, Label.DROP, Label.KEEP, Label.DROP, Label.KEEP]
    assert p.verdicts[1] is p.verdicts[3]  # one shared verdict, as page.drop gives
    assert p.memo_labels(labelled) == 3 and len(calls) == 2  # facts that read verdicts were forgotten
    p.drop_open(1, 4, "test.drop")  # nothing open there any more: nothing changes, nothing forgotten
    assert p.memo_labels(labelled) == 3 and len(calls) == 2


def test_a_new_wall_moves_the_main_region() -> None:
    p = page()
    assert main_region(p) == (1, 4)
    add_wall(p, 3)
    assert main_region(p) in ((1, 2), (4, 4))


def test_state_is_one_object_per_type() -> None:
    class Counter:
        def __init__(self) -> None:
            self.n = 0

    p = page()
    p.state(Counter).n += 1
    p.state(Counter).n += 1
    assert p.state(Counter).n == 2
    assert p.attached(dict) is None


def test_url_is_per_page_context_not_an_option() -> None:
    html = f'<html><body><article><p>{PROSE}</p><p><a href="/report.pdf">Full report</a></p></article></body></html>'
    doc = Pipeline.default().run(html, format="html", url="https://example.org/news/ferry")
    urls = {b.url for b, _ in doc.trace if b.url}
    assert urls == {"https://example.org/report.pdf"}
    assert {b.url for b, _ in extract(html, format="html").trace if b.url} == {"/report.pdf"}


def test_warnings_reach_the_document_and_its_dict() -> None:
    def warn(p: Page) -> None:
        p.warn("something to know")
        p.warn("something to know")

    doc = Pipeline.default().insert(warn).run(PROSE, format="text")
    assert doc.warnings == ("something to know",)
    assert doc.to_dict()["warnings"] == ["something to know"]
