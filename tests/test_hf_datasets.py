"""Hugging Face datasets (extra ``hf``): Dataset.map with clean_batch equals cleaning row by row."""
from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st
from language_samples import SAMPLES

from cleantext import extract
from cleantext.errors import ConfigError, InputError
from cleantext.hf_datasets import clean_batch
from cleantext.records import document_fields

ROWS = [{"id": n, "url": f"https://news.example.org/{n}", "text": text} for n, (_, text) in enumerate(SAMPLES)]


def test_clean_batch_equals_extract_per_row_and_json_encodes_nested_fields() -> None:
    batch = {key: [r[key] for r in ROWS] for key in ROWS[0]}
    out = clean_batch(batch, add="title,removed,metadata", add_prefix="ct_")
    assert set(out) == {"text", "ct_title", "ct_removed", "ct_metadata"}
    for n, row in enumerate(ROWS):
        doc = extract(row["text"], url=row["url"])
        fields = document_fields(doc, ["title", "removed", "metadata"])
        assert out["text"][n] == doc.text and out["ct_title"][n] == fields["title"]
        assert json.loads(out["ct_removed"][n]) == fields["removed"]
        assert json.loads(out["ct_metadata"][n]) == fields["metadata"]


def test_clean_batch_output_field_missing_pages_and_errors() -> None:
    out = clean_batch({"html": ["<p>One paragraph of text on a page.</p>", None]}, field="html",
                      output_field="clean", format="html", add="format", json_fields=False)
    assert out == {"clean": ["One paragraph of text on a page.", None], "format": ["html", None]}
    with pytest.raises(ConfigError):
        clean_batch({"body": ["x"]})
    with pytest.raises(ConfigError):
        clean_batch({"text": ["x"]}, add="nonsense")
    # A page that is neither str nor bytes is a mistake in the data, named by its row.
    with pytest.raises(InputError, match="row 1 .* holds a int"):
        clean_batch({"text": ["A page.", 42]})


@given(st.lists(st.one_of(st.text(max_size=200), st.none()), max_size=5))
def test_clean_batch_gives_one_value_per_row(pages: list[str | None]) -> None:
    """Every new column has exactly one value per row, whatever the pages hold."""
    out = clean_batch({"text": pages}, add="removed,spans")
    assert all(len(values) == len(pages) for values in out.values())


def test_dataset_map_keeps_other_columns_and_equals_clean_batch() -> None:
    datasets = pytest.importorskip("datasets")
    from cleantext.hf_datasets import clean_dataset

    ds = datasets.Dataset.from_list(ROWS)
    cleaned = clean_dataset(ds, add="metadata,removed", batch_size=4)
    assert cleaned.column_names == ["id", "url", "text", "metadata", "removed"]
    batch = {key: [r[key] for r in ROWS] for key in ROWS[0]}
    expected = clean_batch(batch, add="metadata,removed")
    assert cleaned["text"] == expected["text"] and cleaned["metadata"] == expected["metadata"]
    assert cleaned["id"] == [r["id"] for r in ROWS]
