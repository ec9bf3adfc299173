"""The API and the CLI agree, and results do not depend on the process (hash seed).

In-process `cli.run` is checked over generated pages; a real `python -m cleantext` subprocess
on a few pages, once per hash seed, checks the installed entry point and determinism.
"""
import io
import json
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from pagegen import generate_page, render_html
from strategies import html_supported, text_pages

import cleantext
import cleantext.cli.app as cli


def _as_json(doc: cleantext.Document) -> dict:
    return json.loads(json.dumps(doc.to_dict(), ensure_ascii=False))


def _run_cli(data: bytes, *args: str) -> str:
    stdin = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8")
    stdout, stderr = io.StringIO(), io.StringIO()
    assert cli.run([*args, "-"], stdin=stdin, stdout=stdout, stderr=stderr) == 0, stderr.getvalue()
    return stdout.getvalue()


@settings(max_examples=25)
@given(text_pages())
def test_cli_json_equals_api(sample) -> None:
    """`cleantext --json --format text` prints exactly extract(...).to_dict() for the same bytes,
    with the input's name in "source"."""
    data = sample.source.encode("utf-8")
    printed = json.loads(_run_cli(data, "--json", "--format", "text"))
    assert printed.pop("source") == "-"
    assert printed == _as_json(cleantext.extract(data, format="text"))


@settings(max_examples=25)
@given(text_pages())
def test_cli_text_equals_api(sample) -> None:
    """`cleantext --format text` prints exactly extract(...).text and a newline."""
    data = sample.source.encode("utf-8")
    assert _run_cli(data, "--format", "text") == cleantext.extract(data, format="text").text + "\n"


def _pages(tmp_path) -> list[str]:
    paths = []
    for seed in range(4):
        page = generate_page(random.Random(seed))
        path = tmp_path / f"page{seed}.txt"
        path.write_bytes(page.text().encode("utf-8"))
        paths.append(str(path))
        if html_supported():
            path = tmp_path / f"page{seed}.html"
            path.write_text(render_html(page, random.Random(seed), malformed=seed % 2 == 1), encoding="utf-8")
            paths.append(str(path))
    return paths


def _subprocess_json(paths: list[str], hash_seed: str) -> list[dict]:
    env = {**os.environ, "PYTHONHASHSEED": hash_seed, "PYTHONIOENCODING": "ascii"}
    out = subprocess.run([sys.executable, "-m", "cleantext", "--json", *paths], capture_output=True,
                         check=True, env=env, timeout=120)
    docs = [json.loads(line) for line in out.stdout.decode("utf-8").splitlines()]
    assert [doc.pop("source") for doc in docs] == paths
    return docs


@pytest.mark.parametrize("hash_seed", ["0", "4242"])
def test_subprocess_cli_equals_api_whatever_the_hash_seed(tmp_path, hash_seed) -> None:
    """`python -m cleantext --json FILE...` (UTF-8 even under an ASCII locale) equals the API,
    in processes with different hash seeds, so no result depends on set or dict order."""
    paths = _pages(tmp_path)
    expected = [_as_json(cleantext.extract(Path(p).read_bytes())) for p in paths]
    assert _subprocess_json(paths, hash_seed) == expected
