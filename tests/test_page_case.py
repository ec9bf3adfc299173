"""Pages copied in one case throughout (all capitals, or no capitals at all) keep their title,
article and related items: rules that read capitals stand aside when the whole page has none to
tell by (`text.page_case`, the caseless headline rule in `text.features`)."""
from __future__ import annotations

import pytest
from articles import LANGUAGES, PARAGRAPHS, page, run
from test_split_related import PASTED

from cleantext.text.features import features_of

CASES = {"upper": str.upper, "lower": str.lower}
RELATED = ("Related Articles", *("\n".join(item) for item in PASTED))


def _kept_all(text: str, lines: tuple[str, ...]) -> bool:
    flat = " ".join(text.split())
    return all(" ".join(line.split()) in flat for line in lines)


@pytest.mark.parametrize("case", sorted(CASES))
def test_pasted_related_items_are_split_off_in_either_case(case):
    change = CASES[case]
    doc = run(change(page(bottom=RELATED)))
    got = [(r.title, r.source, r.text) for r in doc.related]
    assert got == [(change(title), change(source), change(body)) for source, _, _, title, body in PASTED]
    assert _kept_all(doc.text, tuple(map(change, PARAGRAPHS["en"])))


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("case", sorted(CASES))
def test_headline_is_the_title_in_either_case(case, lang):
    original = run(page(lang=lang))
    doc = run(CASES[case](page(lang=lang)))
    if original.title is None:
        pytest.skip(f"no title found on the {lang} page as written")
    assert doc.title == CASES[case](original.title)


def test_lowercase_line_reads_as_a_headline_only_on_a_page_without_capitals():
    headline, paragraph = "harbour town opens its first tidal plant", PARAGRAPHS["en"][0]
    assert not features_of([headline, paragraph])[0].title_like  # capitals elsewhere: a fragment
    assert features_of([headline, paragraph.lower()])[0].title_like


def test_all_caps_heading_still_ends_a_related_section_on_a_mixed_case_page():
    # "MORE FROM THE NEWSROOM" under the items is another section's heading on a normal page.
    doc = run(page(bottom=(*RELATED, "OPINION / LETTERS / COLUMNS", PARAGRAPHS["en"][0].upper())))
    assert all("OPINION" not in (r.text or "") for r in doc.related)
    assert len(doc.related) == len(PASTED)

