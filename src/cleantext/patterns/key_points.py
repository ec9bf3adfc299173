"""Headings of a news article's summary list over its text: "Key points", "Das Wichtigste in Kürze"."""
from __future__ import annotations

from typing import Final

from . import Phrases

# Whole lines that head the short list of an article's main points, standing between the headline
# and the text (a live blog's "Key points", an explainer's "At a glance").
KEY_POINTS_HEADINGS: Final = Phrases({
    "en": ["Key points", "Key takeaways", "Key facts", "At a glance", "In brief", "In short", "The big picture",
           "What we know", "What we know so far", "Summary", "Highlights", "TL;DR", "The essentials"],
    "de": ["Das Wichtigste in Kürze", "Das Wichtigste im Überblick", "Auf einen Blick", "Kurz und knapp",
           "Das Wichtigste", "In Kürze", "Zusammenfassung", "Kurz gesagt"],
    "fr": ["L'essentiel", "En bref", "Ce qu'il faut retenir", "À retenir", "Les points clés", "Points clés", "Résumé"],
    "es": ["Lo esencial", "En resumen", "Lo más importante", "Claves", "Las claves", "Puntos clave", "En breve"],
    "it": ["In breve", "I punti chiave", "Punti chiave", "In sintesi", "Le cose da sapere"],
    "pt": ["Em resumo", "Pontos-chave", "Principais pontos", "Resumo", "O essencial"],
    "nl": ["In het kort", "Kort samengevat", "De belangrijkste punten", "Samenvatting"],
    "pl": ["Najważniejsze", "W skrócie", "Najważniejsze informacje", "Podsumowanie"],
    "ru": ["Главное", "Коротко", "Кратко", "Самое главное", "Ключевые моменты"],
    "uk": ["Головне", "Коротко", "Ключові моменти"],
    "sv": ["Kortfattat", "I korthet", "Det viktigaste"],
    "tr": ["Özetle", "Kısaca", "Öne çıkanlar"],
    "ja": ["ポイント", "この記事のポイント", "要点", "まとめ"],
    "zh": ["要点", "重点", "摘要", "核心提示"],
    "ko": ["핵심 요약", "요약", "핵심 포인트"],
})
