"""Clean pages on a Dask cluster: a bag of strings or records, a dataframe column, or WARC/WET files
(extra ``dask``; WARC/WET files also need the extra ``warc``).

Each partition is cleaned by `clean_records` / `clean_frame`, plain functions that also serve
Spark's ``mapPartitions``; records get the same fields as the CLI's ``--jsonl --add``.
"""
from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Mapping, Sequence
from functools import lru_cache, partial
from typing import Any

from .errors import ConfigError, MissingExtraError
from .learn import page_blocks
from .pipeline import Pipeline
from .records import document_fields, parse_fields
from .templates import TemplateModel
from .warc import clean_warc

Templates = TemplateModel | str | os.PathLike[str] | None


@lru_cache(maxsize=4)
def _load_templates(path: str) -> TemplateModel:
    # Once per worker process: a path travels in every task cheaply, a big model would not.
    return TemplateModel.load(path)


def make_pipeline(pipeline: Pipeline | None = None, templates: Templates = None) -> Pipeline:
    """``pipeline`` (default: the default one) with a template model (or a model file's path) in its options."""
    pipe = pipeline or Pipeline.default()
    if templates is None:
        return pipe
    model = templates if isinstance(templates, TemplateModel) else _load_templates(os.fspath(templates))
    return pipe.with_options(templates=model)


def clean_records(items: Iterable[str | bytes | Mapping[str, Any]], *, field: str = "text", format: str = "auto",
                  add: str | Sequence[str] = (), add_prefix: str = "", output_field: str | None = None,
                  url_field: str = "url", pipeline: Pipeline | None = None,
                  templates: Templates = None) -> Iterator[dict[str, Any]]:
    """Clean each item: a page (str/bytes) or a record holding one in ``field``; yields dicts.

    A record keeps all its keys; the clean text goes to ``output_field`` (default: ``field``, as
    the CLI does) and the ``add`` fields (see `cleantext.records.FIELDS`) are added with
    ``add_prefix``. A bare page becomes ``{field: clean text, ...add fields}``. With ``templates``,
    a record's ``url_field`` picks its site's template. Needs no Dask: use it in any engine.

    >>> next(clean_records([{"id": 7, "text": "A line of plain text."}], add="title"))
    {'id': 7, 'text': 'A line of plain text.', 'title': None}
    """
    names = parse_fields(add)
    pipe = make_pipeline(pipeline, templates)
    for item in items:
        if isinstance(item, (str, bytes)):
            record: dict[str, Any] = {}
            page: object = item
        elif isinstance(item, Mapping):
            record = dict(item)
            page = record.get(field)
        else:
            raise ConfigError(f"expected a page (str) or a record (dict), got {type(item).__name__}")
        if not isinstance(page, (str, bytes)):
            raise ConfigError(f"record has no page in field {field!r}; name the right one with field=")
        text, fields = _clean_page(pipe, page, record.get(url_field), format, names, add_prefix)
        record[output_field or field] = text
        record.update(fields)
        yield record


def _clean_page(pipe: Pipeline, page: str | bytes, url: object, format: str, names: Sequence[str],
                prefix: str) -> tuple[str, dict[str, Any]]:
    """The clean text and the ``names`` fields of one page; ``url`` picks the site's template."""
    doc = pipe.run(page, format=format, url=url if isinstance(url, str) and url else None)
    return doc.text, document_fields(doc, names, prefix=prefix)


def clean_bag(bag: Any, **options: Any) -> Any:
    """A Dask bag of dicts: every item (page or record) cleaned by `clean_records` with ``options``."""
    _dask()
    parse_fields(options.get("add", ()))  # a wrong field name fails here, not on a worker
    return bag.map_partitions(_clean_partition, **options)


def _clean_partition(items: Iterable[Any], **options: Any) -> list[dict[str, Any]]:
    return list(clean_records(items, **options))


def warc_bag(paths: Sequence[str | os.PathLike[str]], *, format: str | None = None,
             add: str | Sequence[str] = (), add_prefix: str = "", pipeline: Pipeline | None = None,
             templates: Templates = None) -> Any:
    """A Dask bag of the cleaned records of WARC and WET files: one partition per file.

    Each worker streams its file record by record (`cleantext.warc.clean_warc`), so no file is
    held in memory; the records are those `cleantext warc` writes (``id``, ``url``, ``date``,
    ``text`` and the ``add`` fields). ``bag.to_textfiles(...)`` writes them without a compute
    that gathers them all. HTML responses are cleaned as HTML and WET conversions as text,
    unless ``format`` names one for all.
    """
    _dask()
    import dask.bag as db

    parse_fields(add)  # a wrong field name fails here, not on a worker
    files = [os.fspath(p) for p in paths]
    if not files:
        raise ConfigError("no WARC or WET files given")
    return db.from_sequence(files, npartitions=len(files)).map_partitions(  # type: ignore[no-untyped-call]
        _clean_warc_partition, format=format, add=add, add_prefix=add_prefix, pipeline=pipeline,
        templates=templates)


