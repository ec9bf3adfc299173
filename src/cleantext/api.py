"""The public functions: extract, clean, clean_html."""
from __future__ import annotations

from functools import lru_cache

from .document import Document
from .errors import InputError
from .limits import DEFAULT_MAX_BLOCKS, DEFAULT_MAX_BYTES
from .pipeline import Pipeline


@lru_cache(maxsize=1)
def default_pipeline() -> Pipeline:
    """The default pipeline, built once."""
    return Pipeline.default()


def extract(source: str | bytes, *, format: str = "auto", pipeline: Pipeline | None = None,
            url: str | None = None, max_bytes: int | None = DEFAULT_MAX_BYTES,
            max_blocks: int | None = DEFAULT_MAX_BLOCKS) -> Document:
    """Clean one page (plain scraped text or HTML, str or bytes) and return its Document.

    ``format`` is ``"auto"`` (detect), ``"text"`` or ``"html"``. ``pipeline`` defaults to
    ``Pipeline.default()``. ``url`` is where the page came from, if known: it picks the site's
    learned template (option ``templates``) and makes an HTML page's links absolute. A page over
    ``max_bytes`` bytes (100 MB; UTF-8 for a str) or ``max_blocks`` blocks (a million non-blank
    lines, or HTML block elements) raises `PageTooLargeError`; None lifts the limit.

    >>> doc = extract("Menu | Home | About\\n\\nA sentence of the article that goes on for a while, "
    ...               "long enough to count as prose in any reasonable sense of the word.")
    >>> doc.body.startswith("A sentence")
    True
    """
    if pipeline is not None and not isinstance(pipeline, Pipeline):
        raise InputError(f"pipeline must be a Pipeline (e.g. Pipeline.default().without(...)) or None, "
                         f"not {type(pipeline).__name__}")
    return (pipeline or default_pipeline()).run(source, format=format, url=url, max_bytes=max_bytes,
                                                max_blocks=max_blocks)


def clean(text: str | bytes, *, max_bytes: int | None = DEFAULT_MAX_BYTES,
          max_blocks: int | None = DEFAULT_MAX_BLOCKS) -> str:
    """The clean main text of scraped plain text: ``extract(text, format="text").text``."""
    return extract(text, format="text", max_bytes=max_bytes, max_blocks=max_blocks).text


def clean_html(html: str | bytes, *, max_bytes: int | None = DEFAULT_MAX_BYTES,
               max_blocks: int | None = DEFAULT_MAX_BLOCKS) -> str:
    """The clean main text of an HTML page: ``extract(html, format="html").text``."""
    return extract(html, format="html", max_bytes=max_bytes, max_blocks=max_blocks).text
