"""drop_link_lines: a line that is only a link, and a short label with a linked headline ("Le puede
interesar: <a>...</a>", "MIRA: <a>...</a>") inside the text; a title linked whole, a heading's own
colon, a row of tag links and a label with no headline after it stay."""
from __future__ import annotations

from html_pages import BARE, paragraphs
from html_pages import page as _page

TEXT = [
    "El ayuntamiento aprobó el martes el plan para peatonalizar las calles del casco antiguo antes del verano.",
    "Los comerciantes pidieron más plazas de carga y descarga, y el pleno aceptó ampliar el horario de reparto.",
    "Las obras comenzarán en marzo por la calle Mayor y seguirán por la plaza del Mercado hasta septiembre.",
    "El coste total, de unos dos millones de euros, se pagará con fondos europeos para la movilidad urbana.",
    "Los vecinos podrán presentar alegaciones al proyecto durante un mes en la oficina de urbanismo municipal.",
]


def page(middle: str) -> str:
    return _page(f"<article><h1>Casco antiguo</h1>{paragraphs(TEXT[:3])}{middle}{paragraphs(TEXT[3:])}</article>",
                 "Casco antiguo")


def reasons(html: str) -> dict[str, str]:
    return {r.text: r.reason for r in BARE.run(html, format="html").removed}


def test_drop_link_lines_drops_a_label_and_a_linked_headline() -> None:
    for line, html in [
        ("Le puede interesar: El mercado de abastos reabre tras dos años de obras",
         '<p>Le puede interesar: <a href="/mercado">El mercado de abastos reabre tras dos años de obras</a></p>'),
        ("MIRA: Así será la nueva plaza del Mercado cuando acaben las obras",
         '<h3>MIRA: <a href="/plaza">Así será la nueva plaza del Mercado cuando acaben las obras</a></h3>'),
        ("Weiterlesen: Neue Radwege für die ganze Innenstadt geplant",
         '<p>Weiterlesen: <a href="/radwege">Neue Radwege für die ganze Innenstadt geplant</a></p>'),
    ]:
        assert reasons(page(html))[line] == "html.labelled_link", line


def test_drop_link_lines_keeps_titles_tags_and_sources() -> None:
    for line, html in [
        # a title linked whole: no label of its own
        ("Obras: el calendario completo del casco antiguo",
         '<p><a href="/obras">Obras: el calendario completo del casco antiguo</a></p>'),
        # a heading's own colon, not in capitals
        ("Fase dos: la calle Mayor y sus comercios", '<h3>Fase dos: <a href="/f2">la calle Mayor y sus comercios</a></h3>'),
        # a row of tag links
        ("Temas: urbanismo, comercio, movilidad urbana",
         '<p>Temas: <a href="/t/u">urbanismo</a>, <a href="/t/c">comercio</a>, <a href="/t/m">movilidad urbana</a></p>'),
        # no headline after the label
        ("Fuente: Europa Press", '<p>Fuente: <a href="https://europapress.es">Europa Press</a></p>'),
    ]:
        assert reasons(page(html)).get(line) != "html.labelled_link", line
