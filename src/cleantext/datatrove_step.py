"""A datatrove pipeline step that cleans each document's text (extra ``datatrove``).

Use it after a reader, in place of (or after) an extractor: WARC readers give HTML, WET and JSONL
readers give text; ``format="auto"`` tells them apart. Removal reasons, title and metadata go to
``document.metadata["cleantext"]``; a document with no main text left is dropped and counted.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from typing import Any

from .dask import Templates, make_pipeline
from .errors import MissingExtraError
from .pipeline import Pipeline

try:
    from datatrove.pipeline.base import PipelineStep  # type: ignore[import-not-found,import-untyped,unused-ignore]
except ImportError as e:  # the module is only imported by datatrove users
    raise MissingExtraError("cleantext.datatrove_step needs datatrove: pip install 'cleantext-pages[datatrove]'") from e


class CleantextStep(PipelineStep):  # type: ignore[misc,unused-ignore]
    """Clean ``document.text`` with a cleantext pipeline; keep what was removed and why as metadata.

    ``document.metadata["cleantext"]`` holds ``title``, ``metadata`` (byline, author, date, tags ...)
    and ``removed`` (``{"reason": count}`` per reason id; with ``keep_removed`` the removed lines
    themselves as ``removed_lines``). Stats count documents cleaned, dropped as empty, and lines
    removed per step. The document's ``url`` metadata picks its site's template.
    """

    name = "🧹 cleantext"
    type = "✂️ - EXTRACTOR"

    def __init__(self, *, format: str = "auto", pipeline: Pipeline | None = None, templates: Templates = None,
                 keep_removed: bool = False, drop_empty: bool = True) -> None:
        super().__init__()
        self.format = format
        self.pipeline = pipeline
        self.templates = templates
        self.keep_removed = keep_removed
        self.drop_empty = drop_empty

    def run(self, data: Any, rank: int = 0, world_size: int = 1) -> Iterator[Any]:
        pipe = make_pipeline(self.pipeline, self.templates)
        for document in data or ():
            self.stat_update("documents")
            url = document.metadata.get("url")
            with self.track_time():
                doc = pipe.run(document.text, format=self.format, url=url if isinstance(url, str) and url else None)
            reasons = Counter(r.reason for r in doc.removed)
            for removal in doc.removed:
                self.stat_update(f"removed_by_{removal.filter}")
            info: dict[str, Any] = {"title": doc.title, "metadata": doc.metadata, "removed": dict(reasons)}
            if self.keep_removed:
                info["removed_lines"] = [r.to_dict() for r in doc.removed]
            document.metadata["cleantext"] = info
            if not doc.text and self.drop_empty:
                self.stat_update("dropped_empty")
                continue
            document.text = doc.text
            self.stat_update("cleaned")
            self.update_doc_stats(document)
            yield document
