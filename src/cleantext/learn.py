"""Learn a site-template model from pages, with each page's blocks made as the pipeline makes them.

Kept apart from `cleantext.templates` (the model, which the ``drop_site_template`` filter reads):
learning needs a pipeline, and the pipeline's filters need the model, so one module holding both
would import itself in a circle.
"""
from __future__ import annotations

from collections.abc import Iterable

from .api import default_pipeline
from .document import Block
from .pipeline import Pipeline
from .templates import MIN_PAGES, MIN_SHARE, TemplateModel


def learn(pages: Iterable[tuple[str, str | bytes]], *, by: str = "domain", format: str = "auto",
          min_pages: int = MIN_PAGES, min_share: float = MIN_SHARE, pipeline: Pipeline | None = None) -> TemplateModel:
    """Learn a model from (url, page) pairs; the page is text or HTML as ``format`` says.

    Blocks are made exactly as the pipeline makes them (same repairs), so what is learned matches
    what ``drop_site_template`` sees. Pages without a usable url are skipped.
    """
    model = TemplateModel(by=by, min_pages=min_pages, min_share=min_share)
    pipe = pipeline or default_pipeline()
    for url, source in pages:
        site = model.site_of(url) if url else ""
        if site:
            model.add_page(site, page_blocks(source, format=format, pipeline=pipe))
    return model


def page_blocks(source: str | bytes, *, format: str = "auto", pipeline: Pipeline | None = None) -> list[Block]:
    """The blocks ``pipeline`` (default: the default one) makes of a page, before any step labels them."""
    return list((pipeline or default_pipeline()).page(source, format=format).blocks)
