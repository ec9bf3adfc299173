"""Python's cyclic garbage collector paused while one page is cleaned.

A page's run allocates tens of thousands of objects (the walk's facts, blocks, features) that live
until the page ends, so the collector's young-generation passes keep scanning objects that are all
still alive, and none of them forms a cycle: every one is freed by reference counting when the run
returns (`tests/test_gc_pause.py` checks that a run leaves no cyclic garbage). Pausing the collector
for the run saves about 8% of HTML mode's time (docs/html.md, "Quality and speed").

The collector's switch is process-wide: it is turned back on only if it was on when the run began,
so a caller that turned it off keeps it off, and a run inside another run (a custom step calling
a pipeline) leaves the switch to the outer one. Two threads running at once can at worst leave the
collector on for the rest of the other's page: slower, never wrong.
"""
from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def gc_paused() -> Iterator[None]:
    """Run the body with the cyclic garbage collector off, then restore the caller's setting."""
    was_enabled = gc.isenabled()
    if was_enabled:
        gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
