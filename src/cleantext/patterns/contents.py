"""A page's table of contents: its heading ("Contents", "Inhaltsverzeichnis", "Sommaire") and the
section numbers its entries start with ("1", "2.3", "IV.")."""
from __future__ import annotations

from typing import Final

import regex

from . import Phrases

# Whole lines that head a table of contents, in the languages of the sites that print one.
CONTENTS_HEADINGS: Final = Phrases({
    "en": ["Contents", "Table of Contents", "Page Contents", "Article Contents", "On this page", "In this article",
           "Jump to section"],
    "de": ["Inhalt", "Inhalte", "Inhaltsverzeichnis", "Auf dieser Seite", "In diesem Artikel", "Inhaltsübersicht",
           "Übersicht der Inhalte"],
    "fr": ["Sommaire", "Table des matières", "Dans cet article", "Sur cette page"],
    "es": ["Contenido", "Contenidos", "Índice", "Índice de contenidos", "Tabla de contenidos", "En este artículo"],
    "it": ["Indice", "Sommario", "Contenuti", "Indice dei contenuti", "In questo articolo"],
    "pt": ["Conteúdo", "Conteúdos", "Sumário", "Índice", "Neste artigo"],
    "nl": ["Inhoud", "Inhoudsopgave", "In dit artikel"],
    "pl": ["Spis treści"],
    "cs": ["Obsah"],
    "sv": ["Innehåll", "Innehållsförteckning"],
    "da": ["Indhold", "Indholdsfortegnelse"],
    "no": ["Innhold", "Innholdsfortegnelse"],
    "fi": ["Sisällys", "Sisällysluettelo"],
    "hu": ["Tartalomjegyzék"],
    "ro": ["Cuprins"],
    "tr": ["İçindekiler"],
    "ru": ["Содержание", "Оглавление"],
    "uk": ["Зміст"],
    "ja": ["目次"],
    "zh": ["目录", "目錄"],
    "ko": ["목차"],
})
# The show/hide control a heading may carry: "Contents [hide]", "Inhaltsverzeichnis [Verbergen]",
# "Table of Contents Toggle" (matched on normalised lines, whose closing bracket is cut).
CONTENTS_TOGGLE: Final = regex.compile(
    r"\s*(?:\[[^\]]{1,20}\]?|\((?:hide|show|top)\)|hide|show|toggle|ausblenden|einblenden|verbergen|anzeigen"
    r"|masquer|afficher|ocultar|mostrar|nascondi|mostra|tonen)$", regex.IGNORECASE)
# The words of CONTENTS_TOGGLE that stand without brackets.
TOGGLE_WORDS: Final = frozenset({"hide", "show", "toggle", "ausblenden", "einblenden", "verbergen", "anzeigen", "masquer",
                                 "afficher", "ocultar", "mostrar", "nascondi", "mostra", "tonen"})
# A section number opening an entry: "1 History", "2.3 Pledge", "4. Other activities"; group 1 the numbers.
SECTION_NUMBER: Final = regex.compile(r"(\d{1,2}(?:\.\d{1,2}){0,3})\.?\s+(?=\w)")
# What a heading may carry after its text on the page, an edit link: "history [ edit", "geschichte[bearbeiten"
# (normalised keys: the closing bracket is cut).
HEADING_MARK: Final = regex.compile(r"\s?\[[^\[\]]{0,24}\]?$")
