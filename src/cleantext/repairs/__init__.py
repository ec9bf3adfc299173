"""Repairs: ``str -> str`` fixes of characters, idempotent, run before blocks are made.

``DEFAULT_REPAIRS`` is the default order; each function's name is its step name. ``OPT_IN_REPAIRS``
are off by default; ``Pipeline.enable(name)`` (``--enable NAME``) adds one after the step named.
"""
from __future__ import annotations

from collections.abc import Callable

from .encoding import repair_encoding
from .invisible import strip_invisible
from .quotes import uncurl_quotes
from .unwrap import unwrap_lines
from .whitespace import normalize_whitespace

# Encoding first: mojibake decodes to the characters the later repairs look for (an NBSP, a
# soft hyphen, a C1 control that is really a cp1252 quote), and ftfy needs the C1 bytes intact.
# Whitespace last: it owns line breaks and NFC, and removing invisibles can leave a line blank.
# unwrap_lines and uncurl_quotes are opt-in (see their modules); unwrapping goes after the whitespace.
DEFAULT_REPAIRS: list[Callable[[str], str]] = [repair_encoding, strip_invisible, normalize_whitespace]
# Opt-in repair -> the step it goes after. unwrap_lines is off by default because a page whose
# cleaned text looks hard-wrapped where the page did not would be joined on a second run
# (clean(clean(x)) would differ); uncurl_quotes rewrites typography some users want kept.
OPT_IN_REPAIRS: dict[Callable[[str], str], str] = {unwrap_lines: "normalize_whitespace",
                                                   uncurl_quotes: "normalize_whitespace"}

__all__ = ["DEFAULT_REPAIRS", "OPT_IN_REPAIRS", "normalize_whitespace", "repair_encoding", "strip_invisible", "uncurl_quotes",
           "unwrap_lines"]
