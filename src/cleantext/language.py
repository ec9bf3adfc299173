"""identify_language: the language of a page's main text, into ``metadata["language"]`` with a score.

An opt-in step (``Pipeline.default().enable("identify_language")``, ``--enable identify_language``)
that needs the extra ``lang`` (py3langid: a maintained fork of langid.py whose 97-language model
ships inside the package, so nothing is downloaded at run time). It runs last, on the text the
page keeps, so menus and footers in another language do not sway it.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any

from .document import Label
from .errors import MissingExtraError
from .page import Page
from .steps import step

# Enough text to decide (langid is accurate from a few sentences) while the cost stays flat on long pages.
MAX_CHARS = 1500
# Below this many letters a guess is noise (a caption, a one-line page): no language is given.
MIN_LETTERS = 20


@lru_cache(maxsize=1)
def _identifier() -> Any:
    """py3langid's identifier with probabilities normalised to 0..1, loaded once per process."""
    try:
        from py3langid.langid import MODEL_FILE, LanguageIdentifier  # type: ignore[import-untyped]
    except ImportError as e:
        raise MissingExtraError(
            "identify_language needs py3langid: pip install 'cleantext-pages[lang]'") from e
    # py3langid 0.4 renamed the loader; 0.2/0.3 have from_pickled_model.
    load = getattr(LanguageIdentifier, "from_model_file", None) or LanguageIdentifier.from_pickled_model
    return load(MODEL_FILE, norm_probs=True)


def language_of(text: str) -> tuple[str, float] | None:
    """The ISO 639-1 code of ``text``'s language and the model's probability, or None for too little text.

    >>> language_of("Der Gemeinderat hat am Montag den Bau eines Wärmenetzes beschlossen.")[0]
    'de'
    """
    sample = text[:MAX_CHARS]
    if sum(c.isalpha() for c in sample) < MIN_LETTERS:
        return None
    code, score = _identifier().classify(sample)
    return str(code), round(float(score), 3)


@step("select", after=("select_main_region",))
def identify_language(page: Page) -> None:
    """Set ``language`` (ISO 639-1, e.g. "de") and ``language_score`` (0..1) from the kept text.

    Labels no block. In HTML mode a ``<html lang>`` the page declared and the text contradicts
    is kept as ``language_declared``. Fewer than 20 letters of kept text give no language.
    """
    kept = (Label.KEEP, Label.TITLE)
    parts: list[str] = []
    size = 0
    for block, verdict in zip(page.blocks, page.verdicts):
        if verdict is None or verdict.label in kept:
            parts.append(block.text)
            size += len(block.text) + 1
            if size >= MAX_CHARS:
                break
    found = language_of("\n".join(parts))
    if found is None:
        return
    code, score = found
    meta = page.page_metadata
    declared = meta.get("language")
    if isinstance(declared, str) and declared.split("-")[0].lower() != code:
        meta["language_declared"] = declared
    meta["language"] = code
    meta["language_score"] = score
