"""Pages that cannot be cleaned well say so: doc.warnings, and a warning on stderr from the CLI."""
from __future__ import annotations

import io
from pathlib import Path

import cleantext
from cleantext.cli.app import run

SAMPLE = (Path(__file__).parent.parent / "examples" / "sample_page.txt").read_text(encoding="utf-8")


def test_a_whole_page_on_one_line_is_warned_about() -> None:
    doc = cleantext.extract(" ".join(SAMPLE.split("\n")), format="text")
    assert [w.split(":")[0] for w in doc.warnings] == ["page.one_line"]


def test_a_page_without_running_text_is_warned_about() -> None:
    doc = cleantext.extract("Home\nNews\nSport\nWeather\nContact us\nJobs", format="text")
    assert [w.split(":")[0] for w in doc.warnings] == ["page.no_prose"]


def test_an_ordinary_page_has_no_warning() -> None:
    assert cleantext.extract(SAMPLE, format="text").warnings == ()


def test_the_cli_prints_the_warning_on_stderr_and_quiet_hides_it() -> None:
    page = " ".join(SAMPLE.split("\n"))
    for argv, shown in (([], True), (["-q"], False)):
        err = io.StringIO()
        assert run(argv, stdin=io.StringIO(page), stdout=io.StringIO(), stderr=err) == 0
        assert ("page.one_line" in err.getvalue()) is shown


def test_warnings_survive_replay_and_json() -> None:
    doc = cleantext.extract(" ".join(SAMPLE.split("\n")), format="text")
    assert cleantext.assemble.replay(doc).warnings == doc.warnings
    assert doc.to_dict()["warnings"] == list(doc.warnings)
