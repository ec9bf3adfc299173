"""The datatrove step (extra ``datatrove``): documents cleaned, reasons in metadata, empties dropped."""
from __future__ import annotations

import pytest
from language_samples import SAMPLES

from cleantext import extract

pytest.importorskip("datatrove")

from datatrove.data import Document

from cleantext.datatrove_step import CleantextStep


def test_step_cleans_text_and_records_reasons_and_metadata() -> None:
    docs = [Document(text=text, id=code, metadata={"url": f"https://x.example/{code}"}) for code, text in SAMPLES]
    docs.append(Document(text="Home | News | Contact", id="menu-only"))
    step = CleantextStep(keep_removed=True)
    out = list(step(iter(docs)))
    assert [d.id for d in out] == [code for code, _ in SAMPLES]  # the page with no main text is dropped
    for d, (_, text) in zip(out, SAMPLES):
        expected = extract(text)
        assert d.text == expected.text
        info = d.metadata["cleantext"]
        assert info["removed"] == {r.reason: sum(1 for x in expected.removed if x.reason == r.reason)
                                   for r in expected.removed}
        assert [r["text"] for r in info["removed_lines"]] == [r.text for r in expected.removed]
    assert step.stats["dropped_empty"].total == 1 and step.stats["cleaned"].total == len(SAMPLES)


def test_step_runs_in_a_local_executor(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import json

    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter

    (tmp_path / "in").mkdir()
    with open(tmp_path / "in" / "pages.jsonl", "w", encoding="utf-8") as fh:
        fh.writelines(json.dumps({"id": code, "text": text}) + "\n" for code, text in SAMPLES[:3])
    LocalPipelineExecutor(pipeline=[JsonlReader(str(tmp_path / "in")), CleantextStep(),
                                    JsonlWriter(str(tmp_path / "out"), compression=None)],
                          tasks=1, logging_dir=str(tmp_path / "logs")).run()
    lines = [json.loads(line) for f in sorted((tmp_path / "out").iterdir()) for line in f.open(encoding="utf-8")]
    assert [r["text"] for r in lines] == [extract(text).text for _, text in SAMPLES[:3]]
    assert all("cleantext" in r["metadata"] for r in lines)
