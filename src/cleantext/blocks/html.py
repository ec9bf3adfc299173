"""HTML input: not built yet (see the HTML issue); `format="auto"` already detects HTML."""
from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from ..document import Block, Verdict


def html_blocks(html: str, *, repair: Callable[[str], str], options: Mapping[str, Any]
                ) -> tuple[list[Block], list[Verdict | None] | None, dict[str, Any]]:
    """Blocks of an HTML page, verdicts given from its structure, and page-level metadata."""
    raise NotImplementedError("HTML input is not supported yet; pass format='text' for scraped text")
