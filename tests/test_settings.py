"""Options are declared by the steps that read them: unknown names and wrong types are a clear
ConfigError when a pipeline is built, from the API as from the command line and config file."""
from __future__ import annotations

import pytest

from cleantext import ConfigError, Option, Pipeline, PipelineError, extract
from cleantext.page import Page

HTML = ("<html><body><article><h1>Harbour wall rebuilt</h1>"
        "<p>The council voted on Tuesday to rebuild the old harbour wall before the winter storms.</p>"
        "<figure><img src='a.jpg'><figcaption>The wall after the storm of 2024</figcaption></figure>"
        "<p>Work starts in May and should end before the first autumn gales reach the coast.</p>"
        "</article></body></html>")


def test_unknown_option_is_a_config_error_that_lists_the_valid_ones() -> None:
    with pytest.raises(ConfigError, match=r"unknown option\(s\) 'include_coments'; valid options: include_comments"):
        Pipeline.default().with_options(include_coments=True)


def test_option_of_the_wrong_type_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="option 'keep_captions' must be bool, not str"):
        Pipeline.default().with_options(keep_captions="yes")


def test_an_int_is_accepted_where_a_float_is_declared_but_a_bool_is_not_an_int() -> None:
    assert Pipeline.default().with_options(template_min_share=1).settings["template_min_share"] == 1
    with pytest.raises(ConfigError, match="must be int"):
        Pipeline.default().with_options(template_min_pages=True)


def test_declared_default_is_what_a_step_reads_when_nothing_is_given() -> None:
    settings = Pipeline.default().settings
    assert settings["keep_captions"] is False and settings["templates"] is None


def test_option_of_a_step_the_pipeline_lacks_is_accepted_and_does_nothing() -> None:
    p = Pipeline.default().without("drop_captions").with_options(keep_captions=True)
    assert "keep_captions" not in p.settings
    assert "The wall after the storm" in extract(HTML, format="html", pipeline=p).body


def test_an_option_changes_what_its_step_does() -> None:
    assert "The wall after the storm" not in extract(HTML, format="html").body
    kept = extract(HTML, format="html", pipeline=Pipeline.default().with_options(keep_captions=True))
    assert "The wall after the storm" in kept.body


def test_a_custom_step_declares_its_own_option() -> None:
    seen: list[int] = []

    def count_lines(page: Page) -> None:
        seen.append(page.option("min_lines"))

    p = Pipeline.default().insert(count_lines, options=[Option("min_lines", (int,), 3, "lines needed")])
    p.with_options(min_lines=5).run("A line of text.", format="text")
    p.run("A line of text.", format="text")
    assert seen == [5, 3]
    with pytest.raises(ConfigError, match="must be int"):
        p.with_options(min_lines="five")


def test_reading_an_option_no_step_declared_is_a_pipeline_error() -> None:
    def reads_undeclared(page: Page) -> None:
        page.option("nonsense")

    with pytest.raises(PipelineError, match="option 'nonsense' is read but no step of this pipeline declares it"):
        Pipeline.default().insert(reads_undeclared).run("Some text.", format="text")


def test_the_same_option_declared_twice_differently_is_a_pipeline_error() -> None:
    p = Pipeline.default().insert(lambda page: None, name="a", options=[Option("x", (int,), 1, "")])
    with pytest.raises(PipelineError, match="declared twice"):
        p.insert(lambda page: None, name="b", options=[Option("x", (str,), "1", "")])
