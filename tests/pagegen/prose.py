"""Generated article prose: sentences, paragraphs, quotes, lists and headlines in any lexicon language.

Every function takes a ``random.Random`` (hypothesis passes its own, so examples shrink).
"""
from __future__ import annotations

import random

from .lexicon import FIRST_NAMES, LAST_NAMES, Lexicon

ARTICLES = frozenset({"The", "A", "Der", "Die", "Das", "Eine", "Le", "La", "Les", "L'agence", "Un", "Une", "El",
                      "Los", "Il", "Gli", "De", "Een", "Het", "Os", "O"})
# Kickers some sites put before a headline ("Analysis: ...").
KICKERS = ("Analysis", "Exclusive", "Explainer", "Live", "Opinion", "Watch")
QUOTES = {"de": ("„", "“"), "fr": ("« ", " »"), "es": ("«", "»"), "ru": ("«", "»"), "pl": ("„", "”"),
          "ja": ("「", "」"), "zh": ("“", "”")}


def words(text: str, *, spaced: bool = True) -> int:
    """Words of prose; scripts without spaces count one word per two characters."""
    if spaced:
        return len(text.split())
    return sum(1 for c in text if not c.isspace()) // 2


def person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"


def _join(lex: Lexicon, parts: list[str]) -> str:
    return (" " if lex.spaced else "").join(p for p in parts if p)


def clause(rng: random.Random, lex: Lexicon) -> str:
    """Subject, verb, object and maybe an adverbial: a sentence without its end mark."""
    parts = [rng.choice(lex.subjects), rng.choice(lex.verbs), rng.choice(lex.objects)]
    if rng.random() < 0.6:
        parts.append(rng.choice(lex.adverbials))
    if rng.random() < 0.35:
        first = parts[0]
        # A subject after an opener is lower-cased ("However, the city council ...").
        if lex.spaced and first.split()[0] in ARTICLES:
            first = first[0].lower() + first[1:]
        parts = [rng.choice(lex.openers), first, *parts[1:]]
    return _join(lex, parts)


def sentence(rng: random.Random, lex: Lexicon) -> str:
    return clause(rng, lex) + lex.end


def paragraph(rng: random.Random, lex: Lexicon, min_words: int) -> str:
    """Sentences until the paragraph has at least ``min_words`` words."""
    out: list[str] = []
    while not out or words(_join(lex, out), spaced=lex.spaced) < min_words:
        out.append(sentence(rng, lex))
    return _join(lex, out)


def quote(rng: random.Random, lex: Lexicon, min_words: int) -> str:
    """A quoted statement with its speaker, then more prose up to ``min_words``."""
    left, right = QUOTES.get(lex.code, ("“", "”"))
    said = rng.choice(lex.said).format(who=person(rng))
    sep = "," if lex.spaced else "，"
    first = f"{left}{clause(rng, lex)}{sep}{right} {said}{lex.end}"
    rest = paragraph(rng, lex, max(0, min_words - words(first, spaced=lex.spaced))) if min_words else ""
    return _join(lex, [first, rest]) if rest else first


def headline(rng: random.Random, lex: Lexicon) -> str:
    """A headline: a clause without end mark, sometimes with a colon-led kicker."""
    text = _join(lex, [rng.choice(lex.subjects), rng.choice(lex.verbs), rng.choice(lex.objects)])
    if lex.code == "en" and rng.random() < 0.5:
        text = " ".join(w[:1].upper() + w[1:] if len(w) > 3 else w for w in text.split())
    if lex.code == "en" and rng.random() < 0.15:
        text = f"{rng.choice(KICKERS)}: {text}"
    return text


def list_items(rng: random.Random, lex: Lexicon, marker: str) -> list[str]:
    """Two to five short list items with a marker such as "- " or "• "."""
    items = rng.sample(lex.objects, k=min(len(lex.objects), rng.randint(2, 5)))
    return [f"{marker}{item[:1].upper()}{item[1:]}" for item in items]
