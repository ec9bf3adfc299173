"""drop_repeated_copy: a page scraped twice into one text loses its second copy; quoted paragraphs stay."""
from __future__ import annotations

import cleantext

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