def _clean_warc_partition(files: Iterable[str], *, format: str | None, add: str | Sequence[str], add_prefix: str,
                          pipeline: Pipeline | None, templates: Templates) -> Iterator[dict[str, Any]]:
    # An iterator, not a list: Dask streams a partition that is one, so a whole file never sits in memory.
    pipe = make_pipeline(pipeline, templates)
    for path in files:
        yield from clean_warc(path, pipeline=pipe, format=format, add=add, add_prefix=add_prefix)


def clean_frame(frame: Any, column: str = "text", *, format: str = "auto", add: str | Sequence[str] = (),
                add_prefix: str = "", output_column: str | None = None, url_column: str = "url",
                pipeline: Pipeline | None = None, templates: Templates = None) -> Any:
    """A copy of a pandas DataFrame with ``column`` cleaned (into ``output_column`` if given) and ``add`` columns.

    A missing page (None, NaN) gives None in every new column instead of failing the partition.
    """
    import pandas as pd  # type: ignore[import-untyped]

    names = parse_fields(add)
    pipe = make_pipeline(pipeline, templates)
    urls = frame[url_column] if url_column in frame.columns else [None] * len(frame)
    texts: list[str | None] = []
    extra: dict[str, list[Any]] = {add_prefix + n: [] for n in names}
    for page, url in zip(frame[column], urls):
        if isinstance(page, (str, bytes)):
            text, fields = _clean_page(pipe, page, url, format, names, add_prefix)
        else:
            text, fields = None, dict.fromkeys(extra)
        texts.append(text)
        for key, values in extra.items():
            values.append(fields[key])
    out = frame.copy()
    # object dtype: lists and dicts (related, removed, metadata) stay Python values, one per row.
    for key, values in {output_column or column: texts, **extra}.items():
        out[key] = pd.Series(values, index=frame.index, dtype=object)
    return out


def clean_dataframe(df: Any, column: str = "text", **options: Any) -> Any:
    """A Dask DataFrame with ``column`` cleaned per partition (`clean_frame`); other columns are kept."""
    _dask()
    parse_fields(options.get("add", ()))
    meta = clean_frame(df._meta, column, **options)
    return df.map_partitions(clean_frame, column, meta=meta, **options)


def learn_bag(bag: Any, *, by: str = "domain", field: str = "text", url_field: str = "url",
              format: str = "auto", min_pages: int | None = None, min_share: float | None = None) -> TemplateModel:
    """Learn a `TemplateModel` from a bag of records: a model per partition, merged in a tree (computes)."""
    _dask()
    settings: dict[str, Any] = {"by": by}
    if min_pages is not None:
        settings["min_pages"] = min_pages
    if min_share is not None:
        settings["min_share"] = min_share
    TemplateModel(**settings)  # bad settings fail here, before the cluster works
    model: TemplateModel = bag.reduction(
        partial(_learn_partition, settings=settings, field=field, url_field=url_field, format=format),
        _merge_models, split_every=8).compute()
    return model


def _learn_partition(items: Iterable[Mapping[str, Any]], *, settings: dict[str, Any], field: str,
                     url_field: str, format: str) -> TemplateModel:
    model = TemplateModel(**settings)
    for item in items:
        url, page = item.get(url_field), item.get(field)
        site = model.site_of(url) if isinstance(url, str) and url else ""
        if site and isinstance(page, (str, bytes)):
            model.add_page(site, page_blocks(page, format=format))
    return model


def _merge_models(models: Iterable[TemplateModel]) -> TemplateModel:
    # Merging only adds counts, so the tree's shape and order never change the result. Inputs are
    # not changed in place: Dask may hold them and rerun this task after a lost worker.
    models = list(models)
    if not models:
        raise ConfigError("no partitions to learn from")
    first = models[0]
    merged = TemplateModel(by=first.by, min_pages=first.min_pages, min_share=first.min_share)
    for model in models:
        merged.merge(model)
    return merged


def _dask() -> None:
    try:
        import dask.bag  # noqa: F401
    except ImportError as e:
        raise MissingExtraError("cleantext.dask needs Dask: pip install 'cleantext-pages[dask]'") from e
