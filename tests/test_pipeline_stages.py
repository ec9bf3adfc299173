"""Step kinds run in a fixed order: repairs, then filters, then the headline and the region.

Bylines near the region, the headline and the main region are decided from the other filters'
verdicts, so extract_byline, mark_title, drop_repeated_title and select_main_region run after every
filter whatever order a pipeline lists them in (see cleantext.pipeline.KINDS).
"""
import pytest

from cleantext import Pipeline
from cleantext.errors import PipelineError
from cleantext.page import Page

PAGE = """Home | World | Sport | Contact
The harbour office said on Monday that the ferry to the northern islands will run again from Sunday, after a month of repairs to the landing stage and its old crane.
Passengers are asked to book ahead, since the first week is expected to be busy with families returning from the mainland for the holidays.
© 2025 Harbour News
"""


def _steps_by_kind(p: Pipeline) -> list[str]:
    return [s.kind for s in p.steps]


def test_default_pipeline_lists_region_selection_last_as_kind_select():
    p = Pipeline.default()
    assert p.steps[-1].name == "select_main_region"
    assert p.steps[-1].kind == "select"
    kinds = _steps_by_kind(p)
    assert kinds == sorted(kinds, key=("repair", "filter", "select").index)


def test_selection_listed_first_still_runs_after_every_filter():
    default = Pipeline.default()
    by_name = {s.name: s for s in default.steps}
    given = [by_name["select_main_region"], by_name["drop_footer"], *[s for s in default.steps if s.kind == "repair"]]
    p = Pipeline(given)
    assert p.names[-2:] == ("drop_footer", "select_main_region")
    doc = p.run(PAGE, format="text")
    reasons = {r.text: (r.filter, r.reason) for r in doc.removed}
    # drop_footer's specific reason wins: it labelled the line before the region was decided.
    assert reasons["© 2025 Harbour News"] == ("drop_footer", "footer.copyright")


def test_filter_inserted_after_the_selection_runs_before_it():
    seen: list[bool] = []

    def spy(page: Page) -> None:
        seen.append(all(v is None or v.step != "select_main_region" for v in page.verdicts))

    p = Pipeline.default().insert(spy, after="select_main_region")
    assert p.names[-1] == "select_main_region"
    p.run(PAGE, format="text")
    assert seen == [True]


def test_insert_by_default_puts_a_filter_after_the_filters_and_before_the_selection():
    p = Pipeline.default().insert(lambda page: None, name="noop")
    assert p.names[-5:] == ("noop", "extract_byline", "mark_title", "drop_repeated_title", "select_main_region")


def test_a_custom_select_step_can_replace_the_region_selection():
    def keep_everything(page: Page) -> None:
        """Keep every line."""

    p = Pipeline.default().replace("select_main_region", keep_everything)
    assert p.steps[-1].kind == "select"
    assert not [r for r in p.run(PAGE, format="text").removed if r.filter == "select_main_region"]


def test_without_and_only_keep_the_stage_order():
    p = Pipeline.default().only("select_main_region", "drop_footer")
    assert p.names == ("drop_footer", "select_main_region")
    assert "select_main_region" not in Pipeline.default().without("select_main_region").names


def test_unknown_step_kind_fails_with_the_valid_kinds():
    with pytest.raises(PipelineError, match="repair, filter, select"):
        Pipeline([("x", lambda page: None, "finish")])  # type: ignore[list-item]


def test_built_in_select_steps_run_in_their_dependency_order():
    """Bylines, then the headline, its repeats and the region, whatever order the list gives;
    a custom select step stays where it is listed."""
    default = Pipeline.default()
    by_name = {s.name: s for s in default.steps}

    def keep_all(page: Page) -> None:
        """A custom selection."""

    given = [by_name["select_main_region"], ("custom", keep_all, "select"), by_name["mark_title"],
             by_name["extract_byline"], by_name["drop_footer"]]
    assert Pipeline(given).names == ("drop_footer", "extract_byline", "custom", "mark_title", "select_main_region")
