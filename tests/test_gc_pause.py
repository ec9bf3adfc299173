"""The collector is paused for a run and given back as the caller left it (cleantext/gc_pause.py)."""
from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from cleantext import Pipeline
from cleantext.gc_pause import gc_paused
from cleantext.page import Page

HTML = ("<html><head><title>A title</title></head><body><nav><a href='/'>Home</a> <a href='/a'>About</a></nav>"
        "<article><h1>A title</h1><p>" + "A sentence of the article that says something. " * 12 + "</p>"
        "<p>By Jane Doe, 24 July 2012</p><ul><li><a href='/x'>Related one</a></li>"
        "<li><a href='/y'>Related two</a></li></ul></article><footer>Copyright 2024 Example</footer></body></html>")
TEXT = "A headline\n\n" + "A sentence of the article that says something. " * 12 + "\n\nShare this article\n"


@pytest.fixture
def collector_on() -> Iterator[None]:
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


def test_off_inside_and_back_on_after(collector_on: None) -> None:
    with gc_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_back_on_after_an_error(collector_on: None) -> None:
    with pytest.raises(ValueError), gc_paused():
        raise ValueError("boom")
    assert gc.isenabled()


def test_a_caller_that_turned_it_off_keeps_it_off(collector_on: None) -> None:
    gc.disable()
    with gc_paused(), gc_paused():  # nested, as a step that runs a pipeline would
        assert not gc.isenabled()
    assert not gc.isenabled()


def test_a_step_sees_it_paused_and_the_run_gives_it_back(collector_on: None) -> None:
    seen: list[bool] = []

    def spy(page: Page) -> None:
        seen.append(gc.isenabled())

    Pipeline.default().insert(spy, name="spy").run(HTML, format="html")
    assert seen == [False]
    assert gc.isenabled()


@pytest.mark.parametrize(("source", "fmt"), [(HTML, "html"), (TEXT, "text")])
def test_a_run_leaves_no_cyclic_garbage(source: str, fmt: str) -> None:
    """Why pausing is safe: whatever a run makes is freed by reference counting alone."""
    pipeline = Pipeline.default()
    pipeline.run(source, format=fmt)  # warm caches first: what they keep is not garbage
    with gc_paused():
        gc.collect()
        pipeline.run(source, format=fmt)
        assert gc.collect() == 0
