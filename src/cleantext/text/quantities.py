"""A recipe's ingredient list over its steps: the region takes it in.

A recipe page scraped as text reads "Zutaten", "500 g Mehl", "1 Würfel Hefe", "200 ml Milch", ...
"Zubereitung", "Schritt 1", then the steps. The region is the run with the most prose, so it starts
at the first step and leaves the ingredients (short lines, each costing what a list item does) and
the recipe's facts ("Backzeit: 45 Min.") above it, with the headline. Those lines have a shape no
menu has: a quantity, then what it measures, line after line. `ingredients_start` finds such a run
right above the region's start and gives where the recipe starts.
"""
from __future__ import annotations

from typing import Final

import regex

from ..page import Page
from .features import Features

# "500 g Mehl", "1 ½ cups flour", "2-3 Zwetschgen", "¼ tsp salt", "1/2 Tasse Zucker": a number or a
# vulgar fraction, an optional range, then a letter (the unit or the ingredient).
QUANTITY: Final = regex.compile(
    r"(?:\d{1,4}(?:[.,/]\d{1,3})?(?:\s?[½¼¾⅓⅔⅛])?|[½¼¾⅓⅔⅛])(?:\s?[-–]\s?\d{1,4})?\s?\p{L}")
# At least this many quantity lines make an ingredient list; at least half of them must name a
# unit and what it measures (two words after the number: "g Mehl", "cups flour"), which counters
# over an article ("12 Comments", "3 Shares") do not.
MIN_QUANTITIES: Final = 4
# Lines of a list a quantity line may have: "200 ml lauwarme Milch, zimmerwarm" is still one.
MAX_QUANTITY_WORDS: Final = 8
# Other short lines among the quantities ("Für die Streusel:", "Zubereitung", "Schritt 1"), at
# most this many in a row, and of at most this many words.
MAX_BREAK: Final = 2
MAX_BREAK_WORDS: Final = 5
# Short "name: value" lines over the list: the recipe's facts ("Backzeit: 45 Min.", "Portionen: 4").
MAX_FACTS: Final = 6
MAX_FACT_WORDS: Final = 5


def ingredients_start(page: Page, feats: list[Features], start: int) -> int:
    """Where the recipe starts when an ingredient list (and its facts) stands right above the
    region's ``start``: the first of its lines, or the line heading it; else ``start``."""
    i = start - 1
    first = start
    quantities = measured = 0
    breaks = 0
    blocks = page.blocks
    while i >= 0 and page.is_open(i):
        f, text = feats[i], blocks[i].text
        if f.prose or f.separators:
            break
        if f.words <= MAX_QUANTITY_WORDS and QUANTITY.match(text):
            quantities += 1
            if len(text.split()) >= 3:
                measured += 1
            first, breaks = i, 0
        elif f.words <= MAX_BREAK_WORDS and breaks < MAX_BREAK:
            breaks += 1
        else:
            break
        i -= 1
    if quantities < MIN_QUANTITIES or 2 * measured < quantities:
        return start
    # The list's heading ("Zutaten für 1 Blech", "Ingredients:"), then the facts over it.
    i = first - 1
    if i >= 0 and page.is_open(i) and not feats[i].prose and feats[i].words <= MAX_BREAK_WORDS and not feats[i].separators:
        first = i
        i -= 1
    facts = 0
    while i >= 0 and facts < MAX_FACTS and page.is_open(i) and feats[i].words <= MAX_FACT_WORDS:
        name, colon, value = blocks[i].text.partition(":")
        if not (colon and name.strip() and value.strip()):
            break
        first = i
        facts += 1
        i -= 1
    return first
