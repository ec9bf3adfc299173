"""drop_media_widgets: the buttons and labels of a player or gallery embedded in the article go;
captions with prose, photo stories and articles named like galleries keep their text."""
from __future__ import annotations

from html_pages import BARE, paragraphs
from html_pages import page as _page
from hypothesis import given, settings
from hypothesis import strategies as st

TEXTO = [
    "El ayuntamiento aprobó el martes el plan para peatonalizar las calles del casco antiguo antes del verano.",
    "Los comerciantes pidieron más plazas de carga y descarga, y el pleno aceptó ampliar el horario de reparto.",
    "Las obras comenzarán en marzo por la calle Mayor y seguirán por la plaza del Mercado hasta septiembre.",
    "El coste total, de unos dos millones de euros, se pagará con fondos europeos para la movilidad urbana.",
]


def page(body: str) -> str:
    return _page(body, "Casco antiguo")


def gallery(captions: list[str]) -> str:
    slides = "".join(f'<div class="gal-slide"><p>{c}</p></div>' for c in captions)
    return ('<div class="inline-galeria"><div class="gal-bar"><div class="gal-btn">Pantalla completa</div>'
            '<div class="gal-btn">Reproducción automática</div><div class="gal-count">1 de 12</div></div>'
            f"{slides}</div>")


def test_drop_media_widgets_drops_the_controls_of_a_gallery_in_the_article() -> None:
    html = page(f"<article><h1>Casco antiguo</h1>{paragraphs(TEXTO[:2])}{gallery(['La calle Mayor'])}"
                f"{paragraphs(TEXTO[2:])}</article>")
    doc = BARE.run(html, format="html")
    assert doc.body.split("\n\n") == TEXTO
    assert {r.reason for r in doc.removed if r.text in ("Pantalla completa", "1 de 12")} == {"html.media_widget"}


def test_drop_media_widgets_leaves_a_slide_caption_with_prose_to_the_caption_rules() -> None:
    caption = ("Vecinos del barrio pasean por la calle Mayor, que será la primera en cerrarse al tráfico "
               "a partir de marzo.")
    html = page(f"<article><h1>Casco antiguo</h1>{paragraphs(TEXTO[:2])}{gallery([caption])}"
                f"{paragraphs(TEXTO[2:])}</article>")
    doc = BARE.run(html, format="html")
    assert caption in doc.body


def test_drop_media_widgets_keeps_a_post_whose_article_is_named_a_gallery() -> None:
    """A blog's photo post: the <article> itself says "format-gallery"; its short lines are the post."""
    lines = ["Cámara: Pentax K1000.", "Carrete: Kodak Gold 200.", "Lugar: Cádiz, al amanecer."]
    html = page('<article class="post format-gallery"><h1>Fotos del puerto</h1>'
                + "".join(f"<p>{t}</p>" for t in lines) + "</article>")
    doc = BARE.run(html, format="html")
    assert all(t in doc.body for t in lines)


# Properties: a player's controls never take the article's paragraphs with them, and prose inside
# a widget (a slide's caption) is never a control.
_LABEL = st.sampled_from(["Pantalla completa", "Reproducción automática", "Silenciar", "1 de 12", "Siguiente",
                          "Anterior", "Vídeo", "Compartir"])
_PROSE = st.sampled_from(TEXTO)


@settings(max_examples=40, deadline=None)
@given(st.lists(_LABEL, min_size=1, max_size=6), st.lists(_PROSE, max_size=2), st.integers(0, 4))
def test_drop_media_widgets_drops_only_short_labels_never_prose(labels, captions, where) -> None:
    widget = ('<div class="video-player">' + "".join(f"<div>{t}</div>" for t in labels)
              + "".join(f"<p>{c}</p>" for c in captions) + "</div>")
    parts = [f"<p>{t}</p>" for t in TEXTO]
    parts.insert(where, widget)
    doc = BARE.run(page("<article><h1>Casco antiguo</h1>" + "".join(parts) + "</article>"), format="html")
    dropped = [r.text for r in doc.removed if r.reason == "html.media_widget"]
    assert all(t not in TEXTO for t in dropped)
    assert all(t in doc.body for t in TEXTO)
