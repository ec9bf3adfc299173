"""cleantext.dask: bags and dataframe columns cleaned on a 2-process LocalCluster equal the serial run."""
from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sitegen import generate_site

from cleantext import extract
from cleantext.dask import clean_bag, clean_dataframe, clean_records, learn_bag
from cleantext.errors import ConfigError
from cleantext.learn import learn
from cleantext.records import document_fields
from cleantext.templates import TemplateModel

dask = pytest.importorskip("dask")
db = pytest.importorskip("dask.bag")
dd = pytest.importorskip("dask.dataframe")
distributed = pytest.importorskip("distributed")
pd = pytest.importorskip("pandas")

ADD = "title,related,removed,metadata"
# 2,000 short pages of 40 sites: "a few thousand", and well under a minute on two small cores.
N_SITES, PAGES_PER_SITE = 40, 50


@pytest.fixture(scope="module")
def records() -> list[dict[str, Any]]:
    return [{"id": f"{seed}-{n}", "url": p.url, "text": p.text, "lang": "xx"}
            for seed in range(N_SITES)
            for n, p in enumerate(generate_site(100 + seed, PAGES_PER_SITE, paragraphs=(1, 2)))]


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                       dashboard_address=None, silence_logs=40)
    with distributed.Client(cluster) as c:
        yield c
    cluster.close()


def serial(records: list[dict[str, Any]], **kw: Any) -> list[dict[str, Any]]:
    """What the CLI's --jsonl --add writes for each record, computed here in one process."""
    out = []
    for r in records:
        doc = extract(r["text"], format="text", pipeline=kw.get("pipeline"))
        out.append({**r, "text": doc.text, **document_fields(doc, ADD.split(","))})
    return out


def test_clean_records_matches_the_cli_fields_and_keeps_other_keys() -> None:
    page = generate_site(1, 1)[0]
    (got,) = clean_records([{"url": page.url, "text": page.text, "k": 1}], format="text", add=ADD)
    doc = extract(page.text, format="text")
    assert got == {"url": page.url, "k": 1, "text": doc.text, **document_fields(doc, ADD.split(","))}


def test_clean_records_takes_bare_pages_and_output_field() -> None:
    (bare,) = clean_records(["Just one line of text."], add="removed")
    assert bare == {"text": "Just one line of text.", "removed": []}
    (rec,) = clean_records([{"html": "x y z"}], field="html", output_field="clean", add_prefix="c_", add="title")
    assert rec == {"html": "x y z", "clean": "x y z", "c_title": None}


@pytest.mark.parametrize("item", [{"no_text": "x"}, {"text": 3}, 42])
def test_clean_records_rejects_items_without_a_page(item: Any) -> None:
    with pytest.raises(ConfigError):
        list(clean_records([item]))


def test_bag_on_a_local_cluster_equals_the_serial_run(client: Any, records: list[dict[str, Any]]) -> None:
    bag = db.from_sequence(records, npartitions=16)
    got = clean_bag(bag, format="text", add=ADD).compute()
    assert got == serial(records)


def test_dataframe_column_on_a_local_cluster_equals_the_serial_run(client: Any, records: list[dict[str, Any]]
                                                                  ) -> None:
    frame = pd.DataFrame(records[:300])
    ddf = dd.from_pandas(frame, npartitions=6)
    got = clean_dataframe(ddf, "text", format="text", add="title,removed", output_column="clean").compute()
    want = serial(records[:300])
    assert list(got.columns) == ["id", "url", "text", "lang", "clean", "title", "removed"]
    assert list(got["id"]) == [r["id"] for r in records[:300]]
    assert list(got["text"]) == [r["text"] for r in records[:300]]  # the input column is kept
    assert list(got["clean"]) == [w["text"] for w in want]
    assert [json.dumps(x) for x in got["removed"]] == [json.dumps(w["removed"]) for w in want]


def test_dataframe_missing_pages_give_none(client: Any) -> None:
    frame = pd.DataFrame({"text": ["One line of text.", None], "n": [1, 2]})
    got = clean_dataframe(dd.from_pandas(frame, npartitions=1), add="title").compute()
    assert list(got["text"]) == ["One line of text.", None] and list(got["n"]) == [1, 2]


def test_learn_bag_equals_serial_learning_and_templates_travel_to_workers(
        client: Any, records: list[dict[str, Any]], tmp_path: Path) -> None:
    sample = records[:400]
    model = learn_bag(db.from_sequence(sample, npartitions=7), format="text")
    assert model == learn([(r["url"], r["text"]) for r in sample], format="text")
    path = tmp_path / "t.json"
    model.save(path)
    got = clean_bag(db.from_sequence(sample, npartitions=4), format="text", add="removed",
                    templates=str(path)).compute()
    assert got == clean_bag(db.from_sequence(sample, npartitions=2), format="text", add="removed",
                            templates=TemplateModel.load(path)).compute()
    assert all(any(r["reason"] == "site_template.repeated" for r in g["removed"]) for g in got)


def test_bad_field_names_fail_before_the_cluster_runs() -> None:
    with pytest.raises(ConfigError):
        clean_bag(db.from_sequence(["x"]), add="nonsense")
