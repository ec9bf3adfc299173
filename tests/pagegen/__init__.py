"""Generated scraped pages with known truth: article prose and boilerplate of every kind, text or HTML.

Plain functions over ``random.Random``; `tests/strategies.py` wraps them for hypothesis and
`benchmarks/generated_quality.py` drives them with fixed seeds.
"""
from .boilerplate import KINDS, LANGUAGES
from .damage import DAMAGES, damage
from .page import LONG_PROSE_WORDS, GeneratedPage, Part, generate_page
from .render_html import render_html
from .truth import Outcome, key, measure

__all__ = ["DAMAGES", "KINDS", "LANGUAGES", "LONG_PROSE_WORDS", "GeneratedPage", "Outcome", "Part", "damage",
           "generate_page", "key", "measure", "render_html"]
