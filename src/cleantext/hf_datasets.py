"""Clean a Hugging Face ``datasets.Dataset`` column with ``Dataset.map`` (extra ``hf``).

`clean_batch` is a plain function over a batch (a dict of column lists), so it also serves any
engine that hands out batches; `clean_dataset` is the one-line ``map`` call around it.
"""
from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from .dask import Templates, make_pipeline
from .errors import ConfigError, InputError, MissingExtraError
from .pipeline import Pipeline
from .records import document_fields, parse_fields

# Fields whose values are lists of dicts or a dict with keys that vary from page to page: Arrow
# needs one type per column, so they are stored as JSON strings (json.loads gives them back).
NESTED_FIELDS = frozenset({"related", "removed", "metadata", "spans"})


def clean_batch(batch: Mapping[str, Sequence[Any]], *, field: str = "text", output_field: str | None = None,
                format: str = "auto", add: str | Sequence[str] = (), add_prefix: str = "",
                url_field: str = "url", json_fields: bool = True, pipeline: Pipeline | None = None,
                templates: Templates = None) -> dict[str, list[Any]]:
    """The new columns for one batch: the clean text in ``output_field`` (default: ``field``) and the
    ``add`` fields (`cleantext.records.FIELDS`) under ``add_prefix``.

    A row whose page is missing (None) gets None in every new column; a page that is neither str nor
    bytes (an int, a list) is an `InputError` naming its row. With ``json_fields`` (the
    default) ``related``, ``removed``, ``metadata`` and ``spans`` are JSON strings.

    >>> clean_batch({"text": ["Home | News\\n\\nThe ferry runs again on Sunday, the harbour office said."]})
    {'text': ['The ferry runs again on Sunday, the harbour office said.']}
    """
    names = parse_fields(add)
    if field not in batch:
        raise ConfigError(f"the batch has no column {field!r}; name the page column with field=")
    pipe = make_pipeline(pipeline, templates)
    pages = batch[field]
    urls = batch[url_field] if url_field in batch else [None] * len(pages)
    out: dict[str, list[Any]] = {output_field or field: [], **{add_prefix + n: [] for n in names}}
    for row, (page, url) in enumerate(zip(pages, urls)):
        if page is None:
            for values in out.values():
                values.append(None)
            continue
        if not isinstance(page, (str, bytes)):
            # An int or a list in the page column is a mistake in the data, not a missing page: say
            # which row, rather than overwrite it with None.
            raise InputError(f"row {row} of the batch: column {field!r} holds a {type(page).__name__}, "
                             "not a page (str or bytes)")
        doc = pipe.run(page, format=format, url=url if isinstance(url, str) and url else None)
        out[output_field or field].append(doc.text)
        for name, value in document_fields(doc, names).items():
            nested = json_fields and name in NESTED_FIELDS
            out[add_prefix + name].append(json.dumps(value, ensure_ascii=False) if nested else value)
    return out


def clean_dataset(dataset: Any, *, field: str = "text", batch_size: int = 64, num_proc: int | None = None,
                  **options: Any) -> Any:
    """``dataset`` with ``field`` cleaned and the ``add`` columns added, by ``Dataset.map`` (batched).

    Options are those of `clean_batch`; ``num_proc`` runs that many processes. Other columns stay.
    """
    try:
        import datasets  # type: ignore[import-untyped,import-not-found,unused-ignore]  # noqa: F401
    except ImportError as e:
        raise MissingExtraError("clean_dataset needs datasets: pip install 'cleantext-pages[hf]'") from e
    parse_fields(options.get("add", ()))  # a wrong field name fails here, before any batch
    return dataset.map(clean_batch, batched=True, batch_size=batch_size, num_proc=num_proc,
                       fn_kwargs={"field": field, **options})
