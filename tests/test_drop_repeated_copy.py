"""drop_repeated_copy: a page scraped twice into one text loses its second copy; quoted paragraphs stay."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import cleantext
from cleantext import Pipeline

PARAS = [
    ("Il comune di Lerici ha deciso di chiudere al traffico il lungomare la domenica, da maggio a settembre, "
     "dopo una prova dell'anno scorso che era piaciuta a residenti e commercianti."),
    ("I negozi del centro dicono che gli incassi della domenica sono cresciuti, perché chi arriva a piedi o in "
     "bicicletta si ferma più a lungo e compra di più."),
    ("Il sindaco ha promesso nuovi parcheggi all'ingresso del paese e una navetta gratuita dalla stazione di "
     "Sarzana per chi arriva in treno."),
]


def page(updated: str) -> str:
    return "\n\n".join(["Gazzetta del Golfo | Cronaca | Sport", "Lerici chiude il lungomare la domenica",
                        f"Aggiornato {updated}", *PARAS, "Leggi anche: Nuovi orari dei traghetti per Portovenere",
                        "© 2026 Gazzetta del Golfo"])


def test_the_second_copy_of_a_page_is_dropped_with_one_reason() -> None:
    doc = cleantext.extract(page("5 minuti fa") + "\n\n" + page("6 minuti fa"), format="text")
    assert doc.body.split("\n\n") == PARAS
    copies = [r for r in doc.removed if r.reason == "duplicate.copy"]
    assert copies and copies[0].text == "Gazzetta del Golfo | Cronaca | Sport"
    assert [r.title for r in doc.related] == ["Nuovi orari dei traghetti per Portovenere"]


def test_a_paragraph_quoted_again_further_down_is_no_copy() -> None:
    text = page("5 minuti fa").replace(PARAS[2], PARAS[2] + "\n\n" + PARAS[0] + "\n\n" + PARAS[1])
    doc = cleantext.extract(text, format="text")
    assert not any(r.reason == "duplicate.copy" for r in doc.removed)


def excerpt_page(between: list[str]) -> str:
    """A news page whose teaser box shows the article's opening paragraphs, then the article again."""
    return "\n\n".join(["Gazzetta del Golfo | Cronaca | Sport", "Lerici chiude il lungomare la domenica",
                        *PARAS[:2], *between, *PARAS, "© 2026 Gazzetta del Golfo"])


def test_an_excerpt_box_repeated_right_under_itself_is_dropped_once() -> None:
    doc = cleantext.extract(excerpt_page(["DI MARTA ROSSI"]), format="text")
    assert [p for p in doc.body.split("\n\n") if p in PARAS] == PARAS
    repeats = [r.text for r in doc.removed if r.reason == "duplicate.repeat"]
    assert repeats == PARAS[:2]


def test_a_forum_post_quoting_the_post_above_keeps_the_quote() -> None:
    # The poster's name and date (or a "wrote:") between the copies: a quote, the thread's own text.
    for between in (["Marta", "05-07-2005, 10:22 AM"], ["Marta wrote:"], ["05-07-2005, 10:22 AM"]):
        doc = cleantext.extract(excerpt_page(between), format="text")
        assert not any(r.reason == "duplicate.repeat" for r in doc.removed), between


def test_one_paragraph_said_again_and_again_is_kept() -> None:
    text = "\n\n".join(["Lerici chiude il lungomare la domenica", *[PARAS[0]] * 5])
    doc = cleantext.extract(text, format="text")
    assert doc.body.split("\n\n") == [PARAS[0]] * 5


@given(st.lists(st.sampled_from(range(len(PARAS))), min_size=1, max_size=12),
       st.lists(st.sampled_from(["", "DI MARTA ROSSI", "Marta wrote:", "Video"]), min_size=12, max_size=12))
def test_a_repeat_drop_always_leaves_the_first_copy(order: list[int], between: list[str]) -> None:
    # Whatever paragraphs repeat in whatever order, every one the page holds stays at least once.
    lines = ["Lerici chiude il lungomare la domenica"]
    for i, para in enumerate(order):
        lines += [para for para in [between[i]] if para] + [PARAS[para]]
    doc = cleantext.extract("\n\n".join(lines), format="text",
                            pipeline=Pipeline.default().only("drop_repeated_copy"))
    kept = doc.body.split("\n\n")
    assert {PARAS[i] for i in order} <= set(kept)
