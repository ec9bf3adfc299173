"""identify_language (extra ``lang``): the main text's language into metadata, with a score."""
from __future__ import annotations

import io
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from language_samples import ARTICLES, SAMPLES

from cleantext import Pipeline, extract
from cleantext.cli import run as cli_run
from cleantext.errors import PipelineError
from cleantext.language import language_of

pytest.importorskip("py3langid")

LANG = Pipeline.default().enable("identify_language")


@pytest.mark.parametrize(("code", "text"), SAMPLES, ids=[c for c, _ in SAMPLES])
def test_identifies_the_article_language_under_an_english_menu_and_footer(code: str, text: str) -> None:
    meta = extract(text, pipeline=LANG).metadata
    assert meta["language"] == code
    assert 0.5 < meta["language_score"] <= 1.0


def test_at_least_eleven_languages_are_covered() -> None:
    assert len(ARTICLES) >= 11


def test_html_keeps_a_contradicted_declaration() -> None:
    html = f"<html lang='en-GB'><body><article><p>{ARTICLES['nl']}</p></article></body></html>"
    meta = extract(html, format="html", pipeline=LANG).metadata
    assert (meta["language"], meta["language_declared"]) == ("nl", "en-GB")
    agreed = extract(html.replace("en-GB", "nl"), format="html", pipeline=LANG).metadata
    assert agreed["language"] == "nl" and "language_declared" not in agreed


def test_too_little_text_gives_no_language() -> None:
    assert language_of("OK.") is None
    assert "language" not in extract("Home | News\n\nOK", pipeline=LANG).metadata


def test_off_by_default_and_text_unchanged() -> None:
    text = SAMPLES[0][1]
    assert "language" not in extract(text).metadata
    assert extract(text, pipeline=LANG).text == extract(text).text


def test_enable_on_the_command_line() -> None:
    out, err = io.StringIO(), io.StringIO()
    stdin = io.StringIO(json.dumps({"text": SAMPLES[1][1]}) + "\n")
    code = cli_run(["--jsonl", "--enable", "identify_language", "--add", "metadata"], stdin=stdin, stdout=out,
                   stderr=err)
    assert code == 0, err.getvalue()
    assert json.loads(out.getvalue())["metadata"]["language"] == "de"


def test_enable_knows_the_step_and_places_it_last() -> None:
    assert LANG.names[-1] == "identify_language"
    assert Pipeline.default().without("select_main_region").enable("identify_language").names[-1] == \
        "identify_language"
    with pytest.raises(PipelineError):
        Pipeline.default().enable("identify_languages")


@settings(max_examples=30)
@given(st.text(max_size=300))
def test_language_of_is_total(text: str) -> None:
    """Any text gives None or a two-letter code and a score in 0..1."""
    found = language_of(text)
    assert found is None or (len(found[0]) in (2, 3) and 0.0 <= found[1] <= 1.0)
