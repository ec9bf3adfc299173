"""A recipe's ingredient list and facts over its steps stay in the text (text/quantities.py)."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from cleantext import extract
from cleantext.text.quantities import QUANTITY

MENU = ["Recipes", "Baking", "Cooking", "Healthy", "Magazine", "Search", "Log in"]
STEPS = [
    "Step 1",
    ("Rub the butter into the flour with your fingertips until the mixture looks like fine breadcrumbs, "
     "then stir in the sugar and the salt."),
    "Step 2",
    ("Beat the egg with the milk, pour it into the bowl and bring everything together into a soft dough "
     "with a knife, working it as little as you can."),
    "Step 3",
    ("Pat the dough out to a thickness of three centimetres, cut out rounds and bake them at 220 degrees "
     "for twelve minutes, until they have risen and are golden on top."),
]
FOOTER = ["You may also like", "Cheese scones with chives", "Soda bread in an hour", "Imprint", "Privacy",
          "© 2026 Kitchen Corner"]
INGREDIENTS = ["Ingredients for 8 scones", "350 g self-raising flour", "1 tsp baking powder",
               "85 g cold butter", "3 tbsp caster sugar", "175 ml warm milk", "1 large egg", "½ tsp fine salt"]
FACTS = ["Prep time: 15 min", "Bake time: 12 min", "Difficulty: easy"]


def _recipe(ingredients: list[str], facts: list[str] = FACTS) -> str:
    return "\n".join([*MENU, "Buttermilk scones for beginners", *facts, *ingredients, "Method", *STEPS, *FOOTER]) + "\n"


def test_the_ingredients_and_facts_over_the_steps_stay_in_the_text():
    doc = extract(_recipe(INGREDIENTS), format="text")
    lines = doc.body.split("\n")
    for line in [*FACTS, *INGREDIENTS, "Method", STEPS[1], STEPS[5]]:
        assert line in lines
    assert doc.title == "Buttermilk scones for beginners"
    assert "Search" not in lines and "Privacy" not in lines


def test_a_german_recipe_with_subheadings_inside_its_list():
    ingredients = ["Zutaten für 1 Blech", "500 g Mehl", "1 Würfel Hefe", "200 ml lauwarme Milch", "80 g Zucker",
                   "Für die Streusel:", "150 g Mehl", "100 g weiche Butter"]
    doc = extract(_recipe(ingredients, ["Backzeit: 45 Min.", "Schwierigkeit: einfach"]), format="text")
    lines = doc.body.split("\n")
    for line in ["Backzeit: 45 Min.", *ingredients]:
        assert line in lines


def test_counters_over_an_article_are_no_ingredient_list():
    # "12 Comments", "3 Shares": a number and one word, no unit and thing measured.
    counters = ["12 Comments", "3 Shares", "1.2k Views", "48 Likes", "5 Reposts"]
    doc = extract(_recipe(counters, []), format="text")
    for line in counters:
        assert line not in doc.body.split("\n")


def test_three_quantity_lines_are_too_few():
    doc = extract(_recipe(["350 g self-raising flour", "85 g cold butter", "175 ml warm milk"], []), format="text")
    assert "85 g cold butter" not in doc.body.split("\n")


@settings(max_examples=80, deadline=None)
@given(st.lists(st.sampled_from([*INGREDIENTS, *FACTS, "Follow us", "Newsletter", "12 Comments",
                                 "Read the full story on our partner's website before anyone else does."]),
                max_size=12))
def test_the_steps_are_always_kept_and_nothing_is_lost(above):
    # Whatever stands over the steps, the steps stay and every line is in the text or in removed.
    doc = extract(_recipe(above, []), format="text")
    lines = doc.body.split("\n")
    assert STEPS[1] in lines and STEPS[5] in lines
    accounted = {*lines, *(r.text for r in doc.removed), doc.title or "",
                 *(v for vs in doc.metadata.values() for v in (vs if isinstance(vs, list) else [vs]))}
    for item in doc.related:
        accounted |= {item.title or "", *item.meta, *item.text.split("\n"), item.source or ""}
    for line in above:
        assert line in accounted or any(line in a for a in accounted if isinstance(a, str))


def test_quantity_shapes():
    for line in ["500 g Mehl", "1 ½ cups flour", "2-3 Zwetschgen", "¼ tsp salt", "1/2 Tasse Zucker", "3 Eier"]:
        assert QUANTITY.match(line), line
    for line in ["2026", "Step 1", "- 2 cups", "12:30 pm"]:
        assert not QUANTITY.match(line), line
